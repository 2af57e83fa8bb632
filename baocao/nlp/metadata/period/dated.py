"""Dated sentences: every period a text writes that can say when the text is, with
its role — the present it dates, a step of a timeline, a sentence opening with its year, a
goal, a plan, the rule of a standard, a review of a phase, an item of a list, a part of a
breakdown — and a mistyped span repaired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from baocao.data.lexicon import CAPITALS
from baocao.nlp.metadata.common import _FROM_VALUE, _PERIOD_RE, _SENTENCE, FROM_VALUE_REACH
from baocao.nlp.metadata.date import EARLIEST_REPORT_YEAR
from baocao.nlp.metadata.furniture import _FURNITURE
from baocao.nlp.metadata.period.title import (
    _MONTHS_WITHOUT_YEAR,
    _goal_in,
    _horizon,
    _stated_before_goal,
    report_period,
)
from baocao.vocab.patterns import cues
from baocao.vocab.periods import (
    bound_to_its_item,
    carried_over,
    is_comparison_base,
    is_start,
    is_state_date,
    names_a_document,
    parse_period,
    period_end_year,
    period_years,
    runs_to_a_day,
)

#: A base at the end of a year ("so với cuối năm 2018", "so với thời điểm cuối năm 2020"):
#: a state set against the year-end before it is stated in the year after.
_YEAR_END_BASE = re.compile(r"(?i:(?<!\w)(?:cuối|hết)\s+(?:năm\s+)?)$")


#: A date inside a sentence ("ngày 13 tháng 5 năm 2021", "ngày 29/4/2021") is an event.
_DAY_BEFORE = re.compile(r"(?i:ngày\s+\d{1,2}\s*(?:/\s*)?)$")


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


#: "Từ đầu năm 2024, …": since the start of the year the text is written in.
_SINCE_NEW_YEAR = re.compile(r"(?i:(?<!\w)từ\s+đầu\s+)$")

#: A state date with nothing but "đến" before it ("Đến năm 2016, cả 11 xã …") is a step of a
#: timeline; "tính đến", "đến hết", "đến cuối" date the text's own present.
_BARE_UNTIL = re.compile(r"(?i:(?<!\w)(?<!tính\s)(?:đến|tới)\s+(?:ngày\s+\d{1,2}\s*/\s*)?)$")

#: "Đến đầu năm 2019, thu nhập đạt …": a state reached at the start of a year is of that year
#: (a present of the text, unlike "Năm 2016, xã được công nhận …" before it).
_UNTIL_YEAR_START = re.compile(r"(?i:(?<!\w)(?:tính\s+)?(?:đến|tới)\s+đầu\s+)$")

#: A period whose match holds its own "(tính) đến": "Đến 30/6/2023", "Tính đến 31/12/2022",
#: "Tại thời điểm 31/12/2021" (a state taken on that day, as "tính đến" dates it), "Đến
#: thời điểm báo cáo (ngày 30/6/2024)" (``time_point`` cues: the data's cut-off).
_UNTIL_IN_PERIOD = re.compile(
    r"(?i:(?:(?P<how>tính\s+)?(?:đến|tới)\s+(?:(?:" + cues().pattern("time_point") + r")\s+)?"
    r"|(?P<at>(?:tại|vào)\s+thời\s+điểm\s+))(?:\(\s*)?(?P<end>(?:hết|cuối)\s+)?(?:ngày\s+)?\d)"
)

#: A run of months from January: "9 tháng năm 2024", "6 tháng đầu năm 2016".
_MONTHS_TO_DATE = re.compile(r"(?i:^\S+\s+tháng\s+(?:đầu\s+)?năm)")

#: A turn from an earlier year or phase to the present within a sentence: "…, nhưng hiện nay
#: …", "… thì nay …" (``then_now`` cues).
_THEN_NOW = re.compile(cues().pattern("then_now"))

#: Words that speak of an undated present after a dated sentence: "Đến nay, …", "Năm nay".
_UNDATED_PRESENT = re.compile(cues().pattern("until_now") + r"|(?i:(?<!\w)năm\s+nay(?!\w))")

#: A sentence opening on "before that" ("Trước đó, …": ``earlier_than_now`` cues).
_EARLIER_OPENING = re.compile(r"[\s\-–—+•·*]*(?i:" + cues().pattern("earlier_than_now") + r")\s*,")

#: A sentence giving a state for the phase of a programme it names: "Thực hiện Chương trình
#: … giai đoạn 2021-2025, toàn tỉnh có 80% số xã đạt chuẩn" (``phase_opening`` cues, then a
#: figure after the span), perhaps after the paper's tag ("(PLVN) - Thực hiện …", "TTH - …").
_PAPER_TAG = (
    rf"(?:\(\s*[{CAPITALS}][{CAPITALS}a-z.]{{1,12}}\s*\)|[{CAPITALS}]{{2,8}}(?:\.vn)?)\s*[-–—]\s*"
)
_PHASE_OPENING = re.compile(r"\W*(?:" + _PAPER_TAG + r")?" + cues().pattern("phase_opening"))

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


#: The months up to a year's end: "6 tháng cuối năm 2023", "3 tháng cuối năm 2020".
_LATE_MONTHS = re.compile(r"(?i:tháng\s+cuối\s+năm)")


def _year_shared_back(sentence: str, m: re.Match[str]) -> str | None:
    """The months a meeting reviewed, when the sentence writes their year once, after the
    months it plans ("sơ kết 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2023"
    → 2023-H1, as a title writes it): the later months are the plan, the year both's."""
    if not _LATE_MONTHS.search(m.group()):
        return None
    unyeared = None
    for u in _MONTHS_WITHOUT_YEAR.finditer(sentence, 0, m.start()):
        unyeared = u
    if unyeared is None:
        return None
    period = parse_period(m.group())
    return parse_period(f"{unyeared.group()} {period[:4]}") if period else None


def _reviews_months_of_shared_year(sentence: str) -> bool:
    """Whether ``sentence`` writes the year of the months a meeting reviewed only after the
    months it plans ("sơ kết 6 tháng đầu năm và … 6 tháng cuối năm 2023")."""
    return any(_year_shared_back(sentence, m) for m in _PERIOD_RE.finditer(sentence))


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
            shared = _year_shared_back(sentence, m)
            period = shared or period
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
