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
    """Wraps an extractor; see :func:`kill_once_factory`."""

    def __init__(self, inner) -> None:
        self.inner = inner

    def extract_documents(self, docs: Iterable) -> Iterator[tuple]:
        docs = list(docs)
        for d in docs:
            marker = d.path.partition("#kill=")[2]
            if marker and not os.path.exists(marker):
                with open(marker, "w") as fh:
                    fh.write(str(os.getpid()))
                os._exit(1)  # outright: no exception, no clean-up
        return self.inner.extract_documents(docs)


def kill_once_factory(model: Optional[str] = None):
    """The real extractor, which kills its worker at the first batch holding an
    article whose id ends with ``#kill=<marker path>`` while the marker file is
    missing (the id, not the text, so the quotes stay those of one process)."""
    from quotes.pipeline import Extractor

    return KillOnce(Extractor(model=model))


class CrashingExtractor(MarksExtractor):
    """``CRASH-ALWAYS`` in a text kills the worker process at every try;
    ``CRASH-ONCE:<path>`` only until the file exists (made before dying).
    A crash gets past the per-article isolation: on a cluster that tolerates
    no failure the whole task errs (``KilledWorker``)."""

    def extract_documents(self, docs: Iterable) -> Iterator[tuple]:
        docs = list(docs)
        for d in docs:
            if "CRASH-ALWAYS" in d.text:
                os._exit(1)
            if "CRASH-ONCE:" in d.text:
                marker = d.text.split("CRASH-ONCE:", 1)[1].split()[0]
                if not os.path.exists(marker):
                    open(marker, "w").close()
                    os._exit(1)
        return super().extract_documents(docs)


def crashing_factory(model: Optional[str] = None) -> CrashingExtractor:
    return CrashingExtractor()


class ThreadsExtractor:
    """One quote an article whose speaker is the worker's torch thread count."""

    def extract_documents(self, docs: Iterable) -> Iterator[tuple]:
        import torch

        from quotes.record import Quote

        for d in list(docs):
            yield d, [Quote(d.path, 0, 1, d.text[:1], "direct", speaker=str(torch.get_num_threads()))]


def threads_factory(model: Optional[str] = None) -> ThreadsExtractor:
    import torch  # noqa: F401 - imported before the worker sets its threads, like the parser

    return ThreadsExtractor()


def broken_factory(model: Optional[str] = None):
    """A model that cannot be loaded on the worker."""
    raise OSError("disk on fire")
