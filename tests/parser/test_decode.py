"""The fast decoder must change no parse: same trees and labels as Stanza's."""
from pathlib import Path

import numpy as np
import pytest

from quotes.parser.decode import cycles_of, greedy_tree, install, one_root_tree, uninstall

ROOT = Path(__file__).resolve().parents[2]


def _scores(rng, n, peak):
    """Log-probabilities like the parser's: a confident head for most words."""
    logits = rng.normal(size=(n, n))
    gold = np.concatenate([[0], rng.integers(0, n, size=n - 1)])
    logits[np.arange(1, n), gold[1:]] += rng.uniform(0, peak)
    return logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))


def test_cycles_are_tarjans():
    from stanza.models.common.chuliu_edmonds import tarjan

    rng = np.random.default_rng(3)
    with_cycles = 0
    for n in (2, 3, 4, 7, 15, 40):
        for _ in range(200):
            heads = np.concatenate([[0], rng.integers(0, n, size=n - 1)])
            want = tarjan(heads)
            got = cycles_of(heads)
            assert sorted(c.tolist() for c in got) == sorted(c.tolist() for c in want), heads
            with_cycles += len(want) > 1
    assert with_cycles > 50  # several cycles at once, often


@pytest.mark.parametrize("peak", [0.0, 3.0, 8.0])
def test_one_root_tree_is_stanzas(peak):
    from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root

    rng = np.random.default_rng(int(peak) + 11)
    greedy = 0
    for n in (2, 3, 5, 9, 20, 45, 90):
        for _ in range(40):
            scores = _scores(rng, n, peak)
            want = chuliu_edmonds_one_root(scores.copy())
            assert (one_root_tree(scores.copy()) == want).all()
            greedy += greedy_tree(scores) is not None
    if peak == 8.0:
        assert greedy > 40  # both the shortcut and the search were exercised
    if peak == 0.0:
        assert greedy < 100


def test_best_labels_are_the_full_tables_argmax():
    """Labels under the chosen heads, computed head by head with dependents
    in padded slots, equal the argmax of the full pair-by-label table: heads
    with one dependent and with most of the sentence, sentences of one word,
    padding rows of a batch."""
    import torch
    from stanza.models.common.biaffine import DeepBiaffineScorer

    from quotes.parser.decode import _ArcLabelInputs

    torch.manual_seed(5)
    rng = np.random.default_rng(5)
    scorer = DeepBiaffineScorer(12, 12, 16, 7, pairwise=True, dropout=0.0).eval()
    with torch.no_grad():  # Stanza starts the bilinear weights at zero
        for param in scorer.scorer.W_bilin.parameters():
            param.normal_()
    lens = [1, 2, 6, 15]  # words, the root not counted
    width = max(lens) + 1
    dep, head = torch.randn(len(lens), width, 12), torch.randn(len(lens), width, 12)
    trees = [np.concatenate([[0], rng.integers(0, n + 1, size=n)]) for n in lens]
    trees[3][1:] = 4  # one head with every other word as its dependent
    trees[3][4] = 0
    with torch.no_grad():
        inputs = _ArcLabelInputs(scorer, dep, head)
        got = inputs.best_labels(trees)
        for b, tree in enumerate(trees):
            full = inputs.full(b, len(tree)).argmax(-1).numpy()  # (dependent, head)
            want = full[np.arange(1, len(tree)), tree[1:]]
            assert got[b].tolist() == want.tolist()
    assert len(set(got[3].tolist())) > 2  # not one label everywhere


def test_seeds_parse_the_same_as_with_stanzas_decoder(nlp):
    """Every sentence of every seed: heads and labels, ours against Stanza's
    (including its repair of two subjects on one verb)."""
    model = nlp._nlp.processors["depparse"].trainer.model
    assert nlp.fast_decoder
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]

    def arcs():
        return [[[(w.head, w.deprel) for w in s.words] for s in doc] for doc in nlp.parse_many(texts)]

    fast = arcs()
    uninstall(model)
    try:
        slow = arcs()
    finally:
        assert install(model)
    assert sum(len(d) for d in fast) > 100
    assert fast == slow


def test_unknown_layouts_are_left_to_stanza():
    class Other:
        args: dict = {}

    assert install(Other()) is False


def test_head_constraint_repair_is_stanzas(nlp, monkeypatch):
    """Stanza's repair of a verb with two subjects or two objects (off in
    the bundled model's config): forced on, with `det`, `amod` and `punct` made
    one-per-head too so that real sentences need repairs, both decoders must
    still agree."""
    from stanza.models.depparse import head_constraints as hc

    proc = nlp._nlp.processors["depparse"]
    model = proc.trainer.model
    monkeypatch.setitem(proc.config, "resolve_head_constraints", True)
    monkeypatch.setitem(hc.DEPREL_TO_GROUP, "det", "det")
    monkeypatch.setitem(hc.DEPREL_TO_GROUP, "amod", "amod")
    monkeypatch.setitem(hc.DEPREL_TO_GROUP, "punct", "punct")
    calls = []
    repair = hc.resolve_head_constraint_violations
    monkeypatch.setattr(hc, "resolve_head_constraint_violations",
                        lambda *a, **k: calls.append(1) or repair(*a, **k))
    text = ("Le ministre de l'Intérieur du gouvernement de la France a déclaré que "
            "les policiers de la ville de Lyon seraient renforcés, dans les grands quartiers populaires du nord. "
            "Selon le porte-parole de la préfecture, la plupart des manifestants du samedi "
            "venaient des communes de la banlieue de la ville.")

    def arcs():
        return [[(w.head, w.deprel) for w in s.words] for s in nlp.parse(text)]

    fast = arcs()
    assert calls  # the repair ran on our side
    uninstall(model)
    try:
        slow = arcs()
    finally:
        assert install(model)
    assert fast == slow
