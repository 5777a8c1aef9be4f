"""Roles on text: the role phrase is the person's own."""
import pytest

import quotes

MEETING = ("Le ministre italien Luigi Rossi s'est entretenu avec Maria Costa.\n\n"
           "Maria Costa a déclaré que la coopération allait se renforcer.\n\n"
           "Luigi Rossi a affirmé que l'accord serait signé en juin.")


def test_a_role_before_a_name_stops_at_another_name_in_an_untagged_sentence(nlp):
    """The meeting sentence holds no speech verb, so it is only tokenised:
    its role for Rossi must not spill over to the name after the verb."""
    from quotes.pipeline import Extractor

    assert not Extractor(nlp).parsed_sentences(MEETING)[0].parsed
    got = {q.speaker: q.role for q in quotes.extract(MEETING, nlp=nlp)}
    assert set(got) == {"Maria Costa", "Luigi Rossi"}
    assert got["Maria Costa"] is None
    assert "ministre italien" in got["Luigi Rossi"]


def test_the_same_roles_when_the_sentence_is_tagged(nlp):
    from quotes.pipeline import Extractor

    got = {q.speaker: q.role for q in Extractor(nlp, parse_all=True).extract(MEETING)}
    assert got["Maria Costa"] is None
    assert "ministre italien" in got["Luigi Rossi"]


def test_a_role_before_a_name_stops_at_an_auxiliary_in_an_untagged_sentence(nlp):
    from quotes.pipeline import Extractor

    text = ("Le ministre de l'Agriculture a reçu mardi Louise Carpentier.\n\n"
            "Louise Carpentier a déclaré que les éleveurs attendaient des aides.")
    ex = Extractor(nlp)
    assert not ex.parsed_sentences(text)[0].parsed
    (q,) = ex.extract(text)
    assert q.speaker == "Louise Carpentier" and q.role is None


def test_a_medical_profession_in_apposition_is_the_role(nlp):
    """Trades in role_nouns.txt: a role in apposition is found only for a
    noun the list knows (here a medical one), and beats the bare title."""
    text = ("« Les lits manquent partout », selon le docteur Paul Meunier, urgentiste à l'hôpital de Caen. "
            "« La nuit, nous sommes deux », ajoute la chirurgienne Léa Roche.")
    got = {q.speaker: q.role for q in quotes.extract(text, nlp=nlp)}
    assert got == {"Paul Meunier": "urgentiste à l'hôpital de Caen", "Léa Roche": "chirurgienne"}


@pytest.mark.parametrize("text,role", [
    ("La FNSEA juge ces annonces « insuffisantes ». Son président, Arnaud Rousseau, a prévenu "
     "que les blocages continueraient.", "président de la FNSEA"),
    ("L'association Anticor s'est félicitée du jugement. « C'est un signal fort », a réagi sa "
     "présidente, Élise Durand.", "présidente d'Anticor"),
    # a person's lawyer: the role as the article gives it
    ("Michel Durand conteste les faits. « On veut faire de mon client un exemple », a dénoncé "
     "son avocat, Me Antoine Lefort.", "avocat"),
    # the owner is a main clause's subject, not the subject of a que-clause
    ("Ursula Berger a estimé que l'UE resterait vigilante. Son chef, Paul Roux, a indiqué que "
     "le parti allait étudier le texte.", "chef"),
    # "leur" is a group's, never one body's
    ("La FNSEA et la Coordination rurale jugent ces annonces « insuffisantes ». Leur porte-parole, "
     "Paul Roux, a prévenu que les blocages continueraient.", "porte-parole"),
    # the role names its own body already
    ("La FNSEA juge ces annonces « insuffisantes ». Son président d'honneur, Paul Roux, a "
     "prévenu que les blocages continueraient.", "président d'honneur"),
])
def test_role_after_a_possessive(nlp, text, role):
    got = [q for q in quotes.extract(text, nlp=nlp) if q.role]
    assert got and got[-1].role == role, [(q.speaker, q.role) for q in got]


def test_a_body_named_in_a_role_phrase_gets_no_role(nlp):
    """"le porte-parole du Pentagone, Paul Roux": the role is Paul Roux's;
    the Pentagone quoted on its own is a body with none."""
    text = ("Le porte-parole du Pentagone, Paul Roux, a précisé que l'enquête continuait. "
            "« Nous suivons la situation de près », a indiqué le Pentagone dans un communiqué.")
    got = {q.speaker: q.role for q in quotes.extract(text, nlp=nlp)}
    assert got.get("Paul Roux") == "porte-parole du Pentagone"
    assert "Pentagone" in got and got["Pentagone"] is None


