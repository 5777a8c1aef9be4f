"""Quotation-mark pairing: should-pair / should-report tables on French sentences.

One table per rule of ``quotes.text.marks``; every sentence is written for the test."""
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


# ------------------------------------------------ straight quotes by their context
# an opener follows a space, a line start, a bracket or a dash and comes before a
# word; a closer follows a word or punctuation and comes before a space,
# punctuation or the line end.
STRAIGHT_PAIR = [
    ('Le maire dénonce une "trahison".', ["trahison"]),
    ('Les "anciens" et les "modernes" se disputent la salle.', ["anciens", "modernes"]),
    ('Il a parlé de "respect". "Nous irons au bout", a-t-elle ajouté.',
     ["respect", "Nous irons au bout"]),
    # spaced from its words on both sides: the next word decides
    ('" Nous ne lâcherons rien ", affirme le délégué syndical.', ["Nous ne lâcherons rien"]),
    ("Il faut d' \"éveiller les esprits\" , dit la pharmacienne.", ["éveiller les esprits"]),
    ('Les habitants parlent de  "là-bas " pour désigner la rive gauche.', ["là-bas"]),
    ('Le projet ("une avancée", selon elle) sera voté.', ["une avancée"]),
    ('— "Vous partez déjà ?" demande-t-elle.', ["Vous partez déjà ?"]),
    ('Ce serait "la fin"... "Pas du tout", répond le maire.', ["la fin", "Pas du tout"]),
    # quotation marks inside a quotation, code included: one quotation
    ('« =HYPERLINK("http://x";"clic") ; oui, "non" », a déclaré Marie Dupont.',
     ['=HYPERLINK("http://x";"clic") ; oui, "non"']),
    ("« On m'a dit \"attends\" et j'ai attendu », confie-t-il.",
     ["On m'a dit \"attends\" et j'ai attendu"]),
]

STRAIGHT_NOT_QUOTES = [
    'Un écran de 27" pour 300 euros.',
    "Il a couru le 400 m en 47'30\" cette saison.",
]


@pytest.mark.parametrize("text,expected", STRAIGHT_PAIR)
def test_straight_quotes_pair_by_context(text, expected):
    r = pair_marks(text)
    assert [text[s.start:s.end] for s in r.top_level()] == expected
    assert r.problems == []


@pytest.mark.parametrize("text", STRAIGHT_NOT_QUOTES)
def test_inches_and_seconds_are_not_quotation_marks(text):
    r = pair_marks(text)
    assert r.spans == [] and r.problems == []


def test_hyperlink_marks_are_nested_in_the_quotation():
    text = STRAIGHT_PAIR[9][0]
    inner = [text[s.start:s.end] for s in pair_marks(text).spans if s.depth == 1]
    assert inner == ["http://x", "clic", "non"]


# ----------------------------------- a quotation reopened at each new paragraph
# (« A.¶« B. » is one quotation), with the line breaks or flattened onto one line;
# only a paragraph that ends on a sentence is reopened.
REOPEN_PAIR = [
    ('"Premier point du discours.\n"Second point du discours", a-t-il dit.',
     ['Premier point du discours.\n"Second point du discours']),
    ("« Premier point.\n\n« Deuxième point.\n\n« Troisième point. » Le maire se rassoit.",
     ["Premier point.\n\n« Deuxième point.\n\n« Troisième point."]),
    # the older French habit: » at the head of each paragraph that goes on
    ("« Premier point.\n» Deuxième point. » Le maire se rassoit.",
     ["Premier point.\n» Deuxième point."]),
    ("Elle a conclu. “Premier point. “Deuxième point.” La séance est levée.",
     ["Premier point. “Deuxième point."]),
    # flattened: the opener after a full sentence reopens the open quotation
    ('Il a déclaré : "Premier point. "Deuxième point. "Troisième point." Le débat reprend.',
     ['Premier point. "Deuxième point. "Troisième point.']),
    ("Elle a conclu. « Premier point. « Deuxième point. » La séance est levée.",
     ["Premier point. « Deuxième point."]),
    # the pairs after a flattened quotation stay right, to the end of the article
    ('Il a dit. "Un. "Deux." Le maire répond : "Rien n\'est joué", puis "fin".',
     ['Un. "Deux.', "Rien n'est joué", "fin"]),
]

