"""Scanned pages to text with Tesseract: images (PNG/JPEG/TIFF) and PDF pages without a usable
text layer.

The chain for one page: :func:`render_page` (pypdfium2, pixel count capped by
:func:`baocao.extract.limits.render_scale`; in colour, so seals can be told from text) →
:func:`prepare_image` (:mod:`baocao.extract.preprocess`: seal ink dropped, uneven light
flattened, specks filtered, small text enlarged) → :func:`deskew` (a projection-profile search for
slight rotations) → :func:`run_tesseract` (``tesseract … tsv``, single-threaded, killed on
timeout) → :func:`tsv_to_page` (lines and mean word confidence); a doubtful reading is retried
after :func:`turn_upright` (quarter turns from Tesseract's OSD) → layout normalisation in the
loader. Ruled tables are found in the deskewed image (:mod:`baocao.extract.scantables`), their
rules erased before Tesseract reads the page, and the words placed in the cells by their boxes:
the page becomes text above / table / text below, as a digital page does. :func:`ocr_images`
runs pages in parallel: each page is its own Tesseract process, ``workers`` at a time.

Already-read page texts can be passed in (``cache``/``page_cache``,
:class:`~baocao.extract.pagecache.CachedPage` by page number): a page found there, read by the
current OCR pipeline (:func:`ocr_pipeline_version`), is not OCRed again; one read by another
is read again, so a change to the OCR text path reaches stored documents. A cached page keeps
its tables as pipe rows (" | "), read back as tables by
:func:`baocao.extract.text.lines_to_blocks`.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import logging
import os
import re
import shutil
import subprocess
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from baocao.errors import NeedsOcr, OcrUnavailable, ResourceLimit, UnreadableFile
from baocao.extract import ocrmarks, scantables
from baocao.extract.builder import TextBuilder
from baocao.extract.layout import clean_chars, normalise_lines
from baocao.extract.legacy import convert_text, is_syllable, vietnamese_score
from baocao.extract.limits import DEFAULT_MAX_PAGE_PIXELS, render_scale, report_pages
from baocao.extract.ocrtext import repair_ocr_text
from baocao.extract.pagecache import CachedPage
from baocao.extract.preprocess import DEFAULT_CLEAN_SETTINGS, CleanSettings, clean_page
from baocao.extract.source import Source
from baocao.extract.text import Block, lines_to_blocks
from baocao.model import Document
from baocao.settings import DEFAULT_OCR_TIMEOUT_S, ExtractSettings

if TYPE_CHECKING:
    from baocao.extract.ocrplaces import PlaceSpeller

logger = logging.getLogger(__name__)

INSTALL_HINT = "install tesseract-ocr and tesseract-ocr-vie"
#: The OCR text path's version: bump it whenever what a page's stored text would be changes
#: for the same image (cleaning in ``preprocess``, ``scantables``, :func:`tsv_to_page`'s line
#: joins, the repairs of ``ocrtext`` and ``ocrdates``, the spelling of ``ocrplaces``,
#: :func:`add_page`), so stored OCR pages are read again rather than kept with their old
#: text. Tesseract's own version and the settings are part of :func:`ocr_pipeline_version`
#: already.
OCR_VERSION = "2026.12.14-1"
#: Tesseract page segmentation: 3 = automatic layout without OSD (we turn pages ourselves).
PSM_AUTO = 3
#: 6 = one uniform block of text: the stacked cells of a table (see scantables.cell_mosaic).
PSM_BLOCK = 6
#: Runs of Tesseract on one image before its failure is believed.
TESSERACT_ATTEMPTS = 2
#: Largest slight rotation searched for, in degrees, and the search steps.
MAX_SKEW_DEG = 3.0
_COARSE_STEP = 0.5
_FINE_STEP = 0.1
#: Width the skew search works at: enough for text lines, cheap to rotate many times.
_SKEW_WIDTH = 800


@dataclass(frozen=True)
class OcrPage:
    """One page's OCR result: ``text`` (lines, blank line between paragraphs; a ruled table's
    rows as cells joined by ``" | "``) and Tesseract's mean word ``confidence`` (0–100; None
    when no word was read or it came from a cache). ``blocks``: the page as prose and tables
    when ruled tables were found (else empty: the text is all there is). ``version``: the OCR
    pipeline that read it (:func:`ocr_pipeline_version`), stored with the page; None when
    unknown or the page failed (it is then read again next time)."""

    text: str
    confidence: float | None
    warning: str | None = None
    blocks: tuple[Block, ...] = ()
    version: str | None = None


# --- is OCR needed? -------------------------------------------------------------------------

_CID = re.compile(r"\(cid:\d+\)")
_WORD = re.compile(r"[^\W\d_]+")


def page_needs_ocr(text: str) -> bool:
    """True when a PDF page's text layer is not worth keeping: (almost) no text, or text that is
    clearly not Vietnamese — the glyph codes of a font without a ToUnicode map, private-use
    characters, ``(cid:NN)`` debris. Legacy TCVN3/VNI text layers count as usable: the caller
    converts them with :func:`baocao.extract.legacy.convert_text`.
    """
    visible = [ch for ch in text if not ch.isspace()]
    if len(visible) < 10:
        return True
    junk = sum(_is_junk_char(ch) for ch in visible) + 5 * len(_CID.findall(text))
    if junk / len(visible) > 0.05:
        return True
    converted, _encoding = convert_text(text)
    words = _WORD.findall(converted)
    if not words:
        return sum(ch.isdigit() for ch in visible) < 10  # a page of figures is text too
    # Abbreviations (UBND, NTM) and names make some words fail; garbage makes most fail.
    plausible = sum(_plausible_word(w) for w in words)
    return plausible / len(words) < 0.5


def _is_junk_char(ch: str) -> bool:
    code = ord(ch)
    return (
        0xE000 <= code <= 0xF8FF  # private use: glyph ids of subset fonts
        or ch == "\ufffd"
        or (code < 0x20 and ch not in "\t\n\r")
    )


def _plausible_word(word: str) -> bool:
    return (
        word.isdigit() or vietnamese_score(word) > 0 or (word.isascii() and _ascii_syllable(word))
    )


def _ascii_syllable(word: str) -> bool:
    # vietnamese_score ignores ASCII words; judge them by syllable shape ("trong", "thon").
    return word.isupper() or is_syllable(word)


# --- Tesseract ------------------------------------------------------------------------------


def tesseract_path() -> str | None:
    return shutil.which("tesseract")


@functools.cache
def _languages(binary: str) -> frozenset[str]:
    try:
        out = subprocess.run(
            [binary, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    lines = (out.stdout + out.stderr).splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and " " not in line.strip())


@functools.cache
def tesseract_version(binary: str | None) -> str:
    """``tesseract --version``'s first line ("tesseract 5.3.0"), once per process; "none"
    without a binary, "unknown" when it cannot be asked."""
    if binary is None:
        return "none"
    try:
        out = subprocess.run(
            [binary, "--version"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    lines = (out.stdout + out.stderr).strip().splitlines()
    return lines[0].strip() if lines else "unknown"


def ocr_pipeline_version(settings: ExtractSettings) -> str:
    """What a stored OCR page is keyed by besides its document and number: :data:`OCR_VERSION`,
    Tesseract's version, and the settings that change what is read (language, page
    segmentation, resolution, cleaning). A stored page read by another is read again."""
    return " ".join(
        (
            OCR_VERSION,
            tesseract_version(tesseract_path()),
            f"-l {settings.ocr_language}",
            f"--psm {PSM_AUTO}/{PSM_BLOCK}",
            f"{settings.ocr_dpi}dpi",
            "clean" if settings.ocr_clean else "raw",
        )
    )


def check_tesseract(language: str, *, document: str) -> str:
    """The tesseract binary, after checking it has every language in ``language`` ("vie",
    "vie+eng"); else :class:`OcrUnavailable` naming what to install."""
    binary = tesseract_path()
    if binary is None:
        raise OcrUnavailable(document, f"Tesseract not found: {INSTALL_HINT}")
    available = _languages(binary)
    for lang in language.split("+"):
        if lang not in available:
            raise OcrUnavailable(
                document, f"Tesseract has no '{lang}' language data: install tesseract-ocr-{lang}"
            )
    return binary


def _env() -> dict[str, str]:
    # One thread per Tesseract: parallelism comes from running pages side by side.
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def _pnm(image: Image.Image) -> bytes:
    # Uncompressed: PNG-compressing a noisy 300 dpi scan costs about a second per page.
    buffer = io.BytesIO()
    image.convert("L").save(buffer, format="PPM")
    return buffer.getvalue()


def run_tesseract(
    image: Image.Image,
    *,
    binary: str,
    language: str,
    timeout: float,
    psm: int = PSM_AUTO,
    config: Sequence[str] = (),
) -> str:
    """Tesseract's TSV for ``image``; raises ``subprocess.TimeoutExpired`` (process killed).
    ``config``: more options for Tesseract (``("-c", "preserve_interword_spaces=1")``).
    A run that fails is run once more before :class:`subprocess.CalledProcessError` is
    raised: Tesseract 5.3 on a loaded machine now and then exits non-zero on a page it reads
    the next time, and a failed page is left empty (every fact on it lost)."""
    data = _pnm(image)
    for attempt in range(TESSERACT_ATTEMPTS):
        out = subprocess.run(
            [binary, "stdin", "stdout", "-l", language, "--psm", str(psm), *config, "tsv"],
            input=data,
            capture_output=True,
            timeout=timeout,
            env=_env(),
            check=False,
        )
        if out.returncode == 0:
            return out.stdout.decode("utf-8", "replace")
        if attempt + 1 < TESSERACT_ATTEMPTS:
            logger.info("Tesseract exited with %d; reading the page again", out.returncode)
    raise subprocess.CalledProcessError(out.returncode, out.args, out.stdout, out.stderr)


def tsv_to_page(tsv: str, marks: ocrmarks.PageMarks = ocrmarks.NO_MARKS) -> OcrPage:
    """Lines of words in Tesseract's reading order, a blank line between paragraphs, and the
    mean confidence of the words read (specks read as words left out:
    :func:`scantables.drop_speck_words <baocao.extract.scantables.drop_speck_words>`). A line
    the word boxes show wrapping into the next is joined to it here
    (:func:`scantables.prose_lines <baocao.extract.scantables.prose_lines>`, the same joins
    the prose around a ruled table gets): a sentence a line break cut after "xã" before
    "Quảng Tiến" is one line, in the text a page cache keeps too. ``marks``: the bullets
    and rows of dots seen on the page (:func:`ocrmarks.find_marks
    <baocao.extract.ocrmarks.find_marks>`), written back where Tesseract lost them."""
    words = _page_words(tsv, marks)
    confidences = [w.confidence for w in words if w.confidence is not None and w.confidence >= 0]
    confidence = round(sum(confidences) / len(confidences), 2) if confidences else None
    [lines] = scantables.prose_lines([words], scantables.tsv_page_width(tsv))
    return OcrPage("\n".join(lines), confidence)


def _page_words(tsv: str, marks: ocrmarks.PageMarks) -> list[scantables.Word]:
    """The TSV's words, specks read as words left out, bullets and ellipses given back."""
    words = scantables.drop_speck_words(scantables.tsv_words(tsv))
    return ocrmarks.place_marks(words, marks)


