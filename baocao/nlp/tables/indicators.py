"""Indicator tables: a percentage of the reporting unit per row with a rate (its threshold
from the requirement column), and a verdict per criterion whose assessment cells all
agree."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from baocao.model import Document
from baocao.nlp.mentions import (
    RowSpan,
    TableMention,
    TablePercentageMention,
    TableVerdictMention,
)
from baocao.nlp.tables.cells import (
    THRESHOLD,
    cell_mark,
    cell_number,
    row_texts,
    threshold_of,
    writes_dd_marks,
)
from baocao.nlp.tables.layout import Column, Layout, verdict_valued
from baocao.nlp.tables.lexicon import HeaderLexicon
from baocao.nlp.tables.names import criterion_in
from baocao.nlp.tables.provenance import row_span


def indicator_mentions(
    document: Document, layout: Layout, criteria_set: str | None, lexicon: HeaderLexicon
) -> list[TableMention]:
    """A percentage per indicator row with a percent result (threshold from the requirement
    column), and one verdict per criterion from an assessment column when every row of that
    criterion agrees."""
    table = layout.table
    label_col = layout.first("label") or layout.first("purpose")
    value_col = layout.first("value") or layout.first("share")
    threshold_col = layout.first("threshold")
    unit_col = layout.first("unit")
    criterion_col = layout.first("criterion")
    verdict_col = layout.first("verdict")
    found: list[TableMention] = []
    criterion: int | None = None
    verdicts: dict[int, list[tuple[bool, RowSpan]]] = {}
    rows = table.rows[layout.first_data_row :]
    if verdict_col is None and verdict_valued(layout, value_col):
        verdict_col = value_col  # "Tên tiêu chí | Kết quả" with "Đạt"/"Chưa đạt" in every row
    said = [r[verdict_col.index].text for r in rows if verdict_col and verdict_col.index < len(r)]
    bare_d = writes_dd_marks(said, lexicon)  # "Đ" written: a "D" among them lost its bar
    for r in range(layout.first_data_row, len(table.rows)):
        texts = row_texts(table.rows[r])

        def cell(col: Column | None, texts: Sequence[str] = texts) -> str:
            return texts[col.index] if col is not None and col.index < len(texts) else ""

        span = row_span(document, table, r)
        if criterion_col is not None and cell(criterion_col):
            criterion = criterion_in(cell(criterion_col), criteria_set) or criterion
        label = cell(label_col)
        if label_col is not None and criterion_col is None:
            criterion = criterion_in(label, criteria_set, strict=True) or criterion
        if verdict_col is not None and criterion is not None:
            mark = cell_mark(cell(verdict_col), lexicon, bare_d=bare_d)
            if mark is not None and not mark.tick:
                verdicts.setdefault(criterion, []).append((bool(mark.value), span))
        rate = _rate(cell(value_col), value_col, cell(unit_col))
        if rate is None or not label:
            continue
        value, unit = rate
        found.append(
            TablePercentageMention(
                row=span,
                label=label,
                criterion=criterion,
                value=value,
                threshold=threshold_of(cell(threshold_col)),
                unit=unit,
            )
        )
    for number, marks in verdicts.items():
        if len({met for met, _ in marks}) == 1:
            met, span = marks[0]
            found.append(TableVerdictMention(row=span, criterion=number, met=met))
    return found


def _rate(text: str, col: Column | None, unit_written: str) -> tuple[Decimal, str] | None:
    """A result that is a rate, with its unit: in percent when the cell, the header ("Tỷ lệ
    (%)") or the row's "ĐVT" says "%"; per something when the ĐVT says so ("tiêu chí/xã",
    "triệu đồng/người/năm"). Lengths, counts and money are not rates: None."""
    if col is None or not text or THRESHOLD.match(text):
        return None
    unit = " ".join(unit_written.split())
    if "%" in text or any("%" in h for h in col.headers) or unit == "%":
        unit = "%"
    elif "/" not in unit:
        return None
    value = cell_number(text)
    return (value, unit) if value is not None else None
