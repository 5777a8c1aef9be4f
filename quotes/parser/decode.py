"""Turning the parser's scores into labelled trees: Stanza's answers, faster.

Stanza decodes each sentence with a pure-Python Chu-Liu-Edmonds and scores
every label for every pair of words before keeping one arc per word; on two
cores that was half of the parse.  Here the same trees come from (1) the
greedy heads when they already form a one-root tree, (2) the best tree of
all when it has one root, (3) Stanza's root push-down otherwise, each by a
Chu-Liu-Edmonds that contracts all cycles of a round at once; labels are
scored only for the arcs the tree keeps.  The full label table of a sentence is built only
when its tree breaks a head constraint (two subjects on one verb), for
Stanza's own repair.  ``tests/test_decode.py`` checks the trees and labels
against Stanza's on real text and random score matrices.

Everything is installed on one loaded model object (``install``), never on
Stanza's classes or modules, and only when the model has the shape this
code knows; otherwise Stanza runs as it is.
"""
from __future__ import annotations

import types
from typing import Any, Optional

import numpy as np


def greedy_tree(scores) -> Optional[np.ndarray]:
    """Each word's best head, when those arcs form a tree with one root
    (``scores[d, h]``: head ``h`` for word ``d``; row and column 0: the root).
    Such a tree is the best of all trees, hence the best one-root tree."""
    n = scores.shape[0]
    if n < 2:
        return None
    s = np.array(scores, dtype=np.float64)
    np.fill_diagonal(s, -np.inf)
    heads = s.argmax(axis=1)
    heads[0] = 0
    if np.count_nonzero(heads[1:] == 0) != 1:
        return None
    h = heads
    for _ in range(max(1, (n - 1).bit_length())):  # h: heads applied 2**k times
        h = h[h]
    return heads if not h.any() else None  # every word reaches the root


def cycles_of(heads) -> list[np.ndarray]:
    """The cycles of a head array (``heads[0] == 0``) as boolean masks.  Each
    word has one head, so walking up from each word finds every cycle in
    linear time (Stanza runs a general Tarjan search in pure Python).  A
    word that heads itself is no cycle, as in Stanza."""
    h = heads.tolist() if isinstance(heads, np.ndarray) else [int(x) for x in heads]
    n = len(h)
    seen = [0] * n  # 0: not yet; k: reached by the walk that started at k - 1
    seen[0] = -1
    found: list[np.ndarray] = []
    for start in range(1, n):
        if seen[start]:
            continue
        v = start
        while not seen[v]:
            seen[v] = start + 1
            v = h[v]
        if seen[v] == start + 1 and h[v] != v:  # back on itself: a cycle through v
            mask = np.zeros(n, dtype=bool)
            u = v
            while not mask[u]:
                mask[u] = True
                u = h[u]
            found.append(mask)
    return found


def chuliu_edmonds(scores: np.ndarray) -> np.ndarray:
    """Maximum spanning tree rooted at 0 (``scores[d, h]``, changed in place).

    Chu-Liu-Edmonds contracting every cycle of a round at once: Stanza
    contracts one per round and rescans the whole graph each time, which on
    a sentence whose root arcs are pushed down is thirty rounds."""
    n = len(scores)
    np.fill_diagonal(scores, -np.inf)
    scores[0] = -np.inf
    scores[0, 0] = 0.0
    heads = scores.argmax(axis=1)
    cycles = cycles_of(heads)
    if not cycles:
        return heads
    in_cycle = np.zeros(n, dtype=bool)
    for c in cycles:
        in_cycle |= c
    free = np.flatnonzero(~in_cycle)  # the root is never in a cycle: component 0
    comp = np.empty(n, dtype=np.int64)
    comp[free] = np.arange(len(free))
    for k, c in enumerate(cycles):
        comp[c] = len(free) + k
    m = len(free) + len(cycles)
    # entering a cycle at d replaces d's arc in the cycle
    adj = scores - np.where(in_cycle, scores[np.arange(n), heads], 0.0)[:, None]
    adj[comp[:, None] == comp[None, :]] = -np.inf
    order = np.argsort(comp, kind="stable")
    starts = np.searchsorted(comp[order], np.arange(m))
    by_dep = np.maximum.reduceat(adj[order], starts, axis=0)
    contracted = np.maximum.reduceat(by_dep[:, order], starts, axis=1)
    chosen = chuliu_edmonds(contracted)
    # each component's way in: the best arc from the head component chosen for it
    into = np.where(comp[None, :] == chosen[comp][:, None], adj, -np.inf)
    best_head = into.argmax(axis=1)
    best = into[np.arange(n), best_head]
    tree = heads.copy()
    tree[free[1:]] = best_head[free[1:]]
    for c in cycles:
        d = np.flatnonzero(c)[int(best[c].argmax())]
        tree[d] = best_head[d]
    return tree


