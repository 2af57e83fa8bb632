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
from decimal import Decimal

from baocao.data.lexicon import fold_words
from baocao.model import Document, Fact, Funding, Level, Report
from baocao.nlp.tables.cells import (
    amount_with_unit,
    cell_number,
    money_unit_in,
    period_in,
    row_texts,
    share_in_cell,
    split_unit,
    summary_role,
)
from baocao.nlp.tables.layout import Column, Layout
from baocao.nlp.tables.lexicon import HeaderLexicon
from baocao.nlp.tables.names import LEADING_ORDINAL, read_subject, unit_place
from baocao.nlp.tables.provenance import fact_fields, row_span
from baocao.vocab.money import to_vnd
from baocao.vocab.numbers import decimals_written
from baocao.vocab.sources import funding_source

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
    2021"). "Tổng cộng" rows are source total, or, over places, the reporting unit's total;
    a total row may come first or last. A sub-row ("- Vốn đầu tư phát triển", "1.1", "a)")
    under a source's row that names no source of its own is that source's money, not a
    total; a period's row ("Giai đoạn 2011-2015") is that period's total and gives its
    period to the rows under it.
    """
    table = layout.table
    name_col = next(
        (layout.first(role) for role in FUNDING_NAME_ROLES if layout.first(role) is not None),
        None,
    )
    if name_col is None:
        return []
    amounts = layout.with_role("amount")
    shares = _shares_by_amount(amounts, layout.with_role("share"))
    unit_col = layout.first("unit")
    ordinal_col = layout.first("ordinal")
    level = report.unit.level if report.unit else None
    column_sources = {c.index: _column_source(c, level) for c in amounts}
    facts: list[Fact] = []
    missing_unit = 0
    parents: list[tuple[int, str | None]] = []  # (depth, source) of the rows above
    row_period: str | None = None  # the period a period's row gives the rows under it
    for r in range(layout.first_data_row, len(table.rows)):
        texts = row_texts(table.rows[r])
        name = texts[name_col.index] if name_col.index < len(texts) else ""
        role = summary_role(texts, name_col.index, lexicon)
        if (not name and role is None) or role == "percent":
            continue
        ordinal = texts[ordinal_col.index] if ordinal_col and ordinal_col.index < len(texts) else ""
        depth = row_depth(ordinal, name)
        while parents and depth is not None and parents[-1][0] >= depth:
            parents.pop()
        parent = parents[-1][1] if parents and depth is not None else None
        row = _funding_row(name, name_col, role, report, parent)
        if row is not None and row.source == "total" and row.period_row:
            row_period = row.period
        elif role == "total":
            row_period = None
        if depth is not None:
            parents.append((depth, row.source if row is not None else None))
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
            share = shares.get(col.index)
            percent = _share(texts, share) if share else share_in_cell(text)
            facts.append(
                Funding(
                    **{
                        **fact_fields(document, report, span),
                        "period": row.period
                        or col.period
                        or (None if row.period_row else row_period)
                        or layout.period
                        or report.period,
                    },
                    region=row.region,
                    region_code=row.region_code,
                    source=source,
                    flow=col.flow or "mobilised",
                    amount_vnd=vnd,
                    unit_written=unit_written,
                    percent_stated=float(percent) if percent is not None else None,
                    purpose=row.purpose,
                    percent_decimals=decimals_written(percent) if percent is not None else None,
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


#: How deep a row sits, from its ordinal or the mark its name starts with: "I" (0), "1"
#: (1), "1.1" (2), "a" (3), "-" / "+" (4).
_ROMAN = re.compile(r"^[IVXL]{1,5}[.)]?$")
_ARABIC = re.compile(r"^\d{1,3}[.)]?$")
_DOTTED = re.compile(r"^\d{1,3}(?:\.\d{1,3})+[.)]?$")
_LETTER = re.compile(r"^[a-zđ][.)]?$")
_BULLET = re.compile(r"^[-–—+•*]$")
_NAME_MARK = re.compile(
    r"^\s*(?:(\d{1,3}(?:\.\d{1,3})+)[.)]?|([IVXL]{1,5})[.)]|(\d{1,3})[.)]|([a-zđ])\)|([-–—+•*]))\s"
)


def row_depth(ordinal: str, name: str) -> int | None:
    """A row's depth in a table's outline, from its ordinal cell or, failing that, the
    ordinal or bullet its name starts with; None when neither says."""
    mark = ordinal.strip()
    for depth, pattern in enumerate((_ROMAN, _ARABIC, _DOTTED, _LETTER, _BULLET)):
        if mark and pattern.match(mark):
            return depth
    m = _NAME_MARK.match(name + " ")
    if m is None:
        return None
    dotted, roman, arabic, letter, bullet = m.groups()
    return 2 if dotted else 0 if roman else 1 if arabic else 3 if letter else 4


@dataclass(frozen=True)
class FundingRow:
    """What a funding table's row names: its ``source`` (when the rows are sources),
    ``purpose``, ``region`` and ``period`` (``period_row`` when the row is a period's own
    total, "Giai đoạn 2011-2015")."""

    region: str
    region_code: str | None
    source: str | None = None
    purpose: str | None = None
    period: str | None = None
    period_row: bool = False


#: Sources a sub-row never inherits: a total's parts, or money of no named source.
_NOT_INHERITED = frozenset({None, "total", "other"})


def _funding_row(
    name: str,
    name_col: Column,
    row_role: str | None,
    report: Report,
    parent: str | None = None,
) -> FundingRow | None:
    """Read a funding row's name cell; None when the row names nothing money can belong to
    (an indicator's label, a heading). ``parent`` is the source of the row it sits under."""
    region, code = unit_place(report)
    column_role = name_col.role
    label = LEADING_ORDINAL.sub("", name).strip(" -+*:")
    if row_role == "total":
        return FundingRow(region, code, source="total", period=period_in(label))
    if not label:
        return None
    if column_role == "subject":
        subject, subject_code = read_subject(name, name_col.unit_kind, report)
        return FundingRow(subject, subject_code)
    if column_role == "period" or _PERIOD_ONLY.match(label):
        period = period_in(label)
        if not period:
            return None
        if column_role == "period":
            return FundingRow(region, code, period=period)
        return FundingRow(region, code, source="total", period=period, period_row=True)
    source = funding_source(label, report.unit.level if report.unit else None)
    if source is not None:
        return FundingRow(
            region, code, source=source, period=period_in(label) if source == "total" else None
        )
    if parent not in _NOT_INHERITED:
        return FundingRow(region, code, source=parent, purpose=None)
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


def _shares_by_amount(amounts: Sequence[Column], shares: Sequence[Column]) -> dict[int, Column]:
    """Each share column's amount column, whatever their order: the one under the same
    merged heading ("Kế hoạch" over "Số tiền | Tỷ lệ"), else the nearest (the one to its
    left on a tie)."""
    pairs: dict[int, Column] = {}
    for share in shares:
        grouped = [
            a
            for a in amounts
            if len(a.headers) > 1 and len(share.headers) > 1 and a.headers[0] == share.headers[0]
        ]
        candidates = grouped or list(amounts)
        if not candidates:
            continue
        best = min(candidates, key=lambda a: (abs(a.index - share.index), a.index > share.index))
        pairs.setdefault(best.index, share)
    return pairs


def _share(texts: Sequence[str], share: Column | None) -> Decimal | None:
    if share is None or share.index >= len(texts):
        return None
    return cell_number(texts[share.index])
