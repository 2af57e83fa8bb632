"""The database schema as SQLAlchemy 2 typed models.

Designed for people who query it with SQL, pandas or Datasette: one row per document, page,
fact and finding; typed columns for everything worth filtering on (no JSON blobs); one detail
table per fact kind keyed by ``fact_id``; foreign keys with ``ON DELETE CASCADE`` so deleting a
document removes everything read from it. The migrations in ``migrations/versions`` create
exactly this schema (a test compares the two); change both together.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator, TypeEngine

#: Constraint names fixed by convention so migrations can refer to them on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

_INT64_MAX = 2**63 - 1

# Ids are never reused on SQLite either (as on PostgreSQL), so an exported id names one fact.
_AUTOINCREMENT = {"sqlite_autoincrement": True}


class Amount(TypeDecorator[int]):
    """An integer amount of đồng, exact up to 38 digits on PostgreSQL.

    Amounts are what the text says, even absurd ones ("2.000.000.000 tỷ đồng" is 2×10^18), so
    BIGINT is not enough. SQLite has no exact decimal: values within int64 are stored as
    INTEGER; beyond, SQLite keeps a REAL, and reading it back through ``repr`` restores the
    written digits (amounts are a written number times a power of ten, ≤ 15 significant
    digits in practice).
    """

    impl = Numeric(38, 0)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return _SqliteNumeric(38, 0)
        return dialect.type_descriptor(Numeric(38, 0))

    def process_bind_param(self, value: int | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return value if -_INT64_MAX <= value <= _INT64_MAX else float(value)
        return Decimal(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> int | None:
        return to_int(value)


class _SqliteNumeric(Numeric):  # type: ignore[type-arg]
    """NUMERIC(38, 0) in SQLite's DDL, values passed through untouched.

    SQLAlchemy's Numeric binds through float on SQLite (2^53 + 1 would lose its last digit)
    and reads a REAL as Decimal(float), its binary expansion rather than the written digits.
    """

    cache_ok = True

    def bind_processor(self, dialect: Dialect) -> None:
        return None

    def result_processor(self, dialect: Dialect, coltype: object) -> None:
        return None


def to_int(value: Any) -> int | None:
    """An amount read from the database (int, Decimal, float or numeric string) as an int."""
    if value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(Decimal(repr(value)))
    return int(Decimal(str(value)))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class StoredDocument(Base):
    """One input file, read or failed. ``sha256`` is null only when the file could not be
    hashed (it vanished); a re-run replaces the row with the same hash. A row whose file was
    since stored with other content (``source_key`` the same) has ``superseded_by`` set."""

    __tablename__ = "documents"
    __table_args__ = (
        CheckConstraint("status IN ('ok', 'failed')", name="status"),
        Index("ix_documents_name", "name"),
        Index("ix_documents_status", "status"),
        Index("ix_documents_source_key", "source_key"),
        _AUTOINCREMENT,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str | None] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(Text)
    path: Mapped[str] = mapped_column(Text)
    format: Mapped[str | None] = mapped_column(Text)
    size_bytes: Mapped[int | None] = mapped_column(BigInteger)
    page_count: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(Text)
    error_code: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)
    extractor_version: Mapped[str] = mapped_column(Text)
    ocr: Mapped[bool] = mapped_column(Boolean, default=False)
    encoding: Mapped[str | None] = mapped_column(Text)
    load_s: Mapped[float | None] = mapped_column(Float)
    patterns_s: Mapped[float | None] = mapped_column(Float)
    normalise_s: Mapped[float | None] = mapped_column(Float)
    store_s: Mapped[float | None] = mapped_column(Float)
    extracted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    #: the file's absolute path (symlinks resolved): the same file however it was named on
    #: the command line; null before revision 0011
    source_key: Mapped[str | None] = mapped_column(Text)
    #: the sha256 of the newer content stored from the same file; null while current
    superseded_by: Mapped[str | None] = mapped_column(String(64))


class PageRow(Base):
    """A page of a paginated document; ``text`` is kept so an OCR re-run can reuse it (when
    ``ocr_version`` is the current OCR pipeline's)."""

    __tablename__ = "pages"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    ocr: Mapped[bool] = mapped_column(Boolean, default=False)
    ocr_confidence: Mapped[float | None] = mapped_column(Float)
    text: Mapped[str] = mapped_column(Text)
    #: the OCR pipeline that read an OCR page (:func:`baocao.extract.ocr.ocr_pipeline_version`):
    #: a page read by another is read again rather than reused; null before revision 0010
    ocr_version: Mapped[str | None] = mapped_column(Text)


class DocumentTextRow(Base):
    """The whole text of a document without pages (plain text, Word, spreadsheet); paginated
    documents keep theirs in ``pages``. Facts' ``start``/``end`` index into it."""

    __tablename__ = "document_texts"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    text: Mapped[str] = mapped_column(Text)


class PlaceRow(Base):
    """An administrative unit with an official code (shared by every report naming it)."""

    __tablename__ = "places"
    __table_args__ = (
        Index("ix_places_province_code", "province_code"),
        Index("ix_places_province_code_2025", "province_code_2025"),
        _AUTOINCREMENT,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str | None] = mapped_column(Text, unique=True)
    name: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str | None] = mapped_column(Text)
    level: Mapped[str | None] = mapped_column(Text)
    province_code: Mapped[str | None] = mapped_column(Text)
    # Which map ``code`` belongs to: 'pre2025' (63 provinces) or '2025' (34 provinces).
    map: Mapped[str | None] = mapped_column(Text)
    # The unit on the 2025 map (None for a district: the level is gone) and its province.
    code_2025: Mapped[str | None] = mapped_column(Text)
    name_2025: Mapped[str | None] = mapped_column(Text)
    level_2025: Mapped[str | None] = mapped_column(Text)
    province_code_2025: Mapped[str | None] = mapped_column(Text)
    province_name_2025: Mapped[str | None] = mapped_column(Text)
    # same | renamed | merged | split | dissolved (a district); None when unknown
    relation_2025: Mapped[str | None] = mapped_column(Text)


