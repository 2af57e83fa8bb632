"""The batch on a Dask distributed cluster: ``baocao extract --cluster tcp://HOST:8786``.

The client (this process) walks the files, reads each once and hashes it
(:func:`pipeline.check_file`: the same guards, the same skip against one bulk query of the
stored hashes), and sends each document still to do *as bytes* (its
:class:`~baocao.extract.source.Source`) to the cluster: the workers need no shared storage,
and no file is read twice. On a worker the document runs through the same per-document
function as a local batch, under the same ceilings (a :class:`LimitedWorker` for each
extraction a Dask worker runs at once: its own child process, time limit, memory ceiling,
session kill), and the worker stores it in PostgreSQL itself, in one transaction under the
store's per-document lock (:meth:`Store.save_extraction` with ``replace=False``), so the
client receives only a small :class:`~baocao.pipeline.Outcome` per document. Quick
documents (text, Word, spreadsheets) travel in chunks of up to :data:`CHUNK_DOCS` (fewer
tasks to schedule), PDFs, images and files LibreOffice converts each alone; a
worker extracts a chunk's next document in its child while it stores the last one, as the
local pool's parent does. ``store_on="client"`` streams the
extraction back instead and the client stores it, as a local batch does; the benchmark
measures both (``bench/bench_scale.py``).

Nothing is lost or stored twice:

- each task's key is the document's hash and the extractor version, so one document under
  two names is one task;
- a worker that dies mid-document leaves no row (its transaction never committed); the
  scheduler hands the task to another worker, up to ``distributed.scheduler.allowed-failures``
  times (3), and then fails it (``KilledWorker``). A chunk failed so is sent again one
  document a task, so that a document that kills every worker it lands on is recorded
  failed ("workers died on it") alone and the others of its chunk are stored;
- a worker that dies after committing but before reporting is harmless: the retry finds the
  document stored and reports it ``skipped``;
- a killed client, worker or scheduler leaves every document stored whole or not at all; the
  same command completes the rest (what is stored is skipped by hash).

At most ``window`` tasks (default: twice the cluster's threads) are in flight, each future
released as it is settled, and the client's link to the scheduler keeps no log of the tasks
it sent (Dask's default keeps the last 1,000 batches, documents' bytes included): what the
client keeps per document is its outcome line, so its memory stays flat.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import multiprocessing
import sys
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from baocao import EXTRACTOR_VERSION
from baocao.errors import ClusterError, DocumentError, StoreError
from baocao.extract.limits import LimitedWorker
from baocao.extract.pagecache import PageCache
from baocao.extract.source import Source
from baocao.model import Extraction, Format
from baocao.pipeline import (
    BatchSummary,
    Job,
    Outcome,
    _limited_worker,
    _record_failure,
    iter_files,
    jobs_to_extract,
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
    from distributed import as_completed

    todo = files if files is not None else list(iter_files(paths))
    stored = None if force else store.current_hashes(EXTRACTOR_VERSION)
    outcomes: list[Outcome] = []
    running: dict[Any, list[Job]] = {}
    chunk: list[Job] = []
    client: Any = None
    pending: Any = None
    limit = chunk_docs = 0

    def emit(outcome: Outcome) -> None:
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    def settle(future: Any) -> None:
        jobs = running.pop(future)
        outcomes = _settle(jobs, future, store=store, force=force, store_on=store_on)
        future.release()
        if outcomes is None:
            # Workers died running this chunk: one of its documents may be killing them, the
            # others are innocent. Each goes again alone (the ones stored already come back
            # skipped), so that only the one that kills its workers is recorded failed.
            for job in jobs:
                submit([job])
            return
        for outcome in outcomes:
            emit(outcome)

    def submit(jobs: list[Job]) -> None:
        while len(running) >= limit:
            settle(next(pending))
        future = _submit(client, jobs, settings, db_url, force, store_on)
        running[future] = jobs
        pending.add(future)

    def send() -> None:
        if chunk:
            jobs = list(chunk)
            chunk.clear()
            submit(jobs)

    try:
        checked_files = jobs_to_extract(
            todo, store=store, settings=settings, force=force, stored=stored, emit=emit
        )
        for checked in checked_files:
            if client is None:  # the first document to extract: a re-run of skips needs none
                client, slots = _connect(address, db_url if store_on == "worker" else None)
                limit = window or max(2, 2 * slots)
                pending = as_completed(loop=client.loop)
                # Small documents travel in chunks (fewer tasks, less scheduling per
                # document), but never so large that the last chunks leave workers idle.
                chunked = store_on == "worker"
                chunk_docs = max(1, min(CHUNK_DOCS, len(todo) // (4 * slots))) if chunked else 1
            if checked.source.format in SLOW_FORMATS:
                # Seconds to minutes each (OCR, LibreOffice): a task of its own, so that no
                # chunk of quick documents waits behind it and the last tasks stay balanced.
                send()
                chunk.append(checked)
                send()
                continue
            chunk.append(checked)
            if len(chunk) >= chunk_docs or sum(j.size for j in chunk) >= CHUNK_BYTES:
                send()
        send()
        for future in pending or ():
            settle(future)
    except (OSError, TimeoutError, CancelledError) as e:
        # A cancelled task: the scheduler went away and took its tasks with it.
        why = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise ClusterError(
            f"lost the Dask scheduler at {address} mid-batch ({why}); documents stored until"
            " then stay stored, and the same command completes the rest"
        ) from e
    finally:
        if client is not None:
            client.close(timeout=5)
    return BatchSummary(tuple(outcomes))


def _connect(address: str, db_url: str | None) -> tuple[Any, int]:
    """A client of the scheduler at ``address`` and the cluster's threads, every worker made
    ready (:func:`prepare_worker`) at once rather than by its first document."""
    import dask
    from distributed import Client

    try:
        # The client's link to the scheduler (a BatchedSend) keeps the last
        # ``low-level-log-length`` batches it sent, 1,000 by default, for debugging: each
        # holds tasks with their documents' bytes, up to 1 MB a batch. That log, not the
        # batch's own state, made the client grow with the archive (docs/scale.md).
        with dask.config.set({"distributed.admin.low-level-log-length": 0}):
            client = Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
    except (OSError, TimeoutError) as e:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {e}") from e
    try:
        threads = client.nthreads()  # {worker address: its threads}
        if not threads:  # still starting, or starting again under their nannies: wait a bit
            try:
                client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S)
            except TimeoutError:
                raise ClusterError(
                    f"the Dask scheduler at {address} has no workers"
                    f" (none joined in {CONNECT_TIMEOUT_S} s)"
                ) from None
            threads = client.nthreads()
        client.run(prepare_worker, db_url)
    except BaseException:
        client.close(timeout=5)
        raise
    return client, sum(threads.values())


#: At most this many documents, and about this many bytes, in one task of
#: :func:`extract_chunk_on_worker`.
CHUNK_DOCS = 8
CHUNK_BYTES = 16 * 1024 * 1024

#: Formats that may need OCR or a LibreOffice conversion: never chunked.
SLOW_FORMATS = frozenset({Format.PDF, Format.IMAGE, Format.DOC, Format.RTF, Format.ODT, Format.XLS})


def _submit(
    client: Any,
    jobs: list[Job],
    settings: ExtractSettings,
    db_url: str,
    force: bool,
    store_on: str,
) -> Any:
    """The future of the outcomes of ``jobs`` (``store_on="worker"``), or of the extraction
    of the one job (``"client"``)."""
    job = jobs[0]
    key = f"{job.sha256}-{EXTRACTOR_VERSION}"
    with warnings.catch_warnings():
        # The documents ride in their tasks by design (docs/scale.md, "Large files"): Dask's
        # advice, for a task of over 10 MB, to send its data some other way is not for the
        # user of this batch.
        warnings.filterwarnings("ignore", "Sending large graph", UserWarning)
        if store_on == "client":
            cache = dict(job.page_cache)
            return client.submit(
                extract_only, job.source, cache, settings, key=f"baocao-extract-{key}", pure=False
            )
        items = [(j.source, dict(j.page_cache)) for j in jobs]
        if len(jobs) > 1:  # one key for the chunk: its documents' hashes, in order
            key = hashlib.sha256("".join(j.sha256 for j in jobs).encode()).hexdigest()
            key = f"chunk-{key}-{EXTRACTOR_VERSION}"
        return client.submit(
            extract_chunk_on_worker, items, settings, db_url, force, key=f"baocao-{key}", pure=False
        )


def _raise(error: BaseException) -> Any:
    raise error


def _settle(
    jobs: list[Job], future: Any, *, store, force: bool, store_on: str
) -> list[Outcome] | None:
    """The outcomes of one finished task: the worker's, or failures recorded here; None for a
    chunk of several documents that Dask gave up after its workers died (to be split)."""
    from distributed import KilledWorker

    try:
        value = future.result()
    except KilledWorker as e:
        if len(jobs) > 1:
            return None
        cause = f"workers died on it, each time: {e}"
        failures = [DocumentError(job.path.name, cause) for job in jobs]
    except (StoreError, ClusterError, OSError, TimeoutError, CancelledError):
        raise  # the database, the cluster or the way to it, not the document: stop
    except Exception as e:
        if store_on == "client":  # the document's own failure, recorded as a local batch does
            return [store_file(jobs[0], functools.partial(_raise, e), store=store, force=force)]
        log.exception("%s: unexpected error on a worker", jobs[0].path.name)  # a bug: go on
        cause = f"internal error: {type(e).__name__}: {e}"
        failures = [DocumentError(job.path.name, cause) for job in jobs]
    else:
        if store_on == "client":
            return [store_file(jobs[0], lambda: value, store=store, force=force)]
        outcomes = value if isinstance(value, list) else [value]
        return [
            Outcome(
                job.path,  # as the client named it: the worker knows the file by its name only
                outcome.status,
                error=outcome.error,
                # Each kind's name arrives as a new string: one copy of each is kept instead
                # of one per document (the summary keeps every document's outcome).
                facts_by_kind={sys.intern(k): n for k, n in outcome.facts_by_kind.items()},
                pages=outcome.pages,
                document_id=outcome.document_id,
            )
            for job, outcome in zip(jobs, outcomes, strict=True)
        ]
    return [
        _record_failure(job.path, job.sha256, job.size, failure, store=store)
        for job, failure in zip(jobs, failures, strict=True)
    ]


# --- on a worker ----------------------------------------------------------------------------

#: The LimitedWorkers of this Dask worker process, idle ones kept for the next task: as many
#: as it runs extractions at once (its threads, or its extraction slots), each with its own
#: child process.
_idle: list[tuple[tuple[float, int, float], LimitedWorker]] = []
_idle_lock = threading.Lock()
_stores: dict[str, Any] = {}
_stores_lock = threading.Lock()


@contextmanager
def _limited(settings: ExtractSettings) -> Iterator[LimitedWorker]:
    """An idle LimitedWorker of this process for these settings' ceilings, or a new one."""
    key = (settings.document_timeout_s, settings.memory_limit_mb, settings.timeout_per_page_s)
    with _idle_lock:
        found = next((i for i, (k, _w) in enumerate(_idle) if k == key), None)
        worker = _idle.pop(found)[1] if found is not None else None
    if worker is None:
        if multiprocessing.current_process().daemon:
            # Dask's nanny starts its workers as daemons by default, and a daemon may not
            # start the child each document runs in: say how to start the workers instead
            # of failing every document.
            raise ClusterError(
                "the Dask workers run as daemon processes and cannot start the per-document"
                " child: start them with DASK_DISTRIBUTED__WORKER__DAEMON=False in their"
                " environment (or with --no-nanny)"
            )
        warm_up()  # lexicons loaded once in the Dask worker; each child inherits them
        worker = _limited_worker(settings)
    try:
        yield worker
    finally:
        with _idle_lock:
            _idle.append((key, worker))


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


