#!/usr/bin/env python3
"""Speed of quotes against a bare Stanza parse, on the same machine in one run.

Measures, each in a fresh subprocess so that timings and peak memory are
not mixed:

    startup   ``python -c "import quotes; quotes.load_pipeline()"`` (wall clock)
    bare      the full Stanza pipeline (tokenize,mwt,pos,lemma,depparse) with
              the same model files, over the whole corpus
    extract   ``Extractor(...).extract_documents`` over the corpus (1 process)
    jobs      ``quotes.scale.batch`` with ``--jobs`` worker processes
    cli       (``--cli``) ``python -m quotes extract DIR -f jsonl`` end to end

and prints articles/s, tokens/s, the ratio extract/bare, the speed-up of
``--jobs N`` over one process, start-up time and peak RSS, then a JSON
summary.  The corpus is the seed articles repeated (no download).

    python benchmarks/bench.py                 # ~50 articles, a few minutes
    python benchmarks/bench.py --quick         # smoke test: 5 articles
    python benchmarks/bench.py --repeat 40 --jobs 2 --json out.json
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: the goals of issue 7
GOAL_RATIO = 0.5        # extract time / bare parse time, at most
GOAL_SPEEDUP = 1.6      # jobs-2 throughput / 1-process throughput, at least
GOAL_STARTUP_S = 3.0    # import + model load, under
GOAL_RSS_MB = 1536      # peak RSS of one process, under


def seeds_dir() -> Path:
    return ROOT / "seeds"


def build_corpus(dest: Path, repeat: int) -> list[Path]:
    """The seed articles, ``repeat`` copies each, as files (in a stable order)."""
    seeds = sorted(seeds_dir().glob("*.txt"))
    if not seeds:
        raise SystemExit(f"bench: no seed articles in {seeds_dir()}")
    out = []
    for r in range(repeat):
        for s in seeds:
            p = dest / f"{r:03d}_{s.name}"
            shutil.copyfile(s, p)
            out.append(p)
    return out


def build_ud_corpus(dest: Path, conllu: Path, per_article: int = 20) -> list[Path]:
    """Pseudo-articles of ``per_article`` consecutive sentences of a UD file
    (``# text =`` lines, in the treebank's order).  GSD's test set is news,
    blogs and encyclopaedia text with few quotes: a corpus at the other end
    from the quote-dense seeds, to see what the selective parse saves."""
    texts = [ln[len("# text = "):].strip() for ln in
             conllu.read_text(encoding="utf-8").splitlines() if ln.startswith("# text = ")]
    if not texts:
        raise SystemExit(f"bench: no '# text =' lines in {conllu}")
    out = []
    for k in range(0, len(texts), per_article):
        p = dest / f"{k // per_article:04d}_ud.txt"
        p.write_text(" ".join(texts[k:k + per_article]) + "\n", encoding="utf-8")
        out.append(p)
    return out


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory in MB (Linux reports KB, macOS bytes)."""
    r = resource.getrusage(who).ru_maxrss
    return r / (1024 * 1024) if sys.platform == "darwin" else r / 1024


def _digest(results: list) -> str:
    """A fingerprint of the quotes found, to check that all runs agree."""
    h = hashlib.sha256()
    for path, quotes in results:
        h.update(os.path.basename(path).encode())
        for q in quotes:
            d = q.to_dict()
            d.pop("doc", None)
            h.update(json.dumps(d, sort_keys=True, ensure_ascii=False).encode())
    return h.hexdigest()[:16]


# ------------------------------------------------------------ measurements
# each runs in its own process (``--measure KIND``) and returns a dict


def measure_bare(paths: list[Path], model: Optional[str], mode: str) -> dict:
    t0 = time.perf_counter()
    import stanza
    import torch

    from quotes.parser.parse import resolve_model

    info = resolve_model(model)
    procs = "tokenize,mwt,pos,lemma,depparse"
    if info.kind == "stanza":
        nlp = stanza.Pipeline("fr", dir=info.directory, processors=procs,
                              download_method=None, logging_level="ERROR")
    else:  # the same files and options as quotes.parser.parse.Parser
        kwargs = {f"{k}_model_path": v for k, v in info.files.items()}
        nlp = stanza.Pipeline("fr", dir=info.directory, processors=procs, download_method=None,
                              logging_level="ERROR", pos_pretrain_path=None,
                              depparse_pretrain_path=None, **kwargs)
    load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    texts = [p.read_text(encoding="utf-8") for p in paths]
    if mode == "bulk":
        docs = nlp.bulk_process([stanza.Document([], text=t) for t in texts])
    else:
        docs = [nlp(t) for t in texts]
    run_s = time.perf_counter() - t1
    return {"load_s": load_s, "run_s": run_s, "articles": len(paths),
            "tokens": sum(len(s.tokens) for d in docs for s in d.sentences),
            "words": sum(len(s.words) for d in docs for s in d.sentences),
            "sentences": sum(len(d.sentences) for d in docs),
            "torch_threads": torch.get_num_threads(), "mode": mode,
            "model": info.kind, "model_dir": info.directory,
            "rss_mb": peak_rss_mb()}


def measure_extract(paths: list[Path], model: Optional[str], int8: bool = False) -> dict:
    t0 = time.perf_counter()
    from quotes.pipeline import Extractor
    from quotes.text.reader import read_document

    ex = Extractor(model=model, int8=int8)
    load_s = time.perf_counter() - t0
    counts = {"sentences": 0, "parsed": 0}
    analyse = ex._analyse

    def counting(groups):  # how much the selective parse left out
        for d, ss, qs in analyse(groups):
            counts["sentences"] += len(ss)
            counts["parsed"] += sum(s.parsed for s in ss)
            yield d, ss, qs

    ex._analyse = counting
    t1 = time.perf_counter()
    results = [(d.path, qs) for d, qs in ex.extract_documents(read_document(p) for p in paths)]
    run_s = time.perf_counter() - t1
    import torch

    return {"load_s": load_s, "run_s": run_s, "articles": len(results), **counts,
            "quotes": sum(len(q) for _, q in results), "digest": _digest(results),
            "torch_threads": torch.get_num_threads(), "rss_mb": peak_rss_mb()}


def measure_jobs(paths: list[Path], model: Optional[str], jobs: int, chunksize: int,
                 int8: bool = False) -> dict:
    t0 = time.perf_counter()
    import functools

    from quotes.scale.batch import DocError, ParallelExtractor, default_factory

    px = ParallelExtractor(jobs, model, chunksize=chunksize,
                           extractor_factory=functools.partial(default_factory, int8=True)
                           if int8 else None)
    loads = px.warmup()
    load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    results, errors = [], []
    for d, r in px.results(str(p) for p in paths):
        if isinstance(r, DocError):
            errors.append(r.message)
        else:
            results.append((d.path, r))
    run_s = time.perf_counter() - t1
    px.close()  # reap the workers so that RUSAGE_CHILDREN covers them
    return {"load_s": load_s, "worker_load_s": loads, "run_s": run_s, "jobs": px.jobs,
            "threads_per_worker": px.threads, "chunksize": px.chunksize,
            "chunk_chars": px.chunk_chars,
            "articles": len(results), "errors": errors,
            "quotes": sum(len(q) for _, q in results), "digest": _digest(results),
            "rss_mb": peak_rss_mb(), "worker_rss_mb": peak_rss_mb(resource.RUSAGE_CHILDREN)}


MEASURES = {"bare", "extract", "jobs"}


def child_main(args: argparse.Namespace) -> None:
    paths = sorted(Path(args.corpus).glob("*.txt"))
    if args.measure == "bare":
        res = measure_bare(paths, args.model, args.bare_mode)
    elif args.measure == "extract":
        res = measure_extract(paths, args.model, args.int8)
    else:
        res = measure_jobs(paths, args.model, args.jobs, args.chunksize, args.int8)
    print("BENCH-RESULT " + json.dumps(res))


# ------------------------------------------------------------ orchestration


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def run_child(kind: str, corpus: Path, args: argparse.Namespace) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--measure", kind,
           "--corpus", str(corpus), "--jobs", str(args.jobs), "--chunksize", str(args.chunksize),
           "--bare-mode", args.bare_mode] + (["--int8"] if args.int8 else [])
    if args.model:
        cmd += ["--model", args.model]
    t0 = time.perf_counter()
    p = subprocess.run(cmd, cwd=ROOT, env=_env(), capture_output=True, text=True,
                       timeout=args.timeout)
    wall = time.perf_counter() - t0
    line = next((ln for ln in reversed(p.stdout.splitlines()) if ln.startswith("BENCH-RESULT ")),
                None)
    if p.returncode or line is None:
        sys.stderr.write(p.stderr[-3000:])
        raise SystemExit(f"bench: measurement {kind!r} failed (exit {p.returncode})")
    res = json.loads(line[len("BENCH-RESULT "):])
    res["wall_s"] = wall
    return res