# --- turning and deskewing ------------------------------------------------------------------

_ROTATE = re.compile(r"^Rotate:\s*(\d+)", re.MULTILINE)
_ORIENT_CONF = re.compile(r"^Orientation confidence:\s*([\d.]+)", re.MULTILINE)


def detect_rotation(image: Image.Image, *, binary: str, timeout: float) -> int:
    """Degrees (0, 90, 180, 270) to turn ``image`` clockwise so its text is upright, from
    Tesseract's orientation detection (``--psm 0``); 0 when OSD cannot tell."""
    try:
        out = subprocess.run(
            [binary, "stdin", "stdout", "--psm", "0", "-l", "osd"],
            input=_pnm(_fit_width(image, 1600)),
            capture_output=True,
            timeout=timeout,
            env=_env(),
            check=False,
        )
    except subprocess.TimeoutExpired:
        return 0
    report = out.stdout.decode("utf-8", "replace")
    rotate = _ROTATE.search(report)
    confidence = _ORIENT_CONF.search(report)
    if not rotate or (confidence and float(confidence.group(1)) < 1.0):
        return 0
    return int(rotate.group(1)) % 360


def _fit_width(image: Image.Image, width: int) -> Image.Image:
    if image.width <= width:
        return image
    height = max(1, round(image.height * width / image.width))
    return image.resize((width, height), Image.Resampling.BILINEAR)


