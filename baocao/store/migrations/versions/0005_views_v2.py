"""Views v2: each report counted once, implausible facts marked, one period per statement,
the level of every place, the 2025 province.

``reports`` gains ``report_key``, ``family_key`` and ``appendix`` (see
:mod:`baocao.store.links`; computed for the rows already stored). The views of 0002 are
dropped and made again with more columns (none renamed):

- ``v_report_links``: for every stored report its ``report_key`` (the report it is), the
  ``canonical_document_id`` (the document counted for it: a typed format before a converted or
  scanned one, then by hash, so the choice does not depend on the order of storing) and its
  ``role``: ``canonical``, ``appendix`` (tables belonging to the report: its statements count
  unless the report makes them too) or ``copy`` (the same report again: not counted).
- ``v_facts``: one row per fact with ``flow`` (money's; null for other kinds), ``level`` (of
  the place the fact is about: the level of its code, else of its prefix, else of the
  reporting unit), ``fact_period`` (as extracted) and
  ``period``, the statement's canonical period — the report's when the fact describes the
  time the report covers (a state at the end of the report's period, or money over its span),
  else the fact's own (a year, where it named a month or half-year); ``counted`` (the fact is
  part of the one copy of its report that comparisons count); ``flagged`` (the auditor found
  it implausible: the statement a ``unit_implausible`` finding points at, not the other
  facts it cites); ``province_2025`` and
  ``province_code_2025`` (the places crosswalk of revision 0004: the report's province, else
  its unit).
- ``v_verdicts`` … ``v_percentages``: ``v_facts`` joined with each kind's own columns.
- ``v_criterion_coverage``: counted coverage statements that are no goals, flagged ones
  marked (``flagged``), ``percent`` computed from the counts.
- ``v_funding_mix``: counted, unflagged money of one report by region, level, period, flow
  and source, every source but ``total`` a part (joined sources and ``other`` too, so shares
  add up to 1).

The SQL runs unchanged on SQLite and PostgreSQL except the sums of amounts: exact NUMERIC on
PostgreSQL; on SQLite (no exact decimal type) integers, where an amount of 10^15 đồng or more
(a million tỷ: beyond any line of a real report) is summed as a REAL, so a sum never overflows.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from baocao.store.revisions import load_revision

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: Documents of one report are ranked by how faithfully their text was read.
FORMAT_RANK = """(CASE d.format
        WHEN 'text' THEN 1 WHEN 'docx' THEN 2 WHEN 'odt' THEN 3 WHEN 'doc' THEN 4
        WHEN 'rtf' THEN 5 WHEN 'pdf' THEN 6 WHEN 'xlsx' THEN 7 WHEN 'xls' THEN 8 ELSE 9
    END + CASE WHEN d.ocr THEN 10 ELSE 0 END)"""

V_REPORT_LINKS = f"""
WITH stored AS (
    SELECT r.document_id, d.sha256, d.ocr, r.report_key, r.family_key, r.appendix,
        {FORMAT_RANK} AS format_rank
    FROM reports r
    JOIN documents d ON d.id = r.document_id
    WHERE d.status = 'ok'
),
numbered AS (
    -- A document not keyed by a number joins a numbered report of its unit and period when
    -- it is an appendix, or a scan whose number or date OCR misread; a typed text without
    -- one (a news article on the same year) stays a report of its own.
    SELECT a.document_id, MIN(m.report_key) AS report_key
    FROM stored a
    JOIN stored m ON m.family_key = a.family_key AND NOT m.appendix
        AND m.report_key LIKE '%|no %'
    WHERE a.appendix OR (a.ocr AND a.report_key NOT LIKE '%|no %')
    GROUP BY a.document_id
),
unnumbered AS (
    -- Else an appendix joins a report of its unit and period, numbered or not.
    SELECT a.document_id, MIN(m.report_key) AS report_key
    FROM stored a
    JOIN stored m ON m.family_key = a.family_key AND NOT m.appendix
    WHERE a.appendix
    GROUP BY a.document_id
),
keyed AS (
    SELECT s.document_id, s.sha256, s.report_key AS own_key, s.family_key, s.appendix,
        s.format_rank,
        COALESCE(n.report_key, u.report_key, s.report_key) AS report_key
    FROM stored s
    LEFT JOIN numbered n ON n.document_id = s.document_id
    LEFT JOIN unnumbered u ON u.document_id = s.document_id
),
ranked AS (
    SELECT k.*,
        ROW_NUMBER() OVER (
            PARTITION BY k.report_key
            ORDER BY k.appendix, k.format_rank, k.sha256, k.document_id
        ) AS report_rank,
        ROW_NUMBER() OVER (
            PARTITION BY k.report_key, k.appendix, k.own_key
            ORDER BY k.format_rank, k.sha256, k.document_id
        ) AS copy_rank,
        FIRST_VALUE(k.document_id) OVER (
            PARTITION BY k.report_key
            ORDER BY k.appendix, k.format_rank, k.sha256, k.document_id
        ) AS canonical_document_id
    FROM keyed k
)
SELECT
    document_id,
    report_key,
    own_key,
    family_key,
    appendix,
    format_rank,
    canonical_document_id,
    CASE
        WHEN report_rank = 1 THEN 'canonical'
        WHEN appendix AND copy_rank = 1 THEN 'appendix'
        ELSE 'copy'
    END AS role
