"""Periods: the time a statement is of — a year written right after its figure, the
period its own predicate names, its sentence's, its paragraph's, a breakdown's whole, its
lead's or headings' — and what dates nothing: the present, a comparison base, the old
value of a change, an aside; the span a text's lead or money sentences open with.
"""

from __future__ import annotations

import re

from baocao.nlp.context.common import _FIGURE
from baocao.nlp.context.places import INTRO_REACH
from baocao.nlp.context.sections import Sections, _nearest, goal_near, period_near
from baocao.nlp.segment import Block, BlockKind
from baocao.vocab.money import MONEY_AMOUNT
from baocao.vocab.patterns import cues
from baocao.vocab.periods import (
    TIME_LEAD_END,
    bound_to_its_item,
    is_comparison_base,
    parse_period,
    period_years,
    reaches_present,
    years_back,
)

#: Words that say a statement is of the present, after an earlier date in its sentence
#: ("từ 25 hộ nghèo năm 2014, giờ đây đã thành 165 hộ").
#: The present named as a comparison base ("tăng thêm 2 huyện so với hiện tại", "gấp đôi so
#: với thời điểm hiện nay") is no return to it: a goal list goes on past it.
_NOT_NOW_BEFORE = r"(?<!so với )(?<!so sánh với )(?<!so với thời điểm )"

_NOW = re.compile(_NOT_NOW_BEFORE + "(?:" + cues().pattern("until_now") + ")")

#: "hiện" alone as the adverb "now" opening a clause ("…giai đoạn 2016-2020, hiện cả nước
#: có 2.045 xã"), not the end of a word pair ("thực hiện", "thể hiện": a letter and a space
#: before it).
_PRESENT_ADVERB = re.compile(
    r"(?<![^\W\d_]\s)(?<!\w)(?i:hiện)"
    r"(?=\s+(?i:cả|toàn|tỉnh|huyện|xã|có|đã|đang|đạt|còn)(?!\w))"
    # "năm 2010 chỉ 31%, nay đạt 98%", "… thì nay đã lên 90%": "nay" alone before a verb
    r"|(?<!\w)(?i:nay)(?=\s+(?i:đã|đạt|còn|chỉ|tăng|giảm|lên|xuống)(?!\w))"
)


def _now_between(text: str, found: list[tuple[int, int, str]], at: int) -> bool:
    """Whether the sentence returns to the present between its last period before ``at``
    and ``at`` ("… (4%) năm 2014, giờ đây đã thành 165 hộ nghèo (9,1%)", "… giai đoạn
    2016-2020, hiện cả nước có …")."""
    before = [f for f in found if f[0] < at]
    return bool(before) and (
        _NOW.search(text, before[-1][1], at) is not None
        or _PRESENT_ADVERB.search(text, before[-1][1], at) is not None
    )


def _dated_only_below(sections: Sections, block: Block, e: int) -> bool:
    """Whether the first time the text dates lies in a list item after ``block`` (a listing
    whose undated entry "Đến nay, cả nước có …" stands above "• Kết quả đến 30/6/2016 …"):
    a date dates what follows it in its item, not what an earlier block states; nothing up
    to ``e`` may write a time but the present ("đến nay", "hiện nay")."""
    text = sections.text
    for f_start, _, written in sections.found("period", 0, len(text)):
        if f_start < e:
            if not undated_or_present(written):
                return False
            continue
        if parse_period(written) is None:
            continue
        item = sections.block_at(f_start)
        return item is not None and item.index > block.index and item.kind is BlockKind.ITEM
    return False


#: A goal a result is measured against, before its year or span: "… 900 xã, vượt mục tiêu
#: cả giai đoạn 2021-2025" is not of 2021-2025; the clause ends at a comma ("… so với mục
#: tiêu, đến tháng 7-2021 cả nước có …": the next clause's own time).
_GOAL_MEASURED = re.compile(cues().pattern("goal_measured") + r"[^.;:,\d]{0,30}$")


#: The source a lead relays, its clause opening the sentence: "Theo Ban Chỉ đạo tỉnh, "
#: (``source_says`` cues).
_SOURCE_SAYS = re.compile(
    rf"[\s\-–—+•·*]*(?i:{cues().pattern('source_says')})[^,.;:\n]{{0,{INTRO_REACH}}},\s*"
)

#: How many blocks from the top the lead that frames a text's years may be (after a
#: breadcrumb, the headline and a date line).
LEAD_SPAN_BLOCKS = 5

