"""The cheap French-or-not guess (quotes.text.language)."""
from __future__ import annotations

import pytest
from conftest import ROOT

from quotes.text.language import MIN_WORDS, guess, not_french_note

ENGLISH = ("The minister said on Tuesday that the bridge would reopen next week. \"We have "
           "done everything we could,\" she told reporters, adding that the work had been "
           "delayed by the storm and that the town was grateful for its patience. Local "
           "shops have been waiting for months, and they were not happy about the delay.")
SPANISH = ("El alcalde aseguró este martes que el puente volverá a abrir la próxima semana. "
           "\"Hemos hecho todo lo posible\", dijo a los periodistas, y añadió que las obras "
           "se retrasaron por la tormenta y que la ciudad agradece la paciencia de los "
           "vecinos y de los comerciantes del barrio.")
ITALIAN = ("Il sindaco ha assicurato martedì che il ponte sarà riaperto la prossima settimana. "
           "\"Abbiamo fatto tutto il possibile\", ha detto ai giornalisti, aggiungendo che i "
           "lavori sono stati rallentati dalla tempesta e che la città ringrazia per la "
           "pazienza dei cittadini e dei commercianti.")
FRENCH = ("La maire a assuré mardi que le pont serait rouvert la semaine prochaine. « Nous "
          "avons fait tout ce qui était possible », a-t-elle déclaré aux journalistes, en "
          "précisant que les travaux avaient été retardés par la tempête et que la ville "
          "remerciait les habitants et les commerçants pour leur patience.")


@pytest.mark.parametrize("text", [ENGLISH, SPANISH, ITALIAN])
def test_other_languages_are_not_french(text):
    assert guess(text).is_french is False
    assert "does not look like French" in not_french_note(text)


def test_french_is_french():
    assert guess(FRENCH).is_french is True
    assert not_french_note(FRENCH) is None


def test_an_english_quote_in_a_french_article_is_still_french():
    text = FRENCH + " « " + ENGLISH[:120] + " », a-t-elle ajouté en anglais."
    assert guess(text).is_french is True


def test_too_short_to_tell():
    assert guess("Breaking news: the bridge is open.").is_french is None
    assert not_french_note("Breaking news") is None
    assert guess(" ".join(["word"] * (MIN_WORDS - 1))).is_french is None


def test_seeds_are_french():
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        assert guess(p.read_text(encoding="utf-8")).is_french is True, p.name


def test_a_bare_french_list_gets_no_verdict():
    """No function word of any language: no note (a false one would mislead)."""
    text = "".join(f"« citation numéro {i} », a dit Ana Lopes.\n" for i in range(20))
    assert guess(text).is_french is None
    assert not_french_note(text) is None
