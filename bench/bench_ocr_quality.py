"""Benchmark: how much of a scanned report's text OCR gets right, on clean and bad scans,
with and without cleaning the page first, and under several Tesseract settings.

    python bench/bench_ocr_quality.py                      # the pipeline on 4 corpus reports
    python bench/bench_ocr_quality.py --settings           # + Tesseract settings on bad scans
    python bench/bench_ocr_quality.py --names a b --bad build/seeds/badscan --txt ../shared/seeds
    python bench/bench_ocr_quality.py --facts corpus/gold corpus/badscan/*.pdf  # micro-F1

Character accuracy is 1 − CER: the Levenshtein distance (rapidfuzz) between the OCR text and
the report's text (``corpus/txt``, table rows as cells joined by " | "), whitespace collapsed,
divided by the length of the report's text; over a set, distances and lengths are summed.
Seconds per page are wall-clock for one Tesseract worker (cleaning included).

``--facts GOLD PDF…`` scores facts instead (``baocao evaluate``'s micro-F1, per document
too) with every Tesseract run memoised on disk (``--memo``, default ``build/tesseract-memo``;
keyed by the exact image and options): measuring a change to the table cells or to the text
repairs reads again only the images that change. This is how the levers in README's "Bad
scans" were measured one at a time.

Rows:

- ``pipeline``: what ``baocao`` does (``baocao.extract.ocr.ocr_images``: render at 300 dpi,
  clean or not, deskew, tables, Tesseract ``vie --psm 3``), for clean scans (``corpus/scan``)
  and bad scans (``corpus/badscan``), raw and cleaned.
- ``--settings``: the bad scans cleaned and deskewed, then read by Tesseract alone (no table
  handling) under each setting: page segmentation (``--psm 3/4/6``), language models
  (``vie``, ``vie+eng``, the ``Vietnamese`` script model), render resolution and Tesseract's
  own thresholding (Otsu, Sauvola).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image
from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import make_corpus  # noqa: E402

from baocao.errors import OcrUnavailable  # noqa: E402
from baocao.extract import ocr  # noqa: E402
from baocao.extract.preprocess import DEFAULT_CLEAN_SETTINGS, CleanSettings  # noqa: E402

DEFAULT_NAMES = (
    "thanh-hoa-xa-xuan-lap-2023",
    "nghe-an-tinh-nghe-an-2021",
    "ha-tinh-xa-thien-loc-2015",
    "dong-thap-huyen-thap-muoi-2021",
)


def squeeze(text: str) -> str:
    return " ".join(text.split())


def truth(txt: Path) -> str:
    """What a perfect reading gives: the report's lines, table rows as cells joined."""
    blocks = make_corpus.text_to_blocks(txt.read_text(encoding="utf-8"))
    return squeeze(make_corpus.blocks_to_text(blocks))


@dataclass
class Tally:
    errors: int = 0
    chars: int = 0
    seconds: float = 0.0
    pages: int = 0

    def add(self, got: str, want: str, seconds: float, pages: int) -> None:
        self.errors += Levenshtein.distance(squeeze(got), want)
        self.chars += len(want)
        self.seconds += seconds
        self.pages += pages

    @property
    def accuracy(self) -> float:
        return 1 - self.errors / max(1, self.chars)


def render(pdf: Path, dpi: int, *, colour: bool) -> list[Image.Image]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [ocr.render_page(page, dpi, colour=colour) for page in document]
    finally:
        document.close()


def pipeline_reader(clean: CleanSettings | None) -> Callable[[Path], tuple[str, int]]:
    def read(pdf: Path) -> tuple[str, int]:
        images = render(pdf, 300, colour=clean is not None)
        pages = ocr.ocr_images(images, workers=1, clean=clean, document=pdf.name)
        return "\n".join(p.text for p in pages), len(pages)

    return read


def tesseract_reader(
    *, language: str = "vie", psm: int = 3, dpi: int = 300, extra: tuple[str, ...] = ()
) -> Callable[[Path], tuple[str, int]]:
    """Cleaned, deskewed pages read by Tesseract alone with these options."""

    binary = ocr.check_tesseract(language, document="bench")

    def read(pdf: Path) -> tuple[str, int]:
        texts = []
        images = render(pdf, dpi, colour=True)
        for image in images:
            page, _skew = ocr.deskew(ocr.prepare_image(image, DEFAULT_CLEAN_SETTINGS))
            out = subprocess.run(
                [binary, "stdin", "stdout", "-l", language, "--psm", str(psm), *extra, "tsv"],
                input=ocr._pnm(page),
                capture_output=True,
                env=ocr._env(),
                check=True,
                timeout=300,
            )
            texts.append(ocr.tsv_to_page(out.stdout.decode("utf-8", "replace")).text)
        return "\n".join(texts), len(images)

    return read


