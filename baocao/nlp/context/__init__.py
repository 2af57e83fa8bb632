"""Context: which section, list and sentence a mention sits in, and what they say.

A statement rarely names everything it needs: "Kết quả tự đánh giá: Đạt." gets its criterion
from the heading above ("Tiêu chí số 3 - Thủy lợi:"), "- Ngân sách tỉnh: 40.661,9 triệu đồng"
its period from the heading "3.1. Giai đoạn 2011-2015: …", "Kinh phí huy động khoảng 360
triệu đồng" its place from the start of its list item ("- Thôn Song Nga: …"). The rule is the
same everywhere: the sentence first, then its list item and the lead of its list, then the
headings it sits under, innermost first; what none of them says stays None (the normalise
stage falls back to the report's own metadata).

News leaves more unsaid (issue 8): a sentence naming no place takes, in order, a speaker's
unit for "chúng tôi", both units for "của 2 huyện", the unit a level word stands for ("toàn
huyện", "xã này"), its full sentence's subject across a semicolon, its block's opening place
(not over an enumeration of places), the topic an earlier sentence set ("Tại X, …"), and the
whole country in a text headlined on it. A goal in a later clause neither dates nor marks the
statement before it; a year written right after a figure is that figure's.

The package holds, in layers (each module uses only the ones above it here):

* :mod:`.common` — the place pattern, the level words and the other patterns the modules share;
* :mod:`.sections` — ``Sections``, the text nested under its headings, with the periods, schemes
  and goal words it indexes once and looks up by offset;
* :mod:`.criteria` — the criterion a statement names, or its block, the paragraphs before or its
  headings carry;
* :mod:`.places` — the place a sentence writes: at its start, after the units it counts, before
  its verb, a speaker's, a breakdown's;
* :mod:`.joined` — units named together: "của 2 huyện", "huyện A và huyện B đều đạt";
* :mod:`.topics` — the places a line of its own, a headline, a list lead or heading, or an
  earlier sentence "Tại X, …" sets for what follows;
* :mod:`.levels` — the unit a level word stands for, "toàn huyện", "xã này", "7/7 thôn của xã",
  and the whole a statement speaks of;
* :mod:`.national` — the whole country, before a figure or opening a clause, a paragraph, a
  heading or a headline, and its regions;
* :mod:`.communes` — the commune the sentences before were about, and where a commune's account
  ends;
* :mod:`.subjects` — a statement's place: its own words first, then its clauses, block,
  paragraph, headings and the text;
* :mod:`.periods` — the time a statement is of: its own year, its clause's, its paragraph's, a
  change's old value, a lead's span, the present;
* :mod:`.goals` — the goal word of a statement, a goal's year carried, a goal lead, a plan going
  on, a result clause after a goal;
* :mod:`.schemes` — the scheme of a statement's own predicate, its block, section or headings.

:func:`context_at` (here) puts them together for one mention.
"""

from __future__ import annotations

import re

from baocao.nlp.context.common import _LEVEL_SUBJECT as _LEVEL_SUBJECT
from baocao.nlp.context.common import NATIONAL
from baocao.nlp.context.communes import commune_before
from baocao.nlp.context.criteria import _criterion, own_criterion
from baocao.nlp.context.goals import (
    _goal_clause_after,
    _goal_lead,
    _goal_of,
    _goal_year_carried,
    _plan_going_on,
    _result_clause_before,
)
from baocao.nlp.context.joined import subjects_joined
from baocao.nlp.context.levels import _UNITS_OF_LEVEL as _UNITS_OF_LEVEL
from baocao.nlp.context.national import _region_or, regions_joined
from baocao.nlp.context.periods import (
    _dated_only_below,
    _old_value_undated,
    _period_of,
    _span_start_of_change,
    lead_span,
    money_span_before,
    period_earlier_in_paragraph,
    undated_or_present,
)
from baocao.nlp.context.places import _LEAD_IN as _LEAD_IN
from baocao.nlp.context.places import _UNITS_OF_BARE as _UNITS_OF_BARE
from baocao.nlp.context.places import place_before
from baocao.nlp.context.schemes import _scheme_of
from baocao.nlp.context.sections import Sections, build_sections, goal_near, period_in, period_near
from baocao.nlp.context.subjects import _subject
from baocao.nlp.mentions import Context
from baocao.vocab.wholes import whole_opening

__all__ = [
    "NATIONAL",
    "Sections",
    "build_sections",
    "commune_before",
    "context_at",
    "goal_near",
    "lead_span",
    "money_span_before",
    "own_criterion",
    "period_earlier_in_paragraph",
    "period_in",
    "period_near",
    "place_before",
    "regions_joined",
    "subjects_joined",
    "undated_or_present",
]


