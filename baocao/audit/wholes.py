"""Counts of communes against the whole number of them the text states beside them.

A report often states its whole before it counts ("Tổng số xã trên địa bàn là 184 xã
(100%)", "Toàn tỉnh có 123 xã", "Huyện có 18 xã và 1 thị trấn", after the districts a
province is made of, "Tỉnh có 7 huyện, thị xã với 120 xã", or in brackets after the unit,
"huyện Yên Lạc (16 xã, 1 thị trấn)", or all of them with their owner, "tất cả 18 xã của
huyện", "toàn bộ 18 xã trên địa bàn huyện Yên Lạc") and then counts communes
with a share and no base ("138 xã đạt chuẩn, chiếm 78%"), or as K of N ("12/18 xã đạt
chuẩn"). Wholes are no facts (``units_total`` is what a statement itself says, FACTS.md), so
the checks read them from the text around the facts, as the sum check reads amounts the
extractor did not take. (Bands of communes by criteria met, which share such a whole, are
:mod:`baocao.audit.bands`.)

- ``percent_mismatch``: the share of a count with no base (a coverage fact, or a percentage
  written with its count, "45 xã (36,6%)") implies a whole, within the rounding of its
  decimals (:func:`baocao.audit.implied.implied_total`); a whole stated just before it, in
  its line or the line before, outside that range is flagged, with both quotes. A count in
  a list of bands of criteria met is left to :mod:`baocao.audit.bands`, which weighs it
  with the rest of its list.
- ``percent_mismatch``: with no whole stated, a count whose share implies another whole
  than every other count of its list allows (one line per criterion, "… có 184 xã đạt,
  chiếm 100%", "… có 82 xã đạt, chiếm 44,6%", …: of one place, period and kind of unit, at
  least :data:`LIST_AGREEING` others, no blank line or other count between them).
- ``denominator_mismatch``: a K/N of a unit's communes, of the report's present, whose N is
  not the number of its communes the text states ("Huyện có 18 xã" … "12/20 xã đạt
  chuẩn"); and two such numbers of one unit that differ. The whole is the unit's when it
  names it ("Huyện Yên Lạc có 16 xã"), or when it names its level only ("Huyện có 18 xã",
  "Toàn tỉnh có 123 xã") and a place of that level is named before it (the last one), or
  none is and the reporting unit is of that level. When
  several K/N statements agree on another N, the whole is the odd one, flagged once. A
  whole written in a sentence dated otherwise ("Năm 2010, huyện có 22 xã") is not used:
  units merge.
- ``denominator_mismatch``: a count of a unit's communes with no base ("đã có 20 xã đạt
  chuẩn"), of the report's present, above the unit's number of communes: the one whole the
  text states for it, else the one N its K/N statements give ("12/18 xã đạt chuẩn"). No
  count of communes can pass all of them, as no K can pass its N ("7/6 xã"). An approximate
  count ("gần 20 xã") and communes counted with the towns ("20 xã, thị trấn") are left alone.

A whole is the communes followed by the end of their clause, the towns beside them or where
they are: never a count with its share ("45 xã, chiếm 30%"), nor what a count reaches ("45 xã
đạt chuẩn"), nor the towns counted with them ("20 xã, thị trấn"). Only a whole that one
statement gives is used, and only near what it is compared with (a K/N of its unit is
compared wherever it is): consistent numbers are never flagged.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from baocao.audit.bandlists import band_lists, set_size
from baocao.audit.common import (
    YEAR,
    IdFact,
    Where,
    end_year,
    finding,
    fold_name,
    not_covered,
    period_of,
    place_identity,
    split_prefix,
    text_finding,
    vn,
)
from baocao.audit.implied import implied_total
from baocao.audit.percents import KIND as PERCENT_KIND
from baocao.audit.percents import stated_decimals
from baocao.model import Coverage, Fact, Finding, Percentage, Report, Severity
from baocao.vocab.former import FORMER, former_after
from baocao.vocab.patterns import cues
from baocao.vocab.places import PLACE_PATTERN

DENOMINATOR_KIND = "denominator_mismatch"
#: How far apart a whole and the one K/N that disagrees with it may be written and still be
#: quoted together.
QUOTE_BOTH_REACH = 300

_UNIT = r"(?i:xã|thôn|huyện)"
_COUNT = r"(?<![\d.,/])(?P<n>\d{1,3}(?:\.\d{3})*)(?![\d,/])"
_LEVEL = r"(?i:tỉnh|huyện|thị\s+xã|thành\s+phố)"
# What may follow the communes of a whole: the end of the clause, the towns beside them ("18
# xã và 1 thị trấn", "18 xã, 1 thị trấn"), where they are, or what they hold ("trong đó").
# Not a share ("45 xã, chiếm 30%", "45 xã (30%)"), nor what they reach ("45 xã đạt chuẩn"),
# nor the towns counted with them ("20 xã, thị trấn").
_WHOLE_END = (
    r"(?![^\W\d_])(?!\s*/)(?=\s*(?:$|[.;:)\n]"
    r"|,(?!\s*(?i:thị\s+trấn|phường|chiếm|tỷ\s+lệ|tỉ\s+lệ|đạt|bằng|tăng|giảm)(?![^\W\d_]))"
    r"|\((?!\s*\d)"
    r"|\s+(?i:và)\s+\d+\s+(?i:thị\s+trấn|phường)"
    r"|\s+(?i:trên\s+địa\s+bàn|của\s+(?:tỉnh|huyện|thị\s+xã|thành\s+phố)|thuộc|trong\s+đó|gồm|với"
    r"|toàn\s+(?:tỉnh|huyện))(?![^\W\d_])))"
)
_NOW = r"(?:(?i:hiện\s+nay|hiện\s+có|hiện|nay)\s+)?"
# Words saying the count after them is all the unit's communes: "Huyện có tất cả 18 xã",
# "Huyện gồm toàn bộ 18 xã", "Huyện có tổng số 18 xã".
_ALL = r"(?i:tổng\s+số|tất\s+cả|toàn\s+bộ)"
# The districts a province (or a district its towns) is made of, before its communes:
# "9 huyện, thị xã, thành phố", "8 huyện và 1 thành phố", "10 đơn vị hành chính cấp huyện".
_DISTRICT = r"(?i:huyện|quận|thị\s+xã|thành\s+phố|đơn\s+vị\s+hành\s+chính\s+cấp\s+huyện)"
_DISTRICTS = (
    rf"(?<![\d.,/])\d{{1,3}}\s+{_DISTRICT}(?![^\W\d_])"
    rf"(?:\s*(?:,|\s(?i:và))\s*(?:\d{{1,3}}\s+)?{_DISTRICT}(?![^\W\d_]))*"
)
# A former unit's mark after its name ("tỉnh Hà Giang (cũ) có 193 xã"): the whole is the
# former unit's, named as its facts are (vocab/former.py).
_FORMER = rf"[ \t]*(?:{cues().pattern('former_unit')})"
# "Tổng số xã trên địa bàn tỉnh là 184 xã", "tổng số xã: 62 xã (100%)", "184 xã (100%)",
# "62 xã = 100%"; with the end of a whole: "Toàn tỉnh có 123 xã", "Huyện có 18 xã và 1 thị
# trấn", "Huyện Yên Lạc gồm 16 xã, 1 thị trấn", "Trên địa bàn huyện có 18 xã", "Huyện có tổng
# số 18 xã", "Trong tổng số 40 xã, …"
_WHOLE = re.compile(
    rf"(?:(?P<place6>{PLACE_PATTERN})|(?:(?i:toàn|trên\s+địa\s+bàn|cả)\s+)?(?P<level6>{_LEVEL}))"
    rf"\s+{_NOW}(?i:có|gồm)\s+{_DISTRICTS}\s*,?\s+(?i:với|gồm|có)\s+(?:(?i:tổng\s+số)\s+)?"
    rf"{_COUNT.replace('P<n>', 'P<n6>')}\s+(?P<u6>(?i:xã)){_WHOLE_END}|"
    rf"(?i:tổng\s+số)\s+(?P<u1>{_UNIT})(?![^\W\d_])(?P<gap>[^.;:\d\n]{{0,80}}?)"
    rf"(?:\s(?i:là|có)\s+|\s*:\s*){_COUNT}\s+(?P<u2>{_UNIT})(?![^\W\d_])(?!\s*/)"
    rf"|{_COUNT.replace('P<n>', 'P<n3>')}\s+(?P<u3>{_UNIT})\s*(?:\(\s*100\s*%\s*\)|=\s*100\s*%)"
    rf"|(?:(?P<place>{PLACE_PATTERN})(?P<former>{_FORMER})?"
    rf"|(?:(?i:toàn|trên\s+địa\s+bàn|cả)\s+)?(?P<level>{_LEVEL}))"
    rf"\s+{_NOW}(?i:có|gồm)\s+(?:{_ALL}\s+)?{_COUNT.replace('P<n>', 'P<n4>')}\s+"
    rf"(?P<u4>{_UNIT}){_WHOLE_END}"
    rf"|(?<!(?i:nâng)\s)(?<!(?i:đưa)\s)(?i:tổng\s+số)\s+{_COUNT.replace('P<n>', 'P<n5>')}\s+"
    rf"(?P<u5>{_UNIT}){_WHOLE_END}"
    rf"|(?P<place7>{PLACE_PATTERN})\s*\(\s*(?:(?i:gồm|có)\s+)?{_COUNT.replace('P<n>', 'P<n7>')}\s+"
    rf"(?P<u7>(?i:xã))\s*(?:,|;|\s(?i:và))\s*\d{{1,3}}\s+(?i:thị\s+trấn|phường)\s*\)"
    rf"|(?<![^\W\d_])(?i:tất\s+cả|toàn\s+bộ|cả)\s+{_COUNT.replace('P<n>', 'P<n8>')}\s+"
    rf"(?P<u8>(?i:xã))\s+(?i:của|trên\s+địa\s+bàn|thuộc)\s+"
    rf"(?:(?P<place8>{PLACE_PATTERN})|(?P<level8>{_LEVEL})(?![^\W\d_]))"
)
_PLACE_OR_LEVEL = re.compile(
    rf"(?P<place>{PLACE_PATTERN})|(?<![^\W\d_])(?P<level>{_LEVEL})(?![^\W\d_])"
)
_PLACE = re.compile(PLACE_PATTERN)
_SENTENCE_START = re.compile(r"[.;!?\n]")
#: How far before a count its whole may be stated (and in its line or the line before).
WHOLE_REACH = 400
#: How far back a whole's sentence is looked at for the year it is of.
SENTENCE_REACH = 300
#: How far before a whole that names its level only ("Huyện có 18 xã") the place it is of
#: may be named.
NAMED_REACH = 2000


@dataclass(frozen=True)
class Whole:
    """A whole of places a text states: ``count`` of ``unit``, of ``place`` when it names
    one, else of the unit of ``level`` its sentence speaks of ("Huyện có 18 xã"); ``years``
    written in its sentence before it."""

    start: int
    end: int
    count: int
    unit: str
    quote: str
    place: str | None = None
    level: str | None = None
    years: tuple[int, ...] = ()


# Right before a whole's level word: "mỗi" (each), "A, B mỗi huyện, thị xã có 1 xã".
_EACH_BEFORE = re.compile(
    r"(?i:(?<![^\W\d_])mỗi)(?:\s+(?i:huyện|thị\s+xã|thành\s+phố|quận|tỉnh|xã)\s*,?)*\s*$"
)
# "Tổng số xã đạt chuẩn là 45 xã": a total of the communes that reach something, no whole.
_REACHING = re.compile(r"(?i:đạt|công\s+nhận|hoàn\s+thành|về\s+đích|nâng|đưa|còn|thêm)")


def _owner(m: re.Match[str]) -> tuple[str | None, str | None]:
    """The place, or the level, whose whole ``m`` states."""
    for place, level in (
        ("place", "level"),
        ("place6", "level6"),
        ("place7", None),
        ("place8", "level8"),
    ):
        if m.group(place):
            if place == "place" and m.group("former"):
                return f"{m.group(place)} {FORMER}", None
            return m.group(place), None
        if level is not None and m.group(level):
            return None, fold_name(m.group(level))
    said = _PLACE_OR_LEVEL.search(m.group("gap")) if m.group("u1") else None
    if said is not None and said.group("place"):
        return said.group("place"), None  # "Tổng số xã của huyện Yên Lạc là 16 xã"
    if said is not None:
        return None, fold_name(said.group("level"))  # "Tổng số xã trên địa bàn tỉnh là …"
    return None, None


def stated_wholes(text: str) -> list[Whole]:
    """The wholes of places ``text`` states, in order. Several checks read them from one
    text (wholes, rests, bands, averages): read once per text."""
    return list(_stated_wholes(text))


@lru_cache(maxsize=4)
def _stated_wholes(text: str) -> tuple[Whole, ...]:
    out = []
    for m in _WHOLE.finditer(text):
        if m.group("u1") and _REACHING.search(m.group("gap")):
            continue
        if _EACH_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "A, B mỗi huyện có 3 xã": a count each place of a list holds
        n = next(m.group(g) for g in ("n", "n3", "n4", "n5", "n6", "n7", "n8") if m.group(g))
        unit = next(m.group(g) for g in ("u2", "u3", "u4", "u5", "u6", "u7", "u8") if m.group(g))
        place, level = _owner(m)
        years = tuple(int(y) for y in YEAR.findall(text, _sentence_start(text, m.start()), m.end()))
        count = int(n.replace(".", ""))
        out.append(
            Whole(m.start(), m.end(), count, fold_name(unit), m.group(), place, level, years)
        )
    return tuple(out)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts (looking back SENTENCE_REACH at most)."""
    lo = max(0, at - SENTENCE_REACH)
    return max((s.end() for s in _SENTENCE_START.finditer(text, lo, at)), default=lo)


