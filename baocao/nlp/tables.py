"""Appendix tables as facts.

Reports put much of their substance in tables: a commune-by-criterion grid of verdicts, the
money raised per funding source, indicator rates against their requirement. A loader has
already rendered every table into ``Document.text`` (one line per row, cells joined by
``" | "``) and recorded each :class:`~baocao.model.Cell`'s offsets, so a fact read from a
row quotes the row's own rendering.

The chain, per table::

    table_layout   header rows → a Layout (what each column means, which rows are data)
    layout_kind    criteria | funding | indicator | None (anything else: no facts, no guess)
    criteria_facts / funding_facts / indicator_facts   rows → facts

Header words and cell marks live in ``baocao/data/table_headers.toml``. Decisions worth
knowing:

* **Empty cells in a criteria grid.** A grid that marks met criteria with ticks ("x", "✓")
  and writes no "not met" word uses empty cells for "not met": each becomes a verdict
  ``met=False``. A grid written in words ("Đạt" / "Chưa đạt") leaves an empty cell unknown:
  no fact. A row whose criterion cells are all empty (a group heading) says nothing.
* **Quotes** are the whole row's rendering (``text[first_cell.start:last_cell.end]``), so
  the subject's name is always in the quote; ``origin`` is ``table:<index>:row:<r>``.
* **Summary rows** ("Tổng", "Cộng", "Số xã đạt") of a criteria grid give, per criterion,
  the number of subjects meeting it → coverage of the report's unit, ``units_total`` being
  the number of subject rows (or the "K/N" written in the cell); a following "Tỷ lệ (%)" row
  gives ``percent_stated``.
* **Money needs a unit**, from the column header ("Số tiền (triệu đồng)"), a "ĐVT" column,
  the table's title rows or the line just above the table ("Đơn vị tính: triệu đồng"), or
  the cell itself ("15 tỷ đồng"). An amount with no unit anywhere yields no fact.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from typing import Any

from baocao.data.lexicon import Problems, entries, fold_words, load_data
from baocao.model import (
    Cell,
    Coverage,
    CriteriaCount,
    Document,
    Fact,
    Funding,
    Level,
    Percentage,
    Place,
    Report,
    Table,
    Verdict,
)
from baocao.normalize import criteria as criteria_norm
from baocao.normalize.money import MoneyUnitError, parse_money_unit, to_vnd
from baocao.normalize.numbers import NumberFormatError, parse_number
from baocao.normalize.places import parse_place, resolve_place
from baocao.normalize.sources import funding_source

__all__ = [
    "COLUMN_ROLES",
    "Column",
    "HeaderLexicon",
    "Layout",
    "header_lexicon",
    "layout_kind",
    "table_facts",
    "table_layout",
]

log = logging.getLogger(__name__)

DATA_FILE = "table_headers.toml"

#: What a column can mean (see table_headers.toml).
COLUMN_ROLES = frozenset(
    {
        "subject",
        "count",
        "source",
        "purpose",
        "amount",
        "share",
        "unit",
        "label",
        "value",
        "threshold",
        "criterion",
        "verdict",
        "ordinal",
        "period",
        "met_list",
        "unmet_list",
    }
)
FLOWS = frozenset({"mobilised", "allocated", "disbursed", "planned"})
ROW_ROLES = frozenset({"total", "percent"})

#: Rows scanned for the header: real tables put it in the first few.
MAX_HEADER_SCAN = 6
#: Header rows below the first one holding a name column (group headers, sub-headers).
MAX_HEADER_DEPTH = 3
#: A criteria grid needs this many criterion columns before its cells become verdicts.
MIN_CRITERION_COLUMNS = 2
#: The largest criterion number of any national set (19 criteria in 2010-2025).
MAX_CRITERION = 19
#: How much text before a table is searched for "Đơn vị tính: …".
UNIT_LOOKBACK_CHARS = 240

#: Subject headers whose unit word is also a place prefix ("Tên xã": "xã <name>").
PLACE_PREFIXES = frozenset({"xã", "thôn", "huyện"})
#: Subject headers whose unit word is also a place prefix ("Tên xã": "xã <name>").
PLACE_PREFIXES = frozenset({"xã", "thôn", "huyện"})
NAME_ROLES = ("subject", "source", "purpose", "label", "period")


# -- the lexicon ------------------------------------------------------------------------------


@dataclass(frozen=True)
class HeaderWord:
    """One lexicon entry: folded ``words`` and what they mean (``value``: a role, flow or
    met flag), matched exactly or as a ``prefix`` of a longer header."""

    words: str
    value: Any
    prefix: bool = False
    unit_kind: str | None = None
    unmet: bool = False
    tick: bool = False


@dataclass(frozen=True)
class HeaderLexicon:
    columns: tuple[HeaderWord, ...]
    flows: tuple[HeaderWord, ...]
    marks: tuple[HeaderWord, ...]
    rows: tuple[HeaderWord, ...]


def parse_lexicon(data: dict[str, Any], *, source: str = DATA_FILE) -> HeaderLexicon:
    """Validate the parsed TOML of table_headers.toml; every bad entry is reported at once
    in one :class:`~baocao.errors.LexiconError`."""
    problems = Problems(source)

    def read(key: str, field: str, allowed: Iterable[Any] | None, kind: type) -> list[HeaderWord]:
        words_seen: set[tuple[str, bool]] = set()
        out: list[HeaderWord] = []
        allowed_set = frozenset(allowed) if allowed is not None else None
        for where, entry in entries(data, key, problems):
            words = problems.require(where, entry, "words", str)
            value = problems.require(where, entry, field, kind)
            example = problems.require(where, entry, "example", str)
            match = problems.require(where, entry, "match", str, optional=True, default="exact")
            unit_kind = problems.require(where, entry, "unit_kind", str, optional=True)
            unmet = problems.require(where, entry, "unmet", bool, optional=True, default=False)
            tick = problems.require(where, entry, "tick", bool, optional=True, default=False)
            if match not in ("exact", "prefix"):
                problems.add(where, f"`match` must be 'exact' or 'prefix', got {match!r}")
            if allowed_set is not None and value is not None and value not in allowed_set:
                problems.add(where, f"`{field}` {value!r} is not one of {sorted(allowed_set)}")
            if words is None or value is None:
                continue
            folded = fold_words(words)
            if (folded, match == "prefix") in words_seen:
                problems.add(where, f"{words!r} is listed twice")
            words_seen.add((folded, match == "prefix"))
            if example is not None:
                problems.check_example(
                    where, example, _contains_words(fold_words(example), folded), repr(words)
                )
            out.append(
                HeaderWord(folded, value, match == "prefix", unit_kind, bool(unmet), bool(tick))
            )
        # Longest words first: "số tiêu chí chưa đạt" before "số tiêu chí".
        return sorted(out, key=lambda w: (-len(w.words), w.prefix))

    lexicon = HeaderLexicon(
        columns=tuple(read("column", "role", COLUMN_ROLES, str)),
        flows=tuple(read("flow", "flow", FLOWS, str)),
        marks=tuple(read("mark", "met", None, bool)),
        rows=tuple(read("row", "role", ROW_ROLES, str)),
    )
    problems.raise_if_any()
    return lexicon


@cache
def header_lexicon() -> HeaderLexicon:
    """The packaged table_headers.toml, validated once."""
    return parse_lexicon(load_data(DATA_FILE))


def _contains_words(text: str, words: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None


def _lookup(words: Sequence[HeaderWord], folded: str) -> HeaderWord | None:
    for w in words:
        if folded == w.words or (w.prefix and folded.startswith(w.words + " ")):
            return w
    return None


def _find_anywhere(words: Sequence[HeaderWord], folded: str) -> HeaderWord | None:
    for w in words:
        if _contains_words(folded, w.words):
            return w
    return None


# -- header text ------------------------------------------------------------------------------

_TRAILING_PARENS = re.compile(r"\(([^()]*)\)\s*[:.*]*\s*$")
_ORDINAL = re.compile(r"^\s*(?:[0-9]{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s+", re.IGNORECASE)
_UNIT_PHRASE = re.compile(r"(?:đơn\s+vị\s+tính|đvt)\s*[:：]?\s*([^;|)\n]+)", re.IGNORECASE)
_PERIOD = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:\s*[-–—]\s*((?:19|20)\d{2}))?(?!\d)")
_COLUMN_NUMBER = re.compile(r"^\(?(\d{1,2}|[A-Z])\)?$")
_CRITERION_HEADER = re.compile(r"^(?:(?:tc|tieu chi)\s*(?:so\s*)?)?(\d{1,2})(?:\s*[.:)\-–]\s*.*)?$")


def split_unit(header: str) -> tuple[str, str | None]:
    """``"Số tiền (triệu đồng)"`` → ``("Số tiền", "triệu đồng")``; no parentheses → None."""
    m = _TRAILING_PARENS.search(header)
    if not m:
        return header.strip(), None
    return header[: m.start()].strip(), m.group(1).strip() or None


def fold_header(header: str) -> str:
    """A header as lexicon key: the unit in parentheses and trailing ``:*.`` dropped,
    accents, case and spacing folded ("Số tiền (triệu đồng)" → "so tien")."""
    words, _ = split_unit(header)
    return fold_words(words.rstrip(":*. "))


def money_unit_in(text: str | None) -> str | None:
    """The money unit ``text`` is, or names after "Đơn vị tính:" / "ĐVT:", as written."""
    if not text:
        return None
    candidates = [m.group(1) for m in _UNIT_PHRASE.finditer(text)] + [text]
    for candidate in candidates:
        written = " ".join(candidate.strip(" .:;,()").split())
        try:
            parse_money_unit(written)
        except MoneyUnitError:
            continue
        return written
    return None


def period_in(text: str) -> str | None:
    """The period a header names: "Năm 2023" → "2023", "Giai đoạn 2021 - 2025" →
    "2021-2025"."""
    m = _PERIOD.search(text)
    if not m:
        return None
    return f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1)


# -- layout -----------------------------------------------------------------------------------


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
    """A table's header read: ``columns`` by index, data rows from ``first_data_row``, and a
    money ``unit`` stated for the whole table (title row or the line above it)."""

    table: Table
    columns: tuple[Column, ...]
    first_data_row: int
    unit: str | None = None

    def with_role(self, role: str) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.role == role)

    def first(self, role: str) -> Column | None:
        return next((c for c in self.columns if c.role == role), None)

    @property
    def criterion_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.criterion is not None)


def _row_texts(row: Sequence[Cell]) -> list[str]:
    return [c.text.strip() for c in row]


def _is_column_number_row(texts: Sequence[str]) -> bool:
    """A row numbering the columns under a header: "(1) | (2) | (3)", "1 | 2 | 3"."""
    filled = [t for t in texts if t]
    if len(filled) < 2 or not texts[0]:
        return False
    return all(_COLUMN_NUMBER.match(t) for t in filled)


def _column_role(folded: str, lexicon: HeaderLexicon) -> HeaderWord | None:
    return _lookup(lexicon.columns, folded)


def _header_anchor(table: Table, lexicon: HeaderLexicon) -> int | None:
    """The first row holding a name column's header ("Xã", "Nguồn vốn", "Chỉ tiêu")."""
    for r, row in enumerate(table.rows[:MAX_HEADER_SCAN]):
        for text in _row_texts(row):
            word = _column_role(fold_header(text), lexicon)
            if word is not None and word.value in NAME_ROLES:
                return r
    return None


