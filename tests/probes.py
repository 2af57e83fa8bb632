"""What the wording probes' test modules share: reading each case of a grammar and telling
its failures by the dimension values they share (a failure is read by its dimensions, not
by its sentence)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any


def run(cases: Iterable[Any], failures_of: Callable[[Any], list[Any]]) -> list[Any]:
    """Every failure of every case, in order."""
    return [failure for case in cases for failure in failures_of(case)]


def summary(cases: Sequence[Any], failures: Sequence[Any], dims: Sequence[str] = ()) -> str:
    """How many cases fail, by what, and by each dimension's value (``dims``, else every
    dimension a case has): "frame: news 3/40, report 1/38"."""
    failed = {id(f.case) for f in failures}
    lines = [f"{len(failed)}/{len(cases)} cases fail; {len(failures)} failures"]
    whats = Counter(f.what for f in failures).most_common()
    lines.append("by what: " + ", ".join(f"{k} {v}" for k, v in whats))
    for dim in dims or sorted({d for c in cases for d in c.dims}):
        total = Counter(c.dims[dim] for c in cases if dim in c.dims)
        bad = Counter(c.dims[dim] for c in cases if dim in c.dims and id(c) in failed)
        row = ", ".join(f"{v} {bad[v]}/{total[v]}" for v in total if bad[v])
        if row:
            lines.append(f"{dim}: {row}")
    return "\n".join(lines)
