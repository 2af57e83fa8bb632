"""A table whose places are its COLUMNS, flattened one row per line with spaces between the
cells (a provincial portal's district table copied as text): a caption line opening with
"TT" that names the whole's column ("Toàn tỉnh"), a line of place names split by runs of
spaces, then numbered rows of one number per place (the whole's first). Turned round into
one row per place, it is a coverage table by place: each district's K of N communes with
its share, and its average criteria per commune (a percentage in "tiêu chí/xã"); the
criteria-met row sums the district's communes and is no count. Our own wording."""

from __future__ import annotations

from dataclasses import replace

from baocao.extract.text import lines_to_blocks
from baocao.pipeline import extract_file
from baocao.settings import DEFAULT_EXTRACT_SETTINGS

HEAD = (
    "Kết quả xây dựng nông thôn mới tỉnh Quảng Ngãi đến 31/12/2021\n"
    "Toàn tỉnh có 60 xã đạt chuẩn nông thôn mới.\n\n"
    "Bảng tổng hợp theo huyện:\n"
)
TABLE = (
    " TT Chỉ tiêu  Toàn tỉnh Các huyện \n"
    "Bình Sơn  Sơn Tịnh  Tư Nghĩa  Mộ Đức \n"
    "1 Số tiêu chí đạt  1020 340 190 280 210\n"
    "2 Tổng số  xã 60 20 10 18 12\n"
    "3 Số  xã đạt chuẩn  31 12 6 8 5\n"
    "4 Tỷ lệ % 51.7 60.0 60.0 44.4 41.7\n"
    "5 Số tiêu chí BQ  17.00 17.0 19.0 15.6 17.5\n"
    "\nCác huyện tiếp tục rà soát tiêu chí.\n"
)


def facts(tmp_path, text: str):
    path = tmp_path / "ket-qua.txt"
    path.write_text(text, encoding="utf-8")
    return extract_file(path, settings=replace(DEFAULT_EXTRACT_SETTINGS, isolate=False)).facts


def test_the_table_is_turned_round_into_one_row_per_place() -> None:
    (table,) = [b for b in lines_to_blocks(TABLE.split("\n")) if b.rows]
    assert table.rows[0][:3] == ("TT", "Đơn vị", "Số tiêu chí đạt")
    assert table.rows[1][1:] == ("Toàn tỉnh", "1020", "60", "31", "51.7", "17.00")
    assert table.rows[-1][:2] == ("4", "Mộ Đức")


def test_each_column_is_a_districts_coverage_and_average(tmp_path) -> None:
    found = facts(tmp_path, HEAD + TABLE)
    coverage = {
        (f.units_met, f.units_total, f.percent_stated) for f in found if f.kind == "coverage"
    }
    assert {(12, 20, 60.0), (6, 10, 60.0), (8, 18, 44.4), (5, 12, 41.7), (31, 60, 51.7)} <= coverage
    averages = sorted(
        (f.subject, f.value) for f in found if f.kind == "percentage" and f.unit == "tiêu chí/xã"
    )
    assert sorted(v for _, v in averages) == sorted([17.0, 17.0, 19.0, 15.6, 17.5])
    assert any("Sơn Tịnh" in s for s, _ in averages)
    # the criteria-met row sums the communes of a district: no count of one subject
    assert not [f for f in found if f.kind == "criteria_count" and f.met in (340, 190, 280)]


def test_a_line_of_names_without_numbered_rows_stays_prose() -> None:
    lines = ["Bình Sơn  Sơn Tịnh  Tư Nghĩa", "Các huyện đều tăng 2 tiêu chí so với năm trước."]
    assert not [b for b in lines_to_blocks(lines) if b.rows]