def measure_startup(args: argparse.Namespace, runs: int) -> dict:
    """Fresh interpreter: import quotes + load the pipeline, wall clock."""
    model = repr(args.model) if args.model else "None"
    code = ("import time; t=time.perf_counter(); import quotes; i=time.perf_counter()-t; "
            f"quotes.load_pipeline({model}); import json, resource; "
            "print('BENCH-RESULT '+json.dumps({'import_s': i, 'in_process_s': time.perf_counter()-t,"
            " 'rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024}))")
    walls, inner = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=_env(),
                           capture_output=True, text=True, timeout=args.timeout)
        walls.append(time.perf_counter() - t0)
        if p.returncode:
            sys.stderr.write(p.stderr[-3000:])
            raise SystemExit("bench: start-up measurement failed (is a model installed?)")
        inner.append(json.loads(p.stdout.strip().splitlines()[-1][len("BENCH-RESULT "):]))
    return {"runs": runs, "wall_s": walls, "median_s": statistics.median(walls),
            "min_s": min(walls), "import_s": statistics.median(r["import_s"] for r in inner),
            "rss_mb": max(r["rss_mb"] for r in inner)}


def measure_cli(corpus: Path, args: argparse.Namespace) -> dict:
    cmd = [sys.executable, "-m", "quotes", "extract", "-q", "-f", "jsonl", str(corpus)]
    if args.model:
        cmd[4:4] = ["--model", args.model]
    t0 = time.perf_counter()
    p = subprocess.run(cmd, cwd=ROOT, env=_env(), capture_output=True, text=True,
                       timeout=args.timeout)
    wall = time.perf_counter() - t0
    return {"wall_s": wall, "exit": p.returncode, "quotes": len(p.stdout.splitlines())}