def _whole_before(wholes: Sequence[Whole], text: str, at: int, unit: str) -> Whole | None:
    """The one whole of ``unit`` stated in the WHOLE_REACH before ``at``, in its line or the
    line before; None when there is none, or more than one count."""
    near = [
        w
        for w in wholes
        if w.unit == unit and at - WHOLE_REACH <= w.start and w.end <= at
        if text.count("\n", w.end, at) <= 1
    ]
    if len({w.count for w in near}) != 1:
        return None
    return near[-1]


def _count_and_share(fact: Fact) -> tuple[int, float, int | None, str] | None:
    """A count of places with a share and no base: (count, share, decimals, unit)."""
    if isinstance(fact, Coverage):
        if fact.units_total is not None or fact.percent_stated is None or fact.target:
            return None
        unit = fold_name(fact.unit_kind or "xã")
        return fact.units_met, fact.percent_stated, fact.percent_decimals, unit
    if isinstance(fact, Percentage):
        if fact.unit != "%" or fact.part is None or fact.whole is not None or fact.target:
            return None
        if fact.approx or fact.value_max is not None:
            return None
        m = re.match(rf"\s*{_COUNT}\s+(?P<unit>{_UNIT})(?![^\W\d_])", fact.quote)
        if m is None or int(m.group("n").replace(".", "")) != fact.part:
            return None
        return int(fact.part), fact.value, fact.value_decimals, fold_name(m.group("unit"))
    return None


