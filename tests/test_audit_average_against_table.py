"""A unit's average of criteria per commune written in the text and again in its table's
row (audit/rates.py ``averages_against_a_table``): the table's cell is the criteria sum
over the communes, the computed figure; the text's must be it rounded or truncated at the
text's decimals (at equal decimals: the same digits). Otherwise ``count_mismatch`` on the
text's average. Our own wording; the table is one of places as columns, flattened one row
per line (tests/test_extract_columns_tables.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

TEXT = (
    "Kết quả xây dựng nông thôn mới tỉnh Quảng Ngãi đến 31/12/2021\n"
    "Toàn tỉnh có 31 xã /60 xã đạt chuẩn nông thôn mới.\n\n"
    "Số tiêu chí bình quân toàn tỉnh: {said} tiêu chí/xã.\n\n"
    "Bảng tổng hợp theo huyện:\n"
    " TT Chỉ tiêu  Toàn tỉnh Các huyện \n"
    "Bình Sơn  Sơn Tịnh  Tư Nghĩa  Mộ Đức \n"
    "1 Số tiêu chí đạt  1027 340 190 287 210\n"
    "2 Tổng số  xã 60 20 10 18 12\n"
    "3 Số  xã đạt chuẩn  31 12 6 8 5\n"
    "4 Tỷ lệ % 51.7 60.0 60.0 44.4 41.7\n"
    "5 Số tiêu chí BQ  17.12 17.0 19.0 15.9 17.5\n"
    "\nCác huyện tiếp tục rà soát tiêu chí.\n"
)


def found(tmp_path: Path, said: str) -> list[str]:
    body = TEXT.format(said=said)
    return [f.explain for f in audit_text(tmp_path, "quang-ngai.txt", body, ("count_mismatch",))]


def test_an_average_off_its_tables_row_is_found(tmp_path) -> None:
    (explain,) = found(tmp_path, "17,13")
    assert "17,13" in explain and "17,12" in explain


@pytest.mark.parametrize("said", ["17,12", "17,1"])
def test_the_same_figure_or_a_coarser_writing_of_it_is_no_finding(tmp_path, said) -> None:
    assert found(tmp_path, said) == []