FROM ranked
"""

V_REPORTS = """
SELECT
    d.id AS document_id,
    d.name AS document,
    d.sha256 AS document_sha256,
    d.status,
    d.format,
    d.page_count,
    d.ocr,
    r.unit_name AS unit,
    r.unit_prefix,
    r.unit_level,
    r.unit_level AS level,
    r.unit_code,
    r.province_name AS province,
    r.province_code,
    COALESCE(pp.province_name_2025, pu.province_name_2025) AS province_2025,
    COALESCE(pp.province_code_2025, pu.province_code_2025) AS province_code_2025,
    r.number,
    r.report_date,
    r.title,
    r.period,
    r.period_start_year,
    r.period_end_year,
    r.criteria_set,
    r.scheme,
    l.report_key,
    l.canonical_document_id,
    l.role,
    CASE WHEN l.role IN ('canonical', 'appendix') THEN 1 ELSE 0 END AS counted
FROM documents d
LEFT JOIN reports r ON r.document_id = d.id
LEFT JOIN v_report_links l ON l.document_id = d.id
LEFT JOIN places pp ON pp.code = r.province_code
LEFT JOIN places pu ON pu.code = r.unit_code
"""


def _text(column: str) -> str:
    return f"COALESCE(CAST({column} AS TEXT), '')"


def _signature(*columns: str) -> str:
    return " || '|' || ".join(_text(c) for c in columns)


# What makes two facts the same statement (an appendix row that its report also states).
# Coverage and money leave their region out: an appendix's table often names no place (it is
# the report's), and its numbers are specific enough; verdicts and counts keep their subject.
_SIGNATURES = {
    "verdict": _signature("kv.subject", "kv.criterion", "kv.met"),
    "criteria_count": _signature("kc.subject", "kc.met", 'kc."of"', "kc.what", "kc.unmet"),
    "coverage": _signature("ko.criterion", "ko.units_met", "ko.units_total", "ko.unit_kind"),
    "funding": _signature("kf.source", "kf.flow", "kf.amount_vnd", "kf.purpose"),
    "percentage": _signature("kp.subject", "kp.label", "kp.value", "kp.unit"),
}

_PREFIX_LEVEL = """CASE
            WHEN LOWER(x.place) LIKE 'tỉnh %' THEN 'province'
            WHEN LOWER(x.place) LIKE 'huyện %' OR LOWER(x.place) LIKE 'thị xã %'
                OR LOWER(x.place) LIKE 'quận %' THEN 'district'
            WHEN LOWER(x.place) LIKE 'xã %' OR LOWER(x.place) LIKE 'phường %'
                OR LOWER(x.place) LIKE 'thị trấn %' THEN 'commune'
        END"""

# The statement's period: the report's when the fact is about the time the report covers
# (the same end year; for money, a flow, the same span too), else the fact's own, a year
# where it named a month or half-year.
_PERIOD = """CASE
        WHEN f.period IS NULL THEN r.period
        WHEN r.period IS NULL THEN f.period
        WHEN f.period_end_year = r.period_end_year
            AND (f.kind <> 'funding' OR f.period_start_year = r.period_start_year)
            THEN r.period
        WHEN f.period_start_year = f.period_end_year THEN CAST(f.period_end_year AS TEXT)
        ELSE f.period
    END"""

V_FACT_KEYS = f"""
SELECT
    f.id AS fact_id,
    f.document_id,
    f.kind,
    COALESCE(kv.subject, kc.subject, ko.region, kf.region, kp.subject) AS place,
    COALESCE(kv.subject_code, kc.subject_code, ko.region_code, kf.region_code,
        kp.subject_code) AS place_code,
    kf.flow,
    {_PERIOD} AS period,
    f.kind || '|' || {_text("f.target")} || '|' || COALESCE({_PERIOD}, '') || '|' || CASE f.kind
        WHEN 'verdict' THEN {_SIGNATURES["verdict"]}
        WHEN 'criteria_count' THEN {_SIGNATURES["criteria_count"]}
        WHEN 'coverage' THEN {_SIGNATURES["coverage"]}
        WHEN 'funding' THEN {_SIGNATURES["funding"]}
        ELSE {_SIGNATURES["percentage"]}
    END AS signature
