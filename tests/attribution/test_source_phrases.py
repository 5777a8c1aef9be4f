"""Where selon/pour and an inverted subject are read in real news layout.

* "…, pour lui." closes a statement, and "C'est, pour elle, un hommage …"
  leaves the copula's attribute inside the statement;
* "…, selon la même source" after an infinitive of purpose ("pour n'avoir
  pas signalé …") is the whole sentence's source; after a speech verb
  whose clause holds it ("a rappelé que, selon X, …") it is not;
* "selon X, … : « … »": a quotation that ends the sentence after a colon
  is a quote of its own;
* "…, avait révélé en mars le site X": a date between the verb and its
  inverted subject; "a une nouvelle fois exhorté": a set phrase between
  the auxiliary and its participle.
"""
import pytest

SHOULD_EXTRACT = {
    "pour lui at the end": (
        "Le principal problème, ce sont les discriminations. L'intégration ne marche pas, pour lui.",
        [("L'intégration ne marche pas", "indirect", "pour")]),
    "pour X between a copula and its attribute": (
        "C'est aussi, pour Leïla Haddad, un hommage à son pays et à sa culture.",
        [("C'est aussi, pour Leïla Haddad, un hommage à son pays et à sa culture", "indirect",
          "pour")]),
    "selon after an infinitive of purpose": (
        "La banque a pour sa part écopé d'une amende de 40 000 euros pour n'avoir pas signalé "
        "un client, selon la même source.",
        [("La banque a pour sa part écopé d'une amende de 40 000 euros pour n'avoir pas signalé "
          "un client", "indirect", "selon")]),
    "a date between the incise verb and its subject": (
        "La banque a été condamnée pour blanchiment, avait révélé en mars le site Mediapart.",
        [("La banque a été condamnée pour blanchiment", "indirect", "révéler")]),
    "selon X, a statement, a colon and a quotation of its own": (
        "Selon le physicien Marc Delmas, la découverte va permettre des années de recherche : "
        "« Nous avons de quoi travailler jusqu'en 2030 ! »",
        [("la découverte va permettre des années de recherche", "indirect", "selon"),
         ("Nous avons de quoi travailler jusqu'en 2030 !", "direct", None)]),
    "une nouvelle fois between the auxiliary and the participle": (
        "L'opposition a une nouvelle fois exhorté le gouvernement à retirer son projet de loi.",
        [("retirer son projet de loi", "indirect", "exhorter")]),
}

ONE_QUOTE = {
    "selon X, a colon and a quoted word, one statement": (
        "Selon le physicien Marc Delmas, la découverte a un nom : « boson ».",
        [("la découverte a un nom : « boson »", "mixed", "selon")]),
}

SHOULD_NOT_EXTRACT = {
    "pour after a comma that names no one": (
        "Les travaux ont repris lundi, pour la première fois depuis mars."),
    "a copula's attribute after pour and a thing": (
        "C'est, pour le moment, un simple chantier de voirie."),
}


@pytest.mark.parametrize("name", list(SHOULD_EXTRACT))
def test_should_extract(nlp, name):
    import quotes
    text, expected = SHOULD_EXTRACT[name]
    assert [(q.text, q.type, q.cue) for q in quotes.extract(text, nlp=nlp)] == expected


@pytest.mark.parametrize("name", list(ONE_QUOTE))
def test_one_quote(nlp, name):
    import quotes
    text, expected = ONE_QUOTE[name]
    assert [(q.text, q.type, q.cue) for q in quotes.extract(text, nlp=nlp)] == expected


@pytest.mark.parametrize("name", list(SHOULD_NOT_EXTRACT))
def test_should_not_extract(nlp, name):
    import quotes
    assert quotes.extract(SHOULD_NOT_EXTRACT[name], nlp=nlp) == []
