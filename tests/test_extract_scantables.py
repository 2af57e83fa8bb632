"""Ruled tables on scanned pages: rules found in the image, Tesseract's words placed in the
cells by their boxes, the page laid out as text above / table / text below, and a page read
back from a cache of page texts getting its table again from the pipe rows."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from docx import Document as WordDocument
from docx.shared import Pt
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFilter

from baocao.extract import ocr, scantables
from baocao.extract.office import convert_with_libreoffice
from baocao.extract.scantables import Grid, Word, find_grids, page_blocks, render_blocks
from baocao.extract.source import Source
from baocao.extract.text import Block, lines_to_blocks
from baocao.model import Format
from baocao.settings import ExtractSettings

# --- drawn pages --------------------------------------------------------------------------------

WIDTH, HEIGHT = 1654, 2339  # A4 at 200 dpi


def ruled_page(
    columns: tuple[int, ...] = (200, 600, 1000, 1400),
    rows: tuple[int, ...] = (900, 980, 1060, 1140),
    *,
    thickness: int = 3,
) -> Image.Image:
    """A white page with a ruled grid (lines at ``columns`` × ``rows``) and text-like strokes
    above, inside and below it."""
    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    for y in rows:
        draw.line([(columns[0], y), (columns[-1], y)], fill=0, width=thickness)
    for x in columns:
        draw.line([(x, rows[0]), (x, rows[-1])], fill=0, width=thickness)
    for y in (300, 360, 1500):  # lines of "text": short dark blobs with gaps
        for x in range(200, 1400, 60):
            draw.rectangle([x, y, x + 40, y + 25], fill=0)
    draw.rectangle([220, 920, 300, 950], fill=0)  # a word in the first cell
    return image


def noisy(image: Image.Image, *, angle: float = 0.0, seed: int = 3) -> Image.Image:
    turned = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    blurred = np.asarray(turned.filter(ImageFilter.GaussianBlur(0.8)), dtype=np.float32)
    grain = blurred + np.random.default_rng(seed).normal(0, 20, blurred.shape)
    return Image.fromarray(np.clip(grain, 0, 255).astype(np.uint8))


def boxes(grid: Grid) -> list[list[tuple[float, ...]]]:
    return [[tuple(round(v) for v in box) for box in row if box] for row in grid.rows]


# --- finding grids ------------------------------------------------------------------------------


def test_a_ruled_grid_is_found_with_its_cells() -> None:
    [grid] = find_grids(ruled_page())
    assert len(grid.rows) == 3 and all(len(row) == 3 for row in grid.rows)
    first = grid.rows[0][0]
    assert first is not None
    assert first == pytest.approx((200, 900, 600, 980), abs=4)
    assert (grid.x0, grid.top, grid.x1, grid.bottom) == pytest.approx((200, 900, 1400, 1140), abs=4)


def test_a_grid_on_a_noisy_slightly_tilted_scan_is_found() -> None:
    # Deskewing leaves up to ~0.1° of tilt: 2 px over a 1200 px rule.
    [grid] = find_grids(noisy(ruled_page(thickness=2), angle=0.1))
    assert [len(row) for row in grid.rows] == [3, 3, 3]


def test_text_and_underlines_make_no_table() -> None:
    image = ruled_page(columns=(200, 1400), rows=(900, 901))  # one long rule, no verticals
    assert find_grids(image) == []


def test_a_lone_framed_box_is_no_table() -> None:
    assert find_grids(ruled_page(columns=(200, 1400), rows=(900, 1100))) == []


def test_a_blank_page_has_no_table() -> None:
    assert find_grids(Image.new("L", (WIDTH, HEIGHT), 255)) == []


def test_a_single_row_of_cells_is_a_table() -> None:
    # The last row of a table broken across pages.
    [grid] = find_grids(ruled_page(rows=(900, 980)))
    assert [len(row) for row in grid.rows] == [3]


def test_two_tables_come_top_first() -> None:
    image = ruled_page(rows=(1700, 1780, 1860))
    second = np.asarray(ruled_page())
    both = Image.fromarray(np.minimum(np.asarray(image), second))
    tops = [round(g.top) for g in find_grids(both)]
    assert tops == pytest.approx([900, 1700], abs=4)


def test_erasing_rules_keeps_the_words_in_the_cells() -> None:
    page = ruled_page()
    erased = np.asarray(scantables.erase_rules(page, find_grids(page)))
    assert erased[940, 400] == 255 and erased[900, 400] == 255  # the rule is gone…
    assert erased[1000, 600] == 255
    assert (erased[925:945, 230:290] == 0).all()  # …the word in the cell is not
    assert (erased[305:320, 205:235] == 0).all()  # …nor the text above


# --- words into cells -----------------------------------------------------------------------------

GRID = Grid(
    100,
    500,
    700,
    700,
    (
        ((100, 500, 400, 600), (400, 500, 700, 600)),
        ((100, 600, 400, 700), (400, 600, 700, 700)),
    ),
)


def word(text: str, left: int, top: int, line: tuple[int, int, int], width: int = 60) -> Word:
    return Word(text, left, top, width, 30, line, 90.0)


WORDS = [
    word("Bảng", 100, 400, (1, 1, 1)),
    word("1.", 170, 400, (1, 1, 1)),
    word("Xã", 120, 520, (2, 1, 1)),
    word("Số", 420, 520, (2, 1, 1)),
    word("tiêu", 490, 520, (2, 1, 1)),
    word("chí", 420, 560, (2, 1, 2)),
    word("|Quang", 120, 620, (2, 1, 3)),
    word("Trung|", 200, 620, (2, 1, 3)),
    word("|", 395, 620, (2, 1, 3), width=8),
    word("19", 420, 620, (2, 1, 3)),
    word("Ghi", 800, 620, (3, 1, 1)),  # beside the table, in its band
    word("Hết", 100, 800, (4, 1, 1)),
    word("trang.", 170, 800, (4, 2, 1)),
]


def test_words_fall_into_their_cells_and_out_of_the_running_text() -> None:
    blocks = page_blocks(WORDS, [GRID])
    assert [b.rows for b in blocks if b.rows] == [
        (("Xã", "Số tiêu chí"), ("Quang Trung", "19")),
    ]
    prose = [b.lines for b in blocks if not b.rows]
    assert prose == [("Bảng 1.",), ("Ghi", "", "Hết", "", "trang.")]
    assert blocks[0].lines and blocks[1].rows and blocks[2].lines  # above, table, below


def test_a_cells_own_reading_wins_over_the_pages() -> None:
    own = {(0, 1, 1): [word("18", 0, 0, (1, 1, 1))], (0, 0, 0): [word("Tên xã", 0, 0, (1, 1, 1))]}
    [_, table, _] = page_blocks(WORDS, [GRID], own)
    assert table.rows == (("Tên xã", "Số tiêu chí"), ("Quang Trung", "18"))


def test_a_misread_dash_is_a_dash() -> None:
    own = {(0, 1, 1): [word("¬", 0, 0, (1, 1, 1))]}
    [_, table, _] = page_blocks(WORDS, [GRID], own)
    assert table.rows[1] == ("Quang Trung", "-")


def test_a_page_without_tables_is_its_lines() -> None:
    [block] = page_blocks(WORDS[:2], [])
    assert block.lines == ("Bảng 1.",)


def test_tsv_words_keep_their_boxes_and_lines() -> None:
    tsv = (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight"
        "\tconf\ttext\n"
        "4\t1\t1\t1\t1\t0\t10\t20\t200\t30\t-1\t\n"
        "5\t1\t1\t1\t1\t1\t10\t20\t50\t30\t96.5\tXã\n"
        "5\t1\t1\t1\t1\t2\t70\t20\t40\t30\t91\t \n"
        "5\t1\t2\t1\t1\t1\t10\t80\t40\t30\t88\t19\n"
    )
    assert scantables.tsv_words(tsv) == [
        Word("Xã", 10, 20, 50, 30, (1, 1, 1), 96.5),
        Word("19", 10, 80, 40, 30, (2, 1, 1), 88.0),
    ]


def test_the_mosaic_stacks_only_cells_with_ink() -> None:
    page = ruled_page()
    grids = find_grids(page)
    mosaic = scantables.cell_mosaic(scantables.erase_rules(page, grids), grids)
    assert mosaic is not None
    assert [key for key, _, _ in mosaic.spans] == [(0, 0, 0)]
    (_, top, bottom) = mosaic.spans[0]
    inside = word("Xã", 20, (top + bottom) // 2 - 15, (1, 1, 1))
    below = word("x", 20, bottom + 200, (1, 1, 2))
    assert scantables.mosaic_words(mosaic, [inside, below]) == {(0, 0, 0): [inside]}


# --- the text a cache keeps ---------------------------------------------------------------------

cell_text = (
    st.text(alphabet=st.sampled_from("abcdeđĐạ0123456789,.%()- "), min_size=1, max_size=12)
    .map(str.strip)
    .filter(bool)
)


@given(st.lists(st.lists(cell_text, min_size=2, max_size=5), min_size=2, max_size=6))
def test_a_cached_page_text_gives_the_same_table_back(rows: list[list[str]]) -> None:
    width = len(rows[0])
    rows = [row[:width] + ["x"] * (width - len(row)) for row in rows]
    blocks = (
        Block(lines=("Bảng 1",)),
        Block(rows=tuple(tuple(r) for r in rows)),
    )
    [prose, table] = lines_to_blocks(render_blocks(blocks).split("\n"))
    assert prose.lines == ("Bảng 1",)
    assert table.rows == tuple(tuple(r) for r in rows)


def test_a_cached_page_keeps_its_table_in_the_document() -> None:
    text = "Bảng 1. Kết quả\nXã | Số tiêu chí\nQuang Trung | 19\nHết."
    source = Source(Path("scan.png"), "scan.png", b"", "0" * 64, Format.IMAGE)
    document = ocr.pages_to_builder([ocr.OcrPage(text, None)]).build(source)
    [table] = document.tables
    assert table.source == "ocr" and table.page == 1
    assert [[c.text for c in row] for row in table.rows] == [
        ["Xã", "Số tiêu chí"],
        ["Quang Trung", "19"],
    ]
    for row in table.rows:
        for cell in row:
            assert document.text[cell.start : cell.end] == cell.text


# --- real scans (LibreOffice, Tesseract) ---------------------------------------------------------

ABOVE = "Kết quả thực hiện các tiêu chí của các xã năm 2020 như sau:"
BELOW = "Tổng kinh phí huy động thực hiện Chương trình là 125,6 tỷ đồng."
TABLE = [
    ["STT", "Tên xã", "Số tiêu chí đạt"],
    ["1", "Quang Trung", "19"],
    ["2", "Hưng Thạnh", "17"],
    ["3", "Tân Lập", "15"],
]


def same_cells(got: Sequence[Sequence[str]], want: Sequence[Sequence[str]]) -> bool:
    """Same shape, same numbers; a cell of words holds its words, up to their marks (a dot below
    sitting on the rule of a cramped row is erased with the rule) and a stray glyph cut from the
    next row."""
    if [len(r) for r in got] != [len(r) for r in want]:
        return False
    for g, w in zip((c for r in got for c in r), (c for r in want for c in r), strict=True):
        if w.isdigit() and g != w:
            return False
        if strip_marks(w) not in strip_marks(g):
            return False
    return True


def strip_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def report_with_table_pdf() -> bytes:
    """A page typed in Word with a bordered ('Table Grid') table, printed by LibreOffice."""
    doc = WordDocument()
    doc.add_paragraph().add_run(ABOVE).font.size = Pt(13)
    table = doc.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    table.style = "Table Grid"
    for r, values in enumerate(TABLE):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    doc.add_paragraph().add_run(BELOW).font.size = Pt(13)
    buffer = io.BytesIO()
    doc.save(buffer)
    return convert_with_libreoffice(buffer.getvalue(), "docx", "pdf", document="report.docx")


@pytest.fixture(scope="module")
def scanned_table() -> Image.Image:
    page = pdfium.PdfDocument(report_with_table_pdf())[0]
    return noisy(ocr.render_page(page, 200), angle=1.0)


@pytest.mark.slow
def test_a_scanned_table_is_read_into_its_cells(scanned_table: Image.Image) -> None:
    [page] = ocr.ocr_images([scanned_table], document="scan.png")
    [table] = [b.rows for b in page.blocks if b.rows]
    assert same_cells(table, TABLE)
    prose = [" ".join(b.lines) for b in page.blocks if not b.rows]
    assert "125,6 tỷ đồng" in prose[-1] and "năm 2020" in prose[0]
    assert "Quang Trung" not in " ".join(prose)  # a cell's words are not running text too
    assert page.confidence is not None and page.confidence > 70


@pytest.mark.slow
def test_a_scanned_pdf_gets_its_table_as_a_document_table(
    scanned_table: Image.Image, tmp_path
) -> None:
    from baocao.extract import load

    path = tmp_path / "scan.pdf"
    scanned_table.save(path, format="PDF", resolution=200)
    document = load(path)
    [table] = document.tables
    assert table.source == "ocr" and table.page == 1 and document.pages[0].ocr
    cells = [[c.text for c in row] for row in table.rows]
    assert same_cells(cells, TABLE)
    assert document.text[table.start : table.end].split("\n")[1] == "1 | Quang Trung | 19"
    assert document.text.index(ABOVE[:20]) < table.start < document.text.index("125,6")
    # Read again from the cache of page texts (OCR off): the table comes back from its rows.
    cache = {p.number: document.text[p.start : p.end] for p in document.pages}
    again = load(path, settings=ExtractSettings(ocr=False), page_cache=cache)
    assert again.text == document.text
    assert [[c.text for c in row] for row in again.tables[0].rows] == cells


def test_an_image_page_laid_out_from_blocks_renders_its_table() -> None:
    blocks = page_blocks(WORDS, [GRID])
    page = ocr.OcrPage(render_blocks(blocks), 91.0, blocks=blocks)
    source = Source(Path("scan.png"), "scan.png", b"", "0" * 64, Format.IMAGE)
    document = ocr.pages_to_builder([page]).build(source)
    assert document.text.split("\n")[:3] == ["Bảng 1.", "Xã | Số tiêu chí", "Quang Trung | 19"]
    assert document.pages[0].ocr_confidence == 91.0
    assert len(document.tables) == 1


# --- a cell's own ink -----------------------------------------------------------------------------

LETTER = 40  # px: a letter's height in the cells below


def cell_with(draw_content) -> np.ndarray:
    """A 120 × 400 px cell's ink (True) with ``draw_content(draw)`` drawn in it."""
    image = Image.new("L", (400, 120), 255)
    draw_content(ImageDraw.Draw(image))
    return np.asarray(image) < 128


