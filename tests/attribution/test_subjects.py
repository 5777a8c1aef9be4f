"""Who speaks, as far as finding the quote needs it: a subject the parser
lost or that names the speaker in an unusual way.

* "…, dit celui qui est aussi député": a demonstrative and its relative
  clause are the incise's inverted subject;
* "Les habitants ne voient pas d'issue et estiment que …": a speech verb
  right after "et"/"ou" shares the subject of the verb before, even where
  the tagger took it for an adverb.
"""
import pytest

SHOULD_EXTRACT = {
    "an incise whose subject is celui qui": (
        "Les agriculteurs sont las d'être vus comme des mendiants, dit celui qui est aussi "
        "député de la Creuse.",
        ["Les agriculteurs sont las d'être vus comme des mendiants"]),
    "a speech verb after et shares the subject": (
        "Les habitants ne voient pas d'issue et estiment que « c'est trop tard ».",
        ["c'est trop tard"]),
}

SHOULD_NOT_EXTRACT = {
    "a verb after et that is not a speech verb": (
        "Les habitants ne voient pas d'issue et craignent que le quartier se vide."),
}


@pytest.mark.parametrize("name", list(SHOULD_EXTRACT))
def test_should_extract(nlp, name):
    import quotes
    text, expected = SHOULD_EXTRACT[name]
    assert [q.text for q in quotes.extract(text, nlp=nlp)] == expected


@pytest.mark.parametrize("name", list(SHOULD_NOT_EXTRACT))
def test_should_not_extract(nlp, name):
    import quotes
    assert quotes.extract(SHOULD_NOT_EXTRACT[name], nlp=nlp) == []
