"""Partitions of an archive through an extractor: one process, ``--jobs`` or Dask.

Every engine gives the same :class:`PartitionResult` per partition, in input
order, so the writers (one stream, or one file a partition) and the command
line do not care where the work ran.  A failing article is reported in its
partition's ``errors`` and the others keep their quotes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Optional, Protocol, Union

from ..record import Quote
from ..text.reader import Document, analysis_text
from .archive import TEXT_FILES, Article, Partition, with_kept

#: what a worker sends back for one article: its quotes and notes, or why it failed.
Outcome = Union[tuple[list[Quote], list[str]], str]


@dataclass
class PartitionResult:
    """A partition's quotes (row order, kept columns attached) and what went wrong."""

    partition: Partition
    quotes: list[Quote] = field(default_factory=list)
    #: one line each: bad rows (input) first, then failed articles (internal)
    bad_rows: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    articles: int = 0


class Engine(Protocol):
    def run(self, parts: Iterable[Partition]) -> Iterator[PartitionResult]: ...

    def close(self) -> None: ...


def payload(part: Partition) -> list[tuple[str, str, bool]]:
    """What a worker needs of a partition: ``(id, text, markdown)`` per readable row."""
    return [(a.doc.path, a.doc.text, a.doc.markdown) for a in part.articles]


def extract_payload(extractor: Any, items: list[tuple[str, str, bool]]) -> list[Outcome]:
    """Quotes of each ``(id, text, markdown)``; one failing article does not take the others.

    The batch goes to the parser in one call; if it raises, each article is
    redone alone to find the culprit (the others' answers do not change: the
    float parser does not depend on the batch)."""
    docs = [Document(i, t, analysis_text(t, md), md) for i, t, md in items]
    try:
        res = list(extractor.extract_documents(docs))
        if len(res) != len(docs):
            raise RuntimeError(f"extractor gave {len(res)} results for {len(docs)} documents")
        return [(list(qs), list(d.notes)) for d, qs in res]
    except Exception:  # noqa: BLE001 - isolate the culprit below
        pass
    out: list[Outcome] = []
    for i, t, md in items:
        d = Document(i, t, analysis_text(t, md), md)
        try:
            ((d2, qs),) = list(extractor.extract_documents([d]))
            out.append((list(qs), list(d2.notes)))
        except Exception as e:  # noqa: BLE001 - reported, the run goes on
            # the wording of quotes.scale.batch, so --jobs and Dask read alike
            out.append(f"internal error ({type(e).__name__}: {e}); please report it with this file")
    return out


def assemble(part: Partition, outcomes: Optional[list[Outcome]],
             failure: Optional[str] = None) -> PartitionResult:
    """The result of a partition from its articles' outcomes (``None``: the
    whole partition failed, because ``failure``)."""
    res = PartitionResult(part, bad_rows=[b.message for b in part.bad])
    arts = part.articles
    res.articles = len(arts)
    if outcomes is None:
        res.failed = [f"{where(part, a)}: not processed ({failure}); skipped" for a in arts]
        return res
    for a, o in zip(arts, outcomes):
        if isinstance(o, str):
            res.failed.append(f"{where(part, a)}: {o}")
            continue
        qs, notes = o
        res.quotes += with_kept(qs, a.kept)
        res.notes += [f"{where(part, a)}: {n}" for n in notes]
    return res


def where(part: Partition, a: Article) -> str:
    """How a message names an article: its file, or archive, row and id."""
    if part.source == TEXT_FILES:
        return a.doc.path
    return f"{part.source}: row {a.row} (id {a.doc.path})"


class LocalEngine:
    """One process, one extractor, made by ``factory()`` when the first
    partition with an article comes (an archive of bad rows loads no model)."""

    def __init__(self, factory: Callable[[], Any]) -> None:
        self.factory = factory
        self.extractor: Any = None

    def run(self, parts: Iterable[Partition]) -> Iterator[PartitionResult]:
        for p in parts:
            if not p.articles:
                yield assemble(p, [])
                continue
            if self.extractor is None:
                self.extractor = self.factory()
            yield assemble(p, extract_payload(self.extractor, payload(p)))

    def close(self) -> None:
        pass


class JobsEngine:
    """``--jobs N``: the worker processes of :mod:`quotes.scale.batch`.

    The pool lives across partitions; a partition's articles go out in the
    pool's usual chunks and come back in order."""

    def __init__(self, px: Any) -> None:
        self.px = px

    def run(self, parts: Iterable[Partition]) -> Iterator[PartitionResult]:
        from .batch import DocError

        for p in parts:
            outcomes: list[Outcome] = []
            if p.articles:
                for d, r in self.px.results([a.doc for a in p.articles]):
                    if isinstance(r, DocError):
                        outcomes.append(r.message.split(": ", 1)[-1])
                    else:
                        outcomes.append((list(r), list(d.notes)))
            yield assemble(p, outcomes)

    def close(self) -> None:
        self.px.close()
