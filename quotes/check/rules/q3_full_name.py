"""Q3: a speaker named only by surname, title or pronoun, never by full name.

Definition (applied to each distinct resolved ``speaker`` of the article):

* the speaker is a personal pronoun (``il``, ``elle``, ``ce dernier``…), or
* the speaker is only a title, with at most a determiner
  (``le porte-parole``, ``la ministre``, ``le général``), or
* the speaker is **one capitalised word** (``Kahl``, ``Meiners``) that the
  article never writes as part of a full name: no capitalised word that is
  not a title or a sentence-opening word right before it (``Colin Kahl``),
  no initial (``C. Kahl``; ``M.`` is Monsieur, not an initial), and no
  capitalised word right after it (``Wu Qian``, family name first);

and the speaker is not an organisation, a newspaper or a body: the record
says so (``speaker_kind`` ``organisation`` or ``group``, from the people
stage), or it is an acronym (``OTAN``), a word of the organisation and
media lists below (``Pentagone``, ``Libération``, ``Mediapart``), a seat of
power (``Matignon``, data ``seats.txt``), a word the article writes after a
determiner (``le Pentagone``, ``l'Élysée``: people take no article in
French news copy) or after a body or media noun (``le syndicat Solidaires``,
``le quotidien Libération``; data ``body_nouns.txt`` and the list below).  Multi-word speakers
(``ministère chinois des Affaires étrangères``, ``le porte-parole du
Pentagone``) are never Q3: they are a full name or a named body.

If the extractor resolved ``M. Kahl`` to ``Kahl`` although the article says
``Colin Kahl`` somewhere, the article is fine and nothing is reported.
A quote with no resolved speaker at all is Q2's, not Q3's.

One finding per speaker, at the speaker's first quote.
"""
from __future__ import annotations

from typing import Iterator, Optional

import regex

from .. import Context, Hit, register

PRONOUNS = {
    "il", "elle", "ils", "elles", "on", "lui", "eux", "je", "nous", "vous",
    "celui-ci", "celle-ci", "ceux-ci", "celles-ci", "celui-là", "celle-là",
    "ce dernier", "cette dernière", "ces derniers", "ces dernières",
    "l'intéressé", "l'intéressée", "l’intéressé", "l’intéressée",
}

#: titles and functions that, alone, do not identify a person.
TITLES = {
    "m", "m.", "mme", "mlle", "mm.", "mmes", "dr", "dr.", "pr", "pr.", "me", "mgr", "sir", "lord",
    "monsieur", "madame", "mademoiselle", "docteur", "professeur", "maître",
    "président", "présidente", "vice-président", "vice-présidente", "premier", "première",
    "ministre", "secrétaire", "sous-secrétaire", "porte-parole", "ambassadeur", "ambassadrice",
    "général", "générale", "colonel", "lieutenant-colonel", "lieutenant", "capitaine",
    "commandant", "amiral", "sergent", "major", "maréchal", "chef", "cheffe",
    "sénateur", "sénatrice", "député", "députée", "maire", "gouverneur", "gouverneure",
    "juge", "procureur", "procureure", "avocat", "avocate", "directeur", "directrice",
    "conseiller", "conseillère", "chancelier", "chancelière", "commissaire", "inspecteur",
    "inspectrice", "roi", "reine", "prince", "princesse", "pape", "cardinal", "abbé",
    "père", "sœur", "frère", "cheikh", "émir", "imam", "rabbin", "pasteur", "envoyé",
    "envoyée", "émissaire", "responsable", "dirigeant", "dirigeante", "patron", "patronne",
    "adjoint", "adjointe", "état", "délégué", "déléguée",
}
_CONNECTORS = {"d'", "de", "en"}

DETERMINERS = {"le", "la", "les", "l'", "l’", "un", "une", "ce", "cette", "son", "sa", "leur"}

