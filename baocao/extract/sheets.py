"""Spreadsheets (.xlsx) as documents: each sheet's used range is one table.

Appendices ("Biểu", "Phụ lục") often travel as workbooks. A sheet becomes its name on a line
of its own followed by one :class:`~baocao.model.Table` (source ``xlsx:<sheet>``) rendered
like a Word table, so :mod:`baocao.nlp.tables` reads both alike:

* numbers are written the Vietnamese way with the decimals and thousands grouping the
  cell's number format shows (``#,##0.0`` → "1.200,5", ``0%`` → "60%", ``General`` →
  as stored, "2023" stays "2023");
* a merged range keeps its value in its first cell and leaves the others empty, as the
  Word loader does, so a header spanning two columns ("Kế hoạch" over "Số tiền | Tỷ lệ")
  reads the same from both formats and columns stay aligned;
* empty leading columns and empty rows are dropped; formulas give their cached value
  (``data_only``), or nothing when the file never stored one.

The zip is checked against the expansion limit before openpyxl opens it. The chain:
``open_workbook → sheet_grid (cell_text) → TextBuilder``.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from xml.etree import ElementTree

import openpyxl
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from baocao.errors import UnreadableFile
from baocao.extract.builder import TextBuilder
from baocao.extract.limits import check_zip
from baocao.extract.source import Source
from baocao.model import Document
from baocao.settings import ExtractSettings
from baocao.vocab.numbers import format_number

__all__ = ["NumberStyle", "cell_text", "load_xlsx", "number_style", "sheet_grid"]

log = logging.getLogger(__name__)

#: General-format floats are shown with at most this many decimals (Excel shows ~10 digits).
GENERAL_MAX_DECIMALS = 6


def load_xlsx(source: Source, settings: ExtractSettings) -> Document:
    """Read every sheet of an .xlsx workbook into one :class:`Document` (no pages)."""
    check_zip(source.data, document=source.name, max_unzipped_bytes=settings.max_unzipped_bytes)
    workbook = open_workbook(source)
    builder = TextBuilder()
    try:
        for sheet in workbook.worksheets:
            if not isinstance(sheet, ReadOnlyWorksheet):
                continue  # chartsheets hold no cells
            grid = sheet_grid(sheet)
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


def sheet_grid(sheet: ReadOnlyWorksheet) -> list[list[str]]:
    """The sheet's used range as rows of cell text; empty rows and empty leading or
    trailing columns dropped. A merged range's value stays in its first cell and the others
    are empty, exactly as the Word loader writes merged cells."""
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
    rows = sorted({r for r, _ in cells})
    return [[cells.get((r, c), "") for c in range(min_col, max_col + 1)] for r in rows]


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
