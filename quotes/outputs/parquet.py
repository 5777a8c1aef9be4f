"""Parquet output: one row a quote, the record's fields with their types, then kept columns.

Parquet is what an archive's users load into pandas, Polars, DuckDB or
Spark; typed columns (offsets as integers, nulls as nulls) spare them a CSV
round trip.  pyarrow is an optional extra (``pip install 'quotes[archive]'``),
imported only here.  The file is written to a temporary name in the same
folder and renamed at the end, so it appears whole or not at all.
"""
from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import fields
from typing import Any, Iterable, Mapping, Optional, Sequence

from ..record import Quote

#: the record's fields in order; ints are offsets and positions.
QUOTE_FIELDS = tuple(f.name for f in fields(Quote) if f.name != "rule")
_INT64 = ("start", "end")
_INT32 = ("line", "column", "sentence", "paragraph")
#: quotes per row group: big enough for column compression, small enough to stream.
ROW_GROUP = 50_000


def pyarrow():
    """The pyarrow module, or ImportError naming the extra to install."""
    try:
        import pyarrow as pa  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise ImportError("--format parquet needs pyarrow: pip install 'quotes[archive]'") from None
    return pa


def schema(keep: Sequence[str] = (), kept_types: Optional[Mapping[str, Any]] = None):
    """The Parquet schema: record fields, then kept columns (their source's
    Arrow type when the archive was Parquet, else strings)."""
    pa = pyarrow()
    cols = []
    for name in QUOTE_FIELDS:
        t = pa.int64() if name in _INT64 else pa.int32() if name in _INT32 else pa.string()
        cols.append(pa.field(name, t, nullable=name not in _INT64 + _INT32 + ("doc", "text", "type")))
    for k in keep:
        cols.append(pa.field(k, (kept_types or {}).get(k) or pa.string()))
    return pa.schema(cols)


def _as_text(v: Any) -> Optional[str]:
    """A kept value from JSON or CSV as a string column (JSON for lists and objects)."""
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    return json.dumps(v) if isinstance(v, bool) else str(v)


def table(quotes: Sequence[Quote], sch) -> Any:
    """An Arrow table of ``quotes`` with schema ``sch``."""
    pa = pyarrow()
    data: dict[str, list] = {name: [] for name in sch.names}
    kept_names = sch.names[len(QUOTE_FIELDS):]
    for q in quotes:
        for name in QUOTE_FIELDS:
            data[name].append(getattr(q, name))
        kept = getattr(q, "kept", {}) or {}
        for k in kept_names:
            v = kept.get(k)
            data[k].append(_as_text(v) if pa.types.is_string(sch.field(k).type) else v)
    return pa.Table.from_pydict(data, schema=sch)


class ParquetQuoteWriter:
    """Streams quotes to one Parquet file, atomically (``close`` renames it in place)."""

    def __init__(self, path: str, keep: Sequence[str] = (),
                 kept_types: Optional[Mapping[str, Any]] = None) -> None:
        self.schema = schema(keep, kept_types)  # first: the error naming the extra
        import pyarrow.parquet as pq

        self.path = path
        folder = os.path.dirname(os.path.abspath(path))
        fd, self.tmp = tempfile.mkstemp(dir=folder, prefix="." + os.path.basename(path) + ".",
                                        suffix=".part")
        os.close(fd)
        self._pq = pq.ParquetWriter(self.tmp, self.schema, compression="zstd")
        self._buf: list[Quote] = []
        self.n = 0

    def write(self, quotes: Iterable[Quote]) -> None:
        for q in quotes:
            self._buf.append(q)
            if len(self._buf) >= ROW_GROUP:
                self._flush()

    def _flush(self) -> None:
        if self._buf:
            self._pq.write_table(table(self._buf, self.schema))
            self.n += len(self._buf)
            self._buf = []

    def close(self) -> None:
        """Finish the file and move it to ``path``."""
        self._flush()
        self._pq.close()
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.tmp, 0o666 & ~umask)
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        """Drop the temporary file; ``path`` keeps what it held before."""
        with contextlib.suppress(Exception):
            self._pq.close()
        with contextlib.suppress(OSError):
            os.unlink(self.tmp)

    def __enter__(self) -> "ParquetQuoteWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def write_parquet(path: str, quotes: Iterable[Quote], keep: Sequence[str] = (),
                  kept_types: Optional[Mapping[str, Any]] = None) -> int:
    """Write ``quotes`` to ``path`` (whole or not at all); returns how many."""
    with ParquetQuoteWriter(path, keep, kept_types) as w:
        w.write(quotes)
    return w.n


def read_quotes(path: str) -> list[dict[str, Any]]:
    """The rows of a quotes Parquet file as dicts (tests, scripts)."""
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()
