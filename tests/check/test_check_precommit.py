"""The real pre-commit, from PyPI, runs the ``quotes-check`` hook of this repository.

``pre-commit try-repo`` clones the project at HEAD (plus a shadow commit of
modified tracked files), builds a fresh virtualenv and pip-installs the
package into it, stanza and torch included: torch comes from the CPU build
pinned by ``constraints.txt`` (``PIP_CONSTRAINT``).  try-repo keeps no
environment between runs, so each run is a full install (about two minutes
here).  The first run is that full, clean install, on the bad and the good
article together: it must fail with exactly the bad article's findings.  The
second, on the good article alone, must pass; it lets the virtualenv see the
host's site-packages (``VIRTUALENV_SYSTEM_SITE_PACKAGES``) so that torch is
not installed a second time (17 s instead of two minutes).  The throwaway
repository selects the typography rules (``[quotes] select``) so that no
parser model is needed.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NB = "\u00a0"

BAD = f"La maire a tranché : «Le marché restera ouvert.\n\nUn élu répond{NB}: “Rien n'est décidé”.\n"
GOOD = f"La maire a tranché{NB}: «{NB}Le marché restera ouvert.{NB}»\n"
EXPECTED = [
    "articles/bad.md:1:22: Q1 unbalanced quotation marks: « is never closed",
    "articles/bad.md:3:17: Q4 “ ” mixed with « » at the top level",
    "articles/bad.md:1:20: Q5 regular space before ':'; a no-break space belongs there",
    "articles/bad.md:1:22: Q5 missing no-break space after «",
]


def _pre_commit() -> list[str]:
    exe = shutil.which("pre-commit")
    if exe:
        return [exe]
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        pytest.skip("pre-commit is not installed (pip install pre-commit, or the test extra)")
    import sys

    return [sys.executable, "-m", "pre_commit"]


@pytest.mark.slow
def test_pre_commit_try_repo(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    tracked = subprocess.run(["git", "ls-files", "--error-unmatch", ".pre-commit-hooks.yaml"],
                             cwd=ROOT, capture_output=True, text=True)
    assert tracked.returncode == 0, "commit .pre-commit-hooks.yaml: try-repo clones the committed tree"
    repo = tmp_path / "newsroom"
    (repo / "articles").mkdir(parents=True)
    (repo / "articles" / "bad.md").write_text(BAD, encoding="utf-8")
    (repo / "articles" / "good.md").write_text(GOOD, encoding="utf-8")
    (repo / "setup.cfg").write_text("[quotes]\nselect = Q1,Q4,Q5\n", encoding="utf-8")
    env = dict(os.environ,
               PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
               PIP_CONSTRAINT=str(ROOT / "constraints.txt"),
               PIP_DISABLE_PIP_VERSION_CHECK="1",
               GIT_AUTHOR_NAME="test", GIT_AUTHOR_EMAIL="test@example.org",
               GIT_COMMITTER_NAME="test", GIT_COMMITTER_EMAIL="test@example.org")
    for var in ("PRE_COMMIT", "VIRTUALENV_SYSTEM_SITE_PACKAGES"):
        env.pop(var, None)
    for cmd in (["git", "init", "-q"], ["git", "add", "."]):
        subprocess.run(cmd, cwd=repo, check=True, env=env)

    def try_repo(*paths: str, **extra_env: str) -> subprocess.CompletedProcess:
        t = time.perf_counter()
        r = subprocess.run(_pre_commit() + ["try-repo", str(ROOT), "quotes-check", "--files", *paths],
                           cwd=repo, env=dict(env, **extra_env), capture_output=True, text=True,
                           timeout=900)
        print(f"try-repo {' '.join(paths)}: rc={r.returncode} in {time.perf_counter() - t:.0f} s")
        return r

    both = try_repo("articles/bad.md", "articles/good.md")
    out = both.stdout + both.stderr
    assert both.returncode == 1, out
    assert "quotes check" in out and "Failed" in out, out
    lines = [ln for ln in out.splitlines() if ln.startswith("articles/")]
    assert lines == EXPECTED, out

    good = try_repo("articles/good.md", VIRTUALENV_SYSTEM_SITE_PACKAGES="true")
    out = good.stdout + good.stderr
    assert good.returncode == 0, out
    assert "Passed" in out and not any(ln.startswith("articles/") for ln in out.splitlines()), out
