"""Criteria grids: a verdict per subject × criterion column, a count per subject, and the
coverage of each criterion from the summary rows.

* **Empty cells.** A grid that marks met criteria with ticks ("x", "✓") and writes no "not
  met" word uses empty cells for "not met": each becomes a verdict ``met=False``. A grid
  written in words ("Đạt" / "Chưa đạt") leaves an empty cell unknown: no mention. A row whose
  criterion cells are all empty (a group heading) says nothing.
* **Summary rows** ("Tổng", "Cộng", "Số xã đạt") give, per criterion, the number of subjects
  meeting it → coverage of the report's unit, ``units_total`` being the number of subject
  rows (or the "K/N" written in the cell); a following "Tỷ lệ (%)" row gives
  ``percent_stated``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from baocao.data.lexicon import fold_words
from baocao.model import Document
from baocao.nlp.mentions import (
    RowSpan,
    TableCountMention,
    TableCoverageMention,
    TableMention,
    TableVerdictMention,
)
from baocao.nlp.tables.cells import (
    cell_mark,
    cell_number,
    fraction_in,
    row_texts,
    summary_role,
    whole_number,
    writes_dd_marks,
)
from baocao.nlp.tables.layout import Column, Layout
from baocao.nlp.tables.lexicon import HeaderLexicon
from baocao.nlp.tables.names import MAX_CRITERION, criterion_in, subject_written
from baocao.nlp.tables.provenance import row_span
from baocao.vocab import criteria as criteria_norm


def criteria_mentions(
    document: Document, layout: Layout, criteria_set: str | None, lexicon: HeaderLexicon
) -> list[TableMention]:
    """Verdicts per subject × criterion column, counts per subject, and coverage per
    criterion from the summary rows."""
    table = layout.table
    subject_col = layout.first("subject")
    if subject_col is None:
        return []
    crit_cols = layout.criterion_columns
    rows = table.rows[layout.first_data_row :]
    marks = [row[c.index].text for row in rows for c in crit_cols if c.index < len(row)]
    bare_d = writes_dd_marks(marks, lexicon)  # "Đ" written: a "D" among them lost its bar
    tick = _uses_ticks(layout, subject_col.index, lexicon, bare_d=bare_d)
    of_columns = _full_set_size(len(crit_cols))
    found: list[TableMention] = []
    subject_rows = 0
    totals: list[tuple[int, Sequence[str]]] = []
    percents: dict[int, Sequence[str]] = {}
    for r in range(layout.first_data_row, len(table.rows)):
        texts: Sequence[str] = row_texts(table.rows[r])
        role = summary_role(texts, subject_col.index, lexicon)
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
        subject = subject_written(name)
        unit_kind = subject_col.unit_kind
        cells = [texts[c.index] if c.index < len(texts) else "" for c in crit_cols]
        if any(cells) or any(
            c.index < len(texts) and texts[c.index] for c in layout.with_role("count")
        ):
            subject_rows += 1
        if any(cells):
            for col, text in zip(crit_cols, cells, strict=True):
                met = _cell_met(text, tick, lexicon, bare_d=bare_d)
                if met is not None and col.criterion is not None:
                    found.append(
                        TableVerdictMention(
                            row=span,
                            subject=subject,
                            unit_kind=unit_kind,
                            criterion=col.criterion,
                            met=met,
                        )
                    )
        for col in layout.with_role("count"):
            found.extend(_count(span, subject, unit_kind, texts, col, of_columns))
        for col in layout.columns:
            if col.role in ("met_list", "unmet_list") and col.index < len(texts):
                for number in _criteria_listed(texts[col.index], criteria_set):
                    found.append(
                        TableVerdictMention(
                            row=span,
                            subject=subject,
                            unit_kind=unit_kind,
                            criterion=number,
                            met=col.role == "met_list",
                        )
                    )
    if of_columns is None and layout.first("unmet_list") and not crit_cols:
        found = _of_from_met_and_unmet(found)
    for r, texts in totals:
        found.extend(_coverage(document, layout, r, texts, percents.get(r), subject_rows))
    return found


def _of_from_met_and_unmet(found: list[TableMention]) -> list[TableMention]:
    """The ``of_rows`` of the counts with no total written of a table listing every unmet
    criterion ("15 | 2, 5, 10, 17"), when met + unmet is the same for every row and is a
    set's size: the table states its denominator (used when the report's set is not known).
    One row that does not add up, and nothing is filled in."""
    counts = [m for m in found if isinstance(m, TableCountMention) and not m.unmet and m.of is None]
    unmet: dict[str, int] = {}
    for m in found:
        if isinstance(m, TableVerdictMention) and not m.met:
            unmet[m.row.origin] = unmet.get(m.row.origin, 0) + 1
    sums = {c.met + unmet.get(c.row.origin, 0) for c in counts}
    sizes = {criteria_norm.criterion_count(set_id) for set_id in criteria_norm.CRITERIA_SETS}
    if not unmet or len(sums) != 1 or not sums <= sizes:
        return found
    (size,) = sums
    return [replace(m, of_rows=size) if m in counts else m for m in found]


def _full_set_size(columns: int) -> int | None:
    """A grid with a column for every criterion of some set tells its size; a grid of a few
    criteria does not (its counts are out of the set's 19, not of its 5 columns)."""
    sizes = {criteria_norm.criterion_count(set_id) for set_id in criteria_norm.CRITERIA_SETS}
    return columns if columns in sizes else None


def _uses_ticks(
    layout: Layout, subject_index: int, lexicon: HeaderLexicon, *, bare_d: bool = False
) -> bool:
    """True when the grid marks "met" with ticks and never writes a "not met" word."""
    ticks = False
    for row in layout.table.rows[layout.first_data_row :]:
        for col in layout.criterion_columns:
            if col.index >= len(row):
                continue
            mark = cell_mark(row[col.index].text, lexicon, bare_d=bare_d)
            if mark is None:
                continue
            if not mark.value and mark.words != "-":
                return False
            ticks = ticks or mark.tick
    return ticks


def _cell_met(
    text: str, tick: bool, lexicon: HeaderLexicon, *, bare_d: bool = False
) -> bool | None:
    """What a criterion cell says: met, not met, or nothing. ``bare_d``: the grid writes its
    short marks with their đ, so a "D" or "CD" among them is "Đ" or "CĐ" with the bar lost
    (a scan); in any other grid a "D" is a letter."""
    if not text.strip():
        return False if tick else None
    mark = cell_mark(text, lexicon, bare_d=bare_d)
    return bool(mark.value) if mark is not None else None


_LIST_SEPARATORS = re.compile(r"\s*(?:[,;+]|\bvà\b)\s*", re.IGNORECASE)
_NOTHING = frozenset({"", "-", "không", "không có", "0"})


def _criteria_listed(text: str, criteria_set: str | None) -> list[int]:
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
            number = criterion_in(item, criteria_set)
        if number is not None and 1 <= number <= MAX_CRITERION and number not in numbers:
            numbers.append(number)
    return numbers


def _count(
    span: RowSpan,
    subject: str,
    unit_kind: str | None,
    texts: Sequence[str],
    col: Column,
    of_columns: int | None,
) -> list[TableMention]:
    text = texts[col.index] if col.index < len(texts) else ""
    fraction = fraction_in(text)
    of: int | None
    if fraction is not None:
        met, of = fraction
    else:
        whole = whole_number(text)
        if whole is None:
            return []
        met, of = whole, col.of or None
    return [
        TableCountMention(
            row=span,
            subject=subject,
            unit_kind=unit_kind,
            met=met,
            of=of,
            unmet=col.unmet,
            of_columns=of_columns,
        )
    ]


def _coverage(
    document: Document,
    layout: Layout,
    r: int,
    texts: Sequence[str],
    percent_texts: Sequence[str] | None,
    subject_rows: int,
) -> list[TableMention]:
    span = row_span(document, layout.table, r)
    subject_col = layout.first("subject")
    unit_kind = subject_col.unit_kind if subject_col else None
    found: list[TableMention] = []
    for col in layout.criterion_columns:
        text = texts[col.index] if col.index < len(texts) else ""
        fraction = fraction_in(text)
        total: int | None
        if fraction is not None:
            met, total = fraction
        else:
            whole = whole_number(text)
            if whole is None:
                continue
            met, total = whole, subject_rows or None
        value = None
        if percent_texts is not None and col.index < len(percent_texts):
            value = cell_number(percent_texts[col.index])
        found.append(
            TableCoverageMention(
                row=span,
                criterion=col.criterion,
                units_met=met,
                units_total=total,
                percent=value,
                unit_kind=unit_kind,
            )
        )
    return found
