"""A real spreadsheet: the quotes, the speakers and the balance of voices.

Every cell is written as a string or a number through XlsxWriter's typed
calls, never as a formula, so ``=1+1`` or ``- Nous partirons`` show as the
text they are and need no apostrophe in front (unlike CSV).  XlsxWriter is an
optional extra (``pip install 'quotes[xlsx]'``), imported only here.

What a cell cannot hold as it is: a line break is one LF in a spreadsheet
cell, so CRLF and CR become LF (``start``/``end`` still point into the
original article); Excel's limit of 32,767 characters a cell cuts longer
text, with a note.
"""
from __future__ import annotations

import io
import re
from typing import Any, Iterable, Optional, Sequence

from .summary import SUMMARY_CSV_FIELDS, Summary, speaker_gender, speaker_kind, summarise
from .who import Speaker, rank_speakers
from ..record import Quote

#: columns of the Quotes sheet: the CSV columns, then who the speaker is.
QUOTE_COLUMNS = ("file", "line", "column", "type", "speaker", "role", "quote", "cue",
                 "speaker_kind", "speaker_gender", "speaker_via", "sentence", "start", "end")
#: columns of the Speakers sheet: ``quotes who --format csv``'s, with kind and gender.
SPEAKER_COLUMNS = ("rank", "speaker", "roles", "speaker_kind", "speaker_gender", "quotes",
                   "direct", "indirect", "mixed", "files")
SHEETS = ("quotes", "speakers", "balance")
#: Excel refuses longer cells.
MAX_CELL = 32767
#: widest a column is made (characters); wrapped columns are this wide.
MAX_WIDTH = 60
WRAPPED = {"quote": 80, "roles": 40, "role": 32}

_BREAKS = re.compile(r"\r\n?")


class MissingLibrary(RuntimeError):
    """An optional library this output needs is not installed."""


def require() -> Any:
    """The ``xlsxwriter`` module, or a one-line :class:`MissingLibrary` saying how to get it."""
    try:
        import xlsxwriter
    except ImportError:
        raise MissingLibrary("xlsx output needs XlsxWriter: pip install 'quotes[xlsx]'") from None
    return xlsxwriter


def cell_text(s: str) -> tuple[str, bool]:
    """The text a cell gets for ``s``, and whether it had to be cut."""
    s = _BREAKS.sub("\n", s)
    if len(s) > MAX_CELL:
        return s[:MAX_CELL - 1] + "…", True
    return s, False


class _Sheet:
    """One worksheet: typed cells, a frozen header with a filter, set widths."""

    def __init__(self, book, name: str, columns: Sequence[str], formats: dict) -> None:
        self.ws = book.add_worksheet(name)
        self.columns, self.formats = columns, formats
        self.widths = [len(c) + 2 for c in columns]
        self.rows = 0
        self.cut = 0
        for j, c in enumerate(columns):
            self.ws.write_string(0, j, c, formats["header"])

    def add(self, values: Sequence[Any], numeric_formats: Optional[dict] = None) -> None:
        self.rows += 1
        for j, v in enumerate(values):
            col = self.columns[j]
            fmt = self.formats["wrap" if col in WRAPPED else "cell"]
            if numeric_formats and col in numeric_formats:
                fmt = numeric_formats[col]
            if v is None or v == "":
                continue  # an empty cell: no value
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                self.ws.write_number(self.rows, j, v, fmt)
                width = len(str(v))
            else:
                text, was_cut = cell_text(str(v))
                self.cut += was_cut
                self.ws.write_string(self.rows, j, text, fmt)
                width = max(map(len, text.split("\n")))
            self.widths[j] = max(self.widths[j], min(width + 2, MAX_WIDTH))

    def finish(self) -> None:
        for j, c in enumerate(self.columns):
            self.ws.set_column(j, j, WRAPPED.get(c, self.widths[j]))
        self.ws.freeze_panes(1, 0)
        self.ws.autofilter(0, 0, max(self.rows, 1), len(self.columns) - 1)


def _quote_values(q: Quote) -> list[Any]:
    return [q.doc, q.line, q.column, q.type, q.speaker, q.role, q.text, q.cue, q.speaker_kind,
            q.speaker_gender, q.speaker_via, q.sentence, q.start, q.end]


def _speaker_values(rank: int, sp: Speaker) -> list[Any]:
    t = sp.types
    return [rank, sp.name, "\n".join(sp.role_list()), speaker_kind(sp), speaker_gender(sp),
            sp.count, t["direct"], t["indirect"], t["mixed"], "\n".join(sp.files)]


def workbook_bytes(quotes: Iterable[Quote], *, articles: Optional[int] = None,
                   order: Sequence[str] = SHEETS, summary: Optional[Summary] = None,
                   speakers: Optional[list[Speaker]] = None) -> tuple[bytes, list[str]]:
    """The .xlsx file of ``quotes`` and the notes a user should see.

    ``order``: which of :data:`SHEETS` to write, the first one opening.
    ``articles``: the number of articles read, for the balance sheet.
    """
    xlsxwriter = require()
    quotes = list(quotes)
    speakers = speakers if speakers is not None else rank_speakers(quotes)
    summary = summary or summarise(quotes, articles, speakers)
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_formulas": False,
                                     "strings_to_numbers": False, "strings_to_urls": False})
    formats = {"header": book.add_format({"bold": True, "bottom": 1, "valign": "top",
                                          "bg_color": "#EEEEEE"}),
               "cell": book.add_format({"valign": "top"}),
               "wrap": book.add_format({"valign": "top", "text_wrap": True})}
    percent = book.add_format({"valign": "top", "num_format": "0.0%"})
    sheets = []
    for name in order:
        if name == "quotes":
            sh = _Sheet(book, "Quotes", QUOTE_COLUMNS, formats)
            for q in quotes:
                sh.add(_quote_values(q))
        elif name == "speakers":
            sh = _Sheet(book, "Speakers", SPEAKER_COLUMNS, formats)
            for rank, sp in enumerate(speakers, 1):
                sh.add(_speaker_values(rank, sp))
        elif name == "balance":
            sh = _Sheet(book, "Balance", SUMMARY_CSV_FIELDS, formats)
            for row in summary.rows():
                sh.add(row, {"share": percent})
        else:
            raise ValueError(f"unknown sheet {name!r}; one of {', '.join(SHEETS)}")
        sh.finish()
        sheets.append(sh)
    book.close()
    cut = sum(sh.cut for sh in sheets)
    notes = [f"{cut} cell{'s' * (cut != 1)} longer than {MAX_CELL:,} characters (the "
             "spreadsheet limit) cut in the xlsx"] if cut else []
    return buf.getvalue(), notes