class DenominatorRow(Base):
    """How many communes (rural xã among them) and districts a province or district holds on
    one map, from the gazetteer: what a stated "55/115 xã" is checked against."""

    __tablename__ = "denominators"

    map: Mapped[str] = mapped_column(Text, primary_key=True)
    region_code: Mapped[str] = mapped_column(Text, primary_key=True)
    region_name: Mapped[str] = mapped_column(Text)
    level: Mapped[str] = mapped_column(Text)
    communes: Mapped[int] = mapped_column(Integer)
    xa: Mapped[int] = mapped_column(Integer)
    districts: Mapped[int | None] = mapped_column(Integer)
    as_of: Mapped[str] = mapped_column(Text)


class ReportRow(Base):
    """A document's report metadata: who reports, where, when, for which period."""

    __tablename__ = "reports"
    __table_args__ = (
        Index("ix_reports_province_code", "province_code"),
        Index("ix_reports_province_name", "province_name"),
        Index("ix_reports_unit_code", "unit_code"),
        Index("ix_reports_period", "period"),
        Index("ix_reports_report_key", "report_key"),
        Index("ix_reports_family_key", "family_key"),
        _AUTOINCREMENT,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), unique=True
    )
    unit_written: Mapped[str | None] = mapped_column(Text)
    unit_name: Mapped[str | None] = mapped_column(Text)
    unit_prefix: Mapped[str | None] = mapped_column(Text)
    unit_level: Mapped[str | None] = mapped_column(Text)
    unit_code: Mapped[str | None] = mapped_column(ForeignKey("places.code"))
    province_written: Mapped[str | None] = mapped_column(Text)
    province_prefix: Mapped[str | None] = mapped_column(Text)
    province_name: Mapped[str | None] = mapped_column(Text)
    province_code: Mapped[str | None] = mapped_column(Text)
    number: Mapped[str | None] = mapped_column(Text)
    place_written: Mapped[str | None] = mapped_column(Text)
    report_date: Mapped[str | None] = mapped_column(Text)  # ISO date or "YYYY-MM"
    title: Mapped[str | None] = mapped_column(Text)
    period: Mapped[str | None] = mapped_column(Text)
    period_start_year: Mapped[int | None] = mapped_column(Integer)
    period_end_year: Mapped[int | None] = mapped_column(Integer)
    criteria_set: Mapped[str | None] = mapped_column(Text)
    scheme: Mapped[str] = mapped_column(Text)
    # Which documents are one report (baocao.store.links; revision 0005): computed from this
    # document alone; the canonical document of a key is chosen in the view v_report_links.
    report_key: Mapped[str | None] = mapped_column(Text)
    family_key: Mapped[str | None] = mapped_column(Text)
    appendix: Mapped[bool] = mapped_column(Boolean, default=False)
    # The level a text naming no unit speaks as ("toàn huyện có …"; revision 0016): null
    # when the text names its unit (``unit_level`` is the report's level then).
    level: Mapped[str | None] = mapped_column(Text)


