"""Partitioned output (one atomic file a partition), --resume, Parquet, with a fake extractor."""
from __future__ import annotations

import json
import os

import pytest

from quotes.outputs.parquet import read_quotes, schema, write_parquet
from quotes.record import Quote
from quotes.scale.archive import ArchiveOptions, with_kept
from quotes.scale.job import ArchiveJob
from quotes.scale.partitioned import OutputExists, PartitionedOutput
from quotes.scale.runner import LocalEngine

from .conftest import write_jsonl
from .fakes import MarksExtractor


class Interrupt(KeyboardInterrupt):
    pass


def run(paths, out=None, opts=None, extractor=None, errors=None, stop_after=None):
    """An ArchiveJob with the fake extractor; ``stop_after``: Ctrl-C after that many partitions."""
    ext = extractor or MarksExtractor()
    errors = [] if errors is None else errors
    job = ArchiveJob([str(p) for p in paths], opts or ArchiveOptions(id_field="id", partition_rows=2),
                     LocalEngine(lambda: ext), errors.append, output=out)
    quotes = []
    for k, res in enumerate(job.results(), 1):
        quotes += res.quotes
        if stop_after and k == stop_after:
            raise Interrupt
    return job, quotes


def test_one_file_a_partition(tmp_path, articles):
    src = write_jsonl(tmp_path / "news.jsonl", articles)  # 7 rows: 4 partitions of 2
    out = PartitionedOutput(str(tmp_path / "out"), "jsonl", keep=("outlet",))
    job, quotes = run([src], out, ArchiveOptions(id_field="id", keep=("outlet",), partition_rows=2))
    assert sorted(os.listdir(tmp_path / "out")) == [f"news-0000{k}.jsonl" for k in range(4)]
    rows = [json.loads(line) for k in range(4)
            for line in (tmp_path / "out" / f"news-0000{k}.jsonl").read_text().splitlines()]
    assert rows == [q.to_dict() for q in quotes] and len(rows) >= 7
    assert all(r["outlet"] == "Test" for r in rows)
    assert job.partitions == 4 and job.articles == 7


def test_interrupted_run_resumes_with_only_the_missing_partitions(tmp_path, articles):
    src = write_jsonl(tmp_path / "news.jsonl", articles)
    folder = tmp_path / "out"
    with pytest.raises(Interrupt):
        run([src], PartitionedOutput(str(folder), "parquet"), stop_after=2)
    first = sorted(os.listdir(folder))
    assert first == ["news-00000.parquet", "news-00001.parquet"]  # whole files, no temporary left
    stamps = {f: os.stat(folder / f).st_mtime_ns for f in first}

    ext = MarksExtractor()
    out = PartitionedOutput(str(folder), "parquet", resume=True)
    job, _ = run([src], out, extractor=ext)
    assert out.skipped == ["news-00000", "news-00001"]
    assert out.written == ["news-00002", "news-00003"]
    assert ext.docs == 3  # the 3 articles of the 2 missing partitions, nothing else
    assert {f: os.stat(folder / f).st_mtime_ns for f in first} == stamps

    # the resumed folder holds what one uninterrupted run writes
    fresh = tmp_path / "fresh"
    run([src], PartitionedOutput(str(fresh), "parquet"))
    assert sorted(os.listdir(fresh)) == sorted(os.listdir(folder))
    for f in os.listdir(fresh):
        assert read_quotes(str(folder / f)) == read_quotes(str(fresh / f))


def test_existing_partitions_are_never_overwritten_without_resume(tmp_path, articles):
    src = write_jsonl(tmp_path / "news.jsonl", articles)
    folder = tmp_path / "out"
    run([src], PartitionedOutput(str(folder), "jsonl"))
    before = {f: (folder / f).read_bytes() for f in os.listdir(folder)}
    with pytest.raises(OutputExists, match="--resume"):
        PartitionedOutput(str(folder), "jsonl")
    assert {f: (folder / f).read_bytes() for f in os.listdir(folder)} == before


