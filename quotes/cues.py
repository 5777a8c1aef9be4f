"""Reporting cues: speech verbs, `selon`-like words, and the lexicons behind them.

The word lists live in ``quotes/data/*.txt`` (lemmas), so that a newsroom can
extend them without touching code; this module only loads and queries them.
"""
from __future__ import annotations

import unicodedata

import regex
from dataclasses import dataclass, field
from importlib import resources
from typing import Optional

from .parse import Sentence, Word


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
    #: places without an article that stand for a power ("Matignon"), lower case
    seats: frozenset = frozenset()
    #: periphrases of an office's holder ("chef de l'état") -> first words of the
    #: roles its holder may have been given ("président", "roi")
    periphrases: dict = field(default_factory=dict)
    #: adjectives that make a role noun an epithet ("sortant", "ancien"), lower case
    office_adjectives: frozenset = frozenset()

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

    def is_title(self, word: str) -> bool:
        return norm(word) in self.titles or word in self.titles

    def is_role_noun(self, word: str) -> bool:
        low = norm(word)
        if low in self.role_nouns:
            return True
        # "haut-commissaire", "ex-ministre", "co-fondatrice": a prefix leaves
        # the role noun at the head
        head, _, tail = low.partition("-")
        return head in ROLE_PREFIXES and tail in self.role_nouns


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


def load_lexicon() -> Lexicon:
    verbs = {}
    for parts in _lines("speech_verbs.txt"):
        verbs[norm(parts[0])] = frozenset(parts[1:])
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
    forms = frozenset(norm(p[0]) for p in _lines("speech_verb_forms.txt"))
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
                   {norm(p[0]): norm(p[1]) for p in _lines("speech_verb_forms.txt") if len(p) > 1},
                   phrases,
                   on_sources=tuple(sorted({k for parts in _lines("on_sources.txt")
                                            for k in _as_parsed(_elided(parts))},
                                           key=len, reverse=True)),
                   bodies=frozenset(norm(p[0]) for p in _lines("body_nouns.txt")),
                   seats=frozenset(norm(" ".join(p)) for p in _lines("seats.txt")),
                   periphrases={norm(" ".join(p[:p.index("=")])):
                                frozenset(norm(x) for x in p[p.index("=") + 1:])
                                for p in _lines("periphrases.txt")},
                   office_adjectives=frozenset(norm(p[0]) for p in _lines("office_adjectives.txt")))


QUOTE_CHARS = set("«»“”„‹›\"")


def may_report(s: Sentence, text: str, lex: Lexicon) -> bool:
    """Cheap test on a tokenised sentence: can it quote or report speech?

    Used to parse only those sentences (and their neighbours); a false
    positive costs time, a false negative a quote.
    """
    if any(c in QUOTE_CHARS for c in text[s.start:s.end]):
        return True
    for w in s.words:
        if lex.is_speech_verb_form(w.text):
            return True
    # "selon", "d'après", "aux yeux de" as whole phrases of the text's own
    # tokens (the parser splits "aux" into "à les"); "pour X, …" only first
    tokens = [norm(text[w.start:w.end]) for k, w in enumerate(s.words)
              if k == 0 or w.start != s.words[k - 1].start]
    for k in range(len(tokens)):
        for key in lex.preps:
            if (k == 0 or key != ("pour",)) and tuple(tokens[k:k + len(key)]) == key:
                return True
    return False


@dataclass
class Cue:
    """A reporting word found in a parsed sentence."""

    sentence: Sentence
    word: Word
    lemma: str
    flags: frozenset
    kind: str  # "verb" or "prep"


def participle_lemmas(form: str) -> list[str]:
    """Infinitives a participle can come from, by French morphology: the
    lemmatiser stumbles on rarer ones ("assimilant" -> "assimilar")."""
    low = norm(form)
    for ending in ("ées", "és", "ée", "é"):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return [low[: -len(ending)] + "er"]
    if not low.endswith("ant") or len(low) < 6:
        return []
    base = low[:-3]
    if base.endswith("ç"):
        return [base[:-1] + "cer"]  # annonçant
    if base.endswith("ge"):
        return [base[:-1] + "er"]  # jugeant
    out = [base + "er"]
    if base.endswith("iss"):
        out.append(base[:-2] + "r")  # réagissant -> réagir
    return out + [base + "re", base + "ir"]  # répondant -> répondre, mentant -> mentir


