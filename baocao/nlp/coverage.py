"""Coverage: K of N subordinate units meet a criterion or the whole standard.

Forms (FACTS.md "Borderline cases"):

* "55/115 xã đạt tiêu chí số 2 … (đạt 47,82%)", "6/6 xã có điểm phục vụ bưu chính" — a
  ratio of counted units (``unit_kind`` cues: xã, thôn, trường, nhà văn hóa…) followed by a
  predicate (``unit_verb`` cues: đạt, có, được, hoàn thành…), or opened by "trong đó có";
* "185 trong tổng số 220 xã đạt chuẩn", "13 xã trên tổng số 18 xã đạt chuẩn", "52 xã/136 xã";
  the whole in brackets after the units ("30 xã (trong tổng số 90 xã) đạt 19 tiêu chí");
* "491 trường …, trong đó có 257 trường … đạt chuẩn" (257 of 491);
* "111 xã đạt chuẩn …", "18 xã được công nhận đạt chuẩn …" with no total (``units_total``
  None), and "chưa có xã nào đạt …" (0); goals ("phấn đấu có thêm 15 xã đạt chuẩn …") are
  kept and marked by their context. Not "05 xã còn lại đạt chuẩn …" nor "01 xã đạt chuẩn …
  (xã Quang Phú)": named or remaining communes are recognitions of each, not a count;
* a labelled block: "- Số xã đã được công nhận đạt chuẩn nông thôn mới: 6 xã" with its
  siblings "- Tổng số xã trên địa bàn: 6 xã" (the total) and "- Tỷ lệ xã đạt chuẩn …: 100%"
  (the share).

Prose orders (issue 8; the words are cues of ``patterns_cues.toml``):

* a label with its number after "là"/"lên": "Số xã hoàn thành 19 tiêu chí … là 86 xã, chiếm
  57,33%", "nâng tổng số xã đạt chuẩn toàn tỉnh lên 38 xã", "Số xã … là 3/15 xã, tỷ lệ 20%"
  ("Tổng số …" is the whole, and a band label "Số xã đạt từ 15 - 18 tiêu chí" no fact);
* the whole written elsewhere in the sentence: "trong tổng số 14 xã … có 05 xã đạt 19/19
  tiêu chí" (5 of 14), "Tổng số đơn vị … là 10/10, trong đó có 03 đơn vị …" (3 of 10),
  "toàn tỉnh (204 xã) … 85 xã" (85 of 204), "57 xã …, nay chỉ còn 2 xã đạt" (2 of 57),
  "cả 05 xã đều chưa đạt" (0 of 5), "cả 11 xã đã đạt" (11 of 11);
* "N xã đạt 19 tiêu chí", "đạt 19/19 tiêu chí", "đạt đủ 19 tiêu chí": the whole set, so the
  whole standard — while a band ("đạt 15-18 tiêu chí", "1 xã đạt 4 tiêu chí", "đạt 19/20")
  is no coverage, in a sentence of its own too ("… 11 xã đạt chuẩn. Trong đó, 5 xã đạt từ
  15-18 tiêu chí" is no part of the 11); an increment ("Thêm 3 huyện …", "tăng 4 xã", "có
  thêm 70 xã đạt chuẩn") is no fact (FACTS.md), unless it is a goal ("phấn đấu có thêm 12
  xã"), while the total it raises is ("…, nâng tổng số xã đạt chuẩn lên 45 xã", "lên 44 xã
  /104 xã");
* "K/N[1] xã" (a footnote marker), "xã thứ 22/161" (an ordinal), "với 115/118 xã đạt …",
  "92% trường đạt chuẩn quốc gia (436/474 trường)" (the ratio restates the share),
  "có 28 xã (28,57% xã) hoàn thành …", "… và 6 xã NTM nâng cao" (units named by their
  standard), "73/129 xã, trong đó có 4 xã …" (a part of the units just counted); the model
  residential area ("3 thôn đạt khu dân cư kiểu mẫu", "được công nhận khu dân cư kiểu
  mẫu", "xây dựng được 3 khu dân cư NTM kiểu mẫu", a clause of its own: "Kết quả: …; 1 khu
  dân cư NTM kiểu mẫu.");
* group headers of a flattened list titled "Danh sách xã được công nhận đạt chuẩn …":
  "TP VIỆT TRÌ ⏎ (10 xã)";
* the standard named without "chuẩn" ("19 xã đạt nông thôn mới kiểu mẫu", "đạt NTM nâng
  cao"); units named before their predicate ("3 xã (A, B, C) đạt chuẩn", "3 xã là A, B và
  C về đích"); a named part of the units that reached it ("Trong số 18 xã đạt chuẩn, có 2
  xã miền núi là A và B": 2, its whole not written); a forecast with its predicate left
  out ("Dự kiến đến hết năm 2019, sẽ có thêm 3 xã.", when its paragraph speaks of the
  standard); school levels ("3 cấp học đạt chuẩn quốc gia", "trường học ở 3 cấp học":
  criterion 5, all the levels), schools counted by the levels listed after them ("3/3 trường
  (mầm non, tiểu học, THCS) đạt chuẩn": criterion 5 even in a sentence on the whole
  standard; "3 trường mầm non, tiểu học và THCS": one per level, 3 of 3).

Counts in words ("Một đơn vị cấp huyện …", "hai xã đạt chuẩn"; never "là một xã", "một
trong", "mười năm"), units named after the standard they hold ("4 xã nông thôn mới (A, B, C,
D)", with the whole the sentence states), criteria no unit meets named after their count ("5
tiêu chí chưa có xã nào đạt. Cụ thể: tiêu chí A, tiêu chí B …": 0 units for each, of the units
the sentence says the place has). A sentence on administrative units or their merger that
never speaks of the programme ("23/23 đơn vị hành chính … sau sắp xếp đã đạt tiêu chuẩn") is
the merger's own standard, no coverage.

Lists and shares of other units (unseen-text classes):

* counts of several units sharing one predicate, each coverage of its own unit with the
  list's standard: "toàn tỉnh có 3 đơn vị cấp huyện, 128 xã, 415 thôn đạt chuẩn NTM", "2 xã
  và 37 thôn/bản đạt chuẩn NTM kiểu mẫu" (a count of the same unit before is the whole: "có
  17 xã, 9 xã đạt chuẩn");
* a share followed by units of its own after a ratio ("5/8 huyện hoàn thành nhiệm vụ, 100%
  xã đạt chuẩn") is no share of the ratio's units but a percentage of its own;
* units all of whose communes reach the standard ("12 tỉnh có 100% số xã đạt chuẩn", "16
  tỉnh với 100% số xã …"): coverage of the 12 provinces, no whole, and the 100% no
  percentage of its own (it says which units are counted); a part of them named
  after "trong đó có" is of them (4 of 12);
* a count an estimate gives after a count reached in the same sentence ("… số xã đạt chuẩn
  là 27, ước đến hết năm là 36 xã", "… có 7 xã đạt chuẩn, dự kiến cuối năm có 9 xã"): the
  same statement at a later time, its unit the first's unless written, marked as a goal.

District-level units (unseen-text classes):

* the K-th unit to reach the standard ("A là huyện thứ 3 của tỉnh B đạt chuẩn NTM", "đơn vị
  cấp huyện thứ hai … hoàn thành mục tiêu quốc gia xây dựng NTM"): K units of the place it
  is counted in, no whole unless written ("thứ 5 trong số 12 xã");
* one district-level unit counted with its name in brackets ("có 1 huyện (huyện A) được công
  nhận đạt chuẩn"): a count, where one commune named stays its recognition;
* a whole listed by kind before a generic count ("Trong số 7 huyện, thị xã có 2 địa phương
  với 100% xã NTM": 2 of 7), the communes' standard named by "NTM" alone;
* counts of other units listed before a commune ratio ("có 3 huyện, 60/90 xã đạt chuẩn"):
  each shares the ratio's predicate.

Each statement's criterion is its own ("13 xã đạt tiêu chí 2, 61 xã đạt tiêu chí 3"), none
when its predicate is the whole standard, else its context's; the words of its predicate are
kept as ``topic`` for a criterion named by topic ("… được công nhận thôn, buôn văn hoá"). A
paragraph that opens with a topic label ("Giáo dục và đào tạo: …", "- Về y tế: …", or a label
line of its own) gives its criterion to the statements under it over a topic merely written
on the way ("Toàn huyện có 112 trường thì có 30/30 xã đạt").

A ratio after a preposition ("Quyết định … cho 6/6 xã"; after "với" only when the verb
follows the unit) or with no predicate ("Khu vực 3:
Cơ quan xã, 7/7 Nhà Văn hóa thôn; 3/3 trường") says nothing about the units. The share written
right after ("(đạt 47,82%)", "chiếm 100%") is the coverage's ``percent`` and is claimed, so it
does not become a separate percentage.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from functools import cache

from baocao.model import Level, Place
from baocao.nlp.context import (
    Sections,
    commune_before,
    context_at,
    goal_near,
    own_criterion,
    period_near,
    place_before,
)
from baocao.nlp.counts import COUNT_WORDS, NUMBER_WORDS, UNITS_LABEL_BEFORE, words_value
from baocao.nlp.mentions import CoverageMention
from baocao.nlp.segment import UPPER, Block, BlockKind
from baocao.nlp.verdicts import UNITS_MEET_AFTER, split_items, split_last_and
from baocao.vocab.criteria import LARGEST_SET, topic_spans
from baocao.vocab.numbers import NUMBER_PATTERN, decimals_written, parse_number
from baocao.vocab.patterns import cues, indicator_rate_opening, tone_placements
from baocao.vocab.places import PLACE_PATTERN, regions_in, resolve_place

Span = tuple[int, int]

_WHOLE = r"(?:\d{1,3}(?:\.\d{3})+|\d{1,5})(?![\d])(?![.,]\d)"
_INT = r"(?<![\w.,/])" + _WHOLE
# ("Trên 2.700 xã đã đạt chuẩn": before a number "trên" is "more than", not a preposition.)
_PREPOSITION_BEFORE = re.compile(r"(?i:(?<![^\W\d_])(?:cho|của|tại|ở|với|so\s+với|thuộc))\s*$")
_IN_WHICH_BEFORE = re.compile(r"(?i:trong\s+đó)\s*[,:]?\s*(?:(?i:có)\s+)?$")
_WHOLE_STANDARD = re.compile(
    # "đạt nông thôn mới kiểu mẫu", "đạt NTM nâng cao": the standard named without "chuẩn"
    r"(?i:đạt\s+(?:chuẩn\s+)?(?:(?:xã|thôn|bản|huyện|thị\s+xã)\s+)?(?:nông\s+thôn\s+mới|NTM)"
    r"|hoàn\s+thành\s+nhiệm\s+vụ\s+xây\s+dựng\s+nông\s+thôn\s+mới)"
)
# Criterion numbers between a statement and its share are not other figures.
_CRITERION_WORDS = re.compile(r"(?i:tiêu\s+chí\s+(?:số\s+)?\d{1,2})")
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
# "(xã Quang Phú)", "(Lộc Ninh, Thuận Đức, …)": the units are named one by one.
_NAMED_UNITS_AFTER = re.compile(rf"[^.;(),]{{0,60}}?\(\s*(?:(?i:xã|thôn|bản|phường)\s+)?[{UPPER}]")
_REMAINING = re.compile(r"(?i:còn\s+lại)")
# "…(xã A …); 25 xã đạt từ 15-18 tiêu chí": the next item of a breakdown of the units
_NEXT_UNITS = re.compile(r"\)\s*[;,]\s*(?:(?i:có)\s+)?\d{1,3}(?:\.\d{3})*\s+(?P<unit>[^\W\d_]+)")


def _next_count_of_units(text: str, at: int, e: int, unit: str) -> bool:
    """Whether the one unit named in brackets after ``at`` is an item of a breakdown that goes
    on counting units of its kind ("có một xã đạt 19/19 tiêu chí (xã A …); 25 xã đạt từ 15-18
    tiêu chí; …"): a count among counts, not a recognition of one."""
    close = text.find(")", at, e)
    if close < 0:
        return False
    found = _NEXT_UNITS.match(text, close)  # (past the clause: a ";" may end it)
    return found is not None and found.group("unit").lower() == unit.split()[0].lower()


_DATE_BEFORE = re.compile(r"(?i:năm|tháng|ngày|quý|đến|giai\s+đoạn)\s*$")
_CRITERION_NAMED = re.compile(r"(?i:tiêu\s+chí\s+(?:số\s+)?\d)")
_DIGIT = re.compile(r"\d|(?i:nào)")  # a number, or "chưa có xã nào đạt"
_CLAUSE_END = re.compile(r"[.;:!?]\s|[;:]|$")
_SHARE = re.compile(r"(?P<value>" + NUMBER_PATTERN + r")\s*%")

#: How far after the counted unit a predicate may come.
PREDICATE_WINDOW = 60
#: The quote runs to the end of the statement's clause when that is this close.
QUOTE_REACH = 120


@cache
def _unit_kind() -> str:
    return cues().pattern("unit_kind")


@cache
def _margin() -> re.Pattern[str]:
    # "vượt 8,2% so với kế hoạch", "tăng 5%": a share after it is a percentage of its own
    # (FACTS.md), not the share of the units
    return re.compile(cues().pattern("margin"))


@cache
def _unit_verb() -> re.Pattern[str]:
    return re.compile(cues().pattern("unit_verb"), re.IGNORECASE)


@cache
def _ratio() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<met>{_INT})\s*/\s*(?P<total>{_WHOLE})(?:\[\d{{1,2}}\])?\s+"
        # "11/11 (100%) xã": the share written between the ratio and its units
        rf"(?:\(\s*(?P<rshare>{NUMBER_PATTERN})\s*%\s*\)\s*)?"
        rf"(?P<unit>(?i:{_unit_kind()}))"
        rf"|(?P<met2>{_INT})\s+(?i:(?:trong|trên)\s+(?:tổng\s+)?(?:số\s+)?)(?P<total2>{_INT})\s+"
        rf"(?P<unit2>(?i:{_unit_kind()}))"
        # "52 xã/136 xã đạt chuẩn", "13 xã trên tổng số 18 xã", "13 xã/tổng số 18 xã": the
        # unit written on both sides
        rf"|(?P<met3>{_INT})\s+(?P<unit3>(?i:{_unit_kind()}))"
        r"(?:\s*/\s*(?:(?i:tổng\s+số)\s+)?|\s+(?i:(?:trong|trên)\s+(?:tổng\s+)?(?:số\s+)?))"
        rf"(?P<total3>{_WHOLE})\s+(?P=unit3)"
    )


