"""The money-by-source wording probe: paragraphs rendered from independent dimensions
(``funding_grammar``: framing, layout, flow, source spellings, amount spellings) must each
yield their funding facts — source, amount, flow, period, region and share — through the
whole road a document takes. A failure names the dimension values that produced it, so a
class of wordings shows as one value failing across renders, not one sentence at a time.

Run ``python tests/test_funding_wording_grammar.py [N]`` for the table of failures by
dimension value."""

from __future__ import annotations

import hashlib
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from funding_grammar import Expected, Render, mismatches, renders  # noqa: E402
from tablefacts import make_document  # noqa: E402

from baocao.model import Document, Format, Funding  # noqa: E402
from baocao.nlp import read_document  # noqa: E402
from baocao.normalize import reading_to_facts  # noqa: E402

#: Renders per run: the whole module stays well under 30 s on two cores.
SAMPLE = 300
SEED = 2026

#: Classes found and left, by name: a predicate on the render (README, "Decisions",
#: thirteenth session). None now; a class found and not fixed is named here, so the probe
#: still fails on any other.
KNOWN_LEFT: dict[str, Callable[[Render], bool]] = {}


def known_left(render: Render) -> str | None:
    return next((name for name, holds in KNOWN_LEFT.items() if holds(render)), None)


def _document(text: str) -> Document:
    text = unicodedata.normalize("NFC", text)
    return Document(
        path="report.txt",
        name="report.txt",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        format=Format.TEXT,
        text=text,
        pages=(),
        size_bytes=len(text.encode()),
    )


def read(render: Render) -> list[Expected]:
    if render.table is None:
        document = _document(render.text)
    else:
        document = make_document(render.table, before=unicodedata.normalize("NFC", render.text))
    _, facts = reading_to_facts(document, read_document(document))
    return [
        Expected(f.source, f.amount_vnd, f.flow, f.period or "", f.region, f.percent_stated)
        for f in facts
        if isinstance(f, Funding)
    ]


def failures(sample: list[Render]) -> list[tuple[Render, list[str], list[Expected]]]:
    out = []
    for r in sample:
        got = read(r)
        problems = mismatches(r.expected, got, r.tolerated)
        if problems:
            out.append((r, problems, got))
    return out


def by_dimension(failed, sample) -> list[tuple[str, str, int, int]]:
    """(dimension, value, failed renders, renders) for each value, worst rate first."""
    seen = Counter((k, v) for r in sample for k, v in r.dims.items())
    bad = Counter((k, v) for r, _, _ in failed for k, v in r.dims.items())
    rows = [(k, v, bad[(k, v)], n) for (k, v), n in seen.items()]
    return sorted(rows, key=lambda row: (-row[2] / row[3], row[0], row[1]))


def test_every_render_yields_its_funding_facts() -> None:
    sample = renders(SAMPLE, SEED)
    failed = [f for f in failures(sample) if known_left(f[0]) is None]
    report = "\n".join(
        f"{', '.join(problems)}\n{r.text}  want {r.expected}\n  got {got}"
        for r, problems, got in failed[:5]
    )
    assert not failed, f"{len(failed)} of {len(sample)} renders fail:\n{report}"


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SAMPLE
    sample = renders(n, SEED)
    failed = failures(sample)
    print(f"{len(failed)} of {len(sample)} renders fail")
    print(Counter(p for _, problems, _ in failed for p in set(problems)).most_common())
    by_layout = Counter((r.dims["layout"], p) for r, problems, _ in failed for p in set(problems))
    for (layout, problem), count in sorted(by_layout.items()):
        print(f"  {layout:20s} {problem:8s} {count}")
    for k, v, bad, total in by_dimension(failed, sample):
        if bad:
            print(f"{bad:4d}/{total:<4d} {k}={v}")
    if "-v" in sys.argv:
        for r, problems, got in failed:
            print("----", problems, r.dims)
            print(r.text.rstrip())
            for e in r.expected:
                print("  want", e)
            for g in got:
                print("  got ", g)
