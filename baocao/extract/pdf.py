"""Digital PDF reports: text and ruled tables with pypdfium2.

The chain, page by page (each page closed before the next, so memory stays bounded):

1. :func:`open_pdf` — pypdfium2 over the bytes; password → EncryptedPdf, corrupt or
   truncated → UnreadableFile, zero pages → EmptyDocument, over ``max_pages`` → ResourceLimit.
2. :func:`page_text_layer` — the page's text if its text layer is usable, else None
   (:func:`usable_text_layer` decides; the seam where OCR takes over a page).
3. :func:`has_ruled_lines` — a cheap count of path objects: only pages that may hold a ruled
   table are searched for one (:func:`baocao.extract.pdftables.find_tables`: pdfplumber's
   lattice algorithm over pypdfium2's strokes — pdfminer never parses the page).
4. On such pages :func:`page_segments` splits the page at each table: the text above
   (pypdfium2, bounded), the table (rendered by :class:`TextBuilder` as pipe rows), the text
   below — so a table reads the same in .txt, .docx and .pdf. Text beside a table (in its
   vertical band) is not read.
5. :func:`line_wraps` reads the page geometry (pypdfium2 character boxes) to tell a visual
   wrap from a paragraph end: a line that ran to the right margin (the next line's first word
   would not have fitted after it) wraps into a next line at the left margin without a gap,
   even after "." — justified and ragged text alike.
6. Lines of each text segment go through :func:`baocao.extract.layout.normalise_lines`.

A PDF none of whose pages has a usable text layer raises NeedsOcr; single pages without one
are left empty with a warning.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from baocao.errors import (
    DocumentError,
    EmptyDocument,
    EncryptedPdf,
    NeedsOcr,
    ResourceLimit,
    UnreadableFile,
)
from baocao.extract import legacy, ocr
from baocao.extract.builder import TextBuilder
from baocao.extract.layout import (
    LineBox,
    clean_chars,
    continues_sentence,
    control_share,
    line_stops,
    line_wraps,
    normalise_lines,
)
from baocao.extract.limits import report_pages
from baocao.extract.pagecache import CachedPage
from baocao.extract.pdftables import FoundTable, find_tables
from baocao.extract.source import Source
from baocao.model import Document
from baocao.settings import ExtractSettings

logger = logging.getLogger(__name__)

#: A page with at least this many path objects may hold a ruled table (a 2×2 grid drawn as
#: separate strokes has 6; an underline or a frame has 1–2).
MIN_TABLE_PATHS = 3
#: …or one path object with this many segments (a whole grid drawn as one path).
MIN_TABLE_SEGMENTS = 12
#: A text layer needs this many letters or digits to be usable…
MIN_LAYER_CHARS = 10
#: …and at most this share of control, private-use or replacement characters (fonts without
#: a Unicode map yield such soup).
MAX_LAYER_GARBAGE = 0.1

_PASSWORD_CAUSE = "encrypted: needs a password"


# -- opening ---------------------------------------------------------------------------------


def open_pdf(source: Source, settings: ExtractSettings) -> pdfium.PdfDocument:
    """The pypdfium2 document; the caller closes it."""
    try:
        pdf = pdfium.PdfDocument(source.data)
    except pdfium.PdfiumError as e:
        raise _load_error(source, e) from e
    pages = len(pdf)
    if pages == 0:
        pdf.close()
        raise EmptyDocument(source.name, "PDF has no pages")
    if pages > settings.max_pages:
        pdf.close()
        raise ResourceLimit(
            source.name, f"{pages} pages is over the limit of {settings.max_pages} (max_pages)"
        )
    report_pages(pages)  # in a batch worker, the time limit grows with the pages
    return pdf


_EMPTY_PAGE_TREE = re.compile(rb"/Type\s*/Pages\b(?:(?!>>).)*?/Count\s+0\b", re.DOTALL)


def _load_error(source: Source, e: pdfium.PdfiumError) -> DocumentError:
    """Why pdfium would not open the file. PDFium's error code is the library's last error and
    is not reset on every failure (a zero-page file fails with the previous failure's code), so
    the bytes decide too: a password error counts only with an /Encrypt dictionary, and an
    empty page tree is looked for in the bytes."""
    if b"/Encrypt" in source.data and e.err_code in (
        pdfium_c.FPDF_ERR_PASSWORD,
        pdfium_c.FPDF_ERR_SECURITY,
    ):
        return EncryptedPdf(source.name, _PASSWORD_CAUSE)
    if _EMPTY_PAGE_TREE.search(source.data):
        return EmptyDocument(source.name, "PDF has no pages")
    return UnreadableFile(source.name, f"corrupt or truncated PDF ({_pdfium_reason(e)})")


def _pdfium_reason(e: Exception) -> str:
    text = str(e)
    if "(PDFium: " in text:
        return text.split("(PDFium: ", 1)[1].rstrip(").").lower()
    return text


# -- text layer ------------------------------------------------------------------------------


def clean_pdf_text(text: str) -> str:
    """pdfium's text: U+0002 marks a hyphen it judged a line-end hyphenation; a hyphen at a
    line end is never dropped ("2011-" + "2015"), so it becomes "-" again."""
    return clean_chars(text.replace("\x02", "-").replace("\ufffe", "-"))


def usable_text_layer(text: str) -> str | None:
    """``text`` if it is a usable text layer, else None (the page needs OCR). A TCVN3/VNI text
    layer (old fonts without a Unicode map) is returned converted to Unicode."""
    meaningful = sum(1 for c in text if c.isalnum())
    if meaningful < MIN_LAYER_CHARS:
        return None
    if control_share(text) > MAX_LAYER_GARBAGE:
        return None
    if ocr.page_needs_ocr(text):
        return None
    return legacy.convert_text(text)[0]


def page_text_layer(textpage: pdfium.PdfTextPage) -> str | None:
    """The whole page's text, or None when its text layer is missing or unusable (the seam
    where a page is handed to OCR)."""
    return usable_text_layer(clean_pdf_text(textpage.get_text_bounded()))


# -- geometry: wrap or paragraph end (the rule is layout's: OCR pages use it too) ---------

# pdfium ends a line with "\r\n"; clean_chars turns these others into line ends too.
_RAW_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def line_boxes(textpage: pdfium.PdfTextPage, raw: str) -> list[LineBox | None] | None:
    """One box per line of ``raw`` (the page's text as pdfium gave it; None for a blank line),
    or None when ``raw`` does not map onto pdfium's characters one to one. Three character
    boxes per line: fast."""
    if len(raw) != textpage.count_chars():
        return None
    boxes: list[LineBox | None] = []
    start = 0
    for match in [*_RAW_LINE_BREAK.finditer(raw), None]:
        end = match.start() if match else len(raw)
        boxes.append(_line_box(textpage, raw, start, end))
        start = match.end() if match else len(raw)
    return boxes


def _line_box(textpage: pdfium.PdfTextPage, raw: str, start: int, end: int) -> LineBox | None:
    line = raw[start:end]
    first = len(line) - len(line.lstrip())
    last = len(line.rstrip()) - 1
    if last < first:
        return None
    space = re.search(r"\s", line[first : last + 1])
    word_end = first + space.start() - 1 if space else last
    left, bottom, _, top = textpage.get_charbox(start + first, loose=True)
    _, _, right, _ = textpage.get_charbox(start + last, loose=True)
    _, _, word_right, _ = textpage.get_charbox(start + word_end, loose=True)
    if top <= bottom or right < left:  # rotated or degenerate text: no geometry
        return None
    return LineBox(left, right, bottom, top, max(0.0, word_right - left))


# -- tables ----------------------------------------------------------------------------------


def has_ruled_lines(page: pdfium.PdfPage) -> bool:
    """Whether the page draws enough strokes to hold a ruled table (cheap: no parsing of
    text, just counting path objects)."""
    paths = 0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        paths += 1
        if paths >= MIN_TABLE_PATHS:
            return True
        if pdfium_c.FPDFPath_CountSegments(obj.raw) >= MIN_TABLE_SEGMENTS:
            return True
    return False


@dataclass(frozen=True)
class Segment:
    """A stretch of a page in reading order: text lines, or a table."""

    lines: tuple[str, ...] = ()
    table: FoundTable | None = None
    wraps: tuple[bool, ...] | None = None  # per line, from :func:`line_wraps`
    stops: tuple[bool, ...] | None = None  # per line, from :func:`line_stops`


@dataclass(frozen=True)
class PageLines:
    """The whole page's lines as pdfium gave them (character-clean), with their boxes and
    :func:`line_wraps` and :func:`line_stops`: the geometry a bounded segment's lines are
    matched against."""

    lines: tuple[str, ...]
    boxes: tuple[LineBox | None, ...]
    wraps: tuple[bool, ...]
    stops: tuple[bool, ...] = ()


def _bounded_lines(
    textpage: pdfium.PdfTextPage, width: float, y_low: float, y_high: float
) -> list[str]:
    if y_high <= y_low:
        return []
    text = textpage.get_text_bounded(left=0, bottom=y_low, right=width, top=y_high)
    return clean_pdf_text(text).split("\n")


def segment_wraps(
    lines: Sequence[str],
    page: PageLines | None,
    y_low: float,
    y_high: float,
    *,
    stops: bool = False,
) -> tuple[bool, ...] | None:
    """:func:`line_wraps` (``stops``: :func:`line_stops`) for a segment's lines, taken from
    the page's lines in its band when their texts match one for one (else None: no geometry,
    the text rules alone decide)."""
    if page is None:
        return None
    flags = page.stops if stops else page.wraps
    if len(flags) != len(page.lines):
        return None
    inside = [
        k
        for k, box in enumerate(page.boxes)
        if box is not None and y_low <= (box.bottom + box.top) / 2 <= y_high
    ]
    filled = [j for j, line in enumerate(lines) if line.strip()]
    if [page.lines[k].strip() for k in inside] != [lines[j].strip() for j in filled]:
        return None
    wraps = [False] * len(lines)
    for n, (j, k) in enumerate(zip(filled, inside, strict=True)):
        # a wrap only into the very next line of the page, and of the segment
        if n + 1 < len(filled) and filled[n + 1] == j + 1 and inside[n + 1] == k + 1:
            wraps[j] = flags[k]
    return tuple(wraps)


def page_segments(
    textpage: pdfium.PdfTextPage,
    width: float,
    height: float,
    tables: Sequence[FoundTable],
    geometry: PageLines | None = None,
) -> list[Segment]:
    """The page as text above / table / text between / … / text below. ``geometry``: the
    page's lines, for each text segment's :func:`segment_wraps`."""
    segments: list[Segment] = []
    y_high = height  # pdfium's y grows upwards; a table's top/bottom downwards
    for table in tables:
        y_low = height - table.top
        lines = _bounded_lines(textpage, width, y_low, y_high)
        wraps = segment_wraps(lines, geometry, y_low, y_high)
        stops = segment_wraps(lines, geometry, y_low, y_high, stops=True)
        segments.append(Segment(lines=tuple(lines), wraps=wraps, stops=stops))
        segments.append(Segment(table=table))
        y_high = min(y_high, height - table.bottom)
    lines = _bounded_lines(textpage, width, 0, y_high)
    wraps = segment_wraps(lines, geometry, 0, y_high)
    stops = segment_wraps(lines, geometry, 0, y_high, stops=True)
    segments.append(Segment(lines=tuple(lines), wraps=wraps, stops=stops))
    return segments


# -- loader ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageResult:
    number: int
    segments: tuple[Segment, ...]  # empty: no usable text layer


def read_pages(pdf: pdfium.PdfDocument, source: Source) -> Iterator[PageResult]:
    """Each page's segments, one page open at a time."""
    for index in range(len(pdf)):
        page = load_page(pdf, index, source.name)
        try:
            yield read_page(page, index, source.name)
        finally:
            page.close()


