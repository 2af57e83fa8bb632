"""Pure conversions between model records and table rows (dicts keyed by column name).

Kept apart from the database code so each direction can be tested without a database, and
so the round trip ``fact → rows → fact`` is one pair of functions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import fields
from functools import cache
from typing import Any

from baocao.model import FACT_TYPES, Fact, Level, Place, Report, fact_from_record

#: Fields every fact has; the rest of a fact's fields go to its kind's detail table.
BASE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Fact))
#: Base fields stored on the document row rather than on each fact.
DOCUMENT_FIELDS = ("document", "document_sha256")

_PERIOD = re.compile(r"^(\d{4})(?:-(\d{4}))?(?:-|$)")


def period_years(period: str | None) -> tuple[int | None, int | None]:
    """First and last calendar year of a normalised period.

    ``"2020"`` → (2020, 2020); ``"2016-2018"`` → (2016, 2018); ``"2019-H1"`` → (2019, 2019);
    anything else → (None, None). The years let SQL filter periods by range.
    """
    match = _PERIOD.match(period or "")
    if not match:
        return None, None
    start = int(match.group(1))
    end = int(match.group(2)) if match.group(2) else start
    return (start, end) if end >= start else (None, None)


@cache
def detail_fields(kind: str) -> tuple[str, ...]:
    """The fields of ``kind`` beyond those every fact has (its detail table's columns)."""
    return tuple(f.name for f in fields(FACT_TYPES[kind]) if f.name not in BASE_FIELDS)


def fact_to_rows(fact: Fact, document_id: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """A fact as its ``facts`` row and its detail row (the detail row lacks ``fact_id``)."""
    start_year, end_year = period_years(fact.period)
    base = {name: getattr(fact, name) for name in BASE_FIELDS if name not in DOCUMENT_FIELDS}
    base.update(
        document_id=document_id,
        kind=fact.kind,
        period_start_year=start_year,
        period_end_year=end_year,
    )
    detail = {name: getattr(fact, name) for name in detail_fields(fact.kind)}
    return base, detail


def rows_to_fact(kind: str, row: Mapping[Any, Any], *, document: str, document_sha256: str) -> Fact:
    """Rebuild a fact from a row holding its base and detail columns."""
    record: dict[str, Any] = {
        "kind": kind,
        "document": document,
        "document_sha256": document_sha256,
    }
    for name in BASE_FIELDS + detail_fields(kind):
        if name not in DOCUMENT_FIELDS:
            record[name] = row[name]
    return fact_from_record(record)


def _level(value: Level | None) -> str | None:
    return str(value) if value is not None else None


def report_to_row(report: Report, document_id: int) -> dict[str, Any]:
    """The ``reports`` row of a report. The province comes from ``report.province``, else
    from the unit's own province fields."""
    unit, province = report.unit, report.province
    start_year, end_year = period_years(report.period)
    return {
        "document_id": document_id,
        "unit_written": unit.written if unit else None,
        "unit_name": unit.name if unit else None,
        "unit_prefix": unit.prefix if unit else None,
        "unit_level": _level(unit.level) if unit else None,
        "unit_code": unit.code if unit else None,
        "province_written": province.written if province else None,
        "province_prefix": province.prefix if province else None,
        "province_name": province.name if province else (unit.province if unit else None),
        "province_code": province.code if province else (unit.province_code if unit else None),
        "number": report.number,
        "place_written": report.place_written,
        "report_date": report.date,
        "title": report.title,
        "period": report.period,
        "period_start_year": start_year,
        "period_end_year": end_year,
        "criteria_set": report.criteria_set,
        "scheme": report.scheme,
        "level": _level(report.level),
    }


def report_unit_rows(report: Report, document_id: int) -> list[dict[str, Any]]:
    """The ``report_units`` rows of a report about several units, in the text's order
    (``position`` from 0); none for a report about one unit (``report.units`` empty)."""
    return [
        {
            "document_id": document_id,
            "position": position,
            "written": unit.written,
            "prefix": unit.prefix,
            "name": unit.name,
            "level": _level(unit.level),
            "code": unit.code,
            "province_name": unit.province,
            "province_code": unit.province_code,
            "official_name": unit.official_name,
        }
        for position, unit in enumerate(report.units)
    ]


def row_to_unit(row: Mapping[Any, Any]) -> Place:
    """One of a report's units from its ``report_units`` row."""
    return Place(
        written=row["written"],
        prefix=row["prefix"],
        name=row["name"],
        level=Level(row["level"]) if row["level"] else None,
        code=row["code"],
        province=row["province_name"],
        province_code=row["province_code"],
        official_name=row["official_name"],
    )


def row_to_report(row: Mapping[Any, Any], units: Sequence[Mapping[Any, Any]] = ()) -> Report:
    """Rebuild a report from its row and its ``report_units`` rows in ``position`` order.
    The unit's province is the report's province, unless the unit is the first of several:
    then it is that unit as ``report_units`` keeps it."""
    unit = None
    if row["unit_name"] is not None:
        unit = Place(
            written=row["unit_written"] or row["unit_name"],
            prefix=row["unit_prefix"],
            name=row["unit_name"],
            level=Level(row["unit_level"]) if row["unit_level"] else None,
            code=row["unit_code"],
            province=row["province_name"],
            province_code=row["province_code"],
        )
    province = None
    if row["province_written"] is not None:
        province = Place(
            written=row["province_written"],
            prefix=row["province_prefix"],
            name=row["province_name"],
            level=Level.PROVINCE,
            code=row["province_code"],
        )
    several = tuple(row_to_unit(each) for each in units)
    if unit is not None and several and _same_place(unit, several[0]):
        unit = several[0]  # its full record: its own province and official name
    return Report(
        unit=unit,
        province=province,
        number=row["number"],
        place_written=row["place_written"],
        date=row["report_date"],
        title=row["title"],
        period=row["period"],
        criteria_set=row["criteria_set"],
        scheme=row["scheme"],
        units=several,
        level=Level(row["level"]) if row.get("level") else None,
    )


def _same_place(a: Place, b: Place) -> bool:
    return (a.written, a.name, a.code, a.level) == (b.written, b.name, b.code, b.level)


#: The columns a ``places`` row takes from the 2025 map (see ``gazetteer.Place2025``).
PLACE_2025_COLUMNS = (
    "code_2025",
    "name_2025",
    "level_2025",
    "province_code_2025",
    "province_name_2025",
    "relation_2025",
)


def place_row(
    code: str,
    *,
    name: str,
    prefix: str | None = None,
    level: str | None = None,
    province_code: str | None = None,
) -> dict[str, Any]:
    """The ``places`` row of ``code``: the gazetteer's official name, level, province and map
    when it knows the code, and the unit on the 2025 map. A code both maps use names the
    pre-2025 unit (``gazetteer.in_2025_map``), so the row is the same whichever report stored
    it first."""
    from baocao.vocab import gazetteer  # the package's data loads on first use only

    row: dict[str, Any] = {
        "code": code,
        "name": name,
        "prefix": prefix,
        "level": level,
        "province_code": province_code,
        "map": None,
        **dict.fromkeys(PLACE_2025_COLUMNS),
    }
    try:
        official = gazetteer.unit(code)
        new = gazetteer.in_2025_map(code)
    except Exception:  # the package's data is optional at run time: keep what the text said
        return row
    if official is not None:
        row.update(
            name=official.name,
            prefix=official.type.lower(),
            level=str(official.level),
            province_code=official.province_code,
            map=official.map,
        )
    if new is not None:
        row.update({column: getattr(new, column) for column in PLACE_2025_COLUMNS})
    return row


def _unit_place(code: str, unit: Place, province: Place | None) -> dict[str, Any]:
    return place_row(
        code,
        name=unit.name,
        prefix=unit.prefix,
        level=_level(unit.level),
        province_code=unit.province_code or (province.code if province else None),
    )


def report_places(report: Report, facts: Sequence[Fact] = ()) -> list[dict[str, Any]]:
    """``places`` rows for every code the report and its facts carry (the unit, its province,
    the report's other units, each fact's subject or region), by code."""
    rows: dict[str, dict[str, Any]] = {}
    unit, province = report.unit, report.province
    if province is not None and province.code:
        rows[province.code] = place_row(
            province.code,
            name=province.name,
            prefix=province.prefix,
            level=str(Level.PROVINCE),
            province_code=province.code,
        )
    elif unit is not None and unit.province and unit.province_code:
        rows[unit.province_code] = place_row(
            unit.province_code,
            name=unit.province,
            level=str(Level.PROVINCE),
            province_code=unit.province_code,
        )
    # The unit's own row wins over its province's (a province reporting on itself); the other
    # units only add codes not yet seen.
    if unit is not None and unit.code:
        rows[unit.code] = _unit_place(unit.code, unit, province)
    for each in report.units:
        if each.code and each.code not in rows:
            rows[each.code] = _unit_place(each.code, each, province)
    for fact in facts:
        code = getattr(fact, "subject_code", None) or getattr(fact, "region_code", None)
        if code and code not in rows:
            written = getattr(fact, "subject", None) or getattr(fact, "region", None) or code
            rows[code] = place_row(code, name=written)
    return list(rows.values())
