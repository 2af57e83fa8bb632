"""The OCR page cache is keyed by the OCR pipeline too: a page stored by another pipeline
(an older ``OCR_VERSION``, another Tesseract or other settings) is read again, one stored by
the same is reused, and a corrupt entry is ignored with a warning naming document and page."""

from __future__ import annotations

import hashlib
import io
import logging
from pathlib import Path

import pytest
from PIL import Image

from baocao import EXTRACTOR_VERSION
from baocao.extract import ocr
from baocao.extract.ocr import OcrPage, cached_pages, ocr_pipeline_version
from baocao.extract.pagecache import CachedPage
from baocao.extract.source import Source
from baocao.model import Document, Extraction, Format, Page, Report
from baocao.pipeline import ocr_page_cache
from baocao.settings import ExtractSettings
from baocao.store import open_store

SETTINGS = ExtractSettings()
NOW = ocr_pipeline_version(SETTINGS)
TEXT = "Xã Tân Phú đạt 19/19 tiêu chí."


def test_the_same_pipeline_hits_the_cache() -> None:
    found = cached_pages([1], {1: CachedPage(TEXT, NOW, 90.0)}, document="a.pdf", version=NOW)
    assert found == {1: OcrPage(TEXT, 90.0, version=NOW)}


def test_another_pipeline_misses_the_cache(caplog: pytest.LogCaptureFixture) -> None:
    cache = {1: CachedPage(TEXT, "2026.01.01-1 tesseract 5.3.0 -l vie"), 2: TEXT}
    with caplog.at_level(logging.INFO, logger="baocao.extract.ocr"):
        assert cached_pages([1, 2], cache, document="a.pdf", version=NOW) == {}
    assert "a.pdf: page(s) 1, 2 were read by an older OCR pipeline" in caplog.text


def test_with_ocr_off_a_stale_page_is_used_and_keeps_its_version() -> None:
    # Nothing can read it again: the old text beats none, and its old version makes the next
    # run with OCR read it again.
    found = cached_pages([1], {1: CachedPage(TEXT, "old")}, document="a.pdf")
    assert found[1].text == TEXT and found[1].version == "old"


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        (CachedPage(None, NOW), "its text is NoneType"),  # type: ignore[arg-type]
        (CachedPage("a\x00b", NOW), "NUL characters"),
        (CachedPage(TEXT, 2026), "its OCR version is int"),  # type: ignore[arg-type]
        (b"bytes", "not a page text (bytes)"),
        (("tuple", NOW), "not a page text (tuple)"),
    ],
)
def test_a_corrupt_entry_is_ignored_with_a_reason(
    entry: object, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    cache = {3: entry, 4: CachedPage(TEXT, NOW)}
    with caplog.at_level(logging.WARNING, logger="baocao.extract.ocr"):
        found = cached_pages([3, 4], cache, document="b.pdf", version=NOW)  # type: ignore[arg-type]
    assert list(found) == [4]
    assert "b.pdf (page 3): cached OCR page ignored: " in caplog.text
    assert reason in caplog.text


def test_the_version_names_the_pipeline_tesseract_and_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert NOW.startswith(ocr.OCR_VERSION + " ")
    assert "-l vie" in NOW and "--psm 3/6" in NOW and "300dpi" in NOW
    assert ocr_pipeline_version(ExtractSettings(ocr_language="vie+eng")) != NOW
    assert ocr_pipeline_version(ExtractSettings(ocr_dpi=200)) != NOW
    assert ocr_pipeline_version(ExtractSettings(ocr_clean=False)) != NOW
    assert ocr_pipeline_version(SETTINGS) == NOW  # stable within a process
    monkeypatch.setattr(ocr, "OCR_VERSION", "2099.01.01-1")
    assert ocr_pipeline_version(SETTINGS) != NOW


def test_a_failed_page_is_not_marked_read() -> None:
    pages = [OcrPage("read", 90.0), OcrPage("", None, "x (page 2): OCR took longer")]
    assert [p.version for p in ocr._versioned(pages, NOW)] == [NOW, None]


# --- the loader reads a stale page again, and only it ------------------------------------------


def _image_source() -> Source:
    buffer = io.BytesIO()
    Image.new("L", (200, 100), 255).save(
        buffer, format="TIFF", save_all=True, append_images=[Image.new("L", (200, 100), 255)]
    )
    data = buffer.getvalue()
    return Source(Path("s.tif"), "s.tif", data, hashlib.sha256(data).hexdigest(), Format.IMAGE)


def test_the_image_loader_reads_again_only_the_stale_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read: list[int] = []

    def fake_ocr(images, *, page_numbers, **_kwargs):
        read.extend(page_numbers)
        return [OcrPage(f"Trang mới {n}.", 95.0) for n in page_numbers]

    monkeypatch.setattr(ocr, "ocr_images", fake_ocr)
    cache = {1: CachedPage("Trang cũ 1.", NOW, 80.0), 2: CachedPage("Trang cũ 2.", "old")}
    document = ocr.load_image(_image_source(), SETTINGS, page_cache=cache)
    assert read == [2]
    assert "Trang cũ 1." in document.text and "Trang mới 2." in document.text
    assert [p.ocr_version for p in document.pages] == [NOW, NOW]
    assert [p.ocr_confidence for p in document.pages] == [80.0, 95.0]


# --- the store keeps the version with the page ------------------------------------------------


def test_the_store_keeps_each_pages_ocr_version(tmp_path: Path) -> None:
    text = "Trang một.\nTrang hai.\n"
    document = Document(
        path="/d/x.pdf",
        name="x.pdf",
        sha256="ab" * 32,
        format=Format.PDF,
        text=text,
        pages=(
            Page(1, 0, 11, ocr=True, ocr_confidence=88.0, ocr_version=NOW),
            Page(2, 11, len(text), ocr=True, ocr_confidence=None, ocr_version=None),
        ),
    )
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        store.save_extraction(
            Extraction(document, Report(), ()), extractor_version=EXTRACTOR_VERSION, path="/d/x.pdf"
        )
        cache = ocr_page_cache(store, "ab" * 32)
    assert cache == {1: CachedPage("Trang một.\n", NOW, 88.0), 2: CachedPage("Trang hai.\n")}
    assert list(cached_pages([1, 2], cache, document="x.pdf", version=NOW)) == [1]