def _binarise(image: Image.Image) -> np.ndarray:
    """Ink as 1, paper as 0, at a threshold halfway between the image's dark and light."""
    pixels = np.asarray(image.convert("L"), dtype=np.float32)
    low, high = np.percentile(pixels, [5, 95])
    return (pixels < (low + high) / 2).astype(np.float32)


def _profile_sharpness(ink: Image.Image, angle: float) -> float:
    rotated = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0))
    rows = rotated.sum(axis=1, dtype=np.float64)
    # Text lines aligned with the rows make the row profile peaky.
    return float(np.sum(np.diff(rows) ** 2))


def estimate_skew(image: Image.Image, *, max_deg: float = MAX_SKEW_DEG) -> float:
    """The small angle (degrees, counter-clockwise positive as in PIL) that levels the text
    lines, from a coarse-then-fine search over ±``max_deg``; 0.0 for a blank page."""
    small = _fit_width(image, _SKEW_WIDTH)
    ink_array = _binarise(small)
    if ink_array.sum() < 50:
        return 0.0
    ink = Image.fromarray((ink_array * 255).astype(np.uint8))
    coarse = np.arange(-max_deg, max_deg + 1e-9, _COARSE_STEP)
    best = max(coarse, key=lambda a: _profile_sharpness(ink, float(a)))
    fine = np.arange(best - _COARSE_STEP, best + _COARSE_STEP + 1e-9, _FINE_STEP)
    best = max(fine, key=lambda a: _profile_sharpness(ink, float(a)))
    return round(float(best), 2)