FROM facts f
LEFT JOIN reports r ON r.document_id = f.document_id
LEFT JOIN verdicts kv ON kv.fact_id = f.id
LEFT JOIN criteria_counts kc ON kc.fact_id = f.id
LEFT JOIN coverage ko ON ko.fact_id = f.id
LEFT JOIN funding kf ON kf.fact_id = f.id
LEFT JOIN percentages kp ON kp.fact_id = f.id
"""

V_FACTS = f"""
SELECT
    f.id AS fact_id,
    f.document_id,
    d.name AS document,
    d.sha256 AS document_sha256,
    r.unit_name AS report_unit,
    r.unit_prefix AS report_unit_prefix,
    r.unit_level AS report_unit_level,
    r.unit_code AS report_unit_code,
    r.province_name AS province,
    r.province_code,
    COALESCE(pp.province_name_2025, pu.province_name_2025) AS province_2025,
    COALESCE(pp.province_code_2025, pu.province_code_2025) AS province_code_2025,
    COALESCE(
        pl.level,
        CASE LENGTH(x.place_code)
            WHEN 2 THEN 'province' WHEN 3 THEN 'district' WHEN 5 THEN 'commune'
        END,
        {_PREFIX_LEVEL},
        r.unit_level
    ) AS level,
    f.kind,
    x.flow,
    f.page,
    f.start,
    f."end",
    f.quote,
    x.period,
    CASE WHEN x.period = r.period THEN r.period_start_year ELSE f.period_start_year END
        AS period_start_year,
    CASE WHEN x.period = r.period THEN r.period_end_year ELSE f.period_end_year END
        AS period_end_year,
    f.period AS fact_period,
    r.period AS report_period,
    f.scheme,
    f.criteria_set,
    f.ocr,
    f.target,
    f.origin,
    l.report_key,
    l.canonical_document_id,
    l.role AS document_role,
    CASE
        WHEN l.role = 'canonical' THEN 1
        WHEN l.role = 'appendix' AND NOT EXISTS (
            SELECT 1 FROM v_fact_keys y
            WHERE y.document_id = l.canonical_document_id AND y.signature = x.signature
        ) THEN 1
        ELSE 0
    END AS counted,
    CASE WHEN EXISTS (
        SELECT 1 FROM findings fi
        WHERE fi.document_id = f.document_id AND fi.kind = 'unit_implausible'
            AND fi.start = f.start AND fi."end" = f."end"
    ) THEN 1 ELSE 0 END AS flagged