def _is_header_like(texts: Sequence[str], lexicon: HeaderLexicon) -> bool:
    for text in texts:
        folded = fold_header(text)
        if not folded:
            continue
        if _column_role(folded, lexicon) is not None or _CRITERION_HEADER.match(folded):
            return True
    return False


def _header_rows(table: Table, anchor: int, lexicon: HeaderLexicon) -> list[int]:
    """Rows from ``anchor`` that make up the header: the anchor row and the sub-header rows
    under it, whose name cell is empty or repeats the header (a vertical merge)."""
    rows = [anchor]
    anchor_texts = _row_texts(table.rows[anchor])
    name_cols = [
        i
        for i, t in enumerate(anchor_texts)
        if (w := _column_role(fold_header(t), lexicon)) is not None and w.value in NAME_ROLES
    ]
    for r in range(anchor + 1, min(anchor + 1 + MAX_HEADER_DEPTH, len(table.rows))):
        texts = _row_texts(table.rows[r])
        if _is_column_number_row(texts):
            rows.append(r)
            continue
        names_blank = all(
            i >= len(texts) or not texts[i] or texts[i] == anchor_texts[i] for i in name_cols
        )
        if names_blank and _is_header_like(texts, lexicon):
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
    kept = [r for r in header_rows if not _is_column_number_row(_row_texts(table.rows[r]))]
    for n, r in enumerate(kept):
        texts = _row_texts(table.rows[r]) + [""] * (width - len(table.rows[r]))
        below = _row_texts(table.rows[kept[n + 1]]) + [""] * width if n + 1 < len(kept) else None
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


