"""Goals: the goal word that a statement, its sentence, its lead or its headings set, the
year of a goal carried to the next that writes none, a line ending with a colon that sets a
goal for the lines under it, a plan that plain sentences after it go on with, and a later
clause that states a result or a goal of its own.
"""

from __future__ import annotations

import re
from functools import cache

from baocao.nlp.context.common import _place
from baocao.nlp.context.periods import _NOT_NOW_BEFORE
from baocao.nlp.context.sections import Sections, _goal_heading, goal_near, period_near
from baocao.nlp.segment import Block, BlockKind
from baocao.vocab.patterns import cues, is_goal_word


@cache
def _until_now() -> re.Pattern[str]:
    return re.compile(_NOT_NOW_BEFORE + "(?:" + cues().pattern("until_now") + ")", re.IGNORECASE)


#: How many sentences back a goal's year may be carried to a goal that writes none.
GOAL_YEAR_SENTENCES = 2


def _goal_year_carried(sections: Sections, block: Block, s: int) -> str | None:
    """The year of the goal set just before a goal that writes none, in its paragraph: "Tỉnh
    phấn đấu đến cuối năm 2025 có 10 huyện đạt chuẩn; có 2 huyện NTM nâng cao. Đối với cấp
    xã, tỉnh phấn đấu có 142 xã …" (2025 for the clause after the semicolon and the next
    sentence), or in the line just above when nothing before it in its own line is dated
    ("… đặt mục tiêu đến năm 2030:" ⏎ "Phấn đấu …"). A sentence between that dates anything
    but a goal stops the carry."""
    text = sections.text
    before = [(ws, we) for ws, we in sections.sentences(block) if we <= s]
    previous = _previous_sibling(sections, block)
    if previous is not None and not any(sections.found("period", ws, we) for ws, we in before):
        # "… đặt mục tiêu đến năm 2030: Phấn đấu …" ⏎ "Phấn đấu cả nước có 65% số xã …": a
        # goal line that dates nothing goes on with the goal of the line just above it
        before = sections.sentences(previous) + before
    for ws, we in reversed(before[-GOAL_YEAR_SENTENCES * 3 :]):
        found = sections.found("period", ws, we)
        if not found:
            continue
        if goal_near(sections, ws, we) is None:
            return None
        at, _, written = found[-1]
        if _HORIZON_WORD.match(written) or _HORIZON_WORD_BEFORE.search(text, max(ws, at - 12), at):
            return written
        # (the sentence's own opening year, "Năm 2026, tỉnh phấn đấu …", is its horizon too; a
        # year bound to a measure, "thu nhập bình quân năm 2026 đạt …", dates that one only)
        return written if not text[ws:at].strip(" \t-–+•*") else None
    return None


#: The words that make a goal's year its horizon: "đến cuối năm 2025", "vào năm 2026".
_HORIZON_WORD = re.compile(r"(?i:đến|tới|vào|trong|hết|cuối)(?![^\W\d_])")

_HORIZON_WORD_BEFORE = re.compile(r"(?i:(?<![^\W\d_])(?:đến|tới|vào|trong|hết|cuối)\s+)$")


def _previous_sibling(sections: Sections, block: Block) -> Block | None:
    """The line just above ``block`` when it is a line of the same kind and level (two
    paragraphs of one passage), else None."""
    if block.index == 0:
        return None
    other = sections.blocks[block.index - 1]
    if other.kind is not block.kind or other.level != block.level:
        return None
    return other


#: How many sibling lines a goal's lead may govern ("Năm 2020, tỉnh đặt mục tiêu:" ⏎ "Huyện
#: A có 3 xã …" ⏎ "Huyện B có 2 xã …").
GOAL_LEAD_LINES = 12


#: A lead that introduces results, whatever plan it names.
_RESULTS_LEAD = re.compile(r"(?i:(?<![^\W\d_])(?:kết\s+quả|đạt\s+được)(?![^\W\d_]))")


