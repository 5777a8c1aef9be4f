"""Extraction over many documents: grouping for the parser changes nothing."""
from quotes.pipeline import Extractor
from quotes.text.reader import Document, analysis_text

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


BEFORE = "Le directeur a visité l'usine mardi matin."
NEEDS_ANTECEDENT = [  # the sentence before must be parsed for these
    "« Nous ne céderons pas », a-t-il ajouté.",
    "Elle a déclaré que le budget serait voté.",
    "Le ministre a estimé que la réforme était juste.",
]
NAMES_ITS_SOURCE = [
    "Marie Curie a déclaré que la science n'avait pas de patrie.",
    "Selon l'Insee, le chômage recule.",
    "« Nous ne céderons pas », a déclaré Marie Dupont.",
    "Le temps sera doux demain.",
]


def test_a_quote_with_a_pronoun_a_nominal_or_no_source_gets_the_sentence_before_parsed(nlp):
    ex = Extractor(nlp)
    for text in NEEDS_ANTECEDENT:
        assert [s.parsed for s in ex.parsed_sentences(BEFORE + " " + text)] == [True, True], text


def test_a_sentence_that_names_its_source_needs_nothing_before(nlp):
    ex = Extractor(nlp)
    for text in NAMES_ITS_SOURCE:
        first, second = ex.parsed_sentences(BEFORE + " " + text)
        assert not first.parsed, text


def test_only_reporting_sentences_and_needed_antecedents_are_parsed(nlp):
    text = ("Le pont a été fermé mardi. Les travaux dureront un an. "
            "Marie Curie a déclaré que la science n'avait pas de patrie. "
            "La pluie est tombée toute la nuit. Elle a ajouté que le laboratoire rouvrirait.")
    ex = Extractor(nlp)
    assert [s.parsed for s in ex.parsed_sentences(text)] == [False, False, True, True, True]


def test_the_antecedent_sentence_changes_the_answer(nlp):
    """Parsed, the sentence before gives the pronoun its antecedent."""
    ex = Extractor(nlp)
    text = ("La préfète a visité le chantier de l'autoroute mardi. "
            "Elle a assuré que les routes seraient dégagées avant l'hiver.")
    (q,) = ex.extract(text)
    assert q.speaker == "préfète"
    ex.neighbours = False
    (q,) = ex.extract(text)
    assert q.speaker is None


def test_the_parser_reads_a_clause_without_its_set_phrase(nlp):
    """"a pour sa part jugé": the phrase is left out of the parser's input,
    so "jugé" is the verb with its subject and its que-clause."""
    text = "Le maire a pour sa part jugé que la décision était prématurée."
    (s,) = Extractor(nlp).parsed_sentences(text)
    words = [w.text for w in s.words]
    assert "part" not in words and "jugé" in words
    verb = s.words[words.index("jugé")]
    assert any(w.text == "maire" and w.head == verb.i for w in s.words)
    for w in s.words:
        assert text[w.start:w.end] == w.text
