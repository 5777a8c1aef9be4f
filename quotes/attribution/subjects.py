"""Who utters a speech verb: its subject, the agent of a passive, the noun
before a relative ``qui``, the subject a participle or a conjunct shares,
read linearly when the parse lost it.

* ``X a déclaré que …``, ``Le PDG de la SNCF, Jean-Pierre Farandou, estime``
* ``…, ajoutant que …`` (the verb before it speaks)
* ``Et d'ajouter : « … »`` (a narrative infinitive: the subject in context)
"""
from __future__ import annotations

from typing import Optional


from .cues import Lexicon, is_pronominal, norm
from ..people.mentions import NOT_NAMES, PRONOUNS, Mention, is_capitalised
from ..parser.parse import Sentence, Word
from .grammar import (_SUBJ, _after_comma, _fronted_participle, _infinitive, _infinitive_clause,
                      _verb_group_start)
from .inversion import _inverted_subject, _is_incise


#: verbs whose infinitive complement is said by their own subject: "a tenu à
#: rappeler que", "a voulu souligner que" (not "se fait appeler", "il faut
#: noter", "va annoncer": a name, an impersonal, a statement not yet made)
_SAYING_CONTROL = {"tenir", "vouloir", "souhaiter", "préférer", "choisir", "oser"}
#: prepositions of an infinitive adjunct said by the main clause's subject:
#: "avant de préciser que", "après avoir rappelé que", "pour souligner que"
#: (not "sans": "sans préciser si …" says nothing)
_TIME_OR_AIM = {"avant", "après", "pour", "afin"}


#: openings of a narrative infinitive: "Et d'ajouter : « … »", "Avant de
#: nuancer : « … »", "Puis de conclure que …"
_NARRATIVE_OPENINGS = ("et", "avant", "puis")


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
        # (before the verb: "X appelle, lui, la N-VA à …" names whom X calls on)
        appos = next((k for k in kids if subj.i < k.i < v.i and k.deprel in _SUBJ and (
            k.upos == "PROPN" or (k.upos == "NOUN" and is_capitalised(k)))
                      and _after_comma(s, k, lex)), None) or next((
            # "Son principal adversaire, le député Renaissance Sabrina X, a dénoncé"
            k for k in kids if subj.i < k.i < v.i and k.deprel in _SUBJ and lex is not None
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
        # (not the end of a clause before it: "… voter pour le PS, il conclut")
        governed = any(c.deprel == "case" for c in s.children(named.i)) or named.deprel.startswith("obl")
        if is_capitalised(named) and norm(named.text) not in NOT_NAMES and not governed \
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
        # ("avait de même jugé …": the parser may take the auxiliary for the
        # main verb and the participle for its complement)
        if v.deprel == "conj" or (v.deprel == "xcomp" and h.upos == "AUX" and v.past_participle) or \
                (v.deprel == "xcomp" and (depth > 0 or (
                _infinitive(v) and norm(h.lemma or "") in _SAYING_CONTROL))) or (v.deprel in ("advcl", "xcomp", "acl", "obl", "ccomp")
                                  and "VerbForm=Part" in v.feats and "Tense=Past" not in v.feats
                                  and norm(v.text).endswith("ant")):
            return _speaker_word(s, h, text, lex, depth + 1)
    if subj is None and depth == 0:
        subj = _name_before_comma(s, v)
    return subj


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
        # "un autre père, en larmes, a lancé": a short aside in commas, no
        # verb in it, between the subject and its verb
        j = k - 1
        while j > 0 and k - j <= 5 and s.words[j].text != "," and s.words[j].upos not in ("VERB", "AUX"):
            j -= 1
        if 0 < j < k - 1 and s.words[j].text == "," and s.words[j - 1].upos in ("NOUN", "PROPN") \
                and not (lex is not None and lex.is_connective(s.words[j - 1].text)):
            return s.words[j - 1]
        return None
    if lex is not None and lex.is_connective(w.text):
        return None
    if (w.text[:1].isupper() and w.text[:1].isalpha() and norm(w.text) not in NOT_NAMES) \
            or w.upos in ("NOUN", "PROPN"):
        return w
    return None