def _criterion_of(headers: Sequence[str], report: Report) -> int | None:
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
        named = _criterion_number(words, report.criteria_set)
        if named is not None:
            return named
    return None


def _make_column(
    index: int, headers: Sequence[str], report: Report, lexicon: HeaderLexicon
) -> Column:
    role_word: HeaderWord | None = None
    for header in reversed(headers):
        role_word = _column_role(fold_header(header), lexicon)
        if role_word is not None:
            break
    criterion = None
    if role_word is None or role_word.value in ("criterion", "amount"):
        # A numbered/named criterion heading beats "Tiêu chí" over it; "Năm 2023" stays money.
        criterion = _criterion_of(headers, report) if role_word is None else None
        if role_word is not None and role_word.value == "criterion" and len(headers) > 1:
            criterion = _criterion_of(headers[1:], report)
    flow = None
    for header in headers:
        word = _find_anywhere(lexicon.flows, fold_header(header))
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
    return any(_funding_source(split_unit(h)[0]) is not None for h in headers)


def _table_unit(document: Document, table: Table, anchor: int) -> str | None:
    """A money unit stated for the whole table: in a title row above the header, or in the
    text just before the table ("Đơn vị tính: triệu đồng")."""
    for row in table.rows[:anchor]:
        for text in _row_texts(row):
            unit = _unit_statement(text)
            if unit:
                return unit
    before = document.text[max(0, table.start - UNIT_LOOKBACK_CHARS) : table.start]
    lines = before.rstrip("\n").split("\n")[-2:]
    for line in reversed(lines):
        unit = _unit_statement(line)
        if unit:
            return unit
    return None