def summarize(r: dict) -> dict:
    """Rates, ratios and the goals of issue 7 from the raw measurements."""
    bare, ext, par = r["bare"], r["extract"], r.get("jobs")
    n, tok = bare["articles"], bare["tokens"]
    s: dict[str, Any] = {}

    def rates(name: str, m: dict) -> None:
        s[name] = {"run_s": round(m["run_s"], 2), "articles_per_s": round(n / m["run_s"], 2),
                   "tokens_per_s": round(tok / m["run_s"], 1), "load_s": round(m["load_s"], 2),
                   "rss_mb": round(m["rss_mb"])}

    rates("bare", bare)
    rates("extract", ext)
    s["ratio_extract_over_bare"] = round(ext["run_s"] / bare["run_s"], 3)
    goals = {"extract <= 0.5x bare": s["ratio_extract_over_bare"] <= GOAL_RATIO}
    if par:
        rates("jobs", par)
        s["jobs"]["worker_rss_mb"] = round(par["worker_rss_mb"])
        s["jobs"]["jobs"] = par["jobs"]
        # median over rounds of (one process / --jobs) measured back to back
        pairs = [a / b for a, b in zip(r.get("extract_runs_s", [ext["run_s"]]),
                                       r.get("jobs_runs_s", [par["run_s"]]))]
        s["speedup_jobs_over_1"] = round(statistics.median(pairs), 3)
        s["speedup_per_round"] = [round(x, 3) for x in pairs]
        digests = set(r.get("extract_digests", [ext["digest"]])) | \
            set(r.get("jobs_digests", [par["digest"]]))
        s["same_quotes_jobs_vs_1"] = len(digests) == 1 and not par["errors"]
        goals[f"--jobs {par['jobs']} >= 1.6x one process"] = s["speedup_jobs_over_1"] >= GOAL_SPEEDUP
    st = r["startup"]
    s["startup_s"] = round(st["median_s"], 2)
    goals["start-up < 3 s"] = st["median_s"] < GOAL_STARTUP_S
    goals["peak RSS one worker < 1.5 GB"] = ext["rss_mb"] < GOAL_RSS_MB
    s["goals"] = goals
    return s


