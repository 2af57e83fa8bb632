"""Execute every notebook's code cells in order, in one namespace per notebook, and fail on
the first error — so the analyses in notebooks/ cannot rot. No Jupyter kernel needed: the
cells are plain Python run with the project's own interpreter, from the notebook's folder.

    python scripts/run_notebooks.py notebooks [--write]

With --write the text outputs (the repr of each cell's last expression) are stored back into
the notebooks.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import io
import json
import os
import sys
from pathlib import Path


def run_notebook(path: Path) -> list[list[str]]:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    namespace: dict[str, object] = {"__name__": "__main__"}
    outputs: list[list[str]] = []
    cwd = os.getcwd()
    os.chdir(path.parent)
    try:
        for index, cell in enumerate(notebook["cells"]):
            if cell["cell_type"] != "code":
                continue
            source = "".join(cell["source"])
            tree = ast.parse(source, filename=f"{path.name}[{index}]")
            last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
            buffer = io.StringIO()
            with contextlib.redirect_stdout(buffer):
                exec(compile(tree, f"{path.name}[{index}]", "exec"), namespace)
                if last is not None:
                    value = eval(
                        compile(ast.Expression(last.value), f"{path.name}[{index}]", "eval"),
                        namespace,
                    )
                    if value is not None:
                        print(repr(value))
            outputs.append(buffer.getvalue().splitlines(keepends=True))
    finally:
        os.chdir(cwd)
    return outputs


def write_outputs(path: Path, outputs: list[list[str]]) -> None:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    code_cells = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    for cell, text in zip(code_cells, outputs, strict=True):
        cell["outputs"] = (
            [{"output_type": "stream", "name": "stdout", "text": text}] if text else []
        )
    path.write_text(json.dumps(notebook, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    notebooks = sorted(args.folder.glob("*.ipynb"))
    if not notebooks:
        print(f"no notebooks in {args.folder}", file=sys.stderr)
        return 1
    for path in notebooks:
        outputs = run_notebook(path.resolve())
        if args.write:
            write_outputs(path, outputs)
        print(f"ok {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
