"""One coverage statement: whether a count says anything about its units, and the mention it
makes (:func:`_mention`).

A ratio after a preposition ("Quyết định … cho 6/6 xã"; after "với" only when the verb
follows the unit) or with no predicate ("Khu vực 3: Cơ quan xã, 7/7 Nhà Văn hóa thôn; 3/3
trường") says nothing about the units; nor do units that only take part in the programme,
are given a status, or are ranked among a set.

Each statement's criterion is its own ("13 xã đạt tiêu chí 2, 61 xã đạt tiêu chí 3"), none
when its predicate is the whole standard, else its context's; the words of its predicate are
kept as ``topic`` for a criterion named by topic ("… được công nhận thôn, buôn văn hoá"). A
paragraph that opens with a topic label ("Giáo dục và đào tạo: …", "- Về y tế: …", or a label
line of its own) gives its criterion to the statements under it over a topic merely written
on the way ("Toàn huyện có 112 trường thì có 30/30 xã đạt"). School levels ("3 cấp học đạt
chuẩn quốc gia", "trường học ở 3 cấp học": criterion 5, all the levels), schools counted by
the levels listed after them ("3/3 trường (mầm non, tiểu học, THCS) đạt chuẩn": criterion 5
even in a sentence on the whole standard).

The share written right after ("(đạt 47,82%)", "chiếm 100%") is the coverage's ``percent``
and is claimed, so it does not become a separate percentage (:func:`_percent_after`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from functools import cache

from baocao.data.lexicon import CAPITALS
from baocao.nlp.context import Sections, commune_before, context_at, own_criterion, place_before
from baocao.nlp.coverage.common import (
    _CRITERIA_NUMBER,
    _SHARE,
    _WHOLE_STANDARD,
    Span,
    _clause_end,
    _figure,
    _same_unit,
    _unit_kind,
    _unit_verb,
    _whole_set,
    share_of_reached,
)
from baocao.nlp.coverage.whole import _IN_TOTAL_OF
from baocao.nlp.mentions import CoverageMention
from baocao.nlp.segment import Block
from baocao.vocab.criteria import topic_spans
from baocao.vocab.numbers import NUMBER_PATTERN, decimals_written, parse_number
from baocao.vocab.patterns import cues, indicator_rate_in, indicator_rate_opening
from baocao.vocab.places import PLACE_PATTERN, regions_in
from baocao.vocab.shortforms import CRITERION_WORD
from baocao.vocab.wholes import whole_opening

# ("Trên 2.700 xã đã đạt chuẩn": before a number "trên" is "more than", not a preposition.)
_PREPOSITION_BEFORE = re.compile(r"(?i:(?<![^\W\d_])(?:cho|của|tại|ở|với|so\s+với|thuộc))\s*$")


# Criterion numbers between a statement and its share are not other figures.
_CRITERION_WORDS = re.compile(
    rf"{CRITERION_WORD}\s+(?i:số\s+)?\d{{1,2}}"
    # "19/61 xã đạt 19/19 tiêu chí, chiếm 31,15%": the whole set the units meet says what
    # they reach, no number of their own; the share after it is still theirs
    rf"|(?<![\d/])(?P<all>\d{{1,2}})\s*/\s*(?P=all)\s+{CRITERION_WORD}"
    # "785 xã đạt 19 tiêu chí (chiếm 8,8%)", "có 40 xã đạt đủ 19 tiêu chí, chiếm 30%": the
    # whole 19-criteria set written without its "/19" (FACTS.md: coverage, criterion null)
    rf"|(?i:đạt|đủ)\s+(?:(?i:đủ|cả)\s+)?19\s+{CRITERION_WORD}(?!\s*/)"
)
# "… 1.800 xã (đạt mục tiêu đề ra là 20%)", "…, chỉ tiêu giao: 50%": a goal's value written
# after a count is the goal's (a percentage with target), no share of the units counted.
_GOAL_VALUE_BEFORE = re.compile(
    r"(?i:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)(?:\s+(?i:đề\s+ra|đặt\s+ra|được\s+giao|giao))?"
    r"(?:\s+(?i:là))?\s*[:(]?\s*$"
)
# "…, đạt 85,71% so với kế hoạch năm": a share of a plan, not of the units.
_COMPARED_AFTER = re.compile(r"\s*(?i:so\s+với|vượt)")
# "15 xã đạt chuẩn, đạt 75% mục tiêu 5 năm": a share of a goal, a percentage of its own
# (FACTS.md), not the share of the units counted.
_OF_GOAL_AFTER = re.compile(
    r"\s*(?i:kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu|nghị\s+quyết|dự\s+toán)(?![^\W\d_])"
)
# "3 xã về đích với 100% số phiếu tán thành", "… đạt chuẩn, 95% ý kiến đồng ý": the share of a
# vote or a survey, not of the units.
_VOTE_AFTER = re.compile(r"\s*(?i:(?:số\s+)?phiếu|ý\s+kiến|đại\s+biểu)(?![^\W\d_])")

_CRITERION_NAMED = re.compile(rf"{CRITERION_WORD}\s+(?i:số\s+)?\d")


#: How far after the counted unit a predicate may come.
PREDICATE_WINDOW = 60
#: The quote runs to the end of the statement's clause when that is this close.
QUOTE_REACH = 120


@cache
def _margin() -> re.Pattern[str]:
    # "vượt 8,2% so với kế hoạch", "tăng 5%": a share after it is a percentage of its own
    # (FACTS.md), not the share of the units
    return re.compile(cues().pattern("margin"))


# "Cùng với 12 xã đăng ký đạt chuẩn năm 2024, …", "cùng với 5 xã đã về đích, …": "together
# with" opens a clause whose subject the units are, no preposition of a share or a recipient.
_ALONG_WITH_BEFORE = re.compile(r"(?i:(?<![^\W\d_])cùng\s+với)\s*$")
# "với 115/118 xã đạt chuẩn …": after "với" a statement needs its verb right after the unit.
_WITH_BEFORE = re.compile(r"(?i:(?<![^\W\d_])với)\s*$")
#: A share joined by "với" to the units it is of: "tỉnh A đạt tỉ lệ 96,4% với 107/111 xã".
SHARE_WITH = re.compile(rf"(?P<value>{NUMBER_PATTERN})\s*%\s*,?\s+(?i:với)\s+$")
_VERB_RIGHT_AFTER = re.compile(rf"\s+(?i:(?:đã\s+)?(?:{cues().pattern('reach_verb')}))(?![^\W\d_])")


_ASIDE = re.compile(r"\([^()]{0,80}\)")


def _has_predicate(text: str, unit_end: int, end: int) -> bool:
    """Whether the units ending at ``unit_end`` have their predicate in the window after
    them; an aside in brackets does not count against the window ("111/664 đơn vị cấp huyện
    thuộc 40 tỉnh (tăng 1 đơn vị so tháng 10) đã được công nhận …")."""
    reach = unit_end + PREDICATE_WINDOW
    for aside in _ASIDE.finditer(text, unit_end, end):
        if aside.start() >= reach:
            break
        reach += aside.end() - aside.start()
    stop = min(_clause_end(text, unit_end, end), reach)
    return _unit_verb().search(text, unit_end, stop) is not None


@cache
def _taking_part() -> re.Pattern[str]:
    return re.compile(cues().pattern("unit_taking_part"), re.IGNORECASE)


# What a count of units reaches, in the clause after a verb of taking part: "20/20 xã tham gia
# xây dựng NTM, đã đạt chuẩn" still reaches the standard.
_REACHING = re.compile(
    r"(?i:(?<![^\W\d_])(?:đạt|công\s+nhận|hoàn\s+thành|về\s+đích|giữ\s+vững|duy\s+trì)(?![^\W\d_]))"
)


# Where the statement about the units stops: the next clause or the next count (a year is
# neither: "5/8 xã đăng ký xây dựng NTM nâng cao năm 2021 đã hoàn thành …").
_STATEMENT_STOP = re.compile(r"[,;.:!?]|(?<![nN]ăm )(?<!\d)\d")


def _takes_part(text: str, unit_end: int, end: int) -> bool:
    """Whether the units ending at ``unit_end`` only take part in the programme ("100% xã
    (12/12 xã) tham gia thực hiện chương trình", "5/5 xã triển khai xây dựng NTM"): the first
    predicate after them says so, and nothing in their statement says they reach anything
    ("16/16 xã tham gia …, trong đó 9 xã đạt chuẩn": the 9 reach it, not the 16)."""
    stop = _clause_end(text, unit_end, end)
    statement = _STATEMENT_STOP.search(text, unit_end, stop)
    stop = statement.start() if statement else stop
    part = _taking_part().search(text, unit_end, min(stop, unit_end + PREDICATE_WINDOW))
    if part is None:
        return False
    # "8/8 xã đã hoàn thành xây dựng NTM", "… triển khai xây dựng NTM và đã đạt chuẩn"
    return _REACHING.search(text, unit_end, stop) is None


@cache
def _status() -> re.Pattern[str]:
    # right after the units, past other kinds listed with them ("6/11 huyện, thành phố thuộc
    # diện …")
    return re.compile(
        rf"(?:\s*,\s*(?i:{_unit_kind()}|{cues().pattern('district_kind')}))*\s+"
        rf"(?:(?i:đều|đã|hiện|còn)\s+)*"
        rf"(?:{cues().pattern('unit_status')}|{cues().pattern('district_status')})"
    )


@cache
def _district_status() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{cues().pattern('district_status')})")


