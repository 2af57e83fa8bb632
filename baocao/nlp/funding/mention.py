"""The mention of one amount: whether it is programme money (not a per-head value,
an average, an investment drawn in, a comparison), and what it records as written — its
sources, total, purpose, flow, share, period, place and scheme — with the giver patterns it
reads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

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
    AmountAt,
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
    _besides_main_span,
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
    _parts_of,
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
    _revenue,
    _spending,
    _total_of_list,
    _without_campaign_names,
    _works_cost,
    _works_total,
)
from baocao.nlp.mentions import Context, FundingMention
from baocao.nlp.percentages import EACH_AFTER, EACH_UNIT, EACH_WORDS, PER_TWICE
from baocao.nlp.segment import Block
from baocao.vocab.money import tail_at
from baocao.vocab.numbers import NUMBER_PATTERN
from baocao.vocab.patterns import approx_at, cues
from baocao.vocab.periods import parse_period
from baocao.vocab.places import NAME_PATTERN
from baocao.vocab.sources import funding_source, names_kind_only

# "/người/năm", "/km", "/1 km": per a unit, not a total.
_PER_HEAD = re.compile(r"\s*/\s*(?:(?:1|(?i:một))\s*)?[^\W\d_]")

# "(chiếm hơn 26,5%)", "chiếm gần 40%": a share written as approximate is the amount's too
_SHARE = re.compile(
    r"\s*,?\s*\(?\s*(?i:(?:chiếm|bằng|đạt)\s+)?(?i:(?:tỷ|tỉ)\s+lệ\s+)?"
    + rf"(?:(?i:{cues().pattern('approx')})\s+)?(?P<value>"
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

# A share of the plan in brackets or after a comma: "(đạt 88,95% kế hoạch)", "…, đạt 36% kế
# hoạch năm 2024" (after the kind of money written after the amount).
_BRACKETED_SHARE = re.compile(
    r"\s*[(,]\s*(?i:đạt\s+)(?P<value>"
    + NUMBER_PATTERN
    + r")\s*%(?=\s*(?i:kế\s+hoạch|KH)(?![^\W\d_]))"
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


def _mention(at: AmountAt) -> tuple[FundingMention, Span | None, int] | None:
    """The mention of the amount ``at`` reads, with the share it claims and where it ends;
    None when it is not programme money.

    The steps below run in this order, each reading only what the ones before it decided:
    its words (:func:`_words`), whether it is money at all (:func:`_not_programme_money`,
    :func:`_kind`), what it went on (:func:`_use`), its flow (:func:`_flow_of`), its share and
    quote (:func:`_quote`), its place and time (:func:`_context`), its sources
    (:func:`_sourcing`), then the record itself (:func:`_record`)."""
    words = _words(at)
    if words is None or _not_programme_money(at, words):
        return None
    if _revenue(at.sections, at.block, at.m.start(), words.clause, words.label_text):
        return None
    kind = _kind(at, words)
    if kind is None:
        return None
    use = _use(at, words, kind)
    flow = _flow_of(at, words, kind, use)
    quote = _quote(at.text, at.block, words, flow.cue)
    ctx = _context(at, words, quote)
    sourced = _sourcing(at, words, kind, use, flow, quote)
    return _record(at, words, quote, ctx, sourced)


@dataclass(frozen=True)
class _Words:
    """Where one amount's words lie: its figures, the label before them and the words after
    it up to the next figure's. Decided once, so every later step reads the same words as the
    amount's own."""

    tail: re.Match[str] | None  # "2 tỷ 735 triệu": the smaller part after the unit
    end: int  # where the amount, with its tail, ends
    clause: int  # where its label starts
    low: re.Match[str] | None  # "từ 300 đến 400 tỷ đồng": the lower bound of a range
    first: int  # where the amount's figures start
    label_text: str  # text[clause:first]
    after: str  # its words after it, short of the next figure's


def _words(at: AmountAt) -> _Words | None:
    """The words of the amount; None when a value per head or per unit follows it ("38,6
    triệu đồng/người/năm", "295 tỷ đồng xã/xã"): an average, which is not money raised."""
    sections, block, m, floor, previous = at.sections, at.block, at.m, at.floor, at.previous
    text = sections.text
    tail = None if m.group("of_unit") else tail_at(text, m.end(), m.group("unit"))
    end = tail.end() if tail else m.end()
    if _PER_HEAD.match(text, end) or _PER_TWICE.match(text, end):
        return None
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
    first = low.start() if low else m.start()
    return _Words(tail, end, clause, low, first, text[clause:first], _after_words(text, block, end))


