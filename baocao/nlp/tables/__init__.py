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

Header words and cell marks live in ``baocao/data/table_headers.toml``. The modules, and
the decisions worth knowing in their docstrings::

    lexicon      table_headers.toml loaded and validated (HeaderLexicon)
    cells        one cell read: units, periods, numbers, fractions, thresholds, marks
    names        what a name cell names: a subject place, a criterion
    provenance   a row's span and quote; the fields every fact carries (quotes = whole row)
    layout       header rows → Layout, layout_kind, tables continued over a page break
    criteria     criteria grids → verdicts, counts, coverage (empty cells, summary rows)
    funding      funding tables → amounts per source (money needs a unit)
    indicators   indicator tables → percentages, verdicts per criterion
"""

from __future__ import annotations

import logging

from baocao.model import Document, Fact, Report
from baocao.nlp.tables.cells import (
    cell_number,
    fold_header,
    money_unit_in,
    period_in,
    split_unit,
    threshold_of,
)
from baocao.nlp.tables.criteria import criteria_facts
from baocao.nlp.tables.funding import funding_facts
from baocao.nlp.tables.indicators import indicator_facts
from baocao.nlp.tables.layout import (
    Column,
    Layout,
    continued_layout,
    continues,
    join_split_rows,
    layout_kind,
    table_layout,
)
from baocao.nlp.tables.lexicon import (
    COLUMN_ROLES,
    HeaderLexicon,
    HeaderWord,
    header_lexicon,
    parse_lexicon,
)
from baocao.nlp.tables.provenance import RowSpan, row_span

__all__ = [
    "COLUMN_ROLES",
    "Column",
    "HeaderLexicon",
    "HeaderWord",
    "Layout",
    "RowSpan",
    "cell_number",
    "continued_layout",
    "continues",
    "criteria_facts",
    "fold_header",
    "funding_facts",
    "header_lexicon",
    "indicator_facts",
    "join_split_rows",
    "layout_kind",
    "money_unit_in",
    "parse_lexicon",
    "period_in",
    "row_span",
    "split_unit",
    "table_facts",
    "table_layout",
    "threshold_of",
]

log = logging.getLogger(__name__)

#: A table's kind → the reader of its rows.
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
    for table in join_split_rows(document, lexicon):
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
