"""`quotes who`: ranking, merging across articles, formats."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import main
from quotes.outputs.export import display_width
from quotes.record import Quote

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
from quotes.outputs.who import (WHO_CSV_FIELDS, fold, format_who, rank_speakers, speaker_key)


def q(doc, speaker, type_="direct", role=None, text="Nous ne céderons pas.", line=1):
    return Quote(doc, 0, len(text), text, type_, speaker=speaker, role=role, line=line)


def sample() -> list[Quote]:
    long = "Les États-Unis doivent " + "cesser toute provocation " * 20
    return [
        q("a.txt", "Wu Qian", role="porte-parole du ministère chinois de la Défense"),
        q("a.txt", "Wu Qian", "indirect", role="porte-parole du ministère chinois de la Défense"),
        q("b.txt", "WU  Qian", "mixed", role="Porte-parole du ministère chinois de la Défense"),
        q("b.txt", "M. Wu Qian", text=long),
        q("a.txt", "Joe Biden", role="président américain"),
        q("b.txt", "Joe Biden", "indirect", role="chef de la Maison Blanche"),
        q("b.txt", "Joe Biden", role="président américain"),
        q("c.txt", "Wang", "indirect"),  # a bare surname: not merged with Wang Yi
        q("c.txt", "Wang Yi", role="chef de la diplomatie chinoise"),
        q("c.txt", "Élisabeth Borne"),
        q("d.txt", "Elisabeth Borne"),
        q("c.txt", None),
        q("d.txt", "  "),
    ]


def test_fold_and_key():
    assert fold("Élisabeth  BORNE") == "elisabeth borne"
    assert speaker_key("M. Wu Qian") == speaker_key("wu qian")
    assert speaker_key("Mme Élisabeth Borne") == "elisabeth borne"
    assert fold("d’Estaing") == fold("d'Estaing")
    assert speaker_key("Wang") != speaker_key("Wang Yi")


def test_ranking_and_merging():
    sp = rank_speakers(sample())
    names = [s.name for s in sp]
    assert names[0] == "Wu Qian"  # most frequent spelling shown
    assert sp[0].count == 4 and sp[0].types == {"direct": 2, "indirect": 1, "mixed": 1}
    assert sp[0].files == ["a.txt", "b.txt"]
    assert sp[0].role_list() == ["porte-parole du ministère chinois de la Défense"]
    assert names[1] == "Joe Biden" and sp[1].count == 3
    assert sp[1].role_list() == ["président américain", "chef de la Maison Blanche"]
    assert names[2] in ("Elisabeth Borne", "Élisabeth Borne") and sp[2].count == 2
    assert "Wang" in names and "Wang Yi" in names
    assert names[-1] is None and sp[-1].count == 2  # no speaker: last
    assert sum(s.count for s in sp) == len(sample())  # nothing lost


def test_table_cut_to_width_and_full():
    sp = rank_speakers(sample())
    out = format_who(sp, "table", width=60)
    assert all(display_width(line) <= 60 for line in out.splitlines())
    assert " 1. Wu Qian — porte-parole" in out
    assert "4 quotes (2 direct, 1 indirect, 1 mixed) in 2 files" in out
    assert "(no speaker found)" in out
    full = format_who(sp, "table", width=60, full=True)
    assert "cesser toute provocation " * 19 in full
    assert format_who(sp, "table", width=None) == full


def test_csv_and_json():
    sp = rank_speakers(sample())
    rows = list(csv.DictReader(io.StringIO(format_who(sp, "csv"), newline="")))
    assert tuple(rows[0]) == WHO_CSV_FIELDS
    assert rows[0]["speaker"] == "Wu Qian" and rows[0]["quotes"] == "4"
    assert rows[0]["files"] == "a.txt | b.txt"
    excel = format_who(sp, "csv", excel=True)
    assert excel.startswith("\ufeffrank;speaker;")
    data = json.loads(format_who(sp, "json"))
    assert data[0]["speaker"] == "Wu Qian" and data[0]["count"] == 4
    assert data[0]["quotes"][0]["doc"] == "a.txt"
    assert data[-1]["speaker"] is None
    with pytest.raises(ValueError):
        format_who(sp, "xml")


def test_who_cli_with_fake_core(fake_core, tmp_path):
    (tmp_path / "a.txt").write_text("Selon Wu Qian, porte-parole, « nous ne céderons pas ».\n",
                                    encoding="utf-8")
    (tmp_path / "b.md").write_text("« Jamais », a dit Wu Qian.\n\n« Non », a dit Joe Biden.\n",
                                   encoding="utf-8")
    r = CliRunner().invoke(main, ["who", str(tmp_path)])
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0] == " 1. Wu Qian — porte-parole"
    assert "2 quotes (2 direct) in 2 files" in lines[1]
    assert any(line.startswith(" 2. Joe Biden") for line in lines)
    assert len(fake_core) == 1  # the model is loaded once per run
    r = CliRunner().invoke(main, ["who", "--format", "json", str(tmp_path)])
    assert [s["speaker"] for s in json.loads(r.stdout)] == ["Wu Qian", "Joe Biden"]


def test_who_cli_output_file(fake_core, tmp_path):
    (tmp_path / "a.txt").write_text("« Oui », a dit Ana Lopes.\n", encoding="utf-8")
    out = tmp_path / "who.csv"
    r = CliRunner().invoke(main, ["who", "--excel", "-o", str(out), str(tmp_path / "a.txt")])
    assert r.exit_code == 0 and r.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert text.startswith("\ufeffrank;speaker;roles;quotes")
    assert "1;Ana Lopes;;1;1;0;0;" in text


@pytest.mark.needs_model
def test_who_seeds_puts_the_right_people_on_top(nlp, monkeypatch):
    """The acceptance check of issue 4, through the command, on the real model."""
    import quotes.cli.app
    from quotes.pipeline import Extractor

    monkeypatch.setattr(quotes.cli.app, "make_extractor", lambda model=None: Extractor(nlp))
    r = CliRunner().invoke(main, ["who", "--format", "json", str(SEEDS)])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    top = [s["speaker"] for s in data[:6]]
    for name in ("Wu Qian", "Wang Yi", "Joe Biden"):
        assert name in top, top
    roles = {s["speaker"]: " ".join(s["roles"]).lower() for s in data}
    assert "porte-parole" in roles["Wu Qian"]
    assert "diplomatie" in roles["Wang Yi"] or "ministre" in roles["Wang Yi"]
    assert "président" in roles["Joe Biden"]
    table = CliRunner().invoke(main, ["who", str(SEEDS)]).stdout
    assert table.splitlines()[0].startswith(" 1. ")
