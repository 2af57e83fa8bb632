"""The whole job: files in, facts into a store, one transaction per document.

``extract_file`` runs the stages for one file and times each; ``run_batch`` walks files and
folders, skips documents already stored at this extractor version, extracts the rest in
``settings.workers`` supervised worker processes at once, stores each document in its own
transaction (always from the calling thread: the only writer), and records a failed
document instead of stopping. The library never prints: callers watch progress through the
``on_outcome`` callback.
"""

from __future__ import annotations

import functools
import logging
import os
import stat
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from baocao import EXTRACTOR_VERSION
from baocao.errors import DocumentError, LexiconError, StoreError
from baocao.extract import read_bytes, source_of
from baocao.extract.limits import LimitedWorker
from baocao.extract.pagecache import CachedPage, PageCache
from baocao.extract.source import Source
from baocao.model import Extraction, Fact, Format
from baocao.settings import DEFAULT_EXTRACT_SETTINGS, ExtractSettings

log = logging.getLogger(__name__)

#: Files a folder walk passes over: they sit beside reports (gold files, notes) but are not
#: reports. A file named explicitly is always read, whatever its name.
NOT_REPORTS = frozenset(
    {
        ".json",
        ".jsonl",
        ".md",
        ".py",
        ".toml",
        ".yaml",
        ".yml",
        ".ini",
        ".cfg",
        ".db",
        ".db-wal",
        ".db-shm",
        ".db-journal",
        ".sqlite",
        ".sqlite-wal",
        ".sqlite-shm",
    }
)


def extract_file(
    path: str | Path | Source,
    *,
    settings: ExtractSettings = DEFAULT_EXTRACT_SETTINGS,
    page_cache: PageCache | None = None,
) -> Extraction:
    """Load, read and normalise one file (or a file already read: a
    :class:`~baocao.extract.source.Source`), without a database.

    With ``settings.isolate`` the work runs in a child process under the per-document time
    and memory ceilings. ``page_cache`` holds page texts already read by OCR (page number →
    text), so a re-extraction never OCRs a page twice. Raises a
    :class:`~baocao.errors.DocumentError` when the file cannot be read.
    """
    item = path if isinstance(path, Source) else Path(path)
    if not settings.isolate:
        return _extract_here(item, settings, page_cache)
    with batch_extractor(settings) as extract:
        return extract(item, settings=settings, page_cache=page_cache)


#: A short report that touches every lexicon, pattern and the place table, so their lazy
#: loading happens once in the parent instead of again in every per-document child.
_WARM_UP_TEXT = """ỦY BAN NHÂN DÂN
HUYỆN SÔNG LÔ
BÁO CÁO
Kết quả xây dựng nông thôn mới huyện Sông Lô, tỉnh Vĩnh Phúc năm 2020
Tiêu chí số 2 - Giao thông: Kết quả tự đánh giá: Đạt.
Toàn huyện có 12/16 xã đạt tiêu chí số 2 (đạt 75%); xã Quang Yên đạt 19/19 tiêu chí.
- Ngân sách tỉnh: 40.661,9 triệu đồng, chiếm tỷ lệ 17,91%.
Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95% (Tiêu chí yêu cầu: ≥ 85%).
| Nguồn vốn | Số tiền (triệu đồng) |
| Ngân sách huyện | 1.200 |
"""


@functools.cache
def warm_up() -> None:
    """Load every lazily-built lexicon and table in this process (children inherit them)."""
    from baocao.extract.builder import TextBuilder
    from baocao.extract.source import Source
    from baocao.model import Format

    builder = TextBuilder()
    lines = _WARM_UP_TEXT.splitlines()
    builder.add_lines([line for line in lines if not line.startswith("|")])
    builder.add_table(
        [[c.strip() for c in line.strip("|").split("|")] for line in lines if line.startswith("|")]
    )
    source = Source(
        path=Path("warm-up.txt"), name="warm-up.txt", data=b"", sha256="", format=Format.TEXT
    )
    document = builder.build(source)
    from baocao import nlp, normalize  # deferred: a re-run of stored files never reads text

    normalize.reading_to_facts(document, nlp.read_document(document))


