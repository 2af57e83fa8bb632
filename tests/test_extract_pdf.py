"""Digital PDFs: text layer by page, ruled tables in place, pages covering the text."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from badfiles import PdfPageSpec, make_docx, make_pdf

from baocao.extract import load
from baocao.extract.pdf import LineBox, has_ruled_lines, line_wraps, usable_text_layer
from baocao.model import Format

ROWS = [["Xã", "Số tiêu chí đạt", "Tỷ lệ"], ["Hòa Bình", "19", "100%"], ["Tân Lập", "17", "89,5%"]]


def test_text_and_pages(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "bao-cao.pdf",
        [
            PdfPageSpec(lines=["BÁO CÁO", "Kết quả xây dựng nông thôn mới năm 2023"]),
            PdfPageSpec(lines=["Trang hai: xã Hòa Bình đạt 19/19 tiêu chí."]),
        ],
    )
    document = load(path)
    assert document.format is Format.PDF
    assert document.text == (
        "BÁO CÁO\nKết quả xây dựng nông thôn mới năm 2023\n"
        "Trang hai: xã Hòa Bình đạt 19/19 tiêu chí.\n"
    )
    first, second = document.pages
    assert (first.number, first.start, second.end) == (1, 0, len(document.text))
    assert first.end == second.start and not first.ocr
    assert document.page_number_at(document.text.index("Trang hai")) == 2


def test_line_repair_keeps_hyphens_and_rejoins_sentences(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "dong.pdf",
        [
            PdfPageSpec(
                lines=["Trong giai đoạn 2011-", "2015 huyện đã huy động,", "trong đó có ngân sách."]
            )
        ],
    )
    assert (
        load(path).text == "Trong giai đoạn 2011-2015 huyện đã huy động, trong đó có ngân sách.\n"
    )


# One justified-looking paragraph (its first three lines run to the same right edge), then two
# one-line paragraphs well short of it.
PARAGRAPHS = [
    "Năm 2023 xã Hòa Bình giữ vững 19/19 tiêu chí nông thôn mới, các thôn",
    "đều hoàn thành kế hoạch năm và được huyện khen thưởng kịp thời hơn.",
    "Tiến độ giải ngân đạt 109 triệu/217 triệu đồng vốn ngân sách tỉnh giao",
    "cho xã trong năm.",
    "Các thôn tiếp tục chỉnh trang nhà văn hóa theo kế hoạch của huyện.",
    "Xã đã huy động nhân dân hiến đất làm đường giao thông nông thôn mới.",
]


def test_a_sentence_ending_at_the_right_margin_continues_its_paragraph(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "doan.pdf", [PdfPageSpec(lines=PARAGRAPHS)])
    first = load(path).text.split("\n")[0]
    assert "khen thưởng kịp thời hơn. Tiến độ giải ngân đạt 109 triệu/217 triệu" in first
    assert first.endswith("ngân sách tỉnh giao cho xã trong năm.")


def test_a_line_stopping_short_of_the_right_margin_ends_its_paragraph(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "doan.pdf", [PdfPageSpec(lines=PARAGRAPHS)])
    assert load(path).text.split("\n")[1:] == [PARAGRAPHS[4], PARAGRAPHS[5], ""]


def test_list_items_and_headings_stay_on_their_own_lines_at_the_margin(tmp_path: Path) -> None:
    lines = [
        *PARAGRAPHS[:2],
        "- Vốn ngân sách tỉnh: 217 triệu đồng giao trong năm 2023;",
        "TIÊU CHÍ",
    ]
    path = make_pdf(tmp_path / "muc.pdf", [PdfPageSpec(lines=[*lines, *PARAGRAPHS[2:]])])
    text = load(path).text.split("\n")
    assert text[1:3] == [lines[2], "TIÊU CHÍ"]


def _box(left: float, right: float, baseline: float, first_word: float = 20.0) -> LineBox:
    return LineBox(left, right, baseline, baseline + 12.0, first_word)


@pytest.mark.parametrize(
    ("after", "wraps"),
    [
        (_box(56, 500, 686), True),  # full line, next line just below at the left edge
        (_box(56, 500, 660), False),  # a gap wider than the line spacing: a new paragraph
        (_box(90, 500, 686), False),  # a first-line indent: a new paragraph
        (_box(56, 500, 686, first_word=4.0), False),  # "Xã" would have fitted after it
    ],
)
def test_line_wraps_reads_margins_gaps_and_indents(after: LineBox, wraps: bool) -> None:
    boxes = [_box(56, 510, 720), _box(56, 490, 703), after, _box(56, 508, 669)]
    assert line_wraps(boxes, 595)[1] is wraps


def test_a_page_of_a_few_short_lines_has_no_margin_to_wrap_at() -> None:
    boxes = [_box(56, 300, 720), _box(56, 290, 703), _box(56, 250, 686)]
    assert line_wraps(boxes, 595) == (False, False, False)


def test_a_ruled_table_is_read_in_place_between_the_text_above_and_below(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "bang.pdf",
        [
            PdfPageSpec(lines=["Trang đầu không có bảng nào cả."]),
            PdfPageSpec(
                lines=["Kết quả theo xã như sau:", "Bảng 1.", "Nguồn: Văn phòng điều phối."],
                table=ROWS,
                table_after=2,
            ),
        ],
    )
    document = load(path)
    assert document.text.split("\n")[1:] == [
        "Kết quả theo xã như sau:",
        "Bảng 1.",
        "Xã | Số tiêu chí đạt | Tỷ lệ",
        "Hòa Bình | 19 | 100%",
        "Tân Lập | 17 | 89,5%",
        "Nguồn: Văn phòng điều phối.",
        "",
    ]
    (table,) = document.tables
    assert table.page == 2 and table.source == "pdf" and table.index == 0
    assert [[c.text for c in row] for row in table.rows] == ROWS
    for row in table.rows:
        for cell in row:
            assert document.text[cell.start : cell.end] == cell.text


def test_only_pages_with_strokes_are_table_candidates(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "net.pdf",
        [
            PdfPageSpec(lines=["Không có đường kẻ."]),
            PdfPageSpec(lines=["Một đường gạch chân."], extra_paths=1),
            PdfPageSpec(lines=["Có bảng."], table=ROWS, table_after=1),
        ],
    )
    pdf = pdfium.PdfDocument(str(path))
    try:
        assert [has_ruled_lines(pdf[i]) for i in range(3)] == [False, False, True]
    finally:
        pdf.close()


def test_a_page_without_text_is_left_empty_with_a_warning(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "tron.pdf",
        [PdfPageSpec(lines=["Trang có chữ đầy đủ nội dung."]), PdfPageSpec(blank=True)],
    )
    document = load(path)
    assert document.page_count == 2
    assert document.pages[1].start == document.pages[1].end == len(document.text)
    assert document.warnings == ("1 page(s) without a text layer left empty: 2",)


@pytest.mark.parametrize(
    ("text", "usable"),
    [
        ("Báo cáo kết quả năm 2023", True),
        ("  12  ", False),
        ("\ue001\ue002\ue003\ue004 ab cd ef gh ij kl", False),
    ],
)
def test_usable_text_layer(text: str, usable: bool) -> None:
    assert (usable_text_layer(text) is not None) is usable


def test_a_table_reads_the_same_in_text_docx_and_pdf(tmp_path: Path) -> None:
    pipe = "\n".join(" | ".join(row) for row in ROWS)
    (tmp_path / "bang.txt").write_text(f"Bảng kết quả.\n{pipe}\n", encoding="utf-8")
    make_docx(tmp_path / "bang.docx", ["Bảng kết quả."], [ROWS])
    make_pdf(
        tmp_path / "bang.pdf", [PdfPageSpec(lines=["Bảng kết quả."], table=ROWS, table_after=1)]
    )
    documents = [load(tmp_path / f"bang.{ext}") for ext in ("txt", "docx", "pdf")]
    texts = {d.text for d in documents}
    assert len(texts) == 1, texts
    renderings = {tuple(tuple(c.text for c in row) for row in d.tables[0].rows) for d in documents}
    assert renderings == {tuple(tuple(r) for r in ROWS)}


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_word_report_converted_by_libreoffice(tmp_path: Path) -> None:
    paragraphs = [f"Đoạn {i}: xã đạt {i % 19 + 1} tiêu chí trong năm 2023." for i in range(120)]
    make_docx(tmp_path / "dai.docx", paragraphs, [ROWS])
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "dai.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    document = load(tmp_path / "dai.pdf")
    assert document.page_count >= 2
    for paragraph in paragraphs:
        assert paragraph in document.text
    (table,) = document.tables
    assert [[c.text for c in row] for row in table.rows] == ROWS
    assert table.page == document.page_count


def _band(left: float, right: float, baseline: float, band: float, first_word: float) -> LineBox:
    return LineBox(left, right, baseline, baseline + band, first_word)


def test_a_word_processor_pitch_over_short_first_character_bands_still_wraps() -> None:
    # Bands of 10 points (a capital's), one of 13 (a line opening with "g"), lines 17-18
    # points apart and paragraphs 27 apart: the pitch is read against the page's tightest.
    boxes = [
        _band(80, 520, 700, 10, 30),
        _band(80, 512, 683, 10, 45),  # "… xã NTM: Tân Mỹ" / "Chánh (…": would not fit
        _band(80, 518, 665, 13, 30),  # opens with a descender
        _band(80, 300, 648, 10, 25),  # paragraph end
        _band(80, 521, 621, 10, 28),  # 27 below: the next paragraph
        _band(80, 400, 604, 10, 28),
    ]
    assert line_wraps(boxes, 595) == (True, True, True, False, True, False)
