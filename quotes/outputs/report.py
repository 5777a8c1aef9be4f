"""An HTML report of who speaks, for a journalist's browser.

One self-contained file: inline CSS and SVG, no script, no font or image
from elsewhere, so it opens offline and makes no network request.  The page
is written by Jinja2 templates (``templates/*.html.j2``, autoescaped); this
module only prepares what they show: the summary (from
:func:`quotes.outputs.summary.summarise`, the numbers ``quotes who
--summary`` prints), the ranked speakers, and each article's text cut into
plain text and highlighted quotes.

Quotes may nest (a direct quote inside a mixed one); a quote that crosses
another's end is split in two pieces of the same ``data-q``, only the first
of which is focusable, so each quote is one tab stop.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional, Sequence, Union

from .. import __version__
from .summary import GENDER_NOTE, Summary, speaker_gender, speaker_kind, summarise
from .who import rank_speakers
from .xlsx import MissingLibrary
from ..record import QUOTE_TYPES, Quote

#: one colour per speaker, by rank (then again from the start, the rank
#: number telling them apart): light fills dark text stays readable on.
PALETTE = ("#ffd8a8", "#a5d8ff", "#b2f2bb", "#fcc2d7", "#d0bfff", "#ffec99", "#99e9f2",
           "#ffc9c9", "#c0eb75", "#eebefa", "#bac8ff", "#96f2d7")
NO_SPEAKER_COLOUR = "#dee2e6"
VIA = {"name": "named", "pronoun": "by a pronoun", "description": "by a description",
       "context": "from the context"}
GENDER_LABEL = {"f": "woman", "m": "man"}
KIND_LABEL = {"person": "person", "organisation": "organisation", "group": "group"}


def require() -> Any:
    """The ``jinja2`` module, or a one-line :class:`MissingLibrary` saying how to get it."""
    try:
        import jinja2
    except ImportError:
        raise MissingLibrary("the HTML report needs Jinja2: pip install 'quotes[report]'") from None
    return jinja2


@dataclass
class QuoteView:
    """What the page shows of one quote."""

    id: str
    quote: Quote
    speaker: "SpeakerView"
    tip: str
    description: str


@dataclass
class SpeakerView:
    rank: int
    id: str
    name: Optional[str]
    colour: str
    roles: list[str]
    kind: Optional[str]
    gender: Optional[str]
    count: int
    types: dict[str, int]
    files: list[str]
    quotes: list[QuoteView] = field(default_factory=list)


@dataclass
class Mark:
    """A highlighted piece of text; ``first``: the piece that starts the quote."""

    q: QuoteView
    first: bool
    children: list[Union[str, "Mark"]] = field(default_factory=list)


@dataclass
class ArticleView:
    id: str
    path: str
    nodes: list[Union[str, Mark]]
    quotes: list[QuoteView]


def _tip(q: Quote) -> tuple[str, str]:
    """(the hover/focus box's lines, the same as one sentence for screen readers)."""
    who = q.speaker or "no speaker found"
    role = f", {q.role}" if q.role else ""
    how = VIA.get(q.speaker_via or "", "")
    mention = f"« {q.speaker_mention} »" if q.speaker_mention else ""
    found = " ".join(x for x in ("found", how, mention) if x) if (how or mention) else ""
    cue = f"cue: {q.cue}" if q.cue else "no cue"
    how_found = (f" · {found}" if found else "", f"; {found}" if found else "")
    lines = [f"{who}{role}", f"{q.type} quote · {cue}{how_found[0]}"]
    sentence = f"{q.type.capitalize()} quote by {who}{role}; {cue}{how_found[1]}."
    return "\n".join(lines), sentence


def highlight(text: str, views: Sequence[QuoteView]) -> list[Union[str, Mark]]:
    """``text`` as a tree of plain strings and :class:`Mark` pieces, outer quotes first.

    The text of the tree, read in order, is ``text`` itself; each quote's
    pieces together hold exactly ``text[start:end]``.
    """
    order = sorted(views, key=lambda v: (v.quote.start, -v.quote.end, v.id))
    cuts = sorted({0, len(text)} | {v.quote.start for v in views} | {v.quote.end for v in views})
    root: list[Union[str, Mark]] = []
    stack: list[Mark] = []
    opened: set[str] = set()

    def container() -> list:
        return stack[-1].children if stack else root

    for a, b in zip(cuts, cuts[1:] + [None]):
        # empty quotes at this point: an empty mark, so they are still shown
        for v in order:
            if v.quote.start == v.quote.end == a and v.id not in opened:
                opened.add(v.id)
                container().append(Mark(v, True))
        if b is None:
            break
        active = [v for v in order if v.quote.start <= a and v.quote.end >= b
                  and v.quote.start < v.quote.end]
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep].q is active[keep]:
            keep += 1
        del stack[keep:]
        for v in active[keep:]:
            m = Mark(v, v.id not in opened)
            opened.add(v.id)
            container().append(m)
            stack.append(m)
        container().append(text[a:b])
    return root


