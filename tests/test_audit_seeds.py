"""The auditor against the real reports in ../shared/seeds and their gold files.

Until extraction is complete, the facts are the gold files' own entries, located in the seed
text by their quotes (tests/goldfacts.py, also used by the corpus tests). The bar: every
inconsistency a gold file lists is found (same kind, same quote), with at most one finding
more per document.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from goldfacts import gold_facts, gold_report, matches, nfc
from paths import SEEDS, seed_files

from baocao.audit import audit_facts
from baocao.model import Finding

SEED_NAMES = [p.stem for p in seed_files()]

needs_seeds = pytest.mark.skipif(not SEED_NAMES, reason=f"no seed reports in {SEEDS}")


def load_seed(name: str) -> tuple[str, dict[str, Any]]:
    text = nfc((SEEDS / f"{name}.txt").read_text(encoding="utf-8"))
    gold = json.loads((SEEDS / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    return text, gold


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
