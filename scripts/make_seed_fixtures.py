"""Convert the shared seed reports into every format the corpus has, for local tests.

    python scripts/make_seed_fixtures.py [--seeds ../shared/seeds] [--out build/seeds]

The seeds are real reports in others' words: they are converted into ``build/`` (gitignored)
and never committed. The conversion is :mod:`make_corpus`'s, so a seed's .docx, PDF, scan,
Word 97 and TCVN3 files are made exactly like the corpus's, and so are its table layouts
(``layouts/<layout>/``): the funding lines ("- Ngân sách tỉnh: 40.661,9 triệu đồng, chiếm
tỷ lệ 17,91%", a label's amount on the next line joined back) laid out as a Word table —
``table`` (.docx and .pdf), ``permuted``, ``merged`` (.docx and .pdf), ``landscape`` — or
as a list. ``build/seeds/MANIFEST.json`` makes re-runs skip what is already up to date.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_corpus  # noqa: E402  (a sibling script, not an installed module)

logger = logging.getLogger("make_seed_fixtures")

DEFAULT_SEEDS = make_corpus.ROOT.parent / "shared" / "seeds"
DEFAULT_OUT = make_corpus.ROOT / "build" / "seeds"
#: Appendix tables need a gold cut by table rows; the seeds have no pipe tables.
SEED_FORMATS = tuple(f for f in make_corpus.FORMATS if f != "tables")


def seed_layout(seeds: Path, out: Path) -> make_corpus.Layout:
    return make_corpus.Layout(txt_dir=seeds, out_root=out, gold_dir=None)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="folder of seed .txt")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument("--force", action="store_true", help="rebuild every output")
    parser.add_argument(
        "--format", action="append", choices=SEED_FORMATS, help="only these formats"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    if not any(args.seeds.glob("*.txt")):
        logger.error("no seed reports (*.txt) in %s", args.seeds)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        written = make_corpus.build(
            seed_layout(args.seeds, args.out),
            formats=args.format or SEED_FORMATS,
            force=args.force,
        )
    except make_corpus.ConversionError as e:
        logger.error("%s", e)
        return 2
    logger.info("%d files written under %s", len(written), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
