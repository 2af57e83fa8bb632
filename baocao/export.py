"""Stored facts in the FACTS.md export contract, as JSON Lines or CSV; and the stored
reports, one row per document.

One object (or row) per fact, its fields exactly those of :meth:`baocao.model.Fact.to_record`
plus the store's ``id``. JSON Lines keeps types (amounts are JSON integers, however large);
CSV writes the union of every kind's columns (with ``kind``, that kind's columns only),
empty cells for null and ``true``/``false`` for booleans.

:func:`export_reports` writes each stored document's report metadata (:data:`REPORT_COLUMNS`):
the unit as the text names it, its official name and code when the place resolved (a header
that misspells "Bỉm Sơn" as "Bim Sơn" still groups with every other report of thị xã Bỉm
Sơn), its level, the province, the period, the date and the criteria set; and, for a report
about several units of one level (news naming the communes recognised), all of them in
``units``.

Parquet (:func:`export_parquet`) writes facts, reports or findings with typed columns for
pandas, DuckDB, R or Spark: integers, booleans, strings, and money as ``decimal(38, 0)`` đồng
(exact, however large). The facts' union has one column per field; ``met`` is a count in a
criteria count and true/false in a verdict, so it is an integer there (a verdict's 1 or 0).
:func:`read_facts` is the Python entry point: the facts of a database as a DataFrame.

CSV is made for spreadsheets, so it is safe to open in one: a text cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return (a file name, a quote, a label) would
be read as a formula, so it gets a leading ``'`` (OWASP, "CSV Injection"), which spreadsheets
show as text. Numbers are written as numbers, a negative one as ``-5``: a number is no
formula, and numeric columns stay numeric. JSON Lines is the exact record, untouched.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import fields
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, TextIO

from baocao.model import FACT_KINDS, FACT_TYPES, Fact, Place, Report
from baocao.vocab.places import parse_place

if TYPE_CHECKING:
    import pandas as pd

    from baocao.store import Store

ExportFormat = Literal["jsonl", "csv"]
FORMATS: tuple[str, ...] = ("jsonl", "csv")
#: What ``baocao export --what`` writes: one row per fact, per document or per finding.
WHATS: tuple[str, ...] = ("facts", "reports", "findings")
#: The columns of :func:`finding_records`, in order.
FINDING_COLUMNS: tuple[str, ...] = (
    "id", "document", "document_sha256", "kind", "severity", "explain", "quote", "page",
    "start", "end", "fact_ids",
)  # fmt: skip
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
    "units",
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
        "level": str(report.own_level) if report.own_level else None,
        "province": province.name if province else (unit.province if unit else None),
        "province_code": province.code if province else (unit.province_code if unit else None),
        "period": report.period,
        "date": report.date,
        "criteria_set": report.criteria_set,
        "scheme": report.scheme,
        "number": report.number,
        "title": report.title,
        "units": report_units(report),
    }


#: What joins a report's several units into one text, in every output that shows them
#: (``export --what reports``, ``show``, ``documents``; ``v_reports.units`` joins with it too).
UNITS_SEPARATOR = "; "


def join_units(names: Iterable[str]) -> str:
    """The units of a report, each as the caller writes it, joined in the text's order."""
    return UNITS_SEPARATOR.join(names)


def report_units(report: Report) -> str | None:
    """The units of a report about several, their names in the text's order joined by "; "
    ("Tân Lập; Quang Trung"), official when the place resolved, else as written; None for a
    report about one unit (its ``unit`` columns say it all)."""
    if len(report.units) < 2:
        return None
    return join_units(unit.name for unit in report.units)


def export_reports(store: Store, *, format: ExportFormat | str = "jsonl", out: TextIO) -> int:
    """Write one row per stored document that was read (its report metadata, see
    :data:`REPORT_COLUMNS`) to ``out`` and return how many were written."""
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    records = (
        report_to_export(doc.name, doc.sha256, report)
        for doc in store.documents(current=True)
        if (report := store.report(doc.sha256 or doc.name)) is not None
    )
    if format == "jsonl":
        return write_jsonl(records, out)
    return write_csv(records, out, columns=list(REPORT_COLUMNS))


