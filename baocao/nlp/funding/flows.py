"""Flows and plans: the flow verb nearest an amount (and whether its words after it
are its purpose), the plan a disbursement is of, money carried over from a year's plan, and
the years an amount is of when a plan, a whole phase, a day it is counted to or a bracket of
years gives them.
"""

from __future__ import annotations

import re

from baocao.nlp.funding.amounts import _amount, _cue
from baocao.nlp.mentions import FundingMention
from baocao.nlp.segment import Block
from baocao.vocab.money import money_to_vnd
from baocao.vocab.patterns import cues
from baocao.vocab.periods import (
    PERIOD_PATTERN,
    carried_over,
    is_state_date,
    parse_period,
    phase_so_far,
)
from baocao.vocab.sources import funding_source

# "vốn đầu tư", "tổng mức đầu tư": the flow word is part of the name of the money.
_MONEY_NOUN_BEFORE = re.compile(r"(?i:vốn|nguồn|mức)\s+$")

# "thực hiện" right after another flow verb ("bố trí thực hiện", "phân bổ để thực hiện").
_CARRY_OUT = re.compile(r"(?i:thực\s+hiện)")

_FLOW_JOINED = re.compile(r"\s+(?:(?i:để|cho)\s+)?")

# What a label that only states a flow is made of ("đã giải ngân", ", trong đó đã chi").
_FLOW_ONLY_WORDS = re.compile(
    r"(?i:đã|được|đạt|là|và|trong\s+đó|tiến\s+độ|kết\s+quả|số\s+tiền|tổng\s+số|đến\s+nay"
    r"|hiện\s+nay|đến\s+thời\s+điểm\s+báo\s+cáo|tính\s+đến\s+nay|lũy\s+kế)(?![^\W\d_])"
)


#: A bracket right after an amount: "90 tỷ đồng (năm 2019: 40 tỷ đồng, năm 2020: 50 tỷ)".
_BRACKET_AFTER = re.compile(r"\s*\(([^()\n]{0,300})\)")

#: One year of a split in brackets with its own figure: "năm 2019: 40 tỷ", "năm 2020 là 50".
_YEAR_PART = re.compile(r"(?i:(?<!\w)năm\s+((?:19|20)\d{2})\s*(?::|là|đạt|-|–)?\s*\d)")


def _counted_to_a_day(text: str, block: Block, written: str | None) -> str | None:
    """The years money counted up to a day or a month was raised over ("đã giải ngân 831 tỷ
    đồng (tính đến tháng 9-2015)"): the programme's phase up to that year, "2011-2015" (a
    total to date, not the money of one month); None for any other period."""
    period = parse_period(written) if written else None
    if written is None or period is None or re.fullmatch(r"\d{4}-M\d{2}", period) is None:
        return None
    at = text.find(written, block.start, block.end)
    if at < 0 or not is_state_date(text, at):
        return None
    return phase_so_far(int(period[:4]))


#: The total of a plan the text names: "tổng kinh phí theo Đề án được phê duyệt: …"
#: (``plan_total`` cues).
_PLAN_TOTAL = re.compile(cues().pattern("plan_total"))

#: A plan named with its span: "phê chuẩn đề án xây dựng nông thôn mới huyện … giai đoạn
#: 2011-2020".
_PLAN_NAMED = re.compile(
    r"(?i:(?<!\w)đề\s+án)[^.;\n]{0,120}?(?i:giai\s+đoạn|thời\s+kỳ)\s+"
    rf"(?P<span>{PERIOD_PATTERN})"
)


def _plan_span(text: str, clause: int, first: int) -> str | None:
    """The span of the plan whose total an amount is ("tổng kinh phí theo Đề án được phê
    duyệt: 5.826,5 tỷ đồng" after "đề án … giai đoạn 2011-2020"): the last plan named with
    its span before it, not the time the text reports on; "" when the amount is a plan's
    total but no plan is named with a span (the plan's time is unstated, so the amount has
    no period); None when the amount is no plan's total."""
    total = _PLAN_TOTAL.search(text, clause, first)
    if total is None or re.match(r"\s*\d", text[total.end() : first]):
        return None  # "theo Đề án 1956 là …": a plan named by its number, not the one named
    spans = [m.group("span") for m in _PLAN_NAMED.finditer(text, 0, first)]
    spans = [w for w in spans if re.fullmatch(r"\d{4}-\d{4}", parse_period(w) or "")]
    return spans[-1] if spans else ""


#: The whole of a phase written without its years: "nhu cầu vốn cho cả giai đoạn là …",
#: "tổng vốn toàn giai đoạn …" (a span written right after it is its own).
_WHOLE_PHASE = re.compile(r"(?i:(?<!\w)(?:cả|toàn|suốt)\s+giai\s+đoạn)(?!\s*(?:\d|(?i:I|V)\b))")