def _shares_against_wholes(facts: Sequence[IdFact], text: str) -> list[Finding]:
    wholes = stated_wholes(text)
    if not wholes:
        return []
    lists = [b for b in band_lists(text, set_size(facts)) if b.disjoint()]
    findings = []
    for fid, fact in facts:
        said = _count_and_share(fact)
        if said is None or fact.start is None or text[fact.start : fact.end] != fact.quote:
            continue
        if any(b.start <= fact.start < b.end for b in lists):
            continue  # a band's share: weighed with its list (audit/bands.py)
        count, share, written, unit = said
        if not 0 < share < 100:
            continue
        whole = _whole_before(wholes, text, fact.start, unit)
        if whole is None or count > whole.count:
            continue
        decimals = stated_decimals(written, share)
        low, high = implied_total(count, share, decimals)
        if low < whole.count <= high:
            continue
        explain = (
            f"{count}/{whole.count} = {vn(count / whole.count * 100, max(decimals, 1))}%, "
            f"stated {vn(share, decimals)}% ({fact.quote!r}): the whole is stated as "
            f"{whole.count} {unit} ({whole.quote!r})"
        )
        findings.append(finding(PERCENT_KIND, Severity.HIGH, explain, Where(fid, fact), [fid]))
    return findings


#: How many other counts of a list must imply one whole before the odd one is flagged.
LIST_AGREEING = 4
#: How far apart two counts of one list may be written (they stand on adjacent lines).
LIST_REACH = 300
#: How long an item's label before its count may be, to be quoted with it.
ITEM_LABEL_REACH = 120


