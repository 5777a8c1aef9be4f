"""Name variants (no parser): which spellings of an article name one entity."""
import pytest

from quotes.lexicon import load_lexicon
from quotes.people.names import acronyms, contains, key, person_tail, strip_type


@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


# (text, acronym, expansion) — the acronym spelt out in brackets after the name
ACRONYMS_SHOULD = [
    ("La Confédération générale du travail (CGT) appelle à la grève.", "CGT", "Confédération générale du travail"),
    ("selon la Fédération nationale des syndicats d'exploitants agricoles (FNSEA).",
     "FNSEA", "Fédération nationale des syndicats d'exploitants agricoles"),
    ("Le Haut Conseil pour le climat (HCC) a rendu son avis.", "HCC", "Haut Conseil pour le climat"),
    ("l'Organisation mondiale de la santé (OMS) s'inquiète", "OMS", "Organisation mondiale de la santé"),
]
ACRONYMS_SHOULD_NOT = [
    "Marie Curie (1867-1934) a reçu deux prix.",          # dates
    "Le maire de Lyon (Rhône) a réagi.",                  # a place, initials do not spell it
    "Paul Durand (PS) a voté contre.",                    # a party after a person: no expansion
]


@pytest.mark.parametrize("text,acro,expansion", ACRONYMS_SHOULD)
def test_an_acronym_in_brackets_names_the_words_before_it(text, acro, expansion):
    assert acronyms(text)[key(acro)] == expansion


@pytest.mark.parametrize("text", ACRONYMS_SHOULD_NOT)
def test_no_acronym_without_matching_initials(text):
    assert acronyms(text) == {}


PERSON_TAIL = [
    ("présidente de la fédération régionale du PS Sophie Marchal", "Sophie Marchal"),
    ("Intérieur Gérald Lemoine", "Gérald Lemoine"),       # "ministre de l'Intérieur Gérald Lemoine"
    ("secrétaire d'État chargée du Numérique Clara Chappaz", "Clara Chappaz"),
    # should not cut
    ("Club Nacional de football", "Club Nacional de football"),
    ("Ministère public de la Confédération", "Ministère public de la Confédération"),
    ("Conseil de sécurité des Nations unies", "Conseil de sécurité des Nations unies"),
    ("Human Rights Watch", "Human Rights Watch"),
    ("Jean-Luc Mélenchon", "Jean-Luc Mélenchon"),
]


@pytest.mark.parametrize("glued,name", PERSON_TAIL)
def test_a_role_glued_before_a_persons_name_comes_off(lex, glued, name):
    assert person_tail(glued, lex) == name


STRIP_TYPE = [
    ("L'ONG Human Rights Watch", "Human Rights Watch"),
    ("le syndicat Force ouvrière", "Force ouvrière"),
    ("l'association Test-Achats", "Test-Achats"),
    # should not strip
    ("Parti socialiste", "Parti socialiste"),
    ("Banque de France", "Banque de France"),
    ("Marine Tondelier", "Marine Tondelier"),
]


@pytest.mark.parametrize("name,stripped", STRIP_TYPE)
def test_a_bodys_type_noun_comes_off_its_name(lex, name, stripped):
    assert strip_type(name, lex) == stripped


def test_keys_fold_case_and_apostrophes_but_keep_hyphenated_words_whole():
    assert key("Ecolo-Groen") == ("ecolo-groen",)
    assert key("Ecolo") != key("Ecolo-Groen")[:1] or key("Ecolo") == ("ecolo",)
    assert key("Jean-Philippe Magnen") == ("jean-philippe", "magnen")
    assert contains(key("Colin Kahl"), key("Kahl"))
    assert not contains(key("Kahl"), key("Colin Kahl"))
    assert not contains(key("Ecolo-Groen"), key("Ecolo"))


def test_a_complement_is_no_glued_name(lex):
    assert person_tail("ancien joueur du Paris Saint-Germain", lex) == "ancien joueur du Paris Saint-Germain"
    assert person_tail("présidente de la Région Occitanie", lex) == "présidente de la Région Occitanie"


def test_a_newspapers_article_is_part_of_its_name(lex):
    assert strip_type("Le Parisien", lex) == "Le Parisien"
    assert strip_type("le quotidien Le Temps", lex) == "Le Temps"