def _extract_here(
    item: Path | Source, settings: ExtractSettings, page_cache: PageCache | None
) -> Extraction:
    """The stages for one file, here; ``item`` is a path, or the file as the batch read it."""
    from baocao import extract as extract_stage
    from baocao import nlp, normalize  # deferred: a re-run of stored files never reads text

    t0 = time.perf_counter()
    if isinstance(item, Source):
        document = extract_stage.load_source(item, settings=settings, page_cache=page_cache)
    else:
        document = extract_stage.load(item, settings=settings, page_cache=page_cache)
    t1 = time.perf_counter()
    reading = nlp.read_document(document)
    t2 = time.perf_counter()
    report, facts = normalize.reading_to_facts(document, reading)
    t3 = time.perf_counter()
    return Extraction(
        document=document,
        report=report,
        facts=tuple(facts),
        timings={"load": t1 - t0, "patterns": t2 - t1, "normalise": t3 - t2},
    )


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every file named, and the report files below every folder named (:func:`walk_folder`),
    in sorted order.

    A named path is yielded as is, whatever it is: reading it fails with a one-line reason
    (vanished, not a regular file, a symlink loop…), recorded like any other bad document.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from walk_folder(path)
        else:
            yield path


def walk_folder(folder: Path) -> Iterator[Path]:
    """The files below ``folder`` a batch reads, in sorted order.

    Hidden files and folders and :data:`NOT_REPORTS` are passed over silently. Only regular
    files are taken, and symlinks only when they resolve to a regular file inside ``folder``:
    a FIFO, a device, a socket, or a link to anything outside the folder (``/etc/passwd``,
    ``/dev/zero``) is passed over with a warning naming it, and never opened. Linked folders
    are not descended into. A symlink that resolves nowhere (a loop, a dead target) is
    yielded, so that it fails with a one-line reason like any unreadable report.
    """
    root = os.path.realpath(folder)
    for dirpath, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or Path(name).suffix.lower() in NOT_REPORTS:
                continue
            path = Path(dirpath) / name
            refusal = _walk_refusal(path, root)
            if refusal is None:
                yield path
            else:
                log.warning("%s: passed over: %s", path, refusal)


def _walk_refusal(path: Path, root: str) -> str | None:
    """Why a walk passes over ``path``, or None to take it."""
    try:
        info = os.lstat(path)
    except OSError:
        return None  # gone since listed: reading it says so
    if stat.S_ISLNK(info.st_mode):
        try:
            target = os.path.realpath(path, strict=True)
        except OSError:
            return None  # a loop or a dead link: reading it fails and says which
        if os.path.commonpath([root, target]) != root:
            return f"a symlink to {target}, outside the folder"
        try:
            info = os.stat(target)
        except OSError:
            return None
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file"
    return None


@dataclass(frozen=True)
class Outcome:
    """What happened to one file in a batch. ``status`` is ``ok``, ``failed`` or ``skipped``."""

    path: Path
    status: str
    error: str | None = None
    facts_by_kind: dict[str, int] = field(default_factory=dict)
    pages: int = 0
    document_id: int | None = None


