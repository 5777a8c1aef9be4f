"""What the rules of one document share: the lexicon, each sentence's cues
(found once), the sentence at an offset, and who can be a source.
"""
from __future__ import annotations

import bisect
from typing import Optional


from .cues import Cue, Lexicon, find_cues, norm
from ..parser.parse import Sentence, Word
from .grammar import FIRST_SECOND


class RuleContext:
    """The lexicon and per-document lookups that every rule family uses."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def _can_speak(self, w: Word) -> bool:
        """A source is a third person: not "je"/"nous" (the quote's own voice),
        not an adverb the tagger took for a noun ("Cependant, il …")."""
        low = norm(w.text)
        if w.text == "Me" and w.i > 0:
            return True  # the lawyer's title (Maître), not the pronoun
        if low in FIRST_SECOND or self.lex.is_connective(w.text):
            return False
        if w.i > 0 and w.text[:1].isupper() and w.text[:1].isalpha():
            return True  # a capital inside the sentence: a name, whatever the tag
        return w.upos not in ("ADV", "SCONJ", "CCONJ", "ADP", "VERB", "AUX", "PUNCT", "DET")

    def cues_of(self, s: Sentence) -> list[Cue]:
        """Cues of a sentence, found once per document."""
        if s.index not in self._cues:
            self._cues[s.index] = find_cues(s, self.lex)
        return self._cues[s.index]

    def sentence_at(self, sents: list[Sentence], off: int) -> Optional[Sentence]:
        j = bisect.bisect_right(self._starts, off) - 1
        if j >= 0 and sents[j].start <= off < sents[j].end + 1:
            return sents[j]
        return None

    def _seat(self, s: Sentence, w: Word) -> bool:
        """"Matignon", "Downing Street": a place that stands for a power
        (data ``seats.txt``), not a town."""
        two = " ".join(x.text for x in s.words[w.i:w.i + 2])
        return norm(w.text) in self.lex.seats or norm(two) in self.lex.seats
