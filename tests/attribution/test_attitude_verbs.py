"""Verbs of attitude a source states, and the 1990 spelling of speech verbs.

"espère que", "a laissé entendre que" report what the source holds, as
"estime que" does, but only with their que-clause ("espère un miracle" is
no statement); "reconnait" (no circumflex, the rectified spelling many
papers use) is "reconnaît".  "évalue à", "chiffre à" give a source's
estimate: the figure (a number first) is what was said, not the object the
parser hangs under it, and not a place ("évalue ses élèves à l'oral").
"""
import pytest

SHOULD_EXTRACT = {
    "espérer que": (
        "La maire Anne Marchal espère également que l'État tiendra ses promesses.",
        [("l'État tiendra ses promesses", "indirect", "Anne Marchal", "espérer")]),
    "laisser entendre que": (
        "Le Premier ministre Jean Lefort a laissé entendre que cette réforme était une « option ».",
        [("cette réforme était une « option »", "mixed", "Jean Lefort", "laisser entendre")]),
    "reconnaître without its circumflex": (
        "Le ministre Paul Girard reconnait tout de même que ce budget devra être revu.",
        [("ce budget devra être revu", "indirect", "Paul Girard", "reconnaître")]),
    "évaluer à a figure": (
        "Le syndicaliste Paul Girard évalue à 150 millions d'euros le coût de la réforme.",
        [("150 millions d'euros", "indirect", "Paul Girard", "évaluer")]),
    "chiffrer à a figure": (
        "Le ministre Paul Girard chiffre à trois milliards d'euros le coût de la réforme.",
        [("trois milliards d'euros", "indirect", "Paul Girard", "chiffrer")]),
}

SHOULD_NOT_EXTRACT = {
    "évaluer à without a figure": "Le professeur Marc Delmas évalue ses élèves à l'oral chaque semaine.",
    "espérer with a noun": "Les supporters espèrent une victoire dimanche soir.",
    "laisser entendre with an object": "Le mur mince laisse entendre les voisins.",
    "a relative after espérer's object": "Le club espère un sursaut que personne n'attend plus.",
}


@pytest.mark.parametrize("name", list(SHOULD_EXTRACT))
def test_should_extract(nlp, extracted, name):
    extracted(nlp, *SHOULD_EXTRACT[name])


@pytest.mark.parametrize("name", list(SHOULD_NOT_EXTRACT))
def test_should_not_extract(nlp, extracted, name):
    extracted(nlp, SHOULD_NOT_EXTRACT[name], [])
