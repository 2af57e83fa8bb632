"""count_mismatch: a count of communes added against the totals before and after.

Reports count progress as an increment and the total it brings ("năm 2022 có thêm 12 xã đạt
chuẩn, nâng tổng số xã đạt chuẩn lên 45 xã") after stating the total of the year before
("năm 2021 có 30 xã đạt chuẩn"). The total before plus what was added must be the total
after. Compared only when each is stated once: one increment, written with "thêm" before it
and the total it brings in its own statement, of a whole year; one total of the year just
before, of the same unit, scheme and kind of places (no criterion, no goal), itself no
increment. Anything missing or stated twice with two values: no finding.

The same holds of a total written with its growth over a year named ("45 xã đạt chuẩn, tăng
12 xã so với năm 2021"): the total of that year, stated once, plus the growth must be it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from baocao.audit.common import (
    IdFact,
    Where,
    finding,
    fold_name,
    period_of,
    period_span,
    place_identity,
    scheme_key,
)
from baocao.model import Coverage, Finding, Report, Severity

KIND = "count_mismatch"

#: How far before a count the word that makes it an increment ("thêm") may be written.
CUE_REACH = 25

_ADDED = re.compile(r"(?i:thêm|tăng\s+thêm|tăng)\s*$")
_NOT_A_TOTAL = re.compile(r"(?i:thêm|tăng|mới\s+được|mới\s+có)(?![^\W\d_])")
_BROUGHT = re.compile(
    r"(?i:nâng|đưa)\s+(?:(?i:tổng\s+số)[^.;\d\n]{0,50}?\s)?(?i:lên)\s+(?:(?i:thành)\s+)?"
    r"(?P<n>\d{1,4})(?:/\d{1,4})?\s+(?i:xã)(?![^\W\d_])"
)

# "tăng 12 xã so với năm 2021", "tăng thêm 3 xã so với cuối năm 2020"
_GROWTH = re.compile(
    r"(?i:tăng)\s+(?:(?i:thêm)\s+)?(?P<k>\d{1,4})\s+(?i:xã)\s+(?i:so\s+với)\s+"
    r"(?:(?i:cuối|hết)\s+)?(?:(?i:năm)\s+)?(?P<y>(?:19|20)\d\d)(?!\d)"
)


def _year(period: str | None) -> int | None:
    span = period_span(period)
    return span[0] if span is not None and span[0] == span[1] else None


def _key(fact: Coverage) -> tuple[str, str, str]:
    return (
        place_identity(fact.region, fact.region_code),
        scheme_key(fact.scheme),
        fold_name(fact.unit_kind or "xã"),
    )


def _plain(fact: Coverage) -> bool:
    return not fact.target and fact.criterion is None and fold_name(fact.unit_kind or "xã") == "xã"


def check_increments(
    facts: Sequence[IdFact], *, text: str | None = None, report: Report | None = None
) -> list[Finding]:
    """Each "thêm K xã …, nâng tổng số lên T xã" against the total of the year before, and
    each "T xã …, tăng K xã so với năm Y" against the total of year Y."""
    if text is None:
        return []
    increments = []
    grown = []
    totals: dict[tuple[tuple[str, str, str], int], list[tuple[int, Coverage]]] = {}
    for fid, fact in facts:
        if not isinstance(fact, Coverage) or not _plain(fact) or fact.start is None:
            continue
        if text[fact.start : fact.end] != fact.quote:
            continue
        year = _year(period_of(fact, report))
        if year is None:
            continue
        before = text[max(0, fact.start - CUE_REACH) : fact.start]
        if _ADDED.search(before):
            brought = _BROUGHT.search(fact.quote)
            if brought is not None and brought.start() > 0:
                increments.append((fid, fact, year, int(brought.group("n"))))
            continue
        if _NOT_A_TOTAL.search(before) or _BROUGHT.search(fact.quote):
            continue
        growth = _GROWTH.search(fact.quote)
        if growth is not None:
            grown.append((fid, fact, year, int(growth.group("k")), int(growth.group("y"))))
        totals.setdefault((_key(fact), year), []).append((fid, fact))
    findings = []
    for fid, fact, year, after in increments:
        earlier = totals.get((_key(fact), year - 1), [])
        if len({f.units_met for _, f in earlier}) != 1:
            continue
        pid, prior = earlier[0]
        if prior.units_met + fact.units_met == after or prior.units_met >= after:
            continue
        explain = (
            f"{prior.units_met} xã in {year - 1} ({prior.quote!r}) + {fact.units_met} added "
            f"in {year} = {prior.units_met + fact.units_met} xã, stated {after} xã"
        )
        findings.append(finding(KIND, Severity.MEDIUM, explain, Where(fid, fact), [fid, pid]))
    for fid, fact, year, added, then in grown:
        earlier = totals.get((_key(fact), then), [])
        if then >= year or len({f.units_met for _, f in earlier}) != 1:
            continue
        pid, prior = earlier[0]
        if prior.units_met + added == fact.units_met:
            continue
        explain = (
            f"{prior.units_met} xã in {then} ({prior.quote!r}) + {added} = "
            f"{prior.units_met + added} xã, stated {fact.units_met} xã in {year}"
        )
        findings.append(finding(KIND, Severity.MEDIUM, explain, Where(fid, fact), [fid, pid]))
    return findings
