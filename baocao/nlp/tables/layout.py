"""Reading a table's header into a :class:`Layout`: which rows are header, what each column
means (its role, criterion, flow, period, money unit), the table's kind, and whether a
table is the rest of the one before it, cut by a page break."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from baocao.data.lexicon import fold_words
from baocao.model import Document, Table
from baocao.nlp.tables.cells import (
    amount_with_unit,
    cell_mark,
    cell_number,
    fold_header,
    money_unit_in,
    period_in,
    row_texts,
    split_unit,
    unit_statement,
)
from baocao.nlp.tables.lexicon import (
    HeaderLexicon,
    HeaderWord,
    flow_in,
    header_lexicon,
    lookup,
)
from baocao.nlp.tables.names import MAX_CRITERION
from baocao.vocab import criteria as criteria_norm
from baocao.vocab.periods import parse_period
from baocao.vocab.sources import funding_source

#: Rows scanned for the header: real tables put it in the first few.
MAX_HEADER_SCAN = 6
#: Header rows below the first one holding a name column (group headers, sub-headers).
MAX_HEADER_DEPTH = 3
#: A criteria grid needs this many criterion columns before its cells become verdicts.
MIN_CRITERION_COLUMNS = 2
#: How much text before a table is searched for "Đơn vị tính: …".
UNIT_LOOKBACK_CHARS = 240
#: Roles of a column naming its rows: the first header row holding one anchors the header.
NAME_ROLES = ("subject", "source", "purpose", "label", "period")

_COLUMN_NUMBER = re.compile(r"^\(?(\d{1,2}|[A-Z])\)?$")
_CRITERION_HEADER = re.compile(r"^(?:(?:tc|tieu chi)\s*(?:so\s*)?)?(\d{1,2})(?:\s*[.:)\-–]\s*.*)?$")


@dataclass(frozen=True)
class Column:
    """What one column means: ``headers`` are its header cells top to bottom (merged cells
    resolved), ``role`` from the lexicon, ``criterion`` when it holds one criterion's cells,
    ``flow``/``period``/``unit`` when its header says so."""

    index: int
    headers: tuple[str, ...]
    role: str | None = None
    criterion: int | None = None
    flow: str | None = None
    period: str | None = None
    unit: str | None = None
    unit_kind: str | None = None
    unmet: bool = False
    of: int | None = None  # a count column's "(trên 19 tiêu chí)"


@dataclass(frozen=True)
class Layout:
    """A table's header read: ``columns`` by index, data rows from ``first_data_row``, a
    money ``unit`` stated for the whole table (title row or the line above it), and the
    ``period`` its caption or the heading just above it names ("3.1. Giai đoạn 2011-2015:",
    "Tổng nguồn vốn huy động năm 2021 …, cơ cấu như sau:"), which its money rows take
    unless a row or column names its own."""

    table: Table
    columns: tuple[Column, ...]
    first_data_row: int
    unit: str | None = None
    period: str | None = None
    flow: str | None = None  # the flow its caption's verb names ("… được phân bổ vốn như sau:")

    def with_role(self, role: str) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.role == role)

    def first(self, role: str) -> Column | None:
        return next((c for c in self.columns if c.role == role), None)

    @property
    def criterion_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.criterion is not None)


# -- header rows ------------------------------------------------------------------------------


def _is_column_number_row(texts: Sequence[str]) -> bool:
    """A row numbering the columns under a header: "(1) | (2) | (3)", "1 | 2 | 3"."""
    filled = [t for t in texts if t]
    if len(filled) < 2 or not texts[0]:
        return False
    return all(_COLUMN_NUMBER.match(t) for t in filled)


def _column_role(folded: str, lexicon: HeaderLexicon) -> HeaderWord | None:
    return lookup(lexicon.columns, folded)


def _header_anchor(table: Table, lexicon: HeaderLexicon) -> tuple[int, tuple[str, ...]] | None:
    """The first row holding a name column's header ("Xã", "Nguồn vốn", "Chỉ tiêu"), with
    the roles that name rows; failing that, a "Tiêu chí" header over rows of criteria
    ("Tiêu chí | Kết quả đánh giá")."""
    for roles in (NAME_ROLES, ("criterion",)):
        for r, row in enumerate(table.rows[:MAX_HEADER_SCAN]):
            for text in row_texts(row):
                word = _column_role(fold_header(text), lexicon)
                if word is not None and word.value in roles:
                    return r, roles
    return None


def _is_unit_row(texts: Sequence[str]) -> bool:
    """A sub-header row giving the columns' units: "| (triệu đồng) | (%)", "ĐVT: tỷ đồng"."""
    filled = [t for t in texts if t]
    if not filled:
        return False
    money = [t for t in filled if money_unit_in(t) or unit_statement(t)]
    rest = [t for t in filled if t not in money]
    return bool(money) and all(t.strip("() ") == "%" for t in rest)


