"""Cleaning page images before OCR (baocao.extract.preprocess): seals dropped, uneven light
flattened, specks removed, small text enlarged, and the deskew that follows still finding the
angle; on pages of real Vietnamese type degraded the way scripts/make_bad_scans.py does."""

from __future__ import annotations

import sys
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from baocao.errors import SettingsError
from baocao.extract import preprocess
from baocao.extract.ocr import estimate_skew
from baocao.extract.preprocess import CleanSettings

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import make_bad_scans  # noqa: E402

LINES = [
    "Kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
    "Toàn huyện có 18/22 xã đạt chuẩn, đạt 81,8%; giai đoạn 2021-2025.",
    "Tổng kinh phí huy động là 125,6 tỷ đồng - ngân sách tỉnh 30,1 tỷ đồng.",
    "Xã Quang Trung đạt 19/19 tiêu chí, được công nhận đạt chuẩn năm 2020.",
]


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype("DejaVuSerif.ttf", size)


def text_page(size: int = 40, width: int = 2000, height: int = 1400) -> np.ndarray:
    """Lines of Vietnamese type (diacritics, hyphens, commas), black on white, RGB."""
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    y = 120
    for _ in range(3):
        for line in LINES:
            draw.text((100, y), line, fill="black", font=font(size))
            y += int(size * 1.6)
    return np.asarray(image)


def ink(grey: np.ndarray) -> np.ndarray:
    return grey < 128


# --- settings -----------------------------------------------------------------------------------


def test_bad_settings_fail_naming_the_setting() -> None:
    with pytest.raises(SettingsError, match="max_upscale must be >= 1"):
        CleanSettings(max_upscale=0.5)
    with pytest.raises(SettingsError, match="stamp_saturation must be 1–255"):
        CleanSettings(stamp_saturation=300)
    with pytest.raises(SettingsError, match="min_text_px must be > 0"):
        CleanSettings(min_text_px=0)


# --- seals --------------------------------------------------------------------------------------


@pytest.mark.parametrize("colour", ["red", "blue"])
def test_a_seal_over_text_goes_and_the_text_under_it_stays(colour: str) -> None:
    page = text_page()
    rng = np.random.default_rng(3)
    # The seal make_bad_scans presses, in the colour this test is about, over the type.
    mask = make_bad_scans.stamp_mask(220, rng)
    tint = np.array(make_bad_scans.STAMP_COLOURS[colour], np.float32) / 255
    y0, x0 = 150, 900
    h, w = mask.shape
    region = page[y0 : y0 + h, x0 : x0 + w].astype(np.float32)
    cover = mask[..., None]
    stamped = page.copy()
    stamped[y0 : y0 + h, x0 : x0 + w] = (region * (1 - cover + cover * tint)).astype(np.uint8)
    paper = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)[y0 : y0 + h, x0 : x0 + w] > 250
    seal_only = (mask > 0.5) & paper

    plain = cv2.cvtColor(stamped, cv2.COLOR_RGB2GRAY)[y0 : y0 + h, x0 : x0 + w]
    assert ink(plain)[seal_only].mean() > 0.2  # without cleaning much of the seal is ink

    cleaned = preprocess.drop_stamp(stamped)
    original = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
    assert ink(cleaned[y0 : y0 + h, x0 : x0 + w])[seal_only].mean() < 0.01
    # The type under the seal is as it was: every ink pixel of the page is still ink.
    text = ink(original)
    assert ink(cleaned)[text].mean() > 0.98


def test_a_page_without_colour_is_only_made_grey() -> None:
    page = text_page()
    assert np.array_equal(preprocess.drop_stamp(page), cv2.cvtColor(page, cv2.COLOR_RGB2GRAY))


# --- light --------------------------------------------------------------------------------------


def shaded(page: np.ndarray, darkest: float) -> np.ndarray:
    """Light falling from 100 % on the left to ``darkest`` on the right."""
    grey = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY).astype(np.float32)
    light = np.linspace(1.0, darkest, grey.shape[1], dtype=np.float32)[None, :]
    return np.clip(grey * light, 0, 255).astype(np.uint8)