def one_root_tree(scores: np.ndarray) -> np.ndarray:
    """The best tree with a single word under the root, as Stanza finds it.

    Stanza pushes every root arc below all other arcs (Stanojević and Cohen
    2021) so that the search never takes two; but then the greedy graph
    never reaches the root and the search contracts the sentence down to one
    node, some thirty numpy rounds.  The best tree of all, when it has a
    single root word, is also the best one-root tree, and on plain scores it
    takes a round or two; only the other sentences pay for the push-down."""
    tree = greedy_tree(scores)
    if tree is not None:
        return tree
    s = np.array(scores, dtype=np.float64)
    tree = chuliu_edmonds(s.copy())
    if np.count_nonzero(tree[1:] == 0) == 1:
        return tree
    lowest = s[np.isfinite(s)].min()
    s[:, 0] += lowest * s.shape[0]
    return chuliu_edmonds(s)


class _ArcLabelInputs:
    """What the label scorer would combine pairwise: its two projections of
    the words, kept so that labels are scored only for chosen arcs."""

    def __init__(self, scorer, dep, head) -> None:
        import torch

        bilinear = scorer.scorer.W_bilin
        ones = dep.new_ones(*dep.shape[:-1], 1)
        self.dep = torch.cat([scorer.hidden_func(scorer.W1(dep)), ones], -1)
        self.head = torch.cat([scorer.hidden_func(scorer.W2(head)), ones], -1)
        self.weight = bilinear.weight  # (I, J, labels)
        self.bias = bilinear.bias

    def best_labels(self, trees: list) -> list:
        """Each word's best label under the head its tree gives it, as arrays
        of label ids (words 1..n-1 of each sentence).  Words that share a
        head share its half of the bilinear product, computed once; the
        dependents of each head then go through it in one padded batch (a
        copy of that half per word was ~140 MB a call and half our label
        time, most of it fresh memory the kernel had to fault in)."""
        import torch

        w = self.weight
        i, j, o = w.shape
        width = self.dep.shape[1]
        deps = np.concatenate([b * width + np.arange(1, len(t)) for b, t in enumerate(trees)])
        heads = np.concatenate([b * width + np.asarray(t[1:]) for b, t in enumerate(trees)])
        if not len(deps):
            return [np.zeros(0, dtype=np.int64) for _ in trees]
        distinct, which = np.unique(heads, return_inverse=True)
        head_rows = self.head.reshape(-1, j)[torch.as_tensor(distinct)]
        per_head = (head_rows @ w.permute(1, 0, 2).reshape(j, i * o)).reshape(-1, i, o)
        # slot of each word among its head's dependents; empty slots read a zero row
        counts = np.bincount(which, minlength=len(distinct))
        slot = np.empty(len(which), dtype=np.int64)
        slot[np.argsort(which, kind="stable")] = (np.arange(len(which))
                                                  - np.repeat(np.cumsum(counts) - counts, counts))
        dep_flat = self.dep.reshape(-1, i)
        grid = np.full((len(distinct), int(counts.max())), dep_flat.shape[0], dtype=np.int64)
        grid[which, slot] = deps
        dep_rows = torch.cat([dep_flat, dep_flat.new_zeros(1, i)])[torch.as_tensor(grid)]
        scores = torch.bmm(dep_rows, per_head)[torch.as_tensor(which), torch.as_tensor(slot)]
        best = (scores + self.bias).argmax(-1).cpu().numpy()
        return np.split(best, np.cumsum([len(t) - 1 for t in trees])[:-1])

    def full(self, b: int, n: int) -> Any:
        """Every label for every pair of the first ``n`` words of sentence ``b``."""
        import torch

        dep, head = self.dep[b:b + 1, :n], self.head[b:b + 1, :n]
        inter = torch.einsum("bdi,ijo->bdjo", dep, self.weight)
        return (torch.einsum("bdjo,bhj->bdho", inter, head) + self.bias)[0]


