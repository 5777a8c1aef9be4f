"""Q3 never reports an organisation, a newspaper or a body as a surname (issue 23:
``speaker 'Libération' is named only by surname``)."""
from __future__ import annotations

import pytest

from quotes.check import check_document, select_rules
from quotes.check.rules.q3_full_name import reason
from quotes.record import Quote


def q3(doc, text: str, speaker: str, mention: str, kind=None) -> list:
    """Q3 findings for one direct quote (the first « … ») said by ``speaker``."""
    a, b = text.index("«") + 2, text.index("»") - 1
    q = Quote("article.txt", a, b, text[a:b], "direct", speaker=speaker,
              speaker_mention=mention, speaker_kind=kind)
    return check_document(doc(text), select_rules(["Q3"]), [q])


@pytest.mark.parametrize("text,speaker,mention", [
    # a newspaper without an article, which no determiner test can catch
    ("« Le maire savait tout », écrit Libération ce mardi.", "Libération", "Libération"),
    ("Selon Mediapart, « les comptes ne tombent pas juste ».", "Mediapart", "Mediapart"),
    # a body's name after a body or media noun
    ("Le syndicat Solidaires dénonce « une provocation ». « Nous ferons grève », prévient "
     "Solidaires.", "Solidaires", "Solidaires"),
    ("Le quotidien Kommersant cite « des sources proches du dossier ».", "Kommersant",
     "Kommersant"),
    # a seat of power (data seats.txt)
    ("« Rien n'est arbitré », glisse-t-on à Matignon.", "Matignon", "Matignon"),
])
def test_bodies_and_newspapers_pass(doc, text, speaker, mention):
    assert q3(doc, text, speaker, mention) == []


def test_the_records_speaker_kind_is_trusted(doc):
    """Whatever the word looks like, the people stage said it is not a person."""
    text = "« Nous refusons ce plan », a déclaré Durance dans un communiqué."
    assert [f.code for f in q3(doc, text, "Durance", "Durance")] == ["Q3"]
    assert q3(doc, text, "Durance", "Durance", kind="organisation") == []
    assert q3(doc, text, "Durance", "Durance", kind="group") == []
    assert [f.code for f in q3(doc, text, "Durance", "Durance", kind="person")] == ["Q3"]


@pytest.mark.parametrize("speaker,text", [
    # a person's surname stays a finding, media nouns elsewhere in the text or not
    ("Durand", "Le journal local a interrogé M. Durand, qui a dit non."),
    ("Meunier", "Interrogé par Libération, Meunier a dit non."),
])
def test_surnames_still_flagged(speaker, text):
    assert reason(speaker, None, text) is not None
