"""Whom a pronoun stands for: the most salient person or body before it.

Salience as French news builds it: the subjects and speakers of the
sentences before, newest first, a person before a body; a person named in
the sentence just before, though no subject ("C'est au tour de X de
prendre la parole. Il rappelle …"); not whom a source reported about ("…
a précisé que Pierre Martin partira. Il ajoute …" is still the source);
"ce dernier" is the person named last.  Mixed into :class:`Coreference`.
"""
from __future__ import annotations

import bisect
from typing import Optional

from ..lexicon import norm
from .mentions import Mention
from .resolved import Resolved


class Salience:
    """Pronoun rules of :class:`~quotes.people.coreference.Coreference`."""

    def _last_named(self, m: Mention) -> Resolved:
        """"X s'était rapproché de Jean Dupont, et ce dernier lui a proposé …":
        "ce dernier" is the person named last, whatever their function."""
        gender = "f" if norm(m.head.text) == "dernière" else "m"
        for occ in reversed(self.names):
            if occ.start >= m.start or any(a <= occ.start < b for a, b in self.quoted):
                continue
            r = self.resolve(self.mention_of(occ), [])
            if r.kind == "person" and r.gender in ("", gender):
                return Resolved(r.speaker, r.kind, r.gender or gender, r.number, at=occ.start)
            if m.start - occ.start > 600:
                break
        return Resolved(None, "unknown")

    def _in_report(self, off: int) -> bool:
        k = bisect.bisect_right(self.reported, (off, len(self.text))) - 1
        return any(a <= off < b for a, b in self.reported[max(0, k - 3):k + 1])

    def _with_names_just_before(self, m: Mention, cands: list[tuple[int, Resolved]]
                                ) -> list[tuple[int, Resolved]]:
        """« C'est au tour de David Clarinval de prendre la parole. Il rappelle
        … »: a person named in the sentence before the pronoun's (or earlier
        in its own), though no subject, comes before anyone of an older
        sentence; after that sentence's own subjects."""
        s = m.sentence
        own = [o for o in self.names if o.sentence is s and o.start < m.start]
        prev = [o for o in self.names if o.sentence.index == s.index - 1 and o.start < m.start]
        here = own or prev
        if not here:
            return cands
        lo = here[0].sentence.start
        extra = []
        for occ in here:
            if (occ.start < s.start and self._in_report(occ.start)) or any(a <= occ.start < b for a, b in self.quoted):
                continue
            r = self.resolve(self.mention_of(occ), [])
            if r.kind == "person" and r.speaker:
                extra.append((occ.start, r))
        if not extra:
            return cands
        newer = [c for c in cands if c[0] >= lo]
        older = [c for c in cands if c[0] < lo]
        return newer + sorted(extra, key=lambda x: -x[0]) + older

    def last_person(self, after: int, before: int) -> Optional[Resolved]:
        """The last named person who is a subject between two offsets: the source
        the text gives a quote standing alone after it."""
        for off, subj in reversed(self.subjects):
            if after <= off < before and subj.kind == "name":
                r = self.resolve(subj, [])
                if r.kind == "person":
                    return r
        return None

    def _antecedent(self, m: Mention, speakers: list[tuple[int, Resolved]],
                    people: bool = False, recent: bool = False) -> Resolved:
        """Most recent compatible subject or speaker before the pronoun
        (``people``: persons only, for "cette infirmière"; ``recent``: the
        most recent, person or body, for "Et d'ajouter : « … »")."""
        cands: list[tuple[int, Resolved]] = []
        window_start = m.start - 1200
        offs = [off for off, _ in self.subjects]
        lo, hi = bisect.bisect_left(offs, window_start), bisect.bisect_left(offs, m.start)
        # "Le premier touché, dit-il, sera le justiciable": the clitic of an
        # incise speaks the sentence; its subjects are what is reported
        incise = m.kind == "pronoun" and m.words and m.words[0].text.startswith("-")
        for off, subj in self.subjects[lo:hi]:
            if incise and subj.sentence is m.sentence or (off < m.sentence.start and self._in_report(off)):
                continue
            if subj.kind != "pronoun":
                r = self.resolve(subj, [])
                if r.speaker:
                    cands.append((off, r))
        cands += [(off, r) for off, r in speakers[-50:] if window_start <= off < m.start and r.speaker]
        cands.sort(key=lambda x: x[0], reverse=True)
        if m.kind == "pronoun" and not incise:
            cands = self._with_names_just_before(m, cands)
        fits = [r for off, r in cands
                if not (m.number and r.number and m.number != r.number)
                and not (m.gender and r.gender and m.gender != r.gender)
                and not (people and r.kind != "person")]
        # a pronoun that speaks is first of all a person
        for r in fits if recent else sorted(fits, key=lambda r: r.kind != "person"):
            return Resolved(r.speaker, r.kind, r.gender or m.gender, r.number, at=r.at)
        if m.gender:
            # no subject fits: the last person named elsewhere in the clause
            # ("X a reçu Marine Tondelier. Elle a estimé …") whose gender is known to fit
            for occ in reversed(self.names):
                if occ.start >= m.start or occ.start < window_start:
                    continue
                r = self.resolve(self.mention_of(occ), [])
                if r.kind == "person" and r.gender == m.gender:
                    return Resolved(r.speaker, r.kind, r.gender, r.number)
        return Resolved(None, "unknown", m.gender, m.number)