def finding_records(store: Store) -> Iterator[dict[str, Any]]:
    """One record per stored finding (:data:`FINDING_COLUMNS`): ``id`` then the finding's
    record as ``baocao audit --format jsonl`` writes it."""
    for finding_id, finding in store.findings():
        yield {"id": finding_id, **finding.to_record()}


def export_findings(store: Store, *, format: ExportFormat | str = "jsonl", out: TextIO) -> int:
    """Write the stored findings to ``out`` (CSV: ``fact_ids`` joined by spaces)."""
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    if format == "jsonl":
        return write_jsonl(finding_records(store), out)
    records = ({**r, "fact_ids": " ".join(map(str, r["fact_ids"]))} for r in finding_records(store))
    return write_csv(records, out, columns=list(FINDING_COLUMNS))


# -- Parquet -------------------------------------------------------------------------------

#: Columns holding đồng: decimal(38, 0) in Parquet, Python ints in DataFrames.
MONEY_COLUMNS = frozenset({"amount_vnd", "of_vnd"})


def _arrow_type(annotation: str) -> Any:
    import pyarrow as pa

    base = annotation.replace(" | None", "").strip()
    return {"str": pa.string(), "int": pa.int64(), "bool": pa.bool_(), "float": pa.float64()}[base]


def fact_schema(kind: str | None = None) -> Any:
    """The Parquet (Arrow) schema of exported facts: a type per column of
    :func:`export_columns`, from the fact dataclasses' annotations."""
    import pyarrow as pa

    kinds = (kind,) if kind else FACT_KINDS
    types: dict[str, Any] = {"id": pa.int64(), "kind": pa.string()}
    for k in kinds:
        for f in fields(FACT_TYPES[k]):
            if f.name in MONEY_COLUMNS:
                wanted = pa.decimal128(38, 0)
            else:
                wanted = _arrow_type(str(f.type))
            # A verdict's met is a bool, a criteria count's an int: the union keeps the int.
            types[f.name] = pa.int64() if types.get(f.name, wanted) != wanted else wanted
    return pa.schema([(name, types[name]) for name in export_columns(kind)])


def report_schema() -> Any:
    import pyarrow as pa

    return pa.schema([(name, pa.string()) for name in REPORT_COLUMNS])


