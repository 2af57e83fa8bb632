"""Digital PDFs: text layer by page, ruled tables in place, pages covering the text."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from badfiles import PdfPageSpec, make_docx, make_pdf

from baocao.extract import load
from baocao.extract.pdf import has_ruled_lines, usable_text_layer
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
