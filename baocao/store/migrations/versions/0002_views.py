"""Views for people who query with SQL: one flat view per fact kind, the reports, criterion
coverage by province and period, and the funding mix by source.

The SQL is written to run unchanged on SQLite (≥ 3.25, window functions) and PostgreSQL;
identifiers that are keywords ("end", "of") are quoted.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# What every flat fact view starts with: the fact, its document and its report's unit
# (report_unit: the percentages view has a column of its own named unit).
_FACT_COLUMNS = """
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
    f.kind,
    f.page,
    f.start,
    f."end",
    f.quote,
    f.period,
    f.period_start_year,
    f.period_end_year,
    f.scheme,
    f.criteria_set,
    f.ocr,
    f.target,
    f.origin"""

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
SELECT {_FACT_COLUMNS},
    {columns}
FROM facts f
JOIN {table} k ON k.fact_id = f.id
JOIN documents d ON d.id = f.document_id
LEFT JOIN reports r ON r.document_id = f.document_id
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
    r.unit_code,
    r.province_name AS province,
    r.province_code,
    r.number,
    r.report_date,
    r.title,
    r.period,
    r.period_start_year,
    r.period_end_year,
    r.criteria_set,
    r.scheme
FROM documents d
LEFT JOIN reports r ON r.document_id = d.id
"""

# Goals (target) are left out: this is what was achieved. One row per statement; percent is
# computed from the counts so it can be compared with percent_stated.
V_CRITERION_COVERAGE = """
SELECT
    c.province,
    c.province_code,
    c.period,
    c.period_start_year,
    c.period_end_year,
    c.criteria_set,
    c.scheme,
    c.criterion,
    c.region,
    c.region_code,
    c.unit_kind,
    c.units_met,
    c.units_total,
    CASE WHEN c.units_total > 0
        THEN CAST(100.0 * c.units_met AS DOUBLE PRECISION) / c.units_total
    END AS percent,
    c.percent_stated,
    c.document,
    c.document_id,
    c.fact_id,
    c.quote
FROM v_coverage c
WHERE NOT c.target
"""

# One row per source of the money for one region, period and flow in one document. The same
# amount stated twice for the same source and purpose counts once (FACTS.md: a fact stated
# twice is stored twice). share = amount / sum of the parts (the shares add up to 1);
# share_of_stated_total = amount / the 'total' the report states, when it states one.
V_FUNDING_MIX = """
WITH statements AS (
    SELECT DISTINCT
        document_id, document, province, province_code, region, region_code, period,
        period_start_year, period_end_year, flow, source, purpose, amount_vnd
    FROM v_funding
),
by_source AS (
    SELECT
        document_id, document, province, province_code, region, region_code, period,
        period_start_year, period_end_year, flow, source,
        SUM(amount_vnd) AS amount_vnd,
        COUNT(*) AS statements
    FROM statements
    GROUP BY
        document_id, document, province, province_code, region, region_code, period,
        period_start_year, period_end_year, flow, source
),
with_totals AS (
    SELECT
        b.*,
        SUM(CASE WHEN b.source <> 'total' THEN CAST(b.amount_vnd AS DOUBLE PRECISION) END)
            OVER (PARTITION BY b.document_id, b.region, b.region_code, b.period, b.flow)
            AS parts_total_vnd,
        MAX(CASE WHEN b.source = 'total' THEN b.amount_vnd END)
            OVER (PARTITION BY b.document_id, b.region, b.region_code, b.period, b.flow)
            AS stated_total_vnd
    FROM by_source b
)
SELECT
    province,
    province_code,
    region,
    region_code,
    period,
    period_start_year,
    period_end_year,
    flow,
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
    document,
    document_id
FROM with_totals
WHERE source <> 'total'
"""

#: In creation order (later views read earlier ones).
VIEWS: dict[str, str] = {
    **{name: _fact_view(table, columns) for name, (table, columns) in _KIND_COLUMNS.items()},
    "v_reports": V_REPORTS,
    "v_criterion_coverage": V_CRITERION_COVERAGE,
    "v_funding_mix": V_FUNDING_MIX,
}


def upgrade() -> None:
    for name, sql in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {sql}")


def downgrade() -> None:
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW {name}")
