"""Extraction in N worker processes, results in input order, memory flat.

Why processes: the Stanza parse is CPU-bound and torch spreads the small
matrices of news sentences badly over several threads, so N processes with
one torch thread each go faster than one process with all the cores.

How: each worker loads the pipeline once (pool initializer).  Work goes out
in chunks (documents up to ``chunk_chars`` characters or ``chunksize``
documents, parsed in one ``extract_documents`` call) with a bounded number
of chunks in flight, and results come back in input order as soon as the
head of the line is ready.  Inputs are consumed lazily and nothing is kept
once yielded, so a run over thousands of files holds at most
``jobs * prefetch`` chunks.

A document that cannot be read, that makes the extractor raise, or that
kills its worker outright (out of memory, a crash in native code) comes back
as a :class:`DocError` in its place; the other documents are not affected.

Safe with the ``spawn`` and ``forkserver`` start methods (nothing relies on
state inherited by ``fork``); as with any ``multiprocessing`` code, a script
using this module needs the ``if __name__ == "__main__":`` guard.

The library never imports Click.
"""
from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import time
import traceback
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Union

from ..text.reader import Document, InputError, analysis_text, read_document
from ..record import Quote

#: most documents per worker task.
DEFAULT_CHUNKSIZE = 8
#: characters of text per worker task: a worker parses a task's documents in
#: one tagger/parser call plus a small one for antecedent sentences, so
#: bigger tasks pay fewer calls, but a few big tasks leave a worker idle at
#: the end of a small run (2 workers, seeds x10: 9.9 s with one article a
#: task, 7.9 s with 10,000 characters, 7.5 s with 20,000, 8.1 s with 30,000;
#: 21 GSD pseudo-articles: 1.6 s at 10,000, 1.5 s at 20,000).
DEFAULT_CHUNK_CHARS = 20000
#: chunks queued per worker beyond the one it is working on.
DEFAULT_PREFETCH = 2
DEFAULT_START_METHOD = "spawn"

Item = Union[Document, str, "os.PathLike[str]", InputError]


@dataclass
class DocError:
    """Why one document has no quotes; yielded in the document's place.

    ``kind`` is ``input`` (unreadable file), ``internal`` (the extractor
    raised: a bug) or ``crash`` (its worker process died).  ``message`` is
    one line naming the file, ready for ``quotes: error: <message>``.
    """

    path: str
    message: str
    kind: str
    exc_type: str = ""
    #: the worker's traceback, for a bug report (empty for unreadable input)
    detail: str = ""

    def __str__(self) -> str:
        return self.message


class DocumentFailed(Exception):
    """Raised by :meth:`ParallelExtractor.extract_documents` (which mimics
    ``Extractor.extract_documents`` and has no way to yield an error)."""

    def __init__(self, error: DocError) -> None:
        super().__init__(error.message)
        self.error = error


Result = tuple[Document, Union[list[Quote], DocError]]


