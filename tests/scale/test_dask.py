"""The Dask runner on a LocalCluster of 2 one-thread workers: same quotes as one
process, a worker killed mid-run, retries, the library API, torch threads.

Two clusters for the module: one whose workers run a fake extractor (cheap),
one whose workers load the real model once each (about 33 MB, seconds)."""
from __future__ import annotations

import os
import sys

import pytest

from quotes.scale.archive import ArchiveOptions
from quotes.scale.job import ArchiveJob
from quotes.scale.partitioned import PartitionedOutput
from quotes.scale.runner import LocalEngine

from . import fakes
from .conftest import digest, write_jsonl

distributed = pytest.importorskip("distributed")  # the test extra installs it: CI runs these
cloudpickle = pytest.importorskip("cloudpickle")


def _cluster(allowed_failures: int = 3):
    import logging

    import dask

    # the fakes travel by value: the workers need not find the tests on their path
    cloudpickle.register_pickle_by_value(sys.modules[fakes.__name__])
    with dask.config.set({"distributed.scheduler.allowed-failures": allowed_failures}):
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                           dashboard_address=":0", silence_logs=logging.CRITICAL)
    return cluster, distributed.Client(cluster)


@pytest.fixture(scope="module")
def fake_client():
    # no failure tolerated: one worker death errs the task, so the runner's own
    # retry is what the tests see (the model cluster keeps Dask's default, 3)
    cluster, client = _cluster(allowed_failures=0)
    yield client
    client.close()
    cluster.close()


@pytest.fixture(scope="module")
def model_client(nlp):  # nlp: skipped, like the other model tests, without a model
    cluster, client = _cluster()
    yield client
    client.close()
    cluster.close()


def dask_engine(client, factory):
    from quotes.scale.cluster import DaskEngine

    return DaskEngine(client=client, factory=factory)


def run(paths, engine, opts=None, out=None):
    errors: list = []
    job = ArchiveJob([str(p) for p in paths], opts or ArchiveOptions(id_field="id", partition_rows=2),
                     engine, errors.append, output=out)
    quotes = [q for res in job.results() for q in res.quotes]
    return job, quotes, errors


# ------------------------------------------------------------------ fake workers


def test_same_quotes_in_input_order(fake_client, tmp_path, articles):
    src = write_jsonl(tmp_path / "news.jsonl", articles * 3)  # 21 rows, 11 partitions
    _, local, _ = run([src], LocalEngine(fakes.fake_factory))
    job, got, errors = run([src], dask_engine(fake_client, fakes.fake_factory))
    assert errors == [] and job.partitions == 11
    assert digest(got) == digest(local) and len(got) > 20


def test_a_raising_partition_is_retried_once(fake_client, tmp_path, articles):
    rows = [dict(r) for r in articles]
    marker = tmp_path / "failed-once"
    rows[3]["text"] += f" CRASH-ONCE:{marker} "
    src = write_jsonl(tmp_path / "news.jsonl", rows)
    _, local, _ = run([src], LocalEngine(fakes.fake_factory))
    job, got, errors = run([src], dask_engine(fake_client, fakes.crashing_factory))
    assert marker.exists()  # its task did err once (KilledWorker: no failure tolerated)
    assert errors == [] and digest(got) == digest(local)


def test_a_partition_failing_twice_is_reported_and_the_run_goes_on(fake_client, tmp_path, articles):
    rows = [dict(r) for r in articles]
    rows[2]["text"] += " CRASH-ALWAYS"  # partition 1: rows 3 and 4
    src = write_jsonl(tmp_path / "news.jsonl", rows)
    out = PartitionedOutput(str(tmp_path / "out"), "jsonl")
    job, got, errors = run([src], dask_engine(fake_client, fakes.crashing_factory), out=out)
    assert job.failed == 2 and len(errors) == 3
    assert errors[0].startswith(f"{src}: row 3 (id a2): not processed (KilledWorker: ")
    assert errors[1].startswith(f"{src}: row 4 (id a3): not processed (KilledWorker: ")
    assert errors[2].startswith("news-00001: every article failed; partition not written")
    assert {q.doc for q in got} >= {"a0", "a1", "a4", "a6"} and not {q.doc for q in got} & {"a2", "a3"}
    assert sorted(os.listdir(tmp_path / "out")) == ["news-00000.jsonl", "news-00002.jsonl",
                                                    "news-00003.jsonl"]


