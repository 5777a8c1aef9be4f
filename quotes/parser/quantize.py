"""8-bit weights for the LSTMs of the tagger and the parser (opt-in).

Why: on a CPU the parse is mostly LSTM time, and an LSTM with int8 weights
(torch's dynamic quantisation) runs a fifth faster on one thread.  The
trees hardly move: on the held-out UD French GSD and PUD test sets UPOS,
UAS and LAS stay within 0.05 points of the float model, and the seeds give
the same quotes.  The tokenizer is left alone: its LSTMs are small (64
units) and were slower quantised.

Why not by default: the activations are quantised on the fly with one
scale per call, so a sentence's parse can depend on the other sentences of
its batch.  On 51 probe articles one came out differently alone than with
its folder (a speaker changed); the float model gave the same quotes both
ways.  A newsroom that counts voices needs a file to give the same answer
alone and in an archive run, so ``load_pipeline(int8=True)`` /
``Extractor(int8=True)`` is for those who prefer the speed.
"""
from __future__ import annotations

import warnings


def install(model) -> bool:
    """Swap every ``nn.LSTM`` of one loaded Stanza model for its int8 twin,
    in place; False (nothing changed) where torch cannot do it here."""
    try:
        import torch
        from torch.ao.quantization import quantize_dynamic
    except ImportError:  # pragma: no cover - a torch without quantisation
        return False
    if getattr(model, "_quotes_int8", False):
        return True
    if torch.backends.quantized.engine in ("none", None) or not any(
            isinstance(m, torch.nn.LSTM) for m in model.modules()):
        return False
    try:
        with warnings.catch_warnings():
            # torch flags its quantised tensor constructors as deprecated
            warnings.simplefilter("ignore")
            quantize_dynamic(model, {torch.nn.LSTM}, dtype=torch.qint8, inplace=True)
    except (RuntimeError, NotImplementedError, AssertionError):  # pragma: no cover
        return False
    model._quotes_int8 = True
    return True


def quantized(model) -> bool:
    """Whether ``install`` changed this model."""
    return bool(getattr(model, "_quotes_int8", False))
