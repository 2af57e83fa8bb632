"""Lists of bands of communes by the criteria they meet, as a text writes them.

Reports sort their communes by how many criteria each meets, band-first ("19 tiêu chí: 30
xã; 15-18 tiêu chí: 95 xã") or count-first ("có 5 xã đạt 19 tiêu chí, 12 xã đạt từ 15-18
tiêu chí, 8 xã đạt dưới 15 tiêu chí"), often with each band's share ("…, chiếm 30%", "(30%)").
Communes that reach the standard stand for the top band ("7 xã đạt chuẩn nông thôn mới; 14
xã đạt từ 15 đến 18 tiêu chí"), unless the list names the top band as well with as many
communes (the same communes twice); and a band may be said to be empty ("không còn xã nào
dưới 10 tiêu chí"). Bands are no facts (FACTS.md: a band is optional), so they are read
here, from the text, for the checks that weigh them (:mod:`baocao.audit.bands`,
:mod:`baocao.audit.rates`) and the one that leaves them to those (:mod:`baocao.audit.wholes`).

A list is two bands or more written at most BAND_GAP apart, with nothing between them that
dates or compares one of them (a year, "so với", "tăng"); a count that is a change or a
bound ("tăng 3 xã", "hơn 10 xã") is no band.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from baocao.audit.common import IdFact
from baocao.vocab.criteria import CRITERIA_SETS, criterion_count

#: The size of the commune set a text means when no fact names one (19 in every national
#: commune set before 2026).
DEFAULT_SET_SIZE = Counter(s.count for s in CRITERIA_SETS.values()).most_common(1)[0][0]
#: The most text between two bands of one list ("; ", " - ", a line break).
BAND_GAP = 60
#: How far from a list of bands its whole may be stated.
BAND_WHOLE_REACH = 300

_CRITERIA = r"(?i:tiêu\s+chí)(?![^\W\d_])"
# A number of criteria met, as a band: "15-18", "từ 15 đến 18", "từ 10 đến dưới 15", "dưới
# 10", "trên 15", "19", "19/19", "đủ 19", "15 tiêu chí trở lên".
_RANGE = (
    r"(?:(?i:từ\s+)?(?P<lo>\d{1,2})(?:\s+(?i:tiêu\s+chí))?\s*(?:[-–]|(?i:đến|tới))\s*"
    r"(?P<below>(?i:dưới)\s+)?(?P<hi>\d{1,2})"
    r"|(?P<under>(?i:dưới))\s+(?P<u>\d{1,2})"
    r"|(?P<over>(?i:trên|hơn))\s+(?P<o>\d{1,2})"
    r"|(?:(?i:đủ|từ)\s+)?(?P<one>\d{1,2})(?:\s*/\s*\d{1,2})?)"
    rf"\s+{_CRITERIA}(?P<up>\s+(?i:trở\s+lên))?"
)
_COUNT = r"(?<![\d.,/])(?P<k>\d{1,3})(?![\d,/])"
_XA = r"(?i:xã)(?![^\W\d_])"
# "12 xã đạt từ 15-18 tiêu chí", "5 xã còn lại đạt 10-14 tiêu chí", "8 xã chỉ đạt dưới 10";
# the band's count may carry the unit's whole, as a report's groups write it ("nhóm 2: có
# 8/61 xã đạt từ 15-18 tiêu chí, chiếm 13,11%")
_COUNT_OF_WHOLE = r"(?<![\d.,/])(?P<k>\d{1,3})(?:\s*/\s*(?P<n>\d{1,3}))?(?![\d,/])"
_COUNT_FIRST = re.compile(
    rf"{_COUNT_OF_WHOLE}\s+{_XA}(?:\s+(?i:còn\s+lại))?\s+(?:(?i:đã|chỉ|mới|cũng)\s+)?"
    rf"(?:(?i:đạt|có)(?:\s+(?i:được))?\s+)?{_RANGE}"
)
# "19 tiêu chí: 30 xã", "Số xã đạt từ 15-18 tiêu chí: 29 xã", "đạt 10-14 tiêu chí có 20 xã"
_BAND_FIRST = re.compile(
    rf"{_RANGE}\)?[^\d;.\n]{{0,40}}?(?:\s*:\s*|\s(?i:là|có)\s+){_COUNT}\s+{_XA}"
)
# The communes that reach the standard, the top band: "7 xã đạt chuẩn nông thôn mới", "5/20
# xã đã được công nhận đạt chuẩn NTM" (not the advanced or model standard).
# The recogniser may be named ("được Chủ tịch UBND tỉnh công nhận", "được UBND huyện công
# nhận"), and the standard quoted as a title ("đạt chuẩn “Xã nông thôn mới”").
_RECOGNISED = re.compile(
    r"(?<![\d.,/])(?P<k>\d{1,3})(?:\s*/\s*(?P<n>\d{1,3}))?(?![\d,/])"
    rf"\s+{_XA}\s+(?:(?i:đã)\s+)?"
    r"(?:(?i:được)\s+(?:[^\W\d_]+\s+){0,5}?(?i:công\s+nhận)\s+)?(?i:đạt\s+chuẩn)(?![^\W\d_])"
    r"(?!\s+[“\"]?(?:(?i:xã\s+)?(?i:nông\s+thôn\s+mới|NTM)\s+)?(?i:nâng\s+cao|kiểu\s+mẫu))"
    r"(?:\s+[“\"]?(?i:xã\s+)?(?i:nông\s+thôn\s+mới|NTM)(?![^\W\d_])[”\"]?)?"
)
# The top band written as communes that completed every criterion, often with the whole
# ("5/120 xã hoàn thành 19 tiêu chí", "8 xã đã đạt đủ 19/19 tiêu chí"): the number of
# criteria must be the set's (checked in _read).
_COMPLETED = re.compile(
    r"(?<![\d.,/])(?P<k>\d{1,3})(?:\s*/\s*(?P<n>\d{1,3}))?(?![\d,/])"
    rf"\s+{_XA}\s+(?:(?i:đã)\s+)?(?i:hoàn\s+thành|đạt)\s+(?:(?i:đủ|cả)\s+)?"
    rf"(?P<all>\d{{1,2}})(?:\s*/\s*\d{{1,2}})?\s+{_CRITERIA}"
)
# A band said to be empty: "không còn xã nào dưới 10 tiêu chí", "chưa có xã đạt 19 tiêu chí"
_EMPTY = re.compile(
    rf"(?i:không\s+còn|không\s+có|chưa\s+có)\s+{_XA}(?:\s+(?i:nào))?\s+(?:(?i:đạt)\s+)?{_RANGE}"
)
# A band's share written right after it: ", chiếm 30%", " (30%)", ", đạt tỷ lệ 27,5%"
_SHARE = re.compile(
    r"\s*(?:,\s*|\(\s*|\s)(?:(?i:chiếm|đạt|bằng)\s+)?(?:(?i:tỷ|tỉ)\s+lệ\s+)?"
    r"(?:(?i:là|đạt)\s+)?(?P<share>\d{1,3}(?:,\d{1,4})?)\s*%\)?"
)
# A count that is no band's: a change ("tăng 3 xã đạt …"), or a bound ("hơn 10 xã").
_NOT_A_COUNT = re.compile(
    r"(?i:(?<![^\W\d_])(?:tăng|giảm|thêm|hơn|trên|gần|khoảng|xấp\s+xỉ|lên|nâng))\s*$"
)
# Between two bands: what dates or compares one of them, so they are not one list; or a
# count of communes, the whole the next list shares out ("1 xã đạt chuẩn. Toàn tỉnh có 22
# xã, trong đó: 3 xã đạt 19 tiêu chí, …": the 1 is no band of the 22's list).
_LIST_BREAK = re.compile(
    r"(?<!\d)(?:19|20)\d\d(?!\d)|(?i:so\s+với|tăng|giảm|thêm|trước\s+đây|cùng\s+kỳ)"
    r"|(?<![\d.,])\d{1,4}\s+(?i:xã)(?![^\W\d_])"
)


@dataclass(frozen=True)
class Band:
    """One band: its communes ``count`` meet ``low``–``high`` criteria; ``share`` as written,
    with its decimals; ``start``–``end`` the text from the count (or band) to the share."""

    start: int
    end: int
    low: int
    high: int
    count: int
    share: float | None = None
    decimals: int | None = None
    whole: int | None = None  # "5/20 xã đạt chuẩn": the whole written with the top band
    recognised: bool = False  # communes that reach the standard, standing for the top band

    def range_text(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}-{self.high}"


@dataclass(frozen=True)
class BandList:
    bands: tuple[Band, ...]
    size: int  # the number of criteria of the whole set

    @property
    def start(self) -> int:
        return self.bands[0].start

    @property
    def end(self) -> int:
        return self.bands[-1].end

    @property
    def communes(self) -> int:
        return sum(b.count for b in self.bands)

    def disjoint(self) -> bool:
        ordered = sorted(self.bands, key=lambda b: b.low)
        return all(a.high < b.low for a, b in zip(ordered, ordered[1:], strict=False))

    def complete(self) -> bool:
        """Whether every number of criteria, from none to the whole set, is in one band: then
        every commune is in the list."""
        ordered = sorted(self.bands, key=lambda b: b.low)
        if ordered[0].low != 0 or ordered[-1].high != self.size:
            return False
        return all(b.low == a.high + 1 for a, b in zip(ordered, ordered[1:], strict=False))


def _range(m: re.Match[str], size: int) -> tuple[int, int] | None:
    if m.group("lo"):
        low, high = int(m.group("lo")), int(m.group("hi"))
        if m.group("below"):
            high -= 1
    elif m.group("under"):
        low, high = 0, int(m.group("u")) - 1
    elif m.group("over"):
        low, high = int(m.group("o")) + 1, size
    else:
        low = high = int(m.group("one"))
        if m.group("up"):
            high = size
    if not 0 <= low <= high or high > max(size, low):
        return None
    return low, high


def _share(text: str, at: int) -> tuple[float, int, int] | None:
    """The share written right after a band ending at ``at``: (value, decimals, end)."""
    m = _SHARE.match(text, at)
    if m is None:
        return None
    written = m.group("share")
    decimals = len(written.partition(",")[2])
    return float(Decimal(written.replace(",", "."))), decimals, m.end()


def _read(text: str, size: int) -> list[Band]:
    found: list[Band] = []
    for pattern in (_COUNT_FIRST, _BAND_FIRST, _RECOGNISED, _COMPLETED, _EMPTY):
        for m in pattern.finditer(text):
            if pattern is _COMPLETED and int(m.group("all")) != size:
                continue
            if pattern in (_RECOGNISED, _COMPLETED):
                low = high = size
                whole = int(m.group("n")) if m.group("n") else None
            else:
                span = _range(m, size)
                if span is None:
                    continue
                (low, high), whole = span, None
                if pattern is _COUNT_FIRST and m.group("n") and low == high == size:
                    whole = int(m.group("n"))  # "3/20 xã đạt đủ 19/19 tiêu chí": the top band's N
            if pattern is _EMPTY:
                count = 0
            else:
                if _NOT_A_COUNT.search(text, max(0, m.start("k") - 20), m.start("k")):
                    continue
                count = int(m.group("k"))
            end = m.end()
            share = _share(text, end)
            value, decimals = (share[0], share[1]) if share else (None, None)
            if share:
                end = share[2]
            recognised = pattern is _RECOGNISED
            found.append(Band(m.start(), end, low, high, count, value, decimals, whole, recognised))
    found.sort(key=lambda b: (b.start, -b.end))
    bands: list[Band] = []
    for band in found:
        if bands and band.start < bands[-1].end:
            continue  # read by an earlier pattern ("19 tiêu chí: 30 xã đạt chuẩn")
        bands.append(band)
    return bands


def set_size(facts: Sequence[IdFact]) -> int:
    """The number of criteria of the set the report's facts name, else the default."""
    named = Counter(f.criteria_set for _, f in facts if getattr(f, "criteria_set", None))
    for criteria_set, _n in named.most_common():
        try:
            return criterion_count(str(criteria_set))
        except (KeyError, ValueError):
            continue
    return DEFAULT_SET_SIZE


