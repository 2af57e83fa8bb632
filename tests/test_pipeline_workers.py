"""A batch over several worker processes: the same documents and facts as one worker, a hung
or hostile document fails alone while the other workers go on, and a stop leaves no process.

The parent stays the only writer: the workers extract, the calling thread stores."""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from badfiles import docx_bytes
from clirun import BAOCAO
from processes import Run, many_reports, stop

from baocao import pipeline
from baocao.export import export_facts
from baocao.extract import limits
from baocao.pipeline import run_batch
from baocao.settings import DEFAULT_WORKERS, ExtractSettings
from baocao.store import open_store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


def corpus_folder(tmp_path: Path) -> Path:
    """The corpus .txt and .docx reports, in one folder."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for kind in ("txt", "docx"):
        for path in sorted((CORPUS / kind).glob(f"*.{kind}")):
            shutil.copy(path, folder / path.name)
    return folder


def exported(url: str) -> tuple[set[tuple[str, str, str | None]], list[str]]:
    """Documents (name, status, error code) and the exported facts, minus the store's ids."""
    import json

    with open_store(url) as store:
        documents = {(d.name, d.status, d.error_code) for d in store.documents()}
        out = io.StringIO()
        export_facts(store, format="jsonl", out=out)
    facts = []
    for line in out.getvalue().splitlines():
        fact = json.loads(line)
        fact.pop("id", None)
        facts.append(json.dumps(fact, sort_keys=True, ensure_ascii=False))
    return documents, sorted(facts)


def batch(url: str, folder: Path, settings: ExtractSettings):
    with open_store(url) as store:
        return run_batch([folder], store=store, settings=settings)


def test_the_default_is_the_machines_cores_and_bad_counts_are_refused() -> None:
    from baocao.errors import SettingsError

    assert ExtractSettings().workers == DEFAULT_WORKERS == (os.cpu_count() or 1)
    with pytest.raises(SettingsError, match="workers must be > 0, got 0"):
        ExtractSettings(workers=0)
    with pytest.raises(SettingsError, match="workers must be a whole number"):
        ExtractSettings(workers=1.5)  # type: ignore[arg-type]


def test_two_workers_store_exactly_the_documents_and_facts_of_one(
    tmp_path: Path, new_db_url
) -> None:
    folder = corpus_folder(tmp_path)
    one, two = new_db_url(), new_db_url()
    serial = batch(one, folder, ExtractSettings(workers=1))
    parallel = batch(two, folder, ExtractSettings(workers=2))
    assert serial.count("ok") == parallel.count("ok") == 20
    assert sorted(o.path for o in parallel.outcomes) == sorted(o.path for o in serial.outcomes)
    assert parallel.facts_by_kind == serial.facts_by_kind
    assert exported(two) == exported(one)
    rerun = batch(two, folder, ExtractSettings(workers=2))  # nothing stored twice
    assert rerun.count("skipped") == 20
    assert exported(two) == exported(one)


def test_one_document_under_two_names_is_stored_once(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    _reports(folder, ["a.txt", "b.txt", "c.txt"])
    (folder / "a-again.txt").write_bytes((folder / "a.txt").read_bytes())
    # Both copies pass the skip check before either is stored; the second store finds the
    # first and is skipped, as a concurrent run's would be.
    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        summary = run_batch([folder], store=store, settings=ExtractSettings(workers=2))
        assert len(store.documents()) == 3
    assert (summary.count("ok"), summary.count("skipped")) == (3, 1)


def _hang_on_request(path, settings, page_cache):
    """The batch's extraction, but a file whose name says ``hang`` never returns, and one
    whose name says ``crash`` kills its worker process."""
    if "hang" in path.name:  # a Path, or the file as the batch read it (a Source)
        time.sleep(600)
    if "crash" in path.name:
        os.kill(os.getpid(), signal.SIGKILL)
    return _EXTRACT_HERE(path, settings, page_cache)


_EXTRACT_HERE = pipeline._extract_here


def _reports(folder: Path, names: list[str]) -> None:
    folder.mkdir()
    source = sorted((CORPUS / "txt").glob("*.txt"))
    for i, name in enumerate(names):
        text = source[i % len(source)].read_text(encoding="utf-8")
        (folder / name).write_text(f"{text}\n{name}\n", encoding="utf-8")


def test_a_hung_document_times_out_while_the_other_worker_finishes_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "_extract_here", _hang_on_request)
    folder = tmp_path / "reports"
    names = ["a-hang.txt"] + [f"b{i}.txt" for i in range(8)]
    _reports(folder, names)
    settings = ExtractSettings(workers=2, document_timeout_s=8, timeout_per_mib_s=0.001)
    seen = []
    started = time.monotonic()
    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        summary = run_batch([folder], store=store, settings=settings, on_outcome=seen.append)
        rows = {d.name: (d.status, d.error_code) for d in store.documents()}
    took = time.monotonic() - started
    # The hung document's worker was killed at its limit; the others never waited on it.
    assert [o.path.name for o in seen][-1] == "a-hang.txt"
    assert sorted(o.path.name for o in seen[:-1]) == names[1:]
    assert seen[-1].status == "failed" and "took longer than 8 s" in (seen[-1].error or "")
    assert (summary.count("ok"), summary.count("failed")) == (8, 1)
    assert rows["a-hang.txt"] == ("failed", "resource_limit")
    assert all(rows[name] == ("ok", None) for name in names[1:])
    assert took < 8 + 30