def _has_status(text: str, unit_end: int, end: int) -> bool:
    """Whether the units ending at ``unit_end`` are given a status, not a verdict ("4/9 huyện
    thuộc diện huyện nghèo được hưởng chính sách 30a", "2/14 xã thuộc vùng đặc biệt khó
    khăn"): unless their clause goes on to reach a standard ("3/12 xã thuộc vùng đặc biệt khó
    khăn đã đạt chuẩn" counts those that reach it)."""
    if _status().match(text, unit_end) is None:
        return False
    return _REACHING.search(text, unit_end, _clause_end(text, unit_end, end)) is None


#: "là" right before a count ("Xã là 1 trong 9 xã điểm", "(là 1 trong 11 xã …)"): what a
#: place is, one of a set, no count of the units reaching anything.
_IS_ONE_OF = re.compile(r"(?<![^\W\d_])(?i:là)\s*$")


@cache
def _rank_after() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{cues().pattern('unit_rank')})")


@cache
def _rank_before() -> re.Pattern[str]:
    return re.compile(rf"(?:{cues().pattern('national_rank')})\s*$")


def _ranked_among(text: str, before: str, unit_end: int) -> bool:
    """Whether a "K trong N <unit>" names the subject one of a set ("là 1 trong 9 xã điểm",
    "1 trong 3 xã đầu tiên đạt chuẩn nâng cao", "1 trong 5 huyện dẫn đầu"), or its place in
    a ranking ("xếp thứ 12/63 tỉnh, thành phố", "đứng thứ 3/11 huyện về …"), not K of the N
    units reaching a standard."""
    return bool(
        _IS_ONE_OF.search(before)
        or _rank_before().search(before)
        or _rank_after().match(text, unit_end)
    )


