"""Years a text does not print: the year after the last it states completed or
after a comparison base, one it frames as its own, a recognition's, the year it was written
in (a site's date, an anniversary, its lead's event), a headline's year that is the
occasion; and the spans it opens with — money's, or phases chained.
"""

from __future__ import annotations

import re

from baocao.nlp.metadata.common import _SENTENCE
from baocao.nlp.metadata.date import _publication_date
from baocao.nlp.metadata.period.dated import _Dated, _dated
from baocao.nlp.metadata.period.present import _STILL_NOW, _THIS_YEAR_WORD, _forecast_two_on
from baocao.nlp.metadata.recognitions import _RECOGNISED_IN
from baocao.vocab.money import MONEY_AMOUNT
from baocao.vocab.patterns import cues
from baocao.vocab.periods import period_end_year, period_years

#: "Nhân kỷ niệm 88 năm … (18/11/1930 - 18/11/2018)": the anniversary falls in the year of
#: writing.
_ANNIVERSARY = re.compile(
    r"(?i:kỷ\s+niệm)[^()]{0,200}\(\s*\d{1,2}/\d{1,2}/(?:19|20)\d{2}\s*[-–]\s*"
    r"\d{1,2}/\d{1,2}/((?:19|20)\d{2})\s*\)"
)


def _occasion(period: str, dated: list[_Dated], now: int | None) -> bool:
    """Whether a headline's year is the occasion a text is printed on rather than its data's:
    one year, the year printed (when known), after the latest state the text dates or opens
    a sentence with ("Tính đến hết năm 2022" under "… bước vào năm 2023 …"); or a span that
    starts after the year printed, over a body stating its present by then ("Nông thôn mới
    giai đoạn 2026-2030: …" printed in 2025 over "Tính đến tháng 1/2025, cả nước có …"):
    the coming programme the text looks to, its figures those of the year printed."""
    states = [period_end_year(d.period) or 0 for d in dated if d.role in ("present", "opener")]
    span = re.fullmatch(r"(\d{4})-\d{4}", period)
    if now is not None and span is not None and int(span.group(1)) > now:
        return any(d.role == "present" for d in dated) and max(states) <= now
    if not re.fullmatch(r"\d{4}", period) or (now is not None and int(period) != now):
        return False
    return bool(states) and max(states) < int(period)


def _money_span(text: str, present: list[_Dated]) -> str | None:
    """The one span a text without a dated title opens its sentences with, when that span is
    the time money was raised or spent over ("Giai đoạn 2017-2020, xã huy động 120 tỷ
    đồng"): the span is the money's period (FACTS.md: funding is a flow) and, as for any
    text reviewing results over a span it writes, the text's own (its undated states are of
    the span's last year; README "Decisions", a review's period). A span opening a statement
    of anything else, two spans, or a present dated otherwise leave the rule to
    :func:`_present_period`."""
    if any(d.role != "opener" for d in present):
        return None
    spans = {d.period for d in present}
    if len(spans) != 1:
        return None
    (span,) = spans
    if not re.fullmatch(r"\d{4}-\d{4}", span):
        return None
    if any(MONEY_AMOUNT.search(text, d.at, d.end) is None for d in present):
        return None
    return span


def _end_years(dated: list[_Dated]) -> list[int]:
    """The last year of each period dated."""
    return [period_end_year(d.period) or 0 for d in dated]


def _chained(plain: list[_Dated]) -> str:
    """The first period a text writes, or the spans it goes on with one after the other
    joined ("giai đoạn 2011-2015 có 3 xã …, giai đoạn 2016-2020 có 11 xã …" → 2011-2020: a
    text reviewing both phases is on both)."""
    first = plain[0].period
    if not re.fullmatch(r"\d{4}-\d{4}", first):
        return first
    start, end = period_years(first)
    for d in plain[1:]:
        if not re.fullmatch(r"\d{4}-\d{4}", d.period):
            continue
        a, b = period_years(d.period)
        if a == end + 1:
            end = b
    return f"{start}-{end}"


