"""Execute every notebook's code cells in order, in one namespace per notebook, and fail on
the first error — so the analyses in notebooks/ cannot rot. No Jupyter kernel needed: the
cells are plain Python run with the project's own interpreter, from the notebook's folder.

    python scripts/run_notebooks.py notebooks [more.ipynb ...] [--write]

With --write the outputs are stored back into the notebooks: the text printed and the repr
of each cell's last expression, and every matplotlib figure a cell leaves open, as a PNG
(figures are drawn with the Agg backend and closed after their cell).
"""

from __future__ import annotations

import argparse
import ast
import base64
import contextlib
import io
import json
import os
import sys
from pathlib import Path
from typing import Any

# Before any notebook imports pyplot: draw to memory, never to a window.
os.environ.setdefault("MPLBACKEND", "Agg")

Output = dict[str, Any]


def _figures() -> list[Output]:
    """The open matplotlib figures as notebook outputs (PNG), closed once taken."""
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is None:
        return []
    outputs: list[Output] = []
    for number in pyplot.get_fignums():
        figure = pyplot.figure(number)
        buffer = io.BytesIO()
        # No "Software" stamp: the same figure gives the same bytes on every run.
        figure.savefig(buffer, format="png", dpi=100, metadata={"Software": None})
        outputs.append(
            {
                "output_type": "display_data",
                "data": {
                    "image/png": base64.b64encode(buffer.getvalue()).decode("ascii"),
                    "text/plain": [repr(figure)],
                },
                "metadata": {},
            }
        )
    pyplot.close("all")
    return outputs


def run_notebook(path: Path) -> list[list[Output]]:
    """Run the notebook's code cells; the outputs of each, in notebook format."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    namespace: dict[str, object] = {"__name__": "__main__"}
    outputs: list[list[Output]] = []
    cwd = os.getcwd()
    os.chdir(path.parent)
    try:
        for index, cell in enumerate(notebook["cells"]):
            if cell["cell_type"] != "code":
                continue
            source = "".join(cell["source"])
            where = f"{path.name}[{index}]"
            tree = ast.parse(source, filename=where)
            last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
            buffer = io.StringIO()
            with contextlib.redirect_stdout(buffer):
                exec(compile(tree, where, "exec"), namespace)
                if last is not None:
                    value = eval(compile(ast.Expression(last.value), where, "eval"), namespace)
                    if value is not None and not _is_artist(value):
                        print(repr(value))
            cell_outputs: list[Output] = []
            text = buffer.getvalue().splitlines(keepends=True)
            if text:
                cell_outputs.append({"output_type": "stream", "name": "stdout", "text": text})
            cell_outputs.extend(_figures())
            outputs.append(cell_outputs)
    finally:
        os.chdir(cwd)
    return outputs


def _is_artist(value: object) -> bool:
    """A matplotlib object (an Axes, a list of bars): its figure is the output, not its repr."""
    module = type(value).__module__ or ""
    if isinstance(value, list | tuple) and value:
        module = type(value[0]).__module__ or ""
    return module.startswith("matplotlib")


def write_outputs(path: Path, outputs: list[list[Output]]) -> None:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    code_cells = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    for cell, cell_outputs in zip(code_cells, outputs, strict=True):
        cell["outputs"] = cell_outputs
    path.write_text(json.dumps(notebook, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def notebooks_in(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        found.extend(sorted(path.glob("*.ipynb")) if path.is_dir() else [path])
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("paths", type=Path, nargs="+", help="notebooks, or folders of them")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    notebooks = notebooks_in(args.paths)
    if not notebooks:
        print(f"no notebooks in {' '.join(map(str, args.paths))}", file=sys.stderr)
        return 1
    for path in notebooks:
        outputs = run_notebook(path.resolve())
        if args.write:
            write_outputs(path, outputs)
        print(f"ok {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