# An increment between a count of units and their share: ", tăng 36 đơn vị so cuối năm 2021
# và chiếm khoảng ", ", tăng thêm 5 xã so với năm 2022, chiếm ", " (tăng 10 xã so với năm
# 2021), chiếm ".
_INCREMENT_THEN_SHARE = re.compile(
    r"(?:,|\s*(?P<open>\())\s*(?:(?i:tăng|giảm)\s+(?:(?i:thêm)\s+)?|(?i:thêm)\s+)\d+\s+"
    r"[^\d,;()]{1,20}?\s+(?i:so)\s+"
    # the base a year, or the same time before ("so với cùng kỳ", "so với năm trước")
    r"(?:[^\d,;()]{0,30}?(?:\d{1,2}\s*/\s*)?(?:19|20)\d{2}"
    r"|(?:(?i:với)\s+)?(?i:cùng\s+kỳ|năm\s+trước)(?:\s+(?i:năm)\s+(?:19|20)\d{2})?)"
    # "(tăng 10 xã so với năm 2021), chiếm 83,5%": the increment in brackets; "đạt tỷ lệ
    # 60%": the share named before its figure
    r"(?(open)\s*\)\s*,\s*|\s*(?:,\s*|\s+(?i:và)\s+))(?i:chiếm|bằng|đạt)"
    r"(?:\s+(?i:tỷ|tỉ)\s+(?i:lệ))?(?:\s+(?i:khoảng|gần|hơn|trên|xấp\s+xỉ))?\s*"
)


def _share_is(value: str, met: str, total: str) -> bool:
    """Whether the share ``value`` is ``met`` of ``total``, rounded or truncated at the
    decimals written (FACTS.md "Audit findings")."""
    whole = _figure(total)
    if whole == 0:
        return False
    share = Decimal(_figure(met) * 100) / Decimal(whole)
    places = Decimal(1).scaleb(-decimals_written(value))
    stated = parse_number(value)
    return stated in (share.quantize(places, ROUND_HALF_UP), share.quantize(places, ROUND_DOWN))


#: A predicate read up to its criterion word ("13 xã đạt tiêu chí") leaves the criterion's
#: number after it (" số 17 về môi trường (đạt 68,4%)"): no number between count and share.
_ENDS_ON_CRITERION_WORD = re.compile(rf"{CRITERION_WORD}\s*$")
_CRITERION_NUMBER_OPENING = re.compile(r"\s*(?i:số\s+)?\d{1,2}(?![\d,./%])")


#: A total raised between a count and a share: the share is the total's, not the count's.
_RAISED_BETWEEN = re.compile(r"(?i:(?<![^\W\d_])(?:nâng|đưa)\s+(?:tổng\s+)?số)(?![^\W\d_])")


def _criterion_number_cut(text: str, at: int, between: str) -> str:
    """``between`` (the text from ``at``) without the number of the criterion ending right
    before ``at``."""
    if not _ENDS_ON_CRITERION_WORD.search(text, max(0, at - 20), at):
        return between
    m = _CRITERION_NUMBER_OPENING.match(between)
    return between[m.end() :] if m else between


def _percent_after(
    text: str, at: int, end: int, ratio: tuple[str, str] | None = None
) -> re.Match[str] | None:
    """The share written right after a coverage statement, in its clause, with no other
    number between them ("… (đạt 47,82%)", "…, chiếm 100%"). A share of a plan after a ratio
    ``ratio`` (K, N) is the ratio's own when it is K of N ("6/8 xã …, đạt 75% kế hoạch": the
    N are the plan)."""
    stop = min(_clause_end(text, at, end), at + PREDICATE_WINDOW + 40)
    stop = _before_indicator_rate(text, at, stop)
    increment = _INCREMENT_THEN_SHARE.search(text, at, min(end, at + PREDICATE_WINDOW + 120))
    if increment is not None and _clause_end(text, at, end) >= increment.end():
        # "…, tăng 36 đơn vị so với cuối năm 2021 và chiếm 38,7% …": the share after the
        # increment is still the units'
        m = _SHARE.match(text, increment.end())
        between = text[at : increment.start()]
        said = True
    else:
        m = _SHARE.search(text, at, stop)
        between = text[at : m.start()] if m else ""
        said = bool(_SHARE_WORD.search(between))
    if m is None or re.search(
        r"\d", _CRITERION_WORDS.sub("", _criterion_number_cut(text, at, between))
    ):
        return None
    if _RAISED_BETWEEN.search(between):
        return None  # "có thêm 2 xã đạt chuẩn, nâng tổng số … lên chín xã, chiếm 2,5%": the total's
    if indicator_rate_in().search(between):
        return None  # "88/91 xã có tỷ lệ hộ dùng nước sạch đạt 61,5%": the households' rate
    if _margin().search(between):
        return None  # "(vượt 25%)", "vượt kế hoạch 15%": by how much a plan was beaten
    if _GOAL_VALUE_BEFORE.search(between):
        return None  # "(đạt được mục tiêu đề ra là 20%)": the goal's own value, a percentage
    if _OF_GOAL_AFTER.match(text, m.end()) and not (
        ratio is not None and _share_is(m.group("value"), *ratio)
    ):
        return None
    if (
        _COMPARED_AFTER.match(text, m.end())
        or _VOTE_AFTER.match(text, m.end())
        or share_of_reached(text, m.start(), m.end())
    ):
        return None
    if _units_after_share().match(text, m.end()) and not said:
        return None  # "6/7 huyện hoàn thành nhiệm vụ, 100% xã đạt chuẩn": the share of others
    return m


