"""A person's function, title or affiliation, as the article gives it.

Four French patterns around a name, on tagged words (robust to a wrong arc):

* title before the name: ``le secrétaire d'État Antony Blinken``
* role then name in apposition: ``le porte-parole du Pentagone, le
  lieutenant-colonel Martin Meiners``
* name then role in apposition: ``Colin Kahl, principal conseiller politique
  du Pentagone,``
* affiliation: ``Katrine Yu d'Al Jazeera``

Roles are kept per person with their offsets, so a quote takes the role
given at its own mention, else the nearest one before it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .coreference import Coreference
from ..attribution.cues import Lexicon, norm
from .mentions import DETERMINERS, is_capitalised, join_name
from ..parser.parse import Sentence, Word

_NP_TAGS = ("NOUN", "ADJ", "ADP", "DET", "PROPN", "NUM", "X")
#: a role phrase stops at these (the tagger's other mistakes are tolerated)
_NOT_NP = ("VERB", "AUX", "PRON", "SCONJ", "PUNCT", "ADV")


def _np_word(w: Word) -> bool:
    if not w.upos and not any(c.isalnum() for c in w.text):
        return w.text in ("-", "’", "'")  # an untagged sentence: punctuation by its look
    return w.upos not in _NOT_NP or (w.upos == "PUNCT" and w.text in ("-", "’", "'"))
#: civilities are not roles ("M.", "Mme"), functions are ("général").
CIVILITIES = {"m.", "mr", "mr.", "mm.", "mme", "mmes", "mlle", "monsieur", "madame",
              "mademoiselle"}


@dataclass
class RoleOccurrence:
    person: str
    role: str
    start: int  # offset of the name the role is attached to
    end: int


def _strip(words: list[Word], lex: Lexicon) -> list[Word]:
    while words and (norm(words[0].text) in DETERMINERS or words[0].upos == "PUNCT"):
        words = words[1:]
    while words:
        last = words[-1]
        if norm(last.text) in DETERMINERS or last.upos in ("PUNCT", "ADP"):
            words = words[:-1]
        elif len(words) > 2 and lex.is_title(last.text) and norm(words[-2].text) in DETERMINERS:
            words = words[:-2]  # "…, le lieutenant-colonel" before the name
        else:
            break
    return words


def _after_quotation(words: list[Word], a: int) -> bool:
    """The word at ``a`` opens an incise after a quotation ('», juge X')."""
    k = a - 1
    if k >= 0 and words[k].text == ",":
        k -= 1
    return k >= 0 and words[k].text in ("»", "”", '"', "“")


def _without_age(words: list[Word]) -> list[Word]:
    """"informaticien de 27 ans": the age is no part of the role."""
    for k in range(len(words) - 2):
        if norm(words[k].text) == "de" and words[k + 1].text.isdigit() and norm(words[k + 2].text) == "ans":
            return words[:k]
    return words


def _agent_like(words: list[Word], lex: Lexicon) -> bool:
    """A noun of agent by its ending opening an apposition ("coiffeur")."""
    return bool(words) and words[0].upos in ("NOUN", "") and lex.is_agent_by_ending(words[0].text)


def _body_type_at(words: list[Word], lex: Lexicon) -> Optional[int]:
    """Index of a body's type noun ("quotidien", "instance", "ONG") opening
    the phrase after its article: a body's role, as a role noun is a person's."""
    found = None
    for k, w in enumerate(words):
        after_det = k == 0 or norm(words[k - 1].text) in DETERMINERS
        if after_det and lex.is_body_noun(w.text) and not is_capitalised(w):
            found = k  # the last one: nearest the name ("… par le quotidien suisse Le Temps")
    return found


def _has_role_noun(words: list[Word], lex: Lexicon) -> Optional[int]:
    """Index where the role phrase starts: the first role noun, with the
    adjectives before it ("Premier ministre", "principal conseiller")."""
    for k, w in enumerate(words):
        if lex.is_role_noun(w.text) or lex.is_role_noun(w.lemma or ""):
            while k > 0 and norm(words[k - 1].text) not in DETERMINERS and \
                    words[k - 1].upos not in ("ADP", "PUNCT") and not lex.is_role_noun(words[k - 1].text):
                k -= 1
            return k
    return None


def _role_left_of(words: list[Word], k: int, limit: int, lex: Lexicon,
                  others: frozenset[int] = frozenset()) -> list[Word]:
    """The role phrase ending at word ``k``, read leftwards over noun-phrase
    words.  In a sentence left untagged every word looks like one, so there
    another person's name or a verb's auxiliary ends the phrase: in "Le
    secrétaire d'État Antony Blinken s'est entretenu avec Wang Yi" Wang Yi
    is no secretary of state."""
    left: list[Word] = []
    # (a nationality whatever its tag: "le quotidien suisse", "suisse" read as a verb)
    while k >= 0 and (_np_word(words[k]) or lex.is_role_noun(words[k].text)
                      or norm(words[k].text) in lex.demonyms) and len(left) < limit \
            and not (not words[k].upos and (k in others or norm(words[k].text) in lex.auxiliaries)):
        left.insert(0, words[k])
        k -= 1
    r = _has_role_noun(left, lex)
    if r is None:
        r = _body_type_at(left, lex)  # "le quotidien suisse Le Temps"
    return _strip(left[r:], lex) if r is not None else []


def _apposition(words: list[Word], k: int, lex: Lexicon, limit: int = 14
                ) -> tuple[Optional[tuple[int, int]], int]:
    """The role phrase in apposition from word ``k`` (after a comma), and where it ends."""
    right: list[Word] = []
    # a role noun counts whatever its tag ("conseiller" is also a verb)
    while k < len(words) and len(right) < limit:
        if words[k].text == "(" and right:
            # "maire (EELV) de Villeurbanne": a party or an acronym in brackets
            close = next((j for j in range(k + 1, min(len(words), k + 6))
                          if words[j].text == ")"), None)
            if close is None:
                break
            right.extend(words[k:close + 1])
            k = close + 1
            continue
        # (a past participle goes on the noun phrase: "habitante installée à Nantes")
        described = right and words[k].past_participle
        if not (_np_word(words[k]) or words[k].upos == "CCONJ" or lex.is_role_noun(words[k].text)
                or described):
            break
        right.append(words[k])
        k += 1
    if right and right[-1].text == ")":
        # a place in brackets after the role ("maire de Nice (Alpes-Maritimes)")
        right = right[:max(j for j, w in enumerate(right) if w.text == "(")]
    r = _has_role_noun(right[:4], lex)
    if r is None and right and _agent_like(right[:1], lex):
        r = 0  # "Salim, coiffeur pour homme,": a noun of agent by its ending
    if r is None:
        r = _body_type_at(right[:3], lex)  # "la CAF, l'instance dirigeante du continent,"
    # the apposition ends the clause, or a relative clause goes on about
    # the person ("Marc, un informaticien de 27 ans qui tente …")
    # (or the writer forgot the comma before the verb: "X, le chef de
    # groupe à la Chambre a pris la parole", with a determiner)
    if r is not None and (k >= len(words) or words[k].text in (",", ")", ".")
                          or norm(words[k].text) in ("qui", "dont")
                          or (words[k].upos in ("AUX", "VERB") and right
                              and norm(right[0].text) in ("le", "la", "l'"))):
        phrase = _strip(_without_age(right), lex)
        if phrase:
            return (phrase[0].start, phrase[-1].end), k
    return None, k


def roles_around(s: Sentence, first: int, last: int, lex: Lexicon,
                 others: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Spans of the role phrases attached to the name spanning words
    ``first..last`` of ``s``; ``others``: the words of the other names in ``s``."""
    out: list[tuple[int, int]] = []
    words = s.words
    # title words just before the name ("le lieutenant-colonel Martin Meiners")
    a = first
    while a - 1 >= 0 and (lex.is_title(words[a - 1].text) or norm(words[a - 1].text) in DETERMINERS):
        a -= 1
    # (A) title before the name, no comma; not a body after its article or
    # preposition ("magistrat à la Cour de cassation": no one named "Cour")
    glued = first > 0 and not (words[first - 1].upos in ("DET", "ADP")
                               or norm(words[first - 1].text) in DETERMINERS)
    phrase = _role_left_of(words, first - 1, 10, lex, others) if glued else []
    incise = _after_quotation(words, a)
    if len(phrase) == 1 and (incise or (phrase[0].i > 0 and words[phrase[0].i - 1].upos == "PUNCT"
                                        and not lex.is_title(phrase[0].text))):
        # '…", juge Yao Blé': after a quotation, a verb of an incise, no title
        phrase = []
    if phrase and not all(lex.is_title(w.text) for w in phrase):
        out.append((phrase[0].start, phrase[-1].end))
    # (B) role phrase, then the name after a comma
    if a - 1 >= 0 and words[a - 1].text == ",":
        phrase = _role_left_of(words, a - 2, 12, lex, others)
        if phrase:
            out.append((phrase[0].start, phrase[-1].end))
    # (C) name, then a role phrase in apposition (past an acronym in
    # brackets: "la Confédération africaine de football (CAF), l'instance …")
    end = last
    if last + 1 < len(words) and words[last + 1].text == "(":
        close = next((j for j in range(last + 2, min(len(words), last + 6)) if words[j].text == ")"), None)
        if close is not None and close + 1 < len(words) and words[close + 1].text == ",":
            end = close
    k = end + 1
    # one apposition after another: "X, ancien maire de Y, accusé de fraude,"
    for n in range(3):
        if k >= len(words) or words[k].text != ",":
            break
        # (a second one may be long: "accusé de viol … sur cinq jeunes hockeyeurs")
        span, k = _apposition(words, k + 1, lex, 14 if n == 0 else 24)
        if span is None:
            break
        out.append(span)
    # (D) affiliation: name d'Organisation
    if last + 2 < len(words) and norm(words[last + 1].text) in ("de", "d'") \
            and is_capitalised(words[last + 2]) and words[last + 2].upos in ("PROPN", "NOUN", "X"):
        k = last + 2
        org: list[Word] = []
        while k < len(words) and is_capitalised(words[k]):
            org.append(words[k])
            k += 1
        if org:
            out.append((org[0].start, org[-1].end))
    # (D') affiliation set off by a comma: "William Dupré, de l'Institut
    # de recherche Santé et Société (UCL),"
    if last + 3 < len(words) and words[last + 1].text == "," and norm(words[last + 2].text) in ("de", "d'", "du"):
        k = last + 3
        while k < len(words) and norm(words[k].text) in ("la", "l'", "le", "les"):
            k += 1
        if k < len(words) and is_capitalised(words[k]) and lex.names_a_body([words[k].text]):
            org: list[Word] = []
            while k < len(words) and words[k].text not in (",", ".", ";", ":") and len(org) < 12:
                org.append(words[k])
                k += 1
            if org and (k >= len(words) or words[k].text in (",", ".")):
                out.append((org[0].start, org[-1].end))
    # (E) party or body in brackets right after the name: "Kristof Calvo
    # (Ecolo-Groen)", "Rudi Vervoort (PS)", "Filip Dewinter (président du
    # Vlaams Belang)"; not an age or a date ("(45 ans)")
    if last + 2 < len(words) and words[last + 1].text == "(":
        close = next((j for j in range(last + 2, min(len(words), last + 12)) if words[j].text == ")"), None)
        inside = words[last + 2:close] if close else []
        if inside and not any(any(c.isdigit() for c in w.text) for w in inside) and (
                any(c.isupper() for c in inside[0].text)  # "(PS)", "(cdH)"
                or _has_role_noun(inside, lex) is not None):
            out.append((inside[0].start, inside[-1].end))
    # a function title is a role when nothing else is given ("le général Mark Milley")
    if not out and not incise and glued:
        titles = [w for w in words[a:first] if lex.is_title(w.text) and norm(w.text) not in CIVILITIES]
        if titles:
            out.append((titles[0].start, titles[-1].end))
    return out


