"""Several processes on one database (issue 12, items 1, 3 and 4): real ``baocao`` processes
started together on a brand-new SQLite file or PostgreSQL schema lose nothing, store every
document exactly once, and an audit survives documents being replaced underneath it."""

from __future__ import annotations

import logging
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect

from baocao.audit import audit_store
from baocao.model import Extraction
from baocao.store import migrate, open_store
from baocao.store.store import use_wal

ROOT = Path(__file__).resolve().parent.parent
BAOCAO = [sys.executable, "-m", "baocao"]
# Three short reports: a trial is three process starts, not three long extractions.
FILES = [
    ROOT / "corpus/txt/bac-giang-xa-quang-trung-2024.txt",
    ROOT / "corpus/txt/dong-thap-huyen-thap-muoi-2021.txt",
    ROOT / "corpus/txt/ha-tinh-tinh-ha-tinh-2023.txt",
]
TRIALS = 10
SUMMARY = re.compile(r"(\d+) files: (\d+) ok, (\d+) failed, (\d+) skipped")


def stored(url: str) -> tuple[list[tuple[str, str]], list[str]]:
    """The documents (name, status) and every fact of a database, in a canonical order."""
    with open_store(url) as store:
        documents = sorted((d.name, d.status) for d in store.documents())
        facts = sorted(repr(fact) for _, fact in store.facts())
    return documents, facts


def start_extract(url: str, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*BAOCAO, "extract", *map(str, FILES), "--db", url, *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture(scope="module")
def single_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[list, list]:
    """What one ``baocao extract`` of FILES stores, alone."""
    url = f"sqlite:///{tmp_path_factory.mktemp('single') / 'single.db'}"
    done = subprocess.run(
        [*BAOCAO, "extract", *map(str, FILES), "--db", url], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return stored(url)


@pytest.mark.parametrize("processes", [2, 3])
def test_extracts_started_together_on_a_new_database_lose_nothing(
    new_db_url: Callable[[], str], single_run: tuple[list, list], processes: int
) -> None:
    for trial in range(TRIALS):
        url = new_db_url()
        running = [start_extract(url) for _ in range(processes)]
        results = [(p.wait(timeout=300), *p.communicate()) for p in running]
        for code, out, err in results:
            assert code == 0, f"trial {trial}: exit {code}\n{out}\n{err}"
            assert "Traceback" not in err, err
        summaries = [SUMMARY.search(out) for _, out, _ in results]
        assert all(summaries), [out for _, out, _ in results]
        # Each document stored once: exactly one process says "ok" for it, the others
        # found it stored ("skipped"); nobody failed.
        ok = sum(int(m.group(2)) for m in summaries if m)
        assert ok == len(FILES), f"trial {trial}: {[out for _, out, _ in results]}"
        assert all(m.group(3) == "0" for m in summaries if m)
        assert stored(url) == single_run, f"trial {trial}"


@pytest.mark.parametrize("processes", [3])
def test_processes_opening_a_new_database_together_all_get_the_schema(
    new_db_url: Callable[[], str], processes: int
) -> None:
    script = "import sys; from baocao.store import open_store; open_store(sys.argv[1]).close()"
    for trial in range(TRIALS):
        url = new_db_url()
        running = [
            subprocess.Popen([sys.executable, "-c", script, url], stderr=subprocess.PIPE, text=True)
            for _ in range(processes)
        ]
        for p in running:
            _, err = p.communicate(timeout=120)
            assert p.returncode == 0, f"trial {trial}: {err}"
        with open_store(url) as store, store.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
            assert "v_funding_mix" in inspect(connection).get_view_names()


# -- audit while documents are replaced ------------------------------------------------------


def extraction_of(path: Path) -> Extraction:
    from baocao.pipeline import extract_file
    from baocao.settings import ExtractSettings

    return extract_file(path, settings=ExtractSettings(isolate=False))


def test_a_snapshot_reads_one_state_while_another_process_replaces(db_url: str) -> None:
    extraction = extraction_of(FILES[0])
    with open_store(db_url) as reader, open_store(db_url) as writer:
        writer.save_extraction(extraction, extractor_version="v", path=str(FILES[0]))
        with reader.snapshot():
            before = reader.documents()
            facts_before = [i for i, _ in reader.facts()]
            writer.save_extraction(extraction, extractor_version="v", path=str(FILES[0]))
            assert reader.documents() == before
            assert [i for i, _ in reader.facts()] == facts_before
        assert [d.id for d in reader.documents()] != [d.id for d in before]


def test_audit_while_extract_force_replaces_the_document(
    db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The document is replaced (through another connection, as ``extract --force`` in
    another process does) after the auditor read it and before it stores its findings."""
    extractions = [extraction_of(path) for path in FILES[:2]]
    with open_store(db_url) as store, open_store(db_url) as other:
        for path, extraction in zip(FILES, extractions, strict=False):
            store.save_extraction(extraction, extractor_version="v", path=str(path))
        victim = extractions[0].document
        read_text = store.document_text

        def text_then_replaced(sha256: str) -> str | None:
            text = read_text(sha256)
            if sha256 == victim.sha256:
                other.save_extraction(extractions[0], extractor_version="v", path=str(FILES[0]))
            return text

        store.document_text = text_then_replaced  # type: ignore[method-assign]
        with caplog.at_level(logging.WARNING, logger="baocao.audit"):
            result = audit_store(store)
        assert result.replaced == (victim.name,)
        assert [d.name for d in result.documents] == [extractions[1].document.name]
        assert any(
            victim.name in r.getMessage() and "replaced" in r.getMessage() for r in caplog.records
        )
        del store.document_text
        # Audited again, the new version gets its findings.
        again = audit_store(store)
        assert again.replaced == ()
        assert sorted(d.name for d in again.documents) == sorted(
            e.document.name for e in extractions
        )


def test_audit_processes_during_extract_force_processes(new_db_url: Callable[[], str]) -> None:
    url = new_db_url()
    first = subprocess.run(
        [*BAOCAO, "extract", "-q", *map(str, FILES), "--db", url], capture_output=True, text=True
    )
    assert first.returncode == 0, first.stderr
    audits = []
    for _ in range(3):
        forcing = start_extract(url, "--force", "-q")
        audit = subprocess.run(
            [*BAOCAO, "audit", "--db", url, "-f", "jsonl"], capture_output=True, text=True
        )
        forcing.wait(timeout=300)
        assert forcing.returncode == 0, forcing.communicate()
        audits.append((audit.returncode, audit.stderr))
    assert all(code == 0 for code, _ in audits), audits
    assert not any("Traceback" in err for _, err in audits), audits


class _LockedAtFirst(sqlite3.Connection):
    """A real connection whose first WAL switches meet the answer SQLite gives a process that
    loses the race to convert a new file (a deadlock broken at once, no busy wait)."""

    refusals = 2

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
        if "journal_mode" in sql and self.refusals:
            self.refusals -= 1
            raise sqlite3.OperationalError("database is locked")
        return super().execute(sql, *args)


def test_a_process_refused_the_switch_to_wal_waits_and_tries_again(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "new.db", factory=_LockedAtFirst)
    use_wal(connection, timeout_s=5)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    connection.close()


def test_a_switch_to_wal_still_refused_at_the_timeout_is_the_error(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "new.db", factory=_LockedAtFirst)
    connection.refusals = 10**6
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        use_wal(connection, timeout_s=0.05)
    connection.close()
