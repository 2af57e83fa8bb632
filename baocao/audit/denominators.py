"""denominator_mismatch: K/N statements whose N is not the unit's number of such places.

A district with 6 rural communes says "6/6 xã đạt …" throughout; a "5/6" is fine, a "6/7" is
not. For each place, kind of counted unit and period, the reference N is (in this order) the
official count the caller supplies for the place's code, else the N most statements give when
at least two agree and no other N is as common. Statements with another N are flagged.
Only administrative units (xã, thôn, …) are compared: things counted in them (trường, nhà văn
hóa) come in sub-kinds ("trường công lập") with their own totals.

Also flagged: K > N ("7/6 xã").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from baocao.audit.common import IdFact, Where, finding, fold_name, period_of, place_identity
from baocao.model import Coverage, Finding, Report, Severity
from baocao.vocab.former import is_former
from baocao.vocab.gazetteer import MAP_2025, denominator, map_of
from baocao.vocab.wholes import whole_opening

KIND = "denominator_mismatch"

# Counted-unit words as written → the administrative kind they count. A coverage fact with no
# unit_kind counts communes (the common case in NTM reports: "55/115 đạt tiêu chí số 2").
_PLACE_KINDS = {
    "xã": "xã",
    "commune": "xã",
    "thôn": "thôn",
    "bản": "thôn",
    "ấp": "thôn",
    "xóm": "thôn",
    "thôn, bản": "thôn",
    "thôn, xóm": "thôn",
    "thôn, bản, tổ dân phố": "thôn",
    "village": "thôn",
    "huyện": "huyện",
    "district": "huyện",
}


def counted_kind(unit_kind: str | None) -> str | None:
    """The administrative kind a coverage counts, None for things that are not places."""
    if unit_kind is None:
        return "xã"
    return _PLACE_KINDS.get(fold_name(unit_kind))


def impossible_coverage(facts: Sequence[IdFact]) -> list[Finding]:
    findings = []
    for fid, fact in facts:
        if (
            isinstance(fact, Coverage)
            and fact.units_total is not None
            and fact.units_met > fact.units_total
        ):
            unit = fact.unit_kind or "units"
            explain = f"{fact.units_met}/{fact.units_total} {unit}: more units than there are"
            findings.append(finding(KIND, Severity.HIGH, explain, Where(fid, fact), [fid]))
    return findings


Reference = tuple[int, list[int], str]  # N, the ids of the facts giving it, how it is known


def _majority(statements: list[tuple[int, Coverage]]) -> Reference | None:
    """The N at least two statements give and no other N gives as often."""
    votes = Counter(f.units_total for _, f in statements)
    (top, n), *rest = votes.most_common()
    if n < 2 or (rest and rest[0][1] == n) or top is None:
        return None
    ids = [fid for fid, f in statements if f.units_total == top]
    return top, ids, f"{n} statements give {top}"


def _whole_standard(statements: list[tuple[int, Coverage]]) -> Reference | None:
    """The one N of the statements about the standard as a whole ("Tổng số xã: 6 xã … 6 xã
    đạt chuẩn"): the unit's own count of its places."""
    whole = [(fid, f) for fid, f in statements if f.criterion is None]
    totals = {f.units_total for _, f in whole}
    if len(totals) != 1:
        return None
    (top,) = totals
    if top is None:
        return None
    ids = [fid for fid, _ in whole]
    return top, ids, f"the whole-standard count gives {top}"


def _differing(
    key: tuple[str, str, str],
    statements: Sequence[tuple[int, Coverage]],
    reference: int,
    ref_ids: list[int],
    said: str,
    severity: Severity,
) -> list[Finding]:
    """A finding for each statement whose N is not ``reference``."""
    out = []
    for fid, fact in statements:
        if fact.units_total == reference:
            continue
        if fact.scheme != "NTM" and fact.units_total is not None and fact.units_total < reference:
            # "8/39 xã … nông thôn mới nâng cao" beside "39/51 xã đạt chuẩn": an advanced or
            # model standard is often counted among the communes that met the first one
            continue
        explain = (
            f"{fact.units_met}/{fact.units_total} {key[1]} of {fact.region}: "
            f"{said} {key[1]}, here {fact.units_total}"
        )
        out.append(finding(KIND, severity, explain, Where(fid, fact), [fid, *ref_ids]))
    return out


#: A part of a whole its sentence opens with and describes ("Trong số 6 xã đăng ký về đích
#: …, có 4 xã …", "Đối với 5 xã có kế hoạch …"): N counts some of the place's units, not all;
#: a whole of the place itself is written "Trong tổng số 9 xã của huyện …".
_DESCRIBED_WHOLE = re.compile(r"\W*" + whole_opening() + r"\s+(?P<next>[^\W\d_]+)")
_OF_THE_PLACE = {"của", "thuộc", "trên", "toàn", "trong", "ở", "tại"}


def of_described_whole(quote: str) -> bool:
    m = _DESCRIBED_WHOLE.match(quote)
    return m is not None and m.group("next").casefold() not in _OF_THE_PLACE


def _against_the_new_map(
    key: tuple[str, str, str],
    code: str | None,
    statements: Sequence[tuple[int, Coverage]],
    report: Report | None,
) -> list[Finding]:
    """A province's "K/N xã" stated on the map in force since 1 July 2025 (its period on that
    map: 2026 on, 2025-H2; the report's date when it has no period): N is its number of xã on
    that map, or of all its communes with the wards and special zones ("xã, phường"). The map
    is a fresh snapshot no merger has moved since, so another N is flagged ("45/150 xã" for
    Lâm Đồng, 103 xã, 124 communes). A former unit ("tỉnh Long An (cũ)") is counted on the
    old map, not here; a goal's N may be of a plan and is not checked."""
    if code is None or key[1] != "xã" or is_former(statements[0][1].region):
        return []
    # (a statement of 2025 whose half is not known may be of June: "Đến tháng 6/2025, … 169/169
    # xã" in a report of September; only a date with no period of the statement falls back on
    # the report's date)
    on = map_of(key[2]) if key[2] else (map_of(report.date) if report is not None else None)
    if on != MAP_2025:
        return []
    total = denominator(code, map=MAP_2025)
    if total is None or total.level != "province":
        return []
    allowed = {total.xa, total.communes}
    said = (
        f"on the map in force since 1 July 2025 {total.region_name} has {total.xa} xã "
        f"({total.communes} communes with its wards and special zones)"
    )
    out = []
    for fid, fact in statements:
        if fact.units_total is None or fact.units_total in allowed:
            continue
        if fact.scheme != "NTM" and fact.units_total < total.xa:
            continue  # an advanced standard counted among the communes that met the first
        explain = f"{fact.units_met}/{fact.units_total} xã of {fact.region}: {said}"
        out.append(finding(KIND, Severity.MEDIUM, explain, Where(fid, fact), [fid]))
    return out


def check_denominators(
    facts: Sequence[IdFact],
    *,
    report: Report | None = None,
    official_counts: Mapping[str, int] | None = None,
) -> list[Finding]:
    findings = impossible_coverage(facts)
    groups: dict[tuple[str, str, str], list[tuple[int, Coverage]]] = defaultdict(list)
    codes: dict[tuple[str, str, str], str] = {}
    for fid, fact in facts:
        if not isinstance(fact, Coverage) or fact.units_total is None or fact.target:
            continue
        kind = counted_kind(fact.unit_kind)
        if kind is None or of_described_whole(fact.quote):
            continue
        key = (place_identity(fact.region, fact.region_code), kind, period_of(fact, report) or "")
        groups[key].append((fid, fact))
        if fact.region_code:
            codes[key] = fact.region_code
    for key, statements in groups.items():
        findings += _against_the_new_map(key, codes.get(key), statements, report)
        stated = _majority(statements) or _whole_standard(statements)
        if stated is not None:
            reference, ref_ids, said = stated
            findings += _differing(key, statements, reference, ref_ids, said, Severity.MEDIUM)
        code = codes.get(key)
        if official_counts is not None and code is not None and key[1] == "xã":
            official = official_counts.get(code)
            if official is not None:
                # Low: boundaries change (mergers), and the map is of one date, not the report's.
                said = f"the official count on the pre-July-2025 map is {official}"
                findings += _differing(key, statements, official, [], said, Severity.LOW)
    return findings
