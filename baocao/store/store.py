"""The store: one migrated database (SQLite or PostgreSQL) of documents, facts and findings.

Every write is one transaction per document, so a failure leaves nothing half-written; bulk
inserts (executemany with RETURNING) keep a 500-page document to a handful of statements.
"""

from __future__ import annotations

import heapq
import logging
import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from alembic.util import CommandError
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

from baocao.errors import DocumentError, StoreError
from baocao.model import FACT_KINDS, Extraction, Fact, Finding, Report, Severity
from baocao.store import migrate, schema
from baocao.store.rows import (
    fact_to_rows,
    report_places,
    report_to_row,
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


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Foreign keys are off by default in SQLite (cascades need them); WAL lets readers
    # (Datasette, pandas) query while a batch writes.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.close()


def _describe(e: BaseException) -> str:
    orig = getattr(e, "orig", None)
    return str(orig if orig is not None else e).strip().splitlines()[0]


def open_store(url: str | None = None) -> Store:
    """Open (creating if needed) the database at ``url`` and upgrade it to the latest schema.

    Raises :class:`StoreError` when it cannot be reached or migrated.
    """
    resolved = resolve_url(url)
    safe = resolved.render_as_string(hide_password=True)
    try:
        engine = create_engine(resolved)
    except (ArgumentError, ImportError) as e:
        raise StoreError(f"cannot open database {safe}: {e}") from e
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        with engine.begin() as connection:
            if migrate.current_revision(connection) != migrate.head_revision():
                log.info("%s: upgrading the schema", safe)
                migrate.upgrade(connection)
    except (SQLAlchemyError, CommandError) as e:
        engine.dispose()
        raise StoreError(f"cannot open database {safe}: {_describe(e)}") from e
    return Store(engine)


class Store:
    """A migrated database. Use :func:`open_store` to get one; close it (or use ``with``)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

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
        """One transaction; any database error becomes a StoreError naming ``what``."""
        try:
            with self._engine.begin() as connection:
                yield connection
        except SQLAlchemyError as e:
            raise StoreError(f"{what}: {_describe(e)}") from e

    def _read(self, what: str, query: Callable[[Connection], T]) -> T:
        try:
            with self._engine.connect() as connection:
                return query(connection)
        except SQLAlchemyError as e:
            raise StoreError(f"{what}: {_describe(e)}") from e

    # -- documents ---------------------------------------------------------------------

    def is_current(self, sha256: str, extractor_version: str) -> bool:
        """True when an ok document with this hash was stored by this extractor version."""
        d = schema.documents
        query = select(d.c.id).where(
            d.c.sha256 == sha256,
            d.c.status == "ok",
            d.c.extractor_version == extractor_version,
        )
        return self._read(f"{sha256}: cannot check", lambda c: c.execute(query).first() is not None)

    def save_extraction(
        self,
        extraction: Extraction,
        *,
        extractor_version: str,
        path: str,
        store_timing: bool = True,
    ) -> int:
        """Store one document's extraction in ONE transaction and return its document id.

        Replaces any document with the same hash (its facts and findings go with it, by
        cascade). On any failure nothing is written and the older row, if any, survives.
        """
        started = time.perf_counter()
        document = extraction.document
        with self._transaction(f"{document.name}: cannot store") as c:
            _delete_previous(c, sha256=document.sha256, path=path)
            document_id = c.execute(
                insert(schema.documents)
                .values(_document_row(extraction, extractor_version=extractor_version, path=path))
                .returning(schema.documents.c.id)
            ).scalar_one()
            _insert_pages(c, extraction, document_id)
            _upsert_places(c, extraction.report)
            c.execute(insert(schema.reports), [report_to_row(extraction.report, document_id)])
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
    ) -> int:
        """Record a document that could not be read (status ``failed``); it replaces an older
        row with the same hash, or with the same path when there is no hash."""
        with self._transaction(f"{name}: cannot record failure") as c:
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
                )
                .returning(schema.documents.c.id)
            ).scalar_one()
        log.info("%s: recorded as failed (%s)", name, error.code)
        return int(document_id)

    def documents(self, *, status: str | None = None) -> list[DocumentRow]:
        """Stored documents in id order, optionally only ``ok`` or ``failed`` ones."""
        d = schema.documents
        query = select(*(d.c[name] for name in _DOCUMENT_ROW_FIELDS)).order_by(d.c.id)
        if status is not None:
            query = query.where(d.c.status == status)

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
            return row_to_report(row) if row is not None else None

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
    ) -> Iterator[tuple[int, Fact]]:
        """Stored facts as ``(fact id, fact)`` in id order, rebuilt as model facts.

        ``kind`` limits to one kind; ``document`` to one document (file name, sha256 or path);
        ``include_targets=False`` leaves goals out.
        """
        if kind is not None and kind not in FACT_KINDS:
            raise ValueError(f"unknown fact kind {kind!r}; expected one of {FACT_KINDS}")
        kinds = (kind,) if kind else FACT_KINDS
        conditions: list[ColumnElement[bool]] = []
        if document is not None:
            conditions.append(_matches(document))
        if not include_targets:
            conditions.append(not_(schema.facts.c.target))

        # Streamed (one cursor per kind, merged by id) so exporting a large store does not
        # hold every fact in memory.
        try:
            with self._engine.connect() as c:
                streams = [_kind_facts(c, k, conditions) for k in kinds]
                yield from heapq.merge(*streams, key=lambda pair: pair[0])
        except SQLAlchemyError as e:
            raise StoreError(f"cannot read facts: {_describe(e)}") from e

    # -- findings ----------------------------------------------------------------------

    def replace_findings(self, document_id: int, findings: Sequence[Finding]) -> None:
        """Replace the findings of one document in one transaction. ``fact_ids`` of each
        finding are store fact ids (they may belong to other documents)."""
        with self._transaction(f"document {document_id}: cannot store findings") as c:
            c.execute(delete(schema.findings).where(schema.findings.c.document_id == document_id))
            if not findings:
                return
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
            "text": text_[page.start : page.end],
        }
        for page in extraction.document.pages
    ]
    if rows:
        c.execute(insert(schema.pages), rows)
    else:
        c.execute(insert(schema.document_texts), [{"document_id": document_id, "text": text_}])


def _upsert_places(c: Connection, report: Report) -> None:
    rows = report_places(report)
    if not rows:
        return
    upsert = pg_insert if c.dialect.name == "postgresql" else sqlite_insert
    for row in rows:
        statement = upsert(schema.places).values(row)
        c.execute(
            statement.on_conflict_do_update(
                index_elements=["code"],
                set_={
                    k: statement.excluded[k] for k in ("name", "prefix", "level", "province_code")
                },
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
