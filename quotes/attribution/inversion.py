"""Incises and inverted subjects: ``…, a déclaré le porte-parole``,
``…, a-t-il ajouté``, ``…, a déclaré à l'AFP Me Julie Perrin``.

The verb stands after what was said and its subject after it; a compact
parser often attaches that subject as an object, so it is read linearly.
"""
from __future__ import annotations

from typing import Optional


from .cues import Lexicon, matches_at, norm
from ..people.mentions import (NAME_ARTICLES, PRONOUNS, SURNAME_PARTICLES, TIME_WORDS, clitic_subject,
                               is_capitalised)
from ..parser.parse import Sentence, Word
from .grammar import _SUBJ, _clause_verb, _verb_group_start


#: after an incise verb, these start a complement, not the subject.
_STOP_AFTER_VERB = {"à", "au", "aux", "lors", "selon", "dans", "en", "après", "avant", "devant",
                    "pendant", "depuis", "sur", "pour", "avec", "que", "qu'", "par", "de", "d'",
                    "du", "des"}


#: prepositions of where something was said ("à l'AFP", "sur X", "dans un communiqué")
_SPEECH_PLACE = ("à", "au", "aux", "sur", "dans", "devant")


def _is_incise(s: Sentence, v: Word, text: str) -> bool:
    """The verb stands after what was said, with its subject after it."""
    if "VerbForm=Part" in v.feats and "Tense=Pres" in v.feats:
        return False  # ", assimilant ces mesures à …": an adjunct, its noun an object
    first = _verb_group_start(s, v)
    before = text[s.start:first.start].rstrip()
    if not before:
        return False
    if before[-1] not in ",»”\"—–-" and not before.endswith(("» ,", "”,")):
        return False
    # an incise takes no complement: "…, a déclaré mardi qu'il …" is a main verb
    for w in s.words[v.i + 1: v.i + 5]:
        if norm(w.text) in ("que", "qu'", ":") and norm(s.words[w.i - 1].text) not in ("parce", "puisque"):
            return False  # (", explique-t-il, parce que …" is still an incise)
    # what stands before must be a statement (a verb, or a quotation), not an
    # apposition ("Milley, président des chefs d'état-major, a déclaré …")
    quoted_end = before.rstrip(",—–- ")[-1:] in "»”\""
    if not quoted_end and not any(_clause_verb(s, w) for w in s.words if w.i < first.i):
        return False
    # the verb's own subject only: an incise is parsed as a conjunct of the
    # clause it follows, whose subject is not the speaker
    own = [k for k in s.children(v.i) if k.deprel in _SUBJ]
    # a subject before the comma that has its own verb (or copula) is that
    # verb's subject, misattached: "Les travaux commenceront en mars, a précisé
    # M. Leroy", "Les attentes sont faibles, a ajouté Yu"
    return not own or own[0].i > v.i or any(_clause_verb(s, w) for w in s.words[own[0].i + 1:first.i])


#: a demonstrative and its relative clause name who speaks by what they are
_DEMONSTRATIVES = ("celui", "celle", "ceux", "celles")


