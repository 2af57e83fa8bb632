"""The title's period: the first period a report's title writes, or years it counts
in words back from the last whole year at its date; a plan's or a vision's horizon, a date
stated before a goal, and a state's period as a report writes its own ("2017-M06" →
"2017-H1").
"""

from __future__ import annotations

import re

from baocao.nlp.metadata.common import _PERIOD_RE
from baocao.nlp.metadata.plan import _planned
from baocao.vocab.patterns import cues, is_goal_word
from baocao.vocab.periods import (
    is_comparison_base,
    is_start,
    last_full_year,
    names_a_document,
    parse_period,
    period_years,
    years_back,
)

#: A programme named by its span in a title: "Chương trình MTQG xây dựng NTM giai đoạn …".
_PROGRAMME_SPAN = re.compile(r"(?i:chương\s+trình|bộ\s+tiêu\s+chí)[^.;:,\d]{0,80}$")

#: A party committee's or council's term: "nhiệm kỳ 2020-2025".
_TERM = re.compile(r"(?i:nhiệm\s+kỳ\s+(?:19|20)\d{2})")
#: A term with both its years: "nhiệm kỳ 2020-2025", "nhiệm kỳ 2020 – 2025".
_TERM_SPAN = re.compile(r"(?i:nhiệm\s+kỳ\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2}))(?!\d)")
#: A congress that opens a term: "trình Đại hội đại biểu Đảng bộ xã …", "Nghị quyết Đại hội".
_CONGRESS = re.compile(r"(?i:(?<!\w)đại\s+hội(?!\w))")


#: The months a report is on, their year left to a later period of the title ("6 tháng đầu
#: năm và phương hướng 6 tháng cuối năm 2023").
_MONTHS_WITHOUT_YEAR = re.compile(
    r"(?i:(?<!\w)(?:\d{1,2}|sáu|chín)\s+tháng\s+đầu\s+năm)(?!\s*(?:(?:19|20)\d{2}|nay)(?!\w))"
)


#: Months, a quarter or the year so far a title names with its year left out ("Sơ kết 6 tháng
#: đầu năm …", "… 9 tháng năm nay", "… quý III", "… từ đầu năm đến nay"): the year the
#: report is dated in.
_YEAR_LEFT_OUT = re.compile(
    r"(?i:(?<!\w)(?:(?P<months>(?:\d{1,2}|sáu|chín)\s+tháng(?:\s+đầu)?\s+năm)"
    r"|(?P<sofar>từ\s+đầu\s+năm)|(?P<quarter>quý\s+(?:iv|i{1,3}|[1-4])))(?!\w)"
    r"(?!\s*(?:[/-]\s*)?(?:(?:19|20)\d{2}|năm)(?!\w)))"
)


def _year_of_writing_left_out(title: str, date: str | None) -> str | None:
    """The period of a title that names its months, quarter or year so far without their
    year ("Sơ kết 6 tháng đầu năm thực hiện …" dated 18/6/2024 → 2024-H1; "… từ đầu năm
    đến nay" dated 8/2024 → 2024): a report on a part of a year is written in it."""
    m = _YEAR_LEFT_OUT.search(title)
    if m is None or date is None:
        return None
    year = date[:4]
    if m.group("sofar"):
        return year
    if m.group("quarter"):
        return parse_period(f"{m.group('quarter')}/{year}")
    return parse_period(f"{m.group('months')} {year}")


def congress_term(line: str | None) -> tuple[int, int] | None:
    """The term a congress opens, when ``line`` (a title or a headline) names a congress and
    its term ("Đại hội Đảng bộ xã A lần thứ XXV, nhiệm kỳ 2020-2025" → (2020, 2025))."""
    if not line or _CONGRESS.search(line) is None:
        return None
    m = _TERM_SPAN.search(line)
    if m is None:
        return None
    first, last = int(m.group(1)), int(m.group(2))
    return (first, last) if first < last else None


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
            return _year_of_writing_left_out(title, date)
        found, at = (others or named)[0]
        if (
            not headline
            and date is None
            and re.fullmatch(r"\d{4}-\d{4}", found)
            and _TERM.search(title)
            and _CONGRESS.search(title)
        ):
            # "… trình Đại hội …, nhiệm kỳ 2020-2025" undated: a congress sits at its term's
            # start, so its text is of the term just ended, as when dated that year; its
            # "đến nay" is the congress's year, its goals "đến năm 2025" the term's end
            first, last = period_years(found)
            return f"{2 * first - last}-{first}"
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
