"""scripts/make_corpus.py and scripts/make_seed_fixtures.py: one text becomes every format,
the same text always becomes the same bytes, and a rebuild only touches what changed."""

from __future__ import annotations

import io
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
    layouts = [
        f"layouts/{name}/xa-hai-phu.{ext}"
        for name in mc.LAYOUT_FORMATS
        for ext in ("docx", "pdf")
        if ext == "docx" or name in mc.LAYOUT_PDFS
    ]
    assert built == sorted(
        [
            "MANIFEST.json",
            "doc/xa-hai-phu.doc",
            "docx/xa-hai-phu.docx",
            "pdf/xa-hai-phu.pdf",
            "scan/xa-hai-phu.pdf",
            "tcvn3/xa-hai-phu.docx",
            *layouts,
        ]
    )
    layout = make_seed_fixtures.seed_layout(seeds, out)
    assert mc.build(layout, formats=make_seed_fixtures.SEED_FORMATS) == []


def test_seed_fixtures_refuse_an_empty_folder(tmp_path):
    assert make_seed_fixtures.main(["--seeds", str(tmp_path), "--out", str(tmp_path / "o")]) == 1


# -- table layouts ----------------------------------------------------------------------------

MONEY = """BÁO CÁO
Kết quả xây dựng nông thôn mới năm 2022

1. Tổng vốn huy động năm 2022: 3.000 triệu đồng, trong đó:
- Ngân sách tỉnh:
1.250 triệu đồng, chiếm 41,67%;
- Nhân dân đóng góp: 1.750 triệu đồng, chiếm 58,33% (chủ yếu làm đường).

2. Năm 2023 tổng kinh phí 9,5 tỷ đồng, gồm: ngân sách huyện 4 tỷ đồng; vốn tín dụng 5,5 tỷ đồng.

| Nguồn vốn | Số tiền (triệu đồng) | Tỷ lệ (%) |
| Tổng số | 900 | 100 |
| Ngân sách xã | 900 | 100 |

| Xã | Giao thông (TC 2) | Điện (TC 4) |
| Hải Phú | x | - |
"""


def test_money_is_found_as_a_list_an_enumeration_and_a_table():
    pieces = [p for p in mc.money_pieces(mc.text_to_blocks(MONEY)) if isinstance(p, mc.MoneyList)]
    assert [[(i.label, i.number, i.unit, i.share) for i in p.items] for p in pieces] == [
        [
            ("Ngân sách tỉnh", "1.250", "triệu đồng", "41,67"),
            ("Nhân dân đóng góp", "1.750", "triệu đồng", "58,33"),
        ],
        [("Ngân sách huyện", "4", "tỷ đồng", None), ("Vốn tín dụng", "5,5", "tỷ đồng", None)],
        [("Ngân sách xã", "900", "triệu đồng", "100")],
    ]
    assert [p.total.number if p.total else None for p in pieces] == ["3.000", "9,5", "900"]
    assert pieces[0].items[1].note == "(chủ yếu làm đường)"
    assert [p.total_row for p in pieces] == [False, False, True]


@pytest.mark.parametrize("name", mc.LAYOUT_FORMATS)
def test_every_layout_keeps_every_amount_share_and_criteria_cell(name):
    written = mc.laid_text(mc.layout_blocks(MONEY, name))
    for number in ("3.000", "1.250", "41,67", "1.750", "58,33", "9,5", "4", "5,5", "900"):
        assert number in written, (name, number)
    assert "Hải Phú" in written and "Điện (TC 4)" in written
    tables = [b for b in mc.layout_blocks(MONEY, name) if isinstance(b, mc.LaidTable)]
    assert (name == "list") == (len(tables) == 1)


def test_the_layouts_differ_in_column_order_units_totals_and_merges():
    def money_tables(name):
        blocks = mc.layout_blocks(MONEY, name)
        return [b for b in blocks if isinstance(b, mc.LaidTable) and "Hải Phú" not in str(b)]

    table = money_tables("table")[0]
    assert table.rows[0] == ("TT", "Nguồn vốn", "Số tiền (triệu đồng)", "Tỷ lệ (%)", "Ghi chú")
    assert table.rows[-1][1] == "Tổng cộng"
    permuted = money_tables("permuted")[0]
    assert permuted.rows[0][:3] == ("Tỷ lệ (%)", "Kinh phí", "Nguồn vốn")
    assert permuted.rows[1][:3] == ("", "3.000 triệu đồng", "Tổng số")
    merged = money_tables("merged")[0]
    assert merged.rows[2][2:4] == ("(triệu đồng)", "(%)") and merged.rows[3][0] == "Tổng cộng"
    assert (0, 2, 0, 3) in merged.merges
    blocks = mc.layout_blocks(MONEY, "landscape")
    assert mc.LANDSCAPE_BREAK in blocks
    after = blocks[blocks.index(mc.LANDSCAPE_BREAK) :]
    assert sum(isinstance(b, mc.LaidTable) for b in after) == 4
    assert mc.Paragraph("Đơn vị tính: triệu đồng") in after


def test_a_layout_docx_is_reproducible_with_merged_cells_and_a_landscape_appendix():
    import docx
    from docx.enum.section import WD_ORIENT

    data = mc.text_to_layout_docx(MONEY, "merged", title="t")
    assert data == mc.text_to_layout_docx(MONEY, "merged", title="t")
    assert b"gridSpan" in zipfile_document(data) and b"vMerge" in zipfile_document(data)
    landscape = docx.Document(io.BytesIO(mc.text_to_layout_docx(MONEY, "landscape", title="t")))
    assert [s.orientation for s in landscape.sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE]


def zipfile_document(data: bytes) -> bytes:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/document.xml")
