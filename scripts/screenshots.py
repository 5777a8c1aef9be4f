#!/usr/bin/env python3
"""Remake the README's pictures of the report and of ``quotes who --summary``.

    python scripts/screenshots.py [--seeds seeds/] [--out docs/]

Runs the real commands on the seeds, opens the report in headless Chromium
(offline: no name resolves, no proxy answers) and writes:

* ``docs/report-summary.png``: the top of the report (balance of voices);
* ``docs/report-article.png``: an article with its quotes, one of them
  focused with the keyboard so that its tooltip shows;
* ``docs/summary-terminal.png``: the terminal output of ``quotes who --summary``.

Needs Chromium (Debian: ``apt-get install chromium``) and a parser model.
"""
from __future__ import annotations

import argparse
import html
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chromium_pipe import Browser  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

TERMINAL_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body {{ margin: 0; background: #fff; }}
pre {{ display: inline-block; margin: 0; padding: 14px 18px; background: #1e1e1e; color: #e6e6e6;
       font: 14px/1.35 "DejaVu Sans Mono", monospace; border-radius: 6px; }}
.prompt {{ color: #8ae234; }}
</style></head><body><pre><span class="prompt">$</span> {command}
{output}</pre></body></html>"""


def run(*args: str, env: dict | None = None) -> str:
    r = subprocess.run([sys.executable, "-m", "quotes", *args], capture_output=True, text=True,
                       cwd=ROOT, env=env)
    if r.returncode != 0:
        sys.exit(f"quotes {' '.join(args)} failed ({r.returncode}): {r.stderr.strip()}")
    return r.stdout


def box(b: Browser, selector: str, pad: int = 8, max_height: int = 1400) -> dict:
    x, y, w, h = b.js(f"(() => {{ const r = document.querySelector({selector!r})"
                      ".getBoundingClientRect(); return [r.x + scrollX, r.y + scrollY, "
                      "r.width, r.height]; })()")
    return {"x": max(0, x - pad), "y": max(0, y - pad), "width": w + 2 * pad,
            "height": min(h + 2 * pad, max_height)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", default="seeds/", help="articles to show (default: seeds/)")
    ap.add_argument("--out", default=str(ROOT / "docs"), help="folder of the PNGs (default: docs/)")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp, "report.html")
        run("report", args.seeds, "-o", str(page), "-q")
        term = Path(tmp, "terminal.html")
        command = f"quotes who --summary {args.seeds}"
        text = run("who", "--summary", args.seeds, "-q", env=dict(os.environ, COLUMNS="100"))
        term.write_text(TERMINAL_PAGE.format(command=html.escape(command),
                                             output=html.escape(text.rstrip("\n"))),
                        encoding="utf-8")
        with Browser(offline=True, width=1000, height=900) as b:
            b.load(str(page))
            if b.requests() != [page.resolve().as_uri()]:
                sys.exit(f"the report asked for more than itself: {b.requests()}")
            sizes = {"report-summary.png": b.screenshot(str(out / "report-summary.png"),
                                                         clip=box(b, "#summary", 16, 1000))}
            # an article with a quote focused by the keyboard: its tooltip shows
            qid = b.js("[...document.querySelectorAll('article')].find(a => "
                       "a.querySelectorAll('mark[tabindex]').length >= 4)"
                       ".querySelector('mark[tabindex]').id")
            b.js(f"document.getElementById('{qid}').focus()")
            b.key("Tab")
            b.js("document.activeElement.scrollIntoView({block: 'center'})")
            focus = b.js("(() => { const r = document.activeElement.getBoundingClientRect();"
                         " return r.y + scrollY; })()")
            art = box(b, f"#{qid}", 0)
            clip = {"x": 0, "y": max(0, focus - 260), "width": 1000, "height": 560}
            clip["x"] = 0 if art["x"] < 1000 else art["x"]
            sizes["report-article.png"] = b.screenshot(str(out / "report-article.png"), clip=clip)
            b.load(str(term))
            sizes["summary-terminal.png"] = b.screenshot(str(out / "summary-terminal.png"),
                                                         clip=box(b, "pre", 0))
    for name, size in sizes.items():
        print(f"{out / name}: {size:,} bytes")


if __name__ == "__main__":
    main()