def _is_header_like(texts: Sequence[str], lexicon: HeaderLexicon, criteria_set: str | None) -> bool:
    """A row of column headers: a known header word, or a criterion's number or name (a
    criterion under a merged "Kết quả thực hiện các tiêu chí"); a summary row is data."""
    filled = [t for t in texts if t]
    numbers = [t for t in filled[1:] if cell_number(t) is not None or amount_with_unit(t)]
    if numbers:
        word = lookup(lexicon.rows, fold_header(filled[0]))
        if word is not None and word.value == "total":
            return False  # "Tổng cộng | 18,35": a total row written first
    for text in texts:
        folded = fold_header(text)
        if not folded:
            continue
        if _column_role(folded, lexicon) is not None or _CRITERION_HEADER.match(folded):
            return True
        if _criterion_of([text], criteria_set) is not None:
            return True
    return False


def _header_rows(
    table: Table,
    anchor: int,
    lexicon: HeaderLexicon,
    criteria_set: str | None,
    roles: Sequence[str] = NAME_ROLES,
) -> list[int]:
    """Rows from ``anchor`` that make up the header: the anchor row and the sub-header rows
    under it, whose name cell is empty or repeats the header (a vertical merge)."""
    rows = [anchor]
    anchor_texts = row_texts(table.rows[anchor])
    name_cols = [
        i
        for i, t in enumerate(anchor_texts)
        if (w := _column_role(fold_header(t), lexicon)) is not None and w.value in roles
    ]
    for r in range(anchor + 1, min(anchor + 1 + MAX_HEADER_DEPTH, len(table.rows))):
        texts = row_texts(table.rows[r])
        if _is_column_number_row(texts) or _is_unit_row(texts):
            rows.append(r)
            continue
        names_blank = all(
            i >= len(texts) or not texts[i] or texts[i] == anchor_texts[i] for i in name_cols
        )
        if names_blank and _is_header_like(texts, lexicon, criteria_set):
            rows.append(r)
        else:
            break
    return rows


def _header_grid(table: Table, header_rows: Sequence[int]) -> list[list[str]]:
    """Header cells per column, top to bottom. A blank cell of an upper row under a
    horizontally merged header ("Kế hoạch" over "Số tiền | Tỷ lệ") takes its left neighbour's
    text when the row below has a header of its own there."""
    width = max(len(row) for row in table.rows)
    grid: list[list[str]] = []
    kept = [r for r in header_rows if not _is_column_number_row(row_texts(table.rows[r]))]
    for n, r in enumerate(kept):
        texts = row_texts(table.rows[r]) + [""] * (width - len(table.rows[r]))
        below = row_texts(table.rows[kept[n + 1]]) + [""] * width if n + 1 < len(kept) else None
        filled = list(texts)
        for j in range(1, width):
            if not filled[j] and filled[j - 1] and below is not None and below[j]:
                filled[j] = filled[j - 1]
        grid.append(filled)
    return [_dedupe([grid[k][j] for k in range(len(grid)) if grid[k][j]]) for j in range(width)]


