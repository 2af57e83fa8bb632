"""Word .docx reports, through python-docx's XML.

The chain: :func:`open_docx` (zip-bomb check, python-docx) → :func:`read_blocks` (body
paragraphs and tables in body order, run by run, with each run's font) →
:func:`convert_runs` (each run through :func:`run_text`, the seam where legacy TCVN3/VNI
text is converted) → :func:`blocks_to_builder` (line repair with :mod:`layout`, tables
rendered like every loader's).

Word has no fixed pages, so ``Document.pages`` is empty. Headers, footers, footnotes, text
boxes and tracked deletions are not read; tracked insertions are.
"""

from __future__ import annotations

import io
import logging
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import docx
from docx.opc.exceptions import OpcError
from lxml import etree

from baocao.errors import UnreadableFile
from baocao.extract import legacy
from baocao.extract.builder import TextBuilder
from baocao.extract.layout import normalise_lines
from baocao.extract.limits import check_zip
from baocao.extract.source import Source
from baocao.model import Document
from baocao.settings import ExtractSettings

logger = logging.getLogger(__name__)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"

# Containers whose runs are part of a paragraph's visible text.
_INLINE_CONTAINERS = frozenset(
    W + t
    for t in (
        "hyperlink",
        "ins",
        "smartTag",
        "fldSimple",
        "sdt",
        "sdtContent",
        "customXml",
        "moveTo",
        "dir",
        "bdo",
    )
)
# Block containers whose paragraphs and tables are part of the body.
_BLOCK_CONTAINERS = frozenset(W + t for t in ("sdt", "sdtContent", "customXml", "ins", "moveTo"))


def run_text(text: str, font_name: str | None, hint: legacy.Encoding | None = None) -> str:
    """One run's text as Unicode. The seam for legacy encodings: a ``.VnTime`` (TCVN3) or
    ``VNI-Times`` run is converted here (:func:`baocao.extract.legacy.convert_run`); ``hint`` is
    the document's verdict for the run's font (:func:`baocao.extract.legacy.font_encodings`)."""
    return legacy.convert_run(text, font_name, hint=hint)


# -- records ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """A run's raw text and the font it is shown in (run, then styles, then defaults)."""

    text: str
    font: str | None


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]
    #: a numbered/bulleted item or a heading: starts a new line group (never glued upward).
    starts_block: bool = False

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class TableBlock:
    """Rows of cells; a cell is its paragraphs (nested tables' paragraphs flattened in)."""

    rows: tuple[tuple[tuple[Paragraph, ...], ...], ...]


Block = Paragraph | TableBlock


# -- opening ---------------------------------------------------------------------------------


def open_docx(source: Source, settings: ExtractSettings) -> Any:
    """The python-docx document of ``source``; UnreadableFile or ZipBomb when it is not one."""
    try:
        zipfile.ZipFile(io.BytesIO(source.data)).close()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as e:
        raise UnreadableFile(source.name, "truncated or corrupt .docx (zip cannot be read)") from e
    check_zip(source.data, document=source.name, max_unzipped_bytes=settings.max_unzipped_bytes)
    try:
        return docx.Document(io.BytesIO(source.data))
    except (zipfile.BadZipFile, EOFError, zlib.error) as e:
        raise UnreadableFile(source.name, "truncated or corrupt .docx (zip cannot be read)") from e
    except KeyError as e:
        raise UnreadableFile(source.name, f"not a Word document: missing part {e}") from e
    except etree.XMLSyntaxError as e:
        raise UnreadableFile(source.name, f"corrupt .docx: broken XML ({e})") from e
    except (OpcError, ValueError) as e:
        raise UnreadableFile(source.name, f"not a Word document: {e}") from e


# -- fonts -----------------------------------------------------------------------------------