def _goal_lead(sections: Sections, block: Block, s: int, e: int) -> Block | None:
    """The line ending with a colon that sets a goal ("Phấn đấu đến năm 2025:", "Kế hoạch năm
    2021:") and introduces ``block`` and its siblings (lines of the same kind and level, not
    list items: paragraphs, or numbered lines "1. Huyện A có …"), when the sentence
    ``text[s:e]`` dates nothing itself and says no result; else None. List items have their
    lead already (:meth:`Sections.lead`)."""
    text = sections.text
    if block.kind is BlockKind.ITEM or _states_itself(sections, s, e):
        return None
    for i in range(block.index - 1, max(-1, block.index - 1 - GOAL_LEAD_LINES), -1):
        other = sections.blocks[i]
        if text[other.start : other.end].rstrip(" *_").endswith(":"):
            if (
                other.kind is BlockKind.ITEM
                or goal_near(sections, other.start, other.end) is None
                # "Thực hiện kế hoạch năm 2023, kết quả đạt được như sau:": results under it
                or _RESULTS_LEAD.search(text, other.start, other.end)
                or _RESULT_WORDS.search(text[other.start : other.end])
                or _until_now().search(text, other.start, other.end)
            ):
                return None
            return other
        if other.kind is not block.kind or other.level != block.level:
            return None
    return None


#: How far into a sentence the goal word that opens a plan may be ("Theo kế hoạch, mục tiêu").
PLAN_OPENING = 40

#: A connective lead-in before a plan's opening: "Được biết, ", "Theo đó, " (no clause naming
#: a place or a time: "Đối với thị xã A, đến cuối năm …" is a statement of its own).
_PLAN_LEAD_IN = re.compile(
    r"\s*(?i:được\s+biết|theo\s+đó|ngoài\s+ra|bên\s+cạnh\s+đó|cùng\s+với\s+đó|đồng\s+thời),\s+"
)

#: How many sentences back a plan's opening may be for a plain sentence to go on with it.
PLAN_CHAIN = 4

# Words that make a sentence a result, not more of the plan before it; "Hiện xã đạt …"
# opening a sentence is the present too.
_RESULT_WORDS = re.compile(
    r"(?i:(?<!\w)(?:đã|hiện\s+nay|hiện\s+có|hiện\s+tại|vừa\s+qua)(?!\w))"
    r"|^[\s\-–—+•·*\"“]*(?i:hiện)(?!\w)"
)


# A rate or an amount stated, then a comma: what a goal written after it is set against
# ("… đạt 61%, dự kiến cuối năm đạt 100%"), in its own clause.
_STATED_THEN_COMMA = re.compile(r"\d\s*(?:%|(?i:tỷ|tỉ|triệu|nghìn|ngàn)?\s*(?i:đồng))\)?\s*,\s*$")


def _sentence_goal(sections: Sections, start: int, end: int) -> str | None:
    """The goal the clauses ``text[start:end]`` before a ";" set for the rest of their
    sentence ("Năm 2022, tỉnh phấn đấu có thêm 8 xã …; 100% xã …"): not a goal added after a
    rate or an amount its clause states ("vốn đầu tư giải ngân 80 tỷ đồng (60%), dự kiến cuối
    năm đạt 100%; vốn sự nghiệp giải ngân …"), which is that clause's own."""
    text = sections.text
    for s, e, written in sections.found("goal", start, end):
        if not is_goal_word(text, s, e, lo=start):
            continue
        clause = max(start, text.rfind(";", start, s) + 1)
        if _STATED_THEN_COMMA.search(text, clause, s):
            continue
        return written
    return None


def _states_itself(sections: Sections, s: int, e: int) -> bool:
    """Whether the sentence or clause ``text[s:e]`` dates itself or says a result, so that
    a goal before it does not go on into it."""
    text = sections.text
    if sections.found("period", s, e) or _until_now().search(text, s, e):
        return True
    return bool(_RESULT_WORDS.search(text[s:e]) or _PRESENT_CHECK.search(text, s, e))


