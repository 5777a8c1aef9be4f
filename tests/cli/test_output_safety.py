"""Nothing a user wrote is lost: ``-o`` naming an input is refused before
anything is read, and a write error is one line naming the output, exit 2,
no partial file, no traceback (issue 23)."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import main

TESTS = Path(__file__).resolve().parents[1]
ARTICLE = "Selon Jean Dupont, « le pont sera rouvert lundi ».\n"


def invoke(*args: str, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def article(tmp_path) -> Path:
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


@pytest.mark.parametrize("cmd", [["extract", "-f", "csv"], ["who"]])
def test_output_that_is_the_input_is_refused(article, fake_core, cmd):
    r = invoke(*cmd, str(article), "-o", str(article))
    assert r.exit_code == 2
    assert r.stderr.strip().count("\n") == 0, r.stderr  # one line
    assert "is the input" in r.stderr and str(article) in r.stderr
    assert article.read_text(encoding="utf-8") == ARTICLE
    assert fake_core == []  # refused before the model or any article was touched


def test_output_that_is_the_input_through_a_link_or_a_folder(tmp_path, article, fake_core):
    link = tmp_path / "link.txt"
    link.symlink_to(article)
    hard = tmp_path / "hard.csv"
    os.link(article, hard)
    for out, args in [(link, [str(article)]), (article, [str(link)]), (hard, [str(article)]),
                      (article, [str(tmp_path)])]:
        r = invoke("extract", "-f", "csv", *args, "-o", str(out))
        assert r.exit_code == 2, (out, args, r.output)
        assert "is the input" in r.stderr
    assert article.read_text(encoding="utf-8") == ARTICLE
    assert fake_core == []


def test_another_output_file_is_fine(tmp_path, article, fake_core):
    out = tmp_path / "out.csv"
    out.write_text("old", encoding="utf-8")
    r = invoke("extract", "-f", "csv", str(article), "-o", str(out))
    assert r.exit_code == 0, r.output
    assert "Jean Dupont" in out.read_text(encoding="utf-8")


def test_permission_denied_is_one_line_and_no_file(tmp_path, article, fake_core, monkeypatch):
    """Root ignores folder permissions, so the refusal is simulated where it happens."""
    def refuse(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    out = tmp_path / "out.csv"
    r = invoke("extract", "-f", "csv", str(article), "-o", str(out))
    assert r.exit_code == 2
    assert r.stderr == f"quotes: error: {out}: cannot write the output (permission denied)\n"
    assert not out.exists()


def _run_fake(args: list[str], **kw) -> subprocess.CompletedProcess:
    """``python -m quotes ARGS`` in a fresh process with the fake core (no model)."""
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import conftest, quotes.cli.app as app\n"
            "app.make_extractor = lambda model=None: conftest.FakeExtractor()\n"
            "app.main(sys.argv[2:], prog_name='quotes')\n")
    return subprocess.run([sys.executable, "-c", code, str(TESTS), *args], capture_output=False,
                          stderr=subprocess.PIPE, text=True, timeout=120, **kw)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_full_disk_on_standard_output(article):
    with open("/dev/full", "w") as full:
        r = _run_fake(["extract", "-f", "csv", str(article)], stdout=full)
    assert r.returncode == 2, r.stderr
    assert r.stderr == "quotes: error: standard output: cannot write the output " \
                       "(no space left on device)\n"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_full_disk_on_output_device(article):
    r = _run_fake(["extract", "-f", "csv", str(article), "-o", "/dev/full"],
                  stdout=subprocess.DEVNULL)
    assert r.returncode == 2, r.stderr
    assert r.stderr == "quotes: error: /dev/full: cannot write the output " \
                       "(no space left on device)\n"
    assert os.path.exists("/dev/full") and not os.path.isfile("/dev/full")  # not replaced


def test_full_disk_leaves_no_partial_file(tmp_path, article, fake_core, monkeypatch):
    """ENOSPC in the middle of a file output: the old file stays, no .part is left."""
    import quotes.outputs.export as export

    out = tmp_path / "out.jsonl"
    out.write_text("kept\n", encoding="utf-8")
    real = export.quote_json

    def full(q):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "quote_json", full)
    r = invoke("extract", "-f", "jsonl", str(article), "-o", str(out))
    monkeypatch.setattr(export, "quote_json", real)
    assert r.exit_code == 2
    assert r.stderr == f"quotes: error: {out}: cannot write the output (no space left on device)\n"
    assert out.read_text(encoding="utf-8") == "kept\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.jsonl"]


def test_standard_output_closed(article):
    r = _run_fake(["extract", str(article)], stdout=None, preexec_fn=lambda: os.close(1))
    assert r.returncode == 2, r.stderr
    assert r.stderr == "quotes: error: standard output: cannot write the output (closed)\n"


def test_closed_pipe_stays_quiet(article):
    """``| head`` is no error: exit 141, nothing on stderr (documented)."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first byte
    try:
        r = _run_fake(["extract", "-f", "jsonl", str(article)], stdout=write_end)
    finally:
        os.close(write_end)
    assert r.returncode == 141, r.stderr
    assert r.stderr == ""
