"""Reports whose content is a noun phrase or an adjective.

A demand, a sentence asked for, a comparison or a feeling said of oneself is
what was said ("a plaidé l'acquittement", "a requis huit ans de prison",
"a comparé X à Y", "se dit désolé"); a fact merely pointed at is not
("a souligné les tensions", see test_attribution's tables).
"""
import pytest

SHOULD_EXTRACT = {
    "a short noun of action": (
        "L'avocate Claire Dubois a plaidé l'acquittement.",
        [("l'acquittement", "indirect", "Claire Dubois", "plaider")]),
    "a sentence asked for": (
        "Le procureur Marc Delmas a requis huit ans de prison ferme.",
        [("huit ans de prison ferme", "indirect", "Marc Delmas", "requérir")]),
    "an adjective said of oneself": (
        "Le maire Jean Lefort se dit désolé.",
        [("désolé", "indirect", "Jean Lefort", "se dire")]),
    "an adjective said of oneself, the writer's adverb left out, a second verb cut off": (
        "Le maire Jean Lefort se dit à présent désolé mais maintient sa décision.",
        [("désolé", "indirect", "Jean Lefort", "se dire")]),
    "a comparison, up to the comma": (
        "Le sénateur Paul Girard compare cette réforme à un naufrage, l'opposition s'indigne.",
        [("cette réforme à un naufrage", "indirect", "Paul Girard", "comparer")]),
}


@pytest.mark.parametrize("name", list(SHOULD_EXTRACT))
def test_should_extract(nlp, extracted, name):
    extracted(nlp, *SHOULD_EXTRACT[name])


QUESTIONS_AND_CUTS = {
    "an indirect question after se demander": (
        "La députée Anne Marchal se demande si la réforme sera appliquée avant l'été.",
        [("la réforme sera appliquée avant l'été", "indirect", "Anne Marchal", "se demander")]),
    "an indirect question after demander, elided si": (
        "Le syndicaliste Paul Girard demande au ministre s'il compte retirer son projet.",
        [("il compte retirer son projet", "indirect", "Paul Girard", "demander")]),
    "a que-clause stops before the quotation that ends the sentence": (
        "Le juge Marc Delmas confie que les tribunaux manquent de greffiers : "
        "« Nous avons retardé des audiences tout l'hiver. »",
        [("les tribunaux manquent de greffiers", "indirect", "Marc Delmas", "confier"),
         ("Nous avons retardé des audiences tout l'hiver.", "direct", "Marc Delmas", "confier")]),
    "selon inside a clause that goes on with a preposition": (
        "Cette panne serait due, selon plusieurs techniciens, à un défaut de maintenance.",
        [("Cette panne serait due, selon plusieurs techniciens, à un défaut de maintenance",
          "indirect", "plusieurs techniciens", "selon")]),
}


@pytest.mark.parametrize("name", list(QUESTIONS_AND_CUTS))
def test_questions_and_cuts(nlp, extracted, name):
    extracted(nlp, *QUESTIONS_AND_CUTS[name])


# A present participle right after the object noun phrase (no comma) qualifies
# the noun, wherever the parser hung it; a bracket or a comma ends it.
PARTICIPLE_AFTER_OBJECT = {
    "a participle after the object": (
        "L'entreprise a annoncé hier la fermeture d'une usine historique employant plus de trois "
        "cents salariés dans la région.",
        [("la fermeture d'une usine historique employant plus de trois cents salariés dans la "
          "région", "indirect", "entreprise", "annoncer")]),
    "a bracket ends it": (
        "- Le laboratoire a annoncé aujourd'hui la découverte d'une nouvelle molécule "
        "anti-paludique ayant une très forte efficacité contre le parasite (appelé paludisme).",
        [("la découverte d'une nouvelle molécule anti-paludique ayant une très forte efficacité "
          "contre le parasite", "indirect", "laboratoire", "annoncer")]),
    "a comma leaves the participle to the writer": (
        "L'entreprise a annoncé hier la fermeture de son usine, employant ainsi un ton grave.",
        [("la fermeture de son usine", "indirect", "entreprise", "annoncer")]),
}


@pytest.mark.parametrize("name", list(PARTICIPLE_AFTER_OBJECT))
def test_participle_after_object(nlp, extracted, name):
    extracted(nlp, *PARTICIPLE_AFTER_OBJECT[name])
