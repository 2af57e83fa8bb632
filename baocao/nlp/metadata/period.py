"""The period a report speaks of.

* **period** and **scheme** — from the title (years it counts in words, "Sơ kết 3 năm …",
  back from the last whole year at its date; a span not yet over when written, up to that
  year) (:func:`_title_period`); else from the text (:func:`_document_period`), from the
  years its sentences are dated by (:func:`_dated`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from baocao.nlp.metadata.common import _FROM_VALUE, _PERIOD_RE, _SENTENCE, FROM_VALUE_REACH
from baocao.nlp.metadata.date import EARLIEST_REPORT_YEAR, _opens_undated_present, _publication_date
from baocao.nlp.metadata.furniture import _FURNITURE
from baocao.nlp.metadata.plan import _plan_period, _planned, plan_issued_period
from baocao.nlp.metadata.recognitions import _RECOGNISED_IN, latest_recognised_in_list
from baocao.vocab.money import MONEY_AMOUNT
from baocao.vocab.patterns import cues, is_goal_word
from baocao.vocab.periods import (
    bound_to_its_item,
    carried_over,
    is_comparison_base,
    is_start,
    is_state_date,
    last_full_year,
    names_a_document,
    parse_period,
    period_end_year,
    period_years,
    phase_so_far,
    runs_to_a_day,
    years_back,
)

#: A programme named by its span in a title: "Chương trình MTQG xây dựng NTM giai đoạn …".
_PROGRAMME_SPAN = re.compile(r"(?i:chương\s+trình|bộ\s+tiêu\s+chí)[^.;:,\d]{0,80}$")
#: A party committee's or council's term: "nhiệm kỳ 2020-2025".
_TERM = re.compile(r"(?i:nhiệm\s+kỳ\s+(?:19|20)\d{2})")


#: The months a report is on, their year left to a later period of the title ("6 tháng đầu
#: năm và phương hướng 6 tháng cuối năm 2023").
_MONTHS_WITHOUT_YEAR = re.compile(
    r"(?i:(?<!\w)(?:\d{1,2}|sáu|chín)\s+tháng\s+đầu\s+năm)(?!\s*(?:(?:19|20)\d{2}|nay)(?!\w))"
)
#: A headline that is a report's title written on the title word's line ("Báo cáo kết quả
#: … năm 2022 và kế hoạch năm 2023"): read as a title, its plan not making it a goal.
_REPORT_HEADLINE = re.compile(
    r"[\s*_#]*(?i:báo\s+cáo)\s+(?i:kết\s+quả|tình\s+hình|sơ\s+kết|tổng\s+kết|đánh\s+giá)(?!\w)"
)


def _title_period(title: str, date: str | None, *, headline: bool = False) -> str | None:
    """The period a report's title names: the first it writes, and years counted in words
    ("Sơ kết 3 năm thực hiện …", "Tổng kết 10 năm xây dựng …") back from the last whole
    year at the report's date (a report of June 2024 on 3 years is on 2021-2023), or the
    first of a span written beside them that is longer than they are ("Sơ kết 3 năm …
    giai đoạn 2021-2025" → 2021-2023; "Tổng kết 10 năm … giai đoạn 2010-2020" keeps the
    span written). A news ``headline`` is read the same way, but for a comparison base, a
    start or a decision's year, and not at all when it states a goal; the years it counts
    back give their last ("10 năm thực hiện …" printed in 2019 → 2019: what they reached)."""
    if headline and _goal_in(title):
        return None
    unyeared = _MONTHS_WITHOUT_YEAR.search(title)
    if unyeared is not None:
        # "Sơ kết 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2023": the year written once
        # for both halves; the report is on the first
        later = _PERIOD_RE.search(title, unyeared.end())
        shared = parse_period(later.group()) if later is not None else None
        if shared is not None:
            return parse_period(f"{unyeared.group()} {shared[:4]}")
    back = None
    spans = []
    named: list[tuple[str, int]] = []  # a programme's span ("Chương trình MTQG … 2021-2025")
    others: list[tuple[str, int]] = []
    for m in _PERIOD_RE.finditer(title):
        if names_a_document(title, m.start()):
            continue
        if headline and (is_comparison_base(title, m.start()) or is_start(title, m.start())):
            continue
        if back is None:
            back = years_back(m.group())
        written = parse_period(m.group())
        if written is None:
            continue
        if re.fullmatch(r"\d{4}-\d{4}", written):
            spans.append(period_years(written))
            if _PROGRAMME_SPAN.search(title, max(0, m.start() - 80), m.start()):
                named.append((written, m.start()))
                continue
        others.append((written, m.start()))
    if back is None:
        # "Kết quả thực hiện Chương trình … giai đoạn 2021-2025 năm 2023": the year reported
        if not (others or named):
            return None
        found, at = (others or named)[0]
        if headline or date is None or not re.fullmatch(r"\d{4}-\d{4}", found):
            return found
        first, last = period_years(found)
        year = int(date[:4])
        if _TERM.search(title) and year <= first:
            # "… trình Đại hội …, nhiệm kỳ 2020-2025" written in 2020: the term just ended
            return f"{2 * first - last}-{first}"
        if first <= year < last and not _planned(title, at):
            # "Sơ kết giữa nhiệm kỳ 2020-2025" written in 2022: the years gone so far
            return f"{first}-{year}" if year > first else str(first)
        return found
    now = last_full_year(None, date)
    if spans:
        first, last = spans[0]
        if back >= last - first:  # "10 năm" of 2010-2020, "5 năm" of 2016-2020: the span
            return f"{first}-{last}"
        end = min(last, now) if now is not None and now >= first + back - 1 else first + back - 1
        return f"{end - back + 1}-{end}"
    if now is None:
        return None if headline else parse_period(title)
    if headline:
        # "[Infographic] 10 năm thực hiện chương trình … tỉnh X": news on a review states
        # what the years have reached, at their end; a report's title covers the years
        return str(now)
    return f"{now - back + 1}-{now}" if back > 1 else str(now)


#: A base at the end of a year ("so với cuối năm 2018", "so với thời điểm cuối năm 2020"):
#: a state set against the year-end before it is stated in the year after.
_YEAR_END_BASE = re.compile(r"(?i:(?<!\w)(?:cuối|hết)\s+(?:năm\s+)?)$")


#: A date inside a sentence ("ngày 13 tháng 5 năm 2021", "ngày 29/4/2021") is an event.
_DAY_BEFORE = re.compile(r"(?i:ngày\s+\d{1,2}\s*(?:/\s*)?)$")
#: A plan's horizon, a vision or a party term written before a year ("lập quy hoạch đến năm
#: 2030", "tầm nhìn đến năm 2050", "nhiệm kỳ 2020 - 2025"), or a vision after it ("đến năm
#: 2030, tầm nhìn …"): no time the text states anything at (``horizon``, ``vision`` cues).
_HORIZON_BEFORE_YEAR = re.compile(
    "(?:" + cues().pattern("horizon") + "|" + cues().pattern("vision") + r")[^\d.;:,]{0,20}$"
)
_VISION_AFTER_YEAR = re.compile(r"\s*,?\s*" + cues().pattern("vision"))


def _horizon(sentence: str, start: int, end: int) -> bool:
    """Whether the period at ``sentence[start:end]`` is a plan's horizon, a vision's or a
    party term (see ``_HORIZON_BEFORE_YEAR``), which dates nothing of the text."""
    return (
        _HORIZON_BEFORE_YEAR.search(sentence[max(0, start - 40) : start]) is not None
        or _VISION_AFTER_YEAR.match(sentence, end) is not None
    )


#: A span that names a programme or a criteria set, not the time of a statement.
#: A plan or roadmap the span names ("40 xã nằm trong lộ trình … giai đoạn 2016-2020": which
#: communes; ``plan_span`` cues) is no time either.
_NAMED_SPAN = re.compile(
    rf"(?i:bộ\s+tiêu\s+chí|chương\s+trình|đề\s+án|{cues().pattern('plan_span')})[^.;:]{{0,80}}$"
)
#: A standard or criteria set named by any period: "Bộ tiêu chí quốc gia ban hành năm 2009",
#: "theo chuẩn nghèo áp dụng cho giai đoạn 2021-2025" (``standard_phase`` cues).
_CRITERIA_SET_BEFORE = re.compile("(?:" + cues().pattern("standard_phase") + r")[^.;:,\d]{0,40}$")
#: A body named with the phase it serves ("Hội đồng thẩm định, xét công nhận xã … giai đoạn
#: 2022 - 2025 …", "Ban Chỉ đạo các Chương trình MTQG giai đoạn 2016-2020 tỉnh"; ``body_phase``
#: cues), no "đã" or figure between: the phase is the body's remit, no time of the text.
_BODY_PHASE_BEFORE = re.compile(
    "(?:" + cues().pattern("body_phase") + r")(?:(?!\s(?i:đã)\s)[^.;:\n\d]){0,120}$"
)
#: How far before a period its body's name may open.
BODY_PHASE_REACH = 140
#: "Nhân kỷ niệm 88 năm … (18/11/1930 - 18/11/2018)": the anniversary falls in the year of
#: writing.
_ANNIVERSARY = re.compile(
    r"(?i:kỷ\s+niệm)[^()]{0,200}\(\s*\d{1,2}/\d{1,2}/(?:19|20)\d{2}\s*[-–]\s*"
    r"\d{1,2}/\d{1,2}/((?:19|20)\d{2})\s*\)"
)
#: The moment a state is counted to, named between "đến" and its month ("tính đến thời điểm
#: tổng kết tháng 6/2025"; ``time_point`` cues): optional, so the month still dates it.
_TIME_POINT = r"(?:" + cues().pattern("time_point") + r"\s+)?"

#: "Đến hết ngày 30/6", "hết tháng 6", "6 tháng đầu năm" with no year: the first half of the
#: year of writing.
_MID_YEAR = re.compile(
    r"(?i:(?:đến|tới)\s+" + _TIME_POINT + r"(?:hết\s+)?(?:ngày\s+30\s*/\s*0?6|tháng\s+0?6)(?![\d/])"
    r"|(?:0?6|sáu)\s+tháng\s+đầu\s+năm(?!\s*(?:nay\s+)?\d))"
)
#: "9 tháng đầu năm", "Chín tháng năm nay" with no year: the months so far of the year of
#: writing.
_MONTHS_SO_FAR = re.compile(
    r"(?i:(?<!\w)((?:[3-9]|1[01]|ba|chín)\s+tháng)\s+(?:đầu\s+)?năm(?:\s+nay)?(?!\s*\d))"
)


#: The end of a year a forecast is made for ("Hết năm 2019, … dự kiến …", "ước đến cuối năm
#: 2022 …"): estimates, unlike targets ("phấn đấu đến hết năm 2025"), are of the year they
#: are made in.
_END_OF_YEAR = re.compile(r"(?i:(?<!\w)(?:hết|cuối)\s+)$")
_ESTIMATE = re.compile(cues().pattern("estimate"))


#: "phấn đấu đến năm 2025", "trở thành thị xã vào năm 2025": a horizon says nothing of the
#: year of writing, unlike a plan for the year ("Năm 2019, tỉnh có 12 xã đăng ký …").
_HORIZON_BEFORE = re.compile(r"(?i:(?:đến|tới|vào|trước|sau)\s+)$")


#: A plan for one year, which a text is written in: communes registered for it, the year's
#: plan, or the year opening the sentence ("Năm 2019, tỉnh có 12 xã đăng ký …").
#: "Xã đang phấn đấu đạt chuẩn … trong năm 2023": a goal being worked on, within its year.
_YEAR_PLAN = re.compile(r"(?i:đăng\s+ký|kế\s+hoạch\s+năm|(?<!\w)đang\s+phấn\s+đấu)")
#: A goal's year written as the year being worked in ("phấn đấu trong năm 2018 có thêm 11
#: xã"): the text is written in it, as in a year it registers communes for.
_YEAR_UNDER_WAY = re.compile("(?:" + cues().pattern("year_under_way") + r")\s+(?:19|20)\d{2}$")
#: A result set against a goal or plan of a year ("…, vượt mục tiêu năm 2022", "hoàn thành
#: sớm kế hoạch năm 2019"): the year is a clue to when the text is written, not the date
#: of the result (whose time the sentence gives elsewhere, or the text does).
_GOAL_MET = re.compile("(?:" + cues().pattern("goal_measured") + r")[^.;:,\d]{0,30}$")
_OPENS_WITH = re.compile(r"\W*(?i:trong\s+)?$")
# "Riêng năm 2016, cả nước huy động …": a statement singling out its year opens with it too
# (a goal so opened is no plan of the year: "Riêng năm 2016, xã quyết tâm …"), and so does a
# lead naming the results of its span ("Kết quả giai đoạn năm 2016-2019 …, toàn tỉnh đã huy
# động …": ``result_lead`` cues).
_OPENS_SINGLED = re.compile(
    r"\W*(?:(?:" + cues().pattern("result_lead") + r")\s+(?i:(?:giai\s+đoạn|thời\s+kỳ)\s+)?)?"
    r"(?i:riêng\s+)?(?i:trong\s+)?$"
)


def _goal_in(sentence: str) -> bool:
    return any(
        is_goal_word(sentence, m.start(), m.end())
        for m in re.finditer(cues().pattern("goal"), sentence)
    )


def _stated_before_goal(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``sentence[start:end]`` heads a figure stated before the sentence
    turns to a goal ("Tính đến hết tháng 9/2024, toàn tỉnh có 100 xã, phấn đấu đến cuối năm
    …"), unlike a date the goal itself is for ("Tính đến hết năm 2025, tỉnh phấn đấu …")."""
    goals = [
        m.start()
        for m in re.finditer(cues().pattern("goal"), sentence)
        if is_goal_word(sentence, m.start(), m.end())
    ]
    return (
        bool(goals)
        and goals[0] > end
        and re.search(r"\d", sentence[end : goals[0]]) is not None
        and _AS_OF_BEFORE.search(sentence[max(0, start - 30) : start]) is not None
    )