def finding_schema() -> Any:
    import pyarrow as pa

    return pa.schema(
        [
            ("id", pa.int64()),
            ("document", pa.string()),
            ("document_sha256", pa.string()),
            ("kind", pa.string()),
            ("severity", pa.string()),
            ("explain", pa.string()),
            ("quote", pa.string()),
            ("page", pa.int64()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("fact_ids", pa.list_(pa.int64())),
        ]
    )


def _cast(value: Any, name: str, integer: bool) -> Any:
    if value is None:
        return None
    if name in MONEY_COLUMNS:
        return Decimal(int(value))
    if integer and isinstance(value, bool):  # a verdict's met in the union's int column
        return int(value)
    return value


def to_arrow(records: Iterable[dict[str, Any]], schema: Any) -> Any:
    """An Arrow table of ``records`` in ``schema`` (missing keys are nulls)."""
    import pyarrow as pa

    integer = {f.name: pa.types.is_integer(f.type) for f in schema}
    columns: dict[str, list[Any]] = {name: [] for name in schema.names}
    for record in records:
        for name in schema.names:
            columns[name].append(_cast(record.get(name), name, integer[name]))
    return pa.table(columns, schema=schema)


def export_parquet(
    store: Store, path: Path | str | BinaryIO, *, what: str = "facts", kind: str | None = None
) -> int:
    """Write the stored facts (``kind``: one kind only), reports or findings to a Parquet
    file at ``path`` (or an open binary file) and return how many rows were written."""
    import pyarrow.parquet as pq

    if what not in WHATS:
        raise ValueError(f"what must be one of {', '.join(WHATS)}, not {what!r}")
    if what == "facts":
        records: Iterable[dict[str, Any]] = (
            fact_to_export(i, f) for i, f in store.facts(kind=kind)
        )
        table = to_arrow(records, fact_schema(kind))
    elif what == "reports":
        table = to_arrow(_report_records(store), report_schema())
    else:
        table = to_arrow(finding_records(store), finding_schema())
    pq.write_table(table, path if not isinstance(path, Path) else str(path))
    return int(table.num_rows)


def _report_records(store: Store) -> Iterator[dict[str, Any]]:
    for doc in store.documents(current=True):
        report = store.report(doc.sha256 or doc.name)
        if report is not None:
            yield report_to_export(doc.name, doc.sha256, report)


# -- pandas --------------------------------------------------------------------------------

#: The comparison columns :func:`read_facts` adds from the view ``v_facts``.
COMPARISON_COLUMNS: tuple[str, ...] = (
    "province", "province_code", "province_2025", "province_code_2025", "level",
    "canonical_period", "report_key", "document_role", "counted", "flagged",
)  # fmt: skip

_COMPARISON_SQL = """
SELECT fact_id AS id, province, province_code, province_2025, province_code_2025, level,
       period AS canonical_period, report_key, document_role, counted, flagged
FROM v_facts
"""


def read_facts(db_url: str | None = None, kind: str | None = None) -> pd.DataFrame:
    """The facts of the database at ``db_url`` (a SQLite path or URL, ``postgresql://…``;
    default ``$BAOCAO_DB``, else ./baocao.db) as a pandas DataFrame, one row per fact.

    Columns: those of ``baocao export`` (the FACTS.md contract, ``period`` as the fact
    states it), typed (nullable integers and booleans; ``amount_vnd``/``of_vnd`` exact
    Python ints), then :data:`COMPARISON_COLUMNS`: the report's province (and its 2025
    one), the ``level`` of the fact's place, the statement's ``canonical_period``, which
    report it belongs to and whether comparisons count it (``counted``: false for a copy of
    a report in another format) or flag it (``flagged``: implausible, per ``baocao audit``).
    ``kind`` keeps one kind (its own columns only). The database must exist.
    """
    import pandas as pd

    from baocao.store import open_store

    if kind is not None and kind not in FACT_KINDS:
        raise ValueError(f"kind must be one of {', '.join(FACT_KINDS)}, not {kind!r}")
    with open_store(db_url, read_only=True, create=False) as store:
        table = to_arrow((fact_to_export(i, f) for i, f in store.facts(kind=kind)),
                         fact_schema(kind))  # fmt: skip
        extra = {row["id"]: row for row in store.query(_COMPARISON_SQL)}
    frame = table.to_pandas(types_mapper=_nullable)
    for column in MONEY_COLUMNS & set(frame.columns):
        frame[column] = pd.Series(
            [None if v is None or v is pd.NA else int(v) for v in frame[column]],
            dtype=object,
            index=frame.index,
        )
    for column in COMPARISON_COLUMNS:
        values = [extra.get(i, {}).get(column) for i in frame["id"]]
        if column in ("counted", "flagged"):
            frame[column] = pd.array([None if v is None else bool(v) for v in values],
                                     dtype="boolean")  # fmt: skip
        else:
            frame[column] = pd.array(values, dtype="string")
    return frame


def _nullable(arrow_type: Any) -> Any:
    """pandas' nullable dtypes for Arrow's, so an integer column with nulls stays integer."""
    import pandas as pd
    import pyarrow as pa

    return {
        pa.int64(): pd.Int64Dtype(),
        pa.bool_(): pd.BooleanDtype(),
        pa.string(): pd.StringDtype(),
        pa.float64(): pd.Float64Dtype(),
    }.get(arrow_type)
