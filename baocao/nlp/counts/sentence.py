"""The counts of one sentence: a ratio, a remainder, a count not met, a bare count
after a verb, a pair, a list of communes the sentence opens with — and what is no subject's
count: a sum over units, the part of the met criteria held, a set's size, a condition a
standard sets.

Criteria added up over units ("toàn huyện đạt 186 tiêu chí", more than any set has, or
"đạt tổng cộng … tiêu chí") are no count (FACTS.md: a count's M is the size of one set); "9/14
xã đạt 19 tiêu chí" is a number of units as "9 xã" is. A bare whole-set count of units named
with it ("3 xã cơ bản đạt 19 tiêu chí: xã A, xã B, xã C") is each one's 19 of 19.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from baocao.data.lexicon import CAPITALS
from baocao.nlp.context import Sections
from baocao.nlp.counts.common import (
    COUNT_WORDS,
    _average_or_bound,
    _clause_start,
    _count_label,
    _denied,
    _Found,
    _found,
    _gap,
    _met,
    _negation,
    _of,
    _reached,
    _unmet_topic,
    _what,
    _whole_set_number,
    words_value,
)
from baocao.nlp.counts.named import (
    _ALL_BEFORE,
    _UNMET_AFTER,
    _listed_communes,
    _named_counts,
    communes_named_next,
)
from baocao.nlp.counts.subjects import (
    _ADVERBS,
    _NAME_SPLIT,
    _NOT_A_NAME,
    _NOTED_NAME,
    _PLACE_NOTE,
    _VERB_BEFORE,
    _place,
    _units_subject,
    named_units,
)
from baocao.nlp.segment import Block
from baocao.vocab.criteria import LARGEST_SET
from baocao.vocab.patterns import cues, is_goal_word
from baocao.vocab.places import PLACE_PATTERN

# "TC" (short_forms.toml) is "tiêu chí" only as the M of a ratio ("xã A đạt 15/19 TC"): a bare
# "đạt 3 TC" may be "tiêu chuẩn" (:func:`counts_in_sentence` drops it)
_WHAT = r"(?P<what>tiêu\s+chí|chỉ\s+tiêu|(?-i:TC))"

# a count, never an average ("tiêu chí/xã") and never a decimal
# "14 trong số 19 tiêu chí", "15 tiêu chí trên tổng số 19 tiêu chí": the whole in words
_OF_WORDS = r"\s+(?i:trong|trên)\s+(?:(?i:tổng)\s+)?(?:(?i:số)\s+)?"

_COUNT = re.compile(
    r"(?<![\w.,/])(?P<met>\d{1,3}|" + COUNT_WORDS + r")(?:(?:\s*/\s*|" + _OF_WORDS + r")"
    r"(?P<of>\d{1,3}))?"
    r"\s+(?:(?i:" + _WHAT + r")(?!\s*/)(?![^\W\d_])"
    # "xã A đạt 19/19 NTM nâng cao", "đạt 15/19 NTM": the scheme written where "tiêu chí" is
    # left out (a ratio whose whole is a set's size only: :func:`counts_in_sentence`)
    r"|(?P<scheme>(?=(?:NTM|(?i:nông\s+thôn\s+mới))(?![^\W\d_]))))"
    r"(?:" + _OF_WORDS + r"(?P<of_after>\d{1,3})\s+(?i:tiêu\s+chí|chỉ\s+tiêu)(?![^\W\d_]))?"
)

#: The wholes a ratio written with a scheme and no "tiêu chí" may have: the sizes of the
#: national sets of criteria (10 from 2026, 19 until 2025) and one a province adds (20).
_SET_SIZES = ("10", "19", "20")

# "nâng chất 15 tiêu chí, giữ vững 4 tiêu chí": criteria raised in quality and criteria held,
# parts of what a unit has met, never the count it meets (README, "Decisions")
_RAISED = re.compile(cues().pattern("quality_raised") + r"\s+(?:\d|các)")

# "xã Tân Hòa được công nhận đạt chuẩn NTM với 19/19 tiêu chí": the ratio the standard
# was reached with.
_WITH_RATIO_BEFORE = re.compile(r"(?i:(?<![^\W\d_])với)\s*$")


_REMAINDER_BEFORE = re.compile(r"(?i:còn(?:\s+lại)?|chưa\s+đạt|còn\s+nợ|thiếu)\s*$")

#: "chưa đạt" right before the whole set written as a ratio denies it ("Xã A chưa đạt 19/19
#: tiêu chí", "3 xã chưa đạt 19/19 tiêu chí là …"): the set not reached, neither met nor a
#: number left unmet.
_NOT_YET_BEFORE = re.compile(r"(?i:chưa\s+đạt(?:\s+chuẩn)?)\s*$")

_WITH_BEFORE = re.compile(r"(?i:,?\s*(?:với|và|gồm|trong\s+đó\s+có)?)\s*$")

_PAIR_AFTER = re.compile(r",?\s*(?i:còn(?:\s+lại)?)\s+(?P<met>\d{1,3})\s+(?i:" + _WHAT + r")")

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

_UNMET_LABEL = re.compile(r"(?i:chưa\s+đạt|không\s+đạt|còn\s+nợ)")


# ("Tháng 6/2023 xã A đạt 15/19 tiêu chí": a month and its year, never 6 of 2023 communes)
# A set of criteria as the subject of "có": "19 tiêu chí quy định có 2 tiêu chí …", "trong 19
# tiêu chí, có 3 tiêu chí khó" (the set's members, not criteria a place meets).
#: A place then an opening bracket right before a ratio ("xã A (17/19 tiêu chí)", "xã B (đạt
#: 15/19 tiêu chí)"): the ratio is the place's count, its verb left out or in the bracket.
_PLACE_BRACKET_BEFORE = re.compile(PLACE_PATTERN + r"\s*\(\s*(?:(?i:đạt|đã\s+đạt)\s+)?$")

_SET_HAS = re.compile(
    r"\d{1,3}\s+(?i:tiêu\s+chí|chỉ\s+tiêu)(?:\s+[^\W\d_]+){0,3}\s*,?\s+(?i:có)\s*$"
)

# ("có đến 7 xã hoàn thành 19 tiêu chí": "as many as 7" communes)
_YEAR_BEFORE = re.compile(r"(?i:năm|(?<!(?i:có)\s)đến|cuối|đầu|tháng)\s*$")


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
        if m.group("scheme") is not None and _of(m) not in _SET_SIZES:
            previous = None
            continue  # "đạt 5 NTM", "đạt 3/5 NTM": no whole set's size, no count of criteria
        clause = _clause_start(text, s, m.start())
        before = text[clause : m.start()]
        what = _what(m.group("what") or "TC")
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
            and _STANDARD_NAMED.sub("", _gap(text, previous.end, m.start()))
            in ("với", "và", "gồm", "")
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
            # unnamed and uncounted are the subject, no place's count; each commune the
            # sentences after it name one by one has it ("Xã A …. Xã B ….")
            yield from communes_named_next(text, s, m, what, block.end)
            previous = None
            continue
        found: _Found | None = None
        if chained and previous is not None:
            found = _found(m, what, previous.unmet if _of(m) is None else False)
            if _of(m) is None and not found.unmet and _ALL_JOINED_BEFORE.search(before):
                found = replace(found, of=found.met)  # "tất cả 9 tiêu chí với 38 chỉ tiêu"
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
        elif _of(m) is not None and _PLACE_BRACKET_BEFORE.search(text, clause, m.start()):
            # "xã A (19/19 tiêu chí), xã B (17/19 tiêu chí)": a place's count in brackets
            found = _found(m, what)
        elif _VERB_BEFORE.search(before) and _SET_HAS.search(before):
            # "19 tiêu chí quy định có 2 tiêu chí chiếm tỷ trọng cao": members of the set, no
            # subject's count
            previous = None
            continue
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
            elif _of(m) is None and not unmet:
                # "Đối với 9 tiêu chí nông thôn mới đã cơ bản đạt 6 tiêu chí": the set named
                # before the count in its sentence is what it is of
                whole = _whole_named_before().search(text, s, m.start())
                if whole is not None and int(whole.group("n")) > int(found.met or 0):
                    found = replace(found, of=whole.group("n"))
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


#: The indicators of a whole set joined to it: "hoàn thành tất cả 9 tiêu chí với 38 chỉ tiêu
#: thành phần" — all 38 met, as all 9 are.
#: The standard's name between two chained counts ("9 tiêu chí huyện nông thôn mới với 36 chỉ
#: tiêu", "12 tiêu chí NTM nâng cao và 30 chỉ tiêu"): it says whose criteria, not a new clause.
_STANDARD_NAMED = re.compile(
    r"^(?i:(?:(?:cấp\s+)?huyện|(?:cấp\s+)?xã)\s+)?(?i:nông\s+thôn\s+mới|NTM)"
    r"(?:\s+(?i:nâng\s+cao|kiểu\s+mẫu))?(?:\s+(?i:cấp\s+huyện|cấp\s+xã))?\s*,?\s*"
)

_ALL_JOINED_BEFORE = re.compile(
    r"(?i:(?<![^\W\d_])(?:đủ|cả|tất\s+cả)\s+\d{1,2}\s+tiêu\s+chí\s+(?:với|gồm|và)\s*)$"
)


@cache
def _whole_named_before() -> re.Pattern[str]:
    """A clause naming the whole set before a count ("Đối với 9 tiêu chí …, đã đạt 6")."""
    return re.compile(
        rf"(?<![^\W\d_])(?:{cues().pattern('whole_named')})\s+(?P<n>\d{{1,2}})\s+"
        r"(?i:tiêu\s+chí)(?![^\W\d_])[^.;\d]{0,80}$"
    )


#: Criteria still missing after a count: "đạt 19 tiêu chí, còn 1 tiêu chí chưa đạt", "…, còn
#: thiếu tiêu chí số 20" (a province's set of 20): the count is no whole set.
_SHORT_AFTER = re.compile(
    r"[^.;]{0,60}?(?<![^\W\d_])(?i:còn|thiếu|chưa\s+đạt|không\s+đạt)(?![^\W\d_])"
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
