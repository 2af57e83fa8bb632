"""Benchmark at archive scale: the process pool at 1, 2 and all cores, a local Dask cluster,
memory as the batch grows, and the re-run of an unchanged archive, in one run.

    python bench/bench_scale.py [--documents 2000] [--seed 11] [--archive DIR] [--pg URL]
                                [--no-dask] [--store-on-client] [--json FILE]

Makes a synthetic archive (``bench/make_archive.py``: every format, scans included) unless
``--archive`` names one, then extracts it, each configuration in a process of its own and
into a fresh PostgreSQL schema (``--pg``, default the test server; SQLite files if it is
unreachable, and then no Dask run):

- ``pool N``: ``run_batch`` with ``--workers N``, for N = 1, 2 and the machine's cores;
- ``dask N``: ``dask scheduler`` and N ``dask worker --nthreads 1`` processes started here,
  the client ``run_cluster``, the workers storing; ``--store-on-client`` adds the run where
  results are streamed back and the client stores them;
- ``rerun``: the batch again over the archive stored by the last pool run (everything
  skipped), in the library and as the ``baocao extract`` command (interpreter start
  included).

For each it reports documents/s and pages/s, the ratio to ``pool 1`` (quote ratios: the
absolute rates depend on the machine and its load), the peak RSS of the parent (the client)
and of each worker with all it started (sampled every 0.2 s), and the parent's RSS when half
and all of the documents are done (at 2,000 documents: at 1,000 and 2,000). Checks that every
configuration stored the same facts.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PG_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
#: The environment of the scheduler and workers the benchmark starts (see docs/scale.md).
QUIET_LOGS = {"DASK_DISTRIBUTED__ADMIN__LOW_LEVEL_LOG_LENGTH": "0"}
MB = 1024 * 1024


# --- memory --------------------------------------------------------------------------------


class Sampler:
    """Peak RSS of processes, sampled: each watched root with all its descendants summed."""

    def __init__(self, roots: dict[str, int], interval_s: float = 0.2) -> None:
        self.roots = roots
        self.peaks: dict[str, int] = dict.fromkeys(roots, 0)
        self.interval_s = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def watch(self, name: str, pid: int) -> None:
        self.roots[name] = pid
        self.peaks.setdefault(name, 0)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            for name, pid in list(self.roots.items()):
                try:
                    root = psutil.Process(pid)
                    tree = [root, *root.children(recursive=True)]
                    rss = 0
                    for p in tree:
                        try:
                            rss += p.memory_info().rss
                        except psutil.Error:
                            pass
                except psutil.Error:
                    continue
                self.peaks[name] = max(self.peaks[name], rss)
            self._stop.wait(self.interval_s)


def rss_now() -> int:
    import psutil

    return int(psutil.Process().memory_info().rss)


def peak_rss_self() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB


# --- one configuration, in a process of its own ----------------------------------------------


def run_one(args: argparse.Namespace) -> dict:
    from baocao.pipeline import iter_files, run_batch, warm_up
    from baocao.settings import ExtractSettings
    from baocao.store import open_store

    warm_up()
    files = list(iter_files([args.archive]))
    total = len(files)
    marks = {total // 2: "half", total: "all"}
    memory: dict[str, int] = {}
    done = 0
    pages = 0

    def on_outcome(outcome) -> None:
        nonlocal done, pages
        done += 1
        pages += outcome.pages
        if done in marks:
            memory[marks[done]] = rss_now()

    settings = ExtractSettings(
        workers=args.workers, ocr=not args.no_ocr, ocr_workers=args.ocr_workers
    )
    sampler = Sampler({})
    with open_store(args.db) as store, sampler:
        started = time.perf_counter()
        if args.run == "dask":
            from baocao.cluster import run_cluster

            for i, pid in enumerate(json.loads(args.watch)):
                sampler.watch(f"worker {i}" if i else "scheduler", pid)
            summary = run_cluster(
                files,
                address=args.address,
                store=store,
                db_url=args.db,
                settings=settings,
                on_outcome=on_outcome,
                files=files,
                store_on=args.store_on,
            )
        else:
            # Every worker's child is a child of this process: watch each as it appears.
            watcher = threading.Thread(target=_watch_children, args=(sampler,), daemon=True)
            watcher.start()
            summary = run_batch(
                files, store=store, settings=settings, on_outcome=on_outcome, files=files
            )
        seconds = time.perf_counter() - started
        stages = store.query(
            "SELECT format, ocr, count(*) AS documents, sum(page_count) AS pages,"
            " sum(load_s) AS load_s, sum(patterns_s) AS patterns_s,"
            " sum(normalise_s) AS normalise_s, sum(store_s) AS store_s"
            " FROM documents WHERE status = 'ok' GROUP BY format, ocr ORDER BY format, ocr"
        )
        size = 0
        if store.dialect == "postgresql":  # what the database holds per document, indexes in
            size = store.query(
                "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) AS bytes FROM pg_class c"
                " JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE n.nspname = current_schema() AND c.relkind = 'r'"
            )[0]["bytes"]
    return {
        "database_bytes": size,
        "stages": stages,
        "documents": total,
        "seconds": seconds,
        "ok": summary.count("ok"),
        "failed": summary.count("failed"),
        "skipped": summary.count("skipped"),
        "pages": pages,
        "facts": dict(sorted(summary.facts_by_kind.items())),
        "parent_peak": peak_rss_self(),
        "parent_half": memory.get("half", 0),
        "parent_all": memory.get("all", 0),
        "processes_peak": sampler.peaks,
    }


def _watch_children(sampler: Sampler) -> None:
    import psutil

    me = psutil.Process()
    seen: set[int] = set()
    while True:
        for child in me.children():
            if child.pid not in seen and child.name() != "resource_tracker":
                seen.add(child.pid)
                sampler.watch(f"worker pid {child.pid}", child.pid)
        time.sleep(0.2)


# --- the whole benchmark ---------------------------------------------------------------------


def fresh_db(pg: str | None, workdir: Path, name: str) -> tuple[str, str | None]:
    """A URL of an empty database: a new PostgreSQL schema, or a SQLite file."""
    if pg is None:
        return f"sqlite:///{workdir / f'{name}.db'}", None
    import psycopg

    schema = f"bench_scale_{secrets.token_hex(5)}"
    with psycopg.connect(_conninfo(pg), autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    return f"{pg}{'&' if '?' in pg else '?'}options=-csearch_path%3D{schema}", schema


def drop_schemas(pg: str | None, schemas: list[str]) -> None:
    if pg is None or not schemas:
        return
    import psycopg

    with psycopg.connect(_conninfo(pg), autocommit=True) as connection:
        for schema in schemas:
            connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def _conninfo(pg: str) -> str:
    return pg.replace("postgresql+psycopg://", "postgresql://")


def pg_reachable(pg: str) -> bool:
    try:
        import psycopg

        with psycopg.connect(_conninfo(pg), connect_timeout=3):
            return True
    except Exception:  # noqa: BLE001 - any failure means: no PostgreSQL here
        return False


def child(args: argparse.Namespace, run: str, db: str, **extra: object) -> dict:
    argv = [
        sys.executable,
        __file__,
        "--run",
        run,
        "--archive",
        str(args.archive),
        "--db",
        db,
        *(["--no-ocr"] if args.no_ocr else []),
        "--ocr-workers",
        str(args.ocr_workers),
    ]
    for key, value in extra.items():
        argv += [f"--{key.replace('_', '-')}", str(value)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{run} {extra}: failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


class DaskCluster:
    def __init__(self, workers: int, logs: Path, *, quiet_logs: bool = True) -> None:
        dask = shutil.which("dask", path=str(Path(sys.executable).parent)) or "dask"
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.address = f"tcp://127.0.0.1:{port}"
        # As docs/scale.md starts them: no log of recent messages, which would keep the
        # tasks' documents (the scheduler's links to the workers log what they send).
        env = {**os.environ, "PYTHONPATH": str(ROOT), **(QUIET_LOGS if quiet_logs else {})}
        logs.mkdir(parents=True, exist_ok=True)

        def start(name: str, argv: list[str]) -> subprocess.Popen[bytes]:
            log = (logs / f"{name}.log").open("wb")
            return subprocess.Popen(
                argv, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )

        self.scheduler = start(
            "scheduler",
            [dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
        )
        self.workers = [
            start(
                f"worker{i}",
                [
                    dask,
                    "worker",
                    self.address,
                    "--nthreads",
                    "1",
                    "--no-nanny",
                    "--no-dashboard",
                ],
            )
            for i in range(workers)
        ]
        from distributed import Client

        try:
            with Client(self.address, timeout=60) as client:
                client.wait_for_workers(workers, timeout=120)
        except BaseException:
            self.close()
            raise

    @property
    def pids(self) -> list[int]:
        return [self.scheduler.pid, *(w.pid for w in self.workers)]

    def close(self) -> None:
        for process in [*self.workers, self.scheduler]:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in [*self.workers, self.scheduler]:
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(10)


def rerun_command(archive: Path, db: str, *, ocr: bool) -> float:
    """Seconds of ``baocao extract`` over an archive already stored (interpreter included).
    Documents that failed are tried again (a failure is not a stored document): with
    ``--no-ocr`` the scans fail again at once."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    argv = [sys.executable, "-m", "baocao", "extract", "--quiet", "--db", db, str(archive)]
    argv += [] if ocr else ["--no-ocr"]
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1) or " 0 ok," not in done.stdout:
        raise SystemExit(f"re-run command: {done.returncode}: {done.stdout}{done.stderr}")
    return seconds