#: How far into its sentence the years a lead counts may be ("Sau 7 năm thực hiện, …").
LEAD_SPAN_OPENING = 30

#: The present itself, written where a period could be: "hiện nay", "đến nay".
_PRESENT_ITSELF = re.compile(r"(?i:(?:cho\s+|tính\s+)?(?:đến|tới)\s+nay|hiện\s+nay|hiện\s+tại)")


def lead_span(sections: Sections) -> str | None:
    """The years up to the present a text's lead opens with ("Sau 7 năm thực hiện, chương
    trình … đến nay …", "Qua 10 năm triển khai, …", "Từ năm 2011 đến nay, …"): the span the
    text's money was raised over, for an amount that dates itself nowhere or only by the
    present ("Tổng số vốn huy động … hiện nay là 543 tỷ đồng", a headline's "X huy động 543
    tỷ đồng")."""
    text = sections.text
    for block in sections.blocks[:LEAD_SPAN_BLOCKS]:
        if block.kind is BlockKind.HEADING:
            continue
        s, e = (sections.sentences(block) or [(block.body, block.end)])[0]
        # "Theo Ban Chỉ đạo Trung ương …, sau 3 năm thực hiện, …": the years after the source
        s = source.end() if (source := _SOURCE_SAYS.match(text, s, e)) else s
        for f_start, _, written in sections.found("period", s, min(e, s + LEAD_SPAN_OPENING)):
            # "Từ năm 2011 đến nay, huyện tập trung …": a span up to the present, too
            to_now = parse_period(written) is None and reaches_present(written)
            if (years_back(written) is not None or to_now) and not re.search(
                r"\d", text[s:f_start]
            ):
                return written
    return None


#: How many words may come before a span that opens a sentence ("Trong giai đoạn …").
SPAN_OPENING_WORDS = 3


def money_span_before(sections: Sections, at: int) -> str | None:
    """The span an earlier sentence about money opened with, for money a sentence states with
    no time of its own ("Giai đoạn 2017-2020, xã huy động 120 tỷ đồng." ⏎ "Vốn doanh nghiệp
    góp 30 tỷ đồng, …"): the sentences about money before it, back to the first that writes a
    period, go on in that one's span. None when that period is no span opening its sentence,
    or a heading, or a sentence about no money, comes between."""
    text = sections.text
    block = sections.block_at(at)
    if block is None:
        return None
    for index in range(block.index, -1, -1):
        other = sections.blocks[index]
        if other.kind is BlockKind.HEADING:
            return None
        for ss, se in reversed(sections.sentences(other, semicolons=False)):
            if ss >= at or (other is block and ss <= at < se + 1):
                continue
            if MONEY_AMOUNT.search(text, ss, se) is None:
                return None
            found = sections.found("period", ss, se)
            if not found:
                continue
            f_start, _, written = found[0]
            period = parse_period(written)
            opening = text[ss:f_start].split()
            # "Từ năm 2020 đến nay, …": a span up to the present, whatever year that is
            to_now = period is None and reaches_present(written)
            if (
                not (to_now or (period is not None and re.fullmatch(r"\d{4}-\d{4}", period)))
                or len(opening) > SPAN_OPENING_WORDS
                or re.search(r"\d", text[ss:f_start])
                or goal_near(sections, ss, se)
            ):
                return None
            return written
    return None


def undated_or_present(written: str | None) -> bool:
    """Whether a statement's period says nothing but the present ("hiện nay", "đến nay"),
    or is not written at all."""
    return written is None or _PRESENT_ITSELF.fullmatch(" ".join(written.split())) is not None


def _period_of(
    sections: Sections,
    block: Block,
    lead: Block | None,
    headings: list[Block],
    s: int,
    e: int,
    at: int,
    end: int | None = None,
) -> str | None:
    found = _period_written(sections, block, lead, headings, s, e, at, end)
    if found is not None and years_back(found) is not None:
        return _programme_span_before(sections, s, found) or found
    return found


