"""Spreadsheets load as documents: one table per sheet, written like a Word table.

Workbooks are made here with openpyxl and loaded through ``baocao.extract.load``, the way a
user's file is.
"""

from __future__ import annotations

import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tablefacts import table_facts

from baocao.errors import UnreadableFile, ZipBomb
from baocao.extract import load
from baocao.extract.sheets import cell_text, number_style
from baocao.model import Format, Level, Place, Report
from baocao.settings import ExtractSettings
from baocao.vocab.numbers import parse_number


def funding_workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Biểu 02"
    sheet["B2"] = "KẾT QUẢ HUY ĐỘNG VỐN (ĐVT: triệu đồng)"
    sheet.merge_cells("B2:D2")
    sheet["B3"] = "Nguồn vốn"
    sheet.merge_cells("B3:B4")
    sheet["C3"] = "Kế hoạch năm 2023"
    sheet.merge_cells("C3:D3")
    sheet["C4"] = "Số tiền"
    sheet["D4"] = "Tỷ lệ (%)"
    sheet["B5"] = "Ngân sách tỉnh"
    sheet["C5"] = 1200.5
    sheet["C5"].number_format = "#,##0.0"
    sheet["D5"] = 0.6
    sheet["D5"].number_format = "0%"
    second = workbook.create_sheet("Ghi chú")
    second["A1"] = "Năm"
    second["B1"] = 2023
    second["A2"] = "Tỷ lệ"
    second["B2"] = 0.1 + 0.2
    workbook.save(path)
    return path


@pytest.fixture
def workbook_path(tmp_path: Path) -> Path:
    return funding_workbook(tmp_path / "bieu-02.xlsx")


def test_each_sheet_is_one_table_with_merged_cells_written_once(workbook_path: Path) -> None:
    document = load(workbook_path)
    assert document.format is Format.XLSX
    assert document.pages == ()
    assert [t.source for t in document.tables] == ["xlsx:Biểu 02", "xlsx:Ghi chú"]
    first = document.tables[0]
    assert document.text[first.start : first.end].split("\n") == [
        "KẾT QUẢ HUY ĐỘNG VỐN (ĐVT: triệu đồng) |  | ",
        "Nguồn vốn | Kế hoạch năm 2023 | ",
        " | Số tiền | Tỷ lệ (%)",
        "Ngân sách tỉnh | 1.200,5 | 60%",
    ]
    assert document.text.startswith("Biểu 02\n")
    for table in document.tables:
        for row in table.rows:
            for cell in row:
                assert document.text[cell.start : cell.end] == cell.text


def test_numbers_show_as_the_cell_format_shows_them(workbook_path: Path) -> None:
    document = load(workbook_path)
    notes = document.tables[1]
    assert [[c.text for c in row] for row in notes.rows] == [["Năm", "2023"], ["Tỷ lệ", "0,3"]]


def test_a_sheet_read_as_facts(workbook_path: Path) -> None:
    document = load(workbook_path)
    report = Report(unit=Place("xã Cẩm Ngọc", "xã", "Cẩm Ngọc", Level.COMMUNE), period="2023")
    facts = table_facts(document, report)
    assert [(f.kind, f.amount_vnd, f.flow, f.period, f.percent_stated) for f in facts] == [
        ("funding", 1_200_500_000, "planned", "2023", 60.0)
    ]
    assert all(document.text[f.start : f.end] == f.quote for f in facts)


@pytest.mark.parametrize(
    ("value", "number_format", "text"),
    [
        (484574, "#,##0", "484.574"),
        (484574, "General", "484574"),
        (6281, "#,##0.0", "6.281,0"),
        (0.4782, "0.00%", "47,82%"),
        (96914.8, "General", "96914,8"),
        (2.155, "#,##0.000_);[Red](#,##0.000)", "2,155"),
        (12, '0" xã"', "12"),
        ("Đạt", "General", "Đạt"),
    ],
)
def test_cell_text(value: object, number_format: str, text: str) -> None:
    assert cell_text(value, number_format) == text


@given(
    st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False),
    st.sampled_from(["#,##0.00", "0.00", "#,##0.0", "0"]),
)
def test_formatted_numbers_parse_back_to_the_value_shown(
    value: Decimal, number_format: str
) -> None:
    style = number_style(number_format)
    assert style.decimals is not None
    shown = cell_text(value, number_format)
    # Excel rounds halves away from zero, not to even.
    expected = value.quantize(Decimal(1).scaleb(-style.decimals), rounding=ROUND_HALF_UP)
    assert parse_number(shown) == expected


def test_a_zip_that_would_expand_beyond_the_limit_is_refused(workbook_path: Path) -> None:
    with pytest.raises(ZipBomb):
        load(workbook_path, settings=ExtractSettings(max_unzipped_bytes=1_000))


def test_a_corrupt_workbook_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "hong.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "not xml at all")
    with pytest.raises(UnreadableFile) as caught:
        load(path)
    assert str(caught.value).startswith("hong.xlsx: xlsx:")