def _after_words(text: str, block: Block, end: int) -> str:
    """The words right after an amount ending at ``end``, up to its clause's break and short
    of the next figure's own words (", vốn tín dụng 20 tỷ đồng" is that figure's label): where
    an owner, a purpose or a "not funding" word written after the amount is read."""
    after_end = min(block.end, end + AFTER_WINDOW)
    stop = _CLAUSE_BREAK.search(text, end, after_end)
    after = text[end : stop.start() if stop else after_end]
    figure = _FIGURE.search(after)
    if figure is not None:
        joint = max(after.rfind(",", 0, figure.start()), after.rfind(" và ", 0, figure.start()))
        after = after[: joint if joint >= 0 else figure.start()]
    return after


def _not_programme_money(at: AmountAt, words: _Words) -> bool:
    """Whether the amount is no programme money whatever its label calls it: a ``not_funding``
    cue around it, investment a place draws in, an average or money per unit, a comparison
    (FACTS.md: none of these is a funding fact)."""
    text, block, m, previous, floor = at.text, at.block, at.m, at.previous, at.floor
    label_text, after = words.label_text, words.after
    if _cue("not_funding").search(label_text) or _cue("not_funding").search(after):
        return True
    if _cue("revenue").search(after):
        return True  # "… 300 tỷ đồng thu ngân sách": revenue named after it
    if _ATTRACTING.search(label_text) and _INVESTMENT_AFTER.match(after):
        return True  # "thu hút 180.000 tỷ đồng vốn đầu tư": investment drawn in, no NTM money
    if (
        _EACH_UNIT.search(label_text)
        or _AVERAGE_SLASHED.search(label_text)
        or _EACH_THING_BEFORE.search(label_text)
    ):  # "bình quân mỗi xã 2 tỷ đồng", "bình quân/xã 2 tỷ đồng": an average per unit
        return True
    if _EACH_AFTER.match(text, words.end):
        return True  # "hỗ trợ 2 tỷ đồng cho mỗi xã": money per unit, no total
    if _each_unit_subject_before(text, m.start()):
        return True  # "mỗi xã được thưởng 500 triệu đồng; hỗ trợ 50 triệu đồng …": still each's
    return bool(_compared(words.label_text, after, previous is not None and floor > block.body))


@dataclass(frozen=True)
class _Kind:
    """What the amount's label makes it: a total (of a list of sources, of a phase, a whole
    before its parts) or a part, money still needed, a budget whose word the list elided.
    Only an amount that is one of these, or has a funding cue in its block, is money."""

    label: str  # its label, trimmed of bullets and numbering
    list_total: re.Match[str] | None  # "huy động vốn trung ương, tỉnh, … với tổng kinh phí"
    total: bool
    need: re.Match[str] | None  # "còn thiếu", "cần huy động thêm"
    elided: str | None  # "ngân sách tỉnh 50 tỷ đồng; huyện 12 tỷ đồng": the district's budget


def _kind(at: AmountAt, words: _Words) -> _Kind | None:
    """The :class:`_Kind` of the amount; None when its label says it is no total of money
    (``_is_total`` gives None) or nothing makes it money at all."""
    sections, block, m, previous, whole = at.sections, at.block, at.m, at.previous, at.whole
    text, label_text = sections.text, words.label_text
    label = _LABEL_TRIM.sub("", label_text)
    # "huy động vốn trung ương, tỉnh, tín dụng và nhân dân với tổng kinh phí …": the total
    list_total = _total_of_list(sections, block, m.start(), words.clause, label_text)
    total = True if list_total else _is_total(sections, block, label_text, label)
    if total is None and whole is not None and _only_period(label):
        total = True  # "2.100 tỷ đồng (giai đoạn 2011-2015: 700 tỷ đồng; …)": a phase's share
    if _WHOLE_LABEL.fullmatch(label_text) and _WHOLE_OPEN.match(text, words.end):
        total = True  # "Trong 14,5 tỷ đồng bố trí cho Chương trình, có …": the whole
    need = _need(label_text)
    # "ngân sách tỉnh 50 tỷ đồng; huyện 12 tỷ đồng": a budget, however far the funding cue
    elided = _elided_budget(text, label, previous, words.first)
    if total is None or not (
        total or need or elided or _is_funding(sections, block, m.start(), words.after)
    ):
        return None
    return _Kind(label, list_total, total, need, elided)


@dataclass(frozen=True)
class _Use:
    """What the money went on, by its label: the value of what was given (a donation), the
    cost of a purpose or of works (``spending``), and that purpose. Money spent on a named
    thing is its cost, not money raised (FACTS.md)."""

    donation: re.Match[str] | None  # "hiến 3 ha đất, trị giá 6 tỷ đồng"
    spending: re.Match[str] | None  # the spending or works cue in the label
    purpose: str | None


