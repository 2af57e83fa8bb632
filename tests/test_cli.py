"""The `baocao` command, run through its real entry point in a subprocess."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

BAOCAO = [sys.executable, "-m", "baocao"]

REPORT = """ỦY BAN NHÂN DÂN
HUYỆN {district}

BÁO CÁO
Kết quả thực hiện Chương trình MTQG xây dựng nông thôn mới huyện {district}, \
tỉnh {province} năm 2020

1. Kết quả thực hiện các tiêu chí
Toàn huyện có {met}/{total} xã đạt tiêu chí số 2 về giao thông.
2. Nguồn vốn
Tổng nguồn vốn huy động năm 2020: {money} triệu đồng.
"""


def write_report(folder: Path, name: str, **values: object) -> Path:
    path = folder / name
    path.write_text(REPORT.format(**values), encoding="utf-8")
    return path


def run(*args: str | Path, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*BAOCAO, *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "BAOCAO_DB": ""},
    )


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
    assert "--format must be jsonl or csv" in result.stderr


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
