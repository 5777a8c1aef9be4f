"""The balance of voices: who gets quoted, by gender and by kind of speaker.

One function, :func:`summarise`, computes every number; the HTML report,
``quotes who --summary`` (terminal, CSV, JSON) and the xlsx "Balance" sheet
all show what it returns, so they cannot disagree.

Speakers are counted the way ``quotes who`` ranks them (the same person
across articles once).  A speaker's gender and kind are those most of their
quotes carry; a tie between two values counts as not stated rather than a
guess.  Gender is the grammatical gender the article uses for the person,
so it is counted for persons (and speakers of unknown kind) only: "la CGT"
or "les syndicats" have a grammatical gender but are no women or men.
"""
from __future__ import annotations

import csv
import io
import json
import textwrap
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Optional

from .export import clean
from .who import Speaker, rank_speakers
from ..record import QUOTE_TYPES, Quote

#: (value of ``Quote.speaker_gender``, label), in display order.
GENDERS: tuple[tuple[Optional[str], str], ...] = (("f", "women"), ("m", "men"),
                                                  (None, "not stated"))
#: (value of ``Quote.speaker_kind``, label), in display order.
KINDS: tuple[tuple[Optional[str], str], ...] = (("person", "persons"),
                                                ("organisation", "organisations"),
                                                ("group", "groups"), (None, "not stated"))
#: kinds that have no gender in the balance (bodies, not people).
UNGENDERED_KINDS = ("organisation", "group")
#: columns of ``quotes who --summary --format csv``: one number a row ("long"
#: data a pivot table takes as it is); share is of the measure's total.
SUMMARY_CSV_FIELDS = ("measure", "category", "count", "share")

GENDER_NOTE = ("Gender is the grammatical gender the article itself uses for the person "
               "(M./Mme, il/elle, la directrice, élue), not a guess; organisations and "
               "groups are counted by kind only.")


def majority(values: Iterable[Optional[str]]) -> Optional[str]:
    """The value most of ``values`` carry, ignoring None; None on a tie or none."""
    c = Counter(v for v in values if v)
    if not c:
        return None
    (top, n), *rest = c.most_common(2)
    return None if rest and rest[0][1] == n else top


def speaker_gender(sp: Speaker) -> Optional[str]:
    """``f``, ``m`` or None for a speaker (None too for organisations and groups)."""
    if speaker_kind(sp) in UNGENDERED_KINDS:
        return None
    return majority(q.speaker_gender for q in sp.quotes)


def speaker_kind(sp: Speaker) -> Optional[str]:
    """``person``, ``organisation``, ``group`` or None for a speaker."""
    return majority(q.speaker_kind for q in sp.quotes)


@dataclass(frozen=True)
class Row:
    """One category of a breakdown: its quotes and its distinct speakers."""

    key: Optional[str]
    label: str
    quotes: int
    speakers: int


@dataclass(frozen=True)
class Summary:
    """Every number of the balance of voices (see :func:`summarise`)."""

    articles: int
    quotes: int
    types: dict[str, int]
    speakers: int
    #: quotes no speaker was found for (in no breakdown below)
    unattributed: int
    #: persons and speakers of unknown kind, by gender (see :data:`GENDERS`)
    gender: tuple[Row, ...]
    #: all speakers by kind (see :data:`KINDS`)
    kind: tuple[Row, ...]

    @property
    def gendered_speakers(self) -> int:
        """Speakers the gender breakdown counts (all but organisations and groups)."""
        return sum(r.speakers for r in self.gender)

    @property
    def no_gender(self) -> int:
        """Speakers counted by gender for whom the articles state none."""
        return next(r.speakers for r in self.gender if r.key is None)

    def gender_line(self) -> str:
        """The one line a reader needs to read the gender figures right."""
        return (f"{GENDER_NOTE} {self.no_gender} of {self.gendered_speakers} "
                f"speaker{'s' * (self.gendered_speakers != 1)} had none.")

    def rows(self) -> list[tuple[str, str, int, Optional[float]]]:
        """(measure, category, count, share of the measure's total): every number once."""
        def share(n: int, total: int) -> Optional[float]:
            return round(n / total, 4) if total else None

        out: list[tuple[str, str, int, Optional[float]]] = [
            ("articles", "all", self.articles, None),
            ("quotes", "all", self.quotes, None),
        ]
        out += [("quotes", t, self.types[t], share(self.types[t], self.quotes))
                for t in QUOTE_TYPES]
        out.append(("quotes", "no speaker found", self.unattributed,
                    share(self.unattributed, self.quotes)))
        out.append(("speakers", "all", self.speakers, None))
        for name, rows in (("gender", self.gender), ("kind", self.kind)):
            q_total, s_total = sum(r.quotes for r in rows), sum(r.speakers for r in rows)
            out += [(f"quotes by {name}", r.label, r.quotes, share(r.quotes, q_total))
                    for r in rows]
            out += [(f"speakers by {name}", r.label, r.speakers, share(r.speakers, s_total))
                    for r in rows]
        return out

    def to_dict(self) -> dict[str, Any]:
        def rows(rs: tuple[Row, ...], field: str) -> list[dict[str, Any]]:
            return [{field: r.key, "label": r.label, "quotes": r.quotes, "speakers": r.speakers}
                    for r in rs]

        return {"articles": self.articles, "quotes": self.quotes, "types": dict(self.types),
                "speakers": self.speakers, "unattributed_quotes": self.unattributed,
                "gender": rows(self.gender, "gender"), "kind": rows(self.kind, "kind"),
                "speakers_without_gender": self.no_gender, "gender_note": GENDER_NOTE}