def _period_written(
    sections: Sections,
    block: Block,
    lead: Block | None,
    headings: list[Block],
    s: int,
    e: int,
    at: int,
    end: int | None = None,
) -> str | None:
    text = sections.text
    base = _base_bracketing(text, s, at)
    if base is not None:
        return base
    here = [
        f
        for f in sections.found("period", s, e)
        if not _aside(text, f, end or at)
        and not _GOAL_MEASURED.search(text, max(s, f[0] - 60), f[0])
        and not _anothers(text, f, at, e)
    ]
    if end is not None:
        # "giảm từ 12,5% năm 2013 xuống còn 4,2% năm 2016": a year written right after a
        # figure is that figure's
        for f in here:
            if f[0] >= end:
                if _RIGHT_AFTER.fullmatch(text, end, f[0]) and not (
                    "(" in text[end : f[0]] and _BRACKET_FIGURE.match(text, f[1])
                ):
                    return f[2]
                break
    # "5 xã đạt chuẩn ở giai đoạn 2011-2015 và 7 xã ở giai đoạn 2016-2020": the phase the
    # figure's own predicate names
    own = _in_own_predicate(text, here, at)
    if own is not None:
        return own
    # "giảm từ 11,25% năm 2011 xuống còn 2,89%": the old value's year is not the new one's
    here = [f for f in here if not _old_value_year(text, f, at)]
    if _now_between(text, here, at):
        return None  # of the present: the text's own period
    found = _nearest(here, at, text)
    if found is not None and (start_value := _start_value(text, here, at)):
        return start_value
    if found:
        # the phase "N năm" count in may be named by the sentence, else by its lead or its
        # headings ("1. Giai đoạn 2011-2015" ⏎ "Qua 5 năm thực hiện, …")
        above = [b for b in (lead, *headings) if b is not None]
        return _span_named(
            found, here + [f for b in above for f in sections.found("period", b.start, b.end)]
        )
    # a clause after a semicolon goes on in its sentence's time ("(2010), …; thu nhập …")
    for ws, we in sections.sentences(block, semicolons=False):
        if ws <= s < we + 1:
            earlier = [
                f
                for f in sections.found("period", ws, s)
                if not _NOW.search(text, f[1], at)
                and not _GOAL_MEASURED.search(text, max(ws, f[0] - 60), f[0])
                # "thu nhập năm 2021 đạt 66 triệu đồng; hộ nghèo còn 0,3%": a year bound
                # to one item's measure dates that item only
                and not _bound_to_its_item(sections, block, f)
            ]
            if earlier:
                return earlier[-1][2]
            closing = _time_closing_sentence(sections, e, we)
            if closing is not None:
                return closing
            if ws < s and _BREAKDOWN_OPENING.match(text, ws):
                # "Trong đó, vốn Trung ương …; vốn địa phương …": every part of a breakdown
                # is of the time of the sentence it breaks down, not only the first
                broken_down = _period_before(sections, block, ws, we)
                if broken_down:
                    return broken_down
            break
    going_on = _period_before(sections, block, s, e)
    if going_on:
        return going_on
    if lead is not None:
        found = period_near(sections, lead.start, lead.end, lead.end)
        if found:
            return found
    for heading in headings:
        found = period_near(sections, heading.start, heading.end, heading.end)
        if found:
            return found
    return None


#: What puts a time after the last clause of a sentence as its cut-off: ", tính đến cuối năm
#: 2023", ", đến hết năm 2023", ", tính đến ngày 31/12/2023".
_CUT_OFF_BEFORE = re.compile(
    r",\s*(?i:tính\s+)?(?i:(?:đến|tới)\s+)?(?:(?i:hết|cuối|ngày|thời\s+điểm)\s+)*$"
)
_CUT_OFF_LEAD = re.compile(r"(?i:tính\s+|(?:đến|tới)\s+)")
#: What may close a sentence after its cut-off time.
_SENTENCE_CLOSE = re.compile(r"[\s.!?)]*")


def _time_closing_sentence(sections: Sections, e: int, we: int) -> str | None:
    """The cut-off time a sentence of ";"-clauses closes on, after the clause ``[.., e)``
    ("A có 3/5 xã đạt chuẩn, chiếm 60%; B có 5/8 xã đạt chuẩn, tính đến cuối năm 2023"): it
    dates every clause, as it would one clause; not a comparison base ("…, tăng 2 xã so với
    năm 2020"), which the cut-off words rule out."""
    text = sections.text
    after = [f for f in sections.found("period", e, we + 1) if f[0] >= e]
    if not after:
        return None
    last = after[-1]
    if not _SENTENCE_CLOSE.fullmatch(text, last[1], we + 1 if we < len(text) else we):
        return None
    comma = text.rfind(",", e, last[0] + 1)
    if comma < 0:
        return None
    # the cut-off words stand before the time, or open it ("tính đến cuối năm 2023")
    head = text[comma : last[0]]
    if not (_CUT_OFF_BEFORE.search(head) and _CUT_OFF_LEAD.search(text, comma, last[1])):
        return None
    return last[2]


