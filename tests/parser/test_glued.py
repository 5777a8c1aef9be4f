"""A word the tokenizer cut in two with no space ("jeune" as "je" + "une") is
one word again; an apostrophe or a hyphen still cuts."""
import pytest

SENTENCES = [
    "Emmanuel Kouassi, jeune trentenaire habitant à Abidjan, a mis près d'une année avant de pouvoir quitter le domicile familial.",
    "Une jeune femme a été agressée à la sortie du bureau de poste, selon plusieurs jeunes du quartier.",
    "« Je l'ai dit et je le redis », a-t-il ajouté devant les jeunes militants.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_no_word_is_cut_between_two_letters(nlp, text):
    for s in nlp.tokenize(text):
        for a, b in zip(s.words, s.words[1:]):
            glued = a.end == b.start and a.text.isalpha() and b.text.isalpha()
            assert not glued, (a.text, b.text)


def test_apostrophes_and_hyphens_still_cut(nlp):
    words = [w.text for s in nlp.tokenize("« Je l'ai dit », a-t-il ajouté.") for w in s.words]
    assert "l'" in words and "-t-il" in words
