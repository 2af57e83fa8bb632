"""Ruled PDF tables from pypdfium2's strokes, through pdfplumber's lattice algorithm."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pypdfium2 as pdfium
from badfiles import PdfPageSpec, make_pdf

from baocao.extract.pdftables import edges_to_grids, find_tables, page_edges

ROWS = [["Nguồn vốn", "Triệu đồng"], ["Ngân sách tỉnh", "1.234,5"], ["Nhân dân đóng góp", "310"]]


@contextmanager
def first_page(path: Path) -> Iterator[tuple[pdfium.PdfPage, pdfium.PdfTextPage]]:
    pdf = pdfium.PdfDocument(str(path))
    page = pdf[0]
    textpage = page.get_textpage()
    try:
        yield page, textpage
    finally:
        textpage.close()
        page.close()
        pdf.close()


def test_strokes_become_edges_and_a_grid(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "luoi.pdf", [PdfPageSpec(lines=["Bảng"], table=ROWS, table_after=1)])
    with first_page(path) as (page, textpage):
        edges = page_edges(page)
        assert sum(e["orientation"] == "h" for e in edges) == 4  # rows + 1
        assert sum(e["orientation"] == "v" for e in edges) == 3  # columns + 1
        (grid,) = edges_to_grids(edges)
        assert len(grid) == 6
        (table,) = find_tables(page, textpage)
    assert [list(row) for row in table.rows] == ROWS
    assert table.top < table.bottom


def test_a_framed_line_is_not_a_table(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "khung.pdf", [PdfPageSpec(lines=["Trích yếu nội dung"], framed=True)]
    )
    with first_page(path) as (page, textpage):
        assert len(page_edges(page)) == 4
        assert find_tables(page, textpage) == []


def test_no_strokes_no_tables() -> None:
    assert edges_to_grids([]) == []
