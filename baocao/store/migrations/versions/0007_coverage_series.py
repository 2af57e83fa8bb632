"""The question "coverage of a criterion over the years" as a view (``q_coverage_series``),
criteria followed across the national sets as ``baocao.compare.coverage_series`` does.

Each counted coverage statement of ``q_criterion_coverage`` and ``q_ntm_standard`` gets the
``series`` of its criterion (``baocao/data/criteria_series.toml``, written into the view as a
list of values when this revision runs: a change of that file's meaning comes with a new
revision that recreates the view) and its ``segment``, the run of sets over which values
compare; the NTM standard as a whole is a segment per set. One row per region, scheme, kind
of unit, series and year: a year stated by several reports is the statement with a total,
then the latest report's (``statements`` says how many). ``break_before`` is 1 on a region's
first point after a set changed the measure, ``why`` says how (the change of the point's own
set; the library also lists the changes of sets skipped between two points).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_COLUMNS = """
    province, province_code, province_2025, province_code_2025, period, period_end_year,
    criteria_set, scheme, criterion, level, region, region_code, unit_kind, units_met,
    units_total, percent, percent_stated, report_key, document, document_id, fact_id, quote"""

_LINE = "COALESCE(region_code, region), scheme, unit_kind, series"

_VIEW = f"""
WITH series_of (criteria_set, criterion, series, series_name, segment, why) AS (
    VALUES {{values}}
),
stated AS (
    SELECT c.*, s.series, s.series_name, s.segment, s.why AS set_why, r.report_date
    FROM (
        SELECT {_COLUMNS} FROM q_criterion_coverage
        UNION ALL
        SELECT {_COLUMNS} FROM q_ntm_standard
    ) c
    JOIN series_of s ON s.criteria_set = c.criteria_set
        AND (s.criterion = c.criterion OR (s.criterion IS NULL AND c.criterion IS NULL))
    LEFT JOIN reports r ON r.document_id = c.document_id
),
ranked AS (
    SELECT stated.*,
        ROW_NUMBER() OVER (
            PARTITION BY {_LINE}, period_end_year
            ORDER BY CASE WHEN units_total IS NULL THEN 0 ELSE 1 END DESC,
                COALESCE(report_date, '') DESC, COALESCE(report_key, '') DESC, fact_id DESC
        ) AS point_rank,
        COUNT(*) OVER (PARTITION BY {_LINE}, period_end_year) AS statements
    FROM stated
),
points AS (
    SELECT ranked.*,
        LAG(segment) OVER (PARTITION BY {_LINE} ORDER BY period_end_year) AS segment_before,
        LAG(criteria_set) OVER (PARTITION BY {_LINE} ORDER BY period_end_year) AS set_before
    FROM ranked
    WHERE point_rank = 1
)
SELECT
    province, province_code, province_2025, province_code_2025, region, region_code, level,
    scheme, unit_kind, period_end_year AS year, period, criteria_set, criterion, series,
    series_name, segment,
    CASE WHEN segment_before IS NOT NULL AND segment_before <> segment THEN 1 ELSE 0 END
        AS break_before,
    CASE
        WHEN segment_before IS NULL OR segment_before = segment THEN NULL
        WHEN series = 'standard'
            THEN 'met under the ' || criteria_set || ' set, not the ' || set_before || ' set'
        ELSE COALESCE(set_why, segment_before || ' and ' || segment || ' are not comparable')
    END AS why,
    units_met, units_total, COALESCE(percent, percent_stated) AS percent, percent_stated,
    statements, report_key, document, document_id, fact_id, quote
FROM points
"""


def _literal(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def view_sql() -> str:
    """The view's SQL with the criteria series of today's ``criteria_series.toml``: every
    criterion member of a series, and the standard of every commune set."""
    from baocao.vocab.criteria import CRITERIA_SETS
    from baocao.vocab.series import series_keys, series_members, standard_point

    rows: list[tuple[object, ...]] = []
    for key in series_keys():
        for point in series_members(key):
            if point.criterion is not None:
                why = point.why if not point.kept else None
                rows.append(
                    (point.criteria_set, point.criterion, key, point.name, point.segment, why)
                )
    for criteria_set in CRITERIA_SETS:
        point = standard_point(criteria_set)
        rows.append((criteria_set, None, point.series, point.name, point.segment, None))
    # Typed NULLs: PostgreSQL takes a VALUES column's type from its values.
    casts = ("TEXT", "INTEGER", "TEXT", "TEXT", "TEXT", "TEXT")
    values = ",\n        ".join(
        "("
        + ", ".join(
            f"CAST(NULL AS {cast})" if v is None else _literal(v)
            for v, cast in zip(row, casts, strict=True)
        )
        + ")"
        for row in rows
    )
    return _VIEW.format(values=values)


def upgrade() -> None:
    op.execute(f"CREATE VIEW q_coverage_series AS {view_sql()}")


def downgrade() -> None:
    op.execute("DROP VIEW q_coverage_series")
