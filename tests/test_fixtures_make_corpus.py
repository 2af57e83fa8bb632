"""scripts/make_corpus.py and scripts/make_seed_fixtures.py: one text becomes every format,
the same text always becomes the same bytes, and a rebuild only touches what changed."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import make_corpus as mc  # noqa: E402
import make_seed_fixtures  # noqa: E402

REPORT = """ỦY BAN NHÂN DÂN
XÃ HẢI PHÚ

BÁO CÁO
Kết quả xây dựng nông thôn mới năm 2019

I. KẾT QUẢ THỰC HIỆN

Xã đạt 18/19 tiêu chí; còn lại 01 tiêu chí chưa đạt.

| Nguồn vốn | Số tiền (triệu đồng) | Tỷ lệ (%) |
| Ngân sách tỉnh | 1.250 | 41,67 |
| Nhân dân đóng góp | 1.750 | 58,33 |

Tiêu chí số 17 - Môi trường
Kết quả tự đánh giá: Chưa đạt.
"""

# Vietnamese letters, digits and the punctuation reports use; no pipes, no line breaks.
VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
)
LETTERS = VIETNAMESE + VIETNAMESE.upper() + "0123456789 .,:;()%/-≥≤"
line = st.text(alphabet=LETTERS, min_size=1, max_size=40).map(str.strip).filter(bool)
cell = st.text(alphabet=LETTERS, min_size=0, max_size=12).map(str.strip)


@st.composite
def report_text(draw) -> str:
    blocks = []
    for _ in range(draw(st.integers(1, 5))):
        if draw(st.booleans()):
            width = draw(st.integers(1, 4))
            rows = draw(
                st.lists(st.lists(cell, min_size=width, max_size=width), min_size=2, max_size=4)
            )
            blocks.append("\n".join("| " + " | ".join(r) + " |" for r in rows))
        else:
            blocks.append("\n".join(draw(st.lists(line, min_size=1, max_size=3))))
    return "\n\n".join(blocks) + "\n"


# -- text → blocks ----------------------------------------------------------------------------


def test_two_or_more_pipe_rows_make_a_table_and_one_stays_a_paragraph():
    blocks = mc.text_to_blocks("Mở đầu\n| a | b |\n| 1 | 2 |\nGiữa\n| lẻ |\nCuối\n")
    assert blocks == [
        mc.Paragraph("Mở đầu"),
        mc.Table((("a", "b"), ("1", "2"))),
        mc.Paragraph("Giữa"),
        mc.Paragraph("| lẻ |"),
        mc.Paragraph("Cuối"),
    ]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("BÁO CÁO", True),
        ("II. KẾT QUẢ THỰC HIỆN", True),
        ("1. Kết quả chung", True),
        ("Tiêu chí số 5 - Trường học", True),
        ("Bảng 1. Số tiêu chí đã đạt", True),
        ("1. Tổng nguồn vốn huy động năm 2023: 12.746.500.000 đồng, trong đó:", False),
        ("Tiêu chí số 2 - Giao thông: các tuyến đường được cứng hóa.", False),
        ("Tỷ lệ hộ nghèo còn 5,8%.", False),
    ],
)
def test_headings_are_titles_not_sentences(line, heading):
    assert mc.is_heading(line) is heading


def test_blocks_render_tables_as_cells_joined_by_pipes():
    assert mc.blocks_to_text(mc.text_to_blocks(REPORT)).splitlines()[6:8] == [
        "Nguồn vốn | Số tiền (triệu đồng) | Tỷ lệ (%)",
        "Ngân sách tỉnh | 1.250 | 41,67",
    ]


# -- Word, Excel ----------------------------------------------------------------------------


@settings(max_examples=15, deadline=None)
@given(report_text())
def test_the_docx_reads_back_as_the_text(text):
    assert mc.docx_plain_text(mc.text_to_docx(text, title="t")) == mc.blocks_to_text(
        mc.text_to_blocks(text)
    )


def test_the_same_text_makes_the_same_docx_bytes():
    assert mc.text_to_docx(REPORT, title="t") == mc.text_to_docx(REPORT, title="t")
    assert mc.text_to_docx(REPORT, title="t") != mc.text_to_docx(REPORT + "Thêm.\n", title="t")


def test_the_docx_uses_times_new_roman_bold_headings_and_bordered_tables():
    import docx

    document = docx.Document(__import__("io").BytesIO(mc.text_to_docx(REPORT, title="t")))
    assert document.styles["Normal"].font.name == "Times New Roman"
    assert [t.style.name for t in document.tables] == ["Table Grid"]
    bold = {p.text: p.runs[0].bold for p in document.paragraphs}
    assert bold["I. KẾT QUẢ THỰC HIỆN"] is True
    assert not bold["Xã đạt 18/19 tiêu chí; còn lại 01 tiêu chí chưa đạt."]


@settings(max_examples=50, deadline=None)
@given(line)
def test_tcvn3_runs_decode_back_to_the_text(text):
    from baocao.extract.legacy import decode_tcvn3

    runs = mc.tcvn3_runs(mc.Paragraph(text))
    assert {font for _, font in runs} <= {mc.TCVN3_FONT, mc.TCVN3_CAPS_FONT}
    decoded = "".join(decode_tcvn3(t, caps=font == mc.TCVN3_CAPS_FONT) for t, font in runs)
    assert decoded == text


def test_tcvn3_text_is_not_unicode_vietnamese():
    runs = mc.tcvn3_runs(mc.Paragraph("Tỷ lệ hộ nghèo còn 5,8%"))
    assert "ỷ" not in "".join(t for t, _ in runs)


def test_xlsx_holds_each_table_on_its_own_sheet_and_is_reproducible():
    import io

    from openpyxl import load_workbook

    tables = [b for b in mc.text_to_blocks(REPORT) if isinstance(b, mc.Table)]
    data = mc.tables_to_xlsx(tables, title="t")
    assert data == mc.tables_to_xlsx(tables, title="t")
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    assert [list(r) for r in sheet.iter_rows(values_only=True)][1] == [
        "Ngân sách tỉnh",
        "1.250",
        "41,67",
    ]


def test_table_gold_keeps_only_facts_quoted_from_table_rows():
    tables = [b for b in mc.text_to_blocks(REPORT) if isinstance(b, mc.Table)]
    gold = {
        "meta": {},
        "verdicts": [{"quote": "Kết quả tự đánh giá: Chưa đạt."}],
        "criteria_counts": [],
        "coverage": [],
        "funding": [{"quote": "Ngân sách tỉnh | 1.250 | 41,67"}],
        "percentages": [],
        "inconsistencies": [],
    }
    cut = mc.table_gold(gold, tables, "x")
    assert cut["verdicts"] == [] and cut["funding"] == gold["funding"]


# -- scans ------------------------------------------------------------------------------------


def test_a_degraded_page_is_black_and_white_tilted_and_seeded():
    from PIL import Image, ImageDraw

    page = Image.new("RGB", (400, 300), "white")
    ImageDraw.Draw(page).rectangle((50, 50, 350, 60), fill="black")
    first = mc.degrade_page(page, random.Random(7))
    assert first.mode == "1" and first.size == page.size
    assert first.tobytes() == mc.degrade_page(page, random.Random(7)).tobytes()
    # The bar is no longer level: its ends sit on different rows.
    dark = [(x, y) for y in range(300) for x in (60, 340) if first.getpixel((x, y)) == 0]
    rows_at = {x: {y for xx, y in dark if xx == x} for x in (60, 340)}
    assert rows_at[60] and rows_at[340] and rows_at[60] != rows_at[340]


def test_a_scan_has_the_pdfs_pages_and_no_text_layer():
    import pypdfium2 as pdfium

    pdf = (ROOT / "corpus" / "pdf" / "nghe-an-huyen-yen-thanh-2021.pdf").read_bytes()
    scan = mc.pdf_to_scan(pdf, name="x", dpi=72)
    assert scan == mc.pdf_to_scan(pdf, name="x", dpi=72)
    original, scanned = pdfium.PdfDocument(pdf), pdfium.PdfDocument(scan)
    try:
        assert len(scanned) == len(original)
        assert scanned[0].get_textpage().get_text_range().strip() == ""
    finally:
        original.close()
        scanned.close()


# -- the build ----------------------------------------------------------------------------


def _layout(tmp_path: Path, text: str = REPORT) -> mc.Layout:
    (tmp_path / "txt").mkdir()
    (tmp_path / "txt" / "xa-hai-phu.txt").write_text(text, encoding="utf-8")
    return mc.Layout(tmp_path / "txt", tmp_path / "out")


def test_a_rebuild_writes_nothing_until_the_text_changes(tmp_path):
    layout = _layout(tmp_path)
    layout.out_root.mkdir()
    formats = ("docx", "tcvn3")
    assert mc.build(layout, formats=formats) == ["docx/xa-hai-phu.docx", "tcvn3/xa-hai-phu.docx"]
    assert mc.build(layout, formats=formats) == []
    assert mc.check(layout, formats=formats) == []
    (layout.txt_dir / "xa-hai-phu.txt").write_text(REPORT + "Thêm.\n", encoding="utf-8")
    assert mc.check(layout, formats=formats) == [
        "xa-hai-phu: outputs were built from another version of the text"
    ]
    assert len(mc.build(layout, formats=formats)) == 2


def test_check_notices_an_output_edited_by_hand(tmp_path):
    layout = _layout(tmp_path)
    layout.out_root.mkdir()
    mc.build(layout, formats=("docx",))
    (layout.out_root / "docx" / "xa-hai-phu.docx").write_bytes(mc.text_to_docx("khác", title="t"))
    problems = mc.check(layout, formats=("docx",))
    assert problems == [
        "xa-hai-phu: docx is missing or changed since it was built",
        "xa-hai-phu: docx text differs from the txt",
    ]


@pytest.mark.slow
def test_libreoffice_makes_a_pdf_and_a_word_97_file_holding_the_numbers(tmp_path):
    import pypdfium2 as pdfium

    source = tmp_path / "xa-hai-phu.docx"
    source.write_bytes(mc.text_to_docx(REPORT, title="t"))
    (pdf,) = mc.soffice_convert([source], tmp_path / "pdf", "pdf")
    (doc,) = mc.soffice_convert([source], tmp_path / "doc", "doc")
    assert doc.read_bytes()[:4] == bytes.fromhex("D0CF11E0")
    document = pdfium.PdfDocument(pdf)
    try:
        squeezed = re.sub(r"\s+", "", "".join(p.get_textpage().get_text_range() for p in document))
    finally:
        document.close()
    for number in ("18/19", "1.250", "41,67", "58,33"):
        assert number in squeezed


@pytest.mark.slow
def test_seed_fixtures_are_built_outside_the_corpus_and_only_once(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "xa-hai-phu.txt").write_text(REPORT, encoding="utf-8")
    out = tmp_path / "build"
    assert make_seed_fixtures.main(["--seeds", str(seeds), "--out", str(out)]) == 0
    built = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.*"))
    assert built == [
        "MANIFEST.json",
        "doc/xa-hai-phu.doc",
        "docx/xa-hai-phu.docx",
        "pdf/xa-hai-phu.pdf",
        "scan/xa-hai-phu.pdf",
        "tcvn3/xa-hai-phu.docx",
    ]
    layout = make_seed_fixtures.seed_layout(seeds, out)
    assert mc.build(layout, formats=make_seed_fixtures.SEED_FORMATS) == []


def test_seed_fixtures_refuse_an_empty_folder(tmp_path):
    assert make_seed_fixtures.main(["--seeds", str(tmp_path), "--out", str(tmp_path / "o")]) == 1