def main_bench(args: argparse.Namespace) -> None:
    from make_archive import make_archive

    cores = os.cpu_count() or 1
    pg = args.pg if pg_reachable(args.pg) else None
    load = os.getloadavg()
    results: dict[str, dict] = {}
    schemas: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        workdir = Path(tmp)
        if args.archive is None:
            args.archive = workdir / "archive"
            manifest = make_archive(args.archive, documents=args.documents, seed=args.seed)
            made = ", ".join(f"{k} {v}" for k, v in manifest["formats"].items())
            print(f"archive: {args.documents} documents (seed {args.seed}): {made}", flush=True)
        try:
            last_db = ""
            for n in [] if args.only_dask else sorted({1, 2, cores}):
                db, schema = fresh_db(pg, workdir, f"pool{n}")
                schemas += [schema] if schema else []
                results[f"pool {n}"] = child(args, "pool", db, workers=n)
                last_db = db
                print(_line(f"pool {n}", results), flush=True)
            if not args.only_dask:
                results["rerun"] = child(args, "pool", last_db, workers=cores)
                print(_line("rerun", results), flush=True)
                command_s = rerun_command(args.archive, last_db, ocr=not args.no_ocr)
                results["rerun command"] = {**results["rerun"], "seconds": command_s}
                print(_line("rerun command", results), flush=True)
                # The command's fixed cost (interpreter, imports, opening the store), from a re-run
                # of one stored file; what is left is the cost of skipping the others.
                one = next(p for p in sorted(args.archive.rglob("*")) if p.suffix == ".txt")
                fixed_s = rerun_command(one, last_db, ocr=not args.no_ocr)
                n = results["rerun"]["documents"]
                marginal = (n - 1) / max(command_s - fixed_s, 1e-6)
                results["rerun command"]["fixed_s"] = fixed_s
                print(
                    f"rerun command: {fixed_s:.1f} s of start-up (one stored file), then "
                    f"{marginal:.0f} documents/s skipped",
                    flush=True,
                )
            if pg is not None and not args.no_dask:
                modes = ["worker", "client"] if args.store_on_client else ["worker"]
                for mode in modes:
                    cluster = DaskCluster(cores, workdir / f"dask-{mode}")
                    try:
                        db, schema = fresh_db(pg, workdir, f"dask-{mode}")
                        schemas += [schema] if schema else []
                        name = f"dask {cores}" + ("" if mode == "worker" else " (client stores)")
                        results[name] = child(
                            args,
                            "dask",
                            db,
                            address=cluster.address,
                            watch=json.dumps(cluster.pids),
                            store_on=mode,
                            workers=cores,
                        )
                    finally:
                        cluster.close()
                    print(_line(name, results), flush=True)
        finally:
            drop_schemas(pg, schemas)
    facts = {json.dumps(r["facts"]) for k, r in results.items() if not k.startswith("rerun")}
    summary = {
        "machine": {
            "cores": cores,
            "load_before": load,
            "database": "postgresql" if pg else "sqlite",
        },
        "results": results,
        "same_facts": len(facts) == 1,
    }
    print(f"cores {cores}; load average before the run {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(table(results))
    print("same facts stored by every configuration:", summary["same_facts"])
    # From the first run that stored the archive (every pool run stores the same).
    stored = next((r for k, r in results.items() if k.startswith("pool") and r.get("stages")), {})
    if stored.get("database_bytes") and stored.get("ok"):
        per = stored["database_bytes"] / stored["ok"]
        print(f"PostgreSQL: {per / 1024:.0f} KiB per stored document, indexes included")
    if stored.get("stages"):
        print(stage_table(stored["stages"]))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1), encoding="utf-8")