def test_extract_dask_over_a_bag_and_a_dataframe(fake_client, articles):
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd

    from quotes.scale import extract_dask

    expected = []
    ext = fakes.fake_factory()
    from quotes.text.reader import Document, analysis_text

    for r in articles:
        (_, qs), = ext.extract_documents([Document(r["id"], r["text"], analysis_text(r["text"]))])
        expected += [q.to_dict() | {"outlet": "Test"} for q in qs]
    bag = db.from_sequence(articles, npartitions=3)
    got = extract_dask(bag, id_field="id", keep=("outlet",), factory=fakes.fake_factory,
                       client=fake_client).compute()
    assert got == expected
    frame = dd.from_pandas(pd.DataFrame(articles).set_index("id"), npartitions=2)
    got = extract_dask(frame, keep=("outlet",), factory=fakes.fake_factory,
                       client=fake_client).compute()
    assert got == expected  # the index is the id
    texts = db.from_sequence([r["text"] for r in articles], npartitions=2)
    got = extract_dask(texts, factory=fakes.fake_factory, client=fake_client).compute()
    assert [q["text"] for q in got] == [q["text"] for q in expected]
    assert got[0]["doc"] == "0:0"


def test_a_model_that_does_not_load_on_the_workers_stops_the_run(fake_client, tmp_path, articles):
    src = write_jsonl(tmp_path / "news.jsonl", articles)
    with pytest.raises(RuntimeError, match="a Dask worker could not load the model: OSError: disk on fire"):
        run([src], dask_engine(fake_client, fakes.broken_factory))


def test_workers_run_one_torch_thread(fake_client, tmp_path, articles):
    src = write_jsonl(tmp_path / "news.jsonl", articles)
    _, got, _ = run([src], dask_engine(fake_client, fakes.threads_factory))
    assert {q.speaker for q in got} == {"1"}


def test_jobs_workers_run_one_torch_thread(articles):
    from quotes.scale.batch import ParallelExtractor
    from quotes.text.reader import Document, analysis_text

    docs = [Document(r["id"], r["text"], analysis_text(r["text"])) for r in articles[:4]]
    with ParallelExtractor(2, extractor_factory=fakes.threads_factory, chunksize=1) as px:
        assert px.threads == 1
        assert {q.speaker for _, qs in px.results(docs) for q in qs} == {"1"}


# ------------------------------------------------------------------ real model


@pytest.fixture(scope="module")
def seeds_archive(tmp_path_factory):
    """The seeds as JSONL, 3 partitions; the 4th article's id names a marker
    file: while it is missing, the worker that meets the article dies."""
    from .conftest import seed_rows

    folder = tmp_path_factory.mktemp("seeds")
    marker = folder / "killed"
    rows = seed_rows()
    rows[3]["id"] += f"#kill={marker}"
    return write_jsonl(folder / "seeds.jsonl", rows), marker


@pytest.fixture(scope="module")
def one_process_digest(nlp, seeds_archive):
    from quotes.pipeline import Extractor

    ext = Extractor(nlp=nlp)
    _, quotes, errors = run([seeds_archive[0]], LocalEngine(lambda: ext))
    assert errors == [] and len(quotes) > 40
    return digest(quotes), len(quotes)


@pytest.fixture(scope="module")
def model_engine(nlp):  # nlp: skipped, like the other model tests, without a model
    """Two workers, each loading the real model once (the plugin wraps it in
    the kill switch above, idle unless the marker is missing)."""
    from quotes.scale.cluster import DaskEngine

    cluster, client = _cluster()
    engine = DaskEngine(client=client, factory=fakes.kill_once_factory)
    yield engine
    client.close()
    cluster.close()


def test_two_workers_give_the_quotes_of_one_process(model_engine, seeds_archive, one_process_digest):
    src, marker = seeds_archive
    marker.write_text("")  # no kill this time
    try:
        job, got, errors = run([src], model_engine)
    finally:
        marker.unlink()
    assert errors == [] and job.articles == 5 and job.partitions == 3
    assert (digest(got), len(got)) == one_process_digest
    threads = model_engine.client.run(lambda: __import__("torch").get_num_threads())
    assert set(threads.values()) == {1} and len(threads) == 2


def test_a_worker_killed_mid_run_loses_nothing_and_doubles_nothing(model_engine, seeds_archive,
                                                                   one_process_digest, tmp_path):
    src, marker = seeds_archive
    assert not marker.exists()
    out_dir = tmp_path / "out"
    job, got, errors = run([src], model_engine, out=PartitionedOutput(str(out_dir), "jsonl"))
    assert marker.exists()  # a worker did die on partition 1 (Dask gave its task to another)
    assert errors == [] and job.articles == 5
    assert (digest(got), len(got)) == one_process_digest
    assert sorted(os.listdir(out_dir)) == [f"seeds-0000{k}.jsonl" for k in range(3)]
    lines = [line for f in sorted(os.listdir(out_dir)) for line in (out_dir / f).read_text().splitlines()]
    assert len(lines) == len(got)  # nothing doubled in the files either
