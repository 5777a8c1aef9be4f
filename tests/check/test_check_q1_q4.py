"""Q1 (unbalanced marks) and Q4 (mixed styles): should-flag / should-pass tables."""
from __future__ import annotations

import pytest

NB = "\u00a0"

# (text, [(line, col)] of Q1 findings) -- each points at the faulty mark
Q1_FLAG = [
    ("La directrice de l'école a prévenu : « Nous fermerons jeudi si rien ne change.",
     [(1, 38)]),
    ("“Le chantier reprendra en mars\", a assuré l'adjoint au maire.", [(1, 1)]),
    ("Le syndicat a promis de tenir bon » jusqu'au vote du budget.", [(1, 35)]),
    ("Le préfet parle d'une « mesure temporaire.\n\nLa réunion s'est achevée tard.", [(1, 23)]),
    ("« Le port est saturé », selon le capitaine, « et les quais sont vides.", [(1, 45)]),
    # a headline ending on an unclosed mark: reported, not joined to the next quotation
    ("Le maire dénonce « une provocation\n\n« Nous ne céderons pas », a déclaré M. Durand.",
     [(1, 18)]),
    # a flattened article: the odd straight mark is the one reported
    ('La grève continue. "Nous partirons demain, a dit le chef. Son adjoint "refuse" '
     'de venir. "Tout va bien", assure la direction.', [(1, 20)]),
    # each faulty mark at its own line and column
    ("« Un bilan\nLe maire dit « oui » et « non » puis peut-être » ici.\nEnfin « rien",
     [(1, 1), (2, 48), (3, 7)]),
]

Q1_PASS = [
    "La directrice de l'école a prévenu : « Nous fermerons jeudi. »",
    "« Le premier paragraphe du discours.\n« Et le second », a conclu la sénatrice.",
    "« Il m'a répondu “ jamais ” sans hésiter », raconte le riverain.",
    '"La récolte est perdue", soupire un viticulteur de Gironde.',
    "Aucune citation ici, seulement des chiffres : 12 % en 2024.",
    # reopened at each paragraph, flattened onto one line
    'Il a déclaré : "Premier point. "Deuxième point. "Troisième point." Le débat reprend.',
    # over two paragraphs, the second closing it without reopening
    '" Le budget sera tenu.\n\nLes dépenses baisseront ", affirme la ministre. '
    '" Rien ne change ", dit-elle.',
    '« =HYPERLINK("http://x";"clic") ; oui, "non" », a déclaré Marie Dupont.',
    'Un écran de 27" pour 300 euros, "une affaire", dit le vendeur.',
]


@pytest.mark.parametrize("text,expected", Q1_FLAG)
def test_q1_flags(codes, text, expected):
    assert [(ln, col) for c, ln, col in codes(text, "Q1")] == expected


@pytest.mark.parametrize("text", Q1_PASS)
def test_q1_passes(codes, text):
    assert codes(text, "Q1") == []


def test_q1_message_names_the_problem(doc):
    from quotes.check import check_document, select_rules

    fs = check_document(doc("« Ouvert sans fin, dit-il."), select_rules(["Q1"]))
    assert fs[0].message == "unbalanced quotation marks: « is never closed"
    fs = check_document(doc("“Mal fermé\", dit-elle."), select_rules(["Q1"]))
    assert "“ closed by \"" in fs[0].message


def test_q1_markdown_code_and_front_matter_are_not_quotes(codes):
    md = ('---\ntitle: "Le titre « sans fin\nauthor: "Rédaction"\n---\n'
          'Tapez `echo "bonjour` dans le terminal.\n\n'
          '<span title="« attribut">Le maire</span> a dit : « On avance. »\n\n'
          '[le rapport](https://exemple.fr/r "« titre") est paru.\n')
    assert codes(md, "Q1", markdown=True) == []


def test_q1_markdown_line_col_point_into_original_file(codes):
    md = "---\ntitre: essai\n---\n\nLe maire a dit : « On avance.\n"
    assert codes(md, "Q1", markdown=True) == [("Q1", 5, 18)]


# (text, [(line, col)] of Q4 findings)
Q4_FLAG = [
    # curly at the top level in an article of guillemets
    ("« La grève continue », dit l'un.\n“Nous sommes épuisés”, dit l'autre.\n"
     "« Rien n'est signé », ajoute un troisième.", [(2, 1)]),
    # straight quotes where the article uses guillemets (even nested)
    ('« Il a crié "au feu" dans le couloir », raconte la gardienne.', [(1, 13)]),
    ('La ministre parle d\'« avancées ».\n"On verra", répond l\'opposition.', [(2, 1)]),
    # nested level: ‹ › and “ ” mixed inside guillemets
    ("« Il a dit ‹ non › puis “ oui ” et ‹ peut-être › », résume-t-elle.", [(1, 25)]),
]

Q4_PASS = [
    "« Le tram arrivera en 2027 », promet le maire. « Pas avant », corrige l'opposition.",
    "« Elle m'a dit “ courage ” avant de partir », confie son frère.",
    '"Tout est prêt", dit le chef. "On ouvre demain", ajoute-t-il.',
    "“Rien ne bouge”, regrette un habitant. “Personne ne vient”, dit un autre.",
    "« Une seule citation », et c'est tout.",
]


@pytest.mark.parametrize("text,expected", Q4_FLAG)
def test_q4_flags(codes, text, expected):
    assert [(ln, col) for c, ln, col in codes(text, "Q4")] == expected


@pytest.mark.parametrize("text", Q4_PASS)
def test_q4_passes(codes, text):
    assert codes(text, "Q4") == []


def test_q4_markdown_code_span_quotes_do_not_count(codes):
    md = 'Le maire a dit : « On avance. »\n\nLa commande `grep "mot"` et <a href="x" title="t">lien</a>.\n'
    assert codes(md, "Q4", markdown=True) == []
    assert codes(md, "Q4", markdown=False) != []
