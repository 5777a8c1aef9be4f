"""Q1: quotation marks that do not pair (never closed, wrongly closed, stray)."""
from __future__ import annotations

from typing import Iterator

from .. import Context, Hit, register

_HINTS = {
    "unclosed": "close the quotation where it ends, or remove the opening mark",
    "mismatch": "close the quotation with the matching mark (« … », “ … ”, \" … \")",
    "stray": "add the missing opening mark, or remove this one",
}

_MESSAGES = {
    "unclosed": "unbalanced quotation marks: {m}",
    "mismatch": "mismatched quotation marks: {m}",
    "stray": "stray quotation mark: {m}",
}


@register("Q1", "unbalanced-quotes",
          "unbalanced or mismatched quotation marks (pointing at the faulty mark)",
          "close each quotation with the mark matching its opening one")
def check(ctx: Context) -> Iterator[Hit]:
    """Pairing problems of ``quotes.marks.pair_marks``, one hit each."""
    for p in ctx.marks.problems:
        yield Hit(p.offset, _MESSAGES.get(p.kind, "{m}").format(m=p.message),
                  _HINTS.get(p.kind))
