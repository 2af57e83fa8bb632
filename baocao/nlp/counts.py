"""Criteria counts: a subject meets N of M criteria (or indicators), or has N left unmet.

The forms, each "N tiêu chí" or "N chỉ tiêu" (indicators):

* a ratio after a verb — "xã đã đạt được 15/19 tiêu chí, với 51/57 chỉ tiêu";
* a remainder — "còn lại 04 tiêu chí với 06 chỉ tiêu chưa đạt", "còn 02 tiêu chí": unmet;
* a count with "chưa đạt" after it — "04 tiêu chí chưa đạt": unmet;
* a bare count after a verb — "đạt 17 tiêu chí", "hoàn thành 08 tiêu chí"; under a lead
  about the criteria not met ("Đối với các tiêu chí chưa đạt: Tập trung hoàn thành 08 tiêu
  chí …") it counts unmet criteria;
* a pair — "đối với 13 tiêu chí, còn 02 tiêu chí": 13 met, 2 unmet, each the other's
  partner (their sum is the whole).

A count whose subject is a number of units ("3 xã đạt 19/20 tiêu chí", "Số xã hoàn thành
19 tiêu chí") is no subject's count (FACTS.md: it is coverage, or a band); each unit it
names gets the count instead, when the names add up to K: "2 xã đạt 20/20 tiêu chí (Bùi Xá,
Đức Tùng)", "05 xã (A - huyện X; B, C - huyện Y) tự đánh giá đạt 19 tiêu chí", "… là xã A,
xã B", "3 xã gồm xã A, … hoàn thành 19/19 tiêu chí", a named part ("15 xã đạt 19/19 tiêu chí,
có 2 xã miền núi là A và B"), or group by group right after a whole-set statement ("7 xã đạt
19 tiêu chí." ⏎ "Trong đó, 5 xã A, B, …; 01 xã … (xã C, …)"). Units named as a part of those
that reached the standard ("Trong số 18 xã đạt chuẩn, có 2 xã miền núi là A và B") each meet
the whole set. The rest of the units ("hai xã còn lại đạt 18/19 tiêu chí", "xã còn lại …")
is a subject of its own, written as part of its place ("hai xã còn lại của huyện X"); a band
("đạt từ 15-18 tiêu chí") or an average is no count. A bare level word before the verb
("…, huyện hoàn thành 9/9 chỉ tiêu …", "Thị xã đã hoàn thành …") is the place of that level
named last.

A number may be written in words ("còn hai tiêu chí chưa đạt", "hai xã còn lại", "mười hai
xã": the vocabulary's number words). Units named after the standard they hold ("có 4 xã nông
thôn mới (A, B, C, D)", "hai xã NTM nâng cao là xã A và xã B") each meet the whole set, as
the named part of those that reached it does; names may follow "gồm các xã:" or a colon,
carry their district in brackets ("Hòa Hiệp (Tam Bình)") and end where the sentence goes on
("…, Vinh Mỹ (Phú Lộc) đưa tổng số xã đạt chuẩn lên …"). "hoàn thành tất cả 19 tiêu chí",
"đạt đủ 19 tiêu chí": the whole is the count.

The names may come in the next sentence, after a naming lead ("3 xã đạt đủ 19 tiêu chí. Đó là
các xã: A, B và C", "Cụ thể gồm các xã …", "Các xã về đích trong năm gồm: …"), and a count of
"các xã trên/này/nói trên" is of the one list of communes the sentence or two before name
("Các xã A, B và C được đầu tư … Đến nay, các xã trên đã đạt 39/39 chỉ tiêu"). A unit after
the last name with a standard of its own ("… và xã H là xã NTM nâng cao") is none of the K.

Criteria added up over units ("toàn huyện đạt 186 tiêu chí", more than any set has, or
"đạt tổng cộng … tiêu chí") are no count (FACTS.md: a count's M is the size of one set); "9/14
xã đạt 19 tiêu chí" is a number of units as "9 xã" is. A bare whole-set count of units named
with it ("3 xã cơ bản đạt 19 tiêu chí: xã A, xã B, xã C") is each one's 19 of 19.

Several communes listed before one verb ("xã A và xã B đã hoàn thành 19/19 tiêu chí", "2 xã
A và B đạt 19 tiêu chí", "… về đích với 19/19 tiêu chí") or named as the topic a sentence
opens with ("Đối với xã A và xã B, huyện phấn đấu hoàn thành 19/19 tiêu chí trong năm 2025":
the district works for them, the count is theirs) each get the count. A commune that "là xã
đầu tiên của huyện hoàn thành …" is the subject, not the district it is the first of. A bare
"19 tiêu chí" of one subject is the whole set ("xã A đã hoàn thành 19 tiêu chí": 19 of 19),
unless the sentence goes on to criteria still missing ("…, còn thiếu tiêu chí số 20").

"với M chỉ tiêu" after a count is a second count of the same polarity. A count denied or
past ("không còn giữ vững đạt 14/14 tiêu chí", "trước đây đạt 12/19") is no statement, and
neither is an average ("11,75 tiêu chí/xã", a percentage with a unit).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from baocao.data.lexicon import CAPITALS
from baocao.nlp.context import Sections, commune_before, context_at
from baocao.nlp.mentions import CountMention
from baocao.nlp.segment import Block
from baocao.vocab.criteria import LARGEST_SET
from baocao.vocab.numbers import NumberFormatError, number_words_pattern, parse_number_words
from baocao.vocab.patterns import cues, is_goal_word
from baocao.vocab.places import PLACE_PATTERN, TOPIC_PATTERN, commune_spelling, described_communes

#: A count written in words ("hai tiêu chí", "Một đơn vị", "mười hai xã", "hai mươi mốt xã"):
#: the vocabulary's number words (never a lone "năm" or "tư", a year and an ordinal).
COUNT_WORDS = number_words_pattern()
#: The same before a unit, where a lone "năm" is five ("năm xã còn lại"): a year is followed
#: by its digits, not by a unit.
NUMBER_WORDS = rf"(?:{COUNT_WORDS}|(?<![^\W\d_])(?i:năm)(?![^\W\d_]))"


def words_value(written: str) -> int | None:
    """The value of a count written in words ("hai" → 2, "hai mươi mốt" → 21), or None for
    words that are no count: "số", "các", "mười năm" (ten years; fifteen is "mười lăm")."""
    words = written.lower().split()
    if len(words) > 1 and words[-1] == "năm":
        return None
    try:
        return parse_number_words(written) if words else None
    except NumberFormatError:
        return None


# "TC" (short_forms.toml) is "tiêu chí" only as the M of a ratio ("xã A đạt 15/19 TC"): a bare
# "đạt 3 TC" may be "tiêu chuẩn" (:func:`counts_in_sentence` drops it)
_WHAT = r"(?P<what>tiêu\s+chí|chỉ\s+tiêu|(?-i:TC))"
# a count, never an average ("tiêu chí/xã") and never a decimal
# "14 trong số 19 tiêu chí", "15 tiêu chí trên tổng số 19 tiêu chí": the whole in words
_OF_WORDS = r"\s+(?i:trong|trên)\s+(?:(?i:tổng)\s+)?(?:(?i:số)\s+)?"
_COUNT = re.compile(
    r"(?<![\w.,/])(?P<met>\d{1,3}|" + COUNT_WORDS + r")(?:(?:\s*/\s*|" + _OF_WORDS + r")"
    r"(?P<of>\d{1,3}))?"
    r"\s+(?i:" + _WHAT + r")(?!\s*/)(?![^\W\d_])"
    r"(?:" + _OF_WORDS + r"(?P<of_after>\d{1,3})\s+(?i:tiêu\s+chí|chỉ\s+tiêu)(?![^\W\d_]))?"
)


def _of(m: re.Match[str]) -> str | None:
    """The whole of a count, written with it or after its noun."""
    return m.group("of") or m.group("of_after")


def _met(m: re.Match[str]) -> str | None:
    """The number of a count in figures ("hai tiêu chí" → "2"), None when its words are no
    count."""
    written = m.group("met")
    if written[0].isdigit():
        return written
    value = words_value(written)
    return None if value is None else str(value)


# "giữ vững và nâng cao chất lượng 19/19 tiêu chí", "duy trì 19/19 tiêu chí": a count held
# "hoàn thành tất cả 19 tiêu chí", "đạt đủ 19 tiêu chí": the whole of the count said before it
_ALL_BEFORE = re.compile(r"(?i:(?<![^\W\d_])(?:đủ|cả|tất\s+cả))\s*$")
# ("duy trì và nâng chất 19/19 tiêu chí" too)
_VERB_BEFORE = re.compile(
    # ("xã A đạt chuẩn 19/19 tiêu chí": the standard's word between the verb and the count)
    r"(?i:(?:đạt(?:\s+chuẩn)?|hoàn\s+thành|có)(?:\s+được)?(?:\s+(?:đủ|cả|tất\s+cả))?|được|"
    r"(?P<held>giữ\s+vững|duy\s+trì)"
    r"(?:\s+và\s+(?:nâng\s+cao(?:\s+chất\s+lượng)?|nâng\s+chất))?)\s*(?:\*\*)?\s*$"
)
# "nâng chất 15 tiêu chí, giữ vững 4 tiêu chí": criteria raised in quality and criteria held,
# parts of what a unit has met, never the count it meets (README, "Decisions")
_RAISED = re.compile(cues().pattern("quality_raised") + r"\s+(?:\d|các)")
# "xã Tân Hòa được công nhận đạt chuẩn NTM với 19/19 tiêu chí": the ratio the standard
# was reached with.
_WITH_RATIO_BEFORE = re.compile(r"(?i:(?<![^\W\d_])với)\s*$")


@cache
def _reached() -> re.Pattern[str]:
    # "được công nhận đạt chuẩn", "về đích": the standard reached (a bare "đạt" reaches anything)
    return re.compile(cues().pattern("reach_verb", "finish", "standard"))


_REMAINDER_BEFORE = re.compile(r"(?i:còn(?:\s+lại)?|chưa\s+đạt|còn\s+nợ|thiếu)\s*$")
#: "chưa đạt" right before the whole set written as a ratio denies it ("Xã A chưa đạt 19/19
#: tiêu chí", "3 xã chưa đạt 19/19 tiêu chí là …"): the set not reached, neither met nor a
#: number left unmet.
_NOT_YET_BEFORE = re.compile(r"(?i:chưa\s+đạt(?:\s+chuẩn)?)\s*$")
_WITH_BEFORE = re.compile(r"(?i:,?\s*(?:với|và|gồm|trong\s+đó\s+có)?)\s*$")
# "… hoàn thành 3 tiêu chí còn lại": the rest of the set, still unmet (a goal, usually)
_UNMET_AFTER = re.compile(r"\s*(?i:chưa\s+đạt|không\s+đạt|còn\s+nợ|còn\s+lại)(?![^\W\d_])")
_PAIR_AFTER = re.compile(r",?\s*(?i:còn(?:\s+lại)?)\s+(?P<met>\d{1,3})\s+(?i:" + _WHAT + r")")
_UNMET_TOPIC = re.compile(r"(?i:tiêu\s+chí\s+(?:chưa\s+đạt|còn\s+nợ|không\s+đạt))")
_CLAUSE_START = re.compile(r"[.;:!?]")
# Counted things that are no subject's own count of the set: the targets of a plan or a
# resolution met and passed ("có 16/30 chỉ tiêu đạt và vượt", "7 chỉ tiêu vượt kế hoạch",
# "10/25 chỉ tiêu có khả năng đạt"), criteria no unit meets ("còn 4 tiêu chí chưa có xã nào
# đạt", "có 3 tiêu chí mà chưa có huyện nào đạt được").
_NOT_OWN_AFTER = re.compile(
    r"\s*(?i:(?:mà\s+)?(?:chưa|không)\s+có\s+(?:xã|huyện|đơn\s+vị|thôn|bản|ấp)\s+nào|"
    r"(?:đạt\s+(?:và\s+)?)?vượt|có\s+khả\s+năng)(?![^\W\d_])"
)
# "hoàn thành 19 tiêu chí … đối với 5 xã": the set reached by some units, no count of the
# place named before it ("ngoài xã A, phấn đấu hoàn thành …": A is left out).
_FOR_UNITS_AFTER = re.compile(
    r"[^.;:\d]{0,60}?\s(?i:đối\s+với|cho)\s+\d{1,3}(?:\.\d{3})*\s+"
    r"(?i:xã|huyện|thôn|bản|ấp|đơn\s+vị|địa\s+phương)(?![^\W\d_])"
)
# "Đạt 19 tiêu chí có 87 xã, đạt 15 – 18 tiêu chí có 8 xã": a band written before the units
# in it, so the count is theirs, no subject's (coverage reads the whole set's band).
_UNITS_IN_BAND_AFTER = re.compile(
    r"\s*(?:[:–-]\s*|(?i:(?:thì\s+)?(?:có|gồm|là))\s+)(?:(?i:tổng\s+số|tổng\s+cộng)\s+)?"
    r"\d{1,3}(?:\.\d{3})*\s+(?i:xã|huyện|thôn|bản|ấp|đơn\s+vị|địa\s+phương)(?![^\W\d_])"
)
# "Số xã đạt 19 tiêu chí: 2 xã (…)", "- Xã đạt 19/19 tiêu chí: 9 xã": a label of units, read
# with its names and share elsewhere (searched in the clause's own text).
UNITS_LABEL_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?i:số)\s+|^[\s\-–+•*]*)(?i:xã|huyện|thôn|bản|ấp|đơn\s+vị|địa\s+phương)"
    r"[^\d.;:]{0,24}$"
)
_COUNT_LABEL = re.compile(r"(?i:(?:tiêu\s+chí|chỉ\s+tiêu)\s+(?:đã\s+)?(?:chưa\s+)?đạt)")
_UNMET_LABEL = re.compile(r"(?i:chưa\s+đạt|không\s+đạt|còn\s+nợ)")
# Cheap test before the count pattern: a count needs a digit and "tiêu"/"chỉ", or its number
# in words right before them ("còn hai tiêu chí").
_COUNTED = re.compile(r"\d[^\n]*?(?:(?i:tiêu|chỉ)\s|/\s*\d{1,3}\s+TC(?![^\W\d_]))")
_COUNTED_IN_WORDS = re.compile(COUNT_WORDS + r"\s+(?i:tiêu|chỉ)\s")
# Cheap test before a named part of the units that reached the standard ("Trong số 18 xã …",
# "…, trong đó có 2 xã …").
_SUBSET_HINT = re.compile(
    r"(?i:trong\s+(?:tổng\s+)?số)\s+\d|(?i:trong\s+đó)|(?i:nông\s+thôn\s+mới|NTM)"
)


@cache
def _units_subject() -> re.Pattern[str]:
    """A count whose subject is a number of units ("3 xã đạt 19/20 tiêu chí", "Số xã hoàn
    thành 19 tiêu chí", "05 xã (A - huyện X; B) tự đánh giá đạt"): the units, not a place."""
    return re.compile(
        # "30/90 xã đạt 19 tiêu chí", "6 trong số 9 xã … hoàn thành đủ 19 tiêu chí": K of N
        # units, as much a number of units as "30 xã"
        r"(?:(?<![\w.,/])(?P<k>\d{1,3}(?:\.\d{3})+|\d{1,5})"
        r"(?:\s*/\s*[\d.]{1,7}|\s+(?i:trong|trên)\s+(?:(?i:tổng)\s+)?(?i:số)\s+[\d.]{1,7})?\s+"
        r"|(?i:(?<![^\W\d_])(?P<word>" + NUMBER_WORDS + r"|số|các|những))\s+"
        # "…, xã còn lại đạt 18/19 tiêu chí": the one unit left
        rf"|(?<![^\W\d_])(?=(?i:{cues().pattern('unit_kind')})\s+(?:{cues().pattern('units_rest')})))"
        rf"(?P<unit>(?i:{cues().pattern('unit_kind')}))"
        # "30 xã/90 xã", "10/12 xã, thị trấn", "30 xã, chiếm 33,3%, đạt …": the whole, the
        # other units of its level or the share after the units
        rf"(?:\s*/\s*[\d.]{{1,7}}\s+(?i:{cues().pattern('unit_kind')}))?"
        r"(?:\s*,\s*(?i:thị\s+trấn|phường))?"
        r"(?:\s*,\s*(?:(?i:chiếm|bằng|đạt)\s+)?(?:(?i:tỷ\s+lệ|tỉ\s+lệ)\s+)?\d{1,3}(?:,\d+)?\s*%)?"
        r"(?:\s*\((?P<names>[^()]{2,300})\)"
        # "3 xã gồm xã A, xã B và xã C hoàn thành 19/19 tiêu chí", "hai xã còn lại là xã A và
        # xã B đạt …": named after "là"/"gồm"
        r"|(?:\s+[^\W\d_()]+){0,3}?,?\s+"
        rf"(?:{cues().pattern('units_named')})\s+(?P<listed>[{CAPITALS}xX][^\d.;:()]{{1,300}}?)"
        rf"(?=\s+(?i:(?:đã\s+|đều\s+)*(?:{cues().pattern('reach_verb')}))))?"
        # words between the units and the count, quoted or not ("5 xã “tự tin” đạt đủ …"),
        # with the year they are registered for ("6 xã đăng ký xây dựng NTM nâng cao năm
        # 2022 đã hoàn thành đủ …")
        r"(?:\s+(?:[\"“‘']?[^\W\d_()]+[\"”’']?|(?<=(?i:năm) )(?:19|20)\d{2}(?![\d/.,]))){0,20}"
        r"\s*(?:\*\*)?\s*$"
    )


_YEAR_BEFORE = re.compile(r"(?i:năm|đến|cuối|đầu)\s*$")

# The units named after a count: "… 20/20 tiêu chí (Bùi Xá, Đức Tùng)", "… 19 tiêu chí là
# xã A, xã B và xã C".
_NAMES_IN_PARENS = re.compile(r"\s*\((?P<names>[^()]{2,300})\)")


@cache
def _names_after() -> re.Pattern[str]:
    # "… 19/19 tiêu chí, gồm các xã: A, B (huyện X) và C", "… tiêu chí: A, B; C (huyện X)":
    # the names may carry their district in brackets
    # "… 19/19 tiêu chí trong năm 2019: A, B, C": the year they reached it before the colon
    return re.compile(
        # "…, đó là các xã A, B và C": the names after "đó là" in the same sentence
        r"(?:(?:\s+[^\W\d_]+){0,4}?\s*,?\s+(?:(?i:đó)\s+)?"
        rf"(?:{cues().pattern('units_named')})\s*:?\s+"
        r"|(?:\s+(?i:trong\s+)?(?i:năm)\s+(?:19|20)\d{2})?\s*:[\s;]*)"
        rf"(?:(?i:các|những)\s+(?i:{cues().pattern('unit_kind')})\s*:?\s+)?"
        # names may be split by ";" ("A - huyện X; B"), but not a next count ("…; 2 xã đạt …");
        # a blank line ends them ("A, B,⏎⏎Tải file 1": page furniture, no unit)
        r"(?P<names>(?:[^.:;()\n]|\n(?![ \t]*\n)|;(?!\s*\d)|\([^()]*\)){2,300})"
    )


_NAME_SPLIT = re.compile(r"\s*(?:[,;]|\s(?i:và)\s)\s*")
# "Hòa Hiệp (Tam Bình)", "Tân An (huyện Yên Dũng)": where a named unit lies
_PLACE_NOTE = re.compile(r"\s*\([^()]*\)")


def _name_then_clause(part: str) -> str | None:
    """ "Vinh Mỹ đưa tổng số xã đạt chuẩn lên …": the last name of a list, and the clause
    the sentence goes on with after it (a word in lower case)."""
    name = _NAME.match(part)
    if name is None or name.end() == len(part) or not part[name.end()].isspace():
        return None
    rest = part[name.end() :].lstrip()
    return name.group() if rest[:1].islower() else None


# "… và xã H là xã NTM nâng cao": a unit after the list said to hold a standard of its own
_OWN_STANDARD = re.compile(r"\s+(?i:là|đạt)\s")
_QUALIFIER = re.compile(r"\s+[-–]\s+.*$")
_LEVEL_ABOVE = re.compile(r"(?i:huyện|quận|thị\s+xã|thành\s+phố|tỉnh|TP\.?|TX\.?)\s")
# a commune's name may end in a number ("Phước Cát 1", "Tân Lâm 2")
_NAME = re.compile(
    rf"[{CAPITALS}][\w'’-]*(?:\s+[{CAPITALS}][\w'’-]*){{0,3}}(?:\s+\d{{1,2}}(?![\d.,/]))?"
)


def named_units(written: str, unit: str, k: int) -> list[str] | None:
    """The units a list names, with the unit's prefix ("Tân Nhuận Đông - huyện Châu Thành;
    Mỹ Đông" → ["xã Tân Nhuận Đông", "xã Mỹ Đông"]), or None unless it names exactly ``k``
    of them. The places above them ("- huyện Tháp Mười", ", thành phố Buôn Ma Thuột") only
    say where they are."""
    prefix = re.compile(rf"(?i:{re.escape(unit)})\s+")
    names: list[str] = []
    for part, after_semicolon in _parts(_PLACE_NOTE.sub("", written).strip()):
        part = _QUALIFIER.sub("", part.strip())
        if not part or _LEVEL_ABOVE.match(part + " "):
            continue
        part = prefix.sub("", part, count=1) if prefix.match(part) else part
        if not _NAME.fullmatch(part):
            if len(names) == k and part[:1].islower():
                # "… là A, B (huyện X), C, tăng 2 xã so với năm trước": the K names, then
                # the sentence goes on after a comma with a clause of its own
                break
            last = _name_then_clause(part)
            if last is None:
                return None
            if len(names) == k and (after_semicolon or _OWN_STANDARD.match(part, len(last))):
                # "7 xã NTM là: A, …, G và xã H là xã NTM nâng cao": the last unit, with a
                # standard of its own, is none of the K
                break
            names.append(f"{unit.lower()} {last}")
            break  # the last name, then its sentence goes on
        names.append(f"{unit.lower()} {part}")
    return names if len(names) == k else None


def _list_end(text: str, end: int, written: str, last: str) -> int:
    """Where a list of names ends in the text (``end`` the end of ``written``): after its last
    name when a statement of its own follows a ";" ("A, B, C; xã D hiện đạt …")."""
    start = end - len(written)
    if text[start:end] != written:
        return end
    bare = last.split(" ", 1)[-1]
    at = text.find(bare, start, end)
    if at < 0 or ";" not in text[at + len(bare) : end]:
        return end
    return at + len(bare)


def _parts(written: str) -> Iterator[tuple[str, bool]]:
    """The parts of a list of names, each with whether a ";" opens it: "A, B, C; xã D hiện
    đạt 11 tiêu chí" goes on after the K names with a statement of its own."""
    for i, chunk in enumerate(written.split(";")):
        for j, part in enumerate(_NAME_SPLIT.split(chunk)):
            yield part, i > 0 and j == 0


# "…, huyện hoàn thành 9/9 chỉ tiêu", "Thị xã đã hoàn thành …": a district-level word standing
# for the place of that level named last (a bare "xã" or "tỉnh" is the reporting unit's own).
_BARE_LEVEL_BEFORE = re.compile(
    r"(?<![^\W\d_])(?P<level>(?i:huyện|thị\s+xã|thành\s+phố|quận))\s+"
    r"(?:(?i:đã|cũng)\s+)?(?:(?i:thực\s+hiện)\s+)?"
    r"(?i:đạt|hoàn\s+thành)(?:\s+(?i:được))?\s*$"
)
#: How far back the place a bare level word stands for may be named.
LEVEL_REACH = 1500


@cache
def _place() -> re.Pattern[str]:
    return re.compile(PLACE_PATTERN)


def _level_place(text: str, at: int, level: str) -> str | None:
    """The last place of ``level`` ("huyện") named in the ``LEVEL_REACH`` characters before
    ``at``."""
    want = " ".join(level.lower().split())
    found = None
    for m in _place().finditer(text, max(0, at - LEVEL_REACH), at):
        written = " ".join(m.group().split())
        if written.lower().startswith(want + " ") and written[len(want) + 1 :][:1].isupper():
            found = written
    return found


def _label_place(text: str, s: int, at: int) -> str | None:
    """ "Đối với xã Hải Nhân: đạt 17/19 tiêu chí", "- Xã A: đạt …": the place of the label
    before the colon the count's clause opens after."""
    clause = _clause_start(text, s, at)
    if clause <= s or text[clause - 1] != ":" or text[clause:at].strip(" *-–+•").count(" ") > 3:
        return None
    label_start = _clause_start(text, s, clause - 1)
    found = None
    for m in _place().finditer(text, label_start, clause - 1):
        found = m
    if found is None or text[found.end() : clause - 1].strip(" *"):
        return None
    return " ".join(found.group().split())


# "xã Quế Sơn đã hoàn thành tất cả 19 tiêu chí": only adverbs between the place and its verb;
# "xã C (đạt 15/19 tiêu chí) phấn đấu đạt 19/19 tiêu chí": an aside in brackets and a goal
# word too (the goal is the commune's)
# "xã Hòa Tiến là xã đầu tiên của huyện hoàn thành 19/19 tiêu chí": what the commune is, then
# its verb (the district it is the first of is no subject); "được công nhận" before the verb
# "Các xã A, B thuộc huyện C đạt 18/19 tiêu chí", "xã A, B, huyện C đã đạt …": where they lie,
# written between the communes and their verb, like a bracket
_ADVERBS = re.compile(
    r"\s*(?:\([^()]*\)\s*,?\s*"
    r"|,?\s*(?:(?i:thuộc|của)\s+)?(?i:huyện|thị\s+xã|thành\s+phố|TP\.?)\s+"
    rf"{_NAME.pattern}\s*,?\s*)?"
    r"(?:(?i:là)\s+(?:(?i:một)\s+)?(?i:xã|đơn\s+vị)(?:\s+[^\W\d_]+|\s+(?i:thứ)\s+\d{1,3}){0,8}?\s+)?"
    r"(?:(?i:đã|đều|cũng|mới|chỉ|vẫn|sẽ|phấn\s+đấu|tiếp\s+tục|quyết\s+tâm)\s+)*"
    # "xã B (huyện C) đã được công nhận đạt 19/19 tiêu chí": the recognition is the
    # commune's, its count too
    r"(?:(?i:được\s+(?:công\s+nhận|thẩm\s+định|đánh\s+giá))(?:\s+(?i:là))?\s+)?"
)


def _verb_subject(text: str, s: int, f: _Found) -> str | None:
    """The commune written right before the verb of the count ``f`` in its clause, the
    subject of the count whatever place the text is about."""
    clause = _clause_start(text, s, f.start)
    verb = _VERB_BEFORE.search(text, clause, f.start)
    if verb is None or f.group or f.whole_set:
        return None
    found = None
    for m in _place().finditer(text, clause, verb.start()):
        if _ADVERBS.fullmatch(text, m.end(), verb.start()) is not None:
            found = m
            break  # (the first that is: "xã A là xã đầu tiên của huyện B hoàn thành …")
    if found is None or not found.group().lower().startswith("xã "):
        # "A - một trong 13 xã biên giới của tỉnh B đã đạt …": the commune the clause opens
        # with, described, whatever place its description names (FACTS.md: the place is the
        # unit the fact is about)
        described = described_communes(text, clause, verb.start())
        if described and not _COMMUNE_NAMED.search(text, described[0][0] + 1, verb.start()):
            return described[0][1].written
    if found is None:
        return None
    written = " ".join(found.group().split())
    # a commune ("xã Quang Châu, huyện Việt Yên đạt …": the district only says where it is)
    return written if written.lower().startswith("xã ") else None


@cache
def _reached_with() -> re.Pattern[str]:
    # "xã A và xã B về đích với 19/19 tiêu chí": the verb of the ratio the standard was
    # reached with
    return re.compile(rf"(?:{cues().pattern('reach_verb')})[^\d.;:]{{0,60}}?\s(?i:với)\s*$")


@cache
def _topic_lead() -> re.Pattern[str]:
    # "Đối với xã A và xã B, …", "Riêng các xã A, B, …", "Đối với 2 xã A và B, …": the communes
    # a sentence opens with as its topic
    return re.compile(
        rf"[\s*\-–+•]*(?:{TOPIC_PATTERN})\s+(?:(?i:các|những|\d{{1,2}}|{NUMBER_WORDS})\s+)?$"
    )


#: Between a topic's list and the verb of its count, no other commune is named.
_OTHER_COMMUNE = re.compile(rf"(?<![^\W\d_])(?i:xã)\s+[{CAPITALS}]")


def units_before_verb(text: str, lo: int, at: int) -> tuple[str, ...] | None:
    """The communes the count at ``at`` is of, when its clause (from ``lo`` on) names several
    before its verb (see :func:`communes_before`)."""
    clause = _clause_start(text, lo, at)
    verb = _VERB_BEFORE.search(text, clause, at) or _reached_with().search(text, clause, at)
    if verb is None:
        return None
    found = communes_before(text, clause, verb.start())
    return found[0] if found else None


def communes_before(text: str, lo: int, verb: int) -> tuple[tuple[str, ...], int] | None:
    """The communes the clause of the verb at ``verb`` (not before ``lo``) names as the
    verb's subject, and where their list starts: listed right before the verb ("xã A và xã B đã
    hoàn thành 19/19 tiêu chí", "hai xã A và B đã đạt …") or as the topic the sentence opens
    with ("Đối với xã A và xã B, huyện phấn đấu hoàn thành 19/19 tiêu chí …": the district
    works for them). None when no such list is written or its names are not all communes."""
    clause = _clause_start(text, lo, verb)
    for m in _list_back().finditer(text, clause, verb):
        before_verb = _ADVERBS.fullmatch(text, m.end(), verb) is not None
        topic = (
            _topic_lead().fullmatch(text, clause, m.start()) is not None
            and re.match(r"\s*,", text[m.end() : verb]) is not None
            and _OTHER_COMMUNE.search(text, m.end(), verb) is None
        )
        if not (before_verb or topic):
            continue
        run = m.group("run")
        parts = [p for p in _NAME_SPLIT.split(_PLACE_NOTE.sub("", run)) if p.strip()]
        names = named_units(run, "xã", len(parts))
        if names is None or any(n.split()[1].lower() in _NOT_A_NAME for n in names):
            return None
        return tuple(names), m.start()
    return None


@cache
def _negation() -> re.Pattern[str]:
    return re.compile(cues().pattern("negation"), re.IGNORECASE)


@cache
def _verb_joined() -> re.Pattern[str]:
    """A predicate of its own joined after another: "… không có nợ đọng và đạt …"."""
    return re.compile(
        rf"(?:,|\s(?i:và))\s+(?:(?i:đã|đều|cũng|cơ\s+bản)\s+)*(?:{cues().pattern('reach_verb')})"
        r"(?:\s+[^\W\d_]+){0,3}\s*$"
    )


def _denied(before: str) -> bool:
    """Whether a negation before a count denies it: not one of an earlier predicate the
    count's own verb is joined after ("2 xã đều không có nợ đọng … và đạt 19/19 tiêu chí")."""
    ends = [n.end() for n in _negation().finditer(before)]
    return bool(ends) and _verb_joined().search(before, ends[-1]) is None


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    met: str
    of: str | None
    what: str
    unmet: bool
    partner: str | None = None
    subject: str | None = None
    quote: tuple[int, int] | None = None
    group: bool = False
    whole_set: bool = False
    group_place: str | None = None


def _found(
    m: re.Match[str],
    what: str,
    unmet: bool = False,
    *,
    at: tuple[int, int] | None = None,
    subject: str | None = None,
    quote: tuple[int, int] | None = None,
    group: bool = False,
) -> _Found:
    """The count ``m`` reads ("N[/M] tiêu chí"), found at its own span or at ``at`` (the
    units of a breakdown named after it)."""
    start, end = at or m.span()
    met = _met(m) or ""
    return _Found(start, end, met, _of(m), what, unmet, subject=subject, quote=quote, group=group)


def _clause_start(text: str, lo: int, at: int) -> int:
    """Where the clause holding ``at`` starts (after the last . ; : ! ? before it that is
    not inside parentheses: "05 xã (A - huyện X; B, C - huyện Y) …" is one clause, nor a
    number's: "1.030 xã")."""
    depth = 0
    for i in range(at - 1, lo - 1, -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            depth = max(0, depth - 1)
        elif depth == 0 and _CLAUSE_START.match(text, i):
            if ch == "." and text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit():
                continue  # "1.030 xã": a number's separator
            return i + 1
    return lo


def _sentences(sections: Sections, block: Block) -> list[tuple[int, int]]:
    """The block's sentences, a sentence cut inside parentheses joined to the next."""
    text = sections.text
    out: list[tuple[int, int]] = []
    for s, e in sections.sentences(block):
        if out and text.count("(", out[-1][0], out[-1][1]) > text.count(
            ")", out[-1][0], out[-1][1]
        ):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _gap(text: str, start: int, end: int) -> str:
    """The words between two counts, spaces and line breaks folded: "với"."""
    return " ".join(text[start:end].split()).strip(" ,*")


def _count_label(text: str, s: int, clause: int) -> str | None:
    """The "label:" before a clause that opens with a count, when the label says the count
    is of criteria met or not met ("Số tiêu chí đạt chuẩn:")."""
    if clause <= s or text[clause - 1] != ":":
        return None
    label = text[_clause_start(text, s, clause - 1) : clause - 1]
    return label if _COUNT_LABEL.search(label) else None


def _what(written: str) -> str:
    if written == "TC":
        return "tiêu chí"
    return " ".join(written.lower().split())


def _unmet_topic(sections: Sections, block: Block, at: int) -> bool:
    """Whether the text before ``at`` in its block, or the lead of its list, is about the
    criteria not met."""
    text = sections.text
    if _UNMET_TOPIC.search(text, block.start, at):
        return True
    lead = sections.lead(block)
    return lead is not None and _UNMET_TOPIC.search(text, lead.start, lead.end) is not None


#: The most criteria one subject can be counted against: the largest national set, and one
#: a province may add ("19/20 tiêu chí").
MOST_CRITERIA = LARGEST_SET + 1
#: The most indicators one subject can be counted against: no set has a hundred ("toàn huyện
#: đạt 420 chỉ tiêu" adds up its communes').
MOST_INDICATORS = 99
# "đạt tổng cộng 210 tiêu chí": criteria added up over units
_SUM_BEFORE = re.compile(r"(?i:(?<![^\W\d_])tổng\s+cộng)\s*(?:\*\*)?\s*$")


def _sum_of_units(text: str, clause: int, m: re.Match[str], what: str) -> bool:
    """Whether a number of criteria is a sum over several units, no subject's count: more
    criteria than any set has ("toàn huyện đạt 240 tiêu chí", "… đạt 215/270 tiêu chí") or a
    total written so ("các xã đạt tổng cộng 18 tiêu chí"). FACTS.md: a count's M is the size
    of one set."""
    most = MOST_CRITERIA if what == "tiêu chí" else MOST_INDICATORS
    of = _of(m)
    if int(_met(m) or 0) > most or (of is not None and int(of) > most):
        return True
    return _SUM_BEFORE.search(text, clause, m.start()) is not None


def _held_part(text: str, s: int, e: int, m: re.Match[str], verb: re.Match[str], what: str) -> bool:
    """Whether a count written after "giữ vững" / "duy trì" with no whole is only the part
    of the met criteria held, not all of them: its sentence raises the quality of others
    ("nâng chất 15 tiêu chí, giữ vững 4 tiêu chí"), or it is not the whole set ("duy trì 19
    tiêu chí" is 19/19; "giữ vững 4 tiêu chí" says nothing of what else is met)."""
    if verb.group("held") is None or _of(m) is not None:
        return False
    if _RAISED.search(text, s, e):
        return True
    met = _met(m)
    return what == "tiêu chí" and (met is None or not _whole_set_number(met, what))


#: A bracket glossing the standard named right before it: "… xã đạt chuẩn nông thôn mới (đạt
#: 19 tiêu chí theo Bộ tiêu chí quốc gia)" says what the standard is, no subject's count
#: (a ratio in it, "(đạt 19/19 tiêu chí)", is the subject's own).
_STANDARD_GLOSS_BEFORE = re.compile(
    r"(?i:đạt\s+chuẩn\s+(?:nông\s+thôn\s+mới|NTM)(?:\s+(?:nâng\s+cao|kiểu\s+mẫu))?)\s*\(\s*"
    r"(?i:đạt|gồm|với|có)?\s*(?:(?i:đủ|đầy\s+đủ)\s+)?$"
)


#: A sentence opening on units neither named nor counted: "Đây là các xã …", "Các xã …".
_UNITS_OPENING = re.compile(
    r"[\s*\-–+•]*(?:(?i:đây|đó)\s+(?i:là)\s+)?(?i:các|những)\s+(?i:xã|thôn|bản|ấp)(?![^\W\d_])"
    r"(?!\s+(?i:còn\s+lại|nêu|nói|kể|trên|này|đó)(?![^\W\d_]))"
)
#: A place or a level word taking over as the subject before the count.
_SUBJECT_TAKEN = re.compile(
    rf"(?:{PLACE_PATTERN})|(?i:(?<![^\W\d_])(?:huyện|tỉnh|thị\s+xã)(?![^\W\d_]))"
)


def _units_open_sentence(text: str, s: int, at: int) -> bool:
    """Whether the sentence from ``s`` opens on plural units, unnamed and uncounted, that stay
    its subject up to the count at ``at`` (no place nor level word between)."""
    opening = _UNITS_OPENING.match(text, s, at)
    return opening is not None and _SUBJECT_TAKEN.search(text, opening.end(), at) is None


def counts_in_sentence(sections: Sections, block: Block, s: int, e: int) -> Iterator[_Found]:
    """The counts of one sentence, in order."""
    text = sections.text
    previous: _Found | None = None
    last_end = s
    for m in _COUNT.finditer(text, s, e):
        if _met(m) is None:
            previous = None
            continue  # "mười năm tiêu chí …": words that are no count
        if m.group("what") == "TC" and m.group("of") is None:
            previous = None
            continue  # "đạt 3 TC": criteria or standards, no count
        clause = _clause_start(text, s, m.start())
        before = text[clause : m.start()]
        what = _what(m.group("what"))
        seg_start, last_end = max(clause, last_end), m.end()
        if (
            _NOT_OWN_AFTER.match(text, m.end())
            or _FOR_UNITS_AFTER.match(text, m.end())
            or (_UNITS_IN_BAND_AFTER.match(text, m.end()) and not UNITS_LABEL_BEFORE.search(before))
            or _sum_of_units(text, clause, m, what)
            or (
                _of(m) is None
                and _STANDARD_GLOSS_BEFORE.search(text, max(s, m.start() - 40), m.start())
            )
        ):
            previous = None
            continue
        if _of(m) is not None and _met(m) == _of(m) and _NOT_YET_BEFORE.search(before):
            # the whole set not reached: how many criteria the subject meets is not said
            # ("chưa đạt 2/19 tiêu chí" still counts 2 unmet)
            previous = None
            continue
        if _a_purpose(text, m):
            previous = None  # "Để đạt được 19/19 tiêu chí, các xã đang …": aimed at, no count
            continue
        listed = list(_listed_communes(text, s, seg_start, m, what))
        if not listed:
            # (the sentence whole: its communes may be grouped by ";")
            whole_start = next(
                (a for a, b in sections.sentences(block, semicolons=False) if a <= s <= b), s
            )
            listed = list(_subject_list_counts(text, whole_start, m, what))
        if listed:
            yield from listed
            previous = None
            continue
        chained = bool(
            previous is not None
            and _gap(text, previous.end, m.start()) in ("với", "và", "gồm", "")
            and _WITH_BEFORE.search(text[previous.end : m.start()])
        )
        if _denied(before) and not _REMAINDER_BEFORE.search(before):
            previous = None
            continue
        if _of(m) is None and _average_or_bound(text, clause, m, chained=chained):
            # "bình quân mỗi xã chỉ đạt 2 tiêu chí", "các xã còn lại đạt từ 14 tiêu chí trở
            # lên": an average or a band or bound, no subject's count
            previous = None
            continue
        if _of(m) is None and _set_size(text, clause, m):
            previous = None  # "Bộ tiêu chí … gồm 10 tiêu chí": the size of a set, no count
            continue
        if _a_condition(sections, block, s, m):
            previous = None  # "xã … phải là xã đạt chuẩn; đạt 20 tiêu chí": a standard's rule
            continue
        units = None if chained else _units_subject().search(text, clause, m.start())
        if units is not None and _YEAR_BEFORE.search(text, clause, units.start()):
            units = None  # "Năm 2015 xã đạt 10 tiêu chí": a year, not a number of communes
        if units is not None and _place().search(
            text,
            units.end("names") + 1
            if units.group("names")
            else units.end("listed")
            if units.group("listed")
            else units.end("unit"),
            m.start(),
        ):
            units = None  # "… có 13 xã thì xã Yên Lạc đạt 18/19 tiêu chí": the place's count
        if units is not None:
            # "3 xã đạt 19/20 tiêu chí": the count of some communes, no subject's own; the
            # units named with it each get it
            yield from _named_counts(text, m, units, what)
            previous = None
            continue
        if _units_open_sentence(text, s, m.start()):
            # "Đây là các xã còn nợ … năm 2016, đến nay đã hoàn thành 19/19 tiêu chí": units
            # unnamed and uncounted are the subject, no place's count
            previous = None
            continue
        found: _Found | None = None
        if chained and previous is not None:
            found = _found(m, what, previous.unmet if _of(m) is None else False)
        elif _REMAINDER_BEFORE.search(before):
            found = _found(m, what, True)
        elif _of(m) is not None and (
            _VERB_BEFORE.search(before)
            or not before.strip(" *-–+•")
            or (_WITH_RATIO_BEFORE.search(before) and _reached().search(before))
        ):
            found = _found(m, what)
        elif _UNMET_AFTER.match(text, m.end()):
            found = _found(m, what, True)
        elif (verb := _VERB_BEFORE.search(before)) and _held_part(text, s, e, m, verb, what):
            # "giữ vững 4 tiêu chí" beside "nâng chất 15 tiêu chí": a part of what is met
            previous = None
            continue
        elif verb:
            unmet = _of(m) is None and _unmet_topic(sections, block, m.start())
            found = _found(m, what, unmet)
            if (
                _of(m) is None
                and not unmet
                and (
                    _ALL_BEFORE.search(before)
                    or (
                        _whole_set_number(found.met, what)
                        and not _SHORT_AFTER.match(text, m.end(), e)
                    )
                )
            ):
                # "hoàn thành tất cả 19 tiêu chí", "xã A đã hoàn thành 19 tiêu chí": 19/19
                found = replace(found, of=found.met)
        elif not before.strip(" *-–+•") and (label := _count_label(text, s, clause)):
            # "Số tiêu chí đạt chuẩn: 17 tiêu chí", "Số tiêu chí chưa đạt: 02 tiêu chí"
            unmet = _UNMET_LABEL.search(label) is not None
            found = _found(m, what, unmet)
        else:
            pair = _PAIR_AFTER.match(text, m.end())
            if pair is not None and _what(pair.group("what")) == what:
                found = _Found(
                    m.start(), m.end(), _met(m) or "", None, what, False, partner=pair.group("met")
                )
        if found is None:
            previous = None
            continue
        if found.unmet and previous is not None and previous.partner == found.met:
            # "13 tiêu chí, còn 02 tiêu chí": the remainder completes the pair
            found = _Found(
                found.start, found.end, found.met, found.of, what, True, partner=previous.met
            )
        # an unmet count chained to an unmet one stays unmet ("với 06 chỉ tiêu chưa đạt")
        if _UNMET_AFTER.match(text, found.end) and not found.unmet:
            found = _Found(found.start, found.end, found.met, found.of, what, True)
        yield found
        previous = found


@cache
def _subject_list() -> re.Pattern[str]:
    # "Còn lại 4 xã là A, B (huyện X); C, D (huyện Y) đang …", "Các xã A, B và C tiếp tục
    # …": the communes a sentence opens with, the subject of its predicate
    rest = cues().pattern("units_rest")
    named = cues().pattern("units_named")
    return re.compile(
        # an opening that dates it ("Năm 2019,", "Hiện nay,"), then "còn lại", "riêng"
        r"[\s*\-–+•]*(?:(?:[^\W\d_]+\s+){0,3}(?:(?:19|20)\d{2})?\s*,\s*)?"
        rf"(?:(?:{rest}|(?i:riêng|hiện\s+còn))\s*,?\s+)?"
        rf"(?:(?P<k>\d{{1,2}})\s+|(?P<word>{COUNT_WORDS}|(?i:các|những))\s+)?"
        rf"(?i:xã)(?:\s+{rest})?\s+(?:(?:{named})\s*:?\s+)?(?:(?i:các\s+xã)\s*:?\s+)?"
        rf"(?:(?i:xã)\s+)?(?P<run>{_NOTED_NAME}"
        rf"(?:(?:\s*[,;]\s*|\s+(?i:và)\s+)(?:(?i:xã)\s+)?{_NOTED_NAME})+)"
    )


#: How long the predicate between a sentence's communes and their count may run.
SUBJECT_LIST_REACH = 200
#: A predicate that goes on to another subject, number or clause of its own: a name, a
#: figure, or a unit in lower case ("…, toàn huyện đạt 19 tiêu chí", "…, huyện đã hoàn thành").
_NOT_PREDICATE = re.compile(
    rf"[\d.;:!?()\[\]{CAPITALS}]|(?<![^\W\d_])(?i:xã|huyện|tỉnh|thôn|bản|ấp|toàn|thị\s+xã|"
    r"thành\s+phố|quận|phường|đơn\s+vị|địa\s+phương)(?![^\W\d_])"
)


def _subject_list_counts(text: str, s: int, m: re.Match[str], what: str) -> Iterator[_Found]:
    """ "Còn lại 4 xã là Hồng Tiến, Tứ Dân (huyện X); Trung Hòa (huyện Y) đang tiếp tục hoàn
    thiện các tiêu chí chưa đạt, phấn đấu trong năm nay sẽ hoàn thành 19 tiêu chí": the
    communes the sentence opens with (K of them when K is written) each get the count its
    predicate ends with, through clauses in lower case that name no other place or number."""
    found = _subject_list().match(text, s, m.start())
    if found is None or m.start() - found.end() > SUBJECT_LIST_REACH:
        return
    predicate = text[found.end() : m.start()]
    verb = _VERB_BEFORE.search(predicate)
    if verb is None or _NOT_PREDICATE.search(predicate):
        return
    if _ADVERBS.fullmatch(predicate, 0, verb.start()) is not None:
        return  # "Các xã A và B đã đạt 19/19 tiêu chí": the list right before its verb
    own = predicate[predicate.rfind(",") + 1 :]
    if _negation().search(own) or _average_or_bound(text, m.start() - len(own), m, chained=False):
        return  # "…, nhưng chưa đạt 19 tiêu chí", "…, đạt từ 15-18 tiêu chí"
    run = found.group("run")
    parts = [p for p in _NAME_SPLIT.split(_PLACE_NOTE.sub("", run)) if p.strip()]
    names = named_units(run, "xã", len(parts))
    k = found.group("k") or words_value(found.group("word") or "")
    if names is None or any(n.split()[1].lower() in _NOT_A_NAME for n in names):
        return
    if k is not None and len(names) != int(k):
        return
    f = _found(m, what, _UNMET_AFTER.match(text, m.end()) is not None)
    if _of(m) is None and not f.unmet and _whole_set_number(f.met, what):
        f = replace(f, of=f.met)  # "phấn đấu hoàn thành 19 tiêu chí": the whole set
    for name in names:
        yield replace(f, subject=name, quote=(found.start("run"), m.end()))


# A district's summary naming its communes bare, each with its count: "Các xã còn lại như
# Tân Lợi đạt 15 tiêu chí, Hòa Bình và An Phú đạt 13 tiêu chí, Phú Mỹ 9 tiêu chí", "xã điểm
# Long Hòa đã đạt 17/19 tiêu chí". The names follow a qualified commune word ("các xã còn lại
# như", "xã điểm") or, once the sentence has a commune word, a comma after the count before.
# "xã điểm quốc gia Tân Lập đã hoàn thành 12 tiêu chí": what kind of commune it is between
# "xã" and its name (cues commune_epithet)


@cache
def _commune_lead() -> str:
    return (
        rf"(?<![^\W\d_])(?i:xã)(?:\s+(?:{cues().pattern('commune_epithet')}|(?i:còn\s+lại)))*"
        r"(?:\s+(?i:như|là|gồm))?\s+"
    )


_COMMUNE_WORD = re.compile(r"(?<![^\W\d_])(?i:xã)(?![^\W\d_])")
#: First words of a capitalised run that are no commune's name.
_NOT_A_NAME = frozenset(
    "huyện tỉnh thành thị quận xã toàn các đến năm hiện trong riêng đây có tổng".split()
)


@cache
def _listed_names() -> re.Pattern[str]:
    # "Một số xã đạt thấp, điển hình như A chỉ đạt 7 tiêu chí", "… như A (10 tiêu chí), B, C
    # (11 tiêu chí)": named examples of the communes the sentence spoke of (units_example)
    # "4 xã NTM: A (TP X), B (huyện Y) và C (huyện Z) đạt 19/19 tiêu chí": the names after a
    # colon, each with the place above it in brackets
    name = _NOTED_NAME
    return re.compile(
        rf"(?:(?P<lead>{_commune_lead()})"
        rf"|(?<![^\W\d_])(?:{cues().pattern('units_example')})\s+|[,;]\s*|(?P<colon>:)\s*)"
        rf"(?P<names>{name}(?:\s*,\s*{name})*(?:\s+(?i:và)\s+{name})?)\s+"
        rf"{_listed_tail()}"
    )


def _listed_tail() -> str:
    # "A (10 tiêu chí)": the count in brackets after the names (closed after it); else the
    # adverbs before the count ("A chỉ đạt 7 tiêu chí": cues example_adverb)
    return (
        r"(?:(?P<bracket>\(\s*)(?:(?i:đạt)\s+)?"
        rf"|(?:(?:{cues().pattern('example_adverb')})\s+)*"
        r"(?:(?i:xây\s+dựng|thực\s+hiện)\s+)?(?:(?i:đạt|hoàn\s+thành)(?:\s+(?i:được))?\s+)?)$"
    )


#: The bracket a count in brackets after its communes closes with.
_BRACKET_CLOSE = re.compile(r"\s*\)")
# A name in such a list as written, maybe with a word in lower case ("Yên nhân"): a commune's
# only when the gazetteer knows it.
_LOOSE_NAME = rf"[{CAPITALS}][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,3}}?"


@cache
def _loose_listed_names() -> re.Pattern[str]:
    # "… cho 12 xã: A 13/19 tiêu chí, B 11/19 tiêu chí, C, d 9/19 tiêu chí": the first
    # item after the colon, and names whatever their case
    name = _LOOSE_NAME
    return re.compile(
        rf"(?:(?P<lead>{_commune_lead()})|[,;]\s*|(?P<colon>:)\s*)"
        rf"(?P<names>{name}(?:\s*,\s*{name})*(?:\s+(?i:và)\s+{name})?)\s+"
        rf"{_listed_tail()}"
    )


def _spelled_names(text: str, found: re.Match[str], at: int) -> list[str] | None:
    """The names a loose list match names, in their official spelling where one is written in
    lower case; None unless every name is a commune's as written (after a colon, or in lower
    case: a commune the gazetteer knows, in the district named before when there is one)."""
    district = _level_place(text, at, "huyện")
    names: list[str] = []
    for name in (n.strip() for n in _NAME_SPLIT.split(found.group("names"))):
        if not name or name.split()[0].lower() in _NOT_A_NAME:
            return None
        if _NAME.fullmatch(name) and found.group("colon") is None:
            names.append(name)
            continue
        spelled = commune_spelling(name, district=district) or (
            commune_spelling(name) if district is None else None
        )
        if spelled is None:
            return None
        names.append(name if _NAME.fullmatch(name) else spelled)
    return names


def _listed_communes(
    text: str, s: int, seg_start: int, m: re.Match[str], what: str
) -> Iterator[_Found]:
    """One count per commune named bare before the count ``m`` (see ``_listed_names``)."""
    names: list[str] | None = None
    # the clause opens after a colon: the list's first item follows it
    lo = seg_start - 1 if seg_start > s and text[seg_start - 1] == ":" else seg_start
    found = _loose_listed_names().search(text, lo, m.start())
    if found is not None and found.group("lead") is None:
        names = _spelled_names(text, found, m.start())
    if names is None:
        found = _listed_names().search(text, lo, m.start())
    if found is None:
        return
    if found.group("bracket") is not None and _BRACKET_CLOSE.match(text, m.end()) is None:
        return  # "A (đạt 10 tiêu chí và …)": the bracket says more than the count
    lead = found.group("lead")
    if lead is not None and lead.strip().lower() == "xã":
        return  # "xã Tân Mỹ đạt 19/19 tiêu chí": a place as any other, read with its context
    if lead is None and not _COMMUNE_WORD.search(text, s, found.start()):
        return
    if names is None:
        names = [n.strip() for n in _NAME_SPLIT.split(_PLACE_NOTE.sub("", found.group("names")))]
        if found.group("colon") is not None and not all(commune_spelling(n) for n in names if n):
            return  # "Kết quả của xã: Đạt 15/19 tiêu chí": after a colon, communes the map knows
    if any(not n or n.split()[0].lower() in _NOT_A_NAME for n in names):
        return
    unmet = _UNMET_AFTER.match(text, m.end()) is not None
    for name in names:
        yield _found(m, what, unmet, subject=f"xã {name}", quote=(found.start("names"), m.end()))


@cache
def _label_number() -> re.Pattern[str]:
    # "… tiêu chí là 3 xã", "… tiêu chí: 03 xã": the number a label of units gives
    return re.compile(
        r"\s*(?:(?i:là)\s+|:\s*)(?P<k>\d{1,3})\s*"
        rf"(?P<unit>(?i:{cues().pattern('unit_kind')}))(?![^\W\d_])"
    )


#: Criteria still missing after a count: "đạt 19 tiêu chí, còn 1 tiêu chí chưa đạt", "…, còn
#: thiếu tiêu chí số 20" (a province's set of 20): the count is no whole set.
_SHORT_AFTER = re.compile(
    r"[^.;]{0,60}?(?<![^\W\d_])(?i:còn|thiếu|chưa\s+đạt|không\s+đạt)(?![^\W\d_])"
)


def _whole_set_number(met: str, what: str) -> bool:
    """Whether a bare number of criteria is a whole set ("19 tiêu chí", "20 tiêu chí" where a
    province adds one): no band below the whole reaches it (FACTS.md: a count's M is the size
    of one set)."""
    return what == "tiêu chí" and met.isdigit() and int(met) >= LARGEST_SET


def _whole_of_named(text: str, units: re.Match[str], m: re.Match[str], what: str) -> bool:
    """Whether a bare count of units named with it is the whole set: "4 xã đạt đủ 19 tiêu
    chí", or a number no band below the whole reaches ("5 xã đạt 19 tiêu chí gồm: …": FACTS.md,
    each named unit meets 19 of 19)."""
    if _of(m) is not None:
        return False
    if _ALL_BEFORE.search(text, units.start(), m.start()) is not None:
        return True
    return _whole_set_number(_met(m) or "0", what)


def _named_counts(text: str, m: re.Match[str], units: re.Match[str], what: str) -> Iterator[_Found]:
    """One count per unit named with "K <unit> … đạt M tiêu chí" (in parentheses after the
    units or the count, or after "là"/"gồm"), when exactly K are named."""
    k = (units.group("k") or "").replace(".", "") or words_value(units.group("word") or "")
    remaining = _rest().search(units.group())
    if remaining is not None and not (units.group("names") or units.group("listed")):
        if _MORE_BEFORE.search(text, units.start(), m.start()) or (
            units.group("k") and _of(m) is not None and _met(m) == _of(m)
        ):
            # "các xã còn lại phấn đấu đạt thêm ít nhất 1 tiêu chí": an increment, no count;
            # "4 xã còn lại hoàn thành 19/19 tiêu chí": K units at the whole set, coverage
            return
        if not _average_or_bound(text, units.start(), m, chained=True):
            # "hai xã còn lại đạt 18/19 tiêu chí", "các xã còn lại đều đạt 18/19 tiêu chí":
            # the rest, a subject of its own (a band "đạt từ 15-18 tiêu chí" is no count)
            phrase = " ".join(text[units.start() : units.start() + remaining.end()].split())
            subject = phrase[:1].lower() + phrase[1:]
            yield _found(m, what, subject=subject, quote=(units.start(), m.end()), group=True)
        return
    written = units.group("names") or units.group("listed")
    if remaining is None and not written and k is not None:
        rest = _rest_named_after_count(text, m, units, what)
        if rest is not None:
            yield rest
            return
    if k is None and remaining is not None and written:
        # "xã còn lại là xã C đạt 15/19 tiêu chí", "các xã còn lại là xã A và xã B đạt …":
        # the rest, each named (as many as the names)
        k = len([p for p in _NAME_SPLIT.split(_PLACE_NOTE.sub("", written)) if p.strip()])
    if k is None and (units.group("word") or "").lower() in ("các", "những") and not written:
        # "Các xã cơ bản đạt 19 tiêu chí: xã A, xã B, xã C": all the units named after it
        after = _NAMES_IN_PARENS.match(text, m.end()) or _names_after().match(text, m.end())
        if after is not None and _units_back().match(text, units.end("unit")) is None:
            parts = _NAME_SPLIT.split(_PLACE_NOTE.sub("", after.group("names")))
            k = len([p for p in parts if p.strip()])
    at = m.end()
    if k is None and (units.group("word") or "").lower() == "số" and not written:
        # "Số xã đạt 19 tiêu chí là 3 xã (xã A, xã B, xã C)", "Số xã …: 3 xã gồm A, B, C":
        # the label's number, then the units named
        number = _label_number().match(text, m.end())
        if number is not None and _same_words(number.group("unit"), units.group("unit")):
            k, at = number.group("k"), number.end()
    if k is None:
        yield from _counts_of_units_back(text, m, units, what)
        return
    end = m.end()
    listed = units_before_verb(text, units.start(), m.start()) if written is None else None
    if listed is not None and len(listed) == int(k):
        # "2 xã Tam Phú và Tam Thăng đạt 19/19 tiêu chí": the units named right before the verb
        whole = _whole_of_named(text, units, m, what)
        for name in listed:
            f = _found(m, what, subject=name, quote=(units.start(), m.end()))
            yield replace(f, of=f.met) if whole else f
        return
    if written is None:
        after = (
            _NAMES_IN_PARENS.match(text, at)
            or _names_after().match(text, at)
            or _names_after_clause(text, at)
        )
        if after is None:
            subset = _named_subset().match(text, at)
            following = _names_next_sentence(text, at)
            if subset is not None and _same_words(subset.group("unit"), units.group("unit")):
                # "18 xã đạt 19/19 tiêu chí, có 2 xã miền núi là A và B": the units named
                # of a part of them
                k, written, end = _number(subset), subset.group("names"), subset.end()
            elif following is not None and _same_words(
                following[0] or units.group("unit"), units.group("unit")
            ):
                # "4 xã đạt đủ 19 tiêu chí. Đó là các xã: A, B, C và D": named next
                _, written, end = following
            else:
                # "Cả 3 xã đều đạt 19/19 tiêu chí", "2 xã này đã đạt …": the units named before
                back = list(_counts_of_units_back(text, m, units, what, int(k)))
                if back:
                    whole = _whole_of_named(text, units, m, what)
                    yield from (replace(f, of=f.met) if whole else f for f in back)
                    return
                yield from _breakdown_counts(text, m, units, what)
                return
        else:
            written, end = after.group("names"), after.end()
    names = named_units(written, units.group("unit"), int(k))
    if names is None:
        return
    end = _list_end(text, end, written, names[-1])
    whole = _whole_of_named(text, units, m, what)
    for name in names:
        f = _found(m, what, subject=name, quote=(units.start(), end))
        yield replace(f, of=f.met) if whole else f


#: How long the clause between a count of units and the "gồm:" naming them may run.
NAMES_AFTER_CLAUSE_REACH = 160


@cache
def _names_after_colon() -> re.Pattern[str]:
    # "04 xã cơ bản hoàn thành 19/19 tiêu chí và đang lập hồ sơ công nhận vào tháng 8/2018
    # gồm: xã A - huyện X; xã B, C - huyện Y": the names after "gồm:" at the clause's end
    return re.compile(
        rf"[^.;:]{{0,{NAMES_AFTER_CLAUSE_REACH}}}?\s(?:{cues().pattern('units_named')})\s*:\s*"
        r"(?P<names>(?:[^.:;()]|;(?!\s*\d)|\([^()]*\)){2,300})"
    )


def _names_after_clause(text: str, at: int) -> re.Match[str] | None:
    """The names of the units a count before ``at`` counted, after "gồm:" (or "là:") ending
    the clause the count opens, when the clause counts no other units on the way."""
    found = _names_after_colon().match(text, at)
    if found is None or _COUNTED_UNITS.search(text, at, found.start("names")):
        return None
    return found


#: How far after a count the sentence naming its units may start.
NAMES_NEXT_REACH = 200
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


@cache
def _names_next() -> re.Pattern[str]:
    # "Đó là các xã: A, B", "Cụ thể gồm các xã A, B", "Các xã được công nhận đợt này gồm: A,
    # B", "Đó là xã A và xã B": a sentence opening that names the units counted before it
    unit = cues().pattern("unit_kind")
    lead = cues().pattern("names_next")
    named = cues().pattern("units_named")
    names = r"(?P<names>(?:[^.:()\n]|\([^()\n]*\)){2,300})"
    return re.compile(
        r"[\s*\-–+•]*(?:"
        rf"(?:(?:{lead})\s*[,:]?\s*)+(?:(?:{named})\s*:?\s*)?"
        # "Đó là các địa phương A, B (huyện X); C": places, the units counted before
        rf"(?:(?i:các|những)\s+(?:(?i:địa\s+phương|đơn\s+vị)|(?P<unit>(?i:{unit})))"
        r"(?![^\W\d_])\s*:?\s*"
        rf"|(?=(?i:{unit})\s+[{CAPITALS}]))"
        rf"|(?i:các|những)\s+(?P<unit2>(?i:{unit}))(?![^\W\d_])"
        rf"(?:\s+[^\W\d_]+){{0,8}}?\s+(?:{named})\s*:\s*"
        rf"){names}"
    )


def _names_next_sentence(text: str, at: int) -> tuple[str | None, str, int] | None:
    """The unit (None when not written), the names and where they end, of the units a count
    before ``at`` counted, written in the next sentence after a naming lead ("… 4 xã đạt đủ
    19 tiêu chí. Đó là các xã: A, B, C và D")."""
    end = _SENTENCE_END.search(text, at, at + NAMES_NEXT_REACH)
    if end is None or _COUNTED_UNITS.search(text, at, end.start()):
        return None  # "…, nâng tổng số lên 40 xã. Đó là …": the names may be of those
    found = _names_next().match(text, end.end())
    if found is None:
        return None
    return found.group("unit") or found.group("unit2"), found.group("names"), found.end("names")


# (not a change, "tăng 8 xã so với năm trước": the names still add up to the count or to none)
_COUNTED_UNITS = re.compile(
    r"(?<!(?i:tăng|giảm) )(?<!\d)\d+\s+(?i:xã|huyện|thôn|bản|ấp)(?![^\W\d_])"
)


@cache
def _units_back() -> re.Pattern[str]:
    # "các xã trên đã đạt", "các xã nói trên đều đạt", "các xã này đạt": the communes named before
    return re.compile(
        rf"\s+(?:{cues().pattern('units_back')})(?!\s+(?i:địa\s+bàn|toàn|cả))"
        r"(?:\s+(?i:đã|đều|cũng|vẫn|nay|hiện|cơ\s+bản))*"
        # "các xã trên đã về đích với 19/19 tiêu chí", "các xã này được công nhận …"
        rf"\s+(?:{cues().pattern('reach_verb')}|(?i:duy\s+trì|giữ\s+vững))"
    )


_NOTED_NAME = rf"{_NAME.pattern}(?:\s*\([^()]{{1,60}}\))?"
#: How many words may describe the communes between "xã" and the word that opens their names
#: ("Các xã được hội đồng bỏ phiếu công nhận đạt chuẩn gồm A, B"); words only, so the run
#: stops at a figure or a stop.
LIST_LEAD_WORDS = 16


@cache
def _list_back() -> re.Pattern[str]:
    # "Các xã A, B và C …", "xã A và xã B …", "Các xã dự kiến đạt chuẩn gồm: A (huyện X), B
    # và C": a list of communes a later "các xã trên" may refer to
    return re.compile(
        r"(?<![^\W\d_])(?i:xã)\s+"
        rf"(?:(?:[^\W\d_]+\s+){{0,{LIST_LEAD_WORDS}}}?(?:{cues().pattern('units_named')})\s*:?\s+)?"
        rf"(?P<run>{_NOTED_NAME}(?:(?:\s*,\s*|\s+(?i:và)\s+)(?:(?i:xã)\s+)?{_NOTED_NAME})+)"
    )


_COMMUNE_NAMED = re.compile(rf"(?<![^\W\d_])(?i:xã)\s+[{CAPITALS}]")
#: How many sentences before a count "các xã trên" may name its communes in.
UNITS_BACK_SENTENCES = 2
UNITS_BACK_REACH = 800
#: "đều" among the adverbs right after the units: each of them ("3 xã đều đã đạt …").
_EACH_OF_THEM_AFTER = re.compile(
    r"(?:\s+(?i:đã|cũng|vẫn|nay|hiện|cơ\s+bản))*\s+(?i:đều)(?![^\W\d_])"
)
#: "cả 3 xã", "cả hai xã": all the units counted, the ones just named.
_ALL_UNITS_BEFORE = re.compile(r"(?<![^\W\d_])(?i:cả)\s+$")


@cache
def _bare_back() -> re.Pattern[str]:
    # "Về cơ bản, các xã đã đạt 39/39 chỉ tiêu", "các xã đều hoàn thành 19/19 tiêu chí": a bare
    # "các xã" with only adverbs before its verb; the communes just named when the sentence
    # before names one list of them and counts no units
    return re.compile(
        r"(?:\s+(?i:đã|đều|cũng|vẫn|nay|hiện|cơ\s+bản))+"
        rf"\s+(?:{cues().pattern('reach_verb')}|(?i:duy\s+trì|giữ\s+vững))"
    )


def _sentence_starts(text: str, lo: int, at: int) -> list[int]:
    """Where the sentences before ``at`` (from ``lo`` on) start, a blank line between
    paragraphs no sentence of its own."""
    starts: list[int] = []
    last = lo
    for end in _SENTENCE_END.finditer(text, lo, at):
        if text[last : end.start()].strip():
            starts.append(end.end())
        last = end.end()
    return starts


def _counts_of_units_back(
    text: str, m: re.Match[str], units: re.Match[str], what: str, k: int | None = None
) -> Iterator[_Found]:
    """ "Các xã A, B và C được đầu tư … Đến nay, các xã trên đã đạt 39/39 chỉ tiêu": each
    commune of the one list named in the sentence or two before gets the count. "Cả 3 xã"
    and "3 xã này" (``k``) refer back too, to a list of exactly ``k``; a bare "các xã" only to
    a list in the sentence right before, with no number of units counted since."""
    if units.group("unit").lower() != "xã":
        return
    word = (units.group("word") or "").lower()
    referred = _units_back().match(text, units.end("unit")) is not None
    bare = False
    if k is not None:
        every = _ALL_UNITS_BEFORE.search(text, max(0, units.start() - 8), units.start())
        # "Các xã A, B và C …; 3 xã đều đã đạt 19/19 tiêu chí": "đều" says all of them, the
        # ones just named (in the sentence right before at most)
        bare = _EACH_OF_THEM_AFTER.match(text, units.end("unit")) is not None
        if not (referred or every or bare):
            return
    elif word not in ("các", "những"):
        return
    elif not referred:
        bare = _bare_back().match(text, units.end("unit")) is not None
        if not bare:
            return
    lo = max(0, units.start() - UNITS_BACK_REACH)
    starts = _sentence_starts(text, lo, units.start())
    back = 1 if bare else UNITS_BACK_SENTENCES
    start = starts[-back - 1] if len(starts) > back else lo
    lists = list(_list_back().finditer(text, start, units.start()))
    if k is not None and (bare or every):
        # "2 xã A và B đạt chuẩn NTM, xã C đạt chuẩn NTM nâng cao. … 3 xã đều đã đạt 19/19
        # tiêu chí": the K communes named, in lists or one by one, in the sentence before
        every_name = _communes_named_back(text, start, units.start(), lists)
        listed = sum(len(_NAME_SPLIT.split(lst.group("run"))) for lst in lists)
        if every_name is not None and len(every_name) == k and len(every_name) != listed:
            quote = (every_name[0][0], m.end())
            for _, name in every_name:
                yield _found(m, what, subject=name, quote=quote)
            return
    if len(lists) != 1:
        return  # none, or more lists than one: which the words refer to is not said
    others = [
        c.start()
        for c in _COMMUNE_NAMED.finditer(text, start, units.start())
        if not lists[0].start() <= c.start() < lists[0].end()
    ]
    if others:
        return  # "xã A và xã B …; xã C …. Các xã trên": the list may not be all of them
    if bare and _COUNTED_UNITS.search(text, lists[0].end(), units.start()):
        return  # "… xã A, B. Toàn huyện có 12 xã; các xã đều đạt …": the units counted since
    run = lists[0].group("run")
    parts = [p for p in _NAME_SPLIT.split(_PLACE_NOTE.sub("", run)) if p]
    names = named_units(run, "xã", len(parts))
    if names is None or any(n.split()[1].lower() in _NOT_A_NAME for n in names):
        return
    if k is not None and len(names) != k:
        return
    for name in names:
        yield _found(m, what, subject=name, quote=(lists[0].start(), m.end()))


def _communes_named_back(
    text: str, start: int, end: int, lists: list[re.Match[str]]
) -> list[tuple[int, str]] | None:
    """Every commune named between ``start`` and ``end``, in the lists ``lists`` and one by
    one ("xã C"), each once, with where it is written; None when a list is no list of names."""
    found: list[tuple[int, str]] = []
    for lst in lists:
        run = lst.group("run")
        parts = [p for p in _NAME_SPLIT.split(_PLACE_NOTE.sub("", run)) if p]
        names = named_units(run, "xã", len(parts))
        if names is None or any(n.split()[1].lower() in _NOT_A_NAME for n in names):
            return None
        found.extend((lst.start(), n) for n in names)
    for c in _COMMUNE_NAMED.finditer(text, start, end):
        if any(lst.start() <= c.start() < lst.end() for lst in lists):
            continue
        name = _NAME.match(text, c.end() - 1)
        if name is None or name.group().split()[0].lower() in _NOT_A_NAME:
            return None
        found.append((c.start(), f"xã {name.group()}"))
    found.sort(key=lambda item: item[0])
    unique: list[tuple[int, str]] = []
    for at, commune in found:
        if commune not in (n for _, n in unique):
            unique.append((at, commune))
    return unique


#: "đạt thêm (ít nhất) 2 tiêu chí": criteria added, an increment (FACTS.md), right before the
#: count.
_MORE_BEFORE = re.compile(r"(?i:(?<![^\W\d_])thêm(?:\s+(?:ít\s+nhất|tối\s+thiểu|từ))?)\s*$")

#: "còn 4 xã đạt …", "còn lại 2 xã …": the units that are left, counted after "còn".
_REST_BEFORE_UNITS = re.compile(r"(?i:(?<![^\W\d_])còn(?:\s+lại)?)\s+$")
#: Where the rest lie, written after their count: "… tiêu chí thuộc huyện Đam Rông".
_REST_PLACE_AFTER = re.compile(rf"\s+(?i:thuộc|của|ở|tại)\s+(?:{PLACE_PATTERN})")


def _rest_named_after_count(
    text: str, m: re.Match[str], units: re.Match[str], what: str
) -> _Found | None:
    """ "còn 4 xã đạt 17/19 tiêu chí thuộc huyện X": the units left, named by their number
    after "còn", one group meeting the count short of the whole set, "4 xã còn lại" (of the
    place written after the count, "thuộc huyện X", else of the context's place). A group
    at the whole set ("còn 2 xã đạt 19/19 tiêu chí") is coverage, no count."""
    before = _REST_BEFORE_UNITS.search(text, max(0, units.start() - 12), units.start())
    if before is None or not units.group("k") or _of(m) is None:
        return None
    if int(_met(m) or 0) >= int(_of(m) or 0):
        return None
    if _average_or_bound(text, units.start(), m, chained=False):
        return None
    subject = f"{units.group('k')} {' '.join(units.group('unit').split()).lower()} còn lại"
    place = _REST_PLACE_AFTER.match(text, m.end())
    end = place.end() if place else m.end()
    group_place = " ".join(place.group().split()) if place else None
    return replace(
        _found(m, what, subject=subject, quote=(before.start(), end), group=True),
        group_place=group_place,
    )


# "đạt từ 15-18 tiêu chí", "đạt trên 15 tiêu chí": a band or a bound, no count.
_BAND_BEFORE = re.compile(r"(?:\d\s*[-–]|(?i:(?<![^\W\d_])(?:từ|trên|dưới|gần)))\s*$")
# "… 14 tiêu chí trở lên", "… 10 tiêu chí trở xuống": a bound.
_BAND_AFTER = re.compile(r"\s*(?i:trở\s+(?:lên|xuống))(?![^\W\d_])")


@cache
def _rest() -> re.Pattern[str]:
    # "hai xã còn lại", "các xã còn lại": the rest of the units, a group named as a subject
    return re.compile(cues().pattern("units_rest"))


# "Số xã còn lại đạt bình quân 16 tiêu chí": an average (a percentage), no count.
_AVERAGE = re.compile(r"(?i:bình\s+quân|trung\s+bình)")


def _average_or_bound(text: str, lo: int, m: re.Match[str], *, chained: bool) -> bool:
    """Whether the words from ``lo`` to the count ``m``, or those right after its end, make it
    an average ("bình quân mỗi xã đạt 2 tiêu chí", "Số xã còn lại đạt bình quân 16 tiêu
    chí") or a band or bound ("đạt từ 15-18 tiêu chí", "đạt từ 14 tiêu chí trở lên"), not a
    count. A count ``chained`` to the one before it ("… với 06 chỉ tiêu") is never the value
    of each unit ("mỗi xã")."""
    at = m.start()
    return bool(
        _AVERAGE.search(text, lo, at)
        or _BAND_BEFORE.search(text, lo, at)
        or _BAND_AFTER.match(text, m.end())
        or (not chained and _EACH_BEFORE.search(text, lo, at))
    )


#: A set of criteria named before the number it has: "dự thảo Bộ tiêu chí … sẽ có 10 tiêu
#: chí", "bộ tiêu chí mới gồm 10 tiêu chí, 47 chỉ tiêu".
_SET_BEFORE = re.compile(r"(?i:(?<![^\W\d_])bộ\s+tiêu\s+chí)")
#: A number of a set's criteria with no subject reaching them: "giai đoạn 2026-2030 dự kiến
#: có 10 tiêu chí quốc gia", "gồm 19 tiêu chí quốc gia".
_HAS_BEFORE = re.compile(r"(?i:(?<![^\W\d_])(?:có|gồm))\s*$")
_NATIONAL_SET_AFTER = re.compile(r"\s+(?i:quốc\s+gia)(?![^\W\d_])")


@cache
def _purpose_before() -> re.Pattern[str]:
    """A purpose (``purpose_reach`` cues) opening its clause right before a count: "Để đạt
    được 19/19 tiêu chí, …", "nhằm đạt đủ 19 tiêu chí"."""
    return re.compile(
        r"(?:^|[.;:!?\n(]|,)[\s\-–—+•·*\"“]*(?:" + cues().pattern("purpose_reach") + r")\s+"
        r"(?:(?i:đủ|đầy\s+đủ|chuẩn)\s+)?$"
    )


def _a_purpose(text: str, m: re.Match[str]) -> bool:
    """Whether the count ``m`` is what a purpose opening its clause aims at ("Để đạt được
    19/19 tiêu chí, hiện nay các xã đang tập trung …", "Nhằm đạt đủ 19 tiêu chí, xã đã …"):
    no subject has it yet. A purpose of a plan stated by the goal cue "để hoàn thành" stays
    a goal (``patterns_cues.toml``); "để đạt" is no goal cue, and was read as a result."""
    return _purpose_before().search(text, max(0, m.start() - 40), m.start()) is not None


@cache
def _condition() -> re.Pattern[str]:
    return re.compile(cues().pattern("condition"))


def _a_condition(sections: Sections, block: Block, s: int, m: re.Match[str]) -> bool:
    """Whether the count ``m`` is a condition a unit must meet, stated earlier in its whole
    sentence (``condition`` cues: "xã nâng cao phải là xã đã đạt chuẩn; đạt 15 tiêu chí …"),
    the rule of a standard, not a goal ("phấn đấu …"), which is a count marked as one."""
    text = sections.text
    start = next((a for a, b in sections.sentences(block, semicolons=False) if a <= s <= b), s)
    if _condition().search(text, start, m.start()) is None:
        return False
    return not any(
        is_goal_word(text, g.start(), g.end(), lo=start)
        for g in _goal().finditer(text, start, m.start())
    )


@cache
def _goal() -> re.Pattern[str]:
    return re.compile(cues().pattern("goal"))


def _set_size(text: str, clause: int, m: re.Match[str]) -> bool:
    """Whether a bare "N tiêu chí" is the size of a criteria set, not a subject's count."""
    if not _HAS_BEFORE.search(text, clause, m.start()):
        return False  # "Theo bộ tiêu chí mới, xã A đạt 15 tiêu chí": a count
    return bool(
        _SET_BEFORE.search(text, clause, m.start()) or _NATIONAL_SET_AFTER.match(text, m.end())
    )


#: "mỗi xã đạt …": a value of each unit, an average.
_EACH_BEFORE = re.compile(r"(?i:(?<![^\W\d_])mỗi\s+(?:xã|huyện|thôn|bản|ấp)(?![^\W\d_]))")


def _number(m: re.Match[str]) -> int:
    """The K of a count of units written in figures or in words ("2", "hai")."""
    return int(m.group("k") or words_value(m.group("word")) or 0)


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


@cache
def _named_subset() -> re.Pattern[str]:
    # ", có 2 xã miền núi là Tân Phong và Đồng Văn", "; trong đó có hai xã vùng cao là A, B"
    return re.compile(
        r"\s*[,;]?\s*(?:(?i:trong\s+đó)\s*,?\s*)?(?i:có)\s+"
        r"(?:(?P<k>\d{1,3})|(?P<word>" + NUMBER_WORDS + r"))\s+"
        rf"(?P<unit>(?i:{cues().pattern('unit_kind')}))(?![^\W\d_])"
        r"(?:\s+[^\W\d_]+){0,4}?\s*,?\s+"
        rf"(?:{cues().pattern('units_named')})\s*:?\s+(?P<names>[^.;:()]{{2,300}})"
    )


@cache
def _standard_subset() -> re.Pattern[str]:
    # "Trong số 18 xã đạt chuẩn, có 2 xã miền núi là A và B": a part of the units that
    # reached the standard, named
    # (or "18 xã đạt chuẩn, trong đó có 2 xã miền núi là A và B")
    return re.compile(
        r"(?:(?i:trong\s+(?:tổng\s+)?số)\s+\d{1,3}(?:\.\d{3})*\s+"
        rf"(?P<unit>(?i:{cues().pattern('unit_kind')}))(?![^\W\d_])"
        r"(?P<reach>[^\d.;:()]{3,80}?)(?=\s*[,;]?\s*(?:(?i:trong\s+đó)\s*,?\s*)?(?i:có)\s)"
        r"|(?<![\w.,/])\d{1,3}(?:\.\d{3})*\s+"
        rf"(?P<unit2>(?i:{cues().pattern('unit_kind')}))(?![^\W\d_])"
        r"(?P<reach2>[^\d.;:()]{3,80}?)(?=\s*[,;]\s*(?i:trong\s+đó)\s*,?\s*(?i:có)\s))"
    )


def _standard_subset_counts(text: str, s: int, e: int) -> Iterator[_Found]:
    """ "Trong số 18 xã đạt chuẩn, có 2 xã miền núi là A và B": each unit named reached the
    standard, so it meets every criterion of the set."""
    for m in _standard_subset().finditer(text, s, e):
        reach = m.group("reach") or m.group("reach2")
        unit = m.group("unit") or m.group("unit2")
        if not _reached().search(reach) or re.search(r"(?i:tiêu\s+chí|chưa|không)", reach):
            continue
        subset = _named_subset().match(text, m.end(), e)
        if subset is None or not _same_words(subset.group("unit"), unit):
            continue
        names = named_units(subset.group("names"), subset.group("unit"), _number(subset))
        for name in names or ():
            yield _Found(
                subset.start("k") if subset.group("k") else subset.start("word"),
                subset.end(),
                "",
                None,
                "tiêu chí",
                False,
                subject=name,
                quote=(m.start(), subset.end()),
                whole_set=True,
            )


# The standard units hold, named right after them: "4 xã nông thôn mới", "2 xã NTM nâng cao"
# (not a recognition written with its verb, "2 xã được công nhận đạt chuẩn … là xã A và xã B",
# which is no count of theirs).
_HOLDS = r"\s+(?i:nông\s+thôn\s+mới|NTM)(?![^\W\d_])(?:\s+(?i:nâng\s+cao|kiểu\s+mẫu))?"


@cache
def _holders() -> re.Pattern[str]:
    # "có 4 xã nông thôn mới (Tân An, Tân Bình, …)", "hai xã NTM nâng cao là xã A và xã B":
    # units named as holding the standard
    unit = cues().pattern("unit_kind")
    names = r"[^.;:()]{2,300}"
    return re.compile(
        rf"(?<![\w.,/])(?P<k>\d{{1,3}}|{NUMBER_WORDS})\s+(?P<unit>(?i:{unit}))(?![^\W\d_])"
        rf"{_HOLDS}(?:\s*\((?P<names>{names})\)"
        rf"|\s*,?\s+(?:{cues().pattern('units_named')})\s*:?\s+"
        rf"(?:(?i:các|những)\s+(?i:{unit})\s*:?\s+)?(?P<listed>{names}))"
    )


def _holders_named(text: str, s: int, e: int) -> Iterator[_Found]:
    """ "có 4 xã nông thôn mới (Tân An, Tân Bình, Tân Hòa, Tân Lập)", "hai xã NTM nâng cao là
    xã A và xã B": each unit named as holding the standard meets every criterion of the set
    (as the named part of those that reached it does), when the names are as many as K."""
    for m in _holders().finditer(text, s, e):
        k = m.group("k")
        count = int(k) if k[0].isdigit() else words_value(k)
        written = m.group("names") or m.group("listed")
        names = named_units(written, m.group("unit"), count) if count and count > 1 else None
        for name in names or ():
            yield _Found(
                m.start(), m.end(), "", None, "tiêu chí", False,
                subject=name, quote=(m.start(), m.end()), whole_set=True,
            )  # fmt: skip


_BREAKDOWN_LEAD = re.compile(r"[\s.]*(?i:trong\s+đó)\s*,?\s*")
_LEVEL = r"(?:(?i:xã|huyện|thành\s+phố|thị\s+xã)\s+)"
_NAME_RUN = rf"{_LEVEL}?[{CAPITALS}][\w'’-]*(?:\s+[{CAPITALS}][\w'’-]*)*"


@cache
def _breakdown_group() -> re.Pattern[str]:
    # "5 xã Hòa Thuận, Ea Kao, thành phố X, xã Quảng Tiến, huyện Y; xã Ea Kly …" or
    # "01 xã đang thẩm định hồ sơ (xã Hòa Thắng, thành phố X)"
    # or "có 3 xã đăng ký hoàn thành năm 2020 là A (huyện X), B và C": named after "là"
    return re.compile(
        r"(?<![\w.,/])(?P<k>\d{1,3})\s+(?P<unit>(?i:xã|thôn|bản|ấp))\s+"
        rf"(?:(?P<run>{_NAME_RUN}(?:\s*[,;]\s*{_NAME_RUN})*)"
        r"|[^()\d.;]{0,80}?\((?P<names>[^()]{2,300})\)"
        rf"|[^().;:]{{0,80}}?\s(?:{cues().pattern('units_named')})\s*:?\s+"
        r"(?P<listed>(?:[^.;:()]|\([^()]*\)){2,300}))"
    )


#: How far after a whole-set statement its breakdown may run.
BREAKDOWN_REACH = 1200


def _breakdown_counts(
    text: str, m: re.Match[str], units: re.Match[str], what: str
) -> Iterator[_Found]:
    """ "7 xã đạt 19 tiêu chí." ⏎ "Trong đó, 5 xã A, B, …, xã C đã có Quyết định …; 01 xã
    … (xã D, …), 01 xã … (xã E …)": the units of a whole-set statement named group by group
    right after it; each gets the count, while the groups add up to no more than K."""
    met, of = _met(m) or "0", _of(m)
    if of is not None and of != met:
        return
    if of is None and int(met) < 19:
        return
    # the sentence's own end: a headline without a full stop has no breakdown after it
    sentence_end = _SENTENCE_END.search(text, m.end())
    if sentence_end is None or sentence_end.group() != ".":
        return
    lead = _BREAKDOWN_LEAD.match(text, sentence_end.start())
    if lead is None:
        return
    stop = min(len(text), lead.end() + BREAKDOWN_REACH)
    line_end = text.find("\n", lead.end(), stop)
    stop = line_end if line_end >= 0 else stop
    left = int(
        (units.group("k") or "").replace(".", "") or words_value(units.group("word") or "") or 0
    )
    pos = lead.end()
    # "5 xã đạt đủ 19 tiêu chí", "7 xã đạt 19 tiêu chí": the whole is the count
    whole = _whole_of_named(text, units, m, what)
    while left > 0:
        group = _breakdown_group().search(text, pos, stop)
        if group is None or text[pos : group.start()].count(".") or int(group.group("k")) > left:
            return
        k = int(group.group("k"))
        written = group.group("run") or group.group("names") or group.group("listed")
        names = named_units(written, group.group("unit"), k)
        if names is None:
            return
        for name in names:
            # read in the statement's context: what a group is waiting for ("đăng ký hoàn
            # thành năm 2020") makes its units' count no goal
            f = _found(m, what, subject=name, quote=group.span())
            yield replace(f, of=f.met) if whole else f
        left -= k
        pos = group.end()


def _propagate_unmet(found: list[_Found], text: str) -> list[_Found]:
    """ "còn lại 04 tiêu chí với 06 chỉ tiêu chưa đạt": the "chưa đạt" after the last of a
    chain makes every count of the chain unmet."""
    out = list(found)
    for i in range(len(out) - 1, 0, -1):
        a, b = out[i - 1], out[i]
        if b.unmet and not a.unmet and a.of is None and b.of is None and a.partner is None:
            if _gap(text, a.end, b.start).lower() in ("với", "và", "gồm"):
                out[i - 1] = _Found(a.start, a.end, a.met, a.of, a.what, True)
    return out


def find_counts(sections: Sections) -> list[CountMention]:
    """Every criteria-count mention, in document order. The quote is the sentence (up to the
    last count it holds) from the verb before its first count, cut at the clauses of counts
    of different subjects (``_own_count_clauses``)."""
    text = sections.text
    out: list[CountMention] = []
    for block in sections.blocks:
        counted = (
            _COUNTED.search(text, block.start, block.end) is not None
            or _COUNTED_IN_WORDS.search(text, block.start, block.end) is not None
        )
        if not counted and _SUBSET_HINT.search(text, block.start, block.end) is None:
            continue
        for s, e in _sentences(sections, block):
            found = _propagate_unmet(list(counts_in_sentence(sections, block, s, e)), text)
            if not found:
                found = [
                    f
                    for f in (*_standard_subset_counts(text, s, e), *_holders_named(text, s, e))
                    if not context_at(sections, f.start, f.end).goal
                ]
            if not found:
                continue
            quote_start = _quote_start(text, s, found[0].start)
            quote_end = found[-1].end
            if _UNMET_AFTER.match(text, quote_end):
                quote_end = _UNMET_AFTER.match(text, quote_end).end()  # type: ignore[union-attr]
            contexts = [context_at(sections, f.start, f.end) for f in found]
            who = _carried(
                text,
                found,
                [_subjects(text, s, f, c.subject) for f, c in zip(found, contexts, strict=True)],
                [c.subject for c in contexts],
            )
            named = [
                (w[0] or c.subject) if len(w) == 1 else None
                for w, c in zip(who, contexts, strict=True)
            ]
            own = _own_count_clauses(text, quote_start, quote_end, found, named)
            for f, ctx, subjects, clause in zip(found, contexts, who, own, strict=True):
                a, b = f.quote or clause
                for subject in subjects:
                    if subject is None and ctx.subject is None and not f.group:
                        # "Xã Tân Lập là xã đầu tiên … ⏎ Năm 2021 đạt 19/19 tiêu chí": one
                        # unit meets the criteria, the commune just spoken of
                        subject = commune_before(sections, block, s, a)
                    out.append(
                        CountMention(
                            a,
                            b,
                            text[a:b],
                            ctx,
                            met=f.met,
                            of=f.of,
                            what=f.what,
                            unmet=f.unmet,
                            partner=f.partner,
                            subject=subject,
                            group=f.group,
                            group_place=f.group_place,
                            whole_set=f.whole_set,
                        )
                    )
    return out


# Where one count's clause ends before the next count's subject: a comma or a semicolon.
_COUNT_JOINT = re.compile(r"[,;]\s*")


def _own_count_clauses(
    text: str, start: int, end: int, found: list[_Found], who: list[str | None]
) -> list[tuple[int, int]]:
    """The quote of each count of a sentence: the sentence's run (``start`` to ``end``),
    except that counts of different subjects, each named in its own clause ("xã A đạt 15/19
    tiêu chí, xã B đạt 17/19 tiêu chí"; ``who`` each count's one subject, from its words or
    its context, else None), each end at their own clause and start after the comma before
    their subject."""
    bounds = [[start, end] for _ in found]
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if who[i] is None or who[i + 1] is None or who[i] == who[i + 1]:
            continue
        joints = list(_COUNT_JOINT.finditer(text, a.end, b.start))
        if not joints or not re.search(r"[^\W\d_]", text[joints[-1].end() : b.start]):
            continue
        bounds[i][1] = a.end
        bounds[i + 1][0] = joints[-1].end()
    return [(a, b) for a, b in bounds]


def _carried(
    text: str, found: list[_Found], who: list[list[str | None]], context: list[str | None]
) -> list[list[str | None]]:
    """A count naming no subject after a count of one subject in its sentence is that
    subject's too ("xã A đạt 16/19 tiêu chí, đến cuối năm 2019 đạt 19 tiêu chí"), unless a
    place comes between them: the next clause's context (a district named later) is none of
    its own."""
    out = list(who)
    for i in range(1, len(found)):
        previous = out[i - 1]
        before = previous[0] or context[i - 1] if len(previous) == 1 else None
        if (
            out[i] == [None]
            and not found[i].group
            and not found[i - 1].group
            and before
            and before != context[i]
            and _place().search(text, found[i - 1].end, found[i].start) is None
        ):
            out[i] = [before]
    return out


def _subjects(text: str, s: int, f: _Found, context: str | None) -> list[str | None]:
    """Who the count ``f`` is of: the subject it names itself or the label before it, else
    each commune a list before its verb names, else the place right before the verb (None
    when it is the context's own), else the place a bare level word stands for, else None
    (the context's)."""
    subject = f.subject or _label_place(text, s, f.start)
    if subject is not None:
        return [subject]
    several = units_before_verb(text, s, f.start)
    if several is not None:
        return list(several)
    own = _verb_subject(text, s, f)
    if own is not None:
        # (a commune's own verb: "xã A là xã đầu tiên của huyện hoàn thành …" is no district's)
        return [own if own.casefold() != (context or "").casefold() else None]
    bare = _BARE_LEVEL_BEFORE.search(text, max(s, f.start - 60), f.start)
    return [_level_place(text, bare.start(), bare.group("level")) if bare else None]


_QUOTE_LEAD = re.compile(r"[\s*\-–+•]+")


def _quote_start(text: str, s: int, first: int) -> int:
    """Start the quote at the clause holding the first count, without bullets or markup."""
    start = _clause_start(text, s, first)
    m = _QUOTE_LEAD.match(text, start, first)
    return m.end() if m else start