def _list_runs(facts: Sequence[IdFact], text: str) -> list[list[tuple[int, Coverage]]]:
    """Runs of coverage counts with a share and no base, in text order, one per line or
    clause with no blank line and no other count between them, of one place, period and
    kind of unit: "Tiêu chí 1: … có 184 xã đạt, chiếm 100%." ⏎ "Tiêu chí 2: … có 82 xã
    đạt, chiếm 44,6%." …"""
    runs: list[list[tuple[int, Coverage]]] = []
    run: list[tuple[int, Coverage]] = []
    for fid, fact in sorted(facts, key=lambda f: f[1].start or 0):
        if not isinstance(fact, Coverage) or fact.start is None or fact.end is None:
            continue
        said = _count_and_share(fact)
        if said is None:
            if run and run[-1][1].end is not None and fact.start >= (run[-1][1].end or 0):
                runs.append(run)  # another count breaks the list
                run = []
            continue
        if run:
            last = run[-1][1]
            gap = text[last.end or 0 : fact.start]
            same = (
                (last.region, last.period, fold_name(last.unit_kind or "xã"))
                == (fact.region, fact.period, fold_name(fact.unit_kind or "xã"))
                and len(gap) <= LIST_REACH
                and gap.count("\n") <= 1
            )
            if not same:
                runs.append(run)
                run = []
        run.append((fid, fact))
    if run:
        runs.append(run)
    return runs


