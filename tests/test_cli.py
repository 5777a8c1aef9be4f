"""The command line: options, formats, output files, exit codes, processes.

Most tests use Click's runner and the fake core (no model, fast); the
``subprocess`` ones run ``python -m quotes`` for real: no network, ``| head``,
Ctrl-C.  They use the real model when one is installed, else the fake core.
"""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import quotes
import quotes.cli.app
from conftest import ROOT, SEEDS, model_available
from quotes.cli import main
from quotes.outputs.export import unneutralise
from quotes.record import CSV_FIELDS

ARTICLE = ("Le ministre a dit Jean Dupont hier : « Nous ne céderons pas ; jamais. »\n"
           "Selon Marie Curie, « la science \"avance\" ».\n")


def invoke(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def article(tmp_path) -> Path:
    p = tmp_path / "article é.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


# ------------------------------------------------------------------ help & co


@pytest.mark.parametrize("cmd", [[], ["extract"], ["who"]])
def test_help_has_examples(cmd):
    r = invoke(*cmd, "--help")
    assert r.exit_code == 0
    assert "Examples:" in r.stdout
    assert "quotes " in r.stdout


def test_version():
    r = invoke("--version")
    assert r.exit_code == 0 and quotes.__version__ in r.stdout


def test_no_path_is_a_usage_error():
    r = CliRunner().invoke(main, ["extract"])
    assert r.exit_code == 2 and "Missing argument" in r.output


def test_unknown_encoding_is_a_usage_error(article):
    r = CliRunner().invoke(main, ["extract", "--encoding", "klingon", str(article)])
    assert r.exit_code == 2 and "unknown encoding" in r.output


def test_excel_with_json_is_a_usage_error(article, fake_core):
    r = CliRunner().invoke(main, ["extract", "--excel", "--format", "json", str(article)])
    assert r.exit_code == 2 and "--excel" in r.output


# ---------------------------------------------------------------------- formats


def test_jsonl_fields_and_doc_path(article, fake_core):
    r = invoke("extract", "--format", "jsonl", str(article))
    assert r.exit_code == 0 and r.stderr == ""
    recs = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(recs) == 2
    keys = ["doc", "start", "end", "text", "type", "speaker", "speaker_id", "speaker_kind",
            "speaker_gender", "speaker_mention", "speaker_via", "role",
            "cue", "line", "column", "sentence", "paragraph"]
    for rec in recs:
        assert list(rec) == keys
        assert rec["doc"] == str(article)
        assert ARTICLE[rec["start"]:rec["end"]] == rec["text"]
    assert recs[0]["text"] == "Nous ne céderons pas ; jamais."
    assert (recs[0]["line"], recs[0]["column"]) == (1, 40)


def test_default_is_table(article, fake_core):
    r = invoke("extract", str(article))
    assert r.exit_code == 0
    assert r.stdout.splitlines()[0].startswith(f"{article}:1:40  direct  Jean Dupont")
    assert "« Nous ne céderons pas ; jamais. »" in r.stdout


def test_stdin(fake_core):
    r = invoke("extract", "-f", "jsonl", "-", input=ARTICLE.encode("utf-8"))
    assert r.exit_code == 0
    recs = [json.loads(line) for line in r.stdout.splitlines()]
    assert recs and all(rec["doc"] == "<stdin>" for rec in recs)


def test_json_format(article, fake_core):
    r = invoke("extract", "-f", "json", str(article), str(article))
    data = json.loads(r.stdout)
    assert len(data) == 2  # the same file named twice is read once


def test_csv_to_stdout_round_trip(article, fake_core):
    r = invoke("extract", "-f", "csv", str(article))
    rows = list(csv.DictReader(io.StringIO(r.stdout, newline="")))
    assert tuple(rows[0]) == CSV_FIELDS
    assert [unneutralise(x["quote"]) for x in rows] == [
        "Nous ne céderons pas ; jamais.", "la science \"avance\""]


def test_excel_implies_csv_with_bom_and_semicolons(article, fake_core, tmp_path):
    out = tmp_path / "q.csv"
    r = invoke("extract", "--excel", "-o", str(out), str(article))
    assert r.exit_code == 0 and r.stdout == ""
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbffile;line;column;type;")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0]["speaker"] == "Jean Dupont"


# ------------------------------------------------------------------ output file


def test_output_file_is_replaced_whole(article, fake_core, tmp_path):
    out = tmp_path / "q.jsonl"
    out.write_text("old\n")
    r = invoke("extract", "-f", "jsonl", "-o", str(out), str(article))
    assert r.exit_code == 0 and r.stdout == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    assert sorted(os.listdir(tmp_path)) == sorted(["q.jsonl", article.name])
    assert oct(out.stat().st_mode & 0o777) != oct(0o600)  # not the temp file's mode


def test_interrupted_run_leaves_old_file_and_no_temp(article, fake_core, tmp_path, monkeypatch):
    out = tmp_path / "q.csv"
    out.write_text("old\n")
    import quotes.outputs.export

    def boom(self, quotes):
        self.out.write("half a row,")
        raise KeyboardInterrupt

    monkeypatch.setattr(quotes.outputs.export.CsvWriter, "write", boom)
    r = CliRunner().invoke(main, ["extract", "-f", "csv", "-o", str(out), str(article)])
    assert r.exit_code == 130
    assert "interrupted" in r.stderr
    assert out.read_text() == "old\n"
    assert sorted(os.listdir(tmp_path)) == sorted(["q.csv", article.name])


def test_crash_leaves_no_partial_file(article, fake_core, tmp_path, monkeypatch):
    out = tmp_path / "new.jsonl"
    import quotes.outputs.export

    def boom(self, quotes):
        self.out.write("{")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(quotes.outputs.export.JsonlWriter, "write", boom)
    with pytest.raises(RuntimeError):
        invoke("extract", "-f", "jsonl", "-o", str(out), str(article))
    assert not out.exists()
    assert os.listdir(tmp_path) == [article.name]


def test_output_not_touched_when_nothing_readable(fake_core, tmp_path):
    out = tmp_path / "q.csv"
    out.write_text("precious\n")
    r = CliRunner().invoke(main, ["extract", "-f", "csv", "-o", str(out), str(tmp_path / "nope.txt")])
    assert r.exit_code == 2
    assert out.read_text() == "precious\n"
    assert fake_core == []  # the model is not even loaded


def test_output_into_missing_folder_is_a_usage_error(article, fake_core, tmp_path):
    r = CliRunner().invoke(main, ["extract", "-o", str(tmp_path / "no" / "q.csv"), str(article)])
    assert r.exit_code == 2 and "no such folder" in r.output


# -------------------------------------------------------------- errors & model


def test_missing_model_exit_3(article):
    r = CliRunner().invoke(main, ["extract", "--model", "/nonexistent/model", str(article)])
    assert r.exit_code == 3, r.output
    assert r.stderr.startswith("quotes: error: ") and "/nonexistent/model" in r.stderr
    assert r.stdout == ""


def test_core_failure_on_one_article_keeps_the_others(tmp_path, fake_core):
    (tmp_path / "a.txt").write_text("« un », a dit Ana Lopes.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("BOOM-FAKE « deux »\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("« trois », a dit Ana Lopes.\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["extract", "-f", "jsonl", str(tmp_path)])
    assert r.exit_code == 1
    assert [json.loads(x)["text"] for x in r.stdout.splitlines()] == ["un", "trois"]
    assert r.stderr.count("\n") == 1
    assert "b.txt: internal error (RuntimeError: fake core failure)" in r.stderr


def test_document_notes_go_to_stderr(article, monkeypatch):
    import conftest

    class Noting(conftest.FakeExtractor):
        def extract_documents(self, docs):
            for d, qs in super().extract_documents(docs):
                d.notes.append("1 sentence over 120 words was cut for the parser")
                yield d, qs

    monkeypatch.setattr(quotes.cli.app, "make_extractor", lambda model=None: Noting())
    r = CliRunner().invoke(main, ["extract", "-f", "jsonl", str(article)])
    assert r.exit_code == 0
    assert r.stderr == f"quotes: note: {article}: 1 sentence over 120 words was cut for the parser\n"
    r = CliRunner().invoke(main, ["extract", "-q", "-f", "jsonl", str(article)])
    assert r.stderr == ""


def test_progress_bar_only_on_stderr(tmp_path, fake_core, monkeypatch):
    for i in range(6):
        (tmp_path / f"{i}.txt").write_text(f"« q{i} », a dit Ana Lopes.\n", encoding="utf-8")
    monkeypatch.setattr(quotes.cli.app, "_isatty", lambda s: True)
    r = CliRunner().invoke(main, ["extract", "-f", "jsonl", str(tmp_path)])
    assert r.exit_code == 0
    assert len(r.stdout.splitlines()) == 6
    assert all(line.startswith("{") for line in r.stdout.splitlines())
    assert "quotes" in r.stderr and "6 quotes in 6 files" in r.stderr
    r = CliRunner().invoke(main, ["extract", "-q", "-f", "jsonl", str(tmp_path)])
    assert r.stderr == ""


# ------------------------------------------------------------ real processes

SITECUSTOMIZE = textwrap.dedent('''
    """Test harness: no network at all; optionally the fake core."""
    import os, socket, sys

    _LOG = os.environ.get("QUOTES_TEST_NET_LOG")

    def _refuse(what):
        if _LOG:
            with open(_LOG, "a") as fh:
                fh.write(what + "\\n")
        raise OSError("network access blocked by the test")

    # Creating a socket is not network access (urllib3, imported by Stanza,
    # probes IPv6 support by binding one to ::1 at import); reaching out is.
    class _NoNetSocket(socket.socket):
        def connect(self, address):
            _refuse(f"connect({address!r})")

        def connect_ex(self, address):
            _refuse(f"connect_ex({address!r})")

        def sendto(self, *args):
            _refuse("sendto")

    socket.socket = _NoNetSocket
    socket.create_connection = lambda *a, **k: _refuse("create_connection")
    socket.getaddrinfo = lambda *a, **k: _refuse("getaddrinfo")

    if os.environ.get("QUOTES_TEST_FAKE"):
        sys.path.insert(0, os.environ["QUOTES_TEST_DIR"])
        import time
        import conftest
        import quotes.cli.app

        class _Slow(conftest.FakeExtractor):
            def extract_documents(self, docs):
                for d in docs:
                    if "SLOW-FAKE" in d.text:
                        open(os.environ["QUOTES_TEST_MARK"], "w").close()
                        time.sleep(60)
                    yield from super().extract_documents([d])

        quotes.cli.app.make_extractor = lambda model=None: _Slow()
''')


def _unshare_ok() -> bool:
    try:
        return subprocess.run(["unshare", "-n", "true"], capture_output=True,
                              timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def quotes_cmd(tmp_path: Path, args: list[str], fake: bool, no_net: bool = True):
    """``python -m quotes ARGS`` with the network blocked (and ``unshare -n``
    when the system allows it), the fake core if asked."""
    harness = tmp_path / "harness"
    harness.mkdir(exist_ok=True)
    (harness / "sitecustomize.py").write_text(SITECUSTOMIZE)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(harness), str(ROOT)])
    env["QUOTES_TEST_NET_LOG"] = str(tmp_path / "net.log")
    env["QUOTES_TEST_MARK"] = str(tmp_path / "slow.mark")
    env.pop("QUOTES_TEST_FAKE", None)
    if fake:
        env["QUOTES_TEST_FAKE"] = "1"
        env["QUOTES_TEST_DIR"] = str(Path(__file__).parent)
    cmd = [sys.executable, "-m", "quotes", *args]
    if no_net and _unshare_ok():
        cmd = ["unshare", "-n", *cmd]
    return cmd, env


CORES = [pytest.param(True, id="fake-core"),
         pytest.param(False, id="real-model", marks=[
             pytest.mark.needs_model,
             pytest.mark.skipif(not model_available(), reason="no model installed")])]


@pytest.mark.parametrize("fake", CORES)
def test_no_network_at_run_time(tmp_path, fake):
    cmd, env = quotes_cmd(tmp_path, ["extract", "-f", "jsonl", str(SEEDS)], fake)
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    assert not (tmp_path / "net.log").exists(), (tmp_path / "net.log").read_text()
    recs = [json.loads(line) for line in r.stdout.splitlines()]
    assert len({rec["doc"] for rec in recs}) == 5
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for rec in recs:
        assert texts[Path(rec["doc"]).name][rec["start"]:rec["end"]] == rec["text"]


def test_the_harness_does_block_sockets(tmp_path):
    """The guard above is real: a connection attempt is refused and logged."""
    cmd, env = quotes_cmd(tmp_path, [], fake=False, no_net=False)
    code = "import socket; socket.create_connection(('127.0.0.1', 9))"
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert r.returncode != 0 and "blocked by the test" in r.stderr
    assert (tmp_path / "net.log").read_text() == "create_connection\n"


def test_closed_stdout_ends_quietly(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("".join(f"« citation numéro {i} », a dit Ana Lopes.\n" for i in range(5000)),
                   encoding="utf-8")
    cmd, env = quotes_cmd(tmp_path, ["extract", "-f", "jsonl", str(big)], fake=True)
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = p.stdout.readline()
    p.stdout.close()  # like `| head -1`
    err = p.stderr.read()
    rc = p.wait(timeout=120)
    assert json.loads(first)["text"] == "citation numéro 0"
    assert err == b""
    assert rc == 141


def test_ctrl_c_leaves_no_partial_output(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(20):
        (src / f"a{i:02}.txt").write_text(f"« q{i} », a dit Ana Lopes.\n", encoding="utf-8")
    (src / "zz.txt").write_text("SLOW-FAKE « lent »\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    out.write_text("old\n")
    cmd, env = quotes_cmd(tmp_path, ["extract", "-f", "csv", "-o", str(out), str(src)], fake=True)
    # a shell starts background jobs with Ctrl-C ignored, and children inherit
    # that: give the command the default a terminal user has
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.time() + 60
    while not (tmp_path / "slow.mark").exists() and time.time() < deadline:
        time.sleep(0.05)
    assert (tmp_path / "slow.mark").exists(), p.stderr.read() if p.poll() is not None else ""
    # the first 16 articles are already in the temporary file
    assert any(f.endswith(".part") for f in os.listdir(tmp_path))
    p.send_signal(signal.SIGINT)
    out_, err = p.communicate(timeout=60)
    assert p.returncode == 130, err
    assert err.decode().strip() == "quotes: interrupted"
    assert out_ == b""
    assert out.read_text() == "old\n"
    assert not any(f.endswith(".part") for f in os.listdir(tmp_path))


def test_jobs_gives_the_same_output_and_errors(tmp_path, fake_core, monkeypatch):
    """--jobs 2: worker processes, same quotes in the same order, same errors."""
    import conftest

    monkeypatch.setattr(quotes.cli.app, "parallel_factory", conftest.FakeExtractor)
    for i in range(9):
        (tmp_path / f"{i}.txt").write_text(f"« q{i} », a dit Ana Lopes.\n« r{i} »\n",
                                           encoding="utf-8")
    (tmp_path / "5b.txt").write_bytes(b"\x00binary")
    (tmp_path / "7b.txt").write_text("BOOM-FAKE « x »\n", encoding="utf-8")
    args = ["extract", "-f", "jsonl", str(tmp_path), str(tmp_path / "missing.txt")]
    one = CliRunner().invoke(main, args)
    two = CliRunner().invoke(main, [args[0], "-j", "2", *args[1:]])
    assert one.exit_code == two.exit_code == 1  # the BOOM-FAKE article: internal error
    assert two.stdout == one.stdout and len(one.stdout.splitlines()) == 18
    for r in (one, two):
        assert "missing.txt: no such file" in r.stderr
        assert "5b.txt: binary file, not text (skipped)" in r.stderr
        assert "7b.txt" in r.stderr and "fake core failure" in r.stderr


def test_jobs_with_missing_model_exit_3(article):
    r = CliRunner().invoke(main, ["extract", "-j", "2", "--model", "/nonexistent/m", str(article)])
    assert r.exit_code == 3 and "/nonexistent/m" in r.stderr and r.stdout == ""