def _unit_statement(text: str) -> str | None:
    """The unit of "Đơn vị tính: triệu đồng" / "(ĐVT: tỷ đồng)"; a bare word is not one."""
    for m in _UNIT_PHRASE.finditer(text):
        unit = money_unit_in(m.group(1))
        if unit:
            return unit
    return None


def table_layout(
    document: Document, table: Table, report: Report, lexicon: HeaderLexicon | None = None
) -> Layout | None:
    """Read ``table``'s header; None when no row holds a name column's header."""
    lexicon = lexicon or header_lexicon()
    anchor = _header_anchor(table, lexicon)
    if anchor is None:
        return None
    header_rows = _header_rows(table, anchor, lexicon)
    grid = _header_grid(table, header_rows)
    columns = tuple(_make_column(j, headers, report, lexicon) for j, headers in enumerate(grid))
    return Layout(
        table=table,
        columns=columns,
        first_data_row=header_rows[-1] + 1,
        unit=_table_unit(document, table, anchor),
    )


def layout_kind(layout: Layout) -> str | None:
    """``criteria``, ``funding`` or ``indicator`` by the columns a table has; else None."""
    has = {c.role for c in layout.columns}
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
    return None


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
            if c.index < len(row) and _amount_with_unit(row[c.index].text) is not None:
                return True
    return False


# -- cells ------------------------------------------------------------------------------------

_NUMBER_TEXT = re.compile(r"^\s*([-−+]?\s*[\d][\d.,\u00a0\u202f\u2009 ]*)\s*(.*?)\s*$")
_THRESHOLD = re.compile(r"^\s*(≥|>=|=>|>|≤|<=|=<|<)\s*(.+)$")
_THRESHOLD_WORDS = (
    (re.compile(r"^\s*(?:tối thiểu|ít nhất|từ)\s+(.+?)(?:\s+trở lên)?\s*$", re.I), ">="),
    (re.compile(r"^\s*(.+?)\s+trở lên\s*$", re.I), ">="),
    (re.compile(r"^\s*(?:tối đa|không quá|dưới|nhỏ hơn)\s+(.+)$", re.I), "<="),
)


def cell_number(text: str) -> Decimal | None:
    """A cell holding one number ("484.574", "12,5", "100%"), else None."""
    stripped = text.strip().rstrip("%").strip()
    if not stripped:
        return None
    try:
        return parse_number(stripped)
    except NumberFormatError:
        return None


def _amount_with_unit(text: str) -> tuple[Decimal, str] | None:
    """An amount written with its unit: "15 tỷ đồng" → (15, "tỷ đồng"); else None."""
    m = _NUMBER_TEXT.match(text)
    if not m or not m.group(2):
        return None
    unit = money_unit_in(m.group(2))
    number = cell_number(m.group(1))
    if unit is None or number is None:
        return None
    return number, unit


def _fraction(text: str) -> tuple[int, int] | None:
    """A "K/N" cell: "5/7" → (5, 7)."""
    m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
    return (int(m.group(1)), int(m.group(2))) if m else None


