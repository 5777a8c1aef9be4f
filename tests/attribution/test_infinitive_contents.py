"""Which preposition introduces a verb's infinitive content.

"exhorte le gouvernement à agir", "appelle à la retenue": à or de (flag
``inf``).  "propose de relever le seuil", "a promis de rénover": de only
(flag ``inf:de``); an "à" after such a verb's object makes the infinitive a
modifier of the thing offered ("propose des objets à collectionner");
"reproche aux médias de …" too.  A verb of asking (flag ``si``) reports an
indirect question opened by an interrogative word: "se demande comment …",
"se demande sous quel statut …", "demande au ministre pourquoi …".
A narrative infinitive ("Et de rappeler que …") is no fronted adjunct: its
que-clause runs to the sentence end.
"""
import pytest

SHOULD_EXTRACT = {
    "proposer de": (
        "La ministre Anne Marchal propose de relever le seuil des aides.",
        [("relever le seuil des aides", "indirect", "proposer")]),
    "promettre de": (
        "Le maire Jean Lefort a promis de rénover l'école avant l'été.",
        [("rénover l'école avant l'été", "indirect", "promettre")]),
    "reprocher à X de": (
        "La députée Anne Marchal reproche aux médias de ne pas se montrer assez critiques.",
        [("ne pas se montrer assez critiques", "indirect", "reprocher")]),
    "se demander comment": (
        "La députée Anne Marchal se demande comment la ministre compte financer sa réforme.",
        [("comment la ministre compte financer sa réforme", "indirect", "se demander")]),
    "se demander sous quel": (
        "Le parti écologiste se demande sous quel statut ce nouveau gouvernement va continuer.",
        [("sous quel statut ce nouveau gouvernement va continuer", "indirect", "se demander")]),
    "demander à X pourquoi": (
        "Le syndicaliste Paul Girard demande au ministre pourquoi les aides ont été supprimées.",
        [("pourquoi les aides ont été supprimées", "indirect", "demander")]),
    "a narrative infinitive keeps its whole que-clause": (
        "Le problème est connu, explique le directeur Paul Girard. Et de rappeler que la revente "
        "en ligne de ces produits n'est pas un phénomène nouveau.",
        [("Le problème est connu", "indirect", "expliquer"),
         ("la revente en ligne de ces produits n'est pas un phénomène nouveau", "indirect",
          "rappeler")]),
    "exhorter à still takes à": (
        "L'opposition a exhorté le gouvernement à retirer son projet de loi.",
        [("retirer son projet de loi", "indirect", "exhorter")]),
}

SHOULD_NOT_EXTRACT = {
    "an interrogative word that opens no clause": "Le maire se demande pourquoi pas.",
    "proposer des objets à collectionner": (
        "La campagne propose des figurines cultes à collectionner pour des sommes considérables."),
    "recommander un produit à tester": (
        "Le magazine recommande trois appareils à essayer cet été."),
}


@pytest.mark.parametrize("name", list(SHOULD_EXTRACT))
def test_should_extract(nlp, name):
    import quotes
    text, expected = SHOULD_EXTRACT[name]
    assert [(q.text, q.type, q.cue) for q in quotes.extract(text, nlp=nlp)] == expected


@pytest.mark.parametrize("name", list(SHOULD_NOT_EXTRACT))
def test_should_not_extract(nlp, name):
    import quotes
    assert quotes.extract(SHOULD_NOT_EXTRACT[name], nlp=nlp) == []
