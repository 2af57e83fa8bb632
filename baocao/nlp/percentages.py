"""Percentages: every other stated rate, and averages with a unit.

"Tỷ lệ lao động qua đào tạo đạt 74,2%", "khoảng 20-25%" (``value_max``), "trên 75%"
(``approx``), "đạt 95% (Tiêu chí yêu cầu: ≥ 85%)" (the requirement is the ``threshold``, not a
second percentage), "bình quân 11,75 tiêu chí/xã" and "38,6 triệu đồng/người/năm" (averages,
``unit`` as written). A share already claimed by a coverage or funding statement ("(đạt
47,82%)", "chiếm tỷ lệ 17,91%") is that statement's, and is skipped here.

Also, by FACTS.md "Borderline cases":

* averages written without their "/xã" or "/người": "bình quân các xã đạt 9,23 tiêu chí"
  (unit ``tiêu chí/xã``), "thu nhập … 62,41 triệu đồng/năm" (``triệu đồng/người/năm``),
  "bình quân mỗi xã được hỗ trợ 2 tỷ đồng" (``tỷ đồng/xã``);
* a share written with a count of units in its clause ("là 85 xã, đạt 41,67%", "có 28 xã
  (28,57% xã)", "92% trường … (436/474 trường)") belongs to that coverage statement and is
  never a percentage of its own, even where the coverage reader passed it by; a band's share
  ("3 xã đạt từ 15 - 18 tiêu chí, chiếm 2%") is one;
* a change of the value just stated ("16,16 tiêu chí/xã, tăng 0,45%") is no rate, nor is an
  average that rises or falls ("bình quân tăng 2,5 tiêu chí/xã so với năm 2016"); but both
  values of a change "từ A (năm) lên B (năm)" are, each with its year, a value written bare
  taking the unit of the other or of its subject ("Số tiêu chí bình quân/xã tăng từ 6,1
  (2012) lên 13,4 (2016)": two averages in ``tiêu chí/xã``; "Tỷ lệ … giảm từ 5,2 (2015)
  xuống 2,1% (2020)": two rates);
* a per-unit word typed twice ("295 tỷ đồng xã/xã", "16 tiêu chí/xã/xã") is written once;
* a band's share is one where the band is the label its clause hangs from ("- Số xã đạt
  10-14 tiêu chí : 28 xã, tỷ lệ 27%"), and so is an average under its label ("Số tiêu chí
  bình quân/xã: 16,13 tiêu chí");
* a share's count and base are kept ("1.200/1.500 hộ, đạt 80%"), and a count written alone
  with its share ("25 hộ nghèo (4%)", "giảm 18 hộ cận nghèo (0,01%)") is kept with no base,
  its quote then starting at the count: the audit compares the totals such shares imply. A
  count written alone in brackets right after its share ("chiếm 4% (25 hộ)", "tỷ lệ hộ
  nghèo còn 3,2% (với 41 hộ)") is kept the same way, its quote then running to the bracket
  that closes the count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from baocao.nlp.context import Sections, context_at, period_earlier_in_paragraph
from baocao.nlp.coverage.common import share_of_reached
from baocao.nlp.mentions import PercentageMention
from baocao.nlp.segment import Block
from baocao.vocab.money import UNIT_PATTERN, parse_money_unit, tail_at
from baocao.vocab.numbers import NUMBER_PATTERN, format_number, parse_number
from baocao.vocab.patterns import approx_at, cues, indicator_rate_in, indicator_rate_opening
from baocao.vocab.places import PLACE_PATTERN
from baocao.vocab.shortforms import spelt_length

Span = tuple[int, int]

_PER = r"(?i:người|xã|hộ|khẩu|lao\s+động|ha|thôn|đơn\s+vị)"
# The upper bound of a range of money written in words: "từ 8 đến 10 tỷ đồng/xã" (a range of
# criteria so written is a band, no average: money only).
_MONEY_TO = rf"\s+(?i:đến|tới)\s+(?P<max_to>{NUMBER_PATTERN})(?=\s*{UNIT_PATTERN})"
# The per-unit word may be typed twice, before and after the slash or after it twice: "295
# tỷ đồng xã/xã", "12 tiêu chí/xã/xã" are "tỷ đồng/xã", "tiêu chí/xã" (:func:`_undoubled`).
_AVERAGE_UNIT = (
    rf"(?:{UNIT_PATTERN}|(?i:tiêu\s+chí|chỉ\s+tiêu))(?:\s+(?P<per_twice>{_PER}))?"
    rf"\s*/\s*(?:(?:1|(?i:một))\s+)?(?P<per>(?(per_twice)(?P=per_twice)|{_PER}))"
    r"(?:\s*/\s*(?P=per)(?![^\W\d_]))?"
    r"(?:\s*/\s*(?i:năm|tháng))?"
    r"(?![^\W\d_])"
)
#: A per-unit word written twice right after a money unit: "tỷ đồng xã/xã" (see above).
PER_TWICE = rf"\s+(?P<twice>{_PER})\s*/\s*(?P=twice)(?![^\W\d_])"
_TWICE = re.compile(rf"(?:{PER_TWICE}|/\s*(?P<after>{_PER})\s*/\s*(?P=after)(?![^\W\d_]))")


def _undoubled(unit: str) -> str:
    """The unit with a per-unit word typed twice written once: "tỷ đồng xã/xã" and "tỷ
    đồng/xã/xã" → "tỷ đồng/xã"."""
    return _TWICE.sub(lambda m: "/" + (m.group("twice") or m.group("after")), unit)


# "(Tiêu chí yêu cầu: ≥ 85%)" right after the value, or after words that say what the value
# is of ("đạt 100% so với diện tích cần tưới (Tiêu chí yêu cầu: ≤ 85%)") but no other figure.
# ("(theo quy định là 70%)", "(chuẩn quy định dưới 5%)", "(mức yêu cầu ≥ 90%)" too)
_THRESHOLD = re.compile(
    r"[^\d%()\n;]{0,60}?\(\s*(?:(?i:theo|chuẩn|mức|tiêu\s+chí)\s+){0,2}"
    rf"(?:{cues().pattern('requirement')}|(?i:chỉ\s+tiêu))\s*:?\s*(?:(?i:là)\s+)?"
    r"(?P<op>≥|≤|>=|<=|>|<|(?i:từ|trên|dưới|tối\s+thiểu|tối\s+đa))?\s*"
    rf"(?P<value>{NUMBER_PATTERN})"
)
_OPERATOR_BEFORE = re.compile(r"(?:≥|≤|>=|<=|>|<)\s*$")
#: A requirement of the criteria written as such, not a value of the place (FACTS.md: no
#: fact): "so với yêu cầu 80%", "trong khi tiêu chí quy định 70%", "theo chuẩn yêu cầu dưới
#: 4%", "(theo quy định là 70%)".
_REQUIREMENT_BEFORE = re.compile(
    rf"{cues().pattern('requirement')}\s*:?"
    r"(?:\s*(?i:là|tối\s+thiểu|tối\s+đa|ít\s+nhất|không\s+quá|từ|trên|dưới|phải\s+đạt))*"
    r"\s*(?:≥|≤|>=|<=|>|<)?\s*$"
)
#: A bound that defines a kind of unit, no rate of any place: "nhóm 2 là các xã có tỷ lệ hộ
#: nghèo trên 15%", "hoặc xã có tỷ trọng nông nghiệp dưới 10% …" (the groups of a criteria set).
_KIND_DEFINED_BEFORE = re.compile(
    r"(?i:(?<!\w)(?:là\s+(?:các|những)|hoặc(?:\s+(?:các|những))?)\s+(?:xã|huyện|thôn|tỉnh)"
    r"(?:\s+nhóm\s+\d)?\s+có\s+)[^.;:\d]{0,60}?"
    r"(?i:dưới|trên|từ|không\s+quá|tối\s+thiểu|ít\s+nhất)\s*$"
)


