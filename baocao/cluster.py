"""The batch on a Dask distributed cluster: ``baocao extract --cluster tcp://HOST:8786``.

The client (this process) walks the files, reads each once and hashes it
(:func:`pipeline.check_file`: the same guards, the same skip against one bulk query of the
stored hashes), and sends each document still to do *as bytes* (its
:class:`~baocao.extract.source.Source`) to the cluster: the workers need no shared storage,
and no file is read twice. On a worker the document runs through the same per-document
function as a local batch, under the same ceilings (one :class:`LimitedWorker` per Dask
worker thread: its own child process, time limit, memory ceiling, session kill), and the
worker stores it in PostgreSQL itself, in one transaction under the store's per-document
lock (:meth:`Store.save_extraction` with ``replace=False``), so the client receives only a
small :class:`~baocao.pipeline.Outcome` per document. ``store_on="client"`` streams the
extraction back instead and the client stores it, as a local batch does; the benchmark
measures both (``bench/bench_scale.py``).

Nothing is lost or stored twice:

- each task's key is the document's hash and the extractor version, so one document under
  two names is one task;
- a worker that dies mid-document leaves no row (its transaction never committed); the
  scheduler hands the task to another worker, up to ``distributed.scheduler.allowed-failures``
  times, after which the client records the document failed ("workers died on it");
- a worker that dies after committing but before reporting is harmless: the retry finds the
  document stored and reports it ``skipped``;
- a killed client, worker or scheduler leaves every document stored whole or not at all; the
  same command completes the rest (what is stored is skipped by hash).

At most ``window`` documents (default: twice the cluster's threads) are in flight, so the
client's memory stays flat whatever the archive's size.
"""

from __future__ import annotations

import functools
import logging
import multiprocessing
import threading
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import CancelledError
from pathlib import Path
from typing import Any

from baocao import EXTRACTOR_VERSION
from baocao.errors import ClusterError, DocumentError, StoreError
from baocao.extract.limits import LimitedWorker
from baocao.extract.source import Source
from baocao.model import Extraction
from baocao.pipeline import (
    BatchSummary,
    Job,
    Outcome,
    _limited_worker,
    _record_failure,
    check_file,
    iter_files,
    store_file,
    warm_up,
)
from baocao.settings import DEFAULT_EXTRACT_SETTINGS, ExtractSettings

log = logging.getLogger(__name__)

#: Where a document's result is written: by the worker that extracted it, or by the client.
STORE_ON = ("worker", "client")

#: Seconds to wait for the scheduler to answer before giving up with a ClusterError.
CONNECT_TIMEOUT_S = 20


def run_cluster(
    paths: Iterable[str | Path],
    *,
    address: str,
    store,  # baocao.store.Store, opened on db_url by the caller (migrated before any worker)
    db_url: str,
    settings: ExtractSettings = DEFAULT_EXTRACT_SETTINGS,
    force: bool = False,
    on_outcome: Callable[[Outcome], None] | None = None,
    files: list[Path] | None = None,
    window: int | None = None,
    store_on: str = "worker",
) -> BatchSummary:
    """Extract every file under ``paths`` on the Dask cluster at ``address`` into the
    PostgreSQL database at ``db_url`` (which ``store`` is open on), one transaction per
    document; see the module's docstring for how nothing is lost or stored twice.

    Raises :class:`~baocao.errors.ClusterError` when the scheduler cannot be reached or goes
    away mid-batch (documents stored until then stay stored), and
    :class:`~baocao.errors.StoreError` when the database cannot be written.
    """
    if store_on not in STORE_ON:
        raise ValueError(f"store_on must be one of {STORE_ON}, not {store_on!r}")
    if store.dialect != "postgresql":
        raise ClusterError(
            "a cluster writes to PostgreSQL only (workers on other machines cannot share a"
            " SQLite file): give --db postgresql+psycopg://…"
        )
    from distributed import Client, as_completed

    todo = files if files is not None else list(iter_files(paths))
    stored = None if force else store.current_hashes(EXTRACTOR_VERSION)
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
    except (OSError, TimeoutError) as e:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {e}") from e
    outcomes: list[Outcome] = []

    def emit(outcome: Outcome) -> None:
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    try:
        threads = sum(client.nthreads().values())
        if threads == 0:
            raise ClusterError(f"the Dask scheduler at {address} has no workers")
        limit = window or max(2, 2 * threads)
        # Lexicons and the database connection made ready on every worker at once, before
        # the first document, rather than by each worker's first document in turn.
        client.run(prepare_worker, db_url if store_on == "worker" else None)
        running: dict[Any, Job] = {}
        pending = as_completed(loop=client.loop)

        def settle(future: Any) -> None:
            job = running.pop(future)
            emit(_settle(job, future, store=store, force=force, store_on=store_on))
            future.release()

        for path in todo:
            checked = check_file(path, store=store, settings=settings, force=force, stored=stored)
            if isinstance(checked, Outcome):
                emit(checked)
                continue
            if stored is not None:
                stored.add(checked.sha256)
            if len(running) >= limit:
                settle(next(pending))
            future = client.submit(
                extract_on_worker if store_on == "worker" else extract_only,
                checked.source,
                dict(checked.page_cache),
                settings,
                *((db_url, force) if store_on == "worker" else ()),
                key=f"baocao-{checked.sha256}-{EXTRACTOR_VERSION}-{store_on}",
                pure=False,
            )
            running[future] = checked
            pending.add(future)
        for future in pending:
            settle(future)
    except (OSError, TimeoutError, CancelledError) as e:
        # A cancelled task: the scheduler went away and took its tasks with it.
        why = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise ClusterError(
            f"lost the Dask scheduler at {address} mid-batch ({why}); documents stored until"
            " then stay stored, and the same command completes the rest"
        ) from e
    finally:
        client.close(timeout=5)
    return BatchSummary(tuple(outcomes))


