"""Bad input: every failure is one line, "<file name>: <cause>", of the right error class.

The files are made by tests/badfiles.py in a temporary directory.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from badfiles import (
    PdfPageSpec,
    docx_bytes,
    encrypted_pdf,
    make_pdf,
    pdf_without_pages,
    png_bytes,
    random_bytes,
    zip_of_other_things,
)

from baocao.errors import (
    DocumentError,
    EmptyDocument,
    EncryptedPdf,
    FileTooLarge,
    FileVanished,
    NeedsOcr,
    ResourceLimit,
    UnknownEncoding,
    UnreadableFile,
)
from baocao.extract import load
from baocao.settings import DEFAULT_EXTRACT_SETTINGS, ExtractSettings

PAGE = PdfPageSpec(lines=["Báo cáo kết quả thực hiện chương trình nông thôn mới năm 2023."])


def write(directory: Path, name: str, data: bytes) -> Path:
    path = directory / name
    path.write_bytes(data)
    return path


def one_page_pdf(directory: Path) -> bytes:
    return make_pdf(directory / "src.pdf", [PAGE]).read_bytes()


def expect(path: Path, error: type[DocumentError], cause: str, **settings: int) -> None:
    chosen = dataclasses.replace(DEFAULT_EXTRACT_SETTINGS, **settings)
    with pytest.raises(error) as err:
        load(path, settings=chosen)
    assert str(err.value) == f"{path.name}: {cause}"
    assert err.value.document == path.name and err.value.cause == cause


def test_empty_file(tmp_path: Path) -> None:
    expect(write(tmp_path, "rong.pdf", b""), EmptyDocument, "empty file")


def test_pdf_with_no_pages(tmp_path: Path) -> None:
    expect(
        write(tmp_path, "khong-trang.pdf", pdf_without_pages()), EmptyDocument, "PDF has no pages"
    )


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = write(tmp_path, "mat.pdf", encrypted_pdf())
    expect(path, EncryptedPdf, "encrypted: needs a password")


def test_truncated_pdf(tmp_path: Path) -> None:
    data = one_page_pdf(tmp_path)
    path = write(tmp_path, "cut.pdf", data[: len(data) // 2])
    expect(path, UnreadableFile, "corrupt or truncated PDF (data format error)")


def test_pdf_without_a_text_layer_needs_ocr(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "scan.pdf", [PdfPageSpec(blank=True), PdfPageSpec(blank=True)])
    expect(path, NeedsOcr, "no text layer: needs OCR")


def test_pdf_over_the_page_limit(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "dai.pdf", [PAGE, PAGE, PAGE])
    expect(path, ResourceLimit, "3 pages is over the limit of 2 (max_pages)", max_pages=2)


def test_truncated_docx(tmp_path: Path) -> None:
    data = docx_bytes()
    path = write(tmp_path, "cut.docx", data[: len(data) // 2])
    expect(path, UnreadableFile, "truncated or corrupt .docx (zip cannot be read)")


def test_docx_that_is_a_zip_of_something_else(tmp_path: Path) -> None:
    path = write(tmp_path, "bao-cao.docx", zip_of_other_things())
    expect(path, UnreadableFile, "zip archive but not a Word document")


def test_text_in_no_known_encoding(tmp_path: Path) -> None:
    path = write(tmp_path, "rac.txt", random_bytes())
    expect(path, UnknownEncoding, "not text in any encoding we can detect")


def test_image_needs_ocr_when_ocr_is_off(tmp_path: Path) -> None:
    # Named .pdf on purpose: the bytes decide.
    path = write(tmp_path, "scan.pdf", png_bytes())
    with pytest.raises(NeedsOcr) as info:
        load(path, settings=ExtractSettings(ocr=False))
    assert str(info.value) == "scan.pdf: image: needs OCR, and OCR is off"


@pytest.mark.slow
def test_an_image_without_words_is_an_empty_document(tmp_path: Path) -> None:
    expect(write(tmp_path, "blank.png", png_bytes()), EmptyDocument, "no text")


def test_file_removed_between_listing_and_reading(tmp_path: Path) -> None:
    path = write(tmp_path, "bien-mat.txt", b"Bao cao")
    listed = sorted(tmp_path.iterdir())
    path.unlink()
    expect(listed[0], FileVanished, "file vanished before it was read")


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "lon.txt", b"x" * 4096)
    cause = "4 KiB is over the size limit of 1000 bytes (max_bytes)"
    expect(path, FileTooLarge, cause, max_bytes=1000)


def test_a_directory_is_not_a_document(tmp_path: Path) -> None:
    (tmp_path / "thu-muc.pdf").mkdir()
    expect(tmp_path / "thu-muc.pdf", UnreadableFile, "not a regular file (a folder)")
