"""Page images cleaned before OCR: what a bad scan adds, taken away with OpenCV.

The chain for one page (:func:`clean_page`), each step a function over a numpy array:

1. :func:`drop_stamp` — a red or blue seal over the signature: strongly saturated red/blue
   pixels are replaced by their brightest channel (a red seal is near white in the red
   channel), so the black text under the seal stays and the seal goes. Colour pages only.
2. :func:`flatten_illumination` — uneven light: the paper's brightness is estimated by a
   morphological closing (text removed, paper kept) on a reduced copy, smoothed, and the page
   divided by it, so the paper is white from corner to corner and the ink keeps its contrast.
3. :func:`remove_specks` — dust and toner specks: ink components much smaller than a letter
   (:func:`speck_mask`) painted as paper, unless they sit next to a letter where a mark sits
   (a tone mark or dot above or below it, a full stop or comma at its foot, a quotation mark
   at its head, a hyphen, a colon's pair); dust beside a digit at mid-height goes, since
   Tesseract reads it into the digit (``.57`` → ``97``).
4. :func:`upscale_small_text` — text whose letters are smaller than Tesseract reads best
   (cap height under ``min_text_px``) is enlarged, as if scanned at ~300 dpi.

Deskewing stays in :mod:`baocao.extract.ocr` (a projection-profile search, after cleaning);
binarisation is left to Tesseract (its Otsu on the flattened page read 0.973 of a bad scan's
characters, its Sauvola 0.943: ``bench/bench_ocr_quality.py --settings``). Dewarping is not
done: the slight warp of a page that did not lie flat stays within what Tesseract's line
finder follows.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import cv2
import numpy as np

from baocao.errors import SettingsError

#: Closing size for the paper estimate, as a share of the page width: wider than a letter's
#: stroke and a line's height (~1/40 of an A4 width for 13 pt type), narrow enough to follow
#: a shadow.
BACKGROUND_SHARE = 1 / 30
#: The paper estimate is computed on a copy reduced by this factor (cheap, and smoother).
BACKGROUND_REDUCE = 4
#: Saturation (0–255) above which a red or blue pixel is a seal's ink, not grey text.
STAMP_SATURATION = 70
#: How far (pixels at 300 dpi) round a seal's strongly coloured ink its pale rim reaches.
SEAL_FRINGE_PX = 6
#: An ink component smaller than this share of a letter's height, squared, may be a speck.
SPECK_SHARE = 0.3
#: Capital letters at least this tall (pixels) are read well by Tesseract (~300 dpi, 11 pt).
MIN_TEXT_PX = 28
#: Largest enlargement applied to small text.
MAX_UPSCALE = 2.5


@dataclass(frozen=True)
class CleanSettings:
    """How a page image is cleaned before OCR (see the module docstring for each step)."""

    stamps: bool = True
    flatten: bool = True
    despeckle: bool = True
    upscale: bool = True
    background_share: float = BACKGROUND_SHARE
    stamp_saturation: int = STAMP_SATURATION
    min_text_px: int = MIN_TEXT_PX
    max_upscale: float = MAX_UPSCALE

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, bool) and not value > 0:
                raise SettingsError(f"{f.name} must be > 0, got {value!r}")
        if not 0 < self.stamp_saturation < 256:
            raise SettingsError(f"stamp_saturation must be 1–255, got {self.stamp_saturation}")
        if self.max_upscale < 1:
            raise SettingsError(f"max_upscale must be >= 1, got {self.max_upscale}")


DEFAULT_CLEAN_SETTINGS = CleanSettings()


# --- colour -------------------------------------------------------------------------------------


def _seal_hue(hue: np.ndarray) -> np.ndarray:
    """A red (hue < 15° or > 160° in OpenCV's 0–180) or blue (95–135) hue."""
    return (hue <= 15) | (hue >= 160) | ((hue >= 95) & (hue <= 135))


def stamp_mask(rgb: np.ndarray, *, saturation: int = STAMP_SATURATION) -> np.ndarray:
    """True where a pixel is a red or blue seal's ink: strongly saturated, not dark, with a
    red (hue < 15° or > 160° in OpenCV's 0–180) or blue (95–135) hue; grown by a pixel to
    take the JPEG-smeared edges."""
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    hue, sat, val = hsv[..., 0], hsv[..., 1], hsv[..., 2]
    coloured = (sat >= saturation) & (val >= 60)
    red = (hue <= 15) | (hue >= 160)
    blue = (hue >= 95) & (hue <= 135)
    mask = (coloured & (red | blue)).astype(np.uint8)
    return cv2.dilate(mask, np.ones((3, 3), np.uint8)).astype(bool)


def drop_stamp(rgb: np.ndarray, *, saturation: int = STAMP_SATURATION) -> np.ndarray:
    """Greyscale of ``rgb`` with seal ink turned to paper: within :data:`SEAL_FRINGE_PX` of
    :func:`stamp_mask` each pixel takes its brightest channel (red ink is bright in red, blue
    in blue, black text dark in all three, paper and grey alike in all), raised by the ratio
    of the paper's level to the seal ink's (a seal's ink is a shade darker than the paper even
    in its own colour); elsewhere the usual luminance. The reach takes the seal's pale rim
    too: a scanner's blur and a JPEG's coarse colour edge each stroke of the seal with pixels
    too grey for the mask yet dark enough to be read as letters ("Tỷ lệ hộ, 110hb6 >- giảm"
    for "Tỷ lệ hộ nghèo giảm"), whose brightest channel is the paper's."""
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    # Most pages have no colour at all: a look at a reduced copy saves the full HSV pass.
    small = rgb[::8, ::8].astype(np.int16)
    if int((small.max(axis=2) - small.min(axis=2)).max()) < saturation // 2:
        return grey
    mask = stamp_mask(rgb, saturation=saturation)
    if not mask.any():
        return grey
    reach = np.ones((2 * SEAL_FRINGE_PX + 1,) * 2, np.uint8)
    near = cv2.dilate(mask.astype(np.uint8), reach).astype(bool)
    brightest = rgb.max(axis=2).astype(np.float32)
    # raised by the ratio of paper to seal ink, the seal's strokes are paper too (black type
    # under it stays dark)
    paper = float(np.percentile(grey[::4, ::4], 90))
    lift = max(1.0, paper / max(float(np.median(brightest[mask])), 1.0))
    return np.where(near, np.clip(brightest * lift, 0, 255), grey).astype(np.uint8)


# --- light --------------------------------------------------------------------------------------


def background(grey: np.ndarray, *, share: float = BACKGROUND_SHARE) -> np.ndarray:
    """The paper's brightness under the page: a closing (max then min filter) removes the
    dark text, computed at 1/``BACKGROUND_REDUCE`` size, blurred, and scaled back up."""
    height, width = grey.shape
    small = cv2.resize(
        grey,
        (max(1, width // BACKGROUND_REDUCE), max(1, height // BACKGROUND_REDUCE)),
        interpolation=cv2.INTER_AREA,
    )
    size = max(3, int(small.shape[1] * share) | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size))
    paper = cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel)
    paper = cv2.GaussianBlur(paper, (0, 0), sigmaX=size / 2)
    return cv2.resize(paper, (width, height), interpolation=cv2.INTER_LINEAR)


def flatten_illumination(grey: np.ndarray, *, share: float = BACKGROUND_SHARE) -> np.ndarray:
    """``grey`` divided by its :func:`background`: white paper everywhere, ink as dark
    relative to its paper as it was."""
    paper = background(grey, share=share).astype(np.float32)
    flat = grey.astype(np.float32) / np.maximum(paper, 1.0) * 255.0
    return np.clip(flat, 0, 255).astype(np.uint8)


# --- specks -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ink:
    """A page's ink (Otsu's threshold) as connected components: ``labels`` per pixel,
    ``stats`` per component (OpenCV's left, top, width, height, area; row 0 is the paper)."""

    labels: np.ndarray
    stats: np.ndarray

    @classmethod
    def of(cls, grey: np.ndarray) -> Ink:
        _, ink = cv2.threshold(grey, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
        _count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
        return cls(labels, stats)

    def letter_height(self, page_height: int) -> float | None:
        """The typical height (pixels) of the page's letters: the 75th percentile of the
        heights of components the size of a letter (specks and rules left out); None
        without text."""
        heights = self.stats[1:, cv2.CC_STAT_HEIGHT]
        widths = self.stats[1:, cv2.CC_STAT_WIDTH]
        letters = heights[(heights >= 6) & (heights <= page_height // 20) & (widths <= 4 * heights)]
        if letters.size < 20:
            return None
        return float(np.percentile(letters, 75))


def text_height(grey: np.ndarray) -> float | None:
    """The typical height (pixels) of the letters on ``grey`` (:meth:`Ink.letter_height`)."""
    return Ink.of(grey).letter_height(grey.shape[0])


def speck_mask(grey: np.ndarray, *, letter_px: float, ink: Ink | None = None) -> np.ndarray:
    """True on specks: ink components far smaller than a letter (area under
    (``SPECK_SHARE`` × ``letter_px``)²) with no larger ink within 0.7 letter heights. A
    diacritic, a hyphen or a full stop sits near its letters and is kept; dust between lines
    goes."""
    ink = ink or Ink.of(grey)
    areas = ink.stats[:, cv2.CC_STAT_AREA]
    if areas.size < 2:
        return np.zeros(grey.shape, bool)
    small = areas <= (SPECK_SHARE * letter_px) ** 2
    small[0] = False  # the paper
    is_small = small[ink.labels]
    large_ink = (ink.labels > 0) & ~is_small
    # Distance to the nearest larger ink: one linear-time transform, not a wide dilation.
    distance = cv2.distanceTransform((~large_ink).astype(np.uint8), cv2.DIST_L2, 3)
    near = distance <= 0.7 * letter_px
    kept = np.zeros(areas.size, bool)
    kept[np.unique(ink.labels[near & is_small])] = True
    kept &= _placed_like_a_mark(ink.stats, small, kept, letter_px)
    kept |= dot_rows(ink.stats, small, letter_px)
    return is_small & ~kept[ink.labels]


#: An ellipsis's dots: each this share of a letter's height across at most (a full stop is
#: some 0.2) and at least (dust a scanner makes is mostly smaller)
DOT_SIZE = (0.1, 0.35)
#: ... and the gaps between their centres at most this many letter heights, the same within
#: ``DOT_EVEN`` of one, their feet on one line within ``DOT_LEVEL``.
DOT_PITCH = 0.75
DOT_EVEN = 0.12
DOT_LEVEL = 0.1
#: Dots in a row that make an ellipsis ("...", or a leader "......").
DOT_RUN = 3


def dot_rows(stats: np.ndarray, small: np.ndarray, letter_px: float) -> np.ndarray:
    """True for the small components that are the dots of an ellipsis: :data:`DOT_RUN` or
    more of a full stop's size in a row, on one line, evenly spaced and alike in size. A
    "..." standing free (a teaser's end after a space, or a line of its own in a web digest)
    has no letter beside its last dots, so the speck filter would take it for dust; dust
    does not fall in even rows."""
    out = np.zeros(stats.shape[0], bool)
    width, height = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    side = np.maximum(width, height)
    dots = np.nonzero(
        small
        & (side >= DOT_SIZE[0] * letter_px)
        & (side <= DOT_SIZE[1] * letter_px)
        & (side <= 2 * np.minimum(width, height))
    )[0]
    if dots.size < DOT_RUN:
        return out
    cx = stats[dots, cv2.CC_STAT_LEFT] + width[dots] / 2
    foot = (stats[dots, cv2.CC_STAT_TOP] + height[dots]).astype(np.float64)
    area = stats[dots, cv2.CC_STAT_AREA].astype(np.float64)
    order = np.argsort(cx, kind="stable")
    cx, foot, area, dots = cx[order], foot[order], area[order], dots[order]
    pitch, level = DOT_PITCH * letter_px, DOT_LEVEL * letter_px

    def follower(i: int) -> int | None:
        """The next dot of ``i``'s row: the nearest to its right on its line, alike in size."""
        j = int(np.searchsorted(cx, cx[i], side="right"))
        stop = int(np.searchsorted(cx, cx[i] + pitch, side="right"))
        for k in range(j, stop):
            alike = area[k] <= 2.5 * area[i] and area[i] <= 2.5 * area[k]
            if abs(foot[k] - foot[i]) <= level and alike and cx[k] - cx[i] >= 0.15 * letter_px:
                return k
        return None

    nexts = [follower(i) for i in range(dots.size)]
    for start in range(dots.size):
        run = [start]
        while len(run) < DOT_RUN and (k := nexts[run[-1]]) is not None:
            run.append(k)
        # every DOT_RUN dots in a row evenly spaced: a longer row is covered by its windows
        gaps = np.diff(cx[run])
        if len(run) == DOT_RUN and float(gaps.max() - gaps.min()) <= DOT_EVEN * letter_px:
            out[dots[run]] = True
    return out


def _placed_like_a_mark(
    stats: np.ndarray, small: np.ndarray, candidates: np.ndarray, letter_px: float
) -> np.ndarray:
    """Of the small components near a letter, those placed as a mark is: above or below a
    letter it overlaps (a tone mark, a dot), at a letter's foot beside it (a full stop, a
    comma), at its head (a quotation mark, an apostrophe) or paired with another small mark
    straight above or below it (a colon). A dot beside a letter at mid-height (dust that
    Tesseract reads into ``.5`` → ``9``) is none of these."""
    out = np.ones(stats.shape[0], bool)
    index = np.nonzero(candidates)[0]
    if index.size == 0:
        return out
    left, top = stats[:, cv2.CC_STAT_LEFT].astype(np.float64), stats[:, cv2.CC_STAT_TOP]
    width, height = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    right, bottom = left + width, (top + height).astype(np.float64)
    top = top.astype(np.float64)
    # Letters by their size, not their ink: a thin "i", "l", "t" or "/" has little ink.
    large = np.nonzero(np.maximum(width, height) >= 0.4 * letter_px)[0]
    large = large[large > 0]  # not the paper
    reach = 0.7 * letter_px
    slack = 0.1 * letter_px
    for i in index:
        near = large[
            (left[large] - reach <= right[i])
            & (right[large] + reach >= left[i])
            & (top[large] - reach <= bottom[i])
            & (bottom[large] + reach >= top[i])
        ]
        if width[i] >= 1.8 * height[i]:
            continue  # flat: a hyphen, not dust
        overlaps = (left[near] - slack <= right[i]) & (right[near] + slack >= left[i])
        gap = 0.4 * letter_px  # a mark sits close above or below its letter
        rim = 0.25 * height[near]
        above = (bottom[i] <= top[near] + rim) & (top[near] - bottom[i] <= gap)
        below = (top[i] >= bottom[near] - rim) & (top[i] - bottom[near] <= gap)
        at_foot = (bottom[i] >= bottom[near] - 0.3 * height[near]) & (
            bottom[i] <= bottom[near] + gap
        )
        # A quotation mark or an apostrophe: upright, reaching the top of the letters beside
        # it (dust is round).
        upright = height[i] >= 1.5 * width[i]
        at_head = upright & (top[i] <= top[near] + slack) & (bottom[i] >= top[near] - gap)
        if np.any(overlaps & (above | below)) or np.any(at_foot | at_head):
            continue
        # A colon's other dot: the same size, straight above or below, apart from it.
        areas = stats[index, cv2.CC_STAT_AREA]
        centre = (left[index] + right[index]) / 2
        apart = np.maximum(top[index] - bottom[i], top[i] - bottom[index])
        partner = index[
            (index != i)
            & (np.abs(centre - (left[i] + right[i]) / 2) <= slack)
            & (apart > 0)
            & (apart <= 0.6 * letter_px)
            & (areas <= 4 * stats[i, cv2.CC_STAT_AREA])
            & (4 * areas >= stats[i, cv2.CC_STAT_AREA])
        ]
        out[i] = partner.size > 0
    return out


def remove_specks(
    grey: np.ndarray, *, letter_px: float | None = None, ink: Ink | None = None
) -> np.ndarray:
    """``grey`` with its :func:`speck_mask` painted as paper (the page's bright level); the
    letter height is measured (:meth:`Ink.letter_height`) unless given."""
    ink = ink or Ink.of(grey)
    letter_px = letter_px or ink.letter_height(grey.shape[0])
    if letter_px is None:
        return grey
    mask = speck_mask(grey, letter_px=letter_px, ink=ink)
    if not mask.any():
        return grey
    mask = cv2.dilate(mask.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)
    paper = int(np.percentile(grey[::4, ::4], 90))
    out = grey.copy()
    out[mask] = paper
    return out


# --- size ---------------------------------------------------------------------------------------


def upscale_small_text(
    grey: np.ndarray,
    *,
    min_text_px: int = MIN_TEXT_PX,
    max_factor: float = MAX_UPSCALE,
    letter_px: float | None = None,
) -> np.ndarray:
    """``grey`` enlarged (bicubic) so its letters are about ``min_text_px`` tall, at most
    ``max_factor`` times; unchanged when they already are (or there is no text)."""
    height = letter_px or text_height(grey)
    if height is None or height >= min_text_px:
        return grey
    factor = min(max_factor, min_text_px / height)
    size = (round(grey.shape[1] * factor), round(grey.shape[0] * factor))
    return cv2.resize(grey, size, interpolation=cv2.INTER_CUBIC)


# --- the chain ----------------------------------------------------------------------------------


def to_grey(pixels: np.ndarray, *, settings: CleanSettings = DEFAULT_CLEAN_SETTINGS) -> np.ndarray:
    """A page as 8-bit greyscale; a colour page loses its seals on the way
    (:func:`drop_stamp`) when ``settings.stamps``."""
    if pixels.ndim == 2:
        return pixels.astype(np.uint8)
    rgb = pixels[..., :3].astype(np.uint8)
    if settings.stamps:
        return drop_stamp(rgb, saturation=settings.stamp_saturation)
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)


def clean_page(
    pixels: np.ndarray, *, settings: CleanSettings = DEFAULT_CLEAN_SETTINGS
) -> np.ndarray:
    """A page image (greyscale or RGB array) → greyscale ready for deskewing and OCR."""
    grey = to_grey(pixels, settings=settings)
    if settings.flatten:
        grey = flatten_illumination(grey, share=settings.background_share)
    if not (settings.despeckle or settings.upscale):
        return grey
    ink = Ink.of(grey)  # one labelling serves both steps: specks do not change letter sizes
    letter_px = ink.letter_height(grey.shape[0])
    if letter_px is None:
        return grey
    if settings.despeckle:
        grey = remove_specks(grey, letter_px=letter_px, ink=ink)
    if settings.upscale:
        grey = upscale_small_text(
            grey,
            min_text_px=settings.min_text_px,
            max_factor=settings.max_upscale,
            letter_px=letter_px,
        )
    return grey
