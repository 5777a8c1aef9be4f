"""Q2 (no speaker) and Q3 (no full name): with a scripted extractor, and with
the real parser when a model is installed (skipped otherwise)."""
from __future__ import annotations

import pytest

from quotes.check import check_document, check_paths, select_rules
from quotes.check.rules.q3_full_name import reason


def run(scripted, doc, text: str, script: dict, select: str) -> list:
    d = doc(text)
    quotes = next(scripted(script).extract_documents([d]))[1]
    return check_document(d, select_rules(select.split(",")), quotes)


# ---------------------------------------------------------------- Q2

Q2_FLAG = [
    # a floating quote nobody is credited with
    ("« Les loyers ont doublé en cinq ans. »\n\nLa mairie n'a pas souhaité réagir.", {}, [(1, 3)]),
    # the pronoun was found but resolves to no one
    ("Il a ajouté : « La ligne 4 ne rouvrira pas avant l'automne. »",
     {"La ligne 4": (None, "il")}, [(1, 17)]),
]

Q2_PASS = [
    ("« La ligne 4 rouvrira en mai », a annoncé Sophie Garnier, directrice du réseau.",
     {"La ligne 4": ("Sophie Garnier", "Sophie Garnier")}),
    ("Aucune citation dans cette brève sur la météo.", {}),
]


@pytest.mark.parametrize("text,script,expected", Q2_FLAG)
def test_q2_flags(scripted, doc, text, script, expected):
    assert [(f.code, f.line, f.column) for f in run(scripted, doc, text, script, "Q2")] == \
        [("Q2",) + e for e in expected]


@pytest.mark.parametrize("text,script", Q2_PASS)
def test_q2_passes(scripted, doc, text, script):
    assert run(scripted, doc, text, script, "Q2") == []


def test_q2_message_shows_the_quote_and_the_mention(scripted, doc):
    fs = run(scripted, doc, "Elle a dit : « Nous irons jusqu'au bout de cette procédure longue et coûteuse. »",
             {"Nous irons": (None, "elle")}, "Q2")
    assert fs[0].message == ("quote has no speaker ('elle' resolves to no one): "
                             "« Nous irons jusqu'au bout de cette procé… »")


# ---------------------------------------------------------------- Q3

Q3_FLAG = [
    # surname after a title, never with a given name
    ("« Le budget est bouclé », a assuré M. Lemaire devant le conseil municipal.",
     {"Le budget": ("Lemaire", "M. Lemaire")}),
    # surname alone
    ("« Nous ne lâcherons rien », prévient Kowalski, au nom des salariés.",
     {"Nous ne": ("Kowalski", "Kowalski")}),
    # a pronoun resolved to itself
    ("« Tout est sous contrôle », a-t-il dit.", {"Tout est": ("il", "il")}),
    # a title and nothing else
    ("« Le dossier est clos », a indiqué le porte-parole.",
     {"Le dossier": ("le porte-parole", "le porte-parole")}),
    ("« Rien n'est décidé », selon la ministre.", {"Rien n'est": ("la ministre", "la ministre")}),
    # the general's surname after a title
    ("« Nos troupes tiennent la ville », affirme le général Durand.",
     {"Nos troupes": ("Durand", "le général Durand")}),
]

Q3_PASS = [
    # full name given once, surname later: fine even if the extractor kept the surname
    ("Hélène Lemaire, adjointe aux finances, a présenté le budget.\n\n"
     "« Le budget est bouclé », a assuré Mme Lemaire.", {"Le budget": ("Lemaire", "Mme Lemaire")}),
    ("« Le budget est bouclé », a assuré Hélène Lemaire.",
     {"Le budget": ("Hélène Lemaire", "Hélène Lemaire")}),
    # family name first
    ("Le porte-parole Wu Qian a répondu.\n\n« Nous restons ouverts », a dit Wu.",
     {"Nous restons": ("Wu", "Wu")}),
    # an initial counts as a given name
    ("« Ce n'est qu'un début », prévient J. Kowalski.",
     {"Ce n'est": ("Kowalski", "J. Kowalski")}),
    # organisations are never Q3
    ("« Aucune frappe n'a eu lieu », a déclaré le Pentagone.",
     {"Aucune frappe": ("Pentagone", "le Pentagone")}),
    ("« Nous condamnons ces propos », indique l'Élysée dans un communiqué.",
     {"Nous condamnons": ("Élysée", "l'Élysée")}),
    ("« La porte reste ouverte », a fait savoir l'OTAN.", {"La porte": ("OTAN", "l'OTAN")}),
    ("« Les négociations avancent », selon le ministère chinois des Affaires étrangères.",
     {"Les négociations": ("ministère chinois des Affaires étrangères", "le ministère")}),
    ("« Le site sera fermé », annonce la Sncf.", {"Le site": ("Sncf", "la Sncf")}),
    # a group described by a common noun
    ("« Nous voulons des moyens », scandent les manifestants.",
     {"Nous voulons": ("manifestants", "les manifestants")}),
    # title with affiliation: a named body
    ("« Le vol est annulé », a indiqué le porte-parole de la compagnie.",
     {"Le vol": ("le porte-parole de la compagnie", "le porte-parole")}),
    # no speaker: that is Q2's, not Q3's
    ("« Personne ne sait », murmure-t-on.", {}),
]


