"""``export_facts`` writes the FACTS.md contract: one object per fact, the fields of
``Fact.to_record()`` plus ``id``."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import pytest

from baocao.export import (
    export_columns,
    export_facts,
)
from baocao.model import (
    FACT_KINDS,
    FACT_TYPES,
    Coverage,
    Document,
    Extraction,
    Fact,
    Format,
    Funding,
    Report,
    Verdict,
)
from baocao.store import Store, open_store

TEXT = "Xã Bình An đạt tiêu chí số 7. Có 3/5 thôn đạt chuẩn. Nhân dân góp 2.000.000.000 tỷ đồng."
SHA = "cd" * 32


def quoted(quote: str) -> dict[str, object]:
    start = TEXT.index(quote)
    return {
        "document": "xa-binh-an.txt",
        "document_sha256": SHA,
        "page": None,
        "start": start,
        "end": start + len(quote),
        "quote": quote,
        "period": "2023",
    }


FACTS: tuple[Fact, ...] = (
    Verdict(**quoted("đạt tiêu chí số 7"), subject="xã Bình An", criterion=7, met=True,
            criteria_set="2021-2025"),
    Coverage(**quoted("3/5 thôn đạt chuẩn"), region="xã Bình An", criterion=None,
             units_met=3, units_total=5, unit_kind="thôn"),
    Funding(**quoted("Nhân dân góp 2.000.000.000 tỷ đồng"), region="xã Bình An",
            source="community", amount_vnd=2 * 10**18, unit_written="tỷ đồng"),
    Coverage(**quoted("3/5 thôn đạt chuẩn"), region="xã Bình An", criterion=None,
             units_met=5, units_total=5, target=True),
)  # fmt: skip


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    document = Document(
        path="/in/xa-binh-an.txt", name="xa-binh-an.txt", sha256=SHA, format=Format.TEXT,
        text=TEXT,
    )  # fmt: skip
    with open_store(str(tmp_path / "e.db")) as opened:
        opened.save_extraction(
            Extraction(document=document, report=Report(period="2023"), facts=FACTS),
            extractor_version="1",
            path=document.path,
        )
        yield opened


def test_jsonl_is_the_fact_record_plus_id(store: Store) -> None:
    out = io.StringIO()
    assert export_facts(store, format="jsonl", kind=None, out=out) == len(FACTS)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    ids = [fact_id for fact_id, _ in store.facts()]
    assert lines == [{"id": i, **fact.to_record()} for i, fact in zip(ids, FACTS, strict=True)]
    assert list(lines[0])[:3] == ["id", "kind", "document"]


def test_jsonl_keeps_vietnamese_and_huge_amounts_literal(store: Store) -> None:
    out = io.StringIO()
    export_facts(store, format="jsonl", kind="funding", out=out)
    assert '"amount_vnd": 2000000000000000000' in out.getvalue()
    assert "xã Bình An" in out.getvalue()


def test_kind_and_targets_filter(store: Store) -> None:
    out = io.StringIO()
    assert export_facts(store, format="jsonl", kind="coverage", out=out) == 2
    assert {json.loads(line)["kind"] for line in out.getvalue().splitlines()} == {"coverage"}
    assert export_facts(store, format="jsonl", kind="coverage", out=io.StringIO(),
                        include_targets=False) == 1  # fmt: skip


def test_csv_has_the_union_of_columns_and_one_row_per_fact(store: Store) -> None:
    out = io.StringIO()
    assert export_facts(store, format="csv", kind=None, out=out) == len(FACTS)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == len(FACTS)
    assert list(rows[0]) == export_columns()
    verdict, coverage, funding, _ = rows
    assert (verdict["kind"], verdict["criterion"], verdict["met"]) == ("verdict", "7", "true")
    assert (coverage["criterion"], coverage["units_met"], coverage["page"]) == ("", "3", "")
    assert funding["amount_vnd"] == "2000000000000000000"
    assert funding["met"] == ""  # a verdict column, empty for funding


def test_csv_with_a_kind_has_only_that_kinds_columns(store: Store) -> None:
    out = io.StringIO()
    export_facts(store, format="csv", kind="verdict", out=out)
    header = out.getvalue().splitlines()[0].split(",")
    assert header == ["id", "kind", *(f.name for f in fields(Verdict))]
    assert "amount_vnd" not in header


def test_columns_cover_every_field_of_every_kind_once() -> None:
    columns = export_columns()
    assert len(columns) == len(set(columns))
    for kind in FACT_KINDS:
        assert {f.name for f in fields(FACT_TYPES[kind])} <= set(columns)
        assert export_columns(kind) == ["id", "kind", *(f.name for f in fields(FACT_TYPES[kind]))]


@pytest.mark.parametrize(("option", "value"), [("format", "xml"), ("kind", "verdicts")])
def test_bad_options_are_refused(store: Store, option: str, value: str) -> None:
    arguments = {"format": "jsonl", "kind": None, option: value}
    with pytest.raises(ValueError, match=option):
        export_facts(store, out=io.StringIO(), **arguments)  # type: ignore[arg-type]


def test_an_empty_store_exports_a_header_only(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "empty.db")) as empty:
        out = io.StringIO()
        assert export_facts(empty, format="csv", kind=None, out=out) == 0
        assert out.getvalue() == ",".join(export_columns()) + "\n"
