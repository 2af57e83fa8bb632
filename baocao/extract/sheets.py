"""Spreadsheets (.xlsx) as documents: each sheet's used range is one table.

Appendices ("Biểu", "Phụ lục") often travel as workbooks. A sheet becomes its name on a line
of its own followed by one :class:`~baocao.model.Table` (source ``xlsx:<sheet>``) rendered
like a Word table, so :mod:`baocao.nlp.tables` reads both alike:

* numbers are written the Vietnamese way with the decimals and thousands grouping the
  cell's number format shows (``#,##0.0`` → "1.200,5", ``0%`` → "60%", ``General`` →
  as stored, "2023" stays "2023");
* a merged range's value is copied into every cell it covers, so a header spanning two
  columns ("Kế hoạch" over "Số tiền | Tỷ lệ") heads both, except a range spanning the
  whole width of the table (a title row), which is written once;
* empty leading columns and empty rows are dropped; formulas give their cached value
  (``data_only``), or nothing when the file never stored one.

The zip is checked against the expansion limit before openpyxl opens it. The chain:
``open_workbook → sheet_grid (merged_ranges, cell_text) → TextBuilder``.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from xml.etree import ElementTree

import openpyxl
from openpyxl.utils.cell import range_boundaries
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from baocao.errors import UnreadableFile
from baocao.extract.builder import TextBuilder
from baocao.extract.limits import check_zip
from baocao.extract.source import Source
from baocao.model import Document
from baocao.normalize.numbers import format_number
from baocao.settings import ExtractSettings

__all__ = ["MergedRange", "cell_text", "load_xlsx", "merged_ranges", "sheet_grid"]

log = logging.getLogger(__name__)

#: General-format floats are shown with at most this many decimals (Excel shows ~10 digits).
GENERAL_MAX_DECIMALS = 6


@dataclass(frozen=True)
class MergedRange:
    """A merged range, 1-based and inclusive like Excel's "A1:C2"."""

    min_col: int
    min_row: int
    max_col: int
    max_row: int


def load_xlsx(source: Source, settings: ExtractSettings) -> Document:
    """Read every sheet of an .xlsx workbook into one :class:`Document` (no pages)."""
    check_zip(source.data, document=source.name, max_unzipped_bytes=settings.max_unzipped_bytes)
    workbook = open_workbook(source)
    builder = TextBuilder()
    try:
        for sheet in workbook.worksheets:
            if not isinstance(sheet, ReadOnlyWorksheet):
                continue  # chartsheets hold no cells
            merged = merged_ranges(source, sheet)
            grid = sheet_grid(sheet, merged)
            if not grid:
                log.debug("%s: sheet %r is empty", source.name, sheet.title)
                continue
            builder.add_paragraph(sheet.title)
            builder.add_table(grid, source=f"xlsx:{sheet.title}")
    except (KeyError, ValueError, TypeError, zipfile.BadZipFile, ElementTree.ParseError) as e:
        raise UnreadableFile(source.name, f"xlsx: cannot read the sheets: {e}") from e
    finally:
        workbook.close()
    return builder.build(source)


def open_workbook(source: Source) -> Workbook:
    """The workbook opened read-only with cached formula values; any openpyxl failure on a
    corrupt file is an :class:`UnreadableFile`."""
    try:
        return openpyxl.load_workbook(io.BytesIO(source.data), read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises anything from KeyError to lxml errors
        raise UnreadableFile(source.name, f"xlsx: {type(e).__name__}: {e}") from e


def merged_ranges(source: Source, sheet: ReadOnlyWorksheet) -> tuple[MergedRange, ...]:
    """The sheet's merged ranges, read from its XML (read-only sheets do not expose them)."""
    path = getattr(sheet, "_worksheet_path", None)
    if not path:
        return ()
    ranges: list[MergedRange] = []
    with zipfile.ZipFile(io.BytesIO(source.data)) as archive, archive.open(path) as xml:
        for _, element in ElementTree.iterparse(xml, events=("end",)):
            if element.tag.endswith("}mergeCell") or element.tag == "mergeCell":
                ref = element.get("ref", "")
                if ":" in ref:
                    min_col, min_row, max_col, max_row = range_boundaries(ref)
                    if None not in (min_col, min_row, max_col, max_row):
                        ranges.append(MergedRange(min_col, min_row, max_col, max_row))  # type: ignore[arg-type]
            element.clear()
    return tuple(ranges)


def sheet_grid(sheet: ReadOnlyWorksheet, merged: Sequence[MergedRange] = ()) -> list[list[str]]:
    """The sheet's used range as rows of cell text, merged ranges resolved, empty rows and
    empty leading/trailing columns dropped."""
    cells: dict[tuple[int, int], str] = {}
    for row in sheet.iter_rows():
        for cell in row:
            value = getattr(cell, "value", None)
            if value is None:
                continue
            text = cell_text(value, getattr(cell, "number_format", None) or "General")
            if text:
                cells[(cell.row, cell.column)] = text
    if not cells:
        return []
    min_col = min(c for _, c in cells)
    max_col = max(c for _, c in cells)
    _spread_merged(cells, merged, min_col, max_col)
    rows = sorted({r for r, _ in cells})
    return [[cells.get((r, c), "") for c in range(min_col, max_col + 1)] for r in rows]


def _spread_merged(
    cells: dict[tuple[int, int], str], merged: Sequence[MergedRange], min_col: int, max_col: int
) -> None:
    """Copy each merged range's value over the range, unless it spans the whole table."""
    for m in merged:
        value = cells.get((m.min_row, m.min_col))
        if not value:
            continue
        if m.min_col <= min_col and m.max_col >= max_col:
            continue  # a title row over the whole table: once is enough
        for r in range(m.min_row, m.max_row + 1):
            for c in range(m.min_col, m.max_col + 1):
                cells[(r, c)] = value


# -- cell values ------------------------------------------------------------------------------

_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')


@dataclass(frozen=True)
class NumberStyle:
    """What a number format shows: ``decimals``, thousands ``grouped``, ``percent``."""

    decimals: int | None  # None: General, as stored
    grouped: bool
    percent: bool


def number_style(number_format: str) -> NumberStyle:
    """ "#,##0.0" → 1 decimal, grouped; "0%" → percent; "General" → as stored."""
    section = number_format.split(";")[0]
    bare = _QUOTED.sub("", section)
    if not bare.strip() or bare.strip().lower() == "general":
        return NumberStyle(decimals=None, grouped=False, percent=False)
    m = re.search(r"\.([0#?]+)", bare)
    return NumberStyle(
        decimals=len(m.group(1)) if m else 0,
        grouped="," in bare.split(".")[0],
        percent="%" in bare,
    )


def cell_text(value: Any, number_format: str = "General") -> str:
    """A cell's value as a reader sees it: numbers in the Vietnamese way per the cell's
    format, dates as dd/mm/yyyy, text as is."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float | Decimal):
        return _number_text(value, number_style(number_format))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value).strip()


def _number_text(value: int | float | Decimal, style: NumberStyle) -> str:
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if not number.is_finite():
        return str(value)
    suffix = ""
    if style.percent:
        number *= 100
        suffix = "%"
    decimals = style.decimals
    if decimals is None:
        # As stored, less binary noise: 0.1 + 0.2 shows "0,3" as Excel does.
        rounded = round(number, GENERAL_MAX_DECIMALS).normalize()
        exponent = rounded.as_tuple().exponent
        decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    text = format_number(number, decimals)
    if not style.grouped:
        text = text.replace(".", "")
    return text + suffix