# What a count of units reaches: the standard, a criterion, the whole set of criteria ("đạt
# 19/19 tiêu chí", "đạt đủ 19 tiêu chí"), recognition, or a bare "đạt" closing the clause
# ("… nay chỉ còn 2 xã đạt."). ``cm``/``co`` keep a number of criteria, so that a band ("đạt
# 15-18 tiêu chí", "1 xã đạt 4 tiêu chí") can be told from the whole set.
# (Who recognised them, and by what, may stand between: "được UBND tỉnh công nhận", "được
# Thủ tướng Chính phủ ban hành quyết định công nhận", "được tỉnh ra quyết định công nhận".)
_RECOGNISED = (
    r"được\s+(?:[^\W\d_]+\s+){0,4}?(?:(?:ban\s+hành\s+|ra\s+)?quyết\s+định\s+)?công\s+nhận\s+"
)
_PREDICATE = (
    r"(?i:(?:(?:đã|đều|cũng|mới)\s+)*(?:"
    rf"{_RECOGNISED}(?:là\s+)?(?:(?:xã|huyện|thôn|bản|buôn|ấp|làng|khu\s+dân\s+cư)[,\s]+)*"
    # "được công nhận khu dân cư kiểu mẫu": the model standard named without "NTM"
    r"(?:nông\s+thôn\s+mới|NTM|văn\s+hóa|văn\s+hoá|kiểu\s+mẫu)"
    r"|được\s+(?:[^\W\d_]+\s+){0,4}?công\s+nhận(?=\s*(?:[.;,)!?]|$))"
    # "giữ vững 19/19 tiêu chí", "duy trì đạt chuẩn": the standard held is reached too
    rf"|(?:{_RECOGNISED})?(?:tự\s+đánh\s+giá\s+)?"
    r"(?:đạt|(?:giữ\s+vững|duy\s+trì)(?:\s+đạt)?)\s+(?:đủ\s+)?(?:chuẩn|tiêu\s+chí|danh\s+hiệu"
    r"|(?P<cm>\d{1,2})(?:\s*/\s*(?P<co>\d{1,2}))?\s+tiêu\s+chí)"
    r"|hoàn\s+thành\s+(?:(?:các|đủ)\s+)?(?:(?P<cm2>\d{1,2})(?:\s*/\s*(?P<co2>\d{1,2}))?\s+)?"
    r"tiêu\s+chí"
    # "5 xã hoàn thành chuẩn NTM": the standard finished, "đạt" left out
    r"|hoàn\s+thành\s+(?:đủ\s+)?chuẩn"
    rf"|{cues().pattern('reach_verb', 'finish')}"
    # "5 tỉnh được công nhận hoàn thành nhiệm vụ xây dựng NTM", "283 đơn vị cấp huyện … đã
    # được công nhận hoàn thành nhiệm vụ/đạt chuẩn": the standard of a province or a district
    # (a city or town "hoàn thành nhiệm vụ", a district "đạt chuẩn"); the bare phrase is any
    # task, so the programme or the standard beside it must follow; "hoàn thành (chương
    # trình) xây dựng NTM" says the same without "nhiệm vụ"
    rf"|(?:{_RECOGNISED})?hoàn\s+thành\s+"
    r"(?:(?:nhiệm\s+vụ\s+|chương\s+trình\s+)?xây\s+dựng\s+(?:nông\s+thôn\s+mới|NTM)"
    # ("hoàn thành nhiệm vụ đạt chuẩn nông thôn mới": the two joined without "/")
    r"|nhiệm\s+vụ(?=\s*/?\s*đạt\s+chuẩn))"
    # "19 xã đạt nông thôn mới kiểu mẫu", "đạt NTM nâng cao": the standard named without
    # "chuẩn" (the match stops before it, so the scheme after it is the statement's own)
    # ("3 thôn đạt khu dân cư kiểu mẫu": the model residential area, "NTM" left out)
    r"|đạt(?=\s+(?:khu\s+dân\s+cư\s+)?(?:nông\s+thôn\s+mới|NTM|kiểu\s+mẫu)(?![^\W\d_]))"
    r"|đạt(?=\s*(?:[.;,)!?]|$))"
    r"))(?![^\W\d_])"
)
#: The size of the smallest whole set a bare "N tiêu chí" can name (the national sets until
#: 2025 have 19; a province may add one): the largest national set.
WHOLE_SET = LARGEST_SET
_NEGATED = re.compile(r"(?i:(?<![^\W\d_])(?:chưa|không)(?![^\W\d_]))")
# "Thêm 3 huyện đạt chuẩn", "tăng 4 xã đạt chuẩn": an increment, no fact. "đã có thêm 70 xã
# đạt chuẩn" states how many reached it in the period: the real texts' gold keeps it.


@cache
def _cue_before(concept: str) -> re.Pattern[str]:
    """A cue of ``concept`` ending right before a number ("cả 05 xã", "chỉ còn 2 xã"); an
    increment ("thêm", "tăng") not after "có" ("có thêm 12 xã" states them)."""
    not_after = r"(?<!(?i:có)\s)" if concept == "unit_increment" else ""
    return re.compile(rf"{not_after}(?:{cues().pattern(concept)})\s+$")


#: "đều" after the units: all of them ("có tất cả 7 xã đều đạt chuẩn" is 7 of 7).
_EACH_OF_THEM = re.compile(r"(?<![^\W\d_])(?i:đều)(?![^\W\d_])")


def _in_all(before: str, after_unit: str) -> bool:
    """Whether "tất cả" before a count sums it up ("Huyện có tất cả 7 xã đạt chuẩn": 7 in
    all, no whole written) rather than saying the units are all there are; "đều" after the
    units makes them all of them again."""
    return bool(_cue_before("unit_in_all").search(before)) and not _EACH_OF_THEM.search(after_unit)


@cache
def _restated_before() -> re.Pattern[str]:
    """Plural units a bracketed count restates, its bracket open before the count ("tất cả
    các xã (7 xã)", "các xã (gồm 9 xã)"); ``all`` a cue saying they are all of them."""
    return re.compile(
        rf"(?P<all>(?:{cues().pattern('unit_all')})\s+)?(?:(?i:các|những)\s+)"
        rf"(?P<unit>(?i:{_unit_kind()}))\s*\(\s*(?:(?:{cues().pattern('count_restated')})\s+)?$"
    )


# "với 115/118 xã đạt chuẩn …": after "với" a statement needs its verb right after the unit.
_WITH_BEFORE = re.compile(r"(?i:(?<![^\W\d_])với)\s*$")
_VERB_RIGHT_AFTER = re.compile(rf"\s+(?i:(?:đã\s+)?(?:{cues().pattern('reach_verb')}))(?![^\W\d_])")


@cache
def _bare() -> re.Pattern[str]:
    # "111 xã đạt …", "39 trường đã được công nhận đạt chuẩn", "có 28 xã (28,57% xã) hoàn
    # thành các tiêu chí …"; "chưa có xã nào đạt"
    return re.compile(
        # the number in figures or in words ("Một đơn vị cấp huyện …", "hai xã đạt chuẩn")
        rf"(?P<met>{_INT}|{COUNT_WORDS})\s+(?P<unit>(?i:{_unit_kind()}))(?![^\W\d_])"
        # the count in brackets after the units it restates: "các xã (gồm 9 xã) đều đạt …"
        r"(?P<restated>\s*\))?"
        # the level of the units: "01 đơn vị cấp huyện (thị xã A) hoàn thành nhiệm vụ …"
        r"(?:\s+(?i:cấp\s+(?:huyện|xã|tỉnh))(?=\s*\())?"
        # its share in brackets, bare or with its word: "(28,57%)", "(chiếm 73,1%)", "(tỷ lệ 64%)"
        r"(?:\s*\(\s*(?:(?i:chiếm|đạt|bằng|tỷ\s+lệ|tỉ\s+lệ)\s+(?:(?i:tỷ\s+lệ|tỉ\s+lệ|đạt)\s+)?)?"
        rf"(?P<pshare>{NUMBER_PATTERN})\s*%[^()]{{0,20}}\))?"
        # the whole in brackets: "30 xã (trong tổng số 90 xã) đạt 19 tiêu chí", "(tổng số 90 xã
        # của tỉnh)"
        rf"(?:\s*\(\s*(?:(?i:trong|trên)\s+)?(?i:tổng\s+số|số)\s+(?P<ptotal>{_INT})\s+"
        rf"(?P<punit>(?i:{_unit_kind()}))(?![^\W\d_])[^()\d]{{0,40}}\))?"
        # the provinces the units lie in: "249 đơn vị cấp huyện thuộc 57 tỉnh, thành phố trực
        # thuộc Trung ương được công nhận …"
        r"(?:(?:\s+(?i:cấp\s+(?:huyện|xã)))?\s+(?i:thuộc|của)\s+\d{1,3}\s+(?i:tỉnh)(?![^\W\d_]))?"
        # the units named before their predicate: "3 xã (A, B, C) đạt chuẩn", "3 xã là A, B
        # và C đạt chuẩn", "3 xã: A, B, C đạt chuẩn"
        rf"(?P<names>\s*\([^()\d]{{2,200}}\)|\s*(?::|,?\s+(?i:là|gồm)\s*:?)\s+"
        rf"(?:(?i:xã|thôn|bản|ấp|huyện)\s+)?[{UPPER}]"
        rf"[^\d.;:()]{{1,200}}?(?=\s+(?:{cues().pattern('reach_verb')})))?"
        # "312 đơn vị cấp huyện thuộc 59 tỉnh, thành phố được công nhận …": where they lie
        rf"(?:(?P<among>[^\d.;:()]{{0,20}}?\s(?i:thuộc)\s+{_WHOLE}\s+(?i:tỉnh|huyện)"
        # ("…, thành phố trực thuộc Trung ương", the provinces' full name)
        r"(?:\s*,\s*(?i:thành\s+phố)(?:\s+(?i:trực\s+thuộc\s+(?:trung\s+ương|TW)))?)?))?"
        # (never past "chưa có xã nào …", a statement of its own: "có 12 xã, chưa có xã nào đạt")
        rf"(?P<mods>(?:(?!{cues().pattern('none_met')})[^\d.;:()]){{0,40}}?)\s+{_PREDICATE}"
        # "chưa có xã nào đạt", "chưa có xã đạt chuẩn nâng cao", "không có xã nào đạt tiêu chí
        # 13": none of the units; never a band ("không có xã nào đạt dưới 5 tiêu chí")
        rf"|(?:{cues().pattern('none_met')})\s+(?P<none>(?i:{_unit_kind()}))\s+"
        r"(?:(?:(?i:nào)\s+|(?=(?i:đạt|được|về\s+đích)))(?:(?i:được)\s+(?:(?i:công\s+nhận)\s+)?)?"
        # ("chưa có xã nào về đích nông thôn mới": the standard reached, said alone)
        r"(?i:đạt|về\s+đích)(?![^\W\d_])(?!\s+(?i:dưới|trên|từ|\d{1,2}\s*[-–]))"
        # "chưa có huyện nông thôn mới nâng cao": the units named by the standard none holds
        r"|(?:(?i:nào)\s+)?(?i:nông\s+thôn\s+mới|NTM)(?![^\W\d_]))"
    )


@cache
def _noun() -> re.Pattern[str]:
    # "… 12 xã đạt chuẩn NTM và 6 xã NTM nâng cao", "có 76 xã nông thôn mới"
    return re.compile(
        rf"(?P<met>{_INT}|{COUNT_WORDS})\s+(?P<unit>(?i:{_unit_kind()}))"
        # "công nhận 40 thôn, bản nông thôn mới": the kinds of one unit written together
        rf"(?:\s*,\s*(?i:{_unit_kind()})(?![^\W\d_]))*\s+"
        # "có 2 khu dân cư kiểu mẫu": the model standard named without "NTM"
        r"(?i:nông\s+thôn\s+mới|NTM|kiểu\s+mẫu)(?![^\W\d_])"
    )


# A count in words right after these is no count of units: "là một xã đạt chuẩn …" (what a
# place is), "một trong hai xã …", "thôn Một", "số một", "để (xây dựng) một xã đạt chuẩn cần
# 40 tỷ đồng" (any one commune, what it costs).
_WORDS_NOT_A_COUNT = re.compile(
    r"(?i:(?<![^\W\d_])(?:là|trong|số|thứ|xã|thôn|xóm|ấp|bản|tổ|đội|khu|để(?:\s+xây\s+dựng)?))"
    r"\s*$"
)


def _units_met(text: str, s: int, m: re.Match[str]) -> str | None:
    """The number of units a statement ``m`` counts, in figures ("hai" → "2"), or None when
    its words are no count."""
    written = m.group("met")
    if written[0].isdigit():
        return written
    value = words_value(written)
    if not value or _WORDS_NOT_A_COUNT.search(text, s, m.start()):
        return None
    return str(value)


def _figure(written: str) -> int:
    """The value of a count of units in figures ("4.806" → 4806)."""
    return int(written.replace(".", ""))


# "có 2 xã NTM", "xây dựng được 3 khu dân cư NTM kiểu mẫu", "huyện công nhận 2 khu dân cư kiểu
# mẫu" state the units; after "và" or a comma they are the next item of a list of statements
_NOUN_LEAD = re.compile(
    r"(?i:(?<![^\W\d_])(?:có(?:\s+thêm)?|xây\s+dựng\s+(?:được|thành\s+công)|công\s+nhận|"
    r"(?P<item>và))|(?P<comma>,))\s*$"
)
#: A clause that is nothing but the units named by their standard: "Kết quả: 2 xã NTM nâng
#: cao; 1 khu dân cư NTM kiểu mẫu.", "- 1 khu dân cư NTM kiểu mẫu."
_CLAUSE_OPENING = re.compile(r"(?:^|:)[\s\-+*•]*$")
_CLAUSE_CLOSING = re.compile(r"(?:\s+(?i:nâng\s+cao|kiểu\s+mẫu))?\s*(?:[.;,]|$)")


@cache
def _inline_label() -> re.Pattern[str]:
    # "Số xã hoàn thành 19 tiêu chí … là 86 xã", "nâng tổng số xã đạt chuẩn … lên 38 xã",
    # "Số xã đã được công nhận … là 3/15 xã"
    unit = _unit_kind()
    return re.compile(
        rf"(?:(?:{cues().pattern('unit_label')})\s+"
        # a line of a grouped list that opens with the units themselves and gives their
        # number after a colon: "Xã đạt 19 tiêu chí: 30", "- Nhóm 1: Xã đạt đủ 19 tiêu chí: 8"
        r"|(?P<line>(?m:^)[ \t]*(?:[-+•*][ \t]*)?(?:(?i:nhóm)[ \t]+\d{1,2}[ \t]*[:.][ \t]*)?)"
        rf"(?=(?i:{unit})\s+(?:(?i:đã|đều)\s+)?(?i:đạt|hoàn\s+thành|được)(?![^\W\d_])))"
        rf"(?P<unit>(?i:{unit}))(?![^\W\d_])"
        r"(?P<label>[^.;:!?\n]{0,100}?)(?:\s+(?i:là|lên)\s+|\s*(?P<colon>:)\s*)"
        # "là 57xã": the unit may be written against the number
        rf"(?P<met>{_INT})(?:\s*/\s*(?P<total>{_WHOLE}))?(?:\s*(?i:{unit}))?(?![^\W\d_])"
        # "lên 44 xã /104 xã": the whole after the unit
        rf"(?:\s*/\s*(?P<total_after>{_WHOLE})\s+(?P=unit)(?![^\W\d_]))?"
    )


# "Tổng số đơn vị thực hiện xây dựng NTM là 10": the whole, unless the label says they reach
# something ("Tổng số xã đạt chuẩn NTM là 45 xã").
_TOTAL_LABEL = re.compile(r"(?i:(?<!nâng\s)(?<!đưa\s)tổng)\s*$")


@cache
def _standard_cue() -> re.Pattern[str]:
    return re.compile(cues().pattern("unit_standard"))


_YEARS = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?!\d)")
_CRITERIA_NUMBER = re.compile(r"(?<![\d,.])(\d{1,2})(?:\s*/\s*(\d{1,2}))?\s+(?i:tiêu\s+chí)")


def _names_a_band(words: str) -> bool:
    """Whether a statement's predicate counts criteria short of the whole set ("đạt 15-18
    tiêu chí", "đạt dưới 15 tiêu chí", "đạt 17/19 tiêu chí"): a band of units, no fact."""
    return any(not _whole_set(m.group(1), m.group(2)) for m in _CRITERIA_NUMBER.finditer(words))


def _whole_set(met: str | None, of: str | None) -> bool:
    """Whether "đạt <met>[/<of>] tiêu chí" names the whole set, not a band."""
    if met is None:
        return True
    if of is not None:
        return int(met) == int(of)
    return int(met) >= WHOLE_SET


_PROGRAMME_ONLY = re.compile(r"(?i:nông\s+thôn\s+mới|NTM)")


def _reaches(label: str) -> bool:
    """Whether a label says the units reach something ("đạt chuẩn", "được công nhận"), not
    only that they take part in the programme ("thực hiện xây dựng nông thôn mới")."""
    return any(not _PROGRAMME_ONLY.fullmatch(m.group()) for m in _standard_cue().finditer(label))


# "đạt 19 tiêu chí", "đạt đủ 19/19 tiêu chí", "hoàn thành 19 tiêu chí" in a label (a band is
# told from the whole set by ``_whole_set``)
_WHOLE_SET_REACHED = re.compile(
    r"(?i:(?<![^\W\d_])(?:đạt|hoàn\s+thành)\s+(?:đủ\s+)?(?:các\s+)?)\d{1,2}(?:\s*/\s*\d{1,2})?"
    r"\s+(?i:tiêu\s+chí)"
)


def _label_is_standard(label: str) -> bool:
    """A label of units reaching the standard ("… hoàn thành 19 tiêu chí xây dựng NTM"),
    not of a band ("… đạt từ 15 - 18 tiêu chí"); the whole set of criteria reached names
    the standard too ("Số xã đạt 19 tiêu chí: 30 xã")."""
    if not (_standard_cue().search(label) or _WHOLE_SET_REACHED.search(label)):
        return False
    rest = _YEARS.sub(" ", label)
    for m in _CRITERIA_NUMBER.finditer(rest):
        if not _whole_set(m.group(1), m.group(2)):
            return False
        rest = rest.replace(m.group(), " ")
    return re.search(r"\d", rest) is None


