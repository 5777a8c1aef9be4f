"""The rule registry, selection, edits and atomic writes."""
from __future__ import annotations

import os
import stat

import pytest

from quotes.check import (SelectionError, all_rules, apply_edits, check_document, fix_document,
                          select_rules, write_atomic)


def test_every_rule_is_registered_with_code_summary_hint():
    rules = all_rules()
    assert [r.code for r in rules] == ["Q1", "Q2", "Q3", "Q4", "Q5"]
    for r in rules:
        assert r.summary and "\n" not in r.summary
        assert r.hint and "\n" not in r.hint
    assert {r.code for r in rules if r.needs_parse} == {"Q2", "Q3"}
    assert {r.code for r in rules if r.fixable} == {"Q5"}


@pytest.mark.parametrize("select,ignore,expected", [
    (None, None, ["Q1", "Q2", "Q3", "Q4"]),  # Q5 is opt-in
    (["Q5"], None, ["Q5"]),
    (["Q1", "Q4", "Q5"], None, ["Q1", "Q4", "Q5"]),
    (["Q"], ["Q2", "Q3"], ["Q1", "Q4", "Q5"]),
    (["ALL"], ["Q5"], ["Q1", "Q2", "Q3", "Q4"]),
    (None, ["Q1"], ["Q2", "Q3", "Q4"]),
])
def test_select_and_ignore(select, ignore, expected):
    assert [r.code for r in select_rules(select, ignore)] == expected


@pytest.mark.parametrize("bad", [["Q9"], ["X"], ["Q1", "Q12"]])
def test_unknown_code_is_an_error(bad):
    with pytest.raises(SelectionError, match="unknown rule code"):
        select_rules(bad)


def test_apply_edits_drops_overlaps_and_double_inserts():
    text = "abcdef"
    assert apply_edits(text, [(1, 1, "X"), (3, 4, "Y")]) == "aXbcYef"
    assert apply_edits(text, [(1, 3, "X"), (2, 4, "Y")]) == "aXdef"
    assert apply_edits(text, [(2, 2, "X"), (2, 2, "X")]) == "abXcdef"


def test_findings_are_sorted_and_point_into_original_text(doc):
    d = doc("Ligne un.\r\nIl dit «oui» et « non ».\r\n")
    fs = check_document(d, select_rules(["Q5"]))
    assert [(f.line, f.column) for f in fs] == [(2, 8), (2, 12), (2, 17), (2, 23)]
    for f in fs:
        assert d.text[f.offset] in "«»"


def test_fix_document_returns_same_object_when_nothing_to_fix(doc):
    d = doc("Il a dit\u00a0: «\u00a0oui\u00a0».")
    assert fix_document(d, select_rules(["Q5"])) is d


def test_write_atomic_keeps_mode_bom_and_newlines(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xef\xbb\xbfIl dit \xc2\xab oui \xc2\xbb.\r\n")
    os.chmod(p, 0o640)
    write_atomic(str(p), "Il dit «\u00a0oui\u00a0».\r\n")
    assert p.read_bytes() == "\ufeffIl dit «\u00a0oui\u00a0».\r\n".encode("utf-8")
    assert stat.S_IMODE(os.stat(p).st_mode) == 0o640
    assert [x.name for x in tmp_path.iterdir()] == ["a.txt"]  # no temp file left


def test_write_atomic_utf16(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Il dit « oui ».".encode("utf-16"))
    write_atomic(str(p), "Il dit «\u00a0oui\u00a0».")
    assert p.read_bytes().decode("utf-16") == "Il dit «\u00a0oui\u00a0»."


hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings, strategies as st  # noqa: E402

_PIECES = st.sampled_from(["«", "»", "“", "”", "„", '"', "‹", "›", " ", "\u00a0", "\n", "\r\n",
                           "\n\n", ":", "?", "mot", "l'", "`a « b`", "<i title='«'>", "---\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30), st.booleans())
def test_findings_point_at_marks_in_the_original_text(pieces, markdown):
    from quotes.text.reader import Document, analysis_text
    from quotes.record import LineIndex

    text = "".join(pieces)
    d = Document("a.md", text, analysis_text(text, markdown), markdown)
    idx = LineIndex(text)
    for f in check_document(d, select_rules(["Q1", "Q4", "Q5"])):
        assert (f.line, f.column) == idx.line_col(f.offset)
        assert d.analysis[f.offset] == text[f.offset]  # never inside masked markup
        want = "«»“”„\"‹›" if f.code in ("Q1", "Q4") else "«»‹›;:!?"
        assert text[f.offset] in want