def _whole(text: str) -> int | None:
    value = cell_number(text)
    if value is None or value != value.to_integral_value() or value < 0:
        return None
    return int(value)


def threshold_of(text: str) -> str | None:
    """A requirement as the contract writes it: "≥ 85%" → ">=85", "≤5%" → "<=5",
    "Tối thiểu 70%" → ">=70"; a bare number → None (its direction is not written, and is
    not guessed)."""
    m = _THRESHOLD.match(text)
    if m:
        op = {"≥": ">=", "=>": ">=", "≤": "<=", "=<": "<="}.get(m.group(1), m.group(1))
        value = cell_number(m.group(2))
        return f"{op}{_plain(value)}" if value is not None else None
    for pattern, op in _THRESHOLD_WORDS:
        m = pattern.match(text)
        if m:
            value = cell_number(m.group(1))
            if value is not None:
                return f"{op}{_plain(value)}"
    return None


def _plain(value: Decimal) -> str:
    """85 → "85", 2.5 → "2.5" (the contract's threshold form)."""
    text = format(value.normalize(), "f")
    return text


def _mark(text: str, lexicon: HeaderLexicon) -> HeaderWord | None:
    folded = fold_words(text)
    return next((m for m in lexicon.marks if m.words == folded), None) if folded else None


def _row_role(texts: Sequence[str], name_index: int, lexicon: HeaderLexicon) -> str | None:
    """What a summary row is ("total" or "percent"), read from its name cell (or the first
    cell with words, as merged "Tổng cộng" cells often sit over the ordinal column)."""
    candidates = [texts[name_index]] if name_index < len(texts) else []
    candidates += [t for t in texts[: name_index + 1] if t]
    for text in candidates:
        word = _lookup(lexicon.rows, fold_header(text))
        if word is not None:
            return str(word.value)
    return None


# -- provenance -------------------------------------------------------------------------------


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


def _common(document: Document, report: Report, span: RowSpan) -> dict[str, Any]:
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


def _unit_place(report: Report) -> tuple[str, str | None]:
    unit = report.unit
    return (unit.written, unit.code) if unit else ("", None)


_LEADING_ORDINAL = re.compile(r"^\s*(?:\d{1,3}|[IVX]{1,4})[.)]\s*")


def _subject(text: str, unit_kind: str | None, report: Report) -> tuple[str, str | None]:
    """A row's name cell as subject (as written, ordinal dropped) and its official code when
    the place resolves; a bare name under a "Tên xã" header is read as "xã <name>" to resolve
    it, but the subject stays as written."""
    written = _LEADING_ORDINAL.sub("", text).strip()
    place = _parse_place(written)
    if place is None and unit_kind in PLACE_PREFIXES:
        place = _parse_place(f"{unit_kind} {written}")
    if place is None:
        return written, None
    unit = report.unit
    district = unit if unit is not None and unit.level is Level.DISTRICT else None
    resolved = _resolve_place(place, province=report.province, district=district)
    return written, resolved.code


# -- criteria grids ---------------------------------------------------------------------------


def criteria_facts(
    document: Document, layout: Layout, report: Report, lexicon: HeaderLexicon
) -> list[Fact]:
    """Verdicts per subject × criterion column, counts per subject, and coverage per
    criterion from the summary rows."""
    table = layout.table
    subject_col = layout.first("subject")
    if subject_col is None:
        return []
    crit_cols = layout.criterion_columns
    tick = _uses_ticks(layout, subject_col.index, lexicon)
    of = _criterion_count(report.criteria_set) or _full_set_size(len(crit_cols))
    facts: list[Fact] = []
    subject_rows = 0
    totals: list[tuple[int, Sequence[str]]] = []
    percents: dict[int, Sequence[str]] = {}
    for r in range(layout.first_data_row, len(table.rows)):
        texts: Sequence[str] = _row_texts(table.rows[r])
        role = _row_role(texts, subject_col.index, lexicon)
        if role == "total":
            totals.append((r, texts))
            continue
        if role == "percent":
            if totals:
                percents[totals[-1][0]] = texts
            continue
        name = texts[subject_col.index] if subject_col.index < len(texts) else ""
        if not name:
            continue
        span = row_span(document, table, r)
        subject, code = _subject(name, subject_col.unit_kind, report)
        base = {**_common(document, report, span), "subject": subject, "subject_code": code}
        cells = [texts[c.index] if c.index < len(texts) else "" for c in crit_cols]
        if any(cells) or any(
            c.index < len(texts) and texts[c.index] for c in layout.with_role("count")
        ):
            subject_rows += 1
        if any(cells):
            for col, text in zip(crit_cols, cells, strict=True):
                met = _cell_met(text, tick, lexicon)
                if met is not None and col.criterion is not None:
                    facts.append(Verdict(**base, criterion=col.criterion, met=met))
        for col in layout.with_role("count"):
            facts.extend(_count_fact(base, texts, col, col.of or of))
        for col in layout.columns:
            if col.role in ("met_list", "unmet_list") and col.index < len(texts):
                for number in _criteria_listed(texts[col.index], report):
                    facts.append(Verdict(**base, criterion=number, met=col.role == "met_list"))
    if of is None and layout.first("unmet_list") and not crit_cols:
        facts = _of_from_met_and_unmet(facts)
    for r, texts in totals:
        facts.extend(
            _coverage_facts(document, layout, report, r, texts, percents.get(r), subject_rows)
        )
    return facts