@cache
def _share_of_units_pattern() -> re.Pattern[str]:
    # "…, chiếm khoảng 16,4% tổng số đơn vị cấp huyện", "(chiếm 13,7% tổng số đơn vị …)"
    return re.compile(
        r"(?i:chiếm|bằng)\s+(?:(?i:khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?"
        rf"(?P<value>{NUMBER_PATTERN})\s*%\s+(?:(?i:tổng)\s+)?(?i:số)\s+"
        rf"(?P<unit>(?i:{_unit_kind()}))(?![^\W\d_])"
    )


def _share_of_units(text: str, at: int, end: int, unit: str) -> re.Match[str] | None:
    """The share a statement's clause gives as of all the units it counts, however far its
    predicate ran ("111/664 đơn vị cấp huyện thuộc 40 tỉnh (tăng 1 đơn vị …) đã được công
    nhận …, chiếm khoảng 16,4% tổng số đơn vị cấp huyện"), with no other ratio or share
    between."""
    m = _share_of_units_pattern().search(text, at, _clause_end(text, at, end))
    if m is None or not _same_unit(m.group("unit"), unit):
        return None
    if re.search(r"\d\s*/\s*\d|%", text[at : m.start()]):
        return None
    return _SHARE.match(text, m.start("value"))


#: A share said of the units, however long the qualifier before it ("…, chiếm tỷ lệ 56,25%",
#: "…, đạt tỷ lệ 40%", "(bằng 25%)").
_SAID_SHARE = re.compile(
    r"(?i:chiếm|bằng|đạt)\s+(?:(?i:tỷ|tỉ)\s+(?i:lệ)\s+)?(?:(?i:khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?"
    rf"(?P<value>{NUMBER_PATTERN})\s*%"
)


#: A cited decision's number ("12/2022/QĐ-UBND", "318/QĐ-TTg") and a year or span ("giai
#: đoạn 2021-2025"): the qualifier's own figures, no other figure of the statement.
_DECISION_NUMBER = re.compile(rf"\d+\s*/\s*(?:(?:19|20)\d\d\s*/\s*)?[{CAPITALS}][\w-]*")
_YEAR_ALONE = re.compile(r"(?<![\d/])(?<!\d[.,])(?:19|20)\d\d(?![\d/%]|[.,]\d)")


def _share_of_its_ratio(
    text: str, at: int, end: int, ratio: tuple[str, str]
) -> re.Match[str] | None:
    """The share a K/N statement's clause closes on after a qualifier too long or too dated
    for :func:`_percent_after` ("9/16 xã được UBND tỉnh công nhận đạt chuẩn theo Bộ tiêu chí
    giai đoạn 2021-2025, chiếm tỷ lệ 56,25%"), taken only when it is K of N (rounded or
    truncated) and no other figure but years and decision numbers lies between (a band "đạt
    từ 15-18 tiêu chí" keeps its share): otherwise the same share was read
    twice, once as the coverage's and once as a percentage of its own (README, twelfth
    session)."""
    stop = _clause_end(text, at, end)
    for m in _SAID_SHARE.finditer(text, at, stop):
        between = _YEAR_ALONE.sub(" ", _DECISION_NUMBER.sub(" ", text[at : m.start()]))
        if re.search(r"\d|%", between):
            return None  # another figure between: a band ("đạt từ 15-18 tiêu chí"), a count
        if _share_is(m.group("value"), *ratio):
            return _SHARE.match(text, m.start("value"))
        return None
    return None


# "…, chiếm 85%", "(đạt 47,82%)", "tỷ lệ 64%": a share said to be the units'.
_SHARE_WORD = re.compile(r"(?:(?i:chiếm|đạt|bằng|tỷ\s+lệ|tỉ\s+lệ|là)(?:\s+[^\W\d_]+){0,2}|\()\s*$")


@cache
def _units_after_share() -> re.Pattern[str]:
    # "100% xã đạt chuẩn", "100% số xã …": a share of units of its own, a statement of its own
    return re.compile(rf"\s*(?:(?i:số)\s+)?(?i:{_unit_kind()})(?![^\W\d_])")