class ReportUnitRow(Base):
    """One of the units a report is about when it is about several of one level ("3 xã được
    công nhận … là: xã A, xã B và xã C"), in the text's order (``position`` from 0; the first
    is the report's ``unit``). A report about one unit has none; each unit carries its own
    province, which may differ from the report's (a province's news naming its communes)."""

    __tablename__ = "report_units"
    __table_args__ = (Index("ix_report_units_code", "code"),)

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    written: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str | None] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    level: Mapped[str | None] = mapped_column(Text)
    code: Mapped[str | None] = mapped_column(ForeignKey("places.code"))
    province_name: Mapped[str | None] = mapped_column(Text)
    province_code: Mapped[str | None] = mapped_column(Text)
    #: the map's spelling of the name when ``code`` resolved (null for a former unit's name)
    official_name: Mapped[str | None] = mapped_column(Text)


class FactRow(Base):
    """What every fact has (FACTS.md "Fields every fact has"); the rest is in its kind's
    detail table. ``target`` marks goals: filter them out with ``WHERE NOT target``."""

    __tablename__ = "facts"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('verdict', 'criteria_count', 'coverage', 'funding', 'percentage')",
            name="kind",
        ),
        Index("ix_facts_document_id", "document_id"),
        Index("ix_facts_kind", "kind"),
        Index("ix_facts_period", "period"),
        Index("ix_facts_criteria_set", "criteria_set"),
        _AUTOINCREMENT,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(Text)
    page: Mapped[int | None] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    period: Mapped[str | None] = mapped_column(Text)
    period_start_year: Mapped[int | None] = mapped_column(Integer)
    period_end_year: Mapped[int | None] = mapped_column(Integer)
    scheme: Mapped[str] = mapped_column(Text)
    criteria_set: Mapped[str | None] = mapped_column(Text)
    ocr: Mapped[bool] = mapped_column(Boolean)
    target: Mapped[bool] = mapped_column(Boolean)
    origin: Mapped[str] = mapped_column(Text)


def _fact_id() -> Mapped[int]:
    return mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True)


class VerdictRow(Base):
    __tablename__ = "verdicts"
    __table_args__ = (
        Index("ix_verdicts_criterion", "criterion"),
        Index("ix_verdicts_subject_code", "subject_code"),
    )

    fact_id: Mapped[int] = _fact_id()
    subject: Mapped[str] = mapped_column(Text)
    subject_code: Mapped[str | None] = mapped_column(Text)
    criterion: Mapped[int] = mapped_column(Integer)
    met: Mapped[bool] = mapped_column(Boolean)


class CriteriaCountRow(Base):
    __tablename__ = "criteria_counts"
    __table_args__ = (Index("ix_criteria_counts_subject_code", "subject_code"),)

    fact_id: Mapped[int] = _fact_id()
    subject: Mapped[str] = mapped_column(Text)
    subject_code: Mapped[str | None] = mapped_column(Text)
    met: Mapped[int] = mapped_column(Integer)
    of: Mapped[int | None] = mapped_column(Integer)
    what: Mapped[str] = mapped_column(Text)
    unmet: Mapped[bool] = mapped_column(Boolean)


class CoverageRow(Base):
    __tablename__ = "coverage"
    __table_args__ = (
        Index("ix_coverage_criterion", "criterion"),
        Index("ix_coverage_region_code", "region_code"),
    )

    fact_id: Mapped[int] = _fact_id()
    region: Mapped[str] = mapped_column(Text)
    region_code: Mapped[str | None] = mapped_column(Text)
    criterion: Mapped[int | None] = mapped_column(Integer)
    units_met: Mapped[int] = mapped_column(Integer)
    units_total: Mapped[int | None] = mapped_column(Integer)
    percent_stated: Mapped[float | None] = mapped_column(Float)
    unit_kind: Mapped[str | None] = mapped_column(Text)
    percent_decimals: Mapped[int | None] = mapped_column(Integer)