def _raise(error: BaseException) -> Any:
    raise error


def _settle(job: Job, future: Any, *, store, force: bool, store_on: str) -> Outcome:
    """The outcome of one finished task: the worker's, or a failure recorded here."""
    from distributed import KilledWorker

    try:
        value = future.result()
    except KilledWorker as e:
        failure = DocumentError(job.path.name, f"workers died on it, each time: {e}")
    except (StoreError, ClusterError, OSError, TimeoutError, CancelledError):
        raise  # the database, the cluster or the way to it, not the document: stop
    except Exception as e:
        if store_on == "client":  # the document's own failure, recorded as a local batch does
            return store_file(job, functools.partial(_raise, e), store=store, force=force)
        log.exception("%s: unexpected error on a worker", job.path.name)  # a bug: go on
        failure = DocumentError(job.path.name, f"internal error: {type(e).__name__}: {e}")
    else:
        if store_on == "client":
            return store_file(job, lambda: value, store=store, force=force)
        return Outcome(
            job.path,  # as the client named it: the worker knows the file by its name only
            value.status,
            error=value.error,
            facts_by_kind=value.facts_by_kind,
            pages=value.pages,
            document_id=value.document_id,
        )
    return _record_failure(job.path, job.sha256, job.size, failure, store=store)


# --- on a worker ----------------------------------------------------------------------------

#: One LimitedWorker per Dask worker thread, each with its own child process.
_local = threading.local()
_stores: dict[str, Any] = {}
_stores_lock = threading.Lock()


def _worker_extractor(settings: ExtractSettings) -> LimitedWorker:
    key = (settings.document_timeout_s, settings.memory_limit_mb, settings.timeout_per_page_s)
    worker = getattr(_local, "worker", None)
    if worker is None and multiprocessing.current_process().daemon:
        # Dask's nanny starts its workers as daemons by default, and a daemon may not start
        # the child each document runs in: say how to start the workers instead of failing
        # every document.
        raise ClusterError(
            "the Dask workers run as daemon processes and cannot start the per-document"
            " child: start them with DASK_DISTRIBUTED__WORKER__DAEMON=False in their"
            " environment (or with --no-nanny)"
        )
    if worker is None or _local.key != key:
        if worker is not None:
            worker.close()
        warm_up()  # lexicons loaded once in the Dask worker; each child inherits them
        worker = _limited_worker(settings)
        _local.worker, _local.key = worker, key
    return worker


def prepare_worker(db_url: str | None) -> None:
    """Run on every worker before the batch: load the lexicons (each per-document child
    inherits them) and open the store."""
    warm_up()
    if db_url is not None:
        _worker_store(db_url)


def _worker_store(db_url: str) -> Any:
    from baocao.store import open_store

    with _stores_lock:
        if db_url not in _stores:
            _stores[db_url] = open_store(db_url)
        return _stores[db_url]


def extract_only(
    source: Source, page_cache: Mapping[int, str], settings: ExtractSettings
) -> Extraction:
    """A cluster task: the document's extraction, under the per-document ceilings."""
    worker = _worker_extractor(settings)
    return worker(
        source,
        settings,
        page_cache,
        document=source.name,
        timeout_s=settings.time_limit_s(size_bytes=source.size_bytes),
    )


def extract_on_worker(
    source: Source,
    page_cache: Mapping[int, str],
    settings: ExtractSettings,
    db_url: str,
    force: bool,
) -> Outcome:
    """A cluster task: extract the document and store it (or its failure) from here, in one
    transaction; a document another worker stored meanwhile comes back ``skipped``."""
    job = Job(source.path, source, page_cache)
    _worker_extractor(settings)  # a worker that cannot extract stops the batch, here
    return store_file(
        job,
        lambda: extract_only(source, page_cache, settings),
        store=_worker_store(db_url),
        force=force,
    )
