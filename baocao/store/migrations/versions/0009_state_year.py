"""A state stated in a report on several years is dated by its year, not by the span.

Revision 0005 gave a fact the report's period whenever it ended in the report's end year, so
"55/115 xã đạt chuẩn" in a report on 2016-2020 (a state as of 2020, which is what the fact's
own period says) was grouped under "2016-2020" with the money that flowed over those five
years. A comparison by year then missed it: a state belongs to its year. Now only money
takes a span; any other fact ending in a several-year report's end year takes that year. In
a report on one year or part of one ("2019-H1"), a fact of that year still takes the report's
period, as before.

Only ``v_fact_keys`` changes; every view built on it reads it by name, so it is replaced in
place (PostgreSQL: the same columns; SQLite: views are resolved when queried).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_BEFORE = """CASE
        WHEN f.period IS NULL THEN r.period
        WHEN r.period IS NULL THEN f.period
        WHEN f.period_end_year = r.period_end_year
            AND (f.kind <> 'funding' OR f.period_start_year = r.period_start_year)
            THEN r.period
        WHEN f.period_start_year = f.period_end_year THEN CAST(f.period_end_year AS TEXT)
        ELSE f.period
    END"""

PERIOD = """CASE
        WHEN f.period IS NULL THEN r.period
        WHEN r.period IS NULL THEN f.period
        WHEN f.kind = 'funding' AND f.period_end_year = r.period_end_year
            AND f.period_start_year = r.period_start_year
            THEN r.period
        WHEN f.kind <> 'funding' AND f.period_end_year = r.period_end_year
            AND r.period_start_year = r.period_end_year
            THEN r.period
        WHEN f.period_start_year = f.period_end_year THEN CAST(f.period_end_year AS TEXT)
        WHEN f.kind <> 'funding' AND f.period_end_year = r.period_end_year
            THEN CAST(f.period_end_year AS TEXT)
        ELSE f.period
    END"""


def _text(column: str) -> str:
    return f"COALESCE(CAST({column} AS TEXT), '')"


def _signature(*columns: str) -> str:
    return " || '|' || ".join(_text(c) for c in columns)


# As revision 0005 wrote them (a revision is frozen: it does not import another's SQL).
_SIGNATURES = {
    "verdict": _signature("kv.subject", "kv.criterion", "kv.met"),
    "criteria_count": _signature("kc.subject", "kc.met", 'kc."of"', "kc.what", "kc.unmet"),
    "coverage": _signature("ko.criterion", "ko.units_met", "ko.units_total", "ko.unit_kind"),
    "funding": _signature("kf.source", "kf.flow", "kf.amount_vnd", "kf.purpose"),
    "percentage": _signature("kp.subject", "kp.label", "kp.value", "kp.unit"),
}


def fact_keys_sql(period: str) -> str:
    return f"""
SELECT
    f.id AS fact_id,
    f.document_id,
    f.kind,
    COALESCE(kv.subject, kc.subject, ko.region, kf.region, kp.subject) AS place,
    COALESCE(kv.subject_code, kc.subject_code, ko.region_code, kf.region_code,
        kp.subject_code) AS place_code,
    kf.flow,
    {period} AS period,
    f.kind || '|' || {_text("f.target")} || '|' || COALESCE({period}, '') || '|' || CASE f.kind
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


def _replace(period: str) -> None:
    sql = fact_keys_sql(period)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE OR REPLACE VIEW v_fact_keys AS {sql}")
    else:
        op.execute("DROP VIEW v_fact_keys")
        op.execute(f"CREATE VIEW v_fact_keys AS {sql}")


def upgrade() -> None:
    _replace(PERIOD)


def downgrade() -> None:
    _replace(_BEFORE)
