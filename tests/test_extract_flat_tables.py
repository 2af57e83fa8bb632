"""Tables written one cell per line (set AS: a web page's table flattened to text): a header
opening with the row-number column ("STT", "TT") and at least two rows of as many cells, each
opening with its number or a total ("Tổng cộng" may leave its number cell out), are read as a
table; anything less stays prose. The cell shapes are ``[[flat_table]]`` entries of
``layout.toml``. Every text is our own wording."""

from __future__ import annotations

from dataclasses import replace

import pytest

from baocao.extract.text import lines_to_blocks
from baocao.pipeline import extract_file
from baocao.settings import DEFAULT_EXTRACT_SETTINGS

HEAD = "BÁO CÁO\nKết quả xây dựng nông thôn mới năm 2023 của huyện Bắc Quang, tỉnh Hà Giang\n"


def loaded_facts(tmp_path, text: str):
    """The facts of ``text`` read the road a .txt file takes (the text loader first)."""
    path = tmp_path / "bao-cao.txt"
    path.write_text(text, encoding="utf-8")
    return extract_file(path, settings=replace(DEFAULT_EXTRACT_SETTINGS, isolate=False)).facts


def money(facts) -> list[tuple[str, int]]:
    return sorted((f.source, f.amount_vnd) for f in facts if f.kind == "funding")


@pytest.mark.parametrize("ordinal", ["STT", "TT"])
def test_a_funding_table_one_cell_per_line_is_read(tmp_path, ordinal: str) -> None:
    body = (
        f"Biểu 1: Nguồn vốn\n{ordinal}\nNguồn vốn\nSố tiền (triệu đồng)\n"
        "1\nNgân sách trung ương\n8.000\n2\nNgân sách huyện\n1.200\n3\nNhân dân đóng góp\n800\n"
        "Tổng cộng\n10.000\nHuyện tiếp tục huy động các nguồn lực.\n"
    )
    assert money(loaded_facts(tmp_path, HEAD + body)) == [
        ("central", 8_000_000_000),
        ("community", 800_000_000),
        ("district", 1_200_000_000),
        ("total", 10_000_000_000),
    ]


def test_a_criteria_table_one_cell_per_line_gives_each_commune_its_count(tmp_path) -> None:
    body = (
        "TT\nTên xã\nSố tiêu chí đạt\nGhi chú\n1\nXã Vĩnh Hảo\n19\nĐạt chuẩn\n"
        "2\nXã Đông Thành\n16\nChưa đạt\n"
    )
    counts = sorted(
        (f.subject, f.met)
        for f in loaded_facts(tmp_path, HEAD + body)
        if f.kind == "criteria_count"
    )
    assert counts == [("Xã Vĩnh Hảo", 19), ("Xã Đông Thành", 16)]


@pytest.mark.parametrize(
    "lines",
    [
        # one row only: no table
        ["STT", "Nguồn vốn", "Số tiền", "1", "Ngân sách tỉnh", "500"],
        # no row-number column: short lines of prose
        ["Nguồn vốn", "Số tiền", "Ghi chú", "Ngân sách tỉnh", "500", "x"],
        # a gap of three blank lines between cells (a loose list, left to the prose readers;
        # a table spaced by one or two is read: test_extract_flat_tables_spaced.py)
        ["STT", "Xã", "Số tiêu chí", "", "", "", "1", "Xã A", "19", "2", "Xã B", "17"],
    ],
)
def test_fewer_or_looser_lines_stay_prose(lines: list[str]) -> None:
    assert [b for b in lines_to_blocks(lines) if b.rows] == []


def test_the_total_row_without_a_name_cell_keeps_the_columns() -> None:
    lines = ["STT", "Đơn vị", "Số xã", "Số xã đạt chuẩn", "1", "Xã A", "1", "1"]
    lines += ["2", "Xã B", "1", "0", "Tổng", "2", "1", "", "Hết."]
    (table,) = [b for b in lines_to_blocks(lines) if b.rows]
    assert table.rows[-1] == ("", "Tổng", "2", "1")
