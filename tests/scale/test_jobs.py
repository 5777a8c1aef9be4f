"""An archive through ``--jobs`` worker processes gives the quotes of one process."""
from __future__ import annotations

from quotes.scale.archive import ArchiveOptions
from quotes.scale.batch import ParallelExtractor
from quotes.scale.job import ArchiveJob
from quotes.scale.runner import JobsEngine, LocalEngine

from . import fakes
from .conftest import digest, write_jsonl


def _run(src, engine):
    errors: list = []
    job = ArchiveJob([str(src)], ArchiveOptions(id_field="id", keep=("outlet",), partition_rows=3),
                     engine, errors.append)
    return job, [q for res in job.results() for q in res.quotes], errors


def test_jobs_engine_gives_one_process_quotes_and_reports_failures(tmp_path, articles):
    rows = [dict(r) for r in articles * 2] + [{"id": "vide"}]
    rows[4]["text"] += " FAIL-ALWAYS"
    src = write_jsonl(tmp_path / "news.jsonl", rows)
    _, local, local_errors = _run(src, LocalEngine(fakes.fake_factory))
    engine = JobsEngine(ParallelExtractor(2, extractor_factory=fakes.fake_factory, chunksize=2))
    try:
        job, got, errors = _run(src, engine)
    finally:
        engine.close()
    assert digest(got) == digest(local) and len(got) > 10
    assert all(q.to_dict()["outlet"] == "Test" for q in got)
    assert job.failed == 1 and job.bad_rows == 1 and errors == local_errors and len(errors) == 2
    assert errors[0] == f"{src}: row 5 (id a4): internal error (RuntimeError: fake failure); " \
                        "please report it with this file"
