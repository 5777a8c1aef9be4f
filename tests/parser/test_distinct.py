"""Reading each distinct word once must change no tag, lemma or arc."""
from pathlib import Path

from quotes.parser.distinct import (install_chars, install_lemmas, install_mwt_dictionary, uninstall_chars,
                             uninstall_lemmas, uninstall_mwt_dictionary)

ROOT = Path(__file__).resolve().parents[2]


def test_seeds_analyse_the_same_as_with_stanzas_own_passes(nlp):
    import stanza

    procs = nlp._nlp.processors
    models = [procs[p].trainer.model.charmodel for p in ("pos", "depparse")]
    assert nlp.distinct_words
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]

    def analyses():
        return [[[(w.text, w.upos, w.feats, w.lemma, w.head, w.deprel) for w in s.words] for s in doc]
                for doc in nlp.parse_many(texts)]

    fast = analyses()
    for m in models:
        uninstall_chars(m)
    uninstall_lemmas(procs["lemma"])
    uninstall_mwt_dictionary(procs["mwt"])
    try:
        slow = analyses()
    finally:
        assert all([install_chars(m) for m in models] + [install_lemmas(procs["lemma"], stanza.Document),
                                                         install_mwt_dictionary(procs["mwt"])])
    assert sum(len(d) for d in fast) > 100
    assert fast == slow


def test_other_objects_are_left_alone():
    assert install_chars(object()) is False
    assert install_lemmas(object(), None) is False
    assert install_mwt_dictionary(object()) is False


def test_words_the_mwt_dictionary_does_not_know_go_through_stanzas_model(nlp, monkeypatch):
    """One unknown candidate and the whole document takes Stanza's path."""
    mwt = nlp._nlp.processors["mwt"]
    calls = []
    model = mwt.trainer.predict
    monkeypatch.setattr(mwt.trainer, "predict", lambda *a, **k: calls.append(1) or model(*a, **k))
    nlp.tokenize("Il est allé au marché du village.")
    assert not calls
    monkeypatch.setattr(mwt.trainer, "dict_expansion", lambda w: None if w == "du" else "à le")
    nlp.tokenize("Il est allé au marché du village.")
    assert calls
