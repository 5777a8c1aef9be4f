"""Extraction over many documents: grouping for the parser changes nothing."""
from quotes.pipeline import Extractor
from quotes.reader import Document, analysis_text

ARTICLES = [
    "« Nous ne céderons pas », a déclaré Marie Dupont, maire de Lille. Elle a ajouté que le budget serait tenu.",
    "Le temps sera doux. Aucun incident n'est signalé.",
    "Selon le préfet, la route rouvrira lundi. « C'est une bonne nouvelle », a estimé Paul Martin.",
]


def _docs():
    return [Document(f"a{k}.txt", t, analysis_text(t, False)) for k, t in enumerate(ARTICLES)]


def test_grouped_extraction_equals_one_document_at_a_time(nlp):
    ex = Extractor(nlp)
    alone = [ex.find_quotes(d) for d in _docs()]
    ex.batch_words = 10  # a group per document
    small = [qs for _, qs in ex.extract_documents(_docs())]
    ex.batch_words = 100_000  # one group for all
    big = [(d.path, qs) for d, qs in ex.extract_documents(_docs())]
    assert [p for p, _ in big] == ["a0.txt", "a1.txt", "a2.txt"]
    assert small == alone == [qs for _, qs in big]
    assert sum(map(len, alone)) >= 4
    speakers = {q.speaker for qs in alone for q in qs}
    assert {"Marie Dupont", "Paul Martin"} <= speakers
