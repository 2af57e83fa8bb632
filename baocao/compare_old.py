"""Province-by-province comparison, read from the store's SQL views.

The same queries a data team would write (see README "Querying"): the NTM standard and
criterion coverage from ``v_criterion_coverage``, verdicts from ``v_verdicts`` and the
funding mix from ``v_funding_mix``. :func:`province_comparison` returns rich tables (the
CLI's default output); :func:`comparison_records` the same rows as plain records, one per
row with a ``table`` field (``coverage``, ``verdicts``, ``funding``), for JSON Lines and CSV.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rich.table import Table

from baocao.display import cell
from baocao.normalize.numbers import format_number
from baocao.normalize.sources import SOURCES

#: The parts of a funding mix: every source of the taxonomy but the total.
PARTS = tuple(s for s in SOURCES if s != "total")

COVERAGE_SQL = """
SELECT COALESCE(province, '?') AS province, COALESCE(period, '?') AS period, region,
       scheme, criterion, unit_kind, units_met, units_total, percent, percent_stated
FROM v_criterion_coverage
WHERE {condition}
ORDER BY province, period, region, scheme, units_met
"""

VERDICT_SQL = """
SELECT COALESCE(province, '?') AS province, COALESCE(period, '?') AS period,
       COUNT(DISTINCT subject) AS subjects,
       SUM(CASE WHEN met THEN 1 ELSE 0 END) AS met,
       COUNT(*) AS verdicts
FROM v_verdicts
WHERE NOT target
GROUP BY COALESCE(province, '?'), COALESCE(period, '?')
ORDER BY province, period
"""

FUNDING_SQL = """
SELECT COALESCE(province, '?') AS province, COALESCE(period, '?') AS period, region, source,
       SUM(amount_vnd) AS amount_vnd
FROM v_funding_mix
WHERE flow = 'mobilised'
GROUP BY COALESCE(province, '?'), COALESCE(period, '?'), region, source
ORDER BY province, period, region
"""


def _percent(value: float | None) -> str:
    return "" if value is None else f"{format_number(round(value, 2), 2)}%"


def coverage_table(store, *, criterion: int | None = None) -> Table:
    what = f"criterion {criterion}" if criterion is not None else "the NTM standard"
    table = Table(
        "province",
        "period",
        "region",
        "scheme",
        "units",
        "met",
        "computed",
        "stated",
        title=f"Units meeting {what}, by province and period",
    )
    if criterion is None:
        rows = store.query(COVERAGE_SQL.format(condition="criterion IS NULL"))
    else:
        rows = store.query(COVERAGE_SQL.format(condition="criterion = :c"), {"c": criterion})
    for row in rows:
        # "16" alone where the statement gives no total ("16 xã đạt chuẩn"), else "16/23".
        met = str(row["units_met"])
        if row["units_total"] is not None:
            met += f"/{row['units_total']}"
        table.add_row(
            cell(row["province"]),
            cell(row["period"]),
            cell(row["region"]),
            cell(row["scheme"]),
            cell(row["unit_kind"] or ""),
            met,
            _percent(row["percent"]),
            _percent(row["percent_stated"]),
        )
    return table


def verdict_table(store) -> Table:
    table = Table(
        "province",
        "period",
        "subjects",
        "criteria met",
        "verdicts",
        title="Criteria verdicts by province and period",
    )
    for row in store.query(VERDICT_SQL):
        table.add_row(
            cell(row["province"]),
            cell(row["period"]),
            str(row["subjects"]),
            str(row["met"]),
            str(row["verdicts"]),
        )
    return table


def funding_table(store) -> Table:
    """Mobilised money per province, period and region, in tỷ đồng, with each source's share."""
    rows: dict[tuple[str, str, str], dict[str, int]] = {}
    for row in store.query(FUNDING_SQL):
        key = (row["province"], row["period"], row["region"])
        rows.setdefault(key, {})[row["source"]] = int(row["amount_vnd"])
    used = [s for s in PARTS if any(s in mix for mix in rows.values())]
    table = Table(
        "province",
        "period",
        "region",
        "tỷ đồng",
        *used,
        title="Funding mix (mobilised) by source: share of the parts",
    )
    for (province, period, region), mix in rows.items():
        total = sum(mix.values())
        shares = [_percent(100 * mix[s] / total) if s in mix and total else "" for s in used]
        table.add_row(
            cell(province),
            cell(period),
            cell(region),
            format_number(round(total / 1e9, 1), 1),
            *shares,
        )
    return table


def province_comparison(store, *, criterion: int | None = None) -> list[Table]:
    return [coverage_table(store, criterion=criterion), verdict_table(store), funding_table(store)]


#: The columns of :func:`comparison_records`, in order (a record has its table's only).
RECORD_COLUMNS: tuple[str, ...] = (
    "table",
    "province",
    "period",
    "region",
    "scheme",
    "criterion",
    "unit_kind",
    "units_met",
    "units_total",
    "percent",
    "percent_stated",
    "subjects",
    "met",
    "verdicts",
    "source",
    "amount_vnd",
    "share",
)


def comparison_records(store, *, criterion: int | None = None) -> Iterator[dict[str, Any]]:
    """The rows of the three comparison tables as records: ``coverage`` rows (as
    ``v_criterion_coverage`` holds them), ``verdicts`` per province and period, and
    ``funding`` per province, period, region and source (mobilised money, with the source's
    ``share`` of the parts, 0..1)."""
    if criterion is None:
        coverage = store.query(COVERAGE_SQL.format(condition="criterion IS NULL"))
    else:
        coverage = store.query(COVERAGE_SQL.format(condition="criterion = :c"), {"c": criterion})
    for row in coverage:
        yield {"table": "coverage", **dict(row)}
    for row in store.query(VERDICT_SQL):
        yield {"table": "verdicts", **dict(row)}
    funding = [dict(row) for row in store.query(FUNDING_SQL)]
    totals: dict[tuple[str, str, str], int] = {}
    for row in funding:
        if row["source"] in PARTS:
            key = (row["province"], row["period"], row["region"])
            totals[key] = totals.get(key, 0) + int(row["amount_vnd"])
    for row in funding:
        total = totals.get((row["province"], row["period"], row["region"]))
        amount = int(row["amount_vnd"])
        share = amount / total if total and row["source"] in PARTS else None
        yield {"table": "funding", **row, "amount_vnd": amount, "share": share}
