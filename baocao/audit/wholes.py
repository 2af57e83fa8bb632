"""Counts of communes against the whole number of them the text states beside them.

A report often states its whole before it counts ("Tổng số xã trên địa bàn là 184 xã
(100%)", "Toàn tỉnh có 123 xã") and then counts communes with a share and no base ("138 xã
đạt chuẩn, chiếm 78%"), or by the criteria they meet ("19 tiêu chí: 30 xã; 15-18 tiêu chí:
95 xã; …"). These wholes and bands are no facts (FACTS.md: a band is optional, and
``units_total`` is what a statement itself says), so the check reads them from the text
around the facts, as the sum check reads amounts the extractor did not take.

- ``percent_mismatch``: the share of a count with no base (a coverage fact, or a percentage
  written with its count, "45 xã (36,6%)") implies a whole, within the rounding of its
  decimals (:func:`baocao.audit.implied.implied_total`); a whole stated just before it, in
  its line or the line before, outside that range is flagged, with both quotes.
- ``sum_mismatch``: bands of criteria met that do not overlap ("19 tiêu chí", "15-18",
  "dưới 10"), listed together, whose communes add up to more than the whole stated next to
  them (or the N of a K/N of communes just before them). Fewer is not flagged: a list may
  leave a band out.

Only a whole that one statement gives is used, and only near what it is compared with:
consistent numbers are never flagged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from baocao.audit.common import IdFact, Where, finding, fold_name, vn
from baocao.audit.implied import implied_total
from baocao.audit.percents import stated_decimals
from baocao.model import Coverage, Fact, Finding, Percentage, Severity

PERCENT_KIND = "percent_mismatch"
SUM_KIND = "sum_mismatch"

_UNIT = r"(?i:xã|thôn|huyện)"
_COUNT = r"(?<![\d.,/])(?P<n>\d{1,3}(?:\.\d{3})*)(?![\d,/])"
# "Tổng số xã trên địa bàn tỉnh là 184 xã", "tổng số xã: 62 xã (100%)", "Toàn tỉnh có 123
# xã", "184 xã (100%)", "62 xã = 100%"
_WHOLE = re.compile(
    rf"(?:(?i:tổng\s+số)\s+(?P<u1>{_UNIT})(?![^\W\d_])[^.;:\d\n]{{0,80}}?(?:\s(?i:là|có)\s+|\s*:\s*)"
    rf"|(?i:toàn\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã))\s+(?i:có)\s+)"
    rf"{_COUNT}\s+(?P<u2>{_UNIT})(?![^\W\d_])(?!\s*/)"
    rf"|{_COUNT.replace('P<n>', 'P<n3>')}\s+(?P<u3>{_UNIT})\s*(?:\(\s*100\s*%\s*\)|=\s*100\s*%)"
)
# A band of criteria met and its communes: "19 tiêu chí: 30 xã", "Số xã đạt từ 15-18 tiêu chí :
# 29 xã", "đạt từ 10-14 tiêu chí có 20 xã", "dưới 10 tiêu chí: 3 xã", "(19 tiêu chí) … là 35 xã"
_BAND = re.compile(
    r"(?:(?P<lo>\d{1,2})\s*[-–]\s*(?P<hi>\d{1,2})|(?P<under>(?i:dưới))\s+(?P<u>\d{1,2})"
    r"|(?P<one>\d{1,2})(?:\s*/\s*\d{1,2})?)\s+(?i:tiêu\s+chí)(?![^\W\d_])\)?"
    r"[^\d;.\n]{0,40}?(?:\s*:\s*|\s(?i:là|có)\s+)"
    r"(?P<k>\d{1,4})\s+(?i:xã)(?![^\W\d_])"
)
#: How far before a count its whole may be stated (and in its line or the line before).
WHOLE_REACH = 400
#: The most text between two bands of one list ("; ", " - ", a line break, a share).
BAND_GAP = 60
#: How far from a list of bands its whole may be stated.
BAND_WHOLE_REACH = 300


@dataclass(frozen=True)
class Whole:
    start: int
    end: int
    count: int
    unit: str
    quote: str


# "Tổng số xã đạt chuẩn là 45 xã": a total of the communes that reach something, no whole.
_REACHING = re.compile(r"(?i:đạt|công\s+nhận|hoàn\s+thành|về\s+đích|nâng|đưa|còn|thêm)")


def stated_wholes(text: str) -> list[Whole]:
    out = []
    for m in _WHOLE.finditer(text):
        if m.group("u1") and _REACHING.search(m.group(), m.end("u1") - m.start()):
            continue
        n = m.group("n") or m.group("n3")
        unit = m.group("u2") or m.group("u3")
        out.append(Whole(m.start(), m.end(), int(n.replace(".", "")), fold_name(unit), m.group()))
    return out


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
    findings = []
    for fid, fact in facts:
        said = _count_and_share(fact)
        if said is None or fact.start is None or text[fact.start : fact.end] != fact.quote:
            continue
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


@dataclass(frozen=True)
class Band:
    start: int
    end: int
    low: int
    high: int
    communes: int


def _bands(text: str) -> list[list[Band]]:
    """The lists of bands in ``text``: bands no more than BAND_GAP apart."""
    lists: list[list[Band]] = []
    for m in _BAND.finditer(text):
        if m.group("lo"):
            low, high = int(m.group("lo")), int(m.group("hi"))
        elif m.group("under"):
            low, high = 0, int(m.group("u")) - 1
        else:
            low = high = int(m.group("one"))
        band = Band(m.start(), m.end(), low, high, int(m.group("k")))
        if lists and band.start - lists[-1][-1].end <= BAND_GAP:
            lists[-1].append(band)
        else:
            lists.append([band])
    return [b for b in lists if len(b) >= 2]


def _disjoint(bands: Sequence[Band]) -> bool:
    ordered = sorted(bands, key=lambda b: b.low)
    return all(a.high < b.low for a, b in zip(ordered, ordered[1:], strict=False))


def _band_whole(
    bands: Sequence[Band], wholes: Sequence[Whole], facts: Sequence[IdFact]
) -> tuple[int, str, list[int]] | None:
    """The one whole of communes stated within BAND_WHOLE_REACH of the list: in the text, or
    as the N of a K/N of communes before it (one after it is of a place the report goes on
    to: "Thị xã A đã có 7/7 xã đạt chuẩn")."""
    start, end = bands[0].start - BAND_WHOLE_REACH, bands[-1].end + BAND_WHOLE_REACH
    found: dict[int, tuple[str, list[int]]] = {}
    for w in wholes:
        if w.unit == "xã" and start <= w.start and w.end <= end:
            if not any(b.start <= w.start < b.end for b in bands):
                found.setdefault(w.count, (w.quote, []))
    for fid, fact in facts:
        if (
            isinstance(fact, Coverage)
            and fact.units_total is not None
            and not fact.target
            and fold_name(fact.unit_kind or "xã") == "xã"
            and fact.start is not None
            and start <= fact.start < bands[0].start
        ):
            found.setdefault(fact.units_total, (fact.quote, []))[1].append(fid)
    if len(found) != 1:
        return None
    ((count, (quote, ids)),) = found.items()
    return count, quote, ids


def _bands_over_wholes(facts: Sequence[IdFact], text: str) -> list[Finding]:
    if not facts:
        return []
    wholes = stated_wholes(text)
    any_fact = facts[0][1]
    findings = []
    for bands in _bands(text):
        if not _disjoint(bands):
            continue  # a band inside another ("15-18 tiêu chí …, trong đó 18 tiêu chí …")
        whole = _band_whole(bands, wholes, facts)
        if whole is None:
            continue
        count, quote, ids = whole
        total = sum(b.communes for b in bands)
        if total <= count:
            continue
        start, end = bands[0].start, bands[-1].end
        inside = [fid for fid, f in facts if f.start is not None and start <= f.start < end]
        parts = " + ".join(str(b.communes) for b in bands)
        explain = (
            f"communes by criteria met: {parts} = {total} xã, more than the {count} xã stated "
            f"({quote!r})"
        )
        findings.append(
            Finding(
                document=any_fact.document,
                kind=SUM_KIND,
                severity=Severity.HIGH,
                explain=explain,
                quote=text[start:end],
                page=_page_of(facts, start),
                start=start,
                end=end,
                fact_ids=tuple(dict.fromkeys([*inside, *ids])),
                document_sha256=any_fact.document_sha256,
            )
        )
    return findings


def _page_of(facts: Sequence[IdFact], at: int) -> int | None:
    """The page of the fact nearest before ``at`` (the text's pages are not at hand)."""
    before = [f for _, f in facts if f.start is not None and f.start <= at and f.page]
    return max(before, key=lambda f: f.start or 0).page if before else None


def check_wholes(facts: Sequence[IdFact], *, text: str | None = None) -> list[Finding]:
    """Shares and bands of communes against the whole the text states beside them."""
    if text is None:
        return []
    return _shares_against_wholes(facts, text) + _bands_over_wholes(facts, text)
