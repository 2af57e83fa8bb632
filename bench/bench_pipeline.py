"""Benchmark: the whole pipeline on the corpus PDFs, against pdfplumber's extract_text.

Copies the corpus PDFs (each copy made unique by a trailing PDF comment, so the store does
not skip it as already extracted) until there are at least --pages pages, then times each
stage over all of them — load, patterns, normalise, store (into a fresh SQLite file) — and,
in the same run, pdfplumber's ``extract_text`` alone on the same pages. Prints pages/s per
stage, the pipeline's ratio to the pdfplumber baseline, and peak Python heap per stage
(tracemalloc, in a second pass so it does not slow the timed one) beside the process's
peak RSS. One core: nothing here runs in parallel.

    python bench/bench_pipeline.py [--pages 500] [--corpus corpus/pdf]
"""

from __future__ import annotations

import argparse
import gc
import resource
import shutil
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from baocao import EXTRACTOR_VERSION, extract, nlp, normalize  # noqa: E402
from baocao.model import Extraction  # noqa: E402
from baocao.pipeline import run_batch  # noqa: E402
from baocao.settings import ExtractSettings  # noqa: E402
from baocao.store import open_store  # noqa: E402


def make_copies(corpus: Path, min_pages: int, workdir: Path) -> tuple[list[Path], int]:
    import pypdfium2 as pdfium

    sources = sorted(corpus.glob("*.pdf"))
    if not sources:
        raise SystemExit(f"no PDFs in {corpus}: run `make corpus` first")
    pages_of = {p: len(pdfium.PdfDocument(str(p))) for p in sources}
    copies, pages, n = [], 0, 0
    while pages < min_pages:
        for src in sources:
            dst = workdir / f"{n:04d}-{src.name}"
            dst.write_bytes(src.read_bytes() + f"\n%% bench copy {n}\n".encode())
            copies.append(dst)
            pages += pages_of[src]
            n += 1
    return copies, pages


def timed(fn: Callable[[], object]) -> tuple[object, float]:
    t0 = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - t0


def run_stages(files: list[Path], db_url: str) -> dict[str, float]:
    seconds: dict[str, float] = {}
    documents, seconds["load"] = timed(lambda: [extract.load(f) for f in files])
    readings, seconds["patterns"] = timed(lambda: [nlp.read_document(d) for d in documents])

    def normalise():
        return [normalize.reading_to_facts(d, r) for d, r in zip(documents, readings, strict=True)]

    normalised, seconds["normalise"] = timed(normalise)
    store = open_store(db_url)

    def save():
        for d, (report, facts) in zip(documents, normalised, strict=True):
            store.save_extraction(
                Extraction(document=d, report=report, facts=facts),
                extractor_version=EXTRACTOR_VERSION,
                path=d.path,
            )

    _, seconds["store"] = timed(save)
    store.close()
    seconds["facts"] = sum(len(f) for _, f in normalised)
    return seconds


def batch_seconds(files: list[Path], db_url: str) -> float:
    """What `baocao extract` does: hash and skip check, extraction in one supervised child
    process under the per-document time and memory ceilings, one transaction per document."""
    store = open_store(db_url)
    try:
        one = ExtractSettings(workers=1)  # one core, as every stage above
        summary, elapsed = timed(lambda: run_batch([], store=store, files=files, settings=one))
    finally:
        store.close()
    assert summary.count("ok") == len(files), [o.error for o in summary.failed][:3]
    return elapsed


def pdfplumber_baseline(files: list[Path]) -> float:
    import pdfplumber

    def run():
        for f in files:
            with pdfplumber.open(f) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    page.flush_cache()

    return timed(run)[1]


def heap_peaks(files: list[Path], db_url: str) -> dict[str, float]:
    """Peak traced Python heap (MiB) of each stage, run alone after the previous ones."""
    peaks = {}
    tracemalloc.start()

    def stage(name: str, fn: Callable[[], object]) -> object:
        gc.collect()
        tracemalloc.reset_peak()
        result = fn()
        peaks[name] = tracemalloc.get_traced_memory()[1] / 2**20
        return result

    documents = stage("load", lambda: [extract.load(f) for f in files])
    readings = stage("patterns", lambda: [nlp.read_document(d) for d in documents])
    normalised = stage(
        "normalise",
        lambda: [
            normalize.reading_to_facts(d, r) for d, r in zip(documents, readings, strict=True)
        ],
    )
    store = open_store(db_url)
    stage(
        "store",
        lambda: [
            store.save_extraction(
                Extraction(document=d, report=rep, facts=facts),
                extractor_version=EXTRACTOR_VERSION,
                path=d.path,
            )
            for d, (rep, facts) in zip(documents, normalised, strict=True)
        ],
    )
    store.close()
    tracemalloc.stop()
    return peaks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "pdf")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="baocao-bench-"))
    try:
        files, pages = make_copies(args.corpus, args.pages, workdir)
        # Warm imports and caches on one file so neither side pays start-up in its timing.
        run_stages(files[:1], f"sqlite:///{workdir / 'warm.db'}")
        pdfplumber_baseline(files[:1])

        seconds = run_stages(files, f"sqlite:///{workdir / 'bench.db'}")
        baseline = pdfplumber_baseline(files)
        batch = batch_seconds(files, f"sqlite:///{workdir / 'batch.db'}")
        peaks = heap_peaks(files, f"sqlite:///{workdir / 'mem.db'}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    total = sum(seconds[s] for s in ("load", "patterns", "normalise", "store"))
    print(f"{len(files)} PDFs, {pages} pages, {int(seconds['facts'])} facts; one core")
    print(f"{'stage':<22}{'seconds':>9}{'pages/s':>10}{'peak heap MiB':>15}")
    for stage in ("load", "patterns", "normalise", "store"):
        s = seconds[stage]
        print(f"{stage:<22}{s:>9.2f}{pages / s:>10.1f}{peaks[stage]:>15.1f}")
    print(f"{'pipeline (all stages)':<22}{total:>9.2f}{pages / total:>10.1f}")
    print(f"{'pdfplumber extract_text':<22}{baseline:>9.2f}{pages / baseline:>10.1f}")
    print(
        f"{'run_batch (isolated)':<22}{batch:>9.2f}{pages / batch:>10.1f}"
        "   (what `baocao extract` runs: one supervised worker process)"
    )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pipeline speed / pdfplumber speed = {baseline / total:.1f}x (target >= 5x)")
    print(f"process peak RSS: {rss:.0f} MiB")


if __name__ == "__main__":
    main()
