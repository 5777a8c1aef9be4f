"""Throughput of an archive run: one process, --jobs 2, Dask with 1 and 2 workers (issue 21).

    python benchmarks/bench_archive.py                 # seeds x40 as one JSONL archive
    python benchmarks/bench_archive.py --repeat 10 --json out.json

Each engine runs in a fresh process.  Models are loaded and every worker has
done one warm-up partition before the clock starts, so the times are steady
processing (tokens/s), not start-up; the start-up (cluster + model loads) is
reported apart.  Workers run one torch thread each; the one-process runs are
shown with torch's default threads and with one thread (the fair baseline
for the scaling of one-thread workers).  Every engine must give the same
quotes (same digest): the script says so, or fails.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
ENGINES = ("local", "local-1thread", "jobs2", "dask1", "dask2")


def build_archive(dest: Path, repeat: int) -> Path:
    from quotes.text.reader import read_document

    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    path = dest / "archive.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for k in range(repeat):
            for p in seeds:
                fh.write(json.dumps({"id": f"{k}/{p.name}", "text": read_document(str(p)).text},
                                    ensure_ascii=False) + "\n")
    return path


def count_tokens(path: Path) -> int:
    import quotes

    nlp = quotes.load_pipeline()
    texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
    # Stanza tokens (as benchmarks/bench.py counts them), from the tokenizer alone
    return sum(len(s.tokens) for t in nlp.tokenize_many(texts) for s in t.stanza)


def child(engine: str, path: Path, partition: int) -> dict:
    """One engine over the archive, in this (fresh) process."""
    from quotes.outputs.export import quote_json
    from quotes.scale.archive import ArchiveOptions, partitions
    from quotes.scale.job import ArchiveJob, make_engine

    t0 = time.perf_counter()
    if engine.startswith("local"):
        if engine == "local-1thread":
            import torch

            torch.set_num_threads(1)
        from quotes.pipeline import Extractor

        ext = Extractor()
        eng = make_engine("local", extractor=lambda: ext)
    elif engine == "jobs2":
        eng = make_engine("local", jobs=2)
        eng.px.warmup()
    else:
        eng = make_engine("dask", workers=int(engine[-1]))
    opts = ArchiveOptions(id_field="id", partition_rows=partition)
    # warm-up: one partition a worker (the model loads, caches fill), not timed
    warm = list(partitions([str(path)], opts))[: max(1, int(engine[-1]) if engine[-1].isdigit() else 1)]
    list(eng.run(warm))
    load_s = time.perf_counter() - t0
    job = ArchiveJob([str(path)], opts, eng, on_error=lambda m: print(m, file=sys.stderr))
    h = hashlib.sha256()
    t1 = time.perf_counter()
    for res in job.results():
        for q in res.quotes:
            h.update((quote_json(q) + "\n").encode())
    run_s = time.perf_counter() - t1
    eng.close()
    return {"engine": engine, "run_s": run_s, "load_s": load_s, "articles": job.articles,
            "quotes": job.quotes, "digest": h.hexdigest(), "failed": job.failed}


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=40, help="copies of the 5 seeds (default 40)")
    ap.add_argument("--partition", type=int, default=10, help="articles a partition (default 10)")
    ap.add_argument("--engines", default=",".join(ENGINES))
    ap.add_argument("--json", help="write the raw numbers here")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--archive", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, Path(args.archive), args.partition)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = build_archive(Path(tmp), args.repeat)
        tokens = count_tokens(path)
        results = {}
        for engine in args.engines.split(","):
            out = subprocess.run([sys.executable, __file__, "--child", engine, "--archive", str(path),
                                  "--partition", str(args.partition)],
                                 capture_output=True, text=True, check=True, cwd=ROOT)
            results[engine] = json.loads(out.stdout.strip().splitlines()[-1])
            r = results[engine]
            print(f"{engine:>14}: {r['run_s']:7.1f} s  {tokens / r['run_s']:7.0f} tok/s  "
                  f"(start-up {r['load_s']:.1f} s, {r['articles']} articles, {r['quotes']} quotes)",
                  flush=True)
    digests = {r["digest"] for r in results.values()}
    print(f"corpus: seeds x{args.repeat}, {args.repeat * 5} articles, {tokens} tokens, "
          f"partitions of {args.partition}; same quotes everywhere: {len(digests) == 1}")
    summary = {"tokens": tokens, "articles": args.repeat * 5, "results": results,
               "same_quotes": len(digests) == 1}
    if "dask1" in results and "dask2" in results:
        eff = results["dask1"]["run_s"] / results["dask2"]["run_s"]
        summary["dask_scaling"] = eff
        print(f"Dask 2 workers / 1 worker: {eff:.2f}x (goal >= 1.8x)")
    if "jobs2" in results and "dask2" in results:
        per = (results["dask2"]["run_s"] - results["jobs2"]["run_s"]) / (args.repeat * 5)
        summary["dask_overhead_ms_per_article"] = per * 1000
        print(f"Dask overhead against --jobs 2: {per * 1000:+.0f} ms an article")
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2))
    return 0 if len(digests) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
