"""Quotation-mark pairing on the raw text (no parse needed).

French news mixes « », “ ”, „ “, ‹ › and straight " marks, often badly: “
closed by ", an opening mark never closed, a stray closing mark.  Pairing is
done paragraph by paragraph with a stack, so one bad mark never swallows the
rest of the article; what cannot be paired is reported (``check`` rule Q1
uses the same result).  All offsets are into the text given.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import regex

#: space characters that typography puts between a guillemet and the words.
SPACES = " \t\u00a0\u202f\u2009\u2007"
_MARK_RE = regex.compile(r"[«»“”„‹›\"]")
OPENERS = "«“„‹"
CLOSERS = "»”›"
#: which closer each opener normally takes.
PAIRS = {"«": "»", "“": "”", "„": "“", "‹": "›", '"': '"', "”": "”", "»": "»"}
#: mark families, for the mixed-style rule (Q4).
STYLE = {"«": "guillemets", "»": "guillemets", "‹": "guillemets", "›": "guillemets",
         "“": "curly", "”": "curly", "„": "curly", '"': "straight"}

_BLANK_LINE = regex.compile(r"\r?\n[ \t\u00a0]*\r?\n|\r[ \t]*\r")
_ANY_LINE = regex.compile(r"\r\n|\r|\n|\u2028|\u2029")


@dataclass
class Mark:
    offset: int
    char: str
    role: str  # "open", "close" or "continue" (a paragraph reopening a quote)
    depth: int = 0


@dataclass
class Problem:
    offset: int
    kind: str  # "unclosed", "stray", "mismatch"
    char: str
    message: str


@dataclass
class Span:
    """A quoted stretch: ``start``/``end`` bound the words inside the marks."""

    start: int
    end: int
    open_offset: Optional[int]
    close_offset: Optional[int]
    open_char: str
    close_char: str
    depth: int
    paragraphs: int = 1
    problems: list[str] = field(default_factory=list)

    @property
    def outer_start(self) -> int:
        return self.open_offset if self.open_offset is not None else self.start

    @property
    def outer_end(self) -> int:
        return self.close_offset + 1 if self.close_offset is not None else self.end


@dataclass
class MarkResult:
    spans: list[Span]
    marks: list[Mark]
    problems: list[Problem]

    def top_level(self) -> list[Span]:
        return [s for s in self.spans if s.depth == 0]


def paragraphs(text: str, blank_lines_only: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each paragraph; plain-text articles break at every line."""
    pattern = _BLANK_LINE if blank_lines_only else _ANY_LINE
    out, pos = [], 0
    for m in pattern.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _is_space(c: str) -> bool:
    return c == "" or c.isspace() or c in SPACES


def _flanking(text: str, i: int) -> tuple[bool, bool]:
    """(can open, can close) from the characters around the mark at ``i``."""
    left = text[i - 1] if i > 0 else ""
    right = text[i + 1] if i + 1 < len(text) else ""
    left_open = _is_space(left) or left in "([{—–-/:'’" or left in OPENERS
    right_closed = _is_space(right) or right in ".,;:!?)]}…—–-'’" or right in CLOSERS
    can_open = not _is_space(right) or right in "\u00a0\u202f"
    can_close = not _is_space(left) or left in "\u00a0\u202f"
    return (can_open and left_open), (can_close and right_closed)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in SPACES):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in SPACES):
        b -= 1
    return a, b


def pair_marks(text: str, blank_lines_only: bool = False) -> MarkResult:
    """Pair the quotation marks of ``text`` into nested spans."""
    spans: list[Span] = []
    marks: list[Mark] = []
    problems: list[Problem] = []
    paras = paragraphs(text, blank_lines_only)
    # stack entries: [open char, open offset, span start, reopenings, paragraph]
    stack: list[list] = []
    for pi, (pa, pb) in enumerate(paras):
        first = True
        para_top: list[Span] = []
        for m in _MARK_RE.finditer(text, pa, pb):
            i, c = m.start(), m.group()
            lead = first and not text[pa:i].strip(SPACES + "\t -–—•*>")
            first = False
            if lead and stack and (c == stack[-1][0] or (stack[-1][0] == "«" and c == "»")):
                # French convention: each new paragraph of a long quote reopens it.
                stack[-1][3] += 1
                marks.append(Mark(i, c, "continue", len(stack) - 1))
                continue
            can_open, can_close = _flanking(text, i)
            role = _role(c, can_open, can_close, stack)
            if role == "open":
                stack.append([c, i, i + 1, 0, pi])
                marks.append(Mark(i, c, "open", len(stack) - 1))
            elif role == "close":
                if stack:
                    oc, oo, os_, np_, _ = stack.pop()
                    a, b = _trim(text, os_, i)
                    sp = Span(a, b, oo, i, oc, c, len(stack), np_ + 1)
                    if c != PAIRS.get(oc) and not (oc == "“" and c == "”"):
                        sp.problems.append("mismatch")
                        problems.append(Problem(oo, "mismatch", oc,
                                                f"{oc} closed by {c}"))
                    spans.append(sp)
                    if sp.depth == 0:
                        para_top.append(sp)
                    marks.append(Mark(i, c, "close", len(stack)))
                else:
                    # A closing mark with nothing open: the quote began at the
                    # paragraph start, its opening mark lost.
                    a, b = _trim(text, pa, i)
                    problems.append(Problem(i, "stray", c, f"closing {c} with no opening mark"))
                    marks.append(Mark(i, c, "close", 0))
                    if b > a:
                        # spans already found in the paragraph become nested in this one
                        for sp in para_top:
                            sp.depth += 1
                        para_top = [Span(a, b, None, i, "", c, 0, 1, ["unopened"])]
                        spans.append(para_top[0])
        # paragraph end: keep open quotes only if the next paragraph reopens them
        if stack:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            reopens = False
            if nxt is not None:
                head = text[nxt[0]:nxt[1]].lstrip(SPACES + "\t -–—•*>")
                # only the same mark reopens a quote (« … ¶ « …, “ … ¶ “ …)
                reopens = bool(head) and (head[0] == stack[-1][0]
                                          or (stack[-1][0] == "«" and head[0] == "»"))
            if not reopens:
                while stack:
                    oc, oo, os_, np_, _ = stack.pop()
                    a, b = _trim(text, os_, pb)
                    problems.append(Problem(oo, "unclosed", oc, f"{oc} is never closed"))
                    if b > a:
                        spans.append(Span(a, b, oo, None, oc, "", len(stack), np_ + 1,
                                          ["unclosed"]))
    spans.sort(key=lambda s: (s.start, -s.end))
    problems.sort(key=lambda p: p.offset)
    return MarkResult(spans, marks, problems)


def _role(c: str, can_open: bool, can_close: bool, stack: list[list]) -> str:
    top = stack[-1][0] if stack else None
    if c in "«‹„":
        return "open"
    if c in "»›":
        if not stack and can_open and not can_close:
            return "open"  # flipped guillemets: »mot«, or »mot »
        return "close"
    if c == "“":
        if top in ("„", "“", '"') and can_close and not can_open:
            return "close"
        if top == "„" and can_close:
            return "close"
        return "open"
    if c == "”":
        if not stack and can_open and not can_close:
            return "open"
        return "close" if stack or can_close else "open"
    # straight quote
    if top == '"' or (stack and can_close and not can_open):
        return "close"
    if can_open or not stack:
        return "open" if (can_open or not can_close) else "close"
    return "close"
