"""The report of the seeds, made by the real command line and opened in
headless Chromium with no way to reach the network: every quote highlighted
once at its place, the summary's numbers those of ``quotes who --summary``,
tooltips on hover and keyboard focus, no request but the page itself, and a
screenshot.  Skipped without Chromium or a parser model."""
from __future__ import annotations

import csv
import dataclasses
import io
import os
import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, SEEDS, model_available
from quotes.text.reader import read_document

sys.path.insert(0, str(ROOT / "scripts"))
from chromium_pipe import Browser, find_chromium  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not find_chromium(),
                       reason="chromium not installed (apt-get install chromium)"),
    pytest.mark.skipif(not model_available(), reason="no parser model"),
]


class ParseOnce:
    """The real extractor, each article parsed once for both commands (the
    seeds take minutes to parse on a busy two-core machine)."""

    def __init__(self, nlp) -> None:
        from quotes.pipeline import Extractor

        self.inner = Extractor(nlp=nlp)
        self.done: dict = {}

    def extract_documents(self, docs):
        docs = list(docs)
        todo = [d for d in docs if (d.path, d.text) not in self.done]
        for d, qs in self.inner.extract_documents(todo):
            self.done[(d.path, d.text)] = qs
        for d in docs:
            yield d, [dataclasses.replace(q) for q in self.done[(d.path, d.text)]]


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory, nlp):
    """(report path, who --summary rows): the two commands on the seeds."""
    import quotes.cli.app
    from quotes.cli import main

    folder = tmp_path_factory.mktemp("report")
    page = folder / "report.html"
    once = ParseOnce(nlp)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(quotes.cli.app, "make_extractor", lambda model=None: once)
        mp.chdir(ROOT)
        seeds = os.path.relpath(SEEDS, ROOT)
        r = CliRunner().invoke(main, ["report", seeds, "-o", str(page), "-q"],
                               catch_exceptions=False)
        assert r.exit_code == 0, r.stderr
        r = CliRunner().invoke(main, ["who", "--summary", "-f", "csv", seeds, "-q"],
                               catch_exceptions=False)
        assert r.exit_code == 0, r.stderr
    rows = list(csv.reader(io.StringIO(r.stdout, newline="")))[1:]
    return page, [(m, c, int(n)) for m, c, n, _share in rows]


@pytest.fixture(scope="module")
def browser(seeds_report):
    with Browser(offline=True, width=1100, height=900) as b:
        b.load(str(seeds_report[0]))
        yield b


MARKS_JS = """(() => {
  const out = [];
  for (const art of document.querySelectorAll('article')) {
    const box = art.querySelector('.text');
    for (const m of box.querySelectorAll('mark[data-q]')) {
      const r = document.createRange();
      r.setStart(box, 0);
      r.setEndBefore(m);
      out.push({path: art.querySelector('h3').textContent, q: m.dataset.q,
                first: m.hasAttribute('tabindex'), start: m.dataset.start, end: m.dataset.end,
                offset: r.toString().length, text: m.textContent,
                bg: getComputedStyle(m).backgroundColor, speaker: m.dataset.speaker || null});
    }
  }
  return out;
})()"""


def dom_text(s: str) -> str:
    """What an HTML parser makes of the text's line ends."""
    return s.replace("\r\n", "\n").replace("\r", "\n")


def test_no_request_but_the_page_and_it_renders(browser, seeds_report):
    assert browser.requests() == [seeds_report[0].resolve().as_uri()]
    assert browser.js("document.querySelectorAll('article').length") == 5
    assert browser.js("document.querySelector('#summary svg rect.bar-quotes').getBBox().width") > 0
    # nothing in the page points elsewhere: links are anchors, no script, image or frame
    assert browser.js("document.querySelectorAll('script, link, img, iframe, object, embed, "
                      "[src], [srcset], [action]').length") == 0
    hrefs = browser.js("[...document.querySelectorAll('[href]')].map(e => e.getAttribute('href'))")
    assert hrefs and all(h.startswith("#") for h in hrefs)