def build(articles: Sequence[tuple[str, str, Sequence[Quote]]],
          title: Optional[str] = None) -> dict[str, Any]:
    """The templates' context for ``articles``: (path, text, quotes) each."""
    all_quotes = [q for _p, _t, qs in articles for q in qs]
    ranked = rank_speakers(all_quotes)
    summary = summarise(all_quotes, len(articles), ranked)
    speakers: list[SpeakerView] = []
    of_quote: dict[int, SpeakerView] = {}
    for rank, sp in enumerate(ranked, 1):
        colour = PALETTE[(rank - 1) % len(PALETTE)] if sp.name else NO_SPEAKER_COLOUR
        view = SpeakerView(rank, f"s{rank}", sp.name, colour, sp.role_list(), speaker_kind(sp),
                           speaker_gender(sp), sp.count, sp.types, sp.files)
        speakers.append(view)
        for q in sp.quotes:
            of_quote[id(q)] = view
    views: list[ArticleView] = []
    n = 0
    for i, (path, text, qs) in enumerate(articles, 1):
        qviews = []
        for q in sorted(qs, key=lambda q: (q.start, q.end)):
            n += 1
            sp = of_quote[id(q)]
            tip, description = _tip(q)
            qv = QuoteView(f"q{n}", q, sp, tip, description)
            sp.quotes.append(qv)
            qviews.append(qv)
        views.append(ArticleView(f"a{i}", path, highlight(text, qviews), qviews))
    return {"title": title or "Who speaks", "summary": summary, "numbers": _numbers(summary),
            "charts": _charts(summary), "speakers": speakers, "articles": views,
            "types": QUOTE_TYPES, "gender_line": summary.gender_line(), "gender_note": GENDER_NOTE,
            "gender_label": GENDER_LABEL, "kind_label": KIND_LABEL, "version": __version__}


def _numbers(s: Summary) -> dict[tuple[str, str], int]:
    """(measure, category) -> count: the page shows each once, marked with both."""
    return {(m, c): n for m, c, n, _share in s.rows()}


#: chart geometry (SVG user units)
CHART_LABEL, CHART_BAR, CHART_ROW = 96, 230, 22


def _charts(s: Summary) -> list[dict[str, Any]]:
    """Bars for each breakdown: the share of quotes and of speakers per category."""
    charts = []
    for name, title, rows in (("gender", "By gender (persons)", s.gender),
                              ("kind", "By kind of speaker", s.kind)):
        qt, st = sum(r.quotes for r in rows), sum(r.speakers for r in rows)
        bars = []
        for r in rows:
            qs, ss = (r.quotes / qt if qt else 0.0), (r.speakers / st if st else 0.0)
            bars.append({"label": r.label, "quotes": r.quotes, "speakers": r.speakers,
                         "quotes_pct": round(100 * qs), "speakers_pct": round(100 * ss),
                         "quotes_w": round(CHART_BAR * qs, 1),
                         "speakers_w": round(CHART_BAR * ss, 1)})
        charts.append({"name": name, "title": title, "bars": bars,
                       "height": len(bars) * 2 * CHART_ROW + 30})
    return charts


def render(articles: Sequence[tuple[str, str, Sequence[Quote]]],
           title: Optional[str] = None) -> str:
    """The whole report, one HTML page as a string."""
    jinja2 = require()
    env = jinja2.Environment(loader=jinja2.PackageLoader("quotes.outputs", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True)
    env.tests["mark"] = lambda n: isinstance(n, Mark)
    ctx = build(articles, title)
    ctx.update(chart_label=CHART_LABEL, chart_bar=CHART_BAR, chart_row=CHART_ROW)
    return env.get_template("report.html.j2").render(ctx)
