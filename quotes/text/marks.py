"""Quotation-mark pairing on the raw text (no parse needed).

French news mixes « », “ ”, „ “, ‹ › and straight " marks, often badly: “
closed by ", an opening mark never closed, a stray closing mark, paragraphs
flattened onto one line.  Pairing degrades one mark at a time:

* a straight " has no direction, so its context decides: an opener follows a
  space, a line start, a bracket or a dash and comes before a word; a closer
  follows a word or punctuation and comes before a space, punctuation or the
  line end (``_straight``);
* the convention of reopening a quotation at each new paragraph (``« A.¶« B. »``
  is one quote) is recognised with the line breaks and without them, once a
  text is flattened (``"A. "B." C.``): a paragraph must end on a sentence for
  the next one to reopen it, so a headline ending on ``« une provocation``
  does not swallow the next paragraph's quotation;
* a quotation over two paragraphs whose second paragraph does not reopen it is
  carried only when that paragraph's first mark closes it;
* a mark that stays open at its paragraph's end is closed there, reported,
  and the paragraph paired again as if that mark were absent, so one bad mark
  never shifts the pairs after it;
* a closing mark with nothing open starts its quotation after the paragraph's
  last one when a sentence ended in between, else at the paragraph's start;
* a " right after a number with nothing open (27", 12'30") is no mark.

What cannot be paired is reported at the faulty mark (``check`` rule Q1 uses
the same result).  All offsets are into the text given.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional

import regex

from .doubled import doubled_apostrophes

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
#: what may stand before a paragraph's reopening mark (list bullets, dashes).
_LEAD = SPACES + "\t -–—•*>"
_SENTENCE_END = ".!?…"
_SENTENCE_RE = regex.compile(r"[.!?…]")
#: a straight " after one of these opens (besides a space or the line start).
_BEFORE_OPEN = "([{—–-/:'’" + OPENERS
#: a straight " before one of these (or a space, or the line end) closes.
_AFTER_CLOSE = ".,;:!?)]}…—–-'’" + CLOSERS


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


@dataclass
class _Open:
    """An opening mark waiting for its closer."""

    char: str
    offset: int
    paragraphs: int = 1
    carried: bool = False  # opened in an earlier paragraph
    holds_same: bool = False  # a quotation with the same marks was closed inside it
    reopened: list[int] = field(default_factory=list)  # its reopenings on the same line

    def copy(self, carried: bool = False) -> "_Open":
        """A copy for another pass (``carried``: into the next paragraph)."""
        return _Open(self.char, self.offset, self.paragraphs + carried, self.carried or carried,
                     self.holds_same, list(self.reopened))


@dataclass
class _Pass:
    """One pairing of a paragraph's marks."""

    spans: list[Span] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    stack: list[_Open] = field(default_factory=list)


#: passes over one paragraph before what is still open is closed at its end
_MAX_PASSES = 8


