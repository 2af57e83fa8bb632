"""The descriptions of every table, view and column (``baocao/data/descriptions.toml``).

A column name means one thing wherever it appears (``period``, ``quote``, ``province``); an
entry with ``tables`` overrides that meaning in the tables it names (``met`` is a bool in
``verdicts``, a number in ``criteria_counts``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from baocao.data.lexicon import Problems, entries, load_data

DATA_FILE = "descriptions.toml"


@dataclass(frozen=True)
class Descriptions:
    """What each table and column means. ``examples`` hold a query per table."""

    tables: Mapping[str, str]
    examples: Mapping[str, str]
    columns: Mapping[str, str]
    overrides: Mapping[tuple[str, str], str]

    def table(self, name: str) -> str | None:
        return self.tables.get(name)

    def column(self, table: str, column: str) -> str | None:
        return self.overrides.get((table, column), self.columns.get(column))

    def missing(self, schema: Mapping[str, Iterable[str]]) -> list[str]:
        """``table`` and ``table.column`` of ``schema`` (name → columns) with no description."""
        gaps: list[str] = []
        for table, columns in schema.items():
            if self.table(table) is None:
                gaps.append(table)
            gaps.extend(f"{table}.{c}" for c in columns if self.column(table, c) is None)
        return gaps

    def stale(self, schema: Mapping[str, Iterable[str]]) -> list[str]:
        """Entries that describe a table or column ``schema`` does not have."""
        present = {(t, c) for t, columns in schema.items() for c in columns}
        names = {c for _, c in present}
        gaps = [t for t in self.tables if t not in schema]
        gaps.extend(c for c in self.columns if c not in names)
        gaps.extend(f"{t}.{c}" for t, c in self.overrides if (t, c) not in present)
        return gaps


def parse_descriptions(data: Mapping[str, object], *, source: str = DATA_FILE) -> Descriptions:
    """Validate parsed TOML; every bad entry is reported at once (a LexiconError)."""
    problems = Problems(source)
    tables: dict[str, str] = {}
    examples: dict[str, str] = {}
    columns: dict[str, str] = {}
    overrides: dict[tuple[str, str], str] = {}
    for where, entry in entries(dict(data), "table", problems):
        name = problems.require(where, entry, "name", str)
        description = problems.require(where, entry, "description", str)
        example = problems.require(where, entry, "example", str)
        if name is None or description is None:
            continue
        if name in tables:
            problems.add(where, f"table {name!r} is described twice")
        tables[name] = description
        if example is not None:
            examples[name] = example
    for where, entry in entries(dict(data), "column", problems):
        name = problems.require(where, entry, "name", str)
        description = problems.require(where, entry, "description", str)
        problems.require(where, entry, "example", str)
        where_tables = problems.require_strings(where, entry, "tables")
        if name is None or description is None:
            continue
        if not where_tables:
            if name in columns:
                problems.add(where, f"column {name!r} has two general descriptions")
            columns[name] = description
        for table in where_tables:
            if (table, name) in overrides:
                problems.add(where, f"column {table}.{name} is described twice")
            overrides[(table, name)] = description
    problems.raise_if_any()
    return Descriptions(tables, examples, columns, overrides)


@cache
def load_descriptions() -> Descriptions:
    return parse_descriptions(load_data(DATA_FILE))