def _implied_range(fact: Coverage) -> tuple[float, float]:
    assert fact.percent_stated is not None
    decimals = stated_decimals(fact.percent_decimals, fact.percent_stated)
    return implied_total(fact.units_met, fact.percent_stated, decimals)


def _shares_against_their_list(facts: Sequence[IdFact], text: str) -> list[Finding]:
    """A count whose share implies another whole than every other count of its list does
    (criterion by criterion, "… có 184 xã đạt, chiếm 100%", "… có 82 xã đạt, chiếm 44,6%",
    "… có 138 xã đạt, chiếm 78%": 184 communes by every line but the last, 78% of 184 being
    143,5). The whole is no fact: it is the one number of units the other counts' shares all
    allow (within their rounding), at least :data:`LIST_AGREEING` of them; a count with a
    whole stated before it is :func:`_shares_against_wholes`'s."""
    wholes = stated_wholes(text)
    lists = [b for b in band_lists(text, set_size(facts)) if b.disjoint()]
    findings = []
    for run in _list_runs(facts, text):
        if len(run) <= LIST_AGREEING:
            continue
        ranges = [_implied_range(f) for _, f in run]
        for i, (fid, fact) in enumerate(run):
            assert fact.start is not None
            if any(b.start <= fact.start < b.end for b in lists):
                continue
            unit = fold_name(fact.unit_kind or "xã")
            if _whole_before(wholes, text, fact.start, unit) is not None:
                continue
            # the wholes (integers) every other count's share allows, none below a count
            low = max(lo for j, (lo, _) in enumerate(ranges) if j != i)
            high = min(hi for j, (_, hi) in enumerate(ranges) if j != i)
            least = max(math.floor(low) + 1, max(f.units_met for _, f in run))
            most = math.floor(high)
            if least > most:
                continue  # the others allow no one whole: no list of one population
            own_low, own_high = ranges[i]
            if math.floor(min(high, own_high)) > max(low, own_low):
                continue  # a whole they all allow, this count's share too
            assert fact.percent_stated is not None
            decimals = stated_decimals(fact.percent_decimals, fact.percent_stated)
            whole = most if least == most else f"{least}–{most}"
            explain = (
                f"{fact.units_met}/{most} = {vn(fact.units_met / most * 100, max(decimals, 1))}%"
                f", stated {vn(fact.percent_stated, decimals)}% ({fact.quote!r}): the "
                f"{len(run) - 1} other counts of its list all imply {whole} {unit} in all"
            )
            ids = [fid, *(other for other, _ in run if other != fid)]
            # quoted with its item's label ("Tiêu chí 7: Chợ có …"): what the count is of
            line = text.rfind("\n", 0, fact.start) + 1
            start = line if fact.start - line <= ITEM_LABEL_REACH else fact.start
            span = (start, fact.end or fact.start)
            findings.append(
                text_finding(PERCENT_KIND, Severity.HIGH, explain, text, span, facts, ids, of=fact)
            )
    return findings


def _name(written: str | None) -> str:
    return split_prefix(written or "")[1]


def kn_of_communes(facts: Sequence[IdFact], report: Report | None) -> list[tuple[int, Coverage]]:
    """K/N statements of communes, of the report's present (not goals, not other years)."""
    present = end_year(report.period if report is not None else None)
    out = []
    for fid, fact in facts:
        if not isinstance(fact, Coverage) or fact.units_total is None or fact.target:
            continue
        if fold_name(fact.unit_kind or "xã") != "xã" or fact.start is None:
            continue
        if end_year(period_of(fact, report)) != present:
            continue
        out.append((fid, fact))
    return out