def load_page(pdf: pdfium.PdfDocument, index: int, name: str) -> pdfium.PdfPage:
    """Page ``index`` (0-based); a page PDFium cannot load (a page tree that loops back on
    itself, a missing page object) is an UnreadableFile naming the page."""
    try:
        return pdf[index]
    except pdfium.PdfiumError as e:
        raise UnreadableFile(
            name, "page cannot be loaded (corrupt or cyclic page tree)", page=index + 1
        ) from e


def read_page(page: pdfium.PdfPage, index: int, name: str) -> PageResult:
    number = index + 1
    textpage = page.get_textpage()
    try:
        raw = textpage.get_text_bounded()
        text = usable_text_layer(clean_pdf_text(raw))
        if text is None:
            return PageResult(number, ())
        width, height = page.get_size()
        geometry = page_lines(textpage, raw, width)
        tables = find_tables(page, textpage) if has_ruled_lines(page) else []
        if not tables:
            lines = tuple(text.split("\n"))
            wraps = geometry.wraps if geometry and len(geometry.wraps) == len(lines) else None
            stops = geometry.stops if geometry and len(geometry.stops) == len(lines) else None
            return PageResult(number, (Segment(lines=lines, wraps=wraps, stops=stops),))
        logger.debug("%s (page %d): %d ruled table(s)", name, number, len(tables))
        return PageResult(number, tuple(page_segments(textpage, width, height, tables, geometry)))
    finally:
        textpage.close()


