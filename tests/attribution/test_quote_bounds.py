"""Where a quote starts and stops when several quotations or a report and a
quotation share one sentence (as the segmenter cut it).

A stop inside or after a quotation ends a sentence, so an incise after the
next quotation closes that one only; a colon that ends a report before a
quotation leaves the quotation a quote of its own, even when the segmenter
cut the sentence right after the opening mark.  A comma after a full clause
followed by a subject and a speech verb of its own begins another report, and so does "et" before a second speech verb of the
same subject.  A pair of spaced dashes sets off an aside inside a reported
clause; a single one ends it.  A verb in a relative clause whose "que" is
its infinitive's object ("les violences qu'il affirme avoir subies")
reports nothing.  After an incise in commas, "tout comme", "parce que",
"car" … carry the statement on: one quote, the incise inside.
"""
import pytest

SHOULD_SPLIT = {
    "two quotations, the incise after the second": (
        "\"Je ne crois pas que tout le club pense comme lui.\" \"Bien sûr, les dirigeants "
        "craignent ce tournoi, mais il compte pour nous\", a ajouté l'entraîneur Paul Girard.",
        [("Je ne crois pas que tout le club pense comme lui.", "direct", None, None),
         ("Bien sûr, les dirigeants craignent ce tournoi, mais il compte pour nous", "direct",
          "Paul Girard", "ajouter")]),
    "two readers quoted, a dash between them": (
        "Une lectrice, Anne Marchal, écrit \"Bravo, vous avez tout dit.\"- \"Merci pour "
        "cette réponse claire\", écrit Julie Roche.",
        [("Bravo, vous avez tout dit.", "direct", "Anne Marchal", None),
         ("Merci pour cette réponse claire", "direct", "Julie Roche", "écrire")]),
    "the writer's clause, mais, then the quotation the incise closes": (
        "La direction a promis de revoir son offre, mais « il n'y a aucune garantie pour "
        "l'instant », estime Paul Girard.",
        [("revoir son offre", "indirect", "direction", "promettre"),
         ("il n'y a aucune garantie pour l'instant", "direct", "Paul Girard", "estimer")]),
    "a report, a colon, a straight quotation the segmenter cut off": (
        "Le juge Marc Delmas confie que les tribunaux manquent de greffiers : \" Nous avons "
        "retardé des audiences tout l'hiver. Et donc la pression monte. \"",
        [("les tribunaux manquent de greffiers", "indirect", "Marc Delmas", "confier"),
         ("Nous avons retardé des audiences tout l'hiver. Et donc la pression monte.", "direct",
          "Marc Delmas", "confier")]),
    "a report ends where another speaker's report begins": (
        "Au juge qui relevait qu'il n'avait « jamais parlé à la police », l'accusé a expliqué "
        "que sa mémoire « lui fait défaut ».",
        [("il n'avait « jamais parlé à la police »", "mixed", "juge", "relever"),
         ("sa mémoire « lui fait défaut »", "mixed", "accusé", "expliquer")]),
    "pour X governs its quotation only, not the next report": (
        "Pour la sénatrice Anne Marchal, « la farce a assez duré », elle ajoute que le "
        "gouvernement doit partir.",
        [("la farce a assez duré", "direct", "Anne Marchal", "pour"),
         ("le gouvernement doit partir", "indirect", "Anne Marchal", "ajouter")]),
    "whom it was said to, a colon, the quotation; then et ajoute que": (
        "Pour Paul Girard, « la farce a assez duré », il interpelle le ministre : « si vous êtes "
        "un démocrate vous démissionnerez » et ajoute que « la rue votera vendredi ».",
        [("la farce a assez duré", "direct", "Paul Girard", "pour"),
         ("si vous êtes un démocrate vous démissionnerez", "direct", "Paul Girard", "interpeller"),
         ("la rue votera vendredi", "direct", "Paul Girard", "ajouter")]),
    "whom it was said to, a colon, straight quotation marks": (
        'Pour Marc Vidal (PS), "la farce a assez duré", il interpelle le Premier ministre : "si '
        'vous êtes un démocrate vous demanderez un vote de confiance au Sénat" et ajoute que "le '
        'vrai vote se fera samedi dans la rue."',
        [("la farce a assez duré", "direct", "Marc Vidal", "pour"),
         ("si vous êtes un démocrate vous demanderez un vote de confiance au Sénat", "direct",
          "Marc Vidal", "interpeller"),
         ("le vrai vote se fera samedi dans la rue.", "direct", "Marc Vidal", None)]),
    "a gerund of a speech verb after a comma": (
        "Le ministre Paul Girard a affirmé que la réforme serait votée, en soulignant que le "
        "calendrier restait serré.",
        [("la réforme serait votée", "indirect", "Paul Girard", "affirmer"),
         ("le calendrier restait serré", "indirect", "Paul Girard", "souligner")]),
    "a second speech verb after et": (
        "Le sénateur Paul Girard a déclaré que le texte était mauvais et a ajouté que le vote "
        "serait reporté.",
        [("le texte était mauvais", "indirect", "Paul Girard", "déclarer"),
         ("le vote serait reporté", "indirect", "Paul Girard", "ajouter")]),
    "et de and a narrative infinitive": (
        "Le directeur Paul Girard a affirmé que le taux de raccordement a atteint 98 % et de "
        "préciser que la région compte 200 stations de pompage.",
        [("le taux de raccordement a atteint 98 %", "indirect", "Paul Girard", "affirmer"),
         ("la région compte 200 stations de pompage", "indirect", "Paul Girard", "préciser")]),
    "a single spaced dash ends the report": (
        "Le maire Jean Lefort a déclaré que le tourisme devait passer avant les promoteurs - "
        "une allusion au projet de golf.",
        [("le tourisme devait passer avant les promoteurs", "indirect", "Jean Lefort",
          "déclarer")]),
}

