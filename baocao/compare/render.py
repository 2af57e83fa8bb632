"""The comparison DataFrames on a terminal (rich tables) and as plain records (JSON, CSV)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from rich.table import Table
from rich.text import Text

from baocao.display import cell
from baocao.vocab.numbers import format_number

if TYPE_CHECKING:
    import pandas as pd

TITLES = {
    "coverage": "Units meeting {what}, by province and period",
    "standard": "Units meeting the NTM standard, by province and period",
    "funding": "Funding mix ({flow}) by source: share of the parts",
    "criteria": "Communes by number of criteria met, by province and period",
    "series": "{unit} across its reports",
    "trend": "Units meeting {what} over the years{where}",
}


def title(question: str, *, criterion: int | None = None, unit: str | None = None,
          flow: str = "mobilised", province: str | None = None) -> str:  # fmt: skip
    what = f"criterion {criterion}" if criterion is not None else "each criterion"
    if question == "trend":
        what = _criterion_named(criterion) if criterion is not None else "the NTM standard"
    where = f", {province}" if province else ""
    return TITLES[question].format(what=what, unit=unit or "", flow=flow, where=where)


def _criterion_named(criterion: int) -> str:
    """ "criterion 2 (Giao thông)": the name of the series it belongs to (the same in every
    set it is followed through)."""
    from baocao.compare import TREND_SET
    from baocao.vocab.series import series_of

    point = series_of(TREND_SET, criterion)
    if point is None or not point.mapped:
        return f"criterion {criterion}"
    return f"criterion {criterion} ({point.name.split(' (')[0]})"


def plain(value: Any) -> Any:
    """A JSON- and CSV-ready value: None for missing ones, numpy scalars as Python ones."""
    if value is None:
        return None
    try:
        import pandas as pd

        if value is pd.NA or (isinstance(value, float) and value != value):
            return None
    except ImportError:  # pragma: no cover - pandas is a dependency
        pass
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()
    return value


def records(frame: pd.DataFrame, **extra: Any) -> Iterator[dict[str, Any]]:
    """One plain dict per row (``extra`` first, e.g. the question's name)."""
    columns = list(frame.columns)
    for values in frame.itertuples(index=False, name=None):
        yield {**extra, **{c: plain(v) for c, v in zip(columns, values, strict=True)}}


def _text(value: Any) -> Text | str:
    value = plain(value)
    return "" if value is None else cell(str(value))


def _percent(value: Any) -> str:
    value = plain(value)
    return "" if value is None else f"{format_number(round(float(value), 2), 2)}%"


def _count(met: Any, total: Any) -> str:
    met, total = plain(met), plain(total)
    # "16" alone where the statement gives no total ("16 xã đạt chuẩn"), else "16/23".
    return f"{int(met)}" if total is None else f"{int(met)}/{int(total)}"


def coverage_table(frame: pd.DataFrame, *, title: str) -> Table:
    table = Table("province", "period", "level", "region", "scheme", "criterion", "units",
                  "met", "computed", "stated", title=title)  # fmt: skip
    for row in records(frame):
        table.add_row(
            _text(row["province"]), _text(row["period"]), _text(row["level"]),
            _text(row["region"]), _text(row["scheme"]), _text(row["criterion"]),
            _text(row["unit_kind"]), _count(row["units_met"], row["units_total"]),
            _percent(row["percent"]), _percent(row["percent_stated"]),
        )  # fmt: skip
    return table


def funding_table(frame: pd.DataFrame, *, title: str) -> Table:
    """One row per report, region and period: the parts' total in tỷ đồng, then each
    source's share."""
    parts = frame[frame["source"] != "total"]
    sources = sorted(set(parts["source"]))
    table = Table("province", "period", "level", "region", "tỷ đồng", *sources, title=title)
    keys = ["province", "period", "level", "region", "report_key"]
    for key, group in parts.groupby(keys, dropna=False, sort=False):
        shares = dict(zip(group["source"], group["share"], strict=True))
        total = sum(int(v) for v in group["amount_vnd"])
        table.add_row(
            *(_text(k) for k in key[:4]),
            format_number(round(total / 1e9, 1), 1),
            *(_percent(100 * shares[s]) if plain(shares.get(s)) is not None else ""
              for s in sources),
        )  # fmt: skip
    return table


def criteria_table(frame: pd.DataFrame, *, title: str) -> Table:
    table = Table("province", "period", "scheme", "criteria met", "communes", "names",
                  title=title)  # fmt: skip
    for row in records(frame):
        met = f"{row['criteria_met']}" + (f"/{row['of']}" if row["of"] is not None else "")
        table.add_row(_text(row["province"]), _text(row["period"]), _text(row["scheme"]),
                      met, str(row["communes"]), _text(row["names"]))  # fmt: skip
    return table


def series_table(frame: pd.DataFrame, *, title: str) -> Table:
    """One row per period and measure; ``set`` is the criteria set the report follows, and a
    measure a set changed since the unit's previous statement of it says so, and why."""
    table = Table("period", "unit", "measure", "value", "met", "set", "set changed it",
                  "document", title=title)  # fmt: skip
    for row in records(frame):
        value = "" if row["value"] is None else format_number(round(row["value"], 2), 2)
        met = "" if row["met"] is None else _count(row["met"], row["of"])
        comparable = f"yes: {row['why']}" if row.get("break_before") else ""
        table.add_row(_text(row["period"]), _text(row["unit"]), _text(row["measure"]), value,
                      met, _text(row.get("criteria_set")), _text(comparable),
                      _text(row["document"]))  # fmt: skip
    return table


def trend_table(frame: pd.DataFrame, *, title: str) -> Table:
    """One row per region and year; a row after a change of meaning says so, and why."""
    table = Table("province", "region", "level", "scheme", "units", "year", "set", "met",
                  "percent", "set changed it", "document", title=title)  # fmt: skip
    for row in records(frame):
        # Blank where the point compares with the region's previous one (or is its first).
        comparable = f"yes: {row['why']}" if row["break_before"] else ""
        table.add_row(
            _text(row["province"]), _text(row["region"]), _text(row["level"]),
            _text(row["scheme"]), _text(row["unit_kind"]), _text(row["year"]),
            _text(row["criteria_set"]),
            "" if row["units_met"] is None else _count(row["units_met"], row["units_total"]),
            _percent(row["percent"]), _text(comparable), _text(row["document"]),
        )  # fmt: skip
    return table


TABLES = {
    "coverage": coverage_table,
    "standard": coverage_table,
    "funding": funding_table,
    "criteria": criteria_table,
    "series": series_table,
    "trend": trend_table,
}


def rich_table(question: str, frame: pd.DataFrame, *, title: str) -> Table:
    return TABLES[question](frame, title=title)