def is_pronominal(s: Sentence, v: Word) -> bool:
    """A verb with its reflexive clitic ("s'est félicité", "se réjouit"):
    its "être" is the perfect auxiliary, whatever the parser's label."""
    return any(norm(k.text) in ("se", "s'") for k in s.children(v.i))


#: a subject pronoun the tokenizer left glued to its verb ("dit-elle")
_GLUED_CLITIC = regex.compile(r"\w-(?:t-)?(?:il|elle|ils|elles|on)$")


def _verb_phrase_at(lex: Lexicon, lemma: str, words: list, k: int) -> Optional[str]:
    """The entry ``lemma_w1_w2`` (``mettre_en_garde``, ``faire_valoir``)
    whose words follow at ``k``."""
    for key, forms in lex.verb_phrases.get(lemma, ()):
        if any(matches_at(f, words, k) for f in forms):
            return key
    return None


def find_cues(s: Sentence, lex: Lexicon) -> list[Cue]:
    """Speech verbs and attribution prepositions of one parsed sentence."""
    out: list[Cue] = []
    if not s.parsed:
        return out
    for w in s.words:
        prev = s.words[w.i - 1] if w.i > 0 else None
        # the tagger may call a speech verb a noun; its place tells: after an
        # auxiliary, or opening an incise after a comma or a closing mark
        nxt = s.words[w.i + 1] if w.i + 1 < len(s.words) else None
        # ("juge" after a name and a comma: the verb, whatever its tag; after
        # a determiner, the noun)
        guessed = [] if w.upos in ("VERB", "AUX") or (prev is not None and prev.upos == "DET") \
            else [g for g in lex.lemmas_of_form(w.text) if g in lex.verbs]
        verbal = w.upos in ("VERB", "AUX") or (
            (w.upos in ("NOUN", "ADJ", "X") or (w.upos == "PRON" and _GLUED_CLITIC.search(norm(w.text))))
            and (norm(w.lemma or "") in lex.verbs or guessed) and (
                (prev is not None and (prev.upos == "AUX" or prev.text in (",", "»", "”", '"')))
                or (nxt is not None and norm(nxt.text) in ("que", "qu'", ":"))))
        if verbal:
            lemma = norm(w.lemma or w.text) if not guessed else guessed[0]
            phrase = _verb_phrase_at(lex, lemma, s.words, w.i + 1)
            if phrase is not None:
                # "a fait valoir", "a mis en garde": the phrase's entry
                out.append(Cue(s, w, phrase.replace("_", " "), lex.verbs[phrase], "verb"))
                continue
            # the lemmatiser may leave a form inflected ("réjoui" -> "réjouire")
            lemmas = [lemma] + (participle_lemmas(w.text) + lex.lemmas_of_form(w.text)
                                if w.upos == "VERB" else [])
            flags = None
            if is_pronominal(s, w):
                # "s'est félicité": the pronominal verb's entry, not the plain one
                for c in lemmas:
                    pron = ("s'" + c) if c[:1] in "aeiouéèêh" else ("se_" + c)
                    if pron in lex.verbs:
                        lemma, flags = pron.replace("_", " "), lex.verbs[pron]
                        break
            if flags is None:
                for c in lemmas:
                    if c in lex.verbs:
                        lemma, flags = c, lex.verbs[c]
                        break
            if flags is not None and not lex.set_phrase_at(lemma, s.words, w.i + 1):
                out.append(Cue(s, w, lemma, flags, "verb"))
        key = norm(w.text)
        for words, cue in lex.preps.items():
            if words[0] == key and matches_at(words, s.words, w.i):
                out.append(Cue(s, w, cue, frozenset(), "prep"))
                break  # "aux yeux de" and "à les yeux de": one cue
    return out
