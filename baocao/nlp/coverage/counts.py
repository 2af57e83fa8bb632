"""Counts of units with their predicate and no ratio.

* "111 xã đạt chuẩn …", "18 xã được công nhận đạt chuẩn …" with no total (``units_total``
  None), and "chưa có xã nào đạt …" (0). Not "05 xã còn lại đạt chuẩn …" nor "01 xã đạt
  chuẩn … (xã Quang Phú)": named or remaining communes are recognitions of each, not a count;
  but one district-level unit counted with its name in brackets ("có 1 huyện (huyện A) được
  công nhận đạt chuẩn") is a count;
* the whole in brackets after the units ("30 xã (trong tổng số 90 xã) đạt 19 tiêu chí"),
  "57 xã …, nay chỉ còn 2 xã đạt" (2 of 57), "cả 05 xã đều chưa đạt" (0 of 5), "cả 11 xã đã
  đạt" (11 of 11);
* "N xã đạt 19 tiêu chí", "đạt 19/19 tiêu chí", "đạt đủ 19 tiêu chí": the whole set, so the
  whole standard — while a band ("đạt 15-18 tiêu chí", "1 xã đạt 4 tiêu chí", "đạt 19/20")
  is no coverage; an increment ("Thêm 3 huyện …", "tăng 4 xã", "có thêm 70 xã đạt chuẩn") is
  no fact (FACTS.md), unless it is a goal ("phấn đấu có thêm 12 xã");
* "có 28 xã (28,57% xã) hoàn thành …", "… và 6 xã NTM nâng cao" (units named by their
  standard); the model residential area ("3 thôn đạt khu dân cư kiểu mẫu", "được công nhận
  khu dân cư kiểu mẫu", "xây dựng được 3 khu dân cư NTM kiểu mẫu", a clause of its own: "Kết
  quả: …; 1 khu dân cư NTM kiểu mẫu.");
* the standard named without "chuẩn" ("19 xã đạt nông thôn mới kiểu mẫu", "đạt NTM nâng
  cao"); units named before their predicate ("3 xã (A, B, C) đạt chuẩn", "3 xã là A, B và
  C về đích").

Counts in words ("Một đơn vị cấp huyện …", "hai xã đạt chuẩn"; never "là một xã", "một
trong", "mười năm"), units named after the standard they hold ("4 xã nông thôn mới (A, B, C,
D)", with the whole the sentence states).

Lists and shares of other units (unseen-text classes):

* counts of several units sharing one predicate, each coverage of its own unit with the
  list's standard: "toàn tỉnh có 3 đơn vị cấp huyện, 128 xã, 415 thôn đạt chuẩn NTM", "2 xã
  và 37 thôn/bản đạt chuẩn NTM kiểu mẫu" (a count of the same unit before is the whole: "có
  17 xã, 9 xã đạt chuẩn");
* a share followed by units of its own after a ratio ("5/8 huyện hoàn thành nhiệm vụ, 100%
  xã đạt chuẩn") is no share of the ratio's units but a percentage of its own;
* units all of whose communes reach the standard ("12 tỉnh có 100% số xã đạt chuẩn", "16
  tỉnh với 100% số xã …"): coverage of the 12 provinces, no whole, and the 100% no
  percentage of its own (it says which units are counted).

Criteria named before the units: criteria no unit meets named after their count ("5 tiêu chí
chưa có xã nào đạt. Cụ thể: tiêu chí A, tiêu chí B …": 0 units for each, of the units the
sentence says the place has); the criteria all the units meet; a band written before its units
("Đạt 19 tiêu chí có 87 xã": the whole set's band is coverage of the standard, the others no
fact).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from baocao.data.lexicon import CAPITALS
from baocao.nlp.context import Sections, context_at
from baocao.nlp.counts import COUNT_WORDS, UNITS_LABEL_BEFORE, words_value
from baocao.nlp.coverage.common import (
    _IN_WHICH_BEFORE,
    _INT,
    _NEGATED,
    _PREDICATE,
    _RECOGNISED,
    _REMAINING,
    _SHARE,
    _WHOLE,
    Span,
    _claim,
    _figure,
    _is_taken,
    _same_unit,
    _unit_kind,
    _whole_set,
)
from baocao.nlp.coverage.statement import _blocked, _count_mention, _mention, _percent_after
from baocao.nlp.coverage.whole import _none_of_total, _total_after, _total_before
from baocao.nlp.mentions import CoverageMention
from baocao.nlp.segment import Block
from baocao.nlp.verdicts import UNITS_MEET_AFTER, split_items, split_last_and
from baocao.vocab.criteria import topic_spans
from baocao.vocab.numbers import NUMBER_PATTERN
from baocao.vocab.patterns import cues
from baocao.vocab.shortforms import CRITERION_WORD

# "(xã Quang Phú)", "(Lộc Ninh, Thuận Đức, …)": the units are named one by one.
#: A unit's name written bare after a count of units ("3 huyện Mỹ An, Tân Hòa …").
_BARE_NAME = rf"[{CAPITALS}][\w'’-]*(?:\s+[{CAPITALS}][\w'’-]*){{0,2}}"
_NAMED_UNITS_AFTER = re.compile(
    rf"[^.;(),]{{0,60}}?\(\s*(?:(?i:xã|thôn|bản|phường)\s+)?[{CAPITALS}]"
)


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


# A date word right before the number ("đến 2020 xã đạt …"); "có đến 7 xã" is "as many as 7".
_DATE_BEFORE = re.compile(r"(?i:năm|tháng|ngày|quý|(?<!(?i:có)\s)đến|giai\s+đoạn)\s*$")


# "Thêm 3 huyện đạt chuẩn", "tăng 4 xã đạt chuẩn": an increment, no fact. "đã có thêm 70 xã
# đạt chuẩn" states how many reached it in the period: the real texts' gold keeps it.


@cache
def _cue_before(concept: str) -> re.Pattern[str]:
    """A cue of ``concept`` ending right before a number ("cả 05 xã", "chỉ còn 2 xã"); an
    increment ("thêm", "tăng") not after "có" ("có thêm 12 xã" states them)."""
    not_after = r"(?<!(?i:có)\s)" if concept == "unit_increment" else ""
    return re.compile(rf"{not_after}(?:{cues().pattern(concept)})\s+$")


@cache
def _all_reviewed() -> re.Pattern[str]:
    """A review of all the units that reached the standard, right before their number ("rà
    soát toàn bộ 40 xã đã đạt chuẩn"): the 40 reached, of a whole the count does not say."""
    return re.compile(
        rf"(?:{cues().pattern('unit_reviewed')})\s+(?:(?i:lại)\s+)?"
        rf"(?:{cues().pattern('unit_all')})\s+$"
    )


#: "đều" after the units: all of them ("có tất cả 7 xã đều đạt chuẩn" is 7 of 7).
_EACH_OF_THEM = re.compile(r"(?<![^\W\d_])(?i:đều)(?![^\W\d_])")


#: "đều" right after the units, their verb after it: "3 xã đều đã đạt 19/19 tiêu chí" says
#: the 3 are all the units the text speaks of (3 of 3), with no "cả" before them.
_EACH_RIGHT_AFTER = re.compile(
    r"\s+(?i:đều)\s+(?:(?i:đã|đang)\s+)?(?i:đạt|hoàn\s+thành)(?![^\W\d_])"
)


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


#: Where a named unit lies, in brackets after its name: "Trung An (huyện Cờ Đỏ)".
_WHERE = r"(?:\s*\((?i:huyện|thị\s+xã|thành\s+phố|tp\.?|quận)\s[^()\d]{1,30}\))?"


@cache
def _bare() -> re.Pattern[str]:
    # "111 xã đạt …", "39 trường đã được công nhận đạt chuẩn", "có 28 xã (28,57% xã) hoàn
    # thành các tiêu chí …"; "chưa có xã nào đạt"
    return re.compile(
        # the number in figures or in words ("Một đơn vị cấp huyện …", "hai xã đạt chuẩn")
        # ("năm xã": five, the word alone right before the units, not the year word)
        rf"(?P<met>{_INT}|{COUNT_WORDS}|{_FIVE})\s+(?P<unit>(?i:{_unit_kind()}))(?![^\W\d_])"
        # the count in brackets after the units it restates: "các xã (gồm 9 xã) đều đạt …"
        r"(?P<restated>\s*\))?"
        # the level of the units: "01 đơn vị cấp huyện (thị xã A) hoàn thành nhiệm vụ …", "2
        # đơn vị cấp huyện là thị xã A và huyện B được công nhận …" (its names after it)
        r"(?:\s+(?i:cấp\s+(?:huyện|xã|tỉnh))(?=\s*\()"
        r"|(?<=(?i:đơn vị))\s+(?i:cấp\s+(?:huyện|xã|tỉnh))(?![^\W\d_]))?"
        # its share in brackets, bare or with its word: "(28,57%)", "(chiếm 73,1%)", "(tỷ lệ 64%)"
        r"(?:\s*\(\s*(?:(?i:chiếm|đạt|bằng|tỷ\s+lệ|tỉ\s+lệ)\s+(?:(?i:tỷ\s+lệ|tỉ\s+lệ|đạt)\s+)?)?"
        rf"(?P<pshare>{NUMBER_PATTERN})\s*%[^()]{{0,20}}\))?"
        # its share after a comma, the predicate after the share: "có 118 xã, chiếm 83,5% (số
        # xã toàn tỉnh) đạt chuẩn", "đã có 118 xã, chiếm 83,5% được công nhận …"
        r"(?:\s*,\s*(?i:chiếm|bằng)\s+(?:(?i:khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?"
        rf"(?P<pshare2>{NUMBER_PATTERN})\s*%(?:\s+(?:(?i:tổng)\s+)?(?i:số)\s+(?i:{_unit_kind()})"
        r"(?![^\W\d_])(?:\s+(?i:toàn|của|trên\s+địa\s+bàn)\s+(?i:tỉnh|huyện|thị\s+xã))?)?"
        r"(?=\s+[^\W\d_]))?"
        # the whole in brackets: "30 xã (trong tổng số 90 xã) đạt 19 tiêu chí", "(tổng số 90 xã
        # của tỉnh)"
        rf"(?:\s*\(\s*(?:(?i:trong|trên)\s+)?(?i:tổng\s+số|số)\s+(?P<ptotal>{_INT})\s+"
        rf"(?P<punit>(?i:{_unit_kind()}))(?![^\W\d_])[^()\d]{{0,40}}\))?"
        # the provinces the units lie in: "249 đơn vị cấp huyện thuộc 57 tỉnh, thành phố trực
        # thuộc Trung ương được công nhận …"
        r"(?:(?:\s+(?i:cấp\s+(?:huyện|xã)))?\s+(?i:thuộc|của)\s+\d{1,3}\s+(?i:tỉnh)(?![^\W\d_]))?"
        # the units named before their predicate: "3 xã (A, B, C) đạt chuẩn", "3 xã là A, B
        # và C đạt chuẩn", "3 xã: A, B, C đạt chuẩn", "2 huyện đó là thị xã A và huyện B được
        # công nhận" (each name with its own kind)
        rf"(?P<names>\s*\([^()\d]{{2,200}}\)|\s*(?::|,?\s+(?:(?i:đó)\s+)?(?i:là|gồm)\s*:?)\s+"
        r"(?:(?i:xã|thôn|bản|ấp|huyện|thị\s+xã|thành\s+phố|quận|thị\s+trấn|phường)\s+)?"
        rf"[{CAPITALS}]"
        rf"[^\d.;:()]{{1,200}}?(?=\s+(?:{cues().pattern('reach_verb')}))"
        # "3 huyện A, B, C sẽ được công nhận …": two names or more written bare, then the verb
        # (each perhaps with where it lies: "2 xã A (huyện X) và B (huyện Y) đạt chuẩn")
        rf"|\s+{_BARE_NAME}{_WHERE}(?:\s*(?:,|\s(?i:và))\s*{_BARE_NAME}{_WHERE})+"
        rf"(?=\s+(?:(?i:sẽ|đã|đều|cũng)\s+)*(?:{cues().pattern('reach_verb')})))?"
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
        # "có 4 xã chuẩn nông thôn mới": the standard's word before it, "đạt" left out
        r"(?:(?i:chuẩn)\s+)?"
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


#: "năm" alone is five only as a count of units ("có năm xã đạt chuẩn"); after these it is
#: the year ("trong năm xã đạt thêm 2 tiêu chí", "cuối năm xã …", "cả năm xã …" left out too:
#: the whole year or all five, no reader can tell).
_FIVE = r"(?<![^\W\d_])(?i:năm)(?![^\W\d_])"
_YEAR_WORD_BEFORE = re.compile(
    r"(?i:(?<![^\W\d_])(?:mỗi|hằng|hàng|cả|cuối|đầu|giữa|qua|sang|các|những|một|tháng)"
    r"|\d)\s*$"
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
    if written.lower() == "năm" and _YEAR_WORD_BEFORE.search(text, s, m.start()):
        return None
    return str(value)


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


#: The whole of a "K trong N" before the N: what _ratios did not read as K of N is no count.
_ONE_OF_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:\d{1,3}|(?i:một))\s+(?i:trong)\s+(?:(?i:tổng)\s+)?(?:(?i:số)\s+)?$"
)


#: A set a sentence opens on to count within it, "thì" turning to the count ("trong 40 xã đã
#: đạt chuẩn trước năm 2021 thì có 12 xã chưa giữ được chuẩn"): the N of the K/N after it, no
#: fact of its own (as a goal that only gives the N, FACTS.md). (With a comma alone, "Trong số
#: 18 xã đạt chuẩn, có 2 xã miền núi", the shared gold keeps the set's own statement.)
_SET_OPENED_BEFORE = re.compile(
    r"(?:^|[,;:(\n]|(?<![^\W\d_])(?i:đến\s+nay|hiện\s+nay|nay))\s*(?i:trong)"
    r"\s+(?:(?i:tổng)\s+)?(?:(?i:số)\s+)?$"
)
#: The count within that set, later in its sentence.
_COUNT_WITHIN_AFTER = re.compile(
    r"[^.;!?]{0,160}?\s(?i:thì)\s+(?:(?i:chỉ\s+)?(?i:có|còn)\s+)?\d{1,4}\s+[^\W\d_]"
)


#: A count of units per unit or per year ("mỗi huyện lựa chọn 01 xã đã đạt chuẩn", "mỗi năm
#: có thêm 2 xã"), in the count's own clause, or the top of a range ("2-3 xã"): no K units.
_EACH_OR_RANGE_BEFORE = re.compile(
    r"(?i:(?<![^\W\d_])mỗi\s+[^\W\d_]+[^,;:.()\d]{0,40}|\d\s*[-–])\s*$"
)


def _bares(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    text = sections.text
    previous: CoverageMention | None = None
    for m in _bare().finditer(text, s, e):
        if _is_taken(m.start(), taken):
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
        cm, co = m.group("cm") or m.group("cm2"), m.group("co") or m.group("co2")
        # "3 xã còn lại đạt 18/19 tiêu chí" is the rest's count; "3 xã còn lại (cơ bản) hoàn
        # thành 19/19 tiêu chí" K units at the whole set written M/M: coverage (FACTS.md)
        rest_at_whole = bool(cm and co and cm == co)
        if _blocked(text, before, unit_end, m.group("unit")) or (
            _REMAINING.search(m.group("mods") or "") and not rest_at_whole
        ):
            continue
        if _DATE_BEFORE.search(before) or _cue_before("unit_increment").search(before):
            continue  # "Năm 2020 xã đạt chuẩn …": a year, not a number of communes
        if _SET_OPENED_BEFORE.search(before) and _COUNT_WITHIN_AFTER.match(text, m.end()):
            continue  # "trong 40 xã đã đạt chuẩn … thì có 12 xã …": the set counted within
        if _ONE_OF_BEFORE.search(before):
            continue  # "là 1 trong 4 xã đầu tiên đạt chuẩn": the set, not K units (ratios)
        if _EACH_OR_RANGE_BEFORE.search(before):
            continue  # "mỗi huyện chọn 01 xã …", "mỗi năm thêm 2-3 xã": per unit, or a range
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
        elif (
            _cue_before("unit_all").search(before)
            and not _in_all(before, after_unit)
            and not _all_reviewed().search(before)
        ):
            total = met  # "cả 11 xã đã đạt chuẩn": all of them
        elif _EACH_RIGHT_AFTER.match(after_unit):
            total = met  # "(xã A, B và C …) 3 xã đều đã đạt 19/19 tiêu chí": all 3 of them
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
        elif m.group("pshare2") is not None:
            percent = _SHARE.match(text, m.start("pshare2"))
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
        if m.group("again") and mention.context.goal is not None:
            taken.pop()
            continue  # "phấn đấu 01 xã đạt xã NTM kiểu mẫu": a bare goal stays unread (decided)
        items = []
        # units named in brackets after the last item ("20 xã điểm, 3 huyện (A, B và C) đạt
        # …") close it as a note would; names written bare may hold commas of their own
        names = m.group("names")
        if total is None and (not names or names.lstrip().startswith("(")):
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
    # of counts of other units, ending right where the next item starts; what kind of commune
    # it counts may follow ("28 xã điểm, 2 huyện …": cues commune_epithet)
    return re.compile(
        rf"(?P<met>{_INT})\s+(?P<unit>(?i:{_unit_kind()}))(?![^\W\d_])"
        r"(?:\s+(?i:cấp\s+(?:huyện|xã|tỉnh))"
        rf"|\s+(?:{cues().pattern('commune_epithet')})(?![^\W\d_]))?(?:\s*/\s*[^\W\d_]+)?"
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
        if item is None or _is_taken(item.start(), taken):
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
        if _is_taken(m.start(), taken) or not _same_unit(m.group("below"), "xã"):
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
        total = _total_before(text, s, m.start(), m.group("unit"))
        mention = _count_mention(sections, block, (s, e), m, start=m.start(), total=total)
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
        if _is_taken(m.start("met"), taken):
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


#: The item before a unit named by its standard, in a list, itself a standard: "xây dựng xã A
#: thành xã NTM nâng cao, 1 khu dân cư NTM kiểu mẫu", "xã B đạt chuẩn NTM và 2 thôn NTM
#: kiểu mẫu" (the units are the list's next item, even when the first names a place).
_STANDARD_ITEM_BEFORE = re.compile(
    r"(?i:nông\s+thôn\s+mới|NTM)(?:\s+(?i:nâng\s+cao|kiểu\s+mẫu))?\s*(?:,|(?i:và))\s*$"
)


def _nouns(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span], found: bool
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "12 xã đạt chuẩn NTM và 6 xã NTM nâng cao", "1 xã nông thôn mới kiểu mẫu (Định
    Thủy), tỷ lệ 6,7%": units named by the standard they hold, in a list of statements or
    with their share."""
    text = sections.text
    for m in _noun().finditer(text, s, e):
        if _is_taken(m.start(), taken):
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
    rf"[\s\-–+•*]*{CRITERION_WORD}\s+(?:(?i:số)\s+)?(?P<number>\d{{1,2}})(?!\d)"
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
        if _is_taken(tail.start(group), taken):
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
        if _is_taken(m.start("k"), taken):
            continue
        if UNITS_LABEL_BEFORE.search(text[s : m.start()]):
            continue  # "Số xã đạt 19 tiêu chí: 2 xã": a label, read with its names (labels)
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
