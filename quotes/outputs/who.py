"""Who said what: speakers ranked by number of quotes, merged across articles.

Coreference inside one article already gives each quote the fullest name the
article uses; across the articles of one run a speaker is the same person
when the full names agree once case, accents, spacing, apostrophes and
civilities (``M.``, ``Mme``) are set aside.  A bare surname is *not* merged
into a full name from another article: two articles' ``Wang`` need not be
the same person.  Pure Python, no Click: formats return strings.
"""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from .export import clean, cut, display_width, neutralise, shown
from ..record import QUOTE_TYPES, Quote

WHO_FORMATS = ("table", "csv", "json")
#: columns of ``quotes who --format csv`` (one row a speaker).
WHO_CSV_FIELDS = ("rank", "speaker", "roles", "quotes", "direct", "indirect", "mixed", "files")

_CIVILITIES = {"m", "m.", "mme", "mme.", "mlle", "mlle.", "mm.", "dr", "dr.", "pr", "pr.",
               "me", "mgr", "monsieur", "madame", "mademoiselle"}
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-"})


def fold(s: str) -> str:
    """Case, accents, spacing, apostrophes and hyphens set aside."""
    s = unicodedata.normalize("NFKD", s.translate(_APOSTROPHES))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return " ".join(s.split())


def speaker_key(name: str) -> str:
    """Identity of a speaker across articles: the folded full name, no civility."""
    words = fold(name).split()
    while len(words) > 1 and words[0] in _CIVILITIES:
        words = words[1:]
    return " ".join(words)


@dataclass
class Speaker:
    """One person (or organisation) and everything they were quoted saying."""

    name: Optional[str]  # None: quotes nobody could be found for
    quotes: list[Quote] = field(default_factory=list)
    names: Counter = field(default_factory=Counter)
    roles: Counter = field(default_factory=Counter)
    _role_forms: dict = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.quotes)

    @property
    def types(self) -> dict[str, int]:
        c = Counter(q.type for q in self.quotes)
        return {t: c.get(t, 0) for t in QUOTE_TYPES}

    @property
    def files(self) -> list[str]:
        return list(dict.fromkeys(q.doc for q in self.quotes))

    def role_list(self) -> list[str]:
        """Roles, the most frequent first, each in its most frequent spelling."""
        return [self._role_forms[k].most_common(1)[0][0]
                for k, _ in sorted(self.roles.items(), key=lambda kv: (-kv[1], kv[0]))]

    def add(self, q: Quote) -> None:
        self.quotes.append(q)
        if q.speaker and q.speaker.strip():
            self.names[q.speaker] += 1
            self.name = self.names.most_common(1)[0][0]
        if q.role and q.role.strip():
            k = fold(q.role)
            self.roles[k] += 1
            self._role_forms.setdefault(k, Counter())[q.role.strip()] += 1

    def to_dict(self, rank: int) -> dict[str, Any]:
        return {"rank": rank, "speaker": self.name, "roles": self.role_list(),
                "count": self.count, "types": self.types, "files": self.files,
                "quotes": [q.to_dict() for q in self.quotes]}


def rank_speakers(quotes: Iterable[Quote]) -> list[Speaker]:
    """Speakers by number of quotes (ties: by name); unattributed quotes last."""
    by_key: dict[str, Speaker] = {}
    nobody = Speaker(None)
    for q in quotes:
        key = speaker_key(q.speaker) if q.speaker and q.speaker.strip() else ""
        if not key:
            nobody.add(q)
            continue
        sp = by_key.get(key)
        if sp is None:
            sp = by_key[key] = Speaker(q.speaker)
        sp.add(q)
    ranked = sorted(by_key.values(), key=lambda s: (-s.count, fold(s.name or "")))
    if nobody.quotes:
        ranked.append(nobody)
    return ranked


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def format_table(speakers: list[Speaker], width: Optional[int] = 100, full: bool = False) -> str:
    """The terminal view: a block per speaker, the quotes cut to ``width``
    (``None``: not on a terminal, nothing cut)."""
    full = full or not width
    lines: list[str] = []
    for rank, sp in enumerate(speakers, 1):
        name = clean(sp.name) if sp.name else "(no speaker found)"
        roles = "; ".join(clean(r) for r in sp.role_list())
        head = f"{rank:>2}. {name}" + (f" — {roles}" if roles else "")
        lines.append(head if full else cut(head, width or 0))
        counts = ", ".join(f"{n} {t}" for t, n in sp.types.items() if n)
        lines.append(f"    {_plural(sp.count, 'quote')} ({counts}) in {_plural(len(sp.files), 'file')}")
        for q in sp.quotes:
            where = f"      {q.doc}:{q.line}  {q.type:<8}  "
            text = shown(q)
            if not full:
                text = cut(text, max(12, (width or 0) - display_width(where)))
            lines.append(where + text)
        lines.append("")
    return "\n".join(lines)


def format_csv(speakers: list[Speaker], excel: bool = False) -> str:
    """One row a speaker (see :data:`WHO_CSV_FIELDS`), same dialects as ``extract``."""
    buf = io.StringIO(newline="")
    if excel:
        buf.write("\ufeff")
    w = csv.writer(buf, delimiter=";" if excel else ",", lineterminator="\r\n")
    w.writerow(WHO_CSV_FIELDS)
    for rank, sp in enumerate(speakers, 1):
        t = sp.types
        w.writerow([rank, neutralise(sp.name or ""), neutralise(" | ".join(sp.role_list())),
                    sp.count, t["direct"], t["indirect"], t["mixed"],
                    neutralise(" | ".join(sp.files))])
    return buf.getvalue()


def format_json(speakers: list[Speaker]) -> str:
    """A list of speakers, each with its quotes as ``Quote.to_dict()``."""
    return json.dumps([sp.to_dict(r) for r, sp in enumerate(speakers, 1)],
                      ensure_ascii=False, indent=1) + "\n"


def format_who(speakers: list[Speaker], fmt: str = "table", *, width: Optional[int] = 100,
               full: bool = False, excel: bool = False) -> str:
    if fmt == "table":
        return format_table(speakers, width, full)
    if fmt == "csv":
        return format_csv(speakers, excel)
    if fmt == "json":
        return format_json(speakers)
    raise ValueError(f"unknown format {fmt!r}; one of {', '.join(WHO_FORMATS)}")
