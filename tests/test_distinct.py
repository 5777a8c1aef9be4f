"""Reading each distinct word once must change no tag, lemma or arc."""
from pathlib import Path

from quotes.distinct import install_chars, install_lemmas, uninstall_chars, uninstall_lemmas

ROOT = Path(__file__).resolve().parent.parent


def test_seeds_analyse_the_same_as_with_stanzas_own_passes(nlp):
    import stanza

    procs = nlp._nlp.processors
    models = [procs[p].trainer.model.charmodel for p in ("pos", "depparse")]
    assert nlp.distinct_words
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]

    def analyses():
        return [[[(w.upos, w.feats, w.lemma, w.head, w.deprel) for w in s.words] for s in doc]
                for doc in nlp.parse_many(texts)]

    fast = analyses()
    for m in models:
        uninstall_chars(m)
    uninstall_lemmas(procs["lemma"])
    try:
        slow = analyses()
    finally:
        assert all([install_chars(m) for m in models] + [install_lemmas(procs["lemma"], stanza.Document)])
    assert sum(len(d) for d in fast) > 100
    assert fast == slow


def test_other_objects_are_left_alone():
    assert install_chars(object()) is False
    assert install_lemmas(object(), None) is False
