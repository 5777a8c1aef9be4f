"""Output formats for quotes: table, CSV (plain and Excel), JSON Lines, JSON.

Everything here writes ``str`` to a text file object or returns strings, so
the library can export without Click; ``quotes.cli`` only picks the writer.
Writers are streaming (``begin``/``write``/``end``) so a run over thousands
of articles never holds all quotes in memory.
"""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from typing import IO, Any, Iterable, Optional, Sequence

from ..record import CSV_FIELDS, Quote

FORMATS = ("table", "csv", "jsonl", "json")
#: binary formats written to a file by their own writer (quotes.outputs.parquet), not to a stream.
FILE_FORMATS = ("parquet",)

#: first characters that make a spreadsheet read a cell as a formula (OWASP
#: "CSV injection"); tab and CR are on the list because Excel strips them
#: and then looks at the next character.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
#: columns holding free text (neutralised); the others are numbers.
TEXT_FIELDS = ("file", "type", "speaker", "role", "quote", "cue")
#: the Excel dialect: French spreadsheets use ``;`` because ``,`` is the
#: decimal separator, and need a BOM to read the file as UTF-8.
EXCEL_DELIMITER = ";"
BOM = "\ufeff"


def neutralise(cell: str) -> str:
    """Prefix ``'`` to a cell a spreadsheet would run as a formula.

    A cell that already starts with ``'`` gets one too, so that the change is
    reversible (see :func:`unneutralise`): a spreadsheet shows ``'`` + text.
    """
    if cell and (cell[0] in FORMULA_TRIGGERS or cell[0] == "'"):
        return "'" + cell
    return cell


def unneutralise(cell: str) -> str:
    """Undo :func:`neutralise` (for scripts that read our CSV back)."""
    if len(cell) >= 2 and cell[0] == "'" and (cell[1] in FORMULA_TRIGGERS or cell[1] == "'"):
        return cell[1:]
    return cell


def quote_row(q: Quote, neutral: bool = True) -> dict[str, Any]:
    """One CSV row, keyed by :data:`CSV_FIELDS`; ``None`` becomes an empty cell."""
    row: dict[str, Any] = {
        "file": q.doc, "line": q.line, "column": q.column, "type": q.type,
        "speaker": q.speaker, "role": q.role, "quote": q.text, "cue": q.cue,
        "sentence": q.sentence, "start": q.start, "end": q.end,
    }
    for k in TEXT_FIELDS:
        v = row[k]
        row[k] = "" if v is None else (neutralise(str(v)) if neutral else str(v))
    # columns an archive run keeps (quotes.scale.archive.ArchiveQuote), after the others
    for k, v in (getattr(q, "kept", None) or {}).items():
        row[k] = "" if v is None else (neutralise(str(v)) if neutral else str(v))
    return row


#: characters ``str.splitlines`` (and JavaScript) take for line ends that JSON
#: leaves raw: escaped so that one JSON Lines record is always one line.
_JSON_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def quote_json(q: Quote) -> str:
    """One JSON object on one line, exactly ``Quote.to_dict()`` (what score.py reads)."""
    return json.dumps(q.to_dict(), ensure_ascii=False).translate(_JSON_LINE_BREAKS)


# --------------------------------------------------------------- terminal text

_CONTROL = {c: " " for c in range(0x20) if c not in (0x09,)}
_CONTROL.update({0x7F: " ", 0x2028: " ", 0x2029: " ", 0x1B: "␛"})


def clean(s: Optional[str]) -> str:
    """One display line: line breaks and control characters (escape codes that
    could drive the terminal) become spaces, runs of blanks one space."""
    if not s:
        return ""
    s = s.translate(_CONTROL)
    return " ".join(s.split())


def char_width(c: str) -> int:
    """Columns a character takes on a terminal (0 for combining, 2 for wide)."""
    if unicodedata.combining(c) or c in "\u200b\u200c\u200d\u2060\ufeff":
        return 0
    return 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1


def display_width(s: str) -> int:
    return sum(char_width(c) for c in s)


def cut(s: str, width: int) -> str:
    """``s`` cut to ``width`` terminal columns, with ``…`` when cut."""
    if width <= 0:
        return ""
    if display_width(s) <= width:
        return s
    out, used = [], 0
    for c in s:
        w = char_width(c)
        if used + w > width - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "…"