def pair_marks(text: str, blank_lines_only: bool = False) -> MarkResult:
    """Pair the quotation marks of ``text`` into nested spans."""
    text = doubled_apostrophes(text)
    spans: list[Span] = []
    marks: list[Mark] = []
    problems: list[Problem] = []
    paras = paragraphs(text, blank_lines_only)
    carry: list[_Open] = []
    lead: Optional[int] = None  # the next paragraph's reopening mark
    for pi, (pa, pb) in enumerate(paras):
        offsets = [m.start() for m in _MARK_RE.finditer(text, pa, pb)]
        if not offsets and not carry:
            continue
        ahead = _Ahead(text, paras, pi)
        dropped: dict[int, int] = {}  # faulty opening mark -> its depth when found
        for attempt in range(_MAX_PASSES):
            res = _pair_paragraph(text, pa, pb, [i for i in offsets if i not in dropped],
                                  carry, lead)
            # marks left open that the next paragraph does not go on with are
            # faulty: pair the paragraph again without them (after the last
            # pass, they are closed at the paragraph's end below)
            faulty = []
            for depth in range(len(res.stack) - 1, -1, -1):
                o = res.stack[depth]
                if o.carried or ahead.goes_on(o) is not None:
                    break
                # its reopenings on the same line go with it: « A. « B. never closed
                faulty += [(k, depth) for k in (o.offset, *o.reopened)]
            if not faulty or attempt == _MAX_PASSES - 1:
                break
            dropped.update(faulty)
        nxt = ahead.goes_on(res.stack[-1]) if res.stack else None
        spans += res.spans
        marks += res.marks
        problems += res.problems
        order = sorted(dropped)
        found = sorted(res.spans, key=lambda s: s.outer_start) if order else []
        starts = [s.outer_start for s in found]
        tops = [s for s in found if s.depth == 0]
        top_starts = [s.outer_start for s in tops]
        below = sorted(o.offset for o in res.stack)
        for k, o in enumerate(order):
            depth = bisect.bisect_left(below, o)  # marks still open around it
            limit = order[k + 1] if k + 1 < len(order) else pb
            if depth < len(below):
                limit = min(limit, below[depth])  # not across a mark still open
            t = bisect.bisect_right(top_starts, o) - 1
            if t >= 0 and tops[t].outer_end > o:  # inside a quotation: ends with it
                depth, limit = depth + 1, min(limit, tops[t].end)
            t = bisect.bisect_left(top_starts, limit) - 1
            if t >= 0 and tops[t].outer_start > o and tops[t].outer_end > limit:
                limit = tops[t].outer_start  # not across a quotation after it
            marks.append(Mark(o, text[o], "open", depth))
            problems.append(Problem(o, "unclosed", text[o], f"{text[o]} is never closed"))
            sp = _unclosed_span(text, o, limit, found, starts, depth)
            if sp is not None:
                spans.append(sp)
        if nxt is not None:
            carry = [o.copy(carried=True) for o in res.stack]
            lead = nxt if nxt >= 0 else None
            continue
        for depth, o in reversed(list(enumerate(res.stack))):
            problems.append(Problem(o.offset, "unclosed", o.char, f"{o.char} is never closed"))
            a, b = _trim(text, o.offset + 1, pb)
            if b > a:
                spans.append(Span(a, b, o.offset, None, o.char, "", depth, o.paragraphs,
                                  ["unclosed"]))
        carry, lead = [], None
    spans.sort(key=lambda s: (s.start, -s.end))
    marks.sort(key=lambda m: m.offset)
    problems.sort(key=lambda p: p.offset)
    return MarkResult(spans, marks, problems)


class _Counts:
    """How many of each guillemet or curly mark follow the n-th mark of a
    paragraph (built on first use: most paragraphs never ask)."""

    def __init__(self, text: str, offsets: list[int]) -> None:
        self.text, self.offsets = text, offsets
        self.after: Optional[dict[str, list[int]]] = None

    def count(self, n: int, chars: str) -> int:
        if self.after is None:
            self.after = {}
            for ch in "«»‹›“”„":
                acc, col = 0, [0] * (len(self.offsets) + 1)
                for k in range(len(self.offsets) - 1, -1, -1):
                    acc += self.text[self.offsets[k]] == ch
                    col[k] = acc
                self.after[ch] = col
        return sum(self.after[ch][n + 1] for ch in chars if ch in self.after)


def _pair_paragraph(text: str, pa: int, pb: int, offsets: list[int],
                    carry: list[_Open], lead: Optional[int]) -> _Pass:
    """Pair the marks at ``offsets`` with a stack that starts from ``carry``."""
    out = _Pass(stack=[o.copy() for o in carry])
    stack = out.stack
    counts = _Counts(text, offsets)
    last_top = pa  # where the last top-level quotation of the paragraph ended
    top: list[Span] = []  # the paragraph's top-level quotations so far
    floor = pa  # where a quotation of this paragraph alone may start
    for n, i in enumerate(offsets):
        c = text[i]
        if i == lead and stack:
            out.marks.append(Mark(i, c, "continue", len(stack) - 1))
            continue
        if c == '"' and _is_unit(text, i, pb, stack):
            continue
        role = _role(text, i, c, pa, pb, stack)
        if role == "open" and stack and _reopens_inline(text, pa, i, c, stack, counts, n):
            # a paragraph of a long quotation, its line break lost: same quote
            out.marks.append(Mark(i, c, "continue", len(stack) - 1))
            stack[-1].reopened.append(i)
        elif role == "open":
            stack.append(_Open(c, i))
            out.marks.append(Mark(i, c, "open", len(stack) - 1))
        elif stack:
            o = stack.pop()
            a, b = _trim(text, o.offset + 1, i)
            sp = Span(a, b, o.offset, i, o.char, c, len(stack), o.paragraphs)
            if c != PAIRS.get(o.char) and not (o.char == "“" and c == "”"):
                sp.problems.append("mismatch")
                out.problems.append(Problem(o.offset, "mismatch", o.char,
                                            f"{o.char} closed by {c}"))
            out.spans.append(sp)
            out.marks.append(Mark(i, c, "close", len(stack)))
            if stack and _same_family(stack[-1].char, o.char):
                stack[-1].holds_same = True
            if not stack:
                last_top = i + 1
                top.append(sp)
                if o.carried:
                    floor = i + 1  # a stray closer's quotation starts after it
        else:
            # a closing mark with nothing open: its opening mark was lost
            out.problems.append(Problem(i, "stray", c, f"closing {c} with no opening mark"))
            out.marks.append(Mark(i, c, "close", 0))
            a, b = _trim(text, _unopened_start(text, floor, last_top, i), i)
            if b > a + 1 and text[a] in "'‘’" and text[a + 1].isalnum():
                a += 1  # an apostrophe standing for the opening mark: 'Un tabouret…"
            if b > a:
                for sp in top:
                    if sp.outer_start >= a:
                        sp.depth += 1  # quoted inside the quotation that ends here
                top = [sp for sp in top if sp.depth == 0]
                top.append(Span(a, b, None, i, "", c, 0, 1, ["unopened"]))
                out.spans.append(top[-1])
            last_top = i + 1
    return out


