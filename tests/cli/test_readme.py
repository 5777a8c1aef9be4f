"""The README cannot drift (issue 23): its two commands are what CI runs, and
its examples are what the tool prints today."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest
from conftest import ROOT, model_available


def commands(text: str) -> list[str]:
    """Shell commands, one a line once ``\\``-continuations are joined; no comments."""
    joined = re.sub(r"\\\n\s*", "", text)
    return [" ".join(ln.split()) for ln in joined.splitlines()
            if ln.strip() and not ln.lstrip().startswith("#")]


def readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = re.search(r"```sh\n(.*?)```", readme, re.S)
    assert first, "the README opens with a ```sh block"
    return commands(first.group(1))


def test_readme_has_two_commands_install_then_tests():
    cmds = readme_commands()
    assert len(cmds) == 2
    install, tests = cmds
    assert "python3 -m venv .venv" in install and "quotes extract seeds/" in install
    assert "https://download.pytorch.org/whl/cpu" in install and "-c constraints.txt" in install
    assert tests == "python -m pytest -q"


def test_ci_runs_exactly_the_readme_commands():
    ci = commands((ROOT / ".ci" / "run").read_text(encoding="utf-8"))
    assert ci[-2:] == readme_commands()
    # what comes before only prepares the machine (system packages, shell options)
    for line in ci[:-2]:
        assert "pip install" not in line and "pytest" not in line, line


@pytest.mark.slow
@pytest.mark.skipif(not model_available(), reason="the examples run the parser")
def test_readme_examples_are_the_tools_output():
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "readme_examples.py"), "--check"],
                       capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, ("README examples are stale; run python scripts/readme_examples.py\n"
                               + r.stdout + r.stderr)


def test_the_example_checker_sees_a_stale_example(tmp_path):
    """--check fails on an example that is not the tool's output, and leaves it."""
    import quotes

    readme = tmp_path / "README.md"
    stale = ("<!-- example: quotes --version -->\n```\n$ quotes --version\n"
             "quotes, version 0.0.0-stale\n```\n<!-- /example -->\n")
    readme.write_text(stale, encoding="utf-8")
    script = [sys.executable, str(ROOT / "scripts" / "readme_examples.py"), "--readme", str(readme)]
    r = subprocess.run(script + ["--check"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and "-quotes, version 0.0.0-stale" in r.stdout, r.stderr
    assert f"+quotes, version {quotes.__version__}" in r.stdout
    assert readme.read_text(encoding="utf-8") == stale  # --check changes nothing
    r = subprocess.run(script, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert f"quotes, version {quotes.__version__}\n```" in readme.read_text(encoding="utf-8")
    r = subprocess.run(script + ["--check"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and r.stdout == ""
