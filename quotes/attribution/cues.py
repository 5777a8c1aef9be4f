"""Reporting cues: speech verbs and `selon`-like words found in a parsed sentence.

The words themselves are data (``quotes/data/*.txt``, loaded by ``quotes.lexicon``);
this module only says where a sentence uses them to report speech.
"""
from __future__ import annotations

import regex
from dataclasses import dataclass
from typing import Optional

from ..lexicon import (CONTRACTIONS, ROLE_PREFIXES, Lexicon, _phrase_at, load_lexicon,  # noqa: F401
                       matches_at, norm)
from ..parser.parse import Sentence, Word

QUOTE_CHARS = set("«»“”„‹›\"")


def may_report(s: Sentence, text: str, lex: Lexicon) -> bool:
    """Cheap test on a tokenised sentence: can it quote or report speech?

    Used to parse only those sentences (and their neighbours); a false
    positive costs time, a false negative a quote.
    """
    if any(c in QUOTE_CHARS for c in text[s.start:s.end]):
        return True
    for w in s.words:
        if lex.is_speech_verb_form(w.text):
            return True
    # "selon", "d'après", "aux yeux de" as whole phrases of the text's own
    # tokens (the parser splits "aux" into "à les"); "pour X, …" only first
    tokens = [norm(text[w.start:w.end]) for k, w in enumerate(s.words)
              if k == 0 or w.start != s.words[k - 1].start]
    # ("Et pour quelques-uns, …": after a conjunction, still the first)
    first = 1 if tokens and tokens[0] in ("et", "mais", "or") else 0
    for k in range(len(tokens)):
        for key in lex.preps:
            # (after a comma too: "…, pour lui.", "C'est, pour elle, un hommage")
            if (k <= first or key != ("pour",) or tokens[k - 1] == ",") \
                    and tuple(tokens[k:k + len(key)]) == key:
                return True
    return False


@dataclass
class Cue:
    """A reporting word found in a parsed sentence."""

    sentence: Sentence
    word: Word
    lemma: str
    flags: frozenset
    kind: str  # "verb" or "prep"


def participle_lemmas(form: str) -> list[str]:
    """Infinitives a participle can come from, by French morphology: the
    lemmatiser stumbles on rarer ones ("assimilant" -> "assimilar")."""
    low = norm(form)
    for ending in ("ées", "és", "ée", "é"):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return [low[: -len(ending)] + "er"]
    if not low.endswith("ant") or len(low) < 6:
        return []
    base = low[:-3]
    if base.endswith("ç"):
        return [base[:-1] + "cer"]  # annonçant
    if base.endswith("ge"):
        return [base[:-1] + "er"]  # jugeant
    out = [base + "er"]
    if base.endswith("iss"):
        out.append(base[:-2] + "r")  # réagissant -> réagir
    return out + [base + "re", base + "ir"]  # répondant -> répondre, mentant -> mentir


def is_pronominal(s: Sentence, v: Word) -> bool:
    """A verb with its reflexive clitic ("s'est félicité", "se réjouit"):
    its "être" is the perfect auxiliary, whatever the parser's label."""
    return any(norm(k.text) in ("se", "s'") for k in s.children(v.i))


#: a subject pronoun the tokenizer left glued to its verb ("dit-elle")
_GLUED_CLITIC = regex.compile(r"\w-(?:t-)?(?:il|elle|ils|elles|on)$")


def _verb_phrase_at(lex: Lexicon, lemma: str, words: list, k: int) -> Optional[str]:
    """The entry ``lemma_w1_w2`` (``mettre_en_garde``, ``faire_valoir``)
    whose words follow at ``k``."""
    for key, forms in lex.verb_phrases.get(lemma, ()):
        if any(matches_at(f, words, k) for f in forms):
            return key
    return None


def find_cues(s: Sentence, lex: Lexicon) -> list[Cue]:
    """Speech verbs and attribution prepositions of one parsed sentence."""
    out: list[Cue] = []
    if not s.parsed:
        return out
    for w in s.words:
        prev = s.words[w.i - 1] if w.i > 0 else None
        # the tagger may call a speech verb a noun; its place tells: after an
        # auxiliary, or opening an incise after a comma or a closing mark
        nxt = s.words[w.i + 1] if w.i + 1 < len(s.words) else None
        # ("juge" after a name and a comma: the verb, whatever its tag; after
        # a determiner, the noun)
        guessed = [] if w.upos in ("VERB", "AUX") or (prev is not None and prev.upos == "DET") \
            else [g for g in lex.lemmas_of_form(w.text) if g in lex.verbs]
        verbal = w.upos in ("VERB", "AUX") or (
            (w.upos in ("NOUN", "ADJ", "X", "ADV") or (w.upos == "PRON" and _GLUED_CLITIC.search(norm(w.text))))
            and (norm(w.lemma or "") in lex.verbs or guessed) and (
                (prev is not None and (prev.upos == "AUX" or prev.text in (",", "»", "”", '"')))
                or (nxt is not None and norm(nxt.text) in ("que", "qu'", ":"))))
        if verbal:
            lemma = norm(w.lemma or w.text) if not guessed else guessed[0]
            phrase = _verb_phrase_at(lex, lemma, s.words, w.i + 1)
            if phrase is not None:
                # "a fait valoir", "a mis en garde": the phrase's entry
                out.append(Cue(s, w, phrase.replace("_", " "), lex.verbs[phrase], "verb"))
                continue
            # the lemmatiser may leave a form inflected ("réjoui" -> "réjouire")
            lemmas = [lemma] + (participle_lemmas(w.text) + lex.lemmas_of_form(w.text)
                                if w.upos == "VERB" else [])
            flags = None
            if is_pronominal(s, w):
                # "s'est félicité": the pronominal verb's entry, not the plain one
                for c in lemmas:
                    pron = ("s'" + c) if c[:1] in "aeiouéèêh" else ("se_" + c)
                    if pron in lex.verbs:
                        lemma, flags = pron.replace("_", " "), lex.verbs[pron]
                        break
            if flags is None:
                for c in lemmas:
                    if c in lex.verbs:
                        lemma, flags = c, lex.verbs[c]
                        break
            if flags is not None and not lex.set_phrase_at(lemma, s.words, w.i + 1):
                out.append(Cue(s, w, lemma, flags, "verb"))
        key = norm(w.text)
        for words, cue in lex.preps.items():
            if words[0] == key and matches_at(words, s.words, w.i):
                out.append(Cue(s, w, cue, frozenset(), "prep"))
                break  # "aux yeux de" and "à les yeux de": one cue
    return out
