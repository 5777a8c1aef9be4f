"""Export formats: CSV round trips, the Excel dialect, formula neutralising, JSON."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess

import pytest

from quotes.outputs.export import (FORMATS, TEXT_FIELDS, CsvWriter, clean, cut, display_width,
                           make_writer, neutralise, quote_json, table_line, to_string,
                           unneutralise)
from quotes.record import CSV_FIELDS, Quote

TRICKY = "- Non ; c'est \"faux\", dit-il,\nvraiment = 1+1 été"
ARTICLE = "Il a dit « " + TRICKY + " » hier."


def tricky_quote(doc: str = "dossier/un article é.txt") -> Quote:
    start = ARTICLE.index(TRICKY)
    return Quote(doc, start, start + len(TRICKY), TRICKY, "direct", speaker="Élise Müller",
                 speaker_mention="Mme Müller", role='porte-parole ; du "Parti"', cue="dire",
                 line=1, column=start + 1, sentence=0, paragraph=0)


def quotes() -> list[Quote]:
    return [
        tricky_quote(),
        Quote("a.txt", 0, 4, "=1+1", "direct", speaker="@bob", role="+33 conseiller",
              cue="=cmd", line=1, column=1),
        Quote("a.txt", 10, 12, "\tx", "indirect", speaker="-Z", line=2, column=3, sentence=1),
        Quote("a.txt", 20, 24, "\rab", "mixed", speaker="'quoted", line=3, column=1, sentence=2),
        Quote("a.txt", 30, 31, "x", "indirect", line=4, column=5, sentence=3),  # nulls
    ]


def read_csv(text: str, delimiter: str = ",") -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def test_neutralise_rules():
    for c in ("=", "+", "-", "@", "\t", "\r"):
        assert neutralise(c + "x") == "'" + c + "x"
        assert unneutralise(neutralise(c + "x")) == c + "x"
    assert neutralise("'a") == "''a"
    assert unneutralise("''a") == "'a"
    assert neutralise("—em dash") == "—em dash"  # only the ASCII hyphen runs formulas
    assert neutralise("") == ""
    assert neutralise("a=b") == "a=b"
    assert unneutralise("'plain") == "'plain"


def test_csv_columns_and_every_field_round_trip():
    q = tricky_quote()
    out = to_string([q], "csv")
    assert out.startswith(",".join(CSV_FIELDS) + "\r\n")
    (row,) = read_csv(out)
    assert list(row) == list(CSV_FIELDS)
    assert row["file"] == q.doc
    assert row["line"] == "1" and row["column"] == str(q.column)
    assert row["type"] == "direct"
    assert row["speaker"] == "Élise Müller"
    assert row["role"] == 'porte-parole ; du "Parti"'
    # the leading "-" is neutralised; everything else survives exactly
    assert row["quote"] == "'" + TRICKY
    assert unneutralise(row["quote"]) == TRICKY
    assert ARTICLE[int(row["start"]):int(row["end"])] == unneutralise(row["quote"])
    assert row["cue"] == "dire"
    assert row["sentence"] == "0"


def test_csv_round_trip_all_cells_both_dialects():
    qs = quotes()
    for excel, delim in ((False, ","), (True, ";")):
        out = to_string(qs, "csv", excel=excel)
        if excel:
            assert out.startswith("\ufeff")
            out = out[1:]
        rows = read_csv(out, delim)
        assert len(rows) == len(qs)
        for q, row in zip(qs, rows):
            assert unneutralise(row["quote"]) == q.text
            assert unneutralise(row["speaker"]) == (q.speaker or "")
            assert unneutralise(row["role"]) == (q.role or "")
            assert unneutralise(row["cue"]) == (q.cue or "")
            for k in TEXT_FIELDS:  # no text cell can start a formula
                assert not row[k] or row[k][0] not in "=+-@\t\r"
            for k in ("line", "column", "sentence", "start", "end"):
                assert row[k].isdigit()  # numbers are never prefixed
            assert int(row["start"]) == q.start and int(row["end"]) == q.end


def test_csv_is_rfc4180():
    out = to_string([tricky_quote()], "csv")
    # CRLF between records; the newline inside the quoted cell kept as is
    assert out.count("\r\n") == 2
    assert '"\'- Non ; c\'est ""faux"", dit-il,\nvraiment = 1+1 été"' in out


def test_csv_header_only_when_no_quote():
    assert to_string([], "csv") == ",".join(CSV_FIELDS) + "\r\n"
    assert to_string([], "csv", excel=True) == "\ufeff" + ";".join(CSV_FIELDS) + "\r\n"


def test_jsonl_is_exactly_to_dict():
    qs = quotes()
    lines = to_string(qs, "jsonl").splitlines()
    assert len(lines) == len(qs)
    for q, line in zip(qs, lines):
        assert json.loads(line) == q.to_dict()
        assert "rule" not in json.loads(line)


def test_jsonl_one_line_even_with_unicode_line_separators():
    q = Quote("a.txt", 0, 5, "a\u2028b\u2029c\x85", "direct")
    line = quote_json(q)
    assert len(line.splitlines()) == 1
    assert json.loads(line)["text"] == q.text


def test_json_is_a_list():
    qs = quotes()
    assert json.loads(to_string(qs, "json")) == [q.to_dict() for q in qs]
    assert json.loads(to_string([], "json")) == []


def test_table_cut_and_full():
    q = tricky_quote()
    short = table_line(q, width=40)
    assert all(display_width(line) <= 40 for line in short.splitlines())
    assert "…" in short
    full = table_line(q, width=40, full=True)
    assert clean(TRICKY) in full
    assert table_line(q, width=None) == full
    assert "\n" not in clean(TRICKY)


def test_table_escapes_terminal_control_codes():
    q = Quote("a.txt", 0, 9, "\x1b[31mred", "direct")
    assert "\x1b" not in table_line(q, None)


def test_cut_counts_wide_and_combining_characters():
    assert display_width("e\u0301") == 1
    assert display_width("中文") == 4
    assert display_width(cut("中文中文中文", 5)) <= 5
    assert cut("abc", 3) == "abc"


def test_make_writer_knows_every_format():
    for f in FORMATS:
        w = make_writer(f, io.StringIO())
        w.begin()
        w.write(quotes())
        w.end()
    with pytest.raises(ValueError):
        make_writer("xml", io.StringIO())


def test_export_importable_without_click():
    code = ("import sys; sys.modules['click'] = None; "
            "import quotes.outputs.export, quotes.outputs.who, quotes.text.reader, quotes.record; print('ok')")
    env = dict(os.environ, PYTHONPATH=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    r = subprocess.run([os.sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert r.stdout.strip() == "ok", r.stderr


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) not installed")
def test_excel_csv_opens_in_libreoffice(tmp_path):
    """Convert the --excel CSV with LibreOffice as a French setup reads it
    (';', UTF-8) and read the cells back: accents, columns, the multi-line
    quote, numbers as numbers, and no formula anywhere."""
    openpyxl = pytest.importorskip("openpyxl")
    qs = quotes()
    src = tmp_path / "quotes.csv"
    with open(src, "w", encoding="utf-8", newline="") as fh:
        w = CsvWriter(fh, excel=True)
        w.begin()
        w.write(qs)
    out = tmp_path / "out"
    r = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--infilter=CSV:59,34,76,1", "--convert-to", "xlsx", "--outdir", str(out), str(src)],
        capture_output=True, text=True, timeout=180)
    xlsx = out / "quotes.xlsx"
    assert xlsx.exists(), r.stdout + r.stderr
    ws = openpyxl.load_workbook(xlsx).active
    rows = [[c for c in row] for row in ws.iter_rows()]
    assert [c.value for c in rows[0]] == list(CSV_FIELDS)  # the BOM is not in A1
    assert len(rows) == len(qs) + 1
    for q, row in zip(qs, rows[1:]):
        cells = dict(zip(CSV_FIELDS, row))
        for k in TEXT_FIELDS:
            assert cells[k].data_type != "f", (k, cells[k].value)  # never a formula
        # LibreOffice reads a CR inside a cell as a line break
        assert cells["quote"].value == neutralise(q.text).replace("\r", "\n")
        assert unneutralise(cells["speaker"].value or "") == (q.speaker or "")
        assert cells["start"].value == q.start and cells["end"].value == q.end
        assert cells["line"].value == q.line
    first = dict(zip(CSV_FIELDS, rows[1]))
    assert first["file"].value == "dossier/un article é.txt"
    assert first["role"].value == 'porte-parole ; du "Parti"'
    assert first["quote"].value == "'" + TRICKY