#: What introduces a date a figure is stated at: "Tính đến hết …", a clause opening "Hết
#: năm 2019, …"; not a date inside a plan's clause ("ưu tiên 6 xã điểm cuối năm 2021").
_AS_OF_BEFORE = re.compile(
    r"(?i:(?:^\W*|[,;:]\s*|(?<!\w)(?:đến|tới)\s+)(?:(?:hết|cuối)\s+)?(?:ngày\s+)?)$"
)


def report_period(period: str) -> str:
    """A state's period as a report writes its own: a state at the end of June is the first
    half ("2017-M06" → "2017-H1"), at the end of March or September the quarter or the nine
    months, any other month the year; years, spans and halves as they are."""
    m = re.fullmatch(r"((?:19|20)\d{2})-M(\d{2})", period)
    if m is None:
        return period
    year, month = m.group(1), int(m.group(2))
    return {6: f"{year}-H1", 3: f"{year}-Q1", 9: f"{year}-M01-09"}.get(month, year)


#: "Từ đầu năm 2024, …": since the start of the year the text is written in.
_SINCE_NEW_YEAR = re.compile(r"(?i:(?<!\w)từ\s+đầu\s+)$")
#: A state date with nothing but "đến" before it ("Đến năm 2016, cả 11 xã …") is a step of a
#: timeline; "tính đến", "đến hết", "đến cuối" date the text's own present.
_BARE_UNTIL = re.compile(r"(?i:(?<!\w)(?<!tính\s)(?:đến|tới)\s+(?:ngày\s+\d{1,2}\s*/\s*)?)$")
#: "Đến đầu năm 2019, thu nhập đạt …": a state reached at the start of a year is of that year
#: (a present of the text, unlike "Năm 2016, xã được công nhận …" before it).
_UNTIL_YEAR_START = re.compile(r"(?i:(?<!\w)(?:tính\s+)?(?:đến|tới)\s+đầu\s+)$")
#: A period whose match holds its own "(tính) đến": "Đến 30/6/2023", "Tính đến 31/12/2022",
#: "Tại thời điểm 31/12/2021" (a state taken on that day, as "tính đến" dates it).
_UNTIL_IN_PERIOD = re.compile(
    r"(?i:(?:(?P<how>tính\s+)?(?:đến|tới)\s+(?:thời\s+điểm\s+)?"
    r"|(?P<at>(?:tại|vào)\s+thời\s+điểm\s+))(?P<end>(?:hết|cuối)\s+)?(?:ngày\s+)?\d)"
)
#: A run of months from January: "9 tháng năm 2024", "6 tháng đầu năm 2016".
_MONTHS_TO_DATE = re.compile(r"(?i:^\S+\s+tháng\s+(?:đầu\s+)?năm)")
#: Words that speak of an undated present after a dated year: "Đến nay, …", "hiện nay".
_STILL_NOW = re.compile(cues().pattern("until_now"))
#: A turn from an earlier year or phase to the present within a sentence: "…, nhưng hiện nay
#: …", "… thì nay …" (``then_now`` cues).
_THEN_NOW = re.compile(cues().pattern("then_now"))
#: Words that speak of an undated present after a dated sentence: "Đến nay, …", "Năm nay".
_UNDATED_PRESENT = re.compile(cues().pattern("until_now") + r"|(?i:(?<!\w)năm\s+nay(?!\w))")
#: A sentence opening on "before that" ("Trước đó, …": ``earlier_than_now`` cues).
_EARLIER_OPENING = re.compile(r"[\s\-–—+•·*]*(?i:" + cues().pattern("earlier_than_now") + r")\s*,")
#: A sentence giving a state for the phase of a programme it names: "Thực hiện Chương trình
#: … giai đoạn 2021-2025, toàn tỉnh có 80% số xã đạt chuẩn" (``phase_opening`` cues, then a
#: figure after the span).
_PHASE_OPENING = re.compile(r"\W*" + cues().pattern("phase_opening"))
_REVIEW_EVENT = re.compile(cues().pattern("review_event"))
#: A sentence opening on a programme named up to its span ("Chương trình MTQG xây dựng NTM
#: giai đoạn ") and the goals it sets right after the span ("… 2021-2025 đặt mục tiêu").
_PROGRAMME_OPENING = re.compile(r"\W*(?i:chương\s+trình|đề\s+án|kế\s+hoạch)[^.;:\d]{0,100}$")
_GOAL_UNDER_WAY = re.compile(
    cues().pattern("goal_under_way") + r"[^.;:]{0,80}?(?i:trong)\s+(?:(?i:năm)\s+)?$"
)
_PROGRAMME_GOAL = re.compile(r"\s*,?\s*" + cues().pattern("programme_goal"))
_FIGURE = re.compile(r"\d")
#: The last year a programme's starting point is stated at: the 2010 baseline survey, the
#: first year of the programme (QĐ 800/QĐ-TTg, 2010; communes began in 2011).
BASELINE_YEAR = 2011
_BASELINE = re.compile(cues().pattern("baseline"))
#: How many sentences open a text (its headline and lead), where a phase is the text's.
LEAD_SENTENCES = 3


