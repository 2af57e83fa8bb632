"""The mention of one amount: whether it is programme money (not a per-head value,
an average, an investment drawn in, a comparison), and what it records as written — its
sources, total, purpose, flow, share, period, place and scheme — with the giver patterns it
reads.
"""

from __future__ import annotations

import re
from dataclasses import replace

from baocao.nlp import percentages
from baocao.nlp.context import (
    NATIONAL,
    Sections,
    context_at,
    lead_span,
    money_span_before,
    period_in,
    undated_or_present,
)
from baocao.nlp.funding.amounts import (
    _CLAUSE_BREAK,
    Span,
    _clause_start,
    _cue,
    _each_unit_subject_before,
    _label_start,
    _low_bound,
    _low_unit,
    _low_written,
    _need,
    _only_period,
)
from baocao.nlp.funding.flows import (
    _carried_plan,
    _counted_to_a_day,
    _disbursed_of_before,
    _flow,
    _flow_only,
    _of_previous,
    _of_unit,
    _plan_span,
    _split_by_years,
    _whole_phase_span,
)
from baocao.nlp.funding.recipients import (
    _LEVEL_BUDGET,
    _carried_place,
    _from_a_supporter,
    _from_whom,
    _level_word,
    _listed_place,
    _names_one_source,
    _national_money,
    _received,
    _region,
    _scheme_here,
)
from baocao.nlp.funding.sources import (
    _FIGURE,
    _SENTENCE_END,
    _SOURCE_AFTER,
    AFTER_WINDOW,
    CAMPAIGN_SOURCE,
    PART_SOURCE,
    _a_source_among,
    _after_among_parts,
    _elided_budget,
    _past_among,
    _past_excluded,
    _sources,
    _trailing_place,
    _trailing_source,
    _with_whole,
    _within_whole,
)
from baocao.nlp.funding.totals import (
    _campaign,
    _campaigns_total,
    _compared,
    _is_funding,
    _is_total,
    _spending,
    _total_of_list,
    _without_campaign_names,
    _works_cost,
    _works_total,
)
from baocao.nlp.mentions import FundingMention
from baocao.nlp.percentages import EACH_AFTER, EACH_UNIT, EACH_WORDS, PER_TWICE
from baocao.nlp.segment import Block
from baocao.vocab.money import tail_at
from baocao.vocab.numbers import NUMBER_PATTERN
from baocao.vocab.patterns import approx_at, cues
from baocao.vocab.periods import parse_period
from baocao.vocab.places import NAME_PATTERN
from baocao.vocab.sources import funding_source

# "/người/năm", "/km", "/1 km": per a unit, not a total.
_PER_HEAD = re.compile(r"\s*/\s*(?:(?:1|(?i:một))\s*)?[^\W\d_]")

_SHARE = re.compile(
    r"\s*,?\s*\(?\s*(?i:(?:chiếm|bằng|đạt)\s+)?(?i:(?:tỷ|tỉ)\s+lệ\s+)?(?P<value>"
    + NUMBER_PATTERN
    + r")\s*%\)?"
)

_LABEL_TRIM = re.compile(r"^[\s\-–+•*·]*(?:\d{1,2}(?:\.\d{1,2})*[.)]\s*)?|[\s:*,]+$")

# What opens a part of a list written in one line: ", trong đó: - Vốn …", "(gồm …".
_PART_OPENING = re.compile(r"[\s,:;()\-–+•*·]*(?:(?i:trong\s+đó|bao\s+gồm|gồm)\b[\s,:;\-–+•*·]*)?")

# A share written before its amount: "ngân sách nhà nước chiếm 14% (70 tỷ đồng)", "vốn nhân
# dân chiếm 30%, tương ứng 150 tỷ đồng".
_SHARE_BEFORE = re.compile(
    r"(?i:chiếm|bằng)\s+(?:(?i:tỷ|tỉ)\s+lệ\s+)?(?P<value>"
    + NUMBER_PATTERN
    + r")\s*%\s*[(,:]?\s*(?:(?i:tương\s+ứng|với|là)\s*:?\s*)?$"
)

# "…, bằng 112% so với năm 2023": a comparison, a percentage of its own (FACTS.md).
_COMPARED_AFTER = re.compile(r"\s*(?i:so\s+với|kế\s+hoạch|vượt|mục\s+tiêu)")

# A share in brackets: "(đạt 88,95% kế hoạch)".
_BRACKETED_SHARE = re.compile(
    r"\s*\(\s*(?i:đạt\s+)(?P<value>" + NUMBER_PATTERN + r")\s*%(?=\s*(?i:kế\s+hoạch|KH)[\s)])"
)