def _knows(model) -> bool:
    """Only the graph parser layout this module was written against."""
    try:
        from stanza.models.common.biaffine import DeepBiaffineScorer, PairwiseBilinear
    except ImportError:  # pragma: no cover - other Stanza layouts
        return False
    deprel = getattr(model, "deprel", None)
    return (hasattr(model, "forward_scores") and hasattr(model, "decode_graph_predictions")
            and not model.args.get("use_arc_embedding")
            and isinstance(deprel, DeepBiaffineScorer)
            and isinstance(getattr(deprel.scorer, "W_bilin", None), PairwiseBilinear))


def _repair() -> Optional[types.ModuleType]:
    try:
        from stanza.models.depparse import head_constraints as hc
    except ImportError:  # pragma: no cover - Stanza before head constraints
        return None
    return hc


def install(model) -> bool:
    """Give one loaded Stanza graph parser the fast decoder; False (and
    nothing changed) when the model is not the kind this module knows."""
    if getattr(model, "_quotes_decoder", False) or not _knows(model):
        return bool(getattr(model, "_quotes_decoder", False))
    scorer = model.deprel
    stanza_forward = scorer.forward
    stanza_predict = model.predict

    def forward(dep, head):
        if model.training:
            return stanza_forward(dep, head)
        return _ArcLabelInputs(scorer, dep, head)

    def predict(self, *inputs, resolve_head_constraints: bool = False):
        if self.training:
            return stanza_predict(*inputs, resolve_head_constraints=resolve_head_constraints)
        import torch.nn.functional as F

        unlabeled, labels, *_ = self.forward_scores(*inputs)
        sentlens = inputs[12]
        arcs = F.log_softmax(unlabeled, 2).detach().cpu().numpy()
        trees = [one_root_tree(arcs[b, :n, :n]) for b, n in enumerate(sentlens)]
        best = labels.best_labels(trees)
        vocab = self.vocab["deprel"]
        from stanza.models.common.vocab import VOCAB_PREFIX_SIZE

        hc = _repair() if resolve_head_constraints else None
        out = []
        for b, (n, tree) in enumerate(zip(sentlens, trees)):
            names = vocab.unmap((best[b] + VOCAB_PREFIX_SIZE).tolist())
            if hc is not None and hc.find_head_constraint_violations(tree, names):
                log_probs = F.log_softmax(labels.full(b, n), -1).detach().cpu().numpy()
                tree, raw = hc.resolve_head_constraint_violations(arcs[b, :n, :n], log_probs, tree, vocab)
                names = vocab.unmap([r + VOCAB_PREFIX_SIZE for r in raw])
            out.append([[h, r] for h, r in zip(np.asarray(tree[1:]).tolist(), names)])
        return out

    scorer.forward = forward
    model.predict = types.MethodType(predict, model)
    model._quotes_decoder = True
    return True


def uninstall(model) -> None:
    """Back to Stanza's own decoder (to compare the two)."""
    if getattr(model, "_quotes_decoder", False):
        del model.deprel.forward
        del model.predict
        model._quotes_decoder = False