def page_lines(textpage: pdfium.PdfTextPage, raw: str, width: float) -> PageLines | None:
    """The page's lines with their geometry, or None when ``raw`` does not map onto pdfium's
    characters (then no line gets a wrap flag)."""
    boxes = line_boxes(textpage, raw)
    if boxes is None:
        return None
    lines = tuple(clean_pdf_text(raw).split("\n"))
    if len(lines) != len(boxes):
        return None
    return PageLines(lines, tuple(boxes), line_wraps(boxes, width), line_stops(boxes, width))


def pages_to_builder(
    pages: Iterator[PageResult], name: str, scanned: Mapping[int, ocr.OcrPage] | None = None
) -> tuple[TextBuilder, list[int]]:
    """Lay the pages out; returns the builder and the numbers of pages with no text layer.
    ``scanned``: OCR results for pages without a text layer."""
    builder = TextBuilder()
    blank: list[int] = []
    # place names misread by OCR are spelled against the province the scanned pages name
    places = ocr.document_places((scanned or {}).values())
    # the last line of a page ending in text, held back: its sentence may go on over the
    # page break, as a .txt of the same text has it on one line
    held: str | None = None
    for result in pages:
        scan = (scanned or {}).get(result.number) if not result.segments else None
        first = result.segments[0] if result.segments else None
        carried = (
            held is not None
            and scan is None
            and first is not None
            and first.table is None
            and goes_on_over_page_break(held, first.lines)
        )
        if held is not None and not carried:
            builder.add_paragraph(held)  # stays on its own page
        carry, held = (held if carried else None), None
        if scan is not None and scan.text.strip():
            ocr.add_page(builder, scan, places)  # prose and the tables found in the page image
            continue
        number = builder.start_page()
        if not result.segments:
            blank.append(number)
            continue
        for k, segment in enumerate(result.segments):
            if segment.table is not None:
                builder.add_table(segment.table.rows, source="pdf", page=number)
                continue
            lines, wraps, stops = segment.lines, segment.wraps, segment.stops
            if k == 0 and carry is not None:
                lines = (carry, *lines)
                wraps = None if wraps is None else (False, *wraps)
                stops = None if stops is None else (False, *stops)
            normalised = normalise_lines(lines, wrapped=True, wraps=wraps, stops=stops)
            if k == len(result.segments) - 1 and normalised:
                *normalised, last = normalised
                builder.add_lines(normalised)
                held = last
            else:
                builder.add_lines(normalised)
    if held is not None:
        builder.add_paragraph(held)
    return builder, blank


