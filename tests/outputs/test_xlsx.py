"""The xlsx workbook: typed cells (never a formula), exact texts, the layout a
journalist expects, and the command line around it."""
from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import quotes.cli.app
from quotes.outputs.summary import summarise
from quotes.outputs.xlsx import (MAX_CELL, QUOTE_COLUMNS, SPEAKER_COLUMNS, MissingLibrary,
                                 cell_text, workbook_bytes)

from .conftest import TRICKY, make_quote as Q

openpyxl = pytest.importorskip("openpyxl")
pytest.importorskip("xlsxwriter")


def tricky_quotes():
    """Every tricky text as a quote of one woman; the first speaker's name and the
    second role look like formulas too; one quote has no speaker."""
    qs = [Q(t, f"dossier/article {i % 3} é.txt", start=10 * i, speaker="Élise Lucet",
            gender="f", kind="person", cue="dire", line=i + 1, column=3)
          for i, t in enumerate(TRICKY)]
    qs[0].speaker = '=HYPERLINK("x")'
    qs[1].role = "-porte-parole"
    qs.append(Q("Sans auteur.", "b.txt", speaker=None))
    return qs


def load(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data))


def cells(ws):
    return [list(r) for r in ws.iter_rows()]


def test_quote_texts_come_back_exactly_and_no_cell_is_a_formula():
    qs = tricky_quotes()
    data, notes = workbook_bytes(qs, articles=4)
    assert notes == []
    wb = load(data)
    assert wb.sheetnames == ["Quotes", "Speakers", "Balance"]
    for ws in wb.worksheets:
        for row in cells(ws):
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
                assert c.value is None or isinstance(c.value, (str, int, float))
    rows = cells(wb["Quotes"])
    assert [c.value for c in rows[0]] == list(QUOTE_COLUMNS)
    col = {name: j for j, name in enumerate(QUOTE_COLUMNS)}
    assert len(rows) == len(qs) + 1
    for q, row in zip(qs, rows[1:]):
        assert row[col["quote"]].value == q.text  # no apostrophe, no change
        assert row[col["quote"]].data_type == "s"
        assert row[col["file"]].value == q.doc
        assert row[col["speaker"]].value == q.speaker
        assert row[col["start"]].value == q.start and row[col["start"]].data_type == "n"
        assert row[col["line"]].value == q.line
    assert rows[1][col["speaker"]].value == '=HYPERLINK("x")'
    assert rows[2][col["role"]].value == "-porte-parole"
    assert rows[-1][col["speaker"]].value is None  # no value: an empty cell


def test_layout_frozen_header_filter_widths_wrap():
    data, _ = workbook_bytes(tricky_quotes())
    wb = load(data)
    ws = wb["Quotes"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:N{ws.max_row}"
    quote_col = openpyxl.utils.get_column_letter(QUOTE_COLUMNS.index("quote") + 1)
    assert ws.column_dimensions[quote_col].width >= 60
    assert ws[f"{quote_col}2"].alignment.wrap_text
    assert ws["A1"].font.b  # bold header
    for sheet in ("Speakers", "Balance"):
        assert wb[sheet].freeze_panes == "A2" and wb[sheet].auto_filter.ref


def test_speakers_and_balance_sheets():
    qs = tricky_quotes()
    wb = load(workbook_bytes(qs, articles=4)[0])
    sp = cells(wb["Speakers"])
    assert [c.value for c in sp[0]] == list(SPEAKER_COLUMNS)
    top = dict(zip(SPEAKER_COLUMNS, (c.value for c in sp[1])))
    assert top["speaker"] == "Élise Lucet" and top["quotes"] == len(TRICKY) - 1
    assert top["speaker_gender"] == "f" and top["speaker_kind"] == "person"
    bal = {(r[0].value, r[1].value): (r[2].value, r[3].value) for r in cells(wb["Balance"])[1:]}
    s = summarise(qs, 4)
    assert {k: v[0] for k, v in bal.items()} == {(m, c): n for m, c, n, _ in s.rows()}
    assert bal[("articles", "all")] == (4, None)
    assert wb["Balance"]["D3"].number_format == "0.0%" or bal[("quotes", "all")][1] is None


def test_sheet_order():
    wb = load(workbook_bytes([Q()], order=("balance", "speakers", "quotes"))[0])
    assert wb.sheetnames == ["Balance", "Speakers", "Quotes"]
    assert wb.active.title == "Balance"
    with pytest.raises(ValueError):
        workbook_bytes([Q()], order=("charts",))


def test_line_breaks_become_one_lf_and_long_cells_are_cut_with_a_note():
    assert cell_text("a\r\nb\rc\nd") == ("a\nb\nc\nd", False)
    text, cut = cell_text("x" * (MAX_CELL + 5))
    assert cut and len(text) == MAX_CELL and text.endswith("…")
    data, notes = workbook_bytes([Q("x" * 40000), Q("un\r\ndeux", start=5)])
    assert notes and "cut" in notes[0]
    rows = cells(load(data)["Quotes"])
    assert len(rows[1][QUOTE_COLUMNS.index("quote")].value) == MAX_CELL
    assert rows[2][QUOTE_COLUMNS.index("quote")].value == "un\ndeux"


def test_missing_library_is_one_clear_line(monkeypatch):
    monkeypatch.setitem(sys.modules, "xlsxwriter", None)
    with pytest.raises(MissingLibrary, match=r"pip install 'quotes\[xlsx\]'"):
        workbook_bytes([Q()])


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) not installed")
def test_libreoffice_reads_the_same_texts(tmp_path):
    """LibreOffice converts the workbook's first sheet to CSV: every quote
    (with =, -, +, @, accents, line breaks and a literal _x0041_) is text."""
    qs = tricky_quotes()
    src = tmp_path / "quotes.xlsx"
    src.write_bytes(workbook_bytes(qs)[0])
    out = tmp_path / "out"
    r = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", str(out),
         str(src)], capture_output=True, text=True, timeout=180)
    converted = out / "quotes.csv"
    assert converted.exists(), r.stdout + r.stderr
    rows = list(csv.reader(io.StringIO(converted.read_text(encoding="utf-8"), newline="")))
    assert rows[0] == list(QUOTE_COLUMNS)
    col = QUOTE_COLUMNS.index("quote")
    assert [row[col] for row in rows[1:]] == [q.text for q in qs]
    assert rows[1][QUOTE_COLUMNS.index("speaker")] == '=HYPERLINK("x")'
    assert rows[1][QUOTE_COLUMNS.index("start")] == "0"