#: A phase written with its span: "giai đoạn 2017 - 2020", "giai đoạn 2021-2025".
_PHASE_SPAN = re.compile(rf"(?i:(?<!\w)giai\s+đoạn)\s*,?\s*(?P<span>{PERIOD_PATTERN})")


def _whole_phase_span(text: str, clause: int, first: int) -> str | None:
    """The span of "cả giai đoạn" written before an amount with no years ("nhu cầu vốn cho cả
    giai đoạn là 900 tỷ đồng" after "Nghị quyết … giai đoạn 2017 - 2020"): the last phase
    the text names with its span before it; None when the amount's clause names no whole
    phase or no span was named."""
    if _WHOLE_PHASE.search(text, clause, first) is None:
        return None
    spans = [parse_period(m.group("span")) or "" for m in _PHASE_SPAN.finditer(text, 0, clause)]
    spans = [w for w in spans if re.fullmatch(r"\d{4}-\d{4}", w)]
    return spans[-1] if spans else None


def _split_by_years(text: str, end: int) -> tuple[str, str] | None:
    """The years a bracket right after the amount ending at ``end`` splits it into, each
    with its own figure ("(năm 2019: 40 tỷ đồng, năm 2020: 50 tỷ đồng)"): the first as
    written and the span from the first to the last; None for no such split."""
    bracket = _BRACKET_AFTER.match(text, end)
    if bracket is None:
        return None
    years = [int(y) for y in _YEAR_PART.findall(bracket.group(1))]
    if len(set(years)) < 2:
        return None
    return str(years[0]), f"{min(years)}-{max(years)}"


# What opens the purpose of money written after it ("15 tỷ đồng để đầu tư làm đường"), and
# what opens the statement's own verb after that purpose ("… đã được giải ngân").
_PURPOSE_OPEN = re.compile(r"(?<![^\W\d_])(?i:để|nhằm|cho\s+việc|phục\s+vụ|dùng\s+vào)(?![^\W\d_])")

_PREDICATE = re.compile(r"(?<![^\W\d_])(?i:đã|đang|được|sẽ)(?![^\W\d_])")


def _in_purpose(after: str, at: int) -> bool:
    """Whether the verb at ``at`` of the words after an amount is part of its purpose ("… để
    thực hiện Chương trình", "… để đầu tư làm đường"), not the statement's own verb ("… để
    làm đường đã được giải ngân")."""
    opened = _PURPOSE_OPEN.search(after, 0, at)
    if opened is None:
        return False
    return _PREDICATE.search(after, opened.end(), at) is None


#: The year right after a plan's word: "kế hoạch (của) năm 2015 …".
_YEAR_AFTER_PLAN = re.compile(r"\s+(?i:của\s+)?(?=(?i:năm)\s+\d|\d)")


def _carried_plan(written: str, cue: re.Match[str]) -> bool:
    """Whether the plan's word ``cue`` names money carried over from a year's plan ("vốn kế
    hoạch của năm 2015 chuyển qua là 4,5 tỷ đồng"): money raised now, not planned."""
    year = _YEAR_AFTER_PLAN.match(written, cue.end())
    return year is not None and carried_over(written, year.end())


def _flow(
    label_text: str, after: str, clause_text: str, *, plans: bool = True
) -> re.Match[str] | None:
    """The flow verb nearest the amount, before it in its label or after it, else
    the nearest in its clause before the label ("đã bố trí 1.250 tỷ đồng … và 300 tỷ đồng …").
    A mobilising word that names money ("vốn đầu tư", "nguồn huy động") is no verb, nor is
    a verb of the amount's purpose ("… để thực hiện …"); without ``plans``, a plan's word
    is none either (the plan an amount is achieved against: "đạt 22/23 tỷ đồng kế hoạch")."""

    def verbs(written: str) -> list[re.Match[str]]:
        found = list(_cue("flow").finditer(written))
        return [
            f
            for i, f in enumerate(found)
            if not (
                cues().value("flow", f.group()) == "mobilised"
                and _MONEY_NOUN_BEFORE.search(written, 0, f.start())
            )
            # "đã bố trí thực hiện 66 tỷ đồng": what the money was allocated to do, not a
            # second flow
            and not (
                i > 0
                and _CARRY_OUT.fullmatch(f.group())
                and _FLOW_JOINED.fullmatch(written, found[i - 1].end(), f.start())
            )
            and (plans or cues().value("flow", f.group()) != "planned")
            and not _carried_plan(written, f)
        ]

    before = verbs(label_text)
    after_verbs = [f for f in verbs(after) if not _in_purpose(after, f.start())]
    if before and after_verbs:  # the nearer of the two
        gap_before = len(label_text) - before[-1].end()
        return before[-1] if gap_before <= after_verbs[0].start() else after_verbs[0]
    if before:
        return before[-1]
    if after_verbs:
        return after_verbs[0]
    earlier = verbs(clause_text)
    return earlier[-1] if earlier else None