def two_digits(draw: ImageDraw.ImageDraw) -> None:
    draw.rectangle([150, 40, 175, 80], fill=0)  # "1" and "7" as solid blocks
    draw.rectangle([185, 40, 215, 80], fill=0)
    draw.rectangle([220, 76, 225, 81], fill=0)  # a decimal point beside them


def test_a_bent_rules_remnant_along_the_cells_border_is_dropped() -> None:
    def content(draw: ImageDraw.ImageDraw) -> None:
        two_digits(draw)
        # what the straight erasing band left of a warped rule: a thin arc along the top
        draw.arc([-200, 0, 600, 60], start=180, end=360, fill=0, width=3)
        draw.line([(396, 10), (398, 110)], fill=0, width=3)  # and of a vertical one

    ink = cell_with(content)
    cleaned = scantables.clean_cell(ink, LETTER)
    assert (cleaned == cell_with(two_digits)).all()


def test_specks_away_from_the_letters_go_and_marks_beside_them_stay() -> None:
    def content(draw: ImageDraw.ImageDraw) -> None:
        two_digits(draw)
        draw.rectangle([30, 20, 33, 23], fill=0)  # dust far from the digits
        draw.rectangle([330, 95, 333, 98], fill=0)

    cleaned = scantables.clean_cell(cell_with(content), LETTER)
    assert (cleaned == cell_with(two_digits)).all()