_QUARTER = re.compile(r"((?:19|20)\d{2})-Q([1-4])")


@dataclass(frozen=True)
class _Dated:
    """A period written in a sentence, and what it does there (see :func:`_dated`)."""

    period: str
    role: str  # "present", "step", "opener", "plain", "goal", "remaining", "base", "hint",
    # "phase", "programme", "item" (bound to one item of a ";"-list)
    at: int  # where it is written in the text
    end: int  # where its sentence ends


#: Units counted right before a phase ("57 xã giai đoạn I", "các xã giai đoạn 2016-2020"):
#: the phase labels the group (the communes planned for it), not the time of the text.
_GROUP_BEFORE = re.compile(r"(?i:(?:\d+|các|những)\s+(?:xã|thôn|bản|huyện)\s+)$")
_PHASE_WORD = re.compile(r"(?i:giai\s+đoạn)")


def _dated(text: str) -> list[_Dated]:
    """Every period a text writes that can say when the text is, with its role: the present
    it dates ("Tính đến hết năm 2020", "9 tháng năm 2024", "Từ đầu năm 2024"), a step of a
    timeline ("Đến năm 2016"), a sentence opening with its year ("Năm 2019, toàn tỉnh …"),
    any other statement's date, a goal, a goal for the rest of a year, a comparison base or a
    hint at the year (a base of the same period a year before, "so với cùng kỳ năm 2019", or
    a month). A start ("Từ năm 2011"), the old value of a change, a decision's year, an
    event's day and a programme's span date nothing of the text and are left out."""
    out: list[_Dated] = []
    opening = 0  # sentences read so far, page furniture left out
    # the latest year the sentence just before sets a goal for, and where it ends
    goal_before: tuple[int, int] | None = None
    in_goal = False  # the sentence just before is a goal's clause ending on a semicolon
    for sm in _SENTENCE.finditer(text):
        sentence = sm.group()
        if _FURNITURE.match(sentence):
            continue
        opening += 1
        if _EARLIER_OPENING.match(sentence) and _UNDATED_PRESENT.search(text, 0, sm.start()):
            # "Tính đến nay, toàn tỉnh có … Trước đó, tính đến năm 2020, 100% số xã …": a state
            # recalled from before the undated present, whose dates are not the text's
            continue
        goal = _goal_in(sentence) or _PLAN_OPENING.match(sentence) is not None
        aimed = (
            goal_before[0]
            if goal_before is not None and "\n" not in text[goal_before[1] : sm.start()]
            else None
        )
        # a clause after a semicolon goes on with its sentence's goal
        goal_before = (aimed, sm.end()) if aimed and in_goal else None
        in_goal = False
        if goal:
            years = [
                period_end_year(p) or 0
                for p in map(parse_period, _PERIOD_RE.findall(sentence))
                if p
            ]
            goal_before = (max(years), sm.end()) if years else None
        in_goal = goal_before is not None and sentence.rstrip().endswith(";")
        if _a_rule(text, sm.start()):
            continue  # "xã nâng cao giai đoạn 2021-2025 phải là …": a standard's rule
        for m in _PERIOD_RE.finditer(sentence):
            period = parse_period(m.group())
            before = sentence[max(0, m.start() - 12) : m.start()]
            if (
                period is None
                or _DAY_BEFORE.search(before)
                or _horizon(sentence, m.start(), m.end())
                or names_a_document(sentence, m.start())
                or carried_over(sentence, m.start())
                or _CRITERIA_SET_BEFORE.search(sentence[max(0, m.start() - 60) : m.start()])
                or _BODY_PHASE_BEFORE.search(
                    sentence[max(0, m.start() - BODY_PHASE_REACH) : m.start()]
                )
                or _FROM_VALUE.search(sentence[max(0, m.start() - FROM_VALUE_REACH) : m.start()])
                or (is_start(sentence, m.start()) and not _SINCE_NEW_YEAR.search(before))
            ):
                continue
            if _GROUP_BEFORE.search(before) and _PHASE_WORD.match(m.group()):
                continue  # "57 xã giai đoạn I đạt …": the communes the phase was planned for
            role = "plain"
            if runs_to_a_day(m.group()):
                # "từ năm 2011 đến hết tháng 6/2019, thành phố đã huy động …": the text
                # reports from the span's last day, on its year (not a half of it)
                role, period = "present", str(period_years(period)[1])
            elif _SINCE_NEW_YEAR.search(before) and "-" not in period:
                role = "present"
            elif is_comparison_base(sentence, m.start()):
                cue = sentence[max(0, m.start() - 30) : m.start()]
                if "-M" in period:  # "so với tháng 3/2016": the text is of 2016
                    role, period = "hint", period[:4]
                elif re.search(r"(?i:cùng\s+(?:kỳ|thời\s+điểm))", cue) or (
                    "-" not in period and _YEAR_END_BASE.search(cue)
                ):  # a year before; "tăng 620 xã so với cuối năm 2018": the year after it
                    role, period = "hint", str((period_end_year(period) or 0) + 1)
                else:
                    role = "base"
            elif "-" not in period and _GOAL_MET.search(sentence[: m.start()][-40:]):
                # "…, vượt mục tiêu năm 2022", "hoàn thành sớm kế hoạch năm 2022": a result set
                # against the year's goal, in a text written that year
                role = "hint"
            elif "-" not in period and _GOAL_UNDER_WAY.search(sentence[: m.start()]):
                # a goal worked for now in a year ("xã đang phấn đấu đạt chuẩn nâng cao trong
                # năm 2023"): the text is written in that year, like the rest of a year's
                role, period = "remaining", period[:4]
            elif goal and not (
                (is_state_date(sentence, m.start()) or _MONTHS_TO_DATE.match(m.group()))
                and _stated_before_goal(sentence, m.start(), m.end())
            ):
                if re.search(r"(?i:tháng\s+cuối)", m.group()):
                    role, period = "remaining", period[:4]
                elif (
                    "-" not in period and _END_OF_YEAR.search(before) and _ESTIMATE.search(sentence)
                ):
                    # "Hết năm 2019, tỉnh dự kiến thêm 7 xã …", "ước đến cuối năm 2022 …": a
                    # forecast for the end of a year is made in that year
                    role = "remaining"
                elif (
                    "-" not in period
                    and not _HORIZON_BEFORE.search(before)
                    and (
                        _YEAR_PLAN.search(sentence)
                        or _OPENS_WITH.match(sentence[: m.start()])
                        or _YEAR_UNDER_WAY.search(sentence[max(0, m.start() - 20) : m.end()])
                    )
                ):
                    role = "goal"
                elif (
                    opening <= LEAD_SENTENCES
                    and _PROGRAMME_OPENING.match(sentence[: m.start()])
                    and _PROGRAMME_GOAL.match(sentence, m.end())
                ):
                    # "Chương trình MTQG … giai đoạn 2021-2025 đặt mục tiêu …" opening a text:
                    # the programme is its subject, its span the text's when nothing else is
                    role = "programme"
                else:
                    continue
            elif is_state_date(sentence, m.start()) or _UNTIL_YEAR_START.search(before):
                bare = _BARE_UNTIL.search(sentence[max(0, m.start() - 30) : m.start()])
                role = "step" if bare else "present"
            elif (until := _UNTIL_IN_PERIOD.match(m.group())) is not None:
                # "Đến 30/6/2023, cả nước có …": the state date written with its "đến"
                dated = until.group("how") or until.group("end") or until.group("at")
                role = "present" if dated else "step"
            elif _MONTHS_TO_DATE.match(m.group()) and "-H2" not in period:
                role = "present"
            elif _NAMED_SPAN.search(sentence[: m.start()]) and "-" in period:
                if not (
                    opening <= LEAD_SENTENCES
                    and (
                        (_PHASE_OPENING.match(sentence) and _FIGURE.search(sentence, m.end()))
                        # "Ngày 7-10, tỉnh tổng kết 10 năm thực hiện Chương trình … giai
                        # đoạn 2011-2020.": the review of the phase the text reports
                        or _reviews_whole_phase(sentence, m.start(), period)
                    )
                ):
                    continue
                role = "phase"  # the programme's phase the text's lead gives a state for
            elif (
                _OPENS_SINGLED.match(sentence[: m.start()])
                and not _in_brackets(text, sm.start())
                and not _in_breakdown(text, sm.start())
            ):
                # (not a part listed in brackets after a semicolon: "… 2.100 tỷ đồng
                # (giai đoạn 2011-2015: 700 tỷ đồng; giai đoạn 2016-2020: …)", nor a part of
                # a breakdown: "Trong đó, giai đoạn 2011-2015 có 20 xã; giai đoạn 2016-2020
                # có 30 xã; năm 2021 có 4 xã")
                role = "opener"
            if role == "plain" and _item_of_a_list(text, sm, m):
                # "…; thu nhập bình quân năm 2022 đạt 60 triệu đồng; …": a year bound to one
                # item's measure dates that item, not the text (unless nothing else does)
                role = "item"
            if role in ("opener", "plain") and _THEN_NOW.search(sentence, m.end()):
                # "Giai đoạn 2016-2020, tiêu chí chỉ xét hộ nghèo, nhưng hiện nay …", "Nếu năm
                # 2015 … thì nay …": the year or phase the sentence turns from to the present
                # is recalled, no present of the text
                continue
            if (
                role in ("opener", "plain")
                and (period_end_year(period) or 0) <= BASELINE_YEAR
                and _BASELINE.search(sentence)
            ):
                # "Năm 2010, huyện mới đạt 5,1 tiêu chí/xã": where the programme started from
                role = "base"
            if (
                role in ("present", "step")
                and aimed is not None
                and period_years(period)[0] > aimed
            ):
                # "Đến năm 2020, tỉnh phấn đấu có … Đến hết năm 2025, toàn tỉnh có …": a state
                # later than the goal just set goes on with the goals, no present of the text
                continue
            if role in ("present", "step") and (q := _QUARTER.fullmatch(period)):
                # "Đến cuối quý II/2022": a state at the quarter's end, its last month's
                period = f"{q.group(1)}-M{3 * int(q.group(2)):02d}"
            if role in ("present", "step", "opener"):
                period = report_period(period)
            out.append(_Dated(period, role, sm.start() + m.start(), sm.end()))
        for m in _MISTYPED_SPAN.finditer(sentence):
            repaired = _repaired_span(m)
            if repaired is not None:
                out.append(_Dated(repaired, "plain", sm.start() + m.start(), sm.end()))
        _join_phases(out, sm.start())
    return sorted(out, key=lambda d: d.at)


