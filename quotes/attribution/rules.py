"""The Attributor: every rule family run over one document, in one place.

Rules of French reporting, each on the dependency parse, with linear
fall-backs because a compact parser errs (an inverted subject
``a précisé M. Meiners`` is often attached as an object).  Each family is a
module whose docstring gives its examples; a candidate's ``rule`` names the
rule that found it.

=============  ==============================================================
module         rules (``Candidate.rule``)
=============  ==============================================================
reports        que, si, inf, obj, as, charge, about, predicate, term, adj, colon, judged-by,
               as-said
incises        incise, incise-direct, split-incise, direct-inner-incise, incise-on
selon          selon, selon-rel
direct         direct-incise, direct-colon, direct-narrative, direct-colon-subject,
               direct-colon-noun, headline, direct-alone, direct-floating
=============  ==============================================================

Order: each sentence's cues (a verb: split incise, as-said, incise, then the report it
governs; a preposition: selon), then its ``-t-on`` incise; then each
quotation no report holds (incise after it, incise inside it, cue before it,
headline, neighbours).  ``candidate.dedupe`` settles overlaps.
"""
from __future__ import annotations

import bisect
from typing import Optional

import regex

from .cues import Cue, Lexicon
from ..text.marks import MarkResult, Span, paragraphs, pair_marks
from ..parser.parse import Sentence
from .candidate import Candidate, _dedupe, nav_paragraphs, opening_source
from .direct import DirectRules
from .grammar import _participle_adjunct
from .incises import InciseRules
from .inversion import _is_incise
from .quoted import _named_at, _title_at
from .reports import ReportRules
from .selon import SelonRules


#: anything but punctuation and spaces: a reported clause made only of one
#: quotation and its marks is a direct quote
_NOT_PUNCT = regex.compile(r"[^\p{P}\s]")


