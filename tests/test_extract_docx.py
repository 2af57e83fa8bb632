"""Word .docx: body order, tables, runs and their fonts."""

from __future__ import annotations

import copy
from pathlib import Path

import docx
import pytest
from badfiles import make_docx
from docx.oxml.ns import qn
from docx.shared import Pt

from baocao.extract import docx as docx_loader
from baocao.extract import load, read_source
from baocao.model import Format
from baocao.settings import DEFAULT_EXTRACT_SETTINGS


def save(document: docx.document.Document, path: Path) -> Path:
    document.save(str(path))
    return path


def test_paragraphs_and_tables_come_in_body_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Kết quả theo xã:")
    table = document.add_table(rows=2, cols=2)
    for (i, j), text in {
        (0, 0): "Xã",
        (0, 1): "Số tiêu chí",
        (1, 0): "Hòa\nBình",
        (1, 1): "19",
    }.items():
        table.cell(i, j).text = text
    document.add_paragraph("Sau bảng là phần đánh giá.")
    loaded = load(save(document, tmp_path / "bao-cao.docx"))
    assert loaded.format is Format.DOCX and loaded.pages == ()
    assert loaded.text == (
        "Kết quả theo xã:\nXã | Số tiêu chí\nHòa Bình | 19\nSau bảng là phần đánh giá.\n"
    )
    (found,) = loaded.tables
    assert found.source == "docx" and found.page is None
    assert [[c.text for c in row] for row in found.rows] == [
        ["Xã", "Số tiêu chí"],
        ["Hòa Bình", "19"],
    ]
    for row in found.rows:
        for cell in row:
            assert loaded.text[cell.start : cell.end] == cell.text


def test_merged_cells_keep_columns_aligned(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Nguồn vốn (triệu đồng)"
    for j, text in enumerate(["Tỉnh", "Huyện", "Xã"]):
        table.cell(1, j).text = text
    table.cell(1, 2).merge(table.cell(2, 2))
    table.cell(2, 0).text = "120"
    table.cell(2, 1).text = "80"
    loaded = load(save(document, tmp_path / "gop.docx"))
    rows = [[c.text for c in row] for row in loaded.tables[0].rows]
    assert rows == [["Nguồn vốn (triệu đồng)", "", ""], ["Tỉnh", "Huyện", "Xã"], ["120", "80", ""]]


def test_nested_table_text_is_part_of_its_cell(tmp_path: Path) -> None:
    document = docx.Document()
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Xã An Hòa"
    inner = outer.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Đạt"
    inner.cell(0, 1).text = "19/19"
    loaded = load(save(document, tmp_path / "long.docx"))
    assert [[c.text for c in row] for row in loaded.tables[0].rows] == [["Xã An Hòa", "Đạt 19/19"]]


def test_broken_lines_and_split_labels_are_repaired_like_text(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "dong.docx",
        [
            "Kết quả xây dựng nông thôn mới trên địa bàn huyện Yên Lạc,",
            "tỉnh Vĩnh Phúc",
            "- Ngân sách tỉnh:",
            "",
            "  2.310,5 triệu đồng.",
        ],
    )
    assert load(path).text == (
        "Kết quả xây dựng nông thôn mới trên địa bàn huyện Yên Lạc, tỉnh Vĩnh Phúc\n"
        "- Ngân sách tỉnh: 2.310,5 triệu đồng.\n"
    )


def test_numbered_paragraphs_are_not_glued_to_the_one_before(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Các nội dung chính gồm")
    document.add_paragraph("rà soát quy hoạch chung", style="List Number")
    assert load(save(document, tmp_path / "so.docx")).text == (
        "Các nội dung chính gồm\nrà soát quy hoạch chung\n"
    )


def test_field_codes_and_deleted_text_are_not_text(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Trang ")
    run = paragraph.add_run()
    for tag, attrs, text in [
        ("w:fldChar", {"w:fldCharType": "begin"}, None),
        ("w:instrText", {}, " PAGE "),
        ("w:fldChar", {"w:fldCharType": "separate"}, None),
        ("w:t", {}, "3"),
        ("w:fldChar", {"w:fldCharType": "end"}, None),
    ]:
        element = run._r.makeelement(qn(tag), {qn(k): v for k, v in attrs.items()})
        element.text = text
        run._r.append(element)
    deleted = copy.deepcopy(run._r)
    deletion = paragraph._p.makeelement(qn("w:del"), {})
    deletion.append(deleted)
    paragraph._p.append(deletion)
    assert load(save(document, tmp_path / "truong.docx")).text == "Trang 3\n"


def test_each_run_reaches_run_text_with_its_font(tmp_path: Path) -> None:
    document = docx.Document()
    document.styles["Normal"].font.name = "Times New Roman"
    paragraph = document.add_paragraph()
    paragraph.add_run("Tæng sè").font.name = ".VnTime"
    paragraph.add_run(" và ")
    hansi = paragraph.add_run("Toång")
    rfonts = hansi._r.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:hAnsi"), "VNI-Times")
    hansi.font.size = Pt(13)
    source = read_source(save(document, tmp_path / "font.docx"))
    opened = docx_loader.open_docx(source, DEFAULT_EXTRACT_SETTINGS)
    fonts = docx_loader.Styles(opened.styles.element)
    (block,) = list(docx_loader.read_blocks(opened.element.body, fonts))
    assert [(r.text, r.font) for r in block.runs] == [
        ("Tæng sè", ".VnTime"),
        (" và ", "Times New Roman"),
        ("Toång", "VNI-Times"),
    ]


def test_run_text_is_the_seam_every_run_goes_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, str | None]] = []

    def spy(text: str, font_name: str | None, hint: object = None) -> str:
        seen.append((text, font_name))
        return text.upper()

    monkeypatch.setattr(docx_loader, "run_text", spy)
    document = docx.Document()
    document.add_paragraph().add_run("xã an hòa").font.name = ".VnTime"
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "ô bảng"
    loaded = load(save(document, tmp_path / "seam.docx"))
    assert ("xã an hòa", ".VnTime") in seen and any(t == "ô bảng" for t, _ in seen)
    assert loaded.text == "XÃ AN HÒA\nÔ BẢNG\n"


def test_legacy_runs_are_converted_through_the_seam(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("Tæng sè x· ®¹t chuÈn").font.name = ".VnTime"
    paragraph.add_run(" và xã mới")
    assert load(save(document, tmp_path / "cu.docx")).text == "Tổng số xã đạt chuẩn và xã mới\n"
