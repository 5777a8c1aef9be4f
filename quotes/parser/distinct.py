"""Work done once per distinct word of a batch, not once per word.

News repeats its words (``de``, ``la``, names, the speech verb): half the
words of a batch are repeats.  Two of Stanza's steps look at a word alone:
the character LSTM that the tagger and the parser each run over every word
(a sixth of the parse on two cores), and the lemmatiser (a word and its
tag).  Both are installed on one loaded object; ``tests/test_distinct.py``
checks that tags, lemmas and trees are those of Stanza's own passes.  Also
here: the multi-word token expander ("du" -> de le) runs its model on every
candidate and then keeps its dictionary's answer wherever there is one; a
document whose candidates the dictionary all knows skips the model.
"""
from __future__ import annotations

from typing import Any, Optional


def install_chars(charmodel) -> bool:
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

    return _swap(charmodel, "forward", forward)


def uninstall_chars(charmodel) -> None:
    _restore(charmodel, "forward")


def _swap(obj, attr: str, fn) -> bool:
    """Shadow Stanza's method on this one object (its class is untouched)."""
    setattr(obj, attr, fn)
    obj._quotes_distinct = True
    return True


def _restore(obj, attr: str) -> None:
    if getattr(obj, "_quotes_distinct", False):
        delattr(obj, attr)
        obj._quotes_distinct = False


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


#: words per sentence of the document of distinct words sent to the lemmatiser
_LEMMA_ROW = 100


def install_lemmas(processor, document_class) -> bool:
    """Make a Stanza lemma processor lemmatise each distinct (word, tag) of
    a document once.  Its answer for a word depends on that pair alone (the
    dictionary, else the character model; no contextual lemmatiser), so the
    distinct pairs go through Stanza's own ``process`` and the lemmas are
    copied back.  False, and nothing changed, for a processor with context."""
    trainer = getattr(processor, "trainer", None)
    if getattr(processor, "_quotes_distinct", False):
        return True
    if trainer is None or getattr(processor, "use_identity", True) \
            or getattr(processor, "store_results", False) \
            or not hasattr(trainer, "has_contextual_lemmatizers") or trainer.has_contextual_lemmatizers():
        return False
    stanza_process = processor.process

    def process(document):
        words = [w for s in document.sentences for w in s.words]
        row_of: dict[tuple[str, Optional[str]], int] = {}
        for w in words:
            row_of.setdefault((w.text, w.upos), len(row_of))
        pairs = list(row_of)
        rows = [[{"id": k + 1, "text": t, "upos": u} for k, (t, u) in enumerate(pairs[a:a + _LEMMA_ROW])]
                for a in range(0, len(pairs), _LEMMA_ROW)]
        if not rows:
            return document
        done = stanza_process(document_class(rows))
        lemmas = [w.lemma for s in done.sentences for w in s.words]
        for w in words:
            w.lemma = lemmas[row_of[(w.text, w.upos)]]
        return document

    return _swap(processor, "process", process)


def uninstall_lemmas(processor) -> None:
    _restore(processor, "process")


def install_mwt_dictionary(processor) -> bool:
    """Let a Stanza MWT processor skip its model when its dictionary, which
    would overrule the model anyway, knows every candidate of a document.
    False, and nothing changed, for other processors."""
    trainer = getattr(processor, "trainer", None)
    config = getattr(processor, "config", None) or {}
    if getattr(processor, "_quotes_distinct", False):
        return True
    if trainer is None or not hasattr(trainer, "dict_expansion") or not hasattr(processor, "build_batch") \
            or not config.get("ensemble_dict", False) or config.get("dict_only", False):
        return False
    stanza_process = processor.process

    def process(document):
        batch = processor.build_batch(document)
        candidates = batch.doc.get_mwt_expansions(evaluation=True)
        known = [trainer.dict_expansion(c) for c in candidates]
        if any(k is None for k in known):
            return stanza_process(document)
        batch.doc.set_mwt_expansions(known, process_manual_expanded=False)
        return batch.doc

    return _swap(processor, "process", process)


def uninstall_mwt_dictionary(processor) -> None:
    _restore(processor, "process")
