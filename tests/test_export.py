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


# -- Parquet and read_facts ------------------------------------------------------------------


def test_parquet_facts_have_typed_columns_and_exact_money(store: Store, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from baocao.export import export_parquet

    target = tmp_path / "facts.parquet"
    assert export_parquet(store, target) == len(FACTS)
    table = pq.read_table(target)
    schema = table.schema
    assert schema.names == export_columns()
    assert schema.field("amount_vnd").type == pa.decimal128(38, 0)
    assert schema.field("units_met").type == pa.int64()
    assert schema.field("target").type == pa.bool_()
    assert schema.field("percent_stated").type == pa.float64()
    assert schema.field("met").type == pa.int64()  # a count, or a verdict's 1/0
    rows = table.to_pylist()
    assert [int(r["amount_vnd"]) for r in rows if r["kind"] == "funding"] == [2 * 10**18]
    assert [r["met"] for r in rows if r["kind"] == "verdict"] == [1]


def test_parquet_reports_and_findings(store: Store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from baocao.audit import audit_store
    from baocao.export import REPORT_COLUMNS, export_parquet

    audit_store(store)
    assert export_parquet(store, tmp_path / "r.parquet", what="reports") == 1
    assert pq.read_table(tmp_path / "r.parquet").schema.names == list(REPORT_COLUMNS)
    found = export_parquet(store, tmp_path / "f.parquet", what="findings")
    findings = pq.read_table(tmp_path / "f.parquet").to_pylist()
    assert found == len(findings) >= 1  # the 2.000.000.000 tỷ đồng
    assert {f["kind"] for f in findings} >= {"unit_implausible"}
    assert all(isinstance(f["fact_ids"], list) for f in findings)


def test_read_facts_is_a_typed_dataframe_with_the_comparison_columns(
    store: Store, tmp_path: Path
) -> None:
    from baocao import read_facts
    from baocao.audit import audit_store

    audit_store(store)
    url = str(tmp_path / "e.db")
    facts = read_facts(url)
    assert len(facts) == len(FACTS)
    assert str(facts["units_met"].dtype) == "Int64" and str(facts["target"].dtype) == "boolean"
    funding = facts[facts["kind"] == "funding"].iloc[0]
    assert funding["amount_vnd"] == 2 * 10**18 and isinstance(funding["amount_vnd"], int)
    assert bool(funding["flagged"]) and bool(funding["counted"])
    assert set(facts["canonical_period"]) == {"2023"}
    coverage = read_facts(url, kind="coverage")
    assert set(coverage["kind"]) == {"coverage"} and "amount_vnd" not in coverage
    with pytest.raises(ValueError, match="kind must be one of"):
        read_facts(url, kind="verdicts")


def test_importing_baocao_does_not_import_pandas() -> None:
    import subprocess
    import sys

    code = "import sys, baocao; baocao.read_facts; print('pandas' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_export_parquet_on_the_command_line(store: Store, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from baocao.cli import app

    runner = CliRunner()
    db = str(tmp_path / "e.db")
    target = tmp_path / "out.parquet"
    result = runner.invoke(app, ["export", "-f", "parquet", "-o", str(target), "--db", db])
    assert result.exit_code == 0, result.output
    assert target.read_bytes()[:4] == b"PAR1"
    needs_file = runner.invoke(app, ["export", "-f", "parquet", "--db", db])
    assert needs_file.exit_code == 2
    assert needs_file.stderr == "error: --format parquet writes a file: give -o FILE\n"


def test_parquet_of_one_kind_keeps_its_own_types(store: Store, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from baocao.export import export_parquet

    for kind in FACT_KINDS:
        export_parquet(store, tmp_path / f"{kind}.parquet", kind=kind)
    verdicts = pq.read_table(tmp_path / "verdict.parquet")
    assert verdicts.schema.field("met").type == pa.bool_()
    assert verdicts.column("met").to_pylist() == [True]
    assert pq.read_table(tmp_path / "criteria_count.parquet").schema.field("met").type == (
        pa.int64()
    )


def test_reports_export_the_units_of_a_report_about_several(tmp_path: Path) -> None:
    """``units``: the names of a report's units joined by "; " in order, in every format and
    on the command line; empty for a report about one unit."""
    import pyarrow.parquet as pq
    from typer.testing import CliRunner

    from baocao.cli import app
    from baocao.export import REPORT_COLUMNS, export_parquet, export_reports
    from baocao.model import Level, Place

    communes = (
        Place("xã Tân Lập", "xã", "Tân Lập", Level.COMMUNE, "9991", "Hà Nam", "35"),
        Place("xã Quang Trung", "xã", "Quang Trung", Level.COMMUNE, "9992", "Hà Nam", "35"),
        Place("xã Hòa Bình", "xã", "Hòa Bình"),
    )
    db = str(tmp_path / "u.db")
    with open_store(db) as opened:
        for name, units in (("a-tin.txt", communes), ("b-mot.txt", communes[:1]), ("c.txt", ())):
            document = Document(
                path=f"/in/{name}", name=name, sha256=name.encode().hex().ljust(64, "0"),
                format=Format.TEXT, text="3 xã được công nhận đạt chuẩn nông thôn mới.",
            )  # fmt: skip
            report = Report(unit=units[0] if units else None, period="2023", units=units)
            opened.save_extraction(
                Extraction(document=document, report=report, facts=()),
                extractor_version="1",
                path=document.path,
            )
        jsonl, table = io.StringIO(), io.StringIO()
        export_reports(opened, out=jsonl)
        export_reports(opened, format="csv", out=table)
        export_parquet(opened, tmp_path / "r.parquet", what="reports")
    wanted = ["Tân Lập; Quang Trung; Hòa Bình", None, None]
    records = [json.loads(line) for line in jsonl.getvalue().splitlines()]
    assert [r["units"] for r in records] == wanted
    assert list(records[0]) == list(REPORT_COLUMNS)
    rows = list(csv.DictReader(io.StringIO(table.getvalue())))
    assert [r["units"] for r in rows] == ["Tân Lập; Quang Trung; Hòa Bình", "", ""]
    assert pq.read_table(tmp_path / "r.parquet").column("units").to_pylist() == wanted
    result = CliRunner().invoke(app, ["export", "--what", "reports", "-f", "csv", "--db", db])
    assert result.exit_code == 0, result.output
    assert "Tân Lập; Quang Trung; Hòa Bình" in result.stdout
