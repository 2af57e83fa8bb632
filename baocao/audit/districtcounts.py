"""denominator_mismatch: a province's K/N of district-level units against the map.

"7/15 huyện, thành phố đạt chuẩn" said of An Giang, which had 11 district-level units: the N
is not the province's (a wrong province or a wrong number). The gazetteer holds one map of
the district level, as of 30 June 2025, and no history; between 2010 and mid-2025 no province's
number of district-level units moved by more than 3 (Cao Bằng 13 → 10 in 2020, Bình Dương 7 →
9 in 2013, Hồ Chí Minh 24 → 22 in 2021), and a count of "huyện" may leave out the towns and
cities, or the urban districts (Hà Nội: 30 units, 18 with communes, 17 huyện). So N is
accepted from 3 below the province's number of huyện to 3 above its number of all
district-level units (``TOLERANCE``); only a N outside is flagged.

Not checked: a part the sentence describes ("Trong số 9 huyện miền núi, …", "7/9 huyện miền
núi"), a place that is no province of the old map, and a statement of the 34-province map
(from 1 July 2025 there is no district level).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from baocao.audit.common import IdFact, Where, finding, fold_name, period_of
from baocao.audit.denominators import KIND, of_described_whole
from baocao.model import Coverage, Finding, Level, Report, Severity
from baocao.vocab.gazetteer import MAP_2025, MAP_PRE2025, Unit, map_of, units
from baocao.vocab.patterns import cues

#: How far a stated N may lie outside the province's counts on the map (see the docstring).
TOLERANCE = 3

#: Unit kinds that are district-level as written; "đơn vị" / "địa phương" only when the quote
#: says "cấp huyện" ("03 đơn vị cấp huyện đã được công nhận").
_DISTRICT_KINDS = {"huyện", "district", "thị xã", "thành phố", "quận", "đơn vị cấp huyện"}
_GENERIC_KINDS = {"đơn vị", "địa phương", "địa phương cấp huyện"}

_KIND_WORDS = r"(?:huyện|thị\s+xã|thành\s+phố|quận|đơn\s+vị|địa\s+phương)"
#: The unit words of the count, then what follows them: "7/9 huyện miền núi", "4/6 huyện
#: nghèo" count a group of the province's units, not all of them.
_AFTER_UNITS = re.compile(
    rf"\d[\d.]*\s*(?:/\s*\d[\d.]*\s*)?(?i:{_KIND_WORDS}(?:\s*(?:,|/|và)\s*{_KIND_WORDS})*"
    rf"(?:\s+cấp\s+huyện)?)(?P<rest>.*)",
    re.DOTALL,
)
_GROUP_WORDS = r"nghèo|vùng|đồng\s+bằng|ven\s+biển|trọng\s+điểm|khó\s+khăn"


@cache
def _group() -> re.Pattern[str]:
    return re.compile(rf"\s*(?i:{cues().pattern('unit_zone')}|{_GROUP_WORDS})(?![^\W\d_])")


@dataclass(frozen=True)
class _Counts:
    name: str
    all: int  # every district-level unit
    with_xa: int  # those with at least one rural commune (the units NTM counts)
    huyen: int  # of type huyện


@cache
def _province_counts() -> dict[str, _Counts]:
    old = units(MAP_PRE2025)
    districts: dict[str, list[Unit]] = {}
    with_xa: set[str] = set()
    for u in old.values():
        if u.level is Level.DISTRICT and u.until is None:  # a former district: counted then
            districts.setdefault(u.province_code, []).append(u)
        elif u.level is Level.COMMUNE and u.type == "Xã" and u.district_code:
            with_xa.add(u.district_code)
    out = {}
    for code, members in districts.items():
        province = old.get(code)
        out[code] = _Counts(
            name=province.name if province else code,
            all=len(members),
            with_xa=sum(1 for d in members if d.code in with_xa),
            huyen=sum(1 for d in members if d.type == "Huyện"),
        )
    return out


def _district_level(fact: Coverage) -> bool:
    kind = fold_name(fact.unit_kind or "")
    if kind in _DISTRICT_KINDS:
        return True
    return kind in _GENERIC_KINDS and "cấp huyện" in fold_name(fact.quote)


def _of_a_group(quote: str) -> bool:
    """Whether the units counted are a described group ("7/9 huyện miền núi")."""
    m = _AFTER_UNITS.search(quote)
    return m is not None and _group().match(m.group("rest")) is not None


def _new_map(fact: Coverage, report: Report | None) -> bool:
    """Whether the statement is of the 34-province map (dated or about time from July 2025)."""
    when = [report.date if report is not None else None, period_of(fact, report)]
    return any(map_of(w) == MAP_2025 for w in when if w)


def districts_against_the_map(
    facts: Sequence[IdFact], *, report: Report | None = None
) -> list[Finding]:
    findings = []
    for fid, fact in facts:
        if (
            not isinstance(fact, Coverage)
            or fact.units_total is None
            or fact.target
            or not fact.region_code
            or not _district_level(fact)
        ):
            continue
        counts = _province_counts().get(fact.region_code)
        if counts is None or _new_map(fact, report):
            continue
        if of_described_whole(fact.quote) or _of_a_group(fact.quote):
            continue
        low = min(counts.all, counts.with_xa, counts.huyen) - TOLERANCE
        high = counts.all + TOLERANCE
        if low <= fact.units_total <= high:
            continue
        explain = (
            f"{fact.units_met}/{fact.units_total} district-level units of {fact.region}: the "
            f"pre-July-2025 map gives {counts.name} {counts.all} district-level units "
            f"({counts.huyen} huyện), {fact.units_total} is more than {TOLERANCE} away"
        )
        findings.append(finding(KIND, Severity.MEDIUM, explain, Where(fid, fact), [fid]))
    return findings