#: A share a count of other units is counted by (a band of units, FACTS.md: no fact): "2
#: huyện có trên 50% số xã đạt chuẩn", "có 4 đơn vị cấp huyện có từ 70% xã …" — the bound
#: (``share_bound`` cues) right before the share, the count's units before it; the share's
#: own units follow it (:func:`_band_of_units`).
@cache
def _band_of_units_before() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\d.,/])\d+\s+(?:{cues().pattern('unit_kind')})(?![^\W\d_])"
        r"(?:\s+(?i:cấp\s+(?:huyện|xã|tỉnh)))?\s+(?:(?i:đã|đều)\s+)?(?i:có|với|đạt)\s+"
        rf"(?:{cues().pattern('share_bound')})\s*$"
    )


# Cheap test before the rate pattern: "%", its words or a per-unit slash.
_RATE_HINT = re.compile(r"[%/]|(?i:phần\s+trăm)")
_CLAUSE_BREAK = re.compile(r"[.;:!?…](?:\s|\*)|;")
_LABEL_TRIM = re.compile(r"^[\s\-–+•*·(]+|[\s:,(]+$")

# A change of the value stated just before it: "…, tăng 0,45%", "…, giảm 2%".
#: (An approximate change too: "tăng gần 30 triệu đồng so với năm 2014"; in brackets too:
#: "(tăng 53% so với …)".)
_ABOUT = r"(?:\s+(?i:gần|hơn|khoảng|trên|xấp\s+xỉ))?"
#: ("6.084/7.669 xã (79,3%) đã được công nhận đạt chuẩn nông thôn mới, tăng 10,6% …": the
#: value's own predicate may stand between.)
_CHANGE_BEFORE = re.compile(
    r"\d[^\d]{0,60}[,(]\s*(?i:tăng|giảm)(?:\s+(?i:thêm))?" + _ABOUT + r"\s*$"
)
# The unit read goes on: a shorter unit form inside a longer one, or a per-unit slash.
_UNIT_GOES_ON = re.compile(r"\s*(?:/|(?i:đồng|đ|vnđ|vnd)(?![^\W\d_]))")
#: (By how much an income passed a requirement is no income either: "…, vượt 13,5 triệu
#: đồng"; a share by which a plan was beaten stays a percentage.)
_RISE_BEFORE = re.compile(r"(?i:tăng|giảm|(?<![^\W\d_])vượt)(?:\s+(?i:thêm))?" + _ABOUT + r"\s*$")
_AVERAGE_CUE = re.compile(r"(?i:bình\s+quân|trung\s+bình)")
#: "mỗi xã tăng bình quân từ 1 - 1,5 tiêu chí", "tăng thêm trung bình 2 tiêu chí/xã", "số
#: tiêu chí bình quân/xã tăng thêm từ 1-1,2 tiêu chí": an increment per unit (FACTS.md: no
#: fact), however the average is worded around the verb.
_RISE_AVERAGE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?i:tăng|giảm)(?:\s+(?i:thêm|được|bình\s+quân|trung\s+bình|mỗi\s+xã|"
    r"mỗi\s+năm|từ|gần|hơn|khoảng|trên|xấp\s+xỉ))*\s*$"
)
#: "tăng từ 12 tiêu chí lên 16,5 tiêu chí": the value a rise started from, no increment
_RISE_TO_AFTER = re.compile(r"[^.;\d]{0,40}?\s(?i:lên)\s+(?:(?i:mức|khoảng)\s+)?\d")


#: (A margin over a plan, "vượt 8% so với kế hoạch", stays a percentage: FACTS.md.)
_GROWTH_BEFORE = re.compile(
    rf"(?:{cues().pattern('growth')})(?:\s+(?i:thêm|được))?" + _ABOUT + r"\s*$"
)
#: "so với năm 2014", "so với cùng kỳ": the base a change is measured from.
#: (Or its two ends in brackets: "giảm 19,5% (từ 23% năm 2011 xuống 3,5%)".)
_COMPARED_AFTER = re.compile(r"\s*(?:(?i:so\s+với|so)|\(\s*(?i:từ))(?![^\W\d_])")


def _changed_since(text: str, clause: int, m: re.Match[str]) -> bool:
    """Whether the share ``m`` is by how much something rose or fell since a base ("tăng
    40% so với năm 2014", "giảm gần 3% so với cùng kỳ"): an increment, no fact (FACTS.md),
    though no value stands before it in its clause."""
    return bool(
        _GROWTH_BEFORE.search(text, clause, m.start()) and _COMPARED_AFTER.match(text, m.end())
    )


def _increment(text: str, clause: int, m: re.Match[str]) -> bool:
    """Whether the value ``m`` is a rise per unit written around an average's words."""
    return bool(
        _RISE_AVERAGE_BEFORE.search(text, clause, m.start())
        and not _RISE_TO_AFTER.match(text, m.end())
    )


# "bình quân mỗi xã được hỗ trợ 2 tỷ đồng": money per unit, an average (never funding).
# "mỗi khẩu đóng góp 200.000 đồng", "mỗi hộ góp 1,5 triệu đồng": "mỗi" alone says it too.
#: The units an amount is shared out by ("mỗi xã", "mỗi hộ"). No capture groups.
EACH_WORDS = (
    r"(?i:nhân\s+khẩu|khẩu|hộ\s+gia\s+đình|hộ|người|xã|thôn|bản|ấp|huyện|"
    r"công\s+trình|lao\s+động)"
)
# "để (xây dựng) một xã đạt chuẩn cần 40 tỷ đồng", "tổng vốn để xây dựng 1 xã … khoảng 350
# tỷ đồng": what any one unit costs, an average too.
EACH_UNIT = (
    r"(?:(?i:bình\s+quân|trung\s+bình)\s+(?i:mỗi|một|1)|(?<![^\W\d_])(?i:mỗi)"
    r"|(?<![^\W\d_])(?i:để)\s+(?:(?i:xây\s+dựng)\s+)?(?i:một|1))\s+"
    rf"(?P<per>{EACH_WORDS})(?![^\W\d_])"
)
# The same unit written after the money: "hỗ trợ 2 tỷ đồng cho mỗi xã", "… 500 nghìn đồng
# mỗi hộ", "bình quân 40 tỷ đồng một xã" ("một"/"1" right after the amount, no comma).
#: The per-unit words written right after an amount. No capture groups.
EACH_AFTER = (
    r"(?:\s*,?\s*(?:(?i:cho|với|tại|ở)\s+)?(?<![^\W\d_])(?i:mỗi)"
    r"|\s+(?<![^\W\d_])(?i:một|1))\s+"
)
_EACH_AFTER = re.compile(rf"{EACH_AFTER}(?P<per>{EACH_WORDS})(?![^\W\d_])")
#: How a per-unit word is written in the unit: "nhân khẩu" → "khẩu".
_PER_SHORT = {"nhân khẩu": "khẩu", "hộ gia đình": "hộ"}
_EACH_UNIT = re.compile(EACH_UNIT)
_INCOME_CUE = re.compile(r"(?i:thu\s+nhập)")
#: The unit an average is of, written slashed before the amount: "vốn huy động bình quân/xã
#: khoảng 350 tỷ đồng", "trung bình / hộ góp 2 triệu đồng" (money per unit, never funding).
AVERAGE_SLASHED = (
    r"(?i:bình\s+quân|trung\s+bình)\s*/\s*(?:(?i:1|một|mỗi)\s+)?"
    rf"(?P<per>{EACH_WORDS})(?![^\W\d_])"
)
_AVERAGE_SLASHED = re.compile(AVERAGE_SLASHED)
# Money per person with no time: "triệu đồng/người" (an income then is per year, FACTS.md).
_PER_HEAD_ONLY = re.compile(r"^(?!(?i:tiêu\s+chí|chỉ\s+tiêu)).*/\s*(?i:người)$")
# A band of communes by criteria met: "đạt từ 15 - 18 tiêu chí", "dưới 10 tiêu chí".
# The goal a result is set against, written right before its value: "79,3%/ chỉ tiêu 80%",
# "đạt 42%, kế hoạch 40%", "(mục tiêu: 50%)", "vượt chỉ tiêu đề ra (80%)".
_TARGET_BEFORE = re.compile(
    r"(?:/\s*|(?<![^\W\d_]))(?P<word>(?i:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu))"
    r"(?:\s+(?i:là|đề\s+ra|đặt\s+ra|giao))?(?:\s+(?i:là))?\s*[:(]?\s*$"
)
# The goal a result is set against, written right after the result: "đạt 88% (mục tiêu trên
# 90%)", "đạt 88%, chưa đạt mục tiêu 90%", "32%, trong khi mục tiêu đề ra là 50%": the value
# before it is the result, whatever goal word its sentence holds after it.
_GOAL_SET_AFTER = re.compile(
    r"\s*(?:\(\s*|[,;]\s*(?:(?i:trong\s+khi|so\s+với|chưa|không|đã|đạt|vượt|bằng)\s+)*)"
    r"(?P<word>(?i:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu))(?![^\W\d_])"
)
_GOAL_AFTER = re.compile(r"\s*/\s*(?P<word>(?i:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu))(?![^\W\d_])")
# "đạt 75% mục tiêu 5 năm", "bằng 90% kế hoạch", "đạt 85,71% so với mục tiêu": the share of a
# goal reached, a result
_SHARE_OF_GOAL_AFTER = re.compile(
    r"\s*(?:(?i:so\s+với)\s+)?(?P<word>(?i:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu))(?![^\W\d_])"
)


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


#: How far back a goal word (a plan's heading or lead) keeps a share of the plan a goal.
GOAL_WORD_REACH = 600


def _said_before(text: str, at: int, word: str) -> bool:
    """Whether ``word`` is written before ``at`` ("Kế hoạch năm 2025: … đạt 100% kế hoạch"):
    then the goal may be the heading's, not only the one the share is of."""
    words = r"\s+".join(re.escape(w) for w in word.split())
    before = text[max(0, at - GOAL_WORD_REACH) : at]
    return re.search(rf"(?i:(?<![^\W\d_]){words}(?![^\W\d_]))", before) is not None


def _opens(goal: str, word: str) -> bool:
    """Whether the goal cue read is ``word`` or opens with it ("kế hoạch năm" of "kế hoạch")."""
    said, written = " ".join(goal.casefold().split()), " ".join(word.casefold().split())
    return said == written or said.startswith(written + " ")


#: How far before a value its goal word may be ("chỉ tiêu đề ra: ").
TARGET_GAP = 24
# "14 tiêu chí/1 xã": per one commune is per commune.
_ONE_PER = re.compile(r"\s*/\s*(?:1|(?i:một))\s+")
_SPACED_SLASH = re.compile(r"\s*/\s*")
_FIGURE = re.compile(r"\d")
_FIGURE_OR_COMMA = re.compile(r"[\d,;]")
_BAND = re.compile(
    r"(?i:(?:từ|dưới|trên)\s+\d+(?:\s*[-–]\s*\d+)?|\d+\s*[-–]\s*\d+)\s+(?i:tiêu\s+chí)"
)

#: A share in brackets after its units, the band they are in after it: "6 xã (4,32%) đạt từ
#: 15 - 18 tiêu chí", "54 xã (chiếm 45%) đạt 15-18 tiêu chí".
_BRACKET_THEN_BAND = re.compile(
    r"\s*\)\s*(?:(?i:đã|đều|chỉ|mới)\s+)*(?i:đạt|có)\s+(?:(?i:được)\s+)?" + _BAND.pattern
)

#: Longest label kept (characters before the value in its clause).
MAX_LABEL = 120
#: Largest unit an income per head is written in (a million đồng).
MAX_PER_HEAD_UNIT = 1_000_000
#: Longest run of words between a count of units and the share written after it, in
#: characters with each short form spelt out (:func:`_spelt_within`): "đạt chuẩn NTM" is as
#: far as "đạt chuẩn nông thôn mới", so abbreviating a report changes none of its shares.
MAX_SHARE_GAP = 60


#: The percent sign, or the words for it: "35 phần trăm" is "35%".
_PERCENT_SIGN = r"(?:%|(?i:phần\s+trăm)(?![^\W\d_]))"
_PERCENT_WORDS = re.compile(_PERCENT_SIGN)
# A range of rates written in words: "từ 20 đến 25%", "30 tới 35 phần trăm", "từ 20% đến
# 25%" (the lower bound the value, the upper its ``value_max``, as a range of money).
_RATE_TO = rf"(?:\s*%)?\s+(?i:đến|tới)\s+(?P<max_rate_to>{NUMBER_PATTERN})(?=\s*{_PERCENT_SIGN})"
# A number that counts or dates something, or a change, is no lower bound of a range written
# in words: "năm 2020 đến 25%", "tăng từ 20% đến 25%" (as for money).
_NO_RANGE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?i:số|năm|tháng|ngày|quý|đoạn|chí|mục|điểm|khoản|lần|thứ|đợt)"
    r"|(?i:tăng|giảm)(?:\s+(?i:thêm|từ))?)\s*$"
)
#: A range in words joins two rates only when the upper is at most this many times the lower.
MAX_RATE_RANGE_RATIO = 10