def _of_from_met_and_unmet(facts: list[Fact]) -> list[Fact]:
    """Fill the unknown ``of`` of the counts of a table listing every unmet criterion ("15 |
    2, 5, 10, 17") when met + unmet is the same for every row and is a set's size: the table
    states its denominator. One row that does not add up, and nothing is filled in."""
    counts = [f for f in facts if isinstance(f, CriteriaCount) and not f.unmet and f.of is None]
    unmet: dict[str, int] = {}
    for f in facts:
        if isinstance(f, Verdict) and not f.met:
            unmet[f.origin] = unmet.get(f.origin, 0) + 1
    sums = {c.met + unmet.get(c.origin, 0) for c in counts}
    sizes = {criteria_norm.criterion_count(set_id) for set_id in criteria_norm.CRITERIA_SETS}
    if not unmet or len(sums) != 1 or not sums <= sizes:
        return facts
    (size,) = sums
    return [
        replace(f, of=size) if isinstance(f, CriteriaCount) and f in counts else f for f in facts
    ]


def _full_set_size(columns: int) -> int | None:
    """A grid with a column for every criterion of some set tells its size; a grid of a few
    criteria does not (its counts are out of the set's 19, not of its 5 columns)."""
    sizes = {criteria_norm.criterion_count(set_id) for set_id in criteria_norm.CRITERIA_SETS}
    return columns if columns in sizes else None


def _uses_ticks(layout: Layout, subject_index: int, lexicon: HeaderLexicon) -> bool:
    """True when the grid marks "met" with ticks and never writes a "not met" word."""
    ticks = False
    for row in layout.table.rows[layout.first_data_row :]:
        for col in layout.criterion_columns:
            if col.index >= len(row):
                continue
            mark = _mark(row[col.index].text, lexicon)
            if mark is None:
                continue
            if not mark.value and mark.words != "-":
                return False
            ticks = ticks or mark.tick
    return ticks


def _cell_met(text: str, tick: bool, lexicon: HeaderLexicon) -> bool | None:
    if not text.strip():
        return False if tick else None
    mark = _mark(text, lexicon)
    return bool(mark.value) if mark is not None else None


_LIST_SEPARATORS = re.compile(r"\s*(?:[,;+]|\bvà\b)\s*", re.IGNORECASE)
_NOTHING = frozenset({"", "-", "không", "không có", "0"})


def _criteria_listed(text: str, report: Report) -> list[int]:
    """The criteria a list cell names: "2, 5, 10, 17", "TC2; TC5", "Giao thông, Trường học".
    An item naming no criterion is skipped, never guessed."""
    if fold_words(text) in {fold_words(n) for n in _NOTHING}:
        return []
    numbers: list[int] = []
    for item in _LIST_SEPARATORS.split(text.strip().rstrip(".")):
        if not item:
            continue
        if item.isdigit():
            number: int | None = int(item)
        else:
            number = _criterion_in(item, report)
        if number is not None and 1 <= number <= MAX_CRITERION and number not in numbers:
            numbers.append(number)
    return numbers


def _count_fact(
    base: dict[str, Any], texts: Sequence[str], col: Column, of: int | None
) -> list[Fact]:
    text = texts[col.index] if col.index < len(texts) else ""
    fraction = _fraction(text)
    if fraction is not None:
        met, of = fraction
    else:
        whole = _whole(text)
        if whole is None:
            return []
        met = whole
    return [CriteriaCount(**base, met=met, of=of, unmet=col.unmet)]


