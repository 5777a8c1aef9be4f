"""The lexicon: the word lists of ``quotes/data/*.txt`` loaded once into one frozen object.

Kept apart from the rules that query it, so that a newsroom extends the lists
without touching code and every stage shares the one loaded copy.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from typing import Optional

import regex

def _lines(name: str) -> list[list[str]]:
    text = resources.files("quotes").joinpath("data", name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line.split())
    return out


def norm(s: str) -> str:
    """Lower case, typographic apostrophe made straight: how lexicon keys are kept."""
    return unicodedata.normalize("NFC", s).replace("’", "'").lower()


def matches_at(key: tuple, words: list, k: int) -> bool:
    """Whether the words of ``key`` (normalised) are read at ``words[k]``."""
    return k + len(key) <= len(words) and all(
        norm(words[k + j].text) == key[j] for j in range(len(key)))


def _phrase_at(table: dict, words: list, k: int):
    """The value of the first key of ``table`` (a tuple of words) read at ``words[k]``."""
    for key, value in table.items():
        if matches_at(key, words, k):
            return value
    return None


@dataclass(frozen=True)
class Lexicon:
    verbs: dict  # lemma -> frozenset of flags
    titles: dict  # title (lower) -> gender or ""
    role_nouns: frozenset
    source_nouns: frozenset
    preps: dict  # words (tuple) -> cue
    forms: frozenset = frozenset()
    connectives: frozenset = frozenset()
    #: words of a subordinator (tuple) -> flags ("contrast")
    subordinators: dict = field(default_factory=dict)

    #: words of a content link (tuple) -> kind ("noun", "purpose")
    links: dict = field(default_factory=dict)

    def is_speech_verb_form(self, word: str) -> bool:
        """An inflected form of a speech verb, by its stem and ending
        ("déclarait", "répond"), not a word that only shares the stem
        ("déclaration", "comment")."""
        return norm(word).split("-")[0] in self.forms or bool(self.lemmas_of_form(word))

    def lemmas_of_form(self, word: str) -> list[str]:
        """Speech verbs that ``word`` is an inflected form of, by stem and
        ending ("juge" -> juger, which the lemmatiser may leave as "juge")."""
        low = norm(word).split("-")[0]  # "ajoute-t-il"
        irregular = [self.irregular[low]] if low in self.irregular else []
        return irregular + [lemma for k in range(3, len(low) + 1)
                            for lemma, ends in self.verb_stems.get(low[:k], ()) if low[k:] in ends]

    def subordinator_at(self, words: list, k: int) -> Optional[frozenset]:
        """Flags of the subordinator starting at ``words[k]`` (Word objects), if one does."""
        return _phrase_at(self.subordinators, words, k)

    #: speech-verb lemma -> words after it (tuples) that make an idiom, not a report
    set_phrases: dict = field(default_factory=dict)
    #: stem of a speech verb -> (lemma, endings its inflected forms may have) pairs
    verb_stems: dict = field(default_factory=dict)
    #: set phrases between an incise verb and its inverted subject (word tuples)
    incise_fillers: tuple = ()
    #: nationality nouns ("Français", "Allemande"), lower case
    demonyms: frozenset = frozenset()
    #: given names whose gender is not in doubt (lower case) -> "m" | "f"
    first_names: dict = field(default_factory=dict)
    #: forms of avoir and être and pre-verbal clitics (lower case)
    auxiliaries: frozenset = frozenset()
    #: forms of avoir and être only
    verb_auxiliaries: frozenset = frozenset()
    #: nouns that name a person already named ("le technicien"), lower case
    epithets: frozenset = frozenset()
    #: nouns of findings a person presents ("l'autopsie a révélé"), lower case
    findings: frozenset = frozenset()
    #: irregular forms of speech verbs -> lemma ("dit" -> "dire")
    irregular: dict = field(default_factory=dict)
    #: first word of a speech verb of several words -> (entry, the words after
    #: it as written and as parsed): "mettre" -> ("mettre_en_garde", …)
    verb_phrases: dict = field(default_factory=dict)
    #: fronted phrases that say whose voice "on" is ("du côté de"), word tuples
    on_sources: tuple = ()
    #: common nouns of bodies that speak as one ("mairie", "entourage"), lower case
    bodies: frozenset = frozenset()
    #: nouns for people that are no function ("femme", "voisin"), lower case
    person_nouns: frozenset = frozenset()
    #: places without an article that stand for a power ("Matignon"), lower case
    seats: frozenset = frozenset()
    #: periphrases of an office's holder ("chef de l'état") -> first words of the
    #: roles its holder may have been given ("président", "roi")
    periphrases: dict = field(default_factory=dict)
    #: adjectives that make a role noun an epithet ("sortant", "ancien"), lower case
    office_adjectives: frozenset = frozenset()
    #: a body's second name ("le géant", "le club") -> True when it fits any body
    body_epithets: dict = field(default_factory=dict)
    #: a ministry's portfolio before the minister's name ("de l'Intérieur Jan Jambon")
    portfolios: frozenset = frozenset()
    #: words that make a capitalised name a body's ("Rouen Hockey Club")
    organisation_words: frozenset = frozenset()
    #: words that give a name, not a voice ("baptisée « … »", "la rubrique « … »"), lemmas
    naming_words: frozenset = frozenset()
    #: words after which a quotation names a charge ("accusations d'« … »"), lemmas
    charge_words: frozenset = frozenset()
    #: nouns of folklore that no source said ("une croyance affirmant que"), lower case
    hearsay_nouns: frozenset = frozenset()

    def parentheticals(self, tokens: list[str]) -> set[int]:
        """Indices of a set phrase between an auxiliary and its participle
        ("a de son côté estimé", "a pour sa part jugé"): with it, the parser
        takes "a" for the main verb and loses the report, so it reads the
        clause without the phrase."""
        low = [norm(t) for t in tokens]
        out: set[int] = set()
        for k in range(1, len(low) - 1):
            if low[k - 1] not in self.verb_auxiliaries:
                continue
            for phrase in self.incise_fillers:
                n = len(phrase)
                if tuple(low[k:k + n]) == phrase and k + n < len(low) and tokens[k + n][:1].islower():
                    out.update(range(k, k + n))
                    break
        return out

    def set_phrase_at(self, lemma: str, words: list, k: int) -> bool:
        """``accuse réception de …``: the verb at ``k - 1`` opens an idiom."""
        return any(_phrase_at({key: True}, words, k) for key in self.set_phrases.get(norm(lemma), ()))

    def link_at(self, words: list, k: int) -> Optional[tuple[str, int]]:
        """Kind and length of the content link starting at ``words[k]``, if one does."""
        best = None
        for key, kind in self.links.items():
            if (best is None or len(key) > best[1]) and _phrase_at({key: kind}, words, k):
                best = (kind, len(key))
        return best

    def is_connective(self, word: str) -> bool:
        return norm(word) in self.connectives

    def verb_flags(self, lemma: str) -> Optional[frozenset]:
        return self.verbs.get(norm(lemma).replace(" ", "_"))

    def is_body_noun(self, word: str) -> bool:
        """A word of a body: its type ("club", "ONG", "quotidien", "mairie")
        or a word of an organisation's name ("Watch", "Council")."""
        low = norm(word)
        return low in self.organisation_words or low in self.bodies or low in self.body_epithets

    def names_a_body(self, words: list[str]) -> bool:
        """A capitalised name with a body's word in it ("Rouen Hockey Club",
        "Human Rights Watch") is a body's, however many words it has."""
        return any(self.is_body_noun(w) for w in words)

    def is_agent_noun(self, word: str) -> bool:
        """A common noun that may name who speaks: any but an abstract noun
        by its ending ("l'allocution", "la première inquiétude", "le
        logement", "la référence") unless the data lists it as a role, an
        epithet, a body or a person ("le gouvernement", "la commission")."""
        low = norm(word)
        sing = low[:-1] if low.endswith(("s", "x")) and len(low) > 3 else low
        if any(w in self.role_nouns or w in self.epithets or w in self.bodies or w in self.body_epithets
               or w in self.organisation_words or w in self.person_nouns or self.is_role_noun(w)
               for w in (low, sing)):
            return True
        return not sing.endswith(_ABSTRACT_ENDINGS) and low not in _NO_AGENTS

    def is_agent_by_ending(self, word: str) -> bool:
        """"coiffeur", "vendeuse", "pharmacienne": a lower-case noun of agent
        by its ending, though no role noun the data lists (not a people)."""
        low = norm(word)
        return word.islower() and len(low) > 4 and low.endswith(_AGENT_ENDINGS) and low not in self.demonyms

    def is_title(self, word: str) -> bool:
        return norm(word) in self.titles or word in self.titles

    def is_role_noun(self, word: str) -> bool:
        low = norm(word)
        if low in self.role_nouns:
            return True
        # "haut-commissaire", "ex-ministre", "co-fondatrice": a prefix leaves
        # the role noun at the head
        head, _, tail = low.partition("-")
        # "expert-psychologue", "ministre-président": two role nouns, one role
        return (head in ROLE_PREFIXES or head in self.role_nouns) and tail in self.role_nouns