def _use(at: AmountAt, words: _Words, kind: _Kind) -> _Use:
    """The :class:`_Use` of the amount, read from its label only (a purpose written after
    money allocated or invested is its flow's: :func:`_purpose_after`)."""
    sections, block, m = at.sections, at.block, at.m
    label_text = words.label_text
    donation = _cue("donation").search(label_text)
    # "hiến 3 ha đất, trị giá 6 tỷ đồng": the value of what was given, not a cost
    spending = None if donation or kind.list_total else _spending(label_text)
    # "sửa chữa 60 cây cầu, tổng kinh phí 45 tỷ đồng": the cost of the works, not a total
    works = None if donation or kind.list_total or spending else _works_total(label_text)
    purpose = None
    if works is not None:
        spending, purpose = works
    elif spending:
        s, _ = sections.sentence_at(block, m.start())
        written = sections.text[s : words.clause + spending.start()]
        purpose = " ".join(written.split()).strip(" ,.-") or None
    supported = None if spending or donation else _PURPOSE_SUPPORTED.search(label_text)
    if supported is not None:  # "xây dựng trạm y tế được hỗ trợ 5 tỷ đồng": money for a purpose
        purpose = " ".join(supported.group("purpose").split())
    return _Use(donation, spending, purpose)


@dataclass(frozen=True)
class _Flow:
    """The amount's flow: the cue as found (mobilised, allocated, disbursed, planned, or the
    need), whether it is stated as done, whether the money is still needed, whether the
    amount is measured against a plan ("22/23 tỷ đồng"), and its purpose once the flow's own
    words after it are read."""

    cue: re.Match[str] | None
    done: bool
    needed: bool
    of_plan: bool
    purpose: str | None


def _flow_of(at: AmountAt, words: _Words, kind: _Kind, use: _Use) -> _Flow:
    """The :class:`_Flow` of the amount: the flow verb of its label or the words after it, a
    plan's verb over a done one's absence, the need over both."""
    text, block, m = at.text, at.block, at.m
    label_text, after = words.label_text, words.after
    real_clause = _clause_start(text, block.body, m.start())
    # "giải ngân 22/23 tỷ đồng kế hoạch vốn": achieved against a plan, the plan's word names
    # what the amount is set against, not a planned flow
    of_plan = bool(m.group("of_amount") or m.group("of_bare"))
    cue = _flow(label_text, after, text[real_clause : words.clause], plans=not of_plan)
    if use.spending and cue is not None and cues().value("flow", cue.group()) == "mobilised":
        cue = None  # "với tổng mức đầu tư …": the cost of a purpose, not money raised
    purpose = use.purpose
    if purpose is None and cue is not None:
        purpose = _purpose_after(cue, after)
    done = (
        cue is not None
        and cue.string is label_text
        and _DONE_BEFORE.search(label_text, 0, cue.start()) is not None
    )
    if not done and not of_plan:  # "Kế hoạch năm 2026 huy động …": a plan's verb is planned
        plans = [
            f
            for f in _cue("flow").finditer(label_text)
            if cues().value("flow", f.group()) == "planned" and not _carried_plan(label_text, f)
        ]
        if plans:
            cue = plans[-1]
    need = kind.need
    if need is not None and done and cue is not None and cue.start() > need.start():
        need = None  # "Xã cần nỗ lực, đã huy động 10 tỷ đồng": the money raised
    if need is not None:  # "còn thiếu 12 tỷ đồng", "cần huy động thêm 8 tỷ đồng": planned
        cue, done = need, False
    return _Flow(cue, done, need is not None, of_plan, purpose)


def _purpose_after(cue: re.Match[str], after: str) -> str | None:
    """The purpose written after money invested or allocated ("đầu tư 40 tỷ đồng cho phát
    triển hạ tầng viễn thông", "phân bổ 36,8 tỷ đồng để nâng cấp …"); None for money "to carry
    out the Programme", which has no purpose of its own."""
    invested = _INVESTED_FOR.match(after) if _INVESTED.fullmatch(cue.group()) else None
    if invested is not None and not _PROGRAMME_ITSELF.match(invested.group("purpose")):
        # "tỉnh đã đầu tư 40 tỷ đồng cho phát triển hạ tầng viễn thông": money for one purpose
        return " ".join(invested.group("purpose").split()).strip(" ,.-") or None
    if cues().value("flow", cue.group()) == "allocated":
        wanted = _PURPOSE_AFTER.search(after)
        if wanted is not None and not _PROGRAMME_ITSELF.match(wanted.group("purpose")):
            return " ".join(wanted.group("purpose").split()).strip(" ,.-") or None
    return None


