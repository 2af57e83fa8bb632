"""Measure the README's accuracy table: every text set in every format, in one run.

    python scripts/measure_accuracy.py [--sets seeds,tune,holdout,corpus]
                                       [--formats txt,docx,pdf,doc,tcvn3,scan,badscan]
                                       [--memo build/tesseract-memo]
                                       [--set NAME=DIR ...]

For each set and format it extracts the files (no database) and scores them against their
gold with :func:`baocao.evaluate.evaluate_files`, the same extraction and scoring as
``baocao evaluate``, and prints
one Markdown row per set: micro-F1 per format, then, on the .txt, the share of matched facts
with the right period and place and the report metadata right.

The formats of the shared texts are built first under ``build/`` (never committed) by the
corpus builders, ``make_seed_fixtures.py`` and ``make_bad_scans.py --seeds``; files already up
to date are kept. The corpus's own formats are the committed ``corpus/<format>/`` files.
Building scans runs LibreOffice and OCR: the first run takes minutes.

``--set NAME=DIR`` adds a set of one's own: DIR holds ``*.txt`` and ``gold/*.json`` in the
shared gold format (a gold set written before the tool ran, say); its formats are built under
``build/sets/NAME``. ``--sets`` may then name it.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_bad_scans  # noqa: E402  (sibling scripts, not installed modules)
import make_seed_fixtures  # noqa: E402

from baocao.evaluate import Evaluation, evaluate_files  # noqa: E402
from baocao.settings import DEFAULT_EXTRACT_SETTINGS  # noqa: E402

logger = logging.getLogger("measure_accuracy")

#: A measurement waits for every page: the ceilings that keep one hostile file from holding up
#: a batch would, on a busy machine, leave scanned pages empty and score the clock, not OCR.
PATIENT = replace(
    DEFAULT_EXTRACT_SETTINGS,
    ocr_timeout_s=3600.0,
    document_timeout_s=4 * 3600.0,
)

FORMATS = ("txt", "docx", "pdf", "doc", "tcvn3", "scan", "badscan")
#: where a format's file of ``name`` lives, below a collection's output folder
SUFFIX = {"docx": "docx", "pdf": "pdf", "doc": "doc", "tcvn3": "docx", "scan": "pdf"}


@dataclass(frozen=True)
class TextSet:
    """One set of texts with gold: the .txt sources, their gold, and where formats go."""

    name: str
    txt_dir: Path
    gold_dir: Path
    names: tuple[str, ...]
    out_root: Path  # formats of the set's texts (corpus: the committed corpus/)

    def files(self, fmt: str) -> list[Path]:
        if fmt == "txt":
            return [self.txt_dir / f"{n}.txt" for n in self.names]
        if fmt == "badscan":
            return [self.out_root / "badscan" / f"{n}.pdf" for n in self.names]
        return [self.out_root / fmt / f"{n}.{SUFFIX[fmt]}" for n in self.names]


def text_sets() -> dict[str, TextSet]:
    split = tomllib.loads((ROOT / "tests" / "data" / "real_split.toml").read_text("utf-8"))
    seeds = tuple(sorted(p.stem for p in (SHARED / "seeds").glob("*.txt")))
    corpus = tuple(sorted(p.stem for p in (ROOT / "corpus" / "txt").glob("*.txt")))
    real = SHARED / "real"
    return {
        "seeds": TextSet(
            "seeds", SHARED / "seeds", SHARED / "seeds" / "gold", seeds, ROOT / "build" / "seeds"
        ),
        "tune": TextSet("tune", real, real / "gold", tuple(split["tune"]), ROOT / "build" / "real"),
        "holdout": TextSet(
            "holdout", real, real / "gold", tuple(split["holdout"]), ROOT / "build" / "real"
        ),
        "corpus": TextSet(
            "corpus", ROOT / "corpus" / "txt", ROOT / "corpus" / "gold", corpus, ROOT / "corpus"
        ),
    }


def own_set(spec: str) -> TextSet:
    """``NAME=DIR`` → a set of DIR's .txt that have a gold file, formats under build/sets/NAME."""
    name, sep, folder = spec.partition("=")
    if not sep or not name or not folder:
        raise SystemExit(f"--set wants NAME=DIR, not {spec!r}")
    txt_dir = Path(folder).resolve()
    gold_dir = txt_dir / "gold"
    names = tuple(
        sorted(p.stem for p in txt_dir.glob("*.txt") if (gold_dir / f"{p.stem}.json").is_file())
    )
    if not names:
        raise SystemExit(f"--set {name}: no .txt in {txt_dir} has a gold file in {gold_dir}")
    return TextSet(name, txt_dir, gold_dir, names, ROOT / "build" / "sets" / name)


