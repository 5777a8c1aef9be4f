#!/usr/bin/env python3
"""Write the README's examples from the tool's real output, or check them.

A block in README.md

    <!-- example head=9: quotes who seeds/ -->
    ...anything...
    <!-- /example -->

is replaced by the command, run from the repository root, and its first
``head`` lines of standard output, each cut to 100 columns; a line ``…``
says more followed.  ``--check`` changes nothing and exits 1, with a diff,
when the README differs from what the tool prints today (the test suite
runs it, so an example cannot go stale).
"""
from __future__ import annotations

import argparse
import difflib
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDTH = 100
BLOCK = re.compile(r"<!-- example(?: head=(?P<head>\d+))?: (?P<cmd>.+?) -->\n"
                   r"(?P<body>.*?)<!-- /example -->", re.S)


def cut(line: str, width: int = WIDTH) -> str:
    return line if len(line) <= width else line[: width - 1] + "…"


def run(cmd: str) -> str:
    """Standard output of ``cmd`` (a ``quotes`` command line) run from the root."""
    args = shlex.split(cmd)
    if args[0] != "quotes":
        raise SystemExit(f"readme_examples: only quotes commands are run, not {cmd!r}")
    env = dict(os.environ, COLUMNS=str(WIDTH))
    r = subprocess.run([sys.executable, "-m", "quotes", *args[1:]], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=600)
    if r.returncode not in (0, 1):
        raise SystemExit(f"readme_examples: {cmd!r} exited {r.returncode}: {r.stderr.strip()}")
    return r.stdout


def render(m: re.Match) -> str:
    cmd, head = m.group("cmd"), int(m.group("head") or 0)
    lines = run(cmd).splitlines()
    shown = [cut(ln) for ln in (lines[:head] if head else lines)]
    if head and len(lines) > head:
        shown.append("…")
    body = "```\n$ " + cmd + "\n" + "\n".join(shown) + "\n```\n"
    return m.group(0)[: m.start("body") - m.start()] + body + "<!-- /example -->"


def regenerate(text: str) -> str:
    return BLOCK.sub(render, text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    ap.add_argument("--readme", default=str(ROOT / "README.md"))
    a = ap.parse_args(argv)
    path = Path(a.readme)
    old = path.read_text(encoding="utf-8")
    new = regenerate(old)
    if a.check:
        if new != old:
            sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), new.splitlines(True),
                                                       "README.md", "tool output"))
            return 1
        return 0
    if new != old:
        tmp = path.with_name("." + path.name + ".tmp")
        tmp.write_text(new, encoding="utf-8")
        os.replace(tmp, path)  # whole or not at all
    return 0


if __name__ == "__main__":
    sys.exit(main())
