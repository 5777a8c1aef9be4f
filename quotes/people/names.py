"""Name variants: which spellings of an article name one entity.

French news introduces a source by the full name and shortens it after
(``Colin Kahl`` … ``M. Kahl`` … ``Kahl``), spells a body out once with its
acronym in brackets (``le Ministère public de la Confédération (MPC)`` …
``le MPC``), and may put the body's type or a role in front of a name
(``l'ONG Human Rights Watch``, ``le ministre de l'Intérieur Jan Jambon``).
The speaker the guidelines ask for is the fullest name anywhere in the
article, so these variants are gathered here, before any quote is resolved.
"""
from __future__ import annotations

import unicodedata

import regex

from ..lexicon import Lexicon, norm

#: lower-case words inside a body's name that its acronym skips
_LINK_WORDS = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "pour", "en", "à", "au", "aux", "sur"}

_ACRONYM = regex.compile(r"\(\s*(\p{Lu}[\p{Lu}\p{Ll}&.\-]{1,11})\s*\)")
_WORD = regex.compile(r"[\p{L}\p{N}&.\-]+(?:['’][\p{L}\p{N}&.\-]+)?")


def elided(word: str) -> str:
    """The word after an elided article or preposition: ``L'ONG`` -> ``ONG``."""
    return word.replace("’", "'").split("'")[-1]


def bare_words(phrase: str) -> list[str]:
    """A phrase's words folded, each without its elided article ("l'édile" -> "édile")."""
    return [norm(elided(w)) for w in phrase.split()]


def key(name: str) -> tuple[str, ...]:
    """The words of a name, folded for comparison (case, apostrophes)."""
    # a hyphen joins one word: "Ecolo-Groen" is not "Ecolo", "Nadeau-Dubois" one surname
    return tuple(w.strip("-") for w in regex.findall(r"[\p{L}\p{N}&\-]+", norm(name)) if w.strip("-"))


def initials(words: list[str]) -> str:
    """The capitals of a name's words, link words left out ("MPC", "GND")."""
    out = ""
    for w in words:
        parts = regex.split(r"['’]", w)
        w = parts[-1] if len(parts) > 1 and norm(parts[0]) in ("d", "l") else w
        if norm(w) in _LINK_WORDS:
            continue
        out += "".join(p[:1] for p in w.split("-") if p)
    # "éleveurs" gives the E of "CPE"
    return "".join(c for c in unicodedata.normalize("NFD", out) if not unicodedata.combining(c)).upper()


def acronyms(text: str) -> dict[tuple[str, ...], str]:
    """``… le Ministère public de la Confédération (MPC) …`` -> {("mpc",): the
    expansion}: the words before the bracket whose initials spell the acronym
    (link words skipped), the shortest such run that opens on a capital."""
    out: dict[tuple[str, ...], str] = {}
    for m in _ACRONYM.finditer(text):
        acro = m.group(1)
        letters = regex.sub(r"[^\p{Lu}]", "", acro.upper())
        if len(letters) < 2:
            continue
        before = text[max(0, m.start() - 160):m.start()]
        words = [(w.start(), w.group()) for w in _WORD.finditer(before)]
        for k in range(len(words) - 1, max(-1, len(words) - 12), -1):
            run = [w for _, w in words[k:]]
            first = regex.split(r"['’]", run[0])[-1]
            if not first[:1].isupper():
                continue
            if initials(run) == letters:
                # "l'Organisation mondiale …": the name opens after the article
                elided = regex.match(r"(?i)[ld]['’]", run[0])
                out[key(acro)] = before[words[k][0] + (elided.end() if elided else 0):].strip()
                break
    return out


def strip_type(name: str, lex: Lexicon) -> str:
    """``L'ONG Human Rights Watch`` -> ``Human Rights Watch``; ``Intérieur Jan
    Jambon`` stays for :func:`person_tail`: only a lower-case type or role
    noun (with its determiner) is taken off the front of a capitalised name."""
    words = name.split()
    k = 0
    typed = False
    while k < len(words) - 1:
        w = words[k]
        bare = elided(w)
        low = norm(bare)
        if (low in lex.bodies or lex.is_role_noun(bare) or low in lex.body_epithets) and \
                not (bare[:1].isupper() and bare[1:].islower()):
            typed = True  # ("Club Nacional de football": a capital makes the word the name's)
        elif typed or norm(w) not in ("le", "la", "les", "l'"):
            break  # "le quotidien Le Temps": the second article is the name's
        k += 1
    if not typed:
        return name  # "Le Parisien", "La Voix du Nord": the article is the name's
    rest = words[k:]
    if k and rest and rest[0][:1].isupper():
        return " ".join(rest)
    return name


def person_tail(name: str, lex: Lexicon) -> str:
    """``présidente de la fédération bruxelloise du PS Laurette Onkelinx`` ->
    ``Laurette Onkelinx``; ``Intérieur Jan Jambon`` -> ``Jan Jambon``: a role
    glued before a person's name (no comma in the text) ends on a lower-case
    word, a party's acronym or a ministry's portfolio; the name is the two or
    three capitalised words after it (or the run a given name opens)."""
    words = name.split()
    if len(words) < 3:
        return name
    for k in range(len(words) - 2, 0, -1):
        tail = words[k:]
        if not all(w[:1].isupper() for w in tail):
            break
        before = words[k - 1]
        if norm(words[k]) in lex.first_names and (
                not before[:1].isupper() or norm(before) not in lex.first_names):
            return " ".join(tail)
        if norm(before) in _LINK_WORDS or norm(before).endswith("'"):
            break  # "ancien joueur du Paris Saint-Germain": a complement, no name glued
        ends_role = not before[:1].isupper() or norm(before) in lex.portfolios or (
            before.isupper() and len(before) >= 2 and len(tail) >= 2)
        if ends_role and 2 <= len(tail) <= 3 and not any(w.isupper() for w in tail):
            return " ".join(tail)
    return name


def contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Every word of the short name is in the long one (``Kahl`` in ``Colin Kahl``)."""
    return bool(shorter) and len(longer) >= len(shorter) and all(w in longer for w in shorter)


def after_type(longer: tuple[str, ...], shorter: tuple[str, ...], lex: Lexicon) -> bool:
    """``Club Nacional`` goes on from ``Nacional``: the words before the short
    name in the long one are a body's type ("club", "parti", "ONG")."""
    n = len(shorter)
    for j in range(1, len(longer) - n + 1):
        if longer[j:j + n] == shorter:
            return all(lex.is_body_noun(w) for w in longer[:j])
    return False


#: "le co-porte-parole vendredi": a day or time the parser left on the noun phrase
_TIME_TAIL = regex.compile(r"(?i)(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|"
                           r"aujourd'hui|demain|soir|matin))+$")


def without_time(phrase: str) -> str:
    return _TIME_TAIL.sub("", phrase)
