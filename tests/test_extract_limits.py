"""Per-document ceilings: zip bombs refused unopened, loaders killed on time or memory, giant
pages rendered smaller or refused."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from badfiles import docx_like, make_zip

from baocao.errors import EmptyDocument, ResourceLimit, UnreadableFile, ZipBomb
from baocao.extract.limits import (
    MIN_RENDER_DPI,
    LimitedWorker,
    check_zip,
    kill_session,
    render_scale,
    report_pages,
    run_limited,
    session_members,
)

MiB = 1024 * 1024


# --- check_zip -----------------------------------------------------------------------------


def test_a_normal_office_zip_passes() -> None:
    xml = b"<w:p><w:r><w:t>T\xe1\xbb\x95ng s\xe1\xbb\x91</w:t></w:r></w:p>" * 2000
    check_zip(make_zip(docx_like(xml)), document="ok.docx", max_unzipped_bytes=500 * MiB)


def test_a_zip_bomb_is_refused_from_its_declared_size_before_expanding() -> None:
    zeros = b"\0" * (8 * MiB)
    bomb = make_zip(docx_like(zeros))
    assert len(bomb) < 64 * 1024  # megabytes of zeros squeeze into kilobytes
    with pytest.raises(ZipBomb, match=r"bomb.docx: zip would expand to 8.0 MB, over the limit"):
        check_zip(bomb, document="bomb.docx", max_unzipped_bytes=4 * MiB)


def test_a_zip_bomb_under_the_size_limit_is_refused_for_its_ratio() -> None:
    bomb = make_zip(docx_like(b"\0" * (8 * MiB)))
    with pytest.raises(ZipBomb, match=r"word/document.xml expands \d+×"):
        check_zip(bomb, document="bomb.docx", max_unzipped_bytes=500 * MiB)


def test_too_many_members_are_refused() -> None:
    members = {f"xl/worksheets/sheet{i}.xml": b"<x/>" for i in range(30)}
    with pytest.raises(ZipBomb, match="31 members, over the limit of 20"):
        check_zip(
            make_zip({**members, "a": b""}),
            document="many.xlsx",
            max_unzipped_bytes=MiB,
            max_members=20,
        )


def test_a_member_lying_about_its_size_cannot_expand_past_it() -> None:
    # Why checking declared sizes is enough: zipfile stops at the declared size.
    data = bytearray(make_zip({"word/document.xml": b"\0" * MiB}))
    central = data.rfind(b"PK\x01\x02")
    local = data.find(b"PK\x03\x04")
    for header, offset in ((central, 24), (local, 22)):
        data[header + offset : header + offset + 4] = (1000).to_bytes(4, "little")
    check_zip(bytes(data), document="liar.docx", max_unzipped_bytes=2000)
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf, zf.open("word/document.xml") as f:
        with pytest.raises(zipfile.BadZipFile):  # CRC of the truncated data fails
            f.read()


def test_not_a_zip_is_unreadable() -> None:
    with pytest.raises(UnreadableFile, match="x.docx: not a valid zip file"):
        check_zip(b"PK\x03\x04 broken", document="x.docx", max_unzipped_bytes=MiB)


# --- run_limited ---------------------------------------------------------------------------


def add(a: int, b: int, *, times: int = 1) -> int:
    return (a + b) * times


def sleep_forever() -> None:
    time.sleep(60)


def hog_memory(mb: int) -> int:
    block = bytearray(mb * MiB)
    return len(block)


def start_grandchild_and_hang(pid_file: str) -> None:
    child = subprocess.Popen(["sleep", "60"])
    with open(pid_file, "w") as f:
        f.write(str(child.pid))
    time.sleep(60)


def raise_document_error() -> None:
    raise EmptyDocument("inner-name", "no text at all", page=3)


def raise_value_error() -> None:
    raise ValueError("bad value")


def test_a_function_within_its_limits_returns_its_result() -> None:
    assert run_limited(add, 2, 3, times=4, document="a.pdf", timeout_s=30, memory_mb=2048) == 20


def test_a_slow_function_is_killed_with_the_time_it_was_given() -> None:
    started = time.monotonic()
    with pytest.raises(ResourceLimit, match=r"^slow.pdf: took longer than 0.5 s$"):
        run_limited(sleep_forever, document="slow.pdf", timeout_s=0.5, memory_mb=2048)
    assert time.monotonic() - started < 10


def test_a_timeout_kills_what_the_loader_started(tmp_path) -> None:
    pid_file = tmp_path / "pid"
    with pytest.raises(ResourceLimit):
        run_limited(
            start_grandchild_and_hang,
            str(pid_file),
            document="hang.doc",
            timeout_s=1.5,
            memory_mb=2048,
        )
    pid = int(pid_file.read_text())
    for _ in range(50):
        if not _alive(pid):
            break
        time.sleep(0.1)
    assert not _alive(pid)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


def test_a_memory_hungry_function_is_stopped_at_its_ceiling() -> None:
    with pytest.raises(ResourceLimit, match=r"^hog.pdf: needed more than 300 MB$"):
        run_limited(hog_memory, 1024, document="hog.pdf", timeout_s=30, memory_mb=300)


def test_document_errors_cross_back_under_the_callers_document_name() -> None:
    with pytest.raises(EmptyDocument) as info:
        run_limited(raise_document_error, document="outer.pdf", timeout_s=30, memory_mb=2048)
    assert (info.value.document, info.value.cause, info.value.page) == (
        "outer.pdf",
        "no text at all",
        3,
    )


def test_other_exceptions_cross_back_as_they_are() -> None:
    with pytest.raises(ValueError, match="bad value"):
        run_limited(raise_value_error, document="v.pdf", timeout_s=30, memory_mb=2048)


def test_a_crashing_loader_is_reported_not_hung() -> None:
    with pytest.raises(ResourceLimit, match="loader died \\(SIGKILL\\)"):
        run_limited(os.kill, 0, 9, document="crash.pdf", timeout_s=30, memory_mb=2048)


# --- render_scale ----------------------------------------------------------------------------


def test_an_a4_page_renders_at_the_asked_dpi() -> None:
    assert render_scale(595, 842, 300, document="a.pdf") == pytest.approx(300 / 72)


def test_a_poster_page_renders_at_a_lower_dpi_within_the_pixel_cap() -> None:
    scale = render_scale(2384, 3370, 300, document="a0.pdf", page=2, max_pixels=50_000_000)
    pixels = 2384 * scale * 3370 * scale
    assert pixels <= 50_000_000
    assert MIN_RENDER_DPI / 72 <= scale < 300 / 72


def test_a_giant_page_is_refused_with_the_reason() -> None:
    with pytest.raises(ResourceLimit, match=r"giant.pdf \(page 4\): page of 5080×5080 mm"):
        render_scale(14400, 14400, 300, document="giant.pdf", page=4, max_pixels=50_000_000)


def dispatch(what: str, *args: object) -> object:
    """One entry point for a long-lived worker: call a test function of this module by name."""
    return {"add": add, "pid": os.getpid, "sleep": sleep_forever, "hog": hog_memory,
            "empty": raise_document_error}[what](*args)  # fmt: skip


def test_a_worker_runs_call_after_call_in_one_child() -> None:
    with LimitedWorker(dispatch, timeout_s=30, memory_mb=2048) as worker:
        first = worker("pid", document="a.pdf")
        assert worker("add", 2, 3, document="b.pdf") == 5
        assert worker("pid", document="c.pdf") == first != os.getpid()


def test_a_worker_replaces_a_child_killed_for_time_or_memory() -> None:
    with LimitedWorker(dispatch, timeout_s=1, memory_mb=300) as worker:
        before = worker("pid", document="a.pdf")
        with pytest.raises(ResourceLimit, match=r"^slow.pdf: took longer than 1 s$"):
            worker("sleep", document="slow.pdf")
        after_timeout = worker("pid", document="b.pdf")
        with pytest.raises(ResourceLimit, match=r"^hog.pdf: needed more than 300 MB$"):
            worker("hog", 1024, document="hog.pdf")
        after_memory = worker("pid", document="c.pdf")
    assert len({before, after_timeout, after_memory}) == 3


def test_a_worker_keeps_going_after_a_document_error() -> None:
    with LimitedWorker(dispatch, timeout_s=30, memory_mb=2048) as worker:
        pid = worker("pid", document="a.pdf")
        with pytest.raises(EmptyDocument, match=r"^x.pdf \(page 3\): no text at all$"):
            worker("empty", document="x.pdf")
        assert worker("pid", document="b.pdf") == pid


# --- nothing outlives the worker --------------------------------------------------------------


def start_grandchildren_and_hang(pid_file: str) -> None:
    """Start one process in our group (as Tesseract is) and one in a group of its own (as
    LibreOffice is), write their pids and ours, then hang."""
    same = subprocess.Popen(["sleep", "60"])
    own = subprocess.Popen(["sleep", "60"], process_group=0)
    with open(pid_file + ".tmp", "w") as f:
        f.write(f"{os.getpid()} {same.pid} {own.pid}")
    os.rename(pid_file + ".tmp", pid_file)
    time.sleep(60)


def _wait_for(path, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.05)
    return path.read_text()


def _all_gone(pids, within: float) -> list[int]:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        alive = [pid for pid in pids if _alive(pid)]
        if not alive:
            return []
        time.sleep(0.05)
    return [pid for pid in pids if _alive(pid)]


def test_a_timeout_kills_what_the_loader_started_in_a_group_of_its_own(tmp_path) -> None:
    pid_file = tmp_path / "pids"
    with pytest.raises(ResourceLimit, match="took longer than 2 s"):
        run_limited(
            start_grandchildren_and_hang,
            str(pid_file),
            document="h.doc",
            timeout_s=2,
            memory_mb=2048,
        )
    worker, same, own = map(int, pid_file.read_text().split())
    assert _all_gone([worker, same, own], within=3) == []


PARENT = """
import sys, time
sys.path.insert(0, {tests!r})
from test_extract_limits import start_grandchildren_and_hang
from baocao.extract.limits import LimitedWorker
with LimitedWorker(start_grandchildren_and_hang, timeout_s=120, memory_mb=2048) as worker:
    worker({pid_file!r}, document="long.doc")
