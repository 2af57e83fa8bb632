"""The notebooks run top to bottom against the current library (they cannot rot)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_notebook_runs() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "run_notebooks.py"), str(ROOT / "notebooks")],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "ok " in result.stderr
