"""A speaker is someone: a role, a person, a body; not what was said, a date or
a feeling ("ses propos", "en juin", "la première inquiétude").  Tables of
sentences written for these tests."""
import pytest

import quotes
from quotes.lexicon import load_lexicon

AGENTS = ["maire", "voisins", "commerçante", "riverains", "gouvernement", "commission", "autorités",
          "défense", "internaute", "guide", "agriculteurs", "département", "consommateurs"]
NOT_AGENTS = ["propos", "allocution", "inquiétude", "référence", "logement", "taux", "extrait",
              "déclaration", "croissance", "hausse", "réforme"]


@pytest.mark.parametrize("word", AGENTS)
def test_nouns_of_people_and_bodies_can_speak(word):
    assert load_lexicon().is_agent_noun(word)


@pytest.mark.parametrize("word", NOT_AGENTS)
def test_nouns_of_what_is_said_cannot(word):
    assert not load_lexicon().is_agent_noun(word)


# (article, speaker of its last quote)
SHOULD_FIND_THE_SPEAKER = [
    # a document's author, not its date
    ("Le réseau compte 3 000 km de conduites.\n\n"
     "Les fuites coûtent « des millions chaque année », selon une enquête publiée en mars "
     "par le quotidien régional La Dépêche.", "La Dépêche"),
    # "ses propos": their owner, the person named before
    ("Le sénateur Michel Aubry a visité l'hôpital lundi.\n\n"
     "Dans ses propos, il a jugé la situation « intenable ».", "Michel Aubry"),
]

# (article, a speaker the last quote must not have)
SHOULD_NOT_SPEAK = [
    # a group of things that happen is no one
    ("Le marché ralentit.\n\n"
     "La hausse des prix et la baisse des salaires expliquent que la colère monte dans le pays.",
     "hausse des prix et la baisse des salaires"),
    ("Le budget de la ville baisse de 5 %.\n\n"
     "La première inquiétude des habitants reste « la propreté des rues ».",
     "première inquiétude des habitants"),
]


@pytest.mark.parametrize("text,speaker", SHOULD_FIND_THE_SPEAKER)
def test_the_author_of_a_statement_speaks(nlp, text, speaker):
    assert quotes.extract(text, nlp=nlp)[-1].speaker == speaker


@pytest.mark.parametrize("text,speaker", SHOULD_NOT_SPEAK)
def test_what_is_said_or_felt_is_no_speaker(nlp, text, speaker):
    assert all(q.speaker != speaker for q in quotes.extract(text, nlp=nlp))
