"""Q5 (French spacing) and its --fix: should-flag / should-pass / fixed-text tables."""
from __future__ import annotations

import pytest

from quotes.check import check_document, fix_document, select_rules

NB, NNB = "\u00a0", "\u202f"

# (text, [(line, col)] of Q5 findings, text after --fix)
Q5_FLAG = [
    ("Le maire a promis «des travaux» avant l'été.", [(1, 19), (1, 31)],
     f"Le maire a promis «{NB}des travaux{NB}» avant l'été."),
    ("La juge a parlé d'« erreurs graves » dans le dossier.", [(1, 19), (1, 36)],
     f"La juge a parlé d'«{NB}erreurs graves{NB}» dans le dossier."),
    ("Le boulanger soupire\u00a0:\u00a0«  Plus personne ne vient. »", [(1, 24), (1, 51)],
     f"Le boulanger soupire\u00a0:\u00a0«{NB}Plus personne ne vient.{NB}»"),
    ("Elle a répondu : non.", [(1, 16)], f"Elle a répondu{NB}: non."),
    ("Qui paiera la facture ? Personne ne le sait !", [(1, 23), (1, 45)],
     f"Qui paiera la facture{NB}? Personne ne le sait{NB}!"),
    # the article uses narrow no-break spaces: the fix follows it
    (f"«{NNB}Oui{NNB}», dit-il ; «\tnon »", [(1, 17), (1, 19), (1, 25)],
     f"«{NNB}Oui{NNB}», dit-il{NNB}; «{NNB}non{NNB}»"),
    # a breaking thin space becomes a narrow no-break one
    ("Il lance «\u2009Allez\u2009!\u2009»", [(1, 10), (1, 18), (1, 20)],
     f"Il lance «{NNB}Allez{NNB}!{NNB}»"),
]

Q5_PASS = [
    f"Le maire a promis «{NB}des travaux{NB}» avant l'été.",
    f"«{NNB}C'est fini{NNB}», tranche la présidente du club{NNB}; l'équipe est dissoute.",
    f"Elle demande{NB}: «{NB}Pourquoi{NNB}?{NB}»",
    "Rendez-vous à 10:30 sur https://exemple.fr/programme, salle B.",
    "Aucune citation, aucune ponctuation haute.",
    '"Nous reviendrons", promettent les grévistes.',  # straight quotes: not Q5's business
    # a guillemet at a line end / line start (the space is the line break)
    "Le texte dit ceci\u00a0:\u00a0«\nPremière ligne du texte cité\n» fin.",
    "Un smiley :-) et un tableau | :--- | ne sont pas de la ponctuation.",
    "Voyez la photo ![la place](place.jpg) prise hier.",
]


@pytest.mark.parametrize("text,expected,fixed", Q5_FLAG)
def test_q5_flags_and_fixes(codes, doc, text, expected, fixed):
    assert [(ln, col) for c, ln, col in codes(text, "Q5")] == expected
    rules = select_rules(["Q5"])
    new = fix_document(doc(text), rules)
    assert new.text == fixed
    assert check_document(new, rules) == []  # the fix is complete
    assert fix_document(new, rules) is new  # and idempotent


@pytest.mark.parametrize("text", Q5_PASS)
def test_q5_passes(codes, text):
    assert codes(text, "Q5") == []


def test_q5_messages(doc):
    fs = check_document(doc("Il dit «oui » : bien."), select_rules(["Q5"]))
    assert [f.message for f in fs] == [
        "missing no-break space after «",
        "regular space before »; a no-break space belongs there",
        "regular space before ':'; a no-break space belongs there",
    ]
    assert all(f.fixable for f in fs)


def test_q5_fix_never_touches_markdown_markup(doc):
    md = ('---\ntitre: "Il dit «non» : voilà"\n---\n\n'
          "Le maire a dit «oui» hier.\n\n"
          "Tapez `«x» :` dans le terminal, voyez [le site](https://x.fr \"«titre» :\") "
          '<abbr title="«a» :">ONU</abbr>.\n\n'
          "```\ncode «brut» : ici\n```\n")
    d = doc(md, markdown=True)
    rules = select_rules(["Q5"])
    assert [(f.line, f.column) for f in check_document(d, rules)] == [(5, 16), (5, 20)]
    new = fix_document(d, rules)
    assert new.text == md.replace("dit «oui» hier", f"dit «{NB}oui{NB}» hier")


def test_q5_fix_next_to_markup_inserts_at_the_boundary(doc):
    md = "Il a écrit «`rm -rf`» et «<em>jamais</em>».\n"
    new = fix_document(doc(md, markdown=True), select_rules(["Q5"]))
    assert new.text == f"Il a écrit «{NB}`rm -rf`{NB}» et «{NB}<em>jamais</em>{NB}».\n"


def test_q5_crlf_offsets(codes):
    assert codes("Titre\r\nIl dit «oui».\r\n", "Q5") == [("Q5", 2, 8), ("Q5", 2, 12)]


# ---------------------------------------------------------------- properties of --fix

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import example, given, settings, strategies as st  # noqa: E402

_PIECES = st.sampled_from(["«", "»", "“", "”", '"', "‹", "›", " ", "  ", NB, NNB, "\t", "\u2009",
                           "\n", "\n\n", ":", ";", "!", "?", "mot", "Élu", "l'", "`code`",
                           "<b>", "</b>", "[lien](http://x.fr \"«t» :\")", "10:30", ":-)"])


def _strip_spaces(s: str) -> str:
    return "".join(c for c in s if c not in f" \t\u2009{NB}{NNB}")


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30), st.booleans())
# a fix that turns a stray » into an opening one needs a second pass
@example(["«", "»", "»", '[lien](http://x.fr "«t» :")', "»"], True)
def test_q5_fix_is_complete_idempotent_and_only_touches_spaces(pieces, markdown):
    from quotes.text.reader import Document, analysis_text

    text = "".join(pieces)
    rules = select_rules(["Q5"])
    d = Document("a.md", text, analysis_text(text, markdown), markdown)
    fixed = fix_document(d, rules)
    assert _strip_spaces(fixed.text) == _strip_spaces(text)  # only spaces change
    assert fix_document(fixed, rules) is fixed                # idempotent
    assert [f for f in check_document(fixed, rules) if f.fixable] == []

    def markup(doc):
        return [t for a, t in zip(doc.analysis, doc.text) if a != t]

    assert markup(fixed) == markup(d)  # masked markup untouched