#: endings of French nouns of agents ("coiffeur", "vendeuse", "pharmacienne")
_AGENT_ENDINGS = ("eur", "euse", "rice", "ier", "ière", "iste", "ien", "ienne", "aire")
#: endings of French abstract nouns: what is said, felt or measured, no speaker
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ude", "ence", "ance", "isme")
#: nouns of what is said or counted that no ending tells
_NO_AGENTS = frozenset({"propos", "taux", "extrait", "référence", "chiffre", "nombre", "prix", "coût",
                        "montant", "projet", "plan", "texte", "sujet", "thème", "question", "problème",
                        "hausse", "baisse", "chute", "crise", "mort", "décès", "arrivée", "départ", "retour",
                        "fin", "début", "guerre", "loi", "mesure", "réforme", "affaire"})

#: prefixes joined by a hyphen to a role noun that stays its head
ROLE_PREFIXES = frozenset({"haut", "haute", "ex", "co", "vice", "sous", "néo", "pro", "super",
                           "grand", "grande", "arrière", "premier", "première"})

#: contractions the parser splits into two words (same characters)
CONTRACTIONS = {"au": ("à", "le"), "aux": ("à", "les"), "du": ("de", "le"), "des": ("de", "les")}


def _as_parsed(parts: list[str]) -> set[tuple]:
    """A phrase of the data files as words, and as the parser's words ("au
    contraire" -> à le contraire), so that it matches either way."""
    words = tuple(norm(p) for p in parts)
    return {words, tuple(x for w in words for x in CONTRACTIONS.get(w, (w,)))}


