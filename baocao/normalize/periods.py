"""The time of a statement, read against the report's own period and date: pure functions of
the :class:`~baocao.model.Report` (and, for a state at a year's end, the document's text).

:func:`statement_period` gives a statement's period as the document writes its own; the
report's present (:func:`present_of`) dates a state it leaves undated; :func:`plans_ahead`,
:func:`starts_after_writing` and :func:`year_end_ahead` tell a plan from a result.
"""

from __future__ import annotations

import re

from baocao.model import Report
from baocao.nlp.mentions import FundingMention, Mention
from baocao.vocab.patterns import cues
from baocao.vocab.periods import (
    contract_form,
    counts_to_now,
    harmonise,
    is_this_year,
    is_year_end,
    last_full_year,
    parse_period,
    period_end_year,
    period_years,
    programme_so_far,
    reaches_present,
    years_back,
)


def present_of(report: Report) -> str | None:
    """When a state the document does not date is reached: the report's period, or the last
    year of a report on several years (FACTS.md: a state is the time it is reached, so
    "Đến nay có 12 xã …" in a report on 2016-2020 is of 2020; its money is the span's), or
    the year of writing when it falls inside that span before its end (a plan for 2021-2025
    written in 2021 speaks of 2021 as now)."""
    years = period_years(report.period) if report.period else None
    if years is not None and years[0] != years[1]:
        written = int(report.date[:4]) if report.date else None
        if written is not None and years[0] <= written < years[1]:
            # a plan for 2021-2025 written in 2021: its present is the year of writing
            return str(written)
        return str(years[1])
    return report.period


#: Months into the next year a review of a year is still written in ("báo cáo năm 2022"
#: dated 03/2023): a text dated later than that speaks from its own year.
WRITING_MONTHS = 3


#: Flows that state money as decided or spent, never a plan of its own.
_DECIDED = frozenset({"allocated", "disbursed"})


def report_now(report: Report) -> int | None:
    """The year of the text's present: the end of the report's period, else the year it was
    written."""
    return period_end_year(report.period) or (int(report.date[:4]) if report.date else None)


def statement_period(
    report: Report,
    written: str | None,
    *,
    plan: str | None = None,
    flow: bool = False,
    goal: bool = False,
) -> str | None:
    """A statement's period, written the way the document writes its own (see
    :func:`~baocao.vocab.periods.harmonise`); the report's when it has none. Years up to
    the present ("từ năm 2011 đến nay", "qua 8 năm thực hiện") are a flow's span; a state
    reached over them is of the present, the report's period. A year counted from the
    present ("năm trước", "năm nay") is read against the report's period or date, and
    is None when the document has neither ("năm tới", "sang năm": the year after); the
    present itself ("hiện nay", "đến nay", "từ đầu năm đến nay") is the report's, and
    "trong năm" its one year (:func:`this_year`). A goal that writes no time of its own
    ("Phấn đấu có thêm 5 xã đạt chuẩn") is for the time the document plans for
    (``plan``), when it says or implies one: money over it, a state at its end."""
    if written and is_year_end(written):
        # "phấn đấu đến cuối năm …": the end of the year it is written in; a state at the
        # end of the year reviewed ("Đến cuối năm, toàn huyện có …") is of that year
        written_in = int(report.date[:4]) if report.date else None
        year = (written_in if goal else None) or report_now(report) or written_in
        return str(year) if year else None
    if goal and not written and plan:
        first, last = period_years(plan)
        # a state planned for a span is planned for its end, as any state is
        return contract_form(plan) if flow or first == last else str(last)
    # "qua 5 năm thực hiện" counts whole years: in a report on the first half of 2016
    # they end in 2015 (the present's year is not yet one of them)
    now = report_now(report)
    if written and years_back(written):
        now = last_full_year(report.period, report.date)
    elif flow and written and reaches_present(written):
        now = written_year(report) or now
    if written and is_this_year(written):
        # "Trong năm, xã huy động …": the present's year, meant only of a present within
        # one year (a report on 2016-2020 leaves it undated)
        return this_year(report)
    period = parse_period(written, now=now) if written else None
    if period is None and flow and not goal and written and counts_to_now(written):
        # "Tổng nguồn lực đầu tư cho chương trình … đến nay trên 24.000 tỷ đồng" in a
        # text of one year: money to date, raised since the programme began
        period = money_to_date(report)
    if period is None:
        return report.period if flow else present_of(report)
    if not flow and reaches_present(written or ""):
        return present_of(report) or str(report_now(report))
    return contract_form(harmonise(period, report.period))