def _criterion_override(text: str, s: int, e: int) -> bool:
    """Whether the sentence is about the whole standard, whatever its section."""
    return bool(_WHOLE_STANDARD.search(text, s, e)) and not _CRITERION_NAMED.search(text, s, e)


_LOCAL_CRITERION = re.compile(
    rf"[^\d]{{0,40}}?{CRITERION_WORD}\s+(?i:số\s+)?(\d{{1,2}})(?!\d)(?!\s*/)"
)
# Where one statement of a list ends and the next begins: ", 61 xã …", " và 117/118 …", "(".
_NEXT_STATEMENT = re.compile(
    # ("9 xã đạt chuẩn nhưng chưa có xã đạt chuẩn nâng cao": "nhưng" opens another statement)
    r"[,;]\s*(?:(?:có|và)\s+)?\d|\s(?i:và)\s+\d|\(|,?\s(?i:nhưng|song)\s"
)
#: How far after its unit a statement's own predicate may run.
STATEMENT_REACH = 100
#: The unit of schools counted by level, and the topic of the criterion they fall under.
LEVELS_OF_SCHOOL = "cấp học"
LEVEL = "cấp"  # "trường học 3 cấp (mầm non, tiểu học, THCS)"
SCHOOLS = "trường học"
# "Giáo dục và đào tạo: …", "- Về y tế: …", "2. Văn hóa: …": a paragraph opened by a label.
_TOPIC_LABEL = re.compile(
    r"[\s\-–+•*·]*(?:\d{1,2}(?:\.\d{1,2})*[.)]\s*|[a-zđ][.)]\s*)?(?P<label>[^:\n.;\d]{3,60}):"
)
_LABEL_FILLER = re.compile(
    r"(?i:(?<![^\W\d_])(?:về|tiêu\s+chí|lĩnh\s+vực|kết\s+quả|số)(?![^\W\d_]))"
)
#: Words a topic label may hold besides the topic ("Về", "Tiêu chí", "lĩnh vực").
MAX_LABEL_EXTRA = 1
#: How many paragraphs under a label line of its own it governs.
TOPIC_CARRY = 3


def _before_indicator_rate(text: str, at: int, stop: int) -> int:
    """``stop``, or where a rate of an indicator opens a clause of its own before it ("60 xã
    đạt chuẩn, tỷ lệ hộ nghèo còn 3,1%": neither the rate's criterion nor its share is the
    units')."""
    m = indicator_rate_opening().search(text, at, stop)
    return m.start() if m else stop


def _rate_s_topic(text: str, s: int, unit_end: int, e: int, criterion: str | None) -> bool:
    """Whether the criterion topic the context found is written only in a rate of an
    indicator after the statement's clause ("40 xã về đích, tỷ lệ lao động qua đào tạo đạt
    68%": the rate's, not the communes')."""
    if not criterion or criterion.isdigit():
        return False
    rate = indicator_rate_opening().search(text, unit_end, _clause_end(text, unit_end, e))
    if rate is None:
        return False
    topic = " ".join(criterion.split()).casefold()
    own = " ".join(text[s : rate.start()].split()).casefold()
    return topic not in own and topic in " ".join(text[rate.start() : e].split()).casefold()


def _statement_end(text: str, unit_end: int, end: int) -> int:
    """Where the predicate of the statement whose unit ends at ``unit_end`` stops."""
    stop = min(_clause_end(text, unit_end, end), unit_end + STATEMENT_REACH)
    stop = _before_indicator_rate(text, unit_end, stop)
    m = _NEXT_STATEMENT.search(text, unit_end, stop)
    return m.start() if m else stop


#: District-level units counted by a coverage statement.
_CRITERION_WORD = re.compile(r"(?i:tiêu\s+chí)")
_DISTRICT_UNITS = re.compile(r"(?i:huyện|thị\s+xã|thành\s+phố|quận|đơn\s+vị\s+cấp\s+huyện)")


def _whole_opening(unit: str, total: str) -> re.Pattern[str]:
    """The clause opening a sentence with the whole ``total`` ``unit`` its part is of."""
    unit_re = r"\s+".join(re.escape(w) for w in unit.split())
    return re.compile(r"[\s\-–+•*]*" + whole_opening(number=re.escape(total), units=unit_re))


