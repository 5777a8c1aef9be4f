"""Whom ``il``/``elle`` stands for, by salience; tables of sentences written
for these tests."""
import pytest

import quotes

# (article, speaker of its last quote)
SHOULD_RESOLVE = [
    # a person named in the sentence before, though not its subject
    ("Le débat a duré trois heures à la Chambre.\n\n"
     "C'est ensuite au tour de Paul Legrand de prendre la parole. "
     "Il rappelle que « la crise ne se répétera pas ».", "Paul Legrand"),
    # whom a source reported about is not the next statement's speaker
    ("Le directeur de l'agence, Karim Said, a précisé que Pierre Martin quittera la direction en mai.\n\n"
     "Il ajoute que « l'agence a investi 16 millions ».", "Karim Said"),
    # the subject of the sentence before comes before a person it names
    ("Le ministre Jean Morel a reçu Paul Durand lundi. "
     "Il a déclaré que « les négociations avancent ».", "Jean Morel"),
    # a subject of the pronoun's own sentence is not hidden by its own report
    ("L'avocat Marc Rey a plaidé longuement.\n\n"
     "L'experte, Claire Vidal, a décelé chez lui « une angoisse profonde » qui peut selon elle "
     "« expliquer son silence ».", "Claire Vidal"),
]


@pytest.mark.parametrize("text,speaker", SHOULD_RESOLVE)
def test_a_pronoun_stands_for_the_salient_person(nlp, text, speaker):
    assert quotes.extract(text, nlp=nlp)[-1].speaker == speaker


# the complement of a role tells nothing of the person's gender
SHOULD_RESOLVE_GENDER = [
    ("Damien Martin, magistrat à la Cour de cassation, s'inquiète.\n\n"
     "Le premier touché par ces mesures, dit-il, ce sera le justiciable.", "Damien Martin"),
    ("Claire Vidal, directrice du port, s'inquiète.\n\n"
     "Le premier touché, dit-elle, ce sera le pêcheur.", "Claire Vidal"),
]


@pytest.mark.parametrize("text,speaker", SHOULD_RESOLVE_GENDER)
def test_a_role_complement_does_not_set_the_gender(nlp, text, speaker):
    assert quotes.extract(text, nlp=nlp)[-1].speaker == speaker


def test_ce_dernier_is_the_person_named_last(nlp):
    text = ("En 2009, Paul Martin s'était rapproché de Jean Dupont, devenu Premier ministre, "
            "et ce dernier lui a proposé de « faire affaire ».")
    assert quotes.extract(text, nlp=nlp)[-1].speaker == "Jean Dupont"


def test_a_name_after_en_is_a_place_not_a_person(nlp):
    # "en Côte d'Ivoire" is no one the description could stand for
    text = ("Paul Roy est rentré hier à Dakar. La prochaine Coupe est prévue en Côte d'Ivoire. "
            "Mais le sélectionneur pense que « les clubs européens ont peur ».")
    assert quotes.extract(text, nlp=nlp)[-1].speaker == "Paul Roy"


def test_a_name_with_its_article_is_a_body_no_pronoun_stands_for(nlp):
    text = ("Thierry Bodson, secrétaire général du syndicat, était l'invité de la radio lundi. "
            "Le PS a voté la mesure. "
            "Il conclut : « On n'est plus dans une époque où les gens obéissent. »")
    assert quotes.extract(text, nlp=nlp)[-1].speaker == "Thierry Bodson"
