"""A definite description that speaks stands for the entity the article named
(French news varies its designations); tables of should-link / should-not-link
sentences written for these tests."""
import pytest

import quotes

# (article, speaker of its last quote, role of its last quote)
SHOULD_LINK = [
    # the person the text was about, by an epithet noun
    ("« Le chômage baisse enfin », a déclaré Pierre Lambert, secrétaire général de la CFDT du Nord.\n\n"
     "« Mais les jeunes restent au bord du chemin », ajoute le syndicaliste.",
     "Pierre Lambert", "secrétaire général de la CFDT du Nord"),
    ("Selon la directrice de l'observatoire du climat, Sophie Garnier, les hivers raccourcissent.\n\n"
     "« La neige manquera dès 2040 », avertit la chercheuse.",
     "Sophie Garnier", "directrice de l'observatoire du climat"),
    # the same role noun the text gave the person
    ("Invité lundi, Louis Perrin, magistrat à la cour d'appel de Rennes, s'inquiète des délais.\n\n"
     "« Les dossiers s'accumulent », répond le magistrat.",
     "Louis Perrin", "magistrat à la cour d'appel de Rennes"),
    # a body's second name: the body the article is about
    ("Le groupe Carrelis a annoncé la fermeture de trois usines. Carrelis emploie 4 000 personnes.\n\n"
     "« Aucun licenciement sec n'aura lieu », assure le géant de l'emballage.",
     "Carrelis", "géant de l'emballage"),
]

SHOULD_LINK += [
    # an office named with its domain is that office, not another minister's
    ("La ministre de l'Écologie, Anne Vidal, a visité le site.\n\n"
     "Bernard Caron : « L'usine restera ouverte »\n\n"
     "Le ministre du Redressement productif a déclaré lundi que l'usine restera ouverte.",
     "Bernard Caron", "ministre du Redressement productif"),
]

# (article, speaker of its last quote): the description stays itself
SHOULD_NOT_LINK = [
    # an office the named person does not hold: someone else
    ("Le maire Paul Girard a inauguré le pont.\n\n"
     "« Les travaux ont coûté trop cher », a estimé le préfet.", "préfet"),
    # an indefinite description brings in someone new
    ("« Le marché va rouvrir », a annoncé Hélène Dubois, adjointe au commerce.\n\n"
     "« Nous l'attendons depuis un an », confie un commerçant.", "commerçant"),
    # a plural description is a group
    ("« Rien ne change », regrette Karim Benali.\n\n"
     "« Nous sommes inquiets », ont déclaré les riverains.", "riverains"),
]


@pytest.mark.parametrize("text,speaker,role", SHOULD_LINK)
def test_a_definite_description_links_to_the_named_entity(nlp, text, speaker, role):
    q = quotes.extract(text, nlp=nlp)[-1]
    assert (q.speaker, q.role) == (speaker, role)
    first = quotes.extract(text, nlp=nlp)[0]
    if first.speaker == speaker:
        assert first.speaker_id == q.speaker_id


@pytest.mark.parametrize("text,speaker", SHOULD_NOT_LINK)
def test_a_description_that_stands_for_no_one_named_stays_itself(nlp, text, speaker):
    q = quotes.extract(text, nlp=nlp)[-1]
    assert q.speaker == speaker


def test_a_name_right_after_the_description_is_whom_it_describes(nlp):
    text = "« Le calendrier sera tenu », a rapporté l'agence de presse suisse Helvepresse."
    (q,) = quotes.extract(text, nlp=nlp)
    assert q.speaker == "Helvepresse" and q.role == "agence de presse suisse"


def test_a_day_the_parser_left_on_the_description_is_no_part_of_the_role(nlp):
    text = ("« Nous tiendrons nos promesses », a déclaré Léon Marchetti.\n\n"
            "« Le parti est prêt », a lancé le co-porte-parole vendredi.")
    q = quotes.extract(text, nlp=nlp)[-1]
    assert q.speaker == "Léon Marchetti" and q.role == "co-porte-parole"