#: one-word names of bodies that speak in news copy (lower case).
ORGANISATIONS = {
    "pentagone", "kremlin", "élysée", "matignon", "bercy", "beauvau", "vatican", "knesset",
    "bundestag", "congrès", "sénat", "parlement", "gouvernement", "ministère", "police",
    "gendarmerie", "armée", "commission", "conseil", "tribunal", "cour", "parquet",
    "ambassade", "agence", "ministère", "quai", "reuters", "bloomberg", "xinhua", "tass",
    "interfax", "afp", "otan", "nato", "onu", "ue", "fmi", "ocde", "oms", "unesco", "unicef",
    "fbi", "cia", "nasa", "insee", "interpol", "europol", "frontex", "hamas", "hezbollah",
    "tsahal", "washington", "pékin", "moscou", "paris", "londres", "berlin", "kiev", "kyiv",
    "tokyo", "téhéran", "ankara", "bruxelles", "séoul", "pyongyang", "taipei", "jérusalem",
}

#: newspapers, broadcasters and news sites written without an article
#: (those with one, ``Le Monde``, are caught by the determiner test).
MEDIA = {
    "libération", "libé", "mediapart", "franceinfo", "bfmtv", "lci", "cnews", "rfi", "tf1",
    "rtl", "rmc", "arte", "europe", "marianne", "challenges", "télérama", "politico",
    "slate", "konbini", "brut", "huffpost", "streetpress", "l'opinion", "l'humanité",
    "l'express", "l'équipe", "ouest-france", "sud-ouest", "nice-matin", "var-matin",
    "bbc", "cnn", "nbc", "cbs", "abc", "ap", "dpa", "ansa", "efe", "kyodo", "yonhap",
    "ria", "spiegel", "bild", "nikkei", "haaretz", "axios", "bloomberg", "reuters",
}

#: nouns that, right before a capitalised word, make it a body's or a
#: medium's name (``le quotidien Libération``); body_nouns.txt adds its own.
BODY_HEADS = {
    "journal", "quotidien", "hebdomadaire", "mensuel", "magazine", "site", "média", "radio",
    "chaîne", "télévision", "agence", "revue", "ong", "association", "fédération", "groupe",
    "société", "entreprise", "firme", "banque", "compagnie", "constructeur", "organisation",
    "collectif", "fondation", "institut", "observatoire", "cabinet", "start-up", "marque",
    "enseigne", "laboratoire", "équipe", "formation", "mouvement", "confédération",
}

#: speaker kinds (``Quote.speaker_kind``) that are never a person's surname.
NOT_PERSON_KINDS = {"organisation", "group"}

#: capitalised words that open a sentence or a clause before a surname.
_NOT_GIVEN_NAMES = {
    "selon", "pour", "mais", "et", "si", "le", "la", "les", "l", "pourtant", "ainsi", "alors",
    "quand", "lorsque", "or", "donc", "car", "puis", "ensuite", "enfin", "aussi", "même",
    "comme", "avec", "sans", "chez", "par", "de", "du", "des", "au", "aux", "en", "dans",
    "sur", "sous", "après", "avant", "depuis", "pendant", "contre", "entre", "vers", "ni",
    "ou", "où", "qui", "que", "dont", "cependant", "toutefois", "néanmoins", "également",
    "interrogé", "interrogée", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "hier", "aujourd'hui", "a", "à", "un", "une", "ce", "cette", "son", "sa",
    "ses", "leur", "leurs", "tandis", "d'après", "d’après", "oui", "non", "voici", "voilà",
}


def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").split()).lower()


def _tokens(s: str) -> list[str]:
    """Words, with elided articles split off: ``l'ambassadeur`` -> ``l'``, ``ambassadeur``."""
    out: list[str] = []
    for w in s.replace("’", "'").split():
        head, apo, tail = w.partition("'")
        if apo and head.lower() in ("l", "d", "qu") and tail:
            out += [head + "'", tail]
        else:
            out.append(w)
    return out


def _is_title_only(s: str) -> bool:
    toks = _tokens(s)
    while toks and toks[0].lower() in DETERMINERS:
        toks = toks[1:]
    return bool(toks) and all(t.lower() in TITLES or t.lower() in _CONNECTORS for t in toks) \
        and toks[0].lower() not in _CONNECTORS