def collect_roles(text: str, coref: Coreference, lex: Lexicon) -> list[RoleOccurrence]:
    """Every role the article gives to every named person, in text order."""
    out: list[RoleOccurrence] = []
    words_of_names: dict[int, set[int]] = {}
    for occ in coref.names:
        words_of_names.setdefault(id(occ.sentence), set()).update(range(occ.first, occ.last + 1))
    for occ in coref.names:
        full = join_name(coref.full_name(occ.words, occ.start))
        others = frozenset(words_of_names[id(occ.sentence)] - set(range(occ.first, occ.last + 1)))
        for a, b in roles_around(occ.sentence, occ.first, occ.last, lex, others):
            role = text[a:b] + _owner_suffix(occ.sentence, a, b, coref)
            out.append(RoleOccurrence(full, role, occ.start, occ.end))
    return out


#: singular owners only: "leur chef" is a group's, never one body's name
_POSSESSIVES = ("son", "sa", "ses")
_OF = {"le": "du ", "la": "de la ", "l'": "de l'", "les": "des "}


def _main_clause(m, off: int) -> bool:
    """The subject at ``off`` is its sentence's main verb's (not the subject
    of "que l'UE resterait …")."""
    s = m.sentence
    w = next((x for x in s.words if x.start == off), None)
    if not s.parsed or w is None or w.head is None or w.head < 0:
        return True
    verb = s.words[w.head]
    while verb.deprel == "conj" and verb.head is not None and verb.head >= 0:
        verb = s.words[verb.head]
    return verb.deprel == "root"


