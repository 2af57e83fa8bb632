"""A batch reads each file once: the bytes hashed to decide the skip are the bytes loaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import baocao.extract as extract_stage
from baocao.pipeline import Job, check_file, extract_file, run_batch, store_file
from baocao.settings import ExtractSettings
from baocao.store import open_store

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
IN_PROCESS = ExtractSettings(isolate=False)


@pytest.fixture
def store(tmp_path: Path):
    with open_store(f"sqlite:///{tmp_path / 'r.db'}") as s:
        yield s


def _report(folder: Path, name: str, source: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes((CORPUS / "txt" / source).read_bytes())
    return path


def test_the_worker_loads_the_bytes_that_were_hashed_not_the_file_as_it_is_now(
    tmp_path: Path, store
) -> None:
    path = _report(tmp_path / "in", "a.txt", "ha-tinh-xa-thien-loc-2015.txt")
    job = check_file(path, store=store, settings=IN_PROCESS)
    assert isinstance(job, Job)
    # Replaced on disk between the skip decision and the load: the job keeps what was read.
    path.write_bytes((CORPUS / "txt" / "nghe-an-tinh-nghe-an-2021.txt").read_bytes())
    outcome = store_file(
        job,
        lambda: extract_file(job.source, settings=IN_PROCESS, page_cache=job.page_cache),
        store=store,
    )
    assert outcome.status == "ok"
    (row,) = store.documents()
    assert row.sha256 == job.sha256
    assert "Thiên Lộc" in (store.document_text(job.sha256) or "")


def test_a_batch_opens_each_file_once_whether_it_extracts_or_skips_it(
    tmp_path: Path, store, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    for i, name in enumerate(sorted(p.name for p in (CORPUS / "txt").glob("*.txt"))[:3]):
        _report(folder, f"r{i}.txt", name)
    opened: list[str] = []
    real_open = extract_stage._open_regular

    def counting_open(path, name):
        opened.append(name)
        return real_open(path, name)

    monkeypatch.setattr(extract_stage, "_open_regular", counting_open)
    first = run_batch([folder], store=store, settings=IN_PROCESS)
    assert first.count("ok") == 3
    assert sorted(opened) == ["r0.txt", "r1.txt", "r2.txt"]
    opened.clear()
    again = run_batch([folder], store=store, settings=IN_PROCESS)
    assert again.count("skipped") == 3
    assert sorted(opened) == ["r0.txt", "r1.txt", "r2.txt"]


def test_a_rerun_asks_the_store_once_for_what_it_holds(
    tmp_path: Path, store, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    for i, name in enumerate(sorted(p.name for p in (CORPUS / "txt").glob("*.txt"))[:3]):
        _report(folder, f"r{i}.txt", name)
    run_batch([folder], store=store, settings=IN_PROCESS)
    asked: list[str] = []
    monkeypatch.setattr(store, "is_current", lambda sha256, version: asked.append(sha256))
    again = run_batch([folder], store=store, settings=IN_PROCESS)
    assert again.count("skipped") == 3
    assert asked == []


def test_two_copies_of_one_document_in_a_batch_are_extracted_once(tmp_path: Path, store) -> None:
    folder = tmp_path / "in"
    _report(folder, "a.txt", "ha-tinh-xa-thien-loc-2015.txt")
    _report(folder, "b.txt", "ha-tinh-xa-thien-loc-2015.txt")
    summary = run_batch([folder], store=store, settings=IN_PROCESS)
    assert [o.status for o in summary.outcomes] == ["ok", "skipped"]
    assert len(store.documents()) == 1


def test_a_rerun_of_stored_files_only_hashes_them(tmp_path: Path) -> None:
    """Skipping is reading and hashing: a batch whose files are all stored never imports the
    loaders or the NLP, so an unchanged archive re-runs at the speed of its disk."""
    folder = tmp_path / "in"
    _report(folder, "a.txt", "ha-tinh-xa-thien-loc-2015.txt")
    _report(folder, "b.txt", "nghe-an-tinh-nghe-an-2021.txt")
    url = f"sqlite:///{tmp_path / 'r.db'}"
    with open_store(url) as first:
        assert run_batch([folder], store=first, settings=IN_PROCESS).count("ok") == 2
    probe = (
        "import sys\n"
        "from baocao.pipeline import run_batch\n"
        "from baocao.settings import ExtractSettings\n"
        "from baocao.store import open_store\n"
        f"with open_store({url!r}) as store:\n"
        f"    summary = run_batch([{str(folder)!r}], store=store, settings=ExtractSettings())\n"
        "print(summary.count('skipped'))\n"
        "heavy = ('baocao.nlp', 'baocao.normalize', 'baocao.extract.pdf', 'baocao.extract.ocr')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.split("\n")[:2] == ["2", "[]"]