# ------------------------------------------------------------------ command line

ARTICLE = ("Selon Marie Curie, « =1+1 ».\n\n"
           "Selon Paul Roy, « - Nous partirons\ndemain, à l'aube. »\n")


@pytest.fixture
def article(tmp_path) -> Path:
    p = tmp_path / "article é.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_extract_xlsx_to_a_file(cli, article, tmp_path, fake_core):
    out = tmp_path / "q.xlsx"
    r = cli("extract", "-f", "xlsx", "-o", out, article)
    assert r.exit_code == 0, r.output
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Quotes", "Speakers", "Balance"]
    texts = [row[QUOTE_COLUMNS.index("quote")] for row in wb["Quotes"].iter_rows(
        min_row=2, values_only=True)]
    assert texts == ["=1+1", "- Nous partirons\ndemain, à l'aube."]
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".part")]


def test_extract_xlsx_to_a_pipe_and_refused_on_a_terminal(cli, article, fake_core, monkeypatch):
    r = cli("extract", "-f", "xlsx", article)
    assert r.exit_code == 0
    assert r.stdout_bytes[:2] == b"PK"  # a zip: the workbook
    monkeypatch.setattr(quotes.cli.app, "_isatty", lambda s: True)
    made = len(fake_core)
    r = cli("extract", "-f", "xlsx", article)
    assert r.exit_code == 2
    assert r.stderr.strip().splitlines() == [
        "quotes: error: xlsx is a binary file, not for a terminal: use -o FILE.xlsx or "
        "redirect standard output"]
    assert len(fake_core) == made  # refused before any work


def test_xlsx_failure_keeps_the_old_file(cli, article, tmp_path, fake_core, monkeypatch):
    out = tmp_path / "q.xlsx"
    out.write_bytes(b"the user's old file")

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr("quotes.outputs.xlsx.workbook_bytes", boom)
    with pytest.raises(RuntimeError):
        cli("extract", "-f", "xlsx", "-o", out, article)
    assert out.read_bytes() == b"the user's old file"
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".part")]


def test_missing_xlsxwriter_on_the_command_line(cli, article, tmp_path, fake_core, monkeypatch):
    monkeypatch.setitem(sys.modules, "xlsxwriter", None)
    r = cli("extract", "-f", "xlsx", "-o", tmp_path / "q.xlsx", article)
    assert r.exit_code == 2
    assert "XlsxWriter" in r.stderr and "quotes[xlsx]" in r.stderr
    assert not (tmp_path / "q.xlsx").exists()


def test_who_xlsx_and_who_summary(cli, article, tmp_path, fake_core):
    r = cli("who", "-f", "xlsx", "-o", tmp_path / "w.xlsx", article)
    assert r.exit_code == 0
    sheets = openpyxl.load_workbook(tmp_path / "w.xlsx").sheetnames
    assert sheets == ["Speakers", "Quotes", "Balance"]
    r = cli("who", "--summary", "-f", "xlsx", "-o", tmp_path / "s.xlsx", article)
    wb = openpyxl.load_workbook(tmp_path / "s.xlsx")
    assert wb.sheetnames[0] == "Balance"
    rows = {(a, b): c for a, b, c, _ in wb["Balance"].iter_rows(min_row=2, values_only=True)}
    r = cli("who", "--summary", "-f", "csv", article)
    from_csv = {(a, b): int(c) for a, b, c, _ in list(csv.reader(io.StringIO(r.stdout)))[1:]}
    assert rows == from_csv
    assert rows[("articles", "all")] == 1 and rows[("speakers", "all")] == 2


def test_xlsx_refuses_an_archive(cli, tmp_path, fake_core):
    archive = tmp_path / "articles.jsonl"
    archive.write_text('{"text": "Selon Marie Curie, « la science avance »."}\n', encoding="utf-8")
    r = cli("extract", "-f", "xlsx", "-o", tmp_path / "q.xlsx", archive)
    assert r.exit_code == 2
    assert r.stderr.strip().splitlines() == [
        f"quotes: error: {archive}: an archive; -f xlsx takes articles (for an archive: "
        "-f csv, jsonl or parquet)"]
    assert not (tmp_path / "q.xlsx").exists() and not fake_core
