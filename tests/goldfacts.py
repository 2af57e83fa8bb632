"""Gold files' entries as model facts: what the auditor's tests audit when the facts must be
exactly the gold's (the extractor's own facts are tested against the same files in
test_audit_extracted). Entries are located in the report text by their quotes.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

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
from baocao.vocab.numbers import NUMBER_PATTERN, NumberFormatError, decimals_written, parse_number


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def locate(text: str, quote: str, occurrence: int = 1) -> tuple[int, int, str]:
    """``(start, end, quote as in text)`` of the ``occurrence``-th copy of ``quote``; spaces
    in the quote match any run of whitespace (gold quotes fold line breaks)."""
    words = [re.escape(w) for w in nfc(quote).split()]
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


_NUMBER = re.compile(rf"({NUMBER_PATTERN})\s*(%?)")


def decimals_in(quote: str, value: float) -> int | None:
    """The decimals ``value`` is written with in ``quote`` ("chiếm 7,90%" → 2), as the
    extractor records them; a number followed by "%" first. None when the quote does not show
    it (a table row may put the "%" in its header: then any number of that value)."""
    found = []
    for m in _NUMBER.finditer(quote):
        try:
            if abs(float(parse_number(m.group(1))) - value) < 1e-9:
                found.append((not m.group(2), decimals_written(m.group(1))))
        except NumberFormatError:
            continue
    return min(found)[1] if found else None


def gold_fact(section: str, entry: dict[str, Any], text: str, document: str) -> Fact:
    cls, names = _FIELDS[section]
    start, end, quote = locate(text, entry["quote"], entry.get("occurrence", 1))
    fields = {n: entry[n] for n in names if n in entry}
    if entry.get("percent_stated") is not None:
        fields["percent_decimals"] = decimals_in(quote, entry["percent_stated"])
    if section == "percentages":
        fields["value_decimals"] = decimals_in(quote, entry["value"])
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


def matches(found: Finding, expected: dict[str, Any], text: str) -> bool:
    """Same kind, and the finding's quote and the expected quote overlap in the text."""
    if found.kind != expected["kind"]:
        return False
    start, end, _ = locate(text, expected["quote"])
    return found.start is not None and found.start < end and start < (found.end or 0)