def measure(read: Callable[[Path], tuple[str, int]], pdfs: list[Path], txt_dir: Path) -> Tally:
    tally = Tally()
    for pdf in pdfs:
        started = time.perf_counter()
        text, pages = read(pdf)
        tally.add(text, truth(txt_dir / f"{pdf.stem}.txt"), time.perf_counter() - started, pages)
    return tally


def memoise_tesseract(folder: Path) -> None:
    """Make :func:`baocao.extract.ocr.run_tesseract` read a run's TSV from ``folder`` when
    the same image was read with the same options before (and write it there otherwise)."""
    import hashlib
    import json

    folder.mkdir(parents=True, exist_ok=True)
    real = ocr.run_tesseract

    def run(image: Image.Image, **options: object) -> str:
        fixed = {k: v for k, v in options.items() if k not in ("binary", "timeout")}
        key = hashlib.sha256(ocr._pnm(image) + json.dumps(fixed, sort_keys=True).encode())
        memo = folder / key.hexdigest()
        if memo.exists():
            return memo.read_text(encoding="utf-8")
        tsv = real(image, **options)  # type: ignore[arg-type]
        memo.write_text(tsv, encoding="utf-8")
        return tsv

    ocr.run_tesseract = run  # type: ignore[assignment]


def facts(gold: Path, files: list[Path], memo: Path) -> None:
    from baocao.evaluate import evaluate
    from baocao.pipeline import extract_file

    memoise_tesseract(memo)

    def extract(path: Path):  # type: ignore[no-untyped-def]
        extraction = extract_file(path)
        return extraction.report, extraction.facts

    result = evaluate(gold, files, extract=extract)
    for document in result.documents:
        print(f"{document.document:<48} {document.micro.f1:.3f}")
    print(f"{'micro-F1':<48} {result.micro.f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", type=Path, default=ROOT / "corpus" / "scan")
    parser.add_argument("--bad", type=Path, default=ROOT / "corpus" / "badscan")
    parser.add_argument("--txt", type=Path, default=ROOT / "corpus" / "txt")
    parser.add_argument("--settings", action="store_true", help="compare Tesseract settings")
    parser.add_argument("--no-pipeline", action="store_true", help="skip the pipeline rows")
    parser.add_argument(
        "--facts", type=Path, metavar="GOLD", help="score facts against GOLD (names are PDFs)"
    )
    parser.add_argument("--memo", type=Path, default=ROOT / "build" / "tesseract-memo")
    parser.add_argument("names", nargs="*", default=list(DEFAULT_NAMES))
    args = parser.parse_args()
    if args.facts is not None:
        facts(args.facts, [Path(n) for n in args.names], args.memo)
        return

    def pdfs(folder: Path) -> list[Path]:
        found = [folder / f"{n}.pdf" for n in args.names if (folder / f"{n}.pdf").exists()]
        if not found:
            raise SystemExit(f"none of {args.names} in {folder}")
        return found

    rows: list[tuple[str, Tally]] = []
    if not args.no_pipeline:
        sets = [("bad scan", args.bad)]
        if args.clean.is_dir() and any(args.clean.glob("*.pdf")):
            sets.insert(0, ("clean scan", args.clean))
        for label, folder in sets:
            for how, clean in (("raw", None), ("cleaned", DEFAULT_CLEAN_SETTINGS)):
                tally = measure(pipeline_reader(clean), pdfs(folder), args.txt)
                rows.append((f"{label}, {how}", tally))
    if args.settings:
        variants: list[tuple[str, dict]] = [
            ("vie --psm 3, 300 dpi", {}),
            ("vie --psm 4", {"psm": 4}),
            ("vie --psm 6", {"psm": 6}),
            ("vie+eng --psm 3", {"language": "vie+eng"}),
            ("Vietnamese (script) --psm 3", {"language": "Vietnamese"}),
            ("vie --oem 1 --psm 3", {"extra": ("--oem", "1")}),
            ("vie, Sauvola thresholding", {"extra": ("-c", "thresholding_method=2")}),
            ("vie, 200 dpi", {"dpi": 200}),
            ("vie, 400 dpi", {"dpi": 400}),
        ]
        for label, options in variants:
            try:
                rows.append((label, measure(tesseract_reader(**options), pdfs(args.bad), args.txt)))
            except OcrUnavailable as e:  # the script model is a separate Debian package
                print(f"{label}: skipped: {e}", file=sys.stderr)
            except subprocess.CalledProcessError as e:
                print(f"{label}: failed: {e.stderr[-200:]!r}", file=sys.stderr)
    print(f"{len(args.names)} reports: {', '.join(args.names)}")
    print(f"| {'reading':<34} | char accuracy | s/page |")
    print(f"|{'-' * 36}|---------------|--------|")
    for label, tally in rows:
        print(f"| {label:<34} | {tally.accuracy:>13.4f} | {tally.seconds / tally.pages:>6.2f} |")


if __name__ == "__main__":
    main()
