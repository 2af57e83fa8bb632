"""The comparison questions as views (``q_*``), one per question, so that PostgreSQL users,
pandas and ``baocao serve``'s canned queries (which add only parameter filters) read the
same SQL: criterion coverage and the NTM standard by province and period, the funding mix by
source, the distribution of criteria met per commune, and the facts of one unit over time.

They count as ``baocao.compare`` does by default: each report once (``counted``), goals left
out (``target``; funding's ``planned`` flow is kept, being a goal by definition), facts the
auditor flagged as implausible left out (``flagged``), and a statement a report makes twice
(its text and its table) once. Every view carries ``province_2025`` beside ``province``, so a
question can be asked in the map after July 2025. A migration that drops or recreates a
``v_*`` view must drop these first (PostgreSQL refuses to drop a view others depend on).

The SQL runs unchanged on SQLite and PostgreSQL; "of" is a keyword and quoted.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# One row per coverage statement of a report: the same K/N in its text and its appendix
# table counts once (the first stored).
_COVERAGE = """
WITH statements AS (
    SELECT c.*,
        ROW_NUMBER() OVER (
            PARTITION BY c.report_key, c.region, c.region_code, c.period, c.scheme,
                c.criterion, c.unit_kind, c.units_met, c.units_total
            ORDER BY c.fact_id
        ) AS statement_rank
    FROM v_criterion_coverage c
    WHERE c.flagged = 0
)
SELECT
    province, province_code, province_2025, province_code_2025, period, period_start_year,
    period_end_year, criteria_set, scheme, criterion, level, region, region_code, unit_kind,
    units_met, units_total, percent, percent_stated, report_key, document, document_id,
    fact_id, quote
FROM statements
WHERE statement_rank = 1 AND {condition}
"""

Q_CRITERION_COVERAGE = _COVERAGE.format(condition="criterion IS NOT NULL")

Q_NTM_STANDARD = _COVERAGE.format(condition="criterion IS NULL")

Q_FUNDING_MIX = """
SELECT
    province, province_code, province_2025, province_code_2025, period, period_start_year,
    period_end_year, level, region, region_code, flow, source, amount_vnd, parts_total_vnd,
    share, stated_total_vnd, share_of_stated_total, statements, report_key, document,
    document_id
FROM v_funding_mix
WHERE flow = 'planned' OR NOT target
"""

# A commune's criteria met, from "đạt 17/19 tiêu chí" or "còn 2 tiêu chí chưa đạt" (of − 2);
# a commune stated in several reports of one period and scheme (its own and its district's)
# counts once, at its highest statement.
Q_CRITERIA_MET = """
WITH stated AS (
    SELECT
        province, province_code, province_2025, province_code_2025, period, period_end_year,
        criteria_set, scheme,
        COALESCE(subject_code, subject) AS commune,
        CASE WHEN unmet THEN "of" - met ELSE met END AS criteria_met,
        "of" AS criteria_of
    FROM v_criteria_counts
    WHERE counted = 1 AND flagged = 0 AND NOT target
        AND what = 'tiêu chí' AND level = 'commune'
        AND (NOT unmet OR "of" IS NOT NULL)
),
per_commune AS (
    SELECT
        province, province_code, province_2025, province_code_2025, period, scheme, commune,
        MAX(period_end_year) AS period_end_year, MAX(criteria_set) AS criteria_set,
        MAX(criteria_met) AS criteria_met, MAX(criteria_of) AS criteria_of
    FROM stated
    GROUP BY province, province_code, province_2025, province_code_2025, period, scheme, commune
)
SELECT
    province, province_code, province_2025, province_code_2025, period,
    MAX(period_end_year) AS period_end_year, MAX(criteria_set) AS criteria_set, scheme,
    criteria_met, MAX(criteria_of) AS criteria_of, COUNT(*) AS communes
FROM per_commune
GROUP BY
    province, province_code, province_2025, province_code_2025, period, scheme, criteria_met
"""

# One row per fact in one shape, so a unit's statements line up over the years: ``unit`` is
# the subject or region the fact is about, ``measure`` what is counted, ``value`` (and
# ``of_value``) the number, ``value_unit`` its unit.
_SERIES_COMMON = """
    k.level, k.province, k.province_code, k.province_2025, k.province_code_2025, k.period,
    k.period_start_year, k.period_end_year, k.criteria_set, k.scheme, k.kind"""

_SERIES_TAIL = """
    k.quote, k.page, k.report_key, k.document, k.document_id, k.fact_id"""

_COUNTED = "k.counted = 1 AND k.flagged = 0"

Q_UNIT_SERIES = f"""
SELECT k.subject AS unit, k.subject_code AS unit_code, {_SERIES_COMMON},
    k.criterion, 'criterion met' AS measure,
    CAST(CASE WHEN k.met THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS value,
    CAST(NULL AS DOUBLE PRECISION) AS of_value, CAST(NULL AS TEXT) AS value_unit, {_SERIES_TAIL}
FROM v_verdicts k WHERE {_COUNTED} AND NOT k.target
UNION ALL
SELECT k.subject, k.subject_code, {_SERIES_COMMON},
    CAST(NULL AS INTEGER), CASE WHEN k.what = 'tiêu chí' THEN 'criteria met'
        ELSE 'indicators met' END,
    CAST(CASE WHEN k.unmet THEN k."of" - k.met ELSE k.met END AS DOUBLE PRECISION),
    CAST(k."of" AS DOUBLE PRECISION), k.what, {_SERIES_TAIL}
FROM v_criteria_counts k
WHERE {_COUNTED} AND NOT k.target AND (NOT k.unmet OR k."of" IS NOT NULL)
UNION ALL
SELECT k.region, k.region_code, {_SERIES_COMMON},
    k.criterion, CASE WHEN k.criterion IS NULL THEN 'units meeting the standard'
        ELSE 'units meeting the criterion' END,
    CAST(k.units_met AS DOUBLE PRECISION), CAST(k.units_total AS DOUBLE PRECISION),
    k.unit_kind, {_SERIES_TAIL}
FROM v_coverage k WHERE {_COUNTED} AND NOT k.target
UNION ALL
SELECT k.region, k.region_code, {_SERIES_COMMON},
    k.criterion, k.flow || ': ' || k.source,
    CAST(k.amount_vnd AS DOUBLE PRECISION), CAST(k.of_vnd AS DOUBLE PRECISION), 'đồng',
    {_SERIES_TAIL}
FROM v_funding k WHERE {_COUNTED} AND NOT k.target AND k.flow <> 'planned'
UNION ALL
SELECT k.subject, k.subject_code, {_SERIES_COMMON},
    k.criterion, COALESCE(k.label, 'percentage'),
    CAST(k.value AS DOUBLE PRECISION), CAST(k.value_max AS DOUBLE PRECISION), k.unit,
    {_SERIES_TAIL}
FROM v_percentages k WHERE {_COUNTED} AND NOT k.target
"""

#: The question views in creation order; ``baocao.serve`` makes a canned query of each.
VIEWS: dict[str, str] = {
    "q_criterion_coverage": Q_CRITERION_COVERAGE,
    "q_ntm_standard": Q_NTM_STANDARD,
    "q_funding_mix": Q_FUNDING_MIX,
    "q_criteria_met": Q_CRITERIA_MET,
    "q_unit_series": Q_UNIT_SERIES,
}


def upgrade() -> None:
    for name, sql in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {sql}")


def downgrade() -> None:
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW {name}")
