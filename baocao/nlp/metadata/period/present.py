"""The present: the year an undated present ("đến nay", "hiện nay", "năm nay") is
in — from the goals a text sets or opens with, its lead, its headline, the phase its money is
dated by, the dates it states its present at, a plan its paragraph opens with, and the later
years it writes only as goals.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from baocao.nlp.metadata.common import _PERIOD_RE, _SENTENCE
from baocao.nlp.metadata.date import _NOW_OPENING, _opens_undated_present
from baocao.nlp.metadata.furniture import _FURNITURE
from baocao.nlp.metadata.period.dated import _FIGURE, _FULL_STOP, _UNDATED_PRESENT, _Dated
from baocao.nlp.metadata.period.half_year import _ANY_YEAR
from baocao.nlp.metadata.period.title import _goal_in
from baocao.vocab.money import MONEY_AMOUNT
from baocao.vocab.patterns import cues
from baocao.vocab.periods import (
    is_comparison_base,
    is_start,
    parse_period,
    period_end_year,
    period_years,
    phase_so_far,
)

#: Words that speak of an undated present after a dated year: "Đến nay, …", "hiện nay".
_STILL_NOW = re.compile(cues().pattern("until_now"))


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


#: A state dated at a month from January to May ("tính đến tháng 1/2025", "đến 31/3/2025"):
#: early in its year, no year's end.
_EARLY_MONTH = re.compile(
    r"(?i:(?:đến|tới|hết)\s+(?:hết\s+)?(?:ngày\s+\d{1,2}\s*/\s*)?(?:tháng\s*)?)"
    r"0?[1-5]\s*[/-]\s*(?:19|20)\d{2}"
)


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
            if now is None and (_plans_next_year(text, latest) or _task_of_year(text, latest)):
                # "Riêng năm 2017, tỉnh bố trí … Đến nay, … Năm 2018, tỉnh phấn đấu …": a
                # text planning for the year after its last is written in that last year; so
                # is one opening on that year's task ("Năm 2025, tỉnh xác định nhiệm vụ hoàn
                # thành …" ⏎ "Đến tháng 6/2025, … Tính đến nay, …")
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
    # (a state at an early month of the span's last year, "Tính đến tháng 1/2025" under
    # "Giai đoạn 2021-2025: …", is no state at the span's end: the year it is at)
    early = [
        d
        for d in last
        if d.role == "present" and _EARLY_MONTH.search(text, max(0, d.at - 20), d.end)
    ]
    if opened and not (stated and min(stated) < opened[0].at) and not early:
        return opened[0].period
    if early:
        return early[-1].period
    spans = [p.period for p in plain if "-" in p.period and period_end_year(p.period) == latest]
    return spans[0] if spans else last[0].period


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


#: From this month on, an article's undated present is the year it is printed in, though it
#: dates a figure by the year before: by mid-year last year's income and poverty rates are
#: the latest published, not the text's present.
LATE_MONTH = 7

#: What may stand before a year that opens its sentence: "Năm 2018, …", "Tính đến cuối năm
#: 2018, …", "Riêng trong năm 2018, …".
_YEAR_OPENS = re.compile(r"[\W\d_]*(?:(?i:tính|đến|tới|hết|cuối|trong|riêng|năm|tháng)[\s,]*)*")


def _undated_present_opener(text: str) -> int | None:
    """Where the first sentence opening with an undated present starts ("Đến nay, tỷ lệ hộ
    nghèo … là 2,26%", "Hiện huyện có 14/14 xã …")."""
    for sm in _SENTENCE.finditer(text):
        sentence = sm.group()
        if _NOW_OPENING.match(sentence) and not any(
            parse_period(p.group()) for p in _PERIOD_RE.finditer(sentence)
        ):
            return sm.start()
    return None


def _present_late_in_year(
    text: str, found: str | None, dated: list[_Dated], printed: str | None
) -> str | None:
    """The year printed, for an article of its second half ("21/12/2019") whose first
    statement of its present is undated ("Đến nay, tỷ lệ hộ nghèo … là 2,26%") and which
    dates the year before only later and inside a sentence, for one figure ("thu nhập bình
    quân đầu người năm 2018 đạt …", "tỷ lệ hộ nghèo đến cuối năm 2018 còn …"): that is the
    latest such figure published, the undated present the time of writing. A year opening
    its sentence ("Tính đến cuối năm 2018, toàn huyện …") dates the text's present itself."""
    if found is None or not re.fullmatch(r"\d{4}", found) or printed is None:
        return None
    m = re.match(r"(\d{4})-(\d{2})", printed)
    if m is None or int(m.group(1)) != int(found) + 1 or int(m.group(2)) < LATE_MONTH:
        return None
    opener = _undated_present_opener(text)
    before = [d for d in dated if period_end_year(d.period) == int(found)]
    if opener is None or not before or any(d.at < opener for d in before):
        return None
    for d in before:
        start = max((sm.start() for sm in _SENTENCE.finditer(text, 0, d.at + 1)), default=0)
        if _YEAR_OPENS.fullmatch(text, start, d.at):
            return None
    return m.group(1)


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


#: A sentence opening with one year ("Năm 2025, …", "Trong năm 2025, …").
_YEAR_OPENING = re.compile(r"[\W_]*(?i:(?:trong\s+)?năm)\s+(?P<y>(?:19|20)\d{2})\s*,")


def _task_of_year(text: str, year: int) -> bool:
    """Whether a sentence opens on ``year`` and sets its goal or task ("Năm 2025, tỉnh xác
    định nhiệm vụ hoàn thành xây dựng nông thôn mới là mục tiêu …"), and the text writes no
    later year: it is written in that year, working toward the goal, so its undated present
    ("Tính đến nay, …" after "Đến tháng 6/2025, …") is that year's."""
    if any(True for _ in _later_years(text, year)):
        return False
    for sm in _SENTENCE.finditer(text):
        m = _YEAR_OPENING.match(sm.group())
        if m is not None and int(m.group("y")) == year and _goal_in(sm.group()):
            return True
    return False


def _forecast_two_on(text: str, year: int) -> bool:
    """Whether every year the text writes after ``year`` is a goal's, none of them the year
    after it, and one is two years on ("dự kiến năm 2019" after "hết năm 2017")."""
    later = list(_later_years(text, year))
    return all(goal and first != year + 1 for first, goal in later) and any(
        first == year + 2 for first, _ in later
    )


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