def _elided(words: list[str]) -> list[str]:
    """Words as the tokeniser cuts them: "d'après" -> d' + après."""
    return [p for w in words for p in regex.split(r"(?<=')", norm(w)) if p]


def _rectified(word: str) -> str:
    """The 1990 spelling, without the circumflex on the i before t
    ("reconnait", "reconnaitre"), which many papers use."""
    return regex.sub(r"([ao])ît", r"\1it", word)


def load_lexicon() -> Lexicon:
    verbs = {}
    for parts in _lines("speech_verbs.txt"):
        verbs[norm(parts[0])] = frozenset(parts[1:])
        # the 1990 spelling drops the circumflex of "-aître": "reconnaitre"
        verbs.setdefault(_rectified(norm(parts[0])), frozenset(parts[1:]))
    titles = {}
    for parts in _lines("titles.txt"):
        gender = parts[-1] if parts[-1] in ("m", "f") and len(parts) > 1 else ""
        words = parts[:-1] if gender else parts
        titles[" ".join(words)] = gender
        titles[norm(" ".join(words))] = gender
    roles = frozenset(norm(" ".join(p)) for p in _lines("role_nouns.txt"))
    sources = frozenset(norm(" ".join(p)) for p in _lines("source_nouns.txt"))
    preps = {}
    for parts in _lines("attribution_preps.txt"):
        # the last field is the cue, which may hold spaces too: split on known cues
        line = " ".join(parts)
        for cue in ("aux yeux de", "de l'avis de", "d'après", "selon", "pour"):
            if line.endswith(" " + cue):
                words = norm(line[: -len(cue) - 1]).split()
                preps[tuple(words)] = cue
                # the tokeniser may cut "d'après" into "d'" + "après"
                for key in _as_parsed(_elided(words)):  # "aux yeux de" -> à les yeux de
                    preps[key] = cue
                break
    endings = {parts[0]: frozenset("" if e == "-" else norm(e) for e in parts[1:])
               for parts in _lines("verb_endings.txt")}
    verb_stems: dict = {}
    for lemma in verbs:
        # "s'indigner" -> "indigner", "faire_valoir" -> "valoir": the verb inflected
        last = lemma.replace("s'", "").split("_")[-1]
        for ending in ("er", "ir", "re"):
            # a short stem is safe for -er verbs, whose forms all add an
            # ending ("cit" + "é"); "dire" -> "di" would take "dis", "dit" …
            if last.endswith(ending) and len(last) - 2 >= (3 if ending == "er" else 4):
                group = endings.get(ending, frozenset())
                verb_stems.setdefault(last[:-2], []).append((last, group))
                # "préférer" -> "préfèr": the stem's last é may open to è
                if ending == "er" and last[-4:-3] == "é":
                    verb_stems.setdefault(last[:-4] + "è" + last[-3], []).append((last, group))
                break
    forms = frozenset(f for p in _lines("speech_verb_forms.txt")
                      for f in (norm(p[0]), _rectified(norm(p[0]))))
    conn = frozenset(norm(p[0]) for p in _lines("connectives.txt"))
    subs = {}
    for parts in _lines("subordinators.txt"):
        flags = frozenset(p for p in parts if p == "contrast")
        words = [norm(p) for p in parts if p != "contrast"]
        subs[tuple(words)] = flags
    links = {tuple(norm(p) for p in parts[1:]): parts[0] for parts in _lines("content_links.txt")}
    idioms: dict = {}
    for parts in _lines("set_phrases.txt"):
        idioms.setdefault(norm(parts[0]), []).append(tuple(norm(p) for p in parts[1:]))
    auxiliaries = [(norm(p[0]), p[1:] == ["clitic"]) for p in _lines("auxiliaries.txt")]
    phrases: dict = {}
    for key in verbs:
        first, *rest = key.split("_")
        if rest and first != "se":  # "se_féliciter" is a pronominal verb, not a phrase
            phrases.setdefault(first, []).append((key, tuple(_as_parsed(rest))))
    return Lexicon(verbs, titles, roles, sources, preps, forms, conn, subs,
                   links, {k: tuple(v) for k, v in idioms.items()},
                   {k: tuple(v) for k, v in verb_stems.items()},
                   tuple(v for parts in _lines("incise_fillers.txt") for v in _as_parsed(parts)),
                   frozenset(norm(p[0]) for p in _lines("demonyms.txt")),
                   {norm(p[0]): p[1] for p in _lines("first_names.txt")},
                   frozenset(a for a, _ in auxiliaries),
                   frozenset(a for a, clitic in auxiliaries if not clitic),
                   frozenset(norm(p[0]) for p in _lines("epithet_nouns.txt")),
                   frozenset(norm(p[0]) for p in _lines("finding_nouns.txt")),
                   {f: norm(p[1]) for p in _lines("speech_verb_forms.txt") if len(p) > 1
                    for f in (norm(p[0]), _rectified(norm(p[0])))},
                   phrases,
                   on_sources=tuple(sorted({k for parts in _lines("on_sources.txt")
                                            for k in _as_parsed(_elided(parts))},
                                           key=len, reverse=True)),
                   bodies=frozenset(norm(p[0]) for p in _lines("body_nouns.txt")),
                   person_nouns=frozenset(norm(p[0]) for p in _lines("person_nouns.txt")),
                   seats=frozenset(norm(" ".join(p)) for p in _lines("seats.txt")),
                   periphrases={norm(" ".join(p[:p.index("=")])):
                                frozenset(norm(x) for x in p[p.index("=") + 1:])
                                for p in _lines("periphrases.txt")},
                   office_adjectives=frozenset(norm(p[0]) for p in _lines("office_adjectives.txt")),
                   body_epithets={norm(p[0]): p[1:] == ["any"] for p in _lines("body_epithets.txt")},
                   portfolios=frozenset(norm(p[0]) for p in _lines("portfolios.txt")),
                   organisation_words=frozenset(norm(p[0]) for p in _lines("organisation_words.txt")),
                   naming_words=frozenset(norm(p[0]) for p in _lines("naming_words.txt")),
                   charge_words=frozenset(norm(p[0]) for p in _lines("charge_words.txt")),
                   hearsay_nouns=frozenset(norm(p[0]) for p in _lines("hearsay_nouns.txt")))
