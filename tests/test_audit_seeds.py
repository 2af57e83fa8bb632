"""The auditor against the real reports in ../shared/seeds and their gold files.

Until extraction is complete, the facts are the gold files' own entries, located in the seed
text by their quotes (this module's helpers, also used by the corpus tests). The bar: every
inconsistency a gold file lists is found (same kind, same quote), with at most one finding
more per document.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from baocao.audit import audit_facts
from baocao.model import (
    Coverage,
    CriteriaCount,
    Fact,
    Finding,
    Funding,
    Level,
    Percentage,
    Place,
    Report,
    Verdict,
)

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
SEED_NAMES = sorted(p.stem for p in SEEDS.glob("*.txt")) if SEEDS.is_dir() else []

needs_seeds = pytest.mark.skipif(not SEED_NAMES, reason=f"no seed reports in {SEEDS}")


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def locate(text: str, quote: str, occurrence: int = 1) -> tuple[int, int, str]:
    """``(start, end, quote as in text)`` of the ``occurrence``-th copy of ``quote``; spaces
    in the quote match any run of whitespace (gold quotes fold line breaks)."""
    words = [re.escape(w) for w in _nfc(quote).split()]
    pattern = re.compile(r"\s+".join(words))
    matches = list(pattern.finditer(text))
    if len(matches) < occurrence:
        raise LookupError(f"quote not in text: {quote!r}")
    m = matches[occurrence - 1]
    return m.start(), m.end(), m.group(0)


def gold_report(gold: dict[str, Any]) -> Report:
    meta = gold["meta"]
    level = Level(meta["level"]) if meta.get("level") in set(Level) else None
    unit = Place(
        written=f"{meta.get('unit_type') or ''} {meta['unit']}".strip(),
        prefix=meta.get("unit_type"),
        name=meta["unit"],
        level=level,
        province=meta.get("province"),
    )
    province = (
        Place(
            written=f"tỉnh {meta['province']}",
            prefix="tỉnh",
            name=meta["province"],
            level=Level.PROVINCE,
        )
        if meta.get("province")
        else None
    )
    return Report(unit=unit, province=province, period=meta.get("period"))


_FIELDS = {
    "verdicts": (Verdict, ("subject", "criterion", "met")),
    "criteria_counts": (CriteriaCount, ("subject", "met", "of", "what", "unmet")),
    "coverage": (
        Coverage,
        ("region", "criterion", "units_met", "units_total", "percent_stated", "unit_kind"),
    ),
    "funding": (
        Funding,
        (
            "region",
            "source",
            "flow",
            "amount_vnd",
            "unit_written",
            "percent_stated",
            "of_vnd",
            "purpose",
            "criterion",
            "approx",
        ),
    ),
    "percentages": (
        Percentage,
        ("subject", "label", "criterion", "value", "value_max", "threshold", "unit", "approx"),
    ),
}


def gold_fact(section: str, entry: dict[str, Any], text: str, document: str) -> Fact:
    cls, names = _FIELDS[section]
    start, end, quote = locate(text, entry["quote"], entry.get("occurrence", 1))
    fields = {n: entry[n] for n in names if n in entry}
    return cls(
        document=document,
        document_sha256=document,
        page=None,
        start=start,
        end=end,
        quote=quote,
        period=entry.get("period"),
        scheme=entry.get("scheme") or "NTM",
        target=bool(entry.get("target", False)),
        **fields,
    )


def gold_facts(gold: dict[str, Any], text: str, document: str) -> list[tuple[int, Fact]]:
    """The gold file's entries as model facts, numbered 1, 2, … in file order."""
    facts = [
        gold_fact(section, entry, text, document)
        for section in _FIELDS
        for entry in gold.get(section, [])
    ]
    return list(enumerate(facts, start=1))


def load_seed(name: str) -> tuple[str, dict[str, Any]]:
    text = _nfc((SEEDS / f"{name}.txt").read_text(encoding="utf-8"))
    gold = json.loads((SEEDS / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    return text, gold


def matches(found: Finding, expected: dict[str, Any], text: str) -> bool:
    """Same kind, and the finding's quote and the expected quote overlap in the text."""
    if found.kind != expected["kind"]:
        return False
    start, end, _ = locate(text, expected["quote"])
    return found.start is not None and found.start < end and start < (found.end or 0)


def audit_gold(name: str) -> tuple[list[Finding], dict[str, Any], str]:
    text, gold = load_seed(name)
    facts = gold_facts(gold, text, name)
    return audit_facts(facts, report=gold_report(gold), text=text), gold, text


@needs_seeds
@pytest.mark.parametrize("name", SEED_NAMES)
def test_gold_facts_slice_back_to_their_quotes(name: str) -> None:
    text, gold = load_seed(name)
    for _, fact in gold_facts(gold, text, name):
        assert text[fact.start : fact.end] == fact.quote


@needs_seeds
@pytest.mark.parametrize("name", SEED_NAMES)
def test_every_gold_inconsistency_is_found(name: str) -> None:
    findings, gold, text = audit_gold(name)
    for expected in gold["inconsistencies"]:
        assert any(matches(f, expected, text) for f in findings), (
            f"missed {expected['kind']}: {expected['quote']!r}; found {findings}"
        )


@needs_seeds
@pytest.mark.parametrize("name", SEED_NAMES)
def test_at_most_one_finding_beyond_gold(name: str) -> None:
    findings, gold, text = audit_gold(name)
    extra = [f for f in findings if not any(matches(f, e, text) for e in gold["inconsistencies"])]
    assert len(extra) <= 1, extra