def pad(s: str, width: int) -> str:
    """``s`` cut or padded with spaces to exactly ``width`` columns."""
    s = cut(s, width)
    return s + " " * (width - display_width(s))


def shown(q: Quote) -> str:
    """The quote for reading: a direct one inside « », an indirect one as
    written, without marks (a paraphrase is not the speaker's own words), a
    mixed one as written (its quoted words keep their own marks)."""
    return f"« {clean(q.text)} »" if q.type == "direct" else clean(q.text)


def table_line(q: Quote, width: Optional[int] = 100, full: bool = False) -> str:
    """Two lines a quote: where, type, who (role); then the quote, indented.

    ``width=None`` (output not on a terminal) or ``full``: nothing is cut.
    """
    who = clean(q.speaker) or "(no speaker found)"
    if q.role:
        who += f", {clean(q.role)}"
    head = f"{q.doc}:{q.line}:{q.column}  {q.type}  {who}"
    body = "    " + shown(q)
    if width and not full:
        head, body = cut(head, width), cut(body, width)
    return head + "\n" + body


# --------------------------------------------------------------------- writers


class Writer:
    """Streams quotes in one format to a text file object."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def begin(self) -> None:
        """Write what comes before the first quote (header, ``[``, BOM)."""

    def write(self, quotes: Iterable[Quote]) -> None:
        raise NotImplementedError

    def end(self) -> None:
        """Write what comes after the last quote."""


class JsonlWriter(Writer):
    def write(self, quotes: Iterable[Quote]) -> None:
        for q in quotes:
            self.out.write(quote_json(q) + "\n")


class JsonWriter(Writer):
    """One JSON array, written as it goes (valid only once ``end`` ran)."""

    def __init__(self, out: IO[str]) -> None:
        super().__init__(out)
        self.n = 0

    def begin(self) -> None:
        self.out.write("[")

    def write(self, quotes: Iterable[Quote]) -> None:
        for q in quotes:
            self.out.write(("," if self.n else "") + "\n  " + quote_json(q))
            self.n += 1

    def end(self) -> None:
        self.out.write("\n]\n" if self.n else "]\n")


class CsvWriter(Writer):
    """RFC 4180 CSV (CRLF, fields with ``,`` ``"`` or line breaks quoted).

    ``excel=True``: UTF-8 BOM and ``;`` so that a double-click opens it right
    in Excel or LibreOffice on a French system.  Text cells are neutralised
    against formula injection in both dialects.
    """

    def __init__(self, out: IO[str], excel: bool = False, header: bool = True,
                 neutral: bool = True, keep: Sequence[str] = ()) -> None:
        super().__init__(out)
        self.excel, self.header, self.neutral = excel, header, neutral
        # keep: an archive's kept columns, after the fixed ones
        self._csv = csv.DictWriter(out, fieldnames=CSV_FIELDS + tuple(keep), extrasaction="ignore",
                                   delimiter=EXCEL_DELIMITER if excel else ",",
                                   quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")

    def begin(self) -> None:
        if self.excel:
            self.out.write(BOM)
        if self.header:
            self._csv.writeheader()

    def write(self, quotes: Iterable[Quote]) -> None:
        for q in quotes:
            self._csv.writerow(quote_row(q, self.neutral))


class TableWriter(Writer):
    """For reading: two lines a quote, cut to ``width`` unless ``full``."""

    def __init__(self, out: IO[str], width: Optional[int] = 100, full: bool = False) -> None:
        super().__init__(out)
        self.width, self.full = width, full

    def write(self, quotes: Iterable[Quote]) -> None:
        for q in quotes:
            self.out.write(table_line(q, self.width, self.full) + "\n")


def make_writer(fmt: str, out: IO[str], *, excel: bool = False, width: Optional[int] = 100,
                full: bool = False, keep: Sequence[str] = ()) -> Writer:
    """The writer for ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "csv":
        return CsvWriter(out, excel=excel, keep=keep)
    if fmt == "jsonl":
        return JsonlWriter(out)
    if fmt == "json":
        return JsonWriter(out)
    if fmt == "table":
        return TableWriter(out, width=width, full=full)
    raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")


def to_string(quotes: Iterable[Quote], fmt: str = "jsonl", **kwargs: Any) -> str:
    """All ``quotes`` in one format, as a string (library convenience)."""
    buf = io.StringIO(newline="")
    w = make_writer(fmt, buf, **kwargs)
    w.begin()
    w.write(quotes)
    w.end()
    return buf.getvalue()