def deskew(image: Image.Image) -> tuple[Image.Image, float]:
    """``image`` (greyscale) with its slight rotation removed, and the angle applied."""
    skew = estimate_skew(image)
    if abs(skew) < _FINE_STEP:
        return image, 0.0
    return image.rotate(skew, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255), skew


def turn_upright(image: Image.Image, *, binary: str, timeout: float) -> tuple[Image.Image, int]:
    """``image`` turned by the quarter turns OSD asks for, and those degrees (0: unchanged)."""
    turn = detect_rotation(image, binary=binary, timeout=timeout)
    # OSD's "Rotate: N" is clockwise; PIL rotates counter-clockwise.
    return (image.rotate(-turn, expand=True), turn) if turn else (image, 0)


#: Below this mean confidence an upright reading is doubted and OSD asked for a turn.
DOUBTFUL_CONFIDENCE = 70.0


# --- pages in parallel ----------------------------------------------------------------------


def prepare_image(image: Image.Image, clean: CleanSettings | None) -> Image.Image:
    """The greyscale page Tesseract is given: cleaned by :func:`preprocess.clean_page
    <baocao.extract.preprocess.clean_page>` (from colour when the image has it), or merely
    made grey when ``clean`` is None."""
    if clean is None:
        return image.convert("L")
    colour = image.mode not in ("1", "L", "LA", "I", "I;16", "F")
    pixels = np.asarray(image.convert("RGB") if colour else image.convert("L"))
    return Image.fromarray(clean_page(pixels, settings=clean))


