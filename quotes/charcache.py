"""One character-model pass per distinct word of a batch, not per word.

The tagger and the parser each read every word through a character LSTM
(a sixth of the parse on two cores).  A word's representation depends on
its letters only, and news repeats its words (``de``, ``la``, names, the
speech verb): half the words of a batch are repeats.  Installed on one
loaded model object; ``tests/test_charcache.py`` checks that tags and trees
are those of Stanza's own pass.
"""
from __future__ import annotations

from typing import Any


def install(charmodel) -> bool:
    """Make one Stanza ``CharacterModel`` compute each distinct word once;
    False when it is not the kind this module knows."""
    try:
        from stanza.models.common.char_model import CharacterModel
    except ImportError:  # pragma: no cover - other Stanza layouts
        return False
    if not isinstance(charmodel, CharacterModel):
        return False
    if getattr(charmodel, "_quotes_distinct", False):
        return True
    stanza_forward = charmodel.forward

    def forward(chars, chars_mask, word_orig_idx, sentlens, wordlens):
        if charmodel.training:
            return stanza_forward(chars, chars_mask, word_orig_idx, sentlens, wordlens)
        return _distinct_forward(charmodel, stanza_forward, chars, chars_mask,
                                 word_orig_idx, sentlens, wordlens)

    charmodel.forward = forward
    charmodel._quotes_distinct = True
    return True


def uninstall(charmodel) -> None:
    if getattr(charmodel, "_quotes_distinct", False):
        del charmodel.forward
        charmodel._quotes_distinct = False


def _distinct_forward(charmodel, stanza_forward, chars, chars_mask, word_orig_idx,
                      sentlens, wordlens) -> Any:
    import torch
    from torch.nn.utils.rnn import pack_sequence, pad_packed_sequence

    lens = torch.as_tensor(wordlens, dtype=chars.dtype)
    rows, inverse = torch.unique(torch.cat([lens.unsqueeze(1), chars], 1), dim=0,
                                 return_inverse=True)
    # Stanza packs the words, which wants them longest first
    order = torch.argsort(rows[:, 0], descending=True, stable=True)
    rows = rows[order]
    rank = torch.empty_like(order)
    rank[order] = torch.arange(len(order))
    ulens = rows[:, 0].tolist()
    uchars = rows[:, 1:]
    # one "sentence" holding each distinct word once, in packing order
    reps = stanza_forward(uchars, uchars == 0, list(range(len(ulens))), [len(ulens)], ulens)
    reps = reps[0] if charmodel.pad else reps.data
    per_word = reps[rank[inverse]]  # back to every word, in the batch's packing order
    # as Stanza ends its pass: words back in text order, one sequence a sentence
    back = sorted(range(len(word_orig_idx)), key=lambda k: word_orig_idx[k])
    out = pack_sequence(per_word[back].split(sentlens))
    if charmodel.pad:
        out = pad_packed_sequence(out, batch_first=True)[0]
    return out
