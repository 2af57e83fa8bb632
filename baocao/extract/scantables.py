"""Ruled tables on scanned pages: rules found in the page image, words placed by their boxes.

The chain for one (deskewed) page image:

1. :func:`ink_mask` — ink as True, at Otsu's threshold.
2. :func:`rule_edges` — long horizontal and vertical runs of ink (a morphological opening
   with long thin kernels, done as run-length filtering), as pdfplumber edges in pixels.
3. :func:`find_grids` — pdfplumber's lattice algorithm over those edges, as
   :mod:`baocao.extract.pdftables` uses it for digital pages: the cells of each table.
4. :func:`erase_rules` — the rules painted white before Tesseract reads the page: a rule read
   as ``|`` or ``_`` would otherwise stick to the words beside it.
5. :func:`cell_mosaic` — each cell cut out, its ink cleaned (:func:`clean_cell`: a bent
   rule's slivers and specks away from the letters dropped), a lone dash told by its shape
   (:func:`is_dash`), the rest stacked for one more Tesseract run.
6. :func:`tsv_words` / :func:`page_blocks` — Tesseract's TSV words (with their boxes) placed in
   the cells by their centres; the other words stay running text, above, between and below
   the tables, in Tesseract's line order, joined where the word boxes show a line wrapping
   into the next (:func:`prose_lines`, the joins a page without tables gets too). The result
   is :class:`~baocao.extract.text.Block`\\ s, the shape the text loader's pipe tables have,
   so a page read back from a cache of page texts (pipe rows) gets its tables again through
   :func:`baocao.extract.text.lines_to_blocks`.

Coordinates are image pixels, ``top``/``bottom`` growing downwards (pdfplumber's convention).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from pdfplumber.table import (
    Table as PlumberTable,
)
from pdfplumber.table import (
    cells_to_tables,
    edges_to_intersections,
    intersections_to_cells,
    merge_edges,
)
from PIL import Image

from baocao.extract.builder import CELL_SEPARATOR
from baocao.extract.layout import LineBox, continues_paragraph, continues_word, line_wraps
from baocao.extract.text import Block

#: A horizontal rule is at least this share of the page width; a vertical one at least this
#: share (rows of one text line are ~1/35 of an A4 width; a tall letter ~1/60).
MIN_HORIZONTAL_SHARE = 1 / 25
MIN_VERTICAL_SHARE = 1 / 45
#: Gaps in a rule (grain, a faint print) bridged, as a share of the page width (~0.2 mm).
GAP_SHARE = 1 / 800
#: pdfplumber's snap/join tolerance, as a share of the page width (~3 pt on A4).
TOLERANCE_SHARE = 1 / 250
#: Its intersection tolerance (~0.1 mm): rules of a grid touch, while a letter's stroke in a
#: cell stops short of the rules around it and must not split the cell.
CROSSING_SHARE = 1 / 800
#: Characters Tesseract makes of a vertical rule it reads: never cell content on their own.
_RULE_DEBRIS = re.compile(r"^[|\[\]{}_!¦‖]+$")
_EDGE_DEBRIS = "|[]{}¦‖"
#: What a speck beside a cell's word is read as: a word of these alone is dropped, and they
#: are stripped from a word's start (and end; a full stop only after a digit: ``65.180.``).
_SPECK_DEBRIS = re.compile(r"^[.,:;'\"`_‘’“”]+$")
_LEADING_DEBRIS = ".,:;'\"`¬~_‘’“”"
_TRAILING_DEBRIS = ":;'\"`¬~_‘’“”"
#: A cell holding only one of these holds a dash ("-": not met, nothing), misread.
_DASHES = frozenset("¬—–−‐~")
#: White between two cells stacked in the mosaic, as a share of the page width (~3.5 mm).
MOSAIC_GAP_SHARE = 1 / 60
#: In a cell, ink no taller or wider than this share of a letter's height is a speck when it
#: lies farther than ``SPECK_REACH`` letter heights from larger ink (a tone mark, a dot below,
#: a decimal comma sit next to their letters).
CELL_SPECK_SHARE = 0.25
CELL_SPECK_REACH = 0.3
#: A rule's remnant in a cell: ink touching the cell's border (or lying anywhere) at most this
#: share of a letter's height thick and at least ``SLIVER_LENGTH`` letter heights long.
SLIVER_THICKNESS = 0.2
SLIVER_LENGTH = 0.8
#: A cell's lone dash: one component at least ``DASH_FLATNESS`` times as wide as tall, no
#: taller than ``DASH_HEIGHT`` and between ``DASH_WIDTH`` letter heights wide.
DASH_FLATNESS = 1.6
DASH_HEIGHT = 0.35
DASH_WIDTH = (0.2, 1.5)


@dataclass(frozen=True)
class Grid:
    """One ruled table: its box and its rows of cell boxes ``(x0, top, x1, bottom)``; a grid
    position covered by a merged cell is None."""

    x0: float
    top: float
    x1: float
    bottom: float
    rows: tuple[tuple[tuple[float, float, float, float] | None, ...], ...]

    def contains(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.top <= y <= self.bottom


@dataclass(frozen=True)
class Mosaic:
    """The non-empty cells of a page's grids, cut out and stacked one under another on white:
    read alone, a cell's words get their own lines (on the page, Tesseract runs a table row
    into one line, misjudges its spaces and loses lone marks). ``spans``: for each stacked
    cell, its ``(grid, row, column)`` and its vertical extent in ``image``. ``dashes``: the
    cells holding a lone dash, told by its shape and not stacked (read alone, Tesseract makes
    a short flat stroke into ``.``, ``=``, ``8`` or nothing)."""

    image: Image.Image
    spans: tuple[tuple[tuple[int, int, int], int, int], ...]
    dashes: tuple[tuple[int, int, int], ...] = ()


@dataclass(frozen=True)
class Word:
    """One word Tesseract read: its text, box and the (block, paragraph, line) it belongs to."""

    text: str
    left: int
    top: int
    width: int
    height: int
    line: tuple[int, int, int]
    confidence: float | None

    @property
    def cx(self) -> float:
        return self.left + self.width / 2

    @property
    def cy(self) -> float:
        return self.top + self.height / 2


# --- rules ----------------------------------------------------------------------------------


def ink_mask(image: Image.Image) -> np.ndarray:
    """Ink as True, at Otsu's threshold of the greyscale histogram (a blank page: no ink)."""
    pixels = np.asarray(image.convert("L"), dtype=np.uint8)
    histogram = np.bincount(pixels.ravel(), minlength=256).astype(np.float64)
    total = histogram.sum()
    levels = np.arange(256, dtype=np.float64)
    weight = np.cumsum(histogram)
    mean = np.cumsum(histogram * levels)
    between = (mean[-1] * weight - mean * total) ** 2 / np.maximum(weight * (total - weight), 1)
    threshold = int(np.argmax(between[:-1]))
    if pixels.max() - pixels.min() < 64:
        return np.zeros(pixels.shape, dtype=bool)
    return pixels <= threshold


