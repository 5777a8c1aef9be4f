"""quotes.scale.batch: N worker processes, input order, isolated errors, streaming.

Model-free tests use :class:`EchoExtractor`, defined at module level so the
spawned workers can import it by name; the tests on real text need a model.
"""
from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Iterable, Iterator

import pytest

from quotes.scale.batch import (DocError, DocumentFailed, ParallelExtractor, extract_parallel,
                          threads_per_worker)
from quotes.text.reader import Document, InputError, analysis_text
from quotes.record import Quote

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


class EchoExtractor:
    """A picklable stand-in for ``Extractor``: one quote per document, its
    first word.  ``SLEEP<s>`` in a text waits, ``BOOM`` raises, ``CRASH``
    kills the worker process, ``NOTE`` adds a note to the document."""

    def __init__(self, model=None) -> None:
        self.model = model

    def extract_documents(self, docs: Iterable[Document]) -> Iterator[tuple]:
        for d in list(docs):
            if "CRASH" in d.text:
                os._exit(3)
            if "BOOM" in d.text:
                raise RuntimeError("echo failure")
            for tok in d.text.split():
                if tok.startswith("SLEEP"):
                    time.sleep(float(tok[5:]))
            if "NOTE" in d.text:
                d.notes.append(f"noted by {os.getpid()}")
            first = d.text.split()[0] if d.text.split() else ""
            yield d, [Quote(d.path, 0, len(first), first, "direct", speaker=self.model)]


class FailingFactory:
    """A factory whose pipeline load fails in the worker."""

    def __init__(self, model=None) -> None:
        raise OSError("disk on fire")


def doc(path: str, text: str) -> Document:
    return Document(path, text, analysis_text(text))


def run(items, jobs: int = 2, **kw) -> list:
    kw.setdefault("extractor_factory", EchoExtractor)
    return list(extract_parallel(items, jobs=jobs, **kw))


# ------------------------------------------------------------------ model-free


@pytest.mark.parametrize("method", ["spawn", "forkserver"])
def test_order_kept_when_workers_finish_out_of_order(method):
    # the first documents are the slowest, so later chunks finish first
    docs = [doc(f"d{k}.txt", f"w{k} SLEEP{0.3 if k < 2 else 0}") for k in range(12)]
    out = run(docs, jobs=2, chunksize=1, start_method=method)
    assert [d.path for d, _ in out] == [d.path for d in docs]
    assert [qs[0].text for _, qs in out] == [f"w{k}" for k in range(12)]


def test_jobs_1_equals_jobs_2():
    docs = [doc(f"d{k}.txt", f"mot{k} et suite") for k in range(9)]
    one = [(d.path, qs) for d, qs in run(docs, jobs=1)]
    two = [(d.path, qs) for d, qs in run(docs, jobs=2, chunksize=2)]
    assert one == two and len(one) == 9


def test_errors_are_isolated(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Bonjour tout le monde", encoding="utf-8")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    items = [doc("a.txt", "alpha"), str(tmp_path / "missing.txt"), doc("boom.txt", "x BOOM"),
             InputError("nowhere/*.txt: no file matches"), str(good), str(binary),
             doc("z.txt", "omega")]
    out = run(items, jobs=2, chunksize=3)
    assert [d.path for d, _ in out] == ["a.txt", str(tmp_path / "missing.txt"), "boom.txt",
                                        "nowhere/*.txt", str(good), str(binary), "z.txt"]
    kinds = [r.kind if isinstance(r, DocError) else "ok" for _, r in out]
    assert kinds == ["ok", "input", "internal", "input", "ok", "input", "ok"]
    assert "no such file" in out[1][1].message
    assert "RuntimeError: echo failure" in out[2][1].message and "Traceback" in out[2][1].detail
    assert out[4][1][0].text == "Bonjour" and out[4][0].text.startswith("Bonjour")
    assert "binary" in out[5][1].message
    assert out[6][1][0].text == "omega"


def test_worker_crash_costs_only_its_document():
    docs = [doc(f"d{k}.txt", f"w{k}" + (" CRASH" if k == 4 else "")) for k in range(9)]
    out = run(docs, jobs=2, chunksize=2)
    assert [d.path for d, _ in out] == [d.path for d in docs]
    bad = [(d.path, r.kind) for d, r in out if isinstance(r, DocError)]
    assert bad == [("d4.txt", "crash")]
    assert [qs[0].text for d, qs in out if d.path != "d4.txt"] == \
        [f"w{k}" for k in range(9) if k != 4]