def ocr_image(
    image: Image.Image,
    *,
    binary: str,
    language: str,
    timeout: float,
    label: str,
    clean: CleanSettings | None = DEFAULT_CLEAN_SETTINGS,
) -> OcrPage:
    """One page: clean (:func:`prepare_image`), deskew and OCR; when the reading is doubtful,
    ask OSD for a quarter turn and read the turned page too, keeping the better. A timeout
    yields an empty page and a warning.
    """
    try:
        page = prepare_image(image, clean)

        def cleaned_turned(turn: int) -> Image.Image:
            # Cleaning tells a mark from dust by where it sits beside its letter, which only
            # holds on an upright page: a turned page is cleaned again from the scan.
            return prepare_image(image.rotate(-turn, expand=True), clean)

        return _read_best(
            page, binary=binary, language=language, timeout=timeout, reclean=cleaned_turned
        )
    except subprocess.TimeoutExpired:
        warning = f"{label}: OCR took longer than {timeout:g} s; page left empty"
    except subprocess.CalledProcessError as e:
        detail = e.stderr.decode("utf-8", "replace").strip()[-200:]
        warning = f"{label}: Tesseract failed: {detail}"
    logger.warning(warning)
    return OcrPage("", None, warning)


def _read(image: Image.Image, *, binary: str, language: str, timeout: float) -> OcrPage:
    straight, _skew = deskew(image)
    # Rules are found on the image Tesseract reads, so word boxes and cells share coordinates.
    grids = scantables.find_grids(straight)
    readable = scantables.erase_rules(straight, grids)
    tsv = run_tesseract(readable, binary=binary, language=language, timeout=timeout)
    # Tesseract cannot write "•", and leaves a line of nothing but "..." out: both are found
    # by their shape and written back (in the running text: a cell's dots stay unread)
    marks = ocrmarks.find_marks(readable)
    marks = dataclasses.replace(
        marks,
        ellipses=tuple(
            e for e in marks.ellipses if not any(g.contains(e.left, e.cy) for g in grids)
        ),
    )
    page = tsv_to_page(tsv, marks)
    if not grids:
        return page
    words = _page_words(tsv, marks)
    width = scantables.tsv_page_width(tsv) or float(readable.width)
    # The cells are read once more, cut out and stacked: one more Tesseract run per page.
    mosaic = scantables.cell_mosaic(readable, grids)
    cells = {}
    if mosaic is not None:
        cell_tsv = (
            run_tesseract(
                mosaic.image, binary=binary, language=language, timeout=timeout, psm=PSM_BLOCK
            )
            if mosaic.spans
            else ""
        )
        cells = scantables.mosaic_words(mosaic, scantables.tsv_words(cell_tsv))
    blocks = scantables.page_blocks(words, grids, cells, page_width=width)
    return OcrPage(scantables.render_blocks(blocks), page.confidence, blocks=blocks)


def _read_best(
    image: Image.Image,
    *,
    binary: str,
    language: str,
    timeout: float,
    reclean: Callable[[int], Image.Image] | None = None,
) -> OcrPage:
    # Most scans are upright: OSD (a second Tesseract run) only when the reading is doubtful.
    page = _read(image, binary=binary, language=language, timeout=timeout)
    if page.confidence is not None and page.confidence >= DOUBTFUL_CONFIDENCE:
        return page
    turned, turn = turn_upright(image, binary=binary, timeout=timeout)
    if not turn:
        return page
    if reclean is not None:
        turned = reclean(turn)
    again = _read(turned, binary=binary, language=language, timeout=timeout)
    return again if _quality(again) > _quality(page) else page


def _quality(page: OcrPage) -> float:
    return (page.confidence or 0.0) * len(page.text.split())


def ocr_images(
    images: Sequence[Image.Image],
    *,
    language: str = "vie",
    workers: int = 2,
    timeout: float = DEFAULT_OCR_TIMEOUT_S,
    document: str = "document",
    page_numbers: Sequence[int] | None = None,
    clean: CleanSettings | None = DEFAULT_CLEAN_SETTINGS,
) -> list[OcrPage]:
    """OCR each image, ``workers`` Tesseract processes at a time; results in input order.

    ``page_numbers`` name the pages in log lines and warnings (default 1, 2, …); ``clean``
    says how pages are cleaned first (None: not at all).
    Raises :class:`OcrUnavailable` when Tesseract or the language data is missing.
    """
    binary = check_tesseract(language, document=document)
    numbers = list(page_numbers) if page_numbers is not None else list(range(1, len(images) + 1))
    # Threads suffice: the work happens in the Tesseract processes they wait on (and a
    # process pool could not be started inside run_limited's daemon child).
    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="ocr") as pool:
        futures = [
            pool.submit(
                ocr_image,
                image,
                binary=binary,
                language=language,
                timeout=timeout,
                label=f"{document} (page {number})",
                clean=clean,
            )
            for image, number in zip(images, numbers, strict=True)
        ]
        return [f.result() for f in futures]


