"""A newsroom's archive as input: JSONL (``.gz`` too), CSV, Parquet, or a folder of them.

Archives hold one article a row, with an id, a text column and metadata
(date, outlet, url).  Rows are cut into *partitions* of a fixed number of
rows, in file order, so that the same input always gives the same
partitions: that is what lets a partitioned output be resumed and a Dask run
give the same answer as one process.  A bad row (no text, text not a
string, undecodable, not a JSON object) becomes a :class:`BadRow` in its
partition and the others go on.

Reading is lazy: a partition is read when the run asks for it, so memory
holds a few partitions whatever the archive's size.  pyarrow is needed for
Parquet only and imported when a Parquet file is met.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import os
import zlib
from dataclasses import dataclass, field, fields
from typing import Any, Iterator, Optional, Sequence

from ..record import Quote
from ..text.reader import Document, InputError, analysis_text

#: suffixes read as archives (a folder of such files is a dataset).
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
CSV_SUFFIXES = (".csv", ".csv.gz")
PARQUET_SUFFIXES = (".parquet", ".pq")
ARCHIVE_SUFFIXES = JSONL_SUFFIXES + CSV_SUFFIXES + PARQUET_SUFFIXES
#: rows a partition holds by default: about 10 minutes of one core for
#: 600-word articles, few enough tasks for a scheduler, small enough to redo.
DEFAULT_PARTITION_ROWS = 1000
#: the longest text cell a CSV may hold (the csv module's default is 128 KiB).
MAX_FIELD = 64 * 1024 * 1024
#: the ``source`` of partitions made of text files (not an archive).
TEXT_FILES = "<files>"
#: names a kept column may not take: they are the record's own fields.
RESERVED = frozenset(f.name for f in fields(Quote)) | {"file", "quote"}


class ArchiveError(InputError):
    """An archive that cannot be read at all (one line: file and cause)."""


class MissingExtra(ImportError):
    """An optional library is not installed; the message names the extra."""


def require(module: str, extra: str, what: str):
    """Import ``module`` or raise :class:`MissingExtra` naming ``pip install quotes[extra]``."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtra(f"{what} needs {module.split('.')[0]}: "
                           f"pip install 'quotes[{extra}]'") from None


@dataclass
class ArchiveOptions:
    """Which columns hold what."""

    text_field: str = "text"
    #: the id column; ``None``: the row number (1 = first article of the file)
    id_field: Optional[str] = None
    keep: tuple[str, ...] = ()
    partition_rows: int = DEFAULT_PARTITION_ROWS

    def __post_init__(self) -> None:
        self.keep = tuple(self.keep)
        clash = [k for k in self.keep if k in RESERVED]
        if clash:
            raise ValueError(f"cannot keep column {clash[0]!r}: the quote record has a field "
                             "of that name")
        if self.partition_rows < 1:
            raise ValueError("a partition holds at least one row")


@dataclass
class Article:
    """One row that can be read: its document (``path`` is the id) and kept columns."""

    doc: Document
    kept: dict[str, Any]
    row: int


@dataclass
class BadRow:
    """A row that is skipped; ``message`` is one line naming file, row and id."""

    source: str
    row: int
    message: str


@dataclass
class Partition:
    """Consecutive rows of one archive file; ``name`` is unique within a run."""

    name: str
    source: str
    index: int
    items: list = field(default_factory=list)  # Article or BadRow, in row order

    @property
    def articles(self) -> list[Article]:
        return [a for a in self.items if isinstance(a, Article)]

    @property
    def bad(self) -> list[BadRow]:
        return [b for b in self.items if isinstance(b, BadRow)]


@dataclass
class ArchiveQuote(Quote):
    """A quote with the article's kept columns, written after the record's fields."""

    kept: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        d = super().to_dict()
        d.update(d.pop("kept"))
        return d


def with_kept(quotes: Sequence[Quote], kept: dict[str, Any]) -> list[Quote]:
    """``quotes`` carrying ``kept`` (unchanged when nothing is kept)."""
    if not kept:
        return list(quotes)
    base = {f.name for f in fields(Quote)}
    return [ArchiveQuote(**{k: getattr(q, k) for k in base}, kept=dict(kept)) for q in quotes]


# ---------------------------------------------------------------- which inputs


def is_archive_file(path: str) -> bool:
    return path.lower().endswith(ARCHIVE_SUFFIXES)


