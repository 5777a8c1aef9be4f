"""The article's entities on text: one entity per person or body, its
canonical name, kind, gender and id on every quote (sentences written for
these tests)."""
import pytest

import quotes


def _by_text(text, nlp):
    return {q.text: q for q in quotes.extract(text, nlp=nlp)}


# -- name variants: the fullest name introduced before, one id for all forms
NAME_VARIANTS = (
    "Le maire de Brest, Hervé Le Goff, a présenté son budget lundi.\n\n"
    "« Nous n'augmenterons pas les impôts », a promis M. Le Goff.\n\n"
    "« Les écoles passeront en premier », a ajouté Le Goff.")


def test_a_shortened_name_is_the_full_name_and_one_entity(nlp):
    got = quotes.extract(NAME_VARIANTS, nlp=nlp)
    assert [q.speaker for q in got] == ["Hervé Le Goff", "Hervé Le Goff"]
    assert got[0].speaker_id == got[1].speaker_id
    assert [q.role for q in got] == ["maire de Brest", "maire de Brest"]
    assert {q.speaker_via for q in got} == {"name"}


def test_an_acronym_speaks_under_the_name_the_article_spells_out(nlp):
    text = ("La Confédération paysanne des éleveurs (CPE) a manifesté devant la préfecture.\n\n"
            "« Nos revenus s'effondrent », a déclaré la CPE dans un communiqué.")
    (q,) = quotes.extract(text, nlp=nlp)
    assert q.speaker == "Confédération paysanne des éleveurs"
    assert q.speaker_kind == "organisation" and q.speaker_gender is None


def test_a_bodys_type_noun_is_not_part_of_its_name(nlp):
    text = "« Les détenus sont privés de soins », a dénoncé l'ONG Reporters Solidaires."
    (q,) = quotes.extract(text, nlp=nlp)
    assert q.speaker == "Reporters Solidaires"


def test_a_name_with_a_bodys_word_is_a_body_and_il_goes_to_the_person(nlp):
    text = ("Ancien entraîneur du Grenoble Hockey Club, Marc Vidal a répondu aux questions du tribunal.\n\n"
            "« Je regrette tout », a-t-il déclaré.")
    (q,) = quotes.extract(text, nlp=nlp)
    assert q.speaker == "Marc Vidal" and q.speaker_via == "pronoun"


# -- gender: the text's own grammar
def test_gender_comes_from_the_articles_grammar(nlp):
    text = ("« Le texte est prêt », a affirmé Mme Claude Berthier.\n\n"
            "« Rien n'est décidé », a répondu M. Dominique Roux.")
    got = quotes.extract(text, nlp=nlp)
    assert [(q.speaker, q.speaker_gender, q.speaker_kind) for q in got] == [
        ("Claude Berthier", "f", "person"), ("Dominique Roux", "m", "person")]
    assert got[0].speaker_id != got[1].speaker_id


def test_an_indefinite_description_is_a_new_unnamed_person(nlp):
    text = ("Le préfet Jacques Morin a visité le quartier mardi.\n\n"
            "« On ne dort plus la nuit », a raconté une habitante.")
    (q,) = quotes.extract(text, nlp=nlp)
    assert q.speaker == "habitante" and q.speaker_kind == "person"
    assert q.speaker_via == "description"


def test_a_glued_d_after_a_given_name_opens_the_surname(nlp):
    text = ("Le professeur William d'Ormesson, de l'université de Nantes, évoque un problème.\n\n"
            "« Il faut agir vite », ajoute-t-il.")
    (q,) = quotes.extract(text, nlp=nlp)
    assert q.speaker == "William d'Ormesson"
    text = "« Nous restons prudents », a déclaré Katrine Yu d'Al Jazeera."
    (q,) = quotes.extract(text, nlp=nlp)
    assert (q.speaker, q.role) == ("Katrine Yu", "Al Jazeera")


def test_the_clitic_of_an_incise_is_not_the_subject_it_reports(nlp):
    text = ("« Les budgets baissent », a expliqué Nadia Ferrand, juge d'instruction.\n\n"
            "Le premier touché, dit-elle, sera le justiciable.")
    got = quotes.extract(text, nlp=nlp)
    assert got[-1].speaker == "Nadia Ferrand"


