"""A quotation lifted into a headline or an intertitle takes the source of the
quotation of the body that holds its words; tables written for these tests."""
import pytest

import quotes
from quotes.people.echoes import echoed

# (quotations of one article as text, index of the lifted one, index of the one it echoes)
SHOULD_ECHO = [
    (["Une question d'équité", "Il y a une question d'équité, et nous la poserons"], 0, 1),
    # a few words cut out of the middle
    (["Un manque cruel de moyens", "cela va signifier un manque vraiment cruel de moyens"], 0, 1),
    (["Nous ne céderons pas", "Je le répète : nous ne céderons pas sur les salaires"], 0, 1),
]

SHOULD_NOT_ECHO = [
    # the same words out of order, or spread over the whole quotation
    (["Une question d'équité", "L'équité sera notre première question"], 0),
    (["Le prix du pain", "Le boulanger dit que le prix a augmenté, comme celui du pain"], 0),
    # too short to tell two quotations apart
    (["Non", "Non, nous ne signerons pas"], 0),
]


def _spans(texts: list[str]) -> tuple[str, list[tuple[int, int]]]:
    text, spans = "", []
    for t in texts:
        spans.append((len(text), len(text) + len(t)))
        text += t + "\n\n"
    return text, spans


@pytest.mark.parametrize("texts,k,j", SHOULD_ECHO)
def test_a_lifted_line_echoes_the_quotation_that_holds_it(texts, k, j):
    text, spans = _spans(texts)
    assert echoed(k, spans, text, [True] * len(spans)) == j


@pytest.mark.parametrize("texts,k", SHOULD_NOT_ECHO)
def test_words_that_only_meet_by_chance_echo_nothing(texts, k):
    text, spans = _spans(texts)
    assert echoed(k, spans, text, [True] * len(spans)) is None


def test_the_echoed_quotation_must_know_its_source():
    text, spans = _spans(["Une question d'équité", "Il y a une question d'équité"])
    assert echoed(0, spans, text, [True, False]) is None


def test_an_intertitle_takes_the_speaker_of_the_body_quotation(nlp):
    text = ("Les maires ruraux réclament plus de moyens\n\n"
            "Réunis samedi à Tulle, les élus ont dressé un constat sévère.\n\n"
            "« Des routes à l'abandon »\n\n"
            "« Nous avons des routes à l'abandon depuis dix ans », a déclaré Martine Leroux, "
            "présidente de l'association des maires de Corrèze.\n\n"
            "Le préfet a promis une réponse avant l'été.")
    qs = quotes.extract(text, nlp=nlp)
    lifted = next(q for q in qs if q.text == "Des routes à l'abandon")
    assert lifted.speaker == "Martine Leroux"