def test_uneven_light_is_flattened_to_white_paper_and_dark_ink() -> None:
    page = text_page()
    text = ink(cv2.cvtColor(page, cv2.COLOR_RGB2GRAY))
    dim = shaded(page, 0.35)  # the right edge gets 35 % of the light: paper at ~89
    _, otsu = cv2.threshold(dim, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    assert otsu[~text].mean() > 0.2  # a global threshold reads the dim paper as ink

    flat = preprocess.flatten_illumination(dim)
    paper = flat[~text]
    assert np.percentile(paper, 5) > 200  # paper white from corner to corner
    _, otsu = cv2.threshold(flat, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    assert otsu[~text].mean() < 0.01
    assert otsu[text].mean() > 0.95


# --- specks -------------------------------------------------------------------------------------


def test_specks_between_lines_go_and_diacritics_stay() -> None:
    grey = cv2.cvtColor(text_page(), cv2.COLOR_RGB2GRAY)
    text = ink(grey)
    rng = np.random.default_rng(5)
    speckled = grey.copy()
    # 400 specks of 2–4 px in the margins and between the lines, away from the type.
    away = cv2.distanceTransform((~text).astype(np.uint8), cv2.DIST_L2, 3) > 35
    ys, xs = np.nonzero(away)
    for i in rng.choice(len(ys), 400, replace=False):
        s = int(rng.integers(2, 5))
        speckled[ys[i] : ys[i] + s, xs[i] : xs[i] + s] = 30
    specks = ink(speckled) & ~text

    cleaned = preprocess.remove_specks(speckled)
    assert ink(cleaned)[specks].mean() < 0.05
    # Every stroke of the type is kept, the tone marks, dots, commas and hyphens included.
    assert ink(cleaned)[text].mean() > 0.999


def test_dust_beside_a_digit_goes_and_the_marks_of_the_type_stay() -> None:
    # On a bad scan a dot left of "57" at mid-height made Tesseract read "97"; a full stop,
    # a decimal comma, a colon, a hyphen, quotation marks and the tone marks sit where no dust
    # is kept.
    image = Image.new("L", (1400, 800), 255)  # tall enough for its letters to be measured
    draw = ImageDraw.Draw(image)
    draw.text((100, 100), 'đạt 57/57 chỉ tiêu: 31,6% - "ổn định"', fill=0, font=font(40))
    grey = np.asarray(image).copy()
    text = ink(grey)
    start = 100 + round(draw.textlength("đạt ", font=font(40)))  # where the "5" is drawn
    x0 = start + int(np.nonzero(text[:, start:].any(axis=0))[0][0])  # its first ink
    rows = np.nonzero(text[:, x0 : x0 + 10].any(axis=1))[0]
    middle = (rows[0] + rows[-1]) // 2
    speckled = grey.copy()
    speckled[middle - 2 : middle + 2, x0 - 12 : x0 - 8] = 20  # dust just left of the "5"

    cleaned = preprocess.remove_specks(speckled)
    assert not ink(cleaned)[middle - 2 : middle + 2, x0 - 12 : x0 - 8].any()
    assert ink(cleaned)[text].mean() > 0.999


# --- size ---------------------------------------------------------------------------------------


def test_small_text_is_enlarged_and_text_of_a_good_size_is_not() -> None:
    small = cv2.cvtColor(text_page(size=16, width=900, height=640), cv2.COLOR_RGB2GRAY)
    height = preprocess.text_height(small)
    assert height is not None and height < preprocess.MIN_TEXT_PX
    bigger = preprocess.upscale_small_text(small)
    assert bigger.shape[0] > small.shape[0] * 1.4
    assert preprocess.text_height(bigger) == pytest.approx(preprocess.MIN_TEXT_PX, rel=0.2)

    good = cv2.cvtColor(text_page(size=40), cv2.COLOR_RGB2GRAY)
    assert preprocess.upscale_small_text(good) is good


# --- deskew after cleaning ----------------------------------------------------------------------


@pytest.mark.parametrize("angle", [-2.8, -1.2, 1.6, 2.9])
def test_the_skew_of_a_bad_scan_is_found_within_three_tenths_of_a_degree(angle: float) -> None:
    rng = np.random.default_rng(11)
    page = text_page()
    bad = make_bad_scans.rotate(page, angle)
    bad = make_bad_scans.uneven_light(bad, rng)
    bad = make_bad_scans.specks(cv2.GaussianBlur(bad, (0, 0), 1.0), rng)
    cleaned = preprocess.clean_page(bad)
    # estimate_skew returns the correction: the opposite of the angle the page was turned.
    assert estimate_skew(Image.fromarray(cleaned)) == pytest.approx(-angle, abs=0.3)