@cache
def _ordinal() -> re.Pattern[str]:
    # "là xã thứ 22/161 của tỉnh đạt chuẩn …": the K-th of N
    unit = _unit_kind()
    return re.compile(
        rf"(?P<unit>(?i:{unit}))\s+(?:{cues().pattern('unit_ordinal')})\s+(?P<met>{_WHOLE})\s*/\s*(?P<total>{_WHOLE})"
        rf"(?:\s+(?i:{unit}))?(?![^\W\d_])"
    )


#: Ordinals in words after "thứ" that a count in words does not cover ("huyện thứ tư"); the
#: others are read as counts ("thứ hai", "thứ mười hai").
ORDINAL_WORDS = {"nhất": 1, "tư": 4, "năm": 5}


@cache
def _ordinal_alone() -> re.Pattern[str]:
    # "là huyện thứ 3 của tỉnh đạt chuẩn …", "là đơn vị cấp huyện thứ hai …", "là xã thứ 5
    # trong số 12 xã của huyện …": the K-th unit, its whole only when written
    unit = _unit_kind()
    words = "|".join(ORDINAL_WORDS)
    return re.compile(
        rf"(?P<unit>(?i:{unit})(?:\s+(?i:cấp\s+(?:huyện|xã|tỉnh)))?)\s+"
        rf"(?:{cues().pattern('unit_ordinal')})\s+"
        rf"(?P<met>\d{{1,3}}(?![\d/])(?![.,]\d)(?!\s*/\s*\d)|(?:{words}|{COUNT_WORDS})(?![^\W\d_]))"
        rf"(?:\s+(?i:trong|trên)\s+(?:(?i:tổng)\s+)?(?:(?i:số)\s+)?(?P<total>{_WHOLE})\s+"
        rf"(?P=unit)(?![^\W\d_]))?"
    )


#: What the K-th unit reached, in its clause after the ordinal (the place it is counted in
#: may come between): the NTM standard ("đạt chuẩn nông thôn mới", "được công nhận huyện
#: NTM", "về đích NTM") or the programme done ("hoàn thành (nhiệm vụ | mục tiêu quốc gia)
#: xây dựng nông thôn mới"); no other task ("hoàn thành kế hoạch giải ngân").
_ORDINAL_STANDARD = (
    r"(?:(?:xã|huyện|thị\s+xã|thành\s+phố|tỉnh)\s+)?(?:đạt\s+(?:chuẩn\s+)?)?"
    r"(?:nông\s+thôn\s+mới|NTM)"
)
_ORDINAL_REACHED = re.compile(
    r"[^\d.;:!?]{0,80}?(?<![^\W\d_])(?i:(?:(?:đã|chính\s+thức)\s+)*"
    rf"(?:được\s+(?:[^\W\d_]+\s+){{0,4}}?công\s+nhận\s+(?:là\s+)?|đạt\s+(?:chuẩn\s+)?"
    rf"|(?:về|cán)\s+đích\s+){_ORDINAL_STANDARD}"
    r"|hoàn\s+thành\s+(?:(?:nhiệm\s+vụ|mục\s+tiêu|chương\s+trình)\s+(?:(?:mục\s+tiêu\s+)?quốc\s+gia\s+)?)?"
    r"xây\s+dựng\s+(?:nông\s+thôn(?:\s+mới)?|NTM))(?![^\W\d_])"
)


def _ordinal_value(written: str) -> int | None:
    """The K of "thứ K": figures, or a lowercase ordinal in words ("thứ hai" → 2; never a
    capitalised name such as "xã Thứ Mười")."""
    if written[0].isdigit():
        return int(written)
    if not written.islower():
        return None
    return ORDINAL_WORDS.get(written) or words_value(written)


