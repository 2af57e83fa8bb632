"""List bullets on a scanned page, found by their shape and given back to Tesseract's words.

Tesseract's Vietnamese model has no "•" (nor "●", "▪") among the characters it can write:
a bullet opening a line comes out as whatever it resembles — ``‹``, ``«``, ``»``, ``©``,
``®``, ``°``, ``@``, ``m`` — or not at all, and a line that no longer opens with a list mark
is then glued onto the line above it. What made a web digest a digest (short items, each
after a bullet) is lost with it. A bullet is easy to see, though: a solid round or square
blob of ink, smaller than a capital and larger than a full stop, the first ink of its line,
set apart from the line's first word. :func:`find_bullets` finds such blobs on the image
Tesseract reads; :func:`place_bullets` makes the word Tesseract read over one a ``•`` (or
adds a ``•`` word where it read none), so the line reads as the typed text does.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from baocao.extract.preprocess import DOT_LEVEL, DOT_PITCH, SPECK_SHARE, Ink, dot_rows
from baocao.extract.scantables import Word, word_lines

#: The character a bullet is written back as.
BULLET = "•"
#: A bullet's size (its larger side) as a share of the page's letter height: "•" is some
#: 0.45 of it, "▪" 0.75, "●" 1.1 (DejaVu Serif, 13 pt); a full stop is 0.2, a speck less.
BULLET_SIZE = (0.3, 1.3)
#: Its sides' ratio at most this far from square (a dash is flat, "l" and "!" are tall).
BULLET_ASPECT = 1.4
#: The share of its box its ink fills: a disc 0.79, a square 1; "o", "e" and "c" have holes
#: or gaps and fill less.
BULLET_FILL = 0.68
#: How far (letter heights) a bullet may stand left of its line's first word.
BULLET_REACH = 2.5


@dataclass(frozen=True)
class Blob:
    """A bullet's box on the page (pixels)."""

    left: int
    top: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def cy(self) -> float:
        return self.top + self.height / 2


@dataclass(frozen=True)
class PageMarks:
    """The marks Tesseract loses, as found on a page image: list ``bullets`` and the
    ``ellipses`` (rows of three dots or more, each row one box)."""

    bullets: tuple[Blob, ...] = ()
    ellipses: tuple[Blob, ...] = ()


NO_MARKS = PageMarks()


def find_marks(image: Image.Image) -> PageMarks:
    """The bullets (:func:`find_bullets`) and ellipses (:func:`find_ellipses`) on ``image``."""
    grey = np.asarray(image.convert("L"))
    ink = Ink.of(grey)
    letter_px = ink.letter_height(grey.shape[0])
    if letter_px is None:
        return PageMarks()
    return PageMarks(find_bullets(ink, letter_px), find_ellipses(ink, letter_px))


def find_ellipses(ink: Ink, letter_px: float) -> tuple[Blob, ...]:
    """The rows of dots on the page (:func:`baocao.extract.preprocess.dot_rows`), one box
    per row."""
    areas = ink.stats[:, cv2.CC_STAT_AREA]
    small = areas <= (SPECK_SHARE * letter_px) ** 2
    small[0] = False
    dots = np.nonzero(dot_rows(ink.stats, small, letter_px))[0]
    boxes = sorted(
        (int(s[cv2.CC_STAT_LEFT]), int(s[cv2.CC_STAT_TOP]), int(s[2]), int(s[3]))
        for s in ink.stats[dots]
    )
    rows: list[list[tuple[int, int, int, int]]] = []
    for box in boxes:
        row = next(
            (
                r
                for r in rows
                if abs((r[-1][1] + r[-1][3]) - (box[1] + box[3])) <= DOT_LEVEL * letter_px
                and box[0] - (r[-1][0] + r[-1][2]) <= DOT_PITCH * letter_px
            ),
            None,
        )
        if row is None:
            rows.append([box])
        else:
            row.append(box)
    out = []
    for row in rows:
        left, top = min(b[0] for b in row), min(b[1] for b in row)
        right, bottom = max(b[0] + b[2] for b in row), max(b[1] + b[3] for b in row)
        out.append(Blob(left, top, right - left, bottom - top))
    return tuple(out)