@dataclass(frozen=True)
class _Quote:
    """The span the mention quotes and the words it claims past the amount: its share (a
    percentage claimed is no percentage fact of its own), a source or a place written right
    after it. ``own_start`` is where its own words start when a source it is not of comes
    first ("Ngoài vốn Trung ương, vốn địa phương 80 tỷ đồng")."""

    start: int
    end: int
    own_start: int
    share: re.Match[str] | None
    after_share: bool  # the share is written after the amount
    trailing: tuple[str, int] | None  # "15 tỷ đồng nhân dân đóng góp": source, its end
    went_to: tuple[str, int] | None  # "2 tỷ đồng cho xã Tân Phú": place, its end


def _quote(text: str, block: Block, words: _Words, cue: re.Match[str] | None) -> _Quote:
    """The :class:`_Quote` of the amount."""
    share = _share(text, words, cue)
    end = max(share.end(), words.end) if share else words.end
    after_share = share is not None and share.start() >= words.end
    trailing = None if after_share else _trailing_source(text, words.end, block.end)
    if trailing is not None:  # "15 tỷ đồng nhân dân đóng góp": the quote holds its source
        end = max(end, trailing[1])
        late = _SHARE.match(text, trailing[1]) if share is None else None
        if late is not None and not _COMPARED_AFTER.match(text, late.end()):
            # "… 1.330 triệu đồng từ vốn của huyện, chiếm tỷ lệ 4,8%": the share after the
            # source written after the amount is the amount's, as right after it
            share, after_share, end = late, True, max(end, late.end())
    went_to = None if after_share or trailing else _trailing_place(text, words.end, block.end)
    if went_to is not None:  # "2 tỷ đồng cho xã Tân Phú": the quote holds its place
        end = max(end, went_to[1])
    own_start = _past_excluded(text, words.clause, words.first)
    start = own_start if own_start > words.clause else words.clause
    return _Quote(start, end, own_start, share, after_share, trailing, went_to)


def _share(text: str, words: _Words, cue: re.Match[str] | None) -> re.Match[str] | None:
    """The amount's share: right after it ("chiếm tỷ lệ 17,91%"), in brackets after the kind
    of money named after it, or before it ("chiếm 14% (70 tỷ đồng)"); not a comparison ("bằng
    112% so với năm 2023") unless it is the money's share of its own plan."""
    share = _SHARE.match(text, words.end)
    if share is None and (named_after := _SOURCE_AFTER.match(text, words.end)) is not None:
        # "giải ngân 30,87/34,71 tỷ đồng vốn xây dựng nông thôn mới (đạt 88,95% kế hoạch)":
        # the share in brackets after the kind of money written after the amount
        share = _BRACKETED_SHARE.match(text, named_after.end())
    if (
        share is not None
        and _COMPARED_AFTER.match(text, share.end())
        and not _own_plans_share(text, share, cue)
    ):
        share = None
    if share is None:
        share = _SHARE_BEFORE.search(text, words.clause, words.first)
    return share


def _context(at: AmountAt, words: _Words, quote: _Quote) -> Context:
    """The amount's context: its place (a place listed before it or written after it), its
    scheme when its own sentence is about one, and its period (:func:`_dated`)."""
    sections, block, m, floor, previous = at.sections, at.block, at.m, at.floor, at.previous
    ctx = context_at(sections, words.first, words.end, label_first=True)
    listed = _listed_place(sections.text[floor : words.first]) if previous is not None else None
    if listed is not None:  # "… xã A 9,9 tỷ đồng và xã B 3,3 tỷ đồng": B's money
        ctx = replace(ctx, subject=listed)
    if quote.went_to is not None:  # "… 2 tỷ đồng cho xã Tân Phú, 1,5 tỷ đồng …": Tân Phú's money
        ctx = replace(ctx, subject=quote.went_to[0])
    if ctx.scheme is not None and not _scheme_here(sections, block, m.start()):
        # "… 10% số xã đạt chuẩn NTM kiểu mẫu. Tổng vốn … là 39.632 tỷ đồng": the money is
        # the programme's, not of the scheme an earlier statement counted
        ctx = replace(ctx, scheme=None)
    return _dated(at, words, ctx)


def _dated(at: AmountAt, words: _Words, ctx: Context) -> Context:
    """``ctx`` with the period the money is of when its own words name no span: the phase
    or plan named before it, its whole's phase, a day it is counted to, the years a bracket
    splits it into, the years the lead counts, or the span the money before it opened with."""
    sections, block, m, previous = at.sections, at.block, at.m, at.previous
    text, clause, first, end = sections.text, words.clause, words.first, words.end
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
    if undated_or_present(ctx.period) and ctx.goal is None:
        sentence = next(
            (w for w in sections.sentences(block, semicolons=False) if w[0] <= first < w[1] + 1),
            None,
        )
        periods = sections.found("period", end, sentence[1]) if sentence else []
        if sentence and (main := _besides_main_span(text, sentence, first, end, periods)):
            # "Ngoài nguồn vốn Nhà nước 14 tỷ đồng …; …, từ năm 2010 đến nay, xã đã vận
            # động …": the money set beside the main clause's is of its time
            ctx = replace(ctx, period=main)
    if ctx.period is None and ctx.goal is None and (span := money_span_before(sections, first)):
        # "Giai đoạn 2017-2020, xã huy động 120 tỷ đồng." ⏎ "Vốn doanh nghiệp 30 tỷ đồng":
        # money stated after it goes on in the span the money before it opened with
        ctx = replace(ctx, period=span)
    return ctx


