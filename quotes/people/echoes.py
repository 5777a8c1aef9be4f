"""A quotation repeated elsewhere in the article is the same statement.

French news lifts a line from the body into the headline or an intertitle
(« Une question d'équité » over a paragraph where the deputy says « Il y a
une question d'équité », a-t-il affirmé).  The lifted line names no one;
the body's quotation does.  So a quotation with no source of its own takes
the source of the quotation that holds all its words, whatever its place.
"""
from __future__ import annotations

from typing import Optional, Sequence

import regex

from ..lexicon import norm

#: words too common to tell two quotations apart
_LIGHT = frozenset("""le la les l un une des du de d à au aux et ou en y a est ce c
    qu que qui on il elle ils elles nous vous je j me m se s ne n pas plus pour par
    sur dans avec""".split())
#: a lifted line this short may be any sentence's words
_MIN_CHARS = 8


def words(text: str) -> list[str]:
    return [norm(w) for w in regex.findall(r"[\p{L}\p{N}]+", text)]


def echoed(k: int, spans: Sequence[tuple[int, int]], text: str, has_source: Sequence[bool]) -> Optional[int]:
    """Index of another quotation that holds every content word of quotation
    ``k`` in order (its source known), the nearest first; None if there is none."""
    a, b = spans[k]
    own = [w for w in words(text[a:b]) if w not in _LIGHT]
    if not own or len(text[a:b].strip()) < _MIN_CHARS:
        return None
    order = sorted(range(len(spans)), key=lambda j: abs(spans[j][0] - a))
    for j in order:
        if j == k or not has_source[j]:
            continue
        ja, jb = spans[j]
        if ja <= a < jb or a <= ja < b:
            continue  # the same stretch of text, read twice
        other = [w for w in words(text[ja:jb]) if w not in _LIGHT]
        if _in_order(own, other):
            return j
    return None


def _in_order(needle: list[str], hay: list[str]) -> bool:
    """All of ``needle`` in ``hay``, in order, close together (a few words
    may be cut: « … un manque cruel de moyens » lifted as « Un manque cruel »)."""
    for first in (i for i, w in enumerate(hay) if w == needle[0]):
        i, ok = first, True
        for w in needle[1:]:
            try:
                i = hay.index(w, i + 1, first + len(needle) + 2)
            except ValueError:
                ok = False
                break
        if ok:
            return True
    return False