def build_formats(text_set: TextSet, formats: Sequence[str]) -> None:
    """Make the set's missing or stale formats (the corpus's are committed)."""
    if text_set.name == "corpus":
        return
    made = [f for f in formats if f in make_seed_fixtures.SEED_FORMATS]
    if made or "badscan" in formats:  # a bad scan is made from the set's digital PDF
        need = sorted(set(made) | ({"pdf"} if "badscan" in formats else set()))
        args = ["--seeds", str(text_set.txt_dir), "--out", str(text_set.out_root)]
        if make_seed_fixtures.main([*args, *(a for f in need for a in ("--format", f))]):
            raise SystemExit(f"{text_set.name}: building {need} failed")
    if "badscan" in formats:
        args = ["--seeds", str(text_set.txt_dir), "--out", str(text_set.out_root)]
        if make_bad_scans.main(args):
            raise SystemExit(f"{text_set.name}: building the bad scans failed")


def score(text_set: TextSet, fmt: str) -> Evaluation:
    return evaluate_files(text_set.gold_dir, text_set.files(fmt), settings=PATIENT)


def table(rows: dict[str, dict[str, Evaluation]], formats: Sequence[str]) -> str:
    head = ["set", *(f"F1 {f}" for f in formats), "period", "place", "metadata"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, by_format in rows.items():
        cells = [f"{by_format[f].micro.f1:.3f}" if f in by_format else "" for f in formats]
        base = by_format.get("txt") or next(iter(by_format.values()))
        ww = base.micro_when_where
        n = len(next(iter(by_format.values())).documents)
        cells += [f"{ww.period_rate:.3f}", f"{ww.place_rate:.3f}", f"{base.meta_rate:.3f}"]
        lines.append(
            f"| {name} ({n} texts, {base.micro.tp + base.micro.fn} facts) | "
            + " | ".join(cells)
            + " |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="seeds,tune,holdout,corpus")
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument(
        "--memo",
        type=Path,
        help="keep each Tesseract run's TSV in this folder, keyed by the image's pixels, the "
        "options and Tesseract's version (bench/bench_ocr_quality.py's memo): a second run "
        "reads again only the images a change made different",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=DIR",
        help="also measure DIR's .txt against DIR/gold (formats built under build/sets/NAME); "
        "repeatable; measured after --sets",
    )
    args = parser.parse_args(argv)
    if args.memo is not None:
        sys.path.insert(0, str(ROOT / "bench"))
        from bench_ocr_quality import memoise_tesseract

        memoise_tesseract(args.memo)
    logging.basicConfig(level=logging.WARNING, format="%(message)s", stream=sys.stderr)
    sets = text_sets()
    own = [own_set(spec) for spec in args.set]
    sets.update({s.name: s for s in own})
    formats = [f for f in args.formats.split(",") if f]
    unknown = [f for f in formats if f not in FORMATS] + [
        s for s in args.sets.split(",") if s and s not in sets
    ]
    if unknown:
        parser.error(f"unknown set or format: {', '.join(unknown)}")
    rows: dict[str, dict[str, Evaluation]] = {}
    chosen = [s for s in args.sets.split(",") if s] + [s.name for s in own]
    for name in dict.fromkeys(chosen):
        text_set = sets[name]
        build_formats(text_set, formats)
        rows[name] = {}
        for fmt in formats:
            missing = [p for p in text_set.files(fmt) if not p.is_file()]
            if missing:
                logger.warning(
                    "%s %s: %d files missing (%s), not scored", name, fmt, len(missing), missing[0]
                )
                continue
            rows[name][fmt] = result = score(text_set, fmt)
            ww = result.micro_when_where
            print(
                f"{name:8} {fmt:8} F1 {result.micro.f1:.3f}  period {ww.period_rate:.3f}"
                f"  place {ww.place_rate:.3f}  metadata {result.meta_rate:.3f}",
                file=sys.stderr,
                flush=True,
            )
    print(table(rows, formats))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