def whose(whole: Whole, text: str, report: Report | None) -> str | None:
    """The name of the place a whole is of: the one it names; else, for a whole that names
    its level only ("Huyện có 18 xã"), the last place of that level named before it (within
    NAMED_REACH) that is not written as a former unit ("tỉnh Tây Ninh (cũ)": a part of the
    province now), else the reporting unit if it is of that level."""
    if whole.place is not None:
        return _name(whole.place)
    if whole.level is None:
        return None
    named = [
        m.group()
        for m in _PLACE.finditer(text, max(0, whole.start - NAMED_REACH), whole.start)
        if fold_name(split_prefix(m.group())[0] or "") == whole.level
        # "khu vực tỉnh Tây Ninh (cũ) …": a former unit, a part of the whole, never it
        and not former_after(text, m.end())
    ]
    if named:
        return _name(named[-1])
    unit = report.unit if report is not None else None
    if unit is not None and unit.prefix and fold_name(unit.prefix) == whole.level:
        return _name(unit.written)
    return None


def _quote_both(
    text: str, whole: Whole, fid: int, fact: Coverage, facts: Sequence[IdFact]
) -> Finding | None:
    """One finding whose quote runs from the whole to the K/N (or back) when they are
    written close together, in one paragraph."""
    assert fact.start is not None and fact.end is not None
    start, end = min(whole.start, fact.start), max(whole.end, fact.end)
    if end - start > QUOTE_BOTH_REACH or "\n\n" in text[start:end]:
        return None
    explain = (
        f"{fact.units_met}/{fact.units_total} xã of {fact.region}: the text states "
        f"{whole.count} xã ({whole.quote!r}), here {fact.units_total}"
    )
    return text_finding(
        DENOMINATOR_KIND, Severity.MEDIUM, explain, text, (start, end), facts, (fid,), of=fact
    )


def _at_whole(
    text: str, whole: Whole, explain: str, facts: Sequence[IdFact], ids: Sequence[int]
) -> Finding:
    span = (whole.start, whole.end)
    return text_finding(DENOMINATOR_KIND, Severity.MEDIUM, explain, text, span, facts, ids)


def wholes_by_place(text: str, report: Report | None) -> dict[str, list[Whole]]:
    """The wholes of communes the text states for the report's present, by their place."""
    present = end_year(report.period if report is not None else None)
    by_place: dict[str, list[Whole]] = {}
    for whole in stated_wholes(text):
        if whole.unit != "xã" or any(year != present for year in whole.years):
            continue  # "Năm 2010, huyện có 22 xã": before mergers, maybe
        name = whose(whole, text, report)
        if name:
            by_place.setdefault(name, []).append(whole)
    return by_place


# Before a count: a word making it approximate ("gần 20 xã"), so no bound it can pass.
_ROUGHLY = re.compile(r"(?i:gần|khoảng|xấp\s+xỉ|chừng|hàng|vài)\s*$")
# After the communes of a count: the towns counted with them ("20 xã, thị trấn"), or a part
# of them ("lượt xã").
_WITH_TOWNS = re.compile(
    r"^\s*\d[\d.]*\s+(?i:xã)(?:\s*(?:,|/|-|\s(?i:và|hoặc))\s*(?i:thị\s+trấn|phường)(?![^\W\d_]))"
)


def known_communes(
    name: str, by_place: dict[str, list[Whole]], statements: Sequence[tuple[int, Coverage]]
) -> tuple[int, str, list[int]] | None:
    """The number of communes of the place ``name``, how it is known, and the facts saying
    it: the one whole the text states for it, else the one N of its K/N statements."""
    counts = {w.count for w in by_place.get(name, [])}
    if len(counts) == 1:
        whole = by_place[name][0]
        return whole.count, f"the text states {whole.count} xã ({whole.quote!r})", []
    if counts:
        return None
    mine = [(fid, f) for fid, f in statements if _name(f.region) == name]
    totals = {f.units_total for _, f in mine}
    if len(totals) != 1 or not any(f.criterion is None for _, f in mine):
        return None
    (total,) = totals
    assert total is not None
    first = next(f for _, f in mine if f.criterion is None)
    said = f"it has {total} xã ({first.units_met}/{total}: {first.quote!r})"
    return total, said, [fid for fid, _ in mine]


