"""Funding tables: one :class:`~baocao.model.Funding` per row × amount column.

**Money needs a unit**, from the column header ("Số tiền (triệu đồng)"), a "ĐVT" column,
the table's title rows or the line just above the table ("Đơn vị tính: triệu đồng"), or the
cell itself ("15 tỷ đồng"). An amount with no unit anywhere yields no fact (and is counted
in one warning per table).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from baocao.data.lexicon import fold_words
from baocao.model import Document, Fact, Funding, Level, Report
from baocao.nlp.tables.cells import (
    amount_with_unit,
    cell_number,
    money_unit_in,
    period_in,
    row_texts,
    split_unit,
    summary_role,
)
from baocao.nlp.tables.layout import Column, Layout
from baocao.nlp.tables.lexicon import HeaderLexicon
from baocao.nlp.tables.names import LEADING_ORDINAL, read_subject, unit_place
from baocao.nlp.tables.provenance import fact_fields, row_span
from baocao.normalize.money import to_vnd
from baocao.normalize.sources import funding_source

log = logging.getLogger(__name__)

#: Columns that name what a funding table's rows are, in order of preference.
FUNDING_NAME_ROLES = ("source", "purpose", "label", "subject", "period")
#: A name cell that is a period only: "Năm 2021", "2021 - 2025".
_PERIOD_ONLY = re.compile(
    r"^(?:năm|giai đoạn)?\s*(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)\d{2})?$", re.IGNORECASE
)


def funding_facts(
    document: Document, layout: Layout, report: Report, lexicon: HeaderLexicon
) -> list[Fact]:
    """One :class:`Funding` per row × amount column.

    Rows name the source ("Ngân sách tỉnh"), a purpose (source "other"), a place (then the
    columns name the sources: "Xã | Ngân sách tỉnh | Nhân dân đóng góp") or a period ("Năm
    2021"). "Tổng cộng" rows are source total, or, over places, the reporting unit's total.
    """
    table = layout.table
    name_col = next(
        (layout.first(role) for role in FUNDING_NAME_ROLES if layout.first(role) is not None),
        None,
    )
    if name_col is None:
        return []
    amounts = layout.with_role("amount")
    shares = layout.with_role("share")
    unit_col = layout.first("unit")
    level = report.unit.level if report.unit else None
    column_sources = {c.index: _column_source(c, level) for c in amounts}
    facts: list[Fact] = []
    missing_unit = 0
    for r in range(layout.first_data_row, len(table.rows)):
        texts = row_texts(table.rows[r])
        name = texts[name_col.index] if name_col.index < len(texts) else ""
        role = summary_role(texts, name_col.index, lexicon)
        if (not name and role is None) or role == "percent":
            continue
        row = _funding_row(name, name_col, role, report)
        if row is None:
            continue
        row_unit = (
            money_unit_in(texts[unit_col.index])
            if unit_col and unit_col.index < len(texts)
            else None
        )
        span = row_span(document, table, r)
        for col in amounts:
            # The row's own source wins; a total row (or a row of places or periods) takes
            # the column's; nothing named at all is not guessed.
            source = row.source
            if source is None or source == "total":
                source = column_sources[col.index] or source
            if source is None:
                continue
            text = texts[col.index] if col.index < len(texts) else ""
            amount = _amount(text, col.unit or row_unit or layout.unit)
            if amount is None:
                # A row measured in km or % under a "ĐVT" column is not money: say nothing.
                stated = bool(unit_col and unit_col.index < len(texts) and texts[unit_col.index])
                if cell_number(text) is not None and not stated:
                    missing_unit += 1
                continue
            vnd, unit_written = amount
            facts.append(
                Funding(
                    **{
                        **fact_fields(document, report, span),
                        "period": row.period or col.period or report.period,
                    },
                    region=row.region,
                    region_code=row.region_code,
                    source=source,
                    flow=col.flow or "mobilised",
                    amount_vnd=vnd,
                    unit_written=unit_written,
                    percent_stated=_share_for(col, shares, amounts, texts),
                    purpose=row.purpose,
                )
            )
    if missing_unit:
        log.warning(
            "%s: table %d (page %s): %d amounts without a unit were skipped",
            document.name,
            table.index,
            table.page,
            missing_unit,
        )
    return facts


@dataclass(frozen=True)
class FundingRow:
    """What a funding table's row names: its ``source`` (when the rows are sources),
    ``purpose``, ``region`` and ``period``."""

    region: str
    region_code: str | None
    source: str | None = None
    purpose: str | None = None
    period: str | None = None


def _funding_row(
    name: str, name_col: Column, row_role: str | None, report: Report
) -> FundingRow | None:
    """Read a funding row's name cell; None when the row names nothing money can belong to
    (an indicator's label, a heading)."""
    region, code = unit_place(report)
    column_role = name_col.role
    if row_role == "total":
        return FundingRow(region, code, source="total")
    label = LEADING_ORDINAL.sub("", name).strip(" -+*:")
    if not label:
        return None
    if column_role == "subject":
        subject, subject_code = read_subject(name, name_col.unit_kind, report)
        return FundingRow(subject, subject_code)
    if column_role == "period" or _PERIOD_ONLY.match(label):
        period = period_in(label)
        return FundingRow(region, code, period=period) if period else None
    source = funding_source(label, report.unit.level if report.unit else None)
    if source is not None:
        return FundingRow(region, code, source=source)
    if column_role == "source":
        return FundingRow(region, code, source="other")
    if column_role == "purpose":
        return FundingRow(region, code, source="other", purpose=label)
    return None


def _column_source(col: Column, level: Level | None) -> str | None:
    """The source an amount column's header names ("Ngân sách tỉnh (triệu đồng)"), or
    "total" for a "Tổng" column; None when it names none ("Số tiền", "Kế hoạch")."""
    for header in reversed(col.headers):
        words = split_unit(header)[0]
        source = funding_source(words, level)
        if source is not None:
            return source
        if fold_words(words).split(" ")[0] in ("tong", "cong"):
            return "total"
    return None


def _amount(text: str, unit: str | None) -> tuple[int, str] | None:
    with_unit = amount_with_unit(text)
    if with_unit is not None:
        number, written = with_unit
        return to_vnd(number, written), written
    bare = cell_number(text) if "%" not in text else None
    if bare is None or unit is None:
        return None
    return to_vnd(bare, unit), unit


def _share_for(
    col: Column, shares: Sequence[Column], amounts: Sequence[Column], texts: Sequence[str]
) -> float | None:
    """The share column belonging to amount column ``col``: the next share column to its
    right before the next amount column."""
    later_amounts = [a.index for a in amounts if a.index > col.index]
    limit = min(later_amounts) if later_amounts else len(texts) + 1
    for share in shares:
        if col.index < share.index < limit and share.index < len(texts):
            value = cell_number(texts[share.index])
            return float(value) if value is not None else None
    return None
