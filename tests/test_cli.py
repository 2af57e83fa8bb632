"""The `baocao` command, run through its real entry point in a subprocess."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from clirun import BAOCAO, run, write_news_two_communes, write_report


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    write_report(
        folder, "a.txt", district="Sông Lô", province="Vĩnh Phúc", met=12, total=16, money="12.500"
    )
    write_report(
        folder,
        "b.txt",
        district="Bố Trạch",
        province="Quảng Bình",
        met=20,
        total=28,
        money="45.000,5",
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.png").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
    )
    (folder / "gold.json").write_text("{}", encoding="utf-8")  # not a report: skipped by the walk
    return folder


def test_every_command_has_help(tmp_path: Path) -> None:
    listing = run("--help", cwd=tmp_path)
    assert listing.returncode == 0
    for command in ("extract", "export", "show", "evaluate", "audit", "documents", "compare"):
        assert command in listing.stdout
        result = run(command, "--help", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert "Usage" in result.stdout


def test_extract_stores_good_files_records_bad_ones_and_exits_1(
    reports: Path, tmp_path: Path
) -> None:
    db = tmp_path / "out.db"
    result = run("extract", reports, "--db", db, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "4 files: 2 ok, 2 failed, 0 skipped" in result.stdout
    assert "failed: empty.txt: empty file" in result.stdout
    assert "scan.png: image: needs OCR" in result.stdout or "scan.png:" in result.stdout
    with sqlite3.connect(db) as conn:
        rows = dict(conn.execute("select name, status from documents").fetchall())
    assert rows == {"a.txt": "ok", "b.txt": "ok", "empty.txt": "failed", "scan.png": "failed"}


def test_rerun_skips_stored_documents_and_force_replaces_them(
    reports: Path, tmp_path: Path
) -> None:
    db = tmp_path / "out.db"
    run("extract", reports / "a.txt", reports / "b.txt", "--db", db, cwd=tmp_path)
    again = run("extract", reports / "a.txt", reports / "b.txt", "--db", db, cwd=tmp_path)
    assert again.returncode == 0
    assert "2 files: 0 ok, 0 failed, 2 skipped" in again.stdout
    forced = run("extract", reports / "a.txt", "--db", db, "--force", cwd=tmp_path)
    assert "1 files: 1 ok, 0 failed, 0 skipped" in forced.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from documents").fetchone()[0] == 2


def test_a_missing_path_is_an_input_error(tmp_path: Path) -> None:
    result = run("extract", tmp_path / "nope", "--db", tmp_path / "x.db", cwd=tmp_path)
    assert result.returncode == 3
    assert "no such file or folder" in result.stderr


def test_export_writes_the_fact_contract_and_show_prints_quotes(
    reports: Path, tmp_path: Path
) -> None:
    db = tmp_path / "out.db"
    run("extract", reports / "a.txt", "--db", db, cwd=tmp_path)
    exported = run("export", "--format", "jsonl", "--db", db, cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    facts = [json.loads(line) for line in exported.stdout.splitlines()]
    assert facts, "the report states a coverage and a funding total"
    text = (reports / "a.txt").read_text(encoding="utf-8")
    for fact in facts:
        for field in (
            "kind",
            "document",
            "document_sha256",
            "page",
            "start",
            "end",
            "quote",
            "period",
            "scheme",
            "ocr",
        ):
            assert field in fact
        assert text[fact["start"] : fact["end"]] == fact["quote"]
    coverage = [f for f in facts if f["kind"] == "coverage"]
    assert [(f["criterion"], f["units_met"], f["units_total"]) for f in coverage] == [(2, 12, 16)]
    funding = [f for f in facts if f["kind"] == "funding"]
    assert [(f["source"], f["amount_vnd"]) for f in funding] == [("total", 12_500_000_000)]

    shown = run("show", "a.txt", "--db", db, cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "12/16 xã đạt tiêu chí số 2" in shown.stdout
    missing = run("show", "nope.pdf", "--db", db, cwd=tmp_path)
    assert missing.returncode == 3
    assert "no stored document named 'nope.pdf'" in missing.stderr


def test_bad_options_exit_2(tmp_path: Path) -> None:
    result = run("export", "--format", "xml", "--db", tmp_path / "x.db", cwd=tmp_path)
    assert result.returncode == 2
    assert "--format must be jsonl, csv or parquet" in result.stderr


def test_a_batch_killed_midway_completes_on_rerun_without_duplicates(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        write_report(
            folder,
            f"r{i:02d}.txt",
            district="Sông Lô",
            province="Vĩnh Phúc",
            met=i % 16,
            total=16,
            money=f"{1000 + i}",
        )
    db = tmp_path / "killed.db"
    proc = subprocess.Popen(
        [*BAOCAO, "extract", str(folder), "--db", str(db)],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # wait until at least one document is committed
        line = proc.stderr.readline()
        if line.startswith("ok"):
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as conn:
        stored_before = conn.execute("select count(*) from documents").fetchone()[0]
    assert 1 <= stored_before < 40

    rerun = run("extract", folder, "--db", db, cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{stored_before} skipped" in rerun.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from documents").fetchone()[0] == 40
        assert conn.execute("select count(distinct sha256) from documents").fetchone()[0] == 40
        per_doc = conn.execute("select count(*) from facts group by document_id").fetchall()
    assert len(per_doc) == 40 and len({n for (n,) in per_doc}) == 1


# -- command-line habits (issue 10 item 8, issue 9 item 6) ---------------------------------

import csv  # noqa: E402
import io  # noqa: E402

from typer.testing import CliRunner  # noqa: E402

from baocao.cli import app  # noqa: E402
from baocao.exitcodes import ExitCode  # noqa: E402


def invoke(*args: str | Path):
    return CliRunner().invoke(app, [*map(str, args)], env={"BAOCAO_DB": ""})


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding one good report (a.txt) and one failed file (empty.txt)."""
    folder = tmp_path_factory.mktemp("stored")
    reports = folder / "reports"
    reports.mkdir()
    write_report(
        reports, "a.txt", district="Sông Lô", province="Vĩnh Phúc", met=12, total=16, money="12.500"
    )
    (reports / "empty.txt").write_bytes(b"")
    db = folder / "stored.db"
    result = run("extract", reports, "--db", db, cwd=folder)
    assert result.returncode == 1, result.stderr
    return db


