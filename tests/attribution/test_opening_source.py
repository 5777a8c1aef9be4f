"""« Selon X, …, explique-t-il »: a sentence that opens on its source and closes
on an incise pronoun names its speaker once; tables written for these tests."""
import pytest

import quotes

# (article, speaker and text of its last quote)
SHOULD_TAKE_THE_OPENING_SOURCE = [
    ("Le directeur du stade, Paul Marchal, a inspecté les tribunes.\n\n"
     "Selon le maire, il faut « agir vite » sur la sécurité, explique-t-il.",
     "maire", "il faut « agir vite » sur la sécurité"),
    ("Le conseil municipal s'est réuni jeudi avec Marc Dupuis.\n\n"
     "D'après Karim Haddad, vendeur de fruits, « les prix ont doublé depuis l'hiver », a-t-il noté.",
     "Karim Haddad", "les prix ont doublé depuis l'hiver"),
    ("Jean Morel dirige la régie des eaux depuis 2019.\n\n"
     "Car, selon la mairie, les travaux commenceront en mai, précise-t-elle.",
     "mairie", "les travaux commenceront en mai"),
]

SHOULD_KEEP_ITS_SOURCE = [
    # no opening source: the pronoun goes back to the person named before
    ("Jean Morel dirige la régie des eaux depuis 2019.\n\n"
     "Les travaux commenceront en mai, a-t-il précisé.",
     "Jean Morel", "Les travaux commenceront en mai"),
]


@pytest.mark.parametrize("text,speaker,content", SHOULD_TAKE_THE_OPENING_SOURCE + SHOULD_KEEP_ITS_SOURCE)
def test_the_source_that_opens_the_sentence_speaks(nlp, text, speaker, content):
    q = quotes.extract(text, nlp=nlp)[-1]
    assert (q.speaker, q.text) == (speaker, content)


def test_an_incise_that_ends_a_sentence_inside_a_quotation_names_its_speaker(nlp):
    text = ("Le ministre Paul Roy passe son grand oral.\n\n"
            "« Quand on lit l'accord, il y a beaucoup d'idées, explique Damien Martin. "
            "Certaines idées sont intéressantes, d'autres moins. »")
    q = quotes.extract(text, nlp=nlp)[-1]
    assert (q.speaker, q.type) == ("Damien Martin", "direct")
