"""Verbs of judgment and blame, and quotations that are names.

* the speaker's quoted term for the object is the quote, without the object
  ("ont jugé ces propos « indignes »", "a qualifié X de « … »");
* a verb of blame's definite object is only its target ("dénonce le climat
  qui règne", "a condamné la violence"), an indefinite one the speaker's
  description ("dénonce une manœuvre");
* a quotation after a naming verb is a name ("baptisée « … »", "surnommé « … »").
"""
import pytest

import quotes

SHOULD_EXTRACT = {
    "a quoted adjective on the object": (
        "La sénatrice Hélène Robin a jugé ces mesures « injustes ».",
        [("injustes", "direct", "Hélène Robin", "juger")]),
    "a quoted adjective before the object": (
        "Le député Luc Moreau a jugé « inacceptables » les coupes dans le budget de la santé.",
        [("inacceptables", "direct", "Luc Moreau", "juger")]),
    "qualifier X de « … »": (
        "Le procureur Marc Delmas a qualifié les prévenus de « prédateurs sans scrupules ».",
        [("prédateurs sans scrupules", "direct", "Marc Delmas", "qualifier")]),
    "a participle of judgment with its agent": (
        "Le ministre a présenté son plan lundi, des annonces jugées « insuffisantes » par Paul Lemaire.",
        [("insuffisantes", "direct", "Paul Lemaire", "juger")]),
    "an indefinite object of blame describes what is blamed": (
        "La députée Anne Marchal dénonce une manœuvre contre les salariés du site.",
        [("une manœuvre contre les salariés du site", "indirect", "Anne Marchal", "dénoncer")]),
}

SHOULD_NOT_EXTRACT = {
    "a definite object of blame is its target": (
        "La députée Anne Marchal dénonce le climat qui règne dans la commune."),
    "a demonstrative object of blame is its target": (
        "Le maire de Lille a condamné ces dégradations commises dans la nuit."),
    "a campaign's name": (
        "La mairie a lancé cet été une campagne baptisée « Tous à vélo pour le climat »."),
    "a nickname": (
        "L'attaquant surnommé « El Matador par ses coéquipiers » a marqué deux buts samedi."),
}


@pytest.mark.parametrize("name", list(SHOULD_EXTRACT))
def test_should_extract(nlp, extracted, name):
    extracted(nlp, *SHOULD_EXTRACT[name])


@pytest.mark.parametrize("name", list(SHOULD_NOT_EXTRACT))
def test_should_not_extract(nlp, name):
    assert quotes.extract(SHOULD_NOT_EXTRACT[name], nlp=nlp) == []
