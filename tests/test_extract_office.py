"""Old office files through LibreOffice: .doc, .rtf, .odt read like the .docx they convert to,
.xls like its .xlsx; the Document keeps the original's format, hash and size."""

from __future__ import annotations

import hashlib
import io
import subprocess
import tempfile
from pathlib import Path

import openpyxl
import pytest
from docx import Document as WordDocument

from baocao.errors import ConverterFailed, ConverterUnavailable
from baocao.extract import load, office
from baocao.extract.source import Source
from baocao.model import Format
from baocao.settings import ExtractSettings

pytestmark = pytest.mark.slow

REPORT_LINES = [
    "BÁO CÁO KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI NĂM 2020",
    "Toàn huyện có 18/22 xã đạt chuẩn nông thôn mới, đạt 81,8%.",
    "Tổng kinh phí huy động: 125,6 tỷ đồng.",
]
# TCVN3 of "Xã Quang Trung đạt 19/19 tiêu chí." as Windows-1252 shows its bytes.
TCVN3_LINE = "X\xb7 Quang Trung \xae\xb9t 19/19 ti\xaau ch\xdd."


def report_docx() -> bytes:
    doc = WordDocument()
    for line in REPORT_LINES:
        doc.add_paragraph(line)
    doc.add_paragraph().add_run(TCVN3_LINE).font.name = ".VnTime"
    table = doc.add_table(rows=2, cols=2)
    for r, row in enumerate([["Xã", "Số tiêu chí đạt"], ["Quang Trung", "19"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def report_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tiến độ"
    sheet.append(["Xã", "Số tiêu chí đạt", "Tỷ lệ"])
    sheet.append(["Quang Trung", 19, 1])
    sheet.append(["Hòa Bình", 15, 0.789])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def soffice_convert(data: bytes, src_ext: str, target: str) -> bytes:
    """Make an old-format fixture from a modern one, with the LibreOffice the tests exercise."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        infile = work / f"fixture.{src_ext}"
        infile.write_bytes(data)
        subprocess.run(
            [
                "soffice",
                "--headless",
                "--norestore",
                f"-env:UserInstallation={(work / 'profile').as_uri()}",
                "--convert-to",
                target,
                "--outdir",
                str(work),
                str(infile),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        return (work / f"fixture.{target.split(':')[0]}").read_bytes()


@pytest.fixture(scope="module")
def old_files() -> dict[Format, bytes]:
    # Through .odt: LibreOffice's .doc export drops the tables of python-docx files.
    odt = soffice_convert(report_docx(), "docx", "odt")
    return {
        Format.DOC: soffice_convert(odt, "odt", "doc:MS Word 97"),
        Format.RTF: soffice_convert(odt, "odt", "rtf"),
        Format.ODT: odt,
        Format.XLS: soffice_convert(report_xlsx(), "xlsx", "xls:MS Excel 97"),
    }


def source_for(data: bytes, fmt: Format) -> Source:
    name = f"bao-cao.{office.SOURCE_EXTENSIONS[fmt]}"
    return Source(
        path=Path(name),
        name=name,
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        format=fmt,
    )


LOADERS = {
    Format.DOC: office.load_doc,
    Format.RTF: office.load_rtf,
    Format.ODT: office.load_odt,
}


@pytest.mark.parametrize("fmt", list(LOADERS))
def test_word_processor_files_read_like_their_docx(old_files, fmt: Format) -> None:
    source = source_for(old_files[fmt], fmt)
    document = LOADERS[fmt](source, ExtractSettings())
    for line in REPORT_LINES:
        assert line in document.text
    assert "Quang Trung | 19" in document.text
    assert len(document.tables) == 1
    assert (document.format, document.name) == (fmt, source.name)
    assert (document.sha256, document.size_bytes) == (source.sha256, source.size_bytes)


def test_a_doc_in_vntime_keeps_its_font_through_the_conversion(old_files) -> None:
    # The converted .docx still names .VnTime, so the .docx loader can decode the run.
    docx_bytes = office.convert_with_libreoffice(old_files[Format.DOC], "doc", document="x.doc")
    doc = WordDocument(io.BytesIO(docx_bytes))
    fonts = {r.font.name for p in doc.paragraphs for r in p.runs if TCVN3_LINE[:5] in r.text}
    assert fonts == {".VnTime"}


def test_a_doc_is_loaded_by_its_bytes_with_its_legacy_runs_decoded(old_files, tmp_path) -> None:
    path = tmp_path / "bao-cao-cu.doc"
    path.write_bytes(old_files[Format.DOC])
    document = load(path)
    assert document.format is Format.DOC
    assert "Xã Quang Trung đạt 19/19 tiêu chí." in document.text


def test_an_xls_reads_like_its_xlsx(old_files) -> None:
    source = source_for(old_files[Format.XLS], Format.XLS)
    document = office.load_xls(source, ExtractSettings())
    assert "Quang Trung" in document.text and "Hòa Bình" in document.text
    assert document.tables and document.format is Format.XLS
    assert document.sha256 == source.sha256


def test_a_hung_conversion_is_killed_and_reported(old_files) -> None:
    with pytest.raises(ConverterFailed, match=r"^slow.doc: LibreOffice timed out after 0.01 s$"):
        office.convert_with_libreoffice(
            old_files[Format.DOC], "doc", document="slow.doc", timeout=0.01
        )


def test_garbage_fails_as_a_conversion_error() -> None:
    with pytest.raises(ConverterFailed, match=r"^junk.doc: LibreOffice"):
        office.convert_with_libreoffice(b"\xd0\xcf\x11\xe0 not ole", "doc", document="junk.doc")


def test_without_libreoffice_the_message_says_what_to_install(monkeypatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(ConverterUnavailable) as info:
        office.convert_with_libreoffice(b"{\\rtf1}", "rtf", document="a.rtf")
    assert str(info.value) == "a.rtf: LibreOffice (soffice) not found: install libreoffice-writer"