class FundingRow(Base):
    __tablename__ = "funding"
    __table_args__ = (
        Index("ix_funding_source", "source"),
        Index("ix_funding_flow", "flow"),
        Index("ix_funding_region_code", "region_code"),
    )

    fact_id: Mapped[int] = _fact_id()
    region: Mapped[str] = mapped_column(Text)
    region_code: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    flow: Mapped[str] = mapped_column(Text)
    amount_vnd: Mapped[int] = mapped_column(Amount)
    unit_written: Mapped[str] = mapped_column(Text)
    percent_stated: Mapped[float | None] = mapped_column(Float)
    of_vnd: Mapped[int | None] = mapped_column(Amount)
    purpose: Mapped[str | None] = mapped_column(Text)
    criterion: Mapped[int | None] = mapped_column(Integer)
    approx: Mapped[str | None] = mapped_column(Text)
    percent_decimals: Mapped[int | None] = mapped_column(Integer)
    amount_max_vnd: Mapped[int | None] = mapped_column(Amount)


class PercentageRow(Base):
    __tablename__ = "percentages"
    __table_args__ = (
        Index("ix_percentages_criterion", "criterion"),
        Index("ix_percentages_subject_code", "subject_code"),
    )

    fact_id: Mapped[int] = _fact_id()
    subject: Mapped[str] = mapped_column(Text)
    subject_code: Mapped[str | None] = mapped_column(Text)
    label: Mapped[str | None] = mapped_column(Text)
    criterion: Mapped[int | None] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)
    value_max: Mapped[float | None] = mapped_column(Float)
    threshold: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(Text)
    approx: Mapped[str | None] = mapped_column(Text)
    value_decimals: Mapped[int | None] = mapped_column(Integer)
    met: Mapped[bool | None] = mapped_column(Boolean)
    part: Mapped[float | None] = mapped_column(Float)
    whole: Mapped[float | None] = mapped_column(Float)


class FindingRow(Base):
    """An inconsistency the auditor found in one document (FACTS.md "Audit findings")."""

    __tablename__ = "findings"
    __table_args__ = (
        Index("ix_findings_document_id", "document_id"),
        Index("ix_findings_kind", "kind"),
        _AUTOINCREMENT,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(Text)
    explain: Mapped[str] = mapped_column(Text)
    quote: Mapped[str] = mapped_column(Text)
    page: Mapped[int | None] = mapped_column(Integer)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class FindingFactRow(Base):
    """Which facts a finding involves; ``position`` keeps the auditor's order."""

    __tablename__ = "finding_facts"
    __table_args__ = (Index("ix_finding_facts_fact_id", "fact_id"),)

    finding_id: Mapped[int] = mapped_column(
        ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True
    )
    fact_id: Mapped[int] = mapped_column(
        ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer)


#: The tables, typed as Core tables for insert/select (``__table__`` is typed FromClause).
documents = cast(Table, StoredDocument.__table__)
pages = cast(Table, PageRow.__table__)
document_texts = cast(Table, DocumentTextRow.__table__)
places = cast(Table, PlaceRow.__table__)
denominators = cast(Table, DenominatorRow.__table__)
reports = cast(Table, ReportRow.__table__)
report_units = cast(Table, ReportUnitRow.__table__)
facts = cast(Table, FactRow.__table__)
findings = cast(Table, FindingRow.__table__)
finding_facts = cast(Table, FindingFactRow.__table__)

#: The detail table of each fact kind (model.FACT_TYPES keys).
DETAIL_TABLES: dict[str, Table] = {
    "verdict": cast(Table, VerdictRow.__table__),
    "criteria_count": cast(Table, CriteriaCountRow.__table__),
    "coverage": cast(Table, CoverageRow.__table__),
    "funding": cast(Table, FundingRow.__table__),
    "percentage": cast(Table, PercentageRow.__table__),
}