def _body_heads() -> set[str]:
    """Body and media nouns: the list above plus the lexicon's body nouns."""
    from ...lexicon import load_lexicon

    heads = set(BODY_HEADS)
    try:
        lex = load_lexicon()
    except OSError:  # pragma: no cover - a broken install: the list above still works
        return heads
    return heads | {b.lower() for b in lex.bodies} | {s.lower() for s in lex.seats}


def is_organisation(word: str, text: str, heads: Optional[set[str]] = None) -> bool:
    """``word`` names a body or a medium: acronym, known body, newspaper or seat,
    or written after a determiner or a body noun."""
    low = _norm(word)
    heads = _body_heads() if heads is None else heads
    if low in ORGANISATIONS or low in MEDIA or low in heads:
        return True
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    pat = regex.compile(r"(?i:\b(?:le|la|les|du|des|au|aux)\s+|\bl['’]\s*)" + regex.escape(word)
                        + r"\b")
    if pat.search(text):
        return True
    for m in regex.finditer(r"([\p{L}'’-]+)[ \t\u00a0\u202f]+" + regex.escape(word) + r"\b", text):
        head = _norm(m.group(1)).split("'")[-1]
        if head in heads:
            return True
    return False


def has_full_name(word: str, text: str) -> bool:
    """The article writes ``word`` with a given name or initial at least once."""
    w = regex.escape(word)
    for m in regex.finditer(r"(?<![\p{L}'’.-])(\p{Lu}[\p{L}'’-]*)\.?[ \t\u00a0\u202f]+" + w
                            + r"\b", text):
        given = m.group(1)
        full = m.group(0)
        if len(given) == 1:
            if given != "M" and full[1] == ".":
                return True  # C. Kahl (M. is Monsieur)
            continue
        if "." in full[: len(given) + 1]:
            continue  # Mme. / Dr. : a title
        if _norm(given) in TITLES or _norm(given) in _NOT_GIVEN_NAMES:
            continue
        return True
    # family name first (Wu Qian, Xi Jinping)
    for m in regex.finditer(r"\b" + w + r"[ \t\u00a0\u202f]+(\p{Lu}[\p{L}'’-]+)\b", text):
        if _norm(m.group(1)) not in _NOT_GIVEN_NAMES and _norm(m.group(1)) not in TITLES:
            return True
    # hyphenated double names count as full when the speaker is a part of one
    return False


def reason(speaker: str, mention: Optional[str], text: str, kind: Optional[str] = None,
           heads: Optional[set[str]] = None) -> Optional[str]:
    """Why ``speaker`` is not named in full in ``text``, or None when it is fine.

    ``kind`` is the record's ``speaker_kind``: a body or a group has no full
    name to give, so it is never reported."""
    s = " ".join(speaker.split())
    if not s or kind in NOT_PERSON_KINDS:
        return None
    if _norm(s) in PRONOUNS:
        return f"speaker is only the pronoun '{s}'"
    words = s.split()
    if _is_title_only(s):
        return f"speaker is only a title ('{s}'), never named"
    if len(words) != 1:
        return None
    w = words[0]
    if not w[:1].isupper():
        return None  # a common noun: a group or a body (« les manifestants »)
    if is_organisation(w, text, heads) or has_full_name(w, text):
        return None
    as_written = f" (written '{mention.strip()}')" if mention and mention.strip() != w else ""
    return f"speaker '{w}' is named only by surname{as_written}; no full name in the article"


@register("Q3", "no-full-name",
          "a speaker referred to only by surname, title or pronoun, with no full name in the article",
          "give the speaker's full name at first mention (« Colin Kahl, conseiller… »)",
          needs_parse=True, rank=0)
def check(ctx: Context) -> Iterator[Hit]:
    """One hit per speaker, at its first quote."""
    seen: set[str] = set()
    heads = _body_heads()
    for q in sorted(ctx.quotes, key=lambda q: q.start):
        if not q.speaker or not q.speaker.strip():
            continue
        key = _norm(q.speaker)
        if key in seen:
            continue
        seen.add(key)
        why = reason(q.speaker, q.speaker_mention, ctx.analysis, q.speaker_kind, heads)
        if why:
            yield Hit(q.start, why)
