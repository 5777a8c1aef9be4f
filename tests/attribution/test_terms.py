"""Quotations that are the writer's terms, not words anyone said.

A quotation no cue attributes is a term when the writer's sentence uses it
as a noun phrase after its own article or "comme" ("a procédé à un « … »"),
or as the legal name of a charge after "accusations de", "poursuivi pour",
"chef de" (data ``charge_words.txt``).  After a verb, or after "accuser
de", the speech verb, it may be a statement.  A quotation after a
preposition and an article ("répondre à la « … »") is that preposition's
noun, not the verb's object.  "pour lesquels" is no "selon lesquels".
"""
import pytest

NOT_QUOTES = {
    "charges after accusations de, two of them": (
        "L'ancien trésorier comparaît pour des accusations d'« abus de confiance aggravé envers "
        "le club » et de « faux en écriture publique par un dirigeant »."),
    "a charge after poursuivi pour": (
        "Le promoteur est poursuivi pour « mise en danger de la vie d'autrui par imprudence »."),
    "a term after the writer's article": (
        "Le conseil a procédé mercredi à un « échange de vues sur les conséquences du "
        "remaniement », au cours duquel le maire devait répondre aux élus."),
    "a term after comme": (
        "Les villages sont las d'être vus comme « des gens qui viennent mendier » des aides par "
        "la capitale."),
    "a quotation after à la is no object": "Le club veut répondre à la « détresse des villages »",
    "pour lesquels is for whom": (
        "Comme si cela ne suffisait pas, certains habitants, pour lesquels le civisme ne signifie "
        "rien, jettent leurs ordures dans la rue."),
}

QUOTES = {
    "a place of speech between the verb and its quoted object": (
        "Le ministre Paul Girard a dénoncé à l'Assemblée « une manœuvre politicienne ».",
        [("une manœuvre politicienne", "direct", "Paul Girard", "dénoncer")]),
    "selon lesquels, a source unnamed": (
        "Des documents ont fuité selon lesquels la banque aurait caché ses pertes.",
        [("la banque aurait caché ses pertes", "indirect", None, "selon")]),
    "accuser de is a report, not a charge": (
        "L'entraîneur Paul Girard l'a accusé de « saboter le travail de toute une équipe ».",
        [("saboter le travail de toute une équipe", "direct", "Paul Girard", "accuser")]),
    "a quotation after a verb keeps its neighbour's speaker": (
        "Le maire Jean Lefort a reçu les habitants. Et ce sont « des familles qui travaillent "
        "depuis des années ».",
        [("des familles qui travaillent depuis des années", "direct", "Jean Lefort", None)]),
}


@pytest.mark.parametrize("name", list(NOT_QUOTES))
def test_not_quotes(nlp, extracted, name):
    extracted(nlp, NOT_QUOTES[name], [])


@pytest.mark.parametrize("name", list(QUOTES))
def test_quotes(nlp, extracted, name):
    extracted(nlp, *QUOTES[name])
