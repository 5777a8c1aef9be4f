"""Is this text French?  A cheap guess from function words, no dependency.

The rules only know French: an English article runs without error and
gives one quote "with no speaker found", which reads like a tool failure.
French news spends about a third of its words on a few dozen function
words (le, de, que, est, ...); English, German or Spanish text spends
next to none on them.  Quoted passages are counted like the rest: an
article in French quoting someone in English is still French.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

#: French function words that are not (common) words of English, German,
#: Spanish or Italian: "a", "on", "en", "la", "de" alone would not tell
#: French from the others.
FRENCH = frozenset("""
le les des du au aux une et est sont ont été être que qui dans sur pour par pas ne
se ce cette ces il ils elle elles nous vous leur leurs son sa ses mais ou où avec plus
aussi avait était sera très selon après avant entre sans sous chez dont lui même
l d qu c n s j m t jusqu lorsqu puisqu
""".split())
#: function words of the languages most often met instead (English, Spanish,
#: Italian, German, Portuguese), none of them a French word.
OTHER = frozenset("""
the and of to is that was for it with this have from are were has had not but they he she
his her will would said which an be at by
el los las del y por con para es pero muy como está son fue también
della delle degli dei dell nell dall nella che per non gli sono anche ha hanno è
der die und das ist nicht mit von zu den dem sich auf für ein eine wird
não uma os com foi ao pelo pela seu sua
""".split())
#: from this share of French function words a text is French (French news:
#: 0.25-0.40; English: under 0.03).
THRESHOLD = 0.08
#: from this share of another language's function words, when they outnumber
#: the French ones, a text is not French.  Both are needed: a list of names or
#: a run of bare quotes has neither kind and gets no verdict, not a false note.
OTHER_THRESHOLD = 0.05
#: fewer words than this (a headline, a caption) give no verdict.
MIN_WORDS = 30

_WORD = regex.compile(r"\p{L}+")


@dataclass(frozen=True)
class LanguageGuess:
    words: int
    french: int
    #: function words of another language
    other: int = 0

    @property
    def share(self) -> float:
        return self.french / self.words if self.words else 0.0

    @property
    def is_french(self) -> Optional[bool]:
        """True or False, or None when the text is too short or too bare to tell."""
        if self.words < MIN_WORDS:
            return None
        if self.other > self.french and self.other >= OTHER_THRESHOLD * self.words:
            return False
        if self.share >= THRESHOLD:
            return True
        return None


def guess(text: str) -> LanguageGuess:
    """Count the words of ``text`` and how many are French function words."""
    words = [w.casefold() for w in _WORD.findall(text)]
    return LanguageGuess(len(words), sum(1 for w in words if w in FRENCH),
                         sum(1 for w in words if w in OTHER))


def not_french_note(text: str) -> Optional[str]:
    """A one-line note when ``text`` is clearly not French, else None."""
    g = guess(text)
    if g.is_french is False:
        other = g.other / g.words
        return (f"does not look like French ({g.share:.0%} of its {g.words} words are French "
                f"function words, {other:.0%} another language's; French news: about 30%): "
                "quotes and speakers will be missed or wrong")
    return None
