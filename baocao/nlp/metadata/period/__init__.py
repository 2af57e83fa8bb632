"""The period a report speaks of.

* **period** and **scheme** — from the title (years it counts in words, "Sơ kết 3 năm …",
  back from the last whole year at its date; a span not yet over when written, up to that
  year) (:func:`_title_period`); else from the text (:func:`_document_period`), from the
  years its sentences are dated by (:func:`_dated`).

The package holds, in layers (each module uses only the ones above it here):

* :mod:`.title` — the period a title names, a plan's horizon, a goal, a state's period as a
  report writes it;
* :mod:`.dated` — every period a text's sentences are dated by, with its role: a present, a
  step, a goal, a rule, a review;
* :mod:`.half_year` — the first half of a year, or the year, of a text stating its results to
  the end of June;
* :mod:`.present` — the year of a text's undated present: its goals', its lead's, its headline's
  "năm nay", the dates it states;
* :mod:`.years` — the year of a text printing none of its own, the year it was written, the
  spans it opens with or chains.

:func:`_document_period` (here) puts them together for a text.
"""

from __future__ import annotations

import re

from baocao.nlp.metadata.date import _publication_date
from baocao.nlp.metadata.period.dated import _dated
from baocao.nlp.metadata.period.half_year import _TIME_POINT
from baocao.nlp.metadata.period.half_year import _first_half_of_writing as _first_half_of_writing
from baocao.nlp.metadata.period.half_year import _year_unless_half_year as _year_unless_half_year
from baocao.nlp.metadata.period.present import (
    _STILL_NOW,
    _goal_list_horizon,
    _headline_this_year,
    _lead_states_now,
    _money_only_since,
    _opening_goal_year,
    _plan_year_of_present,
    _present_after_span_so_far,
    _present_late_in_year,
    _present_long_after,
    _present_period,
)
from baocao.nlp.metadata.period.present import _goal_year_of_present as _goal_year_of_present
from baocao.nlp.metadata.period.title import _title_period, congress_term, report_period
from baocao.nlp.metadata.period.years import (
    _chained,
    _end_years,
    _framed_year,
    _money_span,
    _occasion,
    _recognised_in_year_printed,
    _recognised_year_ending_span,
    _year_after_base,
    _year_after_last_stated,
    _year_of_writing,
)
from baocao.nlp.metadata.plan import _plan_period, plan_issued_period
from baocao.nlp.metadata.recognitions import latest_recognised_in_list
from baocao.vocab.periods import parse_period, period_end_year, period_years

__all__ = [
    "congress_term",
    "report_period",
]


#: A headline that is a report's title written on the title word's line ("Báo cáo kết quả
#: … năm 2022 và kế hoạch năm 2023"): read as a title, its plan not making it a goal.
_REPORT_HEADLINE = re.compile(
    r"[\s*_#]*(?i:báo\s+cáo)\s+(?i:kết\s+quả|tình\s+hình|sơ\s+kết|tổng\s+kết|đánh\s+giá)(?!\w)"
)

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
            found = _present_late_in_year(text, found, dated, printed) or found
            found = _recognised_in_year_printed(text, plain, found, now) or found
        else:  # a text that prints no year of its own
            found = _year_after_last_stated(text, dated, found) or found
            found = _plan_checked_the_year_after(text, found) or found
            if found is None:
                found = _framed_year(text, dated) or _plan_year_of_present(text)
        # "… lễ công bố xã đạt chuẩn … năm 2020" over "Giai đoạn 2015 - 2020, …"
        return _recognised_year_ending_span(text, dated, found) or found
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
        if now is not None:
            found = _present_long_after(text, found, now) or found
            found = _present_late_in_year(text, found, dated, printed) or found
        return found
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


def _plan_checked_the_year_after(text: str, found: str | None) -> str | None:
    """The year after the last one a text with no date of its own states done, when a
    paragraph opens with that next year's plan and checks it at an undated present ("… đã
    đạt chuẩn cuối năm 2015. Theo mục tiêu đề ra trong năm 2016, tỉnh phấn đấu … 7 xã … Đến
    nay, cả 7 xã đều chưa đạt"): the plan is under way, so the present is its year."""
    if found is None or not re.fullmatch(r"\d{4}", found):
        return None
    checked = _plan_year_of_present(text)
    return checked if checked == str(int(found) + 1) else None
