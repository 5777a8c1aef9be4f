"""The README's pre-commit snippet, pasted into another repository, works.

The test takes the YAML and the ``pre-commit install-hooks`` command from
README.md as they are, puts the YAML into a throw-away repository (only
``repo:`` and ``rev:`` become this checkout and its HEAD, as a user would put
their own), runs the command from that repository, then ``pre-commit run``
twice: the bad article must fail with exactly its Q1/Q4 findings and get its
no-break spaces from ``quotes-fix``; the good one must pass.  The first run
builds the hooks' environment: a full pip install of quotes, stanza and
torch (1-2 minutes here).  Where ``download.pytorch.org`` cannot be reached
(this machine), ``PIP_EXTRA_INDEX_URL`` is dropped from the command and
pip's own configuration provides the CPU wheel that the snippet's
``torch==2.13.0`` names.
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
import socket
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
]


def readme_snippet() -> tuple[str, str]:
    """The pre-commit YAML and the install command, as the README prints them."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### As a pre-commit hook"):]
    yaml = re.search(r"```yaml\n(.*?)```", section, re.S).group(1)
    cmd = re.search(r"```sh\n(.*?)```", section, re.S).group(1).strip()
    return yaml, cmd


def _pre_commit() -> str:
    exe = shutil.which("pre-commit")
    if not exe:
        pytest.skip("pre-commit is not installed (pip install pre-commit, or the test extra)")
    return exe


def _reachable(host: str) -> bool:
    try:
        socket.create_connection((host, 443), timeout=3).close()
        return True
    except OSError:
        return False


def test_snippet_names_nothing_of_this_repository():
    yaml, cmd = readme_snippet()
    assert "$PWD" not in cmd and "constraints.txt" not in cmd
    assert "pre-commit install-hooks" in cmd
    assert "repo: " in yaml and "rev: " in yaml and "id: quotes-check" in yaml


@pytest.mark.slow
def test_readme_snippet_in_another_repository(tmp_path):
    exe = _pre_commit()
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    tracked = subprocess.run(["git", "ls-files", "--error-unmatch", ".pre-commit-hooks.yaml"],
                             cwd=ROOT, capture_output=True, text=True)
    assert tracked.returncode == 0, "commit .pre-commit-hooks.yaml: pre-commit clones the committed tree"
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout.strip()
    yaml, cmd = readme_snippet()
    yaml = re.sub(r"(?m)^(\s*- repo: ).*$", lambda m: m.group(1) + str(ROOT), yaml)
    yaml = re.sub(r"(?m)^(\s*rev: ).*$", lambda m: m.group(1) + head, yaml)

    repo = tmp_path / "newsroom"
    (repo / "articles").mkdir(parents=True)
    (repo / "articles" / "bad.md").write_text(BAD, encoding="utf-8")
    (repo / "articles" / "good.md").write_text(GOOD, encoding="utf-8")
    (repo / ".pre-commit-config.yaml").write_text(yaml, encoding="utf-8")
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
               PIP_DISABLE_PIP_VERSION_CHECK="1", PATH=f"{Path(exe).parent}:{os.environ['PATH']}",
               GIT_AUTHOR_NAME="test", GIT_AUTHOR_EMAIL="test@example.org",
               GIT_COMMITTER_NAME="test", GIT_COMMITTER_EMAIL="test@example.org")
    for var in ("PRE_COMMIT", "VIRTUALENV_SYSTEM_SITE_PACKAGES", "PIP_CONSTRAINT",
                "VIRTUAL_ENV"):
        env.pop(var, None)
    for c in (["git", "init", "-q"], ["git", "add", "."]):
        subprocess.run(c, cwd=repo, check=True, env=env)

    args = shlex.split(cmd)
    if not _reachable("download.pytorch.org"):
        args = [a for a in args if not a.startswith("PIP_EXTRA_INDEX_URL=")]
    t = time.perf_counter()
    r = subprocess.run(["env", *args], cwd=repo, env=env, capture_output=True, text=True,
                       timeout=900)
    print(f"{' '.join(args)}: rc={r.returncode} in {time.perf_counter() - t:.0f} s")
    assert r.returncode == 0, r.stdout + r.stderr

    both = subprocess.run([exe, "run", "--files", "articles/bad.md", "articles/good.md"],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=300)
    out = both.stdout + both.stderr
    assert both.returncode == 1, out
    assert [ln for ln in out.splitlines() if ln.startswith("articles/") and " Q5 " not in ln] \
        == EXPECTED, out
    assert "files were modified by this hook" in out, out
    assert f"«{NB}Le marché" in (repo / "articles" / "bad.md").read_text(encoding="utf-8")

    good = subprocess.run([exe, "run", "--files", "articles/good.md"], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=300)
    out = good.stdout + good.stderr
    assert good.returncode == 0, out
    assert "Passed" in out and not any(ln.startswith("articles/") for ln in out.splitlines()), out