def _plan_going_on(
    sections: Sections, block: Block, s: int, e: int
) -> tuple[str, str | None] | None:
    """The goal word and goal year of a plan that the sentence before, in its paragraph,
    opens with ("Theo kế hoạch, mục tiêu đến năm 2030, số xã đạt chuẩn trên 90%. Số huyện
    đạt chuẩn trên 70%"): a sentence that dates nothing itself and says no result goes on
    with it. None otherwise."""
    text = sections.text
    # "Qua rà soát, xã A đạt 15 tiêu chí; 3 xã đạt 13 tiêu chí …": a clause after a ";" goes
    # on with its own sentence, not with the sentence before that
    whole = sections.sentences(block, semicolons=False)
    s = next((ws for ws, we in whole if ws < s < we), s)
    if _states_itself(sections, s, e):
        return None
    if not _CONTINUATION.match(text, s) and _own_place_opening(sections, s, e):
        return None  # "Qua rà soát, xã K đạt 14 tiêu chí", "Xã K đạt …": a new subject's state
    before = [(ws, we) for ws, we in whole if we <= s]
    if before and _BREAKDOWN.match(text, s):
        # "Chương trình … giai đoạn 2026-2030 có mục tiêu có khoảng 90% số xã đạt chuẩn. Trong
        # đó, có khoảng 50% số xã đạt chuẩn nâng cao.": the part of a goal's whole is the goal's,
        # wherever the goal word stands in the sentence before (not one that says a result)
        ps, pe = before[-1]
        goal = _sentence_goal(sections, ps, pe)
        if (
            goal is not None
            and not _until_now().search(text, ps, pe)
            and not _RESULT_WORDS.search(text[ps:pe])
        ):
            return goal, period_near(sections, ps, pe, ps)
    # "Mục tiêu đến năm 2030, … . 40 xã đạt chuẩn … . Bình quân 17 tiêu chí/xã.": the plan
    # goes on through every plain sentence after it, back to the one that opens it
    for ps, pe in reversed(before[-PLAN_CHAIN:]):
        # ("Được biết, tới năm 2030 tỉnh X phấn đấu …": the window after a short lead-in)
        lead_in = _PLAN_LEAD_IN.match(text, ps, pe)
        reach = (lead_in.end() if lead_in else ps) + PLAN_OPENING
        opening = goal_near(sections, ps, min(pe, reach))
        if opening is not None:
            if _until_now().search(text, ps, pe):
                return None
            return opening, period_near(sections, ps, pe, ps)
        if _states_itself(sections, ps, pe) or (
            not _CONTINUATION.match(text, ps) and _own_place_opening(sections, ps, pe)
        ):
            return None  # a statement of its own between: the plan ended before it
    return None


#: Words that make a sentence state what is ("Qua rà soát, …", "… hiện đạt …").
_PRESENT_CHECK = re.compile(cues().pattern("present_check"))

#: A sentence going on with the one before: "Trong đó, …", "Cụ thể: …", a list item.
_CONTINUATION = re.compile(
    r"[\s]*(?:[-–—+•·*]|\(?[a-zđ\d]{1,2}[).]\s|(?i:trong\s+đó|cụ\s+thể)(?!\w))"
)

#: A sentence giving the parts of the whole the one before states: "Trong đó, …", "Cụ thể, …".
_BREAKDOWN = re.compile(r"\s*(?i:trong\s+đó|cụ\s+thể)(?!\w)")

#: How far into a sentence the place it opens with may be (after a lead-in clause).
OWN_PLACE_OPENING = 40


