"""The comparison questions as views (``q_*``), one per question, so that PostgreSQL users,
pandas and ``baocao serve``'s canned queries (which add only parameter filters) read the
same SQL: criterion coverage and the NTM standard by province and period, the funding mix by
source, the distribution of criteria met per commune, and the facts of one unit over time.

Achievements only: goals (``target``) are left out. The coverage and funding questions are
read from the ``v_*`` views with every column (``SELECT *``), so columns a later revision of
those views adds (the 2025 map, the level) are carried. A migration that drops or recreates
a ``v_*`` view must drop these first (PostgreSQL refuses to drop a view others depend on).

The SQL runs unchanged on SQLite and PostgreSQL; "of" is a keyword and quoted.

Revision ID: 0006
Revises: 0003 (becomes 0005 when the views' second revision lands before it)
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0003"
branch_labels = None
depends_on = None

Q_CRITERION_COVERAGE = """
SELECT * FROM v_criterion_coverage WHERE criterion IS NOT NULL
"""

Q_NTM_STANDARD = """
SELECT * FROM v_criterion_coverage WHERE criterion IS NULL
"""

Q_FUNDING_MIX = """
SELECT * FROM v_funding_mix
"""

# A commune's criteria met, from "đạt 17/19 tiêu chí" or "còn 2 tiêu chí chưa đạt" (of − 2);
# a commune stated several times in one period and scheme counts once, at its highest
# statement (a report that says "17/19" and "còn 2 chưa đạt" says it twice). A subject is a
# commune by its resolved place, else by its written prefix.
Q_CRITERIA_MET = """
WITH stated AS (
    SELECT
        k.province, k.province_code, k.period, k.period_start_year, k.period_end_year,
        k.criteria_set, k.scheme,
        COALESCE(k.subject_code, k.subject) AS commune,
        CASE WHEN k.unmet THEN k."of" - k.met ELSE k.met END AS criteria_met,
        k."of" AS criteria_of
    FROM v_criteria_counts k
    LEFT JOIN places p ON p.code = k.subject_code
    WHERE NOT k.target
        AND k.what = 'tiêu chí'
        AND COALESCE(p.level, CASE WHEN LOWER(k.subject) LIKE 'xã %' THEN 'commune' END)
            = 'commune'
        AND (NOT k.unmet OR k."of" IS NOT NULL)
),
per_commune AS (
    SELECT
        province, province_code, period, period_start_year, period_end_year, criteria_set,
        scheme, commune, MAX(criteria_met) AS criteria_met, MAX(criteria_of) AS criteria_of
    FROM stated
    GROUP BY
        province, province_code, period, period_start_year, period_end_year, criteria_set,
        scheme, commune
)
SELECT
    province, province_code, period, period_start_year, period_end_year, criteria_set,
    scheme, criteria_met, MAX(criteria_of) AS criteria_of, COUNT(*) AS communes
FROM per_commune
GROUP BY
    province, province_code, period, period_start_year, period_end_year, criteria_set,
    scheme, criteria_met
"""

# One row per fact in one shape, so a unit's statements line up over the years: ``unit`` is
# the subject or region the fact is about, ``measure`` what is counted, ``value`` (and
# ``of_value``) the number, ``value_unit`` its unit.
_SERIES_COMMON = """
    k.province, k.province_code, k.period, k.period_start_year, k.period_end_year,
    k.criteria_set, k.scheme, k.kind"""

_SERIES_TAIL = """
    k.quote, k.page, k.document, k.document_id, k.fact_id"""

Q_UNIT_SERIES = f"""
SELECT k.subject AS unit, k.subject_code AS unit_code, {_SERIES_COMMON},
    k.criterion, 'criterion met' AS measure,
    CAST(CASE WHEN k.met THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS value,
    CAST(NULL AS DOUBLE PRECISION) AS of_value, CAST(NULL AS TEXT) AS value_unit, {_SERIES_TAIL}
FROM v_verdicts k WHERE NOT k.target
UNION ALL
SELECT k.subject, k.subject_code, {_SERIES_COMMON},
    CAST(NULL AS INTEGER), CASE WHEN k.what = 'tiêu chí' THEN 'criteria met'
        ELSE 'indicators met' END,
    CAST(CASE WHEN k.unmet THEN k."of" - k.met ELSE k.met END AS DOUBLE PRECISION),
    CAST(k."of" AS DOUBLE PRECISION), k.what, {_SERIES_TAIL}
FROM v_criteria_counts k WHERE NOT k.target AND (NOT k.unmet OR k."of" IS NOT NULL)
UNION ALL
SELECT k.region, k.region_code, {_SERIES_COMMON},
    k.criterion, CASE WHEN k.criterion IS NULL THEN 'units meeting the standard'
        ELSE 'units meeting the criterion' END,
    CAST(k.units_met AS DOUBLE PRECISION), CAST(k.units_total AS DOUBLE PRECISION),
    k.unit_kind, {_SERIES_TAIL}
FROM v_coverage k WHERE NOT k.target
UNION ALL
SELECT k.region, k.region_code, {_SERIES_COMMON},
    k.criterion, k.flow || ': ' || k.source,
    CAST(k.amount_vnd AS DOUBLE PRECISION), CAST(k.of_vnd AS DOUBLE PRECISION), 'đồng',
    {_SERIES_TAIL}
FROM v_funding k WHERE k.flow <> 'planned'
UNION ALL
SELECT k.subject, k.subject_code, {_SERIES_COMMON},
    k.criterion, COALESCE(k.label, 'percentage'),
    CAST(k.value AS DOUBLE PRECISION), CAST(k.value_max AS DOUBLE PRECISION), k.unit,
    {_SERIES_TAIL}
FROM v_percentages k WHERE NOT k.target
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
