"""``extract --cluster``: a real Dask scheduler and two workers, each a process of its own
started here as Dask documents it, extract into a fresh PostgreSQL schema."""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from baocao.cluster import run_cluster
from baocao.errors import ClusterError
from baocao.pipeline import run_batch
from baocao.settings import ExtractSettings
from baocao.store import open_store

pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PG = os.environ.get("BAOCAO_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SERIAL = ExtractSettings(isolate=False)
DASK = shutil.which("dask", path=str(Path(sys.executable).parent)) or "dask"

pytestmark = pytest.mark.postgres


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LocalCluster:
    """``dask scheduler`` and ``dask worker`` processes on this machine, killable one by one."""

    def __init__(
        self,
        workers: int,
        logs: Path,
        *,
        threads: int = 1,
        nanny: bool = False,
        env: dict[str, str] | None = None,
        preload: Path | None = None,
    ) -> None:
        """``nanny``: each worker under a nanny (``dask worker``'s default), which starts it
        again when it dies; ``env``: Dask settings for the scheduler and workers;
        ``preload``: a module each worker imports at its start."""
        self.address = f"tcp://127.0.0.1:{_free_port()}"
        self.env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
        if nanny:  # the nanny's workers must be able to start each document's child
            self.env["DASK_DISTRIBUTED__WORKER__DAEMON"] = "False"
        self.logs = logs
        logs.mkdir(parents=True, exist_ok=True)
        self.scheduler = self._start(
            "scheduler",
            [
                DASK,
                "scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                self.address.rsplit(":", 1)[1],
                "--no-dashboard",
            ],
        )
        self.workers = [
            self._start(
                f"worker{i}",
                [
                    DASK,
                    "worker",
                    self.address,
                    "--nthreads",
                    str(threads),
                    *([] if nanny else ["--no-nanny"]),
                    *(["--preload", str(preload)] if preload else []),
                    "--no-dashboard",
                    "--name",
                    f"w{i}",
                ],
            )
            for i in range(workers)
        ]
        from distributed import Client

        try:
            with Client(self.address, timeout=60) as client:
                if workers:
                    client.wait_for_workers(workers, timeout=120)
        except BaseException:
            self.close()  # never leave a scheduler or worker behind a failed start
            raise

    def _start(self, name: str, argv: list[str]) -> subprocess.Popen[bytes]:
        log = (self.logs / f"{name}.log").open("wb")
        return subprocess.Popen(
            argv, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def worker_process(self, i: int) -> int:
        """The pid of worker ``i``'s worker process: the ``dask worker`` process itself, or
        under a nanny the process the nanny started (and starts again when it dies)."""
        import psutil

        nanny = psutil.Process(self.workers[i].pid)
        found = []
        for child in nanny.children():
            try:
                if "spawn_main" in " ".join(child.cmdline()) and child.is_running():
                    found.append(child.pid)
            except psutil.Error:  # a worker that died, not yet reaped
                continue
        return found[0] if found else nanny.pid

    def close(self) -> None:
        for process in [*self.workers, self.scheduler]:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)


@pytest.fixture(params=[1, 2], ids=["one thread a worker", "two threads a worker"])
def cluster(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[LocalCluster]:
    """Two workers of one thread (one task, one child at a time), or of two (two tasks at
    once, each extraction in a child of its own)."""
    local = LocalCluster(2, tmp_path, threads=request.param)
    try:
        yield local
    finally:
        local.close()


@pytest.fixture
def pg_url(_pg_reachable: str | None) -> Iterator[str]:
    """A fresh PostgreSQL schema, dropped afterwards."""
    if _pg_reachable:
        pytest.skip(_pg_reachable)
    import psycopg

    conninfo = PG.replace("postgresql+psycopg://", "postgresql://")
    schema = f"baocao_test_{secrets.token_hex(6)}"
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{PG}{'&' if '?' in PG else '?'}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


def _facts_by_document(store) -> dict[str, list[str]]:
    return {
        row.sha256 or row.name: sorted(repr(fact) for _id, fact in store.facts(document=row.sha256))
        for row in store.documents()
    }


def _corpus(tmp_path: Path) -> Path:
    """The corpus .txt and .docx, and two files that fail (as a serial run records them)."""
    folder = tmp_path / "reports"
    for sub in ("txt", "docx"):
        shutil.copytree(CORPUS / sub, folder / sub)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "fake.docx").write_bytes(b"PK\x03\x04 not really a zip")
    return folder


def _rows(store) -> list[tuple[str, str, str | None]]:
    return sorted((r.name, r.status, r.error) for r in store.documents())


@pytest.mark.parametrize("store_on", ["worker", "client"])
def test_a_cluster_of_two_workers_stores_exactly_the_facts_of_a_serial_run(
    tmp_path: Path, cluster: LocalCluster, pg_url: str, store_on: str
) -> None:
    folder = _corpus(tmp_path)
    with open_store(f"sqlite:///{tmp_path / 'serial.db'}") as serial:
        run_batch([folder], store=serial, settings=SERIAL)
        expected = _facts_by_document(serial)
        expected_rows = _rows(serial)
    assert [row[1] for row in expected_rows].count("failed") == 2
    with open_store(pg_url) as store:
        summary = run_cluster(
            [folder], address=cluster.address, store=store, db_url=pg_url, store_on=store_on
        )
        assert (summary.count("ok"), summary.count("failed")) == (20, 2)
        assert _facts_by_document(store) == expected
        assert _rows(store) == expected_rows
        again = run_cluster([folder], address=cluster.address, store=store, db_url=pg_url)
        assert (again.count("skipped"), again.count("failed")) == (20, 2)  # failures retried
        assert len(store.documents()) == 22


def test_killing_a_worker_mid_batch_still_stores_every_document_exactly_once(
    tmp_path: Path, cluster: LocalCluster, pg_url: str
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    texts = sorted((CORPUS / "txt").glob("*.txt"))
    names = [f"r{i:02d}.txt" for i in range(40)]
    for i, name in enumerate(names):  # 40 distinct documents: a mark makes each hash its own
        text = texts[i % len(texts)].read_text(encoding="utf-8")
        (folder / name).write_text(f"{text}\nSố {i}\n", encoding="utf-8")
    victim = cluster.workers[0]

    with open_store(pg_url) as store:
        stored_before_kill: list[int] = []

        def kill_when_half_done() -> None:
            with open_store(pg_url) as watcher:
                while len(watcher.documents()) < 5:
                    time.sleep(0.05)
                stored_before_kill.append(len(watcher.documents()))
            os.killpg(victim.pid, signal.SIGKILL)

        killer = threading.Thread(target=kill_when_half_done)
        killer.start()
        summary = run_cluster([folder], address=cluster.address, store=store, db_url=pg_url)
        killer.join(60)
        rows = store.documents()

    assert victim.poll() is not None  # the worker really died mid-batch
    assert stored_before_kill and stored_before_kill[0] < len(names)
    assert sorted(o.path.name for o in summary.outcomes) == names
    assert sorted(r.name for r in rows) == names  # every document exactly once
    assert {r.status for r in rows} == {"ok"}
    assert len({r.sha256 for r in rows}) == len(names)


@pytest.fixture(scope="module")
def nanny_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalCluster]:
    """Two single-threaded workers, each under a nanny (``dask worker``'s default), which
    starts it again when it dies; shared by the tests that need no cluster of their own.
    A worker dies when it stores a poisoned document
    (tests/cluster_poison.py); the scheduler gives a task up after two deaths
    (``allowed-failures`` 1, instead of 3 deaths: a shorter test)."""
    local = LocalCluster(
        2,
        tmp_path_factory.mktemp("nanny"),
        nanny=True,
        env={"DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "1"},
        preload=Path(__file__).with_name("cluster_poison.py"),
    )
    try:
        yield local
    finally:
        local.close()


@pytest.fixture
def nannied(nanny_cluster: LocalCluster) -> LocalCluster:
    """The nanny cluster with both its workers up (a test before may have killed them)."""
    from distributed import Client

    with Client(nanny_cluster.address, timeout=60) as client:
        client.wait_for_workers(2, timeout=120)
    return nanny_cluster


def test_a_worker_killed_under_its_nanny_mid_batch_still_leaves_every_document_once(
    tmp_path: Path, nannied: LocalCluster, pg_url: str
) -> None:
    folder = _marked_reports(tmp_path, 20)
    victim = nannied.worker_process(0)
    stored_before_kill: list[int] = []

    def kill_when_some_are_stored() -> None:
        with open_store(pg_url) as watcher:
            while len(watcher.documents()) < 3:
                time.sleep(0.05)
            stored_before_kill.append(len(watcher.documents()))
        os.kill(victim, signal.SIGKILL)  # the worker process, not its nanny

    killer = threading.Thread(target=kill_when_some_are_stored)
    killer.start()
    with open_store(pg_url) as store:
        summary = run_cluster([folder], address=nannied.address, store=store, db_url=pg_url)
        rows = store.documents()
    killer.join(60)

    assert stored_before_kill and stored_before_kill[0] < 20
    assert _gone(victim) and nannied.workers[0].poll() is None  # the nanny lives on
    assert summary.count("ok") + summary.count("skipped") == 20
    assert sorted(r.name for r in rows) == sorted(p.name for p in folder.iterdir())
    assert {r.status for r in rows} == {"ok"}


def test_a_document_that_kills_every_worker_it_lands_on_is_recorded_failed_alone(
    tmp_path: Path, nannied: LocalCluster, pg_url: str
) -> None:
    from cluster_poison import POISON

    folder = _marked_reports(tmp_path, 16)  # sent in chunks of 2: r14 and r15 together, last
    poisoned = folder / "r15.txt"
    poisoned.write_bytes(poisoned.read_bytes() + POISON)
    with open_store(pg_url) as store:
        # One task at a time: no other task waits on the worker the poisoned one kills (one
        # that did at every death would be given up with it: docs/scale.md).
        summary = run_cluster(
            [folder], address=nannied.address, store=store, db_url=pg_url, window=1
        )
        rows = {r.name: r for r in store.documents()}

    assert sorted(rows) == sorted(p.name for p in folder.iterdir())  # each exactly once
    failed = rows.pop("r15.txt")
    assert failed.status == "failed" and "workers died on it" in (failed.error or "")
    assert {r.status for r in rows.values()} == {"ok"}  # r14, sent with it, stored
    assert summary.count("failed") == 1
    assert summary.count("ok") + summary.count("skipped") == 15


def _gone(pid: int) -> bool:
    import psutil

    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def test_the_client_keeps_no_document_it_has_sent(
    tmp_path: Path, nannied: LocalCluster, pg_url: str
) -> None:
    """The client's memory does not grow with the archive: once a document's task is done,
    nothing in the client holds its bytes (Dask's log of recent messages would)."""
    import baocao.cluster

    n = 24
    folder = _marked_reports(tmp_path, n)
    marks = [f"\nSố {i}\n".encode() for i in range(n)]
    held: list[set[int]] = []
    done: list[object] = []

    def on_outcome(outcome) -> None:
        done.append(outcome)
        if len(done) == n:  # the last document: all but its chunk are settled
            held.append(_documents_held(marks))

    with open_store(pg_url) as store:
        run_cluster(
            [folder],
            address=nannied.address,
            store=store,
            db_url=pg_url,
            on_outcome=on_outcome,
        )
    assert held and len(held[0]) <= baocao.cluster.CHUNK_DOCS < n


def _documents_held(marks: list[bytes]) -> set[int]:
    """The documents (by their mark) whose bytes some live object of this process holds."""
    import gc

    gc.collect()
    found: set[int] = set()
    for holder in gc.get_objects():
        for item in gc.get_referents(holder):
            try:
                data = item.obj if isinstance(item, memoryview) else item
            except ValueError:
                continue  # a view released meanwhile holds no bytes any more
            if isinstance(data, bytes | bytearray) and len(data) > 100:
                found.update(i for i, mark in enumerate(marks) if mark in data)
    return found


def test_a_cluster_refuses_a_sqlite_database(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'x.db'}") as store:
        with pytest.raises(ClusterError, match="PostgreSQL only"):
            run_cluster([CORPUS / "txt"], address="tcp://127.0.0.1:1", store=store, db_url="")


def test_an_unreachable_scheduler_is_one_cluster_error(
    tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import baocao.cluster

    monkeypatch.setattr(baocao.cluster, "CONNECT_TIMEOUT_S", 2)
    address = f"tcp://127.0.0.1:{_free_port()}"
    with open_store(pg_url) as store:
        with pytest.raises(ClusterError, match=f"cannot reach the Dask scheduler at {address}"):
            run_cluster([CORPUS / "txt"], address=address, store=store, db_url=pg_url)


def test_killing_the_scheduler_mid_batch_stops_it_and_a_rerun_completes_the_rest(
    tmp_path: Path, pg_url: str
) -> None:
    folder = _marked_reports(tmp_path, 30)
    first = LocalCluster(2, tmp_path / "first")
    try:
        with open_store(pg_url) as store:

            def kill_scheduler_after(n: int) -> None:
                with open_store(pg_url) as watcher:
                    while len(watcher.documents()) < n:
                        time.sleep(0.05)
                os.killpg(first.scheduler.pid, signal.SIGKILL)

            killer = threading.Thread(target=kill_scheduler_after, args=(3,))
            killer.start()
            with pytest.raises(ClusterError, match="lost the Dask scheduler"):
                run_cluster([folder], address=first.address, store=store, db_url=pg_url)
            killer.join(60)
            stored_then = len(store.documents())
    finally:
        first.close()
    assert 3 <= stored_then < 30
    second = LocalCluster(2, tmp_path / "second")
    try:
        with open_store(pg_url) as store:
            summary = run_cluster([folder], address=second.address, store=store, db_url=pg_url)
            rows = store.documents()
    finally:
        second.close()
    assert summary.count("skipped") >= stored_then
    assert summary.count("ok") + summary.count("skipped") == 30
    assert sorted(r.name for r in rows) == sorted(p.name for p in folder.iterdir())
    assert {r.status for r in rows} == {"ok"}


def test_a_client_killed_mid_batch_leaves_whole_documents_and_a_rerun_completes_the_rest(
    tmp_path: Path, cluster: LocalCluster, pg_url: str
) -> None:
    folder = _marked_reports(tmp_path, 30)
    command = [sys.executable, "-m", "baocao", "extract", "--quiet", "--db", pg_url]
    client = subprocess.Popen(
        [*command, "--cluster", cluster.address, str(folder)],
        env=cluster.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    with open_store(pg_url) as watcher:
        deadline = time.monotonic() + 120
        while len(watcher.documents()) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
    client.kill()
    client.wait(10)
    rerun = subprocess.run(
        [*command, "--cluster", cluster.address, str(folder)],
        env=cluster.env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert rerun.returncode == 0, rerun.stderr
    with open_store(pg_url) as store:
        rows = store.documents()
    assert sorted(r.name for r in rows) == sorted(p.name for p in folder.iterdir())
    assert {r.status for r in rows} == {"ok"}
    assert "30 files:" in rerun.stdout


def test_the_command_refuses_a_cluster_with_a_sqlite_database(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from baocao.cli import app

    result = CliRunner().invoke(
        app,
        [
            "extract",
            "--db",
            str(tmp_path / "x.db"),
            "--cluster",
            "tcp://127.0.0.1:1",
            str(CORPUS / "txt"),
        ],
    )
    assert result.exit_code == 2
    assert "--cluster needs a PostgreSQL --db" in result.output
    assert not (tmp_path / "x.db").exists()


def test_the_command_exits_8_when_the_scheduler_cannot_be_reached(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    import baocao.cluster
    from baocao.cli import app

    monkeypatch.setattr(baocao.cluster, "CONNECT_TIMEOUT_S", 2)
    address = f"tcp://127.0.0.1:{_free_port()}"
    result = CliRunner().invoke(
        app, ["extract", "--db", pg_url, "--cluster", address, str(CORPUS / "txt")]
    )
    assert result.exit_code == 8
    assert f"cannot reach the Dask scheduler at {address}" in result.output


def _marked_reports(tmp_path: Path, n: int) -> Path:
    """``n`` distinct reports made from the corpus texts (a mark makes each hash its own)."""
    folder = tmp_path / "marked"
    folder.mkdir()
    texts = sorted((CORPUS / "txt").glob("*.txt"))
    for i in range(n):
        text = texts[i % len(texts)].read_text(encoding="utf-8")
        (folder / f"r{i:02d}.txt").write_text(f"{text}\nSố {i}\n", encoding="utf-8")
    return folder


@pytest.mark.slow
def test_pdfs_a_scan_and_a_word_97_file_give_the_facts_of_a_serial_run(
    tmp_path: Path, pg_url: str
) -> None:
    folder = tmp_path / "reports"
    shutil.copytree(CORPUS / "pdf", folder / "pdf")
    name = "ha-tinh-xa-thien-loc-2015"
    (folder / "scan").mkdir()
    shutil.copy(CORPUS / "scan" / f"{name}.pdf", folder / "scan" / f"{name}.pdf")
    (folder / "doc").mkdir()
    shutil.copy(CORPUS / "doc" / f"{name}.doc", folder / "doc" / f"{name}.doc")
    with open_store(f"sqlite:///{tmp_path / 'serial.db'}") as serial:
        run_batch([folder], store=serial, settings=SERIAL)
        expected, expected_rows = _facts_by_document(serial), _rows(serial)
    local = LocalCluster(2, tmp_path / "cluster")
    try:
        with open_store(pg_url) as store:
            summary = run_cluster([folder], address=local.address, store=store, db_url=pg_url)
            assert summary.count("ok") == 12
            assert _facts_by_document(store) == expected
            assert _rows(store) == expected_rows
    finally:
        local.close()


def test_a_scheduler_without_workers_is_one_cluster_error(
    tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import baocao.cluster

    monkeypatch.setattr(baocao.cluster, "CONNECT_TIMEOUT_S", 2)  # how long it waits for one
    empty = LocalCluster(0, tmp_path / "empty")
    try:
        with open_store(pg_url) as store:
            with pytest.raises(ClusterError, match="has no workers"):
                run_cluster([CORPUS / "txt"], address=empty.address, store=store, db_url=pg_url)
            assert store.documents() == []
    finally:
        empty.close()