#: A condition a unit must meet to be recognised ("phải là xã đạt chuẩn", ``condition`` cues).
_CONDITION = re.compile(cues().pattern("condition"))


def _a_rule(text: str, at: int) -> bool:
    """Whether the clause at ``at`` belongs to a sentence (to its full stops, across ";" and
    ":") stating the rule of a standard ("Xã nâng cao giai đoạn 2021-2025 phải là xã đạt
    chuẩn …; đạt 20 tiêu chí … giai đoạn 2021-2025 gồm: …"): the phase it names is the
    standard's, no time the text states anything at; a goal's sentence is no rule."""
    line = text.rfind("\n", 0, at) + 1
    stops = [m.end() for m in _FULL_STOP.finditer(text, line, at)]
    start = stops[-1] if stops else line
    stop = _FULL_STOP.search(text, at)
    end = min(stop.start() if stop else len(text), _line_end(text, at))
    sentence = text[start:end]
    return _CONDITION.search(sentence) is not None and not _goal_in(sentence)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


#: "tổng kết 10 năm thực hiện …": how many years a review looks back on.
_YEARS_REVIEWED = re.compile(r"(?<!\d)(\d{1,2})\s+(?i:năm)(?!\w)")


def _reviews_whole_phase(sentence: str, at: int, span: str) -> bool:
    """Whether ``sentence`` reports a final review (``review_event`` cues) of the phase
    ``span`` written at ``at`` ("tổ chức tổng kết 10 năm thực hiện Chương trình … giai đoạn
    2011-2020"), not of its first years only ("tổng kết 3 năm … giai đoạn 2021-2025")."""
    review = _REVIEW_EVENT.search(sentence, 0, at)
    if review is None:
        return False
    first, last = period_years(span)
    back = _YEARS_REVIEWED.search(sentence, review.end(), at)
    return back is None or int(back.group(1)) >= last - first


def _item_of_a_list(text: str, sm: re.Match[str], m: re.Match[str]) -> bool:
    """Whether the period ``m`` (in sentence ``sm``, which a ";" may end) is bound to one
    item's measure in a ";"-list written on one line
    (:func:`baocao.vocab.periods.bound_to_its_item`)."""
    line_start = text.rfind("\n", 0, sm.start()) + 1
    listed = sm.group().rstrip().endswith(";") or text[line_start : sm.start()].rstrip().endswith(
        ";"
    )
    if not listed:
        return False
    at = sm.start() + m.start()
    return bound_to_its_item(text, (sm.start(), sm.end()), (at, sm.start() + m.end(), m.group()))


#: A sentence that opens by saying what the plan is: "Theo kế hoạch đến hết năm 2020, toàn
#: tỉnh có 56 xã …", "Và theo kế hoạch thì …" (a plan's figures, not the text's present).
_PLAN_OPENING = re.compile(r"[\W\d_]*(?i:(?:và|còn)\s+)?(?i:theo\s+kế\s+hoạch)(?!\s+(?:số|vốn))")
#: A span whose first year lost a digit: "giai đoạn từ 206-2018" (2016-2018).
_MISTYPED_SPAN = re.compile(
    r"(?i:(?<!\w)(?:giai\s+đoạn|thời\s+kỳ)\s+(?:từ\s+)?(?:năm\s+)?)"
    r"(?P<first>2\d{2})\s*[-–]\s*(?P<last>(?:19|20)\d{2})(?!\d)"
)


def _repaired_span(m: re.Match[str]) -> str | None:
    """The span a mistyped one stands for: the one year the first can be with a digit put
    back that falls in the programme's years before the last ("206-2018" → 2016-2018, not
    2006 nor 2060); None when no year or several fit."""
    written, last = m.group("first"), int(m.group("last"))
    years = {
        int(written[:i] + digit + written[i:])
        for i in range(1, len(written) + 1)
        for digit in "0123456789"
    }
    fits = [y for y in years if EARLIEST_REPORT_YEAR <= y < last]
    return f"{fits[0]}-{last}" if len(fits) == 1 else None


def _join_phases(out: list[_Dated], sentence: int) -> None:
    """A sentence opening with a span and going on with the span after it ("Giai đoạn
    2011-2015 có 5 xã …, giai đoạn 2016-2020 có thêm 10 xã …") opens with both: its present
    is the later one's end, not the first's."""
    mine = [i for i, d in enumerate(out) if d.at >= sentence]
    if not mine or out[mine[0]].role != "opener":
        return
    opener = out[mine[0]]
    if not re.fullmatch(r"\d{4}-\d{4}", opener.period):
        return
    start, end = period_years(opener.period)
    for i in mine[1:]:
        d = out[i]
        if d.role == "plain" and re.fullmatch(r"\d{4}-\d{4}", d.period):
            a, b = period_years(d.period)
            if a == end + 1:
                end = b
    if f"{start}-{end}" != opener.period:
        out[mine[0]] = _Dated(f"{start}-{end}", opener.role, opener.at, opener.end)


