"""What a report's goals are for.

* **plan_period** — what the text's goals written without a year are for: the plan its title
  names after the review, a plan's own span, else what comes after the period reported
  (:func:`_goals_period`).
"""

from __future__ import annotations

import re

from baocao.nlp.metadata.common import _PERIOD_RE, _lines
from baocao.nlp.metadata.date import _DATE
from baocao.nlp.metadata.furniture import _FURNITURE
from baocao.nlp.metadata.header import _HEADING, _NUMBER, _TITLE_WORD, HEADER_CHARS
from baocao.vocab.patterns import cues
from baocao.vocab.periods import (
    is_comparison_base,
    is_start,
    names_a_document,
    parse_period,
    period_years,
    rest_of_phase,
)


def _planned(title: str, at: int) -> bool:
    """Whether the period at ``title[at:]`` is the span of a plan the title names ("Kế
    hoạch … giai đoạn 2021-2025"), not one carried out ("Kết quả thực hiện kế hoạch …")."""
    plan = None
    for m in _PLAN_WORD.finditer(title, 0, at):
        plan = m
    return plan is not None and not _CARRIED_OUT.search(
        title, max(0, plan.start() - 20), plan.start()
    )


#: Words of a title that open the plan a report sets out after its review ("… năm 2022 và
#: kế hoạch năm 2023", "…; phương hướng, nhiệm vụ năm 2023", "…, nhiệm vụ 6 tháng cuối năm").
_PLAN_WORD = re.compile(r"(?i:(?<!\w)(?:kế\s+hoạch|phương\s+hướng|nhiệm\s+vụ|mục\s+tiêu)(?!\w))")
#: Before a plan word, what makes it the plan carried out, reviewed: "Kết quả thực hiện kế
#: hoạch năm 2022", "đánh giá nhiệm vụ năm 2021".
_CARRIED_OUT = re.compile(r"(?i:(?:thực\s+hiện|kết\s+quả|đánh\s+giá)(?:\s+(?:các|những))?\s*$)")
#: A plan's number ("Số: 159/KH-UBND") or its title word on a line of its own.
_PLAN_NUMBER = re.compile(r"(?i:/\s*KH(?![A-Za-z]))")
_PLAN_TITLE_WORD = re.compile(r"^[\s*_#]*K\s*Ế\s+H\s*O\s*Ạ\s*C\s*H[\s*_#.:]*$", re.MULTILINE)
#: The month a year's last quarter opens with: a report on a year written before it plans
#: the rest of that year, one written in it (or later) the year after.
LAST_QUARTER = 10
#: How many lines after its header a plan's title may take.
PLAN_DOCUMENT_LINES = 4


def _goals_period(
    text: str, title: str | None, number: str | None, period: str | None, date: str | None
) -> str | None:
    """The time a text's goals are for when they write no year of their own ("Phấn đấu có
    thêm 5 xã đạt chuẩn" under "II. PHƯƠNG HƯỚNG, NHIỆM VỤ"), by the first rule that finds
    one:

    1. the plan its title names after its review ("Kết quả … năm 2022 và kế hoạch năm 2023"
       → 2023; "…; nhiệm vụ 6 tháng cuối năm 2021" → 2021-H2);
    2. the span of a plan (numbered "…/KH-…", or titled "KẾ HOẠCH"), written in its title
       ("Thực hiện Chương trình … giai đoạn 2021-2025"), or, in a text with no report's
       title, a plan named in the opening lines (:func:`_plan_period`);
    3. what comes after the period the text reports on: the rest of a year reported in part
       (a report on its first half plans the second), the year after a year, the rest of
       the programme's phase after a span (:func:`~baocao.vocab.periods.rest_of_phase`) —
       for an administrative report (``title``), or a text printed after that period; a
       text printed within it sets goals for that same time (None: the report's own).
    """
    if title:
        for m in _PLAN_WORD.finditer(title):
            if _CARRIED_OUT.search(title, max(0, m.start() - 20), m.start()):
                continue
            for p in _PERIOD_RE.finditer(title, m.end()):
                found = parse_period(p.group())
                if found is not None and not names_a_document(title, p.start()):
                    return found
    plan = _plan_document_period(text, number) or (None if title else _plan_period(text))
    if plan is not None:
        return plan
    if period is None:
        return None
    first, last = period_years(period)
    written = int(date[:4]) if date else None
    if not title and (written is None or written <= last):
        return None
    parts = re.fullmatch(r"(\d{4})-(?:H(1)|Q[1-3]|M\d{2}(?:-(?:0\d|1[01]))?)", period)
    if parts is not None:  # a part of a year not reaching December: the rest of that year
        return f"{parts.group(1)}-H2" if parts.group(2) else parts.group(1)
    if re.fullmatch(r"\d{4}-M\d{2}-12|\d{4}(?:-H2|-Q4)?", period):
        if written == last and date is not None and int(date[5:7] or 12) < LAST_QUARTER:
            return str(last)  # a year's report written before its last quarter: its rest
        return str(last + 1)
    return rest_of_phase(last)


