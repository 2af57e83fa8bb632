"""What the Dask client keeps as a batch grows: RSS, Python objects and where they were
allocated, sampled as documents finish, on a local cluster started here.

    python bench/client_memory.py ARCHIVE [--pg URL] [--every 100] [--trace] [--workers 2]
                                  [--dask-logs]

Starts ``dask scheduler`` and ``--workers`` single-threaded ``dask worker`` processes, runs
``run_cluster`` over ``ARCHIVE`` (quick formats keep the machine's load low: make it with
``bench/make_archive.py --formats txt,docx``) into a fresh PostgreSQL schema, and every
``--every`` documents prints the client's RSS, the live Python objects (``gc``), and the
live futures and task records of the Dask client. ``--trace`` adds ``tracemalloc`` (slower):
at the end, the allocation sites whose memory grew most since the first sample. The numbers
of docs/scale.md ("Memory of the Dask client") come from this script.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
import tracemalloc
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_scale import PG_DEFAULT, DaskCluster, drop_schemas, fresh_db, rss_now  # noqa: E402

MB = 1024 * 1024


_clients: list = []


def _capture_client(dask_logs: bool) -> None:
    """Keep a handle on the client ``run_cluster`` connects, to count what it holds; with
    ``dask_logs``, give it back Dask's default log of recent messages (as before the fix)."""
    import baocao.cluster

    connect = baocao.cluster._connect

    def capturing(*args, **kwargs):
        client, slots = connect(*args, **kwargs)
        if dask_logs:
            client.scheduler_comm.recent_message_log = deque(maxlen=1000)
        _clients.append(client)
        return client, slots

    baocao.cluster._connect = capturing


def client_state() -> dict[str, int]:
    """What the Dask client of this process holds: futures, task records, logs."""
    if not _clients:
        return {}
    client = _clients[-1]
    return {
        "futures": len(client.futures),
        "refcount": len(client.refcount),
        # BatchedSend keeps the last ``low-level-log-length`` batches it sent, whole: the
        # update-graph messages in them carry the tasks, documents' bytes included.
        "sent messages logged": len(client.scheduler_comm.recent_message_log),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--pg", default=os.environ.get("BAOCAO_TEST_PG", PG_DEFAULT))
    parser.add_argument("--every", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--trace", action="store_true")
    parser.add_argument(
        "--dask-logs",
        action="store_true",
        help="Dask's default logs of recent messages in the client, scheduler and workers"
        " (1,000 batches each), as before the client turned its own off",
    )
    args = parser.parse_args()

    import psutil

    from baocao.cluster import run_cluster
    from baocao.pipeline import iter_files, warm_up
    from baocao.settings import ExtractSettings
    from baocao.store import open_store

    warm_up()
    _capture_client(args.dask_logs)
    files = list(iter_files([args.archive]))
    import tempfile

    with tempfile.TemporaryDirectory(prefix="client-memory-") as tmp:
        db, schema = fresh_db(args.pg, Path(tmp), "client")
        cluster = DaskCluster(args.workers, Path(tmp) / "logs", quiet_logs=not args.dask_logs)
        try:
            with open_store(db) as store:
                samples: list[tuple[int, int, int, dict[str, int]]] = []
                first: list[tracemalloc.Snapshot] = []
                done = 0
                started = time.perf_counter()

                def on_outcome(outcome) -> None:
                    nonlocal done
                    done += 1
                    if done % args.every and done != len(files):
                        return
                    gc.collect()
                    state = client_state()
                    for name, pid in zip(["scheduler", "worker 0"], cluster.pids, strict=False):
                        state[f"{name} MB"] = round(psutil.Process(pid).memory_info().rss / MB)
                    sample = (done, rss_now(), len(gc.get_objects()), state)
                    samples.append(sample)
                    print(
                        f"{done:6d} documents  RSS {sample[1] / MB:7.1f} MB  "
                        f"objects {sample[2]:9d}  {sample[3]}",
                        flush=True,
                    )
                    if args.trace and not first:
                        first.append(tracemalloc.take_snapshot())

                if args.trace:
                    tracemalloc.start(8)
                summary = run_cluster(
                    files,
                    address=cluster.address,
                    store=store,
                    db_url=db,
                    settings=ExtractSettings(ocr=False),
                    on_outcome=on_outcome,
                    files=files,
                )
                seconds = time.perf_counter() - started
                gc.collect()
                print(
                    f"{len(files)} files in {seconds:.1f} s: {summary.count('ok')} ok, "
                    f"{summary.count('failed')} failed, {summary.count('skipped')} skipped; "
                    f"after the batch RSS {rss_now() / MB:.1f} MB, objects {len(gc.get_objects())}"
                )
                if args.trace and first:
                    last = tracemalloc.take_snapshot()
                    print("grown most since the first sample (tracemalloc, by line):")
                    for stat in last.compare_to(first[0], "traceback")[:15]:
                        print(f"  {stat.size_diff / 1024:+9.1f} KiB {stat.count_diff:+7d} blocks")
                        for line in stat.traceback.format()[-6:]:
                            print(f"      {line}")
                if len(samples) > 2:
                    (n0, r0, o0, _), (n1, r1, o1, _) = samples[0], samples[-1]
                    print(
                        f"from {n0} to {n1} documents: RSS {(r1 - r0) / MB:+.1f} MB "
                        f"({r1 / r0 - 1:+.1%}), objects {o1 - o0:+d}"
                    )
        finally:
            cluster.close()
            drop_schemas(args.pg, [schema] if schema else [])


if __name__ == "__main__":
    main()