def _bound_to_its_item(sections: Sections, block: Block, found: tuple[int, int, str]) -> bool:
    """Whether the period ``found`` is bound to one measure inside its own clause of a
    ";"-list, not a time the clause opens on (:func:`baocao.vocab.periods.bound_to_its_item`)."""
    fs = found[0]
    clause = next(((cs, ce) for cs, ce in sections.sentences(block) if cs <= fs < ce + 1), None)
    return clause is not None and bound_to_its_item(sections.text, clause, found)


#: A year right before the bracket a figure stands in: "gấp đôi năm 2011 (15 triệu đồng)";
#: or the year a comparison base is said to be at with "là": "(so năm 2018 là 5,2%)".
_YEAR_BRACKET = re.compile(
    r"(?i:năm\s+)?(?P<year>(?:19|20)\d{2})\s*"
    r"(?:\(\s*(?:(?i:là|đạt|chỉ|mới|có)\s+){0,2}|(?i:là)\s+)$"
)


def _base_bracketing(text: str, s: int, at: int) -> str | None:
    """The year of a comparison base whose value the figure at ``at`` is, in brackets right
    after it ("tăng gấp 3 lần so với năm 2012 (20,5 triệu đồng)", "gấp đôi năm 2011 (15
    triệu)", "còn 3,1% (so năm 2018 là 5,2%)"): the base's value is of that year, whatever the
    sentence's main value is of."""
    m = _YEAR_BRACKET.search(text, max(s, at - 40), at)
    if m is None or not is_comparison_base(text, m.start()):
        return None
    return m.group("year")


#: A clause break between a statement and a period after it.
_CLAUSE_MARK_AFTER = re.compile(r"[,;](?!\d)|(?i:(?<!\w)trong\s+đó(?!\w))")

#: The preposition that puts a figure's predicate in a time: "đạt chuẩn ở giai đoạn …",
#: "về đích trong giai đoạn …", "đạt chuẩn vào năm 2019".
_IN_TIME_BEFORE = re.compile(r"(?i:(?<!\w)(?:ở|trong|vào|tại)\s+)$")

_NUMBER_RUN = re.compile(r"\d[\d.,/]*")


def _anothers(text: str, found: tuple[int, int, str], at: int, e: int) -> bool:
    """Whether the period ``found``, written after the statement at ``at`` past a clause
    break, heads another figure of its own ("… là 1.500 tỷ đồng, riêng giai đoạn 2016-2020
    là 1.000 tỷ đồng"; "… 1.250 tỷ đồng, trong đó giai đoạn 2011-2015 huy động 450 tỷ
    đồng"): that figure's time, not the statement's."""
    if found[0] <= at or _CLAUSE_MARK_AFTER.search(text, at, found[0]) is None:
        return False
    rest = re.split(r"[,;](?!\d)", text[found[1] : e], maxsplit=1)[0]
    # (a figure in brackets is an aside: "…, giai đoạn 2016-2020 (tăng 2 lần)")
    return _FIGURE.search(re.sub(r"\([^()]*\)?", "", rest)) is not None


def _in_own_predicate(text: str, here: list[tuple[int, int, str]], at: int) -> str | None:
    """The period the predicate of the figure at ``at`` puts it in ("5 xã đạt chuẩn ở giai
    đoạn 2011-2015 và 7 xã …"): written after it with "ở", "trong", "vào" or "tại", with no
    other figure and no clause break between."""
    first = _NUMBER_RUN.match(text, at) or _NUMBER_RUN.search(text, at)
    if first is None:
        return None
    for f in here:
        if f[0] <= first.end():
            continue
        between = text[first.end() : f[0]]
        if _FIGURE.search(between) or _CLAUSE_MARK_AFTER.search(between) or "\n" in between:
            return None
        return f[2] if _IN_TIME_BEFORE.search(between) else None
    return None