def money_to_date(report: Report) -> str | None:
    """The years money counted "đến nay" was raised over: the programme's, from its first
    year up to the report's year, when the report is on one whole year (or undated but
    for the year written); None for a report on a span or a part of a year (its money
    to date is its own period's)."""
    period = report.period
    if period is None:
        year = int(report.date[:4]) if report.date else None
    elif re.fullmatch(r"\d{4}", period):
        year = int(period)
    else:
        return None
    return programme_so_far(year) if year else None


def written_year(report: Report) -> int | None:
    """The year money "từ năm 2020 đến nay" runs to when the text was written well into
    a year after its period (a page of May 2023 on a commune's 2022): the year it was
    written, not the period's last year; None when the date is no later than that or
    falls in the first quarter after it (a yearly review is written then)."""
    date = report.date
    end = period_end_year(report.period)
    if not date or end is None or len(date) < 7:
        return None
    year, month = int(date[:4]), int(date[5:7])
    return year if year > end and (year > end + 1 or month > WRITING_MONTHS) else None


def this_year(report: Report) -> str | None:
    """The year "trong năm" means: the report's period when it lies within one year (its
    half too: "2019-H1"), else the year the text was written when it has no period; None
    for a report on several years."""
    if report.period:
        first, last = period_years(report.period)
        return contract_form(report.period) if first == last else None
    return report.date[:4] if report.date else None


def span_and_year(report: Report, written: str | None) -> tuple[int, int, int] | None:
    """The first and last year of a period as written, and the year the text was
    written in; None when either is unknown (the shared part of :func:`plans_ahead` and
    :func:`starts_after_writing`)."""
    if not written or not report.date:
        return None
    period = parse_period(written)
    if period is None:
        return None
    first, last = period_years(period)
    return first, last, int(report.date[:4])


def plans_ahead(report: Report, mention: Mention) -> bool:
    """Whether money not stated as allocated or spent is over a span of years that starts
    in the year the text was written and ends after it ("Tổng mức vốn huy động thực hiện
    Chương trình giai đoạn 2026 - 2030 khoảng …" in news of February 2026): years not yet
    come, a plan. The span is the money's own, else the report's ("Trong đó, vốn ngân
    sách Trung ương …" under it). Money allocated or spent for such a span was decided
    ("Tỉnh quyết chi 300 tỷ đồng … giai đoạn 2023-2025" in 2023): no plan."""
    if not isinstance(mention, FundingMention) or not report.date:
        return False
    if mention.flow_done:  # "đã huy động … giai đoạn 2026-2030": moved already
        return False
    if mention.flow is not None and cues().value("flow", mention.flow) in _DECIDED:
        return False
    years = span_and_year(report, mention.context.period or report.period)
    if years is None:
        return False
    first, last, year = years
    return first == year < last


def starts_after_writing(report: Report, written: str | None) -> bool:
    """Whether a statement's own period starts after the year the text was written in
    ("Giai đoạn 2026-2030, tỉnh huy động …" in a report dated 2025): a plan (money over a
    span that starts in that year: :func:`plans_ahead`)."""
    years = span_and_year(report, written)
    return years is not None and years[0] > years[2]


def year_end_ahead(report: Report, text: str, mention: Mention) -> bool:
    """Whether a state its sentence puts at the end of a year ("đến cuối năm 2019 đạt 19
    tiêu chí", "đến hết năm 2025 có 30 xã") is one the text cannot yet know: its present
    lies before that year's end (:func:`present_before_year_end`). A goal, then, unless
    the sentence says it is done ("đã có"). "đến cuối năm 2018" in a text of 2019 is a
    result."""
    year = _year_end_in_sentence(text, mention.start, mention.end)
    written = mention.context.period
    dated = parse_period(written) if written else None
    # the statement is dated by that year-end itself, not by another time of its sentence
    return year is not None and dated == str(year) and present_before_year_end(report, year)