def _plan_document_period(text: str, number: str | None) -> str | None:
    """The period a plan is for, written in its title after its header ("Số: 159/KH-UBND" ⏎
    "Đồng Tháp, ngày …" ⏎ "THỰC HIỆN CHƯƠNG TRÌNH … GIAI ĐOẠN 2021 - 2025")."""
    word = _PLAN_TITLE_WORD.search(text, 0, HEADER_CHARS)
    if word is None and not (number and _PLAN_NUMBER.search(number)):
        return None
    start = word.end() if word is not None else 0
    date_line = _DATE.search(text, start, HEADER_CHARS) if word is None else None
    if date_line is not None:
        start = date_line.end()
    else:
        numbered = _NUMBER.search(text, start, HEADER_CHARS)
        start = numbered.end() if numbered is not None and word is None else start
    seen = 0
    for _pos, line in _lines(text[start:HEADER_CHARS]):
        clean = line.strip(" \t*_#|")
        if not clean or _FURNITURE.match(clean):
            continue
        if _HEADING.match(clean) or _TITLE_WORD.match(clean):
            return None
        seen += 1
        if seen > PLAN_DOCUMENT_LINES:
            return None
        for m in _PERIOD_RE.finditer(clean):
            if names_a_document(clean, m.start()) or is_start(clean, m.start()):
                continue
            found = parse_period(m.group())
            if found is not None:
                return found
    return None


#: A plan or its amendment named in a text's opening lines: "Kế hoạch xây dựng nông thôn mới
#: giai đoạn 2021-2025", "Về việc điều chỉnh, bổ sung Kế hoạch … năm 2023".
#: Not money named by the plan that allotted it ("vốn kế hoạch của năm 2015 chuyển qua",
#: "nguồn kế hoạch năm 2022 kéo dài"): a kind of money in a sentence, no plan the text is.
_PLAN_TITLE = re.compile(r"(?i:(?<!\w)(?<!vốn\s)(?<!nguồn\s)kế\s+hoạch(?!\s+số)(?!\w))")
#: A plan a result is measured against ("… hoàn thành sớm kế hoạch năm 2022"): no plan the
#: text is (``goal_measured`` cues).
_PLAN_MET = re.compile("(?:" + cues().pattern("goal_measured") + ")$")
#: A line that runs on as a sentence, not a title or heading.
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
#: How many of a text's first non-empty lines may name the plan it is.
PLAN_TITLE_LINES = 6


def _plan_period(text: str) -> str | None:
    """The span or year of the plan a text is (or amends), named in its opening lines, for a
    text that states no present of its own (a plan reviewing a past period is dated by that
    period, rule 2 of :func:`_document_period`): its goals are of the plan's period."""
    seen = 0
    for _pos, line in _lines(text[:HEADER_CHARS]):
        if not line.strip() or _FURNITURE.match(line.strip()):
            continue
        seen += 1
        if seen > PLAN_TITLE_LINES:
            return None
        plan = _PLAN_TITLE.search(line)
        if plan is None or _PLAN_MET.search(line, 0, plan.end()):
            continue
        for m in _PERIOD_RE.finditer(line, plan.end()):
            if names_a_document(line, m.start()) or is_start(line, m.start()):
                continue
            if is_comparison_base(line, m.start()):
                continue  # "… so kế hoạch, tăng 25 xã so năm 2013": what a result is compared with
            period = parse_period(m.group())
            if period is None:
                continue
            if "-" in period and _SENTENCE_END.search(line.strip()):
                # "Theo kế hoạch giai đoạn 2021-2025, tỉnh phấn đấu …": a horizon in a lead
                # sentence, not the plan the text is; a plan for one year ("Theo kế hoạch,
                # năm 2017 toàn tỉnh phấn đấu …") dates the text it is written in
                return None
            return period
    return None


#: A plan, programme or scheme for a span the text's lead says is issued or set going ("UBND
#: tỉnh ban hành Kế hoạch … giai đoạn 2026-2030", "Tỉnh vừa phê duyệt Chương trình … giai
#: đoạn 2026 - 2030 với tổng vốn …"): the span, in the same sentence.
_PLAN_ISSUED = re.compile(
    r"(?i:(?<!\w)(?:ban\s+hành|phê\s+duyệt|triển\s+khai|thông\s+qua|ký|xây\s+dựng|"
    r"công\s+bố)\s+(?:[^.;!?\n]{0,40}?\s)?(?:kế\s+hoạch|chương\s+trình|đề\s+án|nghị\s+quyết)"
    r"(?!\w))[^.;!?\n]{0,160}?(?<!\d)(?P<span>(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)(?!\d)"
)
#: How many of a text's first non-empty lines its lead may take.
LEAD_LINES = 4


def plan_issued_period(text: str, now: int | None) -> str | None:
    """The span of a plan or programme the text's lead says is issued or set going, when that
    span lies ahead of the text (it opens in the year the text is printed or later): a text
    on a plan for 2026-2030 printed in 2025 or 2026 is of the plan's span, not of the year
    printed (README, "Decisions", eleventh session)."""
    seen = 0
    for _pos, line in _lines(text[:HEADER_CHARS]):
        if not line.strip() or _FURNITURE.match(line.strip()):
            continue
        seen += 1
        if seen > LEAD_LINES:
            return None
        for m in _PLAN_ISSUED.finditer(line):
            if names_a_document(line, m.start("span")):
                continue
            span = parse_period(m.group("span"))
            if span is None or "-" not in span:
                continue
            first, _last = period_years(span)
            if now is None or first >= now:
                return span
    return None
