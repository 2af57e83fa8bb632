"""Where a table mention comes from.

**Quotes** are the whole row's rendering (``text[first_cell.start:last_cell.end]``), so the
subject's name is always in the quote; ``origin`` is ``table:<index>:row:<r>``.
"""

from __future__ import annotations

from baocao.model import Document, Table
from baocao.nlp.mentions import RowSpan

__all__ = ["RowSpan", "row_span"]


def row_span(document: Document, table: Table, r: int) -> RowSpan:
    row = table.rows[r]
    start, end = row[0].start, row[-1].end
    page = document.pages[table.page - 1] if table.page and document.pages else None
    return RowSpan(
        page=table.page,
        start=start,
        end=end,
        quote=document.text[start:end],
        origin=f"table:{table.index}:row:{r}",
        ocr=bool(page and page.ocr),
    )
