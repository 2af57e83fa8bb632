"""TextBuilder: every loader's text, tables and pages are assembled the same way."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baocao.errors import EmptyDocument, MalformedText
from baocao.extract.builder import CELL_SEPARATOR, TextBuilder
from baocao.extract.layout import combining_run
from baocao.extract.source import Source
from baocao.model import Format


def source(fmt: Format = Format.PDF) -> Source:
    return Source(
        path=Path("/x/bao-cao.pdf"), name="bao-cao.pdf", data=b"abc", sha256="h", format=fmt
    )


def test_paragraphs_end_with_a_line_end_and_are_nfc() -> None:
    builder = TextBuilder()
    builder.add_paragraph(unicodedata.normalize("NFD", "Kết quả đạt được"))
    builder.add_paragraph("Dòng hai\r\n")
    document = builder.build(source())
    assert document.text == "Kết quả đạt được\nDòng hai\n"
    assert unicodedata.is_normalized("NFC", document.text)


def test_a_table_is_rendered_one_line_per_row_and_cells_slice_back() -> None:
    builder = TextBuilder()
    builder.add_paragraph("Bảng 1")
    table = builder.add_table(
        [["Xã", "Số tiêu chí"], ["Quảng\nPhú", "19"], [None, "17"]], source="docx"
    )
    document = builder.build(source())
    assert table is not None and document.tables == (table,)
    assert document.text == "Bảng 1\nXã | Số tiêu chí\nQuảng Phú | 19\n | 17\n"
    assert document.text[table.start : table.end] == "Xã | Số tiêu chí\nQuảng Phú | 19\n | 17"
    for row in table.rows:
        for cell in row:
            assert document.text[cell.start : cell.end] == cell.text
    assert table.rows[1][0].text == "Quảng Phú"
    assert table.source == "docx" and table.index == 0


def test_empty_rows_are_dropped_and_an_all_empty_table_adds_nothing() -> None:
    builder = TextBuilder()
    builder.add_paragraph("Trước")
    assert builder.add_table([["", " "], [None]]) is None
    kept = builder.add_table([["a", "b"], ["", ""], ["c", "d"]])
    assert kept is not None and len(kept.rows) == 2
    assert builder.text() == "Trước\na | b\nc | d\n"


def test_a_table_starts_on_its_own_line() -> None:
    builder = TextBuilder()
    builder.add_text("không xuống dòng")
    table = builder.add_table([["x", "y"]])
    assert table is not None
    assert builder.text() == "không xuống dòng\nx | y\n"
    assert builder.text()[table.start - 1] == "\n"


def test_pages_are_contiguous_cover_the_text_and_carry_ocr() -> None:
    builder = TextBuilder()
    builder.start_page()
    builder.add_paragraph("Trang một")
    builder.start_page(ocr=True, ocr_confidence=87.5)
    table = builder.add_table([["a", "b"]])
    builder.add_paragraph("Trang hai")
    builder.start_page()
    document = builder.build(source())
    pages = document.pages
    assert [p.number for p in pages] == [1, 2, 3]
    assert pages[0].start == 0 and pages[-1].end == len(document.text)
    assert all(a.end == b.start for a, b in zip(pages, pages[1:], strict=False))
    assert document.text[pages[1].start : pages[1].end] == "a | b\nTrang hai\n"
    assert pages[1].ocr and pages[1].ocr_confidence == 87.5 and not pages[0].ocr
    assert table is not None and table.page == 2
    assert document.page_number_at(table.start) == 2


def test_text_before_the_first_page_belongs_to_it() -> None:
    builder = TextBuilder()
    builder.add_paragraph("đầu")
    builder.start_page()
    builder.add_paragraph("sau")
    assert builder.build(source()).pages[0].start == 0


def test_build_fills_the_document_from_the_source() -> None:
    builder = TextBuilder()
    builder.add_paragraph("x")
    document = builder.build(source(Format.DOCX), encoding="utf-8", warnings=["w"])
    assert document.name == "bao-cao.pdf" and document.path == "/x/bao-cao.pdf"
    assert document.sha256 == "h" and document.format is Format.DOCX
    assert document.size_bytes == 3 and document.encoding == "utf-8"
    assert document.warnings == ("w",) and document.pages == ()


def test_no_visible_text_is_an_empty_document() -> None:
    builder = TextBuilder()
    builder.add_paragraph("  \t ")
    with pytest.raises(EmptyDocument) as err:
        builder.build(source())
    assert str(err.value) == "bao-cao.pdf: no text"
    assert builder.build(source(), allow_empty=True).text.strip() == ""


cells = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)


@given(
    before=st.lists(st.text(max_size=20), max_size=3),
    rows=st.lists(st.lists(cells, min_size=1, max_size=4), min_size=1, max_size=5),
)
def test_every_cell_slices_back_to_its_text(before: list[str], rows: list[list[str]]) -> None:
    builder = TextBuilder()
    if any(combining_run(t) is not None for t in [*before, *(c for row in rows for c in row)]):
        # a run of combining marks no language stacks is hostile input: refused, not cleaned
        with pytest.raises(MalformedText):
            builder.add_lines(before)
            builder.add_paragraph("x")
            builder.add_table(rows)
            builder.build(source())
        return
    builder.add_lines(before)
    builder.add_paragraph("x")
    table = builder.add_table(rows)
    document = builder.build(source())
    if table is None:
        return
    assert document.text[table.start : table.end].count("\n") == len(table.rows) - 1
    for row in table.rows:
        line = CELL_SEPARATOR.join(c.text for c in row)
        assert document.text[row[0].start : row[-1].end] == line
        for cell in row:
            assert document.text[cell.start : cell.end] == cell.text
            assert "\n" not in cell.text
    assert unicodedata.is_normalized("NFC", document.text)
