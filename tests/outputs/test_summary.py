"""The balance of voices: one function's numbers, shown in the terminal, CSV and JSON."""
from __future__ import annotations

import csv
import io
import json

import pytest

from quotes.outputs.summary import (SUMMARY_CSV_FIELDS, bar, format_summary, majority,
                                    speaker_gender, speaker_kind, summarise)
from quotes.outputs.who import rank_speakers

from .conftest import make_quote as Q


def sample():
    """Two women (one quoted in two articles), a man, a person of unstated gender,
    an organisation the article speaks of in the feminine, a group, and a quote
    nobody was found for."""
    return [
        Q("Un.", "a.txt", type="direct", speaker="Anne Martin", gender="f", kind="person"),
        Q("Deux.", "a.txt", type="indirect", speaker="Anne Martin", gender="f", kind="person"),
        Q("Trois.", "b.txt", type="mixed", speaker="Mme Anne Martin", gender=None, kind="person"),
        Q("Quatre.", "b.txt", speaker="Léa Roy", gender="f", kind="person"),
        Q("Cinq.", "b.txt", speaker="Paul Roy", gender="m", kind="person"),
        Q("Six.", "b.txt", type="indirect", speaker="Camille Petit", gender=None, kind=None),
        Q("Sept.", "c.txt", speaker="la CGT", gender="f", kind="organisation"),
        Q("Huit.", "c.txt", type="indirect", speaker="les syndicats", gender="m", kind="group"),
        Q("Neuf.", "c.txt", speaker=None),
    ]


def test_counts():
    s = summarise(sample(), articles=4)  # one article without quotes
    assert (s.articles, s.quotes, s.speakers, s.unattributed) == (4, 9, 6, 1)
    assert s.types == {"direct": 5, "indirect": 3, "mixed": 1}
    # the same woman across two articles is one speaker with three quotes
    gender = {r.label: (r.quotes, r.speakers) for r in s.gender}
    assert gender == {"women": (4, 2), "men": (1, 1), "not stated": (1, 1)}
    kind = {r.label: (r.quotes, r.speakers) for r in s.kind}
    assert kind == {"persons": (5, 3), "organisations": (1, 1), "groups": (1, 1),
                    "not stated": (1, 1)}
    # organisations and groups have no gender in the balance
    assert s.gendered_speakers == 4 and s.no_gender == 1
    assert "1 of 4 speakers had none" in s.gender_line()
    assert "grammatical gender" in s.gender_line()


def test_articles_default_to_the_quotes_documents():
    assert summarise(sample()).articles == 3
    assert summarise([]).articles == 0


def test_sums_agree():
    s = summarise(sample())
    assert sum(r.quotes for r in s.kind) + s.unattributed == s.quotes
    assert sum(r.speakers for r in s.kind) == s.speakers
    assert sum(r.quotes for r in s.gender) + sum(
        r.quotes for r in s.kind if r.key in ("organisation", "group")) + s.unattributed == s.quotes


@pytest.mark.parametrize("values, expected", [
    (["f", "f", None, "m"], "f"), (["f", "m"], None), ([None, None], None), ([], None),
    (["m"], "m"), (["f", "m", "m", None, None, None], "m")])
def test_majority(values, expected):
    assert majority(values) == expected


def test_speaker_attributes_from_their_quotes():
    sp = {s.name: s for s in rank_speakers(sample())}
    assert speaker_gender(sp["Anne Martin"]) == "f"
    assert speaker_kind(sp["Anne Martin"]) == "person"
    assert speaker_gender(sp["la CGT"]) is None  # a body: no gender counted
    assert speaker_kind(sp["les syndicats"]) == "group"
    tie = rank_speakers([Q("a", speaker="Dominique X", gender="f"),
                         Q("b", speaker="Dominique X", gender="m")])
    assert speaker_gender(tie[0]) is None  # a tie is not a guess


