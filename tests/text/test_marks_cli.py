"""The pairing cases of issue 20 through ``quotes extract`` and ``quotes check``,
with the real parser: what the user sees, not only the spans."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import quotes.cli.app
from quotes.cli import main


@pytest.fixture
def cli(nlp, monkeypatch, tmp_path):
    """``cli(text, *args)`` -> click Result of ``quotes ARGS article.txt``, the
    session's parser loaded once."""
    from quotes.pipeline import Extractor

    monkeypatch.setattr(quotes.cli.app, "make_extractor", lambda model=None: Extractor(nlp=nlp))

    def run(text: str, *args: str):
        path = tmp_path / "article.txt"
        path.write_text(text, encoding="utf-8")
        return CliRunner().invoke(main, [*args, str(path)], catch_exceptions=False)

    return run


def extract(cli, text: str) -> list[dict]:
    r = cli(text, "extract", "-f", "jsonl", "-q")
    assert r.exit_code == 0, r.output
    return [json.loads(line) for line in r.stdout.splitlines() if line.strip()]


def test_marks_inside_a_quotation_give_one_quote(cli):
    text = '« =HYPERLINK("http://x";"clic") ; oui, "non" », a déclaré Marie Dupont.\n'
    qs = extract(cli, text)
    assert [(q["text"], q["type"], q["speaker"]) for q in qs] == [
        ('=HYPERLINK("http://x";"clic") ; oui, "non"', "direct", "Marie Dupont")]


HEADLINE = ("Le maire dénonce « une provocation\n\n"
            "« Nous ne céderons pas », a déclaré Paul Durand, maire de la ville.\n")


def test_unclosed_headline_leaves_the_next_quotation_whole(cli):
    qs = extract(cli, HEADLINE)
    ours = [q for q in qs if q["text"] == "Nous ne céderons pas"]
    assert len(ours) == 1 and ours[0]["speaker"] == "Paul Durand"
    assert not any("provocation" in q["text"] and "céderons" in q["text"] for q in qs)


def test_unclosed_headline_is_reported_by_check(cli):
    r = cli(HEADLINE, "check", "--select", "Q1")
    assert r.exit_code == 1
    assert r.stdout.splitlines()[0].endswith(
        "article.txt:1:18: Q1 unbalanced quotation marks: « is never closed")


def test_flattened_multi_paragraph_quotation_is_one_and_the_rest_pairs(cli):
    text = ('Le sélectionneur a répondu aux critiques. "Les clubs ne décident pas pour nous. '
            '"Nous respectons leur travail. "Mais la sélection passe avant tout", a déclaré '
            'Paul Martin. Le président du club, Marc Petit, a qualifié ces propos '
            'd\'"excessifs". "Nous verrons bien à la rentrée", a-t-il ajouté.\n')
    qs = extract(cli, text)
    long = ('Les clubs ne décident pas pour nous. "Nous respectons leur travail. '
            '"Mais la sélection passe avant tout')
    by_text = {q["text"]: q for q in qs}
    assert by_text[long]["speaker"] == "Paul Martin"
    assert by_text["Nous verrons bien à la rentrée"]["speaker"] == "Marc Petit"
    assert not any("Paul Martin" in q["text"] for q in qs)


def test_quotation_over_two_paragraphs_keeps_the_next_pairs(cli):
    text = ('" Le budget sera tenu cette année.\n\nLes dépenses baisseront de 3 % ", '
            'affirme Marie Dupont, ministre des Finances. " Rien ne change pour les ménages ", '
            'ajoute-t-elle.\n')
    qs = extract(cli, text)
    assert [(q["text"], q["speaker"]) for q in qs if q["type"] == "direct"] == [
        ("Le budget sera tenu cette année.\n\nLes dépenses baisseront de 3 %", "Marie Dupont"),
        ("Rien ne change pour les ménages", "Marie Dupont")]
