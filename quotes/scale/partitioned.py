"""Quotes of an archive written one file per input partition, each file atomic.

A partition's file appears whole (temporary name, renamed at the end) or not
at all, so after an interruption the folder holds exactly the partitions that
were finished, and ``resume`` skips them.  A partition whose articles all
failed is not written, so a resumed run tries it again.  Without ``resume``
a folder that already holds partition files is refused: nothing a user
wrote is overwritten.
"""
from __future__ import annotations

import contextlib
import os
from typing import Any, Iterable, Iterator, Mapping, Optional, Sequence

from ..outputs.atomic import atomic_file
from ..outputs.export import make_writer
from ..record import Quote
from .archive import Partition
from .runner import PartitionResult

#: file name suffix per output format.
SUFFIX = {"jsonl": ".jsonl", "csv": ".csv", "json": ".json", "parquet": ".parquet"}


class OutputExists(Exception):
    """The output folder already holds partition files and ``resume`` was not asked."""


def write_quotes(path: str, fmt: str, quotes: Iterable[Quote], keep: Sequence[str] = (),
                 kept_types: Optional[Mapping[str, Any]] = None) -> None:
    """All ``quotes`` to ``path`` in ``fmt`` (jsonl, csv, json, parquet), atomically."""
    if fmt == "parquet":
        from ..outputs.parquet import write_parquet

        write_parquet(path, quotes, keep, kept_types)
        return
    with atomic_file(path) as out:
        w = make_writer(fmt, out, keep=keep, width=None)
        w.begin()
        w.write(quotes)
        w.end()


class PartitionedOutput:
    """``folder/<partition name><suffix>`` per partition."""

    def __init__(self, folder: str, fmt: str = "jsonl", keep: Sequence[str] = (),
                 kept_types: Optional[Mapping[str, Any]] = None, resume: bool = False) -> None:
        if fmt not in SUFFIX:
            raise ValueError(f"a partitioned output is one of {', '.join(SUFFIX)}, not {fmt!r}")
        self.folder, self.fmt, self.keep = folder, fmt, tuple(keep)
        self.kept_types, self.resume = kept_types, resume
        os.makedirs(folder, exist_ok=True)
        self._clean_leftovers()
        if not resume:
            existing = self.existing()
            if existing:
                raise OutputExists(f"{folder}: already holds {len(existing)} partition file(s) "
                                   f"(e.g. {existing[0]}); use --resume to go on, or another folder")
        self.written: list[str] = []
        self.skipped: list[str] = []

    def _clean_leftovers(self) -> None:
        """Temporary files of a run that was killed outright (no ``finally``)."""
        for f in os.listdir(self.folder):
            if f.startswith(".") and f.endswith(".part") and SUFFIX[self.fmt] in f:
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(self.folder, f))

    def existing(self) -> list[str]:
        suf = SUFFIX[self.fmt]
        return sorted(f for f in os.listdir(self.folder) if f.endswith(suf) and not f.startswith("."))

    def path(self, name: str) -> str:
        return os.path.join(self.folder, name + SUFFIX[self.fmt])

    def done(self, part: Partition) -> bool:
        return os.path.exists(self.path(part.name))

    def todo(self, parts: Iterable[Partition]) -> Iterator[Partition]:
        """The partitions still to write (all of them unless ``resume``)."""
        for p in parts:
            if self.resume and self.done(p):
                self.skipped.append(p.name)
                continue
            yield p

    def write(self, res: PartitionResult) -> bool:
        """Write one partition; ``False`` when it is left out because every
        article failed (a later ``--resume`` retries it)."""
        if res.articles and len(res.failed) == res.articles:
            return False
        write_quotes(self.path(res.partition.name), self.fmt, res.quotes, self.keep, self.kept_types)
        self.written.append(res.partition.name)
        return True
