#!/usr/bin/env python3
"""Time and size of the journalist outputs, parse excluded.

    quotes extract -f jsonl seeds/ > seeds.jsonl
    python scripts/bench_outputs.py seeds.jsonl [--copies 1,20]

Reads the quotes once, then for N copies of the articles (each copy a new
path, so speakers merge across copies as they would across an archive)
times the balance of voices, the xlsx workbook and the HTML report, and
prints their sizes and the peak memory of this process.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import resource
import time
from pathlib import Path

from quotes.outputs.report import render
from quotes.outputs.summary import summarise
from quotes.outputs.xlsx import workbook_bytes
from quotes.record import Quote
from quotes.text.reader import read_document


def load(jsonl: str) -> list[tuple[str, str, list[Quote]]]:
    by_doc: dict[str, list[Quote]] = {}
    for line in Path(jsonl).read_text(encoding="utf-8").splitlines():
        q = Quote(**json.loads(line))
        by_doc.setdefault(q.doc, []).append(q)
    return [(doc, read_document(doc).text, qs) for doc, qs in by_doc.items()]


def best_of(n: int, f) -> tuple[float, object]:
    times, out = [], None
    for _ in range(n):
        t = time.perf_counter()
        out = f()
        times.append(time.perf_counter() - t)
    return min(times), out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("jsonl", help="quotes extract -f jsonl output (its doc paths must exist)")
    ap.add_argument("--copies", default="1,20", help="comma-separated numbers of copies")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measure; the best is kept")
    args = ap.parse_args()
    base = load(args.jsonl)
    print("| articles | quotes | summarise | xlsx | xlsx size | report | report size |")
    print("|---|---|---|---|---|---|---|")
    for n in (int(c) for c in args.copies.split(",")):
        arts = [(f"{i}/{doc}", text, [dataclasses.replace(q, doc=f"{i}/{doc}") for q in qs])
                for i in range(n) for doc, text, qs in base]
        quotes = [q for _d, _t, qs in arts for q in qs]
        t_sum, _ = best_of(args.repeat, lambda: summarise(quotes, len(arts)))
        t_xlsx, (data, _notes) = best_of(args.repeat, lambda: workbook_bytes(quotes,
                                                                            articles=len(arts)))
        t_html, page = best_of(args.repeat, lambda: render(arts))
        print(f"| {len(arts):,} | {len(quotes):,} | {1000 * t_sum:.1f} ms | {1000 * t_xlsx:.0f} ms "
              f"| {len(data) / 1024:.0f} KB | {1000 * t_html:.0f} ms "
              f"| {len(page.encode()) / 1024:.0f} KB |")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
