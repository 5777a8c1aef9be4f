"""The HTML report without a browser: the highlighting tree, the page's
content and safety, and ``quotes report`` on the command line."""
from __future__ import annotations

import csv
import io
import re
import sys
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings, strategies as st

import quotes.cli.app
from quotes.outputs.report import Mark, QuoteView, build, highlight, render

from .conftest import article_quotes, make_quote as Q

pytest.importorskip("jinja2")


def view(i: int, q) -> QuoteView:
    return QuoteView(f"q{i}", q, None, "", "")


def flatten(nodes) -> str:
    return "".join(n if isinstance(n, str) else flatten(n.children) for n in nodes)


def pieces(nodes, out=None) -> dict:
    """quote id -> [(first, text)] in document order."""
    out = {} if out is None else out
    for n in nodes:
        if isinstance(n, Mark):
            out.setdefault(n.q.id, []).append((n.first, flatten(n.children)))
            pieces(n.children, out)
    return out


def test_nested_quotes_nest():
    text = "Il a dit que « tout va bien » et que rien ne change."
    outer = Q(text[9:-1], start=9, type="mixed")
    inner = Q("« tout va bien »", start=13)
    tree = highlight(text, [view(1, inner), view(2, outer)])
    assert flatten(tree) == text
    assert tree[0] == "Il a dit " and isinstance(tree[1], Mark) and tree[1].q.id == "q2"
    assert tree[2] == "."
    assert [type(n).__name__ for n in tree[1].children] == ["str", "Mark", "str"]
    assert pieces(tree) == {"q2": [(True, outer.text)], "q1": [(True, inner.text)]}


def test_crossing_quotes_split_into_pieces_of_one_quote():
    text = "0123456789abcdef"
    a, b = Q(text[2:10], start=2), Q(text[6:14], start=6)
    tree = highlight(text, [view(1, a), view(2, b)])
    p = pieces(tree)
    assert flatten(tree) == text
    assert p["q1"] == [(True, a.text)]
    assert p["q2"] == [(True, "6789"), (False, "abcd")]  # one focusable piece, one continuation


def test_empty_and_adjacent_quotes():
    text = "«a»«b»"
    tree = highlight(text, [view(1, Q("«a»", start=0)), view(2, Q("«b»", start=3)),
                            view(3, Q("", start=3))])
    assert flatten(tree) == text
    assert pieces(tree) == {"q1": [(True, "«a»")], "q3": [(True, "")], "q2": [(True, "«b»")]}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab «»\n", min_size=0, max_size=30), st.data())
def test_highlighting_keeps_the_text_and_every_quote(text, data):
    n = len(text)
    spans = data.draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n)), max_size=6))
    qs = [Q(text[min(a, b):max(a, b)], start=min(a, b)) for a, b in spans]
    tree = highlight(text, [view(i, q) for i, q in enumerate(qs)])
    assert flatten(tree) == text
    p = pieces(tree)
    for i, q in enumerate(qs):
        got = p[f"q{i}"]
        assert [first for first, _ in got] == [True] + [False] * (len(got) - 1)
        assert "".join(t for _, t in got) == q.text


# ------------------------------------------------------------------ the page

ARTICLE = ("Le ministre Paul Roy a déclaré que « rien n'est joué ».\n\n"
           "« Nous <script>alert(1)</script> tiendrons », a assuré Anne Martin, maire & élue.\n")


def sample_articles():
    qs = article_quotes(ARTICLE, [
        ("rien n'est joué", "indirect", dict(speaker="Paul Roy", role="ministre", cue="déclarer",
                                             speaker_gender="m", speaker_kind="person",
                                             speaker_via="name", speaker_mention="Paul Roy")),
        ("« Nous <script>alert(1)</script> tiendrons »", "direct",
         dict(speaker="Anne Martin", role="maire", cue="assurer", speaker_gender="f",
              speaker_kind="person", speaker_via="pronoun", speaker_mention="elle")),
    ])
    return [("a.txt", ARTICLE, qs), ("vide.txt", "Aucune citation ici.", [])]


