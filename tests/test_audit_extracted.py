"""The auditor over REAL extraction: the seed reports and the corpus text reports go through
``baocao.pipeline.extract_file``, then the auditor; every inconsistency their gold files list
must be found (kind and quote), with at most one finding more per document.

Where a miss is the extractor's (the fact the check needs is not extracted), the case is an
expected failure naming what is missing, so it turns into a pass when extraction improves.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from auditfacts import extracted as extracted_from
from goldfacts import matches
from paths import CORPUS, SEEDS

from baocao.audit import audit_across, audit_facts
from baocao.model import Extraction, Finding
from baocao.pipeline import extract_file

#: Renditions of the corpus audited here, each with the gold of its text (LibreOffice and
#: Tesseract renditions — doc/, scan/ — are left to the slow end-to-end tests).
FORMATS = {"txt": "*.txt", "docx": "*.docx", "pdf": "*.pdf", "tcvn3": "*.docx"}


def _reports() -> list[tuple[str, Path, Path]]:
    """(rendition, file, gold) for the seeds (rendition "seed") and the corpus renditions."""
    out = [("seed", p, SEEDS / "gold" / f"{p.stem}.json") for p in sorted(SEEDS.glob("*.txt"))]
    for rendition, pattern in FORMATS.items():
        for p in sorted((CORPUS / rendition).glob(pattern)):
            out.append((rendition, p, CORPUS / "gold" / f"{p.stem}.json"))
    return [(r, p, g) for r, p, g in out if g.is_file()]


REPORTS = _reports()
pytestmark = pytest.mark.skipif(not REPORTS, reason="no seed or corpus reports with gold files")

#: Misses that are extraction's, not the auditor's: (rendition, document stem, gold kind) →
#: what is missing ("*": every rendition).
EXTRACTION_GAPS: dict[tuple[str, str, str], str] = {}


def _slow(rendition: str) -> list[pytest.MarkDecorator]:
    """Renditions beyond the text ones add extraction time, not auditor paths: slow."""
    return [] if rendition in ("seed", "txt") else [pytest.mark.slow]


def _gap(rendition: str, stem: str, kind: str) -> str | None:
    return EXTRACTION_GAPS.get((rendition, stem, kind)) or EXTRACTION_GAPS.get(("*", stem, kind))


Key = tuple[str, str]  # (rendition, stem)


Extracted = dict[Key, tuple[Extraction, list[tuple[int, Any]], dict[str, Any]]]


def _group(rendition: str) -> tuple[str, ...]:
    """Renditions one store would hold together: the seeds beside the text corpus, else one
    rendition alone (two renditions of one report are never compared)."""
    return ("seed", "txt") if rendition in ("seed", "txt") else (rendition,)


@cache
def extracted(group: tuple[str, ...]) -> Extracted:
    out = {}
    for n, (rendition, path, gold_path) in enumerate(REPORTS):
        if rendition not in group:
            continue
        extraction = extract_file(path)
        facts = [(n * 10_000 + i, f) for i, f in enumerate(extraction.facts, start=1)]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        out[(rendition, path.stem)] = (extraction, facts, gold)
    return out


@cache
def findings_of(rendition: str, stem: str) -> list[Finding]:
    docs = extracted(_group(rendition))
    across = audit_across([(e.report, f) for e, f, _ in docs.values()])
    extraction, facts, _ = docs[(rendition, stem)]
    own = audit_facts(facts, report=extraction.report, text=extraction.document.text)
    return own + [f for f in across if f.document == extraction.document.name]


def _cases() -> list[Any]:
    cases = []
    for rendition, path, gold_path in REPORTS:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for i, expected in enumerate(gold["inconsistencies"]):
            gap = _gap(rendition, path.stem, expected["kind"])
            marks = [pytest.mark.xfail(reason=gap, strict=False)] if gap else []
            marks += _slow(rendition)
            cases.append(
                pytest.param(
                    rendition, path.stem, i, marks=marks, id=f"{rendition}/{path.stem}-{i}"
                )
            )
    return cases


@pytest.mark.parametrize(("rendition", "stem", "index"), _cases())
def test_each_gold_inconsistency_is_found_in_extracted_facts(
    rendition: str, stem: str, index: int
) -> None:
    extraction, _, gold = extracted(_group(rendition))[(rendition, stem)]
    expected = gold["inconsistencies"][index]
    found = findings_of(rendition, stem)
    assert any(matches(f, expected, extraction.document.text) for f in found), (
        f"missed {expected['kind']}: {expected['quote']!r}; found {found}"
    )


@pytest.mark.parametrize(
    ("rendition", "stem"),
    [pytest.param(r, p.stem, marks=_slow(r), id=f"{r}/{p.stem}") for r, p, _ in REPORTS],
)
def test_at_most_one_finding_beyond_gold(rendition: str, stem: str) -> None:
    extraction, _, gold = extracted(_group(rendition))[(rendition, stem)]
    text = extraction.document.text
    expected = gold["inconsistencies"]
    extra = [
        f for f in findings_of(rendition, stem) if not any(matches(f, e, text) for e in expected)
    ]
    assert len(extra) <= 1, extra


# -- what the auditor needs, read by the extractor: one report end to end -------------------

_WRITTEN = """UBND XÃ HÒA TIẾN
BÁO CÁO
Kết quả xây dựng nông thôn mới năm 2023

1. Có 612/680 hộ dùng nước hợp vệ sinh, đạt 95%.
2. Còn 31 hộ cận nghèo trên tổng số 1.240 hộ, chiếm 2,5%.
3. Tỷ lệ lao động có việc làm qua đào tạo đạt 1.130/1.500 lao động, đạt 75,3%.
4. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 82,6% (Tiêu chí yêu cầu: ≥ 90%) - Đạt.
"""


def test_a_rate_against_its_count_and_a_requirement_reported_met_from_an_extraction(
    tmp_path: Path,
) -> None:
    facts, extraction = extracted_from(tmp_path / "hoa-tien.txt", _WRITTEN)
    findings = audit_facts(facts, report=extraction.report)  # no text: facts alone
    assert sorted((f.kind, f.explain) for f in findings) == [
        ("percent_mismatch", "612/680 = 90,00%, stated 95%"),
        (
            "threshold_contradiction",
            "criterion 15: value 82,6% breaks the stated requirement ≥ 90%, "
            "yet the text reports it met",
        ),
    ]