def summarise(quotes: Iterable[Quote], articles: Optional[int] = None,
              speakers: Optional[list[Speaker]] = None) -> Summary:
    """The balance of voices of ``quotes``.

    ``articles``: how many articles were read (those without quotes count
    too); by default, the distinct ``doc`` of the quotes.  ``speakers``: the
    ranking already made by :func:`rank_speakers` from the same quotes, to
    avoid making it twice.
    """
    quotes = list(quotes)
    ranked = speakers if speakers is not None else rank_speakers(quotes)
    named = [sp for sp in ranked if sp.name is not None]
    types = Counter(q.type for q in quotes)

    def breakdown(table, key_of, who: list[Speaker]) -> tuple[Row, ...]:
        q, s = Counter(), Counter()
        for sp in who:
            k = key_of(sp)
            q[k] += sp.count
            s[k] += 1
        return tuple(Row(k, label, q[k], s[k]) for k, label in table)

    persons = [sp for sp in named if speaker_kind(sp) not in UNGENDERED_KINDS]
    return Summary(
        articles=len({q.doc for q in quotes}) if articles is None else articles,
        quotes=len(quotes), types={t: types.get(t, 0) for t in QUOTE_TYPES},
        speakers=len(named), unattributed=sum(sp.count for sp in ranked if sp.name is None),
        gender=breakdown(GENDERS, speaker_gender, persons),
        kind=breakdown(KINDS, speaker_kind, named))


# ------------------------------------------------------------------ text forms

BAR_WIDTH = 24
#: the explanatory line is wrapped to the width of the table
TEXT_WIDTH = 2 + 16 + 1 + 6 + 6 + BAR_WIDTH + 1 + 8 + 6 + BAR_WIDTH


def bar(n: int, total: int, width: int = BAR_WIDTH) -> str:
    """A bar of block characters, its length the share ``n / total`` of ``width``."""
    if not total or not n:
        return ""
    eighths = round(8 * width * n / total)
    full, part = divmod(max(eighths, 1), 8)
    return "█" * full + (" ▏▎▍▌▋▊▉"[part] if part else "")


def _percent(n: int, total: int) -> str:
    return f"{100 * n / total:3.0f}%" if total else "   -"


def format_summary_table(s: Summary) -> str:
    """The terminal view: the totals, then each breakdown as numbers and bars."""
    types = ", ".join(f"{s.types[t]} {t}" for t in QUOTE_TYPES)
    lines = [f"{s.articles} article{'s' * (s.articles != 1)}, {s.quotes} "
             f"quote{'s' * (s.quotes != 1)} ({types}), {s.speakers} "
             f"speaker{'s' * (s.speakers != 1)}; {s.unattributed} "
             f"quote{'s' * (s.unattributed != 1)} with no speaker found", ""]
    for title, rows in (("Gender (persons)", s.gender), ("Kind", s.kind)):
        qt, st = sum(r.quotes for r in rows), sum(r.speakers for r in rows)
        lines.append(f"{title:<18} {'quotes':>6}{'':<{BAR_WIDTH + 8}}{'speakers':>8}")
        for r in rows:
            lines.append(f"  {r.label:<16} {r.quotes:>6} {_percent(r.quotes, qt)} "
                         f"{bar(r.quotes, qt):<{BAR_WIDTH + 1}} {r.speakers:>8} "
                         f"{_percent(r.speakers, st)} {bar(r.speakers, st)}".rstrip())
        lines.append("")
    lines += textwrap.wrap(clean(s.gender_line()), TEXT_WIDTH)
    return "\n".join(lines) + "\n"


def format_summary_csv(s: Summary, excel: bool = False) -> str:
    """:data:`SUMMARY_CSV_FIELDS`, one number a row; same dialects as ``extract``."""
    buf = io.StringIO(newline="")
    if excel:
        buf.write("\ufeff")
    w = csv.writer(buf, delimiter=";" if excel else ",", lineterminator="\r\n")
    w.writerow(SUMMARY_CSV_FIELDS)
    for measure, category, count, share in s.rows():
        cell = "" if share is None else str(share)
        # a French spreadsheet reads "0,25" as a number and "0.25" as text
        w.writerow([measure, category, count, cell.replace(".", ",") if excel else cell])
    return buf.getvalue()


def format_summary_json(s: Summary) -> str:
    return json.dumps(s.to_dict(), ensure_ascii=False, indent=1) + "\n"


def format_summary(s: Summary, fmt: str = "table", *, excel: bool = False) -> str:
    """``table``, ``csv`` or ``json`` (xlsx: see :mod:`quotes.outputs.xlsx`)."""
    if fmt == "table":
        return format_summary_table(s)
    if fmt == "csv":
        return format_summary_csv(s, excel)
    if fmt == "json":
        return format_summary_json(s)
    raise ValueError(f"unknown summary format {fmt!r}; one of table, csv, json")
