"""Quotation-mark pairing: should-pair / should-report tables on French sentences."""
import pytest

from quotes.text.marks import pair_marks, paragraphs

NB = "\u00a0"
NNB = "\u202f"

# (text, expected top-level quoted contents)
SHOULD_PAIR = [
    ("Le maire a dit : « Nous reconstruirons l'école. »", ["Nous reconstruirons l'école."]),
    (f"Elle répond :{NB}«{NB}Jamais{NB}!{NB}»", ["Jamais\u00a0!"]),
    (f"«{NNB}C'est un scandale{NNB}», tonne la députée.", ["C'est un scandale"]),
    ("“La réforme est prête”, assure le ministre.", ["La réforme est prête"]),
    ('"Nous ne céderons pas", a prévenu la syndicaliste.', ["Nous ne céderons pas"]),
    ("„Wir schaffen das“, avait lancé Angela Merkel.", ["Wir schaffen das"]),
    ("‹ Bof ›, lâche-t-il, ‹ on verra bien demain ›.", ["Bof", "on verra bien demain"]),
    # nested: the outer quote only at top level
    ("« Il m'a dit “ partez ” et je suis parti », raconte le témoin.",
     ["Il m'a dit “ partez ” et je suis parti"]),
    # “ closed by " (mismatch): still one quote
    ("“Le dossier est clos\", affirme l'avocate.", ["Le dossier est clos"]),
    # a quote that spans paragraphs, reopened by « at each paragraph
    ("« Premier paragraphe du discours.\n\n« Second paragraphe du discours », a-t-il conclu.",
     ["Premier paragraphe du discours.\n\n« Second paragraphe du discours"]),
]

SHOULD_NOT_PAIR = [
    "Le prix a augmenté de 5 % en 2023, selon l'Insee.",
    "Il mesure 1,80 m et pèse 80 kg.",
    "L'avion a décollé à 10 h 30.",
]


@pytest.mark.parametrize("text,expected", SHOULD_PAIR)
def test_pairs(text, expected):
    r = pair_marks(text)
    got = [text[s.start:s.end] for s in r.top_level()]
    assert got == expected


@pytest.mark.parametrize("text", SHOULD_NOT_PAIR)
def test_no_marks_no_spans(text):
    r = pair_marks(text)
    assert r.spans == [] and r.problems == []


def test_unclosed_quote_stops_at_paragraph_end():
    text = "Le juge a estimé que l'accusé « avait menti.\n\nLe procès reprend lundi."
    r = pair_marks(text)
    assert [text[s.start:s.end] for s in r.top_level()] == ["avait menti."]
    assert [(p.kind, p.char) for p in r.problems] == [("unclosed", "«")]
    assert r.problems[0].offset == text.index("«")


def test_stray_closing_mark_takes_paragraph_start():
    text = "Nous irons jusqu'au bout\", a lancé la grévistes.\nSuite."
    r = pair_marks(text)
    assert [text[s.start:s.end] for s in r.top_level()] == ["Nous irons jusqu'au bout"]
    assert r.problems[0].kind == "stray"


def test_mismatch_reported_at_opening_mark():
    text = "« Les relations sont tendues\", a déclaré le diplomate."
    r = pair_marks(text)
    assert r.problems and r.problems[0].kind == "mismatch" and r.problems[0].offset == 0


def test_bad_mark_does_not_swallow_rest_of_article():
    text = "Il a parlé d'un « désastre.\nLa ministre a répondu : « Nous agirons. »"
    r = pair_marks(text)
    assert "Nous agirons." in [text[s.start:s.end] for s in r.top_level()]


def test_flipped_guillemet_opens():
    text = "»Une vraie percée »: le ministre salue l'accord"
    r = pair_marks(text)
    assert [text[s.start:s.end] for s in r.top_level()] == ["Une vraie percée"]


def test_paragraph_split_keeps_offsets():
    text = "Un.\r\nDeux.\rTrois.\n\nQuatre."
    assert [text[a:b] for a, b in paragraphs(text)] == ["Un.", "Deux.", "Trois.", "Quatre."]
    assert [text[a:b] for a, b in paragraphs(text, blank_lines_only=True)] == [
        "Un.\r\nDeux.\rTrois.", "Quatre."]


def test_other_mark_does_not_continue_an_unclosed_quote():
    text = "Le maire a dit : « Le marché restera ouvert.\n\n“Rien n'est décidé”, répond un élu.\n"
    r = pair_marks(text)
    assert [(p.kind, p.offset) for p in r.problems] == [("unclosed", text.index("«"))]
    assert "Rien n'est décidé" in [text[s.start:s.end] for s in r.top_level()]