class Styles:
    """What a paragraph or run inherits from the styles part.

    A run's font is its own ``w:rFonts`` (ascii, else hAnsi), else its character style's,
    else its paragraph style's (the default paragraph style when it names none; ``basedOn``
    followed), else the document default. A paragraph is numbered when its own properties
    or its style's carry ``w:numPr``.
    """

    def __init__(self, styles_element: Any | None) -> None:
        self._styles: dict[str, Any] = {}
        self._fonts: dict[str, str | None] = {}
        self._numbered: dict[str, bool] = {}
        self._default_font: str | None = None
        self.default_paragraph_style: str | None = None
        if styles_element is None:
            return
        for style in styles_element.iterfind(f"{W}style"):
            style_id = style.get(f"{W}styleId")
            if not style_id:
                continue
            self._styles[style_id] = style
            is_default = style.get(f"{W}default") in ("1", "true", "on")
            if is_default and style.get(f"{W}type") == "paragraph":
                self.default_paragraph_style = style_id
        defaults = styles_element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self._default_font = _rfonts_name(defaults)

    def _inherited(self, style_id: str | None, cache: dict[str, Any], own: Any) -> Any:
        """``own(style)`` for the style or, when None, the first style it is based on."""
        if not style_id:
            return None
        if style_id not in cache:
            cache[style_id] = None  # guards against basedOn cycles
            style = self._styles.get(style_id)
            value = None
            if style is not None:
                value = own(style)
                if value is None:
                    based = style.find(f"{W}basedOn")
                    if based is not None:
                        value = self._inherited(based.get(f"{W}val"), cache, own)
            cache[style_id] = value
        return cache[style_id]

    def style_font(self, style_id: str | None) -> str | None:
        return self._inherited(
            style_id, self._fonts, lambda style: _rfonts_name(style.find(f"{W}rPr"))
        )

    def style_numbered(self, style_id: str | None) -> bool:
        def own(style: Any) -> bool | None:
            return True if style.find(f"{W}pPr/{W}numPr") is not None else None

        return bool(self._inherited(style_id, self._numbered, own))

    def run_font(self, r: Any, paragraph_style: str | None) -> str | None:
        rpr = r.find(f"{W}rPr")
        font = _rfonts_name(rpr)
        if font is None and rpr is not None:
            rstyle = rpr.find(f"{W}rStyle")
            if rstyle is not None:
                font = self.style_font(rstyle.get(f"{W}val"))
        if font is None:
            font = self.style_font(paragraph_style or self.default_paragraph_style)
        return font or self._default_font


def _rfonts_name(rpr: Any | None) -> str | None:
    if rpr is None:
        return None
    rfonts = rpr.find(f"{W}rFonts")
    if rfonts is None:
        return None
    return rfonts.get(f"{W}ascii") or rfonts.get(f"{W}hAnsi")


# -- reading ---------------------------------------------------------------------------------


def _run_raw_text(r: Any) -> str:
    """Visible text of a ``w:r``: text, tabs, breaks; not field codes or deleted text."""
    parts: list[str] = []
    for child in r:
        tag = child.tag
        if tag == f"{W}t":
            parts.append(child.text or "")
        elif tag in (f"{W}tab", f"{W}ptab"):
            parts.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def _iter_runs(element: Any) -> Iterator[Any]:
    for child in element:
        if child.tag == f"{W}r":
            yield child
        elif child.tag in _INLINE_CONTAINERS:
            yield from _iter_runs(child)


def _paragraph_style(p: Any) -> str | None:
    pstyle = p.find(f"{W}pPr/{W}pStyle")
    return pstyle.get(f"{W}val") if pstyle is not None else None


def read_paragraph(p: Any, fonts: Styles) -> Paragraph:
    style = _paragraph_style(p)
    runs = tuple(Run(_run_raw_text(r), fonts.run_font(r, style)) for r in _iter_runs(p))
    numbered = p.find(f"{W}pPr/{W}numPr") is not None or fonts.style_numbered(style)
    heading = style is not None and style.lower().startswith(("heading", "title", "tieude"))
    return Paragraph(runs=tuple(r for r in runs if r.text), starts_block=numbered or heading)


def _cell_paragraphs(tc: Any, fonts: Styles) -> tuple[Paragraph, ...]:
    # Every paragraph under the cell, nested tables' included, in document order.
    return tuple(read_paragraph(p, fonts) for p in tc.iter(f"{W}p"))


