"""sum_mismatch: a money average per commune against the total it is the average of.

Reports give a total with its average per commune in one sentence ("tổng kinh phí hỗ trợ 20
xã là 80 tỷ đồng, bình quân 4 tỷ đồng/xã", "tổng vốn năm 2022 là 120 tỷ đồng, bình quân mỗi
xã 6 tỷ đồng"). N communes of that average make the total: the average times N must be the
total, within the rounding both were written with. N is the communes the total's own
statement counts ("hỗ trợ 20 xã"), else the unit's number of communes the text states
(:mod:`baocao.audit.wholes`), each only when one number is given. The average must be
written right after its total, in its sentence, with "bình quân" or "trung bình"; an
approximation, a range or a goal is not weighed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from baocao.audit.amounts import amount_tolerance, in_unit, unit_factor
from baocao.audit.common import IdFact, Where, finding, place_identity, vn
from baocao.audit.percents import consistent
from baocao.audit.wholes import stated_wholes, whose
from baocao.model import Finding, Funding, Percentage, Report, Severity

KIND = "sum_mismatch"

#: How far after its total an average may be written (in one sentence).
AVERAGE_REACH = 60

_PER_COMMUNE = re.compile(r"^\s*(?P<unit>[^/\d]+?)\s*/\s*(?i:xã)\s*$")
_MEAN = re.compile(r"(?i:bình\s+quân|trung\s+bình)(?![^\W\d_])")
_SOME = re.compile(r"(?i:mỗi\s+thôn|/\s*thôn|/\s*hộ|mỗi\s+hộ|/\s*người)")
_COMMUNES = re.compile(r"(?<![\d.,/])(?P<n>\d{1,3})\s+(?i:xã)(?![^\W\d_])(?!\s*/)")


def _per_commune(fact: Percentage) -> int | None:
    """The đồng per unit of an average per commune ("tỷ đồng/xã" → 10^9), else None."""
    m = _PER_COMMUNE.match(fact.unit or "")
    if m is None:
        label = fact.label or ""
        if not re.search(r"(?i:mỗi|một)\s+(?i:xã)\s*$", label):
            return None
        return unit_factor(fact.unit)
    return unit_factor(m.group("unit"))


def _total_before(
    fact: Percentage, facts: Sequence[IdFact], text: str
) -> tuple[int, Funding] | None:
    assert fact.start is not None
    near = [
        (fid, f)
        for fid, f in facts
        if isinstance(f, Funding) and f.end is not None and f.end <= fact.start
        if fact.start - f.end <= AVERAGE_REACH
        and not re.search(r"[.;\n]", text[f.end : fact.start])
    ]
    if not near:
        return None
    fid, total = max(near, key=lambda x: x[1].end or 0)
    if not _MEAN.search(text[total.end : fact.start]) or _SOME.search(text[total.end : fact.end]):
        return None
    if total.approx or total.amount_max_vnd is not None or total.target or total.amount_vnd <= 0:
        return None
    if place_identity(total.region, total.region_code) != place_identity(
        fact.subject, fact.subject_code
    ):
        return None
    return fid, total


def _communes(total: Funding, text: str, report: Report | None) -> tuple[int, str] | None:
    """How many communes the average is over, and where that is said."""
    counted = {int(m.group("n")) for m in _COMMUNES.finditer(total.quote)}
    if len(counted) == 1:
        (n,) = counted
        return n, repr(total.quote)
    if counted:
        return None
    name = place_identity(total.region)
    wholes = [w for w in stated_wholes(text) if w.unit == "xã" and whose(w, text, report) == name]
    if len({w.count for w in wholes}) != 1:
        return None
    return wholes[0].count, repr(wholes[0].quote)


def check_averages(
    facts: Sequence[IdFact], *, text: str | None = None, report: Report | None = None
) -> list[Finding]:
    """Each money average per commune against its total over the communes it is of."""
    if text is None:
        return []
    findings = []
    for fid, fact in facts:
        if not isinstance(fact, Percentage) or fact.start is None or fact.end is None:
            continue
        if fact.target or fact.approx or fact.value_max is not None or fact.value <= 0:
            continue
        if text[fact.start : fact.end] != fact.quote:
            continue
        factor = _per_commune(fact)
        if factor is None:
            continue
        found = _total_before(fact, facts, text)
        if found is None:
            continue
        tid, total = found
        communes = _communes(total, text, report)
        if communes is None:
            continue
        n, where = communes
        tolerance = amount_tolerance(total)
        low = (total.amount_vnd - tolerance) / n / factor
        high = (total.amount_vnd + tolerance) / n / factor
        decimals = fact.value_decimals if fact.value_decimals is not None else 0
        if consistent(fact.value, low, high, decimals):
            continue
        unit = fact.unit.split("/")[0].strip()
        explain = (
            f"{in_unit(total.amount_vnd, total.unit_written)} {total.unit_written or 'đồng'} "
            f"/ {n} xã = {vn(total.amount_vnd / n / factor, max(decimals, 2))} {unit}/xã, "
            f"stated {vn(fact.value, decimals)} (the communes: {where})"
        )
        findings.append(finding(KIND, Severity.MEDIUM, explain, Where(fid, fact), [fid, tid]))
    return findings