def find_bullets(ink: Ink, letter_px: float) -> tuple[Blob, ...]:
    """The solid blobs of ``ink`` shaped like a list bullet (see the module docstring);
    whether one opens a line is :func:`place_bullets`' to judge, by the words around it."""
    stats = ink.stats[1:]
    width, height = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    area = stats[:, cv2.CC_STAT_AREA]
    side = np.maximum(width, height)
    chosen = (
        (side >= BULLET_SIZE[0] * letter_px)
        & (side <= BULLET_SIZE[1] * letter_px)
        & (side <= BULLET_ASPECT * np.minimum(width, height))
        & (area >= BULLET_FILL * width * height)
    )
    return tuple(
        Blob(int(s[cv2.CC_STAT_LEFT]), int(s[cv2.CC_STAT_TOP]), int(s[2]), int(s[3]))
        for s in stats[chosen]
    )


def _opens_with_bullet(line: Sequence[Word], blobs: Sequence[Blob]) -> Blob | None:
    """The blob standing at the head of ``line``: within the band of its words (its centre
    between their median top and bottom), no further left than :data:`BULLET_REACH` letter
    heights from the first word, and ending before the line's second word starts."""
    tops = float(np.median([w.top for w in line]))
    bottoms = float(np.median([w.top + w.height for w in line]))
    reach = BULLET_REACH * (bottoms - tops)
    first = line[0]
    limit = line[1].left if len(line) > 1 else first.left + first.width
    for blob in blobs:
        if not tops <= blob.cy <= bottoms:
            continue
        if (
            blob.right <= limit
            and blob.left >= first.left - reach
            and blob.right <= first.left + first.width
        ):
            return blob
    return None


def place_bullets(words: Sequence[Word], blobs: Sequence[Blob]) -> list[Word]:
    """``words`` with each line that opens at a bullet blob opening with a ``•`` word: the
    word Tesseract read over the blob, when it holds nothing but the blob (a glyph, or a
    letter the blob was taken for), becomes ``•``; a word that runs on past the blob keeps its
    letters after a leading run of marks (``«Ổ`` stays, ``‹°`` is the bullet); a line whose
    blob Tesseract read as nothing gets a ``•`` word before its first."""
    if not blobs:
        return list(words)
    out: list[Word] = []
    for line in word_lines(words):
        if not line:
            continue
        blob = _opens_with_bullet(line, blobs)
        if blob is None:
            out.extend(line)
            continue
        first = line[0]
        slack = max(2, blob.height // 2)
        if first.left >= blob.right - slack // 2:
            # Tesseract read no word over the blob: one is added, in the line's band
            out.append(Word(BULLET, blob.left, blob.top, blob.width, blob.height, first.line, None))
            out.extend(line)
        elif first.left + first.width <= blob.right + slack or not first.text[:1].isalnum():
            marks = len(first.text) - len(first.text.lstrip("".join(_MARKS)))
            if first.left + first.width <= blob.right + slack:
                out.append(dataclasses.replace(first, text=BULLET))
            elif marks:
                out.append(dataclasses.replace(first, text=BULLET))
                rest = first.text[marks:]
                if rest:
                    out.append(dataclasses.replace(first, text=rest))
            else:
                out.append(first)
            out.extend(line[1:])
        else:
            out.extend(line)
    return out


#: What Tesseract writes for a bullet, glued before a word it read too.
_MARKS = "‹›«»©®°@*•·¬†‡§„\"'`^~"


#: What a row of dots is written as.
ELLIPSIS = "..."


def place_ellipses(words: Sequence[Word], ellipses: Sequence[Blob]) -> list[Word]:
    """``words`` with each row of dots that stands on a line of its own (no word read
    beside it: Tesseract's layout analysis leaves a line of nothing but "..." out as noise)
    added as a ``...`` paragraph where it stands, before the first line below it. A row
    beside words on its line is Tesseract's to read, and it does."""
    out = list(words)
    for n, row in enumerate(sorted(ellipses, key=lambda b: b.top)):
        if any(w.top <= row.top + row.height and w.top + w.height >= row.top for w in out):
            continue
        at = next(
            (
                i
                for i, w in enumerate(out)
                if w.top > row.top + row.height and (i == 0 or out[i - 1].line != w.line)
            ),
            len(out),
        )
        # a paragraph of its own: a line key no word of Tesseract's has (its numbers are >= 0)
        key = (-1 - n, 0, 0)
        out.insert(at, Word(ELLIPSIS, row.left, row.top, row.width, row.height, key, None))
    return out


def place_marks(words: Sequence[Word], marks: PageMarks) -> list[Word]:
    """``words`` with the page's bullets (:func:`place_bullets`) and lone ellipses
    (:func:`place_ellipses`) given back."""
    return place_ellipses(place_bullets(words, marks.bullets), marks.ellipses)
