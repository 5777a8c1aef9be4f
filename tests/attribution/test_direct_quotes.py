"""Direct quotes attributed by the words around them: a subject before an
aside in commas, and pull-quotes standing alone in their paragraph."""
import pytest

import quotes


def test_a_subject_before_an_aside_in_commas(nlp, extracted):
    extracted(nlp, "Les habitants ont manifesté devant la mairie. Un voisin, en colère, a lancé "
                   "« Nous ne partirons pas ».",
              [("Nous ne partirons pas", "direct", "voisin", "lancer")])


def test_a_short_pull_quote_alone_in_its_paragraph(nlp):
    text = ("« Une question de justice »\n\nLe maire de Brest, Jean Lefort, défend son projet. "
            "« Le tramway doit desservir tous les quartiers », a-t-il déclaré.")
    got = quotes.extract(text, nlp=nlp)
    assert [(q.text, q.type) for q in got] == [("Une question de justice", "direct"),
                                                ("Le tramway doit desservir tous les quartiers", "direct")]
    assert got[0].cue is None


def test_two_words_alone_are_a_subheading_not_a_pull_quote(nlp):
    text = "« Chez nous »\n\nLes habitants du quartier ont manifesté samedi devant la mairie."
    assert quotes.extract(text, nlp=nlp) == []


def test_an_incise_with_no_comma_before_its_verb(nlp, extracted):
    extracted(nlp, "« Nous reviendrons l'an prochain » déclare à l'AFP la skieuse Emma Roux.",
              [("Nous reviendrons l'an prochain", "direct", "Emma Roux", "déclarer")])


def test_an_incise_inside_an_unquoted_report_keeps_the_whole_sentence(nlp, extracted):
    extracted(nlp, "La directrice Claire Morel a visité l'usine. Le chantier, dit-elle, reprendra en septembre.",
              [("Le chantier, dit-elle, reprendra en septembre", "indirect", "Claire Morel", "dire")])


# A person's stance (copula + adjective, no verb of their own) before a colon:
# what follows, quoted words and all, is their statement (a mixed quote).
STANCE_COLON = {
    "favorable : a statement holding a quotation": (
        "Le juge Marc Delmas y est plutôt favorable : l'aveu des faits permet d'avoir directement "
        "« le vrai débat, celui de la peine ».",
        [("l'aveu des faits permet d'avoir directement « le vrai débat, celui de la peine »",
          "mixed", "Marc Delmas", None)]),
    "reste sceptique : a statement holding a quotation": (
        "La directrice Claire Morel reste sceptique : la réforme risque de « tout compliquer ».",
        [("la réforme risque de « tout compliquer »", "mixed", "Claire Morel", None)]),
}
NOT_A_STANCE = {
    "a verb of the person's own before the colon": (
        "Le ministre Paul Girard est arrivé à dix heures : la salle était « comble »."),
}


@pytest.mark.parametrize("name", list(STANCE_COLON))
def test_a_stance_before_a_colon(nlp, extracted, name):
    extracted(nlp, *STANCE_COLON[name])


@pytest.mark.parametrize("name", list(NOT_A_STANCE))
def test_not_a_stance(nlp, extracted, name):
    extracted(nlp, NOT_A_STANCE[name], [])
