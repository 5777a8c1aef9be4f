"""One pass over an archive: partitions -> engine -> one stream or one file a partition.

The command line and scripts share it: it counts what happened and hands
every message to the caller (``on_error``, ``on_note``), which decides how
to show it; nothing here prints or exits.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Optional, Sequence

from .archive import ArchiveOptions, Partition, partitions
from .partitioned import PartitionedOutput
from .runner import Engine, PartitionResult


@dataclass
class ArchiveJob:
    """Counts of one run; ``results`` does the work."""

    paths: Sequence[str]
    opts: ArchiveOptions
    engine: Engine
    on_error: Callable[[str], None] = lambda m: print(m, file=sys.stderr)
    on_note: Callable[[str], None] = lambda m: None
    output: Optional[PartitionedOutput] = None
    #: how text files among the paths are read (as ``quotes extract`` reads them)
    encoding: Optional[str] = None
    markdown: Optional[bool] = None
    articles: int = 0
    quotes: int = 0
    bad_rows: int = 0
    failed: int = 0
    #: archives that could not be read at all (their partitions so far were kept)
    unreadable: int = 0
    partitions: int = 0
    skipped: list[str] = field(default_factory=list)
    not_written: list[str] = field(default_factory=list)

    def _parts(self) -> Iterator[Partition]:
        """Archives' partitions and text files' (``files-00000`` …) in argument order."""
        from .archive import ArchiveError, is_archive, sources, text_partitions

        archives = [p for p in self.paths if is_archive(p)]
        sources(archives)  # names that collide: refused before any work
        n_text = 0
        for arg in self.paths:
            if not is_archive(arg):
                for p in text_partitions([arg], self.opts, self.encoding, self.markdown, n_text):
                    n_text = p.index + 1
                    yield p
                continue
            try:
                yield from partitions([arg], self.opts)
            except ArchiveError as e:
                self.unreadable += 1
                self.on_error(str(e))

    def results(self) -> Iterator[PartitionResult]:
        """Each partition's result in input order, after it was reported (and
        written, with a partitioned output)."""
        parts = self._parts()
        if self.output is not None:
            parts = self.output.todo(parts)
        for res in self.engine.run(parts):
            self.partitions += 1
            for m in res.bad_rows:
                self.on_error(m)
            for m in res.failed:
                self.on_error(m)
            for m in res.notes:
                self.on_note(m)
            self.bad_rows += len(res.bad_rows)
            self.failed += len(res.failed)
            self.articles += res.articles - len(res.failed)
            self.quotes += len(res.quotes)
            if self.output is not None and not self.output.write(res):
                self.not_written.append(res.partition.name)
                self.on_error(f"{res.partition.name}: every article failed; partition not "
                              "written (--resume retries it)")
            yield res
        if self.output is not None:
            self.skipped = list(self.output.skipped)

    def run(self) -> "ArchiveJob":
        """All of it, with a partitioned output (nothing is kept in memory)."""
        for _ in self.results():
            pass
        return self


def make_engine(engine: str = "local", *, jobs: int = 1, workers: int = 2,
                scheduler: Optional[str] = None, model: Optional[str] = None,
                extractor: Optional[Callable[[], Any]] = None,
                worker_factory: Optional[Callable] = None) -> Engine:
    """``local`` (one process, or ``jobs`` worker processes) or ``dask``.

    ``extractor()`` builds the one-process extractor; ``worker_factory(model=)``
    what each worker builds (default: the real :class:`~quotes.pipeline.Extractor`)."""
    if engine == "dask":
        from .cluster import DaskEngine

        return DaskEngine(scheduler=scheduler, workers=workers, model=model, factory=worker_factory)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}: local or dask")
    if jobs != 1:
        from .batch import ParallelExtractor
        from .runner import JobsEngine

        return JobsEngine(ParallelExtractor(jobs, model, extractor_factory=worker_factory))
    from .runner import LocalEngine

    if extractor is None:
        def extractor():
            from ..pipeline import Extractor

            return Extractor(model=model)
    return LocalEngine(extractor)