ONE_STATEMENT = {
    "a quoted predicate, then et que": (
        "De leur côté, les élus se disent « au courant de cette situation » et qu'ils sont en "
        "train de « plancher » sur le dossier.",
        [("« au courant de cette situation » et qu'ils sont en train de « plancher » sur le "
          "dossier", "mixed", "élus", "se dire")]),
    "tout comme after the incise": (
        "Le médecin « doit écouter son patient », dit-elle, tout comme le pharmacien doit le "
        "conseiller au comptoir.",
        [("Le médecin « doit écouter son patient », dit-elle, tout comme le pharmacien doit le "
          "conseiller au comptoir", "mixed", None, "dire")]),
    "parce que after the incise": (
        "La directrice Claire Morel a reçu les parents. Le projet est mort, explique-t-elle, "
        "parce que personne n'en veut plus.",
        [("Le projet est mort, explique-t-elle, parce que personne n'en veut plus", "indirect",
          "Claire Morel", "expliquer")]),
}

SHOULD_NOT_SPLIT = {
    "a gerund that is no speech verb stays in the report": (
        "Le ministre Paul Girard a affirmé que la réforme serait votée, en travaillant tout l'été.",
        [("la réforme serait votée, en travaillant tout l'été", "indirect", "Paul Girard",
          "affirmer")]),
    "a quoted predicate, then et and no que": (
        "De leur côté, les élus se disent « au courant de cette situation » et attendent le "
        "rapport.",
        [("au courant de cette situation", "direct", "élus", "se dire")]),
    "an infinitive after the incise is the writer's": (
        "La directrice Claire Morel a reçu les parents. Le projet est mort, explique-t-elle, "
        "avant de quitter la salle.",
        [("Le projet est mort", "indirect", "Claire Morel", "expliquer")]),
    "an aside between two dashes inside the report": (
        "Le maire Jean Lefort a déclaré que le tourisme - et la saison d'hiver en particulier - "
        "ne devait jamais passer après les promoteurs.",
        [("le tourisme - et la saison d'hiver en particulier - ne devait jamais passer après les "
          "promoteurs", "indirect", "Jean Lefort", "déclarer")]),
    "et de before a noun phrase": (
        "Le directeur Paul Girard a affirmé que la région compte 200 stations et de nombreux "
        "réservoirs.",
        [("la région compte 200 stations et de nombreux réservoirs", "indirect", "Paul Girard",
          "affirmer")]),
    "et before a verb that is not a speech verb": (
        "La ministre Anne Marchal a affirmé que les usines fermeraient et que les salariés "
        "partiraient.",
        [("les usines fermeraient et que les salariés partiraient", "indirect", "Anne Marchal",
          "affirmer")]),
    "the main clause after a si-clause is still what was said": (
        "Le ministre Paul Girard a déclaré que si le projet passe, le gouvernement annoncera "
        "des baisses d'impôts.",
        [("si le projet passe, le gouvernement annoncera des baisses d'impôts", "indirect",
          "Paul Girard", "déclarer")]),
    "a relative clause after the comma": (
        "Le maire Jean Lefort a affirmé que le budget, que le conseil a présenté hier, sera "
        "voté en mars.",
        [("le budget, que le conseil a présenté hier, sera voté en mars", "indirect",
          "Jean Lefort", "affirmer")]),
    "two quoted words in one statement": (
        "Les élus trouvent la réforme « injuste » et « brutale », a ajouté Paul Girard.",
        [("Les élus trouvent la réforme « injuste » et « brutale »", "mixed", "Paul Girard",
          "ajouter")]),
    "a quoted word, then the end of the statement": (
        "Le maire Jean Lefort estime que ce chantier est « une priorité » pour la ville.",
        [("ce chantier est « une priorité » pour la ville", "mixed", "Jean Lefort", "estimer")]),
}


NOT_A_REPORT = {
    "a speech verb in an object relative": (
        "Le prévenu pleure en évoquant les violences qu'il affirme avoir subies de la part "
        "de son oncle."),
}


@pytest.mark.parametrize("name", list(NOT_A_REPORT))
def test_not_a_report(nlp, extracted, name):
    extracted(nlp, NOT_A_REPORT[name], [])


@pytest.mark.parametrize("name", list(ONE_STATEMENT))
def test_one_statement(nlp, extracted, name):
    extracted(nlp, *ONE_STATEMENT[name])


@pytest.mark.parametrize("name", list(SHOULD_SPLIT))
def test_should_split(nlp, extracted, name):
    extracted(nlp, *SHOULD_SPLIT[name])


@pytest.mark.parametrize("name", list(SHOULD_NOT_SPLIT))
def test_should_not_split(nlp, extracted, name):
    extracted(nlp, *SHOULD_NOT_SPLIT[name])