REOPEN_NOT = [
    # a nested quotation, not a reopening: the paragraph closes both
    ("« Il m'a dit : « Non. » Et il est parti. », raconte-t-elle.",
     ["Il m'a dit : « Non. » Et il est parti."], []),
    ("« C'est fini. « Non », m'a-t-il répondu. », raconte-t-elle.",
     ["C'est fini. « Non », m'a-t-il répondu."], []),
    # the open quotation began inside a sentence: the faulty mark is closed at
    # its sentence's end, the next one opens a quotation of its own
    ("Le juge parle d'un « désastre. « Nous agirons », répond la ministre.",
     ["désastre.", "Nous agirons"], [("unclosed", 19)]),
    # a headline that does not end on a sentence is not reopened
    ("Le maire dénonce « une provocation\n« Nous ne céderons pas », a déclaré M. Durand.\n",
     ["une provocation", "Nous ne céderons pas"], [("unclosed", 17)]),
    ("Le maire dénonce « une provocation\n\n« Nous ne céderons pas », a déclaré M. Durand.\n",
     ["une provocation", "Nous ne céderons pas"], [("unclosed", 17)]),
]


@pytest.mark.parametrize("text,expected", REOPEN_PAIR)
def test_reopened_quotation_is_one(text, expected):
    r = pair_marks(text)
    assert [text[s.start:s.end] for s in r.top_level()] == expected
    assert r.problems == []
    assert any(m.role == "continue" for m in r.marks)


@pytest.mark.parametrize("text,expected,problems", REOPEN_NOT)
def test_not_a_reopening(text, expected, problems):
    r = pair_marks(text)
    assert [text[s.start:s.end] for s in r.top_level()] == expected
    assert [(p.kind, p.offset) for p in r.problems] == problems
    assert not any(m.role == "continue" for m in r.marks)


# -------------------- a quotation over two paragraphs without reopening mark:
# carried when the next paragraph's first mark closes it.
TWO_PARAGRAPHS = [
    ('" Le budget sera tenu.\n\nLes dépenses baisseront ", affirme la ministre. '
     '" Rien ne change ", ajoute-t-elle. Elle cite un "effort".',
     ["Le budget sera tenu.\n\nLes dépenses baisseront", "Rien ne change", "effort"], []),
    ("Il estime que « le budget sera tenu.\nLes dépenses baisseront », a-t-il dit.",
     ["le budget sera tenu.\nLes dépenses baisseront"], []),
    ("Il estime que “le budget sera tenu.\n\nLes dépenses baisseront”, a-t-il dit.",
     ["le budget sera tenu.\n\nLes dépenses baisseront"], []),
    # the next paragraph opens a quotation first: not carried
    ("Il parle d'un « budget tenu.\nLa ministre répond « non ».",
     ["budget tenu.", "non"], [("unclosed", 14)]),
]


@pytest.mark.parametrize("text,expected,problems", TWO_PARAGRAPHS)
def test_quotation_over_two_paragraphs(text, expected, problems):
    r = pair_marks(text)
    assert [text[s.start:s.end] for s in r.top_level()] == expected
    assert [(p.kind, p.offset) for p in r.problems] == problems


