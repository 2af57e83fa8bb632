"""Tables a web page flattened into the text, one cell per line: header cells ("Nguồn vốn",
"Số tiền (triệu đồng)", "Tỷ lệ (%)"), then each row's cells, in order. They are found as
runs of lines that regroup into a funding table's header and rows, and read as tables
(:func:`baocao.nlp.tables.read_tables`): each regrouped row's cells keep their offsets in the
text, so every mention quotes the lines it was read from, and the text patterns skip them as
they skip a loader's tables.
"""

from __future__ import annotations

import re
from dataclasses import replace

from baocao.model import Cell, Document, Table
from baocao.nlp.tables.cells import cell_number, fold_header
from baocao.nlp.tables.layout import layout_kind, table_layout
from baocao.nlp.tables.lexicon import header_lexicon, lookup

#: Most columns a flattened table is tried with, and fewest data rows it must have.
MAX_COLUMNS = 5
MIN_ROWS = 2
#: Longest line read as one cell.
MAX_CELL = 80

# A header cell has no figure, but for a unit's or a share's ("(%)", "(triệu đồng)").
_FIGURE = re.compile(r"\d")
# A row number cell ("1", "2", "I", "a").
_ROW_NUMBER = re.compile(r"^(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]?$")
_NUMBER_HEADERS = ("tt", "stt", "so tt")


def _lines(text: str) -> list[tuple[int, int]]:
    """Each non-empty line's (start, end), its text stripped."""
    spans = []
    at = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = line.index(stripped[0])
            spans.append((at + lead, at + lead + len(stripped)))
        at += len(line) + 1
    return spans


def _header_cell(text: str) -> bool:
    return len(text) <= MAX_CELL and _FIGURE.search(text) is None and "|" not in text


def _rows(
    text: str, lines: list[tuple[int, int]], i: int, k: int, numbered: bool
) -> list[tuple[Cell, ...]]:
    """The rows of ``k`` cells regrouped from the lines after ``i``'s header, while each
    holds a figure and no line runs long; a row-number column left empty (a total's) drops
    its cell, so a row whose first line is no row number gets an empty one."""
    rows: list[tuple[Cell, ...]] = []
    j = i + k
    while j < len(lines):
        take = k
        cells: list[Cell] = []
        if numbered and not _ROW_NUMBER.match(text[slice(*lines[j])]):
            cells.append(Cell("", lines[j][0], lines[j][0]))
            take = k - 1
        group = lines[j : j + take]
        if len(group) < take:
            break
        texts = [text[a:b] for a, b in group]
        if any(len(t) > MAX_CELL or "|" in t for t in texts):
            break
        if not any(cell_number(t) is not None for t in texts):
            break
        if all(cell_number(t) is not None for t in texts):
            break  # a row names something: figures alone are the next table's or a list's
        cells += [Cell(t, a, b) for t, (a, b) in zip(texts, group, strict=True)]
        rows.append(tuple(cells))
        j += take
    return rows


def _aligned(rows: list[tuple[Cell, ...]]) -> bool:
    """Whether the rows' words (cells that are no figure) sit in the same columns in every
    row: lines regrouped by the wrong width put a row's name in another column."""
    patterns = {
        tuple(j for j, c in enumerate(row) if c.text and cell_number(c.text) is None)
        for row in rows
    }
    return len(patterns) == 1


def _table_at(
    document: Document, lines: list[tuple[int, int]], i: int, index: int
) -> tuple[Table, int] | None:
    """The funding table whose header starts at line ``i`` and that regroups the most lines
    (the widest of those), and the line after it: a width too wide takes a row's first cell
    ("Tổng cộng") for a header and leaves lines over."""
    text = document.text
    lexicon = header_lexicon()
    best: tuple[Table, int] | None = None
    for k in range(MAX_COLUMNS, 1, -1):
        header = lines[i : i + k]
        if len(header) < k or not all(_header_cell(text[a:b]) for a, b in header):
            continue
        folded = [fold_header(text[a:b]) for a, b in header]
        if not all(lookup(lexicon.columns, f) is not None for f in folded):
            continue
        numbered = folded[0] in _NUMBER_HEADERS
        rows = _rows(text, lines, i, k, numbered)
        if len(rows) < MIN_ROWS or not _aligned(rows):
            continue
        cells = (tuple(Cell(text[a:b], a, b) for a, b in header), *rows)
        start, end = header[0][0], rows[-1][-1].end
        table = Table(index, None, start, end, cells, "flattened")
        layout = table_layout(document, table, None, lexicon)
        if layout is None or layout_kind(layout) != "funding":
            continue
        after = i + k + sum(1 for row in rows for c in row if c.end > c.start)
        if best is None or after > best[1]:
            best = (table, after)
    return best


def _outside(tables: tuple[Table, ...], at: int) -> bool:
    return not any(t.start <= at < t.end for t in tables)


def with_flattened_tables(document: Document) -> Document:
    """``document`` with the funding tables its text holds one cell per line added to its
    tables (after the loader's, in text order among themselves)."""
    lines = [span for span in _lines(document.text) if _outside(document.tables, span[0])]
    found: list[Table] = []
    i = 0
    while i < len(lines):
        text = document.text[slice(*lines[i])]
        if not _header_cell(text):
            i += 1
            continue
        at = _table_at(document, lines, i, len(document.tables) + len(found))
        if at is None:
            i += 1
            continue
        table, i = at
        found.append(table)
    if not found:
        return document
    return replace(document, tables=(*document.tables, *found))