def _aside(text: str, found: tuple[int, int, str], end: int) -> bool:
    """Whether the period ``found``, after a statement ending at ``end``, is inside a
    bracket that goes on with a statement of its own: "… là 20% (tại thời điểm cuối năm 2021
    chưa có huyện nào)" speaks of 2021, the 20% does not ("đạt 85% (cuối năm 2020)" does)."""
    if found[0] < end:
        return False
    opened = text.rfind("(", end, found[0])
    if opened < 0 or text.find(")", opened, found[0]) >= 0:
        return False
    closing = text.find(")", found[1])
    rest = text[found[1] : closing if closing >= 0 else found[1] + 80]
    if any(ch.isalpha() for ch in rest):
        return True
    # "100% huyện đã có xã đạt chuẩn (riêng Thành phố đã hoàn thành nhiệm vụ … trong năm
    # 2019)": a statement of its own ending on its year, not a time lead "(tính đến cuối …)"
    lead = TIME_LEAD_END.sub("", text[opened + 1 : found[0]])
    return len(lead.split()) >= ASIDE_WORDS


#: How many words of its own a bracket writes before its period to state something else.
ASIDE_WORDS = 3


#: A sentence breaking down the one before it: "… đã huy động 342 tỷ đồng. Trong đó, …".
_BREAKDOWN_OPENING = re.compile(r"[\s\-–—+•·*]*(?i:trong\s+đó)(?!\w)")

#: A sentence speaking of the time its paragraph has counted: "Tổng nguồn lực huy động …
#: trong thời gian qua là 293 tỷ đồng" after "Sau 9 năm triển khai thực hiện, …".
#: A sentence opening on "at that time" ("Lúc bấy giờ, …", "Khi đó, …": ``back_then`` cues)
#: and the starting point it gives (``baseline`` cues: "chỉ đạt", "mới đạt").
_BACK_THEN = re.compile(r"[\s\-–—+•·*]*(?i:" + cues().pattern("back_then") + ")")

_BASELINE = re.compile(cues().pattern("baseline"))

_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?!\d)")

_THAT_TIME = re.compile(r"(?i:(?<!\w)(?:thời\s+gian|những\s+năm)\s+qua(?!\w))")


def _period_before(sections: Sections, block: Block, s: int, e: int) -> str | None:
    """The time an undated sentence goes on in from the sentences before it in its
    paragraph: a breakdown ("Trong đó, …") the time of the sentence it breaks down; "trong
    thời gian qua" the years its paragraph counted ("Sau 9 năm triển khai thực hiện, …")."""
    text = sections.text
    if _BREAKDOWN_OPENING.match(text, s):
        before = [(ss, se) for ss, se in sections.sentences(block) if se <= s]
        if not before:
            # "… đã huy động hơn 39.772 tỷ đồng." ⏎ "Trong đó, vốn …": a paragraph opening
            # with the breakdown breaks down the last sentence of the one before it
            previous = sections.blocks[block.index - 1] if block.index > 0 else None
            if previous is None or previous.kind is BlockKind.HEADING:
                return None
            before = sections.sentences(previous) or [(previous.start, previous.end)]
        ss, se = before[-1]
        if goal_near(sections, ss, se):
            return None
        found = [f for f in sections.found("period", ss, se) if not _NOW.search(text, f[1], se)]
        if found:
            return found[-1][2]
        s, e = ss, se  # "… trong thời gian qua là 293 tỷ đồng; trong đó …"
    if _THAT_TIME.search(text, s, e):
        back = [f for f in sections.found("period", block.start, s) if years_back(f[2]) is not None]
        if back:
            return back[-1][2]
    if _BACK_THEN.match(text, s) and _BASELINE.search(text, s, e):
        # "Năm 2011, 40 xã khởi công. Lúc bấy giờ, mỗi xã chỉ đạt 4 tiêu chí": a starting
        # point of the time the sentence before it dates, even by an event's day
        before = [(ss, se) for ss, se in sections.sentences(block) if se <= s]
        years = _YEAR.findall(text, before[-1][0], before[-1][1]) if before else []
        if years:
            return years[-1]
    return _after_span_breakdown(sections, block, s)


#: A sentence opening on "Hiện" ("Hiện bình quân mỗi xã đạt 16 tiêu chí"): the adverb "now",
#: whatever follows it ("Hiện thực hóa …" is the verb "to realise").
_OPENS_WITH_NOW = re.compile(r"\s*(?:Hiện|HIỆN)(?!\s+thực)(?=[\s,])")