def _ordinals_alone(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "Huyện A là huyện thứ 3 của tỉnh B đạt chuẩn nông thôn mới": the K-th unit to reach
    the standard says K units have reached it (FACTS.md: no whole unless written, "thứ 3
    trong số 10 huyện" → 3 of 10). The whole is where the units are counted ("của tỉnh B"),
    never the unit the sentence is about."""
    text = sections.text
    for m in _ordinal_alone().finditer(text, s, e):
        if any(a <= m.start("met") < b for a, b in taken):
            continue
        value = _ordinal_value(m.group("met"))
        if not value:
            continue
        stop = _clause_end(text, m.end(), e)
        if _ORDINAL_REACHED.match(text, m.end(), stop) is None:
            continue
        taken.append((m.start(), m.end()))
        unit = " ".join(m.group("unit").split())
        mention = _mention(
            sections,
            m.start(),
            m.end(),
            str(value),
            m.group("total"),
            unit,
            None,
            (s, e),
            block,
            unit_at=(m.start("unit"), m.end()),
        )
        region = _region_after(text, m.end(), e)
        context = replace(mention.context, criterion=None)
        yield replace(mention, region=region, context=context), None


@cache
def _subset() -> re.Pattern[str]:
    # "73/129 xã, trong đó có 4 xã đặc biệt khó khăn", "Trong đó, 5 xã Hòa Thuận, …", and a
    # part named after "là": "Trong số 18 xã đạt chuẩn, có 2 xã miền núi là A và B"
    unit = _unit_kind()
    words = NUMBER_WORDS
    return re.compile(
        rf"(?:(?i:trong\s+đó)\s*,?\s*(?:(?i:có)\s+)?|(?:[,;]\s*|\s)(?i:có)\s+"
        rf"(?=(?:\d{{1,3}}|(?i:{words}))\s+(?i:{unit})(?:\s+[^\W\d_]+){{0,4}}?\s*,?\s+"
        rf"(?:{cues().pattern('units_named')})\s))"
        rf"(?:(?P<met>{_INT})|(?P<word>(?i:{words})))\s+(?P<unit>(?i:{unit}))(?![^\W\d_])"
    )


@cache
def _percent_lead() -> re.Pattern[str]:
    # "92% trường đạt chuẩn quốc gia (436/474 trường)": the ratio restates the share
    return re.compile(
        rf"(?P<value>{NUMBER_PATTERN})\s*%\s+(?:(?i:số)\s+)?(?P<unit>(?i:{_unit_kind()}))\s+"
        r"[^()\d.;]{3,60}\(\s*$"
    )


# "tỷ lệ xã đạt chuẩn … đạt 75% (89/118 xã)": the ratio restates the share before it
_SHARE_BEFORE_PAREN = re.compile(rf"(?P<value>{NUMBER_PATTERN})\s*%\s*\(\s*$")

#: How far before a "trong đó" subset the statement it narrows may be.
SUBSET_REACH = 400


@cache
def _labelled() -> re.Pattern[str]:
    return re.compile(
        rf"(?i:số\s+)(?P<unit>(?i:{_unit_kind()}))[^:\n]*?(?i:đạt\s+chuẩn)[^:\n]*:\s*"
        rf"(?P<met>{_INT})(?!\s*/)(?:\s+(?i:{_unit_kind()}))?"
    )


@cache
def _labelled_total() -> re.Pattern[str]:
    return re.compile(
        rf"(?i:tổng\s+số\s+)(?P<unit>(?i:{_unit_kind()}))[^:\n]*:\s*(?P<total>{_INT})"
    )


@cache
def _labelled_share() -> re.Pattern[str]:
    return re.compile(
        rf"(?i:tỷ\s+lệ\s+|tỉ\s+lệ\s+)(?P<unit>(?i:{_unit_kind()}))[^:\n]*?(?i:đạt)[^:\n]*:\s*"
        rf"(?P<value>{NUMBER_PATTERN})\s*%"
    )


@dataclass(frozen=True)
class CoverageFinding:
    """The coverage mentions of a document and the spans of the shares they claimed."""

    mentions: tuple[CoverageMention, ...]
    claimed: tuple[Span, ...]


def _clause_end(text: str, at: int, end: int) -> int:
    m = _CLAUSE_END.search(text, at, end)
    return m.start() if m else end


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


#: The whole of a "K trong N" before the N: what _ratios did not read as K of N is no count.
_ONE_OF_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:\d{1,3}|(?i:một))\s+(?i:trong)\s+(?:(?i:tổng)\s+)?(?:(?i:số)\s+)?$"
)


@cache
def _rank_after() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{cues().pattern('unit_rank')})")


def _ranked_among(text: str, before: str, unit_end: int) -> bool:
    """Whether a "K trong N <unit>" names the subject one of a set ("là 1 trong 9 xã điểm",
    "1 trong 3 xã đầu tiên đạt chuẩn nâng cao", "1 trong 5 huyện dẫn đầu"), not K of the N
    units reaching a standard."""
    return bool(_IS_ONE_OF.search(before) or _rank_after().match(text, unit_end))


# An increment between a count of units and their share: ", tăng 36 đơn vị so cuối năm 2021
# và chiếm khoảng ", ", tăng thêm 5 xã so với năm 2022, chiếm ".
_INCREMENT_THEN_SHARE = re.compile(
    r",\s*(?i:tăng|giảm)\s+(?:(?i:thêm)\s+)?\d+\s+[^\d,;()]{1,20}?\s+(?i:so)\s+[^\d,;()]{0,30}?"
    r"(?:\d{1,2}\s*/\s*)?(?:19|20)\d{2}\s*(?:,\s*|\s+(?i:và)\s+)(?i:chiếm|bằng|đạt)"
    r"(?:\s+(?i:khoảng|gần|hơn|trên|xấp\s+xỉ))?\s*"
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
    if m is None or re.search(r"\d", _CRITERION_WORDS.sub("", between)):
        return None
    if _margin().search(between):
        return None  # "(vượt 25%)", "vượt kế hoạch 15%": by how much a plan was beaten
    if _OF_GOAL_AFTER.match(text, m.end()) and not (
        ratio is not None and _share_is(m.group("value"), *ratio)
    ):
        return None
    if _COMPARED_AFTER.match(text, m.end()) or _VOTE_AFTER.match(text, m.end()):
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


# "…, chiếm 85%", "(đạt 47,82%)", "tỷ lệ 64%": a share said to be the units'.
_SHARE_WORD = re.compile(r"(?:(?i:chiếm|đạt|bằng|tỷ\s+lệ|tỉ\s+lệ|là)(?:\s+[^\W\d_]+){0,2}|\()\s*$")


@cache
def _units_after_share() -> re.Pattern[str]:
    # "100% xã đạt chuẩn", "100% số xã …": a share of units of its own, a statement of its own
    return re.compile(rf"\s*(?:(?i:số)\s+)?(?i:{_unit_kind()})(?![^\W\d_])")


def _criterion_override(text: str, s: int, e: int) -> bool:
    """Whether the sentence is about the whole standard, whatever its section."""
    return bool(_WHOLE_STANDARD.search(text, s, e)) and not _CRITERION_NAMED.search(text, s, e)


_LOCAL_CRITERION = re.compile(r"[^\d]{0,40}?(?i:tiêu\s+chí)\s+(?i:số\s+)?(\d{1,2})(?!\d)(?!\s*/)")
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
        or place_before(text, block.start, first, window=30)
        or _region_of_total(text, sentence[0], first)
    )
    if region is None and ctx.subject is None and _VILLAGES.fullmatch(" ".join(unit.split())):
        # "Xã A là xã đầu tiên … ⏎ Đến nay, 5/5 thôn đạt chuẩn": villages counted are those
        # of the commune just spoken of
        region = commune_before(sections, block, sentence[0])
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


_REGION_GAP = re.compile(r"\s+(?:(?i:của|thuộc|ở|tại)\s+)?(?:(?i:vùng|khu\s+vực|miền)\s+)?")


def _region_of_total(text: str, s: int, at: int) -> str | None:
    """ "trong tổng số 9 xã huyện Đức Thọ … có 2 xã": the place of the whole."""
    found = None
    for m in _IN_TOTAL_OF.finditer(text, s, at):
        unit = re.match(rf"(?i:{_unit_kind()})", text[m.end() : at])
        if unit is not None:
            found = _region_after(text, m.end() + unit.end(), at) or found
    return found


def _claim(percent: re.Match[str] | None) -> Span | None:
    return (percent.start("value"), percent.end()) if percent else None


#: "trao bằng công nhận (đạt chuẩn NTM) cho 5/5 xã": what is given is the recognition, so
#: the units after "cho" are those that reached the standard (not "hỗ trợ … cho 7/7 xã").
_RECOGNISED_FOR = re.compile(
    rf"(?:{cues().pattern('recognition_given')})(?:\s+[^\W\d_]+){{0,6}}?\s+(?i:cho)\s*$"
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
    if _RECOGNISED_FOR.search(before):
        return False  # "trao bằng công nhận cho 5/5 xã": the units recognised, K of N
    if _standard_after().match(text, unit_end):
        return False  # "đầu tư 300 tỷ đồng cho 8/8 xã, đạt tiêu chí 100%": the units reach it
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


def _ratios(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    text = sections.text
    respective = [span for span in taken if s <= span[0] < e]  # read by _respectively
    for m in _ratio().finditer(text, s, e):
        if any(a <= m.start() < b for a, b in respective):
            continue
        which = next(g for g in ("", "2", "3") if m.group("met" + g))
        met, total = m.group("met" + which), m.group("total" + which)
        unit, unit_span = m.group("unit" + which), m.span("unit" + which)
        before = text[s : m.start()]
        if _blocked(text, before, m.end(), unit):
            continue
        lead = _percent_lead().search(text, max(s, m.start() - 90), m.start())
        if lead is None and _standard_cue().search(text, s, m.start()):
            lead = _SHARE_BEFORE_PAREN.search(text, max(s, m.start() - 20), m.start())
            if lead is not None and _close_paren_after(text, m.end(), e):
                share = _SHARE.match(text, lead.start("value"))
                taken.append((lead.start(), m.end()))
                yield (
                    _mention(
                        sections,
                        m.start(),
                        m.end(),
                        met,
                        total,
                        unit,
                        share,
                        (s, e),
                        block,
                        unit_at=unit_span,
                    ),
                    _claim(share),
                )
                continue
            lead = None
        if lead is not None and _same_unit(lead.group("unit"), unit):
            # "92% trường đạt chuẩn quốc gia (436/474 trường)"
            share = _SHARE.match(text, lead.start("value"))
            taken.append((lead.start(), m.end()))
            yield (
                _mention(
                    sections,
                    m.start(),
                    m.end(),
                    met,
                    total,
                    unit,
                    share,
                    (s, e),
                    block,
                    unit_at=(lead.start("unit"), m.start()),
                    quote_start=lead.start(),
                ),
                _claim(share),
            )
            continue
        if _takes_part(text, m.end(), e):
            continue  # "(12/12 xã) tham gia thực hiện chương trình": taking part, no standard
        if _has_status(text, m.end(), e):
            continue  # "4/9 huyện thuộc diện huyện nghèo": a status, no verdict
        if _ranked_among(text, before, m.end()):
            continue  # "là 1 trong 4 xã đầu tiên đạt chuẩn": one of a ranked set, no K of N
        if not (
            _has_predicate(text, m.end(), e)
            or _IN_WHICH_BEFORE.search(before)
            or _RECOGNISED_FOR.search(before)
            or _lead_predicate(text, block, m.start())
            or _shared_predicate(sections, block, m, s, unit)
            or _list_lead_predicate(sections, block, m, s)
        ):
            continue
        taken.append((m.start(), m.end()))
        percent = _percent_after(text, m.end(), e, (met, total)) or _share_of_units(
            text, m.end(), e, unit
        )
        if m.group("rshare") is not None:
            percent = _SHARE.match(text, m.start("rshare"))
        recognised = _RECOGNISED_FOR.search(before)
        mention = _mention(
            sections,
            m.start(),
            m.end(),
            met,
            total,
            unit,
            percent,
            (s, e),
            block,
            unit_at=unit_span,
            # "công nhận đạt chuẩn … cho 4/4 xã": the quote holds the recognition it states
            quote_start=s + recognised.start() if recognised else None,
        )
        # "toàn tỉnh có 3 huyện, 60/90 xã đạt chuẩn": counts of other units listed before
        yield from _list_items(sections, block, (s, e), m.start(), unit, mention, taken)
        yield mention, _claim(percent)
    for m in _ordinal().finditer(text, s, e):
        if any(a <= m.start("met") < b for a, b in taken):
            continue
        if not _standard_cue().search(text, s, e):
            continue
        taken.append((m.start(), m.end()))
        yield (
            _mention(
                sections,
                m.start(),
                m.end(),
                m.group("met"),
                m.group("total"),
                m.group("unit"),
                None,
                (s, e),
                block,
                unit_at=(m.start("unit"), m.end()),
            ),
            None,
        )


_ITEM_END = re.compile(r"\s*[;,]")
_ITEM_BREAK = re.compile(r"[:;,]")
_PLACE_ITEM = re.compile(rf"\s*(?i:riêng\s+)?{PLACE_PATTERN}\s*:?\s*$")
_SPACES = re.compile(r"\s*")


def _shared_predicate(
    sections: Sections, block: Block, m: re.Match[str], s: int, unit: str
) -> bool:
    """Whether a ratio is an item of a list by places whose last item carries the standard
    for all: "huyện Tam Nông 12/12 xã; huyện Thanh Thủy 10/10 xã; thị xã Phú Thọ 5/5 xã
    đạt chuẩn nông thôn mới"."""
    text = sections.text
    if _ITEM_END.match(text, m.end()) is None:
        return False
    item = s
    for b in _ITEM_BREAK.finditer(text, s, m.start()):
        item = b.end()
    if _PLACE_ITEM.match(text, item, m.start()) is None:
        return False
    for ws, we in sections.sentences(block, semicolons=False):
        if not ws <= m.start() < we + 1:
            continue
        for later in _ratio().finditer(text, m.end(), we):
            which = next(g for g in ("", "2", "3") if later.group("met" + g))
            if not _same_unit(later.group("unit" + which), unit):
                return False
            if _ITEM_END.match(text, later.end()) is None:  # the last item
                gap = _SPACES.match(text, later.end())
                at = gap.end() if gap else later.end()
                return _WHOLE_STANDARD.match(text, at) is not None
        return False
    return False


def _close_paren_after(text: str, at: int, end: int) -> bool:
    return re.match(r"\s*\)", text[at:end]) is not None


def _same_unit(a: str, b: str) -> bool:
    # ("nhà văn hóa" and "nhà văn hoá" are one kind, the tone mark placed either way)
    def key(unit: str) -> list[str]:
        return [tone_placements(w)[0] for w in unit.lower().split()]

    return key(a) == key(b)


def _lead_predicate(text: str, block: Block, at: int) -> bool:
    """ "Một số huyện có tỷ lệ xã đạt chuẩn cao: huyện Yên Thành 27/31 xã; …": the predicate
    is in the lead before the colon the ratio's list hangs from."""
    colon = text.rfind(":", block.start, at)
    if colon < 0:
        return False
    stop = max(text.rfind(". ", block.start, colon), block.start)
    return _unit_verb_strict().search(text, stop, colon) is not None


# What may follow a list item's ratio to its end: a full stop or a semicolon.
_ITEM_CLOSE = re.compile(r"\s*[.;]?\s*$")


def _list_lead_predicate(sections: Sections, block: Block, m: re.Match[str], s: int) -> bool:
    """ "Kết quả xã đạt chuẩn NTM năm 2022:" ⏎ "- Huyện A: 20/26 xã.": a list item that is only
    a place and its ratio takes its predicate from the lead line its list hangs from, when
    that line ends with a colon and names the predicate."""
    text = sections.text
    lead = sections.lead(block)
    if lead is None or not text[lead.start : lead.end].rstrip().endswith(":"):
        return False
    if _PLACE_ITEM.match(text, max(s, block.body), m.start()) is None:
        return False
    if _ITEM_CLOSE.match(text[m.end() : block.end]) is None:
        return False
    return _unit_verb_strict().search(text, lead.start, lead.end) is not None


@cache
def _place_count_item() -> re.Pattern[str]:
    # "- Huyện Lý Nhân: 3 xã;", "+ Thị xã Duy Tiên 2 xã.": an item that is only a place and
    # a bare count of units
    return re.compile(
        rf"[\s:,]*(?P<place>{PLACE_PATTERN})\s*:?\s*"
        rf"(?P<met>{_INT})\s+(?P<unit>(?i:{_unit_kind()}))(?![^\W\d_])"
    )


def _lead_counts(
    sections: Sections, block: Block, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "Năm 2024, tỉnh phấn đấu có thêm 9 xã đạt chuẩn NTM, cụ thể:" ⏎ "- Huyện A: 3 xã;":
    a list item that is only a place and a count of units takes its predicate, its goal and
    its year from the lead line its list hangs from, when that line ends with a colon, says
    the units reach the standard and counts the same units or sets a goal (as a ratio's item
    does, :func:`_list_lead_predicate`)."""
    text = sections.text
    lead = sections.lead(block)
    if lead is None or not text[lead.start : lead.end].rstrip().endswith(":"):
        return
    parent = lead
    if _BARE_BREAKDOWN.fullmatch(text, lead.start, lead.end) and lead.index > 0:
        # "Mục tiêu năm 2025, toàn tỉnh có 80 xã đạt chuẩn." ⏎ "Trong đó:" ⏎ "- Huyện A: 20 xã;"
        parent = sections.blocks[lead.index - 1]
    m = _place_count_item().match(text, block.body, block.end)
    if m is None or _ITEM_CLOSE.match(text[m.end() : block.end]) is None:
        return
    if any(a <= m.start("met") < b for a, b in taken):
        return
    if not _reaches(text[parent.start : parent.end]):
        return
    counted = re.search(
        rf"\d\s+(?i:{re.escape(m.group('unit'))})(?![^\W\d_])", text[parent.start : parent.end]
    )
    goal = goal_near(sections, parent.start, parent.end)
    if counted is None and goal is None:
        return
    taken.append((m.start("met"), m.end()))
    mention = _place_count_mention(sections, block, (block.start, block.end), m)
    if parent is not lead and goal is not None and mention.context.goal is None:
        # the goal, and its year, of the statement the bare "Trong đó:" breaks down
        year = period_near(sections, parent.start, parent.end, parent.end)
        context = replace(mention.context, goal=goal, period=year or mention.context.period)
        mention = replace(mention, context=context)
    yield mention, None


_BARE_BREAKDOWN = re.compile(r"[\s\-–+•*]*(?:" + cues().pattern("breakdown") + r")\s*:\s*")


#: The words a breakdown of a count by places opens with: "…, trong đó huyện A 2 xã, …".
_BREAKDOWN = re.compile(cues().pattern("breakdown"))
_BREAKDOWN_WORDS = ("trong đó", "gồm", "cụ thể")  # (a cheap test first: "bao gồm" has "gồm")
#: Where a place's item of a breakdown ends: the next item, "và", the sentence's end.
_BREAKDOWN_ITEM_END = re.compile(r"\s*(?:[,;.)]|(?i:và)(?![^\W\d_])|$)")


def _breakdown_by_place(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "Năm 2024 phấn đấu có thêm 6 xã đạt chuẩn NTM, trong đó huyện A 2 xã, huyện B 4 xã":
    the places a count of units reaching the standard is broken down by, each with a bare
    count of the same units, share its predicate (and its goal and year)."""
    text = sections.text
    # "…, gồm:" ⏎ or a sentence cut at the colon: the breakdown's lead is the sentence before
    # (or behind a semicolon: "…; trong đó, huyện A 3 xã và huyện B 4 xã")
    lo = next((ws for ws, we in sections.sentences(block, semicolons=False) if ws <= s < we), s)
    if text[block.start : lo].rstrip().endswith(":"):
        lo = next((ws for ws, we in sections.sentences(block) if we <= lo and ws < lo), lo)
    for intro in _BREAKDOWN.finditer(text, lo, e):
        head = text[lo : intro.start()]
        if not _reaches(head):
            continue
        at = intro.end()
        while True:
            m = _place_count_item().match(text, at, e)
            gap = text[at : m.start("place")] if m else ""
            if m is None or gap.strip(" :,;\n") or (m.start("place") - at) > 4:
                break
            end = _BREAKDOWN_ITEM_END.match(text, m.end(), e)
            if end is None or not re.search(
                rf"\d\s+(?i:{re.escape(m.group('unit'))})(?![^\W\d_])", head
            ):
                break
            if not any(a <= m.start("met") < b for a, b in taken):
                taken.append((m.start("met"), m.end()))
                yield _place_item_mention(sections, block, (s, e), m), None
            at = end.end()


def _place_count_mention(
    sections: Sections, block: Block, sentence: Span, m: re.Match[str]
) -> CoverageMention:
    """The count of a place's item ("huyện A 2 xã", a match of `_place_count_item`) in
    ``sentence``, its words quoted from the place on."""
    return _mention(
        sections,
        m.start("met"),
        m.end(),
        m.group("met"),
        None,
        m.group("unit"),
        None,
        sentence,
        block,
        unit_at=m.span("unit"),
        quote_start=m.start("place"),
    )


def _place_item_mention(
    sections: Sections, block: Block, sentence: Span, m: re.Match[str]
) -> CoverageMention:
    """The count of one place's item of a breakdown in a sentence (see
    :func:`_place_count_mention`): its own place and words, not the item before it."""
    mention = _place_count_mention(sections, block, sentence, m)
    return replace(
        mention,
        end=m.end(),
        quote=sections.text[m.start("place") : m.end()],
        region=" ".join(m.group("place").split()),
    )


@cache
def _unit_verb_strict() -> re.Pattern[str]:
    return re.compile(r"(?i:(?<![^\W\d_])đạt(?![^\W\d_]))")


@cache
def _raised_total() -> re.Pattern[str]:
    # "…, nâng tổng số lên 120 xã", "nâng tổng số đạt chuẩn NTM lên 26 xã": the unit after
    # the number, the standard (if any) written before "lên" without a unit
    return re.compile(
        r"(?i:(?:nâng|đưa)\s+(?:tổng\s+)?số\s+"
        rf"(?:(?:{cues().pattern('reach_verb', 'finish', 'standard')})(?:\s+[^\W\d_]+){{0,4}}?\s+)?"
        r"(?:lên|là)\s+)"
        rf"(?P<met>{_INT})(?:\s*/\s*(?P<total>{_WHOLE}))?\s+(?P<unit>(?i:{_unit_kind()}))"
        r"(?![^\W\d_])"
    )


def _labels(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "Số xã hoàn thành 19 tiêu chí xây dựng NTM là 86 xã, chiếm 57,33%", "nâng tổng số xã
    đạt chuẩn toàn tỉnh lên 38 xã": a label of units reaching the standard and its number."""
    text = sections.text
    for m in _inline_label().finditer(text, s, e):
        if any(a <= m.start("met") < b for a, b in taken):
            continue
        if not _label_is_standard(m.group("label")):
            continue
        if m.group("line") is not None and m.group("colon") is None:
            continue  # a line opening with its units reads as a label only before a colon
        if _TOTAL_LABEL.search(text, s, m.start()) and not _reaches(m.group("label")):
            continue
        taken.append((m.start(), m.end()))
        total = (
            m.group("total")
            or m.group("total_after")
            or _total_before(text, s, m.start(), m.group("unit"))
        )
        percent = _percent_after(text, m.end(), e)
        mention = _own_scheme(
            sections,
            _mention(
                sections,
                m.start("met"),
                m.end(),
                m.group("met"),
                total,
                m.group("unit"),
                percent,
                (s, e),
                block,
                unit_at=(m.start("unit"), m.start("met")),
                quote_start=m.start(),
            ),
            m.start(),
            m.start("met"),
        )
        yield mention, _claim(percent)
        yield from _more_raised(sections, block, (s, e), m, mention, taken)
    if not _standard_cue().search(text, s, e):
        return
    for m in _raised_total().finditer(text, s, e):
        if any(a <= m.start("met") < b for a, b in taken):
            continue
        taken.append((m.start(), m.end()))
        percent = _percent_after(text, m.end(), e)
        yield (
            _mention(
                sections,
                m.start("met"),
                m.end(),
                m.group("met"),
                m.group("total"),
                m.group("unit"),
                percent,
                (s, e),
                block,
                unit_at=m.span("unit"),
                quote_start=m.start(),
            ),
            _claim(percent),
        )


@cache
def _registration_label() -> re.Pattern[str]:
    # "Đăng ký đạt chuẩn NTM năm 2024 có 12 xã", "Năm 2025, đăng ký xã NTM nâng cao gồm 4
    # xã": a registration opening its sentence (perhaps after its year), its units after it
    return re.compile(
        r"(?P<lead>[\s*\-–+•]*(?:(?i:năm)\s+(?:19|20)\d{2}\s*,\s*)?)"
        r"(?P<label>(?i:đăng\s+ký)\s[^.;:!?\n\d]{0,80}?(?:(?i:năm)\s+(?:19|20)\d{2})?)"
        r"(?:\s+(?i:có|là|gồm)\s+|\s*:\s*)"
        rf"(?P<met>{_INT})\s+(?P<unit>(?i:{_unit_kind()}))(?![^\W\d_])"
    )


def _registrations(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """A registration stated with its units after it ("Đăng ký đạt chuẩn nông thôn mới năm
    2024 có 12 xã"): FACTS.md, a registration stated on its own is coverage with ``target``
    (the goal cue "đăng ký" marks it, its year is the goal's)."""
    text = sections.text
    m = _registration_label().match(text, s, e)
    if m is None or any(a <= m.start("met") < b for a, b in taken):
        return
    if not _standard_cue().search(m.group("label")):
        return
    taken.append((m.start("label"), m.end()))
    percent = _percent_after(text, m.end(), e)
    mention = _mention(
        sections,
        m.start("met"),
        m.end(),
        m.group("met"),
        None,
        m.group("unit"),
        percent,
        (s, e),
        block,
        unit_at=m.span("unit"),
        quote_start=m.start("label"),
    )
    yield _own_scheme(sections, mention, m.start("label"), m.start("met")), _claim(percent)


def _own_scheme(
    sections: Sections, mention: CoverageMention, start: int, end: int
) -> CoverageMention:
    """``mention`` with the scheme its own label names ("nâng tổng số xã đạt chuẩn NTM nâng
    cao lên 25 xã, …"), when it names one, over the scheme the sentence goes on to."""
    own = sections.found("scheme", start, end)
    if not own:
        return mention
    return replace(mention, context=replace(mention.context, scheme=own[-1][2]))


@cache
def _more_raised_pattern() -> re.Pattern[str]:
    # "…lên 25 xã, xã NTM kiểu mẫu lên 6 xã", "…, số xã NTM kiểu mẫu lên 6 xã": the next total
    # the same verb raises
    unit = _unit_kind()
    return re.compile(
        rf"\s*(?:,|;|\s(?i:và))\s*(?:(?i:số)\s+)?(?P<unit>(?i:{unit}))(?![^\W\d_])"
        r"(?P<label>[^.;:!?,\d\n]{0,60}?)\s+(?i:lên|là)\s+"
        rf"(?P<met>{_INT})(?:\s*/\s*(?P<total>{_WHOLE}))?(?:\s+(?i:{unit}))?(?![^\W\d_])"
    )


def _more_raised(
    sections: Sections,
    block: Block,
    sentence: Span,
    first: re.Match[str],
    stated: CoverageMention,
    taken: list[Span],
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "nâng tổng số xã đạt chuẩn NTM nâng cao lên 25 xã, xã NTM kiểu mẫu lên 6 xã": each
    further total the label's verb raises, with its own scheme (or the first one's)."""
    if not re.match(r"(?i:nâng|đưa)", first.group()):
        return
    text = sections.text
    at = first.end()
    while (m := _more_raised_pattern().match(text, at, sentence[1])) is not None:
        if any(a <= m.start("met") < b for a, b in taken):
            return
        taken.append((m.start("unit"), m.end()))
        percent = _percent_after(text, m.end(), sentence[1])
        mention = _mention(
            sections,
            m.start("met"),
            m.end(),
            m.group("met"),
            m.group("total"),
            m.group("unit"),
            percent,
            sentence,
            block,
            unit_at=(m.start("unit"), m.start("met")),
            quote_start=m.start("unit"),
        )
        own = sections.found("scheme", m.start("unit"), m.start("met"))
        scheme = own[-1][2] if own else stated.context.scheme
        yield replace(mention, context=replace(mention.context, scheme=scheme)), _claim(percent)
        at = m.end()


def _bares(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    text = sections.text
    previous: CoverageMention | None = None
    for m in _bare().finditer(text, s, e):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if m.group("none"):
            if _NONE_BEFORE.search(text, s, m.start()):
                continue  # "5 tiêu chí chưa có xã nào đạt": read by _criteria_none_meet
            total = _none_of_total(text, s, m.start(), m.group("none"))
            yield (
                _mention(
                    sections, m.start(), m.end(), "0", total, m.group("none"), None, (s, e), block
                ),
                None,
            )
            continue
        met, total = _units_met(text, s, m), None
        if met is None:
            continue
        before = text[s : m.start()]
        unit_end = m.end("unit")
        if _blocked(text, before, unit_end, m.group("unit")) or _REMAINING.search(
            m.group("mods") or ""
        ):
            continue
        if _DATE_BEFORE.search(before) or _cue_before("unit_increment").search(before):
            continue  # "Năm 2020 xã đạt chuẩn …": a year, not a number of communes
        if _ONE_OF_BEFORE.search(before):
            continue  # "là 1 trong 4 xã đầu tiên đạt chuẩn": the set, not K units (_ratios)
        cm, co = m.group("cm") or m.group("cm2"), m.group("co") or m.group("co2")
        if not _whole_set(cm, co):
            continue  # a band: "2 xã đạt 15-18 tiêu chí", "1 xã đạt 4 tiêu chí"
        after_unit = text[unit_end : m.end()]
        restated = _restated_before().search(before) if m.group("restated") else None
        if m.group("restated") and (
            restated is None or not _same_unit(restated.group("unit"), m.group("unit"))
        ):
            continue  # "(trong đó 3 xã) đạt …": a bracket this count does not restate
        every = restated is not None and (restated.group("all") or _EACH_OF_THEM.search(after_unit))
        if restated is not None and _NEGATED.search(m.group("mods") or ""):
            if not every:
                continue
            met, total = "0", met  # "các xã (3 xã) đều chưa đạt": none of the 3
        elif restated is not None:  # "tất cả các xã (7 xã) đều đạt": all 7; without "đều", 7
            total = met if every else None
        elif _NEGATED.search(m.group("mods") or ""):
            if not _cue_before("unit_all").search(before) or _in_all(before, after_unit):
                continue  # "có tất cả 5 xã chưa đạt": 5 in all that have not, no fact
            met, total = "0", m.group("met")  # "cả 05 xã đều chưa đạt": none of the 5
        elif _cue_before("unit_all").search(before) and not _in_all(before, after_unit):
            total = met  # "cả 11 xã đã đạt chuẩn": all of them
        elif _cue_before("unit_left").search(before) and previous is not None:
            if _same_unit(previous.unit_kind, m.group("unit")):
                total = previous.units_met  # "57 xã …, nay chỉ còn 2 xã đạt": 2 of the 57
        if total is None and m.group("ptotal") and _same_unit(m.group("punit"), m.group("unit")):
            total = m.group("ptotal")  # "30 xã (trong tổng số 90 xã) đạt …"
        if total is None:
            total = _total_before(text, s, m.start(), m.group("unit"))
        if total is None:
            total = _total_after(text, m.end(), e, m.group("unit"))
        percent = _percent_after(text, m.end(), e)
        if m.group("pshare") is not None:
            percent = _SHARE.match(text, m.start("pshare"))
        if (
            (_NAMED_UNITS_AFTER.match(text, m.end(), e) or m.group("names"))
            and _figure(met) == 1
            and percent is None
            and total is None
            and not _district_level(text, m.group("unit"), unit_end)
            and not _next_count_of_units(text, m.end(), e, m.group("unit"))
        ):
            continue  # "01 xã đạt chuẩn … (xã Quang Phú)": the recognition of one, no count
        taken.append((m.start(), m.end()))
        mention = _mention(
            sections,
            m.start(),
            m.end(),
            met,
            total,
            m.group("unit"),
            percent,
            (s, e),
            block,
            unit_at=m.span("unit"),
        )
        items = []
        if total is None and not m.group("names"):
            items = list(
                _list_items(sections, block, (s, e), m.start(), m.group("unit"), mention, taken)
            )
        yield from items
        previous = mention
        yield mention, _claim(percent)


@cache
def _district_kind() -> re.Pattern[str]:
    return re.compile(rf"(?:{cues().pattern('district_kind')})(?:\s+(?i:cấp\s+huyện))?")


def _district_level(text: str, unit: str, unit_end: int) -> bool:
    """Whether a count's units are district-level ("huyện", "thị xã", "đơn vị cấp huyện"):
    one of them named ("Có 1 huyện (huyện A) được công nhận đạt chuẩn") is still the count
    of the province's units that reached the standard, where one commune named is the
    recognition of that commune."""
    if _district_kind().fullmatch(" ".join(unit.split())):
        return True
    return _same_unit(unit, "đơn vị") and _DISTRICT_LEVEL_AFTER.match(text, unit_end) is not None


_DISTRICT_LEVEL_AFTER = re.compile(r"\s+(?i:cấp\s+huyện)(?![^\W\d_])")


@cache
def _list_item_before() -> re.Pattern[str]:
    # "6 đơn vị cấp huyện, " "215 xã và " before "702 thôn đạt chuẩn NTM": an item of a list
    # of counts of other units, ending right where the next item starts
    return re.compile(
        rf"(?P<met>{_INT})\s+(?P<unit>(?i:{_unit_kind()}))(?![^\W\d_])"
        r"(?:\s+(?i:cấp\s+(?:huyện|xã|tỉnh)))?(?:\s*/\s*[^\W\d_]+)?"
        r"\s*(?:,\s*(?:(?i:và)\s+)?|\s(?i:và)\s+)$"
    )


#: How many items before the last a list of counts of units may hold.
MAX_LIST_ITEMS = 6


def _list_items(
    sections: Sections,
    block: Block,
    sentence: Span,
    at: int,
    last_unit: str,
    stated: CoverageMention,
    taken: list[Span],
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "toàn tỉnh có 6 đơn vị cấp huyện, 215 xã, 702 thôn đạt chuẩn NTM", "4 xã, 51 thôn/bản
    đạt chuẩn NTM kiểu mẫu", "có 3 huyện, 60/90 xã đạt chuẩn": the counts of other units
    listed before the one (a count or a ratio, starting at ``at``) whose predicate is written
    share it, with its standard (each is coverage of its own unit). A count of the same unit
    ("có 20 xã, 12 xã đạt chuẩn", "có 20 xã, 12/20 xã đạt chuẩn") is the whole, not an item."""
    text = sections.text
    s = sentence[0]
    units = {" ".join(last_unit.lower().split())}
    items: list[re.Match[str]] = []
    while len(items) < MAX_LIST_ITEMS:
        item = _list_item_before().search(text, max(s, at - 60), at)
        if item is None or any(a <= item.start() < b for a, b in taken):
            break
        unit = " ".join(item.group("unit").lower().split())
        if unit in units:
            return  # "20 xã, 12 xã đạt chuẩn": a whole and its part, no list
        units.add(unit)
        items.append(item)
        at = item.start()
    if not items:
        return
    before = text[s:at]
    if (
        _blocked(text, before, items[-1].end("unit"), items[-1].group("unit"))
        or _DATE_BEFORE.search(before)
        or _cue_before("unit_increment").search(before)
        or _IN_WHICH_BEFORE.search(before)
    ):
        return
    for item in reversed(items):
        taken.append((item.start(), item.end("unit")))
        mention = _mention(
            sections,
            item.start(),
            item.end("unit"),
            item.group("met"),
            None,
            item.group("unit"),
            None,
            sentence,
            block,
            unit_at=item.span("unit"),
        )
        ctx = replace(
            mention.context,
            criterion=stated.context.criterion,
            scheme=stated.context.scheme,
            goal=stated.context.goal,
        )
        end = stated.end
        yield (
            replace(
                mention,
                end=end,
                quote=text[item.start() : end],
                context=ctx,
                region=stated.region or mention.region,
                topic=stated.topic,
            ),
            None,
        )


@cache
def _all_below() -> re.Pattern[str]:
    # "12 tỉnh có 100% số xã đạt chuẩn nông thôn mới", "5 huyện có 100% xã đạt chuẩn", "16 tỉnh
    # với 100% số xã đạt chuẩn", "2 đơn vị đạt 100% xã NTM" (the communes
    # named by their standard): units all of whose communes reach the standard (the share
    # says what the units are, no percentage of its own: it is claimed)
    unit = _unit_kind()
    return re.compile(
        rf"(?P<met>{_INT})\s+(?P<unit>(?i:{unit}))(?![^\W\d_])"
        r"(?:\s+(?i:cấp\s+(?:huyện|xã|tỉnh)))?(?:\s*,\s*(?i:thành\s+phố))?\s+(?:(?i:đã)\s+)?"
        r"(?i:có|với|đạt)\s+(?P<all>100\s*%)\s+(?:(?i:số)\s+)?"
        rf"(?P<below>(?i:{unit}))(?![^\W\d_])(?:[^\d.;:()]{{0,30}}?\s+{_PREDICATE}"
        r"|\s+(?i:nông\s+thôn\s+mới|NTM)(?![^\W\d_]))"
    )


#: The places an all-communes count stands for, named just before it: "huyện A và B là 2
#: địa phương …", "A, B là hai huyện …" (the 100% is each named place's share, no coverage).
_NAMED_BEFORE_IS = re.compile(r"[^\W\d_]\s+(?i:là|đều\s+là)\s*$")


def _all_belows(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "Cả nước có 12 tỉnh có 100% số xã đạt chuẩn nông thôn mới": coverage of the 12
    provinces (the standard of all their communes; no whole written)."""
    text = sections.text
    for m in _all_below().finditer(text, s, e):
        if any(a <= m.start() < b for a, b in taken) or not _same_unit(m.group("below"), "xã"):
            continue  # "20 xã có 100% thôn đạt chuẩn": not the communes' own standard
        if _same_unit(m.group("unit"), "xã"):
            continue
        before = text[s : m.start()]
        if _blocked(text, before, m.end("unit"), m.group("unit")) or _DATE_BEFORE.search(before):
            continue
        if _cue_before("unit_increment").search(before):
            continue
        if _NAMED_BEFORE_IS.search(before):
            taken.append((m.start(), m.end("unit")))
            continue  # "huyện A và B là 2 địa phương có 100% số xã …": each named place's share
        taken.append((m.start(), m.end("unit")))
        mention = _mention(
            sections,
            m.start(),
            m.end(),
            m.group("met"),
            _total_before(text, s, m.start(), m.group("unit")),
            m.group("unit"),
            None,
            (s, e),
            block,
            unit_at=m.span("unit"),
        )
        # "12 tỉnh có 100% số xã đạt chuẩn": the 100% is what makes the 12 counted
        claimed = (m.start("all"), m.end("all"))
        yield replace(mention, context=replace(mention.context, criterion=None)), claimed


#: "toàn tỉnh có 246 được công nhận đạt chuẩn nông thôn mới", "có 12/15 đạt chuẩn NTM": the
#: noun (khu dân cư, thôn, xã) left out between "có" and the verb; a year ("có 2019 được …")
#: is no count.
_NOUNLESS = re.compile(
    rf"(?i:(?<![^\W\d_])có)\s+(?P<met>(?!(?:19|20)\d\d(?!\d)){_INT})"
    rf"(?:\s*/\s*(?P<total>{_WHOLE}))?\s+"
    rf"(?=(?:{_RECOGNISED}(?:là\s+)?|(?i:đạt\s+chuẩn\s+))(?:[^\W\d_]+\s+){{0,4}}?"
    r"(?i:nông\s+thôn\s+mới|NTM))"
)


def _nounless(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    text = sections.text
    for m in _NOUNLESS.finditer(text, s, e):
        if any(a <= m.start("met") < b for a, b in taken):
            continue
        taken.append(m.span("met"))
        percent = _percent_after(text, m.end(), e)
        mention = _mention(
            sections,
            m.start("met"),
            m.end("met"),
            m.group("met"),
            m.group("total"),
            "",
            percent,
            (s, e),
            block,
        )
        yield mention, _claim(percent)


@cache
def _forecast() -> re.Pattern[str]:
    # "Dự kiến đến hết năm 2019, sẽ có thêm 3 xã.": units to reach what the text is about,
    # the predicate left out
    return re.compile(
        rf"(?:{cues().pattern('forecast')})\s+"
        rf"(?P<met>{_INT})\s+(?P<unit>(?i:{_unit_kind()}))(?![^\W\d_])(?=\s*(?:[.;,]|$))"
    )


@cache
def _standard_for() -> re.Pattern[str]:
    # "phấn đấu hoàn thành 19 tiêu chí xây dựng NTM đối với 5 xã": the standard first, the
    # units it is reached for after it
    return re.compile(
        r"(?i:hoàn\s+thành|đạt)\s+(?:(?i:đủ|các)\s+)?(?P<cm>\d{1,2})(?:\s*/\s*(?P<co>\d{1,2}))?"
        r"\s+(?i:tiêu\s+chí)[^.;:\d]{0,60}?\s(?i:đối\s+với|cho)\s+"
        rf"(?P<met>{_INT})\s+(?P<unit>(?i:{_unit_kind()}))(?![^\W\d_])"
    )


def _standards_for(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "ngoài xã A, phấn đấu hoàn thành 19 tiêu chí đối với 5 xã": the whole set reached by
    5 units (a goal where the sentence sets one), not a count of the place named before."""
    text = sections.text
    for m in _standard_for().finditer(text, s, e):
        if any(a <= m.start("met") < b for a, b in taken) or not _whole_set(
            m.group("cm"), m.group("co")
        ):
            continue
        taken.append(m.span("met"))
        yield (
            _mention(
                sections,
                m.start(),
                m.end(),
                m.group("met"),
                None,
                m.group("unit"),
                None,
                (s, e),
                block,
                unit_at=m.span("unit"),
            ),
            None,
        )


def _forecasts(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "Dự kiến đến hết năm 2019, sẽ có thêm 3 xã.": a forecast of units reaching the
    standard its paragraph (or the one before) speaks of, with no predicate of its own."""
    text = sections.text
    for m in _forecast().finditer(text, s, e):
        if any(a <= m.start("met") < b for a, b in taken):
            continue
        lo = block.start
        if not text[block.body : s].strip() and block.index > 0:
            lo = sections.blocks[block.index - 1].start  # it opens its paragraph
        spoken = text[lo : m.start()]
        if not (_WHOLE_STANDARD.search(spoken) or _reaches(spoken)):
            continue
        taken.append(m.span("met"))
        yield (
            _mention(
                sections,
                m.start("met"),
                m.end(),
                m.group("met"),
                None,
                m.group("unit"),
                None,
                (s, e),
                block,
                unit_at=m.span("unit"),
            ),
            None,
        )


#: The item before a unit named by its standard, in a list, itself a standard: "xây dựng xã A
#: thành xã NTM nâng cao, 1 khu dân cư NTM kiểu mẫu", "xã B đạt chuẩn NTM và 2 thôn NTM
#: kiểu mẫu" (the units are the list's next item, even when the first names a place).
_STANDARD_ITEM_BEFORE = re.compile(
    r"(?i:nông\s+thôn\s+mới|NTM)(?:\s+(?i:nâng\s+cao|kiểu\s+mẫu))?\s*(?:,|(?i:và))\s*$"
)


@cache
def _left_aiming_pattern() -> re.Pattern[str]:
    # "Còn lại 4 xã là A, B (huyện X); C, D (huyện Y) đang hoàn thiện các tiêu chí chưa đạt,
    # phấn đấu trong năm nay sẽ hoàn thành 19 tiêu chí": the units left, aiming at the whole
    # set or the standard (whatever they are busy with between)
    return re.compile(
        rf"(?:{cues().pattern('unit_left')})(?:\s+(?i:lại))?\s+(?P<met>{_INT})\s+(?P<unit>(?i:{_unit_kind()}))"
        # (no other figure between: "còn 3 xã đạt dưới 15 tiêu chí; phấn đấu có thêm 5 xã …"
        # is two statements)
        r"(?![^\W\d_])[^\d.!?\n]{0,250}?"
        rf"(?<![^\W\d_])(?P<goal>{cues().pattern('goal')})(?![^\W\d_])[^\d.;!?\n]{{0,40}}?\s"
        r"(?i:(?:sẽ\s+)?(?:hoàn\s+thành\s+(?:(?:các|đủ)\s+)?(?:\d{1,2}\s+)?tiêu\s+chí"
        r"|đạt\s+chuẩn|về\s+đích))(?![^\W\d_])"
    )


def _left_aiming(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "Còn lại 4 xã … đang hoàn thiện các tiêu chí chưa đạt, phấn đấu trong năm nay sẽ hoàn
    thành 19 tiêu chí": a goal of the units left, however long the names and the work
    between them and their goal."""
    text = sections.text
    # the names of the units left may be grouped by semicolons: the whole sentence
    whole = next((b for a, b in sections.sentences(block, semicolons=False) if a <= s < b), e)
    for m in _left_aiming_pattern().finditer(text, s, max(e, whole)):
        if m.start("met") >= e or any(a <= m.start("met") < b for a, b in taken):
            continue
        taken.append((m.start("met"), m.end()))
        mention = _mention(
            sections, m.start("met"), m.end(), m.group("met"), None, m.group("unit"), None,
            (s, max(e, m.end())), block, unit_at=m.span("unit"),
        )  # fmt: skip
        goal = mention.context.goal or m.group("goal")  # the goal may lie past a semicolon
        yield replace(mention, context=replace(mention.context, criterion=None, goal=goal)), None


def _nouns(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span], found: bool
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "12 xã đạt chuẩn NTM và 6 xã NTM nâng cao", "1 xã nông thôn mới kiểu mẫu (Định
    Thủy), tỷ lệ 6,7%": units named by the standard they hold, in a list of statements or
    with their share."""
    text = sections.text
    for m in _noun().finditer(text, s, e):
        if any(a <= m.start() < b for a, b in taken):
            continue
        met = _units_met(text, s, m)
        if met is None:
            continue
        before = text[s : m.start()]
        lead = _NOUN_LEAD.search(before)
        percent = _percent_after(text, m.end(), e)
        alone = _CLAUSE_OPENING.search(before) and _CLAUSE_CLOSING.match(text, m.end(), e)
        listed = found or _STANDARD_ITEM_BEFORE.search(before) is not None
        if not (
            (lead is not None and (listed or not (lead.group("item") or lead.group("comma"))))
            or (not before.strip(" -+*•") and percent is not None)
            or alone
        ):
            continue
        if (
            _NAMED_UNITS_AFTER.match(text, m.end(), e)
            and percent is None
            and _figure(met) == 1
            and not _district_level(text, m.group("unit"), m.end("unit"))
        ):
            continue  # "1 xã nông thôn mới (xã Tân An)": the recognition of one, no count
        found_before = found
        found = True  # "3 xã NTM và 2 xã NTM nâng cao": the next item of the list
        taken.append((m.start(), m.end()))
        # "Huyện có 12 xã, trong đó có 4 xã nông thôn mới (A, B, C, D)": 4 of the 12
        unit = m.group("unit")
        total = _total_before(text, s, m.start(), unit) or _total_after(text, m.end(), e, unit)
        mention = _mention(
            sections,
            m.start(),
            m.end("unit"),  # "3 xã NTM kiểu mẫu": the scheme right after the unit is its own
            met,
            total,
            unit,
            percent,
            (s, e),
            block,
            unit_at=m.span("unit"),
        )
        if not found_before and listed:
            # "xây dựng xã A thành xã NTM nâng cao, 1 khu dân cư …": the place the first item
            # names is its object; the units are the sentence's subject's
            opening = context_at(sections, s, s).subject
            mention = replace(mention, context=replace(mention.context, subject=opening))
        yield mention, _claim(percent)


@cache
def _zone() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:[^\W\d_]+\s+){{0,2}}?(?:{cues().pattern('unit_zone')})")


def _zone_partition(text: str, unit_end: int, end: int, unit: str) -> bool:
    """Whether the units ending at ``unit_end`` are the first of a partition by zone or class
    ("32 xã thuộc khu vực 1, 27 xã thuộc khu vực 2 và 13 xã …"): where the units lie, no part
    reaching anything. A single part so named ("có 2 xã đặc biệt khó khăn là A và B") stays."""
    if not _zone().match(text, unit_end):
        return False
    later = re.compile(
        rf"(?:,|;|\s(?i:và))\s*(?:{_INT}|(?i:{NUMBER_WORDS}))\s+(?i:{re.escape(unit)})"
        r"(?![^\W\d_])"
    )
    nxt = later.search(text, unit_end, min(end, unit_end + 120))
    return nxt is not None and _zone().match(text, nxt.end()) is not None


def _subsets(
    sections: Sections,
    block: Block,
    s: int,
    e: int,
    taken: list[Span],
    earlier: list[CoverageMention],
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "73/129 xã …, trong đó có 4 xã đặc biệt khó khăn": part of the units just counted
    (in the same sentence, or the one before when "Trong đó" opens the sentence), which reach
    what they reach; its total is not written."""
    text = sections.text
    for m in _subset().finditer(text, s, e):
        group = "met" if m.group("met") else "word"
        if any(a <= m.start(group) < b for a, b in taken):
            continue
        value = words_value(m.group("word")) if m.group("word") else None
        met = m.group("met") or (str(value) if value else None)
        if met is None:
            continue
        rest = text[m.end() : _clause_end(text, m.end(), e)]
        if _NEGATED.search(rest) or _REMAINING.search(rest):
            continue  # "trong đó có 3 xã chưa đạt": not the units that reach it
        if _district_status().match(text, m.end()):
            continue  # "trong đó có 1 xã thuộc huyện 30a": the status of their district
        if _zone_partition(text, m.end(), e, m.group("unit")):
            continue  # "Trong đó, 32 xã thuộc khu vực 1, 27 xã thuộc khu vực 2": where they lie
        if _names_a_band(text[m.end() : _statement_end(text, m.end(), e)]):
            # "… 11 xã đạt chuẩn. Trong đó, 5 xã đạt từ 15-18 tiêu chí": a band, as in the
            # sentence before (FACTS.md), not a part of the units that reached it
            continue
        opens = not text[s : m.start()].strip(" -+*•")
        lo = m.start() - SUBSET_REACH if opens else s
        parents = [
            c
            for c in earlier
            if lo <= c.start < m.start() and _same_unit(c.unit_kind, m.group("unit"))
        ]
        if not parents:
            continue
        taken.append((m.start(group), m.end()))
        # "12 tỉnh có 100% số xã đạt chuẩn, trong đó có 4 tỉnh … hoàn thành nhiệm vụ": the
        # part of units counted for something else is of them (4 of 12)
        whole = parents[-1].units_met if _all_below().match(parents[-1].quote) else None
        yield (
            _mention(
                sections,
                m.start(group),
                m.end(),
                met,
                whole,
                m.group("unit"),
                None,
                (s, e),
                block,
                unit_at=m.span("unit"),
            ),
            None,
        )


@cache
def _counted_then_part() -> re.Pattern[str]:
    # "13 xã đạt 19/19 tiêu chí; trong đó có 9 xã …": the units of a count of criteria just
    # before, the whole of the part "trong đó" opens
    unit = _unit_kind()
    return re.compile(
        rf"(?<![\w.,/])(?P<total>{_INT})\s+(?P<unit>(?i:{unit}))\s+(?:(?i:đã|đều)\s+)*"
        r"(?i:đạt|hoàn\s+thành)(?:\s+(?i:đủ|được))?\s+\d{1,2}\s*/\s*\d{1,2}\s+(?i:tiêu\s+chí)"
        r"\s*[,;]\s*(?i:trong\s+đó)\s*[,:]?\s*(?:(?i:có)\s+)?$"
    )


def _part_of_counted(text: str, lo: int, mention: CoverageMention) -> CoverageMention:
    """A part "trong đó" opens after a count of units reaching some criteria is of those
    units ("8 xã đạt 19/19 tiêu chí, trong đó 5 xã đã được công nhận": 5 of 8)."""
    if mention.units_total is not None:
        return mention
    # (the block's text: the sentence may be split at the ";")
    whole = _counted_then_part().search(text, max(lo, mention.start - 200), mention.start)
    if whole is None or not _same_unit(whole.group("unit"), mention.unit_kind):
        return mention
    return replace(mention, units_total=whole.group("total"))


_IN_TOTAL_OF = re.compile(r"(?i:trong\s+(?:tổng\s+)?số)\s+(?P<total>\d{1,3}(?:\.\d{3})*)\s+")
_HAS_BEFORE = re.compile(r"(?i:(?<![^\W\d_])có)\s+$")
#: A count that is a change, not a whole: "tăng 160 xã", "giảm 3 xã", "thêm 8 xã".
_INCREMENT_BEFORE = re.compile(r"(?i:(?<![^\W\d_])(?:tăng|giảm|thêm)(?:\s+thêm)?)\s+$")


#: What a count of units reaches: such a count before "chưa có xã nào đạt" is no whole.
_REACHED = re.compile(r"(?i:(?<![^\W\d_])(?:đạt|công\s+nhận|hoàn\s+thành|về\s+đích))")
_YEAR_ONLY = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _none_of_total(text: str, s: int, at: int, unit: str) -> str | None:
    """The whole "chưa có xã nào đạt" is none of, written before it in its sentence as the
    units there are ("Toàn huyện có 12 xã, đến nay chưa có xã nào đạt chuẩn", "Trong 14 xã
    của huyện, không có xã nào đạt tiêu chí 13"); else what :func:`_total_before` reads.
    A count that reaches something ("có 9 xã đạt chuẩn nhưng chưa có xã …") is no whole."""
    unit_re = r"\s+".join(re.escape(w) for w in unit.split())
    before = text[s:at]
    whole = None
    for m in re.finditer(
        rf"(?i:(?<![^\W\d_])(?:có|trong(?:\s+(?:tổng\s+)?số)?|gồm))\s+(?P<total>{_INT})\s+"
        rf"(?i:{unit_re})(?![^\W\d_])",
        before,
    ):
        whole = m
    if whole is not None:
        gap = before[whole.end() :]
        if not _REACHED.search(gap) and not re.search(r"\d", _YEAR_ONLY.sub("", gap)):
            return whole.group("total")
    return _total_before(text, s, at, unit)


#: How far back a sentence opening with "trong đó" looks for its whole.
PRIOR_REACH = 160


def _reaches_itself(gap: str) -> bool:
    """Whether the words after a count say the counted units reach something themselves
    ("50 xã đạt chuẩn, trong đó": a count of units reaching, no whole of a part), not units
    of theirs ("18 tỉnh có 100% số xã đạt chuẩn, trong đó": the provinces are the whole)."""
    reach = _REACHED.search(gap)
    return reach is not None and not re.search(r"\d", gap[: reach.start()])


#: A part's own step beyond its whole's: reaching, recognition, a higher standard.
_FURTHER_STEP = re.compile(
    r"(?i:(?<![^\W\d_])(?:đạt|công\s+nhận|hoàn\s+thành|về\s+đích|nâng\s+cao|kiểu\s+mẫu))"
)


def _part_reaches_further(text: str, at: int) -> bool:
    """Whether the part counted at ``at`` says, in its own clause, that it reaches a step of
    its own ("trong đó 12 xã đạt chuẩn nâng cao", "trong đó 30 xã đã được công nhận"), not
    only what kind of units it is ("trong đó có 4 xã ở vùng biên giới")."""
    end = len(text)
    for stop in (".", ";", "\n"):
        found = text.find(stop, at)
        if found != -1:
            end = min(end, found)
    return _FURTHER_STEP.search(text, at, min(end, at + 120)) is not None


def _total_before(text: str, s: int, at: int, unit: str) -> str | None:
    """The whole a count of units is part of, written before it in its sentence: "491
    trường …, trong đó có 257 trường", "Tổng số đơn vị cấp huyện … là 10/10, trong đó có
    03 đơn vị", "trong tổng số 14 xã đăng ký … có 05 xã", "toàn tỉnh (204 xã) … 85 xã"."""
    before = text[s:at]
    unit_re = r"\s+".join(re.escape(w) for w in unit.split())
    if _IN_WHICH_BEFORE.search(before) and not re.search(r"\d", before):
        # "Huyện có 21 xã; trong đó: 11 xã …", "Xã có 9 thôn. Trong đó 4 thôn …": the whole
        # ends the sentence before, in the same paragraph
        prior = text[max(0, s - PRIOR_REACH) : s]
        prior = prior[prior.rfind("\n") + 1 :]
        whole = re.search(
            rf"(?i:(?<![^\W\d_])(?:có|gồm))\s+(?P<total>{_INT})\s+(?i:{unit_re})(?![^\W\d_])"
            rf"(?:\s*,\s*(?i:{_unit_kind()})(?![^\W\d_]))*\s*[.;:]?\s*$",
            prior,
        )
        if whole is not None:
            return whole.group("total")
    if _IN_WHICH_BEFORE.search(before):
        found = None
        for m in re.finditer(rf"(?P<total>{_INT})\s+(?i:{unit_re})(?![^\W\d_])", before):
            found = m.group("total")
            if _INCREMENT_BEFORE.search(before, max(0, m.start() - 12), m.start()):
                found = ""  # "(tăng 160 xã so với …), trong đó có 764 xã": a change, no whole
            elif _reaches_itself(before[m.end() :]) and not _part_reaches_further(text, at):
                # "… sẽ có 50 xã đạt chuẩn, trong đó có 3 xã nông thôn mới ở vùng cao": a
                # part of the units that reached it, its whole (all the units) not written;
                # a part reaching a further step is of them ("…, trong đó 12 xã đạt chuẩn
                # nâng cao": 12 of the 50, as the shared gold reads "Trong đó, 5 xã … công
                # nhận" of the 7 that met the criteria)
                found = ""
        if found == "":
            return None
        if found is not None:
            return found
        label = re.search(
            rf"(?i:tổng\s+số)\s+(?i:{unit_re})(?![^\W\d_])[^.;:\d]{{0,80}}?(?:(?i:là)|:)\s*"
            rf"(?P<total>{_INT})(?:\s*/\s*{_WHOLE})?",
            before,
        )
        if label is not None:
            return label.group("total")
    if _HAS_BEFORE.search(before):
        found = None
        for m in _IN_TOTAL_OF.finditer(before):
            if re.match(rf"(?i:{unit_re})(?![^\W\d_])", before[m.end() :]):
                found = m.group("total")
        if found is not None:
            return found
    paren = re.search(rf"\(\s*(?P<total>{_INT})\s+(?i:{unit_re})\s*\)", before)
    return paren.group("total") if paren else _district_whole_before(before, unit)


#: Units a count may call the district-level units a whole lists by kind ("Trong số 7 huyện,
#: thị xã có 2 địa phương …").
GENERIC_UNITS = ("địa phương", "đơn vị")


@cache
def _district_whole() -> re.Pattern[str]:
    # "trong số 7 huyện, thị xã", "Tỉnh có 11 huyện, thành phố": the whole as the
    # district-level units listed by kind
    kind = cues().pattern("district_kind")
    return re.compile(
        r"(?i:(?<![^\W\d_])(?:trong\s+(?:tổng\s+)?số|có))\s+"
        rf"(?P<total>{_INT})\s+(?P<kinds>{kind}(?:\s*(?:,|\s(?i:và))\s*{kind})*)"
        r"(?P<gap>[^\d.;:!?]{0,60})$"
    )


def _district_whole_before(before: str, unit: str) -> str | None:
    """The whole of a generic count ("2 địa phương", "4 đơn vị") written before it as the
    district-level units by kind: "Trong tổng số 7 huyện, thị xã có 2 địa phương với …" (2
    of 7), "Tỉnh có 11 huyện, thành phố, trong đó 4 đơn vị …" (4 of 11); the
    count right after "có" or "trong đó", no other number between."""
    if not any(_same_unit(unit, g) for g in GENERIC_UNITS):
        return None
    if not (_HAS_BEFORE.search(before) or _IN_WHICH_BEFORE.search(before)):
        return None
    m = _district_whole().search(before)
    return m.group("total") if m else None


def _total_after(text: str, at: int, end: int, unit: str) -> str | None:
    """ "56 xã đạt chuẩn nông thôn mới trên tổng số 98 xã": the whole written after."""
    unit_re = r"\s+".join(re.escape(w) for w in unit.split())
    m = re.match(
        rf"[^.;:\d]{{0,60}}?(?i:(?:trên|trong)\s+tổng\s+số)\s+(?P<total>{_INT})\s+(?i:{unit_re})"
        r"(?![^\W\d_])",
        text[at : min(end, at + 120)],
    )
    return m.group("total") if m else None


def _labelled_blocks(sections: Sections) -> Iterator[tuple[CoverageMention, list[Span]]]:
    """ "Số xã đã được công nhận đạt chuẩn …: 6 xã" with its sibling total and share."""
    text = sections.text
    blocks = sections.blocks
    for block in blocks:
        m = _labelled().search(text, block.body, block.end)
        if m is None or m.start() - block.body > 3:
            continue
        unit = " ".join(m.group("unit").lower().split())
        siblings = [b for b in blocks[max(0, block.index - 3) : block.index + 4] if b is not block]
        total, share, claimed = None, None, []
        for sibling in siblings:
            t = _labelled_total().search(text, sibling.body, sibling.end)
            if t is not None and " ".join(t.group("unit").lower().split()) == unit:
                total = t.group("total")
            p = _labelled_share().search(text, sibling.body, sibling.end)
            if p is not None and " ".join(p.group("unit").lower().split()) == unit:
                share = p
                claimed.append((p.start("value"), p.end()))
        start = block.body
        ctx = context_at(sections, start, m.end())
        mention = CoverageMention(
            start,
            m.end(),
            text[start : m.end()],
            ctx,
            units_met=m.group("met"),
            units_total=total,
            unit_kind=unit,
            percent=share.group("value") if share else None,
        )
        yield mention, claimed


@cache
def _list_title() -> re.Pattern[str]:
    # "Danh sách xã được công nhận đạt chuẩn nông thôn mới …"
    return re.compile(
        rf"(?:{cues().pattern('units_list')})\s+(?:(?i:các)\s+)?(?P<unit>(?i:{_unit_kind()}))(?![^\W\d_])"
        r"[^\n]{0,60}?(?i:đạt\s+chuẩn|công\s+nhận)"
    )


@cache
def _group_header() -> re.Pattern[str]:
    # "TP VIỆT TRÌ" ⏎ "(10 xã)": a group of a flattened list table, with its number of units;
    # a scan's OCR may read the two lines as two paragraphs (a blank line between)
    return re.compile(
        rf"^(?P<name>[{UPPER}][{UPPER}. \t]{{1,40}}?)[ \t]*\n(?:[ \t]*\n)?[ \t]*"
        rf"\((?P<met>{_INT})\s+(?P<unit>(?i:{_unit_kind()}))\)[ \t]*$",
        re.MULTILINE,
    )


def _group_headers(sections: Sections) -> Iterator[CoverageMention]:
    """The groups of a list of units reaching the standard ("Danh sách xã được công nhận
    đạt chuẩn …", then "TP VIỆT TRÌ ⏎ (10 xã)", "LÂM THAO ⏎ (12 xã)"): each group's units
    reach what the list's title says, in the place the group names."""
    text = sections.text
    title = _list_title().search(text)
    if title is None:
        return
    for m in _group_header().finditer(text, title.end()):
        if not _same_unit(m.group("unit"), title.group("unit")):
            continue
        ctx = replace(context_at(sections, m.start("met"), m.end()), criterion=None)
        yield CoverageMention(
            m.start(),
            m.end(),
            text[m.start() : m.end()],
            ctx,
            units_met=m.group("met"),
            units_total=None,
            unit_kind=" ".join(m.group("unit").split()),
            region=" ".join(m.group("name").split()),
        )


_RESPECTIVE_NAME = rf"[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*){{0,3}}"
#: "Các huyện Tân Sơn, Yên Lập lần lượt có 4 và 6 xã đạt chuẩn": units named in a row, then
#: their figures in the same order.
_RESPECTIVE_PLACES = re.compile(
    r"(?P<level>(?i:huyện|thị\s+xã|xã|thôn|ấp|bản))\s+"
    rf"(?P<names>{_RESPECTIVE_NAME}(?:\s*(?:,|(?i:và))\s*"
    rf"(?:(?i:huyện|thị\s+xã|xã|thôn|ấp|bản)\s+)?{_RESPECTIVE_NAME})+)"
    r"\s+(?:(?i:có|đạt)\s+)?(?i:lần\s+lượt)\s+(?:(?i:là|có|đạt)\s+)?"
)
_RESPECTIVE_FIGURE = rf"{_INT}(?:\s*/\s*{_WHOLE})?"
_SPLIT_NAMES = re.compile(r"\s*(?:,|\s(?i:và)\s)\s*")
_LEVEL_PREFIX = re.compile(r"(?i:huyện|thị\s+xã|xã|thôn|ấp|bản)\s+")


@cache
def _respective_figures() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<figures>{_RESPECTIVE_FIGURE}(?:\s*(?:,|(?i:và))\s*{_RESPECTIVE_FIGURE})+)\s+"
        rf"(?P<unit>(?i:{_unit_kind()}))(?![^\W\d_])"
    )


def _respectively(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "Các huyện Tân Sơn, Yên Lập lần lượt có 4 và 6 xã đạt chuẩn": one coverage per
    unit named, in order, when the names and the figures are as many."""
    text = sections.text
    for places in _RESPECTIVE_PLACES.finditer(text, s, e):
        figures = _respective_figures().match(text, places.end(), e)
        if figures is None or not _has_predicate(text, figures.end(), e):
            continue
        names = [_LEVEL_PREFIX.sub("", n) for n in _SPLIT_NAMES.split(places.group("names"))]
        values = [
            v.replace(" ", "")
            for v in re.split(r"\s*(?:,|\s(?i:và)\s)\s*", figures.group("figures"))
        ]
        if len(names) != len(values):
            continue
        level = " ".join(places.group("level").lower().split())
        for name, value in zip(names, values, strict=True):
            met, _, total = value.partition("/")
            at = text.index(met, figures.start(), figures.end())
            taken.append((at, at + len(value)))
            mention = _mention(
                sections,
                figures.start(),
                figures.end(),
                met,
                total or None,
                figures.group("unit"),
                None,
                (s, e),
                block,
                unit_at=figures.span("unit"),
            )
            yield replace(mention, region=f"{level} {name}"), None


#: "trong đó tỉnh Lâm Đồng có 33 đơn vị, Gia Lai có 11 đơn vị, …": a whole's units broken
#: down by the places they lie in, each place (with its prefix, or a bare province name)
#: with its number, after a count of units reaching the standard.
_BREAKDOWN_ITEM = (
    r"(?:(?P<prefix>(?i:tỉnh|thành\s+phố|huyện|thị\s+xã|quận))\s+)?"
    rf"(?P<name>{_RESPECTIVE_NAME})\s+(?:(?i:đã|hiện|cũng)\s+)*(?i:có|đạt)\s+"
    rf"(?P<met>{_INT})\s+"
)
_BREAKDOWN_OPENING = re.compile(r"(?i:trong\s+đó|cụ\s+thể|gồm)\s*[,:]?\s*")
_BREAKDOWN_GLUE = re.compile(r"\s*(?:[,;]\s*(?:(?i:và)\s+)?|\s(?i:và)\s+)")


@cache
def _breakdown_item() -> re.Pattern[str]:
    return re.compile(rf"{_BREAKDOWN_ITEM}(?P<unit>(?i:{_unit_kind()}))(?![^\W\d_])")


def _by_place(
    sections: Sections,
    block: Block,
    s: int,
    e: int,
    taken: list[Span],
    found: list[tuple[CoverageMention, Span | None]],
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "… đã có 53/597 xã đạt chuẩn, trong đó tỉnh Lâm Đồng có 33 đơn vị, Gia Lai có 11 đơn
    vị": one coverage per place of the breakdown (its number met, no whole), of the
    criterion of the count it breaks down. Two places at least; a bare name is a province
    when most of the bare names are provinces of the map (a list holds one level)."""
    text = sections.text
    wholes = [c for c, _ in found if s <= c.start < e]
    if not wholes:
        return
    for opening in _BREAKDOWN_OPENING.finditer(text, s, e):
        whole = [c for c in wholes if c.start < opening.start()]
        if not whole:
            continue
        items: list[re.Match[str]] = []
        pos = opening.end()
        while (m := _breakdown_item().match(text, pos, e)) is not None:
            items.append(m)
            glue = _BREAKDOWN_GLUE.match(text, m.end(), e)
            if glue is None:
                break
            pos = glue.end()
        if len(items) < 2 or any(a <= m.start("met") < b for m in items for a, b in taken):
            continue
        bare = [m.group("name") for m in items if m.group("prefix") is None]
        provinces = [n for n in bare if _is_province(n)]
        if bare and len(provinces) * 2 <= len(bare):
            continue
        for m in items:
            prefix = " ".join((m.group("prefix") or "tỉnh").lower().split())
            mention = _mention(
                sections,
                m.start("met"),
                m.end(),
                m.group("met"),
                None,
                m.group("unit"),
                None,
                (s, e),
                block,
                unit_at=m.span("unit"),
                quote_start=m.start(),
            )
            context = replace(mention.context, criterion=whole[-1].context.criterion)
            region = f"{prefix} {' '.join(m.group('name').split())}"
            taken.append((m.start("met"), m.end()))
            yield replace(mention, region=region, context=context), None


def _breakdown_sentence(
    sections: Sections,
    block: Block,
    s: int,
    e: int,
    taken: list[Span],
    before: Sequence[CoverageMention],
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "… có thêm 9 xã đạt chuẩn NTM. Huyện A 4 xã, huyện B 3 xã, thị xã C 2 xã.": a
    sentence that is nothing but places, each with a bare count of units, right after a
    sentence counting those units reaching a standard, breaks that count down with no
    "trong đó": each place's count is of the same standard, criterion, goal and year, its
    place the unit named."""
    text = sections.text
    # (the whole sentence, past its semicolons: "Xã A 2 thôn; xã B 1 thôn và xã C 3 thôn")
    sentences = sections.sentences(block, semicolons=False)
    whole_sentence = next(((ws, we) for ws, we in sentences if ws <= s < we), None)
    if whole_sentence is None or text[whole_sentence[0] : s].strip():
        return
    e = whole_sentence[1]
    previous = [(ws, we) for ws, we in sentences if we <= s]
    if not previous:
        return
    ps, pe = previous[-1]
    if _place_count_item().match(text, ps, pe):
        return  # a breakdown's own items are no whole of the next
    wholes = [c for c in before if ps <= c.start < pe]
    if not wholes:
        return
    items: list[re.Match[str]] = []
    pos = s
    while (m := _place_count_item().match(text, pos, e)) is not None:
        items.append(m)
        glue = _BREAKDOWN_GLUE.match(text, m.end(), e)
        if glue is None:
            break
        pos = glue.end()
    if len(items) < 2 or text[items[-1].end() : e].strip(" .;\n"):
        return  # two places at least, and the sentence holds nothing else
    whole = next(
        (
            c
            for c in reversed(wholes)
            if all(_same_unit(m.group("unit"), c.unit_kind) for m in items)
        ),
        None,
    )
    if whole is None or any(a <= m.start("met") < b for m in items for a, b in taken):
        return
    for m in items:
        mention = _place_item_mention(sections, block, (s, e), m)
        context = replace(
            mention.context,
            criterion=whole.context.criterion,
            period=whole.context.period,
            scheme=whole.context.scheme,
            goal=whole.context.goal,
            undated=whole.context.undated,
        )
        taken.append((m.start("met"), m.end()))
        yield replace(mention, context=context, topic=whole.topic), None


def _is_province(name: str) -> bool:
    """Whether a bare name is a province of the map ("Gia Lai")."""
    place = Place(written=f"tỉnh {name}", prefix="tỉnh", name=name, level=Level.PROVINCE)
    return resolve_place(place).code is not None


@cache
def _none_of_criteria() -> re.Pattern[str]:
    # "5 tiêu chí chưa có xã nào đạt", "còn hai tiêu chí mà chưa có xã nào đạt được": criteria
    # no unit meets
    return re.compile(
        rf"(?<![\w.,/])(?P<n>\d{{1,2}}|{COUNT_WORDS})\s+(?i:tiêu\s+chí)\s+(?:(?i:mà|hiện|vẫn)\s+)*"
        rf"(?:{cues().pattern('none_met')})\s+(?P<unit>(?i:{_unit_kind()}))\s+(?i:nào)\s+"
        # "chưa có xã nào trong tỉnh đạt được": where the units lie, between
        r"(?:(?i:trong|của|thuộc|trên\s+địa\s+bàn)\s+(?i:toàn\s+)?(?i:tỉnh|huyện|thị\s+xã)\s+)?"
        r"(?i:đạt)(?:\s+(?i:được))?(?![^\W\d_])"
    )


@cache
def _criteria_named_after() -> re.Pattern[str]:
    # "…: tiêu chí A, tiêu chí B", "… là A và B", ". Cụ thể: tiêu chí A, …", ". Đó là A, B"
    named = cues().pattern("units_named")
    return re.compile(
        rf"\s*(?:[,:]\s*|\s(?:{named})\s*:?\s*|[.:]\s*(?P<detail>{cues().pattern('items_detail')})"
        r"\s*(?:(?i:là|gồm)\s*)?[:,]?\s*)(?P<items>[^.\n]{3,400})"
    )


_CRITERION_ITEM = re.compile(
    r"[\s\-–+•*]*(?i:tiêu\s+chí)\s+(?:(?i:số)\s+)?(?P<number>\d{1,2})(?!\d)"
)
_NONE_BEFORE = re.compile(
    rf"(?<![\w.,/])(?:\d{{1,2}}|{COUNT_WORDS})\s+(?i:tiêu\s+chí)\s+(?:(?i:mà|hiện|vẫn)\s+)*$"
)


def _split_last(items: list[str]) -> list[str]:
    """ "tiêu chí số 13 và tiêu chí số 17" as the last item: two criteria by number."""
    if not items:
        return items
    parts = re.split(r"\s+(?i:và)\s+", items[-1], maxsplit=1)
    if len(parts) == 2 and all(_CRITERION_ITEM.match(p) for p in parts):
        return [*items[:-1], *parts]
    return items


_ALL_UNITS_BEFORE = re.compile(
    r"(?i:(?<![^\W\d_])(?:trong\s+(?:tổng\s+)?số|trong|có))\s+(?P<total>\d{1,3}(?:\.\d{3})*)\s+"
)


def _in_total_of(text: str, s: int, at: int, unit: str) -> str | None:
    """ "Trong tổng số 14 xã của huyện, còn …", "Huyện có 8 xã, trong đó …": the units of
    ``unit`` the sentence says its place has, before ``at``."""
    found = None
    for m in _ALL_UNITS_BEFORE.finditer(text, s, at):
        if re.match(rf"(?i:{re.escape(unit)})(?![^\W\d_])", text[m.end() : at]):
            found = m.group("total")
    return found


def _block_after(sections: Sections, block: Block) -> Block | None:
    """The block right after ``block``, if any."""
    for index, candidate in enumerate(sections.blocks):
        if candidate.start == block.start:
            return sections.blocks[index + 1] if index + 1 < len(sections.blocks) else None
    return None


def _criteria_none_meet(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "5 tiêu chí chưa có xã nào đạt. Cụ thể: tiêu chí giao thông, tiêu chí thủy lợi, …": no
    unit meets each criterion named (0 of the units, when the sentence says how many), one
    statement per criterion, when the names are as many as the count says."""
    text = sections.text
    for m in _none_of_criteria().finditer(text, s, e):
        named = _criteria_named_after().match(text, m.end(), block.end)
        if named is None and not text[m.end() : block.end].strip(" .:"):
            # the statement ends its paragraph; "Cụ thể là tiêu chí 1 (…); …" opens the next
            following = _block_after(sections, block)
            if following is not None:
                named = _criteria_named_after().match(text, m.end(), following.end)
                if named is not None and named.group("detail") is None:
                    named = None  # only a detail word ("Cụ thể là …") carries it over
        if named is None:
            continue
        n = m.group("n")
        count = int(n) if n[0].isdigit() else words_value(n)
        items = [
            " ".join(text[named.start("items") + a : named.start("items") + b].split()).strip(
                " .…;,:*"
            )
            for a, b in split_items(named.group("items"))
        ]
        items = _split_last(split_last_and([item for item in items if item]))
        criteria: list[tuple[str | None, str]] = []
        for item in items:
            numbered = _CRITERION_ITEM.match(item)
            if numbered is None and not topic_spans(item):
                break  # prose, not a criterion's name
            criteria.append((numbered.group("number") if numbered else None, item))
        if len(criteria) != count or len(criteria) != len(items):
            continue
        unit = m.group("unit")
        total = _total_before(text, s, m.start(), unit) or _in_total_of(text, s, m.start(), unit)
        taken.append(m.span())
        for number, item in criteria:
            mention = _mention(
                sections, m.start(), named.end(), "0", total, unit, None, (s, e), block,
                unit_at=m.span("unit"),
            )  # fmt: skip
            ctx = replace(mention.context, criterion=number)
            end = named.end()  # the quote holds the criteria named
            quote = text[mention.start : end]
            mention = replace(mention, end=end, quote=quote, context=ctx)
            yield replace(mention, topic=None if number else item), None


#: "Các tiêu chí đạt cao như: A, B, C …", "tiêu chí như A, B …": a lead before criteria named
_CRITERIA_LEAD = re.compile(
    r"(?i:tiêu\s+chí)(?P<lead>[^:.;\n\d]{0,60}?)(?::\s*|\s(?i:như|gồm|là)\s*:?\s*)"
)


def _criteria_all_meet(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "Các tiêu chí đạt cao như: quy hoạch, điện, nhà ở đều đạt ở 112 xã", "tiêu chí như
    A, B có 98/120 xã đạt": the units meeting each criterion named, one statement per
    criterion, when every item is a criterion's name or number."""
    text = sections.text
    for lead in _CRITERIA_LEAD.finditer(text, s, e):
        tail = next(
            (
                t
                for t in UNITS_MEET_AFTER.finditer(text, lead.end(), e)
                if not re.search(r"[.;:]", text[lead.end() : t.start()])
            ),
            None,
        )
        if tail is None:
            continue
        body = text[lead.end() : tail.start()]
        items = [" ".join(body[a:b].split()).strip(" .…;,:*") for a, b in split_items(body)]
        items = _split_last(split_last_and([item for item in items if item]))
        criteria: list[tuple[str | None, str]] = []
        for item in items:
            numbered = _CRITERION_ITEM.match(item)
            if numbered is None and not topic_spans(item):
                break  # prose, not a criterion's name
            criteria.append((numbered.group("number") if numbered else None, item))
        if len(criteria) < 2 or len(criteria) != len(items):
            continue
        group = "k" if tail.group("k") else "k2"
        met, total = tail.group(group), tail.group("n" if group == "k" else "n2")
        unit = "unit" if group == "k" else "unit2"
        if any(a <= tail.start(group) < b for a, b in taken):
            continue
        taken.append((tail.start(group), tail.end(unit)))
        for number, item in criteria:
            mention = _mention(
                sections, lead.start(), tail.end(), met, total, tail.group(unit), None,
                (s, e), block, unit_at=tail.span(unit),
            )  # fmt: skip
            ctx = replace(mention.context, criterion=number)
            # the quote runs from the first criterion named to the units
            quote = text[lead.end() : tail.end()]
            mention = replace(mention, start=lead.end(), end=tail.end(), quote=quote, context=ctx)
            yield replace(mention, topic=None if number else item), None


#: "Đạt 19 tiêu chí có 87 xã", "hoàn thành 19/19 tiêu chí: 9 xã": a band written before the
#: units in it; the whole set's band is coverage of the standard, the others no fact.
_BAND_FIRST = re.compile(
    r"(?<![^\W\d_])(?i:đạt|hoàn\s+thành)\s+(?:(?i:đủ|cả|từ)\s+)?(?P<n>\d{1,2})"
    r"(?:\s*/\s*(?P<of>\d{1,2}))?\s+(?i:tiêu\s+chí)"
    r"\s*(?:[:–-]\s*|(?i:(?:thì\s+)?(?:có|gồm|là))\s+)(?:(?i:tổng\s+số)\s+)?"
    r"(?P<k>\d{1,3}(?:\.\d{3})*)\s+(?P<unit>(?i:xã|huyện|thôn|bản|ấp|đơn\s+vị|địa\s+phương))"
    r"(?![^\W\d_])"
)


def _bands_first(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "Đạt 19 tiêu chí có 87 xã, đạt 15 – 18 tiêu chí có 8 xã": the units meeting the whole
    set (the standard, criterion null); a band short of it is no fact (FACTS.md)."""
    text = sections.text
    for m in _BAND_FIRST.finditer(text, s, e):
        if any(a <= m.start("k") < b for a, b in taken):
            continue
        if UNITS_LABEL_BEFORE.search(text[s : m.start()]):
            continue  # "Số xã đạt 19 tiêu chí: 2 xã": a label, read with its names (_labels)
        taken.append((m.start("k"), m.end("unit")))
        if text[m.end("of") if m.group("of") else m.end("n") : m.end("n") + 1] == "-":
            continue
        if not _whole_set(m.group("n"), m.group("of")) or _BAND_RANGE.match(text, m.end("n")):
            continue
        mention = _mention(
            sections, m.start(), m.end(), m.group("k"), None, m.group("unit"), None, (s, e),
            block, unit_at=m.span("unit"),
        )  # fmt: skip
        ctx = replace(mention.context, criterion=None)
        quote = text[m.start() : m.end()]
        yield replace(mention, end=m.end(), quote=quote, context=ctx, topic=None), None


_BAND_RANGE = re.compile(r"\s*[-–]\s*\d")


@cache
def _merger() -> re.Pattern[str]:
    return re.compile(cues().pattern("merger_standard"))


#: What makes a sentence about the programme's standard, whatever else it speaks of.
_PROGRAMME_WORDS = re.compile(r"(?i:nông\s+thôn\s+mới|NTM|tiêu\s+chí)")


def _merger_standard(text: str, s: int, e: int) -> bool:
    """Whether a sentence counts units meeting the 2025 merger's own standard ("23/23 đơn vị
    hành chính cấp tỉnh hình thành sau sắp xếp đã đạt tiêu chuẩn"), no NTM coverage: it
    speaks of administrative units or their merger and never of the programme."""
    if _PROGRAMME_WORDS.search(text, s, e):
        return False
    before = [m.span() for m in _merger_before().finditer(text, s, e)]
    return any(
        not any(a <= m.start() < b for a, b in before) for m in _merger().finditer(text, s, e)
    )  # "trước khi sáp nhập": the units as they stood, not the merger's standard


@cache
def _merger_before() -> re.Pattern[str]:
    return re.compile(cues().pattern("merger_before"))


@cache
def _units_in_words() -> re.Pattern[str]:
    return re.compile(rf"{COUNT_WORDS}\s+(?i:{_unit_kind()})(?![^\W\d_])")


def _counted(text: str, s: int, e: int) -> re.Match[str] | None:
    """A cheap test that a stretch may hold a statement: a digit, units counted in words
    ("hai xã"), or none of them ("chưa có xã nào đạt", "chưa có huyện nông thôn mới")."""
    return (
        _DIGIT.search(text, s, e)
        or _units_in_words().search(text, s, e)
        or _none_met().search(text, s, e)
    )


@cache
def _none_met() -> re.Pattern[str]:
    return re.compile(rf"(?:{cues().pattern('none_met')})\s+(?i:{_unit_kind()})(?![^\W\d_])")


@cache
def _estimate_after() -> re.Pattern[str]:
    """ ", ước thực hiện đến hết năm 2018 là 36 xã", "; dự kiến cuối năm có 40/52 xã": an
    estimate's count after a count reached, in the same sentence (its words may hold a year,
    no other figure); the unit may be left to the count before."""
    return re.compile(
        rf"\s*[,;]\s*(?:(?i:và|còn)\s+)?(?P<cue>{cues().pattern('estimate')})(?![^\W\d_])"
        r"(?P<label>(?:[^.;:!?\d\n]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?)"
        r"\s+(?:(?i:là|lên|có|đạt|sẽ\s+có|sẽ\s+đạt)\s+)?"
        rf"(?P<met>{_INT})(?:\s*/\s*(?P<total>{_WHOLE}))?"
        rf"(?:\s*(?P<unit>(?i:{_unit_kind()}))(?![^\W\d_])|(?=\s*(?:[,.;)]|$)))"
    )


def _estimates_after(
    sections: Sections,
    block: Block,
    sentence: Span,
    taken: list[Span],
    found: list[tuple[CoverageMention, Span | None]],
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "Tính đến tháng 6, số xã đạt chuẩn là 27, ước đến hết năm là 36 xã": the count an
    estimate gives after a count reached in its sentence, an estimate of a later state
    (marked as a goal, with its own year) of the same standard, in the unit of the count
    before it unless it names its own."""
    text = sections.text
    s, e = sentence
    stated = sorted((c for c, _ in found if s <= c.start < e), key=lambda c: c.start)
    for m in _estimate_after().finditer(text, s, e):
        if any(a <= m.start("met") < b for a, b in taken):
            continue
        before = [c for c in stated if c.start < m.start()]
        if not before:
            continue
        unit = m.group("unit") or before[-1].unit_kind
        taken.append((m.start("cue"), m.end()))
        mention = _mention(
            sections,
            m.start("met"),
            m.end(),
            m.group("met"),
            m.group("total"),
            unit,
            None,
            sentence,
            block,
            unit_at=(m.start("unit"), m.end("unit")) if m.group("unit") else None,
            quote_start=m.start("cue"),
        )
        goal = mention.context.goal or " ".join(m.group("cue").split())
        context = replace(  # the same statement at a later time: its criterion and scheme
            mention.context,
            goal=goal,
            criterion=before[-1].context.criterion,
            scheme=before[-1].context.scheme,
        )
        yield replace(mention, context=context), None


# Where one statement's clause ends before the next one's subject: a comma or a semicolon.
_CLAUSE_JOINT = re.compile(r"[,;]")


@cache
def _pending_cue() -> re.Pattern[str]:
    return re.compile(cues().pattern("pending"), re.IGNORECASE)


#: Where the words about one count stop: a clause break or another figure.
_COUNT_CLAUSE_EDGE = re.compile(r"[,;:.!?()]\s|[;:()]|\d")
_FIGURE_RUN = re.compile(r"[\d.,/\s]*")
#: Where the words before a count after "là" stop: the names before it run past commas.
_NAMES_EDGE = re.compile(r"[;:()]|\d")


def _pending(text: str, s: int, e: int, mention: CoverageMention) -> bool:
    """Whether the units counted wait on their recognition ("đang thẩm định 5 xã", "Huyện đã
    trình UBND tỉnh công nhận 3 xã", "7 xã đang chờ công nhận"): in the clause of the count,
    before it back to the last break or figure, or after it up to the next. No standard is
    reached yet, so no coverage; a goal word keeps it, as a goal ("dự kiến công nhận 6 xã")."""
    if mention.context.goal is not None:
        return False
    at = text.find(mention.units_met, mention.start, mention.end)
    at = mention.start if at < 0 else at
    # "… trình Thủ tướng xét công nhận A, B là 2 thành phố hoàn thành …": the count names the
    # units the proposal lists, so its clause reaches back past the commas of their names
    edge_re = _NAMES_EDGE if _IS_ONE_OF.search(text, max(s, at - 6), at) else _COUNT_CLAUSE_EDGE
    edges = [m.end() for m in edge_re.finditer(text, s, at)]
    lo = edges[-1] if edges else s
    after = _FIGURE_RUN.match(text, at)
    first = after.end() if after else at
    edge = _COUNT_CLAUSE_EDGE.search(text, first, e)
    hi = edge.start() if edge else e
    cue = _pending_cue().search(text, lo, hi)
    # "… đã được thẩm định và công nhận đạt chuẩn": the recognition came after the appraisal
    return cue is not None and _RECOGNISED_AFTER.match(text, cue.end()) is None


#: A recognition joined to a pending step: "được thẩm định và (được) công nhận …".
_RECOGNISED_AFTER = re.compile(
    r"\s*,?\s*(?i:và|rồi)\s+(?i:đã\s+)?(?i:được\s+)?(?:[^\W\d_]+\s+){0,3}?(?i:công\s+nhận)"
)


def _own_clauses(
    text: str, found: list[tuple[CoverageMention, Span | None]]
) -> list[tuple[CoverageMention, Span | None]]:
    """Each statement's quote ending at its own clause when the sentence goes on to another
    statement with a subject of its own ("Riêng huyện A có 9/9 xã đạt chuẩn, huyện B có
    21/22 xã đạt chuẩn": the first quote stops before ", huyện B"). A list sharing one
    predicate ("3 huyện, 128 xã đạt chuẩn": nothing but the next count after the comma) or a
    count whose predicate comes after the comma keeps its run."""
    starts = sorted({c.start for c, _ in found})
    out: list[tuple[CoverageMention, Span | None]] = []
    for mention, span in found:
        after = next((a for a in starts if a > mention.start), None)
        if after is None or after >= mention.end:
            out.append((mention, span))
            continue
        joints = list(_CLAUSE_JOINT.finditer(text, mention.start, after))
        cut = joints[-1].start() if joints else None
        if (
            cut is None
            or (span is not None and span[1] > cut)
            or not re.search(r"[^\W\d_]", text[cut + 1 : after])
            or _unit_verb().search(text, mention.start, cut) is None
        ):
            out.append((mention, span))
            continue
        while cut > mention.start and text[cut - 1] in " (":
            cut -= 1
        mention = replace(mention, end=cut, quote=text[mention.start : cut])
        out.append((mention, span))
    return out


def find_coverage(sections: Sections) -> CoverageFinding:
    """Every coverage mention, in document order, and the share spans they claimed."""
    text = sections.text
    mentions: list[CoverageMention] = []
    claimed: list[Span] = []
    labelled_spans: list[Span] = []
    for mention, spans in _labelled_blocks(sections):
        mentions.append(mention)
        claimed += spans
        labelled_spans.append((mention.start, mention.end))
    earlier: list[CoverageMention] = []
    for block in sections.blocks:
        if _counted(text, block.start, block.end) is None:
            continue
        for s, e in sections.sentences(block):
            if _counted(text, s, e) is None or _merger_standard(text, s, e):
                continue
            taken: list[Span] = list(labelled_spans)
            found: list[tuple[CoverageMention, Span | None]] = []
            # cheap literal tests before the costly alternations
            lowered = text[s:e].lower()
            if "tiêu chí" in lowered:
                # criteria named, then the units meeting them all; bands before their units
                found += _criteria_all_meet(sections, block, s, e, taken)
                found += _bands_first(sections, block, s, e, taken)
            if "lần lượt" in lowered:
                found += _respectively(sections, block, s, e, taken)
            if "/" in lowered or "trong" in lowered or "trên" in lowered:
                found += _ratios(sections, block, s, e, taken)
            if "thứ" in lowered:
                found += _ordinals_alone(sections, block, s, e, taken)
            if "số" in lowered or ":" in lowered:
                found += _labels(sections, block, s, e, taken)
            if block.kind is BlockKind.ITEM and ":" in text[block.start : block.end]:
                found += _lead_counts(sections, block, taken)
            if any(w in text[max(block.start, s - 12) : e].lower() for w in _BREAKDOWN_WORDS):
                found += _breakdown_by_place(sections, block, s, e, taken)
            if "đăng ký" in lowered:
                found += _registrations(sections, block, s, e, taken)
            if "nào" in lowered:
                found += _criteria_none_meet(sections, block, s, e, taken)
            if "100" in lowered:
                found += _all_belows(sections, block, s, e, taken)
            if "đối với" in lowered or " cho " in lowered:
                found += _standards_for(sections, block, s, e, taken)
            if "còn" in lowered:
                found += _left_aiming(sections, block, s, e, taken)
            found += _bares(sections, block, s, e, taken)
            if "thêm" in lowered:
                found += _forecasts(sections, block, s, e, taken)
            if "công nhận" in lowered or "đạt chuẩn" in lowered:
                found += _nounless(sections, block, s, e, taken)
            earlier += [c for c, _ in found]
            if "ntm" in lowered or "nông thôn mới" in lowered or "kiểu mẫu" in lowered:
                found += _nouns(sections, block, s, e, taken, bool(found))
            if "trong đó" in lowered or " là " in lowered or " gồm " in lowered:
                found += _subsets(sections, block, s, e, taken, earlier)
            if found and ("trong đó" in lowered or "cụ thể" in lowered or " gồm" in lowered):
                found += _by_place(sections, block, s, e, taken, found)
            if found and ("ước" in lowered or "dự kiến" in lowered):
                found += _estimates_after(sections, block, (s, e), taken, found)
            if not found:
                found += _breakdown_sentence(sections, block, s, e, taken, mentions)
            if "trong đó" in lowered:
                found = [(_part_of_counted(text, block.start, c), span) for c, span in found]
            for mention, span in _own_clauses(text, found):
                if _pending(text, s, e, mention):
                    continue
                mentions.append(mention)
                if span:
                    claimed.append(span)
    mentions += _group_headers(sections)
    mentions.sort(key=lambda c: (c.start, c.end))
    return CoverageFinding(tuple(mentions), tuple(claimed))
