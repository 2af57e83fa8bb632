"""`baocao compare QUESTION`: a thin layer over `baocao.compare` — tables, CSV, JSON,
Parquet and plots."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from baocao.cli import app
from baocao.exitcodes import ExitCode
from baocao.pipeline import run_batch
from baocao.settings import ExtractSettings
from baocao.store import open_store

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
REPORTS = ("vinh-phuc-huyen-tam-duong-2019-h1", "quang-binh-huyen-bo-trach-2016-2020")


def invoke(*args: str | Path):
    return CliRunner().invoke(app, [*map(str, args)], env={"BAOCAO_DB": ""})


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two district reports, one of them also as .docx (a copy: counted once)."""
    path = tmp_path_factory.mktemp("compare") / "c.db"
    files = [CORPUS / "txt" / f"{name}.txt" for name in REPORTS]
    files.append(CORPUS / "docx" / f"{REPORTS[0]}.docx")
    with open_store(str(path)) as store:
        run_batch([], store=store, files=files, settings=ExtractSettings(isolate=False))
    return path


def test_coverage_of_criterion_2_with_a_plot(db: Path, tmp_path: Path) -> None:
    png, svg = tmp_path / "cov.png", tmp_path / "cov.svg"
    result = invoke("compare", "coverage", "--criterion", "2", "--plot", png, "--db", db)
    assert result.exit_code == 0, result.output
    assert "Units meeting criterion 2" in result.stdout
    assert "11/12" in result.stdout and "15/23" in result.stdout
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert invoke("compare", "funding", "--plot", svg, "--db", db).exit_code == 0
    assert b"<svg" in svg.read_bytes()[:2000]


def test_without_a_question_it_prints_every_summary_table(db: Path) -> None:
    result = invoke("compare", "--db", db)
    assert result.exit_code == 0, result.output
    for title in ("Units meeting each criterion", "the NTM standard", "Funding mix",
                  "Communes by number of criteria met"):  # fmt: skip
        assert title in result.stdout


def test_csv_and_json_hold_one_row_per_statement_of_each_report(db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(invoke("compare", "standard", "-f", "csv", "--db",
                                                  db).stdout)))  # fmt: skip
    tam_duong = [r for r in rows if r["region"] == "huyện Tam Dương" and r["scheme"] == "NTM"]
    assert [(r["units_met"], r["units_total"]) for r in tam_duong] == [("9", "12")]
    data = json.loads(invoke("compare", "funding", "-f", "json", "--db", db).stdout)
    total = [r for r in data if r["region"] == "huyện Tam Dương" and r["source"] == "total"]
    assert [r["amount_vnd"] for r in total] == [98_540_000_000]  # once, not twice
    assert invoke("compare", "coverage", "--map", "2025", "-f", "csv", "--db", db).exit_code == 0


def test_parquet_keeps_amounts_exact(db: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    target = tmp_path / "funding.parquet"
    result = invoke("compare", "funding", "-f", "parquet", "-o", target, "--db", db)
    assert result.exit_code == 0, result.output
    table = pq.read_table(target)
    assert str(table.schema.field("amount_vnd").type) == "decimal128(38, 0)"
    assert 98_540_000_000 in [int(v) for v in table.column("amount_vnd").to_pylist()]


def test_a_time_series_of_one_unit(db: Path, tmp_path: Path) -> None:
    result = invoke("compare", "series", "--unit", "Bố Trạch", "-f", "jsonl", "--db", db)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["unit"] for r in rows} == {"huyện Bố Trạch"}
    plot = tmp_path / "series.png"
    assert invoke("compare", "series", "-u", "455", "--plot", plot, "--db", db).exit_code == 0
    assert plot.stat().st_size > 1000


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope"], "error: QUESTION must be one of coverage, standard, funding, criteria, series,"
                   " not 'nope'\n"),
        (["series"], "error: series needs --unit (a code or a name)\n"),
        (["coverage", "--map", "1990"], "error: --map must be one of period, 2025, not '1990'\n"),
        (["coverage", "--plot", "c.gif"], "error: --plot must end in .png or .svg: c.gif\n"),
        (["--plot", "c.png"], "error: --plot draws one QUESTION: name it\n"),
        (["coverage", "-f", "xml"],
         "error: --format must be one of table, csv, json, jsonl, parquet, not 'xml'\n"),
    ],
)  # fmt: skip
def test_usage_errors_are_one_line(db: Path, args: list[str], message: str) -> None:
    result = invoke("compare", *args, "--db", db)
    assert result.exit_code == ExitCode.USAGE, result.output
    assert result.stderr == message