# --- PDF pages ------------------------------------------------------------------------------


def render_page(
    pdf_page: object,
    dpi: int,
    *,
    document: str = "document",
    page: int | None = None,
    max_pixels: int = DEFAULT_MAX_PAGE_PIXELS,
    colour: bool = False,
) -> Image.Image:
    """A pypdfium2 page rendered to an image at ``dpi`` (greyscale, or RGB when ``colour``),
    lowered to fit ``max_pixels``; a page too large even at the lowest resolution is refused."""
    width, height = pdf_page.get_size()  # type: ignore[attr-defined]
    scale = render_scale(width, height, dpi, document=document, page=page, max_pixels=max_pixels)
    bitmap = pdf_page.render(scale=scale, grayscale=not colour)  # type: ignore[attr-defined]
    return bitmap.to_pil()


def ocr_pdf_pages(
    data: bytes,
    page_numbers: Iterable[int],
    settings: ExtractSettings,
    *,
    document: str,
    cache: Mapping[int, CachedPage | str | OcrPage] | None = None,
) -> dict[int, OcrPage]:
    """OCR the given 1-based pages of the PDF ``data``; pages in ``cache`` are taken from it.

    The seam for the PDF loader: it calls this for the pages whose text layer
    :func:`page_needs_ocr` rejects. Raises :class:`NeedsOcr` when OCR is off.
    """
    import pypdfium2 as pdfium

    wanted = list(dict.fromkeys(page_numbers))
    version = ocr_pipeline_version(settings) if settings.ocr else None
    results = cached_pages(wanted, cache, document=document, version=version)
    todo = [n for n in wanted if n not in results]
    if not todo:
        return results
    if version is None:
        raise NeedsOcr(document, "no usable text layer and OCR is off", page=todo[0])
    check_tesseract(settings.ocr_language, document=document)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        raise UnreadableFile(document, f"PDF cannot be opened for OCR: {e}") from e
    try:
        images = []
        for number in todo:
            page = pdf[number - 1]
            try:
                images.append(
                    render_page(
                        page,
                        settings.ocr_dpi,
                        document=document,
                        page=number,
                        colour=settings.ocr_clean,
                    )
                )
            finally:
                page.close()
    finally:
        pdf.close()
    pages = ocr_images(
        images,
        language=settings.ocr_language,
        workers=settings.ocr_workers,
        timeout=settings.ocr_timeout_s,
        document=document,
        page_numbers=todo,
        clean=DEFAULT_CLEAN_SETTINGS if settings.ocr_clean else None,
    )
    results.update(zip(todo, _versioned(pages, version), strict=True))
    return results


def ocr_blank_pages(
    source: Source,
    settings: ExtractSettings,
    numbers: Sequence[int],
    *,
    page_count: int,
    cache: Mapping[int, CachedPage | str | OcrPage] | None = None,
) -> dict[int, OcrPage]:
    """OCR for the PDF loader: the pages in ``numbers`` had no usable text layer.

    With OCR off only cached pages come back (the loader then reports the rest). When
    Tesseract is missing, a PDF with no text at all fails with :class:`OcrUnavailable`; one
    with some text keeps it, with the scanned pages left empty and a warning logged.
    """
    if not numbers:
        return {}
    if not settings.ocr:
        return cached_pages(numbers, cache, document=source.name)
    try:
        return ocr_pdf_pages(source.data, numbers, settings, document=source.name, cache=cache)
    except OcrUnavailable as e:
        if len(numbers) == page_count:
            raise
        logger.warning("%s: %d scanned page(s) not read: %s", source.name, len(numbers), e.cause)
        return cached_pages(numbers, cache, document=source.name)


