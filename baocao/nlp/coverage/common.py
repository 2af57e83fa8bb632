"""The regexes and cue helpers the coverage readers share: a count and its whole as written,
what a count of units reaches (:data:`_PREDICATE`), the whole set of criteria told from a
band, a clause's end, a share, units of one kind.
"""

from __future__ import annotations

import re
from functools import cache

from baocao.vocab.criteria import LARGEST_SET
from baocao.vocab.numbers import NUMBER_PATTERN
from baocao.vocab.patterns import cues, tone_placements

Span = tuple[int, int]

_WHOLE = r"(?:\d{1,3}(?:\.\d{3})+|\d{1,5})(?![\d])(?![.,]\d)"
# not inside a number ("1.250", "97,2"); a comma glued to a word before it is a list's
# ("… nâng cao,7 xã kiểu mẫu": a space left out)
_INT = r"(?<![\w./])(?:(?<!,)|(?<=[^\W\d_],))" + _WHOLE


_IN_WHICH_BEFORE = re.compile(r"(?i:trong\s+đó)\s*[,:]?\s*(?:(?i:có)\s+)?$")
_WHOLE_STANDARD = re.compile(
    # "đạt nông thôn mới kiểu mẫu", "đạt NTM nâng cao": the standard named without "chuẩn"
    r"(?i:đạt\s+(?:chuẩn\s+)?(?:(?:xã|thôn|bản|huyện|thị\s+xã)\s+)?(?:nông\s+thôn\s+mới|NTM)"
    r"|hoàn\s+thành\s+nhiệm\s+vụ\s+xây\s+dựng\s+nông\s+thôn\s+mới)"
)


_REMAINING = re.compile(r"(?i:còn\s+lại)")


_CLAUSE_END = re.compile(r"[.;:!?]\s|[;:]|$")
_SHARE = re.compile(r"(?P<value>" + NUMBER_PATTERN + r")\s*%")


@cache
def _unit_kind() -> str:
    return cues().pattern("unit_kind")


@cache
def _unit_verb() -> re.Pattern[str]:
    return re.compile(cues().pattern("unit_verb"), re.IGNORECASE)


# What a count of units reaches: the standard, a criterion, the whole set of criteria ("đạt
# 19/19 tiêu chí", "đạt đủ 19 tiêu chí"), recognition, or a bare "đạt" closing the clause
# ("… nay chỉ còn 2 xã đạt."). ``cm``/``co`` keep a number of criteria, so that a band ("đạt
# 15-18 tiêu chí", "1 xã đạt 4 tiêu chí") can be told from the whole set.
# (Who recognised them, and by what, may stand between: "được UBND tỉnh công nhận", "được
# Thủ tướng Chính phủ ban hành quyết định công nhận", "được tỉnh ra quyết định công nhận",
# "được Ủy ban nhân dân tỉnh Hòa Bình công nhận": the authority in full, with its name.)
_RECOGNISED = (
    r"được\s+(?:[^\W\d_]+\s+){0,7}?(?:(?:ban\s+hành\s+|ra\s+)?quyết\s+định\s+)?công\s+nhận\s+"
)
#: A unit's word written again between a verb of reaching and the standard.
_UNIT_AGAIN = r"xã|huyện|thôn|bản|buôn|ấp|làng|xóm|khu\s+dân\s+cư|tổ\s+dân\s+phố"
_PREDICATE = (
    r"(?i:(?:(?:đã|đều|cũng|mới)\s+)*(?:"
    # ("được UBND huyện công nhận đạt xóm nông thôn mới kiểu mẫu": the unit's word again)
    rf"{_RECOGNISED}(?:là\s+|đạt\s+)?(?:(?:{_UNIT_AGAIN})[,\s]+)*"
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
    # ("hoàn thành Chương trình mục tiêu quốc gia (về) xây dựng NTM": the programme by its
    # full name; "hoàn thành nông thôn mới": the standard named bare)
    r"(?:(?:nhiệm\s+vụ\s+|chương\s+trình\s+(?:(?:mục\s+tiêu\s+quốc\s+gia|MTQG)\s+(?:về\s+)?)?)?"
    r"xây\s+dựng\s+(?:nông\s+thôn\s+mới|NTM)"
    r"|(?:nông\s+thôn\s+mới|NTM)(?![^\W\d_])"
    # ("hoàn thành nhiệm vụ đạt chuẩn nông thôn mới": the two joined without "/")
    r"|nhiệm\s+vụ(?=\s*/?\s*đạt\s+chuẩn))"
    # "19 xã đạt nông thôn mới kiểu mẫu", "đạt NTM nâng cao": the standard named without
    # "chuẩn" (the match stops before it, so the scheme after it is the statement's own)
    # ("3 thôn đạt khu dân cư kiểu mẫu": the model residential area, "NTM" left out; "4 xã
    # đạt xã NTM nâng cao": the unit's word again, as after "công nhận"; as a goal, "phấn đấu
    # 01 xã đạt xã NTM kiểu mẫu" stays unread, the lead's ninth-session decision)
    rf"|đạt(?=\s+(?P<again>(?:{_UNIT_AGAIN})\s+)?(?:nông\s+thôn\s+mới|NTM|kiểu\s+mẫu)(?![^\W\d_]))"
    # "51 xã đạt chuẩn, với 10 xã đạt nâng cao và 4 xã đạt kiểu mẫu": the advanced standard
    # named alone, its clause closing on it (not "đạt nâng cao chất lượng …", a verb)
    r"|đạt(?=\s+nâng\s+cao(?:\s*(?:[.;,)!?]|$)|\s+(?:và|với|trong)(?![^\W\d_])))"
    r"|đạt(?=\s*(?:[.;,)!?]|$))"
    r"))(?![^\W\d_])"
)
#: The size of the smallest whole set a bare "N tiêu chí" can name (the national sets until
#: 2025 have 19; a province may add one): the largest national set.
WHOLE_SET = LARGEST_SET
_NEGATED = re.compile(r"(?i:(?<![^\W\d_])(?:chưa|không)(?![^\W\d_]))")


