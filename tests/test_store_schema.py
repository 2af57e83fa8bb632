"""Every field of every fact kind has a typed column; amounts stay exact integers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baocao.model import FACT_KINDS
from baocao.store import schema
from baocao.store.rows import BASE_FIELDS, DOCUMENT_FIELDS, detail_fields


@pytest.mark.parametrize("kind", FACT_KINDS)
def test_each_kind_has_a_detail_table_with_one_column_per_field(kind: str) -> None:
    columns = {c.name for c in schema.DETAIL_TABLES[kind].c} - {"fact_id"}
    assert columns == set(detail_fields(kind))


def test_facts_table_holds_every_common_field_but_the_document_ones() -> None:
    columns = {c.name for c in schema.facts.c}
    assert set(BASE_FIELDS) - set(DOCUMENT_FIELDS) <= columns
    assert not set(DOCUMENT_FIELDS) & columns  # they live once, on the document row


def test_fact_detail_rows_go_with_their_fact() -> None:
    for table in schema.DETAIL_TABLES.values():
        [fk] = table.c.fact_id.foreign_keys
        assert (fk.column.table.name, fk.ondelete) == ("facts", "CASCADE")


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        (None, None),
        (42, 42),
        (Decimal("2000000000000000000"), 2 * 10**18),
        ("2000000000000000000", 2 * 10**18),
        (1e20, 10**20),  # SQLite hands back a REAL beyond int64
        (1.234567891234e21, 1_234_567_891_234 * 10**9),
    ],
)
def test_to_int_reads_amounts_back_exactly(stored: object, expected: int | None) -> None:
    assert schema.to_int(stored) == expected


@given(st.integers(1, 10**15 - 1), st.integers(0, 22))
def test_written_amounts_survive_a_float_round_trip(significand: int, exponent: int) -> None:
    amount = significand * 10**exponent
    assert schema.to_int(float(amount)) == amount
