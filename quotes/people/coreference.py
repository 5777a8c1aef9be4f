"""Who a mention is: ``M. Kahl`` -> Colin Kahl, ``il`` -> the last fitting source.

Journalistic convention does most of the work: a person is introduced with
the full name, later mentions shorten it.  So a short name is resolved to
the fullest name *introduced before it* that contains all its words (a
later "Wang Xiaohong" never renames an earlier "M. Wang").  Pronouns take
the most recent compatible subject or speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..attribution.cues import Lexicon, norm
from ..text.marks import OPENERS
from .genders import Genders
from .names import after_type
from .resolved import Resolved, folded as _key
from .salience import Salience
from .mentions import (DETERMINERS, NOT_NAMES, TIME_WORDS, Mention, is_capitalised, is_people_name, join_name,
                       mention_at, name_run, owner_of, split_title)
from ..parser.parse import Sentence


@dataclass
class NameOccurrence:
    start: int
    end: int
    words: list[str]
    title: Optional[str]
    sentence: Sentence
    first: int  # index of the first name word in the sentence
    last: int
    #: the words folded, computed once (names are compared with every other)
    key: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.key = _key(self.words)


class Coreference(Salience, Genders):
    """The article's people and bodies; built once per document."""

    def __init__(self, text: str, sents: list[Sentence], lex: Lexicon,
                 quoted: list[tuple[int, int]], headline_end: int = 0,
                 reported: Optional[list[tuple[int, int]]] = None) -> None:
        self.text = text
        #: what sources reported, quoted or not: who is its subject there
        #: ("… que Tizi Ouzou compte 200 stations") is no later pronoun's speaker
        self.reported = sorted(reported or [])
        self.quoted = quoted
        #: a headline names people before the article introduces them
        self.headline_end = headline_end
        self.lex = lex
        self.names: list[NameOccurrence] = []
        self.subjects: list[tuple[int, Mention]] = []
        self.nominals: list[tuple[int, Mention]] = []
        #: (person, role, offset of the name) as ``roles.collect_roles`` finds them
        self.roles: list = []
        for s in sents:
            if not s.parsed:
                self._names_unparsed(s)
                continue
            seen: set[int] = set()
            for w in s.words:
                if w.i in seen or not is_capitalised(w) or lex.is_connective(w.text) or \
                        norm(w.text) in NOT_NAMES or not w.text[:1].isalpha() or \
                        (w.i == 0 and w.upos != "PROPN"):
                    continue
                run = name_run(s, w, lex)
                seen.update(x.i for x in run)
                title, name = split_title(run, lex)
                if name and lex.names_a_body([x.text for x in name]):
                    name = name + _common_tail(s, name[-1].i + 1)  # "Club Nacional de football"
                if name:
                    self.names.append(NameOccurrence(name[0].start, name[-1].end,
                                                     [x.text for x in name], title, s,
                                                     name[0].i, name[-1].i))
            for w in s.words:
                inside_quote = any(a <= w.start < b for a, b in quoted)
                if w.deprel in ("nsubj", "nsubj:pass") and w.upos in ("NOUN", "PROPN") \
                        and not inside_quote and not lex.is_connective(w.text):
                    self.subjects.append((w.start, mention_at(s, w, lex)))
                if (w.upos == "NOUN" or (w.upos == "PROPN" and w.text.islower())) and not inside_quote:
                    self.nominals.append((w.start, mention_at(s, w, lex)))
        # "la Migros": a name the text gives an article is a body's
        self._with_article = self._names_after(("le", "la", "les", "l'"), surface=False)
        # "en Côte d'Ivoire", "au Burkina Faso": a place ("à" also names the
        # person spoken to: "a demandé à Rudi Vervoort")
        self._places = self._names_after(("en", "au", "aux"), surface=True)

    def _names_unparsed(self, s: Sentence) -> None:
        """Names in a sentence that was only tokenised: runs of capitalised words
        (two or more, or one after a title), so full names are still known."""
        words = s.words
        k = 0
        while k < len(words):
            if not (words[k].text[:1].isupper() and words[k].text[:1].isalpha()):
                k += 1
                continue
            j = k
            while j + 1 < len(words) and words[j + 1].text[:1].isupper() and words[j + 1].text[:1].isalpha():
                j += 1
            run = words[k:j + 1]
            # "Le Français Giovanni Mpetshi Perricard a créé …": the capital of
            # the sentence's first word, and a nationality, open no name
            while len(run) > 2 and (norm(run[0].text) in DETERMINERS or norm(run[0].text) in self.lex.demonyms):
                run.pop(0)
            titles = []
            while run and self.lex.is_title(run[0].text):
                titles.append(run.pop(0))
            if k > 0 and self.lex.is_title(words[k - 1].text):
                titles.append(words[k - 1])
            opens = run and (run[0].i > 0 or norm(run[0].text) in self.lex.first_names)
            if run and (len(run) >= 2 and opens or titles):
                title = " ".join(w.text for w in titles) or None
                self.names.append(NameOccurrence(run[0].start, run[-1].end, [w.text for w in run],
                                                 title, s, run[0].i, run[-1].i))
                before = words[:run[0].i]
                if all(norm(w.text) in DETERMINERS or self.lex.is_title(w.text)
                       or self.lex.is_role_noun(w.text) or norm(w.text) in self.lex.demonyms
                       for w in before) or (
                        # "Ancienne enseignante, Marie Lefèvre préside …"
                        len(before) <= 5 and before and before[-1].text == ","
                        and any(self.lex.is_role_noun(w.text) for w in before)):
                    # "Le préfet Jean Morel a visité …", unparsed: a name that
                    # opens its sentence is its subject, a pronoun's antecedent
                    self.subjects.append((run[0].start, Mention(s, run[0], run, "name",
                                                                name=[w.text for w in run],
                                                                title=title)))
            k = j + 1

    # -- names -------------------------------------------------------------
    def full_name(self, words: list[str], before: int) -> list[str]:
        """Fullest name introduced up to ``before`` that contains ``words``
        (anywhere in the article for a name in the headline)."""
        want = _key(words)
        best = words
        if before < self.headline_end:
            before = len(self.text)
        # "la Migros": a name the text gives an article is a body's, and a
        # name that adds words before it ("Playmobil Migros") is another's
        body = tuple(want) in self._with_article
        for occ in self.names:
            if occ.start > before:
                break
            have = occ.key
            # (past its article: "L'ONG Human Rights Watch" goes on from "l'ONG")
            bare = [w.split("'", 1)[-1] for w in have if w not in ("l'", "le", "la", "les")]
            if len(have) > len(best) and all(w in have or w in bare for w in want) and \
                    not (body and bare[:len(want)] != want and not after_type(tuple(bare), tuple(want), self.lex)):
                best = occ.words
        return best

    def _names_after(self, words: tuple[str, ...], surface: bool) -> set[tuple[str, ...]]:
        """The names the text puts right after one of ``words`` (``surface``:
        as written, so that "au" is not the parser's "à le")."""
        out = set()
        for occ in self.names:
            if occ.title or occ.first == 0:
                continue
            prev = occ.sentence.words[occ.first - 1]
            if norm(self.text[prev.start:prev.end] if surface else prev.text) in words:
                out.add(tuple(occ.key))
        return out

    # -- any mention ---------------------------------------------------------
    def resolve(self, m: Optional[Mention], speakers: list[tuple[int, Resolved]]) -> Resolved:
        if m is None:
            return Resolved(None, "unknown")
        if m.kind == "group":
            parts = [self.resolve(p, speakers) for p in m.parts]
            names = [p.speaker for p in parts if p.speaker]
            if any(p.kind == "nominal" and not is_capitalised(p.head) and not self.lex.is_agent_noun(p.head.text)
                   for p in m.parts):
                return Resolved(None, "unknown")  # "la mort de X et l'arrivée de Y": no one speaks
            if names and any(p.kind != "name" for p in m.parts):
                # "l'opposition de gauche et du centre": as the text words it
                words = [w for w in m.words]
                while words and norm(words[0].text) in DETERMINERS:
                    words = words[1:]
                if words:
                    return Resolved(self.text[words[0].start:words[-1].end], "body", number="p",
                                    at=m.start)
            return Resolved(" et ".join(names) if names else None, "body", number="p")
        if m.kind == "name":
            if is_people_name(m, self.lex):
                # "a réagi le Lyonnais de 21 ans": a people's name for a person
                r = self._epithet_of(m, speakers)
                if r is not None:
                    return r
            full = self.full_name(m.name or [], m.start)
            kind = "person" if (len(full) > 1 or m.title) else "body"
            if kind == "person" and not m.title and self.lex.names_a_body(full) \
                    and norm(full[0]) not in self.lex.first_names:
                kind = "body"
            if kind == "body" and self._is_person_name(full, m.start):
                kind = "person"
            if kind == "person" and not m.title and full[0] in ("Le", "La", "Les", "L'", "L’"):
                kind = "body"  # "Le PS", "Le Temps": a name with its article ("Marine Le Pen" opens on her given name)
            if kind == "person" and not m.title and tuple(_key(full)) in self._places \
                    and norm(full[0]) not in self.lex.first_names:
                kind = "body"  # "en Côte d'Ivoire", "au Burkina Faso": a place
            gender = m.gender or self._gender_of(full, m.start) or _det_gender(m)
            number = "p" if _plural_det(m) else "s"
            return Resolved(join_name(full), kind, gender, number, at=m.start)
        if m.kind in ("pronoun", "context"):
            return self._antecedent(m, speakers, recent=m.kind == "context")
        # nominal: a document of a body ("un communiqué du Pentagone")
        s, h = m.sentence, m.head
        if norm(h.text) in ("dernier", "dernière") and _demonstrative(m):
            return self._last_named(m)
        # a tagger that reads "bref" as the noun leaves "communiqué" as its amod
        nucleus = [h] + [c for c in s.children(h.i) if c.deprel == "amod"]
        said = any(norm(w.lemma or w.text) in self.lex.source_nouns or norm(w.text) in self.lex.source_nouns
                   for w in nucleus)
        if said:
            for c in s.children(h.i):
                if owner_of(s, c):
                    sub = mention_at(s, c, self.lex)
                    return self.resolve(sub, speakers)
            for c in s.children(h.i):
                if c.deprel.startswith("acl"):
                    # "une enquête publiée en juin par Le Temps": its author, not its date
                    agents = [s.words[k.head] for k in s.subtree(c.i)
                              if norm(k.text) == "par" and k.deprel == "case" and k.head >= 0]
                    obls = agents + [k for k in s.children(c.i) if k.deprel.startswith("obl")
                                     and k.upos in ("PROPN", "NOUN") and norm(k.text) not in TIME_WORDS]
                    if obls:
                        return self.resolve(mention_at(s, obls[0], self.lex), speakers)
            if any(norm(c.text) in _POSSESSIVES for c in s.children(h.i) if c.deprel == "det"):
                # "dans son allocution", "ses propos": its owner, as a pronoun would
                return self._antecedent(Mention(s, h, [h], "pronoun"), speakers)
        if not is_capitalised(h) and not said and (not self.lex.is_agent_noun(h.text)
                                                    or norm(h.text) in TIME_WORDS):
            # "la première inquiétude des magistrats", "le taux de chômage": no one speaks
            return Resolved(None, "unknown")
        if said and not is_capitalised(h):
            return Resolved(None, "unknown")  # a text whose author the sentence does not give
        named = self._named_in_apposition(m, speakers) or self._name_before_apposition(m)
        if named is not None:
            return named
        if self.lex.is_role_noun(h.text) and _demonstrative(m):
            # "confie cette mère de trois enfants": a demonstrative points back
            # to a person already in the text, like a pronoun of that gender
            r = self._antecedent(m, speakers, people=True)
            if r.speaker:
                return r
        text = self.nominal_text(m)
        person = self._holder_of(text, m) or self._epithet_of(m, speakers)
        if person is not None:
            return person
        # "le ministère" after "le ministère chinois des Affaires étrangères"
        head = norm(h.text)
        best = text
        for off, other in self.nominals:
            if off >= m.start:
                break
            if norm(other.head.text) == head:
                t = self.nominal_text(other)
                if len(t) > len(best) and norm(t).startswith(norm(text)):
                    best = t
        # "le Premier ministre", named or not, is one person: "il" that follows
        # stands for them rather than for someone named further back
        kind = "person" if self.lex.is_role_noun(h.text) and m.number != "p" \
            and not _plural_det(m) else "body"
        return Resolved(best, kind, m.gender, m.number, at=m.start)

    def _named_in_apposition(self, m: Mention, speakers: list[tuple[int, Resolved]]) -> Optional[Resolved]:
        """"reconnaît l'adjoint chargé de l'urbanisme, Emmanuel Grégoire":
        a role followed by a name in apposition is that person (the parser
        often hangs the name on the role's last noun)."""
        s, h = m.sentence, m.head
        if not self.lex.is_role_noun(h.text):
            return None
        for w in s.subtree(h.i):
            if w.deprel == "appos" and w.upos == "PROPN" and w.i > h.i and s.words[w.i - 1].text == ",":
                occ = next((o for o in self.names if o.sentence is s and o.first <= w.i <= o.last), None)
                r = self.resolve(self.mention_of(occ), speakers) if occ is not None else None
                if r is not None and r.kind == "person":
                    return r
        return None

    def _name_before_apposition(self, m: Mention) -> Optional[Resolved]:
        """"Gérard Lambert, un retraité de 74 ans, vit …": a role set off by a
        comma right after a name is that person (the parser may make the role
        the subject and the name a dislocated phrase)."""
        s, h = m.sentence, m.head
        if not (self.lex.is_role_noun(h.text) or norm(h.text) in self.lex.epithets):
            return None
        k = m.words[0].i - 1
        if k >= 0 and norm(s.words[k].text) in DETERMINERS:
            k -= 1
        if k < 1 or s.words[k].text != ",":
            return None
        occ = next((o for o in self.names if o.sentence is s and o.last == k - 1), None)
        if occ is None:
            return None
        r = self.resolve(self.mention_of(occ), [])
        return r if r.kind == "person" else None

    def _epithet_of(self, m: Mention, speakers: list[tuple[int, Resolved]]) -> Optional[Resolved]:
        """"Paulo Fonseca a salué … Le technicien portugais a reconnu …": a
        definite epithet (data ``epithet_nouns.txt``, a role noun with a
        nationality adjective, or a people's name: "le Lyonnais") stands for
        the named person its paragraph was last about (its last subject or
        speaker).  Not when that was someone unnamed or something else, nor
        after "lui aussi", nor for an office the person does not hold: "le
        préfet" after "Macron" is another man, and the epithet stays as it is."""
        s, h = m.sentence, m.head
        first = m.words[0].i
        if first == 0 or norm(s.words[first - 1].text) not in ("le", "la", "l'"):
            return None
        national = self.lex.is_role_noun(h.text) and any(
            c.deprel == "amod" and (norm(c.text) in self.lex.demonyms or
                                    norm(c.text) in self.lex.office_adjectives)
            for c in s.children(h.i))
        people = is_capitalised(h) and norm(h.text) in self.lex.demonyms
        text = self.nominal_text(m)
        offices = self.lex.periphrases.get(norm(text))  # "le chef de l'État"
        if not (national or people or offices or norm(h.text) in self.lex.epithets):
            return None
        if _contrasted(m, self.text):
            return None  # "Le ministre kényan a lui aussi exprimé …": someone else
        if people:
            # "l'Espagnol Carlos Ruiz … a prévenu l'Espagnol": the person the
            # article introduced with that people's name, wherever since
            for occ in reversed(self.names):
                if occ.start < m.start and occ.first > 0 and \
                        norm(occ.sentence.words[occ.first - 1].text) == norm(h.text):
                    r = self.resolve(self.mention_of(occ), [])
                    if r.kind == "person":
                        return Resolved(r.speaker, r.kind, r.gender, r.number, role=h.text)
        lo = self._topic_window(m, speakers)
        cands = [(off, subj) for off, subj in self.subjects
                 if lo <= off < m.start and subj.kind != "pronoun"]
        last: Optional[tuple[int, Resolved]] = None
        if cands:
            off, subj = cands[-1]
            last = (off, self.resolve(subj, []))
        spoke = [(off, r) for off, r in speakers if lo <= off < m.start]
        if spoke and (last is None or spoke[-1][0] > last[0]):
            last = spoke[-1]
        if last is None:
            return None
        r = last[1]
        # the article tells the gender ("l'édile": the tagger's guess, not the text's)
        gender = {"le": "m", "la": "f"}.get(norm(s.words[first - 1].text), "") or \
            self._noun_gender(h.text)
        if r.kind != "person" or not r.speaker or (gender and r.gender and gender != r.gender):
            return None
        if not any(o.key == _key(r.speaker.split()) for o in self.names):
            return None  # the paragraph was about someone unnamed
        if (national and norm(h.text) not in self.lex.epithets) or offices:
            # an office, not a description: only for someone given that office
            # or none ("le président américain" after "Joe Biden"; "le chef de
            # l'État" is a président, not "le préfet Marc Olive")
            theirs = [norm(o.role).split()[0] for o in self.roles if o.person == r.speaker and o.role]
            if theirs and not set(theirs) & (offices or {norm(h.text)}):
                return None
        return Resolved(r.speaker, r.kind, r.gender, r.number, role=text)

    def _topic_window(self, m: Mention, speakers: list[tuple[int, Resolved]]) -> int:
        """Where to look for the person an epithet stands for: its paragraph,
        or the one before when the paragraph opens on the quotation and
        names nobody before the epithet ("« … », a réagi le Lyonnais")."""
        lo = self.text.rfind("\n", 0, m.start) + 1
        opens_on_quote = self.text[lo:m.start].lstrip().startswith(_OPENING_MARKS)
        if lo == 0 or not opens_on_quote or any(lo <= off < m.start for off, _ in self.subjects + speakers):
            return lo
        j = lo - 1
        while j > 0 and self.text[j - 1] == "\n":
            j -= 1
        return self.text.rfind("\n", 0, j) + 1

    @staticmethod
    def mention_of(occ: NameOccurrence) -> Mention:
        words = occ.sentence.words[occ.first:occ.last + 1]
        return Mention(occ.sentence, words[0], words, "name", name=occ.words, title=occ.title)

    def _holder_of(self, text: str, m: Mention) -> Optional[Resolved]:
        """"a insisté le ministre" after "Le ministre des Transports, Clément
        Beaune": a role noun with the definite article stands for the last
        person the article gave that role (the role starts with the words)."""
        if not self.lex.is_role_noun(m.head.text) or not m.words or m.words[0].i == 0 \
                or norm(m.sentence.words[m.words[0].i - 1].text) not in ("le", "la", "l'"):
            return None
        want = norm(text).split()
        for occ in reversed(self.roles):
            if occ.start < m.start and norm(occ.role).split()[:len(want)] == want:
                full = occ.person.split()
                return Resolved(occ.person, "person", self._gender_of(full, occ.start), "s")
        return None

    def nominal_text(self, m: Mention) -> str:
        words = list(m.words)
        # (not the head: "un des prévenus" is one of them)
        while words and words[0] is not m.head and norm(words[0].text) in DETERMINERS:
            words = words[1:]
        if not words:
            return m.text(self.text)
        return self.text[words[0].start:words[-1].end]

    def description_at(self, at: int) -> Optional[str]:
        """The fullest form of the unnamed source described at ``at``: its
        quantity ("plusieurs témoins") and what sets it apart ("deux hommes
        croisés plus loin dans la rue"), else the longest description of the
        article that goes on from its words ("les membres du Conseil" ->
        "membres du Conseil de sécurité des Nations unies")."""
        around = [x for off, x in self.nominals if x.start <= at < x.end]
        if not around:
            return None
        # the innermost: "des anciens détenus", not "les témoignages des anciens détenus"
        m = max(around, key=lambda x: (x.start, -x.end))
        s, h = m.sentence, m.head
        words = list(m.words)
        while words and words[0] is not h and norm(words[0].text) in DETERMINERS:
            words = words[1:]
        if not words:
            return None
        first = words[0].i
        dets = [c for c in s.children(h.i) if c.deprel in ("det", "nummod") and c.i < first]
        if dets and (norm(dets[0].text) in QUANTITIES or dets[0].upos == "NUM") and dets[0].i == first - 1:
            first = dets[0].i
        last = words[-1].i
        for c in s.children(h.i):
            if c.i <= last:
                continue
            # "croisés sur place": a participle that tells which ones (not a
            # relative clause); "en droits humains": a field
            cases = [k for k in s.children(c.i) if k.deprel == "case"]
            field = c.deprel == "nmod" and cases and norm(cases[0].text) == "en"
            part = c.deprel == "acl" and "VerbForm=Part" in c.feats
            if not (field or part) or min(w.i for w in s.subtree(c.i)) != last + 1 \
                    or s.words[last + 1].upos == "PUNCT":
                break  # ("les autorités locales, fraîchement élues": an aside)
            sub = {w.i for w in s.subtree(c.i)}
            end = last + 1
            while end + 1 in sub and s.words[end + 1].text not in (",", ";", ":", "«", "»"):
                end += 1
            last = end
        text = self.text[s.words[first].start:s.words[last].end]
        base = norm(self.nominal_text(m))
        if "Number=Plur" not in h.feats:
            return text  # (one "club" is not every club the article names)
        for off, other in self.nominals:
            t = self.nominal_text(other)
            if len(t) > len(text) and norm(t).startswith(base + " ") and not any(
                    a <= off < b for a, b in self.quoted):
                text = t
        return text