def _figure(written: str) -> int:
    """The value of a count of units in figures ("4.806" → 4806)."""
    return int(written.replace(".", ""))


@cache
def _standard_cue() -> re.Pattern[str]:
    return re.compile(cues().pattern("unit_standard"))


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


def _clause_end(text: str, at: int, end: int) -> int:
    m = _CLAUSE_END.search(text, at, end)
    return m.start() if m else end


def _is_taken(at: int, taken: list[Span]) -> bool:
    """Whether ``at`` lies in a span a finder already read: a statement is one finder's."""
    return any(a <= at < b for a, b in taken)


def _claim(percent: re.Match[str] | None) -> Span | None:
    return (percent.start("value"), percent.end()) if percent else None


def _same_unit(a: str, b: str) -> bool:
    # ("nhà văn hóa" and "nhà văn hoá" are one kind, the tone mark placed either way)
    def key(unit: str) -> list[str]:
        return [tone_placements(w)[0] for w in unit.lower().split()]

    return key(a) == key(b)


# "Huyện A có 12 xã đạt chuẩn, chiếm 20% số xã đạt chuẩn của tỉnh": a share of the units
# that reached the standard in a larger whole, not of the place's own units; a percentage of
# its own (README, "Decisions", eleventh session). Never "100% số xã đạt chuẩn" (all the
# place's communes reach it): the share word "chiếm"/"bằng" says the units are a part.
_SHARE_OF_REACHED_AFTER = re.compile(
    r"\s*(?:(?i:tổng)\s+)?(?i:số)\s+(?i:xã|huyện|đơn\s+vị|địa\s+phương)(?![^\W\d_])"
    r"[^.;:!?\d]{0,30}?(?i:đạt\s+chuẩn|về\s+đích|được\s+công\s+nhận|nông\s+thôn\s+mới|NTM)"
    r"(?![^\W\d_])"
)
_PART_WORD_BEFORE = re.compile(
    r"(?<![^\W\d_])(?i:chiếm|bằng)(?:\s+(?i:tỷ\s+lệ|tỉ\s+lệ|khoảng|gần|hơn|trên))*\s+$"
)


def share_of_reached(text: str, start: int, end: int) -> bool:
    """Whether the share written at ``[start, end)`` is of the units that reached the standard
    in a larger whole ("chiếm 20% số xã đạt chuẩn của tỉnh"), not of the place's units."""
    return (
        _PART_WORD_BEFORE.search(text, max(0, start - 30), start) is not None
        and _SHARE_OF_REACHED_AFTER.match(text, end) is not None
    )