def _dedupe(items: Sequence[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if not out or out[-1] != item:
            out.append(item)
    return out


# -- columns ----------------------------------------------------------------------------------


def _criterion_of(headers: Sequence[str], criteria_set: str | None) -> int | None:
    """The criterion a column's headers name: "5", "TC5", "Tiêu chí 5", "5. Trường học",
    or a criterion's name ("Giao thông"); the deepest header that names one wins."""
    for header in reversed(headers):
        words, in_parens = split_unit(header)
        # "Giao thông (TC 2)": the number written wins over the name.
        for folded in (fold_words(in_parens or ""), fold_header(header)):
            m = _CRITERION_HEADER.match(folded)
            if m:
                written = int(m.group(1))
                return written if 1 <= written <= MAX_CRITERION else None
        named = criteria_norm.criterion_number(words, criteria_set)
        if named is not None:
            return named
    return None


def _make_column(
    index: int, headers: Sequence[str], criteria_set: str | None, lexicon: HeaderLexicon
) -> Column:
    role_word: HeaderWord | None = None
    for depth, header in enumerate(reversed(headers)):
        role_word = _column_role(fold_header(header), lexicon)
        if role_word is not None:
            break
        if (
            depth == 0
            and len(headers) > 1
            and _criterion_of(headers[-1:], criteria_set) is not None
        ):
            break  # "TC 2 - Giao thông" under a merged "Kết quả thực hiện các tiêu chí"
    criterion = None
    if role_word is None or role_word.value in ("criterion", "amount"):
        # A numbered/named criterion heading beats "Tiêu chí" over it; "Năm 2023" stays money.
        criterion = _criterion_of(headers, criteria_set) if role_word is None else None
        if role_word is not None and role_word.value == "criterion" and len(headers) > 1:
            criterion = _criterion_of(headers[1:], criteria_set)
    flow = None
    for header in headers:
        word = flow_in(lexicon.flows, fold_header(header))
        if word is not None:
            flow = str(word.value)
    unit = None
    period = None
    for header in headers:
        _, in_parens = split_unit(header)
        unit = money_unit_in(in_parens) or money_unit_in(header) or unit
        period = period_in(header) or period
    role = str(role_word.value) if role_word else None
    if role is None and criterion is None and _names_source(headers):
        role = "amount"  # "Ngân sách tỉnh": a column of money from that source
    return Column(
        index=index,
        headers=tuple(headers),
        role=None if criterion is not None else role,
        criterion=criterion,
        flow=flow,
        period=period,
        unit=unit,
        unit_kind=role_word.unit_kind if role_word else None,
        unmet=role_word.unmet if role_word else False,
        of=_count_of(headers) if role == "count" else None,
    )


_COUNT_OF = re.compile(r"(?:\btren|/|\btong so|\btrong)\s*(\d{1,2})\b")


def _count_of(headers: Sequence[str]) -> int | None:
    """The set size a count column's header states: "Số tiêu chí đã đạt (trên 19 tiêu chí)"."""
    for header in headers:
        m = _COUNT_OF.search(fold_words(header))
        if m:
            return int(m.group(1))
    return None


def _names_source(headers: Sequence[str]) -> bool:
    return any(funding_source(split_unit(h)[0]) is not None for h in headers)


# -- the table --------------------------------------------------------------------------------


def _table_unit(document: Document, table: Table, anchor: int) -> str | None:
    """A money unit stated for the whole table: in a title row above the header, or in the
    text just before the table ("Đơn vị tính: triệu đồng")."""
    for row in table.rows[:anchor]:
        for text in row_texts(row):
            unit = unit_statement(text)
            if unit:
                return unit
    before = document.text[max(0, table.start - UNIT_LOOKBACK_CHARS) : table.start]
    lines = before.rstrip("\n").split("\n")[-2:]
    for line in reversed(lines):
        unit = unit_statement(line)
        if unit:
            return unit
    return None


def _table_period(document: Document, table: Table, anchor: int) -> str | None:
    """The period a title row above the header, or the caption line(s) just before the
    table, name: the span of money a funding table lists."""
    for row in table.rows[:anchor]:
        for text in row_texts(row):
            period = period_in(text)
            if period:
                return period
    for line in _caption_lines(document, table):
        # a caption is running text: "Từ năm 2016 đến năm 2020, huyện … như sau:" is a span
        period = parse_period(line) or period_in(line)
        if period:
            return period
    return None


def _caption_lines(document: Document, table: Table) -> list[str]:
    """The line(s) just before the table, nearest first, up to a row of a table above."""
    before = document.text[max(0, table.start - UNIT_LOOKBACK_CHARS) : table.start]
    lines = [line for line in before.rstrip("\n").split("\n")[-2:] if line.strip()]
    found = []
    for line in reversed(lines):
        if "|" in line:  # the row of a table above, not a caption
            break
        found.append(line)
    return found


def _table_flow(document: Document, table: Table, lexicon: HeaderLexicon) -> str | None:
    """The flow the caption line just before the table names, as a header would ("… đã
    được phân bổ vốn cho Chương trình như sau:" over "Nguồn vốn | Số tiền"): the money its
    rows list, unless a column names its own (fundmore)."""
    for line in _caption_lines(document, table)[:1]:
        word = flow_in(lexicon.flows, fold_header(line))
        if word is not None:
            return str(word.value)
    return None


def table_layout(
    document: Document, table: Table, criteria_set: str | None, lexicon: HeaderLexicon | None = None
) -> Layout | None:
    """Read ``table``'s header; None when no row holds a name column's header."""
    lexicon = lexicon or header_lexicon()
    found = _header_anchor(table, lexicon)
    if found is None:
        return _headerless_money(document, table)
    anchor, roles = found
    header_rows = _header_rows(table, anchor, lexicon, criteria_set, roles)
    grid = _header_grid(table, header_rows)
    columns = tuple(
        _make_column(j, headers, criteria_set, lexicon) for j, headers in enumerate(grid)
    )
    return Layout(
        table=table,
        columns=columns,
        first_data_row=header_rows[-1] + 1,
        unit=_table_unit(document, table, anchor),
        period=_table_period(document, table, anchor),
        flow=_table_flow(document, table, lexicon),
    )


#: Share of a headerless table's rows that must read as "source | amount with its unit".
HEADERLESS_MONEY_ROWS = 0.6


def _headerless_money(document: Document, table: Table) -> Layout | None:
    """A table with no header whose rows are money by source, each amount with its unit: a
    list "- Ngân sách tỉnh: 40.661,9 triệu đồng, chiếm tỷ lệ 17,91%" split into cells at
    its colon. The label column is the one whose cells name sources; the amount column the
    one whose cells start with an amount and its unit. Anything less: None."""
    rows = [row_texts(row) for row in table.rows]
    width = max((len(r) for r in rows), default=0)
    if not rows or width < 2:  # one row is enough: a page break leaves one row alone
        return None

    def share(test) -> list[float]:
        return [sum(1 for r in rows if j < len(r) and test(r[j])) / len(rows) for j in range(width)]

    money = share(lambda t: amount_with_unit(t) is not None)
    named = share(lambda t: funding_source(t.strip(" -+*:•")) is not None)
    amount_at = max(range(width), key=lambda j: money[j])
    label_at = max(range(width), key=lambda j: named[j])
    if (
        amount_at == label_at
        or money[amount_at] < HEADERLESS_MONEY_ROWS
        or named[label_at] < HEADERLESS_MONEY_ROWS / 2
    ):
        return None
    columns = tuple(
        Column(j, (), role="source" if j == label_at else "amount" if j == amount_at else None)
        for j in range(width)
    )
    return Layout(
        table=table,
        columns=columns,
        first_data_row=0,
        unit=_table_unit(document, table, 0),
        period=_table_period(document, table, 0),
        flow=_table_flow(document, table, header_lexicon()),
    )


def layout_kind(layout: Layout) -> str | None:
    """``criteria``, ``funding``, ``indicator`` or ``coverage`` by the columns a table has;
    else None."""
    has = {c.role for c in layout.columns}
    by_place = {"subject", "units_total", "units_met"} <= has and "amount" not in has
    if by_place and not layout.criterion_columns:
        # "Đơn vị | Số tiêu chí đạt | Tổng số xã | Số xã đạt chuẩn": units reaching the
        # standard by place; a criteria column beside them sums the place's communes
        return "coverage"
    if "subject" in has and (
        len(layout.criterion_columns) >= MIN_CRITERION_COLUMNS
        or has & {"count", "met_list", "unmet_list"}
    ):
        return "criteria"
    named = bool(has & {"source", "purpose", "label"})
    if (named or has & {"subject", "period"}) and "amount" in has and _money_known(layout):
        return "funding"
    if named and has & {"value", "share", "threshold"} and "amount" not in has:
        return "indicator"
    if "criterion" in has and "verdict" in has and not layout.criterion_columns:
        return "indicator"
    if "criterion" in has and verdict_valued(layout, layout.first("value")):
        return "indicator"  # "Tên tiêu chí | Kết quả", the result a verdict in every row
    if "subject" in has and "units_met" in has and "amount" not in has:
        # "Đơn vị | Tổng số xã | Số xã đạt chuẩn | Tỷ lệ": units reaching the standard by place
        return "coverage"
    return None


def verdict_valued(layout: Layout, col: Column | None) -> bool:
    """Whether every filled cell of the result column ``col`` is a verdict word ("Đạt",
    "Chưa đạt"): the column holds the assessment, not a rate ("TT | Tên tiêu chí | Kết quả")."""
    if col is None:
        return False
    rows = layout.table.rows[layout.first_data_row :]
    said = [row[col.index].text.strip() for row in rows if col.index < len(row)]
    said = [text for text in said if text]
    marks = [cell_mark(text, header_lexicon(), bare_d=False) for text in said]
    return bool(marks) and all(mark is not None and not mark.tick for mark in marks)


def _money_known(layout: Layout) -> bool:
    """Some amount column has a unit, or the table does, or it has a "ĐVT" column, or its
    cells carry units: money without a unit is never read."""
    if layout.unit or layout.first("unit") is not None:
        return True
    amounts = layout.with_role("amount")
    if any(c.unit for c in amounts):
        return True
    for row in layout.table.rows[layout.first_data_row :]:
        for c in amounts:
            if c.index < len(row) and amount_with_unit(row[c.index].text) is not None:
                return True
    return False


# -- tables split over pages ------------------------------------------------------------------

#: All the text allowed between a table and its continuation: a page number ("12",
#: "- 12 -", "Trang 12", "12/30"). A heading or a sentence ends the table.
_PAGE_BREAK_GAP = re.compile(
    r"^(?:[-–—\s]*(?:trang\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?[-–—\s]*)?$", re.IGNORECASE
)


def continues(document: Document, layout: Layout, table: Table) -> bool:
    """True when ``table`` is the rest of ``layout``'s table, cut by a page break: the next
    table, on the next page, as many columns, nothing but a page number between them."""
    before = layout.table
    if table.index != before.index + 1 or before.page is None or table.page != before.page + 1:
        return False
    width = len(layout.columns)
    if any(len(row) != width for row in table.rows):
        return False
    return _PAGE_BREAK_GAP.match(document.text[before.end : table.start].strip()) is not None


def _next_page_table(document: Document, before: Table, table: Table) -> bool:
    """``table`` comes right after ``before``, on the next page, as wide, with nothing but a
    page number between them."""
    if table.index != before.index + 1 or before.page is None or table.page != before.page + 1:
        return False
    width = max((len(row) for row in before.rows), default=0)
    if not table.rows or any(len(row) != width for row in table.rows):
        return False
    return _PAGE_BREAK_GAP.match(document.text[before.end : table.start].strip()) is not None


def _is_split_row(last: Sequence[str], first: Sequence[str], lexicon: HeaderLexicon) -> bool:
    """Whether ``first`` (a continued table's first row) is the rest of ``last`` (the row
    the page break cut): it has no number of its own, leaves empty cells where ``last`` has
    text, and completes a cell ("Chưa" + "đạt") or a sentence ("… và doanh" + "nghiệp …")."""
    if any(cell_number(t) is not None for t in first if t):
        return False
    if not any(a and not b for a, b in zip(last, first, strict=False)):
        return False
    for a, b in zip(last, first, strict=False):
        if not (a and b):
            continue
        if cell_mark(a, lexicon) is None and cell_mark(f"{a} {b}", lexicon) is not None:
            return True
        if b[:1].islower():
            return True
    return False


def join_split_rows(document: Document, lexicon: HeaderLexicon) -> tuple[Table, ...]:
    """``document``'s tables with a row cut by a page break made whole again: the last row
    of a table takes the text of the next table's first row when that row is its rest
    (see :func:`_is_split_row`); the whole row keeps the first part's offsets, so mentions
    read from it quote the first part."""
    tables = list(document.tables)
    for i in range(len(tables) - 1):
        before, after = tables[i], tables[i + 1]
        if not before.rows or not _next_page_table(document, before, after):
            continue
        last, first = before.rows[-1], after.rows[0]
        if not _is_split_row(row_texts(last), row_texts(first), lexicon):
            continue
        whole = tuple(
            replace(a, text=f"{a.text.strip()} {b.text.strip()}".strip())
            for a, b in zip(last, first, strict=False)
        ) + tuple(last[len(first) :])
        tables[i] = replace(before, rows=(*before.rows[:-1], whole))
        if len(after.rows) > 1:
            tables[i + 1] = replace(after, rows=after.rows[1:])
    return tuple(tables)


def continued_layout(layout: Layout, table: Table) -> Layout:
    """``layout``'s header read over ``table``, all of whose rows are data."""
    return Layout(
        table=table,
        columns=layout.columns,
        first_data_row=0,
        unit=layout.unit,
        period=layout.period,
        flow=layout.flow,
    )
