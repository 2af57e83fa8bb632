"""A store that cannot be written, or fails while it is set up (issue 12, items 1, 2 and 11):
the first setup is all or nothing, a failure never overwrites a stored document, write errors
end a batch with one line naming the real cause and the step, and read-only commands read a
database in a read-only place.

Read-only files and folders are made real with chmod: as root (whom permissions do not stop)
the commands run without root's DAC capabilities (``setpriv``); full disks are small tmpfs
mounts (skipped when mounting is not allowed)."""

from __future__ import annotations

import os
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from alembic.operations import Operations
from sqlalchemy import create_engine, inspect
from sqlalchemy.exc import OperationalError

from baocao.errors import StoreError, UnreadableFile
from baocao.pipeline import extract_file
from baocao.settings import ExtractSettings
from baocao.store import migrate, open_store

ROOT = Path(__file__).resolve().parent.parent
BAOCAO = [sys.executable, "-m", "baocao"]
FILES = [
    ROOT / "corpus/txt/bac-giang-xa-quang-trung-2024.txt",
    ROOT / "corpus/txt/dong-thap-huyen-thap-muoi-2021.txt",
]
AS_ROOT = os.geteuid() == 0


def baocao(*args: str | Path, unprivileged: bool = False) -> subprocess.CompletedProcess[str]:
    """Run the real command; ``unprivileged``: as root, without the capabilities that let
    root write read-only files and folders (so permissions hold as for any user)."""
    prefix = []
    if unprivileged and AS_ROOT:
        prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"]
    return subprocess.run(
        [*prefix, *BAOCAO, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder that ``nobody`` can enter (pytest's own tmp folders are root-only)."""
    folder = Path(tempfile.mkdtemp(prefix="baocao-faults-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


def one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: "), done.stderr
    return lines[0]


# -- item 2: the first setup is all or nothing ---------------------------------------------------


def disk_full() -> OperationalError:
    """The error SQLAlchemy raises when SQLite finds the disk full."""
    return OperationalError(
        "CREATE VIEW", {}, sqlite3.OperationalError("injected: database or disk is full")
    )


def test_a_setup_that_fails_midway_leaves_nothing_and_the_next_open_recovers(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The views (second migration) fail after every table of the first was created."""
    real_execute = Operations.execute

    def failing_execute(self: Operations, *args: object, **kwargs: object) -> None:
        raise disk_full()

    monkeypatch.setattr(Operations, "execute", failing_execute)
    with pytest.raises(StoreError, match="injected: database or disk is full"):
        open_store(db_url)
    monkeypatch.setattr(Operations, "execute", real_execute)
    with open_store(db_url) as store:
        pass  # nothing was left half-made, so nothing stands in the way
    with open_store(db_url) as store:
        assert "v_funding_mix" in inspect(store.engine).get_view_names()
        with store.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()


def test_after_a_failed_setup_the_database_holds_no_table(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_execute(self: Operations, *args: object, **kwargs: object) -> None:
        raise disk_full()

    monkeypatch.setattr(Operations, "execute", failing_execute)
    with pytest.raises(StoreError):
        open_store(db_url)
    engine = create_engine(db_url)
    try:
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()


@pytest.fixture
def tiny_fs(shared_dir: Path) -> Iterator[Path]:
    """A tmpfs of 64 KiB (grow it with ``mount -o remount,size=…``)."""
    mount = shared_dir / "fs"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k,mode=0777", "tmpfs", str(mount)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def resize(mount: Path, size: str) -> None:
    subprocess.run(["mount", "-o", f"remount,size={size}", str(mount)], check=True)


def test_a_disk_full_during_setup_leaves_nothing_and_a_later_run_recovers(tiny_fs: Path) -> None:
    db = tiny_fs / "new.db"
    with pytest.raises(StoreError, match="database or disk is full"):
        open_store(str(db))
    resize(tiny_fs, "16m")
    with open_store(str(db)) as store:
        assert "v_funding_mix" in inspect(store.engine).get_view_names()
    done = baocao("extract", "-q", *FILES, "--db", db)
    assert done.returncode == 0, done.stderr


def test_a_disk_full_mid_batch_is_one_line_and_the_rerun_stores_every_document(
    tiny_fs: Path,
) -> None:
    resize(tiny_fs, "2m")
    db = tiny_fs / "batch.db"
    open_store(str(db)).close()
    filler = tiny_fs / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:  # take every byte left
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    # ... but 48 KiB: room to open the database (its 32 KiB -shm), not to store a document.
    os.truncate(filler, max(0, filler.stat().st_size - 48 * 1024))
    done = baocao("extract", *FILES, "--db", db)
    assert done.returncode == 4, done.stderr
    line = one_error_line(done)
    assert "database or disk is full" in line and "cannot store" in line, line
    # with several workers the first document to reach the store is any of them
    assert any(f.name in line for f in FILES), line
    filler.unlink()
    again = baocao("extract", "-q", *FILES, "--db", db)
    assert again.returncode == 0, again.stderr
    with open_store(str(db)) as store:
        assert sorted(d.name for d in store.documents(status="ok")) == sorted(f.name for f in FILES)


# -- item 1: a failure never overwrites a stored document -----------------------------------------


def test_a_document_another_process_stored_is_kept_not_replaced_nor_failed(db_url: str) -> None:
    extraction = extract_file(FILES[0], settings=ExtractSettings(isolate=False))
    sha = extraction.document.sha256
    with open_store(db_url) as winner, open_store(db_url) as loser:
        won = winner.save_extraction(extraction, extractor_version="v", path=str(FILES[0]))
        assert (
            loser.save_extraction(
                extraction, extractor_version="v", path=str(FILES[0]), replace=False
            )
            is None
        )
        failure = UnreadableFile(FILES[0].name, "timed out under load")
        kept = loser.save_failure(
            path=str(FILES[0]), name=FILES[0].name, sha256=sha, size_bytes=1, format=None,
            error=failure, extractor_version="v",
        )  # fmt: skip
        assert kept is None
        ((document),) = winner.documents()
        assert (document.id, document.status) == (won, "ok")
        assert len(list(winner.facts())) == len(extraction.facts)
        # A new extractor version does replace it.
        assert (
            loser.save_extraction(
                extraction, extractor_version="v2", path=str(FILES[0]), replace=False
            )
            is not None
        )


# -- item 11: read-only files and folders ---------------------------------------------------------


def test_a_read_only_database_file_refuses_extract_in_one_line_and_leaves_no_side_files(
    shared_dir: Path,
) -> None:
    db = shared_dir / "ro.db"
    assert baocao("extract", "-q", FILES[0], "--db", db).returncode == 0
    db.chmod(0o444)
    done = baocao("extract", FILES[1], "--db", db, unprivileged=True)
    assert done.returncode == 4, done.stderr
    line = one_error_line(done)
    assert "read-only" in line and str(db) in line, line
    assert "cannot record failure" not in done.stderr and "Traceback" not in done.stderr
    assert sorted(p.name for p in shared_dir.iterdir()) == ["ro.db"]
    db.chmod(0o644)
    # Nothing was left behind that would break the database once it is writable again.
    assert baocao("extract", "-q", FILES[1], "--db", db).returncode == 0
    with open_store(str(db)) as store:
        assert len(store.documents(status="ok")) == 2


def test_read_only_commands_work_in_a_read_only_folder(shared_dir: Path) -> None:
    db = shared_dir / "kept.db"
    assert baocao("extract", "-q", *FILES, "--db", db).returncode == 0
    with open_store(str(db)) as store:
        facts = len(list(store.facts()))
    before = sorted(p.name for p in shared_dir.iterdir())
    shared_dir.chmod(0o555)
    listed = baocao("documents", "--db", db, unprivileged=True)
    assert listed.returncode == 0, listed.stderr
    assert FILES[0].name in listed.stdout and FILES[1].name in listed.stdout
    exported = baocao("export", "-f", "jsonl", "--db", db, unprivileged=True)
    assert exported.returncode == 0, exported.stderr
    assert len(exported.stdout.splitlines()) == facts
    shown = baocao("show", FILES[0].name, "--db", db, unprivileged=True)
    assert shown.returncode == 0, shown.stderr
    compared = baocao("compare", "--db", db, unprivileged=True)
    assert compared.returncode == 0, compared.stderr
    refused = baocao("extract", "--force", FILES[0], "--db", db, unprivileged=True)
    assert refused.returncode == 4
    assert "is read-only" in one_error_line(refused)
    assert sorted(p.name for p in shared_dir.iterdir()) == before


# -- item 11: a PostgreSQL role that may only read ---------------------------------------------


@pytest.fixture
def select_only_url(db_url: str) -> Iterator[str]:
    """The test schema, migrated, and a URL logging in as a new role with SELECT only."""
    if not db_url.startswith("postgresql"):
        pytest.skip("roles are PostgreSQL's")
    open_store(db_url).close()
    role = f"baocao_reader_{secrets.token_hex(4)}"
    schema = db_url.rsplit("%3D", 1)[1]
    conninfo = db_url.split("?")[0].replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as c:
        c.execute(f'CREATE ROLE "{role}" LOGIN')
        c.execute(f'GRANT USAGE ON SCHEMA "{schema}" TO "{role}"')
        c.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{schema}" TO "{role}"')
    try:
        yield db_url.replace("postgres@", f"{role}@", 1)
    finally:
        with psycopg.connect(conninfo, autocommit=True) as c:
            c.execute(f'DROP OWNED BY "{role}"')
            c.execute(f'DROP ROLE "{role}"')


def test_a_select_only_role_gets_one_line_naming_the_refused_write(
    db_url: str, select_only_url: str
) -> None:
    done = baocao("extract", *FILES, "--db", select_only_url)
    assert done.returncode == 4, done.stderr
    line = one_error_line(done)
    # with several workers the first document to reach the store is any of them
    assert line in {
        f"error: {f.name}: cannot store: permission denied for table documents" for f in FILES
    }, line
    listed = baocao("documents", "--db", select_only_url)
    assert listed.returncode == 0, listed.stderr
    with open_store(db_url) as store:
        assert store.documents() == []