def test_who_keeps_only_the_kind_asked(nlp, tmp_path, monkeypatch):
    """`quotes who --kind` filters by the entity's kind, on real text."""
    import quotes.cli.app
    from click.testing import CliRunner
    from quotes.pipeline import Extractor

    monkeypatch.setattr(quotes.cli.app, "make_extractor", lambda model=None: Extractor(nlp))
    art = tmp_path / "a.txt"
    art.write_text("« Les prix montent », a déclaré Julien Masson.\n\n"
                   "« Nous gelons les tarifs », a annoncé la Fédération des boulangers.\n", encoding="utf-8")
    from quotes.cli import main
    persons = CliRunner().invoke(main, ["who", "-f", "csv", "--kind", "person", str(art)])
    bodies = CliRunner().invoke(main, ["who", "-f", "csv", "--kind", "organisation", str(art)])
    assert persons.exit_code == 0 and bodies.exit_code == 0
    assert "Julien Masson" in persons.output and "Fédération des boulangers" not in persons.output
    assert "Fédération des boulangers" in bodies.output and "Julien Masson" not in bodies.output


def test_a_capital_that_opens_a_quotation_is_no_part_of_the_name(nlp):
    text = ("Le sélectionneur Amadou Diallo a annoncé sa liste mardi.\n\n"
            "Un supporter a écrit : « Merci Amadou Diallo pour tout ».\n\n"
            "« Nous irons au bout », a promis Diallo.")
    q = quotes.extract(text, nlp=nlp)[-1]
    assert q.speaker == "Amadou Diallo"


def test_a_name_its_members_belong_to_is_a_body(nlp):
    """Two capitalised words with no given name read as a person's, but the
    text says "les membres de": a group's name."""
    text = ("Les membres de Kel Tamasheq ont revendiqué l'attaque mardi.\n\n"
            "« Nous continuerons le combat », a déclaré Kel Tamasheq dans un message.")
    q = quotes.extract(text, nlp=nlp)[-1]
    assert (q.speaker, q.speaker_kind, q.speaker_gender) == ("Kel Tamasheq", "organisation", None)


def test_a_quotation_alone_after_the_writers_paragraph_keeps_the_last_person_quoted(nlp):
    text = ("« Les moyens manquent », explique Damien Laurent, magistrat à Namur.\n\n"
            "Les économies demandées à la justice atteignent vingt pour cent.\n\n"
            "« Nous ferons avec, mais le justiciable en paiera le prix. »")
    got = quotes.extract(text, nlp=nlp)
    assert [q.speaker for q in got] == ["Damien Laurent", "Damien Laurent"]
    assert got[-1].speaker_via == "context"


def test_a_group_of_descriptions_is_named_as_the_text_words_it(nlp):
    text = ("Le gouvernement a présenté son budget mardi.\n\n"
            "Les syndicats et les associations ont jugé que le texte était « dangereux ».")
    assert quotes.extract(text, nlp=nlp)[-1].speaker == "syndicats et les associations"


# a body the text names with an article is not the fuller name that adds words before it
BODY_NAMES = [
    ("Les sets de Lego Carrel se vendent à 500 francs sur Internet.\n\n"
     "Pour obtenir un set, il faut faire ses achats à la Carrel. La Carrel s'explique sur ces prix.\n\n"
     "Selon le géant orange, « le prix minimum est bas ».", "Carrel"),
    ("L'ONG Vigie Santé publie un rapport.\n\n"
     "L'ONG dénonce « des conditions indignes ».", "Vigie Santé"),
]


@pytest.mark.parametrize("text,speaker", BODY_NAMES)
def test_a_body_named_with_an_article_keeps_its_own_name(nlp, text, speaker):
    assert quotes.extract(text, nlp=nlp)[-1].speaker == speaker


def test_a_person_named_by_the_initials_of_a_full_name(nlp):
    text = ("Gabriel Nadeau-Dubois a lancé samedi le congrès du parti.\n\n"
            "« Habituez-vous, on est là pour rester », a lancé GND devant les militants.")
    assert quotes.extract(text, nlp=nlp)[-1].speaker == "Gabriel Nadeau-Dubois"


def test_initials_that_fit_no_one_stay_a_name(nlp):
    text = ("Gabriel Martin a lancé samedi le congrès du parti.\n\n"
            "« Habituez-vous, on est là pour rester », a lancé la CGT devant les militants.")
    assert quotes.extract(text, nlp=nlp)[-1].speaker == "CGT"
