"""The article's people and bodies as entities, and every quote's speaker through one.

Attribution and coreference say who spoke *as the text names them at the
quote* (``M. Kahl``, ``il``, ``le syndicaliste``).  Deciding each quote on its
own gave one person three names and left a role given once off the next
quote.  Here the names are gathered first, for the whole article: variants of
one name are one entity (:mod:`.names`), a description links to the entity it
stands for (:mod:`.descriptions`), and the entity carries its canonical name,
kind, gender and every role the text gives it, with where.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


from ..lexicon import Lexicon, norm
from .coreference import QUANTITIES, Coreference, Resolved
from .descriptions import link
from .mentions import DETERMINERS, Mention, join_name
from .names import acronyms, after_type, bare_words, initials, contains, elided, key, person_tail, strip_type, without_time
from .roles import RoleOccurrence, roles_around

KINDS = ("person", "organisation", "group")


@dataclass
class Entity:
    """One person, body or group of the article."""

    name: str
    #: person | organisation | group | "" (not known yet)
    kind: str = ""
    gender: Optional[str] = None
    #: False for an entity known only by a description ("un ancien guide touristique")
    named: bool = True
    #: (offset, role) in text order
    roles: list[tuple[int, str]] = field(default_factory=list)
    #: the descriptions that stood for it ("le géant orange"): a body's only roles
    described: list[tuple[int, str]] = field(default_factory=list)
    #: roles that only describe ("le syndicaliste") or affiliate ("(PS)"):
    #: a function the text gives ("secrétaire général de la FGTB") goes first
    weak: set[tuple[int, str]] = field(default_factory=set)
    #: types the text gives a body ("l'ONG", "le quotidien suisse"), lower case
    types: set[str] = field(default_factory=set)
    id: Optional[str] = None

    def add_role(self, at: int, role: str, described: bool = False, weak: bool = False) -> None:
        role = without_time(role.strip(" ,;:"))
        # "l'entraîneur Cissé": the person's own name is no part of the role
        words = role.split()
        mine = {norm(w) for w in self.name.split()}
        while self.named and len(words) > 1 and norm(words[-1]) in mine:
            words.pop()
        role = " ".join(words)
        if role and not _junk_role(role) and (at, role) not in self.roles:
            self.roles.append((at, role))
            self.roles.sort(key=lambda x: x[0])  # (the text's order among a name's appositions)
            if weak:
                self.weak.add((at, role))
            if described:
                self.described.append((at, role))
                self.described.sort()

    def role_near(self, mention_start: Optional[int], quote_start: int) -> Optional[str]:
        """The role given at the quote's own mention, else the nearest given
        before the quote, else the first after; a bare title or one word
        gives way to the longer role that opens on it ("président" ->
        "président de la cour")."""
        # a body's "roles" from name patterns are misreadings ("la Ligue" is no
        # "président"); the type the text gives it by a description is one
        roles = self.roles if self.kind == "person" else self.described
        if not roles:
            return None
        roles = [r for r in roles if r not in self.weak] or roles
        here = [r for at, r in roles if mention_start is not None and at == mention_start]
        if here:
            return self._fuller(max(here, key=len))
        # a description that stood for the person ("le député de Gouin
        # estime") gives the role of its own quote; the others keep the role
        # the text gave with the name, else the first description
        given = [x for x in roles if x not in self.described] if self.kind == "person" else []
        if given:
            before = [(at, r) for at, r in given if at <= quote_start]
            if before:
                # the first of the roles given with the same mention ("X, ancien
                # maire, accusé de fraude": the function before the charge)
                return self._fuller(next(r for at, r in before if at == before[-1][0]))
            return self._fuller(given[0][1])
        return self._fuller(roles[0][1])

    def _fuller(self, role: str) -> str:
        words = norm(role).split()
        if len(words) > 2 or not self.roles:
            return role
        longer = [r for _, r in self.roles if len(r) > len(role) and norm(r).split()[:len(words)] == words]
        if longer:
            return max(longer, key=len)
        if len(words) == 1 and role.endswith(".") or norm(role) in ("professeur", "docteur", "maître"):
            others = [r for _, r in self.roles if r != role]
            if others:
                return others[-1]
        return role


def _junk_role(role: str) -> bool:
    """A fragment the role patterns catch on a misparse ("locataires d'après M.")."""
    low = norm(role)
    return any(w in low.split() for w in ("d'après", "selon")) or low.endswith((" m.", " mme")) \
        or not any(c.isalpha() for c in role)


class People:
    """The entities of one article; built once per document."""

    def __init__(self, text: str, coref: Coreference, roles: list[RoleOccurrence], lex: Lexicon,
                 quoted: list[tuple[int, int]]) -> None:
        self.text = text
        self.coref = coref
        self.lex = lex
        self.quoted = quoted
        self.expansions = acronyms(text)
        #: capitalised words that opened a sentence or a quotation before a
        #: name the article gives without them ("« Merci Aliou Cissé …")
        self.openers = self._openers()
        #: every name of the article: (key, offset, person-like)
        self.keys: list[tuple[tuple[str, ...], int, bool]] = []
        #: each name as the article spells it, cleaned, and its key (computed once)
        self.spelt: list[tuple[str, tuple[str, ...]]] = []
        for occ in coref.names:
            name = self._clean(join_name(occ.words))
            k = key(name)
            self.spelt.append((name, k))
            if k:
                self.keys.append((k, occ.start, bool(occ.title) or self._given(name)))
        for k, expansion in self.expansions.items():
            start = text.find(expansion)
            self.keys.append((key(_no_det(expansion)), max(0, start), False))
        self.entities: dict[tuple[str, ...], Entity] = {}
        self.timeline: list[tuple[int, Entity, str]] = []  # (offset, entity, how)
        self._next_id = 1
        for r in roles + self._glued_roles():
            e = self.named(r.person, r.start)
            if e is not None:
                # "la CAF, l'instance dirigeante du continent": a body's type is its role
                e.add_role(r.start, r.role, weak=not self.is_function(r.role), described=self._body_type(r.role))
        self._name_timeline()

    def _body_type(self, role: str) -> bool:
        """A role that opens on a body's type ("l'instance dirigeante …")."""
        words = bare_words(role)
        return bool(words) and self.lex.is_body_noun(words[0])

    def is_function(self, role: str) -> bool:
        """A role that names a function ("porte-parole du parti", "juriste"),
        not only an affiliation ("PS", "Al Jazeera") or a second name
        ("syndicaliste", "la spécialiste": an epithet alone)."""
        words = bare_words(role)
        nouns = [w for w in words if self.lex.is_role_noun(w) or w in self.lex.epithets]
        if not nouns:
            return False
        return len(words) > 1 and any(w in ("de", "du", "des", "d", "à", "au", "aux", "pour", "chez")
                                      for w in words) or any(w not in self.lex.epithets for w in nouns)

    # -- names ----------------------------------------------------------------
    def _clean(self, name: str) -> str:
        words = name.split()
        if len(words) >= 3 and norm(words[0]) in self.openers:
            name = " ".join(words[1:])
        return person_tail(strip_type(name, self.lex), self.lex)

    def _glued_roles(self) -> list[RoleOccurrence]:
        """"le ministre fédéral de l'Intérieur Jan Jambon": the name run took
        the portfolio, so the role before it is read again from where the
        person's name really starts."""
        out = []
        for occ in self.coref.names:
            name = join_name(occ.words)
            tail = person_tail(name, self.lex)
            cut = len(name.split()) - len(tail.split())
            if cut <= 0 or not occ.sentence.parsed:
                continue
            s, first = occ.sentence, occ.first + cut
            for a, b in roles_around(s, first, occ.last, self.lex):
                out.append(RoleOccurrence(tail, self.text[a:b], s.words[first].start, occ.end))
        return out

    def _openers(self) -> set[str]:
        """A capital at the start of a sentence or a quotation is no proof of a
        name: its word is left out when the rest is a name found elsewhere."""
        keys = {key(join_name(o.words)) for o in self.coref.names}
        out = set()
        for occ in self.coref.names:
            s = occ.sentence
            if len(occ.words) < 3 or norm(occ.words[0]) in self.lex.first_names:
                continue
            starts = occ.first == 0 or s.words[occ.first - 1].text in ('"', "«", "“", "(", ":")
            if starts and key(join_name(occ.words[1:])) in keys:
                out.add(norm(occ.words[0]))
        return out

    def _given(self, name: str) -> bool:
        first = name.split()[0] if name.split() else ""
        return len(name.split()) >= 2 and norm(first.split("-")[0]) in self.lex.first_names

    def canonical(self, name: str, at: int, body: bool = False) -> tuple[str, ...]:
        """The fullest name of the article that this one shortens: all its
        words in a person's name (``Kahl`` -> ``Colin Kahl``, ``William`` ->
        ``William d'Hoore``), or its first words for a body (``Europe
        Écologie`` -> ``Europe Écologie Les Verts``; ``Migros`` is not
        ``Playmobil Migros``); an acronym spelt out in brackets -> its
        expansion.  Only a name introduced before counts (a later "Wang
        Xiaohong" is someone else than an earlier "M. Wang"), but for the
        headline, which names people before the article introduces them."""
        k = key(self._clean(name))
        if k in self.expansions:
            return key(_no_det(self.expansions[k]))
        by_initials = self._person_of_initials(name)
        if by_initials is not None:
            return by_initials
        best: Optional[tuple] = None
        for other, off, person in self.keys:
            if len(other) <= len(k) or not contains(other, k) or (off > at and at >= self.coref.headline_end):
                continue
            fits = other[:len(k)] == k or (person and not body) or \
                (not body and other[-len(k):] == k and len(other) <= 4) or after_type(other, k, self.lex)
            if not fits:
                continue
            rank = (len(other), person, -abs(at - off))
            if best is None or rank > best[0]:
                best = (rank, other)
        return best[1] if best else k

    def _person_of_initials(self, name: str) -> Optional[tuple[str, ...]]:
        """"GND" for Gabriel Nadeau-Dubois, "DSK": French news names a
        well-known person by the initials of the full name it gives."""
        if not (2 <= len(name) <= 4 and name.isupper() and name.isalpha()):
            return None
        found = {other for other, _, person in self.keys
                 if person and len(other) >= 2 and initials(list(other)) == name}
        return found.pop() if len(found) == 1 else None

    def named(self, name: str, at: int, body: bool = False) -> Optional[Entity]:
        k = self.canonical(name, at, body)
        if not k:
            return None
        e = self.entities.get(k)
        if e is None:
            e = Entity(self._spelling(k, name))
            self.entities[k] = e
        return e

    def _spelling(self, k: tuple[str, ...], fallback: str) -> str:
        """The canonical key as the article spells it."""
        for expansion in self.expansions.values():
            if key(_no_det(expansion)) == k:
                return _no_det(expansion)
        for name, nk in self.spelt:
            if nk == k:
                return name
        return self._clean(fallback)

    def _name_timeline(self) -> None:
        """Where each named entity is mentioned outside quotation marks, and its
        kind as coreference reads it: what descriptions link back to."""
        persons: set[int] = set()
        bodies: dict[int, Entity] = {}
        for occ in self.coref.names:
            # a body names itself in its own statement ("« … le Club Nacional
            # annonce … », a indiqué la formation"): kept for bodies only
            quoted = any(a <= occ.start < b for a, b in self.quoted)
            r = self.coref.resolve(self.coref.mention_of(occ), [])
            if not r.speaker:
                continue
            # a body's short name is its own ("Migros" is not "Playmobil Migros")
            e = self.named(r.speaker if r.kind == "person" else _own(join_name(occ.words), r.speaker),
                           occ.start, r.kind == "body")
            if e is None or (quoted and r.kind == "person"):
                continue
            if not e.kind:
                e.kind = "person" if r.kind == "person" else "organisation"
            if e.gender is None and r.kind == "person" and r.gender:
                e.gender = r.gender
            self.timeline.append((occ.start, e, "quoted" if quoted else "name"))
            own = self._clean(join_name(occ.words))
            if occ.title or norm(own.split()[0].split("-")[0]) in self.lex.first_names:
                persons.add(id(e))
            elif own == join_name(occ.words) and _body_context(occ):
                bodies[id(e)] = e
            prefix = self._type_prefix(r.speaker)
            if prefix:
                e.types.add(prefix)
        for e in self.entities.values():
            if e.types and id(e) not in persons:
                bodies[id(e)] = e  # "l'ONG Human Rights Watch": the text gave its type
        for key_, e in bodies.items():
            if key_ not in persons:
                e.kind, e.gender = "organisation", None
        for e in self.entities.values():
            if id(e) in persons:
                e.kind = "person"  # "Montebourg" in the headline, "Arnaud Montebourg" after
        self.timeline.sort(key=lambda x: x[0])

    def _type_prefix(self, name: str) -> str:
        """``L'ONG Human Rights Watch`` -> "ong"; ``Club Nacional`` -> "club"."""
        stripped = strip_type(name, self.lex)
        if stripped != name:
            head = name[: len(name) - len(stripped)].split()
            return norm(elided(head[-1])) if head else ""
        first = norm(name.split()[0]) if name.split() else ""
        return first if first in self.lex.body_epithets else ""

    # -- quotes ---------------------------------------------------------------
    def speaker(self, r: Resolved, mention: Optional[Mention], at: int,
                end: Optional[int] = None) -> tuple[Optional[Entity], str]:
        """The entity a resolved source stands for, and how it was found."""
        kind = mention.kind if mention is not None else None
        via = {"name": "name", "group": "name", "pronoun": "pronoun", "nominal": "description",
               "context": "context", None: "context"}.get(kind, "context")
        if not r.speaker:
            return None, via
        where = r.at if r.at is not None else at
        if kind == "nominal" and r.kind != "person" and self.lex.is_role_noun(mention.head.text) \
                and not self._body_type(self.coref.nominal_text(mention)):
            # "répond le magistrat" read as the body in its complement ("la
            # Cour"): the description is a person's first
            desc = Resolved(self.coref.nominal_text(mention), "person", mention.gender,
                            mention.number, at=mention.start)
            e = link(self, desc, mention.start)
            if e is not None and e.named:
                return self._spoke(e, desc, where, at), via
        if r.kind in ("person", "body") and _is_name(r.speaker):
            own = _own(join_name(mention.name), r.speaker) if kind == "name" and r.kind == "body" \
                and mention.name else r.speaker
            e = self.named(own, where, r.kind == "body")
            if e is not None and kind == "nominal" and r.kind == "person" and not r.role \
                    and self.lex.is_role_noun(mention.head.text):
                # "Le ministre du Redressement productif a déclaré" standing
                # for Arnaud Montebourg: the description is his role there
                desc = self.coref.nominal_text(mention)
                e.add_role(mention.start, desc, described=True, weak=not self.is_function(desc))
        else:
            e = link(self, r, where, (at, end) if end is not None else None)
        if e is None:
            return None, via
        return self._spoke(e, r, where, at), via

    def _spoke(self, e: Entity, r: Resolved, where: int, at: int) -> Entity:
        if not e.kind:
            e.kind = "group" if r.number == "p" else ("person" if r.kind == "person" else "organisation")
        if e.kind == "person" and e.gender is None and r.gender:
            e.gender = r.gender
        if r.role:
            e.add_role(where, r.role, weak=not self.is_function(r.role))
        if e.id is None:
            e.id = f"e{self._next_id}"
            self._next_id += 1
        self.timeline.append((at, e, "speaker"))
        self.timeline.sort(key=lambda x: x[0])
        return e

    def unnamed(self, description: str, kind: str, at: Optional[int] = None) -> Entity:
        """Someone the article never names, known by its description (the
        fullest the article gives: see ``Coreference.description_at``)."""
        k = ("~",) + key(description)
        e = self.entities.get(k)
        if e is None:
            full = self.coref.description_at(at) if at is not None else None
            if not full or norm(description) not in norm(full):
                full = description
            e = Entity(full, kind=kind, named=False)
            self.entities[k] = e
        return e