def _line(name: str, results: dict[str, dict]) -> str:
    r = results[name]
    return (
        f"{name}: {r['documents'] / r['seconds']:.1f} documents/s "
        f"({r['ok']} ok, {r['failed']} failed, {r['skipped']} skipped, {r['seconds']:.1f} s)"
    )


def table(results: dict[str, dict]) -> str:
    base = results.get("pool 1")
    rows = [
        "| run | documents/s | pages/s | × pool 1 | parent peak MB | parent MB at ½ → all "
        "| each worker's peak MB (with what it started) |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, r in results.items():
        rate = r["documents"] / r["seconds"]
        pages = r["pages"] / r["seconds"] if not name.startswith("rerun") else 0
        ratio = rate / (base["documents"] / base["seconds"]) if base else 0
        peaks = ", ".join(
            f"{k.replace('worker pid ', 'w')}: {v / MB:.0f}"
            for k, v in r["processes_peak"].items()
            if v
        )
        rows.append(
            f"| {name} | {rate:.1f} | {pages:.1f} | {ratio:.2f} | {r['parent_peak'] / MB:.0f} | "
            f"{r['parent_half'] / MB:.0f} → {r['parent_all'] / MB:.0f} | {peaks or '—'} |"
        )
    return "\n".join(rows)


def stage_table(stages: list[dict]) -> str:
    """Where the time went, by format: seconds per document in each stage (with several
    workers each stage's time is its own worker's, so it adds up to more than the wall
    time)."""
    rows = [
        "| format | documents | pages | load (OCR included) s/doc | patterns s/doc "
        "| normalise s/doc | store s/doc |",
        "|---|---|---|---|---|---|---|",
    ]
    for s in stages:
        n = s["documents"] or 1
        name = f"{s['format']}{' (OCR)' if s['ocr'] else ''}"
        rows.append(
            f"| {name} | {s['documents']} | {s['pages'] or 0} | {(s['load_s'] or 0) / n:.3f} "
            f"| {(s['patterns_s'] or 0) / n:.3f} | {(s['normalise_s'] or 0) / n:.3f} "
            f"| {(s['store_s'] or 0) / n:.3f} |"
        )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--archive", type=Path, help="an archive already made (make_archive.py)")
    parser.add_argument("--pg", default=os.environ.get("BAOCAO_TEST_PG", PG_DEFAULT))
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--only-dask", action="store_true", help="no pool runs, no re-run")
    parser.add_argument("--no-ocr", action="store_true", help="scans fail fast instead of OCR")
    parser.add_argument(
        "--ocr-workers",
        type=int,
        default=1,
        help="Tesseract processes per document (default 1: each worker one core, so the "
        "pool's and the cluster's scaling is what is measured)",
    )
    parser.add_argument("--store-on-client", action="store_true")
    parser.add_argument("--json", type=Path)
    # One configuration, run by the benchmark in a process of its own:
    parser.add_argument("--run", choices=["pool", "dask"], help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--address", help=argparse.SUPPRESS)
    parser.add_argument("--watch", default="[]", help=argparse.SUPPRESS)
    parser.add_argument("--store-on", default="worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        print(json.dumps(run_one(args)))
    else:
        main_bench(args)


if __name__ == "__main__":
    main()