def _inverted_subject(s: Sentence, v: Word, lex: Optional[Lexicon] = None) -> Optional[Word]:
    """``…, a déclaré le porte-parole`` / ``a-t-il ajouté``: first nominal after
    the verb (past a set phrase such as ``de son côté`` or ``pour sa part``)."""
    if clitic_subject(v.text):
        return v  # "confie-t-elle" left whole by the tokenizer
    for w in s.words[max(0, v.i - 3): v.i]:
        if norm(w.text) in PRONOUNS and norm(w.text).startswith("-"):
            return w
    k, stop = v.i + 1, min(len(s.words), v.i + 8)
    if norm(v.lemma or "") == "faire" and k < len(s.words) and \
            norm(s.words[k].lemma or s.words[k].text) in ("savoir", "valoir", "part"):
        k, stop = k + 1, min(len(s.words), stop + 1)  # "…, a fait savoir l'ancien président"
    while k < stop:
        w = s.words[k]
        k += 1
        filler = next((f for f in lex.incise_fillers if matches_at(f, s.words, w.i)), None) \
            if lex is not None else None
        if filler is not None:
            k = w.i + len(filler)
            stop = min(len(s.words), stop + len(filler))
            continue
        low = norm(w.text)
        if low in PRONOUNS and low.startswith("-"):
            return w
        if w.upos == "PUNCT" and w.text not in ("-",):
            return None
        nxt = s.words[w.i + 1] if w.i + 1 < len(s.words) else None
        if low in ("en", "début", "fin", "mi") and nxt is not None and \
                (norm(nxt.text) in TIME_WORDS or nxt.upos == "NUM"):
            k += 1  # "…, avait révélé en mars le site X": a date, not the speaker's place
            continue
        if w.text in SURNAME_PARTICLES and nxt is not None and is_capitalised(nxt):
            return nxt  # "a ajouté De Roover": a capitalised particle opens a surname
        if low in _STOP_AFTER_VERB:
            return _subject_after_phrase(s, w, lex)
        if w.text[:1].isupper() and w.text[:1].isalpha() and low not in TIME_WORDS:
            nxt = s.words[w.i + 1] if w.i + 1 < len(s.words) else None
            if w.text in NAME_ARTICLES and nxt is not None and is_capitalised(nxt):
                return nxt  # "a rapporté La Voix du Nord": the article opens the name
            return w  # a capital right after the verb: the inverted name
        if low in TIME_WORDS or w.upos in ("ADV", "AUX", "NUM"):
            continue
        if low in _DEMONSTRATIVES and w.i + 1 < len(s.words) and norm(s.words[w.i + 1].text) in ("qui", "dont"):
            return w  # "…, dit celui qui est aussi député de la Creuse"
        if w.upos in ("PROPN", "NOUN") or (w.upos == "PRON" and low in PRONOUNS) or (
                w.text[:1].isupper() and w.upos not in ("PUNCT", "VERB")):
            return w
        if w.upos in ("DET", "ADJ"):
            continue
        if w.upos in ("VERB",):
            return None
    return None


def _subject_after_phrase(s: Sentence, prep: Word, lex: Optional[Lexicon]) -> Optional[Word]:
    """"…, a déclaré à l'AFP le porte-parole", "a réagi sur X sa
    porte-parole": past one short prepositional phrase (the preposition, a
    determiner, its nouns) a determiner opens the inverted subject.  Only
    the wire's places of speech: à, sur, dans, devant."""
    if norm(prep.text) not in _SPEECH_PLACE:
        return None
    words = s.words
    k = prep.i + 1
    while k < len(words) and words[k].upos == "DET" and k < prep.i + 3:
        k += 1
    start = k
    while k < len(words) and k < prep.i + 6 and (
            words[k].upos in ("NOUN", "PROPN", "ADJ", "X") or words[k].text[:1].isupper()):
        if k > start and lex is not None and lex.is_title(words[k].text) and words[k].text[:1].isupper():
            return words[k]  # "a annoncé à l'AFP Me Julie Perrin"
        if k > start and lex is not None and _bare_person_after(words, k, lex):
            return words[k]  # "assurait dans le cortège Karima, une infirmière"
        if k > start and lex is not None and words[k].text[:1].isupper() and \
                norm(words[k].text.split("-")[0]) in lex.first_names and words[k - 1].text[:1].isupper():
            return words[k]  # "déclare à l'AFP Jean-Pierre Magnon": a given name opens the speaker
        k += 1
    if k == start or k + 1 >= len(words) or words[k].upos != "DET" or norm(words[k].text) in ("de", "des", "du"):
        return None
    j = k + 1
    while j < len(words) and words[j].upos == "ADJ":
        j += 1
    if j < len(words) and (words[j].upos in ("NOUN", "PROPN") or words[j].text[:1].isupper()):
        return words[j]
    return None


def _bare_person_after(words: list[Word], k: int, lex: Lexicon) -> bool:
    """A name right after the lowercase noun of a place ("dans le cortège
    Karima, une infirmière …") opens the inverted subject when it is a
    person's: a known given name, or a role in apposition after it."""
    w, prev = words[k], words[k - 1]
    if not (w.text[:1].isupper() and w.text[1:2].islower()) or prev.text[:1].isupper() \
            or prev.upos not in ("NOUN", "ADJ"):
        return False
    if norm(w.text) in lex.first_names:
        return True
    j = k
    while j + 1 < len(words) and words[j + 1].text[:1].isupper():
        j += 1
    return j + 3 < len(words) and words[j + 1].text == "," and words[j + 2].upos == "DET" \
        and lex.is_role_noun(words[j + 3].text)
