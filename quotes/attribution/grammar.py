"""Readings of the parse that every rule family asks: is this word an
infinitive, a verb group, a clause's verb, a participle used as an adjective,
a third person who can speak.
"""
from __future__ import annotations

from typing import Optional


from .cues import Lexicon, norm
from ..people.mentions import TIME_WORDS
from ..text.marks import OPENERS
from ..parser.parse import Sentence, Word


_SUBJ = ("nsubj", "nsubj:pass", "csubj")
FIRST_SECOND = {"je", "j'", "nous", "tu", "vous", "me", "moi", "on"}
#: subjects that name nobody: "on pense que", "il semble que".
IMPERSONAL = {"on", "ça", "cela", "ce", "c'"}


_CLOSERS = ("»", "”", '"', "›")
_OPENERS = tuple(OPENERS) + ('"',)
_RELATIVES = ("lequel", "laquelle", "lesquels", "lesquelles")


#: words of a negation before an infinitive ("ne pas savoir", "n'avoir jamais dit")
_NEGATION = {"ne", "n'", "n’", "pas", "plus", "jamais", "rien", "guère", "point", "aucunement"}


def _infinitive(w: Word) -> bool:
    """An infinitive by tag, or by French morphology when the tagger hesitates
    (a word that is its own lemma and ends in -er, -ir, -re, -oir)."""
    if "VerbForm=Inf" in w.feats:
        return True
    low = norm(w.text)
    return w.upos in ("VERB", "NOUN", "ADJ", "X") and low == norm(w.lemma or "") and \
        low.endswith(("er", "ir", "re", "oir")) and len(low) > 3 and low.isalpha()


def _infinitive_clause(s: Sentence, v: Word) -> bool:
    """An infinitive, or a past infinitive ("avoir rappelé")."""
    return _infinitive(v) or any(c.deprel.startswith("aux") and "VerbForm=Inf" in c.feats
                                 for c in s.children(v.i))


def _verb_group_start(s: Sentence, v: Word) -> Word:
    """The first word of the verb with its auxiliaries ("a déclaré": "a")."""
    return min([v] + [k for k in s.children(v.i) if k.deprel.startswith("aux")], key=lambda w: w.i)


def _clause_verb(s: Sentence, w: Word) -> bool:
    """A verb that makes a main clause: not a participle that modifies a noun
    ("Le conseiller élu en 2020, Paul Girard, a dénoncé …"), not a relative
    clause ("François Braun, qui s'est rendu jeudi à Lyon, a annoncé …")."""
    if w.upos == "ADV" and norm(w.lemma or "").endswith(("er", "ir", "re")) \
            and norm(w.lemma or "") != norm(w.text):
        return True  # "Les syndicats réclament …": a verb the tagger called an adverb
    if w.upos not in ("VERB", "AUX"):
        return False
    head = s.words[w.head] if w.upos == "AUX" and 0 <= w.head < len(s.words) else w
    # "Un voisin, qui souhaite garder l'anonymat, raconte …": up from an
    # infinitive or a complement clause to the verb that governs it
    top = head
    while top.deprel in ("xcomp", "ccomp") and 0 <= top.head < len(s.words):
        top = s.words[top.head]
    if any(x.deprel == "acl:relcl" or any(c.deprel in _SUBJ and "PronType=Rel" in c.feats
                                          for c in s.children(x.i)) for x in (head, top)):
        return False
    return not ("VerbForm=Part" in head.feats and head.deprel in ("acl", "amod"))


_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues")


def _fronted_participle(s: Sentence, k: Word) -> bool:
    """"Réunis jeudi à Lyon, des élus ont dénoncé …", "Interrogée par l'AFP,
    la ministre a assuré …": a capitalised participle opening the sentence
    and its clause, which the tagger may read as a name and a subject."""
    if k.i != 0 or not norm(k.text).endswith(_PARTICIPLE_ENDINGS):
        return False
    nxt = s.words[1] if len(s.words) > 1 else None
    if nxt is None or nxt.text[:1].isupper() or not nxt.text[:1].isalpha():
        return False  # "René Dupont", "Chérie, …"
    return any(w.text == "," for w in s.words[2:8])


def _bare_participle(s: Sentence, v: Word) -> bool:
    """A participle with neither auxiliary nor subject: an adjective's job
    ("un communiqué publié vendredi", "la sphère dite « … »"), not a clause."""
    return "VerbForm=Part" in v.feats and not any(
        c.deprel.startswith(("aux", "nsubj")) for c in s.children(v.i))


def _participle_adjunct(s: Sentence, v: Word) -> bool:
    """"un communiqué publié vendredi", "Interrogée par l'AFP, la ministre a
    assuré …": a bare participle on a noun or fronted before the clause names
    an act of speech, it does not report one here; "… après que X a déclaré"
    is a finite verb, whatever it hangs on."""
    fronted = v.deprel == "advcl" and "Tense=Past" in v.feats and v.i < (v.head if v.head >= 0 else 0)
    return (v.deprel in ("amod", "acl") or fronted) and v.deprel != "acl:relcl" \
        and _bare_participle(s, v)


def _after_comma(s: Sentence, k: Word, lex: Optional[Lexicon]) -> bool:
    """A comma right before ``k``, or before its title or article ("Son
    confrère, Me David Dassa, a estimé …", "Leur fédération, l'Union sociale
    pour l'habitat, estime …")."""
    j = k.i - 1
    if j > 0 and ((lex is not None and lex.is_title(s.words[j].text))
                  or norm(s.words[j].text) in ("le", "la", "l'", "les")):
        j -= 1
    return j >= 0 and s.words[j].text == ","


def _relative_after_object(s: Sentence, v: Word, que: Word) -> bool:
    """"espère un sursaut que personne n'attend": a "que" right after the
    verb's direct object (a noun with its determiner, no preposition) opens
    a relative clause about it, not what was said; after "à la presse" or
    "ce matin" it is the report's "que"."""
    j = que.i - 1
    while j > v.i and s.words[j].upos == "ADJ":
        j -= 1
    noun = s.words[j]
    if j <= v.i or noun.upos != "NOUN" or norm(noun.text) in TIME_WORDS:
        return False
    k = j - 1
    while k > v.i and s.words[k].upos == "ADJ":
        k -= 1
    return k > v.i and s.words[k].upos == "DET" and s.words[k - 1].upos != "ADP" \
        and all(x.upos in ("ADV", "AUX", "DET", "ADJ", "NOUN") for x in s.words[v.i + 1:k])


def _in_object_relative(s: Sentence, v: Word) -> bool:
    """"les violences qu'il affirme avoir subies": the verb stands in a
    relative clause whose "que" is the infinitive's object, so what it
    reports is the noun before, the writer's, not a statement."""
    for j in range(v.i - 1, max(v.i - 7, 0), -1):
        w = s.words[j]
        if norm(w.text) in ("que", "qu'"):
            prev = s.words[j - 1]
            return prev.upos in ("NOUN", "PROPN", "ADJ") or norm(prev.text) == "ce"
        if w.upos == "VERB" or w.upos == "PUNCT":
            return False
    return False
