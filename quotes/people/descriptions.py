"""A description that speaks (``le syndicaliste``, ``la formation uruguayenne``)
stands for an entity the article named, or for someone it never names.

French news varies its designations: a person named once is then
``le syndicaliste``, ``la spécialiste``, ``le député de Gouin``; a body is
``le géant orange`` or ``le club``.  With the definite article (or a
demonstrative) such a description points back; with ``un``/``une`` it
brings in someone new (``un ancien guide touristique``), who stays unnamed
and is named by the description.  The rules, most reliable first:

1. the entity the text already gave that role or type (``le magistrat``
   after ``X, magistrat à la Cour de cassation``);
2. for a person, the one the text was just about (the last named speaker or
   subject of this paragraph or the two before), the gender agreeing, and
   not for an office that person does not hold (``le préfet`` after a mayor);
3. for a body, the body the article is about (the last body that spoke or
   was a subject, else the one named most often).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex

from ..lexicon import norm
from .coreference import CONTRAST, Resolved
from .names import bare_words, person_tail, without_time

if TYPE_CHECKING:
    from .entities import Entity, People

_DEFINITE = ("le", "la", "l'", "ce", "cet", "cette")
_PLURAL = ("les", "des", "ces", "leurs", "plusieurs", "deux", "trois", "quatre", "cinq")
_LOCATIVE = ("à", "en", "au", "aux", "dans", "vers", "depuis", "sur")
#: paragraphs before the description's own where its person may have been named
_PARAGRAPHS_BACK = 2


def determiner(text: str, at: int) -> str:
    """The determiner that opens the description at ``at`` (inside or just before it)."""
    here = regex.match(r"(?i)\s*(l['’]|[\p{L}]+)\s*", text[at:at + 12])
    word = norm(here.group(1)) if here else ""
    if word in _DEFINITE + _PLURAL + ("un", "une"):
        return word
    before = regex.search(r"(?i)(l['’]|[\p{L}]+)\s*$", text[max(0, at - 14):at])
    return norm(before.group(1)) if before else ""


def link(people: "People", r: Resolved, at: int, quote: Optional[tuple[int, int]] = None
         ) -> Optional["Entity"]:
    """The entity a description stands for (named, or unnamed and new);
    ``quote``: the span of what it said."""
    desc = without_time(r.speaker or "")
    lex = people.lex
    named = _name_after(people, desc, at)
    if named is not None:
        return named
    det = determiner(people.text, at)
    head = _head(desc, people)
    first = bare_words(desc)[:1]
    body_word = bool(first) and lex.is_body_noun(first[0])
    # ("l'organisation militant pour …": a body, whatever the parser made its head)
    person = (r.kind == "person" or (lex.is_role_noun(head) and head not in lex.body_epithets)) \
        and not (body_word and not lex.is_role_noun(first[0]))
    kind = "person" if person else "organisation"
    if r.number == "p" or det in _PLURAL:
        return _group(people, desc, at) or people.unnamed(desc, "group", at)
    if det not in _DEFINITE or not head:
        e = people.unnamed(desc, kind, at)
        if person and lex.is_role_noun(head):
            e.add_role(at, desc, described=True)  # "un ancien guide touristique": that is all we know
        return e
    if _contrasted(people.text, desc, at):
        return people.unnamed(desc, kind)  # "Le sénateur breton a lui aussi estimé": another
    target = _same_head(people, head, at, desc)
    if target is not None and not person and target.kind == "person":
        target = None  # ("l'organisation" is no one whose role names an organisation)
    if target is None and head in lex.body_epithets and not person:
        # "le groupe MR du parlement" names its own body: no other one
        if not any(w[:1].isupper() for w in desc.split()[1:]):
            target = _self_named(people, quote) or _body(people, head, at)
    elif target is None and person:
        target = _person(people, head, r.gender, at, desc)
    if target is None:
        return people.unnamed(desc, kind, at)
    target.add_role(at, desc, described=True, weak=not people.is_function(desc))
    return target


def _group(people: "People", desc: str, at: int) -> Optional["Entity"]:
    """« …, ont déclaré ces cinq experts »: a plural description with a
    demonstrative or a definite article is the group the article brought in
    with that noun ("un groupe d'experts de l'ONU"), if there is one."""
    if determiner(people.text, at) not in ("ces", "les"):
        return None
    words = bare_words(desc)
    head = next((w for w in words if not w.isdigit() and w not in _PLURAL), "")
    if not head:
        return None
    for off, e, _ in reversed(people.timeline):
        if off < at and not e.named and head in bare_words(e.name):
            return e
    return None


def _contrasted(text: str, desc: str, at: int) -> bool:
    """``… a lui aussi estimé``: the description is set against the person before."""
    where = text.find(desc, at)
    after = [norm(w) for w in regex.findall(r"[\w'’-]+", text[where + len(desc):where + len(desc) + 60])][:5]
    return where >= 0 and any(tuple(after[k:k + len(p)]) == p for k in range(3) for p in CONTRAST)


def _name_after(people: "People", desc: str, at: int) -> Optional["Entity"]:
    """``l'agence de presse suisse Keystone-ATS``, ``l'attaquant uruguayen
    Darwin Nunez``: a name right after the description (no comma) is whom
    it describes."""
    text = people.text
    where = text.find(desc, at)
    if where < 0:
        return None
    glued = person_tail(desc, people.lex)
    if glued != desc:
        e = people.named(glued, where + len(desc) - len(glued))
        if e is not None:
            e.add_role(where, desc[: len(desc) - len(glued)].strip(), described=True)
        return e
    after = regex.match(r"[ \u00a0]+((?:\p{Lu}[\p{L}\p{N}&.'’\-]*)(?:[ \u00a0]+\p{Lu}[\p{L}\p{N}&.'’\-]*){0,3})",
                        text[where + len(desc):where + len(desc) + 80])
    if after is None:
        return None
    e = people.named(after.group(1), where + len(desc) + after.start(1))
    if e is not None:
        e.add_role(where, desc, described=True)
    return e


def _head(desc: str, people: "People") -> str:
    """The noun the description is about: its first role, epithet or body
    noun, else its first word ("le juriste" after "X, juriste …")."""
    lex = people.lex
    words = bare_words(desc)
    if words and words[0] in lex.bodies and words[0] not in lex.body_epithets:
        return words[0]  # "l'entourage de la ministre": about the entourage
    for low in words:
        if lex.is_role_noun(low) or low in lex.epithets or low in lex.body_epithets:
            return low
    return words[0] if words and words[0].isalpha() else ""


def _same_head(people: "People", head: str, at: int, desc: str = "") -> Optional["Entity"]:
    """The last named entity the text gave a role or type with this noun; for
    a headline, which speaks of people before the article names them ("cet
    ex-champion reconnaît …"), the first the article gives it."""
    if at < people.coref.headline_end:
        for off, e, _ in people.timeline:
            if e.named and e.kind == "person" and _shares(e.roles, head, len(people.text), desc):
                return e
    for off, e, _ in reversed(people.timeline):
        if off < at and e.named and (head in e.types or _shares(e.roles, head, at, desc)):
            return e
    return None


def _shares(roles: list[tuple[int, str]], head: str, before: int, desc: str = "") -> bool:
    """A role with the description's head noun; when the description names
    its office's domain ("le ministre du Redressement productif"), one of
    those words too ("ministre de l'Écologie" is another office)."""
    domain = _domain(desc)
    for at, role in roles:
        if at >= before:
            continue
        words = _words(role)
        if (head in words or norm(role).startswith(head)) and (not domain or domain & set(words)):
            return True
    return False


def _words(phrase: str) -> list[str]:
    return bare_words(phrase.replace("-", " "))


_PREPOSITIONS = ("de", "du", "des", "d", "à", "au", "aux", "pour", "chez", "en")


def _domain(desc: str) -> set[str]:
    """The content words after the first preposition: "du Redressement productif"."""
    words = _words(desc)
    k = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), None)
    if k is None:
        return set()
    return {w for w in words[k + 1:] if w not in _PREPOSITIONS and w not in ("la", "le", "les", "l")}