#: A sentence framing the year it opens with as the text's own: "Năm 2016 là năm thứ 5 thực
#: hiện …", "Năm 2015, đánh dấu chặng đường …" (``year_framing`` cues).
_FRAMED_YEAR = re.compile(
    r"\s*(?i:năm)\s+(?P<y>(?:19|20)\d{2})\s*,?\s*(?:" + cues().pattern("year_framing") + ")"
)


def _recognised_in_year_printed(
    text: str, plain: list[_Dated], found: str | None, now: int
) -> str | None:
    """The year a news text is printed in, when its data end with an earlier year ("Đến
    cuối năm 2024, thu nhập … đạt …") but its news is a recognition that year ("UBND tỉnh
    công nhận xã A đạt chuẩn năm 2025"): the text is of the recognition, its data the
    state the units were recognised on."""
    if found is None or not re.fullmatch(r"\d{4}", found) or int(found) >= now:
        return None
    for d in plain:
        if d.period != str(now):
            continue
        sentence = next(
            (sm for sm in _SENTENCE.finditer(text) if sm.start() <= d.at < sm.end()), None
        )
        if sentence is not None and _RECOGNISED_IN.search(text, sentence.start(), d.at):
            return d.period
    return None


def _recognised_year_ending_span(text: str, dated: list[_Dated], found: str | None) -> str | None:
    """The year a news lead says its unit is recognised for ("… tổ chức lễ công bố xã đạt
    chuẩn nông thôn mới năm 2020"), when the text's present is a span after it ending that
    year ("Giai đoạn 2015 - 2020, …"): the span is the road to the recognition, the text is
    of the recognition's year."""
    if found is None or not re.fullmatch(r"\d{4}-\d{4}", found):
        return None
    end = found[-4:]
    span_at = min((d.at for d in dated if d.period == found), default=None)
    if span_at is None:
        return None
    for d in dated:
        if d.period != end or d.at >= span_at:
            continue
        sentence = next(
            (sm for sm in _SENTENCE.finditer(text) if sm.start() <= d.at < sm.end()), None
        )
        if sentence is not None and _RECOGNISED_IN.search(text, sentence.start(), d.at):
            return end
    return None


def _year_after_last_stated(text: str, dated: list[_Dated], found: str | None) -> str | None:
    """The present of a text that prints no year of its own, when it goes on from the last
    year it states completed ("Đến hết năm 2017 có 30/90 xã đạt chuẩn") to an undated
    present ("Đến nay có 40 xã …") and writes a later year only as a forecast two years on
    ("dự kiến năm 2019 …"): the year between, 2018, not the completed one carried forward.
    Nothing when the text says "năm nay" or writes the year between anywhere."""
    if found is None or not re.fullmatch(r"\d{4}", found) or _THIS_YEAR_WORD.search(text):
        return None
    year = int(found)
    last = [d for d in dated if d.role == "present" and d.period == found]
    if not last or not any(
        not _in_trajectory(text, m.start())
        for m in _STILL_NOW.finditer(text, max(d.end for d in last))
    ):
        return None
    return str(year + 1) if _forecast_two_on(text, year) else None


#: The start of a change run up to the present: "từ chỗ có 40 xã dưới 5 tiêu chí, đến nay …"
#: (``trajectory_from`` cues).
_TRAJECTORY_FROM = re.compile(cues().pattern("trajectory_from"))


def _in_trajectory(text: str, at: int) -> bool:
    """Whether the "đến nay" at ``at`` ends a change its sentence runs from where things
    stood ("từ chỗ …, đến nay …"): the change up to the state the text dates, no later
    present of its own."""
    sentence = next((sm for sm in _SENTENCE.finditer(text) if sm.start() <= at < sm.end()), None)
    return sentence is not None and _TRAJECTORY_FROM.search(text, sentence.start(), at) is not None