# "đạt 62% kế hoạch", "(đạt 83,6% kế hoạch)", "đạt 64% KH" right after money disbursed or
# allocated: the amount's share of its own plan (its ``of_vnd`` when written), not a
# comparison ("so với kế hoạch" still is one).
_OWN_PLAN = re.compile(r"\s*(?i:kế\s+hoạch|KH)(?![^\W\d_])")


def _own_plans_share(text: str, share: re.Match[str], flow_cue: re.Match[str] | None) -> bool:
    """Whether ``share``, "đạt X%" followed by "kế hoạch", is money's share of its own plan:
    the amount was disbursed or allocated (``flow_cue``), and the share says "đạt"."""
    if flow_cue is None or cues().value("flow", flow_cue.group()) not in ("disbursed", "allocated"):
        return False
    return "đạt" in share.group().lower() and _OWN_PLAN.match(text, share.end()) is not None


# "quyết chi 40 tỷ đồng để nâng cấp …", "… là nguồn vốn tỉnh bố trí ra để tập trung cho …":
# the purpose of money allocated, written after it.
_PURPOSE_AFTER = re.compile(
    r"(?<![^\W\d_])(?i:để|nhằm|nâng|tập\s+trung\s+cho|cho\s+việc|đầu\s+tư\s+cho)\s+"
    r"(?P<purpose>[^,;.()\n]+)"
)

# Money invested "for" one thing, written right after it: "đầu tư 40 tỷ đồng cho phát triển hạ
# tầng viễn thông", "… cho xây dựng trường học" (works, not the programme as a whole).
_INVESTED = re.compile(r"(?i:đầu\s+tư)")

_INVESTED_FOR = re.compile(
    r"\s*(?i:cho)\s+(?P<purpose>(?i:phát\s+triển|xây\s+dựng|nâng\s+cấp|cải\s+tạo|sửa\s+chữa|"
    r"kiên\s+cố\s+hóa|cứng\s+hóa|làm|mua|lắp\s+đặt)\s+[^,;.()\n]+?)"
    r"(?=\s+(?i:và\s+(?:đến|tới|hiện|nay|đã|có|trong))(?![^\W\d_])|\s*[,;.()\n]|\s*$)"
)

_EACH_UNIT = re.compile(EACH_UNIT)

_AVERAGE_SLASHED = re.compile(percentages.AVERAGE_SLASHED)


# Things money is shared out by besides the units of EACH_UNIT: "mỗi km đường", "từng căn nhà".
_PER_THING = (
    r"(?i:km|ki\s*-?\s*lô\s*-?\s*mét|mét|m2|m²|ha|héc\s*-?\s*ta|tuyến|căn|ngôi\s+nhà|nhà|"
    r"phòng\s+học|trường|cây\s+cầu|cầu|mô\s+hình|suất|con\s+đường|đoạn)"
)

_EACH_THING_BEFORE = re.compile(rf"(?<![^\W\d_])(?i:mỗi|từng)\s+{_PER_THING}(?![^\W\d_])")

# Money per unit written after the amount: "2 tỷ đồng cho mỗi xã", "300 triệu đồng mỗi km
# đường" (FACTS.md: money per unit is never a funding total).
_EACH_AFTER = re.compile(
    r"\s*,?\s*(?:(?i:cho|với|trên|tại|ở)\s+)?(?<![^\W\d_])(?i:mỗi|từng)\s+"
    rf"(?:{EACH_WORDS}|{_PER_THING})(?![^\W\d_])"
    # "bình quân 40 tỷ đồng một xã": one unit right after the amount
    rf"|{EACH_AFTER}{EACH_WORDS}(?![^\W\d_])"
)

_PER_TWICE = re.compile(PER_TWICE)

# A share closing an item of a list written in one line, and the words that tie a share to
# the amount after it ("chiếm 30%, tương ứng 150 tỷ đồng").
_SHARE_PART = re.compile(r"\d\s*%\s*,\s*")

_SHARE_LINK = re.compile(r"(?i:tương\s+ứng|với|là|bằng)(?![^\W\d_])")

# "đã huy động", "đã được phân bổ": the flow is stated as done.
_DONE_BEFORE = re.compile(r"(?i:(?<![^\W\d_])đã)(?:\s+(?i:được))?\s*$")

# Money allocated "to carry out the Programme" has no purpose of its own: "phân bổ 36,8 tỷ
# đồng để thực hiện Chương trình năm 2023", "… để xây dựng nông thôn mới".
_PROGRAMME_ITSELF = re.compile(
    r"\s*(?:(?i:thực\s+hiện|triển\s+khai)\s+)?(?:(?i:chương\s+trình)(?=\s*$|\s*[,.;]|\s+(?i:mục"
    r"\s+tiêu\s+quốc\s+gia|MTQG|xây\s+dựng|nông\s+thôn\s+mới|NTM|năm|giai\s+đoạn)(?![^\W\d_]))"
    r"|(?i:CTMTQG|XDNTM|xây\s+dựng\s+(?:nông\s+thôn\s+mới|NTM))(?![^\W\d_]))"
)