# -- roles through the entity (sentences written for these tests)
ROLES_SHOULD = [
    # a party in brackets after the name
    ("« Cette motion est un leurre », a lancé Julie Marchand (Ecolo).", "Julie Marchand", "Ecolo"),
    # an indefinite apposition, its age left out, a relative clause after it
    ("« Tout coûte plus cher », soupire Hugo, un boulanger de 34 ans qui ouvre à 5 heures.",
     "Hugo", "boulanger"),
]
ROLES_SHOULD += [
    # a portfolio glued to the name: the role is read from where the name starts
    ("La ministre de la Culture Rachida Benali a réagi : « Ce musée rouvrira. »",
     "Rachida Benali", "ministre de la Culture"),
    # an apposition whose closing comma the writer forgot, before the verb
    ("Martin Lesage, le président du groupe écologiste au Sénat a pris la parole : « Nous voterons contre. »",
     "Martin Lesage", "président du groupe écologiste au Sénat"),
]
ROLES_SHOULD += [
    # a trade by its ending, with no article, after the name
    ("« On se croirait dans une décharge », soulignera Salim, coiffeur pour homme.",
     "Salim", "coiffeur pour homme"),
    # an affiliation set off by a comma, with its acronym
    ("Le professeur William Dupré, de l'Institut de recherche Santé et Société (UCL), évoque "
     "« un problème de santé publique ».", "William Dupré", "Institut de recherche Santé et Société (UCL)"),
    # a party whose acronym is not all capitals
    ("« Un tabouret n'est pas une chaise », a lancé Francis Delmas (cdH).", "Francis Delmas", "cdH"),
    # a bracket after the name, then the role in apposition
    ("Patrick Dewael (Open Vld), lui, rassure le Premier ministre et répond que « tout va bien ».",
     "Patrick Dewael", "Open Vld"),
]
ROLES_SHOULD += [
    # a body's type in apposition, past its acronym; its name goes on with adjectives and "de" + noun
    ("La Confédération africaine de football (CAF), l'instance dirigeante du continent, s'est dite "
     "« consternée » par ces propos.", "Confédération africaine de football", "instance dirigeante du continent"),
    # a body's type before its name, its nationality tagged as anything
    ("Le prince était son meilleur ami, selon une longue enquête publiée en juin par le quotidien "
     "suisse Le Temps.", "Le Temps", "quotidien suisse"),
]
ROLES_SHOULD_NOT = [
    # a noun after the name and an article is no trade by its ending
    ("France : pour Montebourg, le nucléaire est une « filière d'avenir »", "Montebourg", None),
    # a role noun before "du"/"de la" + a body's name is no title of a person named so
    ("« Les chiffres sont bons », a déclaré le ministre du Redressement productif.",
     "ministre du Redressement productif", None),
    # the verb of an incise is no title ("juge" here is juger)
    ("« Le contrat ne tient pas », juge Alain Besson.", "Alain Besson", None),
    # a body after its preposition is no person with a title
    # (someone known only by a role has it as role)
    ("« Le pourvoi sera rejeté », estime un magistrat à la Cour de cassation.", "magistrat", "magistrat"),
]


@pytest.mark.parametrize("text,speaker,role", ROLES_SHOULD + ROLES_SHOULD_NOT)
def test_roles_given_around_the_name(nlp, text, speaker, role):
    q = quotes.extract(text, nlp=nlp)[-1]
    assert (q.speaker, q.role) == (speaker, role)


def test_a_role_given_once_stays_on_the_persons_later_quotes(nlp):
    text = ("« La saison sera longue », prévient Bruno Petit, entraîneur du Stade lavallois.\n\n"
            "Le club a perdu ses deux premiers matchs.\n\n"
            "« Nous manquons de profondeur », reconnaît Petit.")
    got = quotes.extract(text, nlp=nlp)
    assert [(q.speaker, q.role) for q in got] == [("Bruno Petit", "entraîneur du Stade lavallois")] * 2


# (article, the roles of its quotes in order)
WHICH_ROLE = [
    # a description gives the role of its own quote; the person's other
    # quotes, before it too, keep the first role the text gave
    ("« Nous resterons », dit Paul Roy.\n\n"
     "« On est là pour rester », a lancé le co-président vendredi.\n\n"
     "Le député de Nantes estime que « la crise va durer ».\n\n"
     "« Il faut agir vite », a-t-il ajouté.",
     ["co-président", "co-président", "député de Nantes", "co-président"]),
    # a role given with the name comes before a description's
    ("Paul Roy, maire de Vertou, a ouvert la séance.\n\n"
     "Le député de Nantes estime que « la crise va durer ».\n\n"
     "« Il faut agir vite », a-t-il ajouté.",
     ["député de Nantes", "maire de Vertou"]),
]


@pytest.mark.parametrize("text,roles", WHICH_ROLE)
def test_which_of_a_persons_roles_a_quote_takes(nlp, text, roles):
    assert [q.role for q in quotes.extract(text, nlp=nlp)] == roles


def test_an_apposition_in_an_untagged_sentence_stops_at_its_comma(nlp):
    from quotes.lexicon import load_lexicon
    from quotes.people.roles import roles_around
    text = ("Emmanuel Kouassi, jeune trentenaire habitant à Abidjan, a mis près d'une année "
            "avant de pouvoir quitter le domicile familial après avoir trouvé son emploi.")
    s = nlp.tokenize(text)[0]
    assert not s.parsed
    assert [text[a:b] for a, b in roles_around(s, 0, 1, load_lexicon())] == \
        ["jeune trentenaire habitant à Abidjan"]


def test_a_second_apposition_is_read_and_the_first_stays_the_role(nlp):
    from quotes.lexicon import load_lexicon
    from quotes.people.roles import roles_around
    text = ("Paul Garnier, ex-champion de France de judo, accusé de fraude et d'abus de biens sociaux "
            "entre 1996 et 2006 dans trois clubs de la région, a reconnu lundi les faits.")
    s = nlp.parse(text)[0]
    spans = [text[a:b] for a, b in roles_around(s, 0, 1, load_lexicon())]
    assert spans[0] == "ex-champion de France de judo"
    assert spans[1].startswith("accusé de fraude")
    q = quotes.extract(text + " « Je regrette », a-t-il dit.", nlp=nlp)[-1]
    assert q.role == "ex-champion de France de judo"