def _mention(
    sections: Sections,
    start: int,
    end: int,
    met: str,
    total: str | None,
    unit: str,
    percent: re.Match[str] | None,
    sentence: Span,
    block: Block,
    *,
    unit_at: Span | None = None,
    quote_start: int | None = None,
) -> CoverageMention:
    """A coverage mention; its criterion is the one its own predicate names ("13 xã đạt tiêu
    chí 2, 61 xã đạt tiêu chí 3": 2, then 3), else none when the predicate is the whole
    standard, else the context's; ``topic`` keeps the predicate's words ("xã đạt chuẩn tiêu
    chí thuỷ lợi") for a criterion named by topic."""
    text = sections.text
    ctx = context_at(sections, start, end)
    unit_start, unit_end = unit_at or (start, end)
    stop = _statement_end(text, unit_end, sentence[1])
    local = _LOCAL_CRITERION.match(text, unit_end, stop)
    if local is not None:
        ctx = replace(ctx, criterion=local.group(1))
    elif (
        _WHOLE_STANDARD.search(text, unit_end, stop)
        or _names_whole_set(text, unit_end, stop)
        or (
            _criterion_override(text, *sentence)
            and own_criterion(text, start, end, *sentence) is None
        )
    ):
        ctx = replace(ctx, criterion=None)
    if local is None and _rate_s_topic(text, sentence[0], unit_end, sentence[1], ctx.criterion):
        ctx = replace(ctx, criterion=None)  # "40 xã về đích, tỷ lệ lao động qua đào tạo …"
    topic = " ".join(text[unit_start:stop].split()) if local is None else None
    if local is None and not (ctx.criterion or "").isdigit():
        levels = _levels_listed(text, unit_end, sentence[1]) if _is_schools(unit) else 0
        if _is_levels(unit):
            # "3 cấp học đạt chuẩn quốc gia", "trường học ở cả 3 cấp học …": the levels of
            # one school system, all of them when no whole is written (FACTS.md)
            total = total or met
            ctx = replace(ctx, criterion=SCHOOLS)
        elif levels >= 2:
            # "3/3 trường (mầm non, tiểu học, THCS) đạt chuẩn" in a sentence on the whole
            # standard: schools counted by level, one each when as many as the levels listed
            if total is None and met.isdigit() and int(met) == levels:
                total = met
            ctx = replace(ctx, criterion=SCHOOLS)
        elif not _standard_named(text, unit_end, stop, sentence) and not _names_own_topic(
            text, ctx.criterion, unit_start, stop
        ):
            # "Giáo dục và đào tạo: Toàn huyện có 112 trường thì có 30/30 xã đạt": the topic
            # of the paragraph, not a noun on the way to the statement
            ctx = replace(ctx, criterion=_section_topic(sections, block) or ctx.criterion)
    if local is None and _DISTRICT_UNITS.fullmatch(" ".join(unit.split())):
        if not (ctx.criterion or "").isdigit() and not _CRITERION_WORD.search(text, unit_end, stop):
            # "8/9 huyện có trung tâm văn hóa - thể thao": a facility of district-level units
            # is no criterion of the commune set its topic words name ("13/13 huyện đạt tiêu
            # chí giao thông" names its criterion)
            ctx, topic = replace(ctx, criterion=None), None
    scheme = _statement_scheme(sections, sentence[0], start, unit_end, stop)
    if scheme is not None:
        ctx = replace(ctx, scheme=scheme)
    clause_end = _before_indicator_rate(text, end, _clause_end(text, end, sentence[1]))
    quote_end = clause_end if clause_end - end <= QUOTE_REACH else end
    if percent is not None:
        quote_end = max(quote_end, percent.end())
    while quote_end > start and text[quote_end - 1] in " ,(":
        quote_end -= 1
    first = start if quote_start is None else quote_start
    region = (
        _region_after(text, unit_end, sentence[1])
        or _region_after_predicate(text, unit_end, sentence[1])
        or place_before(text, block.start, first, window=30)
        or _region_of_total(text, sentence[0], first)
    )
    if region is None and ctx.subject is None and _VILLAGES.fullmatch(" ".join(unit.split())):
        # "Xã A là xã đầu tiên … ⏎ Đến nay, 5/5 thôn đạt chuẩn": villages counted are those
        # of the commune just spoken of
        region = commune_before(sections, block, sentence[0], first)
    if quote_start is None and total is not None:
        # "Trong số 6 xã đăng ký …, có 4 xã đạt": the quote holds the whole it is a part of
        whole = _whole_opening(unit, total).match(text, sentence[0], start)
        if whole is not None:
            first = whole.start("whole")
    return CoverageMention(
        first,
        quote_end,
        text[first:quote_end],
        ctx,
        units_met=met,
        units_total=total,
        unit_kind=" ".join(unit.split()),
        percent=percent.group("value") if percent else None,
        region=region,
        topic=topic or None,
    )


def _count_mention(
    sections: Sections,
    block: Block,
    sentence: Span,
    m: re.Match[str],
    *,
    start: int | None = None,
    total: str | None = None,
    percent: re.Match[str] | None = None,
    quote_start: int | None = None,
) -> CoverageMention:
    """:func:`_mention` of a match whose groups ``met`` and ``unit`` hold its count and its
    units, as most finders' patterns do: from ``start`` (the count unless told) to the
    match's end, the unit where the match wrote it."""
    return _mention(
        sections,
        m.start("met") if start is None else start,
        m.end(),
        m.group("met"),
        total,
        m.group("unit"),
        percent,
        sentence,
        block,
        unit_at=m.span("unit"),
        quote_start=quote_start,
    )


#: "nâng số xã đạt chuẩn NTM lên 80/95 xã": the label a raised total hangs from.
_RAISED_BEFORE = re.compile(r"(?i:(?<![^\W\d_])(?:nâng|đưa))[^.;,\d]{0,80}?\s(?i:lên|là)\s*$")
_BREAK = re.compile(r"[,;(]")


def _statement_scheme(
    sections: Sections, s: int, start: int, unit_end: int, stop: int
) -> str | None:
    """The scheme a statement's own words name: in its predicate before any break ("2 xã
    đạt chuẩn nâng cao", "3 xã NTM kiểu mẫu"), else in the label its raised total hangs from
    ("nâng số xã đạt chuẩn NTM lên 80/95 xã, số xã … nâng cao …"); None to leave it to the
    context."""
    text = sections.text
    for a, _, written in sections.found("scheme", unit_end, stop):
        if not _BREAK.search(text, unit_end, a):
            return written
        break
    raised = _RAISED_BEFORE.search(text, max(s, start - 100), start)
    if raised is not None:
        own = sections.found("scheme", raised.start(), start)
        if own:
            return own[-1][2]
    return None