def goes_on_over_page_break(last: str, next_lines: Sequence[str]) -> bool:
    """A page's last line and the next page's first lines are one sentence cut by the page
    break: the line is unfinished and the next page goes on with it in lowercase (or with a
    number after a comma): :func:`~baocao.extract.layout.continues_sentence` as for a .txt's
    lines. A page break is no wrap the geometry can see, and a visual line's eager joins (a
    number after any unfinished line) would run a table written one cell per line together
    over it."""
    following = next((line.strip() for line in next_lines if line.strip()), "")
    return continues_sentence(last, following)


def load_pdf(
    source: Source,
    settings: ExtractSettings,
    *,
    page_cache: Mapping[int, CachedPage | str | ocr.OcrPage] | None = None,
) -> Document:
    """The PDF loader (``Format.PDF``). Pages without a usable text layer are OCRed
    (:func:`baocao.extract.ocr.ocr_blank_pages`); ``page_cache`` holds page texts already read,
    which are not OCRed again when the current OCR pipeline read them."""
    pdf = open_pdf(source, settings)
    try:
        results = list(read_pages(pdf, source))
        page_count = len(pdf)
    finally:
        pdf.close()
    no_layer = [r.number for r in results if not r.segments]
    scanned = ocr.ocr_blank_pages(
        source, settings, no_layer, page_count=page_count, cache=page_cache
    )
    builder, blank = pages_to_builder(iter(results), source.name, scanned)
    if len(blank) == page_count:
        raise NeedsOcr(source.name, "no text layer: needs OCR")
    warnings = []
    if blank:
        listed = ", ".join(str(n) for n in blank[:20]) + (" …" if len(blank) > 20 else "")
        warnings.append(f"{len(blank)} page(s) without a text layer left empty: {listed}")
        logger.warning("%s: %s", source.name, warnings[-1])
    warnings += [page.warning for page in scanned.values() if page.warning]
    return builder.build(source, warnings=warnings)
