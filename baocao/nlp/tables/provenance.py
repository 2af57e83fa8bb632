"""Where a table fact comes from.

**Quotes** are the whole row's rendering (``text[first_cell.start:last_cell.end]``), so the
subject's name is always in the quote; ``origin`` is ``table:<index>:row:<r>``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from baocao.model import Document, Report, Table


@dataclass(frozen=True)
class RowSpan:
    """Provenance shared by every fact read from one row."""

    page: int | None
    start: int
    end: int
    quote: str
    origin: str
    ocr: bool


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


def fact_fields(document: Document, report: Report, span: RowSpan) -> dict[str, Any]:
    return {
        "document": document.name,
        "document_sha256": document.sha256,
        "page": span.page,
        "start": span.start,
        "end": span.end,
        "quote": span.quote,
        "period": report.period,
        "scheme": report.scheme,
        "criteria_set": report.criteria_set,
        "ocr": span.ocr,
        "origin": span.origin,
    }
