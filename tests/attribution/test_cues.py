"""Lexicons and the cheap before-parse filter (no model needed)."""
import pytest

from quotes.attribution.cues import load_lexicon, may_report
from quotes.parser.parse import Sentence, Word

LEX = load_lexicon()


def _sentence(text: str) -> Sentence:
    """A tokenised-only sentence, split on spaces (enough for the filter)."""
    words, pos = [], 0
    for k, tok in enumerate(text.split()):
        start = text.index(tok, pos)
        words.append(Word(k, tok, start, start + len(tok)))
        pos = start + len(tok)
    return Sentence(0, 0, len(text), words)


def test_speech_verb_lexicon_is_large_and_flagged():
    assert len(LEX.verbs) >= 150
    flags = set().union(*LEX.verbs.values())
    bare = {f for f in flags if ":" not in f}
    assert bare <= {"?", "inf", "vinf", "obj", "incise", "pred", "target", "adj", "si", "demand"}
    # prepositional flags name the preposition that introduces the judgment
    assert {f.split(":")[0] for f in flags - bare} <= {"as", "charge", "about", "inf"}
    assert "about:contre" in LEX.verbs["mettre_en_garde"]
    assert "as:à" in LEX.verbs["assimiler"]
    assert "charge:de" in LEX.verbs["accuser"]
    assert "?" in LEX.verbs["considérer"]  # ambiguous verbs are marked
    assert "inf" in LEX.verbs["exhorter"]
    assert "incise" in LEX.verbs["déclarer"]
    assert "pred" in LEX.verbs["juger"] and "target" in LEX.verbs["condamner"]
    assert "demand" in LEX.verbs["plaider"] and "demand" not in LEX.verbs["saluer"]


SUBORDINATORS = [  # (sentence, word index, flags or None)
    ("Il a parlé après que le vote a eu lieu", 3, frozenset()),
    ("La loi passera , alors que le Sénat refuse", 4, frozenset({"contrast"})),
    ("Sous Hollande , alors président , la loi passa", 3, None),
    ("Il est venu parce qu' il pleuvait", 3, frozenset()),
    ("Il viendra , bien qu' il soit malade", 3, frozenset({"contrast"})),
]


@pytest.mark.parametrize("text,k,flags", SUBORDINATORS)
def test_subordinators_are_read_as_words(text, k, flags):
    assert LEX.subordinator_at(_sentence(text).words, k) == flags


@pytest.mark.parametrize("form,lemma", [
    ("assimilant", "assimiler"), ("annonçant", "annoncer"), ("jugeant", "juger"),
    ("réagissant", "réagir"), ("répondant", "répondre"), ("qualifiées", "qualifier"),
    ("déploré", "déplorer")])
def test_participles_give_their_infinitive(form, lemma):
    from quotes.attribution.cues import participle_lemmas
    assert lemma in participle_lemmas(form)


@pytest.mark.parametrize("form", ["maintenant", "pendant", "avant", "été", "de"])
def test_non_participles_give_no_speech_verb(form):
    from quotes.attribution.cues import participle_lemmas
    assert not set(participle_lemmas(form)) & set(LEX.verbs)


@pytest.mark.parametrize("word,role", [
    ("haut-commissaire", True), ("ex-ministre", True), ("co-fondatrice", True),
    ("sous-préfète", True), ("porte-parole", True),
    ("arc-en-ciel", False), ("haut-parleur", False), ("ex-voto", False)])
def test_a_prefixed_role_noun_keeps_its_head(word, role):
    assert LEX.is_role_noun(word) is role


def test_titles_and_roles_are_data():
    assert LEX.is_title("M.") and LEX.is_title("Mme") and LEX.is_title("général")
    assert LEX.titles["Mme"] == "f"
    assert LEX.is_role_noun("porte-parole") and LEX.is_role_noun("ministre")
    assert not LEX.is_role_noun("maison")


MAY_REPORT = [
    "Le ministre a déclaré mardi que la loi serait votée.",
    "Les discussions ont duré deux heures, a précisé le diplomate.",
    "Selon la police, trois personnes ont été arrêtées.",
    "D'après l'Insee, le chômage recule.",
    "Pour le syndicat, cette réforme est injuste.",
    "« Jamais », répond-elle.",
    "Il dit qu'il reviendra.",
    "Elle estime que le projet est viable.",
    "Aux yeux de la ministre, le texte est prêt.",
    "De l'avis de l'expert, le pont tiendra.",
    "D’après le maire, la route rouvrira lundi.",
]
SILENT = [
    "Le train est arrivé en retard à Lyon.",
    "La pluie a inondé plusieurs caves du quartier.",
    "Les élèves partiront pour Rome en mai.",
    # the first word of "d'après", "aux yeux de", "de l'avis de" alone reports nothing
    "Le prix de l'essence a baissé d'environ dix centimes aux États-Unis.",
    "Les yeux de la poupée sont bleus et l'avis de passage est arrivé.",
]


@pytest.mark.parametrize("text", MAY_REPORT)
def test_may_report(text):
    assert may_report(_sentence(text), text, LEX)


@pytest.mark.parametrize("text", SILENT)
def test_silent_sentences_are_not_parsed(text):
    assert not may_report(_sentence(text), text, LEX)


LINKS = [  # (sentence, word index, (kind, length) or None)
    ("son opposition à la réforme", 2, ("noun", 1)),
    ("ses craintes quant à le coût", 2, ("noun", 2)),
    ("à agir pour rassurer les marchés", 2, ("purpose", 1)),
    ("à agir afin de rassurer", 2, ("purpose", 2)),
    ("son opposition mardi", 2, None),
]


@pytest.mark.parametrize("text,k,link", LINKS)
def test_content_links_are_read_as_words(text, k, link):
    assert LEX.link_at(_sentence(text).words, k) == link


@pytest.mark.parametrize("text,k,idiom", [
    ("La police accuse réception de la plainte", 3, True),
    ("Le club a accusé le coup", 4, True),
    ("Le club accuse la ligue de partialité", 3, False),
    ("Il a dit que oui", 3, False),
])
def test_set_phrases_are_not_reports(text, k, idiom):
    words = _sentence(text).words
    lemma = {"accuse": "accuser", "accusé": "accuser", "dit": "dire"}[words[k - 1].text]
    assert LEX.set_phrase_at(lemma, words, k) is idiom


VERB_FORMS = ["déclarait", "commenté", "croit", "répond", "répondu", "conclu", "appelle",
              "avertissent", "averti", "ajoute-t-il", "suggère", "expliquant", "écrivait",
              "décrit", "estimeront", "cite", "jugé", "nient"]
NOT_VERB_FORMS = ["déclaration", "comment", "commentaire", "croissance", "conclusion", "appel",
                  "information", "assurance", "avertissement", "explication", "estimation",
                  "notamment", "citation"]


@pytest.mark.parametrize("word", VERB_FORMS)
def test_speech_verb_forms_by_stem_and_ending(word):
    assert LEX.is_speech_verb_form(word)


@pytest.mark.parametrize("word", NOT_VERB_FORMS)
def test_words_sharing_a_verbs_stem_are_not_its_forms(word):
    """Nouns and adverbs that start like a speech verb do not make a
    sentence worth parsing (issue 7: parse only what may report speech)."""
    assert not LEX.is_speech_verb_form(word)
