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


NEEDS_ANTECEDENT = [  # the sentence before must be parsed for these
    "« Nous ne céderons pas », a-t-il ajouté.",
    "Elle a déclaré que le budget serait voté.",
    "Le ministre a estimé que la réforme était juste.",
    "« La paix est possible. »",
]
NAMES_ITS_SOURCE = [
    "Marie Curie a déclaré que la science n'avait pas de patrie.",
    "Selon l'Insee, le chômage recule.",
    "Le maire de Lyon a annoncé la fermeture du pont.",
]


def _light(nlp, text):
    (s,) = nlp.tokenize(text)
    return s


def test_a_reporting_sentence_with_a_pronoun_a_quote_or_no_name_needs_the_one_before(nlp):
    from quotes.pipeline import needs_antecedent
    for text in NEEDS_ANTECEDENT:
        assert needs_antecedent(_light(nlp, text), text), text


def test_a_reporting_sentence_that_names_its_source_needs_nothing_before(nlp):
    from quotes.pipeline import needs_antecedent
    for text in NAMES_ITS_SOURCE:
        assert not needs_antecedent(_light(nlp, text), text), text


def test_only_reporting_sentences_and_needed_antecedents_are_parsed(nlp):
    text = ("Le pont a été fermé mardi. Les travaux dureront un an. "
            "Marie Curie a déclaré que la science n'avait pas de patrie. "
            "La pluie est tombée toute la nuit. Elle a ajouté que le laboratoire rouvrirait.")
    ex = Extractor(nlp)
    sents = ex.nlp.parse(text, select=ex._selector(text))
    assert [s.parsed for s in sents] == [False, False, True, True, True]