# A whole named before its parts: "Trong 14,5 tỷ đồng bố trí cho Chương trình, có 9 tỷ đồng
# … và 5,5 tỷ đồng …" (the whole is the total; the parts follow its ", có").
_WHOLE_LABEL = re.compile(r"\s*(?i:trong)\s*")

_WHOLE_OPEN = re.compile(
    r"(?P<what>[^,;.()\n]{0,80}),\s*(?P<paren>)(?i:có|gồm|bao\s+gồm|trong\s+đó(?:\s+có)?)"
    r"\s*:?(?=\s*(?:\d|(?i:ngân\s+sách|vốn|nguồn|kinh\s+phí|nhân\s+dân)(?![^\W\d_])))"
)

DONATION_SOURCE = "đóng góp của nhân dân"


# A decimal comma typed or scanned with a space after it: "vốn sự nghiệp 71, 4 tỷ đồng" is
# 71,4 — only where it cannot be a list: right after a word that is no time word, with no
# figure before it and no "lần lượt" ("lần lượt 3, 5 tỷ đồng" is two amounts).
# Investment a place draws in or aims to draw in ("thu hút khoảng 9.000 tỷ đồng vốn đầu tư",
# "thu hút được 40 dự án, 2.500 tỷ đồng vốn đăng ký"): capital of firms, not programme money.
# Only with the investment named after the amount: "thu hút … người tham gia, huy động
# được 2 tỷ đồng" is a campaign's money.
_ATTRACTING = re.compile(r"(?<![^\W\d_])(?i:thu\s+hút)(?![^\W\d_])")

_INVESTMENT_AFTER = re.compile(
    r"\s*(?i:vốn\s+(?:đầu\s+tư|đăng\s+ký|FDI)|đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài)"
)


#: How far after an amount its share of its plan ("(đạt 88,95% kế hoạch)") may be written.
PLAN_SHARE_REACH = 80

_PLAN_SHARE = re.compile(r"(?i:đạt)\s+[\d.,]+\s*%\s*(?i:kế\s+hoạch|KH)(?![^\W\d_])")


def _against_its_plan(m: re.Match[str], text: str, end: int) -> bool:
    """Whether money is measured against its plan: "giải ngân 30,87/34,71 tỷ đồng", "… (đạt
    88,95% kế hoạch)" in its clause: the plan's money, of the plan's year, not a total since
    the programme began (:func:`_counted_to_a_day`)."""
    if m.group("of_amount") or m.group("of_bare"):
        return True
    clause = re.match(r"[^;.\n]*", text[end : end + PLAN_SHARE_REACH])
    return clause is not None and _PLAN_SHARE.search(clause.group()) is not None


#: A part opened right after its whole: "; trong đó nhân dân 90 tỷ đồng".
_PHASE_PART = re.compile(r"[\s,;:]*(?i:trong\s+đó)(?!\w)")