def _counts_over_wholes(facts: Sequence[IdFact], text: str, report: Report | None) -> list[Finding]:
    """Counts of a unit's communes with no base that pass the number of its communes."""
    present = end_year(report.period if report is not None else None)
    by_place = wholes_by_place(text, report)
    statements = kn_of_communes(facts, report)
    findings = []
    for fid, fact in facts:
        if not isinstance(fact, Coverage) or fact.units_total is not None or fact.target:
            continue
        if fold_name(fact.unit_kind or "xã") != "xã" or fact.start is None:
            continue
        if end_year(period_of(fact, report)) != present:
            continue
        if _ROUGHLY.search(text, max(0, fact.start - 12), fact.start):
            continue
        if _WITH_TOWNS.match(text, fact.start) or _WITH_TOWNS.match(fact.quote):
            continue
        known = known_communes(_name(fact.region), by_place, statements)
        if known is None or fact.units_met <= known[0]:
            continue
        total, said, ids = known
        explain = f"{fact.units_met} xã of {fact.region}: more than all its communes; {said}"
        findings.append(
            finding(DENOMINATOR_KIND, Severity.HIGH, explain, Where(fid, fact), [fid, *ids])
        )
    return findings


def _ratios_against_wholes(
    facts: Sequence[IdFact], text: str, report: Report | None
) -> list[Finding]:
    """K/N statements of a unit's communes whose N is not the number of its communes the
    text states ("Huyện có 18 xã" … "12/20 xã đạt chuẩn"), and two such numbers that
    differ."""
    statements = kn_of_communes(facts, report)
    by_place = wholes_by_place(text, report)
    findings: list[Finding] = []
    for name, wholes in by_place.items():
        counts = list(dict.fromkeys(w.count for w in wholes))
        if len(counts) > 1:
            first = wholes[0]
            for w in wholes[1:]:
                if w.count != first.count:
                    explain = (
                        f"the communes of {name} are stated as {first.count} xã "
                        f"({first.quote!r}) and here as {w.count} xã"
                    )
                    findings.append(_at_whole(text, w, explain, facts, ()))
            continue
        whole = wholes[0]
        mine = [(fid, f) for fid, f in statements if _name(f.region) == name]
        differing = [(fid, f) for fid, f in mine if f.units_total != whole.count]
        agreeing = len(mine) - len(differing)
        if not differing:
            continue
        totals = {f.units_total for _, f in differing}
        if len(differing) >= 2 and len(totals) == 1 and len(differing) > agreeing:
            (total,) = totals
            explain = (
                f"{len(differing)} K/N statements of {name} give {total} xã, but the text "
                f"states {whole.count} xã here"
            )
            findings.append(_at_whole(text, whole, explain, facts, [i for i, _ in differing]))
            continue
        for fid, fact in differing:
            both = _quote_both(text, whole, fid, fact, facts) if not agreeing else None
            if both is not None:
                findings.append(both)
                continue
            explain = (
                f"{fact.units_met}/{fact.units_total} xã of {fact.region}: the text states "
                f"{whole.count} xã ({whole.quote!r}), here {fact.units_total}"
            )
            findings.append(
                finding(DENOMINATOR_KIND, Severity.MEDIUM, explain, Where(fid, fact), [fid])
            )
    return findings


#: How many statements of a report must allow one whole before a share that allows none of
#: theirs is flagged (:func:`_shares_against_the_report`).
REPORT_AGREEING = 3
#: The widest range of wholes one share may allow and still vote (a count of 1 at 0,7%).
REPORT_SPAN = 50
# What may follow a share of all the place's communes: nothing, the end of its clause or
# bracket, the next item ("và 28 xã …"), or those communes named ("số xã toàn tỉnh").
_SHARE_OF_ALL = re.compile(
    r"\s*(?:(?i:của\s+)?(?i:tổng\s+)?(?i:số\s+)?(?i:xã)(?:\s+(?i:toàn|trên|của|trong)"
    r"(?:\s+[^\W\d_]+){1,3})?)?\s*(?:[,.;:)\n]|(?i:và)\s|$)"
)
_SHARE_END = re.compile(r"\d{1,3}(?:,\d{1,4})?\s*%")
# A count that is no number of communes reached: approximate, a bound or a change ("gần 50
# xã", "ít nhất 12 xã", "tăng 5 xã (3,1%)").
_NOT_A_STATE = re.compile(
    r"(?<![^\W\d_])(?i:khoảng|gần|hơn|trên|xấp\s+xỉ|ít\s+nhất|tối\s+thiểu|tăng|giảm|thêm)"
    r"\s*$"
)


def _share_span(fact: Coverage, text: str) -> tuple[int, int] | None:
    """The text from a count to the end of its share ("65 xã … (chiếm 40,1%"), when the
    share is of all the place's communes: nothing after it names another base ("chiếm 25%
    số xã đạt chuẩn", "bằng 80% kế hoạch")."""
    assert fact.start is not None and fact.end is not None
    m = _SHARE_END.search(text, fact.start, fact.end)
    if m is None or not _SHARE_OF_ALL.match(text, m.end()):
        return None
    return fact.start, m.end()


