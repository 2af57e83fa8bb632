"""Stopping ``baocao extract``: SIGTERM and Ctrl-C end it within 5 s with one line and exit
143 / 130; SIGKILL or not, no process of the run (worker, reaper, Tesseract, LibreOffice)
outlives it by 3 s; a re-run then equals a clean run.

The slow tests run the real thing: a .doc through LibreOffice and a scanned PDF through
Tesseract, stopped while each runs."""

from __future__ import annotations

import signal
import sqlite3
from pathlib import Path

import pytest
from badfiles import doc_file, scanned_pdf
from clirun import run, write_report
from processes import Run, many_reports, stop

LINES = [
    "BÁO CÁO KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI",
    "huyện Sông Lô, tỉnh Vĩnh Phúc năm 2020",
    "Toàn huyện có 12/16 xã đạt tiêu chí số 2 về giao thông.",
    "Tổng nguồn vốn huy động năm 2020: 12.500 triệu đồng.",
]


def stored(db: Path) -> tuple[set[tuple[object, ...]], list[tuple[object, ...]]]:
    """What a run leaves: documents (name, status, error code) and facts, as comparable sets."""
    with sqlite3.connect(db) as conn:
        documents = set(conn.execute("select name, status, error_code from documents"))
        facts = sorted(
            conn.execute(
                'select d.name, f.kind, f.page, f.start, f."end", f.quote from facts f '
                "join documents d on d.id = f.document_id"
            )
        )
    return documents, facts


# --- fast: text files only --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("signum", "code", "message"),
    [(signal.SIGTERM, 143, "terminated (SIGTERM): "), (signal.SIGINT, 130, "interrupted: ")],
)
def test_sigterm_and_ctrl_c_stop_the_batch_with_one_line_and_their_exit_code(
    tmp_path: Path, signum: int, code: int, message: str
) -> None:
    folder = many_reports(tmp_path / "many")
    db = tmp_path / "s.db"
    batch = Run(folder, db)
    try:
        assert batch.proc.stderr is not None
        while not batch.proc.stderr.readline().startswith("ok"):  # one document stored
            assert batch.proc.poll() is None
        batch.watch()
        took, _stdout, stderr = stop(batch, signum)
    finally:
        batch.cleanup()
    assert batch.proc.returncode == code
    assert took < 5
    last = stderr.splitlines()[-1]
    assert last.startswith(message) and "files done" in last, stderr
    assert "Traceback" not in stderr
    rerun = run("extract", folder, "--db", db, cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(distinct sha256) from documents").fetchone()[0] == 60


# --- slow: LibreOffice and Tesseract running ----------------------------------------------------


@pytest.fixture(scope="module")
def office_and_scan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """a.doc (LibreOffice), b-scan.pdf (Tesseract, four pages), c.txt: made once."""
    folder = tmp_path_factory.mktemp("made") / "reports"
    folder.mkdir()
    doc_file(folder / "a.doc", LINES)
    scanned_pdf(folder / "b-scan.pdf", LINES, pages=4)
    write_report(folder, "c.txt", district="Bố Trạch", province="Quảng Bình", met=20,
                 total=28, money="45.000,5")  # fmt: skip
    return folder


@pytest.fixture(scope="module")
def clean_run(office_and_scan: Path, tmp_path_factory: pytest.TempPathFactory):
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    result = run("extract", office_and_scan, "--db", db, cwd=db.parent, timeout=600)
    assert result.returncode == 0, result.stderr
    return stored(db)


def copy_folder(source: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for path in source.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


@pytest.mark.slow
@pytest.mark.parametrize(
    ("signum", "running"),
    [
        (signal.SIGKILL, "soffice.bin"),
        (signal.SIGKILL, "tesseract"),
        (signal.SIGTERM, "soffice.bin"),
        (signal.SIGTERM, "tesseract"),
        (signal.SIGINT, "tesseract"),
    ],
    ids=["kill-libreoffice", "kill-ocr", "term-libreoffice", "term-ocr", "int-ocr"],
)
def test_stopping_mid_batch_leaves_no_process_and_a_rerun_equals_a_clean_run(
    office_and_scan: Path, clean_run, tmp_path: Path, signum: int, running: str
) -> None:
    folder = copy_folder(office_and_scan, tmp_path)
    db = tmp_path / "stopped.db"
    batch = Run(folder, db)
    try:
        batch.wait_for(running)
        took, _stdout, stderr = stop(batch, signum)  # asserts no survivor 3 s later
    finally:
        batch.cleanup()
    assert running in batch.seen.values()
    if signum == signal.SIGKILL:
        assert batch.proc.returncode == -signal.SIGKILL
    else:
        assert batch.proc.returncode == (143 if signum == signal.SIGTERM else 130)
        assert took < 5, f"took {took:.1f} s"
        assert "Traceback" not in stderr
        last = stderr.strip().splitlines()[-1]
        assert last.startswith(("terminated (SIGTERM): ", "interrupted: ")), stderr
    rerun = run("extract", folder, "--db", db, cwd=tmp_path, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert stored(db) == clean_run
