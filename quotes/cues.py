"""Reporting cues: speech verbs, `selon`-like words, and the lexicons behind them.

The word lists live in ``quotes/data/*.txt`` (lemmas), so that a newsroom can
extend them without touching code; this module only loads and queries them.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Optional

from .parse import Sentence, Word


def _lines(name: str) -> list[list[str]]:
    text = resources.files("quotes").joinpath("data", name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line.split())
    return out


def norm(s: str) -> str:
    """Lower case, typographic apostrophe made straight: how lexicon keys are kept."""
    return unicodedata.normalize("NFC", s).replace("’", "'").lower()


@dataclass(frozen=True)
class Lexicon:
    verbs: dict  # lemma -> frozenset of flags
    titles: dict  # title (lower) -> gender or ""
    role_nouns: frozenset
    source_nouns: frozenset
    collective_nouns: frozenset
    preps: dict  # words (tuple) -> cue

    def verb_flags(self, lemma: str) -> Optional[frozenset]:
        return self.verbs.get(norm(lemma).replace(" ", "_"))

    def is_title(self, word: str) -> bool:
        return norm(word) in self.titles or word in self.titles

    def is_role_noun(self, word: str) -> bool:
        return norm(word) in self.role_nouns


def load_lexicon() -> Lexicon:
    verbs = {}
    for parts in _lines("speech_verbs.txt"):
        verbs[norm(parts[0])] = frozenset(parts[1:])
    titles = {}
    for parts in _lines("titles.txt"):
        gender = parts[-1] if parts[-1] in ("m", "f") and len(parts) > 1 else ""
        words = parts[:-1] if gender else parts
        titles[" ".join(words)] = gender
        titles[norm(" ".join(words))] = gender
    roles = frozenset(norm(" ".join(p)) for p in _lines("role_nouns.txt"))
    sources = frozenset(norm(" ".join(p)) for p in _lines("source_nouns.txt"))
    coll = frozenset(norm(" ".join(p)) for p in _lines("collective_nouns.txt"))
    preps = {}
    for parts in _lines("attribution_preps.txt"):
        # the last field is the cue, which may hold spaces too: split on known cues
        line = " ".join(parts)
        for cue in ("aux yeux de", "de l'avis de", "d'après", "selon", "pour"):
            if line.endswith(" " + cue):
                preps[tuple(norm(line[: -len(cue) - 1]).split())] = cue
                break
    return Lexicon(verbs, titles, roles, sources, coll, preps)


@dataclass
class Cue:
    """A reporting word found in a parsed sentence."""

    sentence: Sentence
    word: Word
    lemma: str
    flags: frozenset
    kind: str  # "verb" or "prep"


def find_cues(s: Sentence, lex: Lexicon) -> list[Cue]:
    """Speech verbs and attribution prepositions of one parsed sentence."""
    out: list[Cue] = []
    if not s.parsed:
        return out
    for w in s.words:
        if w.upos in ("VERB", "AUX"):
            lemma = norm(w.lemma or w.text)
            # light verbs: "faire valoir", "faire part", "faire savoir"
            if lemma == "faire":
                nxt = s.words[w.i + 1] if w.i + 1 < len(s.words) else None
                if nxt is not None and norm(nxt.lemma or nxt.text) in ("valoir", "savoir", "part"):
                    key = f"faire_{norm(nxt.lemma if nxt.text != 'part' else 'part')}"
                    flags = lex.verbs.get(key)
                    if flags is not None:
                        out.append(Cue(s, w, key.replace("_", " "), flags, "verb"))
                        continue
            flags = lex.verbs.get(lemma)
            if flags is None:
                pron = ("s'" + lemma) if lemma[:1] in "aeiouéèêh" else ("se_" + lemma)
                if any(norm(k.text) in ("se", "s'") for k in s.children(w.i)):
                    flags = lex.verbs.get(pron)
                    if flags is not None:
                        lemma = pron.replace("_", " ")
            if flags is not None:
                out.append(Cue(s, w, lemma, flags, "verb"))
        key = norm(w.text)
        for words, cue in lex.preps.items():
            n = len(words)
            if tuple(norm(x.text) for x in s.words[w.i:w.i + n]) == words and words[0] == key:
                out.append(Cue(s, w, cue, frozenset(), "prep"))
    return out
