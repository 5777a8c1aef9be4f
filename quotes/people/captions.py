"""« … », Chie Hayakawa, en course pour la Palme d'or: a quotation signed by a name.

Headlines, captions and pull-quotes of French news give the speaker after
the quotation with a comma and no verb ("« Nous ne céderons pas », Marie
Durand, syndicaliste").  The name that follows is who spoke.
"""
from __future__ import annotations

from typing import Optional

import regex

from .coreference import Coreference, Resolved

#: what may close the quotation before the signature: its mark, then a comma
_SIGNED = regex.compile(r"\s*[»\"”]?\s*,\s*")
#: what may follow the name: its apposition, a bracket, the end of the line
_AFTER = regex.compile(r"\s*(?:[,(.:;]|$|\n)")


def signature(coref: Coreference, end: int) -> Optional[Resolved]:
    """The person named right after a quotation ending at ``end``, with no verb between."""
    text = coref.text
    m = _SIGNED.match(text, end)
    if m is None or m.end() == end:
        return None
    at = m.end()
    occ = next((o for o in coref.names if o.start == at or (o.title and at <= o.start <= at + 12)), None)
    if occ is None or not _AFTER.match(text, occ.end):
        return None
    r = coref.resolve(coref.mention_of(occ), [])
    return r if r.speaker and r.kind == "person" else None