def _names_whole_set(text: str, unit_end: int, stop: int) -> bool:
    """Whether a statement's own predicate is the whole set of criteria ("15 xã đạt 19/19
    tiêu chí, 4/9 xã đạt tiêu chí số 2": the 15 reach the standard, not criterion 2)."""
    m = _CRITERIA_NUMBER.search(text, unit_end, stop)
    return m is not None and _whole_set(m.group(1), m.group(2)) and m.start() - unit_end < 30


def _standard_named(text: str, unit_end: int, stop: int, sentence: Span) -> bool:
    """Whether the statement, or its sentence, is about the whole standard."""
    return bool(_WHOLE_STANDARD.search(text, unit_end, stop)) or _criterion_override(
        text, *sentence
    )


def _names_own_topic(text: str, topic: str | None, start: int, stop: int) -> bool:
    """Whether the criterion topic the context found is written in the statement itself
    ("150/150 thôn có nhà văn hóa đạt chuẩn"), not before it."""
    if not topic:
        return False
    own = " ".join(text[start:stop].split()).casefold()
    return topic.casefold() in own


def _section_topic(sections: Sections, block: Block) -> str | None:
    """The topic label its paragraph opens with ("Giáo dục và đào tạo: …", "- Về y tế: …"),
    or of a label line of its own just before it ("Văn hóa:" ⏎ "…"): a criterion named by its
    topic governs the statements under it, whatever nouns come between."""
    text = sections.text
    label = _topic_label(text, block)
    if label is not None or _TOPIC_LABEL.match(text, block.body, block.end):
        return label
    for i in range(block.index - 1, max(block.index - 1 - TOPIC_CARRY, -1), -1):
        previous = sections.blocks[i]
        label = _topic_label(text, previous)
        if label is not None and not text[previous.body : previous.end].split(":", 1)[1].strip():
            return label  # a label line of its own
        if label is not None or _TOPIC_LABEL.match(text, previous.body, previous.end):
            return None  # another labelled paragraph comes between
    return None


def _topic_label(text: str, block: Block) -> str | None:
    m = _TOPIC_LABEL.match(text, block.body, block.end)
    if m is None:
        return None
    label = m.group("label")
    spans = topic_spans(label)
    if not spans:
        return None
    rest = label
    for a, b in reversed(spans):
        rest = rest[:a] + " " + rest[b:]
    if len(_LABEL_FILLER.sub(" ", rest).split()) > MAX_LABEL_EXTRA:
        return None
    return " ".join(label.split())


#: Units below a commune: what a commune counts of its own.
_VILLAGES = re.compile(
    r"(?i:thôn|xóm|ấp|bản|buôn|làng|tổ\s+dân\s+phố|khu\s+dân\s+cư)(?:(?:\s*,\s*|\s+)"
    r"(?i:thôn|xóm|ấp|bản|buôn|làng|tổ\s+dân\s+phố|khu\s+dân\s+cư))*"
)


@cache
def _place_after() -> re.Pattern[str]:
    # "2 đơn vị cấp huyện của tỉnh Bắc Ninh đạt chuẩn", "9 xã huyện Đức Thọ"
    return re.compile(
        r"(?:\s+(?i:cấp\s+(?:huyện|xã|tỉnh)))?\s+(?:(?i:của|thuộc)\s+)?"
        rf"(?P<place>{PLACE_PATTERN})"
    )


def _region_after(text: str, unit_end: int, end: int) -> str | None:
    """The place written right after the counted unit: the whole the units belong to."""
    m = _place_after().match(text, unit_end, end)
    if m is not None:
        return " ".join(m.group("place").split())
    # "250 xã Tây Bắc", "53 xã thuộc vùng Tây Nguyên": the region the units lie in
    gap = _REGION_GAP.match(text, unit_end, end)
    for r_start, _, label in regions_in(text, unit_end, min(end, unit_end + 60)):
        return label if gap is not None and r_start == gap.end() else None
    return None


@cache
def _place_after_predicate() -> re.Pattern[str]:
    # "có 19/29 xã đạt chuẩn NTM trên địa bàn huyện Vũ Thư", "… đạt tiêu chí số 2 của huyện A"
    return re.compile(
        r"\s+(?i:trên\s+địa\s+bàn|của|thuộc|tại)\s+(?:(?i:toàn)\s+)?"
        rf"(?P<place>{PLACE_PATTERN})"
    )


_OWN_CLAUSE_END = re.compile(r"[,;:()\n]")


def _region_after_predicate(text: str, unit_end: int, stop: int) -> str | None:
    """The place written after a statement's predicate, in its own clause: the units are
    that place's ("13 xã đạt chuẩn NTM trên địa bàn huyện A (đạt 68,4%)")."""
    clause = _OWN_CLAUSE_END.search(text, unit_end, stop)
    m = _place_after_predicate().search(text, unit_end, clause.start() if clause else stop)
    return " ".join(m.group("place").split()) if m is not None else None


