"""The auditor over the project corpus (corpus/txt + corpus/gold), whose gold files list the
inconsistencies planted in its reports: every planted one is found, by kind and quote, and
nothing is flagged that the gold does not list (the corpus reports are otherwise consistent).

Facts are the gold files' own entries (see test_audit_seeds); cross_document findings come
from auditing all corpus reports together.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest
from goldfacts import gold_facts, gold_report, matches, nfc
from paths import CORPUS

from baocao.audit import audit_across, audit_facts
from baocao.model import Fact, Finding, Report

NAMES = sorted(p.stem for p in (CORPUS / "gold").glob("*.json"))

pytestmark = pytest.mark.skipif(not NAMES, reason=f"no corpus gold files in {CORPUS}/gold")


@cache
def corpus() -> dict[str, tuple[dict[str, Any], str, Report, list[tuple[int, Fact]]]]:
    out = {}
    for n, name in enumerate(NAMES):
        gold = json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        text = nfc((CORPUS / "txt" / f"{name}.txt").read_text(encoding="utf-8"))
        # Ids unique across documents, as store ids are.
        facts = [(n * 10_000 + i, f) for i, f in gold_facts(gold, text, name)]
        out[name] = (gold, text, gold_report(gold), facts)
    return out


@cache
def findings_of(name: str) -> list[Finding]:
    docs = corpus()
    across = audit_across([(report, facts) for _, _, report, facts in docs.values()])
    _, text, report, facts = docs[name]
    own = audit_facts(facts, report=report, text=text)
    return own + [f for f in across if f.document == name]


@pytest.mark.parametrize("name", NAMES)
def test_every_planted_inconsistency_is_found(name: str) -> None:
    gold, text, _, _ = corpus()[name]
    found = findings_of(name)
    for expected in gold["inconsistencies"]:
        assert any(matches(f, expected, text) for f in found), (
            f"missed {expected['kind']}: {expected['quote']!r}"
        )


@pytest.mark.parametrize("name", NAMES)
def test_nothing_else_is_flagged(name: str) -> None:
    gold, text, _, _ = corpus()[name]
    extra = [
        f
        for f in findings_of(name)
        if not any(matches(f, e, text) for e in gold["inconsistencies"])
    ]
    assert extra == []