"""


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM])
def test_a_worker_and_all_it_started_die_with_the_parent(tmp_path, signum) -> None:
    """The parent is killed while its worker runs a document that started two processes: the
    worker notices (PR_SET_PDEATHSIG, and its reaper on the lifeline pipe) and its whole
    session goes, the process in a group of its own included."""
    pid_file = tmp_path / "pids"
    script = PARENT.format(tests=str(Path(__file__).parent), pid_file=str(pid_file))
    parent = subprocess.Popen([sys.executable, "-c", script])
    try:
        worker, same, own = map(int, _wait_for(pid_file).split())
        session = session_members(worker)
        assert worker in session and own in session and len(session) >= 4  # + the reaper
        parent.send_signal(signum)
        parent.wait(10)
        assert _all_gone([worker, same, own, *session], within=3) == []
        assert session_members(worker) == []
    finally:
        parent.kill()
        if pid_file.exists():
            kill_session(int(pid_file.read_text().split()[0]))


def sleep_after_reporting(pages: int, seconds: float) -> str:
    report_pages(pages)
    time.sleep(seconds)
    return "done"


def test_the_time_limit_grows_with_the_pages_the_loader_reports() -> None:
    with LimitedWorker(sleep_after_reporting, timeout_s=1, per_page_s=1, memory_mb=2048) as w:
        assert w(3, 2.0, document="three-pages.pdf") == "done"  # 1 s + 3 × 1 s
        with pytest.raises(ResourceLimit, match=r"^one-page.pdf: took longer than 2 s$"):
            w(1, 5.0, document="one-page.pdf")
        with pytest.raises(ResourceLimit, match=r"^short.pdf: took longer than 0.5 s$"):
            w(0, 5.0, document="short.pdf", timeout_s=0.5)


class Stop(Exception):
    pass


def test_leaving_on_an_exception_kills_the_worker_at_once(tmp_path) -> None:
    """An interrupt while a document runs must not wait for the document to finish."""
    pid_file = tmp_path / "pids"

    def alarm(_signum, _frame):
        raise Stop

    previous = signal.signal(signal.SIGALRM, alarm)
    started = time.monotonic()
    try:
        signal.setitimer(signal.ITIMER_REAL, 1.5)
        with pytest.raises(Stop):
            with LimitedWorker(start_grandchildren_and_hang, timeout_s=60, memory_mb=2048) as w:
                w(str(pid_file), document="long.doc")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert time.monotonic() - started < 3.5
    assert _all_gone(list(map(int, pid_file.read_text().split())), within=3) == []
