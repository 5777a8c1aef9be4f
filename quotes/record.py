"""The one record every output is derived from."""
from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Optional

_BREAK = re.compile(r"\r\n|\r|\n")

QUOTE_TYPES = ("direct", "indirect", "mixed")

#: order of the fields in CSV and JSON output (documented in the README).
CSV_FIELDS = ("file", "line", "column", "type", "speaker", "role", "quote", "cue",
              "sentence", "start", "end")


@dataclass
class Quote:
    """A quote with character offsets into the *original* text (end exclusive)."""

    doc: str
    start: int
    end: int
    text: str
    type: str
    speaker: Optional[str] = None
    #: the speaker's entity within the article ("e1", "e2" …): the people stage's
    #: answer to "same person?", which a name string cannot give
    speaker_id: Optional[str] = None
    #: "person", "organisation" or "group"
    speaker_kind: Optional[str] = None
    #: "f", "m" or None: the grammatical gender the article uses for the speaker
    speaker_gender: Optional[str] = None
    speaker_mention: Optional[str] = None
    #: how the speaker was found: "name", "pronoun", "description" or "context"
    speaker_via: Optional[str] = None
    role: Optional[str] = None
    cue: Optional[str] = None
    line: int = 0
    column: int = 0
    sentence: int = 0
    paragraph: int = 0
    #: internal evidence (not exported): which rule produced the quote.
    rule: str = field(default="", compare=False)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("rule", None)
        return d


class LineIndex:
    """Maps offsets to 1-based line and column; CRLF, CR and LF each end a line."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in _BREAK.finditer(text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1