def test_version_prints_the_package_version() -> None:
    from importlib.metadata import version

    result = invoke("--version")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"baocao {version('baocao')}\n"


@pytest.mark.parametrize(
    "command",
    [["documents"], ["show", "a.txt"], ["compare"], ["export"], ["audit"]],
)
def test_a_read_command_on_a_missing_database_says_so_and_creates_nothing(
    command: list[str], tmp_path: Path
) -> None:
    db = tmp_path / "nope.db"
    result = invoke(*command, "--db", db)
    assert result.exit_code == ExitCode.STORE_ERROR, result.output
    assert result.stderr == f"error: no such database: {db}\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [["export"], ["audit", "--format", "jsonl"]])
def test_an_unwritable_output_is_a_one_line_error(
    command: list[str], stored: Path, tmp_path: Path
) -> None:
    target = tmp_path / "no-such-folder" / "out.jsonl"
    result = invoke(*command, "--db", stored, "-o", target)
    assert result.exit_code == ExitCode.OUTPUT, result.output
    assert result.stderr == f"error: cannot write {target}: No such file or directory\n"
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_documents_status_is_validated(stored: Path) -> None:
    result = invoke("documents", "--db", stored, "--status", "broken")
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr == "error: --status must be one of ok, failed, superseded, not 'broken'\n"


