"""Silence where a word is due (issue 23): a note when a text is not French,
a line while the model loads, results passed on as they come."""
from __future__ import annotations

from click.testing import CliRunner

import quotes.cli.app as app
from quotes.cli import main

FRENCH = ("La maire a assuré mardi que le pont serait rouvert la semaine prochaine. « Nous "
          "avons fait tout ce qui était possible », a-t-elle déclaré aux journalistes, en "
          "précisant que les travaux avaient été retardés par la tempête et que la ville "
          "remerciait les habitants pour leur patience, selon Marie Curie.\n")
ENGLISH = ("The minister said on Tuesday that the bridge would reopen next week. \"We have "
           "done everything we could,\" she told reporters, adding that the work had been "
           "delayed by the storm and that the town was grateful for its patience. Local "
           "shops have been waiting for months, and they were not happy about the delay.\n")


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_english_article_gets_a_note_and_exit_0(tmp_path, fake_core):
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    r = invoke("extract", str(tmp_path))
    assert r.exit_code == 0
    notes = [ln for ln in r.stderr.splitlines() if "does not look like French" in ln]
    assert len(notes) == 1 and notes[0].startswith(f"quotes: note: {tmp_path / 'en.txt'}: ")
    assert r.stdout  # the quote is still listed


def test_quiet_has_no_note(tmp_path, fake_core):
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    r = invoke("extract", "-q", str(tmp_path / "en.txt"))
    assert r.exit_code == 0 and r.stderr == ""


def test_loading_line_on_a_terminal(tmp_path, fake_core, monkeypatch):
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    monkeypatch.setattr(app, "_isatty", lambda stream: stream is not app.sys.stdout)
    r = invoke("extract", str(tmp_path / "fr.txt"))
    assert "quotes: loading the parser model…" in r.stderr.splitlines()[0]
    r = invoke("extract", "-q", str(tmp_path / "fr.txt"))
    assert "loading" not in r.stderr


class _Logged:
    """A fake core that, like the real one, yields each group when it is done."""

    def __init__(self, log: list) -> None:
        self.log = log

    def extract_documents(self, docs):
        for d in docs:
            self.log.append(f"parsed {d.path[-5:]}")
            yield d, []


def test_results_pass_on_as_they_come(tmp_path, monkeypatch):
    """The progress bar moved in steps of 16 files: results were held per chunk."""
    log: list = []
    monkeypatch.setattr(app, "make_extractor", lambda model=None: _Logged(log))
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(FRENCH, encoding="utf-8")
    run = app.Run([str(tmp_path)], quiet=True)
    for doc, _ in run.results(None):
        log.append(f"shown {doc.path[-5:]}")
    assert log[:4] == ["parsed 0.txt", "shown 0.txt", "parsed 1.txt", "shown 1.txt"]


def test_a_failing_article_is_isolated_once(tmp_path, monkeypatch):
    """After a core error the articles already passed on are not redone."""
    calls: list = []

    class Failing:
        def extract_documents(self, docs):
            for d in docs:
                calls.append(d.path[-5:])
                if "BOOM" in d.text:
                    raise RuntimeError("core bug")
                yield d, []

    monkeypatch.setattr(app, "make_extractor", lambda model=None: Failing())
    for i, text in enumerate([FRENCH, "BOOM " + FRENCH, FRENCH]):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    run = app.Run([str(tmp_path)], quiet=True)
    shown = [d.path[-5:] for d, _ in run.results(None)]
    assert shown == ["0.txt", "2.txt"]
    assert calls == ["0.txt", "1.txt", "1.txt", "2.txt"]
    assert run.internal_errors == 1
