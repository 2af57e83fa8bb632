"""Formats are told from bytes, never from file names."""

from __future__ import annotations

import io
import zipfile

import pytest
from badfiles import docx_bytes, encrypted_pdf, png_bytes, zip_of_other_things

from baocao.errors import UnreadableFile, UnsupportedFormat
from baocao.extract.detect import OLE2_MAGIC, detect_format, is_image
from baocao.model import Format


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def ole2(*streams: str) -> bytes:
    return OLE2_MAGIC + b"\x00" * 504 + b"".join(s.encode("utf-16-le") for s in streams)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (encrypted_pdf(), Format.PDF),
        (b"\xef\xbb\xbfjunk\n%PDF-1.7\n", Format.PDF),
        (docx_bytes(), Format.DOCX),
        (zipped({"xl/workbook.xml": b"<workbook/>"}), Format.XLSX),
        (
            zipped({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b""}),
            Format.ODT,
        ),
        (ole2("Root Entry", "WordDocument"), Format.DOC),
        (ole2("Root Entry", "Workbook"), Format.XLS),
        (b"{\\rtf1\\ansi Bao cao}", Format.RTF),
        (png_bytes(), Format.IMAGE),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", Format.IMAGE),
        (b"II*\x00\x08\x00", Format.IMAGE),
        ("Báo cáo kết quả".encode(), Format.TEXT),
        (b"BM01 - Bieu mau bao cao", Format.TEXT),
    ],
)
def test_format_from_content(data: bytes, expected: Format) -> None:
    assert detect_format(data, "tai-lieu") is expected


def test_a_truncated_docx_is_still_recognised_as_one() -> None:
    # Its loader, not detection, reports the truncation.
    data = docx_bytes()
    assert detect_format(data[: len(data) // 2], "x.docx") is Format.DOCX


def test_a_zip_without_a_word_document_is_refused() -> None:
    with pytest.raises(UnreadableFile) as err:
        detect_format(zip_of_other_things(), "bao-cao.docx")
    assert str(err.value) == "bao-cao.docx: zip archive but not a Word document"


@pytest.mark.parametrize(
    ("data", "cause"),
    [
        (ole2("EncryptionInfo", "EncryptedPackage"), "encrypted Office document: needs a password"),
        (ole2("PowerPoint Document"), "OLE2 file that is neither a Word nor an Excel document"),
        (b"\x1f\x8b\x08\x00", "gzip archive: unpack it first"),
        (
            zipped({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}),
            "OpenDocument spreadsheet (.ods): not supported",
        ),
    ],
)
def test_unsupported_containers_say_what_they_are(data: bytes, cause: str) -> None:
    with pytest.raises(UnsupportedFormat) as err:
        detect_format(data, "f")
    assert err.value.cause == cause


def test_bmp_needs_its_reserved_zero_bytes() -> None:
    assert is_image(b"BM" + b"\x46\x00\x00\x00" + b"\x00" * 4 + b"\x36" + b"\x00" * 20)
    assert not is_image(b"BM la bieu mau so 1 cua bao cao nay")