def period_earlier_in_paragraph(sections: Sections, block: Block, at: int) -> str | None:
    """The time an undated rate goes on in from the nearest earlier sentence of its
    paragraph that dates itself ("Trong năm 2019, huyện tập trung giảm nghèo. Tỷ lệ hộ nghèo
    còn 3,1%" → 2019); None when its own sentence or one between says it is the present
    ("Hiện nay, …", "đến nay"), or the dated one sets a goal."""
    text = sections.text
    s, e = sections.sentence_at(block, at)
    if (
        _NOW.search(text, s, e)
        or _PRESENT_ITSELF.search(text, s, e)
        or _PRESENT_ADVERB.search(text, s, e)
        or _OPENS_WITH_NOW.match(text, s)
    ):
        return None
    whole = next(
        (ws for ws, we in sections.sentences(block, semicolons=False) if ws <= s < we + 1), s
    )
    for ss, se in reversed([(ss, se) for ss, se in sections.sentences(block) if se <= s]):
        if goal_near(sections, ss, se) or _NOW.search(text, ss, se):
            return None
        if _PRESENT_ITSELF.search(text, ss, se):
            return None
        found = [
            f
            for f in sections.found("period", ss, se)
            if not _GOAL_MEASURED.search(text, max(ss, f[0] - 60), f[0])
            # "giảm từ 11,25% năm 2011 xuống còn 2,89%": the old value's year, not the
            # sentence's time
            and not _old_value_year(text, f, se)
            # "thu nhập năm 2021 đạt 66 triệu đồng; hộ nghèo còn 0,3%": an earlier item's
            # own year, in the same sentence, dates that item only
            and not (ss >= whole and _bound_to_its_item(sections, block, f))
        ]
        if found:
            return found[-1][2]
    return None


def _after_span_breakdown(sections: Sections, block: Block, s: int) -> str | None:
    """The time of the whole a breakdown by spans broke down, for the undated sentence right
    after that breakdown ("… từ năm 2010 đến nay huy động 40.000 tỷ đồng." ⏎ "Trong đó, giai
    đoạn 2010-2015 …, từ năm 2016 tới nay …. Ngân sách nhà nước 9.000 tỷ đồng, …"): it goes
    on breaking the whole down, not in either span."""
    text = sections.text
    before = [(ss, se) for ss, se in sections.sentences(block) if se <= s]
    if not before:
        return None
    bs, be = before[-1]
    if not _BREAKDOWN_OPENING.match(text, bs) or len(sections.found("period", bs, be)) < 2:
        return None
    if len(before) > 1:
        ws, we = before[-2]
    elif block.index > 0 and sections.blocks[block.index - 1].kind is not BlockKind.HEADING:
        previous = sections.blocks[block.index - 1]
        ws, we = (sections.sentences(previous) or [(previous.start, previous.end)])[-1]
    else:
        return None
    if goal_near(sections, ws, we):
        return None
    found = sections.found("period", ws, we)
    return found[-1][2] if found else None


#: The old value of a change, before its year: "giảm từ 11,25% năm 2011 …".
_OLD_VALUE_BEFORE = re.compile(r"(?i:(?<!\w)từ\s+(?:mức\s+)?\d[\d.,]*[^\d.;:]{0,30}?\(?\s*)$")

#: The change to the new value: "… xuống còn 2,89%", "… lên 45 triệu đồng".
_CHANGE_TO = re.compile(r"(?i:(?<!\w)(?:xuống|lên)(?!\w))")

#: A start year stating the value it began at: "từ năm 2012 là 1,73% giảm xuống còn 0,7%".
_START_YEAR_VALUE = re.compile(r"(?i:từ\s+năm\s+((?:19|20)\d{2}))")

_IS_VALUE = re.compile(r"\s*(?i:là|ở\s+mức|chỉ\s+có|có|chỉ\s+đạt|đạt)\s*")


#: The old value's "từ" right before it: "giảm từ 8,2%", "tăng từ mức 40%".
_FROM_RIGHT_BEFORE = re.compile(r"(?i:(?<!\w)từ\s+(?:mức\s+)?)$")

#: What follows the old value up to the new one: "… xuống còn 2,7%", "… lên 65%".
_TO_NEW_VALUE = re.compile(
    r"[^\d.;:\n]{0,30}?(?i:(?<!\w)(?:xuống|lên)(?!\w))(?:\s+(?i:còn|mức|đến))?\s+\d"
)