def test_a_hostile_file_among_good_ones_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "_extract_here", _hang_on_request)
    forks_on_main_thread = []
    asked = limits._on_main_thread

    def on_main_thread() -> bool:  # asked at every fork of a worker's child
        forks_on_main_thread.append(asked())
        return forks_on_main_thread[-1]

    monkeypatch.setattr(limits, "_on_main_thread", on_main_thread)
    folder = tmp_path / "reports"
    names = [f"r{i}.txt" for i in range(6)] + ["m-crash.txt"]
    _reports(folder, names)
    (folder / "bomb.docx").write_bytes(_zip_bomb())
    (folder / "fake.docx").write_bytes(docx_bytes()[:200])  # truncated
    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        summary = run_batch([folder], store=store, settings=ExtractSettings(workers=2))
        rows = {d.name: (d.status, d.error_code) for d in store.documents()}
    assert (summary.count("ok"), summary.count("failed")) == (6, 3)
    assert all(rows[name] == ("ok", None) for name in names[:-1])
    assert rows["m-crash.txt"] == ("failed", "resource_limit")  # its worker died (SIGKILL)
    assert rows["bomb.docx"] == ("failed", "zip_bomb")
    assert rows["fake.docx"][0] == "failed"
    # Two children, and one more for the worker the crash killed (its next document came
    # after it), all forked from the main thread: the kernel kills each when the parent dies
    # (PR_SET_PDEATHSIG follows the forking thread).
    assert len(forks_on_main_thread) >= 3 and all(forks_on_main_thread)


def _zip_bomb() -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (600 * 1024 * 1024))
    return buffer.getvalue()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL], ids=["term", "kill"])
def test_a_stop_with_two_workers_leaves_no_process_three_seconds_later(
    tmp_path: Path, signum: int
) -> None:
    folder = many_reports(tmp_path / "many", n=60)
    db = tmp_path / "s.db"
    batch_run = Run(folder, db, extra=("--workers", "2"))
    try:
        assert batch_run.proc.stderr is not None
        while not batch_run.proc.stderr.readline().startswith("ok"):
            assert batch_run.proc.poll() is None
        deadline = time.monotonic() + 10
        while len(batch_run.sessions) < 2:  # each worker leads a session of its own
            assert time.monotonic() < deadline, "two workers never ran"
            batch_run.watch()
        took, _stdout, stderr = stop(batch_run, signum)  # asserts no survivor at 3 s
    finally:
        batch_run.cleanup()
    assert len(batch_run.sessions) >= 2  # two worker sessions were watched, and are gone
    if signum == signal.SIGKILL:  # the reapers killed the workers
        assert batch_run.proc.returncode == -signal.SIGKILL
        return
    assert batch_run.proc.returncode == 143
    assert took < 5
    assert stderr.splitlines()[-1].startswith("terminated (SIGTERM): "), stderr


def test_the_cli_takes_workers_and_refuses_zero(tmp_path: Path) -> None:
    folder = many_reports(tmp_path / "few", n=4)
    result = subprocess.run(
        [*BAOCAO, "extract", str(folder), "--db", str(tmp_path / "c.db"), "--workers", "0"],
        capture_output=True,
        text=True,
        env={**os.environ, "BAOCAO_DB": ""},
        timeout=120,
    )
    assert result.returncode == 2
    assert "workers must be > 0, got 0" in result.stderr
    result = subprocess.run(
        [*BAOCAO, "extract", str(folder), "--db", str(tmp_path / "c.db"), "-j", "2"],
        capture_output=True,
        text=True,
        env={**os.environ, "BAOCAO_DB": ""},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "4 files: 4 ok, 0 failed, 0 skipped" in result.stdout
