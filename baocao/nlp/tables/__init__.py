"""Appendix tables as mentions.

Reports put much of their substance in tables: a commune-by-criterion grid of verdicts, the
money raised per funding source, indicator rates against their requirement. A loader has
already rendered every table into ``Document.text`` (one line per row, cells joined by
``" | "``) and recorded each :class:`~baocao.model.Cell`'s offsets, so a mention read from a
row quotes the row's own rendering (its :class:`~baocao.nlp.mentions.RowSpan`). The
normalise stage turns the mentions into facts (:mod:`baocao.normalize.facts`), filling in
what the report gives: its unit, period, scheme and criteria set.

The chain, per table::

    table_layout   header rows → a Layout (what each column means, which rows are data)
    layout_kind    criteria | funding | indicator | coverage | None (anything else: nothing)
    criteria_mentions / funding_mentions / indicator_mentions / coverage_mentions  rows → mentions

The one thing read from the report is its criteria set (:func:`read_tables`'s
``criteria_set``, which :func:`baocao.nlp.read_document` takes from the metadata the text
writes): a header or cell naming a criterion by its name ("Giao thông") is read in it, and
which columns name criteria decides whether a table is a criteria grid at all.

Header words and cell marks live in ``baocao/data/table_headers.toml``. The modules, and
the decisions worth knowing in their docstrings::

    lexicon      table_headers.toml loaded and validated (HeaderLexicon)
    cells        one cell read: units, periods, numbers, fractions, thresholds, marks
    names        what a name cell names: a subject place, a criterion
    provenance   a row's span and quote (quotes = whole row)
    layout       header rows → Layout, layout_kind, tables continued over a page break
    criteria     criteria grids → verdicts, counts, coverage (empty cells, summary rows)
    coverage     coverage tables by place → one coverage per row (the row's place)
    funding      funding tables → amounts per source (money needs a unit)
    indicators   indicator tables → percentages, verdicts per criterion

Every mention of a table is one of ``nlp.mentions``' ``Table*Mention`` records.
"""

from __future__ import annotations

import logging

from baocao.model import Document
from baocao.nlp.mentions import TableMention
from baocao.nlp.tables.cells import (
    cell_number,
    fold_header,
    money_unit_in,
    period_in,
    split_unit,
    threshold_of,
)
from baocao.nlp.tables.coverage import coverage_mentions
from baocao.nlp.tables.criteria import criteria_mentions
from baocao.nlp.tables.funding import funding_mentions
from baocao.nlp.tables.indicators import indicator_mentions
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
    "criteria_mentions",
    "fold_header",
    "funding_mentions",
    "header_lexicon",
    "indicator_mentions",
    "join_split_rows",
    "layout_kind",
    "money_unit_in",
    "parse_lexicon",
    "period_in",
    "row_span",
    "split_unit",
    "read_tables",
    "table_layout",
    "threshold_of",
]

log = logging.getLogger(__name__)

#: A table's kind → the reader of its rows.
_MAPPERS = {
    "coverage": coverage_mentions,
    "criteria": criteria_mentions,
    "funding": funding_mentions,
    "indicator": indicator_mentions,
}


def read_tables(document: Document, criteria_set: str | None) -> tuple[TableMention, ...]:
    """Every mention ``document``'s tables hold, in table and row order; criteria named by
    their names are read in ``criteria_set`` (the document's).

    A table whose header is not recognised yields nothing, unless it continues the table
    before it onto the next page (see :func:`continues`). Each mention quotes its row:
    ``document.text[m.row.start:m.row.end] == m.row.quote``.
    """
    lexicon = header_lexicon()
    found: list[TableMention] = []
    previous: tuple[Layout, str] | None = None
    for table in join_split_rows(document, lexicon):
        layout = table_layout(document, table, criteria_set, lexicon)
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
        mentions = _MAPPERS[kind](document, layout, criteria_set, lexicon)
        log.debug(
            "%s: table %d (page %s) read as %s: %d mentions",
            document.name,
            table.index,
            table.page,
            kind,
            len(mentions),
        )
        found.extend(mentions)
        previous = (layout, kind)
    return tuple(found)
