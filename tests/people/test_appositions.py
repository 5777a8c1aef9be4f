"""A name set off by commas after a role is the role holder's, even when the
role's complement names someone else; tables written for these tests."""
import pytest

import quotes

# (article, speaker and role of its last quote)
SHOULD_BE_THE_APPOSED_NAME = [
    ("Les discussions ont repris mardi.\n\n"
     "Les deux camps ont accepté de reprendre le dialogue, a indiqué le représentant du "
     "Premier ministre kényan William Ruto, Paul Otieno.",
     "Paul Otieno", "représentant du Premier ministre kényan William Ruto"),
    ("Le porte-parole du ministre Jean Dupont, Paul Martin, a affirmé que la réforme serait votée.",
     "Paul Martin", "porte-parole du ministre Jean Dupont"),
]

SHOULD_KEEP_THE_FIRST_NAME = [
    # what follows the comma is no name
    ("Le ministre de l'Intérieur Jean Dupont, 54 ans, a affirmé que la réforme serait votée.",
     "Jean Dupont", "ministre de l'Intérieur"),
]


@pytest.mark.parametrize("text,speaker,role", SHOULD_BE_THE_APPOSED_NAME + SHOULD_KEEP_THE_FIRST_NAME)
def test_the_role_holder_is_the_name_in_apposition(nlp, text, speaker, role):
    q = quotes.extract(text, nlp=nlp)[-1]
    assert (q.speaker, q.role) == (speaker, role)
