"""What a metamorphic test compares: a text and its rewrite give the same report metadata and
the same facts (kind, key, period, place), each original extracted once per session."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from baocao.evaluate import fact_key, fact_place
from baocao.pipeline import extract_file

Facts = tuple[tuple[object, ...], Counter[tuple[object, ...]]]

#: (name, text) → its metadata and facts
_ORIGINALS: dict[tuple[str, str], Facts] = {}


def facts_of(path: Path) -> Facts:
    """The report's metadata and its facts as (kind, key, period, place), place as written."""
    extraction = extract_file(path)
    report = extraction.report
    meta = (
        report.unit.name if report.unit else None,
        report.province.name if report.province else None,
        report.period,
        report.date,
    )
    facts = Counter(
        (f.kind, fact_key(f), f.period, (fact_place(f) or "").casefold()) for f in extraction.facts
    )
    return meta, facts


def assert_same_facts(tmp: Path, name: str, text: str, rewrite: Callable[[str], str]) -> None:
    new = rewrite(text)
    if new == text:
        return
    for sub in ("a", "b"):
        (tmp / sub).mkdir(exist_ok=True)
    if (name, text) not in _ORIGINALS:
        (tmp / "a" / name).write_text(text, encoding="utf-8")
        _ORIGINALS[name, text] = facts_of(tmp / "a" / name)
    meta, facts = _ORIGINALS[name, text]
    (tmp / "b" / name).write_text(new, encoding="utf-8")
    new_meta, new_facts = facts_of(tmp / "b" / name)
    assert new_meta == meta
    assert facts - new_facts == Counter(), "facts lost"
    assert new_facts - facts == Counter(), "facts gained"