def test_documents_show_and_compare_print_jsonl_and_csv(stored: Path) -> None:
    lines = invoke("documents", "--db", stored, "--format", "jsonl").stdout.splitlines()
    docs = {d["name"]: d for d in map(json.loads, lines)}
    assert docs["a.txt"]["status"] == "ok" and docs["empty.txt"]["error"] == "empty file"
    rows = list(
        csv.DictReader(io.StringIO(invoke("documents", "--db", stored, "-f", "csv").stdout))
    )
    assert {r["name"]: r["status"] for r in rows} == {"a.txt": "ok", "empty.txt": "failed"}

    facts = [
        json.loads(x)
        for x in invoke("show", "a.txt", "--db", stored, "-f", "jsonl").stdout.splitlines()
    ]
    coverage = [f for f in facts if f["kind"] == "coverage"]
    assert [(f["units_met"], f["units_total"]) for f in coverage] == [(12, 16)]
    shown = invoke("show", "a.txt", "--db", stored, "-f", "csv", "--kind", "coverage").stdout
    assert [r["units_met"] for r in csv.DictReader(io.StringIO(shown))] == ["12"]

    compared = invoke("compare", "--db", stored, "-f", "jsonl", "--criterion", "2")
    assert compared.exit_code == 0, compared.output
    records = [json.loads(x) for x in compared.stdout.splitlines()]
    cov = [r for r in records if r["question"] == "coverage"]
    assert [(r["units_met"], r["units_total"]) for r in cov] == [(12, 16)]
    assert {r["question"] for r in records} <= {"coverage", "standard", "funding", "criteria"}
    table = list(
        csv.DictReader(
            io.StringIO(invoke("compare", "--db", stored, "-f", "csv", "-c", "2").stdout)
        )
    )
    assert {r["question"] for r in table} == {r["question"] for r in records}

    bad = invoke("documents", "--db", stored, "--format", "xml")
    assert bad.exit_code == ExitCode.USAGE
    assert "--format must be one of table, jsonl, csv, not 'xml'" in bad.stderr


def test_csv_rows_are_formula_neutralised(tmp_path: Path) -> None:
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "=HYPERLINK(1).txt").write_bytes(b"")
    db = tmp_path / "f.db"
    run("extract", folder, "--db", db, cwd=tmp_path)
    rows = list(csv.DictReader(io.StringIO(invoke("documents", "--db", db, "-f", "csv").stdout)))
    assert rows[0]["name"] == "'=HYPERLINK(1).txt"


def test_failed_lines_name_the_file_as_given(stored: Path, tmp_path: Path) -> None:
    folder = tmp_path / "given"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    result = run("extract", "given", "--db", tmp_path / "g.db", cwd=tmp_path)
    assert result.returncode == 1
    assert f"failed   {Path('given') / 'empty.txt'}: empty file" in result.stderr.splitlines()