class Attributor(ReportRules, InciseRules, SelonRules, DirectRules):
    """Finds candidates in one document; lexicon given, no state kept between documents."""

    def candidates(self, text: str, sents: list[Sentence], marks: MarkResult,
                   paras: list[tuple[int, int]]) -> list[Candidate]:
        out: list[Candidate] = []
        top = marks.top_level()
        nav = nav_paragraphs(text, paras)

        def in_nav(off: int) -> bool:
            return any(a <= off < b for a, b in nav)

        used_marks: set[int] = set()
        self._cues: dict[int, list[Cue]] = {}
        self._starts = [s.start for s in sents]
        top_starts = [sp.start for sp in top]
        for s in sents:
            if not s.parsed or in_nav(s.start):
                continue
            cues = self.cues_of(s)
            def quoted(off: int) -> bool:
                j = bisect.bisect_right(top_starts, off) - 1
                return j >= 0 and top[j].start <= off < top[j].end

            reported_at: list[int] = []  # verb cues of this sentence that gave a report
            for cue in cues:
                # words inside a quotation are the quoted person's, not a new report
                if quoted(cue.word.start):
                    continue
                # "X a déclaré, selon l'AFP, que …": the verb's report already holds it
                if cue.kind == "prep" and any(i < cue.word.i for i in reported_at):
                    continue
                c = self._from_cue(text, s, cue, top, paras, sents)
                if c is not None:
                    out.append(c)
                    if cue.kind == "verb":
                        reported_at.append(cue.word.i)
            on = self._impersonal_source(text, s)
            if on is not None and not quoted(on.start):
                out.append(on)
        # a reported clause that holds a quotation is mixed; one that *is* it, direct
        final: list[Candidate] = []
        for c in out:
            c = opening_source(text, c, self.lex)
            lo = bisect.bisect_left(top_starts, c.start - 2)
            hi = bisect.bisect_right(top_starts, c.end + 2)
            inside = [k for k in range(lo, hi) if top[k].end <= c.end + 2]
            if inside:
                named = [k for k in inside if _named_at(c.sentence, top[k], self.lex)]
                if c.rule == "predicate" and len(named) == len(inside):
                    # "a lancé une campagne baptisée « Cap sur l'univers ! »":
                    # the quotation is a name, so nothing is quoted
                    used_marks.update(inside)
                    continue
                sp = top[inside[0]]
                qlen = sum(top[k].end - top[k].start for k in inside)
                rest = text[c.start:sp.outer_start] + text[sp.outer_end:c.end]
                whole = not _NOT_PUNCT.search(rest) or qlen >= 0.85 * (c.end - c.start)
                if len(inside) == 1 and whole and c.type != "direct":
                    c.start, c.end, c.type = sp.start, sp.end, "direct"
                elif c.type == "indirect" and not all(_title_at(c.sentence, top[k]) or k in named
                                                      for k in inside):
                    # (a title inside the report is no one's words: "a annoncé
                    # son nouvel album « Les jours heureux »" stays indirect)
                    c.type = "mixed"
                used_marks.update(inside)
            final.append(c)
        final = _dedupe(final, self.lex)
        spans = sorted((c.start, c.end) for c in final)
        span_starts = [a for a, _ in spans]
        reach = []  # furthest end among spans starting at or before each one
        for _, b in spans:
            reach.append(max(b, reach[-1]) if reach else b)
        for k, sp in enumerate(top):
            if k in used_marks or in_nav(sp.start):
                continue
            s_at = self.sentence_at(sents, sp.outer_start)
            if s_at is not None and s_at.parsed and _named_at(s_at, sp, self.lex):
                continue  # "surnommé « El Pistolero »": a name, not words said
            j = bisect.bisect_right(span_starts, sp.start) - 1
            if j >= 0 and reach[j] >= sp.end:
                continue
            c = self._direct(text, sp, sents, paras)
            if c is not None:
                final.append(c)
        final.sort(key=lambda c: c.start)
        return _dedupe(final, self.lex)

    def _from_cue(self, text: str, s: Sentence, cue: Cue, top: list[Span],
                  paras: list[tuple[int, int]], sents: list[Sentence]) -> Optional[Candidate]:
        """The rules of one cue, in order; the first that applies decides."""
        if cue.kind == "prep":
            return self._from_prep(text, s, cue, top)
        v = cue.word
        if _participle_adjunct(s, v):
            # "un communiqué publié vendredi": names a speech, reports none;
            # but "des propos jugés « indignes » par le MR" quotes the MR
            return self._judged_by(text, s, cue, top)
        split = self._split_by_incise(text, s, cue)
        if split is not None:
            return split
        as_said = self._as_said(text, s, cue, top)
        if as_said is not None:
            return as_said
        if _is_incise(s, v, text) and ("?" not in cue.flags or "incise" in cue.flags):
            return self._incise_report(text, s, cue, top)
        return self._verb_report(text, s, cue, top, paras)

    def _direct(self, text: str, sp: Span, sents: list[Sentence],
                paras: list[tuple[int, int]]) -> Optional[Candidate]:
        """The rules of a quotation no report holds, in order; the first that answers decides."""
        close = sp.close_offset if sp.close_offset is not None else sp.end
        s_end = self.sentence_at(sents, close)
        s_open = self.sentence_at(sents, sp.outer_start) or s_end
        return (self._incise_after(text, sp, s_end, close)
                or self._inner_incise(text, sp, sents)
                or self._cue_before(text, sp, s_open)
                or self._headline(text, sp, s_end)
                or self._unattributed(text, sp, s_open, s_end, paras))



def analyse(text: str, sents: list[Sentence], lex: Lexicon, markdown: bool = False
            ) -> tuple[list[Candidate], MarkResult, list[tuple[int, int]]]:
    marks = pair_marks(text, blank_lines_only=markdown)
    paras = paragraphs(text, blank_lines_only=markdown)
    return Attributor(lex).candidates(text, sents, marks, paras), marks, paras
