"""Criteria grids: a verdict per subject × criterion column, a count per subject, and the
coverage of each criterion from the summary rows.

* **Empty cells.** A grid that marks met criteria with ticks ("x", "✓") and writes no "not
  met" word uses empty cells for "not met": each becomes a verdict ``met=False``. A grid
  written in words ("Đạt" / "Chưa đạt") leaves an empty cell unknown: no fact. A row whose
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
from typing import Any

from baocao.data.lexicon import fold_words
from baocao.model import Coverage, CriteriaCount, Document, Fact, Report, Verdict
from baocao.nlp.tables.cells import (
    cell_mark,
    cell_number,
    fraction_in,
    row_texts,
    summary_role,
    whole_number,
)
from baocao.nlp.tables.layout import Column, Layout
from baocao.nlp.tables.lexicon import HeaderLexicon
from baocao.nlp.tables.names import (
    MAX_CRITERION,
    criterion_count,
    criterion_in,
    read_subject,
    unit_place,
)
from baocao.nlp.tables.provenance import fact_fields, row_span
from baocao.vocab import criteria as criteria_norm
from baocao.vocab.numbers import decimals_written


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
    of = criterion_count(report.criteria_set) or _full_set_size(len(crit_cols))
    facts: list[Fact] = []
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
        subject, code = read_subject(name, subject_col.unit_kind, report)
        base = {**fact_fields(document, report, span), "subject": subject, "subject_code": code}
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
            mark = cell_mark(row[col.index].text, lexicon)
            if mark is None:
                continue
            if not mark.value and mark.words != "-":
                return False
            ticks = ticks or mark.tick
    return ticks


def _cell_met(text: str, tick: bool, lexicon: HeaderLexicon) -> bool | None:
    if not text.strip():
        return False if tick else None
    mark = cell_mark(text, lexicon)
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
            number = criterion_in(item, report)
        if number is not None and 1 <= number <= MAX_CRITERION and number not in numbers:
            numbers.append(number)
    return numbers


def _count_fact(
    base: dict[str, Any], texts: Sequence[str], col: Column, of: int | None
) -> list[Fact]:
    text = texts[col.index] if col.index < len(texts) else ""
    fraction = fraction_in(text)
    if fraction is not None:
        met, of = fraction
    else:
        whole = whole_number(text)
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
    region, code = unit_place(report)
    subject_col = layout.first("subject")
    unit_kind = subject_col.unit_kind if subject_col else None
    facts: list[Fact] = []
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
        facts.append(
            Coverage(
                **fact_fields(document, report, span),
                region=region,
                region_code=code,
                criterion=col.criterion,
                units_met=met,
                units_total=total,
                percent_stated=float(value) if value is not None else None,
                unit_kind=unit_kind,
                percent_decimals=decimals_written(value) if value is not None else None,
            )
        )
    return facts