FROM facts f
JOIN v_fact_keys x ON x.fact_id = f.id
JOIN documents d ON d.id = f.document_id
LEFT JOIN reports r ON r.document_id = f.document_id
LEFT JOIN v_report_links l ON l.document_id = f.document_id
LEFT JOIN places pl ON pl.code = x.place_code
LEFT JOIN places pp ON pp.code = r.province_code
LEFT JOIN places pu ON pu.code = r.unit_code
"""

_BASE_COLUMNS = """
    b.fact_id, b.document_id, b.document, b.document_sha256, b.report_unit,
    b.report_unit_prefix, b.report_unit_level, b.report_unit_code, b.province, b.province_code,
    b.province_2025, b.province_code_2025, b.level, b.kind, b.page, b.start, b."end", b.quote,
    b.period, b.period_start_year, b.period_end_year, b.fact_period, b.report_period, b.scheme,
    b.criteria_set, b.ocr, b.target, b.origin, b.report_key, b.canonical_document_id,
    b.document_role, b.counted, b.flagged"""

_KIND_COLUMNS = {
    "v_verdicts": ("verdicts", "k.subject, k.subject_code, k.criterion, k.met"),
    "v_criteria_counts": (
        "criteria_counts",
        'k.subject, k.subject_code, k.met, k."of", k.what, k.unmet',
    ),
    "v_coverage": (
        "coverage",
        "k.region, k.region_code, k.criterion, k.units_met, k.units_total, k.percent_stated,"
        " k.unit_kind",
    ),
    "v_funding": (
        "funding",
        "k.region, k.region_code, k.source, k.flow, k.amount_vnd, k.unit_written,"
        " k.percent_stated, k.of_vnd, k.purpose, k.criterion, k.approx",
    ),
    "v_percentages": (
        "percentages",
        "k.subject, k.subject_code, k.label, k.criterion, k.value, k.value_max, k.threshold,"
        " k.unit, k.approx",
    ),
}


def _fact_view(table: str, columns: str) -> str:
    return f"""
SELECT {_BASE_COLUMNS},
    {columns}
FROM v_facts b
JOIN {table} k ON k.fact_id = b.fact_id
"""


V_CRITERION_COVERAGE = """
SELECT
    c.province,
    c.province_code,
    c.province_2025,
    c.province_code_2025,
    c.period,
    c.period_start_year,
    c.period_end_year,
    c.criteria_set,
    c.scheme,
    c.criterion,
    c.region,
    c.region_code,
    c.level,
    c.unit_kind,
    c.units_met,
    c.units_total,
    CASE WHEN c.units_total > 0
        THEN CAST(100.0 * c.units_met AS DOUBLE PRECISION) / c.units_total
    END AS percent,
    c.percent_stated,
    c.target,
    c.flagged,
    c.report_key,
    c.document,
    c.document_id,
    c.fact_id,
    c.quote
FROM v_coverage c
WHERE c.counted = 1 AND NOT c.target
"""


def _sum_amounts(dialect: str) -> str:
    if dialect == "postgresql":
        return "SUM(amount_vnd)"
    # SQLite sums integers in 64 bits and fails on overflow; a REAL among them makes the sum
    # a REAL. Amounts of 10^15 đồng and more go in as REALs, so no sum overflows.
    return "SUM(CASE WHEN ABS(amount_vnd) < 1e15 THEN amount_vnd ELSE CAST(amount_vnd AS REAL) END)"


def v_funding_mix(dialect: str) -> str:
    return f"""