def read_table(tbl: Any, fonts: Styles) -> TableBlock:
    """Rows of cells. A cell spanning n grid columns is followed by n-1 empty cells, and a
    vertically merged continuation is empty, so columns stay aligned."""
    rows = []
    for tr in tbl.iterfind(f"{W}tr"):
        cells: list[tuple[Paragraph, ...]] = []
        for tc in _row_cells(tr):
            tcpr = tc.find(f"{W}tcPr")
            span = 1
            continued = False
            if tcpr is not None:
                grid_span = tcpr.find(f"{W}gridSpan")
                if grid_span is not None and (grid_span.get(f"{W}val") or "").isdigit():
                    span = max(1, int(grid_span.get(f"{W}val")))
                v_merge = tcpr.find(f"{W}vMerge")
                continued = v_merge is not None and v_merge.get(f"{W}val") in (None, "continue")
            cells.append(() if continued else _cell_paragraphs(tc, fonts))
            cells.extend(() for _ in range(min(span, 64) - 1))
        rows.append(tuple(cells))
    return TableBlock(rows=tuple(rows))


def _row_cells(tr: Any) -> Iterator[Any]:
    for child in tr:
        if child.tag == f"{W}tc":
            yield child
        elif child.tag in _BLOCK_CONTAINERS:
            yield from _row_cells(child)


def read_blocks(body: Any, fonts: Styles) -> Iterator[Block]:
    """Paragraphs and tables of ``body`` in body order (content controls looked into)."""
    for child in body:
        if child.tag == f"{W}p":
            yield read_paragraph(child, fonts)
        elif child.tag == f"{W}tbl":
            yield read_table(child, fonts)
        elif child.tag in _BLOCK_CONTAINERS:
            yield from read_blocks(child, fonts)


def convert_runs(blocks: Sequence[Block]) -> list[Block]:
    """Every run through :func:`run_text` (legacy encodings become Unicode here)."""

    hints = legacy.font_encodings((r.text, r.font) for p in _paragraphs(blocks) for r in p.runs)

    def paragraph(p: Paragraph) -> Paragraph:
        runs = tuple(Run(run_text(r.text, r.font, hints.get(r.font or "")), r.font) for r in p.runs)
        return Paragraph(runs=runs, starts_block=p.starts_block)

    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(paragraph(block))
        else:
            out.append(
                TableBlock(
                    rows=tuple(
                        tuple(tuple(paragraph(p) for p in cell) for cell in row)
                        for row in block.rows
                    )
                )
            )
    return out


def _paragraphs(blocks: Sequence[Block]) -> Iterator[Paragraph]:
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block
        else:
            yield from (p for row in block.rows for cell in row for p in cell)


def cell_text(cell: Sequence[Paragraph]) -> str:
    return " ".join(p.text for p in cell if p.text.strip())


def blocks_to_builder(blocks: Sequence[Block]) -> TextBuilder:
    """Lay out paragraphs (line repair per run of paragraphs) and tables into a builder."""
    builder = TextBuilder()
    pending: list[str] = []

    def flush() -> None:
        builder.add_lines(normalise_lines(pending))
        pending.clear()

    for block in blocks:
        if isinstance(block, TableBlock):
            flush()
            builder.add_table(
                ([cell_text(cell) for cell in row] for row in block.rows), source="docx"
            )
            continue
        if block.starts_block:
            flush()
        pending.extend(block.text.split("\n"))
    flush()
    return builder


def load_docx(source: Source, settings: ExtractSettings) -> Document:
    """The .docx loader (``Format.DOCX``)."""
    document = open_docx(source, settings)
    try:
        styles = document.styles.element
    except (KeyError, ValueError, etree.XMLSyntaxError):
        logger.warning("%s: styles part unreadable; fonts from runs only", source.name)
        styles = None
    fonts = Styles(styles)
    blocks = convert_runs(list(read_blocks(document.element.body, fonts)))
    return blocks_to_builder(blocks).build(source)