def _mention(
    sections: Sections,
    block: Block,
    m: re.Match[str],
    floor: int,
    previous: FundingMention | None = None,
    whole: FundingMention | None = None,
    running: str | None = None,
) -> tuple[FundingMention, Span | None, int] | None:
    """The mention of amount ``m``, with the share it claims and where it ends; None when it
    is not programme money. ``whole`` is the amount whose parts ("gồm …") ``m`` is listed
    among: a part that names no source of its own is of its whole's source and flow;
    ``running`` is the budget of the giver named earlier in its paragraph (:func:`_sources`)."""
    text = sections.text
    tail = None if m.group("of_unit") else tail_at(text, m.end(), m.group("unit"))
    end = tail.end() if tail else m.end()
    if _PER_HEAD.match(text, end) or _PER_TWICE.match(text, end):
        return None  # "38,6 triệu đồng/người/năm", "295 tỷ đồng xã/xã": averages, not money
    clause = _label_start(text, block, m, floor)
    for share_part in _SHARE_PART.finditer(text, clause, m.start()):
        # "… ngân sách nhà nước chiếm 18,5%, vốn tín dụng 2.150 tỷ đồng": the share is its
        # own part of the list, not the label of the amount after it
        if not _SHARE_LINK.match(text, share_part.end()):
            clause = share_part.end()
    if previous is not None and floor > block.body:
        # "… 900 tỷ đồng để xây dựng NTM, trong đó ngân sách nhà nước 600 tỷ đồng": the words
        # before "trong đó" end the amount before (its purpose); the part's own start after it
        clause = _past_among(text, clause, m.start())
    clause += _PART_OPENING.match(text, clause, m.start()).end() - clause  # type: ignore[union-attr]
    low = None if tail else _low_bound(text, clause, m)
    first = low.start() if low else m.start()  # where the amount's figures start
    label_text = text[clause:first]
    after_start = end
    after_end = min(block.end, end + AFTER_WINDOW)
    stop = _CLAUSE_BREAK.search(text, end, after_end)
    after = text[after_start : stop.start() if stop else after_end]
    figure = _FIGURE.search(after)
    if figure is not None:  # the next figure's own words are not this amount's
        joint = max(after.rfind(",", 0, figure.start()), after.rfind(" và ", 0, figure.start()))
        after = after[: joint if joint >= 0 else figure.start()]
    if _cue("not_funding").search(label_text) or _cue("not_funding").search(after):
        return None
    if _ATTRACTING.search(label_text) and _INVESTMENT_AFTER.match(after):
        return None  # "thu hút 180.000 tỷ đồng vốn đầu tư": investment drawn in, no NTM money
    if (
        _EACH_UNIT.search(label_text)
        or _AVERAGE_SLASHED.search(label_text)
        or _EACH_THING_BEFORE.search(label_text)
    ):  # "bình quân mỗi xã 2 tỷ đồng", "bình quân/xã 2 tỷ đồng": an average per unit
        return None
    if _EACH_AFTER.match(text, end):
        return None  # "hỗ trợ 2 tỷ đồng cho mỗi xã": money per unit, no total
    if _each_unit_subject_before(text, m.start()):
        return None  # "mỗi xã được thưởng 500 triệu đồng; hỗ trợ 50 triệu đồng …": still each's
    if _compared(label_text, after, previous is not None and floor > block.body):
        return None
    label = _LABEL_TRIM.sub("", label_text)
    # "huy động vốn trung ương, tỉnh, tín dụng và nhân dân với tổng kinh phí …": the total
    list_total = _total_of_list(sections, block, m.start(), clause, label_text)
    total = True if list_total else _is_total(sections, block, label_text, label)
    if total is None and whole is not None and _only_period(label):
        total = True  # "2.100 tỷ đồng (giai đoạn 2011-2015: 700 tỷ đồng; …)": a phase's share
    if _WHOLE_LABEL.fullmatch(label_text) and _WHOLE_OPEN.match(text, end):
        total = True  # "Trong 14,5 tỷ đồng bố trí cho Chương trình, có …": the whole
    need = _need(label_text)
    # "ngân sách tỉnh 50 tỷ đồng; huyện 12 tỷ đồng": a budget, however far the funding cue
    elided = _elided_budget(text, label, previous, first)
    if total is None or not (
        total or need or elided or _is_funding(sections, block, m.start(), after)
    ):
        return None
    donation = _cue("donation").search(label_text)
    # "hiến 3 ha đất, trị giá 6 tỷ đồng": the value of what was given, not a cost
    spending = None if donation or list_total else _spending(label_text)
    # "sửa chữa 60 cây cầu, tổng kinh phí 45 tỷ đồng": the cost of the works, not a total
    works = None if donation or list_total or spending else _works_total(label_text)
    purpose = None
    if works is not None:
        spending, purpose = works
    elif spending:
        s, _ = sections.sentence_at(block, m.start())
        purpose = " ".join(text[s : clause + spending.start()].split()).strip(" ,.-") or None
    supported = None if spending or donation else _PURPOSE_SUPPORTED.search(label_text)
    if supported is not None:  # "xây dựng trạm y tế được hỗ trợ 5 tỷ đồng": money for a purpose
        purpose = " ".join(supported.group("purpose").split())
    real_clause = _clause_start(text, block.body, m.start())
    # "giải ngân 22/23 tỷ đồng kế hoạch vốn": achieved against a plan, the plan's word names
    # what the amount is set against, not a planned flow
    of_plan = bool(m.group("of_amount") or m.group("of_bare"))
    flow_cue = _flow(label_text, after, text[real_clause:clause], plans=not of_plan)
    if spending and flow_cue is not None and cues().value("flow", flow_cue.group()) == "mobilised":
        flow_cue = None  # "với tổng mức đầu tư …": the cost of a purpose, not money raised
    if purpose is None and flow_cue is not None:
        invested = _INVESTED_FOR.match(after) if _INVESTED.fullmatch(flow_cue.group()) else None
        if invested is not None and not _PROGRAMME_ITSELF.match(invested.group("purpose")):
            # "tỉnh đã đầu tư 40 tỷ đồng cho phát triển hạ tầng viễn thông": money for one purpose
            purpose = " ".join(invested.group("purpose").split()).strip(" ,.-") or None
        elif cues().value("flow", flow_cue.group()) == "allocated":
            wanted = _PURPOSE_AFTER.search(after)
            if wanted is not None and not _PROGRAMME_ITSELF.match(wanted.group("purpose")):
                purpose = " ".join(wanted.group("purpose").split()).strip(" ,.-") or None
    done = (
        flow_cue is not None
        and flow_cue.string is label_text
        and _DONE_BEFORE.search(label_text, 0, flow_cue.start())
    )
    if not done and not of_plan:  # "Kế hoạch năm 2026 huy động …": a plan's verb is planned
        plans = [
            f
            for f in _cue("flow").finditer(label_text)
            if cues().value("flow", f.group()) == "planned" and not _carried_plan(label_text, f)
        ]
        if plans:
            flow_cue = plans[-1]
    if need is not None and done and flow_cue is not None and flow_cue.start() > need.start():
        need = None  # "Xã cần nỗ lực, đã huy động 10 tỷ đồng": the money raised
    if need is not None:  # "còn thiếu 12 tỷ đồng", "cần huy động thêm 8 tỷ đồng": planned
        flow_cue, done = need, None
    needed = need is not None
    share = _SHARE.match(text, end)
    if share is None and (named_after := _SOURCE_AFTER.match(text, end)) is not None:
        # "giải ngân 30,87/34,71 tỷ đồng vốn xây dựng nông thôn mới (đạt 88,95% kế hoạch)":
        # the share in brackets after the kind of money written after the amount
        share = _BRACKETED_SHARE.match(text, named_after.end())
    if (
        share is not None
        and _COMPARED_AFTER.match(text, share.end())
        and not _own_plans_share(text, share, flow_cue)
    ):
        share = None
    if share is None:
        share = _SHARE_BEFORE.search(text, clause, first)
    quote_start = clause
    quote_end = max(share.end(), end) if share else end
    after_share = share is not None and share.start() >= end
    trailing = None if after_share else _trailing_source(text, end, block.end)
    if trailing is not None:  # "15 tỷ đồng nhân dân đóng góp": the quote holds its source
        quote_end = max(quote_end, trailing[1])
    went_to = None if after_share or trailing else _trailing_place(text, end, block.end)
    if went_to is not None:  # "2 tỷ đồng cho xã Tân Phú": the quote holds its place
        quote_end = max(quote_end, went_to[1])
    ctx = context_at(sections, first, end, label_first=True)
    listed = _listed_place(text[floor:first]) if previous is not None else None
    if listed is not None:  # "… xã A 9,9 tỷ đồng và xã B 3,3 tỷ đồng": B's money
        ctx = replace(ctx, subject=listed)
    if went_to is not None:  # "… 2 tỷ đồng cho xã Tân Phú, 1,5 tỷ đồng …": Tân Phú's money
        ctx = replace(ctx, subject=went_to[0])
    if ctx.scheme is not None and not _scheme_here(sections, block, m.start()):
        # "… 10% số xã đạt chuẩn NTM kiểu mẫu. Tổng vốn … là 39.632 tỷ đồng": the money is
        # the programme's, not of the scheme an earlier statement counted
        ctx = replace(ctx, scheme=None)
    own_span = re.fullmatch(r"\d{4}-\d{4}", parse_period(ctx.period or "") or "")
    if not own_span and (phase := _whole_phase_span(text, clause, first)) is not None:
        # "… nhu cầu vốn cần cho cả giai đoạn là 900 tỷ đồng": the phase named before
        ctx = replace(ctx, period=phase)
    elif (
        not own_span
        and previous is not None
        and _PHASE_PART.match(text, previous.end, first) is not None
        and _SENTENCE_END.search(text, previous.end, first) is None
        and _whole_phase_span(text, sections.sentence_at(block, previous.start)[0], previous.end)
        is not None
    ):
        # "… cho cả giai đoạn là 900 tỷ đồng; trong đó nhân dân 90 tỷ đồng": a part of the
        # phase's whole, of its span
        ctx = replace(ctx, period=previous.context.period)
    elif not own_span and (plan := _plan_span(text, clause, first)) is not None:
        # a plan's total is of the plan's span, or of no time the text states
        ctx = replace(ctx, period=plan) if plan else replace(ctx, undated=True)
    elif (
        not _against_its_plan(m, text, end)
        and (so_far := _counted_to_a_day(text, block, ctx.period)) is not None
    ):
        ctx = replace(ctx, period=so_far)
    split = _split_by_years(text, end)
    if split is not None and (
        undated_or_present(ctx.period) or parse_period(ctx.period or "") == split[0]
    ):
        # "90 tỷ đồng (năm 2019: 40 tỷ đồng, năm 2020: 50 tỷ đồng)": a total split by year
        # in brackets is of the years it splits into, not of the first of them
        ctx = replace(ctx, period=split[1])
    elif undated_or_present(ctx.period) and (span := lead_span(sections)) is not None:
        # "Sau 7 năm thực hiện, …" ⏎ "Tổng số vốn huy động … hiện nay là 543 tỷ đồng": money
        # raised over the years the text's lead counts up to now
        ctx = replace(ctx, period=span)
    if ctx.period is None and ctx.goal is None and (span := money_span_before(sections, first)):
        # "Giai đoạn 2017-2020, xã huy động 120 tỷ đồng." ⏎ "Vốn doanh nghiệp 30 tỷ đồng":
        # money stated after it goes on in the span the money before it opened with
        ctx = replace(ctx, period=span)
    approx = approx_at(text, first)
    own_start = _past_excluded(text, clause, first)
    if own_start > clause:  # "Ngoài vốn Trung ương, vốn địa phương 80 tỷ đồng": not joined
        quote_start = own_start
        label = _LABEL_TRIM.sub("", text[own_start:first])
    named = _without_campaign_names(label)
    disbursed = flow_cue is not None and cues().value("flow", flow_cue.group()) == "disbursed"
    sources, own = _sources(
        sections, block, m, end, clause, named, spending is not None, running, disbursed
    )
    if own_start > clause and not any(funding_source(p) for p in sources[:own]):
        # "Ngoài vốn ngân sách, xã còn huy động được 3 tỷ đồng": money of another source
        sources.insert(own, PART_SOURCE)
        own += 1
    if trailing is not None:  # right after the label, before the owner and the block's words
        at = 1 if named else 0
        sources.insert(at, trailing[0])
        own += 1
    if elided is not None:  # "ngân sách tỉnh 50 tỷ đồng, huyện là 12 tỷ": the district's budget
        sources.insert(0, elided)
        own += 1
    giver = _GIVER.search(text, clause, first)
    if giver is not None and not _a_source_among(sources[:own]):
        # "tỉnh Đắk Lắk hỗ trợ 6 tỷ đồng", "được huyện hỗ trợ 2 tỷ đồng": the giver's budget
        sources.insert(0, _GIVER_SOURCE[_level_word(giver.group("level"))])
        own += 1
    # "xã nhận 4 tỷ đồng …": money the unit received, whose giver is written after it
    receives = _RECEIVES.search(label_text) is not None
    came_from = _FROM_A_LEVEL.match(after) if receives else None
    level = _GIVER_LEVEL.match(came_from.group("who")) if came_from else None
    if level is not None and not _a_source_among(sources[:own]):
        # "xã nhận 4 tỷ đồng vốn hỗ trợ của tỉnh": the giver's budget
        sources.insert(0, _GIVER_SOURCE[_level_word(level.group())])
        own += 1
    supporter = _from_a_supporter(after) if receives and came_from is None else None
    if supporter is not None and not _a_source_among(sources[:own]):
        # "xã nhận được 3 tỷ đồng hỗ trợ từ các doanh nghiệp": the supporter's money, mobilised
        sources.insert(0, supporter)
        own += 1
    if (
        giver is None
        and previous is not None
        and previous.giver is not None
        and _CLAUSE_BREAK.search(text, previous.end, m.start()) is None
        and not any(_names_one_source(phrase) for phrase in sources[:own])
    ):  # "Trung ương hỗ trợ 120 tỷ đồng vốn đầu tư và 25 tỷ đồng vốn sự nghiệp": every item
        # of the list is of the giver's budget, not only the first
        level = _GIVER_LEVEL.match(previous.giver)
        if level is not None:
            sources.insert(0, _GIVER_SOURCE[_level_word(level.group())])
            own += 1
    if _PEOPLE_GAVE.search(text, clause, first) and not _a_source_among(sources[:own]):
        # "Người dân xã Kim Đông đóng góp 3,5 tỷ đồng": the people's money, not a total
        sources.insert(0, _PEOPLE_SOURCE)
        own += 1
    if (
        whole is None
        and previous is not None
        and not total
        and not any(funding_source(phrase) for phrase in sources)
        and _after_among_parts(text, sections.sentence_at(block, m.start())[0], previous, first)
    ):  # "… huy động 90 tỷ đồng, trong đó …, Báo Nhân Dân hỗ trợ 6,2 tỷ đồng": a part of
        # the amount before it that names no source, not a total of its own; of the source
        # that amount names, if one ("Nhân dân đã hiến đất, đóng góp … trên 20 tỷ đồng,
        # trong đó tiền mặt 1,1 tỷ đồng": the people's cash)
        sources.insert(own, _whole_source(previous) or PART_SOURCE)
        own += 1
    if list_total is None and _within_whole(text, clause, first):
        # "Trong nguồn vốn huy động có 80 tỷ đồng tiền mặt": some of the total, no source named
        sources, own, total = [PART_SOURCE], 1, False
    if list_total is not None:  # the sources listed make up the total: not one of them
        sources, own = [list_total.group()], 1
    given = None
    if donation:  # land or labour the people gave, unless its giver is named
        given = DONATION_SOURCE
    elif _campaign(text, sections.sentence_at(block, m.start())[0], m.start()):
        given = CAMPAIGN_SOURCE  # money a campaign raised, unless a budget is named
    if given is not None:
        # "Tổng kinh phí huy động từ phong trào “…” là 3 tỷ đồng": the campaign's total, not
        # the programme's
        first = funding_source(named) == "total" and _campaigns_total(label_text)
        sources.insert(0 if first else own, given)
        own += 1
    disbursed_next = (
        disbursed
        and previous is not None
        and _disbursed_of_before(label, previous, block, text[previous.end : clause])
    )
    if disbursed_next:
        # "Nguồn vốn X năm 2024 là 200 tỷ đồng. Kinh phí giải ngân đến ngày … là 112 tỷ đồng":
        # what was disbursed of the money just stated, not a total of its own
        total = False
    if previous is not None and (
        (_flow_only(label) and _CLAUSE_BREAK.search(text, previous.end, m.start()) is None)
        or _of_previous(m, previous)
        or disbursed_next
    ):  # "… là 36.630 triệu đồng, đã giải ngân 20.100 triệu đồng": the same money
        inherited = list(previous.sources[: previous.own_sources])
        sources = [*sources[:own], *inherited, *sources[own:]]
        own += len(inherited)
    if whole is not None:  # "(gồm vốn sự nghiệp 71,4 tỷ đồng, …)": the whole's money
        sources, own = _with_whole(sources, own, whole, total)
        own_flow = flow_cue is not None and flow_cue.string in (label_text, after)
        if not own_flow and whole.flow is not None:
            # "nhu cầu kinh phí còn thiếu là 20,5 tỷ đồng. Trong đó, xã A 12 tỷ đồng …": the
            # parts of money needed are needed too
            flow_cue = _cue("need" if whole.needed else "flow").search(whole.flow)
            needed = needed or whole.needed
    if (
        purpose is None
        and whole is None
        and list_total is None
        and given is None
        and not _a_source_among(sources[:own])
    ):
        # "cứng hóa 120 km đường, kinh phí 150 tỷ đồng": the cost of works, no source named
        purpose = _works_cost(label_text)
    mention = FundingMention(
        quote_start,
        quote_end,
        text[quote_start:quote_end],
        ctx,
        amount=" ".join((_low_written(low, m) if low else m.group("amount")).split()),
        unit=_low_unit(low, m) if low else " ".join(m.group("unit").split()),
        amount_max=" ".join(m.group("amount").split()) if low else None,
        unit_max=" ".join(m.group("unit").split()) if low else None,
        tail=" ".join(tail.group().split()) if tail else None,
        of_amount=m.group("of_amount") or m.group("of_bare"),
        of_unit=_of_unit(m),
        sources=tuple(sources),
        own_sources=own,
        part=not total and period_in(label, 0, len(label), 0) is None,
        total=total,
        flow=" ".join(flow_cue.group().split()) if flow_cue else None,
        flow_done=bool(done),
        needed=needed,
        purpose=purpose,
        approx=approx.group().strip() if approx else None,
        percent=share.group("value") if share else None,
        region=NATIONAL
        if _national_money(sections, block, m.start(), end)
        else _region(ctx.subject or _carried_place(sections, block, m.start()), giver),
        giver=" ".join(giver.group("who").split()) if giver else None,
        received=flow_cue is None and _received(label_text, after, came_from),
    )
    floor = max(end, trailing[1]) if trailing is not None else end
    if went_to is not None:
        floor = max(floor, went_to[1])
    if share is not None and after_share:  # "… 150 tỷ (chiếm 75%), nhân dân …": its share
        floor = max(floor, share.end())
    return mention, ((share.start("value"), share.end()) if share else None), floor