def _old_value_undated(sections: Sections, start: int, end: int, e: int) -> bool:
    """Whether ``text[start:end]`` is the old value of a change written with no year of its
    own ("giảm từ 8,2% xuống còn 2,7%": 8,2% is of an earlier time the text does not
    state); a year written between it and the new value dates it ("từ 12% năm 2015 xuống
    4%", "từ 55% năm trước lên 70%")."""
    text = sections.text
    if _FROM_RIGHT_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    to = _TO_NEW_VALUE.match(text, end, e)
    return to is not None and not sections.found("period", end, to.end())


_SPAN_YEARS = re.compile(r"((?:19|20)\d{2})-(?:19|20)\d{2}")


def _span_start_of_change(sections: Sections, s: int, start: int, period: str | None) -> str | None:
    """The first year of the span a change's sentence opens on, when the statement is of
    that span ("Giai đoạn 2016-2019, tỷ lệ hộ nghèo giảm từ 40% xuống còn 25%": 40% is of
    2016), else None."""
    if period is None:
        return None
    for _s, _e, written in reversed(sections.found("period", s, start)):
        own = parse_period(written)
        m = _SPAN_YEARS.fullmatch(own or "")
        if m is not None and own == parse_period(period):
            return m.group(1)
    return None


def _old_value_year(text: str, found: tuple[int, int, str], at: int) -> bool:
    """Whether a period before ``at`` dates the old value of a change that ``at`` is the new
    value of ("giảm từ 11,25% năm 2011 xuống còn 2,89%")."""
    s, e, _ = found
    return (
        e <= at
        and _OLD_VALUE_BEFORE.search(text, max(0, s - 50), s) is not None
        and _CHANGE_TO.search(text, e, at) is not None
    )


def _start_value(text: str, here: list[tuple[int, int, str]], at: int) -> str | None:
    """The year of a change's first value written as a start right before it ("từ năm 2012
    là 1,73% giảm xuống còn 0,7%" → 2012 for 1,73%), which alone would read up to now."""
    for _s, e, written in here:
        m = _START_YEAR_VALUE.fullmatch(written)
        if (
            m is not None
            and _IS_VALUE.fullmatch(text, e, at)
            and _CHANGE_TO.search(text, at, at + 60) is not None
        ):
            return m.group(1)
    return None


def _span_named(found: str, here: list[tuple[int, int, str]]) -> str:
    """The span a sentence names for its "N năm" ("giai đoạn 2016-2020 …, sau 5 năm thực
    hiện, …" → 2016-2020): N years back are from the present only when no span of N years
    is written beside them."""
    back = years_back(found)
    if back is None:
        return found
    for _, _, written in here:
        period = parse_period(written)
        if period and re.fullmatch(r"\d{4}-\d{4}", period):
            first, last = period_years(period)
            if last - first + 1 == back:
                return written
    return found


def _programme_span_before(sections: Sections, s: int, found: str) -> str | None:
    """The programme's span an earlier sentence of the text names for an "N năm" no span of
    its own sentence, lead or headings counts ("tổng kết 10 năm thực hiện chương trình giai
    đoạn 2010-2020" ⏎ "Trong 10 năm, tổng vốn huy động …" → 2010-2020): the years start at
    the programme's start, not N years back from the text's present. The span must hold the
    N years and at most one more (a "10 năm" programme of 2010-2020); the nearest such span
    before ``s`` wins."""
    back = years_back(found)
    if back is None or back < 2:
        return None
    for _, _, written in reversed(sections.found("period", 0, s)):
        period = parse_period(written)
        if period and re.fullmatch(r"\d{4}-\d{4}", period):
            first, last = period_years(period)
            if back <= last - first + 1 <= back + 1:
                return written
    return None


#: What may stand between a figure and the year that is its own: "4,2% năm 2016",
#: "29,5 triệu đồng/người/năm (năm 2016)", "19/19 tiêu chí vào năm 2020", "2,3% cuối năm
#: 2016", "(thời điểm cuối năm 2012)".
_RIGHT_AFTER = re.compile(
    # ("xuống còn 210 hộ (4,5%) năm 2019": past the bracket the share closes, too)
    r"\)?\s*\(?\s*(?:(?i:vào|trong|tại|thời\s+điểm)\s+)*(?:(?i:cuối|đầu|giữa|hết)\s+)?"
)

#: A bracket that goes on to a figure of its own after its year is another statement: "19/19
#: tiêu chí (năm 2015 xã đạt 10/19 tiêu chí)".
_BRACKET_FIGURE = re.compile(r"[^()\n]*?\d")
