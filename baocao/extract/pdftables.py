"""Ruled tables of a PDF page, found from pypdfium2's path objects.

pdfplumber's lattice algorithm (``merge_edges → edges_to_intersections →
intersections_to_cells → cells_to_tables``) is reused as is, but fed with edges read from
pypdfium2's path objects instead of pdfminer's parse of the page: pdfminer spends ~0.3 s on
a page of text to produce the same strokes, pdfium a millisecond. Cell text is read with
pypdfium2 too, bounded by each cell's box.

Coordinates follow pdfplumber: ``top``/``bottom`` are points from the page's top edge.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfplumber.table import (
    Table,
    cells_to_tables,
    edges_to_intersections,
    intersections_to_cells,
    merge_edges,
)

from baocao.extract.layout import clean_cell

#: pdfplumber's defaults for its "lines" strategy.
SNAP_TOLERANCE = 3.0
JOIN_TOLERANCE = 3.0
EDGE_MIN_LENGTH = 3.0
INTERSECTION_TOLERANCE = 3.0
#: A stroke this close to horizontal/vertical (points) counts as such.
AXIS_TOLERANCE = 0.5
#: A cell's text is read this far (points) inside its top and bottom borders. PDFium takes
#: every character whose box touches the bounds, and the stacked diacritics of capitals
#: in the line under a table ("ĐỘNG", "SỬ") rise a point over its last border; a cell's
#: own characters, several points tall, always reach further in.
CELL_INSET = 2.0


@dataclass(frozen=True)
class FoundTable:
    """A ruled table: its vertical extent and its rows of cell text (``None`` cells of
    pdfplumber's grid, spanned by a merged cell, are ``""``)."""

    top: float
    bottom: float
    rows: tuple[tuple[str, ...], ...]


def _edge(p: tuple[float, float], q: tuple[float, float], height: float) -> dict[str, Any] | None:
    (x0, y0), (x1, y1) = p, q
    if abs(y1 - y0) <= AXIS_TOLERANCE and abs(x1 - x0) >= 1:
        left, right = sorted((x0, x1))
        top = height - (y0 + y1) / 2
        return {
            "x0": left, "x1": right, "top": top, "bottom": top, "doctop": top,
            "width": right - left, "height": 0.0, "orientation": "h",
        }  # fmt: skip
    if abs(x1 - x0) <= AXIS_TOLERANCE and abs(y1 - y0) >= 1:
        top, bottom = sorted((height - y0, height - y1))
        x = (x0 + x1) / 2
        return {
            "x0": x, "x1": x, "top": top, "bottom": bottom, "doctop": top,
            "width": 0.0, "height": bottom - top, "orientation": "v",
        }  # fmt: skip
    return None


def _segments(obj: pdfium.PdfObject) -> Iterator[tuple[tuple[float, float], tuple[float, float]]]:
    """The straight strokes of a path object, in page coordinates (closing strokes included)."""
    matrix = obj.get_matrix()
    x, y = ctypes.c_float(), ctypes.c_float()
    start = previous = None
    for i in range(pdfium_c.FPDFPath_CountSegments(obj.raw)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj.raw, i)
        if not pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y)):
            continue
        point = matrix.on_point(x.value, y.value)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or previous is None:
            start = point
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO:
            yield previous, point
        previous = point
        if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None:
            yield previous, start
            previous = start


def page_edges(page: pdfium.PdfPage) -> list[dict[str, Any]]:
    """Horizontal and vertical strokes of the page's path objects, as pdfplumber edges."""
    height = page.get_height()
    edges = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=0):
        for p, q in _segments(obj):
            edge = _edge(p, q, height)
            if edge is not None:
                edges.append(edge)
    return edges


def edges_to_grids(edges: list[dict[str, Any]]) -> list[list[Any]]:
    """pdfplumber's lattice: the cells (x0, top, x1, bottom) of each table."""
    if not edges:
        return []
    merged = merge_edges(edges, SNAP_TOLERANCE, SNAP_TOLERANCE, JOIN_TOLERANCE, JOIN_TOLERANCE)
    long_enough = [
        e
        for e in merged
        if (e["width"] if e["orientation"] == "h" else e["height"]) >= EDGE_MIN_LENGTH
    ]
    intersections = edges_to_intersections(
        long_enough, INTERSECTION_TOLERANCE, INTERSECTION_TOLERANCE
    )
    return cells_to_tables(intersections_to_cells(intersections))


def find_tables(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> list[FoundTable]:
    """The page's ruled tables, top first. A lone framed box (one cell) is no table."""
    height = page.get_height()
    found = []
    for cells in edges_to_grids(page_edges(page)):
        if len(cells) < 2:
            continue
        table = Table(None, cells)  # type: ignore[arg-type]  # rows need no page
        rows = tuple(
            tuple(_cell_text(textpage, bbox, height) for bbox in row.cells) for row in table.rows
        )
        x0, top, x1, bottom = table.bbox
        found.append(FoundTable(top=top, bottom=bottom, rows=rows))
    return sorted(found, key=lambda t: t.top)


def _cell_text(textpage: pdfium.PdfTextPage, bbox: tuple[float, ...] | None, height: float) -> str:
    if bbox is None:
        return ""
    x0, top, x1, bottom = bbox
    inset = CELL_INSET if bottom - top > 4 * CELL_INSET else 0.0
    text = textpage.get_text_bounded(
        left=x0, bottom=height - bottom + inset, right=x1, top=height - top - inset
    )
    return clean_cell(text.replace("\x02", "-"))  # pdfium's mark for a line-end hyphen