_REGION_GAP = re.compile(r"\s+(?:(?i:của|thuộc|ở|tại)\s+)?(?:(?i:vùng|khu\s+vực|miền)\s+)?")


def _region_of_total(text: str, s: int, at: int) -> str | None:
    """ "trong tổng số 9 xã huyện Đức Thọ … có 2 xã": the place of the whole."""
    found = None
    for m in _IN_TOTAL_OF.finditer(text, s, at):
        unit = re.match(rf"(?i:{_unit_kind()})", text[m.end() : at])
        if unit is not None:
            found = _region_after(text, m.end() + unit.end(), at) or found
    return found


#: "trao bằng công nhận (đạt chuẩn NTM) cho 5/5 xã": what is given is the recognition, so
#: the units after "cho" are those that reached the standard (not "hỗ trợ … cho 7/7 xã").
# "công nhận … cho 4/4 xã"; the recognition may name its standard and year first ("công nhận
# huyện đạt chuẩn nông thôn mới năm 2020 cho 3/5 huyện")
_RECOGNISED_FOR = re.compile(
    rf"(?:{cues().pattern('recognition_given')})(?:\s+(?:[^\W\d_]+|(?:19|20)\d\d(?!\d))){{0,10}}?"
    r"\s+(?i:cho)\s*$"
)


@cache
def _standard_after() -> re.Pattern[str]:
    """A standard or criterion reached right after a unit, in its clause ("…cho 8/8 xã, đạt
    tiêu chí 100%", "…cho 4/4 xã đều đạt chuẩn")."""
    return re.compile(
        rf"\s*,?\s*(?:(?i:đều|đã|cùng)\s+)*(?:{cues().pattern('standard_after')})(?![^\W\d_])"
    )


def _blocked(text: str, before: str, unit_end: int, unit: str = "") -> bool:
    """A count after a preposition ("cho 6/6 xã") says nothing about the units, except after
    "với" when the verb follows the unit ("với 115/118 xã đạt chuẩn …") and the levels of the
    schools just named ("trường học ở 3 cấp học đạt chuẩn …"). A bare "3 cấp" counts levels
    only after a school or before the levels it lists."""
    levels = _is_levels(unit)
    if levels and _SCHOOLS_BEFORE.search(before):
        return False
    if levels and _same_unit(unit, LEVEL) and not _levels_listed(text, unit_end, len(text)):
        return True  # "3 cấp ủy …", "2 cấp ngân sách …": no schools
    if not _PREPOSITION_BEFORE.search(before):
        return False
    if _ALONG_WITH_BEFORE.search(before):
        return False  # "Cùng với 12 xã đăng ký đạt chuẩn …, …": the units are its subject
    if _RECOGNISED_FOR.search(before):
        return False  # "trao bằng công nhận cho 5/5 xã": the units recognised, K of N
    if _standard_after().match(text, unit_end):
        return False  # "đầu tư 300 tỷ đồng cho 8/8 xã, đạt tiêu chí 100%": the units reach it
    if SHARE_WITH.search(before):
        return False  # "đạt tỉ lệ 96,4% với 107/111 xã": the units the share is of
    return not (_WITH_BEFORE.search(before) and _VERB_RIGHT_AFTER.match(text, unit_end))


#: The schools whose levels a count after them counts: "trường học ở 3 cấp học", "trường 3
#: cấp", "trường học của cả 3 cấp".
_SCHOOLS_BEFORE = re.compile(
    r"(?i:(?<![^\W\d_])trường(?:\s+học)?(?:\s+(?:ở|của|thuộc))?(?:\s+(?:cả|tất\s+cả))?)\s*$"
)
#: Where the levels listed after a count of schools stop: its predicate, or the clause's end.
_LEVELS_END = re.compile(r"(?i:(?<![^\W\d_])(?:đạt|được|đều|đã|có)(?![^\W\d_]))|[.;:]")
#: How far after its unit a list of school levels may run.
LEVELS_REACH = 80


@cache
def _school_level() -> re.Pattern[str]:
    return re.compile(cues().pattern("school_level"))


def _levels_listed(text: str, unit_end: int, end: int) -> int:
    """How many levels of schooling are named right after a count of schools, before its
    predicate ("3/3 trường (mầm non, tiểu học, THCS) đạt chuẩn" → 3), 0 for none."""
    stop = min(end, unit_end + LEVELS_REACH)
    verb = _LEVELS_END.search(text, unit_end, stop)
    found = _school_level().findall(text, unit_end, verb.start() if verb else stop)
    return len({" ".join(f.lower().split()) for f in found})


def _is_levels(unit: str) -> bool:
    return _same_unit(unit, LEVELS_OF_SCHOOL) or _same_unit(unit, LEVEL)


def _is_schools(unit: str) -> bool:
    return _same_unit(unit, "trường") or _same_unit(unit, SCHOOLS)


def _own_scheme(
    sections: Sections, mention: CoverageMention, start: int, end: int
) -> CoverageMention:
    """``mention`` with the scheme its own label names ("nâng tổng số xã đạt chuẩn NTM nâng
    cao lên 25 xã, …"), when it names one, over the scheme the sentence goes on to."""
    own = sections.found("scheme", start, end)
    if not own:
        return mention
    return replace(mention, context=replace(mention.context, scheme=own[-1][2]))