# (article, speaker of its last quote): someone never named is known by the
# fullest description the article gives (GUIDELINES: "most fully")
SHOULD_BE_DESCRIBED_FULLY = [
    ("Le marché du centre-ville se vide.\n\n"
     "Selon certains commerçants croisés sur la place, « les clients ne viennent plus ».",
     "commerçants croisés sur la place"),
    ("Le marché du centre-ville se vide.\n\n"
     "Deux femmes rencontrées devant la mairie affirment que « rien n'a changé ».",
     "Deux femmes rencontrées devant la mairie"),
    ("Les agressions se multiplient.\n\n"
     "En outre, plusieurs témoins ont raconté avoir vu des agressions.", "plusieurs témoins"),
    # a demonstrative plural is the group brought in before with that noun
    ("Un groupe d'experts en urbanisme de l'université a estimé que la ville devait agir.\n\n"
     "« La situation est grave », ont déclaré ces experts dans un communiqué.",
     "groupe d'experts en urbanisme de l'université"),
    # the shorter mention takes the fuller one the article gives
    ("Les membres du Conseil de sécurité des Nations unies se sont réunis lundi.\n\n"
     "Dans un communiqué, les membres du Conseil ont demandé « la fin immédiate des violences ».",
     "membres du Conseil de sécurité des Nations unies"),
]


@pytest.mark.parametrize("text,speaker", SHOULD_BE_DESCRIBED_FULLY)
def test_an_unnamed_source_is_described_most_fully(nlp, text, speaker):
    assert quotes.extract(text, nlp=nlp)[-1].speaker == speaker


# a trial report: the headline's description and "l'accusé" are the person
# the lead names with that role
TRIAL = ("Accusé de fraude, cet ancien maire reconnaît « une partie » des faits\n\n"
         "Paul Garnier, ancien maire de Villebois et ex-président du club de rugby, accusé de fraude "
         "et de corruption, comparaît depuis lundi devant le tribunal.\n\n"
         "Le prévenu reconnaît des virements « mais pas de détournement », a précisé la présidente "
         "du tribunal Anne Morel.\n\n"
         "« Je n'y pensais plus », a dit l'accusé.")


def test_a_headline_description_is_the_person_the_lead_names(nlp):
    q = quotes.extract(TRIAL, nlp=nlp)[0]
    assert (q.speaker, q.role) == ("Paul Garnier", "ancien maire de Villebois et ex-président du club de rugby")


def test_the_accused_is_the_person_charged_in_the_lead(nlp):
    q = quotes.extract(TRIAL, nlp=nlp)[-1]
    assert q.speaker == "Paul Garnier"


# a body that names itself in its own statement is the description that speaks
SELF_NAMED = [
    ("Le défenseur Marco Silva est mort mardi.\n\n"
     "« C'est avec tristesse que le Club Atlético de football annonce le décès de notre joueur », "
     "a indiqué la formation argentine.", "Club Atlético de football"),
]
NOT_SELF_NAMED = [
    # a name in the quotation that is no body's
    ("Le défenseur Marco Silva est mort mardi.\n\n"
     "« Que Dieu le garde », a déclaré le club.", "Dieu"),
]


@pytest.mark.parametrize("text,speaker", SELF_NAMED)
def test_a_body_named_in_its_own_statement_speaks(nlp, text, speaker):
    assert quotes.extract(text, nlp=nlp)[-1].speaker == speaker


@pytest.mark.parametrize("text,speaker", NOT_SELF_NAMED)
def test_a_name_in_the_statement_that_is_no_body_does_not(nlp, text, speaker):
    assert quotes.extract(text, nlp=nlp)[-1].speaker != speaker


def test_a_generic_epithet_is_the_person_just_named_whatever_their_office(nlp):
    text = ("Les pourparlers reprendront, a indiqué le représentant du Premier ministre kényan, Paul Otieno.\n\n"
            "Le diplomate kényan a ensuite déclaré que « les deux parties ont accepté de reprendre le dialogue ».")
    assert quotes.extract(text, nlp=nlp)[-1].speaker == "Paul Otieno"


def test_someone_known_only_by_a_role_has_it_as_role(nlp):
    text = ("La mosquée a été attaquée mardi.\n\n"
            "Un ancien guide touristique a indiqué : « Ils sont venus avec des pioches. »")
    q = quotes.extract(text, nlp=nlp)[-1]
    assert (q.speaker, q.role) == ("ancien guide touristique", "ancien guide touristique")
