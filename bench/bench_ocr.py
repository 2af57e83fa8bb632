"""Benchmark: OCR of the scanned corpus with 1 and 2 Tesseract worker processes, and the
cost of re-extracting once the OCR'd page texts are stored (no page is OCR'd twice).

    python bench/bench_ocr.py [--corpus corpus/scan]

Each Tesseract runs single-threaded (OMP_THREAD_LIMIT=1); pages go to worker processes.
The re-run line extracts the same files with --force semantics into the store that already
holds their pages: its time is loading + patterns + store, without Tesseract.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from baocao import extract  # noqa: E402
from baocao.pipeline import run_batch  # noqa: E402
from baocao.settings import ExtractSettings  # noqa: E402
from baocao.store import open_store  # noqa: E402


def ocr_pass(files: list[Path], workers: int) -> tuple[float, int]:
    settings = ExtractSettings(ocr_workers=workers, isolate=False)
    t0 = time.perf_counter()
    pages = sum(extract.load(f, settings=settings).page_count for f in files)
    return time.perf_counter() - t0, pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "scan")
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*.pdf"))
    if not files:
        raise SystemExit(f"no scanned PDFs in {args.corpus}: run `make corpus` first")

    results = {w: ocr_pass(files, w) for w in (1, 2)}
    pages = results[1][1]
    print(f"{len(files)} scanned PDFs, {pages} pages")
    print(f"{'workers':<28}{'seconds':>9}{'pages/s':>10}{'s/page':>9}")
    for workers, (seconds, _) in results.items():
        print(f"{workers:<28}{seconds:>9.1f}{pages / seconds:>10.2f}{seconds / pages:>9.2f}")

    workdir = Path(tempfile.mkdtemp(prefix="baocao-bench-ocr-"))
    try:
        with open_store(f"sqlite:///{workdir / 'ocr.db'}") as store:
            t0 = time.perf_counter()
            one = ExtractSettings(workers=1)  # one document at a time: OCR's own workers
            first = run_batch([], store=store, files=files, settings=one)
            t1 = time.perf_counter()
            again = run_batch([], store=store, files=files, settings=one, force=True)
            t2 = time.perf_counter()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    assert first.count("ok") == again.count("ok") == len(files)
    print(f"{'extract, first run (OCR)':<28}{t1 - t0:>9.1f}{pages / (t1 - t0):>10.2f}")
    print(
        f"{'extract --force, re-run':<28}{t2 - t1:>9.1f}{pages / (t2 - t1):>10.2f}"
        "   (stored page texts: no OCR)"
    )
    print(f"re-run cost: {100 * (t2 - t1) / (t1 - t0):.1f}% of the first run")


if __name__ == "__main__":
    main()