def dataset_files(folder: str) -> list[str]:
    """Archive files under ``folder`` (recursively, hidden ones left out, sorted)."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        found += [os.path.join(root, f) for f in files
                  if is_archive_file(f) and not f.startswith((".", "_"))]
    return sorted(found)


def is_archive(path: str) -> bool:
    """An archive file, or a folder holding archive files and no ``.txt``/``.md``."""
    if os.path.isdir(path):
        from ..text.reader import TEXT_SUFFIXES

        for root, dirs, files in os.walk(path):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            if any(f.lower().endswith(TEXT_SUFFIXES) for f in files):
                return False
        return bool(dataset_files(path))
    return is_archive_file(path)


def _stem(path: str) -> str:
    low = path.lower()
    for suf in sorted(ARCHIVE_SUFFIXES, key=len, reverse=True):
        if low.endswith(suf):
            return path[: len(path) - len(suf)]
    return path


def sources(paths: Sequence[str]) -> list[tuple[str, str]]:
    """``(file, partition name prefix)`` for each archive file of ``paths``.

    A file's prefix is its name without suffix; in a dataset folder, its path
    below the folder with ``/`` as ``--`` (``outlet=lemonde--part-0``)."""
    out: list[tuple[str, str]] = []
    for p in paths:
        if os.path.isdir(p):
            files = dataset_files(p)
            if not files:
                raise ArchiveError(f"{p}: folder holds no .jsonl, .csv or .parquet files")
            out += [(f, _stem(os.path.relpath(f, p)).replace(os.sep, "--")) for f in files]
        else:
            out.append((p, _stem(os.path.basename(p))))
    seen: dict[str, str] = {}
    for f, prefix in out:
        if prefix in seen:
            raise ArchiveError(f"{f}: same name as {seen[prefix]}; their partitions would "
                               "collide (rename one)")
        seen[prefix] = f
    return out


# ----------------------------------------------------------------- raw rows


def _jsonl_rows(path: str) -> Iterator[tuple[int, Any]]:
    """``(row, dict)`` or ``(row, BadRow message)``; blank lines are no rows."""
    opener = gzip.open if path.lower().endswith(".gz") else open
    row = 0
    try:
        with opener(path, "rb") as fh:
            for line in fh:
                if not line.strip():
                    continue
                row += 1
                try:
                    text = line.decode("utf-8-sig" if row == 1 else "utf-8")
                except UnicodeDecodeError as e:
                    yield row, f"not UTF-8 (byte 0x{line[e.start]:02x})"
                    continue
                try:
                    obj = json.loads(text)
                except ValueError as e:
                    yield row, f"not valid JSON ({e})"
                    continue
                yield row, obj if isinstance(obj, dict) else f"a JSON {type(obj).__name__}, not an object"
    except FileNotFoundError:
        raise ArchiveError(f"{path}: no such file") from None
    except (OSError, EOFError, zlib.error) as e:
        raise ArchiveError(f"{path}: unreadable after row {row} ({e})") from None


def _csv_rows(path: str) -> Iterator[tuple[int, Any]]:
    opener = gzip.open if path.lower().endswith(".gz") else open
    limit = csv.field_size_limit()
    row = 0
    try:
        with opener(path, "rb") as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")
            csv.field_size_limit(max(limit, MAX_FIELD))
            reader = csv.reader(text)
            header = next(reader, None)
            if header is None:
                return
            for cells in reader:
                if not cells:
                    continue
                row += 1
                bad = next((c for c in cells if _has_surrogate(c)), None)
                if bad is not None:
                    yield row, "not UTF-8"
                elif len(cells) != len(header):
                    yield row, f"{len(cells)} cells for {len(header)} columns"
                else:
                    yield row, dict(zip(header, cells))
    except FileNotFoundError:
        raise ArchiveError(f"{path}: no such file") from None
    except (OSError, EOFError, zlib.error, csv.Error) as e:
        raise ArchiveError(f"{path}: unreadable after row {row} ({e})") from None
    finally:
        csv.field_size_limit(limit)


def _has_surrogate(s: str) -> bool:
    return any("\udc80" <= c <= "\udcff" for c in s)


def _parquet_rows(path: str, columns: Sequence[str], batch: int) -> Iterator[tuple[int, Any]]:
    pq = require("pyarrow.parquet", "archive", "reading Parquet")
    try:
        pf = pq.ParquetFile(path)
    except FileNotFoundError:
        raise ArchiveError(f"{path}: no such file") from None
    except Exception as e:  # noqa: BLE001 - pyarrow raises several kinds
        raise ArchiveError(f"{path}: not a Parquet file ({e})") from None
    names = set(pf.schema_arrow.names)
    wanted = [c for c in dict.fromkeys(columns) if c in names]
    row = 0
    try:
        for rb in pf.iter_batches(batch_size=batch, columns=wanted):
            for rec in rb.to_pylist():
                row += 1
                yield row, rec
    except Exception as e:  # noqa: BLE001
        raise ArchiveError(f"{path}: unreadable after row {row} ({e})") from None


def _rows(path: str, opts: ArchiveOptions) -> Iterator[tuple[int, Any]]:
    low = path.lower()
    if low.endswith(PARQUET_SUFFIXES):
        cols = [opts.text_field, *([opts.id_field] if opts.id_field else []), *opts.keep]
        return _parquet_rows(path, cols, opts.partition_rows)
    if low.endswith(CSV_SUFFIXES):
        return _csv_rows(path)
    return _jsonl_rows(path)


def _article(path: str, row: int, rec: Any, opts: ArchiveOptions) -> Article | BadRow:
    where = f"{path}: row {row}"
    if isinstance(rec, str):
        return BadRow(path, row, f"{where}: {rec} (skipped)")
    if opts.id_field:
        ident = rec.get(opts.id_field)
        if ident is None or ident == "":
            return BadRow(path, row, f"{where}: no {opts.id_field!r} (skipped)")
        if isinstance(ident, float) and ident.is_integer():
            ident = int(ident)
        ident = str(ident)
        where += f" (id {ident})"
    else:
        ident = str(row)
    text = rec.get(opts.text_field)
    if text is None:
        return BadRow(path, row, f"{where}: no {opts.text_field!r} (skipped)")
    if not isinstance(text, str):
        return BadRow(path, row, f"{where}: {opts.text_field!r} is {type(text).__name__}, "
                      "not text (skipped)")
    if text.startswith("\ufeff"):  # as read_document does: offsets count from after it
        text = text[1:]
    kept = {k: rec.get(k) for k in opts.keep}
    return Article(Document(ident, text, analysis_text(text, False)), kept, row)


def partitions(paths: Sequence[str], opts: ArchiveOptions) -> Iterator[Partition]:
    """Every partition of the archives, in input order, read as it is asked for.

    An archive that cannot be read raises :class:`ArchiveError` when it is
    reached (partitions before it were yielded)."""
    for path, prefix in sources(paths):
        k, items = 0, []
        for row, rec in _rows(path, opts):
            items.append(_article(path, row, rec, opts))
            if len(items) >= opts.partition_rows:
                yield Partition(f"{prefix}-{k:05d}", path, k, items)
                k, items = k + 1, []
        if items or k == 0:
            yield Partition(f"{prefix}-{k:05d}", path, k, items)


def articles(paths: Sequence[str], opts: Optional[ArchiveOptions] = None) -> Iterator[Article | BadRow]:
    """Every row of the archives as an :class:`Article` or a :class:`BadRow`."""
    for p in partitions(paths, opts or ArchiveOptions()):
        yield from p.items


def kept_types(paths: Sequence[str], opts: ArchiveOptions) -> dict[str, Any]:
    """Arrow types of the kept columns when every source is Parquet (the same
    types go to a Parquet output); else ``{}``: kept values are written as text."""
    files = [f for f, _ in sources(paths)]
    if not opts.keep or not files or not all(f.lower().endswith(PARQUET_SUFFIXES) for f in files):
        return {}
    pq = require("pyarrow.parquet", "archive", "reading Parquet")
    try:
        sch = pq.read_schema(files[0])
    except Exception:  # noqa: BLE001 - reported when the file is read
        return {}
    return {k: sch.field(k).type for k in opts.keep if k in sch.names}


def text_partitions(paths: Sequence[str], opts: ArchiveOptions, encoding: Optional[str] = None,
                    markdown: Optional[bool] = None, first: int = 0) -> Iterator[Partition]:
    """Text files (paths, folders, globs, as ``quotes extract`` takes them) as
    partitions ``files-00000`` …, numbered from ``first``: the article's id is
    its path, an unreadable file a bad row."""
    from ..text.reader import expand_paths, read_document

    k, items, row = first, [], 0
    for item in expand_paths(list(paths)):
        row += 1
        if isinstance(item, InputError):
            items.append(BadRow(str(item).split(": ", 1)[0], row, str(item)))
        else:
            try:
                doc = read_document(item, encoding, markdown)
                items.append(Article(doc, {c: None for c in opts.keep}, row))
            except InputError as e:
                items.append(BadRow(item, row, str(e)))
        if len(items) >= opts.partition_rows:
            yield Partition(f"files-{k:05d}", TEXT_FILES, k, items)
            k, items = k + 1, []
    if items:
        yield Partition(f"files-{k:05d}", TEXT_FILES, k, items)
