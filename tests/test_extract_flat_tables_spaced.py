"""A table written one cell per line with blank lines between its cells or its rows (a web
page's table copied with a gap after each cell, as the shared Phú Thọ list is) is the same
table as without them: read over its non-blank lines, a gap of up to two blank lines between
cells. Left by the eleventh session; our own wordings."""

from __future__ import annotations

from dataclasses import replace

import pytest

from baocao.extract.text import lines_to_blocks
from baocao.pipeline import extract_file
from baocao.settings import DEFAULT_EXTRACT_SETTINGS

HEAD = "BÁO CÁO\nKết quả xây dựng nông thôn mới năm 2023 của huyện Hạ Hòa, tỉnh Phú Thọ\n\n"
# fmt: off
CELLS = [
    "TT", "Nguồn vốn", "Số tiền (triệu đồng)",
    "1", "Ngân sách tỉnh", "3.500",
    "2", "Ngân sách huyện", "900",
    "3", "Doanh nghiệp", "250",
]
# fmt: on


def spaced(every_cell: bool) -> list[str]:
    """The cells with a blank line after each cell, or after each row of three."""
    out: list[str] = []
    for n, cell in enumerate(CELLS, 1):
        out.append(cell)
        if every_cell or n % 3 == 0:
            out.append("")
    return out


@pytest.mark.parametrize("every_cell", [True, False])
def test_blank_lines_between_cells_or_rows_keep_the_table(every_cell: bool) -> None:
    lines = [*spaced(every_cell), "Huyện tiếp tục huy động nguồn lực."]
    blocks = list(lines_to_blocks(lines))
    (table,) = [b for b in blocks if b.rows]
    assert table.rows[0] == ("TT", "Nguồn vốn", "Số tiền (triệu đồng)")
    assert table.rows[-1] == ("3", "Doanh nghiệp", "250")
    # the sentence after the table stays prose
    assert "Huyện tiếp tục huy động nguồn lực." in blocks[-1].lines


def test_a_spaced_table_gives_its_money(tmp_path) -> None:
    path = tmp_path / "bao-cao.txt"
    path.write_text(HEAD + "\n".join(spaced(True)) + "\n", encoding="utf-8")
    facts = extract_file(path, settings=replace(DEFAULT_EXTRACT_SETTINGS, isolate=False)).facts
    assert sorted((f.source, f.amount_vnd) for f in facts if f.kind == "funding") == [
        ("district", 900_000_000),
        ("enterprise", 250_000_000),
        ("province", 3_500_000_000),
    ]


def test_a_spaced_list_of_one_row_stays_prose() -> None:
    lines = ["TT", "", "Nguồn vốn", "", "Số tiền", "", "1", "", "Ngân sách tỉnh", "", "500"]
    assert [b for b in lines_to_blocks(lines) if b.rows] == []
