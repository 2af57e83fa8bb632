"""Benchmark: how much of a scanned report's text OCR gets right, on clean and bad scans,
with and without cleaning the page first, and under several Tesseract settings.

    python bench/bench_ocr_quality.py                      # the pipeline on 4 corpus reports
    python bench/bench_ocr_quality.py --settings           # + Tesseract settings on bad scans
    python bench/bench_ocr_quality.py --settings --no-pipeline --sets tune,seeds,corpus \
        --variants psm3,psm4,binarised                     # chosen settings, bad scans of sets
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
  handling) under each setting (:data:`VARIANTS`, ``--variants`` picks some): page
  segmentation (``--psm 3/4/6``), ``preserve_interword_spaces``, the enlargement of small
  text, a binarisation of our own before Tesseract's, language models (``vie``,
  ``vie+eng``, the ``Vietnamese`` script model), render resolution and Tesseract's own
  thresholding (Otsu, Sauvola). ``--sets tune,seeds,corpus`` reads the bad scans
  ``scripts/measure_accuracy.py`` builds for those sets (never the holdout). These runs are
  not memoised: their seconds per page are part of the result.
"""

from __future__ import annotations

import argparse
import os
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


def binarise(page: Image.Image) -> Image.Image:
    """The cleaned page made black and white before Tesseract sees it: OpenCV's adaptive
    Gaussian threshold over a window of about two letter heights (Tesseract otherwise
    binarises with its own global Otsu)."""
    import cv2
    import numpy as np

    from baocao.extract.preprocess import text_height

    grey = np.asarray(page.convert("L"))
    letter = text_height(grey) or 30.0
    window = int(2 * letter) | 1
    return Image.fromarray(
        cv2.adaptiveThreshold(
            grey, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, window, 15
        )
    )


def tesseract_reader(
    *,
    language: str = "vie",
    psm: int = 3,
    dpi: int = 300,
    extra: tuple[str, ...] = (),
    clean: CleanSettings = DEFAULT_CLEAN_SETTINGS,
    black_and_white: bool = False,
) -> Callable[[Path], tuple[str, int]]:
    """Cleaned (``clean``), deskewed pages read by Tesseract alone with these options
    (``extra``: more Tesseract options; ``black_and_white``: :func:`binarise` first)."""

    binary = ocr.check_tesseract(language, document="bench")

    def read(pdf: Path) -> tuple[str, int]:
        texts = []
        images = render(pdf, dpi, colour=True)
        for image in images:
            page, _skew = ocr.deskew(ocr.prepare_image(image, clean))
            if black_and_white:
                page = binarise(page)
            tsv = ocr.run_tesseract(
                page, binary=binary, language=language, timeout=600, psm=psm, config=extra
            )
            texts.append(ocr.tsv_to_page(tsv).text)
        return "\n".join(texts), len(images)

    return read


def measure(
    read: Callable[[Path], tuple[str, int]], pdfs: list[Path], txt_dir: Path | list[Path]
) -> Tally:
    """``read`` over ``pdfs``, each against its text in ``txt_dir`` (one folder, or one
    folder per PDF)."""
    folders = txt_dir if isinstance(txt_dir, list) else [txt_dir] * len(pdfs)
    tally = Tally()
    for pdf, folder in zip(pdfs, folders, strict=True):
        started = time.perf_counter()
        text, pages = read(pdf)
        tally.add(text, truth(folder / f"{pdf.stem}.txt"), time.perf_counter() - started, pages)
    return tally


def memoise_tesseract(folder: Path) -> None:
    """Make :func:`baocao.extract.ocr.run_tesseract` read a run's TSV from ``folder`` when
    the same image was read with the same options before (and write it there otherwise)."""
    import hashlib
    import json

    folder.mkdir(parents=True, exist_ok=True)
    real = ocr.run_tesseract

    version = subprocess.run(
        [ocr.tesseract_path() or "tesseract", "--version"], capture_output=True, text=True
    ).stdout.split("\n")[0]

    def run(image: Image.Image, **options: object) -> str:
        # the same image read with the same options is the same run, however it was called
        fixed = {
            "language": options["language"],
            "psm": options.get("psm", ocr.PSM_AUTO),
            "config": list(options.get("config", ())),  # type: ignore[call-overload]
            "tesseract": version,
        }
        key = hashlib.sha256(ocr._pnm(image) + json.dumps(fixed, sort_keys=True).encode())
        memo = folder / key.hexdigest()
        if memo.exists():
            return memo.read_text(encoding="utf-8")
        tsv = real(image, **options)  # type: ignore[arg-type]
        # written whole, then renamed: another process reading the memo never sees half
        partial = memo.with_name(f"{memo.name}.{os.getpid()}.part")
        partial.write_text(tsv, encoding="utf-8")
        partial.replace(memo)
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