def _year_after_base(text: str, dated: list[_Dated]) -> str | None:
    """The present of a text that prints no year of its own and dates nothing but a
    comparison base ("tăng 5 triệu đồng so với năm 2019") and a goal two years on ("phấn
    đấu cuối năm 2021 …"): the year between, as for :func:`_year_after_last_stated`."""
    if not dated or any(d.role != "base" for d in dated) or _THIS_YEAR_WORD.search(text):
        return None
    years = {period_end_year(d.period) for d in dated}
    if len(years) != 1 or None in years:
        return None
    year = years.pop() or 0
    return str(year + 1) if _forecast_two_on(text, year) else None


def _framed_year(text: str, dated: list[_Dated]) -> str | None:
    """The year a text that prints no year of its own frames as its own in a sentence
    opening with it ("Năm 2016 là năm thứ 5 thực hiện …"), followed by an undated present
    ("Tính đến nay, …"), when the text states no later year but as a goal."""
    for sm in _SENTENCE.finditer(text):
        m = _FRAMED_YEAR.match(sm.group())
        if m is None:
            continue
        year = int(m.group("y"))
        if _STILL_NOW.search(text, sm.end()) is None:
            return None
        if any(
            (period_end_year(d.period) or 0) > year
            for d in dated
            if d.role in ("present", "step", "opener", "plain", "item")
        ):
            return None
        return str(year)
    return None


#: A full date of the event a news lead reports: "Sáng 20/10/2021, …", "Ngày 5 tháng 3 năm
#: 2022, …" (a sentence opening with it).
_LEAD_EVENT = re.compile(
    r"(?:^|(?<=[.!?]\s))[ \t]*(?i:(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?|ngày\s+)"
    r"(?:\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?P<y>(?:19|20)\d{2})"
    r"|\d{1,2}\s+(?i:tháng)\s+\d{1,2}\s+(?i:năm)\s+(?P<y2>(?:19|20)\d{2}))\s*,",
    re.MULTILINE,
)

#: How far into a text its lead may report an event.
LEAD_EVENT_CHARS = 800

#: A recognition a news lead says was just given, by a decision of a full date ("xã A vừa
#: được UBND tỉnh công nhận đạt chuẩn … theo Quyết định số 15/QĐ-UBND ngày 3/5/2023"): the
#: news is written in the decision's year.
_JUST_RECOGNISED = re.compile(
    r"(?<![^\W\d_])(?i:vừa)\s+[^.!?\n]{0,80}?(?i:công\s+nhận)[^.!?\n]{0,160}?"
    r"(?i:quyết\s+định)[^.!?\n]{0,60}?(?i:ngày)\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*"
    r"(?P<y>(?:19|20)\d{2})(?!\d)"
)


def _year_of_writing(text: str) -> int | None:
    """The year a text was written in, when it says so in passing: the date a news site
    printed, an anniversary celebrated ("kỷ niệm 88 năm … (18/11/1930 - 18/11/2018)"), or
    the full date of the event its lead reports."""
    published = _publication_date(text)
    if published:
        return int(published[:4])
    anniversary = _ANNIVERSARY.search(text)
    if anniversary:
        return int(anniversary.group(1))
    # the event a news lead reports: "Sáng 20/10/2021, UBND huyện … tổ chức …"
    event = _LEAD_EVENT.search(text, 0, LEAD_EVENT_CHARS)
    if event is None:
        just = _JUST_RECOGNISED.search(text, 0, LEAD_EVENT_CHARS)
        return int(just.group("y")) if just else None
    year = int(event.group("y") or event.group("y2"))
    # "Ngày 31/12/2010, 82 xã … triển khai …. 5 năm sau (năm 2015), …": a lead opening on
    # where the story started, the text stating a later year as done, is history
    later = [
        d
        for d in _dated(text)
        if d.role in ("present", "step", "opener", "plain", "item")
        and "-" not in d.period
        and (period_end_year(d.period) or 0) > year
    ]
    return None if later else year
