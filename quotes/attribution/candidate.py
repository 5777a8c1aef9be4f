"""A quote before coreference and roles, and the span arithmetic every rule shares.

``dedupe`` settles two rules that found the same content; ``nav_paragraphs``
keeps site navigation ("LIRE AUSSI | …") out of every rule.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

import regex

from .cues import Lexicon, norm
from ..text.marks import Span
from ..people.mentions import Mention, mention_at
from ..parser.parse import Sentence, Word


#: a paragraph that is site navigation, not article text ("LIRE AUSSI | …").
_NAV = regex.compile(r"^\s*(?:[ÀA] )?(?:LIRE|VOIR|ÉCOUTER|REGARDER)(?: AUSSI| ÉGALEMENT)?\s*[|:>»-]",
                     regex.I)


@dataclass
class Candidate:
    """A quote before coreference and roles: span, type, cue and the source as written."""

    start: int
    end: int
    type: str
    cue: Optional[str]
    mention: Optional[Mention]
    sentence: Sentence
    rule: str
    inherit: bool = False  # speaker to be taken from the neighbouring quotes
    headline_next: bool = False


def _trim_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",;:—–-"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:.—–-"):
        b -= 1
    return a, b


def _extend_over_marks(text: str, a: int, b: int, spans: list[Span]) -> tuple[int, int]:
    """A reported clause that ends inside a quotation takes the whole quotation."""
    for sp in spans:
        if sp.outer_start < b <= sp.outer_end and sp.outer_start >= a:
            b = max(b, sp.outer_end)
        if sp.outer_start < a < sp.outer_end and sp.outer_end <= b:
            a = min(a, sp.outer_start)
    return a, b


def _words_span(words: list[Word]) -> tuple[int, int]:
    return words[0].start, words[-1].end


#: "Selon le maire, …", "D'après Karim, …" opening a reported sentence
_OPENING_SOURCE = regex.compile(r"(?i)(?:(?:car|mais|et|or|donc|ainsi)\s*,?\s*)?(?:selon|d['’]\s?après)\s+([^,«»\"]{2,80}?)\s*,\s*")
#: "…, vendeur de fruits, « … »": an apposition after the source's name
_APPOSITION = regex.compile(r"([^,«»\"]{2,60}?)\s*,\s*")
#: ", explique-t-il", ", a-t-elle précisé" closing a report
_TRAILING_INCISE = regex.compile(
    r"(?i),\s*(?:\p{L}+-t-|\p{L}+-)(?:il|elle|ils|elles|on)(?:\s+\p{L}+)?\s*[.!]?\s*$")


def opening_source(text: str, c: Candidate, lex: Lexicon) -> Candidate:
    """« Selon le maire, il faut agir vite, explique-t-il »: a sentence that
    opens on its source and closes on an incise pronoun says once who spoke
    (the pronoun stands for the source); the source is the one named, and
    the report is what lies between the two."""
    m = c.mention
    start, end = c.start, c.end
    cut = _TRAILING_INCISE.search(text, start, end)
    if cut is not None and cut.start() - start >= 8:
        end = cut.start()
    found = _OPENING_SOURCE.match(text, start, end)
    if found is None or (m is not None and m.kind != "pronoun" and m.start < end):
        return replace(c, end=end) if end != c.end else c
    a, b = found.start(1), found.end(1)
    s = c.sentence
    head = next((w for w in s.words if a <= w.start < b and w.upos in ("NOUN", "PROPN")), None)
    if head is None:
        return c
    rest = found.end()
    more = _APPOSITION.match(text, rest, end)
    if more is not None:
        first = [w for w in regex.findall(r"[\p{L}'’-]+", more.group(1)) if norm(w) not in ("un", "une", "le", "la", "l'")]
        if first and (lex.is_role_noun(first[0]) or norm(first[0]) in lex.epithets):
            rest = more.end()
    start, end = _trim_span(text, rest, end)
    if end - start < 8:
        return c
    return replace(c, start=start, end=end, mention=mention_at(s, head, lex), rule=c.rule + "+selon")


def nav_paragraphs(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs that are site navigation ("LIRE AUSSI | …"), not the article."""
    return [(a, b) for a, b in paras if _NAV.match(text[a:b])]


def _dedupe(cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Two rules finding the same content: keep the longer, better-attributed one."""
    cands = sorted(cands, key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Candidate] = []
    for c in cands:
        clash = None
        for o in reversed(out[-8:]):  # sorted by start: only recent ones can overlap
            ov = min(o.end, c.end) - max(o.start, c.start)
            if ov > 0 and ov * 2 >= min(o.end - o.start, c.end - c.start):
                clash = o
                break
        if clash is None:
            out.append(c)
        elif clash.mention is None and c.mention is not None:
            out[out.index(clash)] = c
        elif clash.rule == "incise" and c.rule in ("que", "si", "inf", "obj", "as", "charge", "term", "adj") and \
                clash.start <= c.start and c.end <= clash.end + 2 and not (
                    c.mention is not None and c.mention.kind == "nominal"
                    and norm(c.mention.head.text) in lex.findings):
            # "X a exhorté Y à …, a annoncé le ministère": the words are X's
            # ("L'autopsie a révélé que …, a ajouté le procureur": the
            # prosecutor's, the autopsy is what he presents)
            out[out.index(clash)] = c
    return out