def _coverage_facts(
    document: Document,
    layout: Layout,
    report: Report,
    r: int,
    texts: Sequence[str],
    percent_texts: Sequence[str] | None,
    subject_rows: int,
) -> list[Fact]:
    span = row_span(document, layout.table, r)
    region, code = _unit_place(report)
    subject_col = layout.first("subject")
    unit_kind = subject_col.unit_kind if subject_col else None
    facts: list[Fact] = []
    for col in layout.criterion_columns:
        text = texts[col.index] if col.index < len(texts) else ""
        fraction = _fraction(text)
        total: int | None
        if fraction is not None:
            met, total = fraction
        else:
            whole = _whole(text)
            if whole is None:
                continue
            met, total = whole, subject_rows or None
        percent = None
        if percent_texts is not None and col.index < len(percent_texts):
            value = cell_number(percent_texts[col.index])
            percent = float(value) if value is not None else None
        facts.append(
            Coverage(
                **_common(document, report, span),
                region=region,
                region_code=code,
                criterion=col.criterion,
                units_met=met,
                units_total=total,
                percent_stated=percent,
                unit_kind=unit_kind,
            )
        )
    return facts


# -- funding tables ---------------------------------------------------------------------------


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
        texts = _row_texts(table.rows[r])
        name = texts[name_col.index] if name_col.index < len(texts) else ""
        role = _row_role(texts, name_col.index, lexicon)
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
                        **_common(document, report, span),
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


#: Columns that name what a funding table's rows are, in order of preference.
FUNDING_NAME_ROLES = ("source", "purpose", "label", "subject", "period")


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
    region, code = _unit_place(report)
    column_role = name_col.role
    if row_role == "total":
        return FundingRow(region, code, source="total")
    label = _LEADING_ORDINAL.sub("", name).strip(" -+*:")
    if not label:
        return None
    if column_role == "subject":
        subject, subject_code = _subject(name, name_col.unit_kind, report)
        return FundingRow(subject, subject_code)
    if column_role == "period" or _PERIOD_ONLY.match(label):
        period = period_in(label)
        return FundingRow(region, code, period=period) if period else None
    source = _funding_source(label, report.unit.level if report.unit else None)
    if source is not None:
        return FundingRow(region, code, source=source)
    if column_role == "source":
        return FundingRow(region, code, source="other")
    if column_role == "purpose":
        return FundingRow(region, code, source="other", purpose=label)
    return None


_PERIOD_ONLY = re.compile(
    r"^(?:năm|giai đoạn)?\s*(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)\d{2})?$", re.IGNORECASE
)


def _column_source(col: Column, level: Level | None) -> str | None:
    """The source an amount column's header names ("Ngân sách tỉnh (triệu đồng)"), or
    "total" for a "Tổng" column; None when it names none ("Số tiền", "Kế hoạch")."""
    for header in reversed(col.headers):
        words = split_unit(header)[0]
        source = _funding_source(words, level)
        if source is not None:
            return source
        if fold_words(words).split(" ")[0] in ("tong", "cong"):
            return "total"
    return None


def _amount(text: str, unit: str | None) -> tuple[int, str] | None:
    with_unit = _amount_with_unit(text)
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


# -- indicator tables -------------------------------------------------------------------------