def extract_only(source: Source, page_cache: PageCache, settings: ExtractSettings) -> Extraction:
    """A cluster task: the document's extraction, under the per-document ceilings."""
    with _limited(settings) as worker:
        return worker(
            source,
            settings,
            page_cache,
            document=source.name,
            timeout_s=settings.time_limit_s(size_bytes=source.size_bytes),
        )


def extract_chunk_on_worker(
    items: list[tuple[Source, PageCache]],
    settings: ExtractSettings,
    db_url: str,
    force: bool,
) -> list[Outcome]:
    """A cluster task: extract and store each document of a chunk, in order, each in its
    own transaction, the next extracted (in this worker's child) while the last is stored.

    Retried as a whole when the worker dies: the documents it stored already come back
    ``skipped`` (the store's check under its per-document lock), the others are stored."""
    store = _worker_store(db_url)
    outcomes: list[Outcome] = []
    with (
        _limited(settings) as worker,
        ThreadPoolExecutor(max_workers=1, thread_name_prefix="baocao-extract") as pool,
    ):
        previous: tuple[Job, Future[Extraction]] | None = None
        for source, cache in items:
            future = pool.submit(
                worker,
                source,
                settings,
                cache,
                document=source.name,
                timeout_s=settings.time_limit_s(size_bytes=source.size_bytes),
            )
            if previous is not None:
                outcomes.append(
                    store_file(previous[0], previous[1].result, store=store, force=force)
                )
            previous = (Job(source.path, source, cache), future)
        if previous is not None:
            outcomes.append(store_file(previous[0], previous[1].result, store=store, force=force))
    return outcomes