_GROUP_NOUNS_BEFORE_DE = ("membres", "militants", "combattants", "islamistes", "dirigeants", "élus",
                          "salariés", "joueurs", "supporters", "responsables", "représentants")


def _own(name: str, fuller: str) -> str:
    """A body's short name stays its own when the fuller one only adds words
    in front ("Migros" is not "Playmobil Migros"); "ONG" is "l'ONG Human
    Rights Watch" shortened."""
    short, long_ = key(name), key(fuller)
    return name if len(long_) > len(short) and long_[-len(short):] == short else fuller


def _body_context(occ) -> bool:
    """A name read as a body's where the text uses it so: after an article
    ("la Migros", "le Nacional": French gives a person's name none) or as
    the group members belong to ("les membres d'Ansar Eddine")."""
    s, k = occ.sentence, occ.first
    prev = norm(s.words[k - 1].text) if k > 0 else ""
    if prev in ("le", "la", "les", "l'", "du", "au", "aux", "des"):
        return True
    return prev in ("de", "d'") and k > 1 and norm(s.words[k - 2].text) in _GROUP_NOUNS_BEFORE_DE


def _no_det(name: str) -> str:
    words = name.split()
    while words and norm(words[0]) in ("le", "la", "les"):
        words = words[1:]
    if words and norm(words[0]).startswith("l'") and len(words[0]) > 2:
        words[0] = words[0][2:]
    return " ".join(words)


def _is_name(s: str) -> bool:
    """A proper name, not a description: it opens on a capital (after an
    elided article) and is not a sentence-initial common noun."""
    words = s.split()
    first = elided(words[0]) if words else ""
    if len(words) > 1 and (norm(first) in QUANTITIES or norm(first) in DETERMINERS) \
            and not words[1][:1].isupper():
        return False  # "Deux femmes rencontrées …" opening a sentence ("Le Temps" is a name)
    return first[:1].isupper() or first[:1].isdigit()
