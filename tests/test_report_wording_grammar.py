"""The report-structure probe (tests/report_grammar.py): reports rendered from independent
dimensions (header, title period, body: verdict sections, summaries, commune lists, and each
body's own forms), each with the facts it must yield, read through the whole road a document
takes and compared on kind, values, period, place and criteria set; facts beyond them fail
too. A fixed-seed sample keeps it fast; a real table is held as the loaders hold one (one
line per row, cells joined by " | ", each cell's offsets recorded).

Run as a script to see the failures grouped by dimension, SIZE cases per body:
``PYTHONPATH=$PWD .venv/bin/python tests/test_report_wording_grammar.py [SIZE] [-v]``.
With 100 cases per body (275 cases), main of 2026-12-07 failed 131 (529 failures: 315 verdicts
missed, 150 extra facts, 50 criteria counts missed, 14 places); the classes found, each with
tests of its own, are in tests/test_nlp_probereport_classes.py; the two left are
``KNOWN_LEFT``.
"""

from __future__ import annotations

import hashlib
import sys
import unicodedata
from collections.abc import Callable

import probes
from report_grammar import Case, Failure, check, sample

from baocao.model import Cell, Document, Format, Table

SAMPLE = 100  # cases per body (a fixed-seed sample; run as a script for more)

#: Classes found and left, by name: a predicate on the case's dimensions (README, "Decisions",
#: fourteenth session). A class found and not fixed is named here, so the probe still fails
#: on any other.
KNOWN_LEFT: dict[str, Callable[[dict[str, str]], bool]] = {
    # "Kết quả tự đánh giá các tiêu chí của xã A:" over "Tiêu chí Điện: Đạt." lines: text
    # lines, neither list items nor headings, so they stay the district's
    "named sections under a commune lead line": lambda dims: (
        dims.get("sub") == "lead_line" and dims["form"] == "by_name"
    ),
    # a table of verdicts under "1. Xã A" or a lead line naming it: a table's rows take the
    # reporting unit, never the heading or line above the table
    "table under a commune heading": lambda dims: (
        dims["header"] == "district"
        and dims["body"] == "verdicts"
        and dims["form"] in ("table_flat", "table_real")
    ),
}


def known_left(case: Case) -> str | None:
    return next((name for name, holds in KNOWN_LEFT.items() if holds(case.dims)), None)


def _table(text: str, rows: tuple[tuple[str, ...], ...]) -> Table:
    """``rows`` as the loaders hold a table, located where ``text`` renders them."""
    rendered = "\n".join(" | ".join(r) for r in rows)
    start = text.index(rendered)
    at = start
    cells_rows = []
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            if i:
                at += len(" | ")
            cells.append(Cell(cell, at, at + len(cell)))
            at += len(cell)
        cells_rows.append(tuple(cells))
        at += 1
    return Table(0, 1, start, start + len(rendered), tuple(cells_rows), "docx")


def document_of(case: Case) -> Document:
    """A Word document holding ``case.table`` as a real table, or the text as the text loader
    reads a .txt file (pipe rows, "a | b", become its tables there)."""
    text = unicodedata.normalize("NFC", case.text)
    if not case.table:
        from pathlib import Path

        from baocao.extract.source import Source
        from baocao.extract.text import load_text
        from baocao.settings import DEFAULT_EXTRACT_SETTINGS

        data = text.encode()
        source = Source(
            Path("bao-cao.txt"), "bao-cao.txt", data, hashlib.sha256(data).hexdigest(), Format.TEXT
        )
        return load_text(source, DEFAULT_EXTRACT_SETTINGS)
    return Document(
        path="bao-cao.docx",
        name="bao-cao.docx",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        format=Format.DOCX,
        text=text,
        tables=(_table(text, case.table),),
        size_bytes=len(text.encode()),
    )


def failures_of(case: Case) -> list[Failure]:
    from baocao.nlp import read_document
    from baocao.normalize import reading_to_facts

    document = document_of(case)
    _, facts = reading_to_facts(document, read_document(document))
    return check(case, facts)


def run(cases: list[Case]) -> list[Failure]:
    return probes.run(cases, failures_of)


def summary(cases: list[Case], failures: list[Failure]) -> str:
    return probes.summary(cases, failures)


def test_the_sample_yields_its_facts() -> None:
    cases = [case for case in sample(SAMPLE) if known_left(case) is None]
    failures = run(cases)
    shown = "\n".join(f"{f.what}: {f.detail} [{f.case.dims}]" for f in failures[:30])
    assert not failures, summary(cases, failures) + "\n" + shown


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else SAMPLE
    cases = sample(size)
    failures = run(cases)
    print(summary(cases, failures))
    for f in failures:
        print(f"{f.what}: {f.detail} | {f.case.dims}")
        if "-v" in sys.argv:
            print(f.case.text.split("BÁO CÁO\n")[-1])