def _unopened_start(text: str, pa: int, last_top: int, i: int) -> int:
    """Where the quotation closed at ``i`` with no opening mark began: after the
    paragraph's last quotation when a sentence ended after it (« A ». B »;
    « A », dit X. B »), else at the paragraph's start (« A » : B » holds « A »)."""
    if last_top > pa:
        nxt = _next_char(text, last_top, i)
        if nxt and nxt in _SENTENCE_END + ",":
            m = _SENTENCE_RE.search(text, last_top, i)
            if m is not None:
                return _after_lead(text, m.end(), i)
    return pa


def _is_unit(text: str, i: int, pb: int, stack: list[_Open]) -> bool:
    """A " after a number with no straight quotation open is inches or seconds
    (un écran de 27", 12'30"), unless punctuation follows as after a closer."""
    right = text[i + 1] if i + 1 < pb else ""
    return (text[i - 1:i].isdigit() and all(o.char != '"' for o in stack)
            and right not in ",;.:!?)…")


def _after_lead(text: str, a: int, b: int) -> int:
    """Skip the punctuation left by the previous quotation (``", `` or ``. ``)."""
    while a < b and (text[a] in SPACES + ",;.:" or text[a].isspace()):
        a += 1
    return a


def _unclosed_span(text: str, o: int, limit: int, found: list[Span], starts: list[int],
                   depth: int) -> Optional[Span]:
    """The words after a mark never closed: to its paragraph's end (or the next
    faulty mark), or to the end of its sentence when a quotation follows."""
    later = found[bisect.bisect_right(starts, o):bisect.bisect_left(starts, limit)]
    end = limit
    if later:
        j, reach = 0, -1
        for m in _SENTENCE_RE.finditer(text, o + 1, later[-1].outer_start):
            p = m.start()
            while j < len(later) and later[j].outer_start <= p:
                reach = max(reach, later[j].outer_end)
                j += 1
            if p >= reach:  # a sentence end outside the quotations, one after it
                end = p + 1
                break
    a, b = _trim(text, o + 1, end)
    if b <= a:
        return None
    for s in later:
        if s.outer_start >= b:
            break
        if s.outer_end <= b:
            s.depth += 1  # quotations inside the unclosed one are nested in it
    return Span(a, b, o, None, text[o], "", depth, 1, ["unclosed"])


def _same_family(opener: str, c: str) -> bool:
    return c == opener or (opener in "«»" and c in "«»")


def _last_char(text: str, a: int, b: int) -> str:
    """The last character of ``text[a:b]`` that is not a space ("" if none)."""
    while b > a and (text[b - 1].isspace() or text[b - 1] in SPACES):
        b -= 1
    return text[b - 1] if b > a else ""


def _next_char(text: str, i: int, b: int, skip: str = SPACES + "\r\n") -> str:
    """The first character of ``text[i:b]`` not in ``skip`` ("" if none)."""
    while i < b and text[i] in skip:
        i += 1
    return text[i] if i < b else ""


def _ends_sentence(text: str, a: int, b: int) -> bool:
    """Does ``text[a:b]`` end on a full sentence (or a colon)?"""
    c = _last_char(text, a, b)
    return c != "" and c in _SENTENCE_END + ":"


def _reopens_inline(text: str, pa: int, i: int, c: str, stack: list[_Open],
                    counts: _Counts, n: int) -> bool:
    """Is the opener at ``i`` (the ``n``-th mark) a paragraph of the open
    quotation reopened, the paragraphs flattened onto one line (``"A. "B." C.``)?"""
    o = stack[-1]
    if not _same_family(o.char, c) or not _ends_sentence(text, pa, i) or o.holds_same:
        return False  # "A, dit X. Son "ami". "B": A lost its closer, B is another quotation
    before = _last_char(text, pa, o.offset)
    if not o.carried and before and before not in _SENTENCE_END + ":—–-":
        return False  # the open quotation began inside a sentence: not a long one
    if c == '"':
        return True
    # « inside « may be nested: only when the paragraph cannot close both
    closer = "»›" if c in "«‹»" else PAIRS.get(c, "")
    open_same = sum(1 for x in stack if _same_family(x.char, c))
    return counts.count(n, closer) - counts.count(n, c) < open_same + 1


