"""The wording probe (tests/coverage_grammar.py): short paragraphs rendered from independent
dimensions (frame, place, time, statement, count, share, comparison tail), each with the facts
it must yield, extracted through the library and compared on kind, values, period, place,
goal mark, scheme, stated share and unit; facts beyond them fail too. A fixed-seed sample
keeps it fast.

Run as a script to see the failures grouped by dimension, SIZE cases per statement:
``PYTHONPATH=$PWD .venv/bin/python tests/test_coverage_wording_grammar.py [SIZE]``.
With 40 cases per statement (1520 cases), main of 2026-12-07 failed 197 (264 failures: 121
verdicts missed, 47 periods, 37 extra facts, 29 coverage facts missed, 22 places, 8 shares);
the classes found, each with tests of its own, are in tests/test_nlp_probecount_classes.py.
The fourteenth session widened time and place (title frames giving the report's period in
other forms, year-ends and goals after the text, more comparison bases, a sentence naming no
place, a dateline the text's only place, a headline's "xã của" a bare district, the 2025
map): on 1520 cases main failed 73 (76 failures: 40 places, 36 periods), then 0; those
classes are in tests/test_nlp_probetime_classes.py.
"""

from __future__ import annotations

import sys

import probes
from coverage_grammar import Case, Failure, check, sample

SAMPLE = 6  # cases per statement (a fixed-seed sample; run as a script for more)


def _document(case: Case):
    import hashlib
    import unicodedata

    from baocao.model import Document, Format, Page

    text = unicodedata.normalize("NFC", case.text)
    return Document(
        path=case.name,
        name=case.name,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        format=Format.TEXT,
        text=text,
        pages=(Page(number=1, start=0, end=len(text)),),
        size_bytes=len(text.encode()),
    )


def failures_of(case: Case) -> list[Failure]:
    from baocao.nlp import read_document
    from baocao.normalize import reading_to_facts

    document = _document(case)
    _, facts = reading_to_facts(document, read_document(document))
    return check(case, facts)


def run(cases: list[Case]) -> list[Failure]:
    return probes.run(cases, failures_of)


def summary(cases: list[Case], failures: list[Failure]) -> str:
    return probes.summary(
        cases,
        failures,
        ("frame", "place", "time", "statement", "count", "share", "tail", "province"),
    )


def test_the_sample_yields_its_facts() -> None:
    cases = sample(SAMPLE)
    failures = run(cases)
    shown = "\n".join(
        f"{f.what}: {f.detail} [{f.case.dims}] {f.case.text.splitlines()[-2]}"
        for f in failures[:30]
    )
    assert not failures, summary(cases, failures) + "\n" + shown


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else SAMPLE
    cases = sample(size)
    failures = run(cases)
    print(summary(cases, failures))
    for f in failures:
        print(f"{f.what}: {f.detail} | {f.case.dims} | {f.case.text.splitlines()[-2]}")
