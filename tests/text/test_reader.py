"""Reading articles: decoding, Markdown masking, path expansion."""
from __future__ import annotations

import codecs
import os

import pytest

import quotes.text.reader as reader
from quotes.text.reader import (Document, InputError, analysis_text, decode, expand_paths,
                           mask_markdown, read_document)


# ---------------------------------------------------------------------- decode


def test_decode_utf8_with_and_without_bom():
    assert decode("« été »".encode(), "f") == "« été »"
    assert decode(codecs.BOM_UTF8 + "« été »".encode(), "f") == "« été »"
    assert decode(codecs.BOM_UTF8 + "x".encode(), "f", "utf-8") == "x"


@pytest.mark.parametrize("enc", ["utf-16", "utf-16-le", "utf-16-be"])
def test_decode_utf16_with_bom(enc):
    data = "« été »".encode(enc)
    if enc != "utf-16":
        data = (codecs.BOM_UTF16_LE if enc.endswith("le") else codecs.BOM_UTF16_BE) + data
    assert decode(data, "f") == "« été »"


def test_decode_errors_name_the_file_and_say_what_to_do():
    with pytest.raises(InputError, match=r"^a\.txt: not UTF-8 \(line 2, byte 0xe9\); .*--encoding cp1252"):
        decode("ok\nété".encode("cp1252"), "a.txt")
    with pytest.raises(InputError, match=r"^a\.txt: binary file, not text \(skipped\)$"):
        decode(b"PK\x03\x04\x00\x00", "a.txt")
    with pytest.raises(InputError, match=r"utf-16-be"):
        decode("bonjour".encode("utf-16-be"), "a.txt")
    with pytest.raises(InputError, match=r"unknown encoding 'nope'"):
        decode(b"x", "a.txt", "nope")
    with pytest.raises(InputError, match=r"not valid ascii \(line 1, byte 0xc3 at offset 1\)"):
        decode("aé".encode(), "a.txt", "ascii")
    with pytest.raises(InputError, match="binary"):
        decode(b"\x00\x00abc", "a.txt", "latin-1")
    assert decode("été".encode("utf-16-le"), "a.txt", "utf-16-le") == "été"
    assert decode("été".encode("cp1252"), "a.txt", "cp1252") == "été"


# --------------------------------------------------------------- read_document


def test_read_document_kinds(tmp_path):
    md = tmp_path / "a.MD"
    md.write_text("# Titre\n\n`« code »` et « prose ».\n", encoding="utf-8")
    d = read_document(md)
    assert isinstance(d, Document) and d.markdown and d.notes == []
    assert len(d.analysis) == len(d.text)
    assert "« code »" not in d.analysis and "« prose »" in d.analysis
    assert not read_document(md, markdown=False).markdown
    txt = tmp_path / "a.txt"
    txt.write_text("`« code »`", encoding="utf-8")
    assert read_document(txt).analysis == "`« code »`"


def test_read_document_errors(tmp_path, monkeypatch):
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_document(tmp_path)
    big = tmp_path / "big.txt"
    big.write_text("x" * 2000)
    monkeypatch.setattr(reader, "MAX_BYTES", 1024)
    with pytest.raises(InputError, match="larger than"):
        read_document(big)


def test_read_stdin(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("« oui »".encode())))
    d = read_document("-")
    assert d.path == "-" and d.text == "« oui »"


# ------------------------------------------------------------------- Markdown


def test_mask_markdown_keeps_offsets_and_prose():
    text = ("---\ntitle: « pas une citation »\n---\n"
            "Il a dit « oui ».\n\n```\n« code »\n```\n"
            "Voir [« lien »](http://x.fr/«a») et <span title=\"« t »\">« b »</span>.\n"
            "[ref]: http://x.fr/«r»\r\n")
    masked = mask_markdown(text)
    assert len(masked) == len(text)
    for i, (a, b) in enumerate(zip(text, masked)):
        assert b == a or b == " ", i
        if a in "\r\n":
            assert b == a
    assert "« oui »" in masked and "« lien »" in masked and "« b »" in masked
    for gone in ("pas une citation", "« code »", "«a»", "« t »", "«r»"):
        assert gone not in masked


def test_analysis_text_makes_invisible_characters_plain():
    text = "a\u200bb\u2028c\ufeffd\u00ade"
    a = analysis_text(text)
    assert len(a) == len(text)
    assert a == "a b\nc d e"
    assert analysis_text("plain") == "plain"


# ------------------------------------------------------------------------ paths


def test_expand_paths(tmp_path, monkeypatch):
    (tmp_path / "d" / "sub").mkdir(parents=True)
    for rel in ("d/b.txt", "d/a.md", "d/sub/c.TXT", "d/.h.txt", "d/x.pdf", "top.txt"):
        (tmp_path / rel).write_text("x")
    (tmp_path / "d" / ".venv").mkdir()
    (tmp_path / "d" / ".venv" / "LICENSE.txt").write_text("x")
    os.mkfifo(tmp_path / "d" / "fifo.txt")  # never opened when walking
    monkeypatch.chdir(tmp_path)
    got = list(expand_paths(["d", "top.txt", "d/b.txt", "missing.txt", "*.nope", "-", "e"]))
    assert got[:4] == [os.path.join("d", "a.md"), os.path.join("d", "b.txt"),
                       os.path.join("d", "sub", "c.TXT"), "top.txt"]
    errors = [str(e) for e in got if isinstance(e, InputError)]
    assert errors == ["missing.txt: no such file", "*.nope: no file matches", "e: no such file"]
    assert "-" in got
    # a pattern: recursive, FIFOs left out, hidden files too (glob's own rule)
    assert list(expand_paths(["**/*.txt"])) == [os.path.join("d", "b.txt"), "top.txt"]
    (tmp_path / "empty").mkdir()
    (e,) = list(expand_paths(["empty"]))
    assert str(e) == "empty: directory holds no .txt or .md files"
