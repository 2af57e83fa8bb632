"""sum_mismatch: a count of communes against the districts it is then ranked by.

"Tỉnh có 40 xã đạt chuẩn kiểu mẫu, thuộc 6 huyện. Nhiều nhất là huyện A với 12 xã; tiếp đến
huyện B 10 xã; C, D mỗi huyện có 5 xã; E, F mỗi huyện có 3 xã": the whole states how many
districts its communes lie in, and the districts then named one by one, each with its own
count (a coverage fact of each, read by the extractor), share those communes out. Six districts
named for six stated: their communes must make the whole (here 38, not 40). Fewer districts
named than stated, in a ranking (counts never rising): each district left out holds at least
one commune and no more than the last one named, so the whole lies between the named sum plus
one a district left out and the named sum plus the last count for each (15 districts stated,
14 named down to 1 xã, 42 named: the whole is 43, not 45). More communes named than the whole
are never right.

The whole is a count of communes of a province-level place with no N of its own; its parts are
the coverage facts that follow it of district-level places, of its scheme, criterion, goal and
year, up to the next coverage of any other level (the list has ended). The number of districts
is read from the text between the whole and its first part ("thuộc 15 huyện, thị xã", "phân
bổ 11 huyện"), in a sentence that writes the whole's count again (so it is that whole's). With
no number of districts stated, nothing is checked: a list may name some districts only.

Villages are ranked the same way ("toàn tỉnh có 22 thôn kiểu mẫu. Trong đó, huyện A có 5
thôn; B, C mỗi đơn vị có 3 thôn …"): the parts count what the whole counts. And one district
named twice in one sentence of its ranking with two counts ("A, B, C mỗi đơn vị có 3 thôn và
B có 2 thôn") is a ``count_mismatch``: a ranking gives each district one count, so one of the
two is wrong (often another district's name typed again), whatever the sum.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from baocao.audit.common import IdFact, end_year, level_of, place_identity, text_finding
from baocao.model import Coverage, Finding, Level, Report, Severity

KIND = "sum_mismatch"

#: How far after its whole a ranking's first district may be named.
REACH = 1200
#: The number of district-level places a whole's communes lie in: "thuộc 15 huyện, thị xã",
#: "phân bổ 11 huyện, thành", "ở 6 huyện", "trên địa bàn 9 huyện".
_DISTRICTS_OF_WHOLE = re.compile(
    r"(?i:thuộc|phân\s+bổ(?:\s+(?:ở|tại|trên))?|ở|tại|trên\s+địa\s+bàn|của)\s+(?:(?i:các|cả)\s+)?(?P<m>\d{1,2})\s+"
    r"(?i:huyện|đơn\s+vị\s+cấp\s+huyện|địa\s+phương)(?![^\W\d_])"
)
_COMMUNE_LEVEL = re.compile(r"(?i:đơn\s+vị\s+(?:hành\s+chính\s+)?cấp\s+xã)")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _communes(fact: Coverage) -> bool:
    """Whether the fact counts communes: "xã", or "đơn vị cấp xã" (commune-level units)."""
    kind = (fact.unit_kind or "xã").strip().lower()
    return kind == "xã" or (kind == "đơn vị" and _COMMUNE_LEVEL.search(fact.quote) is not None)


#: Villages a ranking may count district by district, as it counts communes.
_VILLAGES = frozenset({"thôn", "bản", "ấp", "xóm"})


def _counted(fact: Coverage) -> str | None:
    """What a whole or its parts count: "xã" (communes, :func:`_communes`), a kind of
    village, or None (other things: no ranking of them is checked)."""
    if _communes(fact):
        return "xã"
    kind = (fact.unit_kind or "").strip().lower()
    return kind if kind in _VILLAGES else None


def _key(fact: Coverage, report: Report | None) -> tuple[object, ...]:
    return (
        (fact.scheme or "NTM").lower(),
        fact.criterion,
        fact.target,
        end_year(fact.period or (report.period if report else None)),
    )


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The sentence holding ``at``."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    end = _SENTENCE_END.search(text, at)
    return start, end.start() if end else len(text)


def _districts_stated(text: str, whole: Coverage, first: Coverage) -> tuple[int, int] | None:
    """The number of districts the whole's communes lie in, as the text states it between
    the whole and its first part, and where that sentence starts; None when not stated."""
    assert whole.start is not None and first.start is not None
    said = None
    for m in _DISTRICTS_OF_WHOLE.finditer(text, whole.start, first.start):
        s, e = _sentence(text, m.start())
        if re.search(rf"(?<![\d.,]){whole.units_met}(?![\d.,])", text[s:e]):
            said = (int(m.group("m")), s)
    return said


def _parts(
    facts: Sequence[IdFact], at: int, whole: Coverage, report: Report | None
) -> list[tuple[int, Coverage]]:
    """The district-level coverage facts that follow the whole ``at`` in text order, of its
    kind, up to the next coverage of another level."""
    ordered = sorted(
        (
            (fid, f)
            for fid, f in facts
            if isinstance(f, Coverage) and f.start is not None and whole.end is not None
            if f.start >= whole.end
        ),
        key=lambda item: item[1].start or 0,
    )
    parts: list[tuple[int, Coverage]] = []
    for fid, fact in ordered:
        level = level_of(fact.region, fact.region_code, report)
        if level is not Level.DISTRICT or _counted(fact) != _counted(whole):
            break
        if _key(fact, report) != _key(whole, report):
            break
        parts.append((fid, fact))
    return parts


def _mismatch(counts: Sequence[int], whole: int, stated: int) -> str | None:
    """Why the districts' ``counts`` cannot share out ``whole`` communes among ``stated``
    districts; None when they can."""
    named, total = len(counts), sum(counts)
    if total > whole:
        return f"{total} xã named, more than the {whole} xã they share out"
    if named == stated:
        return None if total == whole else f"all {stated} districts named hold {total} xã"
    if named > stated or any(b > a for a, b in zip(counts, counts[1:], strict=False)):
        return None  # not a ranking: the districts left out may hold any number
    left = stated - named
    low, high = total + left, total + left * counts[-1]
    if low <= whole <= high:
        return None
    return (
        f"{named} of {stated} districts named hold {total} xã; the {left} left out hold "
        f"1 to {counts[-1]} xã each (the ranking's last), so {low} to {high} in all"
    )


def rankings_against_their_whole(
    facts: Sequence[IdFact], text: str | None, report: Report | None = None
) -> list[Finding]:
    if not text:
        return []
    findings: list[Finding] = []
    for at, (wid, whole) in enumerate(facts):
        if not isinstance(whole, Coverage) or whole.start is None or whole.end is None:
            continue
        if whole.units_total is not None or _counted(whole) is None:
            continue
        if level_of(whole.region, whole.region_code, report) is not Level.PROVINCE:
            continue
        parts = _parts(facts, at, whole, report)
        if parts and parts[0][1].start is not None and parts[0][1].start - whole.end <= REACH:
            findings += _named_twice(text, whole, wid, parts, facts)
        regions = [place_identity(f.region, f.region_code) for _, f in parts]
        if len(parts) < 3 or len(set(regions)) != len(regions):
            continue
        first = parts[0][1]
        assert first.start is not None
        if first.start - whole.end > REACH:
            continue
        stated = _districts_stated(text, whole, first)
        if stated is None:
            continue
        why = _mismatch([f.units_met for _, f in parts], whole.units_met, stated[0])
        if why is None:
            continue
        last = parts[-1][1]
        assert last.end is not None
        explain = f"communes of {whole.region} by district: {why}, not {whole.units_met}"
        span = (stated[1], max(last.end, first.start))
        ids = [wid, *(fid for fid, _ in parts)]
        findings.append(text_finding(KIND, Severity.HIGH, explain, text, span, facts, ids))
    return findings


def _one_sentence(text: str, a: Coverage, b: Coverage) -> bool:
    """Whether two parts stand in one sentence ("." or a line's end between them ends it)."""
    assert a.start is not None and b.start is not None
    lo, hi = sorted((a.start, b.start))
    return _SENTENCE_END.search(text, lo, hi) is None


def _named_twice(
    text: str,
    whole: Coverage,
    wid: int,
    parts: Sequence[tuple[int, Coverage]],
    facts: Sequence[IdFact],
) -> list[Finding]:
    """A district of a ranking named twice in one sentence with two counts (module docstring)."""
    findings: list[Finding] = []
    seen: dict[str, tuple[int, Coverage]] = {}
    for fid, part in parts:
        place = place_identity(part.region, part.region_code)
        if place not in seen:
            seen[place] = (fid, part)
            continue
        first_id, first = seen[place]
        if first.units_met == part.units_met or not _one_sentence(text, first, part):
            continue
        assert first.start is not None and part.end is not None
        unit = _counted(whole) or "xã"
        explain = (
            f"{part.region} is given {first.units_met} {unit} and {part.units_met} {unit} in one "
            f"ranking of the {whole.units_met} {unit} of {whole.region}"
        )
        span = (min(first.start, part.start or first.start), max(first.end or 0, part.end))
        ids = [first_id, fid, wid]
        findings.append(
            text_finding("count_mismatch", Severity.HIGH, explain, text, span, facts, ids)
        )
    return findings