# ---------------- one faulty mark: closed at its paragraph's (or sentence's) end,
# reported at its own offset, the rest paired as if it were absent.
ONE_FAULT = [
    # flattened article: an odd straight " does not run to the end of the text
    ('"Nous partirons demain, a dit le chef. Son adjoint "refuse" de venir. '
     'Le syndicat parle d\'un "échec".',
     ["Nous partirons demain, a dit le chef.", "refuse", "échec"], [("unclosed", 0)]),
    # a quotation that already holds one with the same marks is not reopened
    ('"Nous partirons, a dit le chef. Son adjoint "refuse". "Tout va bien", assure la direction.',
     ["Nous partirons, a dit le chef.", "refuse", "Tout va bien"], [("unclosed", 0)]),
    ('Le chef "refuse de venir. Le syndicat parle d\'un "échec". "Tout va bien", dit-il.',
     ["refuse de venir.", "échec", "Tout va bien"], [("unclosed", 8)]),
    ("Première ligne sans fin » ici.\nLe maire dit « oui ».",
     ["Première ligne sans fin", "oui"], [("stray", 24)]),
    # a stray closer takes the words after the paragraph's last quotation when a
    # sentence ended after it, else the paragraph from its start
    ("Il dit « oui ». Nous verrons bien », a lancé la gréviste.",
     ["oui", "Nous verrons bien"], [("stray", 34)]),
    ("« Oui », dit-il. Nous verrons bien », a lancé la gréviste.",
     ["Oui", "Nous verrons bien"], [("stray", 35)]),
    # an apostrophe standing for the lost opening mark is left out
    ("'Un vélo n'est pas une voiture\"\nLe débat continue.",
     ["Un vélo n'est pas une voiture"], [("stray", 30)]),
    ("Ils nous disent : « Partez » : la réponse est simple. Partez », a déclaré le ministre.",
     ["Ils nous disent : « Partez » : la réponse est simple. Partez"], [("stray", 61)]),
    # each faulty mark at its own offset
    ("« Un\n« Deux » et trois » puis « quatre\n« cinq »",
     ["Un", "« Deux » et trois", "quatre", "cinq"],
     [("unclosed", 0), ("stray", 23), ("unclosed", 30)]),
]


@pytest.mark.parametrize("text,expected,problems", ONE_FAULT)
def test_one_faulty_mark(text, expected, problems):
    r = pair_marks(text)
    assert [text[s.start:s.end] for s in r.top_level()] == expected
    assert [(p.kind, p.offset) for p in r.problems] == problems
    for kind, offset in problems:
        assert text[offset] in "«»\"“”"


def test_after_the_last_pass_what_is_open_closes_at_the_paragraph_end(monkeypatch):
    import quotes.text.marks as marks

    monkeypatch.setattr(marks, "_MAX_PASSES", 1)
    text = "Le maire parle d'un « échec et d'une « faute ».\nSuite."
    r = marks.pair_marks(text)
    assert [text[s.start:s.end] for s in r.top_level()] == ["échec et d'une « faute »."]
    assert [(p.kind, p.offset) for p in r.problems] == [("unclosed", 20)]
    assert len({m.offset for m in r.marks}) == len(r.marks) == 3


def test_garbage_marks_never_give_crossing_quotations():
    """Faulty marks dropped, strays and carried quotations together: the
    top-level quotations never overlap and each mark is listed once."""
    import random

    pieces = list("«»“”„‹›\"") + ["le", "dit", "A.", "non", ":", ",", "!", "27", "(", ")",
                                  "—", "'", "\n", "\n\n", " ", NB]
    rng = random.Random(20)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " "])
                       for _ in range(rng.randint(1, 30)))
        for blank_lines_only in (False, True):
            r = pair_marks(text, blank_lines_only)
            offsets = [m.offset for m in r.marks]
            assert len(set(offsets)) == len(offsets), text
            top = sorted((s.outer_start, s.outer_end) for s in r.top_level())
            assert all(b1 <= a2 for (_, b1), (a2, _) in zip(top, top[1:])), text


# two apostrophes typed for a double quotation mark pair as one; an
# apostrophe doubled inside a word by a typo is no mark
DOUBLED_PAIR = [
    ("''Faut-il vraiment accepter ces conditions ?'', s'interroge le syndicat.",
     ["Faut-il vraiment accepter ces conditions ?"]),
    ("Le maire a répondu : ''Nous verrons bien'' avant de partir.", ["Nous verrons bien"]),
]
DOUBLED_NOT = [
    "L''équipe a gagné dimanche, dit l'entraîneur.",
    "Aujourd'hui, l'usine d'Aulnay ferme.",
]


@pytest.mark.parametrize("text,expected", DOUBLED_PAIR)
def test_doubled_apostrophes_pair(text, expected):
    r = pair_marks(text)
    assert [text[s.start:s.end] for s in r.top_level()] == expected


@pytest.mark.parametrize("text", DOUBLED_NOT)
def test_doubled_apostrophes_in_a_word_are_no_marks(text):
    assert pair_marks(text).spans == []