def _owner_suffix(s: Sentence, a: int, b: int, coref: Coreference) -> str:
    """"La FNSEA juge … Son président, Arnaud Rousseau,": a role after a
    possessive belongs to the body the sentence before was about; the
    role says so (" de la FNSEA"), unless it names its own ("son
    président d'honneur", "sa directrice de campagne")."""
    before = [w for w in s.words if w.end <= a]
    if not before or norm(before[-1].text) not in _POSSESSIVES or \
            any(norm(w.text) in ("de", "d'", "du", "des") for w in s.words if a <= w.start < b):
        return ""
    subj = [(off, m) for off, m in coref.subjects if off < before[-1].start and a - off < 600
            and _main_clause(m, off)]
    if not subj or subj[-1][1].kind != "name":
        return ""
    m = subj[-1][1]
    r = coref.resolve(m, [])
    # a body: by kind, or a name opening on a common noun ("Réseau Action Climat")
    body = r.kind == "body" or (not m.title and m.words[0].upos == "NOUN")
    if not body or not r.speaker:
        return ""  # "son avocat" of a person: the role as the article gives it
    k = m.words[0].i
    det = norm(m.sentence.words[k - 1].text) if k > 0 else ""
    of = _OF.get(det, "de ")
    if of == "de " and r.speaker[:1].lower() in "aeiouyéèêàâîôûh":
        of = "d'"  # "directeur général d'OpenAI"
    return " " + of + r.speaker


def role_for(person: Optional[str], at: int, mention_start: Optional[int],
             roles: list[RoleOccurrence]) -> Optional[str]:
    """The role at the quote's own mention, else the nearest given before it, else after."""
    if not person:
        return None
    mine = [r for r in roles if norm(r.person) == norm(person)]
    if not mine:
        return None
    if mention_start is not None:
        here = [r for r in mine if r.start == mention_start]
        if here:
            return max(here, key=lambda r: len(r.role)).role
    before = [r for r in mine if r.start <= at]
    if before:
        return before[-1].role
    return mine[0].role
