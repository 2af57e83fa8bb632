"""The pipeline: files in, one transaction per document, bad documents recorded, never raised."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from baocao import EXTRACTOR_VERSION
from baocao.errors import ResourceLimit
from baocao.extract.pagecache import CachedPage
from baocao.pipeline import extract_file, iter_files, ocr_page_cache, process_file, run_batch
from baocao.settings import ExtractSettings
from baocao.store import open_store

REPORT = """ỦY BAN NHÂN DÂN
HUYỆN TAM DƯƠNG
BÁO CÁO
Kết quả xây dựng nông thôn mới huyện Tam Dương, tỉnh Vĩnh Phúc năm 2020
Đến nay toàn huyện có 11/12 xã đạt chuẩn nông thôn mới.
Tổng nguồn vốn huy động năm 2020: 98.540 triệu đồng.
"""

IN_PROCESS = ExtractSettings(isolate=False)


@pytest.fixture
def store(tmp_path: Path):
    (tmp_path / "db").mkdir()
    with open_store(f"sqlite:///{tmp_path / 'db' / 'p.db'}") as store:
        yield store


def write(folder: Path, name: str, text: str = REPORT) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_folder_walk_passes_over_hidden_and_non_report_files(tmp_path: Path) -> None:
    write(tmp_path, "b.txt")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "a.pdf")
    write(tmp_path, ".hidden.txt")
    write(tmp_path, "gold.json", "{}")
    write(tmp_path, "README.md", "# notes")
    write(tmp_path, "baocao.db-wal", "")  # SQLite's own files beside a database
    named = write(tmp_path, "named.json", "{}")  # named explicitly: always read
    walked = [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path, named])]
    assert walked == ["b.txt", "sub/a.pdf", "named.json"]


def test_extract_file_times_every_stage_and_every_quote_slices_back(tmp_path: Path) -> None:
    extraction = extract_file(write(tmp_path, "r.txt"), settings=IN_PROCESS)
    assert set(extraction.timings) == {"load", "patterns", "normalise"}
    assert extraction.facts
    for fact in extraction.facts:
        assert extraction.document.text[fact.start : fact.end] == fact.quote


def test_isolated_extraction_gives_the_same_facts_as_in_process(tmp_path: Path) -> None:
    path = write(tmp_path, "r.txt")
    here = extract_file(path, settings=IN_PROCESS)
    isolated = extract_file(path)
    assert isolated.facts == here.facts
    assert isolated.report == here.report


def test_a_document_over_its_time_limit_fails_alone(tmp_path: Path, store) -> None:
    slow = write(tmp_path, "slow.txt")
    settings = ExtractSettings(document_timeout_s=0.001, timeout_per_mib_s=0.001)
    with pytest.raises(ResourceLimit, match="took longer than"):
        extract_file(slow, settings=settings)
    outcome = process_file(slow, store=store, settings=settings)
    assert outcome.status == "failed" and "took longer than" in (outcome.error or "")
    [row] = store.documents()
    assert (row.status, row.error_code) == ("failed", "resource_limit")


def test_a_batch_records_bad_files_and_stores_the_rest(tmp_path: Path, store) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    write(folder, "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")
    seen = []
    summary = run_batch([folder], store=store, settings=IN_PROCESS, on_outcome=seen.append)
    assert [o.path.name for o in seen] == ["broken.pdf", "empty.txt", "good.txt"]
    assert (summary.count("ok"), summary.count("failed")) == (1, 2)
    rows = {row.name: (row.status, row.error_code) for row in store.documents()}
    assert rows == {
        "good.txt": ("ok", None),
        "empty.txt": ("failed", "empty"),
        "broken.pdf": ("failed", "unreadable"),
    }
    assert summary.facts_by_kind["funding"] == 1


def test_a_stored_document_is_skipped_until_forced(tmp_path: Path, store) -> None:
    path = write(tmp_path, "r.txt")
    assert process_file(path, store=store, settings=IN_PROCESS).status == "ok"
    assert process_file(path, store=store, settings=IN_PROCESS).status == "skipped"
    forced = process_file(path, store=store, settings=IN_PROCESS, force=True)
    assert forced.status == "ok"
    assert len(store.documents()) == 1
    assert store.is_current(store.documents()[0].sha256, EXTRACTOR_VERSION)


def test_a_file_removed_before_reading_is_recorded_as_vanished(tmp_path: Path, store) -> None:
    outcome = process_file(tmp_path / "gone.txt", store=store, settings=IN_PROCESS)
    assert outcome.status == "failed"
    assert outcome.error == "gone.txt: file vanished before it was read"
    assert store.documents()[0].error_code == "vanished"


def test_only_ocr_pages_are_offered_again_as_a_cache(store) -> None:
    class Pages:
        def ocr_pages(self, sha256: str):
            return {2: ("scanned", "v1 tesseract 5.3.0", 88.0)}

    assert ocr_page_cache(Pages(), "x") == {2: CachedPage("scanned", "v1 tesseract 5.3.0", 88.0)}
    assert ocr_page_cache(store, "not stored") == {}


# --- hostile folders ------------------------------------------------------------------------


def test_a_walk_takes_regular_files_and_symlinks_inside_the_folder_only(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    outside = write(tmp_path, "outside.txt")
    write(folder, "a.txt")
    write(folder / "sub", "b.txt")
    os.mkfifo(folder / "fifo.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "outside-link.txt").symlink_to(outside)
    (folder / "etc").symlink_to("/etc", target_is_directory=True)  # a linked folder: not walked
    (folder / "inside-link.txt").symlink_to(folder / "sub" / "b.txt")
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    walked = [p.relative_to(folder).as_posix() for p in iter_files([folder])]
    # Loops are taken, to fail with a one-line reason; nothing outside is ever listed.
    assert walked == ["a.txt", "inside-link.txt", "loop-a.txt", "loop-b.txt", "sub/b.txt"]


def _within(seconds: float, fn, *args, **kwargs):
    """``fn(...)`` in a thread, failing the test (not hanging it) when it blocks."""
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(fn(*args, **kwargs)), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"{fn.__name__} still blocked after {seconds} s"
    return result[0]


@pytest.mark.parametrize(
    ("make", "cause"),
    [
        (lambda p: os.mkfifo(p), "not a regular file (a FIFO)"),
        (lambda p: p.symlink_to("/dev/zero"), "not a regular file (a character device)"),
        (lambda p: p.symlink_to(p), "symlink loop (too many levels of symbolic links)"),
        (lambda p: p.symlink_to(p.parent / "gone"), "broken symlink: its target does not exist"),
    ],
    ids=["fifo", "dev-zero", "loop", "dead-link"],
)
def test_a_named_file_that_is_no_regular_file_fails_at_once_in_one_line(
    tmp_path: Path, store, make, cause: str
) -> None:
    path = tmp_path / "x.txt"
    make(path)
    outcome = _within(10, process_file, path, store=store)
    assert (outcome.status, outcome.error) == ("failed", f"x.txt: {cause}")
    [row] = store.documents()
    assert (row.status, row.error_code, row.sha256) == ("failed", "unreadable", None)


def test_a_file_over_the_limit_is_refused_before_it_is_hashed(tmp_path: Path, store) -> None:
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as f:  # 8 GiB, sparse: hashing it would take a minute
        f.truncate(8 * 1024**3)
    started = time.monotonic()
    outcome = process_file(huge, store=store, settings=ExtractSettings(max_bytes=1024**2))
    assert time.monotonic() - started < 5
    assert outcome.error == "huge.pdf: 8 GiB is over the size limit of 1 MiB (max_bytes)"
    assert store.documents()[0].error_code == "too_large"


def test_the_time_limit_scales_with_size_and_pages() -> None:
    settings = ExtractSettings()
    assert settings.time_limit_s(size_bytes=0) == 60
    assert settings.time_limit_s(size_bytes=2 * 1024**2) == 80  # a 2 MiB text: 80 s, not 15 min
    assert settings.time_limit_s(size_bytes=50 * 1024**2, pages=200) == 60 + 500 + 6000