def _own_place_opening(sections: Sections, s: int, e: int) -> bool:
    """Whether a sentence opens (perhaps after a short lead-in clause) with a place of its
    own as its subject: a new statement, not more of a plan before it."""
    text = sections.text
    m = _place().search(text, s, min(e, s + OWN_PLACE_OPENING))
    if m is None:
        return False
    gap = text[s : m.start()]
    return not gap.strip(" \t*_-–•+") or bool(re.fullmatch(r"[^,.;:\d]{0,30},\s*", gap.lstrip()))


_CLAUSE_COMMA = re.compile(r"[,;]")


#: A later clause of a sentence that says what is, not what is planned: "Mục tiêu đến năm
#: 2025 có 10 xã đạt chuẩn, đến nay đã có 2 xã", "đã đề ra kế hoạch có 5 xã … và đã đạt 6
#: xã". It opens (after a comma, a semicolon or a conjunction) with the present or "đã",
#: perhaps after a year.
_RESULT_CLAUSE = re.compile(
    r"(?:[,;]\s*(?:(?i:và|nhưng|song|còn)\s+)?|\s(?i:và|nhưng|song)\s+)"
    r"(?i:(?:(?:đến|tới)\s+nay|hiện\s+nay|hiện\s+tại|thực\s+tế"
    r"|hiện(?=\s+(?:đã|có|đạt|còn|là)(?![^\W\d_])))(?:\s*,?\s*(?:đã|vừa))?"
    # (a year before the "đã": "…, đến cuối năm 2022 đã có 2 xã")
    r"|(?:(?:tính\s+)?đến\s+)?(?:(?:hết|cuối)\s+)?năm\s+(?:19|20)\d{2}\s*,?\s*đã|đã)"
    r"(?![^\W\d_])"
)


def _result_clause_before(sections: Sections, s: int, start: int) -> int | None:
    """Where the later clause of its sentence that the span at ``start`` stands in begins,
    when that clause states a result (:data:`_RESULT_CLAUSE`) and sets no goal of its own
    before the span; else None."""
    found = list(_RESULT_CLAUSE.finditer(sections.text, s, start))
    if found and goal_near(sections, found[-1].end(), start) is None:
        return found[-1].start()
    return None


def _goal_clause_after(sections: Sections, end: int, e: int) -> int:
    """Where a later clause of the sentence that states a goal begins (a comma or semicolon
    after the statement, then a goal word), else the sentence's end ``e``."""
    text = sections.text
    for gs, ge, _ in sections.found("goal", end, e):
        if not is_goal_word(text, gs, ge, lo=end):
            continue
        commas = list(_CLAUSE_COMMA.finditer(text, end, gs))
        if commas:
            return commas[0].start()
        return e
    return e


def _goal_of(
    sections: Sections,
    block: Block,
    lead: Block | None,
    headings: list[Block],
    s: int,
    e: int,
    *,
    whole: bool = False,
) -> str | None:
    """The goal word of the statement in ``text[s:e]``; ``whole`` when ``s`` is the end of a
    clause naming the whole the statement's count is part of (its words are not searched)."""
    text = sections.text
    found = goal_near(sections, s, e)
    if found:
        return found
    if _until_now().search(text, s, e):
        return None  # "Đến nay có …": a result, even under a plan heading
    # a clause after a semicolon goes on with its sentence's goal ("Năm 2022, tỉnh phấn đấu
    # có thêm 8 xã …; 100% xã đạt từ 15 tiêu chí trở lên")
    for ws, we in sections.sentences(block, semicolons=False):
        if ws <= s < we + 1:
            # (not a clause that dates itself or says what is: "…; năm 2023 đã có 4 xã",
            # as a sentence after a plan's, :func:`_plan_going_on`)
            if ws < s and not whole and not _states_itself(sections, s, e):
                found = _sentence_goal(sections, ws, s)
                if found:
                    return found
            break
    if lead is not None:
        found = goal_near(sections, lead.start, lead.end)
        if found:
            return found
    for heading in headings:
        m = _goal_heading().match(text, heading.body, heading.end)
        if m:
            return " ".join(text[heading.body : m.end()].split()).lstrip("*# ")
    return None
