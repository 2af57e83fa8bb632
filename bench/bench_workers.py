"""Benchmark: ``baocao extract`` with one worker process against several, in one run.

Copies the corpus reports (by default ``corpus/pdf`` and ``corpus/docx``) ``--copies`` times
into a temporary folder, each copy made a distinct document (a trailing PDF comment, a zip
comment, an appended line), then runs the batch (:func:`baocao.pipeline.run_batch`: hashing,
skip check, supervised workers, store) over all of them with ``--workers 1`` and with
``--workers N``, each into a fresh SQLite file, ``--rounds`` times in alternating order.
Prints documents/s of each run and the ratio N-workers / 1-worker (the median over rounds),
and checks both stored the same facts. Quote the ratio: absolute rates depend on the machine
and on whatever else it runs.

    python bench/bench_workers.py [--workers 2] [--copies 5] [--rounds 4] [corpus/pdf ...]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from baocao.pipeline import BatchSummary, iter_files, run_batch, warm_up  # noqa: E402
from baocao.settings import ExtractSettings  # noqa: E402
from baocao.store import open_store  # noqa: E402


def distinct_copy(source: Path, target: Path, n: int) -> None:
    """``source`` as a new document: same content, a different hash."""
    data = source.read_bytes()
    suffix = source.suffix.lower()
    if suffix == ".pdf":
        target.write_bytes(data + f"\n%% bench copy {n}\n".encode())
    elif suffix in (".docx", ".xlsx"):
        target.write_bytes(data)
        with zipfile.ZipFile(target, "a") as archive:
            archive.comment = f"bench copy {n}".encode()
    else:
        target.write_bytes(data + f"\n\nbench copy {n}\n".encode())


def make_copies(folders: list[Path], copies: int, workdir: Path) -> list[Path]:
    sources = list(iter_files(folders))
    if not sources:
        raise SystemExit(f"no reports in {', '.join(map(str, folders))}: run `make corpus`")
    made = []
    for n in range(copies):
        for source in sources:
            target = workdir / f"{n:03d}-{source.parent.name}-{source.name}"
            distinct_copy(source, target, n)
            made.append(target)
    return made


def timed_batch(files: list[Path], db: Path, workers: int) -> tuple[BatchSummary, float]:
    settings = ExtractSettings(workers=workers)
    with open_store(f"sqlite:///{db}") as store:
        started = time.perf_counter()
        summary = run_batch(files, store=store, settings=settings, files=files)
        return summary, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--workers", type=int, default=2, help="compared with 1 (default 2)")
    parser.add_argument("--copies", type=int, default=5, help="copies of each report")
    parser.add_argument("--rounds", type=int, default=4, help="runs of each, alternating")
    args = parser.parse_args()
    folders = args.folders or [ROOT / "corpus" / "pdf", ROOT / "corpus" / "docx"]

    warm_up()  # the lexicons every worker inherits: loaded once, outside the timings
    with tempfile.TemporaryDirectory(prefix="bench-workers-") as tmp:
        workdir = Path(tmp)
        (workdir / "reports").mkdir()
        files = make_copies(folders, args.copies, workdir / "reports")
        print(f"{len(files)} documents from {', '.join(map(str, folders))}")
        rates: dict[int, list[float]] = {1: [], args.workers: []}
        facts: dict[int, object] = {}
        for round_ in range(args.rounds):
            order = (1, args.workers) if round_ % 2 == 0 else (args.workers, 1)
            for workers in order:
                db = workdir / f"r{round_}-w{workers}.db"
                summary, seconds = timed_batch(files, db, workers)
                if summary.count("ok") != len(files):
                    failed = "; ".join(str(o.error) for o in summary.failed[:3])
                    raise SystemExit(f"--workers {workers}: not every document stored: {failed}")
                facts.setdefault(workers, summary.facts_by_kind)
                rate = len(files) / seconds
                rates[workers].append(rate)
                print(f"round {round_ + 1}  --workers {workers}: {rate:6.2f} documents/s")
        if facts[1] != facts[args.workers]:
            raise SystemExit(f"the facts differ: {facts[1]} vs {facts[args.workers]}")
        ratios = [n / one for one, n in zip(rates[1], rates[args.workers], strict=True)]
        print(
            f"--workers {args.workers} / --workers 1: {statistics.median(ratios):.2f}× "
            f"(rounds: {', '.join(f'{r:.2f}' for r in ratios)}); same facts stored"
        )


if __name__ == "__main__":
    main()
