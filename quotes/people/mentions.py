"""Noun phrases that can be a source: names, pronouns, role and body phrases.

Attribution finds *which word* is the speaker; this module turns that word
into a ``Mention`` (what the text says, with offsets), which coreference
then resolves to the fullest name in the article.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import regex

from ..attribution.cues import CONTRACTIONS, Lexicon, norm
from ..parser.parse import Sentence, Word

PRONOUNS = {"il": ("m", "s"), "elle": ("f", "s"), "ils": ("m", "p"), "elles": ("f", "p"),
            "-il": ("m", "s"), "-elle": ("f", "s"), "-ils": ("m", "p"), "-elles": ("f", "p"),
            "-t-il": ("m", "s"), "-t-elle": ("f", "s"), "-t-ils": ("m", "p"),
            "-t-elles": ("f", "p"), "celui-ci": ("m", "s"), "celle-ci": ("f", "s")}
DETERMINERS = {"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet",
               "cette", "ces", "son", "sa", "ses", "leur", "leurs", "au", "aux"}
#: function words that a capital (after a quotation mark) does not make a name.
NOT_NAMES = {"le", "la", "les", "l'", "un", "une", "des", "du", "de", "je", "j'", "tu", "il", "elle",
             "nous", "vous", "ils", "elles", "on", "ce", "cet", "cette", "ces", "c'", "mon", "ma",
             "mes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "si",
             "et", "ou", "mais", "ni", "car", "que", "qu'", "qui", "quand", "comme", "en", "au",
             "aux", "à", "y", "ne", "n'", "pas", "plus", "très", "tout", "tous", "toutes"}
#: words that look like a name start but name a date or a time.
TIME_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
              "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre", "hier", "aujourd'hui",
              "demain", "soir", "matin", "midi", "dernier", "dernière", "prochain",
              "semaine", "mois", "année", "jour", "lors"}


@dataclass
class Mention:
    sentence: Sentence
    head: Word
    words: list[Word]  # the core words, text order
    kind: str  # name | pronoun | nominal | group | context (no word of its own: "Et d'ajouter")
    name: Optional[list[str]] = None  # the person name words, titles removed
    title: Optional[str] = None  # "M.", "Mme", "le général"
    gender: str = ""
    number: str = "s"
    parts: list["Mention"] = field(default_factory=list)  # for coordinated sources

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end

    def text(self, source: str) -> str:
        return source[self.start:self.end]


def is_capitalised(w: Word) -> bool:
    t = w.text
    return bool(t) and t[0].isupper() and any(c.isalpha() for c in t)


def _feat(w: Word, key: str) -> str:
    for part in (w.feats or "").split("|"):
        if part.startswith(key + "="):
            return part.split("=", 1)[1]
    return ""


#: capitalised particles inside a surname ("Marine Le Pen", "Kevin De Bruyne");
#: lower-case "de" is handled apart ("Charles de Gaulle")
SURNAME_PARTICLES = {"Le", "La", "De", "Du", "Des", "Di", "Da", "Del", "Della", "Van", "Von",
                     "Dos", "Den", "Ter", "Mac"}


#: lower-case particles inside a foreign surname ("Ursula von der Leyen",
#: "Mohammed ben Salmane"); up to two in a row, a capitalised word after them
LOWER_PARTICLES = {"von", "van", "der", "den", "ten", "ter", "zu", "ben", "bin", "ibn", "bint",
                   "abou", "abu", "da", "di", "dos", "das", "del", "della"}
#: an Arabic article glued to the name it opens ("Majed al-Ansari", "el-Sissi")
_ARTICLE_NAME = regex.compile(r"^(?:al|el|ad|ar|as|at|an|ash|ech|ed|er|es)-\p{Lu}")

#: articles that open a name when capitalised inside a sentence ("Le Monde")
NAME_ARTICLES = ("Le", "La", "Les", "L'", "L’")


def _name_word(w: Word) -> bool:
    """A word of a name: capitalised, or a particle inside it ("von", "d'")."""
    return is_capitalised(w) or w.text in LOWER_PARTICLES or norm(w.text) == "d'"


def _acronym(t: str) -> bool:
    return len(t) >= 2 and t.isupper() and t.replace("-", "").isalpha()


def name_run(s: Sentence, w: Word, lex: Lexicon) -> list[Word]:
    """The contiguous run of capitalised name words around ``w`` (titles kept)."""
    def namey(x: Word) -> bool:
        # French capitalises names, not common nouns: inside a sentence a
        # capital is the evidence, whatever the tagger said
        low = norm(x.text)
        if x.i > 0 and _ARTICLE_NAME.match(x.text):
            return True
        if low in TIME_WORDS or not is_capitalised(x) or lex.is_connective(x.text) \
                or low in NOT_NAMES or not x.text[:1].isalpha():
            return False
        return x.i > 0 or x.upos in ("PROPN", "X", "")
    if not namey(w) and not lex.is_title(w.text):
        return [w]
    a = b = w.i
    while a - 1 >= 0:
        if (namey(s.words[a - 1]) or lex.is_title(s.words[a - 1].text)) \
                and s.words[a - 1].end <= s.words[a].start:
            a -= 1
        elif a - 2 >= 0 and s.words[a - 1].text in SURNAME_PARTICLES and \
                (namey(s.words[a - 2]) or lex.is_title(s.words[a - 2].text)):
            a -= 2  # "M. De Zerbi"
        else:
            break
    while b + 1 < len(s.words) and s.words[b + 1].i > 0:
        if namey(s.words[b + 1]):
            b += 1
        elif s.words[b + 1].text in SURNAME_PARTICLES and b + 2 < len(s.words) and namey(s.words[b + 2]):
            b += 2  # "Bruno Le Maire", "Roberto De Zerbi"
        elif s.words[b + 1].text in LOWER_PARTICLES and is_capitalised(s.words[b]):
            k = b + 1
            while k < len(s.words) and k < b + 3 and s.words[k].text in LOWER_PARTICLES:
                k += 1
            if k < len(s.words) and namey(s.words[k]):
                b = k  # "Ursula von der Leyen", "Mohammed ben Salmane"
            else:
                break
        else:
            break
    # "William d'Hoore", "Valéry d'Estaing": a glued "d'" after a given name
    # opens the surname ("Katrine Yu d'Al Jazeera" names her employer)
    if all(lex.is_title(x.text) for x in s.words[a:b]) and b + 2 < len(s.words) \
            and norm(s.words[b + 1].text) == "d'" \
            and norm(s.words[b].text) in lex.first_names and is_capitalised(s.words[b + 2]) \
            and s.words[b + 1].end == s.words[b + 2].start:
        b += 2
    # "le Français Arthur Fils": a nationality noun is not part of the name
    if b - a >= 2 and a > 0 and norm(s.words[a - 1].text) in ("le", "la", "l'", "les") \
            and norm(s.words[a].text) in lex.demonyms:
        a += 1
    # "Olympique de Marseille", "Banque de France", "Charles de Gaulle": one
    # name word, "de", one name word; not "le PSG de Luis Enrique"
    if a == b and b + 2 < len(s.words) and s.words[b + 1].text in ("de", "d'", "du"):
        k = b + 2
        if s.words[k].start == s.words[b + 1].start and k + 1 < len(s.words):
            k += 1  # "du" read as "de" + "le": "La Voix du Nord"
        if namey(s.words[k]) and not (k + 1 < len(s.words) and namey(s.words[k + 1])):
            b = k
    # "a rapporté La Voix du Nord", "selon Le Monde": a capitalised article
    # inside the sentence belongs to the name it opens
    if a > 1 and s.words[a - 1].text in NAME_ARTICLES:
        a -= 1
    return s.words[a:b + 1]


def split_title(run: list[Word], lex: Lexicon) -> tuple[Optional[str], list[Word]]:
    """``M. Kahl`` -> ("M.", [Kahl]); titles go to the role, not the name."""
    # everything up to the last title word is title: "Premier ministre Jean Morel"
    last = max((k for k, w in enumerate(run[:-1]) if lex.is_title(w.text)), default=-1)
    title_words, rest = list(run[:last + 1]), list(run[last + 1:])
    # "le sénateur LR Bruno Retailleau", "le député Renaissance Sabrina
    # Agresti-Roubache": a party's acronym or name right before a given name
    # goes with the title (a surname in capitals comes after the given name)
    while len(rest) >= 3 and norm(rest[1].text) in lex.first_names and (
            (_acronym(rest[0].text) and not any(_acronym(x.text) for x in rest[1:]))
            or (rest[0].text[1:].islower() and norm(rest[0].text) not in lex.first_names)):
        title_words.append(rest.pop(0))
    title = " ".join(w.text for w in title_words) or None
    return title, rest


def _gender_of_title(title: Optional[str], lex: Lexicon) -> str:
    if not title:
        return ""
    first = title.split()[0]
    return lex.titles.get(first, lex.titles.get(norm(first), ""))


def _core_nominal(s: Sentence, h: Word) -> list[Word]:
    """Head noun with its adjectives and `de X` complements: ``ministère chinois
    des Affaires étrangères`` (not the relative clauses, not `à Pékin`)."""
    keep = {h.i}
    frontier = [h]
    while frontier:
        x = frontier.pop()
        for c in s.children(x.i):
            rel = c.deprel.split(":")[0]
            if rel in ("amod", "flat", "compound", "fixed", "nummod") or c.deprel == "flat:name":
                keep.add(c.i)
                frontier.append(c)
            elif rel == "nmod":
                cases = [k for k in s.children(c.i) if k.deprel == "case"]
                if cases and norm(cases[0].text) in ("de", "du", "des", "d'") and c.i > x.i:
                    keep.add(c.i)
                    frontier.append(c)
            elif rel == "case" and x is not h:
                keep.add(c.i)
            elif rel == "det" and x is not h:
                keep.add(c.i)
    words = [w for w in s.words if w.i in keep]
    # contiguous stretch only (parse errors can reach far)
    out = []
    for w in words:
        if out and w.i != out[-1].i + 1:
            if w.i > h.i:
                break
            out = []
        out.append(w)
    while out and (out[-1].upos == "PUNCT" or norm(out[-1].text) in DETERMINERS):
        out.pop()
    out = out or [h]
    return _extend_right(s, out)


def _extend_right(s: Sentence, out: list[Word]) -> list[Word]:
    """Read on linearly where the parse stopped short: adjectives and
    ``de (la) Nom`` complements (``ministère chinois des Affaires étrangères``)."""
    words = s.words
    k = out[-1].i + 1
    while k < len(words) and k - out[0].i < 10:
        w = words[k]
        low = norm(w.text)
        ids = {x.i for x in out}
        bare = not any(c.deprel == "case" for c in s.children(w.i))
        if not is_capitalised(w) and (w.upos == "ADJ" or (
                w.head in ids and w.deprel in ("amod", "nmod", "flat") and bare and w.upos == "NOUN")):
            out = out + [w]
            k += 1
            continue
        if low in ("de", "du", "des", "d'") and k + 1 < len(words):
            j = k + 1
            if norm(words[j].text) in ("la", "l'", "le", "les") and j + 1 < len(words):
                j += 1
            if words[j].upos in ("NOUN", "PROPN") or is_capitalised(words[j]):
                out = out + words[k:j + 1]
                k = j + 1
                continue
        break
    return out


def clitic_subject(text: str) -> Optional[str]:
    """The subject pronoun glued to a verb the tokenizer left whole
    ("confie-t-elle" -> "-t-elle"), if any."""
    low = norm(text)
    return next((p for p in sorted(PRONOUNS, key=len, reverse=True)
                 if p.startswith("-") and low.endswith(p) and len(low) > len(p)), None)


def mention_at(s: Sentence, h: Word, lex: Lexicon) -> Mention:
    """The source mention whose head is ``h``."""
    low = norm(h.text)
    clitic = clitic_subject(h.text)
    if clitic is not None:
        g, n = PRONOUNS[clitic]
        return Mention(s, h, [h], "pronoun", gender=g, number=n)
    if low in PRONOUNS or (h.upos == "PRON" and not _one_of(s, h)):
        g, n = PRONOUNS.get(low, ("", "s"))
        return Mention(s, h, [h], "pronoun", gender=g, number=n)
    # coordinated sources: "la Chine et les États-Unis"
    conj = [c for c in s.children(h.i) if c.deprel == "conj" and c.upos in ("PROPN", "NOUN")
            and any(k.deprel == "cc" and norm(k.text) == "et" for k in s.children(c.i))
            and not lex.is_role_noun(c.text)]
    if conj and h.upos in ("PROPN", "NOUN"):
        parts = [_single(s, h, lex)] + [_single(s, c, lex) for c in conj]
        words = sorted({w.i: w for p in parts for w in p.words}.values(), key=lambda w: w.i)
        return Mention(s, h, words, "group", number="p", parts=parts)
    return _single(s, h, lex)


def _one_of(s: Sentence, h: Word) -> bool:
    """"l'un des prévenus", "l'une des victimes": one of a group, not a
    pronoun that points back to someone named."""
    return norm(h.text) in ("un", "une") and any(owner_of(s, c) for c in s.children(h.i))


def _after_de(s: Sentence, k: int) -> Optional[int]:
    """Index of the word after ``de`` (``du``/``des``, which the parser splits
    into de + le/les, same characters) at word ``k``; None if no ``de`` there."""
    if k >= len(s.words) or norm(s.words[k].text) not in ("de", "d'"):
        return None
    j = k + 1
    if j < len(s.words) and s.words[j].start == s.words[k].start and norm(s.words[j].text) in ("le", "les"):
        j += 1
    return j


def _de_noun_tail(s: Sentence, k: int, owners: set[int]) -> list[Word]:
    """``de``/``du``/``des`` (or ``de la``, ``de l'``; or ``pour``) then a
    lowercase noun that depends on the name before, from word ``k``: "la Cour
    des comptes", "l'Organisation mondiale de la santé", "l'Union sociale
    pour l'habitat"."""
    j = _after_de(s, k)
    if j is None and k < len(s.words) and norm(s.words[k].text) == "pour":
        j = k + 1
    if j is not None and j < len(s.words) and j == k + 1 and norm(s.words[j].text) in ("la", "l'", "le", "les"):
        j += 1
    if j is not None and j < len(s.words) and s.words[j].upos == "NOUN" \
            and not is_capitalised(s.words[j]) and s.words[j].head in owners:
        # and its adjectives: "la Fondation pour la recherche médicale"
        end = j + 1
        while end < len(s.words) and s.words[end].upos == "ADJ" and s.words[end].head == j \
                and not is_capitalised(s.words[end]):
            end += 1
        return s.words[k:end]
    return []


def _de_name_tail(s: Sentence, k: int) -> list[Word]:
    """``de``/``du`` then capitalised words ("de France", "du Québec"), from word ``k``."""
    j = _after_de(s, k)
    if j is None:
        return []
    end = j
    while end < len(s.words) and is_capitalised(s.words[end]) and s.words[end].upos in ("PROPN", "NOUN", "ADJ"):
        end += 1
    return s.words[k:end] if end > j else []


#: the parser's two words -> the contraction the text has ("de", "les" -> "des")
_CONTRACTED = {parts: c for c, parts in CONTRACTIONS.items()}


def owner_of(s: Sentence, c: Word) -> bool:
    """Whether ``c`` is the ``de X`` complement of its head, the one whose
    statement or document it is ("la réaction de Marine Tondelier", "un
    communiqué du Pentagone"), not its addressee ("une réponse aux syndicats")."""
    return c.deprel.startswith("nmod") and c.upos in ("PROPN", "NOUN") and any(
        k.deprel == "case" and norm(k.text) in ("de", "d'", "du", "des") for k in s.children(c.i))


def is_people_name(m: Mention, lex: Lexicon) -> bool:
    """"le Français", "le Lyonnais": a people's name alone, which stands for
    a person named before (maybe in the sentence before)."""
    return bool(m.name) and len(m.name) == 1 and not m.title and norm(m.name[0]) in lex.demonyms


def join_name(words: list[str]) -> str:
    """A name's words as written: no space after an elided article
    ("Fédération nationale de l'immobilier")."""
    out = ""
    for w in words:
        out += w if not out or out.endswith(("'", "’")) else " " + w
    return out


def _surface(words: list[Word]) -> list[str]:
    """Word texts with contractions put back (de + les -> des)."""
    out: list[str] = []
    for w in words:
        if out and w.start == prev.start and w is not prev:
            out[-1] = _CONTRACTED.get((norm(out[-1]), norm(w.text)), out[-1])
        else:
            out.append(w.text)
        prev = w
    return out


def _single(s: Sentence, h: Word, lex: Lexicon) -> Mention:
    if h.upos == "PROPN" or is_capitalised(h) and h.i > 0 or lex.is_title(h.text):
        run = name_run(s, h, lex)
        title, name = split_title(run, lex)
        nxt = s.words[run[-1].i + 1] if run[-1].i + 1 < len(s.words) else None
        if nxt is not None and (lex.is_title(nxt.text) or lex.is_role_noun(nxt.text)):
            # "le Premier ministre Jean Morel": a capital that opens a title
            person = _name_after(s, nxt.i + 1, lex)
            if person is not None:
                return person
        if name and all(_name_word(w) for w in name):
            if len(name) == 1 and title is None:
                # a body named with adjectives: "l'Union africaine", "la Banque mondiale"
                k = run[-1].i + 1
                while k < len(s.words) and s.words[k].upos == "ADJ" and not is_capitalised(s.words[k]):
                    name.append(s.words[k])
                    run = run + [s.words[k]]
                    k += 1
                if k > run[0].i + 1 and k < len(s.words) and s.words[k].upos == "PROPN" \
                        and is_capitalised(s.words[k]):
                    # "Santé publique France": the name goes on after its adjective
                    name.append(s.words[k])
                    run = run + [s.words[k]]
                    k += 1
                if k == run[-1].i + 1 and run[0].i > 0 and s.words[run[0].i - 1].upos == "DET":
                    # "la Cour des comptes", "le Conseil de sécurité": a body
                    # whose name goes on with a bare "de" + common noun
                    tail = _de_noun_tail(s, k, {w.i for w in run})
                    if tail:
                        run = run + tail
                        # "l'Association des maires de France": and a place
                        j = run[-1].i + 1
                        place = _de_name_tail(s, j)
                        run = run + place
                        return Mention(s, h, run, "name", name=_surface(run), title=title)
            return Mention(s, h, run, "name", name=[w.text for w in name], title=title,
                           gender=_gender_of_title(title, lex))
    # a role or body phrase; a person name may hang inside it (apposition);
    # "l'un des prévenus" is one of a group, no one named before
    if h.upos in ("NOUN", "PROPN") or _one_of(s, h):
        person = _name_inside(s, h, lex)
        if person is None and (lex.is_role_noun(h.text) or lex.is_role_noun(h.lemma or "")):
            person = _name_after(s, h.i + 1, lex)
        if person is not None:
            return person
        words = _core_nominal(s, h)
        gender = {"Masc": "m", "Fem": "f"}.get(_feat(h, "Gender"), "")
        det = [c for c in s.children(h.i) if c.deprel == "det"]
        if det and norm(det[0].text) in ("la",):
            gender = "f"
        elif det and norm(det[0].text) in ("le",):
            gender = "m"
        number = "p" if _feat(h, "Number") == "Plur" else "s"
        return Mention(s, h, words, "nominal", gender=gender, number=number)
    return Mention(s, h, [h], "nominal")


_PREPS = ("de", "du", "des", "d'", "à", "au", "aux", "en", "pour", "par", "sur", "avec", "chez")


def _after_preposition(words: list[Word], k: int) -> bool:
    """``du Pentagone``, ``de la Défense``: a capital there names an institution."""
    prev = norm(words[k - 1].text) if k > 0 else ""
    if prev in _PREPS:
        return True
    return prev in ("la", "le", "l'", "les") and k > 1 and norm(words[k - 2].text) in _PREPS


def _name_after(s: Sentence, k: int, lex: Lexicon) -> Optional[Mention]:
    """``le président américain Joe Biden`` / ``le porte-parole du ministère
    chinois de la Défense, Wu Qian``: a name after a role phrase (a comma, an
    article and a title may come between) is the person the role belongs to;
    a capitalised word after ``de``/``du`` is an affiliation, not the name."""
    words = s.words
    start = k
    affiliation: set[int] = set()  # capitalised words read as "du Bayern Munich"
    while k < len(words) and k - start <= 14:
        w = words[k]
        if w.text == "," or w.upos in ("VERB", "AUX") or w.text in (".", ";", ":", "«", "»", "(", ")"):
            break
        if is_capitalised(w) and not lex.is_connective(w.text):
            # the rest of an institution's name ("du Bayern Munich") is no
            # person's; a given name after it is ("de la FNSEA Arnaud Rousseau")
            rest = w.deprel.startswith("flat") and w.head in affiliation and \
                norm(w.text) not in lex.first_names
            if not (_after_preposition(words, k) or rest):
                break
            affiliation.add(k)
        k += 1
    if k < len(words) and words[k].text == ",":
        k += 1
    found = _name_at(s, k, lex, lower_titles=True)
    if found is None:
        return None
    k, run, title, name = found
    if any(norm(w.text) in ("de", "du", "des", "d'") for w in words[start:run[0].i]):
        # "le représentant du Premier ministre Abiy Ahmed, Mahmoud Drir": the
        # first name belongs to the role's complement, the one set off by a
        # comma after it is the person's
        other = _apposed_name(s, run[-1].i + 1, lex)
        if other is not None:
            return other
    prev = words[run[0].i - 1] if run[0].i > 0 else None
    if title is None and prev is not None and lex.is_title(prev.text):
        title = prev.text
    return Mention(s, words[k], run, "name", name=[w.text for w in name], title=title,
                   gender=_gender_of_title(title, lex))


def _name_at(s: Sentence, k: int, lex: Lexicon, lower_titles: bool
             ) -> Optional[tuple[int, list[Word], Optional[str], list[Word]]]:
    """The full name (or a title and a name) from word ``k``, past an article
    (and a lower-case title: "le général Mark Milley"): where it starts, its
    run, title and name words."""
    words = s.words
    while k < len(words) and (norm(words[k].text) in ("le", "la", "l'") or
                              (lower_titles and lex.is_title(words[k].text) and not is_capitalised(words[k]))):
        k += 1
    if k >= len(words) or not is_capitalised(words[k]) or lex.is_connective(words[k].text):
        return None
    run = name_run(s, words[k], lex)
    title, name = split_title(run, lex)
    if not name or not all(_name_word(w) for w in name) or (len(name) < 2 and title is None):
        return None
    return k, run, title, name


def _apposed_name(s: Sentence, k: int, lex: Lexicon) -> Optional[Mention]:
    """``…, Mahmoud Drir,``: a full name (or a title and a name) set off by a
    comma at word ``k`` and closed by punctuation or the verb."""
    words = s.words
    if k >= len(words) or words[k].text != ",":
        return None
    found = _name_at(s, k + 1, lex, lower_titles=False)
    if found is None:
        return None
    _, run, title, name = found
    end = run[-1].i + 1
    if end < len(words) and words[end].text not in (",", ".", ";", ")", "!") \
            and words[end].upos not in ("VERB", "AUX"):
        return None
    return Mention(s, run[0], run, "name", name=[w.text for w in name], title=title,
                   gender=_gender_of_title(title, lex))


def _name_inside(s: Sentence, h: Word, lex: Lexicon) -> Optional[Mention]:
    """``le porte-parole du Pentagone, le lieutenant-colonel Martin Meiners``:
    the person is the name in apposition, not the org behind `du`."""
    sub = s.subtree(h.i)
    if len(sub) > 25:
        sub = [w for w in sub if abs(w.i - h.i) <= 12]
    ids = {w.i for w in sub}
    for w in sub:
        if w.i <= h.i or w.upos != "PROPN" or norm(w.text) in TIME_WORDS:
            continue
        # walk up to h: no `de/à` case marker on the way means apposition
        x, ok, steps = w, True, 0
        while x.i != h.i and steps < 6:
            if any(k.deprel == "case" for k in s.children(x.i)):
                ok = False
                break
            if x.head < 0 or x.head not in ids:
                ok = False
                break
            x = s.words[x.head]
            steps += 1
        prev = s.words[w.i - 1] if w.i > 0 else None
        if prev is not None and norm(prev.text) in ("de", "du", "des", "d'", "à", "au", "aux"):
            ok = False
        if ok and x.i == h.i:
            run = name_run(s, w, lex)
            title, name = split_title(run, lex)
            if name and len(name) >= 1 and all(is_capitalised(y) for y in name):
                # a title noun right before the name: "le général Mark Milley"
                if title is None and run[0].i > 0 and lex.is_title(s.words[run[0].i - 1].text):
                    title = s.words[run[0].i - 1].text
                return Mention(s, w, run, "name", name=[y.text for y in name], title=title,
                               gender=_gender_of_title(title, lex))
    return None
