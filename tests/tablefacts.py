"""Documents holding appendix tables, built the way every loader renders a table (one line
per row, cells joined by " | ", each cell's offsets recorded), the facts read from them (the
road every document takes: the tables' mentions, then the normalise stage with the report),
and what the table tests check of those facts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from baocao.model import Cell, Document, Fact, Format, Level, Page, Place, Report, Table
from baocao.nlp.tables import read_tables
from baocao.normalize.facts import tables_to_facts

DISTRICT = Place("huyện Bố Trạch", "huyện", "Bố Trạch", Level.DISTRICT)
REPORT = Report(unit=DISTRICT, period="2020", criteria_set="2016-2020")


def make_document(
    *tables: Sequence[Sequence[str]],
    before: str = "Phụ lục\n",
    ocr: bool = False,
    page_per_table: bool = False,
) -> Document:
    """A PDF-like document holding ``tables``, each preceded by the line(s) ``before``; on
    one page, or each table on a page of its own."""
    text = ""
    built: list[Table] = []
    page_starts: list[int] = []
    for rows in tables:
        if page_per_table or not page_starts:
            page_starts.append(len(text))
        text += before
        start = len(text)
        cells_rows = []
        for row in rows:
            cells = []
            for i, cell in enumerate(row):
                if i:
                    text += " | "
                cells.append(Cell(cell, len(text), len(text) + len(cell)))
                text += cell
            cells_rows.append(tuple(cells))
            text += "\n"
        page = len(page_starts)
        built.append(Table(len(built), page, start, len(text) - 1, tuple(cells_rows), "pdf"))
    ends = page_starts[1:] + [len(text)]
    confidence = 90.0 if ocr else None
    return Document(
        path="/tmp/phu-luc.pdf",
        name="phu-luc.pdf",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        format=Format.PDF,
        text=text,
        pages=tuple(
            Page(n, a, b, ocr=ocr, ocr_confidence=confidence)
            for n, (a, b) in enumerate(zip(page_starts, ends, strict=True), start=1)
        ),
        tables=tuple(built),
    )


def table_facts(document: Document, report: Report = REPORT) -> tuple[Fact, ...]:
    """The facts ``document``'s tables give in a report described by ``report`` (its tables
    read in the report's criteria set, as ``nlp.read_document`` reads them in the one its
    metadata gives)."""
    return tables_to_facts(document, report, read_tables(document, report.criteria_set))


def assert_traced(document: Document, facts: Sequence[Fact]) -> None:
    for fact in facts:
        assert document.text[fact.start : fact.end] == fact.quote
        assert fact.document == document.name
        assert fact.document_sha256 == document.sha256


def of_kind(facts: Sequence[Fact], kind: type[Fact]) -> list:
    return [f for f in facts if isinstance(f, kind)]