def cached_pages(
    numbers: Sequence[int],
    cache: Mapping[int, CachedPage | str | OcrPage] | None,
    *,
    document: str,
    version: str | None = None,
) -> dict[int, OcrPage]:
    """The pages of ``numbers`` that ``cache`` holds and that can be used as read.

    With a ``version`` (OCR can run: :func:`ocr_pipeline_version`) a page read by another
    pipeline, or by an unknown one (a bare text), is left out, so it is read again; without
    one (OCR is off or Tesseract missing) any page is used as stored, keeping its version so
    the next run with OCR reads it again. A corrupt entry is left out with a warning naming
    the document and page."""
    found: dict[int, OcrPage] = {}
    stale: list[int] = []
    for number in numbers:
        entry = cache.get(number) if cache else None
        if entry is None:
            continue
        page = _cache_entry(entry)
        if isinstance(page, str):
            logger.warning("%s (page %d): cached OCR page ignored: %s", document, number, page)
        elif version is not None and page.version != version:
            stale.append(number)
        else:
            found[number] = page
    if stale:
        logger.info(
            "%s: page(s) %s were read by an older OCR pipeline; reading them again",
            document,
            ", ".join(map(str, stale)),
        )
    return found


def _cache_entry(entry: object) -> OcrPage | str:
    """A cache entry as a page, or why it cannot be one."""
    if isinstance(entry, OcrPage):
        return entry
    if isinstance(entry, str):
        entry = CachedPage(entry)
    if not isinstance(entry, CachedPage):
        return f"not a page text ({type(entry).__name__})"
    text, version, confidence = entry
    if not isinstance(text, str):
        return f"its text is {type(text).__name__}, not text"
    if "\x00" in text:
        return "its text holds NUL characters"
    if version is not None and not isinstance(version, str):
        return f"its OCR version is {type(version).__name__}, not text"
    if confidence is not None and not isinstance(confidence, int | float):
        confidence = None
    return OcrPage(text, confidence, version=version)


def _versioned(pages: Iterable[OcrPage], version: str | None) -> list[OcrPage]:
    """Pages just read, marked with the pipeline that read them; a page that failed (timeout,
    Tesseract error) keeps none, so it is read again rather than stored as read."""
    return [page if page.warning else dataclasses.replace(page, version=version) for page in pages]


# --- images ---------------------------------------------------------------------------------


def image_frames(source: Source, *, max_pages: int, max_pixels: int) -> list[Image.Image]:
    """Every frame of a PNG/JPEG/TIFF as a page (greyscale, or RGB when in colour: seals are
    told from text by their colour), shrunk to ``max_pixels``; EXIF rotation applied."""
    try:
        image = Image.open(io.BytesIO(source.data))
        frames = getattr(image, "n_frames", 1)
        if frames > max_pages:
            raise ResourceLimit(
                source.name, f"image has {frames} pages, over the limit of {max_pages}"
            )
        report_pages(frames)  # in a batch worker, the time limit grows with the pages
        pages = []
        for index in range(frames):
            image.seek(index)
            frame = ImageOps.exif_transpose(image) if index == 0 else image
            grey = frame.mode in ("1", "L", "LA", "I", "I;16", "F")
            pages.append(_shrink(frame.convert("L" if grey else "RGB"), max_pixels))
        return pages
    except Image.DecompressionBombError as e:
        raise ResourceLimit(source.name, f"image is too large to decode: {e}") from e
    except (UnidentifiedImageError, OSError, EOFError, ValueError) as e:
        raise UnreadableFile(source.name, f"image cannot be decoded: {e}") from e


def _shrink(image: Image.Image, max_pixels: int) -> Image.Image:
    pixels = image.width * image.height
    if pixels <= max_pixels:
        return image
    factor = (max_pixels / pixels) ** 0.5
    size = (max(1, int(image.width * factor)), max(1, int(image.height * factor)))
    return image.resize(size, Image.Resampling.LANCZOS)


