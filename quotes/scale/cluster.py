"""Archive partitions on a Dask cluster (``--engine dask``, :func:`extract_dask`).

Each worker loads the model once, in a worker plugin's ``setup`` (a plugin
is sent as its factory and model name; the loaded pipeline never travels),
and runs one torch thread: several workers on one machine with several
threads each spin against each other (four two-thread processes on two
cores took 29 s each for 5 s of work).  A worker that joins later, or is
restarted after a crash, gets the plugin too.

Partitions go out a few at a time and come back in input order.  A
partition whose task raises is tried once more, then its articles are
reported as failed and the run goes on; a worker that dies mid-task is
Dask's business: the scheduler gives the task to another worker.

``dask[distributed]`` is an optional extra (``pip install 'quotes[dask]'``),
imported only when this module is used.
"""
from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import uuid
from collections import deque
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

from .archive import MissingExtra, Partition, require
from .runner import PartitionResult, assemble, extract_payload, payload

#: the plugin's name on every worker.
PLUGIN = "quotes-extractor"
#: partitions in flight per worker beyond the one it is working on.
PREFETCH = 2
#: tries of a partition whose task raised (Dask's own retry of a dead worker's task aside).
TRIES = 2


def distributed():
    """The ``distributed`` module, or :class:`MissingExtra` naming the extra."""
    return require("distributed", "dask", "--engine dask")


def one_thread() -> None:
    """One torch (and BLAS/OpenMP) thread in this process, whatever it imported."""
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[var] = "1"
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(1)
        with contextlib.suppress(RuntimeError):
            torch.set_num_interop_threads(1)


def _default_factory(model: Optional[str] = None):
    from ..pipeline import Extractor

    return Extractor(model=model)


class ExtractorPlugin:
    """Loads the extractor once per worker; tasks borrow it under a lock (a
    worker with several threads runs tasks side by side, the parser is not
    thread-safe)."""

    name = PLUGIN

    def __init__(self, factory: Optional[Callable] = None, model: Optional[str] = None) -> None:
        self.factory = factory or _default_factory
        self.model = model
        self.extractor: Any = None
        self.error: Optional[tuple[str, str]] = None
        self.lock: Any = None

    def __getstate__(self) -> dict:
        return {"factory": self.factory, "model": self.model}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["factory"], state["model"])

    def setup(self, worker: Any = None) -> None:
        self.lock = threading.Lock()
        one_thread()
        try:
            with contextlib.redirect_stdout(sys.stderr):
                self.extractor = self.factory(model=self.model)
        except BaseException as e:  # noqa: BLE001 - reported with the first task
            self.error = (type(e).__name__, str(e) or type(e).__name__)
        one_thread()  # the load imported torch: limit its pools now

    def teardown(self, worker: Any = None) -> None:
        self.extractor = None


def _plugin_class():
    """:class:`ExtractorPlugin` as a ``distributed.WorkerPlugin`` (built lazily,
    so this module imports without Dask)."""
    wp = distributed().WorkerPlugin
    return type("QuotesWorkerPlugin", (ExtractorPlugin, wp), {"__module__": __name__})


def _worker_plugin() -> Optional[ExtractorPlugin]:
    from distributed import get_worker

    try:
        return get_worker().plugins.get(PLUGIN)
    except ValueError:  # not on a worker (e.g. the synchronous scheduler)
        return None


def run_payload(items: list[tuple[str, str, bool]]) -> Any:
    """The task: quotes of a partition's ``(id, text, markdown)`` rows on this worker."""
    plugin = _worker_plugin()
    if plugin is None:
        return ("init_error", ("RuntimeError", "no quotes plugin on this worker"))
    if plugin.error:
        return ("init_error", plugin.error)
    with plugin.lock:
        return extract_payload(plugin.extractor, items)


def _raise_init(name: str, msg: str) -> None:
    if name == "ModelError":
        from ..parser.parse import ModelError

        raise ModelError(msg)
    raise RuntimeError(f"a Dask worker could not load the model: {name}: {msg}")


