"""int8 LSTMs: opt-in, a parse close to the float model's, the same quotes on the seeds."""
from pathlib import Path

import pytest

from quotes.parser.quantize import install, quantized

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def int8_nlp(nlp):  # (nlp: skipped like the others without a model)
    from quotes.parser.parse import load_pipeline

    return load_pipeline(int8=True)


def test_the_default_parser_is_float(nlp):
    assert not nlp.int8
    assert not quantized(nlp._nlp.processors["depparse"].trainer.model)


def test_tagger_and_parser_lstms_are_int8_the_tokenizer_is_not(int8_nlp):
    import torch

    procs = int8_nlp._nlp.processors
    assert int8_nlp.int8
    for name in ("pos", "depparse"):
        model = procs[name].trainer.model
        assert quantized(model)
        assert not [m for m in model.modules() if type(m) is torch.nn.LSTM]
    tokenizer = procs["tokenize"].trainer.model
    assert not quantized(tokenizer)
    assert [m for m in tokenizer.modules() if type(m) is torch.nn.LSTM]


def test_seeds_parse_nearly_alike_and_give_the_same_quotes(nlp, int8_nlp):
    from quotes.pipeline import Extractor
    from quotes.text.reader import read_document

    paths = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]

    def words(parser):
        return [(w.text, w.upos, w.head, w.deprel)
                for doc in parser.parse_many(texts) for s in doc for w in s.words]

    fast, slow = words(int8_nlp), words(nlp)
    assert len(fast) == len(slow) > 2000
    same = sum(a == b for a, b in zip(fast, slow)) / len(fast)
    assert same >= 0.98, same

    def quotes(parser):
        docs = [read_document(str(p)) for p in paths]
        return [(q.doc, q.start, q.end, q.type, q.speaker, q.role)
                for _, qs in Extractor(nlp=parser).extract_documents(docs) for q in qs]

    assert quotes(int8_nlp) == quotes(nlp)


def test_the_default_gives_a_document_the_same_quotes_alone_and_in_a_batch(nlp):
    # why int8 is not the default: its activations are scaled per batch
    from quotes.pipeline import Extractor
    from quotes.text.reader import read_document

    ext = Extractor(nlp=nlp)
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    together = [qs for _, qs in ext.extract_documents([read_document(str(p)) for p in paths])]
    alone = [next(ext.extract_documents([read_document(str(p))]))[1] for p in paths]
    assert sum(len(q) for q in together) > 50
    assert alone == together


def test_models_without_an_lstm_are_left_alone():
    import torch

    layer = torch.nn.Linear(3, 2)
    assert install(layer) is False
    assert not quantized(layer)


def test_installing_twice_changes_nothing(int8_nlp):
    model = int8_nlp._nlp.processors["pos"].trainer.model
    before = [type(m) for m in model.modules()]
    assert install(model) is True
    assert [type(m) for m in model.modules()] == before
