"""Shared fixtures: the real parser (skipped when no model is installed) and a
fake extractor so that the command line can be tested without any model."""
from __future__ import annotations

import bisect
import os
import re
from pathlib import Path
from typing import Iterable, Iterator

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

_MODEL: dict = {}


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "needs_model: needs a parser model (skipped without one)")
    config.addinivalue_line("markers", "slow: takes more than a few seconds")


def pytest_collection_modifyitems(config, items) -> None:
    for item in items:
        if "nlp" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.needs_model)


def _load():
    """Load the parser once per session; remember why it failed."""
    if not _MODEL:
        import quotes

        try:
            from quotes.parser.parse import ModelError
        except ImportError as e:  # core not written yet
            _MODEL["error"] = f"quotes.parser.parse not importable: {e}"
            return _MODEL
        try:
            _MODEL["nlp"] = quotes.load_pipeline()
        except ModelError as e:
            _MODEL["error"] = f"no model: {e}"
    return _MODEL


def model_available() -> bool:
    """Cheap check (no loading) used to skip subprocess tests needing a model."""
    try:
        from quotes.parser.parse import ModelError, resolve_model
    except ImportError:
        return False
    try:
        resolve_model(os.environ.get("QUOTES_MODEL"))
    except ModelError:
        return False
    except Exception:  # noqa: BLE001 - anything else: let the real test show it
        return True
    try:
        import quotes.attribution.rules  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture(scope="session")
def nlp():
    """The real French parser, loaded once; the test is skipped without a model."""
    m = _load()
    if "nlp" not in m:
        pytest.skip(m["error"])
    return m["nlp"]


# ----------------------------------------------------------------- a fake core

_SELON = re.compile(r"[Ss]elon (?:M\. |Mme )?([A-ZÉ][\w-]+(?: [A-ZÉ][\w-]+)?)")
_A_DIT = re.compile(r"a (?:dit|déclaré|affirmé) ([A-ZÉ][\w-]+(?: [A-ZÉ][\w-]+)?)")


class FakeExtractor:
    """Same interface as ``quotes.pipeline.Extractor``: every top-level pair of
    quotation marks is a direct quote, the speaker is ``selon X`` / ``a dit X``
    in the same paragraph.  ``BOOM-FAKE`` in a text raises, like a core bug."""

    def __init__(self, nlp=None, model=None) -> None:
        self.calls = 0

    def extract_documents(self, docs: Iterable) -> Iterator[tuple]:
        from quotes.text.marks import pair_marks, paragraphs
        from quotes.record import LineIndex, Quote

        for d in docs:
            self.calls += 1
            if "BOOM-FAKE" in d.text:
                raise RuntimeError("fake core failure")
            idx = LineIndex(d.text)
            paras = paragraphs(d.analysis)
            starts = [a for a, _ in paras]
            out = []
            for sp in pair_marks(d.analysis).top_level():
                i = max(0, bisect.bisect_right(starts, sp.start) - 1)
                pa, pb = paras[i] if paras else (0, len(d.text))
                # the speaker is looked for near the quote, in its paragraph
                ptext = d.analysis[max(pa, sp.start - 200):min(pb, sp.end + 200)]
                m = _SELON.search(ptext) or _A_DIT.search(ptext)
                line, col = idx.line_col(sp.start)
                out.append(Quote(d.path, sp.start, sp.end, d.text[sp.start:sp.end], "direct",
                                 speaker=m.group(1) if m else None,
                                 speaker_mention=m.group(1) if m else None,
                                 role="porte-parole" if m and "porte-parole" in ptext else None,
                                 cue="dire" if m else None, line=line, column=col))
            yield d, out

    def extract(self, text: str, doc: str = "-", markdown: bool = False) -> list:
        from quotes.text.reader import Document, analysis_text

        return next(self.extract_documents([Document(doc, text, analysis_text(text, markdown),
                                                     markdown)]))[1]


@pytest.fixture
def fake_core(monkeypatch):
    """Make the CLI use :class:`FakeExtractor`; returns the list of instances made."""
    import quotes.cli.app

    made: list[FakeExtractor] = []

    def factory(model=None):
        made.append(FakeExtractor())
        return made[-1]

    monkeypatch.setattr(quotes.cli.app, "make_extractor", factory)
    return made