def table(r: dict, s: dict) -> str:
    bare = r["bare"]
    lines = [f"corpus: {r.get('corpus', 'seeds')}, {bare['articles']} articles, {bare['tokens']} tokens, "
             f"{bare['sentences']} sentences; model {bare['model']}"
             f"{' with int8 LSTMs' if r.get('int8') else ''}; "
             f"{os.cpu_count()} CPU(s)", ""]
    head = f"{'run':<22}{'time s':>8}{'art/s':>8}{'tok/s':>9}{'load s':>8}{'RSS MB':>12}"
    lines += [head, "-" * len(head)]
    names = [("bare", f"bare Stanza ({bare['mode']})"), ("extract", "quotes, 1 process")]
    if "jobs" in s:
        names.append(("jobs", f"quotes, --jobs {s['jobs']['jobs']}"))
    for key, label in names:
        m = s[key]
        rss = f"{m['rss_mb']}" if key != "jobs" else f"{m['rss_mb']}+{m['worker_rss_mb']}/w"
        lines.append(f"{label:<22}{m['run_s']:>8.1f}{m['articles_per_s']:>8.2f}"
                     f"{m['tokens_per_s']:>9.0f}{m['load_s']:>8.1f}{rss:>12}")
    lines.append("")
    ext = r["extract"]
    lines.append(f"extract / bare time:   {s['ratio_extract_over_bare']:.2f}  (goal <= {GOAL_RATIO}); "
                 f"parsed {ext['parsed']} of {ext['sentences']} sentences")
    if "speedup_jobs_over_1" in s:
        rounds = ", ".join(f"{x:.2f}" for x in s["speedup_per_round"])
        lines.append(f"--jobs speed-up:       {s['speedup_jobs_over_1']:.2f}x median of "
                     f"{len(s['speedup_per_round'])} round(s) [{rounds}] (goal >= {GOAL_SPEEDUP}); "
                     f"same quotes: {s['same_quotes_jobs_vs_1']}")
    st = r["startup"]
    lines.append(f"start-up (import+load): {st['median_s']:.2f} s median of {st['runs']} "
                 f"(import {st['import_s']:.2f} s; goal < {GOAL_STARTUP_S} s)")
    if "cli" in r:
        c = r["cli"]
        lines.append(f"quotes extract CLI:    {c['wall_s']:.1f} s end to end "
                     f"({c['quotes']} quotes, exit {c['exit']})")
    lines.append("")
    for goal, ok in s["goals"].items():
        lines.append(f"  [{'PASS' if ok else 'FAIL'}] {goal}")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=None,
                    help="copies of each seed article (default: ~50 articles; 1 with --quick)")
    ap.add_argument("--quick", action="store_true", help="smoke test: 5 articles, 1 start-up run")
    ap.add_argument("--jobs", type=int, default=2, help="workers for the parallel run (0: skip it)")
    ap.add_argument("--chunksize", type=int, default=None,
                    help="documents per worker task (default: quotes.scale.batch's)")
    ap.add_argument("--model", default=None, help="bundled|stanza|DIR (default: as quotes does)")
    ap.add_argument("--bare-mode", choices=("bulk", "doc"), default="bulk",
                    help="bare parse: one bulk_process call (default) or nlp(text) per article")
    ap.add_argument("--startup-runs", type=int, default=None, help="default 3 (1 with --quick)")
    ap.add_argument("--rounds", type=int, default=None,
                    help="one-process and --jobs runs, alternated (default 3; 1 with --quick); "
                         "times are medians, the speed-up the median of the paired ratios")
    ap.add_argument("--cli", action="store_true", help="also time `quotes extract` end to end")
    ap.add_argument("--int8", action="store_true",
                    help="extract and jobs with int8 LSTMs (quotes.parser.quantize; off by default)")
    ap.add_argument("--ud-text", metavar="CONLLU", type=Path,
                    help="corpus from this UD file's sentences (20 a pseudo-article) "
                         "instead of the seeds, e.g. ../shared/ud/UD_French-GSD/fr_gsd-ud-test.conllu")
    ap.add_argument("--json", metavar="FILE", help="write the JSON summary there too")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per measurement")
    ap.add_argument("--measure", choices=sorted(MEASURES), help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.chunksize is None:
        from quotes.scale.batch import DEFAULT_CHUNKSIZE

        args.chunksize = DEFAULT_CHUNKSIZE
    if args.measure:
        child_main(args)
        return 0

    n_seeds = len(list(seeds_dir().glob("*.txt"))) or 1
    repeat = args.repeat or (1 if args.quick else max(1, round(50 / n_seeds)))
    runs = args.startup_runs or (1 if args.quick else 3)
    raw: dict[str, Any] = {"repeat": repeat, "cpus": os.cpu_count(), "python": sys.version.split()[0]}
    with tempfile.TemporaryDirectory(prefix="quotes-bench-") as tmp:
        corpus = Path(tmp)
        if args.ud_text:
            build_ud_corpus(corpus, args.ud_text)
            raw["corpus"] = str(args.ud_text)
        else:
            build_corpus(corpus, repeat)
            raw["corpus"] = f"seeds x{repeat}"
        raw["int8"] = args.int8
        # one process and --jobs alternate, so that each pair meets the
        # machine in the same mood (a shared VM drifts by 5% in minutes)
        rounds = args.rounds or (1 if args.quick else 3)
        paired = ["extract"] + (["jobs"] if args.jobs > 0 else [])
        steps = ["startup", "bare"] + paired * rounds + (["cli"] if args.cli else [])
        runs_of: dict[str, list[dict]] = {k: [] for k in paired}
        for step in steps:
            print(f"bench: {step} ...", file=sys.stderr, flush=True)
            t0 = time.perf_counter()
            if step == "startup":
                raw[step] = measure_startup(args, runs)
            elif step == "cli":
                raw[step] = measure_cli(corpus, args)
            elif step in runs_of:
                runs_of[step].append(run_child(step, corpus, args))
            else:
                raw[step] = run_child(step, corpus, args)
            print(f"bench: {step} done in {time.perf_counter() - t0:.1f} s", file=sys.stderr,
                  flush=True)
        for step, done in runs_of.items():
            raw[step] = sorted(done, key=lambda m: m["run_s"])[(len(done) - 1) // 2]
            raw[f"{step}_runs_s"] = [m["run_s"] for m in done]
            raw[f"{step}_digests"] = sorted({m["digest"] for m in done})
    summary = summarize(raw)
    print(table(raw, summary))
    out = {"summary": summary, "raw": raw}
    text = json.dumps(out, indent=2, ensure_ascii=False)
    print("\n" + text)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