#: One band's breakdown in brackets ("47 xã đạt từ 15-18 tiêu chí (trong đó có 23 xã đã được
#: công nhận nhưng bị sụt giảm tiêu chí); 38 xã …"): its communes are some of that band's, no
#: band of their own, and the list goes on after it.
BRACKETED_PART = re.compile(r"\(\s*(?i:trong\s+đó)[^()]*\)")
#: One band's change in brackets right after it ("67 xã đạt 14-18 tiêu chí, chiếm 40,4% (tăng
#: 67 xã so với năm 2010); 57 xã …"): it dates and compares the band before it only, so it
#: does not end the list as a comparison written between two bands does.
BRACKETED_CHANGE = re.compile(r"^\s*\(\s*(?i:tăng|giảm)(?![^\W\d_])[^()]*\)")


def band_lists(text: str, size: int = DEFAULT_SET_SIZE) -> list[BandList]:
    """The lists of at least two bands in ``text``: bands at most BAND_GAP apart, with
    nothing between them that dates or compares one of them (a band's breakdown, or its own
    change, in brackets is read past)."""
    parts = [m.span() for m in BRACKETED_PART.finditer(text)]
    lists: list[list[Band]] = []
    for band in _read(text, size):
        if any(start < band.start < end for start, end in parts):
            continue
        if lists:
            last = lists[-1][-1]
            gap = BRACKETED_PART.sub("", BRACKETED_CHANGE.sub("", text[last.end : band.start]))
            if len(gap) <= BAND_GAP and not _LIST_BREAK.search(gap):
                lists[-1].append(band)
                continue
        lists.append([band])
    out = []
    for bands in lists:
        tops = {b.count for b in bands if b.low == size and not b.recognised}
        # "20/60 xã đạt chuẩn. Phân loại: 19 tiêu chí: 20 xã; …": the same communes twice
        bands = [b for b in bands if not (b.recognised and b.count in tops)]
        if len(bands) < 2:
            continue
        if all(b.low == b.high == size for b in bands):
            continue  # recognised communes, said twice: no list of bands
        out.append(BandList(tuple(bands), size))
    return out
