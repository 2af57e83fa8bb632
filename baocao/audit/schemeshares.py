"""percent_mismatch: the share of a higher standard's communes, against the K/N stated with it.

"Toàn tỉnh có 90/120 xã (75,0%) đạt chuẩn nông thôn mới; 36 xã (40,0%) đạt chuẩn nâng cao và
9 xã (7,5%) đạt chuẩn kiểu mẫu": the shares of the advanced and model communes have no base
written, and a report takes either of two: all the communes (120) or those reaching the
standard they build on (90). 36 is 30,0% of 120 and 40,0% of 90, and 9 is 7,5% of 120: both
right. A share that fits neither ("36 xã (42,0%)": 30,0% or 40,0%) cannot be right as written.

Only a count of the advanced or model standard with its share and no N, of one place, period
and criterion set, checked against the one K/N of communes of the plain standard stated in
the same sentence before it; a share naming its base in words ("chiếm 40% số xã đăng ký") is
left alone (the base may be another set), and so is a goal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from baocao.audit.common import (
    IdFact,
    Where,
    finding,
    percent_text,
    period_of,
    place_identity,
    scheme_key,
    vn,
)
from baocao.audit.percents import consistent, stated_decimals
from baocao.model import Coverage, Finding, Report, Severity

KIND = "percent_mismatch"

_HIGHER = frozenset({"ntm nâng cao", "ntm kiểu mẫu"})
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
#: A base named after the share: "40% số xã …", "40% tổng số …", "40% so với …".
_NAMED_BASE = re.compile(r"%\s*(?:\)\s*)?(?i:số|tổng|so\s+với|trên\s+tổng)(?![^\W\d_])")


def _communes(fact: Coverage) -> bool:
    return (fact.unit_kind or "xã").strip().lower() == "xã" and fact.criterion is None


def _key(fact: Coverage, report: Report | None) -> tuple[str, str | None]:
    return place_identity(fact.region, fact.region_code), period_of(fact, report)


def _same_sentence(text: str, before: Coverage, after: Coverage) -> bool:
    assert before.start is not None and before.end is not None and after.start is not None
    if before.end > after.start:
        return False
    return _SENTENCE_END.search(text, before.start, after.start) is None  # its quote may end one


def shares_of_higher_schemes(
    facts: Sequence[IdFact], text: str | None, report: Report | None = None
) -> list[Finding]:
    if not text:
        return []
    ratios = [
        (fid, f)
        for fid, f in facts
        if isinstance(f, Coverage) and f.units_total and not f.target and _communes(f)
        if scheme_key(f.scheme) == "ntm" and f.start is not None and f.end is not None
    ]
    findings: list[Finding] = []
    for fid, fact in facts:
        if not isinstance(fact, Coverage) or fact.percent_stated is None or fact.target:
            continue
        if fact.units_total is not None or not _communes(fact) or fact.start is None:
            continue
        if scheme_key(fact.scheme) not in _HIGHER or _NAMED_BASE.search(fact.quote):
            continue
        with_it = [
            (rid, r)
            for rid, r in ratios
            if _key(r, report) == _key(fact, report) and r.units_met >= fact.units_met
            if _same_sentence(text, r, fact)
        ]
        if len({(r.units_met, r.units_total) for _, r in with_it}) != 1:
            continue
        rid, ratio = with_it[-1]
        assert ratio.units_total is not None
        decimals = stated_decimals(fact.percent_decimals, fact.percent_stated)
        bases = (ratio.units_total, ratio.units_met)
        values = [fact.units_met / base * 100 for base in bases]
        if any(consistent(fact.percent_stated, v, v, decimals) for v in values):
            continue
        shown = max(decimals, 2)
        explain = (
            f"{vn(fact.units_met)} xã is {percent_text(values[0], shown)} of all "
            f"{vn(bases[0])} xã and {percent_text(values[1], shown)} of the {vn(bases[1])} xã "
            "reaching the standard "
            f"({ratio.quote!r}), stated {percent_text(fact.percent_stated, decimals)}"
        )
        findings.append(finding(KIND, Severity.HIGH, explain, Where(fid, fact), [fid, rid]))
    return findings
