"""Coverage tables by place: a row per district (or commune, or any place) with the number
of its units and how many of them reached the standard ("STT | Đơn vị | Tổng số xã | Số xã
đạt chuẩn NTM | Tỷ lệ (%)").

Each row is a coverage fact (FACTS.md: K of N units reaching a standard, however written)
with the row's place as its region: ``units_met`` from the "đạt chuẩn" column, ``units_total``
from the "Tổng số xã" column (None when the table has none), ``percent_stated`` from a share
column. A total row ("Tổng cộng", or a row named "Toàn tỉnh") is the reporting unit's. A
row with no number of units met says nothing; the standard is the table's (criterion None).
An average column ("Số tiêu chí bình quân") gives each row's place its average criteria per
commune, a percentage fact in "tiêu chí/xã" (FACTS.md: averages are percentages).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from baocao.model import Document
from baocao.nlp.mentions import TableCoverageMention, TableMention, TablePercentageMention
from baocao.nlp.tables.cells import cell_number, row_texts, summary_role, whole_number
from baocao.nlp.tables.layout import Column, Layout
from baocao.nlp.tables.lexicon import HeaderLexicon
from baocao.nlp.tables.names import subject_written
from baocao.nlp.tables.provenance import row_span

#: What a coverage table's average column counts: criteria per commune.
_AVERAGE_UNIT = "tiêu chí/xã"
#: A row of the reporting unit's whole, named so rather than as a total ("Toàn tỉnh").
_WHOLE_ROW = re.compile(r"(?i:toàn\s+(?:tỉnh|huyện|thị\s+xã|thành\s+phố|quận))\s*[:.]?")


def _cell(texts: Sequence[str], col: Column | None) -> str:
    return texts[col.index] if col is not None and col.index < len(texts) else ""


def coverage_mentions(
    document: Document, layout: Layout, criteria_set: str | None, lexicon: HeaderLexicon
) -> list[TableMention]:
    """One coverage per row of a coverage table by place, the row's place its region."""
    del criteria_set  # the standard is the table's whole: no criterion to read
    table = layout.table
    subject_col = layout.first("subject")
    met_col = layout.first("units_met")
    if subject_col is None or met_col is None:
        return []
    total_col = layout.first("units_total")
    share_col = layout.first("share")
    average_col = layout.first("average")
    found: list[TableMention] = []
    for r in range(layout.first_data_row, len(table.rows)):
        texts = row_texts(table.rows[r])
        role = summary_role(texts, subject_col.index, lexicon)
        if role == "percent":
            continue
        name = _cell(texts, subject_col)
        if _WHOLE_ROW.fullmatch(name.strip()):
            role = "total"
        if role != "total" and not name:
            continue
        region = None if role == "total" else subject_written(name)
        average = cell_number(_cell(texts, average_col)) if average_col is not None else None
        if average is not None and average_col is not None:
            found.append(
                TablePercentageMention(
                    row=row_span(document, table, r),
                    label=average_col.headers[-1],
                    value=average,
                    unit=_AVERAGE_UNIT,
                    subject=region,
                    subject_kind=subject_col.unit_kind,
                )
            )
        met = whole_number(_cell(texts, met_col))
        if met is None:
            continue
        total = whole_number(_cell(texts, total_col)) if total_col is not None else None
        if total is not None and met > total:
            continue  # not a count of the row's own units
        found.append(
            TableCoverageMention(
                row=row_span(document, table, r),
                criterion=None,
                units_met=met,
                units_total=total,
                percent=cell_number(_cell(texts, share_col)) if share_col is not None else None,
                unit_kind=met_col.unit_kind or "xã",
                region=region,
                region_kind=subject_col.unit_kind,
            )
        )
    return found
