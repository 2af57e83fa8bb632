"""Stored facts in the FACTS.md export contract, as JSON Lines or CSV; and the stored
reports, one row per document.

One object (or row) per fact, its fields exactly those of :meth:`baocao.model.Fact.to_record`
plus the store's ``id``. JSON Lines keeps types (amounts are JSON integers, however large);
CSV writes the union of every kind's columns (with ``kind``, that kind's columns only),
empty cells for null and ``true``/``false`` for booleans.

:func:`export_reports` writes each stored document's report metadata (:data:`REPORT_COLUMNS`):
the unit as the text names it, its official name and code when the place resolved (a header
that misspells "Bỉm Sơn" as "Bim Sơn" still groups with every other report of thị xã Bỉm
Sơn), its level, the province, the period, the date and the criteria set.

CSV is made for spreadsheets, so it is safe to open in one: a text cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return (a file name, a quote, a label) would
be read as a formula, so it gets a leading ``'`` (OWASP, "CSV Injection"), which spreadsheets
show as text. Numbers are written as numbers, a negative one as ``-5``: a number is no
formula, and numeric columns stay numeric. JSON Lines is the exact record, untouched.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import fields
from typing import TYPE_CHECKING, Any, Literal, TextIO

from baocao.model import FACT_KINDS, FACT_TYPES, Fact, Place, Report
from baocao.normalize.places import parse_place

if TYPE_CHECKING:
    from baocao.store import Store

ExportFormat = Literal["jsonl", "csv"]
FORMATS: tuple[str, ...] = ("jsonl", "csv")
#: What ``baocao export --what`` writes: one row per fact, or one per document.
WHATS: tuple[str, ...] = ("facts", "reports")
#: The columns of :func:`export_reports`, in order.
REPORT_COLUMNS: tuple[str, ...] = (
    "document",
    "document_sha256",
    "unit",
    "unit_prefix",
    "unit_official_name",
    "unit_code",
    "level",
    "province",
    "province_code",
    "period",
    "date",
    "criteria_set",
    "scheme",
    "number",
    "title",
)


def export_columns(kind: str | None = None) -> list[str]:
    """CSV columns: ``id``, ``kind``, the fields every fact has, then the kinds' own fields
    in FACTS.md order (each once)."""
    kinds = (kind,) if kind else FACT_KINDS
    columns = ["id", "kind"]
    for k in kinds:
        columns.extend(f.name for f in fields(FACT_TYPES[k]) if f.name not in columns)
    return columns


def fact_to_export(fact_id: int, fact: Fact) -> dict[str, Any]:
    """One exported object: ``id`` then the fact's record."""
    return {"id": fact_id, **fact.to_record()}


#: What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(text: str) -> str:
    """``text`` with a leading ``'`` when a spreadsheet would take it for a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return neutralise_formula(value)
    return value  # int, float: numbers stay numbers, negative ones too


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


def write_csv(records: Iterable[dict[str, Any]], out: TextIO, *, columns: list[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="raise", lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow({k: _csv_value(v) for k, v in record.items()})
        count += 1
    return count


def export_facts(
    store: Store,
    *,
    format: ExportFormat | str = "jsonl",
    kind: str | None = None,
    out: TextIO,
    include_targets: bool = True,
    document: str | None = None,
) -> int:
    """Write the stored facts of ``store`` to ``out`` and
    return how many were written. ``kind`` limits to one kind, ``document`` to one document
    (file name, sha256 or path); goals are included, marked ``target``, unless
    ``include_targets`` is false."""
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    if kind is not None and kind not in FACT_KINDS:
        raise ValueError(f"kind must be one of {', '.join(FACT_KINDS)}, not {kind!r}")
    records = (
        fact_to_export(fact_id, fact)
        for fact_id, fact in store.facts(
            kind=kind, document=document, include_targets=include_targets
        )
    )
    if format == "jsonl":
        return write_jsonl(records, out)
    return write_csv(records, out, columns=export_columns(kind))


def _written_name(place: Place) -> str:
    """The name as the text wrote it ("Bim Sơn" of "THỊ XÃ BIM SƠN"), else the stored name."""
    parsed = parse_place(place.written) if place.written else None
    return parsed.name if parsed is not None else place.name


def report_to_export(document: str, sha256: str | None, report: Report) -> dict[str, Any]:
    """One exported report row (see :data:`REPORT_COLUMNS`)."""
    unit, province = report.unit, report.province
    return {
        "document": document,
        "document_sha256": sha256,
        "unit": _written_name(unit) if unit else None,
        "unit_prefix": unit.prefix if unit else None,
        "unit_official_name": unit.name if unit and unit.code else None,
        "unit_code": unit.code if unit else None,
        "level": str(unit.level) if unit and unit.level else None,
        "province": province.name if province else (unit.province if unit else None),
        "province_code": province.code if province else (unit.province_code if unit else None),
        "period": report.period,
        "date": report.date,
        "criteria_set": report.criteria_set,
        "scheme": report.scheme,
        "number": report.number,
        "title": report.title,
    }


def export_reports(store: Store, *, format: ExportFormat | str = "jsonl", out: TextIO) -> int:
    """Write one row per stored document that was read (its report metadata, see
    :data:`REPORT_COLUMNS`) to ``out`` and return how many were written."""
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    records = (
        report_to_export(doc.name, doc.sha256, report)
        for doc in store.documents(status="ok")
        if (report := store.report(doc.sha256 or doc.name)) is not None
    )
    if format == "jsonl":
        return write_jsonl(records, out)
    return write_csv(records, out, columns=list(REPORT_COLUMNS))
