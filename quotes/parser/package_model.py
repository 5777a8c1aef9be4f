"""Copy trained models into the package, halve their size, score them, write the card.

    python -m quotes.package_model --train build/train --ud ../shared/ud [--no-eval]

Why half precision: the five files must ship inside the package (<= 60 MB);
weights are stored as float16 and loaded back into float32 parameters by
``load_state_dict``, which costs nothing measurable in accuracy.
"""
from __future__ import annotations

import argparse
import glob
import io
import json
import os
import shutil
import sys
import time
from pathlib import Path

from .parse import BUNDLED_DIR, MODEL_FILES
from .training import DEV, SPOKEN, TEST, WRITTEN


def _halve(obj):
    import torch

    if isinstance(obj, torch.Tensor):
        return obj.half() if obj.dtype == torch.float32 else obj
    if isinstance(obj, dict):
        return {k: _halve(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_halve(v) for v in obj]
    return obj


def _strip_optimizer(ckpt: dict) -> dict:
    return {k: v for k, v in ckpt.items() if k not in ("optimizer", "scheduler", "optimizer_state_dict")}


def copy_models(train: Path, out: Path, half: bool = True) -> dict[str, str]:
    import torch

    out.mkdir(parents=True, exist_ok=True)
    found: dict[str, str] = {}
    patterns = {
        "tokenize": "tokenize/*tokenizer.pt",
        "mwt": "mwt/*mwt_expander.pt",
        "pos": "pos/*tagger.pt",
        "lemma": "lemma/*lemmatizer.pt",
        "depparse": "depparse/*parser.pt",
    }
    for kind, pat in patterns.items():
        cands = [c for c in glob.glob(str(train / "saved_models" / pat)) if "checkpoint" not in c]
        if not cands:
            raise SystemExit(f"no {kind} model under {train}/saved_models")
        src = sorted(cands, key=os.path.getmtime)[-1]
        ckpt = torch.load(src, map_location="cpu", weights_only=False)
        if isinstance(ckpt, dict):
            ckpt = _strip_optimizer(ckpt)
            if half:
                ckpt = _halve(ckpt)
        dst = out / MODEL_FILES[kind]
        tmp = dst.with_suffix(".tmp")
        torch.save(ckpt, tmp)
        os.replace(tmp, dst)
        found[kind] = os.path.basename(src)
    (out / "resources.json").write_text("{}\n")
    return found


def _raw_text(conllu: Path) -> str:
    """The raw text of a treebank: documents separated by blank lines."""
    paras: list[list[str]] = [[]]
    for line in conllu.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc") and paras[-1]:
            paras.append([])
        elif line.startswith("# text = "):
            paras[-1].append(line[len("# text = "):])
    return "\n\n".join(" ".join(p) for p in paras if p)


def evaluate(model_dir: Path, gold: Path) -> dict[str, float]:
    """End-to-end scores from raw text (CoNLL 2018 shared-task evaluation)."""
    import stanza
    from stanza.models.common.utils import ud_scores

    kw = {f"{k}_model_path": str(model_dir / v) for k, v in MODEL_FILES.items()}
    nlp = stanza.Pipeline("fr", dir=str(model_dir), processors="tokenize,mwt,pos,lemma,depparse",
                          download_method=None, logging_level="ERROR", **kw)
    text = _raw_text(gold)
    t0 = time.time()
    doc = nlp(text)
    elapsed = time.time() - t0
    pred = "{:C}\n\n".format(doc)
    with open(gold, encoding="utf-8") as g:
        res = ud_scores(g, io.StringIO(pred))
    scores = {k: round(100 * res[m].f1, 2) for k, m in (
        ("tokens", "Tokens"), ("sentences", "Sentences"), ("words", "Words"), ("UPOS", "UPOS"),
        ("UFeats", "UFeats"), ("lemmas", "Lemmas"), ("UAS", "UAS"), ("LAS", "LAS"))}
    n_tokens = sum(len(s.tokens) for s in doc.sentences)
    scores["tokens_per_s"] = round(n_tokens / elapsed, 1)
    return scores


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, required=True)
    ap.add_argument("--ud", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=BUNDLED_DIR)
    ap.add_argument("--no-eval", action="store_true")
    ap.add_argument("--notes", default="")
    ap.add_argument("--skip-copy", action="store_true", help="score the models already in --out")
    a = ap.parse_args(argv)
    if a.skip_copy:
        old = json.loads((a.out / "card.json").read_text()) if (a.out / "card.json").exists() else {}
        sources = old.get("files", {})
    else:
        sources = copy_models(a.train, a.out)
    lic = a.out / "LICENSES"
    lic.mkdir(exist_ok=True)
    treebanks = sorted({p.split("/")[0] for p in WRITTEN + SPOKEN + [DEV, TEST]})
    for tb in treebanks:
        for name in ("LICENSE.txt", "README.md", "SOURCE.txt"):
            src = a.ud / tb / name
            if src.exists():
                shutil.copy(src, lic / f"{tb}.{name}")
    import stanza

    card = {
        "name": "quotes compact French model",
        "stanza_version": stanza.__version__,
        "processors": list(MODEL_FILES),
        "files": sources,
        "precision": "float16 weights, float32 compute",
        "pretrained_word_vectors": False,
        "charlm": False,
        "train": {"tokenize,mwt,pos,lemma": WRITTEN, "depparse": WRITTEN + SPOKEN},
        "dev": DEV, "test": TEST,
        "treebanks": treebanks,
        "licences": "UD French treebanks: see LICENSES/ (CC BY-SA 4.0 / LGPL-LR); "
                    "the models are derived works under the same terms.",
        "training": {},
        "notes": a.notes,
    }
    for f in glob.glob(str(a.train / "timing-*.json")):
        card["training"].update(json.loads(Path(f).read_text()))
    sources_txt = {tb: (a.ud / tb / "SOURCE.txt").read_text(encoding="utf-8").strip()
                   for tb in treebanks if (a.ud / tb / "SOURCE.txt").exists()}
    card["treebank_sources"] = sources_txt
    if not a.no_eval:
        card["scores"] = {"test": evaluate(a.out, a.ud / TEST),
                          "dev": evaluate(a.out, a.ud / DEV)}
    (a.out / "card.json").write_text(json.dumps(card, ensure_ascii=False, indent=2) + "\n",
                                     encoding="utf-8")
    print(json.dumps(card.get("scores", {}), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
