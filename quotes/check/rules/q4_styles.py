"""Q4: quotation-mark styles mixed in one article.

Two cases, one finding per opening mark at most:

* straight ``"`` quotes in an article that uses guillemets anywhere
  (French copy keeps « » outside and “ ” inside; a straight quote there is
  a paste from another source);
* at one nesting level, marks of two families (« » and “ ”, ‹ › counting as
  guillemets and „ “ as curly): the marks of the family used less often at
  that level are reported (ties: the family used first wins).
"""
from __future__ import annotations

from collections import Counter
from typing import Iterator

from ...text.marks import STYLE
from .. import Context, Hit, register

_SHOW = {"guillemets": "« »", "curly": "“ ”", "straight": '" "'}


@register("Q4", "mixed-quote-styles",
          "quotation-mark styles mixed in one article (« » and “ ” at one level, or straight quotes)",
          "use « » for quotations and “ ” for quotations inside them")
def check(ctx: Context) -> Iterator[Hit]:
    opens = [m for m in ctx.marks.marks if m.role == "open"]
    families = {STYLE.get(m.char, "straight") for m in opens}
    flagged: set[int] = set()
    if "guillemets" in families:
        for m in opens:
            if STYLE.get(m.char) == "straight":
                flagged.add(m.offset)
                yield Hit(m.offset, 'straight quotation mark " in an article that uses « »',
                          "replace \" … \" by « … » (or by “ … ” inside guillemets)")
    by_depth: dict[int, list] = {}
    for m in opens:
        if m.offset not in flagged:
            by_depth.setdefault(m.depth, []).append(m)
    for depth, ms in sorted(by_depth.items()):
        counts = Counter(STYLE.get(m.char, "straight") for m in ms)
        if len(counts) < 2:
            continue
        first = {}
        for m in ms:
            first.setdefault(STYLE.get(m.char, "straight"), m.offset)
        main = max(counts, key=lambda f: (counts[f], -first[f]))
        level = "top level" if depth == 0 else f"nesting level {depth + 1}"
        for m in ms:
            fam = STYLE.get(m.char, "straight")
            if fam != main:
                yield Hit(m.offset,
                          f"{_SHOW[fam]} mixed with {_SHOW[main]} at the {level}",
                          f"use {_SHOW[main]} like the rest of the article at this level")
