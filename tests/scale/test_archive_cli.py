"""``quotes extract`` on archives: options, exit codes, one-line errors, -o DIR/ and --resume.

The core is the conftest's fake (no model): these tests are about the command."""
from __future__ import annotations

import json
import os
import sys

import pytest
from click.testing import CliRunner

from quotes.cli.app import main

from .conftest import write_csv, write_jsonl, write_parquet


def invoke(*args: str):
    return CliRunner().invoke(main, ["extract", *args], catch_exceptions=False)


def stderr(res) -> list[str]:
    return [line for line in res.stderr.splitlines() if line]


def test_jsonl_to_jsonl_with_ids_and_kept_columns(tmp_path, fake_core, articles):
    src = write_jsonl(tmp_path / "news.jsonl", articles)
    res = invoke(str(src), "--id-field", "id", "--keep", "date,outlet", "-f", "jsonl")
    assert res.exit_code == 0, res.stderr
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert {r["doc"] for r in rows} == {r["id"] for r in articles if "«" in r["text"]}
    assert all(list(r)[-2:] == ["date", "outlet"] and r["outlet"] == "Test" for r in rows)
    by_id = {r["id"]: r for r in articles}
    assert all(r["date"] == by_id[r["doc"]]["date"] for r in rows)


def test_csv_output_gets_the_kept_columns(tmp_path, fake_core, articles):
    src = write_csv(tmp_path / "news.csv", articles)
    res = invoke(str(src), "--id-field", "id", "--keep", "outlet", "-f", "csv")
    assert res.exit_code == 0, res.stderr
    header = res.stdout.splitlines()[0]
    assert header == "file,line,column,type,speaker,role,quote,cue,sentence,start,end,outlet"


def test_bad_rows_reported_skipped_and_exit_2(tmp_path, fake_core, articles):
    rows = [articles[0], {"id": "vide"}, {"id": "nombre", "text": 3}, articles[3]]
    src = write_jsonl(tmp_path / "news.jsonl", rows + ["{cassé"])
    res = invoke(str(src), "--id-field", "id", "-f", "jsonl")
    assert res.exit_code == 2
    assert stderr(res) == [f"quotes: error: {src}: row 2 (id vide): no 'text' (skipped)",
                           f"quotes: error: {src}: row 3 (id nombre): 'text' is int, not text (skipped)",
                           f"quotes: error: {src}: row 5: not valid JSON (Expecting property name "
                           "enclosed in double quotes: line 1 column 2 (char 1)) (skipped)"]
    assert {json.loads(line)["doc"] for line in res.stdout.splitlines()} == {"a0", "a3"}


def test_an_unreadable_archive_does_not_stop_the_others(tmp_path, fake_core, articles):
    bad = tmp_path / "bad.parquet"
    bad.write_text("pas du parquet")
    good = write_jsonl(tmp_path / "good.jsonl", articles[:1])
    res = invoke(str(bad), str(good), "--id-field", "id", "-f", "jsonl")
    assert res.exit_code == 2
    assert len(stderr(res)) == 1 and stderr(res)[0].startswith(f"quotes: error: {bad}: not a Parquet file")
    assert json.loads(res.stdout.splitlines()[0])["doc"] == "a0"


def test_partitioned_output_and_resume(tmp_path, fake_core, articles):
    src = write_parquet(tmp_path / "news.parquet", articles)
    out = tmp_path / "out"
    args = [str(src), "--id-field", "id", "--keep", "outlet,date", "-f", "parquet",
            "--partition-size", "3", "-o", f"{out}/"]
    assert invoke(*args).exit_code == 0
    files = sorted(os.listdir(out))
    assert files == ["news-00000.parquet", "news-00001.parquet", "news-00002.parquet"]
    again = invoke(*args)  # the folder holds partitions: refused, nothing touched
    assert again.exit_code == 2 and "--resume" in again.stderr
    os.unlink(out / files[1])
    stamps = {f: os.stat(out / f).st_mtime_ns for f in (files[0], files[2])}
    resumed = invoke(*args, "--resume")
    assert resumed.exit_code == 0, resumed.stderr
    assert sorted(os.listdir(out)) == files
    assert {f: os.stat(out / f).st_mtime_ns for f in stamps} == stamps
    assert len(fake_core) == 2  # a model for the first run and the resumed one, none for the refusal


def test_resume_with_everything_done_loads_no_model(tmp_path, fake_core, articles):
    src = write_jsonl(tmp_path / "news.jsonl", articles)
    args = [str(src), "--id-field", "id", "-o", str(tmp_path / "out"), "--resume"]
    assert invoke(*args).exit_code == 0
    assert sorted(os.listdir(tmp_path / "out")) == ["news-00000.jsonl"]
    assert invoke(*args).exit_code == 0
    assert len(fake_core) == 1


def test_usage_errors(tmp_path, fake_core, articles):
    src = write_jsonl(tmp_path / "news.jsonl", articles)
    res = invoke(str(src), "-f", "parquet")
    assert res.exit_code == 2 and "parquet is a binary file" in res.stderr
    res = invoke(str(src), "--resume")
    assert res.exit_code == 2 and "--resume" in res.stderr
    res = invoke(str(src), "--keep", "speaker")
    assert res.exit_code == 2 and "cannot keep column 'speaker'" in res.stderr
    res = invoke(str(src), "-f", "table", "-o", f"{tmp_path}/dir/")
    assert res.exit_code == 2 and "-o DIR/ writes" in res.stderr
    assert fake_core == []


@pytest.mark.parametrize("args,extra", [(["-f", "parquet", "-o", "q.parquet"], "archive"),
                                        (["--engine", "dask"], "dask")])
def test_missing_extra_is_named(tmp_path, fake_core, articles, monkeypatch, args, extra):
    src = write_jsonl(tmp_path / "news.jsonl", articles)
    for name in ("pyarrow", "pyarrow.parquet", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)  # what an install without the extra has
    monkeypatch.chdir(tmp_path)
    res = invoke(str(src), *args)
    assert res.exit_code == 2
    what = "--engine dask needs distributed" if extra == "dask" else "--format parquet needs pyarrow"
    assert stderr(res) == [f"quotes: error: {what}: pip install 'quotes[{extra}]'"]
    assert os.listdir(tmp_path) == ["news.jsonl"] and fake_core == []


def test_text_files_to_parquet(tmp_path, fake_core):
    (tmp_path / "a.txt").write_text("« Bonjour », a dit Paul Marin.", encoding="utf-8")
    out = tmp_path / "q.parquet"
    res = invoke(str(tmp_path / "a.txt"), "-f", "parquet", "-o", str(out))
    assert res.exit_code == 0, res.stderr
    import pyarrow.parquet as pq

    (row,) = pq.read_table(out).to_pylist()
    assert row["doc"] == str(tmp_path / "a.txt") and row["text"] == "Bonjour"