@dataclass(frozen=True)
class _Phrases:
    """An amount's candidate source phrases, best first, and how many lead them as its own
    words (the rest are its block's, its list's, its parents'). Each sourcing step returns a
    new one, so the order the steps put phrases in stays visible."""

    phrases: tuple[str, ...]
    own: int

    def put(self, at: int, phrase: str) -> _Phrases:
        """These phrases with ``phrase`` put at ``at`` as one of the amount's own."""
        return _Phrases((*self.phrases[:at], phrase, *self.phrases[at:]), self.own + 1)

    def owned(self) -> tuple[str, ...]:
        """The amount's own phrases."""
        return self.phrases[: self.own]


@dataclass(frozen=True)
class _Sourced:
    """What sourcing decided: the phrases, whether the amount is a total after all (a part
    of a whole, a disbursement of the money before it are not), its label past an excluded
    source, the giver and the level it came from, and the flow, need and purpose a whole or
    the works it pays for give it."""

    phrases: _Phrases
    total: bool
    label: str
    giver: re.Match[str] | None
    came_from: re.Match[str] | None
    cue: re.Match[str] | None
    done: bool
    needed: bool
    purpose: str | None
    label_text: str
    after: str


def _sourcing(
    at: AmountAt, words: _Words, kind: _Kind, use: _Use, flow: _Flow, quote: _Quote
) -> _Sourced:
    """The amount's sources, in the order of the steps that read them: its label and owner
    (:func:`_label_phrases`), a level that gave or a supporter (:func:`_giver_phrases`), the
    whole it is a part of (:func:`_part_phrases`), a donation or campaign, the money before it
    it restates, and the whole listed above it; then the cost of works when none is named."""
    sections, block, m, previous, whole = at.sections, at.block, at.m, at.previous, at.whole
    text = sections.text
    label = kind.label
    if quote.own_start > words.clause:  # "Ngoài vốn Trung ương, vốn địa phương 80 tỷ đồng"
        label = _LABEL_TRIM.sub("", text[quote.own_start : words.first])
    named = _without_campaign_names(label)
    disbursed = flow.cue is not None and cues().value("flow", flow.cue.group()) == "disbursed"
    phrases = _label_phrases(at, words, kind, use, quote, named, disbursed)
    giver = _GIVER.search(text, words.clause, words.first)
    phrases, came_from = _giver_phrases(at, words, phrases, giver)
    phrases, total = _part_phrases(at, words, kind, phrases, kind.total)
    given = _given(at, use)
    if given is not None:
        # "Tổng kinh phí huy động từ phong trào “…” là 3 tỷ đồng": the campaign's total, not
        # the programme's
        front = funding_source(named) == "total" and _campaigns_total(words.label_text)
        phrases = phrases.put(0 if front else phrases.own, given)
    disbursed_next = (
        disbursed
        and previous is not None
        and _disbursed_of_before(label, previous, block, text[previous.end : words.clause])
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
        inherited = previous.sources[: previous.own_sources]
        own = phrases.own
        phrases = _Phrases(
            (*phrases.phrases[:own], *inherited, *phrases.phrases[own:]), own + len(inherited)
        )
    cue, needed = flow.cue, flow.needed
    if whole is not None:  # "(gồm vốn sự nghiệp 71,4 tỷ đồng, …)": the whole's money
        listed, own = _with_whole(list(phrases.phrases), phrases.own, whole, total)
        phrases = _Phrases(tuple(listed), own)
        own_flow = cue is not None and cue.string in (words.label_text, words.after)
        if not own_flow and whole.flow is not None:
            # "nhu cầu kinh phí còn thiếu là 20,5 tỷ đồng. Trong đó, xã A 12 tỷ đồng …": the
            # parts of money needed are needed too
            cue = _cue("need" if whole.needed else "flow").search(whole.flow)
            needed = needed or whole.needed
    purpose = flow.purpose
    if (
        purpose is None
        and whole is None
        and kind.list_total is None
        and given is None
        and not _a_source_among(phrases.owned())
    ):
        # "cứng hóa 120 km đường, kinh phí 150 tỷ đồng": the cost of works, no source named
        purpose = _works_cost(words.label_text)
    return _Sourced(
        phrases,
        total,
        label,
        giver,
        came_from,
        cue,
        flow.done,
        needed,
        purpose,
        words.label_text,
        words.after,
    )


def _label_phrases(
    at: AmountAt,
    words: _Words,
    kind: _Kind,
    use: _Use,
    quote: _Quote,
    named: str,
    disbursed: bool,
) -> _Phrases:
    """The phrases the amount's own words give (:func:`_sources`), with a source it is not
    of excluded, a source written right after it, and a budget the list elided."""
    found, own = _sources(at, words.end, words.clause, named, use.spending is not None, disbursed)
    phrases = _Phrases(tuple(found), own)
    if quote.own_start > words.clause and not any(funding_source(p) for p in phrases.owned()):
        # "Ngoài vốn ngân sách, xã còn huy động được 3 tỷ đồng": money of another source
        phrases = phrases.put(phrases.own, PART_SOURCE)
    if quote.trailing is not None:  # right after the label, before the owner and the block's
        phrases = phrases.put(1 if named else 0, quote.trailing[0])
    if kind.elided is not None:  # "ngân sách tỉnh 50 tỷ đồng, huyện là 12 tỷ": the district's
        phrases = phrases.put(0, kind.elided)
    return phrases


def _giver_phrases(
    at: AmountAt, words: _Words, phrases: _Phrases, giver: re.Match[str] | None
) -> tuple[_Phrases, re.Match[str] | None]:
    """The phrases with the budget of a level that gave the money ("tỉnh Đắk Lắk hỗ trợ 6 tỷ
    đồng"), of the level or supporter a unit received it from, of the giver of the list it
    goes on, or the people's: each only when the amount's own words name no source. Also the
    level it came from, when written after it (``FundingMention.received``)."""
    text, m, previous = at.text, at.m, at.previous
    if giver is not None and not _a_source_among(phrases.owned()):
        # "tỉnh Đắk Lắk hỗ trợ 6 tỷ đồng", "được huyện hỗ trợ 2 tỷ đồng": the giver's budget
        phrases = phrases.put(0, _GIVER_SOURCE[_level_word(giver.group("level"))])
    # "xã nhận 4 tỷ đồng …": money the unit received, whose giver is written after it
    receives = _RECEIVES.search(words.label_text) is not None
    came_from = _FROM_A_LEVEL.match(words.after) if receives else None
    level = _GIVER_LEVEL.match(came_from.group("who")) if came_from else None
    if level is not None and not _a_source_among(phrases.owned()):
        # "xã nhận 4 tỷ đồng vốn hỗ trợ của tỉnh": the giver's budget
        phrases = phrases.put(0, _GIVER_SOURCE[_level_word(level.group())])
    supporter = _from_a_supporter(words.after) if receives and came_from is None else None
    if supporter is not None and not _a_source_among(phrases.owned()):
        # "xã nhận được 3 tỷ đồng hỗ trợ từ các doanh nghiệp": the supporter's money, mobilised
        phrases = phrases.put(0, supporter)
    if (
        giver is None
        and previous is not None
        and previous.giver is not None
        and _CLAUSE_BREAK.search(text, previous.end, m.start()) is None
        and not any(_names_one_source(phrase) for phrase in phrases.owned())
    ):  # "Trung ương hỗ trợ 120 tỷ đồng vốn đầu tư và 25 tỷ đồng vốn sự nghiệp": every item
        # of the list is of the giver's budget, not only the first
        listed = _GIVER_LEVEL.match(previous.giver)
        if listed is not None:
            phrases = phrases.put(0, _GIVER_SOURCE[_level_word(listed.group())])
    if _PEOPLE_GAVE.search(text, words.clause, words.first) and not _a_giver_among(phrases.owned()):
        # "Người dân xã Kim Đông đóng góp 3,5 tỷ đồng": the people's money, not a total;
        # "Ban Chỉ đạo đã vận động nhân dân địa phương đóng góp 3 tỷ đồng": the campaign's
        # word ("vận động", money of no named giver) yields to the people it names
        phrases = phrases.put(0, _PEOPLE_SOURCE)
    return phrases, came_from


def _part_phrases(
    at: AmountAt, words: _Words, kind: _Kind, phrases: _Phrases, total: bool
) -> tuple[_Phrases, bool]:
    """The phrases of an amount that is a part of money stated before it, and whether it is
    still a total: a part after "trong đó" naming no source is of the amount before's source
    (or of no named source); "Trong nguồn vốn huy động có 80 tỷ đồng" is some of a total; a
    total of listed sources has them as its one phrase."""
    sections, block, m, previous, whole = at.sections, at.block, at.m, at.previous, at.whole
    text = sections.text
    sentence = sections.sentence_at(block, m.start())[0]
    unnamed = (
        whole is None
        and not total
        and not any(funding_source(phrase) for phrase in phrases.phrases)
    )
    if (
        unnamed
        and previous is not None
        and _after_among_parts(text, sentence, previous, words.first)
    ):  # "… huy động 90 tỷ đồng, trong đó …, Báo Nhân Dân hỗ trợ 6,2 tỷ đồng": a part of
        # the amount before it that names no source, not a total of its own; of the source
        # that amount names, if one ("Nhân dân đã hiến đất, đóng góp … trên 20 tỷ đồng,
        # trong đó tiền mặt 1,1 tỷ đồng": the people's cash)
        phrases = phrases.put(phrases.own, _whole_source(previous) or PART_SOURCE)
    elif unnamed and _opens_on_parts(text, sentence, words.first):
        # "… huy động 300 tỷ đồng." ⏎ "| Trong đó, vốn tỉnh 40 tỷ đồng, tiền mặt 22 tỷ đồng |":
        # a list of parts opening its own sentence or table cell, its whole written before
        # (a sibling part before it names no whole): money of no named source, never a total
        phrases = phrases.put(phrases.own, PART_SOURCE)
    elif (
        whole is None
        and previous is not None
        and any(names_kind_only(phrase) for phrase in phrases.owned())
        and all(
            names_kind_only(phrase) or phrase in _GIVER_SOURCE.values()
            for phrase in phrases.owned()
        )
        and _after_among_parts(
            text, _sentence_start(sections, block, m.start()), previous, words.first
        )
        and (_parts_of(text, previous, words.first) or names_kind_only(previous.quote))
    ):  # "Từ vốn Trung ương và vốn đối ứng địa phương, tỉnh đã bố trí 310 tỷ đồng, trong đó
        # vốn đầu tư phát triển 220 tỷ đồng": a kind of capital listed after "trong đó" is of
        # the budget the whole names, not of the level that allotted it; so is each kind
        # after it, semicolons between them ("…; vốn sự nghiệp 90 tỷ đồng"); a sibling part
        # naming a source of its own ("…, trong đó vốn lồng ghép 100 tỷ đồng, vốn trực tiếp
        # 50 tỷ đồng") is no whole of it
        budget = _budget_source(previous)
        if budget is not None:
            givers = set(_GIVER_SOURCE.values())
            own = [p for p in phrases.owned() if p not in givers]
            rest = [p for p in phrases.phrases[phrases.own :] if p not in givers]
            phrases = _Phrases((budget, *own, *rest), len(own) + 1)
    if kind.list_total is None and _within_whole(text, words.clause, words.first):
        # "Trong nguồn vốn huy động có 80 tỷ đồng tiền mặt": some of the total, no source named
        phrases, total = _Phrases((PART_SOURCE,), 1), False
    if kind.list_total is not None:  # the sources listed make up the total: not one of them
        phrases = _Phrases((kind.list_total.group(),), 1)
    return phrases, total


def _sentence_start(sections: Sections, block: Block, at: int) -> int:
    """Where the sentence holding ``at`` starts, its semicolons no stop: the parts a "trong
    đó" lists are often split by them."""
    for s, e in sections.sentences(block, semicolons=False):
        if s <= at < e + 1:
            return s
    return block.start


def _given(at: AmountAt, use: _Use) -> str | None:
    """The source of land or labour the people gave, or of money a campaign raised; either
    only unless a giver or budget is named (the caller puts it after those)."""
    if use.donation:  # land or labour the people gave, unless its giver is named
        return DONATION_SOURCE
    sections, block, m = at.sections, at.block, at.m
    if _campaign(sections.text, sections.sentence_at(block, m.start())[0], m.start()):
        return CAMPAIGN_SOURCE  # money a campaign raised, unless a budget is named
    return None


def _record(
    at: AmountAt, words: _Words, quote: _Quote, ctx: Context, sourced: _Sourced
) -> tuple[FundingMention, Span | None, int]:
    """The mention as recorded, the share span it claims, and where the next amount's label
    may start (past what this one claimed after it)."""
    sections, block, m = at.sections, at.block, at.m
    text, low, tail, end, share = sections.text, words.low, words.tail, words.end, quote.share
    approx = approx_at(text, words.first)
    cue, giver, label = sourced.cue, sourced.giver, sourced.label
    mention = FundingMention(
        quote.start,
        quote.end,
        text[quote.start : quote.end],
        ctx,
        amount=" ".join((_low_written(low, m) if low else m.group("amount")).split()),
        unit=_low_unit(low, m) if low else " ".join(m.group("unit").split()),
        amount_max=" ".join(m.group("amount").split()) if low else None,
        unit_max=" ".join(m.group("unit").split()) if low else None,
        tail=" ".join(tail.group().split()) if tail else None,
        of_amount=m.group("of_amount") or m.group("of_bare"),
        of_unit=_of_unit(m),
        sources=sourced.phrases.phrases,
        own_sources=sourced.phrases.own,
        part=not sourced.total and period_in(label, 0, len(label), 0) is None,
        total=sourced.total,
        flow=" ".join(cue.group().split()) if cue else None,
        flow_done=sourced.done,
        needed=sourced.needed,
        purpose=sourced.purpose,
        approx=approx.group().strip() if approx else None,
        percent=share.group("value") if share else None,
        region=NATIONAL
        if _national_money(sections, block, m.start(), end)
        else _region(ctx.subject or _carried_place(sections, block, m.start()), giver),
        giver=" ".join(giver.group("who").split()) if giver else None,
        received=cue is None and _received(sourced.label_text, sourced.after, sourced.came_from),
    )
    floor = max(end, quote.trailing[1]) if quote.trailing is not None else end
    if quote.went_to is not None:
        floor = max(floor, quote.went_to[1])
    if share is not None and quote.after_share:  # "… 150 tỷ (chiếm 75%), nhân dân …": its share
        floor = max(floor, share.end())
    return mention, ((share.start("value"), share.end()) if share else None), floor


#: A level of government giving the money, in the amount's clause: "tỉnh Đắk Lắk hỗ trợ",
#: "huyện cũng hỗ trợ thêm", "được tỉnh hỗ trợ", "cấp trên hỗ trợ", "vốn cấp trên hỗ trợ khác",
#: "huyện Tứ Kỳ hỗ trợ cho 3 xã với số tiền", "huyện Gia Lộc hỗ trợ 4 xã"; the centre
#: abbreviated, in capitals only ("vốn do T.Ư hỗ trợ", "TW cấp": "tư" is also a word); money
#: handed down ("được tỉnh giao 20 tỷ đồng", "Trung ương giao cho tỉnh 300 tỷ đồng").
_GIVER = re.compile(
    r"(?<!\w)(?P<who>(?P<level>(?i:tỉnh|huyện|thị\s+xã|thành\s+phố|trung\s+ương|cấp\s+trên|"
    r"chính\s+phủ)|T\.Ư|TƯ|TW)"
    rf"(?:\s+{NAME_PATTERN})?)"
    r"\s+(?:(?i:cũng|đã|còn|tiếp\s+tục|trực\s+tiếp)\s+)*"
    # ("được UBND tỉnh A thưởng công trình trị giá 800 triệu đồng": a reward, the giver's money)
    r"(?i:hỗ\s+trợ|cấp|phân\s+bổ|bố\s+trí|thưởng|giao)(?:\s+(?i:thêm|khác))?"
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
    "t.ư": "ngân sách trung ương",
    "tư": "ngân sách trung ương",
    "tw": "ngân sách trung ương",
}


# The level word a giver's words open with (``FundingMention.giver``).
_GIVER_LEVEL = re.compile(
    r"(?:(?i:tỉnh|huyện|thị\s+xã|thành\s+phố|trung\s+ương|cấp\s+trên|chính\s+phủ)|T\.Ư|TƯ|TW)"
    r"(?![^\W\d_])"
)


def _a_giver_among(phrases: Sequence[str]) -> bool:
    """Whether any of ``phrases`` names who gave the money: a source other than the total and
    money of no named giver ("vận động", "nguồn khác")."""
    return any(funding_source(phrase) not in (None, "total", "other") for phrase in phrases)


def _budget_source(whole: FundingMention) -> str | None:
    """The phrase naming ``whole``'s source when it is public budget money of one or several
    levels, or another programme's money (integrated), else None: a kind of capital listed
    after it is of that money."""
    for phrase in whole.sources[: whole.own_sources]:
        found = funding_source(phrase)
        if found is not None:
            levels = set(found.split("+"))
            budgets = levels <= {"central", "province", "district", "commune", "integrated"}
            return phrase if budgets and not names_kind_only(phrase) else None
    return None


# A sentence or table cell that opens on "Trong đó" ("| Trong đó, …", "- Trong số đó: …"):
# its amounts are parts of a whole stated before it.
_OPENS_ON_PARTS = re.compile(r"[\s|\-–+•*·]*(?i:trong)\s+(?:(?i:số)\s+)?(?i:đó)(?![^\W\d_])")


def _opens_on_parts(text: str, sentence: int, first: int) -> bool:
    """Whether the sentence starting at ``sentence`` opens on "Trong đó" before the amount's
    own words at ``first``."""
    return _OPENS_ON_PARTS.match(text, sentence, first) is not None


def _whole_source(whole: FundingMention) -> str | None:
    """The phrase naming ``whole``'s one source, when it names one other than the total or
    money of no named source (its parts are of it)."""
    for phrase in whole.sources:
        found = funding_source(phrase)
        if found is not None:
            return phrase if found not in ("total", "other") and "+" not in found else None
    return None
