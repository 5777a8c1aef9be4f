"""Which rules run by default, and in what order findings come (issue 23).

On ordinary web copy French spacing (Q5) gave 160 of 163 findings and buried
the one quote without a speaker: Q5 is opt-in, and a file's speaker
findings come before its marks and its typography, in the output and in the
summary line.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.check import all_rules, select_rules
from quotes.cli import main

NB = "\u00a0"
#: spaces missing or breaking around the marks (four Q5), an unclosed '«'
#: (Q1) on a quote nobody said (Q2).
ARTICLE = ("Le conseil municipal a voté : «Le marché restera ouvert.»\n\n"
           "« Personne ne sait pourquoi.\n")
SCRIPT = {"Le marché": ("conseil municipal", "Le conseil municipal")}


@pytest.fixture
def run(tmp_path, monkeypatch, scripted):
    """``quotes check ARGS`` in a fresh folder, with a scripted (model-free) extractor."""
    import quotes.check as qc

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(qc, "_default_extractor", lambda model: scripted(SCRIPT))
    Path("a.txt").write_text(ARTICLE, encoding="utf-8")

    def go(*args: str):
        return CliRunner().invoke(main, ["check", *args], catch_exceptions=False)

    return go


def test_q5_is_opt_in():
    assert [r.code for r in select_rules()] == ["Q1", "Q2", "Q3", "Q4"]
    assert [r.code for r in select_rules(["Q5"])] == ["Q5"]
    assert "Q5" in [r.code for r in select_rules(["ALL"])]
    assert [r.code for r in all_rules() if not r.default] == ["Q5"]


def test_default_run_has_no_spacing_findings(run):
    r = run("a.txt")
    assert r.exit_code == 1
    codes = [line.split()[1] for line in r.stdout.splitlines()]
    assert "Q5" not in codes
    assert codes == ["Q2", "Q1"]  # the speaker finding first
    assert r.stdout.splitlines()[0].startswith("a.txt:3:3: Q2 ")
    assert "(Q2: 1, Q1: 1)" in r.stderr


def test_select_q5_lists_them(run):
    r = run("--select", "Q5", "a.txt")
    assert r.exit_code == 1
    assert [line.split()[1] for line in r.stdout.splitlines()] == ["Q5"] * 4


def test_config_can_bring_q5_back(run):
    Path("setup.cfg").write_text("[quotes]\nselect = Q1,Q5\n", encoding="utf-8")
    r = run("a.txt")
    assert [line.split()[1] for line in r.stdout.splitlines()] == ["Q1"] + ["Q5"] * 4


def test_summary_puts_speaker_rules_first(run):
    r = run("--select", "ALL", "a.txt")
    codes = [line.split()[1] for line in r.stdout.splitlines()]
    assert codes == ["Q2", "Q1"] + ["Q5"] * 4
    assert "6 findings in 1 of 1 file (Q2: 1, Q1: 1, Q5: 4)" in r.stderr


def test_list_rules_says_q5_is_opt_in(run):
    r = run("--list-rules")
    q5 = [ln for ln in r.stdout.splitlines() if ln.startswith("Q5")][0]
    assert "opt-in" in q5 and "--select Q5" in q5
