"""Linking quoted and reported content to a cue and a speaker mention.

Rules of French reporting, each on the dependency parse, with linear
fall-backs because a compact parser errs (an inverted subject
``a précisé M. Meiners`` is often attached as an object):

* ``X a déclaré que …`` / ``X a exhorté Y à …`` / ``X a déclaré : …``
* incises and inversions: ``…, a déclaré Wu.``, ``…, a-t-il ajouté``
* ``selon X, …``, ``d'après X, …``, ``pour X, …``
* passives: ``… a été annoncé par X``
* direct quotes (from ``marks``) attributed by an incise after them, a cue
  before a colon, or by the paragraph around them.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Optional

import regex

from .cues import Cue, Lexicon, find_cues, is_pronominal, matches_at, norm
from ..text.marks import OPENERS, MarkResult, Span, paragraphs, pair_marks
from ..people.mentions import (NAME_ARTICLES, NOT_NAMES, PRONOUNS, TIME_WORDS, Mention, clitic_subject,
                       is_capitalised, mention_at, owner_of)
from ..parser.parse import Sentence, Word

#: a paragraph that is site navigation, not article text ("LIRE AUSSI | …").
_NAV = regex.compile(r"^\s*(?:[ÀA] )?(?:LIRE|VOIR|ÉCOUTER|REGARDER)(?: AUSSI| ÉGALEMENT)?\s*[|:>»-]",
                     regex.I)
_SUBJ = ("nsubj", "nsubj:pass", "csubj")
#: anything but punctuation and spaces: a reported clause made only of one
#: quotation and its marks is a direct quote
_NOT_PUNCT = regex.compile(r"[^\p{P}\s]")
FIRST_SECOND = {"je", "j'", "nous", "tu", "vous", "me", "moi", "on"}
#: subjects that name nobody: "on pense que", "il semble que".
IMPERSONAL = {"on", "ça", "cela", "ce", "c'"}
#: ambiguous verbs that report a call even without a quotation: "a appelé Pékin à …".
CALL_VERBS = {"appeler", "inviter", "pousser", "défier"}
#: a scare quote or a term in marks is at most this many words when nobody says it.
SCARE_MAX_WORDS = 4


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


def _subject(s: Sentence, v: Word, depth: int = 0) -> Optional[Word]:
    """Subject of a verb; through auxiliaries, conjunctions and participles."""
    kids = s.children(v.i)
    for k in kids:
        if k.deprel in _SUBJ and k.upos not in ("SCONJ",):
            if k.deprel == "nsubj:pass":
                agent = [c for c in kids if c.deprel in ("obl:agent",)]
                if agent:
                    return agent[0]
            return k
    for k in kids:
        if k.deprel == "obl:agent":
            return k
    if depth < 3 and v.head >= 0:
        h = s.words[v.head]
        # "Wang a décrit … et a exhorté …", "…, ajoutant que …"
        if v.deprel == "conj" or (v.deprel in ("advcl", "xcomp", "acl") and "VerbForm=Part" in v.feats):
            return _subject(s, h, depth + 1)
    return None


def _speaker_word(s: Sentence, v: Word, text: str, lex: Optional[Lexicon] = None,
                  depth: int = 0) -> Optional[Word]:
    """Who utters the cue verb: its subject (inverted or not), the agent of a
    passive, the antecedent of a relative ``qui``, or the subject of the verb
    that a participle (``…, ajoutant que``) or a conjunct depends on."""
    subj = None
    kids = s.children(v.i)
    passive = any(k.deprel == "aux:pass" for k in kids) and not is_pronominal(s, v)
    for k in kids:
        capital = k.text[:1].isupper() and k.text[:1].isalpha()
        # "il a déclaré": a speech verb has no expletive subject, whatever the label
        if (k.deprel in _SUBJ or (k.deprel == "expl:subj" and norm(k.text) in PRONOUNS)) and \
                (capital or k.upos not in ("ADV", "CCONJ", "SCONJ", "ADP", "PUNCT")) \
                and not (lex is not None and lex.is_connective(k.text)) \
                and not _fronted_participle(s, k):
            subj = k
            break
    if subj is not None:
        # "Le PDG de la SNCF, Jean-Pierre Farandou, estime": a name in commas
        # after the subject is its apposition, even when read as a second subject
        appos = next((k for k in kids if k.i > subj.i and k.deprel in _SUBJ and (
            k.upos == "PROPN" or (k.upos == "NOUN" and is_capitalised(k)))
                      and _after_comma(s, k, lex)), None) or next((
            # "Son principal adversaire, le député Renaissance Sabrina X, a dénoncé"
            k for k in kids if k.i > subj.i and k.deprel in _SUBJ and lex is not None
            and lex.is_role_noun(k.text) and s.subtree(k.i)[0].i > 0
            and s.words[s.subtree(k.i)[0].i - 1].text == ","
            and any(c.upos == "PROPN" for c in s.subtree(k.i))), None)
        subj = appos or subj
        # "Même constat à Lyon, où la cheffe de service … décrit": after a
        # relative pronoun, the verb's subject is the one inside the relative
        later = [k for k in kids if subj.i < k.i < v.i and k.deprel in _SUBJ]
        if later and any("PronType=Rel" in w.feats and w.upos == "PRON"
                         for w in s.words[subj.i + 1:later[-1].i]):
            subj = later[-1]
        elif later and any(w.text == ":" for w in s.words[subj.i + 1:later[-1].i]):
            # "Climat : l'ONU alerte …": a headline's topic before a colon is
            # no subject; the clause after it has its own
            subj = later[-1]
        elif subj.i + 2 < v.i and s.words[subj.i + 1].text == ":":
            # "Gaza : Israël et le Hamas s'accusent …", the subject read as
            # the topic's apposition
            subj = next((c for c in s.children(subj.i) if c.deprel == "appos" and c.i > subj.i + 1),
                        subj)
    if subj is not None and norm(subj.text) in ("il", "elle", "ils", "elles") and subj.i >= 2 \
            and s.words[subj.i - 1].text == ",":
        # "Mme Haddad, elle, reste inquiète": the pronoun doubles the name
        # dislocated before it
        named = s.words[subj.i - 2]
        if is_capitalised(named) and norm(named.text) not in NOT_NAMES \
                and not (lex is not None and lex.is_connective(named.text)):
            subj = named
    if subj is not None and subj.deprel == "nsubj:pass" and passive:
        agent = next((c for c in kids if c.deprel == "obl:agent"), None)
        subj = agent
    if subj is None:
        subj = next((c for c in kids if c.deprel == "obl:agent"), None)
    if subj is not None and norm(subj.text) in ("qui", "lequel", "laquelle"):
        # "…, le président Xi Jinping, qui a réitéré …": the noun before "qui"
        k = subj.i - 1
        if k >= 0 and s.words[k].text == ",":
            k -= 1
        if k >= 0 and s.words[k].upos in ("NOUN", "PROPN") or (k > 0 and s.words[k].text[:1].isupper()):
            w = s.words[k]
            # "le ministère de la Santé, qui appelle …": the head of "X de Y"
            while w.deprel.startswith("nmod") and 0 <= w.head < w.i and \
                    s.words[w.head].upos in ("NOUN", "PROPN") and any(
                        c.deprel == "case" and norm(c.text) in ("de", "d'", "du", "des")
                        for c in s.children(w.i)):
                w = s.words[w.head]
            return w
        if v.head >= 0 and v.deprel.startswith("acl"):
            return s.words[v.head]
        return None
    if v.i > 1 and s.words[v.i - 1].text == "," and norm(v.text).endswith("ant"):
        # "…, a déclaré le ministère, ajoutant que …": a participle adjunct
        # speaks with the voice of the verb before it, never its own subject
        # (the report it continues, else the verb it hangs on, else the last
        # conjugated one: "a déclaré que X avait pris …, assimilant …")
        before = [w for w in reversed(s.words[:v.i - 1]) if w.upos == "VERB"]
        prev = next((w for w in before if lex is not None and lex.verb_flags(w.lemma or "")), None)
        if prev is None and 0 <= v.head < v.i and s.words[v.head].upos == "VERB":
            prev = s.words[v.head]
        if prev is None:
            prev = next((w for w in before if "VerbForm=Inf" not in w.feats), None)
        if prev is not None and depth < 3:
            return _speaker_word(s, prev, text, lex, depth + 1)
    if subj is None and v.i > 0 and norm(s.words[v.i - 1].text) == "en" and (
            "VerbForm=Ger" in v.feats or "VerbForm=Part" in v.feats or v.text.endswith("ant")):
        # a gerund ("…, en disant : « … »") shares the subject of the main verb
        root = next((w for w in s.words if w.head == -1 and w.i != v.i), None)
        if root is not None and root.upos in ("VERB", "AUX", "NOUN", "ADJ"):
            return _speaker_word(s, root, text, lex, depth + 1)
    if subj is None and depth < 3 and v.deprel in ("advcl", "xcomp") and 0 <= v.head < len(s.words) and \
            _infinitive_clause(s, v) and any(c.deprel in ("mark", "case") and norm(c.text)
                                             in _TIME_OR_AIM for c in kids):
        # "a inauguré le pont, avant de préciser que …", "Après avoir rappelé
        # que …, le ministre a annoncé …": the main clause's subject speaks
        return _speaker_word(s, s.words[v.head], text, lex, depth + 1)
    if subj is None:
        subj = _subject_before(s, v, lex)
    if subj is None and _is_incise(s, v, text):
        subj = _inverted_subject(s, v, lex)
    if subj is None and depth < 3 and v.head >= 0:
        h = s.words[v.head]
        # climbing from a conjunct: a subjectless xcomp takes its governor's
        # subject ("… a voulu partir et a déclaré …")
        if v.deprel == "conj" or (v.deprel == "xcomp" and (depth > 0 or (
                _infinitive(v) and norm(h.lemma or "") in _SAYING_CONTROL))) or (v.deprel in ("advcl", "xcomp", "acl", "obl", "ccomp")
                                  and "VerbForm=Part" in v.feats and "Tense=Past" not in v.feats
                                  and norm(v.text).endswith("ant")):
            return _speaker_word(s, h, text, lex, depth + 1)
    if subj is None and depth == 0:
        subj = _name_before_comma(s, v)
    return subj


#: openings of a narrative infinitive: "Et d'ajouter : « … »", "Avant de
#: nuancer : « … »", "Puis de conclure que …"
_NARRATIVE_OPENINGS = ("et", "avant", "puis")


def _narrative_infinitive(s: Sentence, v: Word) -> bool:
    """A sentence that opens on "Et de" / "Avant de" / "Puis de" and a speech
    verb's infinitive: the narrative infinitive of the press, whose subject is
    the one the text was just about."""
    words = s.words
    j = 0
    while j < len(words) and words[j].upos == "PUNCT":
        j += 1
    if j + 1 >= len(words) or norm(words[j].text) not in _NARRATIVE_OPENINGS or \
            norm(words[j + 1].text) not in ("de", "d'"):
        return False
    return _verb_group_start(s, v).i == j + 2 and _infinitive_clause(s, v)


def _context_subject(s: Sentence, v: Word) -> Mention:
    """Who a subjectless verb speaks for: the subject or speaker just before,
    person or body (coreference's "context" kind)."""
    return Mention(s, v, [v], "context", gender="", number="")


def _after_comma(s: Sentence, k: Word, lex: Optional[Lexicon]) -> bool:
    """A comma right before ``k``, or before its title or article ("Son
    confrère, Me David Dassa, a estimé …", "Leur fédération, l'Union sociale
    pour l'habitat, estime …")."""
    j = k.i - 1
    if j > 0 and ((lex is not None and lex.is_title(s.words[j].text))
                  or norm(s.words[j].text) in ("le", "la", "l'", "les")):
        j -= 1
    return j >= 0 and s.words[j].text == ","


#: verbs whose infinitive complement is said by their own subject: "a tenu à
#: rappeler que", "a voulu souligner que" (not "se fait appeler", "il faut
#: noter", "va annoncer": a name, an impersonal, a statement not yet made)
_SAYING_CONTROL = {"tenir", "vouloir", "souhaiter", "préférer", "choisir", "oser"}
#: prepositions of an infinitive adjunct said by the main clause's subject:
#: "avant de préciser que", "après avoir rappelé que", "pour souligner que"
#: (not "sans": "sans préciser si …" says nothing)
_TIME_OR_AIM = {"avant", "après", "pour", "afin"}


def _infinitive_clause(s: Sentence, v: Word) -> bool:
    """An infinitive, or a past infinitive ("avoir rappelé")."""
    return _infinitive(v) or any(c.deprel.startswith("aux") and "VerbForm=Inf" in c.feats
                                 for c in s.children(v.i))


def _name_before_comma(s: Sentence, v: Word) -> Optional[Word]:
    """"Le président du Sénat, Gérard Larcher, juge que …" with the verb read
    as a noun and no subject arc: the name closed by the comma just before a
    verb that opens a que-clause or a colon, adverbs between ("juge
    néanmoins que").  Not a place ("à Lyon, estime")."""
    if v.i < 2 or s.words[v.i - 1].text != ",":
        return None
    nxt = v.i + 1
    while nxt < min(len(s.words), v.i + 4) and s.words[nxt].upos == "ADV":
        nxt += 1
    if nxt >= len(s.words) or norm(s.words[nxt].text) not in ("que", "qu'", ":", "«", "“"):
        return None
    w = s.words[v.i - 2]
    if not is_capitalised(w) or norm(w.text) in NOT_NAMES:
        return None
    k = w.i
    while k > 0 and is_capitalised(s.words[k - 1]):
        k -= 1
    if k > 0 and s.words[k - 1].upos == "ADP":
        return None
    return s.words[k]


def _subject_before(s: Sentence, v: Word, lex: Optional[Lexicon]) -> Optional[Word]:
    """Read linearly when the parse lost the subject: ``que Microsoft a déclaré``
    -> the name or noun right before the auxiliary (negation skipped)."""
    k = v.i - 1
    aux = False
    while k >= 0 and (s.words[k].upos in ("AUX", "ADV") or norm(s.words[k].text) in
                      ("ne", "n'", "a", "ont", "avait", "avaient")):
        aux = aux or s.words[k].upos == "AUX" or norm(s.words[k].text) in ("a", "ont", "avait")
        k -= 1
    if k < 0 or not aux:
        return None  # no auxiliary between: not the "X a déclaré" shape
    w = s.words[k]
    if w.text == "," and k > 0:
        # "le ministre de la Défense, Sergei Shoigu, a déclaré": a name in
        # commas between the subject and its verb is the subject's apposition
        j = k - 1
        while j >= 0 and (s.words[j].upos == "PROPN" or s.words[j].text[:1].isupper()) \
                and s.words[j].text[:1].isalpha():
            j -= 1
        if j < k - 1 and j > 0 and s.words[j].text == "," and \
                s.words[j - 1].upos in ("NOUN", "PROPN", "ADJ"):
            return s.words[j + 1]
        return None
    if lex is not None and lex.is_connective(w.text):
        return None
    if (w.text[:1].isupper() and w.text[:1].isalpha() and norm(w.text) not in NOT_NAMES) \
            or w.upos in ("NOUN", "PROPN"):
        return w
    return None


#: after an incise verb, these start a complement, not the subject.
_STOP_AFTER_VERB = {"à", "au", "aux", "lors", "selon", "dans", "en", "après", "avant", "devant",
                    "pendant", "depuis", "sur", "pour", "avec", "que", "qu'", "par", "de", "d'",
                    "du", "des"}


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
        if low in _STOP_AFTER_VERB:
            return _subject_after_phrase(s, w, lex)
        if w.text[:1].isupper() and w.text[:1].isalpha() and low not in TIME_WORDS:
            nxt = s.words[w.i + 1] if w.i + 1 < len(s.words) else None
            if w.text in NAME_ARTICLES and nxt is not None and is_capitalised(nxt):
                return nxt  # "a rapporté La Voix du Nord": the article opens the name
            return w  # a capital right after the verb: the inverted name
        if low in TIME_WORDS or w.upos in ("ADV", "AUX", "NUM"):
            continue
        if w.upos in ("PROPN", "NOUN") or (w.upos == "PRON" and low in PRONOUNS) or (
                w.text[:1].isupper() and w.upos not in ("PUNCT", "VERB")):
            return w
        if w.upos in ("DET", "ADJ"):
            continue
        if w.upos in ("VERB",):
            return None
    return None


#: prepositions of where something was said ("à l'AFP", "sur X", "dans un communiqué")
_SPEECH_PLACE = ("à", "au", "aux", "sur", "dans", "devant")


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


def _object_gap(s: Sentence, v: Word, opener_start: int) -> bool:
    """The quotation at ``opener_start`` can be the object of ``v``: right
    after it, or after a day, an adverb or one short phrase of where it was
    said ("a dénoncé dans un communiqué « une provocation »")."""
    if v.end > opener_start:
        return False
    if v.past_participle and _bare_participle(s, v):
        return False  # "la sphère dite « sphère des fixes »": a name given, not a speech
    gap = [w for w in s.words if v.end <= w.start < opener_start]
    if not gap:
        return True
    if all(w.upos == "ADV" or norm(w.text) in TIME_WORDS for w in gap):
        return True
    return norm(gap[0].text) in _SPEECH_PLACE and len(gap) <= 5 and \
        not any(w.upos in ("VERB", "AUX", "PUNCT", "PRON", "SCONJ") for w in gap)


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


def _parenthetical(s: Sentence, w: Word, phrase_end: Optional[Word]) -> bool:
    """``selon X`` between commas inside a clause that goes on after it ("Le
    chômage a, selon l'Insee, reculé …"); not before a relative about X, a
    participle, a finite verb or a conjunction (", selon l'Insee, qui …",
    ", selon l'Insee, a indiqué …", ", selon lui, et …")."""
    if w.i == 0 or s.words[w.i - 1].text != "," or phrase_end is None or phrase_end.text != ",":
        return False
    rest = [x for x in s.words[phrase_end.i + 1:] if x.upos != "PUNCT"]
    if len(rest) < 3:
        return False
    first = rest[0]
    if not any(x.upos in ("VERB", "AUX") for x in rest):
        return False  # "selon le docteur X, pédiatre à Necker.": an apposition ends it
    return norm(first.text) not in _RELATIVES + ("qui", "dont", "où") \
        and not first.text.endswith("ant") and first.upos not in ("CCONJ", "SCONJ") \
        and not (first.upos in ("AUX", "VERB") and "VerbForm=Fin" in first.feats)


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
        k += 1
    if k == start or k + 1 >= len(words) or words[k].upos != "DET" or norm(words[k].text) in ("de", "des", "du"):
        return None
    j = k + 1
    while j < len(words) and words[j].upos == "ADJ":
        j += 1
    if j < len(words) and (words[j].upos in ("NOUN", "PROPN") or words[j].text[:1].isupper()):
        return words[j]
    return None


#: learning something from a source reports what the source said
_LEARNT = ("apprendre",)


def _verb_group_start(s: Sentence, v: Word) -> Word:
    """The first word of the verb with its auxiliaries ("a déclaré": "a")."""
    return min([v] + [k for k in s.children(v.i) if k.deprel.startswith("aux")], key=lambda w: w.i)


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
        if norm(w.text) in ("que", "qu'", ":"):
            return False
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


def _to_clause_end(s: Sentence, i: int, lex: Optional[Lexicon]) -> list[Word]:
    """Words from ``i`` to the end of the reported clause: the sentence end, or a
    comma opening an incise (``, a-t-il ajouté``), a participle (``, ajoutant``),
    ``selon``, or a contrast (``, bien qu'…``, ``, alors que…``; but not
    ``, alors président``)."""
    out: list[Word] = []
    words = s.words
    for k in range(i, len(words)):
        w = words[k]
        if w.text in ("-", "–", "—") and k > i and words[k - 1].end < w.start:
            break  # " - une référence apparente à …": the writer's aside
        if w.text == "," and k + 1 < len(words):
            nxt = norm(words[k + 1].text)
            nxt2 = norm(words[k + 2].text) if k + 2 < len(words) else ""
            opener = lex.subordinator_at(words, k + 1) if lex is not None else None
            if nxt == "selon" or (opener is not None and "contrast" in opener) or \
                    (nxt.endswith("ant") and lex is not None and lex.is_speech_verb_form(nxt)) or \
                    (words[k + 1].upos == "AUX" and lex is not None and lex.is_speech_verb_form(nxt2)):
                break
            if nxt == "sans" and any(_infinitive(x) for x in words[k + 2:k + 5]):
                break  # ", sans donner de détails": how it was said, the writer's words
        out.append(w)
    while out and out[-1].upos == "PUNCT" and out[-1].text not in ("»", "”", '"', "›"):
        out.pop()
    return out


def _trim_circumstances(s: Sentence, sub: list[Word], lex: Optional[Lexicon]) -> list[Word]:
    """An infinitive content stops where the clause ends and before a
    circumstance of the report itself (``lors d'une réunion``)."""
    if not sub:
        return sub
    keep = {w.i for w in _to_clause_end(s, sub[0].i, lex)}
    stop = next((w.i for w in sub if norm(w.text) == "lors"), None)
    return [w for w in sub if w.i in keep and (stop is None or w.i < stop)] or sub


def _with_purpose(s: Sentence, body: list[Word], lex: Optional[Lexicon]) -> list[Word]:
    """An infinitive content goes on through a purpose clause right after it
    (``à « agir vite » pour rassurer les marchés``), which the parser may hang
    on the report's verb; a comma before it leaves it to the writer."""
    if not body or lex is None:
        return body
    words = s.words
    j = body[-1].i + 1
    while j < len(words) and words[j].text in _CLOSERS:
        j += 1
    link = lex.link_at(words, j)
    if link is None or link[0] != "purpose":
        return body
    for h in words[j + link[1]: j + link[1] + 3]:
        if _infinitive(h):
            end = max(w.i for w in s.subtree(h.i))
            more = _trim_circumstances(s, words[body[0].i: end + 1], lex)
            return more if len(more) > len(body) else body
    return body


_CLOSERS = ("»", "”", '"', "›")
_OPENERS = tuple(OPENERS) + ('"',)


def _infinitive(w: Word) -> bool:
    """An infinitive by tag, or by French morphology when the tagger hesitates
    (a word that is its own lemma and ends in -er, -ir, -re, -oir)."""
    if "VerbForm=Inf" in w.feats:
        return True
    low = norm(w.text)
    return w.upos in ("VERB", "NOUN", "ADJ", "X") and low == norm(w.lemma or "") and \
        low.endswith(("er", "ir", "re", "oir")) and len(low) > 3 and low.isalpha()


def _bare_infinitive(s: Sentence, v: Word, k: Word, sub: list[Word]) -> bool:
    """"a affirmé ne pas connaître …", "a reconnu avoir menti": a declarative
    verb's infinitive without a preposition, whose subject is the speaker's
    own (none of its own), reports what the speaker said."""
    verb = k if _infinitive(k) else next(
        (c for c in s.children(k.i) if c.deprel.startswith("aux") and "VerbForm=Inf" in c.feats), None)
    if verb is None or any(c.deprel in _SUBJ for c in s.children(k.i)):
        return False
    # only negation, clitics, an auxiliary or adverbs before the infinitive;
    # between the two verbs, adverbs and days ("a affirmé mardi ne pas …")
    lead = [w for w in sub if w.i < verb.i]
    return all(w.upos in ("ADV", "PRON", "AUX") or norm(w.text) in _NEGATION for w in lead) and \
        all(w.upos in ("ADV", "AUX") or norm(w.text) in TIME_WORDS or norm(w.text) in _NEGATION
            for w in s.words[v.i + 1:sub[0].i])


#: words of a negation before an infinitive ("ne pas savoir", "n'avoir jamais dit")
_NEGATION = {"ne", "n'", "n’", "pas", "plus", "jamais", "rien", "guère", "point", "aucunement"}


def _judgment(s: Sentence, k: Word, sub: list[Word], cue: Cue, lex: Optional[Lexicon]
              ) -> Optional[tuple[list[Word], str]]:
    """Object + what it is presented as, or the charge it is accused of.

    ``cite les sanctions comme un obstacle`` (any object verb), ``assimile ces
    mesures à de l'endiguement`` (flag ``as:à``): the object and its predicate
    are the judgment reported.  ``accuse la Chine de manque de transparence``
    (flag ``charge:de``): the charge is.  Read linearly after the object's
    noun and adjectives, and after its whole subtree, whichever the parser
    attached."""
    words = s.words
    j = k.i + 1
    while j < len(words) and words[j].upos == "ADJ":
        j += 1
    ends = [j]
    if sub and all(w.text != "," for w in sub):
        ends.append(sub[-1].i + 1)
        # the parser may hang "comme …" inside the object itself
        ends += [w.i for w in sub if w.i > k.i and norm(w.text) == "comme"]
    for j in ends:
        if j >= len(words):
            continue
        nxt = norm(words[j].text).replace("’", "'")
        nxt = "de" if nxt == "d'" else nxt
        if nxt == "comme" or f"as:{nxt}" in cue.flags:
            body = _to_clause_end(s, sub[0].i if sub else k.i, lex)
            if len(body) > j - (sub[0].i if sub else k.i) + 1:
                return body, "as"
        if nxt == "de" and "charge:de" in cue.flags:
            body = _to_clause_end(s, j + 1, lex)
            if body:
                return body, "charge"
    return None


#: "ce que", "alors que", "bien que" …: not the que of reported speech.
_NOT_COMPLEMENTISER = {"ce", "alors", "bien", "parce", "tandis", "afin", "sans", "avant", "après",
                       "pendant", "dès", "ainsi", "même", "plus", "moins", "autant", "tant", "si",
                       "aussi", "lors", "sauf", "pour", "de", "à", "mais", "fait"}


def _quoted_predicate(s: Sentence, v: Word, kids: list[Word]) -> Optional[tuple[list[Word], str]]:
    """"juge la trajectoire « crédible »", "a jugé « inacceptables » les
    frappes", "a souligné la « gravité des faits »": the speaker's own words
    for the object, in quotation marks, are an attributed quote whatever the
    verb; the object with them is reported."""
    objs, days = _objects(s, v, kids)
    obj = objs[0] if objs else None
    if obj is None:
        return _quoted_de_complement(s, v, kids)
    preds = [k for k in kids if k.deprel.startswith("xcomp") and k.upos == "ADJ" and k.i > v.i] + \
        [c for c in s.children(obj.i) if c.deprel == "amod" and c.upos == "ADJ" and c.i > obj.i] + \
        [c for d in days for c in s.children(d.i) if c.deprel == "amod" and c.upos == "ADJ"]
    for p in preds:
        if 0 < p.i < len(s.words) - 1 and s.words[p.i - 1].text in _OPENERS \
                and s.words[p.i + 1].text in _CLOSERS:
            keep = {w.i for w in s.subtree(obj.i)} | {w.i for w in s.subtree(p.i)} | {p.i - 1, p.i + 1}
            return [w for w in s.words if w.i in keep and w.i > v.i], "predicate"
    # "a souligné la « gravité des faits »": the speaker's words inside the object
    # (not a title, which French capitalises: "son livre « Une France forte »")
    sub = [w for w in s.subtree(obj.i) if w.i > v.i]
    if obj.upos == "NOUN" and sub and sub[0].text in _OPENERS and not _titled(s, sub[0]):
        # "a dénoncé dans un communiqué « une provocation »": the whole object quoted
        close = _closer_after(s, obj.i)
        if close is not None and close >= max(w.i for w in sub if w.text not in _CLOSERS):
            return s.words[sub[0].i:_de_complement_end(s, close) + 1], "predicate"
    if obj.upos == "NOUN" and any(w.text in _OPENERS and not _titled(s, w) for w in sub[1:]):
        return sub, "predicate"
    # "a salué des réquisitions « à la hauteur des enjeux »": a quotation right
    # after the object qualifies it, wherever the parser hung it
    last = sub[-1].i if sub else obj.i
    if obj.upos == "NOUN":
        end = _qualifying_quote_end(s, last)
        if end > last:
            return sub + s.words[last + 1:end + 1], "predicate"
    return None


def _qualifying_quote_end(s: Sentence, last: int) -> int:
    """A quotation right after a noun phrase qualifies it, wherever the parser
    hung it ("des réquisitions « à la hauteur des enjeux »"): the index of its
    closing mark, or ``last`` when no quotation follows (or a title does).
    A closing mark right after ``last`` ends a quotation the phrase ends in
    ("une hausse « inquiétante » des cas"); a de-phrase after either goes on."""
    j = last + 1
    if j < len(s.words) and s.words[j].text in _CLOSERS:
        return _de_complement_end(s, j)
    if j < len(s.words) and s.words[j].text in _OPENERS and not _titled(s, s.words[j]):
        close = _closer_after(s, j)
        if close is not None:
            return _de_complement_end(s, close)
    return last


def _de_complement_end(s: Sentence, close: int) -> int:
    """"dénonce « l'hypocrisie » des pays producteurs": a de-phrase right
    after the quoted noun completes it (a verb has one direct object, though
    the parser may read "des pays" as a second); the index of its last word,
    or ``close`` when none follows."""
    j = close + 1
    if j < len(s.words) and norm(s.words[j].text) in ("de", "d'", "du", "des"):
        h = s.words[j].head
        if h is not None and h > j:
            return max(close, max(w.i for w in s.subtree(h)))
    return close


def _closer_after(s: Sentence, i: int) -> Optional[int]:
    """Index of the first closing mark after word ``i``."""
    return next((w.i for w in s.words[i + 1:] if w.text in _CLOSERS), None)


def _title_at(s: Sentence, sp: Span) -> bool:
    """The quotation ``sp`` stands in ``s`` as a title: after a noun, opening on a capital."""
    opener = next((w for w in s.words if w.start == sp.outer_start), None)
    return opener is not None and opener.i > 0 and s.words[opener.i - 1].upos == "NOUN" \
        and _titled(s, opener)


def _titled(s: Sentence, opener: Word) -> bool:
    """A quotation opening on a capital after a noun is a title or a name
    ("le roman « Les Misérables »", "l'opération « Barkhane »"), not words
    the speaker is reported to use."""
    nxt = s.words[opener.i + 1] if opener.i + 1 < len(s.words) else None
    return nxt is not None and nxt.text[:1].isupper()


def _objects(s: Sentence, v: Word, kids: list[Word]) -> tuple[list[Word], list[Word]]:
    """The verb's nominal objects after it, and the days the parser took for
    objects ("a jugé mardi « inacceptable » l'attaque", "a annoncé mercredi
    le limogeage …": a day is when, never what, was said; what hangs on it
    is the verb's)."""
    objs = [k for k in kids if k.deprel == "obj" and k.i > v.i and k.upos in ("NOUN", "PROPN")]
    days = [k for k in objs if norm(k.text) in TIME_WORDS]
    out = [k for k in objs if k not in days]
    for d in days:
        out += [c for c in s.children(d.i) if c.deprel in ("obj", "appos", "nmod") and c.i > d.i
                and c.upos in ("NOUN", "PROPN") and not any(x.deprel == "case" for x in s.children(c.i))]
    return sorted(out, key=lambda w: w.i), days


def _quoted_de_complement(s: Sentence, v: Word, kids: list[Word]) -> Optional[tuple[list[Word], str]]:
    """"s'est félicitée de la « mobilisation exemplaire » des enseignants":
    quoted words inside the de-complement of a speech verb (se féliciter de,
    s'inquiéter de, se plaindre de) are the speaker's, as in an object."""
    for k in kids:
        if not (k.deprel.startswith("obl") and k.upos == "NOUN" and k.i > v.i):
            continue
        case = [c for c in s.children(k.i) if c.deprel == "case"]
        if not case or norm(case[0].text) not in ("de", "d'", "du", "des"):
            continue
        sub = [w for w in s.subtree(k.i) if w.i > v.i]
        lead = case[0]
        body = [w for w in sub if w.i > lead.i and not (w.start == lead.start)]
        if body and any(w.text in _OPENERS for w in body):
            return body, "predicate"
    return None


#: determiners of a noun phrase that refers back to something known
_KNOWN_DETS = frozenset({"le", "la", "l'", "les", "son", "sa", "ses", "leur", "leurs"})


def _content_clause(s: Sentence, v: Word, cue: Cue, lex: Optional[Lexicon] = None
                    ) -> Optional[tuple[list[Word], str]]:
    """The reported content governed by the cue verb: que-clause, infinitive, object."""
    kids = s.children(v.i)
    quoted = _quoted_predicate(s, v, kids)
    if quoted is not None:
        return quoted
    for k in kids:
        if k.deprel.startswith(("ccomp", "xcomp", "advcl", "obj")) and k.i > v.i:
            sub = s.subtree(k.i)
            first = sub[0]
            if lex is not None and lex.subordinator_at(s.words, first.i) is not None:
                continue  # "après que X a déclaré …": a circumstance, not the content
            if norm(first.text) in ("que", "qu'", "qu’") or any(
                    c.deprel == "mark" and norm(c.text) in ("que", "qu'") for c in s.children(k.i)):
                body = [w for w in sub if not (w.i == first.i and norm(w.text).startswith("qu"))]
                if body:
                    # a reported clause runs on, word after word from its "que",
                    # to the end of the sentence unless an incise, a participle or
                    # "selon" closes it (the parser may hang its subject elsewhere)
                    start = first.i + 1 if norm(first.text).startswith("qu") else body[0].i
                    return _to_clause_end(s, start, lex), "que"
            if "inf" in cue.flags and norm(first.text) in ("à", "de", "d'", "d’") and \
                    ("VerbForm=Inf" in k.feats or k.upos == "VERB"):
                return _with_purpose(s, _trim_circumstances(s, sub[1:], lex), lex), "inf"
            if "vinf" in cue.flags and k.deprel.startswith(("xcomp", "ccomp")) and \
                    _bare_infinitive(s, v, k, sub):
                # "ne pas", which the parser may hang on the report's verb, negates the infinitive
                j = sub[0].i
                while j - 1 > v.i and norm(s.words[j - 1].text) in _NEGATION:
                    j -= 1
                sub = s.words[j:sub[0].i] + sub
                if k.upos == "AUX":
                    # "n'avoir « jamais » demandé …": the parser may hang the
                    # participle beside its auxiliary instead of under it
                    part = next((c for c in kids if c.i > k.i and c.past_participle), None)
                    if part is not None:
                        last = max(w.i for w in s.subtree(part.i))
                        sub = s.words[sub[0].i:last + 1]
                return _with_purpose(s, _trim_circumstances(s, sub, lex), lex), "inf"
    if "inf" in cue.flags:
        # "exhorte Washington à travailler": the infinitive may hang elsewhere
        for w in s.words[v.i + 1: v.i + 10]:
            if norm(w.text) in ("à", "de", "d'") and w.i + 1 < len(s.words):
                nxt = s.words[w.i + 1]
                if nxt.text in ("«", "“", '"', "„") and w.i + 2 < len(s.words):
                    nxt = s.words[w.i + 2]
                if _infinitive(nxt) or (
                        nxt.upos in ("PRON",) and w.i + 2 < len(s.words)
                        and _infinitive(s.words[w.i + 2])):
                    if _infinitive(nxt):
                        head = nxt
                    else:
                        head = s.words[w.i + 2]
                    if head.upos == "AUX" and head.head > head.i:
                        head = s.words[head.head]  # "d'avoir menti": the participle
                    sub = [x for x in s.subtree(head.i) if x.i > w.i]
                    # the clitic before the infinitive belongs to it
                    if nxt is not head:
                        sub = [nxt] + sub
                    return _with_purpose(s, _trim_circumstances(s, sub, lex), lex), "inf"
            if w.upos in ("VERB",) or (w.upos == "PUNCT" and w.text not in (",",)):
                break
    about = {f[6:] for f in cue.flags if f.startswith("about:")}
    for k in kids if about else ():
        # "a mis en garde contre …", "alerte sur …" (flag about:P): the P-phrase
        case = [c for c in s.children(k.i) if c.deprel == "case"]
        if k.deprel.startswith("obl") and k.i > v.i and case and norm(case[0].text) in about:
            body = [w for w in s.subtree(k.i) if w.i > case[0].i]
            if body:
                end = _qualifying_quote_end(s, body[-1].i)
                return body + s.words[body[-1].i + 1:end + 1], "about"
    if "obj" in cue.flags:
        for k in _objects(s, v, kids)[0]:
            sub = s.subtree(k.i)
            judged = _judgment(s, k, sub, cue, lex)
            if judged is not None:
                return judged
            if k.upos != "NOUN" or (lex is not None and lex.is_role_noun(k.text)):
                continue  # "a condamné l'ancien maire à deux ans": a person is no statement
            if " " in cue.lemma and norm(k.text) == cue.lemma.split()[-1]:
                # the noun belongs to the cue ("faire part de ses doutes"):
                # what is reported is its complement, after the preposition
                sub = [w for w in sub if w.i > k.i]
                while sub and sub[0].upos == "ADP":
                    sub = sub[1:]
            comma = next((w.i for w in sub if w.text == "," and w.i > k.i), None)
            if comma is not None:
                sub = [w for w in sub if w.i < comma]
            elif lex is not None and sub and sub[-1].i + 1 < len(s.words) and \
                    (lex.link_at(s.words, sub[-1].i + 1) or ("",))[0] == "noun":
                # "son opposition | à l'alliance …": the noun's complement, hung
                # on the verb by the parser, is still what was said
                sub = _to_clause_end(s, sub[0].i, lex)
            if lex is not None:
                # "ses craintes après que l'usine a fermé": the parser may hang
                # the circumstance on the noun; it is not what was said
                cut = next((w.i for w in sub if w.i > k.i
                            and lex.subordinator_at(s.words, w.i) is not None), None)
                if cut is not None:
                    sub = [w for w in sub if w.i < cut]
            if len(sub) >= 3:
                return sub, "obj"
    # the parser missed the clause: "estiment qu'une telle aide …" read
    # linearly, after the cue's own words ("a fait savoir qu'…")
    rest = v.i + len(cue.lemma.split())
    for w in s.words[rest: rest + 12]:
        low = norm(w.text)
        if low in ("que", "qu'"):
            if norm(s.words[w.i - 1].text) in _NOT_COMPLEMENTISER:
                break
            body = _to_clause_end(s, w.i + 1, lex)
            if body:
                return body, "que"
            break
        if (w.upos == "VERB" and "VerbForm=Part" not in w.feats) or \
                (w.upos == "PUNCT" and w.text not in (",",)):
            break
    return None


_RELATIVES = ("lequel", "laquelle", "lesquels", "lesquelles")


class Attributor:
    """Finds candidates in one document; lexicon given, no state kept between documents."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

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
            lo = bisect.bisect_left(top_starts, c.start - 2)
            hi = bisect.bisect_right(top_starts, c.end + 2)
            inside = [k for k in range(lo, hi) if top[k].end <= c.end + 2]
            if inside:
                sp = top[inside[0]]
                qlen = sum(top[k].end - top[k].start for k in inside)
                rest = text[c.start:sp.outer_start] + text[sp.outer_end:c.end]
                whole = not _NOT_PUNCT.search(rest) or qlen >= 0.85 * (c.end - c.start)
                if len(inside) == 1 and whole and c.type != "direct":
                    c.start, c.end, c.type = sp.start, sp.end, "direct"
                elif c.type == "indirect" and not all(_title_at(c.sentence, top[k]) for k in inside):
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
            j = bisect.bisect_right(span_starts, sp.start) - 1
            if j >= 0 and reach[j] >= sp.end:
                continue
            c = self._direct(text, sp, sents, paras)
            if c is not None:
                final.append(c)
        final.sort(key=lambda c: c.start)
        return _dedupe(final, self.lex)

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

    # -- reported speech from a cue -------------------------------------------
    def _from_cue(self, text: str, s: Sentence, cue: Cue, top: list[Span],
                  paras: list[tuple[int, int]], sents: list[Sentence]) -> Optional[Candidate]:
        if cue.kind == "prep":
            return self._from_prep(text, s, cue, top)
        v = cue.word
        if _participle_adjunct(s, v):
            return None
        split = self._split_by_incise(text, s, cue)
        if split is not None:
            return split
        if _is_incise(s, v, text) and ("?" not in cue.flags or "incise" in cue.flags):
            # the content is what stands before the incise in the sentence
            own = [k for k in s.children(v.i) if k.deprel in _SUBJ and k.i > v.i]
            subj = _inverted_subject(s, v, self.lex) or (own[0] if own else None)
            if subj is None or norm(subj.text) in IMPERSONAL or not self._can_speak(subj):
                return None
            first = _verb_group_start(s, v)
            a, b = s.start, first.start
            # the content may have begun in an earlier sentence of the paragraph
            # when it is a quotation: the direct-quote pass handles those.
            a, b = _trim_span(text, a, b)
            for sp in top:
                if sp.outer_start <= a and b <= sp.outer_end + 1:
                    # the incise closes a quotation: a direct quote
                    return Candidate(sp.start, sp.end, "direct", cue.lemma,
                                     mention_at(s, subj, self.lex), s, "incise-direct")
            if b - a < 8:
                return None
            a, b = _extend_over_marks(text, a, b, top)
            return Candidate(a, b, "indirect", cue.lemma, mention_at(s, subj, self.lex), s, "incise")
        found = _content_clause(s, v, cue, self.lex)
        # (not when an incise names the speaker: "Avant de conclure : « … », a lancé X")
        narrative = _narrative_infinitive(s, v) and not any(
            c.kind == "verb" and c.word.i > v.i for c in self.cues_of(s))
        subj = None if narrative else _speaker_word(s, v, text, self.lex)
        if subj is not None and norm(subj.text) == "on":
            subj = self._fronted_source(s, subj)
        if subj is not None and (norm(subj.text) in IMPERSONAL or not self._can_speak(subj)):
            return None
        who = _context_subject(s, v) if narrative else \
            mention_at(s, subj, self.lex) if subj is not None else None
        kids = s.children(v.i)
        if any(k.deprel in ("aux:pass", "nsubj:pass") for k in kids) and \
                not any(k.deprel == "obl:agent" for k in kids) and not is_pronominal(s, v):
            # "X a été invité à …": X is the one addressed, not the speaker
            return None
        if found is None:
            # "X a déclaré : …" — the content follows the colon
            after = [w for w in s.words[v.i + 1: v.i + 5]]
            colon = next((w for w in after if w.text == ":"), None)
            if colon is None or any(w.upos == "VERB" for w in after if w.i < colon.i):
                return None
            if any(k.deprel == "obj" and k.i < colon.i and any(
                    d.deprel == "det" and norm(d.text) in _KNOWN_DETS for d in s.children(k.i))
                    for k in kids):
                # "ont salué l'annonce : l'action gagnait 5 %": a thing already
                # known is judged, what follows is the writer's; "a lancé un
                # avertissement :", "a dit ceci :" announce what comes
                return None
            if who is None:
                return None
            a = colon.end
            b = s.end
            para_end = next((pb for pa, pb in paras if pa <= colon.start < pb), len(text))
            if not text[a:para_end].strip():
                # the statement is the next paragraph
                nxt = next(((pa, pb) for pa, pb in paras if pa > colon.start), None)
                if nxt is None:
                    return None
                a, b = nxt
            else:
                b = max(b, next((sp.outer_end for sp in top if sp.outer_start >= a
                                 and sp.outer_start - a < 4), b))
            a, b = _trim_span(text, a, b)
            if b <= a:
                return None
            return Candidate(a, b, "indirect", cue.lemma, who, s, "colon")
        words, how = found
        if v.deprel in ("advcl", "xcomp") and v.i < v.head:
            # "Après avoir rappelé que …, le ministre a annoncé …": the report
            # of a fronted adjunct ends where the main clause begins
            main = s.words[v.head]
            stop = min([main.i] + [x.i for c in s.children(main.i) if c.deprel in _SUBJ
                                   for x in s.subtree(c.i)])
            words = [w for w in words if w.i < stop]
        if not words:
            return None
        if "?" in cue.flags and how == "obj":
            return None
        if "?" in cue.flags and ((how == "inf" and cue.lemma not in CALL_VERBS) or how == "about") \
                and not any(sp.start >= words[0].start - 2 for sp in top
                            if sp.end <= words[-1].end + 2):
            # "a parlé de la réforme" is a topic; "parle d'« acharnement »" a quoted word
            return None
        if who is None:
            return None
        a, b = _words_span(words)
        # stop at the end of the sentence's clause: drop trailing punctuation
        a, b = _trim_span(text, a, b)
        a, b = _extend_over_marks(text, a, b, top)
        if b - a < 6:
            return None
        return Candidate(a, b, "indirect", cue.lemma, who, s, how)

    def _from_prep(self, text: str, s: Sentence, cue: Cue, top: list[Span]) -> Optional[Candidate]:
        w = cue.word
        # words the cue takes here: "d'après" may be one word or "d'" + "après"
        n = max((len(key) for key, c in self.lex.preps.items()
                 if c == cue.lemma and matches_at(key, s.words, w.i)), default=1)
        src_i = w.i + n
        if src_i >= len(s.words):
            return None
        src = s.words[src_i]
        # (before skipping determiners: the tagger may call "lesquelles" one)
        if norm(src.text) not in _RELATIVES:
            # past determiners and adjectives before the noun ("selon les
            # dernières prévisions de la BCE")
            while (src.upos == "DET" or (src.upos == "ADJ" and not is_capitalised(src))) \
                    and src.i + 1 < len(s.words):
                src = s.words[src.i + 1]
        low = norm(src.text)
        if low in _RELATIVES:
            # "des révélations selon lesquelles …": a report whose source is unnamed
            a, b = _trim_span(text, src.end, s.end)
            if b - a < 8:
                return None
            a, b = _extend_over_marks(text, a, b, top)
            return Candidate(a, b, "indirect", cue.lemma, None, s, "selon-rel")
        if src.upos not in ("PROPN", "NOUN", "PRON"):
            return None
        if src.i > 0 and norm(s.words[src.i - 1].text) in ("nos", "notre") \
                and not self.lex.is_role_noun(src.text):
            return None  # "selon nos informations": the newspaper's own knowledge
        # the source phrase may be attached to a speech verb's incise: that cue wins
        head = s.words[src.head] if src.head >= 0 else None
        if head is not None and self.lex.verb_flags(head.lemma or "") is not None and head.i < w.i:
            return None
        if cue.lemma == "pour" and not (w.i == 0 or s.words[w.i - 1].upos == "PUNCT"):
            return None
        # end of the source phrase: the next comma, or the sentence end
        m = mention_at(s, src, self.lex)
        # "Pour la ministre, …", "Pour Marc Vidal, …", "Pour lui, …" (the
        # person just quoted); not "Pour le reste, …"
        person = m.kind == "name" or norm(src.text) in ("lui", "elle", "eux", "elles")
        if cue.lemma == "pour" and not person and not self.lex.is_role_noun(src.text):
            return None
        phrase_end = self._source_phrase_end(s, src)
        if w.i == 0 or (w.i > 0 and s.words[w.i - 1].text in ("«", "“")):
            if phrase_end is None:
                return None
            a, b = phrase_end.end, s.end
        else:
            a, b = s.start, w.start
            if phrase_end is not None and phrase_end.i + 1 < len(s.words) - 1 and text[s.start:w.start].strip() == "":
                a, b = phrase_end.end, s.end
            elif _parenthetical(s, w, phrase_end):
                # "Le chômage a, selon l'Insee, reculé de 0,2 point": the whole clause
                a, b = s.start, s.end
            else:
                # "Incendie près de Rouen : pas de danger, selon la préfecture":
                # a topic without a verb before a colon is no part of the report
                colon = next((x for x in reversed(s.words[:w.i]) if x.text == ":"), None)
                if colon is not None and not any(x.upos in ("VERB", "AUX") for x in s.words[:colon.i]):
                    a = colon.end
        a, b = _trim_span(text, a, b)
        if b - a < 10:
            return None
        a, b = _extend_over_marks(text, a, b, top)
        return Candidate(a, b, "indirect", cue.lemma, m, s, "selon")

    def _source_phrase_end(self, s: Sentence, src: Word) -> Optional[Word]:
        """The comma that ends the source phrase of ``selon``/``pour``: the
        first one, or the one after an apposition or an affiliation."""
        phrase_end = next((x for x in s.words[src.i:] if x.text == ","), None)
        if phrase_end is None:
            return None
        # "Pour l'épidémiologiste Marie Dupuis, de l'Inserm, …": an
        # affiliation in commas still belongs to the source phrase
        nxt = s.words[phrase_end.i + 1: phrase_end.i + 11]
        second = next((x for x in nxt if x.text == ","), None)
        between = nxt[:second.i - phrase_end.i] if second is not None else []
        affiliation = between and norm(between[0].text) in ("de", "d'", "du") and \
            any(is_capitalised(x) for x in between[1:])
        # "Pour Gilles Moec, chef économiste chez Axa, …", "Pour le
        # SNES-FSU, premier syndicat du secondaire, …": a noun phrase in
        # apposition (not "Selon lui, en 2020, …")
        after = s.words[second.i + 1] if second is not None and second.i + 1 < len(s.words) else None
        # (after an article, only a role: "le directeur du laboratoire",
        # not "la glace, fragile, fond")
        # (a role noun whatever its tag: "délégué" is also a participle)
        role = [x for x in between if self.lex.is_role_noun(x.text)]
        apposition = between and (between[0].upos in ("ADJ", "NOUN") or between[0] in role or (
            between[0].upos == "DET" and role)) and \
            any(x.upos == "NOUN" or x in role for x in between) and len(between) <= 9 and \
            after is not None and (after.upos in ("DET", "PRON", "PROPN", "NOUN", "NUM")
                                   or after.text in ("«", "“", '"'))
        # (a participle after the noun is part of it: "habitante installée à Nantes")
        described = [x for x in between[1:] if x.past_participle]
        if (affiliation or apposition) and \
                not any(x.upos in ("VERB", "AUX") and x not in role and x not in described
                        for x in between):
            phrase_end = second
        return phrase_end

    def _person_subject(self, s: Sentence, before: int, text: str) -> Optional[Mention]:
        """The subject of the main clause before ``before``, when it names a
        person (a name, a pronoun, a role: not "le message")."""
        root = next((w for w in s.words if w.head == -1), None)
        if root is None or root.start >= before:
            return None
        subj = _speaker_word(s, root, text, self.lex)
        if subj is None or subj.start >= before or not self._can_speak(subj):
            return None
        m = mention_at(s, subj, self.lex)
        if m.kind in ("name", "pronoun") or self.lex.is_role_noun(subj.text):
            return m
        return None

    def _incise_subject(self, s: Sentence, v: Word) -> Optional[Word]:
        """The inverted subject of a verb set off by a comma before it
        ("…, explique Jérôme Bayle, …", "…, a-t-il assuré, …"), if it can speak."""
        first = _verb_group_start(s, v)
        if first.i < 2 or s.words[first.i - 1].text != ",":
            return None
        subj = _inverted_subject(s, v, self.lex)
        if subj is None or subj.i < first.i or not self._can_speak(subj):
            return None
        return subj

    def _split_by_incise(self, text: str, s: Sentence, cue: Cue) -> Optional[Candidate]:
        """"La réforme, a-t-il assuré, sera votée avant l'été": an incise
        between commas splits an unquoted statement whose subject stands
        before it and whose verb comes after; the whole sentence is reported
        (the incise inside the span, which must be one piece of text)."""
        v = cue.word
        if "incise" not in cue.flags:
            return None
        subj = self._incise_subject(s, v)
        if subj is None or norm(subj.text) in IMPERSONAL:
            return None
        first = _verb_group_start(s, v)
        last = max(v.i, subj.i)
        if subj.i > v.i:
            last = max([last] + [w.i for w in s.subtree(subj.i)])
        if last + 1 >= len(s.words) or s.words[last + 1].text != ",":
            return None
        before, after = s.words[:first.i - 1], s.words[last + 2:]
        if any(_clause_verb(s, w) for w in before) or any(w.text in (",", ":", "«", "»", "\"")
                                                          for w in before):
            return None  # "Les travaux commenceront, a-t-il dit, …": the usual incise
        if not any(w.upos in ("VERB", "AUX") and "VerbForm=Fin" in w.feats for w in after):
            return None
        a, b = _trim_span(text, s.start, s.end)
        if b - a < 12:
            return None
        return Candidate(a, b, "indirect", cue.lemma, mention_at(s, subj, self.lex), s,
                         "split-incise")

    def _statement_intro(self, s: Sentence, before: int) -> Optional[Mention]:
        """"Réaction de Marine Tondelier : « … »", "La réponse du ministre,
        Gérald Darmanin, ne s'est pas fait attendre : « … »": a statement
        noun that opens the sentence, with its owner, and no verb before the
        colon but its own; the owner speaks (the mention resolves as "un
        communiqué du Pentagone" does)."""
        intro = [w for w in s.words if w.end <= before and w.upos != "PUNCT"]
        if not intro:
            return None
        noun = intro[1] if intro[0].upos == "DET" and len(intro) > 1 else intro[0]
        if noun.upos != "NOUN" or not {norm(noun.text), norm(noun.lemma or "")} & self.lex.source_nouns:
            return None
        if not any(owner_of(s, c) for c in s.children(noun.i)):
            return None
        verbs = [w for w in intro if w.upos in ("VERB", "AUX")]
        if verbs and not (noun.deprel.startswith("nsubj") and 0 <= noun.head and
                          s.words[noun.head] in verbs):
            return None  # "La réponse de X ne s'est pas fait attendre :" is still X's
        return mention_at(s, noun, self.lex)

    def _seat(self, s: Sentence, w: Word) -> bool:
        """"Matignon", "Downing Street": a place that stands for a power
        (data ``seats.txt``), not a town."""
        two = " ".join(x.text for x in s.words[w.i:w.i + 2])
        return norm(w.text) in self.lex.seats or norm(two) in self.lex.seats

    def _fronted_source(self, s: Sentence, on: Word) -> Optional[Word]:
        """"À l'Élysée, on assure que …", "Du côté de la CGT, on dénonce …":
        a phrase that opens the sentence and ends with a comma right before
        the impersonal "on" says whose voice it is, when its noun is a name
        or a body ("Dans l'entourage du ministre"); "À Marseille, on craint"
        (a town) and "Dans le quartier, on dit" (a place) name no one."""
        words = s.words
        if on.i < 3 or words[on.i - 1].text != ",":
            return None
        key = next((k for k in self.lex.on_sources if matches_at(k, words, 0)), None)
        if key is None:
            return None
        k = det = len(key)
        while k < on.i - 1 and words[k].upos == "DET":
            k += 1
        if k >= on.i - 1:
            return None
        src = words[k]
        if src.upos == "PROPN" or (src.upos == "NOUN" and is_capitalised(src)):
            if key == ("à",) and k == det and not self._seat(s, src):
                return None  # "À Marseille, on …": where, not who
            return src
        if src.upos == "NOUN" and {norm(src.text), norm(src.lemma or "")} & self.lex.bodies:
            return src
        return None

    def _impersonal_source(self, text: str, s: Sentence) -> Optional[Candidate]:
        """"…, a-t-on appris auprès des pompiers", "…, indique-t-on à
        l'Élysée", "…, a-t-on appris de source policière": an incise with
        the impersonal "on" gives its source after the verb; what stands
        before the incise is what that source said."""
        words = s.words
        for w in words:
            if not norm(w.text).endswith("-on"):
                continue
            verb = next((x for x in words[w.i - 1:w.i + 2] if x.upos == "VERB" or (
                x is not w and self.lex.lemmas_of_form(x.text))), None)
            if verb is None:
                continue
            lemma = next((g for g in [norm(verb.lemma or "")] + self.lex.lemmas_of_form(verb.text)
                          if g in self.lex.verbs or g in _LEARNT), None)
            if lemma is None:
                continue
            start = min(verb.i, w.i)
            if start > 0 and words[start - 1].upos == "AUX":
                start -= 1
            if start == 0 or words[start - 1].text != ",":
                continue
            k = max(verb.i, w.i) + 1
            low = [norm(x.text) for x in words[k:k + 3]]
            if low[:1] == ["auprès"]:
                k += 2 if len(low) > 1 and low[1] in ("de", "d'", "du", "des") else 1
            elif low[:2] == ["de", "source"]:
                k += 1
            elif low[:1] and low[0] in ("à", "au", "aux", "dans", "chez"):
                k += 1
            else:
                continue
            det = k
            while k < len(words) and (words[k].upos == "DET" or norm(words[k].text) in ("le", "les")):
                k += 1
            if k >= len(words) or words[k].upos not in ("NOUN", "PROPN"):
                continue
            if low[0] in ("à", "dans", "chez") and k == det and words[k].upos == "PROPN" \
                    and not self._seat(s, words[k]):
                continue  # "a-t-on déclaré à Paris": a town is where, not who
            a, b = _trim_span(text, s.start, words[start - 1].start)
            if b - a < 8:
                return None
            return Candidate(a, b, "indirect", lemma, mention_at(s, words[k], self.lex), s, "incise-on")
        return None

    def _inner_incise(self, text: str, sp: Span, sents: list[Sentence]) -> Optional[Candidate]:
        """« Le problème, explique Jérôme Bayle, éleveur, c'est … »: a speech
        verb between commas inside the quotation, its subject after it,
        names who speaks; the quotation stays one quote."""
        for s in sents:
            if s.end <= sp.start or s.start >= sp.end or not s.parsed:
                continue
            for cue in self.cues_of(s):
                v = cue.word
                if cue.kind != "verb" or not (sp.start < v.start < sp.end) or (
                        "?" in cue.flags and "incise" not in cue.flags):
                    continue
                subj = self._incise_subject(s, v)
                if subj is None or s.words[_verb_group_start(s, v).i - 1].start <= sp.start \
                        or subj.end > sp.end:
                    continue
                # the incise closes with a comma before the quotation goes on
                if not any(w.text == "," and subj.i <= w.i and w.end < sp.end - 1
                           for w in s.words[subj.i:]):
                    continue
                return Candidate(sp.start, sp.end, "direct", cue.lemma,
                                 mention_at(s, subj, self.lex), s, "direct-inner-incise")
        return None

    # -- direct quotes ----------------------------------------------------------
    def _direct(self, text: str, sp: Span, sents: list[Sentence],
                paras: list[tuple[int, int]]) -> Optional[Candidate]:
        n_words = len(text[sp.start:sp.end].split())
        close = sp.close_offset if sp.close_offset is not None else sp.end
        s_end = self.sentence_at(sents, close)
        s_open = self.sentence_at(sents, sp.outer_start) or s_end
        # 1. an incise after the closing mark: « … », a déclaré X.
        if s_end is not None and s_end.parsed:
            for cue in self.cues_of(s_end):
                v = cue.word
                if v.start <= close or cue.kind != "verb":
                    continue
                gap = text[close + 1:v.start]
                gap_words = [x for x in s_end.words if close < x.start < v.start]
                if len(gap) > 40 or any(x.upos not in ("AUX", "PUNCT", "ADV", "PRON") for x in gap_words):
                    break
                subj = _inverted_subject(s_end, v, self.lex)
                if subj is None:
                    subj = _subject(s_end, v)
                if subj is None or subj.i < v.i:
                    subj = _speaker_word(s_end, v, text, self.lex)
                if subj is not None and (subj.start < close or not self._can_speak(subj)):
                    subj = None
                m = mention_at(s_end, subj, self.lex) if subj is not None else None
                return Candidate(sp.start, sp.end, "direct", cue.lemma, m, s_end, "direct-incise")
        # 1b. an incise inside the quotation: « Le problème, explique X, c'est … »
        inner = self._inner_incise(text, sp, sents)
        if inner is not None:
            return inner
        # 2. a cue before the opening mark: X a déclaré : « … » / en disant : « … »
        if s_open is not None and s_open.parsed:
            before = text[s_open.start:sp.outer_start].rstrip()
            # "X dénonce « une réforme … »", "X a promis « une réponse massive »":
            # the quotation is the verb's object (not after an ambiguous verb:
            # "présente « Les Misérables »")
            object_cue = next((c for c in self.cues_of(s_open) if c.kind == "verb"
                               and ("obj" in c.flags or "?" not in c.flags)
                               and _object_gap(s_open, c.word, sp.outer_start)), None)
            if before.endswith((":", ",")) or before.endswith("que") or object_cue is not None:
                cues = [c for c in self.cues_of(s_open) if c.word.end <= sp.outer_start
                        and c.kind == "verb" and not _participle_adjunct(s_open, c.word)]
                if cues and _narrative_infinitive(s_open, cues[-1].word):
                    # "Et d'ajouter : « … »"
                    return Candidate(sp.start, sp.end, "direct", cues[-1].lemma,
                                     _context_subject(s_open, cues[-1].word), s_open,
                                     "direct-narrative")
                if cues:
                    cue = cues[-1]
                    subj = _speaker_word(s_open, cue.word, text, self.lex)
                    if subj is None and cue.word.i > 0 and \
                            norm(s_open.words[cue.word.i - 1].text) in ("que", "qu'"):
                        # "Une affirmation que conteste Mme Lefèvre : « … »"
                        subj = _inverted_subject(s_open, cue.word, self.lex)
                    if subj is not None and self._can_speak(subj) and subj.start < sp.outer_start:
                        return Candidate(sp.start, sp.end, "direct", cue.lemma,
                                         mention_at(s_open, subj, self.lex), s_open, "direct-colon")
                elif before.endswith(":"):
                    # "Mme Haddad, elle, reste inquiète : « … »": no speech
                    # verb, but a person who is the clause's subject
                    m = self._person_subject(s_open, sp.outer_start, text)
                    if m is not None:
                        return Candidate(sp.start, sp.end, "direct", None, m, s_open,
                                         "direct-colon-subject")
                    intro = self._statement_intro(s_open, sp.outer_start)
                    if intro is not None:
                        return Candidate(sp.start, sp.end, "direct", norm(intro.head.lemma or
                                                                          intro.head.text),
                                         intro, s_open, "direct-colon-noun")
        # 3. headline convention: « … » : Blinken a …
        after = text[sp.outer_end:sp.outer_end + 3]
        if after.lstrip().startswith(":") and s_end is not None and s_end.parsed:
            for x in s_end.words:
                if x.start > sp.outer_end and x.upos == "PROPN":
                    return Candidate(sp.start, sp.end, "direct", None,
                                     mention_at(s_end, x, self.lex), s_end, "headline")
                if x.start > sp.outer_end and x.upos == "VERB":
                    break
        if n_words <= SCARE_MAX_WORDS:
            return None  # a term or a scare quote that nobody is said to utter
        if s_open is not None and s_open is s_end and s_open.parsed:
            # "présente son livre « Une France forte et juste » mardi": a
            # capitalised quotation after a noun, inside one sentence, is a title
            if _title_at(s_open, sp) and sp.outer_end < s_open.end - 1 \
                    and not text[sp.start:sp.end].rstrip().endswith((".", "!", "?", "…")):
                return None
        para = next(((a, b) for a, b in paras if a <= sp.outer_start < b), None)
        alone = para is not None and not text[para[0]:sp.outer_start].strip(" \t\u00a0\u202f-–—•") \
            and not text[sp.outer_end:para[1]].strip(" \t\u00a0\u202f.")
        headline = alone and n_words <= 12 and not text[sp.start:sp.end].rstrip().endswith((".", "!", "?", "…"))
        s_any = s_end or s_open
        if s_any is None:
            return None
        return Candidate(sp.start, sp.end, "direct", None, None, s_any,
                         "direct-alone" if alone else "direct-floating", inherit=True,
                         headline_next=headline)


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
        elif clash.rule == "incise" and c.rule in ("que", "inf", "obj", "as", "charge") and \
                clash.start <= c.start and c.end <= clash.end + 2 and not (
                    c.mention is not None and c.mention.kind == "nominal"
                    and norm(c.mention.head.text) in lex.findings):
            # "X a exhorté Y à …, a annoncé le ministère": the words are X's
            # ("L'autopsie a révélé que …, a ajouté le procureur": the
            # prosecutor's, the autopsy is what he presents)
            out[out.index(clash)] = c
    return out


def analyse(text: str, sents: list[Sentence], lex: Lexicon, markdown: bool = False
            ) -> tuple[list[Candidate], MarkResult, list[tuple[int, int]]]:
    marks = pair_marks(text, blank_lines_only=markdown)
    paras = paragraphs(text, blank_lines_only=markdown)
    return Attributor(lex).candidates(text, sents, marks, paras), marks, paras