def page_blocks(page: OcrPage) -> tuple[Block, ...]:
    """The page as prose and tables: the tables found in its image, or, for a page from a
    cache of texts, the pipe rows of its text read back as tables."""
    if page.blocks:
        return page.blocks
    return tuple(lines_to_blocks(clean_chars(page.text).split("\n")))


def page_ocr_text(page: OcrPage) -> str:
    """The page's text as :func:`add_page` lays it out, before the place names are spelled:
    what :func:`baocao.extract.ocrplaces.place_speller` reads the document's province from."""
    return repair_ocr_text(clean_chars(page.text))


def add_page(builder: TextBuilder, page: OcrPage, places: PlaceSpeller | None = None) -> int:
    """Start an OCR page in ``builder`` (``ocr=True`` with its confidence) and lay out its
    prose (through the loaders' line repair) and tables, numbers misread between their digits
    repaired first (:func:`baocao.extract.ocrtext.repair_ocr_text`) and, with ``places`` (the
    document's :func:`~baocao.extract.ocrplaces.place_speller`), place names misread spelled
    as the gazetteer has them; returns the page number."""
    number = builder.start_page(ocr=True, ocr_confidence=page.confidence, ocr_version=page.version)

    def repaired(text: str) -> str:
        text = repair_ocr_text(text)
        return places.correct(text) if places is not None else text

    for block in page_blocks(page):
        if block.rows:
            rows = [tuple(repaired(cell) for cell in row) for row in block.rows]
            builder.add_table(rows, source="ocr", page=number)
        else:
            text = repaired(clean_chars("\n".join(block.lines)))
            builder.add_lines(normalise_lines(text.split("\n"), wrapped=True))
    return number


def document_places(pages: Iterable[OcrPage]) -> PlaceSpeller | None:
    """The speller of the place names of a document whose OCR pages are ``pages``
    (:func:`baocao.extract.ocrplaces.place_speller`; imported here, so a document without
    scanned pages never loads the place names); None without pages."""
    texts = [page_ocr_text(page) for page in pages]
    if not texts:
        return None
    from baocao.extract.ocrplaces import place_speller

    return place_speller(texts)


def pages_to_builder(pages: Sequence[OcrPage]) -> TextBuilder:
    """One builder page per OCR page (:func:`add_page`), place names spelled against the
    province the pages name (:func:`baocao.extract.ocrplaces.place_speller`)."""
    builder = TextBuilder()
    places = document_places(pages)
    for page in pages:
        add_page(builder, page, places)
    return builder


def load_image(
    source: Source,
    settings: ExtractSettings,
    *,
    page_cache: Mapping[int, CachedPage | str | OcrPage] | None = None,
) -> Document:
    """The loader for scanned pages (``Format.IMAGE``): each frame of a TIFF is a page.

    ``page_cache`` holds page texts already read (1-based page number → text): those read by
    the current OCR pipeline are not OCRed again (:func:`cached_pages`). Raises
    :class:`NeedsOcr` when OCR is off and :class:`OcrUnavailable` when Tesseract or its
    Vietnamese data is missing.
    """
    frames = image_frames(source, max_pages=settings.max_pages, max_pixels=DEFAULT_MAX_PAGE_PIXELS)
    numbers = list(range(1, len(frames) + 1))
    version = ocr_pipeline_version(settings) if settings.ocr else None
    results = cached_pages(numbers, page_cache, document=source.name, version=version)
    todo = [n for n in numbers if n not in results]
    if todo and not settings.ocr:
        raise NeedsOcr(source.name, "image: needs OCR, and OCR is off")
    if todo:
        pages = ocr_images(
            [frames[n - 1] for n in todo],
            language=settings.ocr_language,
            workers=settings.ocr_workers,
            timeout=settings.ocr_timeout_s,
            document=source.name,
            page_numbers=todo,
            clean=DEFAULT_CLEAN_SETTINGS if settings.ocr_clean else None,
        )
        results.update(zip(todo, _versioned(pages, version), strict=True))
    ordered = [results[n] for n in numbers]
    warnings = [p.warning for p in ordered if p.warning]
    return pages_to_builder(ordered).build(source, warnings=warnings)