@dataclass(frozen=True)
class BatchSummary:
    outcomes: tuple[Outcome, ...]

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def facts_by_kind(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for outcome in self.outcomes:
            total.update(outcome.facts_by_kind)
        return total

    @property
    def failed(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.status == "failed")


def _count_by_kind(facts: Iterable[Fact]) -> dict[str, int]:
    return dict(Counter(f.kind for f in facts))


def ocr_page_cache(store, sha256: str) -> dict[int, CachedPage]:
    """The OCR'd page texts already stored for this file, by page number, each with the OCR
    pipeline that read it: the loader reads a page again when that is not the current one
    (:func:`baocao.extract.ocr.cached_pages`)."""
    return {
        n: CachedPage(text, version, confidence)
        for n, (text, version, confidence) in store.ocr_pages(sha256).items()
    }


#: Formats whose loaders take OCR'd pages already stored (the only ones worth a query).
_OCR_FORMATS = frozenset({Format.PDF, Format.IMAGE})


@dataclass(frozen=True)
class Job:
    """A file that passed :func:`check_file` and is to be extracted: ``source`` is the file as
    read once by the parent (its bytes, their hash and format), handed as is to the worker
    that loads it; ``page_cache`` the OCR'd pages already stored for it."""

    path: Path
    source: Source
    page_cache: PageCache

    @property
    def sha256(self) -> str:
        return self.source.sha256

    @property
    def size(self) -> int:
        return self.source.size_bytes


def process_file(
    path: Path,
    *,
    store,  # baocao.store.Store (kept untyped here to avoid importing SQLAlchemy for the type)
    settings: ExtractSettings = DEFAULT_EXTRACT_SETTINGS,
    force: bool = False,
    extractor: Callable[..., Extraction] = extract_file,
) -> Outcome:
    """Extract one file into ``store``; a bad document is recorded as failed, never raised.

    Without ``force``, a document another run stored meanwhile is ``skipped``, never stored
    twice. A :class:`~baocao.errors.StoreError` is raised when the database cannot be
    written at all (the store refused this document and then its failure record): it names
    the first step that failed, and the batch stops.

    The three steps are :func:`check_file` (hash, skip), the ``extractor`` and
    :func:`store_file` (one transaction); a batch of several workers runs the first and the
    last in its own thread and the middle one in the workers."""
    checked = check_file(path, store=store, settings=settings, force=force)
    if isinstance(checked, Outcome):
        return checked
    return store_file(
        checked,
        lambda: extractor(checked.source, settings=settings, page_cache=checked.page_cache),
        store=store,
        force=force,
    )


def check_file(
    path: Path,
    *,
    store,
    settings: ExtractSettings = DEFAULT_EXTRACT_SETTINGS,
    force: bool = False,
    stored: Collection[str] | None = None,
) -> Job | Outcome:
    """Read ``path`` once, hash it, and read what the store holds of it: a :class:`Job` to
    extract (carrying the bytes read), or the outcome already known (``skipped``, or
    ``failed`` and recorded when it cannot be read). ``stored``: the hashes this extractor
    version has stored ok, as :meth:`Store.current_hashes` gave them at the batch's start
    (one query for the whole batch instead of one per file); without it, the store is asked.
    Reads the store: call it from the thread that owns the store."""
    try:
        # Type, size, then read, never past --max-mb: a FIFO or /dev/zero fails here at once.
        # These bytes are hashed for the skip and are the very bytes the worker loads.
        data, sha256 = read_bytes(path, settings=settings)
        if not force and (
            sha256 in stored if stored is not None else store.is_current(sha256, EXTRACTOR_VERSION)
        ):
            return Outcome(path, "skipped")
        source = source_of(path, data, sha256)
        cache = ocr_page_cache(store, sha256) if source.format in _OCR_FORMATS else {}
        return Job(path, source, cache)
    except DocumentError as err:
        log.info("%s", err)
        failure = err
    except StoreError:  # a read of the store failed: the database, not the document
        raise
    except Exception as err:  # a bug on hostile input: record it, go on
        log.exception("%s: unexpected error", path.name)
        failure = DocumentError(path.name, f"internal error: {type(err).__name__}: {err}")
    return _record_failure(path, None, None, failure, store=store)


def store_file(
    job: Job,
    extraction: Callable[[], Extraction],
    *,
    store,
    force: bool = False,
) -> Outcome:
    """Store what ``extraction()`` returns for ``job`` in one transaction, or record the
    failure it raises (a :class:`~baocao.errors.DocumentError`, or any other exception as an
    internal error) — ``extraction`` is the extractor's call, or a worker's future's
    ``result``."""
    return store_result(job.path, job.sha256, job.size, extraction, store=store, force=force)


def store_result(
    path: Path,
    sha256: str,
    size: int,
    extraction: Callable[[], Extraction],
    *,
    store,
    force: bool = False,
) -> Outcome:
    """:func:`store_file` for a document known by its path, hash and size alone (a cluster
    stores the result of an extraction that ran in another task)."""
    name = path.name
    store_error: StoreError | None = None
    try:
        result = extraction()
        try:
            document_id = store.save_extraction(
                result, extractor_version=EXTRACTOR_VERSION, path=str(path), replace=force
            )
        except StoreError as e:  # recorded as this document's failure if the store can
            store_error = e
            raise DocumentError(name, f"cannot store: {e.cause}") from e
        if document_id is None:  # another run stored this very document meanwhile
            return Outcome(path, "skipped")
        return Outcome(
            path,
            "ok",
            facts_by_kind=_count_by_kind(result.facts),
            pages=result.document.page_count,
            document_id=document_id,
        )
    except DocumentError as err:
        log.info("%s", err)  # the outcome carries it to the caller, who shows it once
        failure = err
    except (StoreError, LexiconError):  # the database or a data file, not the document
        raise
    except Exception as err:  # a bug or a parser crash on hostile input: record it, go on
        log.exception("%s: unexpected error", name)
        failure = DocumentError(name, f"internal error: {type(err).__name__}: {err}")
    return _record_failure(path, sha256, size, failure, store=store, store_error=store_error)


def _record_failure(
    path: Path,
    sha256: str | None,
    size: int | None,
    failure: DocumentError,
    *,
    store,
    store_error: StoreError | None = None,
) -> Outcome:
    try:
        document_id = store.save_failure(
            path=str(path),
            name=path.name,
            sha256=sha256,
            size_bytes=size,
            format=None,
            error=failure,
            extractor_version=EXTRACTOR_VERSION,
        )
    except StoreError:
        if store_error is not None:  # the database cannot be written: name the first step
            raise store_error from None
        raise
    return Outcome(path, "failed", error=str(failure), document_id=document_id)


def run_batch(
    paths: Iterable[str | Path],
    *,
    store,
    settings: ExtractSettings = DEFAULT_EXTRACT_SETTINGS,
    force: bool = False,
    on_outcome: Callable[[Outcome], None] | None = None,
    files: list[Path] | None = None,
) -> BatchSummary:
    """Extract every file under ``paths`` into ``store``, one transaction per document.

    With ``settings.isolate`` the documents are extracted in ``settings.workers`` long-lived
    child processes under the per-document ceilings (each replaced when a document kills
    it), rather than forking once per document; with one worker (or without isolation) one
    document after another, in file order. Each document's time limit scales with its size
    and page count (:meth:`ExtractSettings.time_limit_s`). This thread stays the only one
    that touches ``store``: it hashes and skip-checks each file, hands it to a free worker,
    and stores each result as it arrives, so with several workers ``on_outcome`` sees the
    documents in the order they finish. An exception that ends the batch
    (:class:`~baocao.errors.Interrupted`, a store error) kills every worker and all they
    started before it propagates; documents stored until then stay stored.
    """
    todo = files if files is not None else list(iter_files(paths))
    # One query for the whole batch: an unchanged archive is skipped at the speed of reading
    # and hashing it. A document another run stores after this is caught at store time.
    # A hash handed to a worker joins it: a second copy of a document in the same batch is
    # skipped rather than extracted again while the first is in flight.
    stored = None if force else store.current_hashes(EXTRACTOR_VERSION)
    if settings.isolate and settings.workers > 1 and len(todo) > 1:
        return _run_parallel(
            todo,
            store=store,
            settings=settings,
            force=force,
            on_outcome=on_outcome,
            stored=stored,
        )
    outcomes: list[Outcome] = []

    def emit(outcome: Outcome) -> None:
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    with batch_extractor(settings) as extractor:
        checked_files = jobs_to_extract(
            todo, store=store, settings=settings, force=force, stored=stored, emit=emit
        )
        for checked in checked_files:
            extract = functools.partial(
                extractor, checked.source, settings=settings, page_cache=checked.page_cache
            )
            emit(store_file(checked, extract, store=store, force=force))
    return BatchSummary(tuple(outcomes))


def jobs_to_extract(
    files: Iterable[Path],
    *,
    store,
    settings: ExtractSettings,
    force: bool,
    stored: set[str] | None,
    emit: Callable[[Outcome], None],
) -> Iterator[Job]:
    """The files of a batch that are to be extracted, in order, each through
    :func:`check_file`; the outcome of a file that is not (skipped, refused) goes to ``emit``.
    A hash handed out joins ``stored``: a second copy of a document in the same batch is
    skipped rather than extracted again while the first is in flight."""
    for path in files:
        checked = check_file(path, store=store, settings=settings, force=force, stored=stored)
        if isinstance(checked, Outcome):
            emit(checked)
            continue
        if stored is not None:
            stored.add(checked.sha256)
        yield checked


def _run_parallel(
    files: list[Path],
    *,
    store,
    settings: ExtractSettings,
    force: bool,
    on_outcome: Callable[[Outcome], None] | None,
    stored: set[str] | None = None,
) -> BatchSummary:
    """:func:`run_batch` over ``settings.workers`` workers, one pool thread waiting on each.

    Every worker's child is forked (and re-forked after a document killed it) here, on the
    calling thread, before it is handed a document (see :meth:`LimitedWorker.start`). A
    worker that returns a result is handed its next document first, and the result stored
    while it extracts that one: at most one document per worker is in flight, and storing
    (the parent's largest share) overlaps the extractions. Nothing is loaded or forked
    until a first document is to be extracted: a re-run that skips everything costs only
    the reads and hashes."""
    n = min(settings.workers, len(files))
    workers = [_limited_worker(settings) for _ in range(n)]
    outcomes: list[Outcome] = []
    running: dict[Future[Extraction], tuple[int, Job]] = {}
    arrived: list[tuple[Job, Future[Extraction]]] = []  # results not yet stored, in order
    free = list(range(n - 1, -1, -1))

    def collect() -> None:
        """Wait for at least one worker; free the slot of each that returned."""
        for future in wait(running, return_when=FIRST_COMPLETED).done:
            slot, job = running.pop(future)
            free.append(slot)
            arrived.append((job, future))

    def store_arrived() -> None:
        while arrived:
            job, future = arrived.pop(0)
            emit(store_file(job, future.result, store=store, force=force))

    def emit(outcome: Outcome) -> None:
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    pool = ThreadPoolExecutor(max_workers=n, thread_name_prefix="baocao-worker")
    started = False
    try:
        checked_files = jobs_to_extract(
            files, store=store, settings=settings, force=force, stored=stored, emit=emit
        )
        for checked in checked_files:
            if not started:  # the first document to extract: lexicons, then every child
                warm_up()
                for worker in workers:
                    worker.start()
                started = True
            if not free:
                collect()
            slot = free.pop()
            workers[slot].start()  # re-forked here if its last document killed it
            future = pool.submit(_extract_in, workers[slot], checked, settings)
            running[future] = (slot, checked)
            store_arrived()
        while running or arrived:
            if running:
                collect()
            store_arrived()
    except BaseException:
        for worker in workers:  # every child and all it started, at once
            worker.kill()
        pool.shutdown(wait=True, cancel_futures=True)  # the calls see their child die
        for worker in workers:
            worker.close()
        raise
    pool.shutdown(wait=True)
    for worker in workers:
        worker.close()
    return BatchSummary(tuple(outcomes))


def _extract_in(worker: LimitedWorker, job: Job, settings: ExtractSettings) -> Extraction:
    return worker(
        job.source,
        settings,
        job.page_cache,
        document=job.path.name,
        timeout_s=settings.time_limit_s(size_bytes=job.size),
    )


def _limited_worker(settings: ExtractSettings) -> LimitedWorker:
    return LimitedWorker(
        _extract_here,
        timeout_s=settings.document_timeout_s,
        memory_mb=settings.memory_limit_mb,
        per_page_s=settings.timeout_per_page_s,
    )


@contextmanager
def batch_extractor(settings: ExtractSettings) -> Iterator[Callable[..., Extraction]]:
    """``extract_file`` for a batch: in-process, or through one supervised worker."""
    if not settings.isolate:
        yield extract_file
        return
    worker = _limited_worker(settings)

    def extract(item: Path | Source, *, settings: ExtractSettings, page_cache=None) -> Extraction:
        warm_up()  # at the first document extracted (cached): a batch of skips never loads
        if isinstance(item, Source):
            size = item.size_bytes
        else:
            item = Path(item)
            try:
                size = os.stat(item).st_size
            except OSError:
                size = 0  # reading it in the worker says what is wrong
        return worker(
            item,
            settings,
            page_cache,
            document=item.name,
            timeout_s=settings.time_limit_s(size_bytes=size),
        )

    with worker:
        yield extract