def _document_period(text: str, headline: str | None, labelled: str | None = None) -> str | None:
    """The period a text without a dated title speaks of, by the first rule that finds one:

    1. the headline's period ("… đạt chuẩn NTM năm 2017");
    2. the latest present the text dates: a state reached ("Tính đến hết tháng 6-2017" →
       2017-H1, the year 2017 unless the text is on the half: :func:`_year_unless_half_year`;
       "đến cuối năm 2018"; "từ năm 2011 đến hết tháng 6/2019" → 2019), the months so far
       ("9 tháng năm 2024"), a sentence opening with its year ("Năm 2016, toàn tỉnh có …")
       — none after the text was printed, which is a goal. A text that goes on to an
       undated present ("Năm 2013, xã được chọn làm điểm. Đến nay, …") or whose latest
       step is a bare "Đến năm 2016" of a timeline has its present undated: the year printed
       when known, else no period;
    3. a goal for the rest of a year ("Trong 2 tháng cuối năm 2021, … phấn đấu") — the text
       is written in that year;
    4. the first period written that is no goal, no comparison base, no start, no event
       date and no decision's or programme's name ("Trong giai đoạn 2011-2015, tỉnh … đã có
       28 xã"), nor one its sentence goes on from to an undated present ("còn nợ 1 tiêu
       chí trong năm 2016, đến nay …": history);
    5. weaker clues to the year of writing: the year printed, a goal for one year, a
       comparison with the same period a year before or with a month, an anniversary.

    A text that prints no year of its own may still say its present: the year between its
    last completed year and a forecast two years on (:func:`_year_after_last_stated`, and
    :func:`_year_after_base` for a comparison base), the year a framing sentence or a plan
    paragraph gives its undated "đến nay" (:func:`_framed_year`,
    :func:`_plan_year_of_present`). An article printed two years or more after the last year
    it states, opening a sentence with an undated "Hiện …", is of the year printed
    (:func:`_present_long_after`).

    A state at the end of a span written before it is of that span ("1. Kết quả … giai đoạn
    2016 - 2020" ⏎ "Tính đến cuối năm 2020, …" → 2016-2020): a plan for 2021-2025 reports
    the period it reviews. A headline's year after every state the text dates, in a text
    printed that year, is the occasion it is printed on, not its data's ("… bước vào năm
    2023 …" over "Tính đến hết năm 2022, …" → 2022)."""
    dated = _dated(text)
    printed = _publication_date(text) or labelled
    now = _year_of_writing(text) or (int(labelled[:4]) if labelled else None)
    reporting = headline is not None and _REPORT_HEADLINE.match(headline) is not None
    period = _title_period(headline, printed, headline=not reporting) if headline else None
    if period is not None and headline is not None:
        body = [d for d in dated if d.at >= text.find(headline) + len(headline)]
        if not _occasion(period, body, now):
            return report_period(period)
        dated = body  # the occasion dates nothing of the text's data
    if now is not None:  # a present after the year of writing is a goal
        dated = [d for d in dated if period_years(d.period)[0] <= now or d.role == "base"]
    present = [d for d in dated if d.role in ("present", "step", "opener")]
    if present:
        money_end = _money_span(text, present)
        if money_end is not None:
            return _present_after_span_so_far(text, present[0], now) or money_end
        plain = [d for d in dated if d.role == "plain"]
        found = _present_period(text, present, plain, now, printed)
        if now is not None:
            found = _present_long_after(text, found, now) or found
            found = _recognised_in_year_printed(text, plain, found, now) or found
        else:  # a text that prints no year of its own
            found = _year_after_last_stated(text, dated, found) or found
            found = _plan_checked_the_year_after(text, found) or found
            if found is None:
                found = _framed_year(text, dated) or _plan_year_of_present(text)
        return found
    plan = _plan_period(text) or plan_issued_period(text, now)
    if plan is not None:
        return plan
    raised = _money_only_since(text, now)
    if raised is not None:
        return raised
    ahead = _opening_goal_year(text, now) or (_goal_list_horizon(text) if now is None else None)
    if ahead is not None:
        return ahead
    if now is not None and _lead_states_now(text, headline):
        # "Cập nhật … 13/09/2019" ⏎ "…, đến nay, toàn tỉnh đã có 90/116 xã …": the state the
        # lead gives at the time of writing, whatever spans the text goes on to
        return str(now)
    by_role: dict[str, list[str]] = {}
    for d in dated:
        by_role.setdefault(d.role, []).append(d.period)
    if "remaining" in by_role:
        return by_role["remaining"][0]
    # a year inside a sentence may be an achievement ("được công nhận đạt chuẩn năm 2023")
    # as well as an event: unlike a year opening one, an undated present after it is not later
    plain = [d for d in dated if d.role == "plain"]
    if now is not None:  # "Năm 2000, xã … được công nhận …" in a text of 2018 is history
        plain = [d for d in plain if (period_end_year(d.period) or 0) >= now - 2]
    # "… còn nợ tiêu chí môi trường trong năm 2016, đến nay xã đạt 19/19": a year its
    # sentence goes on from to an undated present is history, not the text's present
    plain = [d for d in plain if _STILL_NOW.search(text, d.at, d.end) is None]
    goals = [int(d.period) for d in dated if d.role == "goal" and d.period.isdigit()]
    if now is None and plain and goals and max(goals) > max(_end_years(plain)):
        # "… đạt chuẩn nâng cao trong năm 2022. … xã đang phấn đấu đạt chuẩn trong năm
        # 2023": a text with no date of its own is written in the year it works toward,
        # after every year it states as done
        return str(max(goals))
    if plain:
        found = report_period(_chained(plain))
        if now is not None:
            listed = [(d.at, d.period) for d in dated if d.role == "item"]
            found = (
                latest_recognised_in_list(text, (plain[0].at, plain[0].period), listed, now)
                or found
            )
        if found == plain[0].period:
            found = _present_after_span_so_far(text, plain[0], now) or found
        return (_present_long_after(text, found, now) if now is not None else None) or found
    # the year the text was printed in beats a goal's year ("Năm 2023, tỉnh phấn đấu …" in
    # an article of November 2022 is next year's plan)
    year: str | None = str(now) if now else _headline_this_year(text, headline)
    items = [d for d in dated if d.role == "item"]
    if year is None and items:
        # a text that prints no year and dates nothing but one item of a list: that item's
        # year is the best clue left to its own
        return report_period(_chained(items))
    if year is None:
        year = _year_after_base(text, dated)
    if year is None and "phase" in by_role:
        # a text that writes no year of its own, whose lead gives a state for a programme's
        # phase ("Thực hiện Chương trình … giai đoạn 2021-2025, toàn tỉnh có 80% …"): its
        # states are the phase's
        return by_role["phase"][0]
    if year is None and "programme" in by_role:
        return by_role["programme"][0]  # a text on a programme's goals for its span
    if year is None and "goal" in by_role:
        year = by_role["goal"][0][:4]
    elif year is None and "hint" in by_role:
        year = by_role["hint"][0]
    if year and _MID_YEAR.search(text):
        return f"{year}-H1"
    so_far = _MONTHS_SO_FAR.search(text) if year else None
    if so_far:
        return parse_period(f"{so_far.group(1)} năm {year}") or year
    return year


#: Results stated to the end of June: "tính đến hết tháng 6", "đến 30/6/2022", "6 tháng đầu
#: năm nay" (the year, when written, in ``y``).
_TO_END_OF_JUNE = re.compile(
    r"(?i:(?<!\w)(?:đến|tới)\s+"
    + _TIME_POINT
    + r"(?:hết\s+)?(?:ngày\s+)?(?:30\s*/\s*0?6|tháng\s+0?6)"
    r"(?:\s*[/-]\s*(?P<y>(?:19|20)\d{2}))?(?![\d/])"
    r"|(?<!\w)(?:6|sáu)\s+tháng\s+đầu\s+năm(?:\s+(?:nay|(?P<y2>(?:19|20)\d{2})))?(?!\s*\d))"
)
#: A later month the text states results to: "đến hết tháng 9", "đến 31/10", "9 tháng đầu năm".
_LATER_MONTH = re.compile(
    r"(?i:(?<!\w)(?:đến|tới)\s+" + _TIME_POINT + r"(?:hết\s+|cuối\s+)?(?:ngày\s+)?"
    r"(?:\d{1,2}\s*/\s*(?:0?[7-9]|1[0-2])|tháng\s+(?:0?[7-9]|1[0-2]))(?!\d)"
    r"|(?<!\w)(?:[7-9]|1[01]|bảy|tám|chín|mười|mười\s+một)\s+tháng(?:\s+đầu)?\s+năm"
    r"|(?<!\w)(?:hết|cuối)\s+năm\s+(?:nay|(?P<y>(?:19|20)\d{2})))"
)
#: The months of a year's second half a text dated then may be printed in.
SECOND_HALF_MONTHS = (7, 8)


def _first_half_of_writing(text: str, period: str | None, date: str | None) -> str | None:
    """The first half of the year of writing ("2022-H1") for a text printed in July or August
    of that year whose results are stated to the end of June ("tính đến hết tháng 6, cả nước
    có …", "6 tháng đầu năm") and to no later month nor a year's end, when its period is
    read as that bare year; None otherwise."""
    if period is None or not re.fullmatch(r"\d{4}", period) or date is None:
        return None
    if not date.startswith(period) or len(date) < 7 or int(date[5:7]) not in SECOND_HALF_MONTHS:
        return None
    found = [
        m
        for m in _TO_END_OF_JUNE.finditer(text)
        if (m.group("y") or m.group("y2") or period) == period
    ]
    # "so với cuối năm 2021" is a base; "đến cuối năm 2022", "hết năm nay" a later present
    later = [m for m in _LATER_MONTH.finditer(text) if (m.group("y") or period) >= period]
    if not found or later:
        return None
    return f"{period}-H1"