def _of_unit(m: re.Match[str]) -> str | None:
    """The unit of the plan a disbursement is of: its own ("109 triệu/217 triệu") or the
    amount's ("850/1.000 tỷ đồng")."""
    if m.group("of_unit"):
        return " ".join(m.group("of_unit").split())
    return " ".join(m.group("unit").split()) if m.group("of_bare") else None


def _of_previous(m: re.Match[str], previous: FundingMention) -> bool:
    """Whether ``m`` is a disbursement of the amount just before it ("được giao 612,3 tỷ
    đồng; … đã giải ngân 545,2 tỷ đồng/612,3 tỷ đồng")."""
    of_amount, of_unit = m.group("of_amount") or m.group("of_bare"), _of_unit(m)
    if of_amount is None or of_unit is None:
        return False
    try:
        return money_to_vnd(of_amount, of_unit) == money_to_vnd(
            previous.amount, previous.unit, previous.tail
        )
    except ValueError:
        return False


# What a disbursement's own sentence may say besides its flow when it is of the money the
# sentence before stated: the money's bare word and the day it was counted to ("Kinh phí
# giải ngân đến ngày 25/12/2024 là", "Số vốn đã giải ngân tính đến 30/6 đạt").
_DISBURSED_WORDS = re.compile(
    r"(?i:kinh\s+phí|số\s+vốn|nguồn\s+vốn\s+này|vốn)(?![^\W\d_])"
    r"|(?i:(?:tính\s+)?(?:đến|tới)(?:\s+hết)?(?:\s+ngày)?)\s+\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?"
)

#: The words between the money stated and its disbursement: the end of that sentence, no
#: figure of its own (a decision's number may name the money's basis).
_TO_NEXT_SENTENCE = re.compile(r"[^\d.;]*(?:\d+(?:/[^\s.;/]+)+[^\d.;]*)*\.\s+$")


def _disbursed_of_before(label: str, previous: FundingMention, block: Block, between: str) -> bool:
    """Whether a disbursement naming no source, in the sentence right after an amount of one
    source that was no disbursement, is of that money."""
    if previous.flow is not None and cues().value("flow", previous.flow) == "disbursed":
        return False
    own = [funding_source(p) for p in previous.sources[: previous.own_sources]]
    if not own or own[0] in (None, "total") or previous.start < block.body:
        return False
    return _flow_only(_DISBURSED_WORDS.sub(" ", label)) and bool(
        _TO_NEXT_SENTENCE.fullmatch(between)
    )


def _flow_only(label: str) -> bool:
    """Whether a label states nothing but a flow ("đã giải ngân"): then it is the flow of
    the money named just before it in its sentence."""
    rest = _FLOW_ONLY_WORDS.sub(" ", _cue("flow").sub(" ", label))
    return re.search(r"[^\W\d_]", rest) is None


#: Money set beside the sentence's main clause, opening it: "Ngoài nguồn vốn …", "Bên cạnh
#: …", "Cùng với …" (after at most a short lead-in clause: "Thực hiện Chương trình, ngoài …").
_BESIDES = re.compile(
    r"[\s\-–+•*·]*(?:[^,;.:\n\d]{1,60},\s*)?(?i:ngoài|bên\s+cạnh|cùng\s+với)(?![^\W\d_])"
)

#: A period opening a clause: right after its comma.
_CLAUSE_OPENED = re.compile(r",\s*(?:(?i:và|thì)\s+)?$")


def _besides_main_span(
    text: str, sentence: tuple[int, int], at: int, end: int, periods: list[tuple[int, int, str]]
) -> str | None:
    """The period the main clause of the amount's sentence opens with, when the amount is the
    money its opening clause sets beside the main clause's ("Ngoài nguồn vốn Nhà nước hơn 14
    tỷ đồng theo hình thức …; …, từ năm 2010 đến nay, xã đã vận động nhân dân góp 3,8 tỷ
    đồng"): both are of that time, the ";" inside the opening clause ending no statement.
    ``periods`` are those written in the sentence after the amount. None when the first of
    them opens no clause, or another amount stands before it (it is that amount's)."""
    s, _ = sentence
    opening = _BESIDES.match(text, s, at)
    if opening is None or "," in text[opening.end() : at] or not periods:
        return None
    first = periods[0]
    if not _CLAUSE_OPENED.search(text, end, first[0]):
        return None
    if _amount().search(text, end, first[0]) is not None:
        return None
    return first[2]