#: A level of government giving the money, in the amount's clause: "tỉnh Đắk Lắk hỗ trợ",
#: "huyện cũng hỗ trợ thêm", "được tỉnh hỗ trợ", "cấp trên hỗ trợ", "vốn cấp trên hỗ trợ khác",
#: "huyện Tứ Kỳ hỗ trợ cho 3 xã với số tiền", "huyện Gia Lộc hỗ trợ 4 xã".
_GIVER = re.compile(
    r"(?<!\w)(?P<who>(?P<level>(?i:tỉnh|huyện|thị\s+xã|thành\s+phố|trung\s+ương|cấp\s+trên|"
    r"chính\s+phủ))"
    rf"(?:\s+{NAME_PATTERN})?)"
    r"\s+(?:(?i:cũng|đã|còn|tiếp\s+tục|trực\s+tiếp)\s+)*"
    # ("được UBND tỉnh A thưởng công trình trị giá 800 triệu đồng": a reward, the giver's money)
    r"(?i:hỗ\s+trợ|cấp|phân\s+bổ|bố\s+trí|thưởng)(?:\s+(?i:thêm|khác))?"
    r"(?:\s+[^,;.:]{1,40}?)?\s*$"
)


#: The unit receiving the amount ("huyện nhận được 15 tỷ đồng", "xã tiếp nhận 6 tỷ đồng"),
#: and a level or its budget it came from written after it ("… hỗ trợ từ Trung ương", "…
#: từ ngân sách tỉnh"): given from above, as "được Trung ương hỗ trợ" is.
_RECEIVES = re.compile(r"(?<![^\W\d_])(?i:nhận)(?:\s+(?i:được))?(?:\s+[^\s,;.:\d]+){0,2}\s*$")

