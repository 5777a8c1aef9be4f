"""Picklable extractor factories for worker processes (``--jobs``, Dask workers)."""
from __future__ import annotations

import os
from typing import Iterable, Iterator, Optional


class MarksExtractor:
    """No parser: each top-level quotation is a direct quote with no speaker.

    ``FAIL-ALWAYS`` in a text makes every batch holding it raise;
    ``FAIL-ONCE:<path>`` only until the file ``<path>`` exists (it is made
    at the first failure)."""

    def __init__(self) -> None:
        self.docs = 0

    def extract_documents(self, docs: Iterable) -> Iterator[tuple]:
        from quotes.record import LineIndex, Quote
        from quotes.text.marks import pair_marks

        docs = list(docs)
        for d in docs:
            if "FAIL-ALWAYS" in d.text:
                raise RuntimeError("fake failure")
            if "FAIL-ONCE:" in d.text:
                marker = d.text.split("FAIL-ONCE:", 1)[1].split()[0]
                if not os.path.exists(marker):
                    open(marker, "w").close()
                    raise RuntimeError("fake failure, once")
        for d in docs:
            self.docs += 1
            idx = LineIndex(d.text)
            out = []
            for sp in pair_marks(d.analysis).top_level():
                line, col = idx.line_col(sp.start)
                out.append(Quote(d.path, sp.start, sp.end, d.text[sp.start:sp.end], "direct",
                                 line=line, column=col))
            yield d, out


def fake_factory(model: Optional[str] = None) -> MarksExtractor:
    return MarksExtractor()


class KillOnce:
    """Wraps an extractor; the first batch holding article ``victim`` kills
    this process outright (no exception, no clean-up), and leaves ``marker``."""

    def __init__(self, inner, victim: str, marker: str) -> None:
        self.inner, self.victim, self.marker = inner, victim, marker

    def extract_documents(self, docs: Iterable) -> Iterator[tuple]:
        docs = list(docs)
        if any(d.path == self.victim for d in docs) and not os.path.exists(self.marker):
            with open(self.marker, "w") as fh:
                fh.write(str(os.getpid()))
            os._exit(1)
        return self.inner.extract_documents(docs)


def kill_once_factory(model: Optional[str] = None, *, victim: str, marker: str):
    from quotes.pipeline import Extractor

    return KillOnce(Extractor(model=model), victim, marker)
