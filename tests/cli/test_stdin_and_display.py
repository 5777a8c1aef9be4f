"""What the output says, read by a person (issue 23): standard input is
``<stdin>`` (or ``--name``), never a neutralised ``'-``; indirect quotes are
printed without quotation marks; positions are documented."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

import quotes.cli.app
from quotes.cli import main
from quotes.outputs.export import table_line
from quotes.outputs.who import format_table, rank_speakers
from quotes.record import Quote

ARTICLE = "Selon Jean Dupont, « le pont sera rouvert lundi ».\n"


def invoke(*args: str, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_stdin_is_named_in_csv_and_not_neutralised(fake_core):
    r = invoke("extract", "-f", "csv", "-", input=ARTICLE.encode())
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [row["file"] for row in rows] == ["<stdin>"]


@pytest.mark.parametrize("cmd,fmt", [("extract", "jsonl"), ("who", "json")])
def test_name_sets_it(fake_core, cmd, fmt):
    r = invoke(cmd, "-f", fmt, "--name", "depeche.txt", "-", input=ARTICLE.encode())
    assert r.exit_code == 0, r.output
    assert '"doc": "depeche.txt"' in r.stdout and '"-"' not in r.stdout


def test_table_names_stdin(fake_core):
    r = invoke("extract", "-", input=ARTICLE.encode())
    assert r.stdout.startswith("<stdin>:1:22  direct  Jean Dupont\n")


def _q(kind: str, text: str) -> Quote:
    return Quote("a.txt", 0, len(text), text, kind, speaker="Jean Dupont", line=1, column=1)


INDIRECT = _q("indirect", "que le pont serait rouvert lundi")
DIRECT = _q("direct", "Le pont sera rouvert lundi")
MIXED = _q("mixed", "que le pont serait « rouvert lundi »")


def test_table_marks_only_direct_quotes():
    assert table_line(DIRECT, None).splitlines()[1] == "    « Le pont sera rouvert lundi »"
    assert table_line(INDIRECT, None).splitlines()[1] == "    que le pont serait rouvert lundi"
    assert table_line(MIXED, None).splitlines()[1] == "    que le pont serait « rouvert lundi »"


def test_who_marks_only_direct_quotes():
    lines = format_table(rank_speakers([DIRECT, INDIRECT, MIXED]), None).splitlines()
    assert lines[2].endswith("direct    « Le pont sera rouvert lundi »")
    assert lines[3].endswith("indirect  que le pont serait rouvert lundi")
    assert lines[4].endswith("mixed     que le pont serait « rouvert lundi »")


TWO = "Jean Dupont a affirmé que le pont serait rouvert. « Ce sera lundi », a-t-il dit.\n"


class _Typed:
    """A fake core giving TWO's indirect and direct quote, for the CLI."""

    def extract_documents(self, docs):
        for d in docs:
            spans = [("indirect", d.text.index("que"), d.text.index(". «")),
                     ("direct", d.text.index("Ce sera"), d.text.index(" »"))]
            yield d, [Quote(d.path, a, b, d.text[a:b], kind, speaker="Jean Dupont", line=1,
                            column=a + 1) for kind, a, b in spans]


@pytest.mark.parametrize("cmd", ["extract", "who"])
def test_cli_table_and_who(tmp_path, monkeypatch, cmd):
    monkeypatch.setattr(quotes.cli.app, "make_extractor", lambda model=None: _Typed())
    p = tmp_path / "a.txt"
    p.write_text(TWO, encoding="utf-8")
    r = invoke(cmd, str(p))
    assert r.exit_code == 0, r.output
    assert "« Ce sera lundi »" in r.stdout
    assert "que le pont serait rouvert" in r.stdout
    assert "« que le pont" not in r.stdout and "rouvert »" not in r.stdout


def test_positions_are_documented():
    r = invoke("extract", "--help")
    text = " ".join(r.stdout.split())
    assert "line and column count from 1" in text
    assert "sentence and paragraph count from 0" in text
    assert "<stdin>" in text


def test_jsonl_keeps_the_fields_score_reads(fake_core):
    r = invoke("extract", "-f", "jsonl", "-", input=ARTICLE.encode())
    rec = json.loads(r.stdout.splitlines()[0])
    for k in ("doc", "start", "end", "text", "type", "speaker", "role", "cue"):
        assert k in rec
    assert ARTICLE[rec["start"]:rec["end"]] == rec["text"]


def test_stdin_name_with_jobs(fake_core, monkeypatch):
    """Worker processes read and extract; the name is still <stdin> (or --name)."""
    import conftest

    monkeypatch.setattr(quotes.cli.app, "parallel_factory", conftest.FakeExtractor)
    for extra, name in (([], "<stdin>"), (["--name", "dépêche"], "dépêche")):
        r = invoke("extract", "-j", "2", "-f", "csv", *extra, "-", input=ARTICLE.encode())
        assert r.exit_code == 0, r.output
        assert [row["file"] for row in csv.DictReader(io.StringIO(r.stdout))] == [name]