_FROM_A_LEVEL = re.compile(_from_whom(r"hỗ\s+trợ") + rf"(?:(?i:nguồn)\s+)?{_LEVEL_BUDGET}")


# A work the money is for, then "được hỗ trợ"/"được đầu tư" with no source: "xây dựng sân
# vận động được hỗ trợ 6 tỷ đồng", "nâng cấp chợ xã được đầu tư 2 tỷ đồng" (a purpose's cost).
_PURPOSE_SUPPORTED = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=^\s)|(?i:nếu|khi)\s+)(?P<purpose>(?i:xây\s+dựng|xây|làm|nâng\s+cấp|"
    r"cải\s+tạo|kiên\s+cố\s+hóa|sửa\s+chữa|mua\s+sắm|lắp\s+đặt|bê\s+tông\s+hóa|cứng\s+hóa)"
    r"\s+[^,;:\d]{1,60}?)\s+(?i:được)\s+(?i:hỗ\s+trợ|đầu\s+tư|cấp)\s*$"
)

# The people of a place giving, with the place (or other words) between: "Người dân xã Kim
# Đông đóng góp 3,5 tỷ đồng", "nhân dân các thôn đã tự nguyện góp 2 tỷ đồng", "người dân
# trong, ngoài tỉnh tham gia đóng góp 60 tỷ đồng" (a comma inside the people's words).
_PEOPLE_GAVE = re.compile(
    r"(?<!\w)(?i:người\s+dân|nhân\s+dân|bà\s+con)(?:,?\s+[^\s\d,;.:()]+){1,6}?"
    r"\s+(?:(?i:cũng|đã|còn|tiếp\s+tục|tự\s+nguyện|tích\s+cực)\s+)*"
    r"(?i:đóng\s+góp|góp|ủng\s+hộ)(?:\s+[^,;.:\d]{1,40}?)?\s*$"
)

#: The source phrase of the people's money (``funding_sources.toml``).
_PEOPLE_SOURCE = "nhân dân đóng góp"

#: The budget of each giver, as a source phrase of ``funding_sources.toml``.
_GIVER_SOURCE = {
    "tỉnh": "ngân sách tỉnh",
    "huyện": "ngân sách huyện",
    "thị xã": "ngân sách thị xã",
    "thành phố": "ngân sách thành phố",
    "trung ương": "ngân sách trung ương",
    "cấp trên": "vốn cấp trên",
    "chính phủ": "ngân sách trung ương",
}


# The level word a giver's words open with (``FundingMention.giver``).
_GIVER_LEVEL = re.compile(
    r"(?i:tỉnh|huyện|thị\s+xã|thành\s+phố|trung\s+ương|cấp\s+trên|chính\s+phủ)(?![^\W\d_])"
)


def _whole_source(whole: FundingMention) -> str | None:
    """The phrase naming ``whole``'s one source, when it names one other than the total or
    money of no named source (its parts are of it)."""
    for phrase in whole.sources:
        found = funding_source(phrase)
        if found is not None:
            return phrase if found not in ("total", "other") and "+" not in found else None
    return None