#: A text on the first half of a year: "sơ kết 6 tháng", "6 tháng đầu năm", "từ đầu năm",
#: "tăng 160 xã so với cuối năm 2021" (``half_year`` cues); with a year or "nay" after it, it
#: says so wherever it is written.
_HALF_YEAR = re.compile(cues().pattern("half_year"))
_HALF_YEAR_DATED = re.compile(r"\s+(?i:nay|trước|ngoái|(?:19|20)\d{2})(?!\d)")
#: A gain written with the state at the end of June ("đến tháng 6/2019, toàn tỉnh có thêm 4
#: xã …"): the half's progress (``half_gain`` cues).
_HALF_GAIN = re.compile(cues().pattern("half_gain"))


def _year_unless_half_year(text: str, period: str | None, title: str | None) -> str | None:
    """The year of a first half ("2019-H1" → "2019") read from a state at the end of June
    ("đến hết tháng 6/2019", a title's "(06/2016)") in a text that is no report on the
    half: figures cumulative to that day are the year's. A text is on the half when a
    ``half_year`` cue is dated ("6 tháng đầu năm 2019", "… năm nay"), or opens its lead, or
    dates money ("Từ đầu năm đến nay, tỉnh huy động 2.288 tỷ đồng"), or the state at the
    end of June is written as a gain in its sentence ("đến tháng 6/2019, tỉnh có thêm 4
    xã"; "tăng 2 xã so với năm 2017" is no gain of the half); works done "6 tháng
    đầu năm" further on in a text stating its present do not make it one. A title naming
    the half ("Sơ kết 6 tháng đầu năm và phương hướng 6 tháng cuối năm 2022") is on it."""
    if period is None or not period.endswith("-H1"):
        return period
    if title is not None and _HALF_YEAR.search(title):
        return period
    if _opens_on_end_of_june(text, period):
        return period
    if title is None and _headline_stamped_june(text, period):
        return period
    opening = 0
    for sm in _SENTENCE.finditer(text):
        sentence = sm.group()
        if _FURNITURE.match(sentence):
            continue
        opening += 1
        if _TO_END_OF_JUNE.search(sentence) and _HALF_GAIN.search(sentence):
            return period  # "đến tháng 6/2019, toàn tỉnh có thêm 4 xã …": the half's gain
        for cue in _HALF_YEAR.finditer(sentence):
            if (
                opening <= LEAD_SENTENCES
                or _HALF_YEAR_DATED.match(sentence, cue.end())
                or MONEY_AMOUNT.search(sentence)
            ):
                return period
    return period[:4]


_ANY_YEAR = re.compile(r"(?<![\d/.,-])((?:19|20)\d{2})(?![\d/.,-]\d)")
#: The end of June opening its sentence as the time the sentence is at: "Tính đến tháng
#: 6-2016, toàn tỉnh …", "Theo Sở, đến hết tháng 6/2021, …" (a comma closes it).
_OPENING_TIME_CLOSED = re.compile(r"\s*,")


#: A month of June in brackets closing a line, the rest of it no words (a date at most):
#: "… đạt chuẩn nông thôn mới (06/2016)", "… (tháng 6/2016) 14/07/2016".
_BRACKETED_JUNE = re.compile(
    r"\(\s*(?i:tháng\s+)?0?6\s*[/-]\s*(?P<y>(?:19|20)\d{2})\s*\)[\s\d/.:|–-]*$",
    re.MULTILINE,
)


def _headline_stamped_june(text: str, period: str) -> bool:
    """Whether a news text's headline, the first line that states a time, closes on the
    month of June of ``period``'s year in brackets ("Tỉnh A có 45 xã đạt chuẩn nông thôn
    mới (06/2016)"): the headline stamps the state the whole text gives as at the end of
    that month, the time a lead opening on it would give (:func:`_opens_on_end_of_june`),
    so the text is on the first half. A formal title so dated is read by spanJ's rule."""
    year = period[:4]
    if _later_month_written(text, year):
        return False
    for sentence in _unfurnished_sentences(text):
        stamp = _BRACKETED_JUNE.search(sentence)
        if stamp is not None:
            return stamp.group("y") == year and _ANY_YEAR.search(sentence, 0, stamp.start()) is None
        if _ANY_YEAR.search(sentence) is not None or _PERIOD_RE.search(sentence) is not None:
            return False  # an earlier time stated first
    return False


def _later_month_written(text: str, year: str) -> bool:
    """Whether the text states results to a month after June (or to a year's end) of ``year``
    or later: "đến hết tháng 9", "9 tháng đầu năm", "hết năm 2016"."""
    return any((m.group("y") or year) >= year for m in _LATER_MONTH.finditer(text))


def _unfurnished_sentences(text: str) -> Iterator[str]:
    """The text's sentences in order, without a page's furniture (a site's name, a clock)."""
    for sm in _SENTENCE.finditer(text):
        if not _FURNITURE.match(sm.group()):
            yield sm.group()


#: Before a time word run on from a headline: a closing word, quote or bracket, a space, and
#: maybe "Tính" (capitalised when it opens the teaser).
_BEFORE_RUN_ON = re.compile(r"[\w\"”»)][ \t]+(Tính[ \t]+)?$")


def _run_on_lead(sentence: str, at: int) -> bool:
    """Whether the time word at ``at`` opens a teaser run on to a headline on one line (a
    listing page: "… Những con số "biết nói" Đến 30/6/2023, cả nước …"): capitalised, after
    a word, a quote or a bracket with no full stop or comma between."""
    before = _BEFORE_RUN_ON.search(sentence, 0, at)
    if before is None or at == 0:
        return False
    opener = before.group(1) or sentence[at:]
    return opener[:1].isupper()


def _opens_on_end_of_june(text: str, period: str) -> bool:
    """Whether the first time the text states is the end of June of ``period``'s year, the
    time its lead opens on ("Tính đến tháng 6-2016, toàn tỉnh đã có 18 xã …", "Đến
    30/6/2021, huyện có …"): the text's present, so a news text is on the first half (the
    shared gold's decision: half-year news is ``-H1``), with no later month or year's end
    written. A text that dates something earlier first ("Năm 2012, xã A đạt chuẩn. Tính
    đến hết tháng 6-2018, …") or states the end of June mid-sentence, as one figure's
    time, is not (spanJ: such figures are the year's)."""
    year = period[:4]
    if _later_month_written(text, year):
        return False
    for sentence in _unfurnished_sentences(text):
        june = _TO_END_OF_JUNE.search(sentence)
        if june is not None and _run_on_lead(sentence, june.start()):
            # "Tên bài: Những con số "biết nói" Đến 30/6/2023, cả nước …": a listing's
            # headline run on to its teaser, which opens on the end of June
            sentence = sentence[june.start() :]
            june = _TO_END_OF_JUNE.match(sentence)
        first_year = _ANY_YEAR.search(sentence)
        if june is None:
            if first_year is not None:
                return False  # an earlier time stated first
            continue
        if (june.group("y") or june.group("y2") or year) != year:
            return False
        if first_year is not None and first_year.start() < june.start():
            return False
        return (
            not any(ch.isdigit() for ch in sentence[: june.start()])
            and _OPENING_TIME_CLOSED.match(sentence, june.end()) is not None
        )
    return False


#: The text speaking of its present without a date: "xã đang …", "hiện nay", "năm nay".
_PRESENT_WORD = re.compile(r"(?i:(?<!\w)(?:đang|hiện(?:\s+nay|\s+tại)?|năm\s+nay)(?!\w))")


@cache
def _verb_hien() -> re.Pattern[str]:
    """Verbs ending in "hiện" ("thực hiện", "thể hiện"): no present word (``verb_hien``)."""
    return re.compile(rf"(?<![^\W\d_])(?:{cues().pattern('verb_hien')})(?![^\W\d_])")


def _goal_year_of_present(text: str) -> str | None:
    """The year of an undated commune text whose only years are its goals' ("Để về đích
    năm 2016, xã đang … Trong năm 2015, xã quyết tâm làm thêm 3 tiêu chí"), when it speaks of
    its present ("đang", "hiện nay", "năm nay"): the nearest goal's year, the one being
    worked on; None when any year is written outside a goal or no present is spoken of."""
    if _PRESENT_WORD.search(_verb_hien().sub(lambda m: " " * len(m.group()), text)) is None:
        return None  # ("Từ khi thực hiện Chương trình …": a verb, no present)
    years: list[int] = []
    for sm in _SENTENCE.finditer(text):
        sentence = sm.group()
        found = [int(m.group(1)) for m in _ANY_YEAR.finditer(sentence)]
        if not found:
            continue
        if not _goal_in(sentence):
            return None
        years += found
    return str(min(years)) if years else None