def _shares_against_the_report(
    facts: Sequence[IdFact], text: str, report: Report | None
) -> list[Finding]:
    """A count whose share allows no whole that the shares of the rest of the report allow.

    Every count of a place's communes written with its share and no base, of the report's
    present or a goal ("119 xã …, chiếm 73,9%", "phấn đấu có 142 xã (chiếm 88,2%)"), is a
    share of one number: the place's communes. When at least :data:`REPORT_AGREEING` such
    statements (one per count and share) allow one whole and no other set of as many allows
    another, a statement that allows none of the wholes they allow is flagged ("65 xã
    (chiếm 40,1%)" allows only 162 communes where three others allow only 161). Past
    statements are left out (communes merge), and so are a band's share (weighed with its
    list, :mod:`baocao.audit.bands`), a count with a whole stated before it
    (:func:`_shares_against_wholes`), an approximate count and a share of another base."""
    now = end_year(report.period) if report is not None else None
    wholes = stated_wholes(text)
    lists = [b for b in band_lists(text, set_size(facts)) if b.disjoint()]
    groups: dict[tuple[str, str], dict[tuple[int, float], tuple[int, Coverage, int, int]]] = {}
    for fid, fact in facts:
        if not isinstance(fact, Coverage) or fact.start is None or fact.end is None:
            continue
        said = _count_and_share(replace(fact, target=False))
        if said is None or text[fact.start : fact.end] != fact.quote:
            continue
        if _NOT_A_STATE.search(text, max(0, fact.start - 20), fact.start):
            continue
        count, share, _written, unit = said
        if not 0 < share < 100 or count < 1:
            continue
        year = end_year(fact.period)
        if not fact.target and now is not None and year is not None and year < now:
            continue
        if any(b.start <= fact.start < b.end for b in lists):
            continue
        if _whole_before(wholes, text, fact.start, unit) is not None:
            continue
        span = _share_span(fact, text)
        if span is None:
            continue
        low, high = _implied_range(fact)
        lo, hi = max(math.floor(low) + 1, count), math.floor(high)
        if lo > hi or hi - lo > REPORT_SPAN:
            continue
        key = (place_identity(fact.region, fact.region_code), unit)
        groups.setdefault(key, {}).setdefault((count, share), (fid, fact, lo, hi))
    findings = []
    for (_place, unit), said_once in groups.items():
        statements = list(said_once.values())
        if len(statements) <= REPORT_AGREEING:
            continue
        support: dict[frozenset[int], set[int]] = {}
        for whole in {w for _, _, lo, hi in statements for w in range(lo, hi + 1)}:
            voters = frozenset(fid for fid, _, lo, hi in statements if lo <= whole <= hi)
            support.setdefault(voters, set()).add(whole)
        most = max(len(v) for v in support)
        best = [v for v in support if len(v) == most]
        if most < REPORT_AGREEING or len(best) != 1:
            continue
        (voters,) = best
        allowed = support[voters]
        for fid, fact, lo, hi in statements:
            if fid in voters or any(lo <= w <= hi for w in allowed):
                continue
            assert fact.percent_stated is not None
            whole = min(allowed)
            decimals = stated_decimals(fact.percent_decimals, fact.percent_stated)
            shown = f"{min(allowed)}" if len(allowed) == 1 else f"{min(allowed)}–{max(allowed)}"
            explain = (
                f"{fact.units_met}/{whole} = "
                f"{vn(fact.units_met / whole * 100, max(decimals, 1))}%, stated "
                f"{vn(fact.percent_stated, decimals)}%: the shares of {len(voters)} other "
                f"counts of the report all imply {shown} {unit} in all"
            )
            ids = [fid, *sorted(voters)]
            span = _share_span(fact, text)
            assert span is not None
            findings.append(
                text_finding(PERCENT_KIND, Severity.HIGH, explain, text, span, facts, ids, of=fact)
            )
    return findings


def check_wholes(
    facts: Sequence[IdFact], *, text: str | None = None, report: Report | None = None
) -> list[Finding]:
    """Shares and K/N statements of communes against the whole the text states."""
    if text is None or not facts:
        return []
    earlier = _shares_against_wholes(facts, text) + _shares_against_their_list(facts, text)
    return (
        earlier
        + not_covered(_shares_against_the_report(facts, text, report), earlier)
        + _ratios_against_wholes(facts, text, report)
        + _counts_over_wholes(facts, text, report)
    )
