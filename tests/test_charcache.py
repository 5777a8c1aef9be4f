"""Reading each distinct word once must change no tag and no arc."""
from pathlib import Path

from quotes.charcache import install, uninstall

ROOT = Path(__file__).resolve().parent.parent


def test_seeds_tag_and_parse_the_same_as_with_stanzas_character_pass(nlp):
    models = [nlp._nlp.processors[p].trainer.model.charmodel for p in ("pos", "depparse")]
    assert nlp.distinct_words
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]

    def analyses():
        return [[[(w.upos, w.feats, w.lemma, w.head, w.deprel) for w in s.words] for s in doc]
                for doc in nlp.parse_many(texts)]

    fast = analyses()
    for m in models:
        uninstall(m)
    try:
        slow = analyses()
    finally:
        assert all([install(m) for m in models])
    assert sum(len(d) for d in fast) > 100
    assert fast == slow


def test_other_models_are_left_alone():
    assert install(object()) is False