def indicator_facts(
    document: Document, layout: Layout, report: Report, lexicon: HeaderLexicon
) -> list[Fact]:
    """A :class:`Percentage` per indicator row with a percent result (threshold from the
    requirement column), and one :class:`Verdict` per criterion from an assessment column
    when every row of that criterion agrees."""
    table = layout.table
    label_col = layout.first("label") or layout.first("purpose")
    value_col = layout.first("value") or layout.first("share")
    threshold_col = layout.first("threshold")
    unit_col = layout.first("unit")
    criterion_col = layout.first("criterion")
    verdict_col = layout.first("verdict")
    subject, code = _unit_place(report)
    facts: list[Fact] = []
    criterion: int | None = None
    verdicts: dict[int, list[tuple[bool, RowSpan]]] = {}
    for r in range(layout.first_data_row, len(table.rows)):
        texts = _row_texts(table.rows[r])

        def cell(col: Column | None, texts: Sequence[str] = texts) -> str:
            return texts[col.index] if col is not None and col.index < len(texts) else ""

        span = row_span(document, table, r)
        if criterion_col is not None and cell(criterion_col):
            criterion = _criterion_in(cell(criterion_col), report) or criterion
        label = cell(label_col)
        if label_col is not None and criterion_col is None:
            criterion = _criterion_in(label, report, strict=True) or criterion
        if verdict_col is not None and criterion is not None:
            mark = _mark(cell(verdict_col), lexicon)
            if mark is not None and not mark.tick:
                verdicts.setdefault(criterion, []).append((bool(mark.value), span))
        rate = _rate(cell(value_col), value_col, cell(unit_col))
        if rate is None or not label:
            continue
        value, unit = rate
        facts.append(
            Percentage(
                **_common(document, report, span),
                subject=subject,
                subject_code=code,
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
            facts.append(
                Verdict(
                    **_common(document, report, span),
                    subject=subject,
                    subject_code=code,
                    criterion=number,
                    met=met,
                )
            )
    return facts


def _rate(text: str, col: Column | None, unit_written: str) -> tuple[float, str] | None:
    """A result that is a rate, with its unit: in percent when the cell, the header ("Tỷ lệ
    (%)") or the row's "ĐVT" says "%"; per something when the ĐVT says so ("tiêu chí/xã",
    "triệu đồng/người/năm"). Lengths, counts and money are not rates: None."""
    if col is None or not text or _THRESHOLD.match(text):
        return None
    unit = " ".join(unit_written.split())
    if "%" in text or any("%" in h for h in col.headers) or unit == "%":
        unit = "%"
    elif "/" not in unit:
        return None
    value = cell_number(text)
    return (float(value), unit) if value is not None else None


def _criterion_in(text: str, report: Report, *, strict: bool = False) -> int | None:
    """The criterion a cell names: "Tiêu chí số 3", "3. Thủy lợi", "Thủy lợi"; ``strict``
    wants the words "tiêu chí" (an indicator's label is not a criterion's name)."""
    folded = fold_words(text)
    m = re.match(r"^(?:tieu chi|tc)\s*(?:so\s*)?(\d{1,2})\b", folded)
    if m:
        return int(m.group(1))
    if strict:
        return None
    m = re.match(r"^(\d{1,2})\s*[.:)\-–]?\s", folded + " ")
    if m and 1 <= int(m.group(1)) <= MAX_CRITERION:
        return int(m.group(1))
    return _criterion_number(_LEADING_ORDINAL.sub("", text), report.criteria_set)


# -- tables split over pages -----------------------------------------------------------------

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


def continued_layout(layout: Layout, table: Table) -> Layout:
    """``layout``'s header read over ``table``, all of whose rows are data."""
    return Layout(table=table, columns=layout.columns, first_data_row=0, unit=layout.unit)


# -- the entry point --------------------------------------------------------------------------

_MAPPERS = {
    "criteria": criteria_facts,
    "funding": funding_facts,
    "indicator": indicator_facts,
}


def table_facts(document: Document, report: Report) -> tuple[Fact, ...]:
    """Every fact ``document``'s tables state, in table and row order.

    A table whose header is not recognised yields nothing, unless it continues the table
    before it onto the next page (see :func:`continues`). Each fact quotes its row:
    ``document.text[fact.start:fact.end] == fact.quote``.
    """
    lexicon = header_lexicon()
    facts: list[Fact] = []
    previous: tuple[Layout, str] | None = None
    for table in document.tables:
        layout = table_layout(document, table, report, lexicon)
        kind = layout_kind(layout) if layout is not None else None
        if (
            (layout is None or kind is None)
            and previous
            and continues(document, previous[0], table)
        ):
            layout, kind = continued_layout(previous[0], table), previous[1]
        if layout is None or kind is None:
            log.debug(
                "%s: table %d (page %s): not a known kind", document.name, table.index, table.page
            )
            previous = None
            continue
        found = _MAPPERS[kind](document, layout, report, lexicon)
        log.debug(
            "%s: table %d (page %s) read as %s: %d facts",
            document.name,
            table.index,
            table.page,
            kind,
            len(found),
        )
        facts.extend(found)
        previous = (layout, kind)
    return tuple(facts)


# -- adapters to the normalisers --------------------------------------------------------------


def _criterion_number(name: str, criteria_set: str | None) -> int | None:
    return criteria_norm.criterion_number(name, criteria_set)


def _criterion_count(criteria_set: str | None) -> int | None:
    return criteria_norm.criterion_count(criteria_set) if criteria_set else None


def _funding_source(text: str, level: Level | None = None) -> str | None:
    return funding_source(text, level)


def _parse_place(text: str) -> Place | None:
    return parse_place(text)


def _resolve_place(place: Place, *, province: Place | None, district: Place | None) -> Place:
    return resolve_place(place, province=province, district=district)
