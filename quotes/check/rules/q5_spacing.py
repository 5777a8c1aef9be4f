"""Q5: French typography, no-break spaces inside « » and before ; : ! ?

French copy puts a no-break space (U+00A0, or the narrow U+202F) after «,
before », and before the high punctuation ; : ! ?.  Opt-in (``--select Q5``):
web copy rarely has these spaces, and by default they buried the speaker
findings (160 of 163 findings on ten ordinary articles).  Reported, and
fixed by ``--fix``:

* ``«mot`` / ``mot»``: missing space after « or before » (‹ › alike);
* ``« mot`` / ``mot »`` with a regular space (or a tab, several spaces, a
  breaking thin space): a line can break there, leaving a guillemet alone;
* ``mot :`` with a regular space before ; : ! ? (a missing space there,
  ``mot:``, is not reported: times, URLs and references look like that).

Only prose is touched: characters that the Markdown mask blanks out (code,
HTML, link targets, front matter) are never replaced, and a guillemet at a
line's end or start is left alone.  The fix uses U+202F where the article
already uses it more than U+00A0, else U+00A0; a breaking thin space
(U+2009) becomes U+202F.
"""
from __future__ import annotations

from typing import Iterator, Optional

from .. import Context, Hit, register

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"
NO_BREAK = (NBSP, NNBSP)
#: horizontal spaces a line may break at.
_HSPACE = " \t\u2009\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u3000"
_HIGH = ";:!?"
#: what may precede the space before ; : ! ? for the rule to apply.
_BEFORE_HIGH_OK = "»”\"')]’…*_`"
#: after the mark: emoticons, Markdown table alignment and images (``![``), "::".
_AFTER_HIGH_SKIP = "-=:/)(["

_HINT = "type a no-break space (U+00A0 or U+202F) there, or run quotes check --fix"


def _space(ctx: Context, i: int) -> bool:
    t = ctx.text
    return 0 <= i < len(t) and (t[i] in _HSPACE or t[i] in NO_BREAK) and not ctx.masked(i)


def _run_after(ctx: Context, i: int) -> tuple[int, int]:
    j = i + 1
    while _space(ctx, j):
        j += 1
    return i + 1, j


def _run_before(ctx: Context, i: int) -> tuple[int, int]:
    j = i
    while _space(ctx, j - 1):
        j -= 1
    return j, i


def _fix_char(ctx: Context, run: str) -> str:
    if run == THIN:
        return NNBSP
    t = ctx.text
    return NNBSP if t.count(NNBSP) > t.count(NBSP) else NBSP


def _line_edge(t: str, i: int) -> bool:
    return i <= 0 or i >= len(t) or t[i] in "\r\n\u2028\u2029"


def _judge(ctx: Context, a: int, b: int, edge: int, where: str) -> Optional[Hit]:
    """A hit for the space run ``[a, b)`` next to a mark, ``edge`` the char beyond it."""
    t = ctx.text
    if _line_edge(t, edge):
        return None
    run = t[a:b]
    if len(run) == 1 and run in NO_BREAK:
        return None
    if not run:
        return None  # caller reports missing spaces itself
    return Hit(0, f"regular space {where}; a no-break space belongs there", _HINT,
               (a, b, _fix_char(ctx, run)))


@register("Q5", "french-spacing",
          "missing or breaking space inside « » or before ; : ! ?",
          _HINT, fixable=True, default=False, rank=2)
def check(ctx: Context) -> Iterator[Hit]:
    t = ctx.text
    for m in ctx.marks.marks:
        i, c = m.offset, m.char
        if c in "«‹":
            a, b = _run_after(ctx, i)
            if b < len(t) and t[b] in "»›":
                continue  # « » empty: nothing to space
            if a == b:
                if not _line_edge(t, b):
                    yield Hit(i, f"missing no-break space after {c}", _HINT, (a, a, _fix_char(ctx, "")))
                continue
            h = _judge(ctx, a, b, b, f"after {c}")
            if h:
                h.offset = i
                yield h
        elif c in "»›" and m.role == "close":
            a, b = _run_before(ctx, i)
            if a > 0 and t[a - 1] in "«‹":
                continue
            if a == b:
                if not _line_edge(t, a - 1):
                    yield Hit(i, f"missing no-break space before {c}", _HINT, (a, a, _fix_char(ctx, "")))
                continue
            h = _judge(ctx, a, b, a - 1, f"before {c}")
            if h:
                h.offset = i
                yield h
    a_text = ctx.analysis
    for i, c in enumerate(a_text):
        if c not in _HIGH or ctx.masked(i):
            continue
        if i + 1 < len(t) and t[i + 1] in _AFTER_HIGH_SKIP:
            continue
        a, b = _run_before(ctx, i)
        if a == b or a == 0:
            continue
        prev = t[a - 1]
        if not (prev.isalnum() or prev in _BEFORE_HIGH_OK):
            continue
        h = _judge(ctx, a, b, a - 1, f"before '{c}'")
        if h:
            h.offset = i
            yield h
