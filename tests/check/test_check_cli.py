"""``quotes check`` on the command line: output, exit codes, config, --fix."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import main

NB = "\u00a0"
GOOD = f"La maire a tranché{NB}: «{NB}Le marché restera ouvert le dimanche.{NB}»\n"
BAD = ("La maire a tranché : «Le marché restera ouvert.\n\n"
       "Un commerçant répond{NB}: “Nous verrons bien”.\n").replace("{NB}", NB)


@pytest.fixture
def run(tmp_path, monkeypatch):
    """Run ``quotes check ARGS`` in a fresh directory; returns the click Result."""
    monkeypatch.chdir(tmp_path)

    def go(*args: str, input: str | None = None):
        return CliRunner().invoke(main, ["check", *args], input=input, catch_exceptions=False)

    return go


def write(name: str, text: str) -> str:
    Path(name).write_text(text, encoding="utf-8")
    return name


def test_clean_file_exits_0(run):
    write("good.txt", GOOD)
    r = run("--select", "Q1,Q4,Q5", "good.txt")
    assert r.exit_code == 0, r.output
    assert r.stdout == ""
    assert "1 file checked, no findings" in r.stderr


def test_findings_sorted_one_per_line_exit_1(run):
    write("b.txt", BAD)
    write("a.txt", BAD)
    r = run("--select", "Q1,Q4,Q5", "b.txt", "a.txt")
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    # by file, then by rank (marks before typography), then by position
    assert lines[:5] == [
        "a.txt:1:22: Q1 unbalanced quotation marks: « is never closed",
        "a.txt:3:24: Q4 “ ” mixed with « » at the top level",
        "a.txt:1:20: Q5 regular space before ':'; a no-break space belongs there",
        "a.txt:1:22: Q5 missing no-break space after «",
        "b.txt:1:22: Q1 unbalanced quotation marks: « is never closed",
    ]
    assert len(lines) == 8
    assert "8 findings in 2 of 2 files (Q1: 2, Q4: 2, Q5: 4)" in r.stderr


def test_json_format(run):
    write("a.txt", BAD)
    r = run("--select", "Q1", "--format", "json", "a.txt")
    data = json.loads(r.stdout)
    assert data == [{"path": "a.txt", "line": 1, "column": 22, "code": "Q1",
                     "message": "unbalanced quotation marks: « is never closed",
                     "hint": "close the quotation where it ends, or remove the opening mark",
                     "offset": 21, "fixable": False}]


def test_hints(run):
    write("a.txt", BAD)
    r = run("--select", "Q1", "--hints", "a.txt")
    assert r.stdout.splitlines()[1].startswith("    hint: close the quotation")


def test_ignore_and_config_pickup(run):
    write("a.txt", BAD)
    write("setup.cfg", "[quotes]\nselect = Q1,Q4,Q5\nignore = Q5\n")
    r = run("a.txt")  # no parser rules: the config selects typography only
    assert r.exit_code == 1
    assert {line.split()[1] for line in r.stdout.splitlines()} == {"Q1", "Q4"}
    r = run("--ignore", "Q1,Q4", "a.txt")  # --ignore replaces the config's ignore
    assert {line.split()[1] for line in r.stdout.splitlines()} == {"Q5"}
    write("pyproject.toml", '[tool.quotes]\nselect = ["Q4"]\n')
    r = run("a.txt")
    assert {line.split()[1] for line in r.stdout.splitlines()} == {"Q4"}


def test_fix_rewrites_and_exits_1_then_0(run):
    write("a.md", "---\ntitle: «x»\n---\nLa maire : «On verra.»\n")
    r = run("--select", "Q5", "--fix", "a.md")
    assert r.exit_code == 1 and r.stdout == ""
    assert "fixed a.md" in r.stderr
    assert Path("a.md").read_text(encoding="utf-8") == \
        f"---\ntitle: «x»\n---\nLa maire{NB}: «{NB}On verra.{NB}»\n"
    r = run("--select", "Q5", "--fix", "a.md")
    assert r.exit_code == 0


def test_fix_reports_what_it_cannot_fix(run):
    write("a.txt", "Il dit : «Bonjour.\n")
    r = run("--select", "Q1,Q5", "--fix", "a.txt")
    assert r.exit_code == 1
    assert r.stdout.splitlines() == ["a.txt:1:10: Q1 unbalanced quotation marks: « is never closed"]


@pytest.mark.parametrize("args,needle", [
    (["--select", "Q9", "x.txt"], "unknown rule code 'Q9'"),
    (["--select", "Q1"], "no FILE given"),
    (["--select", "Q5", "--fix", "-"], "--fix cannot rewrite standard input"),
    (["--format", "xml", "x.txt"], "Invalid value"),
])
def test_usage_errors_exit_2(run, args, needle):
    r = run(*args)
    assert r.exit_code == 2
    assert needle in r.stderr


def test_missing_file_exit_2_but_others_checked(run):
    write("a.txt", BAD)
    r = run("--select", "Q1", "nope.txt", "a.txt")
    assert r.exit_code == 2
    assert "nope.txt: no such file" in r.stderr
    assert r.stdout.startswith("a.txt:1:22: Q1")


def test_bad_config_exit_2(run):
    write("a.txt", GOOD)
    write("pyproject.toml", "[tool.quotes\n")
    r = run("a.txt")
    assert r.exit_code == 2 and "pyproject.toml" in r.stderr


def test_stdin(run):
    r = run("--select", "Q1", "-", input="Il dit « oui.\n")
    assert r.exit_code == 1
    assert r.stdout == "<stdin>:1:8: Q1 unbalanced quotation marks: « is never closed\n"


def test_parser_rules_without_model_exit_3(run, monkeypatch):
    import quotes.check as qc

    def no_model(model):
        raise qc.ParserUnavailable("no model here")

    monkeypatch.setattr(qc, "_default_extractor", no_model)
    write("a.txt", GOOD)
    r = run("a.txt")
    assert r.exit_code == 3
    assert "rules Q2,Q3 need the parser: no model here" in r.stderr
    assert "--ignore Q2,Q3" in r.stderr


def test_parser_rules_with_scripted_extractor(run, monkeypatch, scripted):
    import quotes.check as qc

    made = []

    def factory(model):
        made.append(scripted({"Le marché": ("Hidalgo", "Mme Hidalgo")}))
        return made[-1]

    monkeypatch.setattr(qc, "_default_extractor", factory)
    write("a.txt", GOOD.replace("La maire a tranché", "Mme Hidalgo a tranché"))
    write("b.txt", f"«{NB}Sans auteur.{NB}»\n")
    r = run("a.txt", "b.txt")
    assert r.exit_code == 1
    assert r.stdout.splitlines() == [
        "a.txt:1:27: Q3 speaker 'Hidalgo' is named only by surname (written 'Mme Hidalgo'); "
        "no full name in the article",
        "b.txt:1:3: Q2 quote has no speaker: « Sans auteur. »",
    ]
    assert len(made) == 1


def test_list_rules(run):
    r = run("--list-rules")
    assert r.exit_code == 0
    assert [line.split()[0] for line in r.stdout.splitlines()] == ["Q1", "Q2", "Q3", "Q4", "Q5"]


def test_typography_check_imports_neither_stanza_nor_torch(tmp_path):
    """A Q1,Q4,Q5 check starts fast: no stanza, no torch, in a fresh interpreter."""
    p = tmp_path / "a.txt"
    p.write_text(BAD, encoding="utf-8")
    code = (
        "import sys, time\n"
        "t = time.perf_counter()\n"
        "from quotes.cli import main\n"
        "try:\n"
        "    main(['check', '-q', '--select', 'Q1,Q4,Q5', sys.argv[1]])\n"
        "except SystemExit as e:\n"
        "    rc = e.code\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('stanza', 'torch', 'numpy'))\n"
        "print('RESULT', rc, heavy, round(time.perf_counter() - t, 3), file=sys.stderr)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    r = subprocess.run([sys.executable, "-c", code, str(p)], capture_output=True, text=True,
                       env=env, timeout=120)
    result = [ln for ln in r.stderr.splitlines() if ln.startswith("RESULT")][0].split(" ", 2)
    assert result[1] == "1"
    assert result[2].startswith("[] "), result[2]  # no heavy module imported
