"""Speech verbs in the writer's own voice or in folklore report no quote.

* an infinitive after an impersonal frame: "il est à préciser que", "il
  convient de souligner que", "il faut rappeler que";
* the restrictive "ne … que" is no que-clause: "ne parlent pas qu'en français";
* a participle after a noun of folklore (data ``hearsay_nouns.txt``): "une
  croyance affirmant que …".
A named subject keeps its report.
"""
import pytest

NOT_QUOTES = {
    "il est à préciser que": "Enfin, il est à préciser que la régie gère 67 communes du département.",
    "il convient de souligner que": "Il convient de souligner que la régie gère 67 communes du département.",
    "a restrictive que": "Les habitants qui discutent sur les trottoirs ne parlent pas qu'en français.",
    "a belief, not a source": (
        "La porte est fermée depuis des siècles en raison d'une croyance locale affirmant que son "
        "ouverture apporterait le malheur."),
}

QUOTES = {
    "a named subject who specifies": (
        "La directrice Claire Morel tient à préciser que la régie gère 67 communes.",
        [("la régie gère 67 communes", "indirect", "préciser")]),
    "a denial with ne … pas que": (
        "Le ministre Paul Girard ne pense pas que la réforme passera avant l'été.",
        [("la réforme passera avant l'été", "indirect", "penser")]),
    "a body's statement after its participle": (
        "Le syndicat a publié un texte affirmant que la grève durera jusqu'à lundi.",
        [("la grève durera jusqu'à lundi", "indirect", "publier")]),
}


@pytest.mark.parametrize("name", list(NOT_QUOTES))
def test_not_quotes(nlp, name):
    import quotes
    assert quotes.extract(NOT_QUOTES[name], nlp=nlp) == []


@pytest.mark.parametrize("name", list(QUOTES))
def test_quotes(nlp, name):
    import quotes
    text, expected = QUOTES[name]
    assert [(q.text, q.type, q.cue) for q in quotes.extract(text, nlp=nlp)] == expected