@pytest.mark.parametrize("text,script", Q3_FLAG)
def test_q3_flags(scripted, doc, text, script):
    fs = run(scripted, doc, text, script, "Q3")
    assert [f.code for f in fs] == ["Q3"]


@pytest.mark.parametrize("text,script", Q3_PASS)
def test_q3_passes(scripted, doc, text, script):
    assert run(scripted, doc, text, script, "Q3") == []


def test_q3_once_per_speaker_at_first_quote(scripted, doc):
    text = ("« Premier point », dit M. Lemaire.\n« Second point », ajoute M. Lemaire.\n"
            "« Troisième point », conclut M. Lemaire.")
    script = {k: ("Lemaire", "M. Lemaire") for k in ("Premier", "Second", "Troisième")}
    fs = run(scripted, doc, text, script, "Q3")
    assert [(f.line, f.column) for f in fs] == [(1, 3)]
    assert fs[0].message == ("speaker 'Lemaire' is named only by surname (written 'M. Lemaire'); "
                             "no full name in the article")


@pytest.mark.parametrize("speaker,text,flagged", [
    ("Kahl", "Mais M. Kahl a déclaré que tout allait bien.", True),
    ("Kahl", "Selon Kahl, tout va bien.", True),
    ("Kahl", "Colin Kahl l'a dit. Puis M. Kahl a précisé.", False),
    ("Kahl", "Le lieutenant-colonel Kahl a précisé.", True),
    ("Kahl", "Le Président Kahl a précisé.", True),
    ("elle", "Elle a dit non.", True),
    ("le général", "Le général a dit non.", True),
    ("le secrétaire d'État", "Le secrétaire d'État a dit non.", True),
    ("Xi Jinping", "M. Xi a dit non.", False),
    ("Kremlin", "Le Kremlin a dit non.", False),
])
def test_q3_definition(speaker, text, flagged):
    assert (reason(speaker, None, text) is not None) == flagged


def test_parse_rules_use_one_extractor_for_all_files(scripted, tmp_path):
    paths = []
    for i in range(3):
        p = tmp_path / f"a{i}.txt"
        p.write_text("« Sans auteur. »\n", encoding="utf-8")
        paths.append(str(p))
    made = []

    def factory():
        made.append(scripted({}))
        return made[-1]

    report = check_paths(paths, select_rules(["Q2"]), extractor_factory=factory)
    assert len(made) == 1 and made[0].batches == [3]
    assert [f.code for f in report.findings] == ["Q2"] * 3 and report.exit_code == 1


def test_no_extractor_built_for_typography_rules(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("«\u00a0Sans auteur.\u00a0»\n", encoding="utf-8")

    def factory():
        raise AssertionError("must not be called")

    assert check_paths([str(p)], select_rules(["Q1", "Q4", "Q5"]),
                       extractor_factory=factory).exit_code == 0


def test_extraction_failure_on_one_file_is_reported_and_others_checked(tmp_path, scripted):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("« Sans auteur. »\n", encoding="utf-8")
    bad.write_text("PANNE\n", encoding="utf-8")

    class Flaky(scripted):
        def extract_documents(self, docs):
            for d, qs in super().extract_documents(docs):
                if "PANNE" in d.text:
                    raise RuntimeError("boom")
                yield d, qs

    other = tmp_path / "other.txt"
    other.write_text("« Encore sans auteur. »\n", encoding="utf-8")
    made = []

    def factory():
        made.append(Flaky({}))
        return made[-1]

    report = check_paths([str(other), str(bad), str(good)], select_rules(["Q2"]),
                         extractor_factory=factory)
    assert [f.path for f in report.findings] == sorted([str(good), str(other)])
    assert made[0].batches == [3, 1]  # the batch resumes after the failing article
    assert len(report.errors) == 1 and "bad.txt" in report.errors[0] and report.exit_code == 2


# ---------------------------------------------------------------- real parser

ARTICLE = (
    "Le maire de Lyon, Grégory Doucet, a présenté mardi son plan pour les pistes cyclables.\n\n"
    "« Nous doublerons le réseau d'ici 2030 », a déclaré Grégory Doucet devant la presse.\n\n"
    "« C'est irréaliste », a répliqué M. Verchère, élu d'opposition.\n"
)


@pytest.mark.slow
def test_real_parser_q2_q3(nlp, doc):
    from quotes.pipeline import Extractor

    d = doc(ARTICLE)
    quotes = next(Extractor(nlp).extract_documents([d]))[1]
    fs = check_document(d, select_rules(["Q2", "Q3"]), quotes)
    by_code = {f.code: f for f in fs}
    assert "Q3" in by_code and "Verchère" in by_code["Q3"].message
    assert all(f.line != 3 for f in fs)  # Grégory Doucet is named in full