def test_a_cell_of_specks_only_is_empty() -> None:
    def content(draw: ImageDraw.ImageDraw) -> None:
        draw.rectangle([60, 50, 63, 53], fill=0)
        draw.rectangle([250, 30, 252, 33], fill=0)

    assert not scantables.clean_cell(cell_with(content), LETTER).any()


def test_a_lone_flat_stroke_is_a_dash_and_a_letter_is_not() -> None:
    def dash(draw: ImageDraw.ImageDraw) -> None:
        draw.rectangle([180, 58, 196, 64], fill=0)

    def cross(draw: ImageDraw.ImageDraw) -> None:
        draw.line([(180, 45), (205, 75)], fill=0, width=5)
        draw.line([(180, 75), (205, 45)], fill=0, width=5)

    kept = scantables.clean_cell(cell_with(dash), LETTER)
    assert kept.any() and scantables.is_dash(kept, LETTER)
    assert not scantables.is_dash(scantables.clean_cell(cell_with(cross), LETTER), LETTER)
    assert not scantables.is_dash(cell_with(two_digits), LETTER)


def test_a_dash_cell_comes_back_as_a_dash_without_ocr() -> None:
    page = ruled_page()
    draw = ImageDraw.Draw(page)
    for x in range(200, 1400, 60):  # more "letters", so the page has a letter height
        draw.rectangle([x, 420, x + 25, 450], fill=0)
        draw.rectangle([x, 480, x + 25, 510], fill=0)
    draw.rectangle([790, 1016, 808, 1022], fill=0)  # a dash in row 2, column 2
    grids = find_grids(page)
    mosaic = scantables.cell_mosaic(scantables.erase_rules(page, grids), grids)
    assert mosaic is not None and mosaic.dashes == ((0, 1, 1),)
    assert [w.text for w in scantables.mosaic_words(mosaic, [])[(0, 1, 1)]] == ["-"]


def test_specks_read_at_a_cells_word_edges_are_stripped() -> None:
    cells = {
        (0, 0): [word(":X", 120, 520, (1, 1, 1))],
        (0, 1): [word("65.180.", 420, 520, (1, 1, 2)), word("¬", 500, 520, (1, 1, 2))],
        (1, 0): [word("'", 110, 620, (1, 1, 3)), word("3,8,", 150, 620, (1, 1, 3))],
        (1, 1): [word("~", 420, 620, (1, 1, 4))],
    }
    assert scantables.table_rows(GRID, [], cells) == (("X", "65.180"), ("3,8,", "-"))


def test_specks_read_as_words_leave_the_page() -> None:
    words = [*WORDS, Word("l", 300, 520, 3, 3, (2, 1, 1), 0.0)]
    assert scantables.drop_speck_words(words) == WORDS
