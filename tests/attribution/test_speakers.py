"""Who utters the cue: the subject before the verb, not whom it addresses; an
inverted surname that opens on a capitalised particle.  Sentences written
for these tests."""
import pytest

import quotes

# (article, speaker of its last quote)
SHOULD_SPEAK = [
    ("La séance a débuté mardi.\n\n"
     "Paul Van Damme (président du parti Vlaams Blok) appelle, lui, la N-VA à « faire tomber le gouvernement ».",
     "Paul Van Damme"),
    ("Peter De Roover, chef de groupe à la Chambre, a pris la parole.\n\n"
     "« Vous devez présenter votre nouveau gouvernement », a ajouté De Roover.", "Peter De Roover"),
    # a name that ends a clause before ", il" is no dislocated subject
    ("Thierry Bodson, secrétaire général du syndicat, était l'invité de la radio lundi.\n\n"
     "Quant à savoir si le syndicat va appeler à voter pour le PS, il conclut : « On n'est plus "
     "dans une époque où les gens obéissent. »", "Thierry Bodson"),
    # the wire before the speaker, no comma before the verb: a given name opens the speaker
    ("Les Verts ont réagi dimanche.\n\n"
     "« Nous réagissons sans attacher d'importance à ces propos » déclare à l'AFP Jean-Pierre Magnon, "
     "le porte-parole du parti.", "Jean-Pierre Magnon"),
    # a dislocated subject is: "X, elle, …"
    ("Mme Haddad, elle, reste inquiète : « Rien ne bouge. »", "Haddad"),
]
SHOULD_NOT_SPEAK = [
    # whom the speaker calls on is no speaker
    ("La séance a débuté mardi.\n\n"
     "Paul Van Damme (président du parti Vlaams Blok) appelle, lui, la N-VA à « faire tomber le gouvernement ».",
     "N-VA"),
]


@pytest.mark.parametrize("text,speaker", SHOULD_SPEAK)
def test_the_speaker_is_who_utters_the_cue(nlp, text, speaker):
    assert quotes.extract(text, nlp=nlp)[-1].speaker == speaker


@pytest.mark.parametrize("text,speaker", SHOULD_NOT_SPEAK)
def test_whom_the_cue_addresses_does_not_speak(nlp, text, speaker):
    assert quotes.extract(text, nlp=nlp)[-1].speaker != speaker


def test_a_quotation_inside_a_sentence_no_cue_attributes_is_its_subjects(nlp):
    text = ("« Nous voterons contre », a déclaré Kristof Dumas.\n\n"
            "Georges Martin remercie le Premier pour son vote mais revient sur "
            "« le très mauvais bilan socio-économique du gouvernement ».")
    assert quotes.extract(text, nlp=nlp)[-1].speaker == "Georges Martin"


def test_pour_and_a_body_is_a_source(nlp):
    text = ("L'ONG Vigie Santé publie un rapport. L'ONG dénonce la torture.\n\n"
            "Pour l'organisation, les loyers sont « trop élevés ».\n\n"
            "Pour le reste, la ville attend des réponses de l'État.")
    qs = quotes.extract(text, nlp=nlp)
    assert [q.speaker for q in qs] == ["Vigie Santé"]


def test_an_intertitle_takes_the_speaker_of_the_quotation_after_it(nlp):
    text = ("Le site Gotham City a révélé l'affaire. Selon le site, « la banque savait ».\n\n"
            "« Une surcharge de 150 millions par an » pour les CPAS\n\n"
            "« Et puis après, il y aura l'impact sur les CPAS », a dit Paul Roy.")
    qs = quotes.extract(text, nlp=nlp)
    lifted = next(q for q in qs if q.text.startswith("Une surcharge"))
    assert lifted.speaker == "Paul Roy"
    assert all(q.speaker != "CPAS" for q in qs)  # "« … » pour les CPAS": whom it concerns


def test_la_meme_source_is_the_source_just_quoted(nlp):
    text = ("Le site Gotham City a révélé l'affaire. Selon le site, « la banque savait ».\n\n"
            "La banque a reçu une amende de 40 000 francs pour ces manquements, selon la même source.")
    assert quotes.extract(text, nlp=nlp)[-1].speaker == "Gotham City"


def test_an_incise_whose_subject_is_a_nickname_is_the_paragraphs_person(nlp):
    text = ("Le défenseur est mort mardi.\n\n"
            "La star uruguayenne Luis Sanchez a dédié son doublé au défenseur. "
            "«Juan, nous sommes tous avec toi!», avait écrit «El Pistolero» sur X.")
    assert quotes.extract(text, nlp=nlp)[-1].speaker == "Luis Sanchez"


def test_a_report_whose_source_is_unnamed_keeps_none(nlp):
    text = ("Le ministre Paul Roy a rencontré son homologue.\n\n"
            "Les pourparlers font suite à des révélations selon lesquelles le général a téléphoné à son homologue.")
    assert quotes.extract(text, nlp=nlp)[-1].speaker is None
