"""« … », Marie Durand, syndicaliste: a quotation signed by a name after a
comma, with no verb, is that person's; tables written for these tests."""
import pytest

import quotes

# (article, speaker of its first quote)
SIGNED = [
    ("Grève : « Nous ne céderons pas », Marie Durand, secrétaire du syndicat\n\n"
     "Les salariés de l'usine sont en grève depuis lundi.", "Marie Durand"),
    ("Cannes : \"J'ai tourné ce film pour mon père\", Chie Tanaka, en course pour la Palme d'or\n\n"
     "La réalisatrice présente son deuxième film.", "Chie Tanaka"),
]
NOT_SIGNED = [
    # a name after the comma that goes on as a subject with its verb
    ("« Nous ne céderons pas », Marie Durand et les siens l'ont répété toute la journée.\n\n"
     "Les salariés sont en grève.", "Marie Durand"),
]


@pytest.mark.parametrize("text,speaker", SIGNED)
def test_a_quotation_signed_by_a_name_is_that_persons(nlp, text, speaker):
    assert quotes.extract(text, nlp=nlp)[0].speaker == speaker


@pytest.mark.parametrize("text,speaker", NOT_SIGNED)
def test_a_name_that_goes_on_with_a_verb_signs_nothing(nlp, text, speaker):
    qs = quotes.extract(text, nlp=nlp)
    assert not qs or qs[0].speaker != speaker


def test_an_interviews_quotation_alone_is_the_headlines_voice(nlp):
    text = ("INTERVIEW. « J'ai tourné ce film pour mon père », Chie Tanaka, en course à Cannes\n\n"
            "À travers le quotidien d'une enfant, la réalisatrice raconte le deuil.\n\n"
            "Pourquoi ce sujet ?\n\n"
            "Je voulais parler de l'enfance, de la solitude, du silence des familles japonaises.\n\n"
            "« Au Japon, on se touche très peu. »\n\n"
            "Le film sort en salles en octobre.")
    assert quotes.extract(text, nlp=nlp)[-1].speaker == "Chie Tanaka"
