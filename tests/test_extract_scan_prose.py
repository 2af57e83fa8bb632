"""The running text of a scanned page with a ruled table: its lines are joined where the word
boxes show a wrap, by the same mechanism as a page without tables
(:func:`baocao.extract.scantables.prose_lines`), the text block's margins measured over the
whole page, and nothing joined across a table."""

from __future__ import annotations

from PIL import Image, ImageDraw

from baocao.extract import ocr, scantables
from baocao.extract.scantables import Grid, Word, page_blocks

PAGE_WIDTH = 2000
#: A ruled table of two rows and two columns between y = 900 and y = 1140.
GRID = Grid(
    200,
    900,
    1800,
    1140,
    (
        ((200, 900, 1000, 1020), (1000, 900, 1800, 1020)),
        ((200, 1020, 1000, 1140), (1000, 1020, 1800, 1140)),
    ),
)


def line(
    key: tuple[int, int, int], top: int, words: list[tuple[int, int, str]], height: int = 40
) -> list[Word]:
    """One Tesseract line: ``(left, width, text)`` words, ``height`` px tall at ``top``."""
    return [Word(text, left, top, width, height, key, 90.0) for left, width, text in words]


#: Above the table: two lines run to the right margin (x = 1900), the second cut before a
#: capitalised name in a paragraph Tesseract guessed; the name's line ends the paragraph short.
ABOVE = [
    *line((1, 1, 1), 100, [(100, 900, "Năm"), (1050, 850, "nay")]),
    *line((1, 1, 2), 160, [(100, 900, "huyện"), (1050, 850, "thị")]),
    *line((1, 2, 1), 220, [(100, 300, "Hòa"), (450, 500, "Bình.")]),
]
#: In the table's cells.
CELLS = [
    *line((2, 1, 1), 940, [(250, 200, "Xã"), (1050, 300, "Số")]),
    *line((2, 1, 2), 1060, [(250, 300, "Yên"), (560, 200, "Lạc"), (1050, 100, "19")]),
]
#: Below the table: one more line at the margin wraps before "Ban"; an indented line starts a
#: new paragraph.
BELOW = [
    *line((3, 1, 1), 1300, [(100, 900, "Trong"), (1050, 850, "đó")]),
    *line((3, 2, 1), 1360, [(100, 400, "Ban"), (550, 300, "chỉ")]),
    *line((3, 3, 1), 1420, [(300, 400, "Kinh"), (750, 300, "phí.")]),
]


def prose(blocks: tuple) -> list[tuple[str, ...]]:
    return [b.lines for b in blocks if not b.rows]


def test_prose_above_and_below_a_table_is_joined_where_the_boxes_show_a_wrap() -> None:
    blocks = page_blocks([*ABOVE, *CELLS, *BELOW], [GRID], page_width=PAGE_WIDTH)
    assert prose(blocks) == [
        ("Năm nay huyện thị Hòa Bình.",),
        ("Trong đó Ban chỉ", "", "Kinh phí."),
    ]
    [table] = [b.rows for b in blocks if b.rows]
    assert table == (("Xã", "Số"), ("Yên Lạc", "19"))


def test_a_stretch_too_short_for_margins_of_its_own_is_measured_by_the_page() -> None:
    # Above the table only two lines reach the margin (three are needed to see a text block):
    # the lines below the table show the page's margin.
    alone = page_blocks([*ABOVE, *CELLS], [GRID], page_width=PAGE_WIDTH)
    assert prose(alone) == [("Năm nay", "huyện thị", "", "Hòa Bình.")]
    whole = page_blocks([*ABOVE, *CELLS, *BELOW], [GRID], page_width=PAGE_WIDTH)
    assert prose(whole)[0] == ("Năm nay huyện thị Hòa Bình.",)


def test_no_line_is_joined_across_a_table() -> None:
    # The last line above the table runs to the margin and the first below starts at the left
    # edge: still two blocks, the table between them.
    above = [*ABOVE[:4], *line((1, 1, 3), 220, [(100, 900, "các"), (1050, 850, "xã")])]
    blocks = page_blocks([*above, *CELLS, *BELOW], [GRID], page_width=PAGE_WIDTH)
    assert [bool(b.rows) for b in blocks] == [False, True, False]
    assert blocks[0].lines == ("Năm nay huyện thị các xã",)
    assert blocks[2].lines[0].startswith("Trong đó")


def test_a_page_without_tables_and_the_same_lines_reads_alike() -> None:
    # One mechanism: the page Tesseract read without a table joins its lines the same way.
    [lines] = scantables.prose_lines([[*ABOVE, *BELOW]], PAGE_WIDTH)
    assert lines == ("Năm nay huyện thị Hòa Bình.", "", "Trong đó Ban chỉ", "", "Kinh phí.")


def tsv(words: list[Word], width: int, height: int) -> str:
    rows = [
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight"
        "\tconf\ttext",
        f"1\t1\t0\t0\t0\t0\t0\t0\t{width}\t{height}\t-1\t",
    ]
    for n, w in enumerate(words):
        block, par, ln = w.line
        rows.append(
            f"5\t1\t{block}\t{par}\t{ln}\t{n}\t{w.left}\t{w.top}\t{w.width}\t{w.height}\t90\t{w.text}"
        )
    return "\n".join(rows) + "\n"


def test_a_scanned_page_with_a_ruled_table_gets_the_joins(monkeypatch) -> None:
    # A page image built here: the table's rules drawn where GRID is; Tesseract's reading of
    # it stood in for by the TSV of the words above.
    image = Image.new("L", (PAGE_WIDTH, 2800), 255)
    draw = ImageDraw.Draw(image)
    for y in (900, 1020, 1140):
        draw.line([(200, y), (1800, y)], fill=0, width=3)
    for x in (200, 1000, 1800):
        draw.line([(x, 900), (x, 1140)], fill=0, width=3)
    page_tsv = tsv([*ABOVE, *CELLS, *BELOW], PAGE_WIDTH, 2800)

    def read(image: Image.Image, *, psm: int = ocr.PSM_AUTO, **_: object) -> str:
        return page_tsv if psm == ocr.PSM_AUTO else ""

    monkeypatch.setattr(ocr, "run_tesseract", read)
    page = ocr._read(image, binary="tesseract", language="vie", timeout=10)
    assert [b.rows for b in page.blocks if b.rows] == [(("Xã", "Số"), ("Yên Lạc", "19"))]
    assert page.text.split("\n") == [
        "Năm nay huyện thị Hòa Bình.",
        "Xã | Số",
        "Yên Lạc | 19",
        "Trong đó Ban chỉ",
        "",
        "Kinh phí.",
    ]