def _spread(mask: np.ndarray, reach: int, axis: int) -> np.ndarray:
    """Dilation by ``reach`` pixels either way along ``axis``."""
    out = mask.copy()
    for shift in range(1, reach + 1):
        if axis == 1:
            out[:, shift:] |= mask[:, :-shift]
            out[:, :-shift] |= mask[:, shift:]
        else:
            out[shift:, :] |= mask[:-shift, :]
            out[:-shift, :] |= mask[shift:, :]
    return out


def _shrink(mask: np.ndarray, reach: int, axis: int) -> np.ndarray:
    """Erosion by ``reach`` pixels either way along ``axis``."""
    return ~_spread(~mask, reach, axis)


def _runs(mask: np.ndarray, min_length: int) -> list[tuple[int, int, int]]:
    """``(row, start, end)`` of each run of True along the rows at least ``min_length`` long."""
    padded = np.zeros((mask.shape[0], mask.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    steps = np.diff(padded, axis=1)
    rows, starts = np.nonzero(steps == 1)
    _rows, ends = np.nonzero(steps == -1)  # row-major order: ends pair with starts
    keep = ends - starts >= min_length
    return list(zip(rows[keep].tolist(), starts[keep].tolist(), ends[keep].tolist(), strict=True))


def rule_edges(ink: np.ndarray) -> list[dict[str, Any]]:
    """Long horizontal and vertical runs of ink as pdfplumber edges (pixels).

    Each run is looked for in the ink bridged across small gaps along the run and thickened by
    a pixel across it, so a rule still slightly tilted after deskewing stays one run.
    """
    height, width = ink.shape
    gap = max(1, round(width * GAP_SHARE))
    edges: list[dict[str, Any]] = []
    horizontal = _spread(_shrink(_spread(ink, gap, 1), gap, 1), 1, 0)
    for y, x0, x1 in _runs(horizontal, max(8, round(width * MIN_HORIZONTAL_SHARE))):
        edges.append(
            {"x0": float(x0), "x1": float(x1), "top": float(y), "bottom": float(y),
             "doctop": float(y), "width": float(x1 - x0), "height": 0.0, "orientation": "h"}
        )  # fmt: skip
    vertical = _spread(_shrink(_spread(ink, gap, 0), gap, 0), 1, 1)
    for x, y0, y1 in _runs(vertical.T, max(8, round(width * MIN_VERTICAL_SHARE))):
        edges.append(
            {"x0": float(x), "x1": float(x), "top": float(y0), "bottom": float(y1),
             "doctop": float(y0), "width": 0.0, "height": float(y1 - y0), "orientation": "v"}
        )  # fmt: skip
    return edges


def find_grids(image: Image.Image) -> list[Grid]:
    """The ruled tables of a page image, top first. A lone framed box (one cell) is no table;
    one row of cells is (the last row of a table broken across pages)."""
    ink = ink_mask(image)
    if not ink.any():
        return []
    edges = rule_edges(ink)
    if not edges:
        return []
    tolerance = max(3.0, image.width * TOLERANCE_SHARE)
    merged = merge_edges(edges, tolerance, tolerance, tolerance, tolerance)
    minimum = image.width * MIN_VERTICAL_SHARE
    long_enough = [
        e for e in merged if (e["width"] if e["orientation"] == "h" else e["height"]) >= minimum
    ]
    crossing = max(2.0, image.width * CROSSING_SHARE)
    intersections = edges_to_intersections(long_enough, crossing, crossing)
    grids = []
    for cells in cells_to_tables(intersections_to_cells(intersections)):
        if len(cells) < 2:
            continue
        table = PlumberTable(None, cells)  # type: ignore[arg-type]  # rows need no page
        rows = tuple(tuple(row.cells) for row in table.rows)
        x0, top, x1, bottom = table.bbox
        grids.append(Grid(x0, top, x1, bottom, rows))
    return sorted(grids, key=lambda g: g.top)


def erase_rules(image: Image.Image, grids: Sequence[Grid]) -> Image.Image:
    """``image`` with each grid's rules painted paper-white: the long runs of ink lying along
    the grid's cell borders (a letter touching a rule keeps all but the touching pixels)."""
    if not grids:
        return image
    grey = image.convert("L")
    pixels = np.array(grey)
    ink = ink_mask(grey)
    height, width = ink.shape
    gap = max(1, round(width * GAP_SHARE))
    pad = max(2, round(width * TOLERANCE_SHARE))
    along = np.zeros_like(ink)  # bands around horizontal rules
    across = np.zeros_like(ink)  # bands around vertical rules
    for grid in grids:
        x0, x1 = max(0, int(grid.x0) - pad), min(width, int(grid.x1) + pad + 1)
        y0, y1 = max(0, int(grid.top) - pad), min(height, int(grid.bottom) + pad + 1)
        boxes = [b for row in grid.rows for b in row if b is not None]
        for y in {round(v) for b in boxes for v in (b[1], b[3])}:
            along[max(0, y - pad) : y + pad + 1, x0:x1] = True
        for x in {round(v) for b in boxes for v in (b[0], b[2])}:
            across[y0:y1, max(0, x - pad) : x + pad + 1] = True
    rules = np.zeros_like(ink)
    bridged = _shrink(_spread(ink & along, gap, 1), gap, 1)
    for row, start, end in _runs(bridged, max(8, round(width * MIN_HORIZONTAL_SHARE))):
        rules[row, start:end] = True
    bridged = _shrink(_spread(ink & across, gap, 0), gap, 0).T
    for column, start, end in _runs(bridged, max(8, round(width * MIN_VERTICAL_SHARE))):
        rules[start:end, column] = True
    # The pixels beside a rule are its blurred edge (grain on a black-and-white scan): paint
    # them too.
    rules = _spread(_spread(rules, 2, 0), 2, 1) & (along | across)
    pixels[rules] = 255
    return Image.fromarray(pixels)


def page_letter_height(ink: np.ndarray) -> float | None:
    """The typical height (pixels) of the letters in an ink mask: the 75th percentile of the
    heights of letter-sized components (as :meth:`baocao.extract.preprocess.Ink.letter_height`);
    None with too few."""
    _count, _labels, stats, _ = cv2.connectedComponentsWithStats(
        ink.astype(np.uint8), connectivity=8
    )
    heights, widths = stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_WIDTH]
    letters = heights[(heights >= 6) & (heights <= ink.shape[0] // 20) & (widths <= 4 * heights)]
    return float(np.percentile(letters, 75)) if letters.size >= 20 else None


def clean_cell(ink: np.ndarray, letter_px: float | None) -> np.ndarray:
    """A cell's ink without what is not its content: slivers of a bent rule that the straight
    erasing bands missed (thin and long, such as a rule's remnant along the border) and specks
    away from the letters. A dash (short, flat, alone in its cell) is content and stays; so do
    diacritics and decimal commas next to their letters. Unchanged when ``letter_px`` is
    unknown."""
    if letter_px is None or not ink.any():
        return ink
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    widths = stats[:, cv2.CC_STAT_WIDTH].astype(np.float64)
    heights = stats[:, cv2.CC_STAT_HEIGHT].astype(np.float64)
    thin = np.minimum(widths, heights) <= SLIVER_THICKNESS * letter_px
    long = np.maximum(widths, heights) >= SLIVER_LENGTH * letter_px
    # A flat stroke in the middle of the cell's height may be a dash: only a sliver lying
    # along the top or bottom border, or standing (a vertical rule's remnant), goes.
    left, top = stats[:, cv2.CC_STAT_LEFT], stats[:, cv2.CC_STAT_TOP]
    rows, cols = ink.shape
    on_border = (left == 0) | (top == 0) | (left + widths >= cols) | (top + heights >= rows)
    standing = heights > widths
    sliver = thin & long & (on_border | standing)
    small = np.maximum(widths, heights) <= CELL_SPECK_SHARE * letter_px
    sliver[0] = small[0] = False  # the paper
    keep = ~(sliver | small)
    keep[0] = False
    if keep.any():
        distance = cv2.distanceTransform((~keep[labels]).astype(np.uint8), cv2.DIST_L2, 3)
        near = np.zeros(count, bool)
        near[np.unique(labels[(distance <= CELL_SPECK_REACH * letter_px) & small[labels]])] = True
        speck = small & ~near
    else:
        speck = small  # only specks: an empty cell
    return ink & ~(sliver | speck)[labels]


def is_dash(ink: np.ndarray, letter_px: float | None) -> bool:
    """True when a (cleaned) cell's ink is one short flat stroke: a dash ("-": not met,
    nothing), which needs no OCR."""
    if letter_px is None:
        return False
    count, _labels, stats, _ = cv2.connectedComponentsWithStats(
        ink.astype(np.uint8), connectivity=8
    )
    if count != 2:
        return False
    width, height = int(stats[1, cv2.CC_STAT_WIDTH]), int(stats[1, cv2.CC_STAT_HEIGHT])
    low, high = DASH_WIDTH
    return (
        width >= DASH_FLATNESS * height
        and height <= DASH_HEIGHT * letter_px
        and low * letter_px <= width <= high * letter_px
    )


def cell_mosaic(image: Image.Image, grids: Sequence[Grid]) -> Mosaic | None:
    """The cells of ``grids`` holding ink, cut from ``image`` (rules already erased), cleaned
    of rule slivers and specks (:func:`clean_cell`) and stacked; None when every cell is
    empty."""
    ink = ink_mask(image)
    letter_px = page_letter_height(ink)
    inset = max(1, image.width // 1200)
    least_ink = max(6, round((image.width / 1000) ** 2 * 4))  # more than a speck of grain
    crops: list[tuple[tuple[int, int, int], Image.Image]] = []
    dashes: list[tuple[int, int, int]] = []
    for g, grid in enumerate(grids):
        for r, row in enumerate(grid.rows):
            for c, box in enumerate(row):
                if box is None:
                    continue
                x0, y0 = round(box[0]) + inset, round(box[1]) + inset
                x1, y1 = round(box[2]) - inset, round(box[3]) - inset
                if x1 - x0 < 2 or y1 - y0 < 2:
                    continue
                content = clean_cell(ink[y0:y1, x0:x1], letter_px)
                if content.sum() < least_ink:
                    continue
                if is_dash(content, letter_px):
                    dashes.append((g, r, c))
                    continue
                # Black on white: a grey, grainy rectangle on the white canvas has edges that
                # Tesseract reads as strokes.
                cut = np.where(content, 0, 255).astype(np.uint8)
                crops.append(((g, r, c), Image.fromarray(cut)))
    if not crops and not dashes:
        return None
    gap = max(10, round(image.width * MOSAIC_GAP_SHARE))
    width = max((crop.width for _, crop in crops), default=1) + 2 * gap
    height = sum(crop.height + gap for _, crop in crops) + gap
    canvas = Image.new("L", (width, height), 255)
    spans = []
    y = gap
    for key, crop in crops:
        canvas.paste(crop, (gap, y))
        spans.append((key, y, y + crop.height))
        y += crop.height + gap
    return Mosaic(canvas, tuple(spans), tuple(dashes))


def mosaic_words(mosaic: Mosaic, words: Iterable[Word]) -> dict[tuple[int, int, int], list[Word]]:
    """The words Tesseract read in ``mosaic``, by the ``(grid, row, column)`` of their cell;
    a dash cell gets its ``-``."""
    cells: dict[tuple[int, int, int], list[Word]] = {
        key: [Word("-", 0, 0, 1, 1, line=(0, 0, 0), confidence=None)] for key in mosaic.dashes
    }
    for word in words:
        for key, top, bottom in mosaic.spans:
            if top <= word.cy <= bottom:
                cells.setdefault(key, []).append(word)
                break
    return cells


# --- words ----------------------------------------------------------------------------------


def tsv_words(tsv: str) -> list[Word]:
    """The words of Tesseract's TSV, in its reading order, with their boxes."""
    words = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        try:
            left, top, width, height = (int(row[k]) for k in ("left", "top", "width", "height"))
            line = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        except (KeyError, TypeError, ValueError):
            continue
        try:
            confidence: float | None = float(row["conf"])
        except (KeyError, TypeError, ValueError):
            confidence = None
        words.append(Word(text, left, top, width, height, line=line, confidence=confidence))
    return words


#: A word whose box is smaller every way than this share of the page's median word height is
#: a speck Tesseract read as a mark (``xi8.”`` from a 3-pixel dot): the smallest real word,
#: a comma or full stop alone, says nothing either.
SPECK_WORD_SHARE = 0.2


def speck_size(sizes: Sequence[tuple[int, int]]) -> float:
    """Pixels below which a word's box (its width and its height) is a speck's: a share of
    the median word height; 0 without words."""
    heights = [h for _w, h in sizes if h > 0]
    return SPECK_WORD_SHARE * float(np.median(heights)) if heights else 0.0


def drop_speck_words(words: Sequence[Word]) -> list[Word]:
    """``words`` without the specks read as words (:func:`speck_size`)."""
    tiny = speck_size([(w.width, w.height) for w in words])
    return [w for w in words if max(w.width, w.height) >= tiny]


def _cell_text(words: Sequence[Word]) -> str:
    """A cell's words in reading order: visual lines top to bottom, each left to right."""
    kept = [w for w in words if not _RULE_DEBRIS.match(w.text)]
    if not kept:
        return ""
    kept.sort(key=lambda w: w.cy)
    lines: list[list[Word]] = []
    for word in kept:
        current = lines[-1] if lines else None
        if current and abs(word.cy - np.mean([w.cy for w in current])) < 0.5 * max(
            word.height, min(w.height for w in current)
        ):
            current.append(word)
        else:
            lines.append([word])
    ordered = [w for line in lines for w in sorted(line, key=lambda w: w.left)]
    texts = [t for t in (_clean_word(w.text) for w in ordered) if t]
    if len(texts) > 1:  # beside other words, a lone ¬ or ~ is a speck, not a dash
        texts = [t for t in texts if t not in ("¬", "~")]
    text = " ".join(texts)
    return "-" if text in _DASHES else text


def _clean_word(text: str) -> str:
    """A cell's word without the rule and speck debris Tesseract read at its edges."""
    text = text.strip(_EDGE_DEBRIS)
    if _SPECK_DEBRIS.match(text):
        return ""
    cleaned = re.sub(r"(?<=\d)\.+$", "", text.lstrip(_LEADING_DEBRIS).rstrip(_TRAILING_DEBRIS))
    return cleaned or (text if text in _DASHES else "")  # a lone ¬ or ~: a misread dash


def _cell_of(grid: Grid, word: Word) -> tuple[int, int] | None:
    for r, row in enumerate(grid.rows):
        for c, box in enumerate(row):
            if box is not None and box[0] <= word.cx <= box[2] and box[1] <= word.cy <= box[3]:
                return r, c
    return None


def table_rows(
    grid: Grid,
    words: Iterable[Word],
    cell_words: Mapping[tuple[int, int], Sequence[Word]] | None = None,
) -> tuple[tuple[str, ...], ...]:
    """The grid's rows of cell text: a cell's own reading in ``cell_words`` (the mosaic's)
    when it has one, else the page's ``words`` whose centres fall in the cell."""
    placed: dict[tuple[int, int], list[Word]] = {}
    for word in words:
        cell = _cell_of(grid, word)
        if cell is not None:
            placed.setdefault(cell, []).append(word)
    own = cell_words or {}
    rows = []
    for r, row in enumerate(grid.rows):
        texts = []
        for c in range(len(row)):
            text = _cell_text(own.get((r, c), ()))
            texts.append(text or _cell_text(placed.get((r, c), ())))
        rows.append(tuple(texts))
    return tuple(rows)


def tsv_page_width(tsv: str) -> float:
    """The page's width in pixels (Tesseract's level-1 row), 0 when not given."""
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") == "1":
            try:
                return float(int(row["width"]))
            except (KeyError, TypeError, ValueError):
                return 0.0
    return 0.0


def word_lines(words: Sequence[Word]) -> list[list[Word]]:
    """Words as Tesseract's lines, in its order, an empty line between paragraphs."""
    lines: list[list[Word]] = []
    current: tuple[int, int, int] | None = None
    for word in words:
        if word.line != current:
            if current is not None and word.line[:2] != current[:2]:
                lines.append([])
            lines.append([])
            current = word.line
        lines[-1].append(word)
    return lines


def line_box(words: Sequence[Word]) -> LineBox | None:
    """A line's box from its words' boxes, y negated (a PDF's y runs upwards): the median word
    bottom and height stand for the baseline band, so a descender or a tone mark moves
    neither."""
    if not words or any(w.height <= 0 for w in words):
        return None
    bottom = -float(np.median([w.top + w.height for w in words]))
    height = float(np.median([w.height for w in words]))
    left = min(w.left for w in words)
    right = max(w.left + w.width for w in words)
    return LineBox(left, right, bottom, bottom + height, words[0].width)


def prose_lines(zones: Sequence[Sequence[Word]], page_width: float) -> list[tuple[str, ...]]:
    """Each zone's words (the running text of a page, or its stretches between tables) as
    lines of text, a blank line between paragraphs, with a line the word boxes show wrapping
    into the next (:func:`baocao.extract.layout.line_wraps`, as a PDF page's character boxes
    do) joined to it: a sentence a line break cut after "xã" before "Quảng Tiến" is one line.
    Tesseract's paragraph breaks are looked through where the geometry shows a wrap. The text
    block's margins are measured over every zone of the page at once (a stretch of three
    lines above a table has its page's margins); no line is joined across a table.

    The one mechanism for every OCR page: :func:`baocao.extract.ocr.tsv_to_page` (a page
    without tables, one zone) and :func:`page_blocks` (the prose around a page's tables)."""
    grouped = [word_lines(zone) for zone in zones]
    boxes: list[LineBox | None] = []
    for lines in grouped:
        boxes += [line_box(line) for line in lines if line]
        boxes.append(None)  # the end of a zone: nothing wraps across a table
    wraps = iter(line_wraps(boxes, page_width))
    out = []
    for lines in grouped:
        flags = [next(wraps) for line in lines if line]
        next(wraps)
        out.append(tuple(_join_wrapped(lines, flags)))
    return out


def _join_wrapped(lines: Sequence[Sequence[Word]], wraps: Sequence[bool]) -> list[str]:
    """Each line's words joined by spaces; a line ``wraps`` (one flag per non-empty line)
    marks as wrapping into the next joined to it when the text allows
    (:func:`baocao.extract.layout.continues_paragraph`)."""
    texts = [" ".join(w.text.strip() for w in line) for line in lines]
    kept = [i for i, line in enumerate(lines) if line]
    out: list[str] = []
    for n, i in enumerate(kept):
        previous = out[-1] if out else ""
        if n and wraps[n - 1] and continues_paragraph(previous, texts[i]):
            glue = "" if continues_word(previous, texts[i]) else " "
            out[-1] = previous + glue + texts[i]
            continue
        if n and kept[n - 1] + 1 != i:
            out.append("")  # a paragraph break
        out.append(texts[i])
    return out


def page_blocks(
    words: Sequence[Word],
    grids: Sequence[Grid],
    cell_words: Mapping[tuple[int, int, int], Sequence[Word]] | None = None,
    *,
    page_width: float = 0.0,
) -> tuple[Block, ...]:
    """The page as running text and tables in reading order: each of the page's ``words``
    either in a table's cell (centre inside the table's box) or in the text before the first
    table whose bottom lies below it; a word beside a table, in its band, follows the table.
    ``cell_words`` (from :func:`mosaic_words`, keyed by ``(grid, row, column)`` with
    ``grids`` in the order given) is each cell's own reading, preferred to the page's. The
    running text gets the word-box line joins of a page without tables (:func:`prose_lines`;
    ``page_width``: the image's width in pixels, 0 when unknown)."""
    order = sorted(range(len(grids)), key=lambda i: grids[i].top)
    tables = [grids[i] for i in order]
    own = cell_words or {}
    by_grid = [{(r, c): ws for (g, r, c), ws in own.items() if g == i} for i in order]
    inside: list[list[Word]] = [[] for _ in tables]
    zones: list[list[Word]] = [[] for _ in range(len(tables) + 1)]
    for word in words:
        owner = next((i for i, g in enumerate(tables) if g.contains(word.cx, word.cy)), None)
        if owner is not None:
            inside[owner].append(word)
            continue
        zone = sum(1 for g in tables if word.cy > g.top)
        zones[zone].append(word)
    prose = prose_lines(zones, page_width)
    blocks: list[Block] = []
    for i, grid in enumerate(tables):
        if prose[i]:
            blocks.append(Block(lines=prose[i]))
        rows = tuple(r for r in table_rows(grid, inside[i], by_grid[i]) if any(r))
        if rows:
            blocks.append(Block(rows=rows))
    if prose[-1]:
        blocks.append(Block(lines=prose[-1]))
    return tuple(blocks)


def render_blocks(blocks: Iterable[Block]) -> str:
    """The blocks as page text: prose lines, and table rows with cells joined by ``" | "``
    (the text a cache of page texts keeps; tables come back from it as pipe rows)."""
    lines: list[str] = []
    for block in blocks:
        if block.rows:
            lines.extend(CELL_SEPARATOR.join(row) for row in block.rows)
        else:
            lines.extend(block.lines)
    return "\n".join(lines)
