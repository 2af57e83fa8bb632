"""Funding tables: one funding mention per row × amount column.

**Money needs a unit**, from the column header ("Số tiền (triệu đồng)"), a "ĐVT" column,
the table's title rows or the line just above the table ("Đơn vị tính: triệu đồng"), or the
cell itself ("15 tỷ đồng"). An amount with no unit anywhere yields no mention (and is counted
in one warning per table).

**Sources** are read without the reporting unit's level (whether words name a source, and
whether it is a total, does not depend on it); the words that named one go with the mention,
and the normalise stage reads them again at the unit's level ("ngân sách thành phố" is a
province's budget in a province-level city).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from baocao.data.lexicon import fold_words
from baocao.model import Document
from baocao.nlp.mentions import TableFundingMention, TableMention
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
from baocao.nlp.tables.names import LEADING_ORDINAL, subject_written
from baocao.nlp.tables.provenance import row_span
from baocao.vocab.sources import funding_source, names_kind_only

log = logging.getLogger(__name__)

#: Columns that name what a funding table's rows are, in order of preference.
FUNDING_NAME_ROLES = ("source", "purpose", "label", "subject", "period")
#: A name cell that is a period only: "Năm 2021", "2021 - 2025".
_PERIOD_ONLY = re.compile(
    r"^(?:năm|giai đoạn)?\s*(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)\d{2})?$", re.IGNORECASE
)


def funding_mentions(
    document: Document, layout: Layout, criteria_set: str | None, lexicon: HeaderLexicon
) -> list[TableMention]:
    """One :class:`~baocao.nlp.mentions.TableFundingMention` per row × amount column.

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
    column_sources = {c.index: _column_source(c) for c in amounts}
    found: list[TableMention] = []
    missing_unit = 0
    # (depth, source, the words naming it) of the rows above
    parents: list[tuple[int, str | None, str | None]] = []
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
        parent = parents[-1][1:] if parents and depth is not None else (None, None)
        row = _funding_row(name, name_col, role, parent)
        if row is not None and row.source == "total" and row.period_row:
            row_period = row.period
        elif role == "total":
            row_period = None
        if depth is not None:
            parents.append(
                (depth, row.source, row.source_words) if row is not None else (depth, None, None)
            )
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
            source, words = row.source, row.source_words
            if source is None or source == "total":
                column_source, column_words = column_sources[col.index]
                if column_source is not None:
                    source, words = column_source, column_words
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
            number, unit_written = amount
            share = shares.get(col.index)
            found.append(
                TableFundingMention(
                    row=span,
                    amount=number,
                    unit=unit_written,
                    source_words=words,
                    source=source,
                    flow=col.flow or layout.flow or "mobilised",
                    region=row.region,
                    unit_kind=row.unit_kind,
                    period=row.period
                    or col.period
                    or (None if row.period_row else row_period)
                    or layout.period,
                    percent=_share(texts, share) if share else share_in_cell(text),
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
    return found


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
    """What a funding table's row names: its ``source`` (when the rows are sources) and the
    ``source_words`` naming it, ``purpose``, ``region`` (a place as written under a
    ``unit_kind`` header, None for the reporting unit) and ``period`` (``period_row`` when the
    row is a period's own total, "Giai đoạn 2011-2015")."""

    region: str | None = None
    unit_kind: str | None = None
    source: str | None = None
    source_words: str | None = None
    purpose: str | None = None
    period: str | None = None
    period_row: bool = False


#: Sources a sub-row never inherits: a total's parts, or money of no named source.
_NOT_INHERITED = frozenset({None, "total", "other"})


def _funding_row(
    name: str,
    name_col: Column,
    row_role: str | None,
    parent: tuple[str | None, str | None] = (None, None),
) -> FundingRow | None:
    """Read a funding row's name cell; None when the row names nothing money can belong to
    (an indicator's label, a heading). ``parent`` is the source of the row it sits under and
    the words naming it."""
    column_role = name_col.role
    label = LEADING_ORDINAL.sub("", name).strip(" -+*:")
    if row_role == "total":
        return FundingRow(source="total", period=period_in(label))
    if not label:
        return None
    if column_role == "subject":
        return FundingRow(region=subject_written(name), unit_kind=name_col.unit_kind)
    if column_role == "period" or _PERIOD_ONLY.match(label):
        period = period_in(label)
        if not period:
            return None
        if column_role == "period":
            return FundingRow(period=period)
        return FundingRow(source="total", period=period, period_row=True)
    source = funding_source(label)
    if source is not None and names_kind_only(label) and parent[0] not in _NOT_INHERITED:
        # "- Vốn đầu tư phát triển" under "Ngân sách trung ương": a kind of that source's
        # money (alone, a kind of money is the state budget)
        return FundingRow(source=parent[0], source_words=parent[1])
    if source is not None:
        return FundingRow(
            source=source,
            source_words=label,
            period=period_in(label) if source == "total" else None,
        )
    if parent[0] not in _NOT_INHERITED:
        return FundingRow(source=parent[0], source_words=parent[1])
    if column_role == "source":
        return FundingRow(source="other")
    if column_role == "purpose":
        return FundingRow(source="other", purpose=label)
    return None


def _column_source(col: Column) -> tuple[str | None, str | None]:
    """The source an amount column's header names ("Ngân sách tỉnh (triệu đồng)") and the
    words naming it, or "total" for a "Tổng" column; None when it names none ("Số tiền",
    "Kế hoạch")."""
    for header in reversed(col.headers):
        words = split_unit(header)[0]
        source = funding_source(words)
        if source is not None:
            return source, words
        if fold_words(words).split(" ")[0] in ("tong", "cong"):
            return "total", None
    return None, None


def _amount(text: str, unit: str | None) -> tuple[Decimal, str] | None:
    """The cell's amount and the unit it is in: its own ("15 tỷ đồng"), else ``unit``."""
    with_unit = amount_with_unit(text)
    if with_unit is not None:
        return with_unit
    bare = cell_number(text) if "%" not in text else None
    if bare is None or unit is None:
        return None
    return bare, unit


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