def _cluster_logs_quiet() -> None:
    for name in ("distributed", "distributed.nanny", "distributed.scheduler", "distributed.worker"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


class DaskEngine:
    """Partitions through a Dask cluster: ``scheduler`` (an address such as
    ``tcp://10.0.0.5:8786``), an existing ``client``, or a ``LocalCluster`` of
    ``workers`` one-thread processes."""

    def __init__(self, scheduler: Optional[str] = None, workers: int = 2,
                 model: Optional[str] = None, factory: Optional[Callable] = None,
                 client: Any = None, prefetch: int = PREFETCH) -> None:
        dd = distributed()
        if factory is None:
            from ..parser.parse import resolve_model

            resolve_model(model)  # the usual ModelError here, not on every worker
        self._own: list = []
        if client is None:
            _cluster_logs_quiet()
            if scheduler:
                client = dd.Client(scheduler)
            else:
                cluster = dd.LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                                          processes=True, dashboard_address=":0",
                                          silence_logs=logging.CRITICAL)
                self._own.append(cluster)
                client = dd.Client(cluster)
            self._own.insert(0, client)
        self.client = client
        self.client.register_plugin(_plugin_class()(factory, model), name=PLUGIN)
        self.prefetch = max(0, prefetch)

    def _slots(self) -> int:
        info = self.client.scheduler_info(n_workers=-1) if _takes_n_workers(self.client) \
            else self.client.scheduler_info()
        n = sum(w.get("nthreads", 1) for w in info.get("workers", {}).values())
        return max(1, n) * (1 + self.prefetch)

    def _submit(self, part: Partition, attempt: int):
        key = f"quotes-{part.name}-{attempt}-{uuid.uuid4().hex[:8]}"
        return self.client.submit(run_payload, payload(part), key=key, pure=False)

    def run(self, parts: Iterable[Partition]) -> Iterator[PartitionResult]:
        pending: deque = deque()
        it = iter(parts)
        window = self._slots()
        try:
            while True:
                while len(pending) < window:
                    p = next(it, None)
                    if p is None:
                        break
                    pending.append([p, self._submit(p, 1) if p.articles else None, 1])
                if not pending:
                    return
                p, fut, attempt = pending[0]
                if fut is None:
                    pending.popleft()
                    yield assemble(p, [])
                    continue
                try:
                    res = fut.result()
                except Exception as e:  # noqa: BLE001 - the task raised, or its workers died
                    if attempt < TRIES:
                        pending[0] = [p, self._submit(p, attempt + 1), attempt + 1]
                        continue
                    pending.popleft()
                    yield assemble(p, None, f"{type(e).__name__}: {e}".strip())
                    continue
                pending.popleft()
                if isinstance(res, tuple) and res and res[0] == "init_error":
                    _raise_init(*res[1])
                yield assemble(p, res)
        finally:
            for _, f, _ in pending:
                if f is not None:
                    f.cancel()

    def close(self) -> None:
        for obj in self._own:
            with contextlib.suppress(Exception):
                obj.close()
        self._own = []

    def __enter__(self) -> "DaskEngine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _takes_n_workers(client: Any) -> bool:
    import inspect

    with contextlib.suppress(TypeError, ValueError):
        return "n_workers" in inspect.signature(client.scheduler_info).parameters
    return False


# ---------------------------------------------------------------- library API


def _rows_of(part: Any, k: int, text_field: str, id_field: Optional[str],
             keep: Sequence[str]) -> list[tuple[str, str, dict]]:
    """``(id, text, kept)`` for each usable row of a bag or dataframe partition."""
    rows: list[tuple[str, str, dict]] = []
    if hasattr(part, "iterrows"):  # a pandas partition: the index is the default id
        records = ((str(i), r.to_dict()) for i, r in part.iterrows())
    else:
        records = ((f"{k}:{j}", r if isinstance(r, dict) else {text_field: r})
                   for j, r in enumerate(part))
    for default_id, rec in records:
        text = rec.get(text_field)
        if not isinstance(text, str):
            continue
        ident = str(rec[id_field]) if id_field and rec.get(id_field) is not None else default_id
        rows.append((ident, text, {c: rec.get(c) for c in keep}))
    return rows


def _extract_part(part: Any, k: int, text_field: str, id_field: Optional[str],
                  keep: Sequence[str], factory: Optional[Callable], model: Optional[str]) -> list[dict]:
    from .archive import with_kept

    rows = _rows_of(part, k, text_field, id_field, keep)
    plugin = _worker_plugin()
    if plugin is None:  # no cluster (dask's local schedulers): load here, once a partition
        plugin = ExtractorPlugin(factory, model)
        plugin.setup()
    if plugin.error:
        _raise_init(*plugin.error)
    with plugin.lock:
        outcomes = extract_payload(plugin.extractor, [(i, t, False) for i, t, _ in rows])
    out: list[dict] = []
    for (i, _, kept), o in zip(rows, outcomes):
        if isinstance(o, str):
            raise RuntimeError(f"{i}: {o}")
        out += [q.to_dict() for q in with_kept(o[0], kept)]
    return out


def extract_dask(data: Any, *, text_field: str = "text", id_field: Optional[str] = None,
                 keep: Sequence[str] = (), model: Optional[str] = None,
                 factory: Optional[Callable] = None, client: Any = None):
    """Quotes of a Dask bag (of texts or dicts) or dataframe, as a lazy bag of
    quote dicts (the record's fields, then the ``keep`` columns), in input order.

    The id of a row is its ``id_field``, else its dataframe index, else
    ``"<partition>:<position>"`` in a bag.  With a distributed client (the
    current one unless ``client`` is given) each worker loads the model once
    in a plugin; a failing partition is retried once (``.compute(retries=1)``
    is yours to pass).  ``bag.to_dataframe()`` turns the result into a frame.
    """
    db = require("dask.bag", "dask", "extract_dask")
    dask = require("dask", "dask", "extract_dask")
    dd = distributed()
    if client is None:
        with contextlib.suppress(ValueError):
            client = dd.get_client()
    if client is not None:
        client.register_plugin(_plugin_class()(factory, model), name=PLUGIN)
    parts = data.to_delayed()
    if hasattr(parts, "ravel"):  # a dataframe gives an array of delayed partitions
        parts = list(parts.ravel())
    task = dask.delayed(_extract_part, pure=True)
    return db.from_delayed([task(p, k, text_field, id_field, tuple(keep), factory, model)
                            for k, p in enumerate(parts)])


__all__ = ["DaskEngine", "ExtractorPlugin", "MissingExtra", "extract_dask", "one_thread"]
