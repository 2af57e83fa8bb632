"""Print the paths of one half of ../shared/real/ (``tune`` or ``holdout``), one per line.

The split is fixed in ``tests/data/real_split.toml``: patterns are tuned on ``tune`` and the
``holdout`` half is scored only to check that they generalise.

    .venv/bin/baocao evaluate ../shared/real/gold $(python scripts/real_split.py tune)
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "real"


def main(half: str) -> int:
    split = tomllib.loads((ROOT / "tests" / "data" / "real_split.toml").read_text("utf-8"))
    if half not in split:
        print(f"usage: real_split.py {'|'.join(split)}", file=sys.stderr)
        return 2
    for slug in split[half]:
        print(REAL / f"{slug}.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