def _percent_pattern(*, words: bool) -> str:
    return (
        rf"(?P<value>{NUMBER_PATTERN})"
        # "20-25%", and "1% - 1,5%" (each bound with its sign); money in words too: "từ 8
        # đến 10 triệu đồng/hộ"; rates in words when ``words``: "từ 20 đến 25%"
        rf"(?:\s*[-–]\s*(?P<max>{NUMBER_PATTERN})|\s*%\s*[-–]\s*(?P<max_pc>{NUMBER_PATTERN})(?=\s*%)"
        rf"{'|' + _RATE_TO if words else ''}|{_MONEY_TO})?"
        rf"\s*(?P<unit>{_PERCENT_SIGN}|{_AVERAGE_UNIT})"
    )


@cache
def _percent() -> re.Pattern[str]:
    return re.compile(_percent_pattern(words=True))


@cache
def _percent_one() -> re.Pattern[str]:
    """:func:`_percent` without ranges of rates written in words: what a range that is none
    ("tăng từ 20% đến 25%") is read as, each number on its own."""
    return re.compile(_percent_pattern(words=False))


def _rates(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The rates and averages between ``start`` and ``end``: a range of rates in words is one
    when its lower bound is no count, date or change and below the upper (at most
    :data:`MAX_RATE_RANGE_RATIO` times), else each number is read on its own."""
    for m in _percent().finditer(text, start, end):
        if m.group("max_rate_to") is None or _rate_range(text, start, m):
            yield m
        else:
            yield from _percent_one().finditer(text, m.start(), m.end())


def _rate_range(text: str, start: int, m: re.Match[str]) -> bool:
    if _NO_RANGE_BEFORE.search(text, max(start, m.start() - 20), m.start()):
        return False
    try:
        low, high = parse_number(m.group("value")), parse_number(m.group("max_rate_to"))
    except (ValueError, ArithmeticError):
        return False
    return 0 < low < high <= MAX_RATE_RANGE_RATIO * low


def _unit(m: re.Match[str]) -> str:
    """The unit ``m`` is written in, the words for the percent sign as the sign."""
    unit = m.group("unit")
    return "%" if _PERCENT_WORDS.fullmatch(unit) else unit


def _max(m: re.Match[str]) -> str | None:
    """The upper bound of a range of rates, written with its own sign or not."""
    groups = m.groupdict()
    return (
        groups.get("max")
        or groups.get("max_pc")
        or groups.get("max_rate_to")
        or groups.get("max_to")
    )


@cache
def _bare_average() -> re.Pattern[str]:
    """ "9,23 tiêu chí" with no "/xã", and "62,41 triệu đồng/năm" or a money value with no
    "/người": read as averages only where their clause says so (bình quân, thu nhập)."""
    return re.compile(
        rf"(?P<value>{NUMBER_PATTERN})"
        rf"(?:\s*[-–]\s*(?P<max>{NUMBER_PATTERN})|{_MONEY_TO}"
        # "trung bình mỗi xã đạt 16,7/19 tiêu chí": the average over the size of the set
        rf"|\s*/\s*\d{{1,2}}(?=\s*(?i:tiêu\s+chí|chỉ\s+tiêu)))?"
        rf"\s*(?:(?P<criteria>(?i:tiêu\s+chí|chỉ\s+tiêu))(?!\s*/)"
        rf"|(?P<money>{UNIT_PATTERN})(?:\s*/\s*(?P<year>(?i:năm)))?(?!\s*/))(?![^\W\d_])"
    )


@cache
def _units_before() -> re.Pattern[str]:
    """A count of units ending the text before a share: "là 85 xã, đạt ", "28 xã ("."""
    kinds = cues().pattern("unit_kind")
    return re.compile(
        rf"(?<![\w.,/])\d[\d.]*(?:\s*/\s*\d[\d.]*)?\s+{kinds}"
        rf"(?P<gap>[^\d%;]{{0,{MAX_SHARE_GAP}}})$"
    )


@cache
def _units_after() -> re.Pattern[str]:
    """The units a share is of, with their K/N after it: "% trường … (436/474 trường)"."""
    kinds = cues().pattern("unit_kind")
    return re.compile(
        rf"\s*(?:(?i:số)\s+)?{kinds}(?P<gap>[^\d%;]{{0,{MAX_SHARE_GAP}}})\(\s*\d[\d.]*\s*/\s*\d[\d.]*"
    )


# A verdict written right after a figure and its requirement, on the same line: "… (yêu cầu
# ≥ 85%) - Đạt", "… => đạt"; not "chưa đạt", "đạt chuẩn", "đạt 90%".
_SAID_MET = re.compile(
    r"[^\n]{0,120}?(?:[-–=:>(]|\bđánh giá)\s*(?<!chưa )(?<!không )đạt\b"
    r"(?!\s*(?:\d|được|chuẩn|mức|tỷ|tỉ))",
    re.IGNORECASE,
)
_WORD = r"[^\W\d_]+"
# What ends the words between a share's count and base and the share: its verb, or "(".
_SHARE_LEAD = (
    r"(?:(?:,\s*|\s+|\s*\(\s*)(?:(?i:đạt|chiếm|bằng)(?:\s+(?i:tỷ|tỉ)\s+lệ)?"
    r"|(?i:tỷ|tỉ)\s+lệ(?:\s+(?i:đạt|là))?)|\s*\()\s*$"
)
# A "K/N" that is a date or a term: "tháng 12/2023", "năm học 2022/2023".
_DATE_BEFORE = re.compile(r"(?i:năm|tháng|ngày|số|học|khóa|vụ|đoạn)\s*$")
_YEAR = re.compile(r"(?:19|20)\d\d")
# "ước đến 31/12/2018 giải ngân đạt 90,5%": a day before the month and year, a date, no count
# and base ("12/2018")
_DAY_BEFORE = re.compile(r"\d\s*/\s*$")


# Between the count and the share: another base ("45/50 hộ đăng ký, trong đó đạt 60%" is 60%
# of the 45), or another clause or rate ("450/500 hộ dùng nước sạch, tỷ lệ hộ nghèo đạt 2%").
_OTHER_BASE = re.compile(
    r",|(?i:trong\s+đó|trong\s+số|còn\s+lại|so\s+với|tỷ\s+lệ|tỉ\s+lệ|bình\s+quân)"
)


@cache
def _count_before() -> re.Pattern[str]:
    """A count and its base ending the text before a share: "1.200/1.500 hộ dùng nước sạch,
    đạt ", "1.586 tiêu chí/2.888 tiêu chí, bằng ", "120 hộ nghèo trên tổng số 3.750 hộ,
    chiếm " (the words between the count and the share hold no other figure)."""
    base = cues().pattern("share_base")
    return re.compile(
        rf"(?P<part>{NUMBER_PATTERN})"
        rf"(?:\s*(?P<unit>{_WORD}(?:\s+{_WORD})?)?\s*/|(?:\s+(?P<lead>[^\d%;/]{{1,{MAX_SHARE_GAP}}}?))?\s+{base})"
        rf"\s*(?P<whole>{NUMBER_PATTERN})\s*(?P<of>{_WORD})"
        rf"(?P<gap>[^\d%;/]{{0,{MAX_SHARE_GAP}}}?){_SHARE_LEAD}"
    )


@cache
def _base_then_count() -> re.Pattern[str]:
    """A base, then the count of it the share is of: "1.500 hộ, trong đó 1.200 hộ dùng nước
    sạch, đạt "; the same counted word twice."""
    return re.compile(
        rf"(?P<whole>{NUMBER_PATTERN})\s+(?P<of>{_WORD})(?P<lead>[^\d%;/]{{0,{MAX_SHARE_GAP}}}?)"
        rf",?\s*(?i:trong\s+đó)(?:\s+(?i:có))?\s*(?P<part>{NUMBER_PATTERN})\s+(?P<unit>{_WORD})"
        rf"(?P<gap>[^\d%;/]{{0,{MAX_SHARE_GAP}}}?){_SHARE_LEAD}"
    )


def _spelt_within(found: re.Match[str] | None) -> bool:
    """Whether the gaps of ``found`` (its groups "gap" and "lead", the runs of words a
    pattern allows :data:`MAX_SHARE_GAP` characters) are that short with each short form
    spelt out; the patterns' bound in characters is the written length, never longer."""
    if found is None:
        return False
    groups = found.groupdict()
    return all(spelt_length(groups.get(g) or "") <= MAX_SHARE_GAP for g in ("gap", "lead"))


def _search_within(
    pattern: re.Pattern[str], text: str, start: int, end: int
) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text[start:end]`` whose gaps are short enough
    spelt out (:func:`_spelt_within`)."""
    while (found := pattern.search(text, start, end)) is not None:
        if _spelt_within(found):
            return found
        start = found.start() + 1
    return None


# The rest of a bracket after its count and base: "(12/16 xã đạt chuẩn)".
_BRACKET_CLOSE = re.compile(r"[^()\n;]{0,60}?\)")


@cache
def _count_after() -> re.Pattern[str]:
    """A count and its base in brackets right after a share: "3,2% (120/3.750 hộ)"."""
    return re.compile(
        rf"\s*\(\s*(?P<part>{NUMBER_PATTERN})\s*/\s*(?P<whole>{NUMBER_PATTERN})\s*{_WORD}"
    )


# A count written with its share and no base: "25 hộ nghèo (4%)", "176 hộ nghèo, tỷ lệ
# 0,56%", "là 3 xã, chiếm 2%": the share's total is count/share, which the audit compares
# with the other shares of one population. Not after "đạt" or "bằng" (often of a plan or a
# past year), nor after "trong đó" (the share may be of the base named before it).
_SHARE_OF_COUNT = r"(?:(?i:chiếm)(?:\s+(?i:tỷ|tỉ)\s+(?i:lệ))?|(?i:tỷ|tỉ)\s+(?i:lệ))"
_COUNT_ALONE = re.compile(
    rf"(?<![\w.,/])(?P<part>{NUMBER_PATTERN})\s+(?P<of>{_WORD}(?:\s+{_WORD}){{0,4}})"
    rf"\s*(?:\(\s*(?:{_SHARE_OF_COUNT}\s*)?|,\s*{_SHARE_OF_COUNT}\s*)$"
)
# A count alone in brackets right after its share: "chiếm 4% (25 hộ)", "còn 3,2% (với 41
# hộ)", "giảm 0,5% (tương ứng 18 hộ)": the bracket holds the count and what it counts, no
# more (not "(khoảng 25 hộ)", "(25 tỷ đồng)", "(3 tháng)", "(năm 2019)").
_COUNT_AFTER_ALONE = re.compile(
    r"\s*\(\s*(?:(?i:với|tương\s+ứng(?:\s+với)?|tương\s+đương(?:\s+với)?|gồm|có|còn|là|=)\s*)?"
    rf"(?P<part>{NUMBER_PATTERN})\s+(?P<of>{_WORD}(?:\s+{_WORD}){{0,4}})\s*\)"
)
# What a count after its share may not count: money, measures, time.
_NOT_COUNTED = re.compile(
    rf"(?:{UNIT_PATTERN}|(?i:km|m|m2|m3|ha|tấn|kg|lít|năm|tháng|ngày|quý|lần|điểm))"
    r"(?![^\W\d_])"
)
_BASE_NAMED = re.compile(r"(?i:trong\s+đó|trong\s+số|số\s+này)")
# A bound, a range or an approximation, not a count: "dưới 10 tiêu chí", "15 - 18 tiêu chí"
# ("từ 25 hộ nghèo (4%) …, nay …" is a count: where a change starts).
_NO_COUNT_BEFORE = re.compile(r"(?:(?i:dưới|trên|hơn|khoảng|gần|xấp\s+xỉ)|[-–])\s*$")


@dataclass(frozen=True)
class _Count:
    """The count (and base, when written) a share is written with, as written; ``start``
    where the count is written before the share, ``end`` where the bracket of a count
    written after it closes; else None."""

    part: str
    whole: str | None = None
    start: int | None = None
    end: int | None = None


def _count_after_alone(text: str, m: re.Match[str]) -> _Count | None:
    """A count alone in brackets right after the share ``m`` (see :data:`_COUNT_AFTER_ALONE`)."""
    found = _COUNT_AFTER_ALONE.match(text, m.end())
    if found is None or _YEAR.fullmatch(found.group("part")):
        return None
    if _NOT_COUNTED.match(found.group("of")):
        return None
    return _Count(found.group("part"), end=found.end())


def _count_alone(text: str, clause: int, m: re.Match[str]) -> _Count | None:
    found = _COUNT_ALONE.search(text, clause, m.start())
    if found is None or _BASE_NAMED.search(text, clause, found.start()):
        return None
    if _NO_COUNT_BEFORE.search(text, clause, found.start()):
        return None
    if _YEAR.fullmatch(found.group("part")) or _DATE_BEFORE.search(text, clause, found.start()):
        return None
    return _Count(found.group("part"), start=found.start())


def _count_and_base(text: str, clause: int, m: re.Match[str]) -> _Count | None:
    """The count and base a share ``m`` is written with in its clause, as written; the
    count alone when no base is written."""
    if _unit(m) != "%" or _max(m) or _OF_TARGET_AFTER.match(text, m.end()):
        return None
    found = _search_within(_count_before(), text, clause, m.start()) or _search_within(
        _base_then_count(), text, clause, m.start()
    )
    if found is not None:
        unit = found.group("unit")
        if unit and unit.split()[0].lower() != found.group("of").lower():
            return None  # "500 triệu/2 tỷ đồng": two units, no plain ratio
        if (
            _DATE_BEFORE.search(text, clause, found.start())
            or _DAY_BEFORE.search(text, clause, found.start())
            or _OTHER_BASE.search(found.group("gap"))
        ):
            return None
    else:
        found = _count_after().match(text, m.end())
        if found is None:
            return _count_alone(text, clause, m) or _count_after_alone(text, m)
        part, whole = found.group("part"), found.group("whole")
        if _YEAR.fullmatch(part) and _YEAR.fullmatch(whole):
            return None
        closed = _BRACKET_CLOSE.match(text, found.end())
        # "80% (12/16 xã)": the bracket holding the count and base is part of the quote
        return _Count(part, whole, end=closed.end() if closed else None)
    part, whole = found.group("part"), found.group("whole")
    if _YEAR.fullmatch(part) and _YEAR.fullmatch(whole):
        return None  # "2022/2023": a school or crop year
    # "1.200/1.500 hộ dùng nước sạch, đạt 80%": the count and base are quoted with the share
    return _Count(part, whole, start=found.start())


# "đạt 91% kế hoạch", "bằng 120% nghị quyết", "đạt 98% dự toán", "95% chỉ tiêu giao": a
# share of a plan, not of a count before it.
_OF_TARGET_AFTER = re.compile(
    r"\s*(?i:so\s+với|kế\s+hoạch|mục\s+tiêu|vượt|nghị\s+quyết|dự\s+toán|chỉ\s+tiêu)"
    r"(?![^\W\d_])"
)
_SHARE_WORDS = re.compile(r"(?i:đạt|chiếm|tỷ\s+lệ|tỉ\s+lệ|bằng|là)|\(")
# "vượt 8%", "vượt kế hoạch 15%", "vượt mục tiêu đề ra 2%": a percentage of its own (FACTS.md).


@cache
def _margin_before() -> re.Pattern[str]:
    # ("vượt chỉ tiêu đề ra (80%)": the goal's value in brackets after it is no share either)
    return re.compile(rf"(?:{cues().pattern('margin')})(?:\s+[^\W\d_]+){{0,4}}\s*\(?\s*$")


#: A share naming the units it is of: "40% số xã …", "15% xã …".
_OWN_UNITS_AFTER = re.compile(rf"\s*(?:(?i:số)\s+)?(?:{cues().pattern('unit_kind')})(?![^\W\d_])")
#: A clause closed by a comma right before a share, with no share word: "…, 40%".
_CLAUSE_THEN = re.compile(r",\s*$")


def _band_of_units(text: str, clause: int, m: re.Match[str]) -> bool:
    """Whether the share ``m`` is the condition a count of units before it is counted by ("3
    huyện có trên 50% số xã đạt chuẩn"): a bound right before it, subordinate units right
    after it."""
    return (
        _unit(m) == "%"
        and _OWN_UNITS_AFTER.match(text, m.end()) is not None
        and _band_of_units_before().search(text, clause, m.start()) is not None
    )


#: A count of units opening the clause a range of criteria is written in ("6 xã trong kế
#: hoạch … đạt từ 12-15 tiêu chí/xã"): the units that range bands (FACTS.md: no fact).
_UNITS_COUNTED = re.compile(r"(?<![\d.,/])\d+\s+(?i:xã|huyện|thôn|bản|đơn\s+vị)(?![^\W\d_])")


def _criteria_band(text: str, clause: int, m: re.Match[str]) -> bool:
    """Whether a range of criteria per unit ("đạt từ 12-15 tiêu chí/xã") bands a count of
    units its clause opens with: how many criteria each of them meets, no average."""
    return (
        _max(m) is not None
        and m.group("unit").lower().startswith("tiêu")
        and _UNITS_COUNTED.search(text, clause, m.start()) is not None
    )


def _coverage_share(text: str, clause: int, m: re.Match[str], lo: int | None = None) -> bool:
    """Whether the share ``m`` is written with a count of units (a coverage statement's
    percent), not a band's share (the band may be the label before the colon its clause
    opens after: "- Số xã đạt 10-14 tiêu chí : 28 xã, tỷ lệ 27%")."""
    before = text[clause : m.start()]
    label = _label_before(text, clause if lo is None else lo, clause)
    if _BAND.search(before) or _BAND.search(label) or _OF_TARGET_AFTER.match(text, m.end()):
        return False  # a band's share, or a share of a plan ("đạt 85,71% so với kế hoạch")
    if _BRACKET_THEN_BAND.match(text, m.end()):
        return False  # "6 xã (4,32%) đạt từ 15 - 18 tiêu chí": the band's share, written first
    if share_of_reached(text, m.start(), m.end()):
        return False  # "chiếm 20% số xã đạt chuẩn của tỉnh": of a larger whole's reached units
    if _margin_before().search(before):
        return False  # "(vượt 25%)", "vượt kế hoạch 15%": by how much a plan was beaten
    if _TARGET_BEFORE.search(before):
        return False  # "1.800 xã (đạt mục tiêu đề ra là 20%)": the goal's value, no share
    found = _search_within(_units_before(), before, 0, len(before))
    if found is not None and (
        indicator_rate_opening().search(found.group("gap"))
        or indicator_rate_in().search(found.group("gap"))
    ):
        # "85 xã đạt chuẩn, tỷ lệ hộ nghèo còn 3,6%", "88/91 xã có tỷ lệ hộ … đạt 61,5%": the
        # rate's own value
        return False
    if found is not None and _SHARE_WORDS.search(found.group("gap")):
        # "2 huyện đạt chuẩn, 40% số xã đạt chuẩn nâng cao": a share naming units of its own
        # after a clause of its own is no share of the count before
        return not (_OWN_UNITS_AFTER.match(text, m.end()) and _CLAUSE_THEN.search(before))
    return _unit(m) == "%" and _spelt_within(_units_after().match(text, m.end()))


def _label_before(text: str, lo: int, clause: int) -> str:
    """The label before the colon a clause opens after ("Số tiêu chí bình quân/xã: 16,13
    tiêu chí"), or "" when the clause opens after no colon."""
    head = text[lo:clause].rstrip()
    if not head.endswith(":"):
        return ""
    colon = lo + len(head) - 1
    return text[_clause_start(text, lo, colon) : colon]


@cache
def _place_item() -> re.Pattern[str]:
    """A clause that is a place and its value only: "xã Phú Thượng 28 triệu đồng/năm",
    "huyện B: 45 triệu đồng", "xã C đạt 30,5"."""
    return re.compile(
        rf"\s*(?:{PLACE_PATTERN})(?:\s*\([^()\n]{{1,40}}\))?\s*(?::|(?i:đạt|là|với))?\s*"
        rf"{NUMBER_PATTERN}[^,;\d]{{0,40}}$"
    )


#: How many place-and-value clauses a list's lead cue reaches over.
MAX_PLACE_ITEMS = 6


def _list_lead_clause(text: str, lo: int, clause: int, at: int) -> int | None:
    """The start of the clause that opens a list of places' values, when the clause of the
    value at ``at`` and every clause back to it are a place and a value only; else None."""
    if not _place_item().match(text[clause:at] + "0"):
        return None
    for _ in range(MAX_PLACE_ITEMS):
        if clause <= lo:
            return None
        stop = clause
        while stop > lo and text[stop - 1] in " \t;*":
            stop -= 1  # back over the break that ends the clause before
        earlier = _clause_start(text, lo, stop)
        if earlier >= stop:
            return None
        item = text[earlier:stop]
        if _INCOME_CUE.search(item) or _EACH_UNIT.search(item):
            return earlier
        if not _place_item().match(item):
            return None
        clause = earlier
    return None


def _clause_start(text: str, lo: int, at: int) -> int:
    start = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, at):
        start = m.end()
    return start


def _claimed(spans: Sequence[Span], at: int) -> bool:
    return any(a <= at < b for a, b in spans)


def _label(text: str, lo: int, at: int) -> str | None:
    starts = [lo, *(m.end() for m in _CLAUSE_BREAK.finditer(text, lo, at))]
    start = starts[-1]
    if len(starts) > 1 and text[start - 2] == ":" and not text[start:at].strip():
        start = starts[-2]  # "- Vốn lồng ghép: khoảng 6%": the name before the colon
    label = _LABEL_TRIM.sub("", " ".join(text[start:at].split()))
    if len(label) > MAX_LABEL:
        label = label[-MAX_LABEL:].split(" ", 1)[-1]
    return label or None


# "không còn xã nào dưới 5 tiêu chí", "số xã đạt dưới 10 tiêu chí": units below a bound (a
# band, FACTS.md), not an average however near "bình quân" it is written.
_UNITS_BELOW = re.compile(
    r"(?i:(?<![^\W\d_])(?:xã|huyện|thôn|bản)\s+(?:nào\s+)?(?:(?:chỉ\s+)?đạt\s+)?dưới)\s*$"
)


# "…(bình quân 9,6 tiêu chí/xã), trong đó có 7 xã đạt 10-14 tiêu chí", "3 xã đạt 16 tiêu
# chí": criteria a number of units reach — a band of units (FACTS.md: no fact), not the
# average an earlier "bình quân" in the sentence gave.
_UNITS_COUNTED_BEFORE = re.compile(
    r"(?<![\d.,])\d{1,4}\s+(?i:xã|huyện|thôn|bản|đơn\s+vị)\s+"
    r"(?:(?i:chỉ|mới|đã|đều|cùng|còn)\s+)*(?i:đạt)(?:\s+(?i:được|từ|trên|dưới|khoảng))*\s*$"
)


def _average_unit(text: str, clause: int, m: re.Match[str], lo: int | None = None) -> str | None:
    """The unit of a bare average ``m`` (see :func:`_bare_average`), or None when its clause
    (or the label before the colon it opens after) does not make it one."""
    before = text[clause : m.start()]
    if m.group("criteria"):
        label = _label_before(text, clause if lo is None else lo, clause)
        cue = _AVERAGE_CUE.search(before) or (not before.strip() and _AVERAGE_CUE.search(label))
        if not cue or _RISE_BEFORE.search(before) or _increment(text, clause, m):
            return None  # "…17,5 tiêu chí/xã, tăng 0,5 tiêu chí": a change of the average
        if _UNITS_BELOW.search(before) or _UNITS_COUNTED_BEFORE.search(before):
            return None  # "…, không còn xã dưới 5 tiêu chí", "7 xã đạt 10-14 tiêu chí": a band
        return f"{' '.join(m.group('criteria').lower().split())}/xã"
    unit = parse_money_unit(m.group("money"))
    if not before.strip() and lo is not None:
        # "Thu nhập bình quân đầu người đến năm 2025: 45 triệu đồng/năm": the label names it
        before = _label_before(text, lo, clause)
    each = (
        _EACH_UNIT.search(before)
        or _AVERAGE_SLASHED.search(before)
        or _EACH_AFTER.match(text, m.end())
    )
    if each is not None and not _RISE_BEFORE.search(before):
        per = " ".join(each.group("per").lower().split())
        return f"{unit.canonical}/{_PER_SHORT.get(per, per)}"
    if _INCOME_CUE.search(before) is None or unit.multiplier > MAX_PER_HEAD_UNIT:
        return None  # "thu nhập từ du lịch đạt 200 tỷ đồng" is no income per head
    if _RISE_BEFORE.search(before):
        return None  # "thu nhập tăng 5 triệu đồng": a change, not the income
    return f"{unit.canonical}/người/năm"


def _own_scheme(sections: Sections, block: Block, start: int, end: int) -> str | None:
    """The scheme the rate's own words name: the last written before it in its clause with
    no figure or comma between ("số xã đạt chuẩn NTM trên 90%"), else the first after it before the
    next figure ("50% số xã đạt chuẩn NTM nâng cao, 15% …"); None when neither names one."""
    text = sections.text
    clause = _clause_start(text, block.body, start)
    before = sections.found("scheme", clause, start)
    if before and not _FIGURE_OR_COMMA.search(text, before[-1][1], start):
        return before[-1][2]
    stop = _FIGURE.search(text, end, block.end)
    close = _CLAUSE_BREAK.search(text, end, stop.start() if stop else block.end)
    after = sections.found(
        "scheme", end, close.start() if close else (stop.start() if stop else block.end)
    )
    return after[0][2] if after else None


def _money_tail(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The smaller part written after a money average's unit ("420 triệu đồng" after "2 tỷ"
    in "bình quân mỗi xã 2 tỷ 420 triệu đồng"), or None."""
    if not m.group("money") or m.group("max") or m.group("year"):
        return None
    return tail_at(text, m.end(), m.group("money"))


def _with_tail(
    text: str, found: PercentageMention, m: re.Match[str], tail: re.Match[str]
) -> PercentageMention:
    """``found`` read on to the end of its amount's ``tail``, its value in its own unit:
    "2 tỷ 420 triệu đồng/xã" is 2,42 tỷ đồng/xã (fundmore)."""
    head = parse_money_unit(m.group("money")).multiplier
    part = parse_money_unit(tail.group("unit")).multiplier
    value = parse_number(m.group("value")) + Decimal(int(tail.group("number")) * part) / head
    exponent = value.normalize().as_tuple().exponent
    decimals = max(0, -exponent) if isinstance(exponent, int) else 0
    end = max(found.end, tail.end())
    return replace(
        found, end=end, quote=text[found.start : end], value=format_number(value, decimals)
    )


def find_percentages(sections: Sections, claimed: Sequence[Span] = ()) -> list[PercentageMention]:
    """Every percentage mention not inside a ``claimed`` span, in document order."""
    text = sections.text
    spans = list(claimed)
    out: list[PercentageMention] = []
    for block in sections.blocks:
        if _RATE_HINT.search(text, block.start, block.end) is not None:
            for m in _rates(text, block.start, block.end):
                found = _rate(sections, block, m, spans)
                if found is not None:
                    out += _against_plan(sections, block, m, found)
        if (
            _AVERAGE_CUE.search(text, block.start, block.end)
            or _INCOME_CUE.search(text, block.start, block.end)
            or _EACH_UNIT.search(text, block.start, block.end)
        ):
            tail_end = block.start  # the end of the tail of the money average before
            for m in _bare_average().finditer(text, block.start, block.end):
                if m.start() < tail_end:
                    continue  # "420 triệu đồng" of "2 tỷ 420 triệu đồng/xã", read with "2 tỷ"
                if (
                    _claimed(spans, m.start("value"))
                    or _UNIT_GOES_ON.match(text, m.end())
                    or any(p.start <= m.start("value") < p.end for p in out)
                ):
                    continue  # "38,6 triệu" of "38,6 triệu đồng/người/năm" is read above
                before = text[max(block.start, m.start() - 30) : m.start()]
                if _OPERATOR_BEFORE.search(before) or _REQUIREMENT_BEFORE.search(before):
                    continue
                clause = _clause_start(text, block.body, m.start())
                unit = _average_unit(text, clause, m, block.body)
                if unit is None:
                    # "…của xã A đạt 19,4 triệu đồng/năm; xã B 28 triệu đồng/năm": a list of
                    # places' values under the first one's cue
                    lead = _list_lead_clause(text, block.body, clause, m.start())
                    if lead is not None:
                        unit = _average_unit(text, lead, m, block.body)
                    first = next((p for p in out if lead is not None and p.start >= lead), None)
                    if unit is not None and first is not None:
                        found = _mention(sections, block, m, m.end(), unit, value_max=_max(m))
                        # each place's value is of what the first one's was
                        ctx = replace(found.context, criterion=first.context.criterion)
                        out.append(replace(found, context=ctx, label=first.label))
                        continue
                if unit is not None:
                    found = _mention(sections, block, m, m.end(), unit, value_max=_max(m))
                    tail = _money_tail(text, m)
                    if tail is not None:
                        found, tail_end = _with_tail(text, found, m, tail), tail.end()
                    out += _against_plan(sections, block, m, found)
        if _FROM_TO_HINT.search(text, block.start, block.end):
            out += _changes(sections, block, spans, out)
    out.sort(key=lambda p: p.start)
    return out


# A value that changes, written "từ A (năm) lên B (năm)": "Số tiêu chí bình quân/xã tăng từ
# 6,1 (2012) lên 13,4 (2016)", "tỷ lệ hộ nghèo giảm từ 5,2 (2015) xuống còn 2,1% (2020)".
_FROM_TO_HINT = re.compile(r"(?i:(?<![^\W\d_])từ\s+\d[^.;\n]{0,60}?\s(?:lên|xuống)\s)")
_YEAR_AFTER = r"(?:\s*\(\s*(?:(?i:năm)\s+)?(?:19|20)\d\d\s*\)|\s+(?i:năm)\s+(?:19|20)\d\d)"
_FROM_TO = re.compile(
    rf"(?<![^\W\d_])(?i:từ)\s+(?:(?i:mức)\s+)?(?P<old>{NUMBER_PATTERN})(?:{_YEAR_AFTER})?"
    rf"(?P<old_rest>[^\d.;\n]{{0,30}}?)(?:{_YEAR_AFTER})?\s*,?\s*(?i:lên|xuống)(?:\s+(?i:còn|mức|đến))?\s+(?P<new>{NUMBER_PATTERN})"
)
_YEAR_AFTER_VALUE = re.compile(_YEAR_AFTER)
# What may follow a value written bare: its year, then the end of its clause or "lên".
_BARE_VALUE_AFTER = re.compile(rf"(?:{_YEAR_AFTER})?\s*(?:$|[,.;)]|(?i:lên|xuống|và)(?![^\W\d_]))")
# The subject of an average of criteria: "Số tiêu chí bình quân/xã", "bình quân số tiêu chí
# của mỗi xã", "số tiêu chí đạt được trung bình".
_CRITERIA_WORD = re.compile(r"(?i:tiêu\s+chí|chỉ\s+tiêu)")
_RATE_WORD = re.compile(r"(?i:(?<![^\W\d_])(?:tỷ|tỉ)\s+lệ(?![^\W\d_]))")


def _subject_unit(before: str) -> str | None:
    """The unit an average's or a rate's subject gives values written bare: "Số tiêu chí
    bình quân/xã" → "tiêu chí/xã", "Tỷ lệ hộ nghèo" → "%"; None when it gives none."""
    criteria = list(_CRITERIA_WORD.finditer(before))
    if criteria and _AVERAGE_CUE.search(before):
        return f"{' '.join(criteria[-1].group().lower().split())}/xã"
    if _RATE_WORD.search(before):
        return "%"
    return None


def _changes(
    sections: Sections, block: Block, spans: Sequence[Span], found: Sequence[PercentageMention]
) -> list[PercentageMention]:
    """The values of a change written bare, "từ A (2012) lên B (2016)": each in the unit
    the other value is written with ("từ 5,2 (2015) xuống 2,1% (2020)"), else the one its
    subject gives ("Số tiêu chí bình quân/xã tăng từ 6,1 (2012) lên 13,4 (2016)"). A value
    written with its unit is read by the other readers; each keeps its own year."""
    text = sections.text
    out: list[PercentageMention] = []
    for m in _FROM_TO.finditer(text, block.start, block.end):
        units: dict[str, str | None] = {}  # the unit a value was read with by another reader
        for name in ("old", "new"):
            at = m.start(name)
            reading = next((p for p in found if p.start <= at < p.end), None)
            units[name] = reading.unit if reading is not None else None
        if units["new"] is None and not _BARE_VALUE_AFTER.match(text, m.end("new"), block.end):
            continue  # "từ 2 lên 3 lần", "từ 5 xã lên 8 xã": values in a unit of their own
        clause = _clause_start(text, block.body, m.start())
        subject = _subject_unit(text[clause : m.start()])
        for name, other in (("old", "new"), ("new", "old")):
            if units[name] is not None or _claimed(spans, m.start(name)):
                continue
            if name == "old" and m.group("old_rest").strip(" ,"):
                continue  # "từ 5 xã lên …": the value has words of its own
            unit = units[other] or subject
            if unit is None:
                continue
            value = _VALUE.match(text, m.start(name))
            assert value is not None
            year = _YEAR_AFTER_VALUE.match(text, value.end(), block.end)
            out.append(_mention(sections, block, value, year.end() if year else value.end(), unit))
    return out


# A value achieved written before the plan's, in the plan's unit: "thu nhập bình quân đạt
# 62/65 triệu đồng" is 62 achieved of a planned 65.
_DONE_BEFORE = re.compile(rf"(?<![\d.,/])(?P<value>{NUMBER_PATTERN})\s*/\s*$")
_VALUE = re.compile(rf"(?P<value>{NUMBER_PATTERN})")
#: The goal word a plan read from "A/B" is marked with.
PLAN_WORD = "kế hoạch"


def _against_plan(
    sections: Sections, block: Block, m: re.Match[str], found: PercentageMention
) -> list[PercentageMention]:
    """A money average written as achieved/planned ("đạt 22/23 triệu đồng/người/năm"): the
    achieved value is the result, the planned one a goal (as "79,3%/ chỉ tiêu 80%"); any
    other mention is returned as it is."""
    text = sections.text
    if "đồng" not in found.unit or found.value_max is not None:
        return [found]
    done = _DONE_BEFORE.search(text, block.start, m.start("value"))
    if done is None:
        return [found]
    value = _VALUE.match(text, done.start("value"))
    assert value is not None
    result = _mention(sections, block, value, value.end(), found.unit)
    result = replace(result, end=m.end(), quote=text[result.start : m.end()])
    goal = replace(found, context=replace(found.context, goal=found.context.goal or PLAN_WORD))
    return [result, goal]


def _result_before_its_goal(sections: Sections, block: Block, start: int, end: int) -> bool:
    """Whether the value ending at ``end`` is a result its goal is written right after
    (:data:`_GOAL_SET_AFTER`), and the first goal word of its sentence is that one: no goal
    word before the value makes it a goal."""
    after = _GOAL_SET_AFTER.match(sections.text, end)
    if after is None:
        return False
    s, e = sections.sentence_at(block, start)
    goals = sections.found("goal", s, e)
    return bool(goals) and goals[0][0] >= after.start("word")


def _rate(
    sections: Sections, block: Block, m: re.Match[str], spans: list[Span]
) -> PercentageMention | None:
    text = sections.text
    if _claimed(spans, m.start("value")):
        return None
    before = text[max(block.start, m.start() - 30) : m.start()]
    if _OPERATOR_BEFORE.search(before) or _REQUIREMENT_BEFORE.search(before):
        return None  # a requirement of its own, not a stated rate
    clause = _clause_start(text, block.body, m.start())
    if _CHANGE_BEFORE.search(text, clause, m.start()):
        return None  # "…, tăng 0,45%": a change of the value before, not a rate
    if _KIND_DEFINED_BEFORE.search(text, clause, m.start()):
        return None  # "xã nhóm 1 là … hoặc xã có tỷ trọng … dưới 10%": a kind's bound
    if _band_of_units(text, clause, m):
        return None  # "2 huyện có trên 50% số xã đạt chuẩn": the band's condition
    if _criteria_band(text, clause, m):
        return None  # "6 xã … đạt từ 12-15 tiêu chí/xã": a band of communes, no average
    if _unit(m) == "%" and _changed_since(text, clause, m):
        return None  # "doanh thu tăng 40% so với năm 2014": a growth, no rate of the place
    if m.group("unit").lower().startswith("tiêu") and _increment(text, clause, m):
        return None  # "các xã tăng trung bình 2 tiêu chí/xã": an increment per unit
    if _unit(m) == "%" and _coverage_share(text, clause, m, block.body):
        return None  # the coverage statement's percent_stated
    if _unit(m) != "%" and _RISE_BEFORE.search(text, clause, m.start()):
        return None  # "bình quân tăng 2,5 tiêu chí/xã": a change of the average, not one
    threshold = _THRESHOLD.match(text, m.end())
    end = m.end()
    met = None
    if threshold is not None:
        close = text.find(")", threshold.end(), block.end)
        end = close + 1 if 0 <= close - threshold.end() <= 30 else threshold.end()
        spans.append((threshold.start("value"), end))
        met = True if _SAID_MET.match(text, end) else None
    count = _count_and_base(text, clause, m)
    # "tỷ đồng / xã", "tiêu chí/ xã": the slash written spaced is the same unit
    unit = _undoubled(_SPACED_SLASH.sub("/", _ONE_PER.sub("/", " ".join(_unit(m).split()))))
    if _PER_HEAD_ONLY.search(unit) and _INCOME_CUE.search(text, clause, m.start()):
        unit += "/năm"  # "thu nhập … 36,2 triệu đồng/người": an income per head is per year
    return _mention(
        sections,
        block,
        m,
        end,
        unit,
        value_max=_max(m),
        threshold=threshold,
        met=met,
        count=count,
    )


def _mention(
    sections: Sections,
    block: Block,
    m: re.Match[str],
    end: int,
    unit: str,
    *,
    value_max: str | None = None,
    threshold: re.Match[str] | None = None,
    met: bool | None = None,
    count: _Count | None = None,
) -> PercentageMention:
    text = sections.text
    approx = approx_at(text, m.start())
    start = approx.start() if approx else m.start()
    ctx = context_at(sections, start, m.end(), label_first=True)
    if ctx.period is None and ctx.goal is None:
        # "Năm 2019, huyện … . Tỷ lệ hộ nghèo còn 3,1%": an undated rate goes on in the time
        # its paragraph dated last, before the document's own
        earlier = period_earlier_in_paragraph(sections, block, start)
        if earlier is not None:
            ctx = replace(ctx, period=earlier)
    own = _own_scheme(sections, block, start, m.end())
    if own is not None and own != ctx.scheme:
        ctx = replace(ctx, scheme=own)
    target = _TARGET_BEFORE.search(text, max(block.start, start - TARGET_GAP), start)
    if target is not None and ctx.goal is None:  # "79,3%/ chỉ tiêu 80%": 80% is the goal
        ctx = replace(ctx, goal=" ".join(target.group("word").split()))
    result = _GOAL_AFTER.match(text, m.end()) or _SHARE_OF_GOAL_AFTER.match(text, m.end())
    if (
        result is not None
        and ctx.goal is not None
        and _opens(ctx.goal, result.group("word"))
        and not _said_before(text, start, result.group("word"))
    ):
        # "58%/mục tiêu 60%", "đạt 75% mục tiêu 5 năm": the result set against the goal
        ctx = replace(ctx, goal=None)
    elif ctx.goal is not None and _result_before_its_goal(sections, block, start, end):
        # "đạt 88% (mục tiêu trên 90%)": the goal word is the next value's, not this one's
        ctx = replace(ctx, goal=None)
    # A count written before its share, alone or with its base, is part of what the fact is
    # read from: the quote holds both ("25 hộ nghèo (4%)", "1.200/1.500 hộ …, đạt 80%"); the
    # label still ends with the count.
    quoted = start
    if count is not None and count.start is not None:
        quoted = min(start, count.start)
        if end == m.end() and "(" in text[quoted : m.start()] and text.startswith(")", end):
            end += 1  # "25 hộ nghèo (4%)": the bracket the count opened
    elif count is not None and count.end is not None and end == m.end():
        end = count.end  # "4% (25 hộ)", "80% (12/16 xã)": the count's bracket is read too
    return PercentageMention(
        quoted,
        end,
        text[quoted:end],
        ctx,
        value=m.group("value"),
        unit=unit,
        value_max=value_max,
        threshold_op=threshold.group("op") if threshold else None,
        threshold=threshold.group("value") if threshold else None,
        approx=approx.group().strip() if approx else None,
        label=_label(text, block.body, start),
        met=met,
        part=count.part if count else None,
        whole=count.whole if count else None,
    )