_POSSESSIVES = ("son", "sa", "ses", "leur", "leurs")


def _common_tail(s: Sentence, k: int) -> list:
    """``de football`` after ``Club Nacional``: a body's name goes on with
    its adjectives and ``de`` and a lower-case noun (and its adjectives)."""
    words = s.words
    start = k
    while k < len(words) and words[k].upos == "ADJ" and words[k].text.islower():
        k += 1  # "Confédération africaine de football"
    if k + 1 >= len(words) or norm(words[k].text) not in ("de", "d'") or words[k + 1].upos != "NOUN" \
            or not words[k + 1].text.islower():
        return words[start:k]
    end = k + 2
    while end < len(words) and words[end].upos == "ADJ" and words[end].text.islower():
        end += 1
    return words[start:end]
#: determiners that tell how many are speaking, kept in an unnamed source's description
QUANTITIES = ("plusieurs", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "dix", "quelques")



def _demonstrative(m: Mention) -> bool:
    """``cette mère de trois enfants``, ``ce retraité``: a demonstrative determiner."""
    s = m.sentence
    dets = [w for w in m.words if w.i < m.head.i] + (
        [s.words[m.words[0].i - 1]] if m.words and m.words[0].i > 0 else [])
    return any(norm(w.text) in ("ce", "cet", "cette") and w.upos == "DET" for w in dets)