def test_leftover_temporary_files_are_cleared(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / ".news-00000.jsonl.abc.part").write_text("half")
    PartitionedOutput(str(folder), "jsonl", resume=True)
    assert os.listdir(folder) == []


def test_a_partition_that_fails_whole_is_not_written_and_resume_retries_it(tmp_path, articles):
    rows = [dict(r) for r in articles[:4]]
    rows[2]["text"] += " FAIL-ALWAYS"
    rows[3]["text"] += " FAIL-ALWAYS"
    src = write_jsonl(tmp_path / "news.jsonl", rows)
    errors: list = []
    out = PartitionedOutput(str(tmp_path / "out"), "jsonl")
    job, _ = run([src], out, errors=errors)
    assert os.listdir(tmp_path / "out") == ["news-00000.jsonl"]
    assert job.failed == 2 and job.not_written == ["news-00001"]
    assert any("row 3 (id a2): internal error (RuntimeError: fake failure)" in e for e in errors)
    assert errors[-1].startswith("news-00001: every article failed")


def test_one_failing_article_keeps_the_others(tmp_path, articles):
    rows = [dict(r) for r in articles[:2]]
    rows[0]["text"] += " FAIL-ALWAYS"
    src = write_jsonl(tmp_path / "news.jsonl", rows)
    errors: list = []
    job, quotes = run([src], errors=errors)
    assert {q.doc for q in quotes} == {"a1"}
    assert job.failed == 1 and len(errors) == 1


def test_bad_rows_reported_and_partition_written(tmp_path, articles):
    src = write_jsonl(tmp_path / "news.jsonl", [articles[0], {"id": "x"}, articles[1]])
    errors: list = []
    out = PartitionedOutput(str(tmp_path / "out"), "csv")
    job, quotes = run([src], out, errors=errors)
    assert job.bad_rows == 1 and errors == [f"{src}: row 2 (id x): no 'text' (skipped)"]
    assert {q.doc for q in quotes} == {"a0", "a1"}
    assert sorted(os.listdir(tmp_path / "out")) == ["news-00000.csv", "news-00001.csv"]


def test_parquet_columns_are_typed_and_nulls_stay_null(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    qs = with_kept([Quote("a1", 3, 10, "bonjour", "direct", speaker=None, line=1, column=4)],
                   {"date": "2026-01-01", "n": 7})
    path = str(tmp_path / "q.parquet")
    write_parquet(path, qs, keep=("date", "n"), kept_types={"n": pa.int64()})
    t = pq.read_table(path)
    assert t.schema.field("start").type == pa.int64()
    assert t.schema.field("line").type == pa.int32()
    assert t.schema.field("speaker").type == pa.string()
    assert t.schema.field("n").type == pa.int64()
    (row,) = t.to_pylist()
    assert row["speaker"] is None and row["n"] == 7 and row["date"] == "2026-01-01"
    assert row == qs[0].to_dict()  # every field, kept columns last
    assert t.schema.names[: len(schema().names)] == schema().names


def test_parquet_kept_values_from_json_are_text(tmp_path):
    qs = with_kept([Quote("a", 0, 1, "x", "direct")], {"tags": ["a", "b"], "n": 3, "ok": True})
    path = str(tmp_path / "q.parquet")
    write_parquet(path, qs, keep=("tags", "n", "ok"))
    (row,) = read_quotes(path)
    assert (row["tags"], row["n"], row["ok"]) == ('["a", "b"]', "3", "true")


def test_parquet_file_appears_whole_or_not_at_all(tmp_path):
    path = tmp_path / "q.parquet"
    path.write_bytes(b"what the user had")

    def boom():
        yield Quote("a", 0, 1, "x", "direct")
        raise Interrupt

    with pytest.raises(Interrupt):
        write_parquet(str(path), boom())
    assert path.read_bytes() == b"what the user had"
    assert os.listdir(tmp_path) == ["q.parquet"]
