"""Compare provinces and years: one function per question, each returning a pandas DataFrame.

Every function reads the store's comparison views (revision 0005), so the numbers are those a
SQL user gets, and behaves the same on SQLite and PostgreSQL. ``source`` is an open
:class:`~baocao.store.Store` or a database URL (a SQLite path, ``postgresql://…``), opened
read-only for the call.

The questions (``QUESTIONS`` maps the CLI's names to them)::

    coverage(source, *, criterion: int | None = None, map: Map = "period",
             include_goals: bool = False, include_flagged: bool = False) -> DataFrame
        Units meeting one criterion (all numbered criteria when ``criterion`` is None), one
        row per statement: province, period, region and its level, criterion, units met of
        units total, the percent computed and the percent stated.
    standard(source, *, map: Map = "period", include_goals: bool = False,
             include_flagged: bool = False) -> DataFrame
        The same for the NTM standard as a whole (coverage statements naming no criterion).
    funding_mix(source, *, flow: str = "mobilised", map: Map = "period",
                include_goals: bool = False, include_flagged: bool = False) -> DataFrame
        Money by source, one row per report, region (with its level), period and source,
        with ``amount_vnd`` (exact Python ints), ``amount_bn`` (tỷ đồng, float) and
        ``share`` of the parts (every source but ``total``, joined ones such as
        ``district+commune`` and ``other`` included: the shares of one report's region and
        period add up to 1).
    criteria_met(source, *, map: Map = "period", include_goals: bool = False,
                 include_flagged: bool = False) -> DataFrame
        The distribution of criteria met per commune: one row per province, period and number
        of criteria met, with how many communes (and which) met that many.
    time_series(source, unit: str, *, criterion: int | None = None, map: Map = "period",
                include_goals: bool = False, include_flagged: bool = False) -> DataFrame
        One unit (a code, or a name as written, with or without its prefix) across its
        reports: one row per period and measure (criteria met, coverage of each criterion,
        communes meeting the standard, money mobilised, stated rates), oldest first, each
        criterion followed across the national sets: ``series`` (its stable key),
        ``segment`` (the sets over which values compare), ``trend`` (what one line
        follows), ``break_before`` and ``why`` (where a set changed its meaning).
    coverage_series(source, *, criterion: int | None = None, province: str | None = None,
                    criteria_set: str = "2021-2025", map: Map = "period",
                    include_goals: bool = False, include_flagged: bool = False) -> DataFrame
        Coverage of one criterion over the years (the NTM standard when ``criterion`` is
        None), followed across the national sets through its series: one row per region,
        scheme, kind of unit and year, with ``segment``, ``break_before`` and ``why``.
    summary(source, *, criterion: int | None = None, map: Map = "period") -> dict[str, DataFrame]
        Every question at once (``time_series`` and ``coverage_series`` excepted), keyed by
        question name.
    answer(source, question: str | None, *, criterion=None, unit=None, province=None,
           map="period",
           include_goals=False, include_flagged=False) -> dict[str, DataFrame]
        One question by its CLI name (``QUESTIONS``), or the summary when None.

Common rules:

- ``map="period"`` groups by the province of the report's time (``province``);
  ``map="2025"`` by the province holding it after 1 July 2025 (``province_2025``, from the
  ``places`` crosswalk; the ``province`` column then holds that name).
- A report is counted once whatever files hold it (the copies in other formats are left out;
  an appendix adds only the statements its report does not make): views carry ``counted``.
- Goals (``target``; funding of flow ``planned``) are left out unless ``include_goals``.
- Facts the auditor flagged as implausible (``unit_implausible`` findings, column
  ``flagged``) are left out unless ``include_flagged``; run ``baocao audit`` first.
- ``period`` is the statement's canonical period: the report's, unless the fact describes
  another time (see migration 0005).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Literal

from baocao.store.links import fold
from baocao.store.schema import to_int

if TYPE_CHECKING:
    import pandas as pd

    from baocao.store import Store
    from baocao.vocab.series import SeriesPoint

Map = Literal["period", "2025"]
#: The maps a comparison can group by (see the contract with `maps`).
MAPS: tuple[str, ...] = ("period", "2025")
#: The flows of money (FACTS.md); ``planned`` is a goal.
FLOWS: tuple[str, ...] = ("mobilised", "allocated", "disbursed", "planned")
#: The order of administrative levels, widest first.
LEVELS: tuple[str, ...] = ("province", "district", "commune", "village")


@contextmanager
def _opened(source: Store | str) -> Iterator[Store]:
    """``source`` itself when it is a store, else the database at that URL, read-only."""
    from baocao.store import Store, open_store

    if isinstance(source, Store):
        yield source
        return
    store = open_store(source, read_only=True, create=False)
    try:
        yield store
    finally:
        store.close()


def _check(map: str, criterion: int | None = None) -> None:
    if map not in MAPS:
        raise ValueError(f"map must be one of {', '.join(MAPS)}, not {map!r}")
    if criterion is not None and (isinstance(criterion, bool) or not isinstance(criterion, int)):
        raise ValueError(f"criterion must be an integer, not {criterion!r}")


def _filters(include_goals: bool, include_flagged: bool) -> str:
    conditions = ["1 = 1"]
    if not include_goals:
        conditions.append("NOT target")
    if not include_flagged:
        conditions.append("flagged = 0")
    return " AND ".join(conditions)


def _frame(store: Store, sql: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
    import pandas as pd

    rows = store.query(sql, params)
    return pd.DataFrame.from_records(rows) if rows else pd.DataFrame()


def _booleans(frame: pd.DataFrame, *columns: str) -> pd.DataFrame:
    # SQLite returns 0/1 for booleans, PostgreSQL true/false: one type for both.
    for column in columns:
        if column in frame:
            frame[column] = frame[column].astype(bool)
    return frame


def _integers(frame: pd.DataFrame, *columns: str) -> pd.DataFrame:
    # A column of counts with a missing value would be float ("12.0"): pandas' nullable ints.
    for column in columns:
        if column in frame:
            frame[column] = frame[column].astype("Int64")
    return frame


def _on_map(frame: pd.DataFrame, map: Map) -> pd.DataFrame:
    """With the 2025 map, ``province``/``province_code`` hold the 2025 province (the
    period's stay in ``province_period``/``province_code_period``)."""
    if map == "2025" and not frame.empty:
        frame["province_period"] = frame["province"]
        frame["province_code_period"] = frame["province_code"]
        frame["province"] = frame["province_2025"]
        frame["province_code"] = frame["province_code_2025"]
    return frame


def _empty(columns: list[str]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame({column: [] for column in columns})


COVERAGE_COLUMNS = [
    "province", "province_code", "period", "period_end_year", "level", "region",
    "region_code", "scheme", "criteria_set", "criterion", "unit_kind", "units_met",
    "units_total", "percent", "percent_stated", "target", "flagged", "report_key",
    "document", "fact_id", "quote", "province_2025", "province_code_2025",
]  # fmt: skip

_COVERAGE_SQL = """
SELECT province, province_code, province_2025, province_code_2025, period, period_end_year,
       level, region, region_code, scheme, criteria_set, criterion, unit_kind, units_met,
       units_total,
       CASE WHEN units_total > 0
           THEN CAST(100.0 * units_met AS DOUBLE PRECISION) / units_total
       END AS percent,
       percent_stated, target, flagged, report_key, document, fact_id, quote
FROM v_coverage
WHERE counted = 1 AND {criterion} AND {filters}
ORDER BY province, period_end_year, period, region, scheme, criterion, units_met, fact_id
"""

# One statement per report: the same K/N said in the text and again in a table counts once.
_STATEMENT = ["report_key", "region", "region_code", "period", "scheme", "criterion",
              "unit_kind", "units_met", "units_total", "target"]  # fmt: skip


def _coverage(
    store: Store, condition: str, params: dict[str, Any], map: Map, goals: bool, flagged: bool
) -> pd.DataFrame:
    sql = _COVERAGE_SQL.format(criterion=condition, filters=_filters(goals, flagged))
    frame = _frame(store, sql, params)
    if frame.empty:
        return _empty(COVERAGE_COLUMNS)
    frame = _booleans(frame, "target", "flagged")
    frame = frame.drop_duplicates(subset=_STATEMENT, keep="first")
    frame = _on_map(frame, map)
    frame = _integers(frame, "period_end_year", "criterion", "units_met", "units_total", "fact_id")
    columns = COVERAGE_COLUMNS + [c for c in frame.columns if c not in COVERAGE_COLUMNS]
    return frame[columns].reset_index(drop=True)


def coverage(
    source: Store | str,
    *,
    criterion: int | None = None,
    map: Map = "period",
    include_goals: bool = False,
    include_flagged: bool = False,
) -> pd.DataFrame:
    """Units meeting ``criterion`` (every numbered criterion when None) by province and
    period: one row per statement of one report (see the module docstring)."""
    _check(map, criterion)
    with _opened(source) as store:
        if criterion is None:
            return _coverage(
                store, "criterion IS NOT NULL", {}, map, include_goals, include_flagged
            )
        return _coverage(
            store, "criterion = :c", {"c": criterion}, map, include_goals, include_flagged
        )


def standard(
    source: Store | str,
    *,
    map: Map = "period",
    include_goals: bool = False,
    include_flagged: bool = False,
) -> pd.DataFrame:
    """Units meeting the NTM standard as a whole (coverage naming no criterion), by province
    and period; the same columns as :func:`coverage`."""
    _check(map)
    with _opened(source) as store:
        return _coverage(store, "criterion IS NULL", {}, map, include_goals, include_flagged)


FUNDING_COLUMNS = [
    "province", "province_code", "period", "period_end_year", "level", "region",
    "region_code", "flow", "source", "amount_vnd", "amount_bn", "share", "parts_total_vnd",
    "stated_total_vnd", "statements", "report_key", "document", "province_2025",
    "province_code_2025",
]  # fmt: skip

_FUNDING_SQL = """
SELECT province, province_code, province_2025, province_code_2025, period, period_end_year,
       level, region, region_code, flow, source, purpose, amount_vnd, target, flagged,
       report_key, canonical_document_id, fact_id
FROM v_funding
WHERE counted = 1 AND flow = :flow AND {filters}
ORDER BY fact_id
"""

_MIX_GROUP = ["report_key", "province", "province_code", "province_2025",
              "province_code_2025", "region", "region_code", "level", "period", "flow"]  # fmt: skip


def funding_mix(
    source: Store | str,
    *,
    flow: str = "mobilised",
    map: Map = "period",
    include_goals: bool = False,
    include_flagged: bool = False,
) -> pd.DataFrame:
    """Money of one ``flow`` by source, one row per report, region, period and source: the
    amount (``amount_vnd`` exact, ``amount_bn`` in tỷ đồng) and its ``share`` of the parts
    (every source but ``total``). A report's money for a place it quotes (a district's lines
    in a province's report) is that place's row, at its own ``level``."""
    _check(map)
    if flow not in FLOWS:
        raise ValueError(f"flow must be one of {', '.join(FLOWS)}, not {flow!r}")
    goals = include_goals or flow == "planned"  # planned money is a goal by definition
    with _opened(source) as store:
        sql = _FUNDING_SQL.format(filters=_filters(goals, include_flagged))
        frame = _frame(store, sql, {"flow": flow})
        if frame.empty:
            return _empty(FUNDING_COLUMNS)
        documents = {
            row["id"]: row["name"]
            for row in store.query("SELECT id, name FROM documents WHERE status = 'ok'")
        }
    import pandas as pd

    frame["amount_vnd"] = [to_int(v) for v in frame["amount_vnd"]]
    # A statement said twice in one report (the text and its table) counts once.
    statement = [*_MIX_GROUP, "source", "purpose", "amount_vnd"]
    frame = frame.drop_duplicates(subset=statement, keep="first")
    keys = [*_MIX_GROUP, "source"]
    rows: list[dict[str, Any]] = []
    for key, group in frame.groupby(keys, dropna=False, sort=False):
        rows.append(
            {
                **dict(zip(keys, key, strict=True)),
                "amount_vnd": sum(group["amount_vnd"]),  # Python ints: exact, never overflow
                "statements": len(group),
                "period_end_year": group["period_end_year"].iloc[0],
                "document": documents.get(group["canonical_document_id"].iloc[0]),
            }
        )
    mix = pd.DataFrame.from_records(rows)
    parts_total: dict[tuple[Any, ...], int] = {}
    stated_total: dict[tuple[Any, ...], int] = {}
    for row in rows:
        group_key = tuple(_plain(row[k]) for k in _MIX_GROUP)
        if row["source"] == "total":
            stated_total[group_key] = row["amount_vnd"]
        else:
            parts_total[group_key] = parts_total.get(group_key, 0) + row["amount_vnd"]
    group_keys = [tuple(_plain(row[k]) for k in _MIX_GROUP) for row in rows]
    mix["parts_total_vnd"] = [parts_total.get(k) for k in group_keys]
    mix["stated_total_vnd"] = [stated_total.get(k) for k in group_keys]
    mix["share"] = [
        row["amount_vnd"] / parts_total[k] if parts_total.get(k) and row["source"] != "total"
        else None
        for row, k in zip(rows, group_keys, strict=True)
    ]  # fmt: skip
    mix["amount_bn"] = [float(v) / 1e9 for v in mix["amount_vnd"]]
    mix["amount_vnd"] = mix["amount_vnd"].astype(object)
    mix = _on_map(mix, map)
    mix = mix.sort_values(
        ["province", "period_end_year", "period", "level", "region", "source"],
        key=lambda s: s.map(_level_order) if s.name == "level" else s,
        na_position="last",
    )
    mix = _integers(mix, "period_end_year", "statements")
    columns = FUNDING_COLUMNS + [c for c in mix.columns if c not in FUNDING_COLUMNS]
    return mix[columns].reset_index(drop=True)


def _plain(value: Any) -> Any:
    """None for pandas' missing values (NaN is not equal to itself: no use in a key; pd.NA
    of a nullable integer column refuses comparison)."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    return None if type(value).__name__ == "NAType" else value


def _level_order(level: Any) -> int:
    return LEVELS.index(level) if level in LEVELS else len(LEVELS)


CRITERIA_COLUMNS = [
    "province", "province_code", "period", "scheme", "criteria_met", "of", "communes",
    "names", "province_2025", "province_code_2025",
]  # fmt: skip

_COUNTS_SQL = """
SELECT province, province_code, province_2025, province_code_2025, period, period_end_year,
       scheme, subject, subject_code, met, "of", unmet, report_key, fact_id
FROM v_criteria_counts
WHERE counted = 1 AND what = 'tiêu chí' AND level = 'commune' AND {filters}
ORDER BY fact_id
"""


def criteria_met(
    source: Store | str,
    *,
    map: Map = "period",
    include_goals: bool = False,
    include_flagged: bool = False,
) -> pd.DataFrame:
    """How many communes met how many criteria, by province, period and scheme: one row per
    number of criteria met, with the communes' names. A commune counted in several reports
    of one period (its own and its district's) counts once, with the most criteria stated."""
    _check(map)
    with _opened(source) as store:
        frame = _frame(store, _COUNTS_SQL.format(filters=_filters(include_goals, include_flagged)))
    if frame.empty:
        return _empty(CRITERIA_COLUMNS)
    import pandas as pd

    frame = _booleans(frame, "unmet")
    # "còn lại 03 tiêu chí chưa đạt" holds the unmet number: met is of - unmet.
    unmet = frame["unmet"] & frame["of"].notna()
    frame.loc[unmet, "met"] = frame.loc[unmet, "of"] - frame.loc[unmet, "met"]
    frame = frame[~(frame["unmet"] & frame["of"].isna())]
    frame = _on_map(frame, map)
    frame["commune"] = frame["subject_code"].fillna(frame["subject"].map(fold))
    by = ["province", "province_code", "province_2025", "province_code_2025", "period",
          "scheme"]  # fmt: skip
    best = frame.sort_values("met").drop_duplicates(subset=[*by, "commune"], keep="last")
    rows = []
    for key, group in best.groupby([*by, "met"], dropna=False, sort=True):
        rows.append(
            {
                **dict(zip([*by, "criteria_met"], key, strict=True)),
                "of": group["of"].max(),
                "communes": len(group),
                "names": ", ".join(sorted(group["subject"])),
            }
        )
    result = pd.DataFrame.from_records(rows)
    result = _integers(result, "criteria_met", "of", "communes")
    return result[CRITERIA_COLUMNS].reset_index(drop=True)


SERIES_COLUMNS = [
    "unit", "province", "period", "period_end_year", "measure", "criterion", "criteria_set",
    "value", "met", "of", "document", "quote", "indicator", "series", "series_name",
    "segment", "trend", "break_before", "why",
]  # fmt: skip

_SERIES_SQL = """
SELECT 'criteria met' AS measure, subject AS place, subject_code AS place_code, province,
       province_code, province_2025, province_code_2025, period, period_end_year,
       CAST(NULL AS INTEGER) AS criterion, criteria_set, scheme,
       CAST(met AS DOUBLE PRECISION) AS value, met, "of", unmet, CAST(NULL AS TEXT) AS label,
       document, quote, fact_id
FROM v_criteria_counts WHERE counted = 1 AND what = 'tiêu chí' AND {filters}
UNION ALL
SELECT 'coverage', region, region_code, province, province_code, province_2025,
       province_code_2025, period, period_end_year, criterion, criteria_set, scheme,
       CASE WHEN units_total > 0
           THEN CAST(100.0 * units_met AS DOUBLE PRECISION) / units_total END,
       units_met, units_total, false, unit_kind, document, quote, fact_id
FROM v_coverage WHERE counted = 1 AND {filters}
UNION ALL
SELECT 'funding ' || source, region, region_code, province, province_code, province_2025,
       province_code_2025, period, period_end_year, criterion, criteria_set, scheme,
       CAST(amount_vnd AS DOUBLE PRECISION) / 1e9, NULL, NULL, false, NULL, document, quote,
       fact_id
FROM v_funding WHERE counted = 1 AND flow = 'mobilised' AND {filters}
UNION ALL
SELECT 'percentage', subject, subject_code, province, province_code, province_2025,
       province_code_2025, period, period_end_year, criterion, criteria_set, scheme,
       CAST(value AS DOUBLE PRECISION), NULL, NULL, false, label, document, quote, fact_id
FROM v_percentages WHERE counted = 1 AND {filters}
"""


def _matches_unit(place: Any, code: Any, wanted: str) -> bool:
    if code is not None and code == wanted:
        return True
    name, query = fold(place), fold(wanted)
    if not name or not query:
        return False
    # "Tam Dương" finds "huyện Tam Dương": the name with a prefix of at most two words.
    return name == query or (
        name.endswith(" " + query) and len(name.split()) - len(query.split()) <= 2
    )


def _point(kind: str, criteria_set: Any, criterion: Any, label: Any) -> SeriesPoint | None:
    """Where a statement sits in the criteria series (``vocab.series``): coverage of a
    criterion by the criterion's series, of the whole standard by the set's standard; a
    percentage by its indicator when its label names one a series follows (trained labour:
    14.3 until 2020, 12.2 from 2021), else in no series (a label is its own measure)."""
    from baocao.vocab.criteria import CRITERIA_SETS, criterion_by_topic
    from baocao.vocab.series import series_of, standard_point

    criteria_set = _plain(criteria_set)
    criterion = _plain(criterion)
    if criteria_set not in CRITERIA_SETS:
        return None
    if kind == "coverage":
        if criterion is None:
            return standard_point(criteria_set)
        return series_of(criteria_set, int(criterion))
    if kind == "percentage" and isinstance(label, str):
        topic = criterion_by_topic(label, criteria_set)
        if topic is None or topic.indicator is None:
            return None
        if criterion is not None and int(criterion) != topic.criterion:
            return None  # the label and the criterion the text ties it to disagree
        point = series_of(criteria_set, topic.criterion, indicator=topic.indicator)
        return point if point is not None and point.mapped and point.indicator else None
    return None


def _follow(frame: pd.DataFrame, kinds: list[str], labels: list[Any]) -> list[SeriesPoint | None]:
    """Add where each row sits in the criteria series (``series``, ``series_name``,
    ``segment``, ``indicator``) to ``frame``, and return the points."""
    points = [
        _point(kind, s, c, label)
        for kind, s, c, label in zip(
            kinds, frame["criteria_set"], frame["criterion"], labels, strict=True
        )
    ]
    frame["indicator"] = [p.indicator if p else None for p in points]
    frame["series"] = [p.series if p else None for p in points]
    frame["series_name"] = [p.name if p else None for p in points]
    frame["segment"] = [p.segment if p else None for p in points]
    return points


def _mark_breaks(frame: pd.DataFrame, points: list[SeriesPoint | None], lines: list[Any]) -> None:
    """Add ``break_before`` (the measure changed meaning since the previous point of the
    same line, rows oldest first: the two sides do not compare) and ``why`` to ``frame``."""
    from baocao.vocab.series import break_reasons

    last: dict[Any, SeriesPoint] = {}
    breaks: list[bool] = []
    whys: list[str | None] = []
    for point, line in zip(points, lines, strict=True):
        before = last.get(line) if point is not None else None
        reasons = break_reasons(before, point) if before is not None and point else ()
        breaks.append(bool(reasons))
        whys.append("; ".join(reasons) if reasons else None)
        if point is not None:
            last[line] = point
    frame["break_before"] = breaks
    frame["why"] = whys


def time_series(
    source: Store | str,
    unit: str,
    *,
    criterion: int | None = None,
    map: Map = "period",
    include_goals: bool = False,
    include_flagged: bool = False,
) -> pd.DataFrame:
    """One unit across its reports, oldest first: the criteria it met, the coverage of each
    criterion among its communes (``coverage c2``; ``coverage standard`` for the whole
    standard), the money mobilised by source (``funding central``, in tỷ đồng) and the rates
    it states (their label).

    Criteria are followed across the national sets (``data/criteria_series.toml``): each row
    has the stable ``series`` key of what it measures and the ``segment`` of sets over which
    its values compare, and ``trend`` names what one line follows (coverage of criterion 12
    in 2019 and in 2023 are one trend). ``break_before`` marks the first point after a set
    changed the measure's meaning (``why`` says how): trained labour, indicator 14.3 of the
    2016-2020 set and 12.2 of the 2021-2025 set, is one trend with a break between them."""
    _check(map, criterion)
    with _opened(source) as store:
        sql = _SERIES_SQL.format(filters=_filters(include_goals, include_flagged))
        frame = _frame(store, sql)
    if frame.empty:
        return _empty(SERIES_COLUMNS)
    frame = frame[
        [
            _matches_unit(p, c, unit)
            for p, c in zip(frame["place"], frame["place_code"], strict=True)
        ]
    ].copy()
    if criterion is not None:
        frame = frame[frame["criterion"] == criterion]
    if frame.empty:
        return _empty(SERIES_COLUMNS)
    frame = _booleans(frame, "unmet")
    unmet = frame["unmet"] & frame["of"].notna()
    frame.loc[unmet, "met"] = frame.loc[unmet, "of"] - frame.loc[unmet, "met"]
    frame.loc[unmet, "value"] = frame.loc[unmet, "met"]
    frame = frame[~(frame["unmet"] & frame["of"].isna())]
    kinds = ["percentage" if m == "percentage" else "coverage" if m == "coverage" else "other"
             for m in frame["measure"]]  # fmt: skip
    frame["kind_"] = kinds
    coverage_rows = frame["measure"] == "coverage"
    frame.loc[coverage_rows, "measure"] = [
        "coverage standard" if c != c or c is None else f"coverage c{int(c)}"
        for c in frame.loc[coverage_rows, "criterion"]
    ]
    percentage_rows = frame["measure"] == "percentage"
    frame.loc[percentage_rows, "measure"] = [
        label if isinstance(label, str) and label else "percentage"
        for label in frame.loc[percentage_rows, "label"]
    ]
    frame = frame.drop_duplicates(subset=["measure", "period", "value", "met", "of"])
    frame["unit"] = frame["place"]
    frame = _on_map(frame, map)
    frame = frame.sort_values(["period_end_year", "period", "measure", "fact_id"])
    # The coverage rows' label holds their unit kind: xã and trường are two lines.
    labels = [lab if k == "percentage" else None
              for k, lab in zip(frame["kind_"], frame["label"], strict=True)]  # fmt: skip
    points = _follow(frame, list(frame["kind_"]), labels)
    frame["trend"] = [
        _trend(kind, measure, name, label)
        for kind, measure, name, label in zip(
            frame["kind_"], frame["measure"], frame["series_name"], frame["label"], strict=True
        )
    ]
    _mark_breaks(frame, points, list(frame["trend"]))
    frame = frame[SERIES_COLUMNS].reset_index(drop=True)
    for column in ("criterion", "met", "of"):
        frame[column] = frame[column].astype("Int64")
    frame["break_before"] = frame["break_before"].astype(bool)
    return frame


def _trend(kind: str, measure: str, series_name: Any, label: Any) -> str:
    """What one line of a unit's time series follows, the same across criteria sets."""
    if not isinstance(series_name, str):
        return measure
    if kind == "coverage":
        kind_of_unit = f" ({label})" if isinstance(label, str) and label else ""
        return f"coverage: {series_name}{kind_of_unit}"
    return series_name


TREND_COLUMNS = [
    "province", "province_code", "region", "region_code", "level", "scheme", "unit_kind",
    "year", "period", "criteria_set", "criterion", "series", "series_name", "segment",
    "break_before", "why", "units_met", "units_total", "percent", "percent_stated",
    "statements", "document", "quote", "fact_id", "province_2025", "province_code_2025",
]  # fmt: skip

_REPORT_DATES = """
SELECT f.id AS fact_id, r.report_date FROM facts f JOIN reports r ON r.document_id = f.document_id
WHERE f.kind = 'coverage'
"""

#: The set whose criterion numbers ``coverage_series(criterion=N)`` reads: the last of the 19
#: criteria (the 2026-2030 set's 10 criteria regroup them and follow no older one).
TREND_SET = "2021-2025"


def _matches_province(name: Any, code: Any, wanted: str) -> bool:
    if _plain(code) is not None and code == wanted.strip():
        return True
    have, query = fold(name), fold(wanted)
    # "Nghệ An" finds itself, and so do "tỉnh Nghệ An" and "thành phố Hà Nội".
    return bool(have) and (have == query or query.endswith(" " + have))


def coverage_series(
    source: Store | str,
    *,
    criterion: int | None = None,
    province: str | None = None,
    criteria_set: str = TREND_SET,
    map: Map = "period",
    include_goals: bool = False,
    include_flagged: bool = False,
) -> pd.DataFrame:
    """Coverage of one criterion over the years, one row per region, scheme, kind of unit
    and year (``year``: the end of the statement's period), oldest first.

    ``criterion`` is numbered as in ``criteria_set`` (the 2021-2025 set by default) and
    followed across the national sets through its series (``vocab.series``): a statement
    of any set counts when its criterion belongs to the same series; ``segment`` says over
    which sets values compare, ``break_before`` marks a region's first point after a set
    changed the criterion's meaning, ``why`` says how. ``criterion`` None follows the NTM
    standard as a whole, which each set redefines (a break at every change of set).

    ``province`` (a name, with or without its prefix, or a code) keeps that province's
    regions: the province itself and the districts and communes its reports (or their own)
    state, each its own line (never summed: a province's rate is the one it states). With
    ``map="2025"``, ``province`` is the province after 1 July 2025, so a merged province's
    predecessors come together. Where one region's coverage in one year is stated more than
    once, the point is the latest report's statement (``statements`` says how many)."""
    from baocao.vocab.series import STANDARD, series_of

    _check(map, criterion)
    key = STANDARD
    if criterion is not None:
        wanted = series_of(criteria_set, criterion)
        if wanted is None or not wanted.mapped:
            raise ValueError(f"criterion {criterion} of {criteria_set} is in no criteria series")
        key = wanted.series
    condition = "criterion IS NULL" if criterion is None else "criterion IS NOT NULL"
    with _opened(source) as store:
        frame = _coverage(store, condition, {}, map, include_goals, include_flagged)
        dates = {
            row["fact_id"]: row["report_date"]
            for row in store.query(_REPORT_DATES) if row["report_date"]
        }  # fmt: skip
    if frame.empty:
        return _empty(TREND_COLUMNS)
    frame["report_date"] = [dates.get(int(f), "") for f in frame["fact_id"]]
    points = [_point("coverage", s, c, None)
              for s, c in zip(frame["criteria_set"], frame["criterion"], strict=True)]  # fmt: skip
    frame = frame[[p is not None and p.series == key for p in points]].copy()
    if province is not None:
        frame = frame[
            [
                _matches_province(n, c, province)
                for n, c in zip(frame["province"], frame["province_code"], strict=True)
            ]
        ]
    if frame.empty:
        return _empty(TREND_COLUMNS)
    frame["year"] = frame["period_end_year"]
    frame["percent"] = frame["percent"].where(frame["percent"].notna(), frame["percent_stated"])
    frame["place"] = frame["region_code"].fillna(frame["region"].map(fold))
    line = ["place", "scheme", "unit_kind"]
    frame["has_total"] = frame["units_total"].notna()
    # The point of a year stated twice: a statement with its total, then the latest report.
    frame = frame.sort_values([*line, "year", "has_total", "report_date", "report_key",
                               "fact_id"], na_position="first")  # fmt: skip
    counts = frame.groupby([*line, "year"], dropna=False)["fact_id"].transform("size")
    frame["statements"] = counts
    frame = frame.drop_duplicates(subset=[*line, "year"], keep="last")
    frame = frame.sort_values(["province", "level", "region", "scheme", "unit_kind", "year"],
                              key=lambda s: s.map(_level_order) if s.name == "level" else s,
                              na_position="last")  # fmt: skip
    lines = list(zip(*(frame[c].map(_plain) for c in line), strict=True))
    _mark_breaks(frame, _follow(frame, ["coverage"] * len(frame), [None] * len(frame)), lines)
    frame = _integers(frame, "year", "statements")
    frame["break_before"] = frame["break_before"].astype(bool)
    columns = TREND_COLUMNS + [
        c for c in frame.columns
        if c not in TREND_COLUMNS
        and c not in ("place", "has_total", "period_end_year", "indicator")
    ]  # fmt: skip
    return frame[columns].reset_index(drop=True)


def summary(
    source: Store | str, *, criterion: int | None = None, map: Map = "period"
) -> dict[str, pd.DataFrame]:
    """Every question but the time series, keyed by its CLI name (defaults otherwise)."""
    _check(map, criterion)
    with _opened(source) as store:
        return {
            "coverage": coverage(store, criterion=criterion, map=map),
            "standard": standard(store, map=map),
            "funding": funding_mix(store, map=map),
            "criteria": criteria_met(store, map=map),
        }


def answer(
    source: Store | str,
    question: str | None,
    *,
    criterion: int | None = None,
    unit: str | None = None,
    province: str | None = None,
    map: Map = "period",
    include_goals: bool = False,
    include_flagged: bool = False,
) -> dict[str, pd.DataFrame]:
    """``question``'s DataFrame keyed by its name, or with ``question`` None the
    :func:`summary` (what ``baocao compare [QUESTION]`` prints). ``province`` narrows the
    ``trend`` question only."""
    if question is not None and question not in QUESTIONS:
        raise ValueError(f"question must be one of {', '.join(QUESTIONS)}, not {question!r}")
    if question is None:
        return summary(source, criterion=criterion, map=map)
    options: dict[str, Any] = {
        "map": map,
        "include_goals": include_goals,
        "include_flagged": include_flagged,
    }
    if question == "series":
        if not unit:
            raise ValueError("the time series needs a unit")
        return {question: time_series(source, unit, criterion=criterion, **options)}
    if question == "coverage":
        return {question: coverage(source, criterion=criterion, **options)}
    if question == "trend":
        return {
            question: coverage_series(source, criterion=criterion, province=province, **options)
        }
    return {question: QUESTIONS[question](source, **options)}


#: The CLI's question names and the functions answering them.
QUESTIONS: dict[str, Callable[..., pd.DataFrame]] = {
    "coverage": coverage,
    "standard": standard,
    "funding": funding_mix,
    "criteria": criteria_met,
    "series": time_series,
    "trend": coverage_series,
}