#: How many sentences of the body (after the headline) make its lead.
LEAD_NOW_SENTENCES = 2
#: A figure of a state: "90/116 xã", "77,5%", "12 xã".
_STATE_FIGURE = re.compile(r"\d")


def _lead_states_now(text: str, headline: str | None) -> bool:
    """Whether the text's lead states a figure as of now without dating it ("Thực hiện …,
    đến nay, toàn tỉnh đã có 90/116 xã đạt chuẩn …"): its first sentences after the headline
    (page furniture left out) say "đến nay"/"hiện nay" before a figure and write no period."""
    start = text.find(headline) + len(headline) if headline else 0
    seen = 0
    for sm in _SENTENCE.finditer(text, start):
        sentence = sm.group()
        if not sentence.strip() or _FURNITURE.match(sentence):
            continue
        seen += 1
        if seen > LEAD_NOW_SENTENCES:
            return False
        now = _STILL_NOW.search(sentence)
        if now is None or _goal_in(sentence):
            continue
        if any(parse_period(p.group()) for p in _PERIOD_RE.finditer(sentence)):
            return False
        if _STATE_FIGURE.search(sentence, now.end()):
            return True
    return False


#: "Năm nay, …": this year, which a text says without writing it.
_THIS_YEAR_WORD = re.compile(r"(?i:(?<!\w)năm\s+nay(?!\w))")


def _headline_this_year(text: str, headline: str | None) -> str | None:
    """The year "năm nay" means in a text that writes its year only in its headline, be it
    a goal's ("Thành phố phấn đấu hoàn thành giải ngân … trong tháng 11/2015" over "Năm nay,
    tổng vốn … là 2.485 triệu đồng" → 2015): a month or a year of the headline, not a span."""
    if not headline or _THIS_YEAR_WORD.search(text) is None:
        return None
    for m in _PERIOD_RE.finditer(headline):
        if is_start(headline, m.start()) or is_comparison_base(headline, m.start()):
            continue
        period = parse_period(m.group())
        if period is None:
            continue
        first, last = period_years(period)
        if first == last:
            return str(last)
    return None


#: "(tính) từ năm 2016 đến nay": money raised since a year, up to the time of writing.
_SINCE_YEAR = re.compile(r"(?i:(?<!\w)từ\s+năm\s+((?:19|20)\d{2})\s+(?:đến|tới)\s+nay(?!\w))")
#: A figure other than money: units counted, criteria, a share.
_OTHER_FIGURE = re.compile(
    r"\d[\d.,]*\s*(?:/\s*\d+\s*)?(?:%|(?i:xã|huyện|tiêu\s+chí|thôn|hộ|km|công\s+trình)(?!\w))"
)


_RESULT_LEAD = re.compile(cues().pattern("result_lead"))


def _present_after_span_so_far(text: str, span: _Dated, now: int | None) -> str | None:
    """The year a text's undated present is in when the text dates money by the years of a
    programme phase so far ("trong giai đoạn 2021-2023, tổng vốn huy động … Đến nay, toàn
    tỉnh có …" — the phase is 2021-2025): money raised up to the time of writing, so the
    "đến nay" after it is the span's last year, and so is the text. A lead naming the span's
    results ("Kết quả giai đoạn 2016-2019, …") is a review, whose period is its span
    (README "Decisions"), as is a whole phase ("Giai đoạn 2016-2020, …"); a text printed
    after the span's last year has its present later. None when the rule does not hold."""
    if not re.fullmatch(r"\d{4}-\d{4}", span.period):
        return None
    first, last = period_years(span.period)
    if phase_so_far(last) != span.period or phase_so_far(last + 1) != f"{first}-{last + 1}":
        return None  # no phase's years so far: a whole phase, or a span across phases
    if now is not None and now != last:
        return None
    line = text.rfind("\n", 0, span.at) + 1
    stops = [m.end() for m in _FULL_STOP.finditer(text, line, span.at)]
    opening = stops[-1] if stops else line
    if _RESULT_LEAD.search(text, opening, span.at) is not None:
        return None
    if MONEY_AMOUNT.search(text, span.at, span.end) is None:
        return None  # a span of states, not of money raised up to now
    return str(last) if _STILL_NOW.search(text, span.end) is not None else None


def _money_only_since(text: str, now: int | None) -> str | None:
    """The span of a text stating nothing but money raised since a year ("tính từ năm 2016
    đến nay, thành phố đã huy động hơn 39.772 tỷ đồng. Trong đó, …" printed in 2019 →
    2016-2019): the years its only figures cover. None when it states any other figure (a
    state is of the present: the year printed) or money since more than one year."""
    if now is None or _OTHER_FIGURE.search(text):
        return None
    starts: set[int] = set()
    for sm in _SENTENCE.finditer(text):
        sentence = sm.group()
        if MONEY_AMOUNT.search(sentence):
            starts.update(int(m.group(1)) for m in _SINCE_YEAR.finditer(sentence))
    if len(starts) != 1:
        return None
    first = starts.pop()
    return f"{first}-{now}" if first < now else None


def _opening_goal_year(text: str, now: int | None) -> str | None:
    """The year of the goals a text opens with, written before that year and stating no
    present of its own ("Tỉnh An Giang đặt mục tiêu phấn đấu có thêm 9 xã đạt chuẩn … vào năm
    2022" printed in December 2021): news relaying a plan is on the plan's year. None when
    its first sentence with a figure states no goal ("Toàn tỉnh có 45 xã đạt chuẩn. Năm 2023,
    tỉnh phấn đấu …" is on the year printed), or none for one year after ``now``."""
    if now is None:
        return None
    for sm in _SENTENCE.finditer(text):
        sentence = sm.group()
        if _FURNITURE.match(sentence) or not _FIGURE.search(sentence):
            continue
        # the first sentence stating a figure: a goal, or the text states what is first
        if not _goal_in(sentence):
            return None
        years = {parse_period(m.group()) for m in _PERIOD_RE.finditer(sentence)}
        ahead = {y for y in years if y and y.isdigit() and int(y) > now}
        return ahead.pop() if len(ahead) == 1 and len(years) == 1 else None
    return None


#: A sentence setting out the list that follows: "… đặt mục tiêu cụ thể đến năm 2025:".
_LIST_FOLLOWS = re.compile(r":\s*$")
#: An item of a list: "- Phấn đấu …", "+ …", "• …".
_LIST_ITEM = re.compile(r"[ \t]*[-–•+*][ \t]*\S")
#: How many goal items make a list.
GOAL_ITEMS = 2


def _goal_list_horizon(text: str) -> str | None:
    """The year of the goals an undated text sets out as a list under one horizon ("Quốc hội
    đặt mục tiêu cụ thể đến năm 2030:" ⏎ "- Phấn đấu cả nước có …" ⏎ "- Phấn đấu …"): its first
    sentence with a figure is that goal, naming one year and ending on a colon, and every
    item after it (two or more) is a goal. The text is on the goals' year, as one opening
    on a year's goals is (:func:`_opening_goal_year`, for a text whose year is printed)."""
    for sm in _SENTENCE.finditer(text):
        sentence = sm.group().strip()
        if not sentence or _FURNITURE.match(sentence) or not _FIGURE.search(sentence):
            continue
        years = {parse_period(m.group()) for m in _PERIOD_RE.finditer(sentence)}
        if not (_goal_in(sentence) and _LIST_FOLLOWS.search(sentence) and len(years) == 1):
            return None
        year = years.pop()
        if year is None or not year.isdigit():
            return None
        items = 0
        for line in text[sm.end() :].split("\n")[1:]:
            if not line.strip():
                continue
            if not _LIST_ITEM.match(line):
                break
            if not _goal_in(line):
                return None
            items += 1
        return year if items >= GOAL_ITEMS else None
    return None


#: "Từ đầu năm (đến nay)": this year so far, before an undated present.
_SO_FAR_BEFORE = re.compile(r"(?i:từ\s+đầu\s+năm\s*)$")


def _data_of_last_year(
    text: str, undated: re.Match[str], latest: int, now: int | None, printed: str | None
) -> bool:
    """Whether an undated present after a year a text dates is still that year: the text is
    printed in the first half of the next year (:func:`_present_period`)."""
    if now is None or now != latest + 1 or printed is None or len(printed) < 7:
        return False
    if int(printed[5:7]) > 6 or undated.group().lower().startswith("năm"):
        return False  # "năm nay": this year
    return _SO_FAR_BEFORE.search(text, max(0, undated.start() - 20), undated.start()) is None


