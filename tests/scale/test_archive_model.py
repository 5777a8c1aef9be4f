"""With the real parser: an archive of the seeds gives the quotes of the seed files."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from quotes.scale.archive import ArchiveOptions
from quotes.scale.job import ArchiveJob
from quotes.scale.runner import LocalEngine

from .conftest import SEEDS, write_csv, write_jsonl, write_parquet


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    """One torch thread while this module runs (restored after): the answers
    are the same, and on a busy 2-core machine a second thread spins (a seeds
    run took 93 s with two threads against 5 s in a one-thread Dask worker)."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def extractor(nlp):
    from quotes.pipeline import Extractor

    return Extractor(nlp=nlp)


@pytest.fixture(scope="module")
def from_files(extractor) -> list[dict]:
    from quotes.text.reader import read_document

    docs = [read_document(str(p)) for p in sorted(SEEDS.glob("*.txt"))]
    return [q.to_dict() for _, qs in extractor.extract_documents(docs) for q in qs]


def _write(fmt: str, folder, rows):
    path = folder / f"seeds.{fmt}"
    if fmt.startswith("jsonl"):
        return write_jsonl(path, rows, gz=fmt.endswith(".gz"))
    if fmt == "csv":
        return write_csv(path, rows)
    return write_parquet(path, rows, row_group=2)


@pytest.mark.parametrize("fmt", ["jsonl", "jsonl.gz", "csv", "parquet"])
def test_archive_of_the_seeds_gives_the_seed_files_quotes(tmp_path, extractor, from_files,
                                                          seeds_rows, fmt):
    src = _write(fmt, tmp_path, seeds_rows)
    errors: list = []
    job = ArchiveJob([str(src)], ArchiveOptions(id_field="id", keep=("date", "outlet"),
                                                partition_rows=2),
                     LocalEngine(lambda: extractor), errors.append)
    got = [q.to_dict() for res in job.results() for q in res.quotes]
    assert errors == [] and job.articles == len(seeds_rows)
    by_id = {r["id"]: r for r in seeds_rows}
    assert all(q["date"] == by_id[q["doc"]]["date"] and q["outlet"] == by_id[q["doc"]]["outlet"]
               for q in got)
    assert [{k: v for k, v in q.items() if k not in ("date", "outlet")} for q in got] == from_files
    assert len(from_files) > 40  # the seeds are quote-dense: this compares something


def test_cli_archive_and_files_write_the_same_jsonl(tmp_path, extractor, seeds_rows, monkeypatch):
    import quotes.cli.app as app

    monkeypatch.setattr(app, "make_extractor", lambda model: extractor)
    src = write_jsonl(tmp_path / "seeds.jsonl", seeds_rows)
    run = CliRunner()
    files = run.invoke(app.main, ["extract", "-f", "jsonl", *[r["id"] for r in seeds_rows]])
    archive = run.invoke(app.main, ["extract", "-f", "jsonl", "--id-field", "id", str(src)])
    assert files.exit_code == archive.exit_code == 0, archive.stderr
    assert archive.stdout == files.stdout
    assert len(archive.stdout.splitlines()) > 40