def test_streaming_reads_inputs_lazily():
    consumed = []

    def gen():
        for k in range(200):
            consumed.append(k)
            yield doc(f"d{k}.txt", f"w{k}")

    it = extract_parallel(gen(), jobs=2, chunksize=1, prefetch=1,
                          extractor_factory=EchoExtractor)
    first = next(it)
    assert first[0].path == "d0.txt"
    # jobs * (1 + prefetch) chunks in flight, plus the one being built
    assert len(consumed) <= 2 * 2 + 1
    rest = list(it)
    assert len(rest) == 199 and len(consumed) == 200


def test_notes_and_model_travel_back():
    out = run([doc("n.txt", "x NOTE")], jobs=1, model="my-model")
    d, qs = out[0]
    assert d.notes and d.notes[0].startswith("noted by ") and d.notes[0] != f"noted by {os.getpid()}"
    assert qs[0].speaker == "my-model"


def test_stdin_is_read_in_the_parent(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Lu sur stdin".encode())))
    out = run(["-", doc("b.txt", "bis")], jobs=1)
    assert [(d.path, qs[0].text) for d, qs in out] == [("-", "Lu"), ("b.txt", "bis")]


def test_worker_start_failure_is_raised():
    with pytest.raises(RuntimeError, match="disk on fire"):
        run([doc("a.txt", "a")], jobs=1, extractor_factory=FailingFactory)


def test_bad_model_fails_in_parent(tmp_path):
    from quotes.parser.parse import ModelError

    with pytest.raises(ModelError):
        ParallelExtractor(2, model=str(tmp_path / "no-model"))


def test_extractor_interface_and_reuse():
    with ParallelExtractor(2, extractor_factory=EchoExtractor, chunksize=1) as px:
        assert len(px.warmup()) == 2
        first = list(px.extract_documents([doc("a.txt", "un deux"), doc("b.txt", "trois")]))
        assert [(d.path, qs[0].text) for d, qs in first] == [("a.txt", "un"), ("b.txt", "trois")]
        assert px.extract("quatre cinq")[0].text == "quatre"
        got = []
        with pytest.raises(DocumentFailed, match="boom.txt: internal error"):
            for d, _ in px.extract_documents([doc("a.txt", "a"), doc("boom.txt", "BOOM")]):
                got.append(d.path)
        assert got == ["a.txt"]
        # the pool survived the failure
        assert px.extract("six")[0].text == "six"


def test_threads_per_worker():
    assert threads_per_worker(2, cores=2) == 1
    assert threads_per_worker(1, cores=2) == 2
    assert threads_per_worker(3, cores=2) == 1
    assert threads_per_worker(2, cores=16) == 8


# ------------------------------------------------------------------ real model


@pytest.mark.slow
def test_real_text_jobs_1_equals_jobs_2_equals_in_process(nlp):
    from quotes.pipeline import Extractor

    paths = sorted(str(p) for p in SEEDS.glob("*.txt"))
    assert paths, "no seed articles"
    items = paths + [paths[0] + ".missing"]
    one = list(extract_parallel(items, jobs=1))
    two = list(extract_parallel(items, jobs=2, chunksize=1))
    assert [d.path for d, _ in one] == items == [d.path for d, _ in two]
    assert isinstance(one[-1][1], DocError) and one[-1][1].kind == "input"
    assert [r for _, r in one] == [r for _, r in two]
    from quotes.text.reader import read_document

    ref = list(Extractor(nlp).extract_documents(read_document(p) for p in paths))
    assert [qs for _, qs in ref] == [r for _, r in one[:-1]]
    assert sum(len(qs) for _, qs in ref) > 0
    assert [d.notes for d, _ in ref] == [d.notes for d, _ in two[:-1]]


def test_tasks_are_cut_by_characters_and_by_count(tmp_path):
    """A worker parses a task in one call, so tasks gather small articles
    up to a size; a big file is a task of its own."""
    small = tmp_path / "small.txt"
    small.write_text("x" * 30, encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text("x" * 500, encoding="utf-8")
    docs = [Document(f"d{k}", "y" * 40, "y" * 40, False) for k in range(5)]
    items = [str(big)] + docs + [str(small)] * 4

    def sizes(**kw):
        px = ParallelExtractor(2, extractor_factory=EchoExtractor, **kw)
        return [len(c) for c in px._chunks(items)]

    assert sizes(chunk_chars=100, chunksize=8) == [1, 3, 3, 3]  # 120, 110, 90 characters
    assert sizes(chunk_chars=100, chunksize=2) == [1, 2, 2, 2, 2, 1]


def test_finaliser_survives_interpreter_exit(monkeypatch):
    """At exit, module globals may already be None when ``__del__`` runs
    (it printed "Exception ignored in ... __del__" after scripts that kept
    an extractor in a global)."""
    import quotes.scale.batch as batch

    px = ParallelExtractor(2, extractor_factory=EchoExtractor)
    px.close()
    monkeypatch.setattr(batch, "contextlib", None)
    px.__del__()