class Page(HTMLParser):
    """The page as the tests need it: tags with attributes, and each
    article's text with where each quote piece begins."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.texts: list[str] = []
        self.marks: list[tuple[dict, int, int]] = []  # (attrs, article, offset)
        self._in_text = 0
        self._depth = 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if self._in_text:
            self._depth += 1
            if tag == "mark":
                self.marks.append((a, len(self.texts) - 1, len(self.texts[-1])))
        elif tag == "div" and a.get("class") == "text":
            self._in_text, self._depth = 1, 0
            self.texts.append("")

    def handle_endtag(self, tag):
        if self._in_text:
            if self._depth == 0:
                self._in_text = 0
            else:
                self._depth -= 1

    def handle_data(self, data):
        if self._in_text:
            self.texts[-1] += data


def test_page_shows_text_exactly_and_marks_every_quote_at_its_place():
    arts = sample_articles()
    html = render(arts, title="Semaine <49>")
    page = Page(html)
    assert page.texts == [ARTICLE, "Aucune citation ici."]
    firsts = [(a, art, off) for a, art, off in page.marks if "tabindex" in a]
    assert len(firsts) == 2
    for (a, art, off), q in zip(firsts, arts[0][2]):
        assert off == q.start and int(a["data-start"]) == q.start
        assert ARTICLE[q.start:q.end] == q.text
        assert q.type in a["class"].split()
        assert a["aria-describedby"] == "d-" + a["data-q"]
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "<title>Semaine &lt;49&gt;</title>" in html


def test_tooltips_say_who_role_cue_and_how():
    page = Page(render(sample_articles()))
    tips = [a["data-tip"] for a, _, _ in page.marks if "tabindex" in a]
    assert tips[0] == ("Paul Roy, ministre\n"
                       "indirect quote · cue: déclarer · found named « Paul Roy »")
    assert "Anne Martin, maire" in tips[1] and "by a pronoun « elle »" in tips[1]
    html = render(sample_articles())
    assert re.search(r'<span id="d-q2">Direct quote by Anne Martin, maire; cue: assurer; '
                     r'found by a pronoun « elle »\.</span>', html)


def test_page_is_self_contained():
    html = render(sample_articles())
    for tag, attrs in Page(html).tags:
        for name in ("src", "href", "action", "srcset", "poster", "data", "xlink:href"):
            assert attrs.get(name) is None or attrs[name].startswith("#"), (tag, attrs)
        assert tag not in ("script", "link", "iframe", "img", "object", "embed", "base")
    assert not re.search(r"https?://|//[a-z]", html.replace("http://www.w3.org/2000/svg", ""),
                         re.I)
    assert "@import" not in html and "url(" not in html and "<script" not in html
    assert "default-src 'none'" in html  # and the browser is told to fetch nothing


def test_summary_numbers_and_speakers_in_the_page():
    arts = sample_articles()
    page = Page(render(arts))
    ctx = build(arts)
    numbers = {(a["data-measure"], a["data-category"]) for t, a in page.tags if "data-measure" in a}
    assert numbers == set(ctx["numbers"])  # every number of the summary, once
    html = render(arts)
    assert '<span class="num" data-measure="articles" data-category="all">2</span>' in html
    assert 'data-measure="speakers by gender" data-category="women">1</span>' in html
    # speakers ranked, each linking to their quotes
    ids = {a.get("id") for _t, a in page.tags}
    links = [a["href"] for t, a in page.tags if t == "a" and a.get("href", "").startswith("#q")]
    assert sorted(links) == ["#q1", "#q2"] and all(h[1:] in ids for h in links)
    assert ctx["speakers"][0].colour != ctx["speakers"][1].colour
    assert "grammatical gender" in html and "0 of 2 speakers had none" in html


def test_missing_jinja_is_one_clear_line(monkeypatch):
    from quotes.outputs.xlsx import MissingLibrary

    monkeypatch.setitem(sys.modules, "jinja2", None)
    with pytest.raises(MissingLibrary, match=r"quotes\[report\]"):
        render(sample_articles())


# ----------------------------------------------------------- command line

SEED_LIKE = ("Selon Marie Curie, « la science avance ».\n\n"
             "Selon Paul Roy, « - Nous partirons demain. »\n\n« Sans auteur. »\n")


def test_report_command_matches_who_summary(cli, tmp_path, fake_core):
    (tmp_path / "in").mkdir()
    for i in range(2):
        (tmp_path / "in" / f"art{i}.txt").write_text(SEED_LIKE, encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("Rien.", encoding="utf-8")
    out = tmp_path / "r.html"
    r = cli("report", tmp_path / "in", "-o", out, "--title", "Test")
    assert r.exit_code == 0, r.stderr
    page = Page(out.read_text(encoding="utf-8"))
    shown = {}
    for t, a in page.tags:
        if "data-measure" in a:
            shown[(a["data-measure"], a["data-category"])] = None
    html = out.read_text(encoding="utf-8")
    for m in re.finditer(r'data-measure="([^"]*)" data-category="([^"]*)">(\d+)<', html):
        shown[(m.group(1), m.group(2))] = int(m.group(3))
    s = cli("who", "--summary", "-f", "csv", tmp_path / "in")
    expected = {(a, b): int(c) for a, b, c, _ in list(csv.reader(io.StringIO(s.stdout)))[1:]}
    assert shown == expected
    assert expected[("articles", "all")] == 3 and expected[("quotes", "all")] == 6
    assert len([1 for a, _, _ in page.marks if "tabindex" in a]) == 6


def test_report_errors(cli, tmp_path, fake_core, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text(SEED_LIKE, encoding="utf-8")
    out = tmp_path / "r.html"
    r = cli("report", good, tmp_path / "missing.txt", "-o", out)
    assert r.exit_code == 2  # the other file still in the report
    assert "missing.txt" in r.stderr and out.exists()
    monkeypatch.setattr(quotes.cli.app, "_isatty", lambda s: True)
    r = cli("report", good)
    assert r.exit_code == 2 and "use -o report.html" in r.stderr
    out.write_text("old", encoding="utf-8")
    r = cli("report", tmp_path / "missing.txt", "-o", out)
    assert r.exit_code == 2 and out.read_text(encoding="utf-8") == "old"


def test_report_refuses_to_overwrite_an_input(cli, tmp_path, fake_core):
    art = tmp_path / "a.txt"
    art.write_text(SEED_LIKE, encoding="utf-8")
    r = cli("report", art, "-o", art)
    assert r.exit_code == 2
    assert art.read_text(encoding="utf-8") == SEED_LIKE  # nothing the user wrote is lost


def test_report_from_standard_input_is_named(cli, tmp_path, fake_core):
    out = tmp_path / "r.html"
    r = cli("report", "-", "--name", "dépêche.txt", "-o", out, input=SEED_LIKE)
    assert r.exit_code == 0, r.stderr
    assert '<h3 id="a1-h">dépêche.txt</h3>' in out.read_text(encoding="utf-8")
