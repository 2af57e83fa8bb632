"""The notebooks run top to bottom against the current library (they cannot rot; each
asserts what it shows), and the runner keeps their figures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_the_notebook_runs(notebook: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "run_notebooks.py"), str(notebook)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"ok {notebook}" in result.stderr


def test_the_runner_keeps_figures_as_images(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="matplotlib comes with `baocao compare --plot`")
    notebook = tmp_path / "plot.ipynb"
    cell = {
        "cell_type": "code",
        "metadata": {},
        "execution_count": None,
        "outputs": [],
        "source": [
            "import matplotlib.pyplot as plt\n",
            "fig, ax = plt.subplots()\n",
            "ax.bar(['a', 'b'], [1, 2])\n",
        ],
    }
    notebook.write_text(json.dumps({"cells": [cell], "nbformat": 4, "nbformat_minor": 5}))
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "run_notebooks.py"), str(notebook), "--write"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (outputs,) = [c["outputs"] for c in json.loads(notebook.read_text())["cells"]]
    assert [o["output_type"] for o in outputs] == ["display_data"]  # the figure, not a repr
    assert outputs[0]["data"]["image/png"].startswith("iVBORw0KGgo")  # PNG signature