def cpu_cores() -> int:
    """Cores this process may run on (respects taskset/cgroup affinity)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def resolve_jobs(jobs: int) -> int:
    """``jobs`` itself, or every core for ``jobs <= 0``."""
    return jobs if jobs > 0 else cpu_cores()


def threads_per_worker(jobs: int, cores: Optional[int] = None) -> int:
    """Torch threads per worker so that ``jobs`` workers do not oversubscribe."""
    return max(1, (cores or cpu_cores()) // max(1, jobs))


def default_factory(model: Optional[str] = None, int8: bool = False):
    """The real extractor (module level, hence picklable by reference;
    ``functools.partial(default_factory, int8=True)`` too)."""
    from ..pipeline import Extractor

    return Extractor(model=model, int8=int8)


# ------------------------------------------------------------- worker side

_STATE: dict[str, Any] = {}


def _init_worker(factory: Callable, model: Optional[str], threads: int,
                 encoding: Optional[str], markdown: Optional[bool]) -> None:
    """Runs once per worker: thread limits, then the (slow) pipeline load."""
    # Ctrl-C is the parent's business: it stops the pool cleanly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[var] = str(threads)
    _STATE.clear()
    _STATE.update(encoding=encoding, markdown=markdown, pid=os.getpid())
    t0 = time.perf_counter()
    try:
        # nothing but data on the parent's stdout, even if a library prints
        with contextlib.redirect_stdout(sys.stderr):
            _STATE["extractor"] = factory(model=model)
        _set_torch_threads(threads)
    except BaseException as e:  # noqa: BLE001 - reported with the first task
        _STATE["init_error"] = (type(e).__name__, str(e) or type(e).__name__)
    _STATE["load_s"] = time.perf_counter() - t0


def _set_torch_threads(threads: int) -> None:
    """Limit torch, if the extractor imported it (a fake one must not pay for it).

    The OMP/MKL variables set before the load already cover torch's own pool;
    this makes it explicit and also fixes the inter-op pool to one thread."""
    torch = sys.modules.get("torch")
    if torch is None:
        return
    torch.set_num_threads(threads)
    with contextlib.suppress(RuntimeError):
        torch.set_num_interop_threads(1)


def _placeholder(item: Any) -> Document:
    path = str(item) if not isinstance(item, Document) else item.path
    return Document(path, "", "")


def _input_error(item: Any, e: InputError) -> Result:
    doc = _placeholder(item)
    return doc, DocError(doc.path, str(e), "input", "InputError")


def _internal_error(d: Document, e: BaseException) -> DocError:
    return DocError(d.path, f"{d.path}: internal error ({type(e).__name__}: {e}); "
                    "please report it with this file", "internal", type(e).__name__,
                    traceback.format_exc())


def _run_chunk(items: list) -> list:
    """Read and extract a few documents; never raises for one document."""
    if "init_error" in _STATE:
        return [("init_error", _STATE["init_error"])]
    ext = _STATE["extractor"]
    out: list[Any] = [None] * len(items)
    todo: list[tuple[int, Document]] = []
    for k, it in enumerate(items):
        if isinstance(it, InputError):
            out[k] = _input_error(str(it).rsplit(": ", 1)[0], it)
        elif isinstance(it, Document):
            todo.append((k, it))
        else:
            try:
                todo.append((k, read_document(it, _STATE["encoding"], _STATE["markdown"])))
            except InputError as e:
                out[k] = _input_error(it, e)
            except Exception as e:  # noqa: BLE001 - e.g. a decoder bug
                out[k] = (_placeholder(it), _internal_error(_placeholder(it), e))
    if todo:
        notes = [list(d.notes) for _, d in todo]
        try:
            res = list(ext.extract_documents([d for _, d in todo]))
            if len(res) != len(todo):
                raise RuntimeError(f"extractor gave {len(res)} results for {len(todo)} documents")
            for (k, _), (d, qs) in zip(todo, res):
                out[k] = (d, list(qs))
        except Exception:  # noqa: BLE001 - find the culprit, keep the others
            for (k, d), n in zip(todo, notes):
                d.notes[:] = n  # notes from the failed batch attempt would repeat
                try:
                    ((d2, qs),) = list(ext.extract_documents([d]))
                    out[k] = (d2, list(qs))
                except Exception as e:  # noqa: BLE001
                    out[k] = (d, _internal_error(d, e))
    return out


def _ready(delay: float) -> tuple[int, float]:
    """A no-op task: the worker's pid and model load time (for :meth:`warmup`)."""
    time.sleep(delay)
    return _STATE.get("pid", os.getpid()), _STATE.get("load_s", 0.0)


# ------------------------------------------------------------- parent side


def _size(item: Any) -> int:
    """About how many characters a task item holds (a file's size in bytes)."""
    if isinstance(item, Document):
        return len(item.analysis)
    if isinstance(item, str):
        with contextlib.suppress(OSError):
            return os.stat(item).st_size
    return 0


