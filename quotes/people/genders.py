"""Whether ``il`` or ``elle`` can stand for someone, and whether a one-word
name is a person's: the text's own grammar first (a title, the agreement of
an apposition, "élu"/"élue"), a given name only as a fallback.  Mixed into
:class:`Coreference`.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import norm
from .resolved import folded as _key

if TYPE_CHECKING:
    from .coreference import NameOccurrence


class Genders:
    """Gender and person rules of :class:`~quotes.people.coreference.Coreference`."""

    def _noun_gender(self, noun: str) -> str:
        """"élu"/"élue", "sportif"/"sportive": the form tells the gender when
        the other one is listed too; "édile", "ministre" say nothing."""
        low = norm(noun)

        def listed(w: str) -> bool:
            return w != low and (w in self.lex.epithets or w in self.lex.role_nouns)
        if any(listed(f) for f in (low + "e", low + "ne", low[:-1] + "ve", low[:-3] + "rice", low[:-1] + "se")):
            return "m"
        if low.endswith("e") and any(listed(m) for m in (low[:-1], low[:-2], low[:-2] + "f", low[:-4] + "eur",
                                                          low[:-3] + "r")):
            return "f"
        return ""

    def _is_person_name(self, full: list[str], before: int) -> bool:
        """A one-word name is a person when the article gives it a title or a first name."""
        want = _key(full)
        for occ in self.names:
            if occ.key == want and occ.title:
                return True
        # "Karima, une infirmière de 38 ans": a given name, or a role noun in
        # apposition with "un"/"une", makes a person ("le Pentagone" has none)
        if len(full) == 1 and norm(full[0]) in self.lex.first_names:
            return True
        for occ in self.names:
            if occ.key == want:
                after = re.match(r",\s+(une?\s+)?([\w'’-]+)", self.text[occ.end:occ.end + 60])
                # ("Salim, coiffeur pour homme": a noun of agent without the article too)
                if after and (after.group(1) and self.lex.is_role_noun(after.group(2))
                              or self.lex.is_agent_by_ending(after.group(2))):
                    return True
        return False

    def _gender_of(self, full: list[str], before: int) -> str:
        want = _key(full)
        # "Marine Tondelier": a given name tells il from elle, after a title
        # and before an apposition, whose agreement the tagger may misread
        given = self.lex.first_names.get(norm(full[0]), "") if len(full) >= 2 else ""
        for occ in self.names:
            if occ.start > before:
                break
            if not all(w in want for w in occ.key):
                continue
            if occ.title:
                g = self.lex.titles.get(occ.title.split()[0], "")
                if g:
                    return g
            g = given or self._gender_of_apposition(occ)
            if g:
                return g
        return given

    def _gender_of_apposition(self, occ: NameOccurrence) -> str:
        """"Sa secrétaire générale, Sophie Vénétitay," / "Paul Roux, ancien
        ministre,": a role in apposition agrees with the person, and the
        tagger's Gender feature on it tells whether "il" or "elle" can stand
        for that person."""
        s = occ.sentence
        if not s.parsed:
            return ""
        sides = []
        if occ.first >= 2 and s.words[occ.first - 1].text == ",":
            sides.append(s.words[max(0, occ.first - 4):occ.first - 1])
        if occ.last + 2 < len(s.words) and s.words[occ.last + 1].text == ",":
            sides.append(s.words[occ.last + 2:occ.last + 5])
        for words in sides:
            # the role's own words: "magistrat à la Cour" is no woman's role
            cut = next((k for k, w in enumerate(words) if w.upos == "ADP"), None)
            if cut:
                words = words[:cut]
            if not any(self.lex.is_role_noun(w.text) and w.upos == "NOUN" for w in words):
                continue  # "de Force ouvrière": an adjective is no role
            for w in words:
                if w.upos in ("NOUN", "ADJ", "DET") and "Gender=Fem" in w.feats:
                    return "f"
            for w in words:
                if w.upos in ("NOUN", "ADJ", "DET") and "Gender=Masc" in w.feats:
                    return "m"
        return ""