def test_the_progress_bar_shows_the_current_file_and_an_eta(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rich.console import Console

    import baocao.cli as cli

    screen = io.StringIO()
    monkeypatch.setattr(
        cli, "err", Console(file=screen, force_terminal=True, width=200, stderr=True)
    )
    folder = tmp_path / "bar"
    folder.mkdir()
    write_report(
        folder,
        "first-[b]x.txt",
        district="Sông Lô",
        province="Vĩnh Phúc",
        met=1,
        total=16,
        money="1",
    )
    result = invoke("extract", folder, "--db", tmp_path / "p.db")
    assert result.exit_code == 0, result.output
    drawn = screen.getvalue()
    assert "first-[b]x.txt" in drawn  # the current file, shown as data
    assert "eta" in drawn and "-:--:--" in drawn  # rich's time-remaining column


def test_no_such_document_is_a_baocao_error_with_its_exit_code(stored: Path) -> None:
    from baocao.errors import BaocaoError, DocumentNotFound

    assert issubclass(DocumentNotFound, BaocaoError)
    for command in (["show", "nope.pdf"], ["audit", "--document", "nope.pdf"]):
        result = invoke(*command, "--db", stored)
        assert result.exit_code == ExitCode.INPUT_MISSING, result.output
        assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1


def test_value_errors_sit_in_the_error_tree_and_stay_value_errors() -> None:
    from baocao.errors import BaocaoError, ValueFormatError
    from baocao.normalize.facts import Unreadable
    from baocao.vocab.money import MoneyUnitError, parse_money_unit
    from baocao.vocab.numbers import NumberFormatError, parse_number

    for error in (MoneyUnitError, NumberFormatError, Unreadable):
        assert issubclass(error, ValueFormatError)
        assert issubclass(error, BaocaoError) and issubclass(error, ValueError)
    with pytest.raises(ValueError):
        parse_money_unit("cân")
    with pytest.raises(BaocaoError):
        parse_number("abc")


@pytest.mark.parametrize("command", ["extract", "evaluate"])
def test_a_broken_lexicon_is_a_one_line_data_error(
    command: str, reports: Path, tmp_path: Path
) -> None:
    script = (
        "import baocao.data.lexicon as lexicon\n"
        "lexicon.load_data = lambda name: lexicon.parse_data('x = [', source=name)\n"
        "from baocao.cli import main\n"
        "main()\n"
    )
    arguments = {
        "extract": ["extract", str(reports / "a.txt"), "--db", "l.db"],
        "evaluate": ["evaluate", str(reports), str(reports / "a.txt")],
    }
    result = subprocess.run(
        [sys.executable, "-c", script, *arguments[command]],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == ExitCode.DATA == 6, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "invalid TOML" in lines[0]


@pytest.mark.parametrize("value", ["-1", "0"])
def test_max_mb_must_be_positive_and_the_error_names_the_flag(value: str, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    result = invoke("extract", tmp_path / "a.txt", "--db", tmp_path / "m.db", "--max-mb", value)
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr == f"error: --max-mb must be > 0, not {value}\n"


def test_a_report_about_two_communes_lists_both_in_documents_show_and_places(
    tmp_path: Path, db_url: str
) -> None:
    """`documents` (table, jsonl, csv), `show` and `places` name every unit of a report about
    several, joined as `export --what reports` joins them."""
    folder = tmp_path / "news"
    folder.mkdir()
    write_news_two_communes(folder)
    write_report(
        folder, "a.txt", district="Sông Lô", province="Vĩnh Phúc", met=12, total=16, money="1"
    )
    assert invoke("extract", folder, "--db", db_url).exit_code == 0

    table = invoke("documents", "--db", db_url)
    assert table.exit_code == 0, table.output
    assert "xã Tịnh Hiệp; xã Đức Lân" in table.stdout and "huyện Sông Lô" in table.stdout
    lines = invoke("documents", "--db", db_url, "-f", "jsonl").stdout.splitlines()
    docs = {d["name"]: d for d in map(json.loads, lines)}
    assert (docs["tin-hai-xa.txt"]["unit"], docs["tin-hai-xa.txt"]["units"]) == (
        "Tịnh Hiệp",
        "Tịnh Hiệp; Đức Lân",
    )
    assert (docs["a.txt"]["unit"], docs["a.txt"]["units"]) == ("Sông Lô", None)
    written = invoke("documents", "--db", db_url, "-f", "csv").stdout
    rows = {r["name"]: r["units"] for r in csv.DictReader(io.StringIO(written))}
    assert rows == {"tin-hai-xa.txt": "Tịnh Hiệp; Đức Lân", "a.txt": ""}
    exported = invoke("export", "--what", "reports", "--db", db_url).stdout.splitlines()
    assert {r["document"]: r["units"] for r in map(json.loads, exported)} == {
        d["name"]: d["units"] for d in docs.values()
    }

    shown = invoke("show", "tin-hai-xa.txt", "--db", db_url)
    assert shown.exit_code == 0, shown.output
    assert "units: xã Tịnh Hiệp [21184]; xã Đức Lân [21436]" in shown.stdout.splitlines()

    places = invoke("places", "--db", db_url, "-f", "jsonl").stdout.splitlines()
    units = {p["written"] for p in map(json.loads, places) if p["role"] == "unit"}
    assert {"xã Tịnh Hiệp", "xã Đức Lân"} <= units
