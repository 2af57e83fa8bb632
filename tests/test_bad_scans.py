"""Bad scans (scripts/make_bad_scans.py, corpus/badscan/): built reproducibly from a seed,
kept up to date, and read back by baocao — page cleaning included — nearly as well as
clean scans."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFont
from rapidfuzz.distance import Levenshtein

from baocao.evaluate import evaluate_files, render_evaluation
from baocao.extract import ocr
from baocao.settings import ExtractSettings

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
sys.path.insert(0, str(ROOT / "scripts"))

import make_bad_scans  # noqa: E402
import make_corpus  # noqa: E402

NAMES = sorted(p.stem for p in (CORPUS / "pdf").glob("*.pdf"))


def small_page() -> Image.Image:
    """One A6 page of type at 300 dpi."""
    image = Image.new("RGB", (1240, 1748), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("DejaVuSerif.ttf", 34)
    for i in range(20):
        draw.text((90, 100 + 70 * i), f"Xã đạt {i + 1}/19 tiêu chí, đạt {i * 5}%.", "black", font)
    return image


def small_pdf() -> bytes:
    out = io.BytesIO()
    small_page().save(out, "PDF", resolution=300.0)
    return out.getvalue()


def test_a_bad_scan_is_the_same_for_the_same_seed_and_differs_for_another() -> None:
    pdf = small_pdf()
    first = make_bad_scans.pdf_to_bad_scan(pdf, name="r", seed=1)
    assert make_bad_scans.pdf_to_bad_scan(pdf, name="r", seed=1) == first
    assert make_bad_scans.pdf_to_bad_scan(pdf, name="r", seed=2) != first
    document = pdfium.PdfDocument(first)
    try:
        assert len(document) == 1
        assert document[0].get_textpage().get_text_range().strip() == ""  # pictures only
        # The page keeps its size: the image's dpi is recorded.
        assert document[0].get_size() == pytest.approx((297.6, 419.5), abs=2)
    finally:
        document.close()


def test_the_seal_is_strongly_coloured() -> None:
    page = np.asarray(small_page())
    rng = np.random.default_rng(4)
    stamped, colour = make_bad_scans.press_stamp(page, rng)
    assert colour in make_bad_scans.STAMP_COLOURS
    spread = stamped.max(axis=2).astype(int) - stamped.min(axis=2)
    assert (spread > 80).sum() > 5_000  # a seal's worth of strongly coloured pixels


def test_the_corpus_bad_scans_are_up_to_date() -> None:
    assert make_bad_scans.check(CORPUS / "pdf", CORPUS / "badscan") == []
    assert sorted(p.stem for p in (CORPUS / "badscan").glob("*.pdf")) == NAMES
    size = sum(p.stat().st_size for p in (CORPUS / "badscan").glob("*.pdf"))
    assert size < 5_000_000  # the corpus stays small


def _accuracy(got: str, want: str) -> float:
    got, want = " ".join(got.split()), " ".join(want.split())
    return 1 - Levenshtein.distance(got, want) / len(want)


#: The report and page read in the OCR test: the first page of a commune report.
OCR_REPORT = "thanh-hoa-xa-xuan-lap-2023"


@pytest.mark.slow
def test_cleaning_the_page_makes_ocr_of_a_bad_scan_nearly_exact() -> None:
    """Measured on the first page (Tesseract 5.3, vie): 0.92 raw, 0.99 cleaned."""
    document = pdfium.PdfDocument(CORPUS / "badscan" / f"{OCR_REPORT}.pdf")
    try:
        image = ocr.render_page(document[0], 300, colour=True)
    finally:
        document.close()
    text = (CORPUS / "txt" / f"{OCR_REPORT}.txt").read_text(encoding="utf-8")
    truth = " ".join(make_corpus.blocks_to_text(make_corpus.text_to_blocks(text)).split())
    [raw] = ocr.ocr_images([image], clean=None, workers=1)
    [cleaned] = ocr.ocr_images([image], workers=1)
    # Compare each reading with the report's text up to where the page ends.
    want = truth[: len(" ".join(cleaned.text.split()))]
    assert _accuracy(cleaned.text, want) >= 0.97
    assert _accuracy(cleaned.text, want) >= _accuracy(raw.text, want) + 0.03


#: Measured on these bad scans (Tesseract 5.3, vie): 1.000 and 0.952 with page cleaning, cell
#: cleaning and the OCR number repairs (0.74 together before them, 0.45 without page
#: cleaning); see README, "Bad scans". The issue's bar for real reports is 0.80.
BAD_SCAN_REPORTS = ("thanh-hoa-xa-xuan-lap-2023", "nghe-an-tinh-nghe-an-2021")
MIN_BAD_SCAN_F1 = 0.90


@pytest.mark.slow
def test_bad_scans_of_corpus_reports_meet_the_bar() -> None:
    files = [CORPUS / "badscan" / f"{name}.pdf" for name in BAD_SCAN_REPORTS]
    # A loaded machine must not turn a slow page into an empty one.
    settings = ExtractSettings(isolate=False, ocr_timeout_s=900)

    ev = evaluate_files(CORPUS / "gold", files, settings=settings)
    assert ev.micro.f1 >= MIN_BAD_SCAN_F1, render_evaluation(ev)
