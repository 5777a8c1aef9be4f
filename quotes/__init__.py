"""quotes: who said what in French news text.

    >>> import quotes
    >>> nlp = quotes.load_pipeline()          # once per process
    >>> for q in quotes.extract(text, nlp=nlp):
    ...     print(q.speaker, q.role, q.type, q.text)

The library never imports Click; ``quotes.cli`` is only the command line.
"""
from __future__ import annotations

__version__ = "0.1.0"

from .record import Quote  # noqa: E402

__all__ = ["Quote", "extract", "load_pipeline", "__version__"]


def load_pipeline(model: str | None = None, int8: bool = False):
    """Load the French parser once (bundled model, official Stanza model or a
    folder); ``int8=True``: faster LSTMs whose parse may depend on the batch
    (``quotes.quantize``)."""
    from .parser.parse import load_pipeline as _load

    return _load(model, int8=int8)


def extract(text: str, nlp=None, doc: str = "-", markdown: bool = False) -> list[Quote]:
    """Every quote of one article, with speaker and role."""
    from .pipeline import extract as _extract

    return _extract(text, nlp=nlp, doc=doc, markdown=markdown)