def context_at(sections: Sections, start: int, end: int, *, label_first: bool = False) -> Context:
    """The :class:`Context` of the span ``text[start:end]``; ``label_first`` for figures
    whose label comes before them (rates, amounts: see :func:`own_criterion`)."""
    block = sections.block_at(start)
    if block is None:
        return Context(block=-1)
    s, e = sections.sentence_at(block, start)
    # "Với 11/11 xã đạt chuẩn, huyện … phấn đấu trở thành thị xã vào năm 2025": a goal in a
    # later clause is another statement; neither its year nor its goal word is this one's
    e = _goal_clause_after(sections, end, e)
    # "xã C (đạt 15/19 tiêu chí) phấn đấu đạt chuẩn vào năm 2023": a statement in brackets
    # is an aside of the present; the goal after the bracket, and its year, are of the words
    # before it (a year alone still dates the aside: "40 hộ nghèo (6%) năm 2016")
    aside = _aside_end(sections.text, s, start, end, e)
    if aside != e and goal_near(sections, aside, e) is not None:
        e = aside
    if label_first:
        # "phân bổ 18 tỷ đồng … để cấp kinh phí cho các xã đạt chuẩn năm 2016 và các xã phấn
        # đấu …": the units the money is for, with their own years and goals
        recipients = _FOR_UNITS_AFTER.search(sections.text, end, e)
        if recipients is not None and not _SPAN.search(sections.text, recipients.end(), e):
            # (a phase the money is for is its span: "để tập trung cho các xã về đích nông
            # thôn mới giai đoạn 2019-2020")
            e = recipients.start()
    headings = sections.headings(block)
    lead = sections.lead(block) or _goal_lead(sections, block, s, e)
    section = sections.block_text(headings[0]) if headings else None
    # "Huyện phấn đấu có thêm xã C (hiện đạt 15/19 tiêu chí) đạt chuẩn …": an aside that
    # says it is the present is no part of the goal around it
    present = _present_aside(sections.text, s, start, end, e)
    if present is not None:
        # the text's own time, as "đến nay" is
        goal, period = None, None
    else:
        # "Trong số 6 xã đăng ký về đích năm nay, có 4 xã đã đạt 19/19 tiêu chí": the goal
        # word describes the whole the clause opens with, not the part counted after it
        whole = _WHOLE_CLAUSE.match(sections.text, s)
        goal_from = whole.end() if whole is not None and whole.end() <= start else s
        goal = _goal_of(sections, block, lead, headings, goal_from, e, whole=goal_from != s)
        result = _result_clause_before(sections, s, start) if goal is not None else None
        if result is not None:
            # "Mục tiêu đến năm 2025 có 10 xã …, đã có 2 xã": what is, at the time its own
            # clause writes, else the text's own time (as "đến nay" is); not the goal's year
            goal = None
            period = _period_of(sections, block, lead, headings, result, e, start, end)
            if not sections.found("period", result, e):
                period = None
        else:
            period = _period_of(sections, block, lead, headings, s, e, start, end)
            if goal is not None and period is None:
                period = _goal_year_carried(sections, block, s)
        if goal is None and (plan := _plan_going_on(sections, block, s, e)) is not None:
            goal, period = plan[0], plan[1] or period
    # "giảm từ 8,2% xuống còn 2,7%": the old value of a change is of an earlier time the text
    # does not state; it takes no period, unless its year is written with it ("từ 12% năm
    # 2015 xuống 4%")
    old_undated = goal is None and _old_value_undated(sections, start, end, e)
    if old_undated and (first := _span_start_of_change(sections, s, start, period)):
        # "Giai đoạn 2016-2020, tỷ lệ hộ nghèo giảm từ 40% xuống 20%": the old value of a
        # change over a span its own sentence names is of the span's start, its first year
        period, old_undated = first, False
    return Context(
        block=block.index,
        section=" ".join(section.split()) if section else None,
        # a number the statement or its section writes wins over a topic it names: "50/63
        # trường đạt chuẩn quốc gia" under "Tiêu chí 14 - Giáo dục và Đào tạo" is 14
        criterion=own_criterion(sections.text, start, end, s, e, topics=False)
        or _criterion(sections, block, headings, s, e, start)
        or own_criterion(sections.text, start, end, s, e, label_first=label_first),
        subject=_region_or(_subject(sections, block, s, e, start, end)),
        period=period,
        scheme=_scheme_of(sections, block, headings, s, e, start, end),
        goal=goal,
        review=(plan_at := sections.plan_part()) is not None and start < plan_at,
        undated=old_undated
        or (goal is None and undated_or_present(period) and _dated_only_below(sections, block, e)),
    )


#: A clause opening a sentence with the whole its counts are part of: "Trong số 6 xã đăng ký
#: …,", "Đối với 5 xã có kế hoạch đạt chuẩn năm 2024,", "Trong tổng số 9 xã phấn đấu …,".
_WHOLE_CLAUSE = re.compile(
    r"[\s\-–+•*]*" + whole_opening(number=r"\d{1,3}") + r"[^.;:!?\n]{0,160}?,"
)


#: The purpose of an amount naming the units it is for: "để cấp kinh phí cho các xã …".
_FOR_UNITS_AFTER = re.compile(
    r"(?i:(?<!\w)(?:để|nhằm)\s+[^.;:\d]{0,40}?(?<!\w)cho\s+(?:các|những|\d+)\s+"
    r"(?:xã|huyện|thôn|bản|đơn\s+vị))(?!\w)"
)


_SPAN = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?!\d)")


def _aside_end(text: str, s: int, start: int, end: int, e: int) -> int:
    """Where the brackets the span ``text[start:end]`` stands in close, when they open in its
    sentence (after ``s``) and close before ``e``; else ``e``."""
    opened = text.rfind("(", s, start)
    if opened < 0 or text.find(")", opened, start) >= 0:
        return e
    close = text.find(")", end, e + 1)  # (a sentence may end at the bracket)
    if close < 0 or text.find("(", end, close) >= 0:
        return e
    return close


# "hiện đạt", "hiện nay", "đến nay": the present (not "thực hiện")
_PRESENT = re.compile(r"(?i:(?<![^\W\d_])(?<!thực )(?:hiện|đến\s+nay|tới\s+nay)(?![^\W\d_]))")


def _present_aside(text: str, s: int, start: int, end: int, e: int) -> tuple[int, int] | None:
    """The inside of the brackets the span ``text[start:end]`` stands in, when they say it
    is the present ("(hiện đạt 15/19 tiêu chí)"); else None."""
    close = text.find(")", end, e + 1)
    if close < 0 or _aside_end(text, s, start, end, e) != min(close, e):
        return None
    opened = text.rfind("(", s, start) + 1
    return (opened, close) if _PRESENT.search(text, opened, close) else None