def _occasion(period: str, dated: list[_Dated], now: int | None) -> bool:
    """Whether a headline's year is the occasion a text is printed on rather than its data's:
    one year, the year printed (when known), after the latest state the text dates or opens
    a sentence with ("Tính đến hết năm 2022" under "… bước vào năm 2023 …")."""
    if not re.fullmatch(r"\d{4}", period) or (now is not None and int(period) != now):
        return False
    states = [period_end_year(d.period) or 0 for d in dated if d.role in ("present", "opener")]
    return bool(states) and max(states) < int(period)


#: A sentence breaking down the one before it: "Trong đó, …", "- Trong đó: …".
_BREAKDOWN_OPENING = re.compile(r"[\s\-–—+•·*]*(?i:trong\s+đó)(?!\w)")
#: Where a sentence ends (a ";" ends a clause only).
_FULL_STOP = re.compile(r"[.!?](?=\s)")


def _in_breakdown(text: str, at: int) -> bool:
    """Whether the clause at ``at`` goes on, after a ";", with a sentence that opens by
    breaking down the one before it ("Trong đó, giai đoạn 2011-2015 có 20 xã; giai đoạn
    2016-2020 có 30 xã"): a part of what that sentence broke down, opening nothing."""
    line = text.rfind("\n", 0, at) + 1
    stops = [m.end() for m in _FULL_STOP.finditer(text, line, at)]
    opening = stops[-1] if stops else line
    return opening < at and _BREAKDOWN_OPENING.match(text, opening) is not None


def _in_brackets(text: str, at: int) -> bool:
    """Whether ``at`` lies inside brackets opened earlier on its line."""
    line = text.rfind("\n", 0, at) + 1
    return text.count("(", line, at) > text.count(")", line, at)


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


def _present_period(
    text: str,
    present: list[_Dated],
    plain: list[_Dated],
    now: int | None,
    printed: str | None = None,
) -> str | None:
    """The text's present among the dates it states its present at (rule 2 of
    :func:`_document_period`). A text printed in the first half of the year after the one
    it dates ("Năm 2022, …. Đến nay, …" printed in February 2023) speaks of that year's
    data: its undated present is still that year's, unless it says this year so far ("từ
    đầu năm đến nay")."""
    latest = max(period_end_year(d.period) or 0 for d in present)
    last = [d for d in present if period_end_year(d.period) == latest]
    if not any(d.role == "present" for d in last):
        steps = {period_end_year(d.period) for d in present if d.role == "step"}
        undated = _UNDATED_PRESENT.search(text, max(d.end for d in last))
        if (
            undated is not None
            and _STILL_NOW.search(undated.group()) is None
            and any(
                (period_end_year(p.period) or 0) > latest and p.at < undated.start() for p in plain
            )
        ):
            # "… công nhận thêm 10 xã năm 2016 … được công nhận năm nay …" (but "… còn nợ 1
            # tiêu chí trong năm 2016, đến nay …" runs past that year too: still undated)
            undated = None
        if undated is not None and _data_of_last_year(text, undated, latest, now, printed):
            undated = None
        if undated is not None or (all(d.role == "step" for d in last) and len(steps) > 1):
            # "Năm 2013, xã được chọn làm điểm. Đến nay, …", "Đến tháng 6/2015 … Đến năm 2017
            # …": a timeline whose present is later and undated but by the year printed
            if now is None and _plans_next_year(text, latest):
                # "Riêng năm 2017, tỉnh bố trí … Đến nay, … Năm 2018, tỉnh phấn đấu …": a
                # text planning for the year after its last is written in that last year
                return str(latest)
            return str(now) if now is not None and now >= latest else None
    parts = [d.period for d in last if "-H" in d.period or "-Q" in d.period or "-M" in d.period]
    if parts:
        return parts[0]
    # "1. Kết quả … giai đoạn 2016 - 2020" ⏎ "Tính đến cuối năm 2020, …": the span reviewed;
    # a span the text opens with stays ("Giai đoạn 2011-2020, toàn huyện có …, trong đó … ở
    # giai đoạn 2016-2020": the whole, not its second phase)
    opened = [d for d in last if re.fullmatch(r"\d{4}-\d{4}", d.period)]
    # "Đến cuối năm 2020, huyện có …" ⏎ "Giai đoạn 2016-2020, tổng vốn …": a state the text
    # leads with, before the span, is its present; the span only dates what it opens
    stated = [d.at for d in last if d.role == "present" and re.fullmatch(r"\d{4}", d.period)]
    if opened and not (stated and min(stated) < opened[0].at):
        return opened[0].period
    spans = [p.period for p in plain if "-" in p.period and period_end_year(p.period) == latest]
    return spans[0] if spans else last[0].period


#: A sentence framing the year it opens with as the text's own: "Năm 2016 là năm thứ 5 thực
#: hiện …", "Năm 2015, đánh dấu chặng đường …" (``year_framing`` cues).
_FRAMED_YEAR = re.compile(
    r"\s*(?i:năm)\s+(?P<y>(?:19|20)\d{2})\s*,?\s*(?:" + cues().pattern("year_framing") + ")"
)
#: A sentence opening with a plan or goal for one year: "Theo kế hoạch năm 2017, …", "Theo
#: mục tiêu đề ra trong năm 2016, …" (``plan_year`` cues).
_PLAN_YEAR_OPENING = re.compile(
    r"[\W\d_]*(?:"
    + cues().pattern("plan_year")
    + r")[^.;:\d\n]{0,25}?(?i:năm)\s+(?P<y>(?:19|20)\d{2})(?![\d/-])"
)


def _present_long_after(text: str, found: str | None, now: int) -> str | None:
    """The present of an article printed two years or more after the last year it states
    ("Tính đến cuối năm 2022, huyện A …" in an article of 2024) that opens a sentence with
    the present undated ("Hiện thu nhập của huyện B đạt …"): the year it is printed in, the
    dated state being the sibling's past."""
    if found is None or not re.fullmatch(r"\d{4}", found) or now < int(found) + 2:
        return None
    return str(now) if _opens_undated_present(text) else None


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


def _later_years(text: str, year: int) -> Iterator[tuple[int, bool]]:
    """The first year of each period the text writes that runs past ``year`` (not a state
    before it, not the programme's span around it), and whether its sentence is a goal's."""
    for sm in _SENTENCE.finditer(text):
        sentence = sm.group()
        for m in _PERIOD_RE.finditer(sentence):
            period = parse_period(m.group())
            if period is None:
                continue
            first, end = period_years(period)
            if end <= year or ("-" in period and first <= year):
                continue
            yield first, _goal_in(sentence)


def _plans_next_year(text: str, year: int) -> bool:
    """Whether every year the text writes after ``year`` is a goal's and the year after it is
    one of them ("… đến nay có 13 xã. Năm 2018, tỉnh phấn đấu có thêm 5 xã" after "Riêng
    năm 2017, …"): the undated present is still ``year``."""
    later = list(_later_years(text, year))
    return all(goal for _, goal in later) and any(first == year + 1 for first, _ in later)


def _forecast_two_on(text: str, year: int) -> bool:
    """Whether every year the text writes after ``year`` is a goal's, none of them the year
    after it, and one is two years on ("dự kiến năm 2019" after "hết năm 2017")."""
    later = list(_later_years(text, year))
    return all(goal and first != year + 1 for first, goal in later) and any(
        first == year + 2 for first, _ in later
    )


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


def _plan_year_of_present(text: str) -> str | None:
    """The year of a plan or goal a paragraph opens with ("Theo kế hoạch năm 2017, …"), for
    a text that prints no year of its own and whose paragraph goes on to an undated present
    ("Đến nay, cả 6 xã đều chưa đạt"): the present the plan is checked at."""
    for line in text.splitlines():
        opened: str | None = None
        for sm in _SENTENCE.finditer(line):
            sentence = sm.group()
            m = _PLAN_YEAR_OPENING.match(sentence)
            if m is not None:
                opened = m.group("y")
                continue
            if (
                opened is not None
                and _STILL_NOW.search(sentence)
                and not _goal_in(sentence)
                and not any(parse_period(p.group()) for p in _PERIOD_RE.finditer(sentence))
            ):
                return opened
    return None


def _plan_checked_the_year_after(text: str, found: str | None) -> str | None:
    """The year after the last one a text with no date of its own states done, when a
    paragraph opens with that next year's plan and checks it at an undated present ("… đã
    đạt chuẩn cuối năm 2015. Theo mục tiêu đề ra trong năm 2016, tỉnh phấn đấu … 7 xã … Đến
    nay, cả 7 xã đều chưa đạt"): the plan is under way, so the present is its year."""
    if found is None or not re.fullmatch(r"\d{4}", found):
        return None
    checked = _plan_year_of_present(text)
    return checked if checked == str(int(found) + 1) else None


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
        return None
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
