"""Stopping ``baocao extract``: SIGTERM and Ctrl-C end it within 5 s with one line and exit
143 / 130; SIGKILL or not, no process of the run (worker, reaper, Tesseract, LibreOffice)
outlives it by 3 s; a re-run then equals a clean run.

The slow tests run the real thing: a .doc through LibreOffice and a scanned PDF through
Tesseract, stopped while each runs."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from badfiles import doc_file, scanned_pdf
from test_cli import BAOCAO, run, write_report

LINES = [
    "BÁO CÁO KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI",
    "huyện Sông Lô, tỉnh Vĩnh Phúc năm 2020",
    "Toàn huyện có 12/16 xã đạt tiêu chí số 2 về giao thông.",
    "Tổng nguồn vốn huy động năm 2020: 12.500 triệu đồng.",
]


# --- processes ------------------------------------------------------------------------------


def _stat(pid: int) -> tuple[str, str, int, int, int] | None:
    """(name, state, ppid, pgrp, session) of a live process, None when gone or a zombie."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            line = f.read()
    except OSError:
        return None
    name = line[line.index("(") + 1 : line.rindex(")")]
    state, ppid, pgrp, session = line[line.rindex(")") + 2 :].split()[:4]
    if state == "Z":
        return None
    return name, state, int(ppid), int(pgrp), int(session)


def _all_processes() -> dict[int, tuple[str, str, int, int, int]]:
    found = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (info := _stat(int(entry))) is not None:
            found[int(entry)] = info
    return found


def descendants(root: int) -> dict[int, str]:
    """Every live process below ``root``, by pid, with its name."""
    table = _all_processes()
    children: dict[int, list[int]] = {}
    for pid, (_name, _state, ppid, _pgrp, _sid) in table.items():
        children.setdefault(ppid, []).append(pid)
    found, todo = {}, [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found[child] = table[child][0]
            todo.append(child)
    return found


class Run:
    """``baocao extract`` in the background, its process tree watched as it grows."""

    def __init__(self, folder: Path, db: Path, extra: tuple[str, ...] = ()) -> None:
        self.proc = subprocess.Popen(
            [*BAOCAO, "extract", str(folder), "--db", str(db), *extra],
            cwd=folder.parent,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "BAOCAO_DB": ""},
        )
        self.seen: dict[int, str] = {}
        self.sessions: set[int] = set()

    def watch(self) -> None:
        for pid, name in descendants(self.proc.pid).items():
            self.seen[pid] = name
            if (info := _stat(pid)) is not None and info[4] != os.getsid(0):
                self.sessions.add(info[4])

    def wait_for(self, name: str, timeout: float = 240) -> None:
        deadline = time.monotonic() + timeout
        while name not in self.seen.values():
            assert self.proc.poll() is None, f"ended before {name} ran: {self.proc.stderr.read()}"
            assert time.monotonic() < deadline, f"{name} never ran"
            self.watch()
            time.sleep(0.05)
        self.watch()

    def survivors(self) -> list[tuple[int, str]]:
        """Processes of the run still alive: any seen below it, any in a session it made."""
        alive = [(pid, name) for pid, name in self.seen.items() if _stat(pid) is not None]
        alive += [
            (pid, info[0])
            for pid, info in _all_processes().items()
            if info[4] in self.sessions and pid not in self.seen
        ]
        return alive

    def cleanup(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        for pid, _name in self.survivors():
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def stop(batch: Run, signum: int) -> tuple[float, str, str]:
    """Send ``signum``; (seconds to exit, stdout, stderr); asserts nothing is left 3 s on."""
    sent = time.monotonic()
    batch.proc.send_signal(signum)
    stdout, stderr = batch.proc.communicate(timeout=30)
    took = time.monotonic() - sent
    time.sleep(max(0.0, 3 - (time.monotonic() - sent)))
    assert batch.survivors() == []
    return took, stdout, stderr


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


def many_reports(folder: Path, n: int = 60) -> Path:
    folder.mkdir()
    for i in range(n):
        write_report(folder, f"r{i:02d}.txt", district="Sông Lô", province="Vĩnh Phúc",
                     met=i % 16, total=16, money=f"{1000 + i}")  # fmt: skip
    return folder


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