class _Ahead:
    """What the paragraph after ``pi`` does with a quotation left open."""

    def __init__(self, text: str, paras: list[tuple[int, int]], pi: int) -> None:
        self.text, self.paras, self.pi = text, paras, pi
        self.mark: Optional[tuple[int, str, int, int]] = None
        self.looked = False

    def _look(self) -> None:
        self.looked = True
        text, paras, pi = self.text, self.paras, self.pi
        if pi + 1 < len(paras):
            (pa, pb), (na, nb) = paras[pi], paras[pi + 1]
            m = _MARK_RE.search(text, na, nb)
            if m is not None:
                self.mark = (m.start(), m.group(), na, nb)
                self.lead = _next_char(text, na, m.start(), _LEAD) == ""
                self.sentence = _ends_sentence(text, pa, pb)

    def goes_on(self, top: _Open) -> Optional[int]:
        """The offset of the next paragraph's reopening mark; -1 when that
        paragraph goes on without one and closes the quotation first; None
        when the quotation ends with its paragraph."""
        if not self.looked:
            self._look()
        if self.mark is None:
            return None
        j, c, na, nb = self.mark
        if self.lead and _same_family(top.char, c) and (
                _role(self.text, j, c, na, nb, []) == "open"
                or (c == "»" and _next_char(self.text, j + 1, nb).isalnum())):
            # « A.¶« B. » or « A.¶» B. »: only a paragraph ending on a sentence
            # is reopened
            return j if self.sentence else None
        if top.char in "«‹":
            closes = c in "»›"
        elif top.char == '"':
            closes = c == '"' and _straight(self.text, j, na, nb)[0] == "close"
        else:
            closes = c in (PAIRS.get(top.char), "”")
        return -1 if closes else None


def _straight(text: str, i: int, pa: int, pb: int) -> tuple[str, bool]:
    """(``open``/``close``/``""``, sure) for the straight " at ``i``, from its
    neighbours within the paragraph ``pa``–``pb``."""
    left = text[i - 1] if i > pa else ""
    right = text[i + 1] if i + 1 < pb else ""
    if _is_space(left) and _is_space(right):
        # spaced on both sides (" Le débat ", dit-il): the next word decides, weakly
        nxt = _next_char(text, i + 1, pb)
        if not nxt or nxt in _AFTER_CLOSE:
            return "close", False
        return ("open", False) if nxt.isalnum() or nxt in OPENERS + "(" else ("", False)
    if (_is_space(left) or left in _BEFORE_OPEN) and not _is_space(right) \
            and right not in _AFTER_CLOSE:
        return "open", True
    if _is_space(left) and right in _AFTER_CLOSE:
        return "close", False  # a closer spaced from its words: … histoire ", dit-il
    if not _is_space(left) and left not in _BEFORE_OPEN and (_is_space(right)
                                                              or right in _AFTER_CLOSE):
        return "close", True
    return "", False


def _word_after(text: str, i: int, pb: int) -> bool:
    """Does a word follow the mark at ``i`` (past no-break spaces)?"""
    return _next_char(text, i + 1, pb, "\u00a0\u202f").isalnum()


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


def _role(text: str, i: int, c: str, pa: int, pb: int, stack: list[_Open]) -> str:
    """``open`` or ``close`` for the mark ``c`` at ``i``, given what is open."""
    top = stack[-1].char if stack else None
    if c in "«‹„":
        return "open"
    if c in "»›":
        can_open, can_close = _flanking(text, i)
        if not stack and can_open and not can_close and _word_after(text, i, pb):
            return "open"  # flipped guillemets: »mot«, or »mot »
        return "close"
    if c == "“":
        can_open, can_close = _flanking(text, i)
        if top in ("„", "“", '"') and can_close and not can_open:
            return "close"
        if top == "„" and can_close:
            return "close"
        return "open"
    if c == "”":
        can_open, can_close = _flanking(text, i)
        if not stack and can_open and not can_close and _word_after(text, i, pb):
            return "open"
        return "close" if stack or can_close else "open"
    # straight quote: its context when sure, else what is open
    hint, sure = _straight(text, i, pa, pb)
    if sure:
        return hint
    if top == '"':
        return "close"
    return "close" if hint == "close" else "open"