def _window_start(text: str, at: int) -> int:
    lo = text.rfind("\n", 0, at)
    for _ in range(_PARAGRAPHS_BACK):
        if lo <= 0:
            return 0
        j = lo
        while j > 0 and text[j - 1] in "\n\r ":
            j -= 1
        lo = text.rfind("\n", 0, j)
    return max(0, lo)


def _person(people: "People", head: str, gender: str, at: int, desc: str = "") -> Optional["Entity"]:
    earlier = [(off, e) for off, e, how in people.timeline
               if off < at and e.named and e.kind == "person" and how != "quoted"]
    for off, e in reversed(earlier):
        if _shares(e.roles, head, at, desc):
            return e
    office = head not in people.lex.epithets
    if office and any(_shares(e.roles, head, len(people.text), desc) for e in people.entities.values()):
        return None  # someone else holds that office, named after: not this one
    lo = _window_start(people.text, at)
    if not earlier or earlier[-1][0] < lo:
        return None
    # the person the text was just about, only: when they do not fit, the
    # description is someone else ("… », s'insurge Léa Morel. « … », se
    # défend l'élu" is neither her nor someone named before her)
    e = earlier[-1][1]
    if gender and e.gender and gender != e.gender:
        return None
    if office and e.roles and not _shares(e.roles, head, len(people.text)):
        return None  # (the head alone: "le ministre" is no mayor)
    return e


def _self_named(people: "People", quote: Optional[tuple[int, int]]) -> Optional["Entity"]:
    """« … le Club Nacional annonce le décès de notre joueur … », a indiqué la
    formation: a body names itself in its own statement; the one body its
    quotation names is the speaker."""
    if quote is None:
        return None
    inside = {id(e): e for off, e, _ in people.timeline
              if quote[0] <= off < quote[1] and e.named and e.kind == "organisation"
              and people.lex.names_a_body(e.name.split())}  # ("Dieu" is no body)
    return next(iter(inside.values())) if len(inside) == 1 else None


def _body(people: "People", head: str, at: int) -> Optional["Entity"]:
    """A body's second name: only a noun that fits any body ("le géant",
    "la formation") reaches the body the article is about, the one named
    most often so far (twice at least), outside places ("au Mali")."""
    if not people.lex.body_epithets.get(head, False):
        return None
    places = {id(e) for off, e, _ in people.timeline if _locative(people.text, off)}
    seen = [(off, e) for off, e, _ in people.timeline
            if off < at and e.named and e.kind == "organisation" and id(e) not in places]
    counts: dict[int, int] = {}
    for _, e in seen:
        counts[id(e)] = counts.get(id(e), 0) + 1
    best = max(seen, key=lambda x: (counts[id(x[1])], x[0]), default=None)
    return best[1] if best is not None and counts[id(best[1])] >= 2 else None


def _locative(text: str, off: int) -> bool:
    """``à Kinshasa``, ``en Belgique``: a place, not a body that speaks."""
    before = regex.search(r"([\p{L}]+)\s*$", text[max(0, off - 10):off])
    return bool(before) and norm(before.group(1)) in _LOCATIVE