#: The end of a year written out ("cuối năm 2019", "hết năm 2025", "31/12/2019").
_YEAR_END = re.compile(
    r"(?<![^\W\d_])(?i:(?:cuối|hết)\s+năm\s+(?P<year>(?:19|20)\d\d))(?!\d)"
    r"|(?<!\d)31\s*/\s*12\s*/\s*(?P<day_year>(?:19|20)\d\d)(?!\d)"
)
#: Words that say a state is reached already: it is no goal whatever year it names.
_DONE = re.compile(r"(?<![^\W\d_])(?i:đã|hiện\s+nay|đến\s+nay)(?![^\W\d_])")
#: Where a sentence or clause ends: a stop, a semicolon, a line end.
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")
#: The last month of a year's first three quarters: a text dated after it may review its
#: year ("Đến hết năm 2023, toàn tỉnh có …" in November 2023 is that year's result).
YEAR_END_REVIEW_MONTH = 9


#: Where a sentence ends, its ";"-clauses going on: a stop, a line end.
_STOP = re.compile(r"[.!?](?=\s)|\n")
#: What may stand before a year's end that opens a sentence ("Đến cuối năm …", "Tính đến
#: hết năm …").
_OPENS = re.compile(r"[\s\W]*(?i:(?:tính\s+)?(?:đến|tới)\s+)?")

#: Where a clause of a sentence ends: a comma before a space (not a decimal comma).
_CLAUSE_END = re.compile(r",(?=\s)")


def _year_end_in_sentence(text: str, start: int, end: int) -> int | None:
    """The year whose end the sentence around ``text[start:end]`` puts a state at ("Đến cuối
    năm 2019, xã A đạt 19/19 tiêu chí"), when it names one such year and says nothing is
    done already between that year's end and the statement (their clauses and those between:
    "Toàn tỉnh đã có 150 xã tính đến nay, đến cuối năm 2019 có 165 xã" says the 150 done, not
    the 165); else None."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    s = before[-1] if before else 0
    after = _SENTENCE_END.search(text, end)
    e = after.start() if after else len(text)
    ends = list(_YEAR_END.finditer(text, s, e))
    if not ends:
        # "Đến cuối năm 2024, huyện A có …; huyện B có …": a year's end opening the sentence
        # frames its later ";"-clauses too
        stops = [m.end() for m in _STOP.finditer(text, 0, start)]
        first = stops[-1] if stops else 0
        opening = _YEAR_END.search(text, first, s)
        if opening is None or _OPENS.fullmatch(text, first, opening.start()) is None:
            return None
        ends, s = [opening], opening.start()
    years = {int(m.group("year") or m.group("day_year")) for m in ends}
    if len(years) != 1:
        return None
    # a statement whose quote runs from its sentence's start over clauses before the year's
    # end ("Hiện huyện có 4/6 xã …, riêng xã A mới đạt 17/19 tiêu chí, đến cuối năm 2019 sẽ đạt
    # đủ 19 tiêu chí"): the clauses that tell whether it is done start at that year's end
    inside = start < ends[0].start() < end
    lo, hi = ends[0].start() if inside else min(ends[0].start(), start), max(ends[-1].end(), end)
    commas = [c.end() for c in _CLAUSE_END.finditer(text, s, lo)]
    closing = _CLAUSE_END.search(text, hi, e)
    if _DONE.search(text, commas[-1] if commas else s, closing.start() if closing else e):
        return None
    return years.pop()


def present_before_year_end(report: Report, year: int) -> bool:
    """Whether the text's present lies before the end of ``year``: its period ends in an
    earlier year or is a part of that year ("2019-H1"), or it is dated in that year's first
    three quarters (a text dated later, or on the whole year, reviews it). A text dated
    after ``year`` never is."""
    if report.date and int(report.date[:4]) > year:
        return False
    if report.period:
        try:
            first, last = period_years(report.period)
        except ValueError:
            last = None
        if last is not None and (
            last < year or (last == year and report.period != str(year) and first == last)
        ):
            return True
    if report.date and len(report.date) >= 7 and int(report.date[:4]) == year:
        return int(report.date[5:7]) <= YEAR_END_REVIEW_MONTH
    return False
