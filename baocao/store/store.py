"""The store: one migrated database (SQLite or PostgreSQL) of documents, facts and findings.

Every write is one transaction per document, so a failure leaves nothing half-written; bulk
inserts (executemany with RETURNING) keep a 500-page document to a handful of statements.

Several processes may write one database at once. Writes of one document are serialised (on
SQLite every write transaction is ``BEGIN IMMEDIATE``; on PostgreSQL a transaction-level
advisory lock keyed by the document's hash), so the check "is this document already stored?"
and the write that follows are one atomic step: a document is never lost to a race, and a
failure never overwrites a document another process stored. Schema migrations run in one
transaction under a lock (the same ``BEGIN IMMEDIATE``, or ``pg_advisory_xact_lock``), so a
failure mid-setup leaves nothing behind and two processes never migrate at once.
"""

from __future__ import annotations

import heapq
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import quote

from sqlalchemy import (
    Engine,
    and_,
    create_engine,
    delete,
    event,
    insert,
    not_,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.sql.elements import ColumnElement

from baocao.errors import DatabaseNotFound, DocumentError, StoreError
from baocao.model import FACT_KINDS, Extraction, Fact, Finding, Report, Severity
from baocao.store import migrate, schema
from baocao.store.links import OPENING_CHARS, report_keys
from baocao.store.rows import (
    fact_to_rows,
    report_places,
    report_to_row,
    report_unit_rows,
    row_to_report,
    rows_to_fact,
)

log = logging.getLogger(__name__)

DEFAULT_SQLITE_FILE = "baocao.db"
ENV_URL = "BAOCAO_DB"

T = TypeVar("T")

_FETCH_ROWS = 2_000  # facts fetched per round trip when streaming


@dataclass(frozen=True)
class DocumentRow:
    """One stored document as the ``documents`` table holds it."""

    id: int
    sha256: str | None
    name: str
    path: str
    format: str | None
    size_bytes: int | None
    page_count: int | None
    status: str  # "ok" | "failed"
    error_code: str | None
    error: str | None
    extractor_version: str
    ocr: bool
    encoding: str | None
    load_s: float | None
    patterns_s: float | None
    normalise_s: float | None
    store_s: float | None
    extracted_at: datetime
    source_key: str | None
    superseded_by: str | None  # the sha256 of the file's newer content, once stored

    @property
    def current(self) -> bool:
        """Read ok, and its file not since stored with other content."""
        return self.status == "ok" and self.superseded_by is None


_DOCUMENT_ROW_FIELDS = tuple(f.name for f in fields(DocumentRow))


def resolve_url(url: str | None = None) -> URL:
    """The database URL to open: ``url``, else env ``BAOCAO_DB``, else ``baocao.db`` in the
    current directory. A bare path is a SQLite file; ``postgresql://`` (and ``postgres://``)
    use the psycopg 3 driver."""
    url = url or os.environ.get(ENV_URL) or str(Path.cwd() / DEFAULT_SQLITE_FILE)
    if "://" not in url:
        return URL.create("sqlite", database=str(Path(url)))
    try:
        parsed = make_url(url)
    except ArgumentError as e:
        raise StoreError(f"not a database URL: {url!r}") from e
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


#: How long a SQLite connection waits for another process's write lock before giving up.
SQLITE_BUSY_TIMEOUT_S = 60.0

#: Execution option marking a connection that writes (SQLite: BEGIN IMMEDIATE).
_WRITE = "baocao_write"


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling does not BEGIN before a SELECT (so two reads are
    # two snapshots) nor before DDL (so a migration is not atomic): turn it off and emit our
    # own BEGIN from the "begin" event (SQLAlchemy docs, "Serializable isolation /
    # Savepoints / Transactional DDL" for pysqlite).
    dbapi_connection.isolation_level = None
    # Foreign keys are off by default in SQLite (cascades need them); WAL lets readers
    # (Datasette, pandas) query while a batch writes.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()
    use_wal(dbapi_connection)


def use_wal(dbapi_connection: Any, *, timeout_s: float = SQLITE_BUSY_TIMEOUT_S) -> None:
    """Put the database in WAL mode, waiting up to ``timeout_s`` for the lock it needs.

    Turning a new file to WAL takes its exclusive lock. Processes opening one new file at
    once each hold a shared lock while they ask for it, and SQLite breaks that deadlock by
    answering one of them "database is locked" at once, without the busy timeout: that
    process waits and tries again instead of failing its whole batch.
    """
    deadline = time.monotonic() + timeout_s
    delay = 0.005
    while True:
        try:
            dbapi_connection.execute("PRAGMA journal_mode = WAL").fetchall()
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() + delay > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.25)


def _sqlite_connect_read_only(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA query_only = ON")


def _sqlite_begin(connection: Connection) -> None:
    # A write transaction takes the database's write lock up front (waiting for another
    # writer up to the busy timeout): a deferred one that reads first and writes later
    # fails at once with "database is locked" when another process wrote in between.
    write = connection.get_execution_options().get(_WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _describe(e: BaseException) -> str:
    orig = getattr(e, "orig", None)
    return str(orig if orig is not None else e).strip().splitlines()[0]


def open_store(
    url: str | None = None, *, read_only: bool = False, create: bool | None = None
) -> Store:
    """Open the database at ``url`` and upgrade it to the latest schema.

    A SQLite file that does not exist is created when ``create`` (the default unless
    ``read_only``); otherwise it raises :class:`DatabaseNotFound` and leaves no file behind.
    With ``read_only``, a SQLite file that this process cannot write (a read-only file or
    folder) is opened read-only, without creating any side file and without migrating;
    otherwise a SQLite file that cannot be written is refused up front, before SQLite leaves
    ``-wal``/``-shm`` files behind. Raises :class:`StoreError` when the database cannot be
    reached or migrated.
    """
    resolved = resolve_url(url)
    safe = resolved.render_as_string(hide_password=True)
    sqlite_file = _sqlite_file(resolved)
    if create is None:
        create = not read_only
    if sqlite_file is not None and not create and not sqlite_file.exists():
        raise DatabaseNotFound(f"no such database: {sqlite_file}", cause="no such file")
    opened_read_only = False
    try:
        if sqlite_file is not None and read_only and not _writable(sqlite_file):
            engine = _sqlite_read_only_engine(resolved, sqlite_file)
            opened_read_only = True
        else:
            if sqlite_file is not None:
                _check_writable(sqlite_file, safe)
            kwargs: dict[str, Any] = {}
            if resolved.get_backend_name() == "sqlite":
                kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_S}
            engine = create_engine(resolved, **kwargs)
    except (ArgumentError, ImportError) as e:
        raise StoreError(f"cannot open database {safe}: {e}") from e
    if engine.dialect.name == "sqlite" and not opened_read_only:
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    try:
        if opened_read_only:
            _check_schema(engine, safe)
        else:
            _migrate(engine, safe)
    except SQLAlchemyError as e:
        engine.dispose()
        raise StoreError(f"cannot open database {safe}: {_describe(e)}") from e
    except StoreError:
        engine.dispose()
        raise
    return Store(engine)


def _migrate(engine: Engine, safe: str) -> None:
    """Upgrade to the head revision in ONE transaction, under a lock, re-checking the
    revision once the lock is held (another process may have migrated meanwhile)."""
    head = migrate.HEAD
    with engine.connect() as connection:
        if migrate.current_revision(connection) == head:
            return
    with engine.execution_options(**{_WRITE: True}).begin() as connection:
        if connection.dialect.name == "postgresql":
            # Per schema: tests and users may keep several stores in one database.
            connection.execute(
                text(
                    "SELECT pg_advisory_xact_lock(hashtext('baocao.migrate'),"
                    " hashtext(coalesce(current_schema(), '')))"
                )
            )
        # (SQLite: BEGIN IMMEDIATE already holds the write lock.)
        if migrate.current_revision(connection) != head:
            log.info("%s: upgrading the schema", safe)
            try:
                migrate.upgrade(connection)
            except StoreError as e:
                raise StoreError(f"cannot open database {safe}: {e}") from e


def _check_schema(engine: Engine, safe: str) -> None:
    head = migrate.HEAD
    with engine.connect() as connection:
        current = migrate.current_revision(connection)
    if current is None:
        raise StoreError(f"cannot open database {safe} read-only: it holds no baocao schema")
    if current != head:
        raise StoreError(
            f"cannot open database {safe} read-only: its schema is at revision {current}, this"
            f" baocao needs {head}; open it once where it can be written to upgrade it"
        )


def _sqlite_file(url: URL) -> Path | None:
    """The file of a SQLite URL, or None (another database, in memory, or a ``file:`` URI)."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database).absolute()


def _writable(path: Path) -> bool:
    """True when this process can write the SQLite file ``path`` and the side files SQLite
    keeps beside it (so its folder, too)."""
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return False
    for candidate in (path, *_side_files(path)):
        if candidate.exists() and not os.access(candidate, os.W_OK):
            return False
    return True


def _side_files(path: Path) -> tuple[Path, ...]:
    return tuple(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))


def _check_writable(path: Path, safe: str) -> None:
    """Refuse a SQLite file this process cannot write, before SQLite opens it: opened anyway,
    it would create ``-wal``/``-shm`` files as read-only as the database, which then break
    the database even once its own permissions are fixed."""
    if not path.parent.is_dir():
        raise StoreError(f"cannot open database {safe}: no such folder {path.parent}")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise StoreError(f"cannot write database {safe}: its folder {path.parent} is read-only")
    for candidate in (path, *_side_files(path)):
        if candidate.exists() and not os.access(candidate, os.W_OK):
            raise StoreError(f"cannot write database {safe}: {candidate} is read-only")


def _sqlite_read_only_engine(url: URL, path: Path) -> Engine:
    """A read-only engine over a SQLite file this process cannot write. Without a ``-wal``
    file no other process is writing, so the file is opened ``immutable`` (no locks, no side
    files to create); with one, ``mode=ro`` reads the writer's ``-wal``/``-shm``."""
    if not path.is_file():
        raise StoreError(f"cannot open database {path}: no such file")
    uri = f"file:{quote(str(path))}?mode=ro"
    if not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=SQLITE_BUSY_TIMEOUT_S)

    engine = create_engine(url, creator=connect)
    event.listen(engine, "connect", _sqlite_connect_read_only)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


class Store:
    """A migrated database. Use :func:`open_store` to get one; close it (or use ``with``)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._writer = engine.execution_options(**{_WRITE: True})
        self._pinned: Connection | None = None  # the connection of an open snapshot()

    # -- lifecycle ---------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, for callers that query the views directly."""
        return self._engine

    @property
    def dialect(self) -> str:
        return self._engine.dialect.name

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _transaction(self, what: str) -> Iterator[Connection]:
        """One write transaction; any database error becomes a StoreError naming ``what``."""
        try:
            with self._writer.begin() as connection:
                yield connection
        except SQLAlchemyError as e:
            raise StoreError(f"{what}: {_describe(e)}", cause=_describe(e)) from e

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """The snapshot's connection inside :meth:`snapshot`, else a new one."""
        if self._pinned is not None:
            yield self._pinned
            return
        with self._engine.connect() as connection:
            yield connection

    def _read(self, what: str, query: Callable[[Connection], T]) -> T:
        try:
            with self._reading() as connection:
                return query(connection)
        except SQLAlchemyError as e:
            raise StoreError(f"{what}: {_describe(e)}", cause=_describe(e)) from e

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Every read of this store inside the ``with`` sees one consistent state of the
        database (one transaction: SQLite's WAL snapshot, PostgreSQL REPEATABLE READ), even
        while other processes replace documents. Writes still see the latest state."""
        if self._pinned is not None:
            yield
            return
        try:
            with self._engine.connect() as connection:
                if connection.dialect.name == "postgresql":
                    connection.execution_options(isolation_level="REPEATABLE READ")
                with connection.begin():
                    self._pinned = connection
                    try:
                        yield
                    finally:
                        self._pinned = None
        except SQLAlchemyError as e:
            raise StoreError(f"cannot read a snapshot: {_describe(e)}") from e

    # -- documents ---------------------------------------------------------------------

    def is_current(self, sha256: str, extractor_version: str) -> bool:
        """True when an ok document with this hash was stored by this extractor version."""
        d = schema.documents
        query = select(d.c.id).where(
            d.c.sha256 == sha256,
            d.c.status == "ok",
            d.c.superseded_by.is_(None),
            d.c.extractor_version == extractor_version,
        )
        return self._read(f"{sha256}: cannot check", lambda c: c.execute(query).first() is not None)

    def current_hashes(self, extractor_version: str) -> set[str]:
        """The hashes of every ok document stored by ``extractor_version``: one query, so a
        batch decides what to skip without asking once per file (an unchanged archive of a
        million documents is a set of about 100 MB)."""
        d = schema.documents
        query = select(d.c.sha256).where(
            d.c.status == "ok",
            d.c.superseded_by.is_(None),
            d.c.extractor_version == extractor_version,
            d.c.sha256.is_not(None),
        )
        return self._read(
            "cannot list the stored documents",
            lambda c: {row[0] for row in c.execute(query)},
        )

    def save_extraction(
        self,
        extraction: Extraction,
        *,
        extractor_version: str,
        path: str,
        store_timing: bool = True,
        replace: bool = True,
    ) -> int | None:
        """Store one document's extraction in ONE transaction and return its document id.

        Replaces any document with the same hash (its facts and findings go with it, by
        cascade), and supersedes what was stored from the same file with other content
        (kept, with ``superseded_by`` set: no longer counted). With ``replace=False`` a
        document this extractor version already stored ok (by another process, since the
        caller last looked) is kept and None is returned.
        On any failure nothing is written and the older row, if any, survives.
        """
        started = time.perf_counter()
        document = extraction.document
        with self._transaction(f"{document.name}: cannot store") as c:
            source_key = _source_key(path)
            _lock_document(c, document.sha256 or path)
            _lock_document(c, f"file:{source_key}")
            if not replace and _current_id(c, document.sha256, extractor_version) is not None:
                log.info("%s: already stored by another run; kept", document.name)
                return None
            _delete_previous(c, sha256=document.sha256, path=path)
            row = _document_row(extraction, extractor_version=extractor_version, path=path)
            document_id = c.execute(
                insert(schema.documents)
                .values(**row, source_key=source_key)
                .returning(schema.documents.c.id)
            ).scalar_one()
            _supersede(c, source_key=source_key, sha256=document.sha256, name=document.name)
            _insert_pages(c, extraction, document_id)
            _upsert_places(c, extraction.report, extraction.facts)
            keys = report_keys(extraction.report, document.text[:OPENING_CHARS])
            c.execute(
                insert(schema.reports), [{**report_to_row(extraction.report, document_id), **keys}]
            )
            units = report_unit_rows(extraction.report, document_id)
            if units:
                c.execute(insert(schema.report_units), units)
            _insert_facts(c, extraction.facts, document_id)
            if store_timing:
                c.execute(
                    update(schema.documents)
                    .where(schema.documents.c.id == document_id)
                    .values(store_s=time.perf_counter() - started)
                )
        log.info(
            "%s: stored %d facts, %d pages in %.3fs",
            document.name,
            len(extraction.facts),
            document.page_count,
            time.perf_counter() - started,
        )
        return int(document_id)

    def save_failure(
        self,
        *,
        path: str,
        name: str,
        sha256: str | None,
        size_bytes: int | None,
        format: str | None,
        error: DocumentError,
        extractor_version: str,
    ) -> int | None:
        """Record a document that could not be read (status ``failed``) and return its id; it
        replaces an older row with the same hash, or with the same path when there is no
        hash, but never a document stored ok by the same extractor version (another process
        read it): that one is kept and None is returned. Like a read document, it supersedes
        what was stored from the same file with other content."""
        with self._transaction(f"{name}: cannot record failure") as c:
            source_key = _source_key(path)
            _lock_document(c, sha256 or path)
            _lock_document(c, f"file:{source_key}")
            if sha256 is not None and _current_id(c, sha256, extractor_version) is not None:
                log.info("%s: failed here, but the document stored ok is kept", name)
                return None
            _delete_previous(c, sha256=sha256, path=path)
            document_id = c.execute(
                insert(schema.documents)
                .values(
                    sha256=sha256,
                    name=name,
                    path=path,
                    format=format,
                    size_bytes=size_bytes,
                    status="failed",
                    error_code=error.code,
                    error=error.cause,
                    extractor_version=extractor_version,
                    ocr=False,
                    extracted_at=datetime.now(UTC),
                    source_key=source_key,
                )
                .returning(schema.documents.c.id)
            ).scalar_one()
            _supersede(c, source_key=source_key, sha256=sha256, name=name)
        log.info("%s: recorded as failed (%s)", name, error.code)
        return int(document_id)

    def documents(self, *, status: str | None = None, current: bool = False) -> list[DocumentRow]:
        """Stored documents in id order, optionally only ``ok`` or ``failed`` ones; with
        ``current``, only the ok ones whose file was not since stored with other content."""
        d = schema.documents
        query = select(*(d.c[name] for name in _DOCUMENT_ROW_FIELDS)).order_by(d.c.id)
        if status is not None:
            query = query.where(d.c.status == status)
        if current:
            query = query.where(d.c.status == "ok", d.c.superseded_by.is_(None))

        def run(c: Connection) -> list[DocumentRow]:
            return [DocumentRow(**row._asdict()) for row in c.execute(query)]

        return self._read("cannot list documents", run)

    def report(self, document: str) -> Report | None:
        """The report metadata of ``document`` (file name, sha256 or path), or None."""
        r = schema.reports
        query = (
            select(r)
            .join(schema.documents, schema.documents.c.id == r.c.document_id)
            .where(_matches(document))
            .order_by(r.c.document_id.desc())
            .limit(1)
        )

        def run(c: Connection) -> Report | None:
            row = c.execute(query).mappings().first()
            if row is None:
                return None
            u = schema.report_units
            units = c.execute(
                select(u).where(u.c.document_id == row["document_id"]).order_by(u.c.position)
            )
            return row_to_report(row, units.mappings().all())

        return self._read(f"{document}: cannot read report", run)

    def page_texts(self, sha256: str) -> dict[int, tuple[str, bool, float | None]]:
        """Stored page texts of a document: number → (text, ocr, ocr_confidence)."""
        p, d = schema.pages, schema.documents
        query = (
            select(p.c.number, p.c.text, p.c.ocr, p.c.ocr_confidence)
            .join(d, d.c.id == p.c.document_id)
            .where(d.c.sha256 == sha256)
            .order_by(p.c.number)
        )

        def run(c: Connection) -> dict[int, tuple[str, bool, float | None]]:
            return {
                row.number: (row.text, bool(row.ocr), row.ocr_confidence)
                for row in c.execute(query)
            }

        return self._read(f"{sha256}: cannot read pages", run)

    def ocr_pages(self, sha256: str) -> dict[int, tuple[str, str | None, float | None]]:
        """Stored OCR pages of a document: number → (text, the OCR pipeline that read it,
        Tesseract's mean word confidence)."""
        p, d = schema.pages, schema.documents
        query = (
            select(p.c.number, p.c.text, p.c.ocr_version, p.c.ocr_confidence)
            .join(d, d.c.id == p.c.document_id)
            .where(d.c.sha256 == sha256, p.c.ocr)
            .order_by(p.c.number)
        )

        def run(c: Connection) -> dict[int, tuple[str, str | None, float | None]]:
            return {
                row.number: (row.text, row.ocr_version, row.ocr_confidence)
                for row in c.execute(query)
            }

        return self._read(f"{sha256}: cannot read pages", run)

    def document_text(self, sha256: str) -> str | None:
        """A stored document's whole text (its pages joined, or its unpaginated text), the
        text every fact's ``start``/``end`` index into; None when not stored."""
        pages = self.page_texts(sha256)
        if pages:
            return "".join(pages[n][0] for n in sorted(pages))
        t, d = schema.document_texts, schema.documents
        query = select(t.c.text).join(d, d.c.id == t.c.document_id).where(d.c.sha256 == sha256)
        return self._read(f"{sha256}: cannot read text", lambda c: c.execute(query).scalar())

    # -- facts -------------------------------------------------------------------------

    def facts(
        self,
        *,
        kind: str | None = None,
        document: str | None = None,
        include_targets: bool = True,
        include_superseded: bool = False,
    ) -> Iterator[tuple[int, Fact]]:
        """Stored facts as ``(fact id, fact)`` in id order, rebuilt as model facts.

        ``kind`` limits to one kind; ``document`` to one document (file name, sha256 or path);
        ``include_targets=False`` leaves goals out. The facts of a superseded document (its
        file since stored with other content) are left out unless ``include_superseded`` or
        ``document`` names it.
        """
        if kind is not None and kind not in FACT_KINDS:
            raise ValueError(f"unknown fact kind {kind!r}; expected one of {FACT_KINDS}")
        kinds = (kind,) if kind else FACT_KINDS
        conditions: list[ColumnElement[bool]] = []
        if document is not None:
            conditions.append(_matches(document))
        if not include_targets:
            conditions.append(not_(schema.facts.c.target))
        if document is None and not include_superseded:
            conditions.append(schema.documents.c.superseded_by.is_(None))

        # Streamed (one cursor per kind, merged by id) so exporting a large store does not
        # hold every fact in memory.
        try:
            with self._reading() as c:
                streams = [_kind_facts(c, k, conditions) for k in kinds]
                yield from heapq.merge(*streams, key=lambda pair: pair[0])
        except SQLAlchemyError as e:
            raise StoreError(f"cannot read facts: {_describe(e)}") from e

    # -- findings ----------------------------------------------------------------------

    def replace_findings(self, document_id: int, findings: Sequence[Finding]) -> bool:
        """Replace the findings of one document in one transaction. ``fact_ids`` of each
        finding are store fact ids (they may belong to other documents).

        Returns False, writing nothing, when the document or a fact a finding cites is no
        longer stored (another process replaced it since it was read)."""
        with self._transaction(f"document {document_id}: cannot store findings") as c:
            fact_ids = {i for finding in findings for i in finding.fact_ids}
            if not _still_stored(c, document_id, fact_ids):
                return False
            c.execute(delete(schema.findings).where(schema.findings.c.document_id == document_id))
            if not findings:
                return True
            now = datetime.now(UTC)
            ids = (
                c.execute(
                    insert(schema.findings).returning(
                        schema.findings.c.id, sort_by_parameter_order=True
                    ),
                    [_finding_row(f, document_id, now) for f in findings],
                )
                .scalars()
                .all()
            )
            links = [
                {"finding_id": finding_id, "fact_id": fact_id, "position": position}
                for finding_id, finding in zip(ids, findings, strict=True)
                for position, fact_id in enumerate(dict.fromkeys(finding.fact_ids))
            ]
            if links:
                c.execute(insert(schema.finding_facts), links)
        return True

    def findings(self, *, document: str | None = None) -> list[tuple[int, Finding]]:
        """Stored findings as ``(finding id, finding)`` in id order."""
        f, d, ff = schema.findings, schema.documents, schema.finding_facts
        query = (
            select(f, d.c.name.label("document"), d.c.sha256.label("document_sha256"))
            .join(d, d.c.id == f.c.document_id)
            .order_by(f.c.id)
        )
        if document is not None:
            query = query.where(_matches(document))

        def run(c: Connection) -> list[tuple[int, Finding]]:
            rows = c.execute(query).mappings().all()
            fact_ids: dict[int, list[int]] = {}
            if rows:
                links = select(ff.c.finding_id, ff.c.fact_id).order_by(
                    ff.c.finding_id, ff.c.position
                )
                if document is not None:
                    links = links.where(ff.c.finding_id.in_([row["id"] for row in rows]))
                for link in c.execute(links):
                    fact_ids.setdefault(link.finding_id, []).append(link.fact_id)
            return [(row["id"], _row_to_finding(row, fact_ids.get(row["id"], []))) for row in rows]

        return self._read("cannot read findings", run)

    # -- raw SQL -----------------------------------------------------------------------

    def query(self, sql: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Rows of a read-only SQL query (e.g. over the ``v_*`` views) as dicts.

        PostgreSQL NUMERIC values (amounts) come back as int, like SQLite's, not Decimal.
        """

        def run(c: Connection) -> list[dict[str, Any]]:
            return [
                {key: _plain(value) for key, value in row.items()}
                for row in c.execute(text(sql), params or {}).mappings()
            ]

        return self._read("query failed", run)


# -- write helpers (inside one transaction) ----------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _matches(document: str) -> ColumnElement[bool]:
    d = schema.documents
    return or_(d.c.name == document, d.c.sha256 == document, d.c.path == document)


def _lock_document(c: Connection, key: str) -> None:
    """Serialise writes of one document (by hash, or path) until the transaction ends. On
    SQLite the transaction already holds the database's write lock (BEGIN IMMEDIATE)."""
    if c.dialect.name == "postgresql":
        c.execute(
            text(
                "SELECT pg_advisory_xact_lock(hashtext('baocao.document'),"
                " hashtext(coalesce(current_schema(), '') || ':' || :key))"
            ),
            {"key": key},
        )


def _current_id(c: Connection, sha256: str | None, extractor_version: str) -> int | None:
    """The id of the ok document with this hash stored by ``extractor_version``, if any."""
    if sha256 is None:
        return None
    d = schema.documents
    query = select(d.c.id).where(
        d.c.sha256 == sha256,
        d.c.status == "ok",
        d.c.superseded_by.is_(None),
        d.c.extractor_version == extractor_version,
    )
    return c.execute(query).scalar()


def _still_stored(c: Connection, document_id: int, fact_ids: set[int]) -> bool:
    """True when the document and every fact still exist; on PostgreSQL they are locked
    (FOR KEY SHARE) so that no other transaction deletes them before this one commits."""
    d, f = schema.documents, schema.facts
    lock = c.dialect.name == "postgresql"
    query = select(d.c.id).where(d.c.id == document_id)
    if c.execute(query.with_for_update(key_share=True) if lock else query).first() is None:
        return False
    wanted = sorted(fact_ids)
    for i in range(0, len(wanted), 1000):
        chunk = wanted[i : i + 1000]
        found = select(f.c.id).where(f.c.id.in_(chunk))
        rows = c.execute(found.with_for_update(key_share=True) if lock else found).all()
        if len(rows) != len(chunk):
            return False
    return True


def _source_key(path: str) -> str:
    """One file's key however it was named: its absolute path with symlinks resolved."""
    return os.path.realpath(path)


def _supersede(c: Connection, *, source_key: str, sha256: str | None, name: str) -> None:
    """Mark what was stored from the file at ``source_key`` with other content as superseded
    by ``sha256`` (a file that vanished before it was hashed supersedes nothing)."""
    if sha256 is None:
        return
    d = schema.documents
    older = and_(
        d.c.source_key == source_key,
        d.c.superseded_by.is_(None),
        or_(d.c.sha256.is_(None), d.c.sha256 != sha256),
    )
    count = c.execute(update(d).where(older).values(superseded_by=sha256)).rowcount
    if count:
        log.info("%s: supersedes %d stored from this file's earlier content", name, count)


def _delete_previous(c: Connection, *, sha256: str | None, path: str) -> None:
    d = schema.documents
    same_file = and_(d.c.sha256.is_(None), d.c.path == path)
    c.execute(delete(d).where(or_(d.c.sha256 == sha256, same_file) if sha256 else same_file))


def _document_row(extraction: Extraction, *, extractor_version: str, path: str) -> dict[str, Any]:
    document, timings = extraction.document, extraction.timings
    return {
        "sha256": document.sha256,
        "name": document.name,
        "path": path,
        "format": str(document.format),
        "size_bytes": document.size_bytes,
        "page_count": document.page_count or None,  # null: a format without pages
        "status": "ok",
        "extractor_version": extractor_version,
        "ocr": document.ocr,
        "encoding": document.encoding,
        "load_s": timings.get("load"),
        "patterns_s": timings.get("patterns"),
        "normalise_s": timings.get("normalise"),
        "extracted_at": datetime.now(UTC),
    }


def _insert_pages(c: Connection, extraction: Extraction, document_id: int) -> None:
    text_ = extraction.document.text
    rows = [
        {
            "document_id": document_id,
            "number": page.number,
            "start": page.start,
            "end": page.end,
            "ocr": page.ocr,
            "ocr_confidence": page.ocr_confidence,
            "ocr_version": page.ocr_version,
            "text": text_[page.start : page.end],
        }
        for page in extraction.document.pages
    ]
    if rows:
        c.execute(insert(schema.pages), rows)
    else:
        c.execute(insert(schema.document_texts), [{"document_id": document_id, "text": text_}])


def _upsert_places(c: Connection, report: Report, facts: Sequence[Fact] = ()) -> None:
    # In code order: two transactions that upsert the same places lock them in the same
    # order, so concurrent batches cannot deadlock on PostgreSQL.
    rows = sorted(report_places(report, facts), key=lambda row: str(row.get("code") or ""))
    if not rows:
        return
    upsert = pg_insert if c.dialect.name == "postgresql" else sqlite_insert
    for row in rows:
        statement = upsert(schema.places).values(row)
        c.execute(
            statement.on_conflict_do_update(
                index_elements=["code"],
                set_={k: statement.excluded[k] for k in row if k != "code"},
            )
        )


def _insert_facts(c: Connection, facts: Sequence[Fact], document_id: int) -> None:
    if not facts:
        return
    pairs = [fact_to_rows(fact, document_id) for fact in facts]
    bases = [base for base, _ in pairs]
    if c.dialect.name == "postgresql":
        # Ids drawn from the sequence up front let psycopg pipeline a plain executemany;
        # INSERT … RETURNING over thousands of rows spends its time building one huge query.
        ids = _reserve_ids(c, "facts", len(bases))
        c.execute(
            insert(schema.facts), [{"id": i, **base} for i, base in zip(ids, bases, strict=True)]
        )
    else:
        returning = insert(schema.facts).returning(schema.facts.c.id, sort_by_parameter_order=True)
        ids = list(c.execute(returning, bases).scalars())
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for fact_id, fact, (_, detail) in zip(ids, facts, pairs, strict=True):
        by_kind.setdefault(fact.kind, []).append({"fact_id": fact_id, **detail})
    for kind, rows in by_kind.items():
        c.execute(insert(schema.DETAIL_TABLES[kind]), rows)


def _reserve_ids(c: Connection, table: str, n: int) -> list[int]:
    """``n`` new ids from a PostgreSQL table's id sequence, in increasing order."""
    query = text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)")
    return sorted(c.execute(query, {"table": table, "n": n}).scalars())


def _finding_row(finding: Finding, document_id: int, now: datetime) -> dict[str, Any]:
    return {
        "document_id": document_id,
        "kind": finding.kind,
        "severity": str(finding.severity),
        "explain": finding.explain,
        "quote": finding.quote,
        "page": finding.page,
        "start": finding.start,
        "end": finding.end,
        "created_at": now,
    }


# -- read helpers ------------------------------------------------------------------------


def _kind_facts(
    c: Connection, kind: str, conditions: list[ColumnElement[bool]]
) -> Iterator[tuple[int, Fact]]:
    f, d = schema.facts, schema.documents
    detail = schema.DETAIL_TABLES[kind]
    query = (
        select(
            f,
            *(col for col in detail.c if col.name != "fact_id"),
            d.c.name.label("document_name"),
            d.c.sha256.label("document_hash"),
        )
        .join(detail, detail.c.fact_id == f.c.id)
        .join(d, d.c.id == f.c.document_id)
        .where(*conditions)
        .order_by(f.c.id)
    )
    for row in c.execute(query.execution_options(yield_per=_FETCH_ROWS)).mappings():
        fact = rows_to_fact(
            kind, row, document=row["document_name"], document_sha256=row["document_hash"]
        )
        yield row["id"], fact


def _row_to_finding(row: Any, fact_ids: list[int]) -> Finding:
    return Finding(
        document=row["document"],
        kind=row["kind"],
        severity=Severity(row["severity"]),
        explain=row["explain"],
        quote=row["quote"],
        page=row["page"],
        start=row["start"],
        end=row["end"],
        fact_ids=tuple(fact_ids),
        document_sha256=row["document_sha256"] or "",
    )