_OPENING_MARKS = tuple(OPENERS) + ('"',)

#: after a subject, words that set it against the one before: another person
CONTRAST = (("lui", "aussi"), ("elle", "aussi"), ("lui", "non", "plus"), ("elle", "non", "plus"),
            ("de", "son", "côté"), ("pour", "sa", "part"), ("quant", "à", "lui"),
            ("quant", "à", "elle"), ("également",), ("aussi",))


def _contrasted(m: Mention, text: str) -> bool:
    """``Le ministre a lui aussi exprimé …``: the subject is set against the
    person before it (within a few words after it, past an auxiliary).  Read
    in the text: the parser's input leaves such phrases out."""
    after = [norm(w) for w in re.findall(r"[\w'’-]+", text[m.end:m.end + 60])][:5]
    return any(tuple(after[k:k + len(p)]) == p for k in range(3) for p in CONTRAST)


def _det_gender(m: Mention) -> str:
    """``la Chine`` is feminine, ``le Japon`` masculine: what ``elle``/``il`` can take."""
    s = m.sentence
    if m.words and m.words[0].i > 0:
        prev = norm(s.words[m.words[0].i - 1].text)
        return {"la": "f", "le": "m", "du": "m"}.get(prev, "")
    return ""


def _plural_det(m: Mention) -> bool:
    s = m.sentence
    if m.words and m.words[0].i > 0:
        prev = s.words[m.words[0].i - 1]
        return norm(prev.text) in ("les", "des", "aux")
    return False