def test_rows_hold_every_number_once():
    s = summarise(sample(), articles=4)
    rows = s.rows()
    keys = [(m, c) for m, c, _n, _sh in rows]
    assert len(keys) == len(set(keys))
    d = {(m, c): (n, sh) for m, c, n, sh in rows}
    assert d[("articles", "all")] == (4, None)
    assert d[("quotes by gender", "women")] == (4, round(4 / 6, 4))
    assert d[("speakers by kind", "groups")] == (1, round(1 / 6, 4))
    assert d[("quotes", "no speaker found")] == (1, round(1 / 9, 4))


def test_csv_and_json_forms_carry_the_same_numbers():
    s = summarise(sample(), articles=4)
    rows = list(csv.reader(io.StringIO(format_summary(s, "csv"), newline="")))
    assert tuple(rows[0]) == SUMMARY_CSV_FIELDS
    assert [(m, c, int(n)) for m, c, n, _ in rows[1:]] == [(m, c, n) for m, c, n, _ in s.rows()]
    excel = format_summary(s, "csv", excel=True)
    assert excel.startswith("\ufeffmeasure;category;count;share\r\n")
    assert "quotes by gender;women;4;0,6667" in excel  # a French decimal comma
    j = json.loads(format_summary(s, "json"))
    assert j["articles"] == 4 and j["speakers"] == 6 and j["unattributed_quotes"] == 1
    assert j["gender"][0] == {"gender": "f", "label": "women", "quotes": 4, "speakers": 2}
    assert j["speakers_without_gender"] == 1


def test_table_shows_numbers_bars_and_the_gender_line():
    out = format_summary(summarise(sample(), articles=4), "table")
    assert out.startswith("4 articles, 9 quotes (5 direct, 3 indirect, 1 mixed), 6 speakers; "
                          "1 quote with no speaker found\n")
    women = next(line for line in out.splitlines() if line.strip().startswith("women"))
    assert women.split()[:3] == ["women", "4", "67%"] and "█" in women
    assert "1 of 4 speakers had none" in " ".join(out.split())
    assert max(len(line) for line in out.splitlines()[1:]) <= 100  # fits a terminal
    with pytest.raises(ValueError):
        format_summary(summarise([]), "xml")


def test_empty_input():
    s = summarise([], articles=2)
    assert (s.quotes, s.speakers, s.no_gender) == (0, 0, 0)
    assert "0 quotes" in format_summary(s, "table")


@pytest.mark.parametrize("n, total, width, length", [(0, 10, 24, 0), (10, 10, 24, 24),
                                                     (5, 10, 24, 12), (1, 1000, 24, 1)])
def test_bar_length(n, total, width, length):
    assert len(bar(n, total, width)) == length


def test_outputs_importable_without_click():
    """The library's outputs need no Click (nor Stanza, nor torch)."""
    import os
    import subprocess
    import sys

    code = ("import sys; sys.modules['click'] = None; sys.modules['torch'] = None; "
            "sys.modules['stanza'] = None; import quotes.outputs.summary, quotes.outputs.xlsx, "
            "quotes.outputs.report; print('ok')")
    env = dict(os.environ, PYTHONPATH=os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__)))))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert r.stdout.strip() == "ok", r.stderr


def test_who_summary_on_the_command_line(cli, tmp_path, fake_core):
    art = tmp_path / "a.txt"
    art.write_text("Selon Marie Curie, « la science avance ».\n\n« Sans auteur. »\n",
                   encoding="utf-8")
    (tmp_path / "vide.txt").write_text("Rien.", encoding="utf-8")
    r = cli("who", "--summary", tmp_path)
    assert r.exit_code == 0, r.stderr
    assert r.stdout.startswith("2 articles, 2 quotes (2 direct, 0 indirect, 0 mixed), 1 speaker; "
                               "1 quote with no speaker found\n")
    assert "Gender (persons)" in r.stdout and "grammatical gender" in r.stdout
    j = json.loads(cli("who", "--summary", "-f", "json", tmp_path).stdout)
    assert (j["articles"], j["quotes"], j["speakers"]) == (2, 2, 1)
    out = tmp_path / "s.csv"
    assert cli("who", "--summary", "--excel", "-o", out, tmp_path).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("\ufeffmeasure;category;count;share")
