"""Where the source phrase stands: a clause of comparison opening the
sentence ("Comme X l'a rappelé, …"), a source phrase after a headline's
topic and its colon ("Énergie : pour X, …")."""
import pytest

import quotes

SHOULD_EXTRACT = {
    "comme X l'a rappelé, the clause after the comma": (
        "Comme la ministre Claire Dumas l'a rappelé mardi, les aides seront versées avant la fin du mois.",
        [("les aides seront versées avant la fin du mois", "indirect", "Claire Dumas", "rappeler")]),
    "comme l'a dit X, the subject inverted": (
        "Comme l'a souligné le maire de Brest, Jean Lefort, le chantier durera encore deux ans.",
        [("le chantier durera encore deux ans", "indirect", "Jean Lefort", "souligner")]),
    "pour X after a headline's topic and colon": (
        "Énergie : pour Arnaud Morel, le nucléaire reste une « filière d'avenir »",
        [("le nucléaire reste une « filière d'avenir »", "mixed", "Arnaud Morel", "pour")]),
}

SHOULD_NOT_EXTRACT = {
    "a verb of praise and a short noun: no demand": "Les syndicats ont salué son engagement.",
    "comme without a speech verb": "Comme chaque année, les prix augmentent en janvier.",
}


@pytest.mark.parametrize("name", list(SHOULD_EXTRACT))
def test_should_extract(nlp, extracted, name):
    extracted(nlp, *SHOULD_EXTRACT[name])


@pytest.mark.parametrize("name", list(SHOULD_NOT_EXTRACT))
def test_should_not_extract(nlp, name):
    assert quotes.extract(SHOULD_NOT_EXTRACT[name], nlp=nlp) == []


UNNAMED_AND_FIGURES = {
    "pour d'autres: a report with no speaker": (
        "Les avis divergent. Pour d'autres, il faudrait d'abord rénover les écoles.",
        [("il faudrait d'abord rénover les écoles", "indirect", None, "pour")]),
    "et pour quelques-uns: after a conjunction, still the opening phrase": (
        "Les avis divergent. Et pour quelques-uns, il faudrait d'abord rénover les écoles.",
        [("il faudrait d'abord rénover les écoles", "indirect", None, "pour")]),
    "parler de and a figure, the writer's gloss left out": (
        "La directrice Claire Morel parle de 3 000 suppressions de postes, soit un tiers des effectifs.",
        [("3 000 suppressions de postes", "indirect", "Claire Morel", "parler")]),
}


@pytest.mark.parametrize("name", list(UNNAMED_AND_FIGURES))
def test_unnamed_sources_and_figures(nlp, extracted, name):
    extracted(nlp, *UNNAMED_AND_FIGURES[name])


def test_a_topic_is_still_no_report(nlp):
    assert quotes.extract("Le maire a parlé de la rénovation des écoles.", nlp=nlp) == []