class ParallelExtractor:
    """``Extractor`` look-alike that spreads documents over worker processes.

    The pool starts on first use and lives until :meth:`close` (or the end
    of a ``with`` block), so it can be fed chunk after chunk.  Prefer
    :meth:`results` (errors come back as :class:`DocError`); the
    ``extract_documents`` method exists so code written for ``Extractor``
    works unchanged.
    """

    def __init__(self, jobs: int = 2, model: Optional[str] = None, *,
                 extractor_factory: Optional[Callable] = None,
                 encoding: Optional[str] = None, markdown: Optional[bool] = None,
                 chunksize: int = DEFAULT_CHUNKSIZE, chunk_chars: int = DEFAULT_CHUNK_CHARS,
                 prefetch: int = DEFAULT_PREFETCH,
                 start_method: Optional[str] = None, threads: Optional[int] = None) -> None:
        self.jobs = resolve_jobs(jobs)
        self.model = model
        self.factory = extractor_factory or default_factory
        if extractor_factory is None:
            # fail here, in the parent, with the usual ModelError (CLI exit 3)
            from ..parser.parse import resolve_model

            resolve_model(model)
        self.encoding, self.markdown = encoding, markdown
        self.chunksize = max(1, chunksize)
        self.chunk_chars = max(1, chunk_chars)
        self.prefetch = max(1, prefetch)
        self.start_method = start_method or DEFAULT_START_METHOD
        # several workers: one torch thread each (two-thread workers sharing
        # cores spin against each other); a lone worker may use the cores
        self.threads = threads or (1 if self.jobs > 1 else threads_per_worker(self.jobs))
        self._pool: Optional[ProcessPoolExecutor] = None

    # -- pool life ------------------------------------------------------------
    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs, mp_context=multiprocessing.get_context(self.start_method),
                initializer=_init_worker,
                initargs=(self.factory, self.model, self.threads, self.encoding, self.markdown))
        return self._pool

    def close(self, kill: bool = False) -> None:
        """Stop the workers (``kill``: now, without finishing their task)."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if kill:
            for p in list(getattr(pool, "_processes", {}).values()):
                with contextlib.suppress(Exception):
                    p.terminate()
        with contextlib.suppress(Exception):
            pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> "ParallelExtractor":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.close(kill=exc_type is not None)

    def __del__(self) -> None:
        # may run at interpreter exit, when module globals are already gone
        if getattr(self, "_pool", None) is None:
            return
        try:
            self.close(kill=True)
        except BaseException:  # noqa: BLE001 - nothing to report to at exit
            pass

    def warmup(self, timeout: float = 300.0) -> list[float]:
        """Start every worker and wait until each has loaded its model.

        Returns the workers' load times.  Only needed to time steady-state
        throughput (the benchmark); normal use starts workers lazily.
        """
        ex = self._executor()
        seen: dict[int, float] = {}
        deadline = time.monotonic() + timeout
        while len(seen) < self.jobs and time.monotonic() < deadline:
            # tasks that hold a worker a moment make every worker take one
            for f in [ex.submit(_ready, 0.3) for _ in range(self.jobs)]:
                pid, load = f.result()
                seen[pid] = load
        return list(seen.values())

    # -- work -------------------------------------------------------------
    def results(self, items: Iterable[Item]) -> Iterator[Result]:
        """``(document, quotes)`` or ``(document, DocError)`` per input, in order.

        ``items`` are :class:`Document` objects, paths (read in the worker with
        this extractor's ``encoding``/``markdown``; ``-`` is read here from
        stdin) or ``InputError`` objects as ``expand_paths`` yields them.
        """
        chunks = self._chunks(items)
        pending: deque[tuple[list, Future]] = deque()
        window = self.jobs * (1 + self.prefetch)
        try:
            while True:
                while len(pending) < window:
                    chunk = next(chunks, None)
                    if chunk is None:
                        break
                    pending.append((chunk, self._executor().submit(_run_chunk, chunk)))
                if not pending:
                    return
                chunk, fut = pending.popleft()
                try:
                    res = fut.result()
                except BrokenProcessPool:
                    # a worker died; which document did it is unknown: retry what
                    # was in flight one document at a time in a fresh pool
                    left = [chunk] + [c for c, _ in pending]
                    pending.clear()
                    self.close(kill=True)
                    for c in left:
                        for item in c:
                            yield from self._isolated(item)
                    continue
                yield from self._unpack(res)
        finally:
            for _, f in pending:
                f.cancel()

    def _isolated(self, item: Any) -> Iterator[Result]:
        try:
            res = self._executor().submit(_run_chunk, [item]).result()
        except BrokenProcessPool:
            self.close(kill=True)
            doc = item if isinstance(item, Document) else _placeholder(item)
            yield doc, DocError(doc.path, f"{doc.path}: the worker process died on this "
                                "document (out of memory?); skipped", "crash", "BrokenProcessPool")
            return
        yield from self._unpack(res)

    def _unpack(self, res: list) -> Iterator[Result]:
        for r in res:
            if r[0] == "init_error":
                name, msg = r[1]
                self.close(kill=True)
                if name == "ModelError":
                    from ..parser.parse import ModelError

                    raise ModelError(msg)
                raise RuntimeError(f"worker could not start: {name}: {msg}")
            yield r

    def _chunks(self, items: Iterable[Item]) -> Iterator[list]:
        cur: list = []
        size = 0
        for it in items:
            if isinstance(it, (str, Path)) and str(it) == "-":
                try:
                    it = read_document("-", self.encoding, self.markdown)
                except InputError as e:
                    it = e
            elif isinstance(it, os.PathLike) and not isinstance(it, Path):
                it = os.fspath(it)
            cur.append(it)
            size += _size(it)
            if len(cur) >= self.chunksize or size >= self.chunk_chars:
                yield cur
                cur, size = [], 0
        if cur:
            yield cur

    def extract_documents(self, docs: Iterable[Document]) -> Iterator[tuple[Document, list[Quote]]]:
        """Like ``Extractor.extract_documents``: raises :class:`DocumentFailed`
        at the first document that failed (those before it were yielded)."""
        for d, r in self.results(docs):
            if isinstance(r, DocError):
                raise DocumentFailed(r)
            yield d, r

    def extract(self, text: str, doc: str = "-", markdown: bool = False) -> list[Quote]:
        d = Document(doc, text, analysis_text(text, markdown), markdown)
        return next(self.extract_documents([d]))[1]


def extract_parallel(docs_or_paths: Iterable[Item], jobs: int = 2, model: Optional[str] = None,
                     *, encoding: Optional[str] = None, markdown: Optional[bool] = None,
                     chunksize: int = DEFAULT_CHUNKSIZE, chunk_chars: int = DEFAULT_CHUNK_CHARS,
                     prefetch: int = DEFAULT_PREFETCH,
                     extractor_factory: Optional[Callable] = None,
                     start_method: Optional[str] = None) -> Iterator[Result]:
    """Quotes of every input with ``jobs`` worker processes, in input order.

    Yields ``(Document, list[Quote])``, or ``(Document, DocError)`` for an
    input that could not be read or processed (for an unreadable file the
    document is an empty placeholder with its path).  The pool is stopped
    when the iteration ends, is abandoned, or raises.
    """
    px = ParallelExtractor(jobs, model, extractor_factory=extractor_factory, encoding=encoding,
                           markdown=markdown, chunksize=chunksize, chunk_chars=chunk_chars,
                           prefetch=prefetch,
                           start_method=start_method)
    ok = False
    try:
        yield from px.results(docs_or_paths)
        ok = True
    finally:
        px.close(kill=not ok)