#: The settings compared (``--settings``): a label and the options of
#: :func:`tesseract_reader`.
VARIANTS: dict[str, tuple[str, dict]] = {
    "psm3": ("vie --psm 3, 300 dpi", {}),
    "psm4": ("vie --psm 4", {"psm": 4}),
    "psm6": ("vie --psm 6", {"psm": 6}),
    "spaces": (
        "vie -c preserve_interword_spaces=1",
        {"extra": ("-c", "preserve_interword_spaces=1")},
    ),
    "upscale36": (
        "small text enlarged to 36 px (28)",
        {"clean": CleanSettings(min_text_px=36)},
    ),
    "noupscale": ("small text not enlarged", {"clean": CleanSettings(upscale=False)}),
    "binarised": ("binarised (adaptive Gaussian) first", {"black_and_white": True}),
    "eng": ("vie+eng --psm 3", {"language": "vie+eng"}),
    "script": ("Vietnamese (script) --psm 3", {"language": "Vietnamese"}),
    "oem1": ("vie --oem 1 --psm 3", {"extra": ("--oem", "1")}),
    "sauvola": ("vie, Sauvola thresholding", {"extra": ("-c", "thresholding_method=2")}),
    "dpi200": ("vie, 200 dpi", {"dpi": 200}),
    "dpi400": ("vie, 400 dpi", {"dpi": 400}),
}


def set_scans(names: list[str]) -> tuple[list[Path], list[Path]]:
    """The bad scans of the text sets ``names`` and, for each, the folder of its .txt. The
    holdout is refused: it is scored, never tuned on."""
    import measure_accuracy

    if "holdout" in names:
        raise SystemExit("the holdout is not for tuning settings on")
    sets = measure_accuracy.text_sets()
    pdfs: list[Path] = []
    txts: list[Path] = []
    for name in names:
        found = [p for p in sets[name].files("badscan") if p.is_file()]
        if not found:
            raise SystemExit(f"{name}: no bad scans (run scripts/measure_accuracy.py first)")
        pdfs += found
        txts += [sets[name].txt_dir] * len(found)
    return pdfs, txts


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
    parser.add_argument(
        "--sets",
        help="with --settings: the bad scans of these text sets (tune, seeds, corpus; "
        "made by scripts/measure_accuracy.py) instead of NAMES",
    )
    parser.add_argument(
        "--variants", help=f"with --settings: which, comma-separated (of {', '.join(VARIANTS)})"
    )
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
        if args.sets:
            bad, txt = set_scans(args.sets.split(","))
        else:
            bad, txt = pdfs(args.bad), [args.txt] * len(pdfs(args.bad))
        chosen = args.variants.split(",") if args.variants else list(VARIANTS)
        for key in chosen:
            label, options = VARIANTS[key]
            try:
                rows.append((label, measure(tesseract_reader(**options), bad, txt)))
            except OcrUnavailable as e:  # the script model is a separate Debian package
                print(f"{label}: skipped: {e}", file=sys.stderr)
                continue
            except subprocess.CalledProcessError as e:
                print(f"{label}: failed: {e.stderr[-200:]!r}", file=sys.stderr)
                continue
            tally = rows[-1][1]
            print(
                f"{label}: {tally.accuracy:.4f}, {tally.seconds / tally.pages:.2f} s/page "
                f"({tally.errors} errors in {tally.chars} characters, {tally.pages} pages, "
                f"{tally.seconds:.0f} s)",
                file=sys.stderr,
                flush=True,
            )
        args.names = [p.stem for p in bad]
    print(f"{len(args.names)} reports: {', '.join(args.names)}")
    print(f"| {'reading':<34} | char accuracy | s/page |")
    print(f"|{'-' * 36}|---------------|--------|")
    for label, tally in rows:
        print(f"| {label:<34} | {tally.accuracy:>13.4f} | {tally.seconds / tally.pages:>6.2f} |")


if __name__ == "__main__":
    main()