def test_every_quote_highlighted_once_at_its_place(browser, seeds_report):
    marks = browser.js(MARKS_JS)
    texts = {}
    for path in browser.js("[...document.querySelectorAll('article h3')].map(h => h.textContent)"):
        texts[path] = read_document(str(ROOT / path)).text
    boxes = browser.js("[...document.querySelectorAll('article .text')].map(b => b.textContent)")
    assert boxes == [dom_text(t) for t in texts.values()]  # the article, whole and unchanged
    by_q: dict[str, list] = {}
    for m in marks:
        by_q.setdefault(m["q"], []).append(m)
        assert m["bg"] not in ("rgba(0, 0, 0, 0)", "transparent"), m  # highlighted
    n_quotes = dict(((m, c), n) for m, c, n in seeds_report[1])[("quotes", "all")]
    assert len(by_q) == n_quotes > 0
    for q, pieces in by_q.items():
        first = pieces[0]
        assert [p["first"] for p in pieces] == [True] + [False] * (len(pieces) - 1), q
        text = texts[first["path"]]
        start, end = int(first["start"]), int(first["end"])
        assert first["offset"] == len(dom_text(text[:start])), q
        at = first["offset"]
        for p in pieces:  # the pieces follow one another
            assert p["offset"] == at, q
            at += len(p["text"])
        assert "".join(p["text"] for p in pieces) == dom_text(text[start:end]), q


def test_one_colour_per_speaker(browser):
    marks = [m for m in browser.js(MARKS_JS) if m["first"]]
    colours: dict[str, set] = {}
    for m in marks:
        colours.setdefault(m["speaker"], set()).add(browser.js(
            f"document.getElementById('{m['q']}').style.getPropertyValue('--c')"))
    assert all(len(c) == 1 for c in colours.values())
    top = [next(iter(colours[f"s{i}"])) for i in range(1, 13) if f"s{i}" in colours]
    assert len(set(top)) == len(top)  # the first twelve speakers all differ


def test_summary_numbers_equal_who_summary(browser, seeds_report):
    shown = browser.js("[...document.querySelectorAll('[data-measure]')].map("
                       "e => [e.dataset.measure, e.dataset.category, e.textContent])")
    assert Counter((m, c, int(n)) for m, c, n in shown) == Counter(seeds_report[1])


def test_tooltip_on_keyboard_focus_and_hover(browser):
    after = "getComputedStyle(document.activeElement, '::after').content"
    browser.js("document.getElementById('q1').focus()")
    browser.key("Tab")  # the keyboard reaches the next quote
    assert browser.js("document.activeElement.id") == "q2"
    tip = browser.js("document.activeElement.dataset.tip")
    assert browser.js(after) == '"' + tip.replace("\n", "\\a ") + '"'
    assert browser.js("document.getElementById(document.activeElement.getAttribute("
                      "'aria-describedby')).textContent").endswith(".")
    browser.js("document.activeElement.blur()")
    assert browser.js("getComputedStyle(document.getElementById('q2'), '::after').content") == "none"
    # hover: the mouse on a quote with no quote inside it
    qid = browser.js("[...document.querySelectorAll('mark[tabindex]')].find("
                     "m => !m.querySelector('mark')).id")
    x, y = browser.js(f"(() => {{const e = document.getElementById('{qid}'); e.scrollIntoView();"
                      "const r = e.getClientRects()[0]; return [r.x + 3, r.y + r.height / 2];})()")
    browser.hover(x, y)
    assert browser.js(f"getComputedStyle(document.getElementById('{qid}'), '::after').content") \
        != "none"


def test_screenshot(browser, tmp_path):
    browser.js("window.scrollTo(0, 0)")
    shot = tmp_path / "report.png"
    size = browser.screenshot(str(shot), full_page=True)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and size == len(data) > 20_000
    keep = os.environ.get("QUOTES_SCREENSHOT_DIR")
    if keep:
        Path(keep, "report-test.png").write_bytes(data)