WITH statements AS (
    SELECT DISTINCT
        canonical_document_id, report_key, province, province_code, province_2025,
        province_code_2025, region, region_code, level, period, period_start_year,
        period_end_year, flow, target, source, purpose, amount_vnd
    FROM v_funding
    WHERE counted = 1 AND flagged = 0
),
by_source AS (
    SELECT
        canonical_document_id, report_key, province, province_code, province_2025,
        province_code_2025, region, region_code, level, period, period_start_year,
        period_end_year, flow, target, source,
        {_sum_amounts(dialect)} AS amount_vnd,
        COUNT(*) AS statements
    FROM statements
    GROUP BY
        canonical_document_id, report_key, province, province_code, province_2025,
        province_code_2025, region, region_code, level, period, period_start_year,
        period_end_year, flow, target, source
),
with_totals AS (
    SELECT
        b.*,
        SUM(CASE WHEN b.source <> 'total' THEN CAST(b.amount_vnd AS DOUBLE PRECISION) END)
            OVER (PARTITION BY b.canonical_document_id, b.region, b.region_code, b.period,
                b.flow, b.target)
            AS parts_total_vnd,
        MAX(CASE WHEN b.source = 'total' THEN b.amount_vnd END)
            OVER (PARTITION BY b.canonical_document_id, b.region, b.region_code, b.period,
                b.flow, b.target)
            AS stated_total_vnd
    FROM by_source b
)
SELECT
    province,
    province_code,
    province_2025,
    province_code_2025,
    region,
    region_code,
    level,
    period,
    period_start_year,
    period_end_year,
    flow,
    target,
    source,
    amount_vnd,
    parts_total_vnd,
    CASE WHEN parts_total_vnd > 0
        THEN CAST(amount_vnd AS DOUBLE PRECISION) / parts_total_vnd
    END AS share,
    stated_total_vnd,
    CASE WHEN stated_total_vnd > 0
        THEN CAST(amount_vnd AS DOUBLE PRECISION) / CAST(stated_total_vnd AS DOUBLE PRECISION)
    END AS share_of_stated_total,
    statements,
    report_key,
    (SELECT d.name FROM documents d WHERE d.id = canonical_document_id) AS document,
    canonical_document_id AS document_id
FROM with_totals
WHERE source <> 'total'
"""


def views(dialect: str) -> dict[str, str]:
    """The views of this revision in creation order (later ones read earlier ones)."""
    return {
        "v_report_links": V_REPORT_LINKS,
        "v_fact_keys": V_FACT_KEYS,
        "v_facts": V_FACTS,
        **{name: _fact_view(table, cols) for name, (table, cols) in _KIND_COLUMNS.items()},
        "v_reports": V_REPORTS,
        "v_criterion_coverage": V_CRITERION_COVERAGE,
        "v_funding_mix": v_funding_mix(dialect),
    }


def _previous_views() -> dict[str, str]:
    """The views of revision 0002 (its module's name starts with a digit: loaded by path)."""
    return dict(load_revision("0002_views.py").VIEWS)


def _backfill_keys() -> None:
    """Compute the link keys of the reports stored before this revision."""
    from baocao.store.links import OPENING_CHARS, report_keys
    from baocao.store.rows import row_to_report

    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT * FROM reports")).mappings().all()
    for row in rows:
        opening = connection.execute(
            sa.text(
                "SELECT text FROM pages WHERE document_id = :d AND number = 1"
                " UNION ALL SELECT text FROM document_texts WHERE document_id = :d"
            ),
            {"d": row["document_id"]},
        ).scalar()
        keys: dict[str, Any] = report_keys(row_to_report(row), (opening or "")[:OPENING_CHARS])
        connection.execute(
            sa.text(
                "UPDATE reports SET report_key = :report_key, family_key = :family_key,"
                " appendix = :appendix WHERE id = :id"
            ),
            {**keys, "id": row["id"]},
        )


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name in reversed(_previous_views()):
        op.execute(f"DROP VIEW {name}")
    with op.batch_alter_table("reports") as batch:
        batch.add_column(sa.Column("report_key", sa.Text(), nullable=True))
        batch.add_column(sa.Column("family_key", sa.Text(), nullable=True))
        batch.add_column(
            sa.Column("appendix", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.create_index("ix_reports_report_key", ["report_key"])
        batch.create_index("ix_reports_family_key", ["family_key"])
    _backfill_keys()
    for name, sql in views(dialect).items():
        op.execute(f"CREATE VIEW {name} AS {sql}")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name in reversed(views(dialect)):
        op.execute(f"DROP VIEW {name}")
    with op.batch_alter_table("reports") as batch:
        batch.drop_index("ix_reports_family_key")
        batch.drop_index("ix_reports_report_key")
        batch.drop_column("appendix")
        batch.drop_column("family_key")
        batch.drop_column("report_key")
    for name, sql in _previous_views().items():
        op.execute(f"CREATE VIEW {name} AS {sql}")
