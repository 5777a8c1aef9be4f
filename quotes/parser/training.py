"""Train the compact French Stanza models that ship inside the package.

Why a script of our own: the workplace (and many newsrooms) has no network,
so the official models cannot be downloaded.  We build combined treebanks from
the UD French corpora and drive *Stanza's own* training entry points, with no
pretrained word vectors and no character LM, sized for a 2-core CPU.

Run:  python -m quotes.training --ud ../shared/ud --out build/train [--steps-scale 1.0]
      (or ``quotes models train``)
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

#: written, news-like treebanks: these matter most for the tool.
WRITTEN = [
    "UD_French-Sequoia/fr_sequoia-ud-train.conllu",
    "UD_French-Sequoia/fr_sequoia-ud-test.conllu",
    "UD_French-GSD/fr_gsd-ud-dev.conllu",
    "UD_French-PUD/fr_pud-ud-test.conllu",
    "UD_French-ParTUT/fr_partut-ud-train.conllu",
    "UD_French-ParTUT/fr_partut-ud-dev.conllu",
    "UD_French-ParTUT/fr_partut-ud-test.conllu",
    "stanza-handparsed-treebank/french-handparsed/handparsed_deps.conllu",
]
#: spoken treebanks: barely annotate features, so only the parser sees them.
SPOKEN = [
    "UD_French-Rhapsodie/fr_rhapsodie-ud-train.conllu",
    "UD_French-ParisStories/fr_parisstories-ud-train.conllu",
]
DEV = "UD_French-Sequoia/fr_sequoia-ud-dev.conllu"
TEST = "UD_French-GSD/fr_gsd-ud-test.conllu"


def _sentences(path: Path) -> list[str]:
    blocks = path.read_text(encoding="utf-8").split("\n\n")
    return [b.strip("\n") + "\n" for b in blocks if b.strip()]


def build_treebank(ud: Path, udbase: Path, name: str, parts: list[str]) -> None:
    """Concatenate treebanks into UD_French-<name> as Stanza expects to find it."""
    short = "fr_" + name.lower()
    out = udbase / f"UD_French-{name}"
    out.mkdir(parents=True, exist_ok=True)
    train: list[str] = []
    for part in parts:
        train += [_no_xpos(s) for s in _sentences(ud / part)]
    (out / f"{short}-ud-train.conllu").write_text("\n".join(train) + "\n", encoding="utf-8")
    shutil.copy(ud / DEV, out / f"{short}-ud-dev.conllu")
    shutil.copy(ud / TEST, out / f"{short}-ud-test.conllu")


def _no_xpos(sentence: str) -> str:
    """Blank the XPOS column: few French treebanks fill it and the dev set
    does not, so learning it only makes Stanza's model selection (on all tags
    together) pick checkpoints by XPOS noise; nothing here reads XPOS."""
    out = []
    for line in sentence.split("\n"):
        cols = line.split("\t")
        if len(cols) == 10 and not line.startswith("#"):
            cols[4] = "_"
        out.append("\t".join(cols))
    return "\n".join(out)


def _run(cmd: list[str], env: dict[str, str], log) -> None:
    log.write(f"\n### {time.strftime('%H:%M:%S')} {' '.join(cmd)}\n")
    log.flush()
    subprocess.run(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, check=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ud", required=True, type=Path, help="folder of UD_French-* treebanks")
    ap.add_argument("--out", required=True, type=Path, help="work folder (data, saved_models, logs)")
    ap.add_argument("--only", default="tokenize,mwt,pos,lemma,depparse",
                    help="comma-separated stages to run")
    ap.add_argument("--depparse-steps", type=int, default=3000)
    ap.add_argument("--pos-steps", type=int, default=1200)
    ap.add_argument("--biaffine-dim", type=int, default=200,
                    help="parser's biaffine scorer size (its cost is quadratic in it)")
    ap.add_argument("--tokenize-steps", type=int, default=4000)
    ap.add_argument("--threads", type=int, default=0, help="torch threads (0: all)")
    ap.add_argument("--gold-tags", action="store_true",
                    help="train the parser on gold tags (no need to wait for the tagger)")
    args = ap.parse_args(argv)

    out = args.out.resolve()
    udbase = out / "ud"
    out.mkdir(parents=True, exist_ok=True)
    build_treebank(args.ud.resolve(), udbase, "Written", WRITTEN)
    build_treebank(args.ud.resolve(), udbase, "Mix", WRITTEN + SPOKEN)

    env = dict(os.environ)
    env.update(UDBASE=str(udbase), DATA_ROOT=str(out / "data"),
               HANDPARSED_DIR=str(args.ud.resolve() / "stanza-handparsed-treebank"),
               MALLOC_MMAP_THRESHOLD_="33554432", MALLOC_TRIM_THRESHOLD_="4294967296",
               MALLOC_TOP_PAD_="536870912", PYTHONUNBUFFERED="1")
    if args.threads:
        env.update(OMP_NUM_THREADS=str(args.threads), MKL_NUM_THREADS=str(args.threads))
    py = sys.executable
    saved = out / "saved_models"
    stages = args.only.split(",")
    timing: dict[str, float] = {}
    with open(out / f"train-{'-'.join(stages)}.log", "a", encoding="utf-8") as log:
        def stage(name: str, cmds: list[list[str]]) -> None:
            if name not in stages:
                return
            t0 = time.time()
            for cmd in cmds:
                _run(cmd, env, log)
            timing[name] = round(time.time() - t0, 1)
            (out / f"timing-{name}.json").write_text(json.dumps({name: timing[name]}))

        W, M = "UD_French-Written", "UD_French-Mix"
        stage("tokenize", [
            [py, "-m", "stanza.utils.datasets.prepare_tokenizer_treebank", W],
            [py, "-m", "stanza.utils.training.run_tokenizer", W, "--no_charlm", "--save_dir", str(saved / "tokenize"),
             "--steps", str(args.tokenize_steps)],
        ])
        stage("mwt", [
            [py, "-m", "stanza.utils.datasets.prepare_mwt_treebank", W],
            [py, "-m", "stanza.utils.training.run_mwt", W, "--save_dir", str(saved / "mwt")],
        ])
        stage("pos", [
            [py, "-m", "stanza.utils.datasets.prepare_pos_treebank", W],
            [py, "-m", "stanza.utils.training.run_pos", W, "--no_charlm", "--no_pretrain",
             "--save_dir", str(saved / "pos"), "--max_steps", str(args.pos_steps),
             "--batch_size", "100", "--hidden_dim", "150"],
        ])
        stage("lemma", [
            [py, "-m", "stanza.utils.datasets.prepare_lemma_treebank", W, "--gold",
             "--no_lemma_classifier"],
            [py, "-m", "stanza.utils.training.run_lemma", W, "--no_charlm",
             "--save_dir", str(saved / "lemma"), "--num_epoch", "4", "--batch_size", "400"],
        ])
        tagger = saved / "pos" / "fr_written_nopretrain_tagger.pt"
        prep = [[py, "-m", "stanza.utils.datasets.prepare_depparse_treebank", M, "--gold"]]
        if not args.gold_tags:
            # Stanza's own --predicted retagging looks for word vectors (and
            # downloads them); our tagger has none, so retag with it directly.
            dep = out / "data" / "depparse"
            for split in ("train", "dev", "test"):
                f = dep / f"fr_mix.{split}.in.conllu"
                prep += [
                    [py, "-m", "stanza.models.tagger", "--mode", "predict", "--no_pretrain",
                     "--lang", "fr", "--shorthand", "fr_mix", "--save_dir", str(tagger.parent),
                     "--save_name", tagger.name, "--eval_file", str(f),
                     "--output_file", f"{f}.retagged"],
                    [py, "-c", "import os, sys; os.replace(sys.argv[1], sys.argv[2])",
                     f"{f}.retagged", str(f)],
                ]
        stage("depparse", prep + [
            [py, "-m", "stanza.utils.training.run_depparse", M, "--no_charlm", "--no_pretrain",
             "--save_dir", str(saved / "depparse"), "--max_steps", str(args.depparse_steps),
             "--batch_size", "2000", "--hidden_dim", "200", "--deep_biaff_hidden_dim", str(args.biaffine_dim),
             "--eval_interval", "250"],
        ])
    print(json.dumps(timing))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
