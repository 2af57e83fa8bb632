"""Named units: one count per unit a count of units names — in brackets, after
"gồm"/"là" or a colon, in the next sentence after a naming lead, in the sentence or two
before ("các xã trên"), the rest after "còn", group by group in a breakdown — and units named
by the standard they hold, each meeting the whole set.

The names may come in the next sentence, after a naming lead ("3 xã đạt đủ 19 tiêu chí. Đó là
các xã: A, B và C", "Cụ thể gồm các xã …", "Các xã về đích trong năm gồm: …"), and a count of
"các xã trên/này/nói trên" is of the one list of communes the sentence or two before name
("Các xã A, B và C được đầu tư … Đến nay, các xã trên đã đạt 39/39 chỉ tiêu"). A unit after
the last name with a standard of its own ("… và xã H là xã NTM nâng cao") is none of the K.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from baocao.data.lexicon import CAPITALS
from baocao.nlp.counts.common import (
    NUMBER_WORDS,
    _average_or_bound,
    _Found,
    _found,
    _met,
    _number,
    _of,
    _reached,
    _rest,
    _same_words,
    _whole_set_number,
    words_value,
)
from baocao.nlp.counts.subjects import (
    _COMMUNE_NAMED,
    _NAME,
    _NAME_SPLIT,
    _NOT_A_NAME,
    _NOTED_NAME,
    _PLACE_NOTE,
    _level_place,
    _list_back,
    _list_end,
    _names_after,
    named_units,
    units_before_verb,
)
from baocao.vocab.patterns import cues
from baocao.vocab.places import PLACE_PATTERN, commune_spelling

# "giữ vững và nâng cao chất lượng 19/19 tiêu chí", "duy trì 19/19 tiêu chí": a count held
# "hoàn thành tất cả 19 tiêu chí", "đạt đủ 19 tiêu chí": the whole of the count said before it
_ALL_BEFORE = re.compile(r"(?i:(?<![^\W\d_])(?:đủ|cả|tất\s+cả))\s*$")

# "… hoàn thành 3 tiêu chí còn lại": the rest of the set, still unmet (a goal, usually)
_UNMET_AFTER = re.compile(r"\s*(?i:chưa\s+đạt|không\s+đạt|còn\s+nợ|còn\s+lại)(?![^\W\d_])")

# The units named after a count: "… 20/20 tiêu chí (Bùi Xá, Đức Tùng)", "… 19 tiêu chí là
# xã A, xã B và xã C".
_NAMES_IN_PARENS = re.compile(r"\s*\((?P<names>[^()]{2,300})\)")


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
    if names is None and not text[end:].strip():
        names = _names_cut_short(written, units.group("unit"), int(k))
    if names is None:
        return
    end = _list_end(text, end, written, names[-1])
    whole = _whole_of_named(text, units, m, what)
    for name in names:
        f = _found(m, what, subject=name, quote=(units.start(), end))
        yield replace(f, of=f.met) if whole else f


#: The end of a list the text breaks off in, mid-name ("… Phú Bình (huyện Phú Tân) và x"):
#: an excerpt that stops where its page was cut.
_CUT_TAIL = re.compile(r"(?:\s*[,;]\s*|\s+(?i:và)\s+)[^\W\d_]{0,3}\s*$")


def _names_cut_short(written: str, unit: str, k: int) -> list[str] | None:
    """The units a list of ``k`` names before the text breaks off in it: each name read in
    full before the cut, fewer than ``k`` (the last, cut, is not read)."""
    cut = _CUT_TAIL.search(written)
    if cut is None:
        return None
    head = written[: cut.start()]
    for fewer in range(k - 1, 0, -1):
        names = named_units(head, unit, fewer)
        if names is not None:
            return names
    return None


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


#: How many sentences before a count "các xã trên" may name its communes in.
UNITS_BACK_SENTENCES = 2

UNITS_BACK_REACH = 800

#: "đều" among the adverbs right after the units: each of them ("3 xã đều đã đạt …").
_EACH_OF_THEM_AFTER = re.compile(
    r"(?:\s+(?i:đã|cũng|vẫn|nay|hiện|cơ\s+bản))*\s+(?i:đều)(?![^\W\d_])"
)

#: "cả 3 xã", "cả hai xã": all the units counted, the ones just named; "Đây là 4 xã …",
#: "Đó là 3 xã …" opening a sentence: the units the sentence before named.
_ALL_UNITS_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?i:cả)|(?:^|(?<=[.!?]\s)|(?<=\n))(?:Đây|Đó|ĐÂY|ĐÓ)\s+(?i:là))\s+$"
)


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
        every = _ALL_UNITS_BEFORE.search(text, max(0, units.start() - 12), units.start())
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


#: How many sentences after "Đây là các xã … 19/19 tiêu chí" may each name one of them.
NAMED_NEXT_SENTENCES = 8

#: How far back the sentence counting the units referred to may start.
COUNTED_BEFORE_REACH = 400

# A sentence opening on one commune named with its prefix: "Xã Xuân Hội có …", "- Xã A: …",
# "Riêng xã B, …", "Tại xã C, …".
_OPENS_ON_COMMUNE = re.compile(
    r"[\s*\-–+•]*(?:(?i:riêng|tại|ở|với|đối\s+với)\s+)?(?i:xã)\s+"
    rf"(?P<name>{_NAME.pattern})"
)

# A count of criteria of its own in a sentence naming a commune: the names then go their
# own ways, not the shared count's.
_OWN_COUNT = re.compile(r"\d+\s*(?:/\s*\d+\s*)?(?i:tiêu\s+chí|chỉ\s+tiêu)")


def _units_counted_before(text: str, s: int) -> int | None:
    """How many communes the sentence before ``s`` counts ("… có thêm 3 xã về đích"): None
    when it counts none; 0 when it counts several groups (which one is meant is not said)."""
    lo = max(0, s - COUNTED_BEFORE_REACH)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, lo, max(lo, s - 1))]
    start = ends[-1] if ends else lo
    counted = [
        c for c in _COUNTED_UNITS.finditer(text, start, s) if c.group().split()[-1].lower() == "xã"
    ]
    if not counted:
        return None
    return int(counted[0].group().split()[0]) if len(counted) == 1 else 0


def communes_named_next(text: str, s: int, m: re.Match[str], what: str, limit: int) -> list[_Found]:
    """ "Năm 2019 có thêm 3 xã về đích. Đây là các xã còn nợ tiêu chí năm 2016, đến nay đã
    hoàn thành 19/19 tiêu chí. Xã A …. Xã B …. Xã C …": units a sentence from ``s`` opens on
    unnamed, named one by one by the sentences right after it (up to ``limit``), each
    opening on one: each gets the count, as units named with it do (FACTS.md). As many as the
    sentence before counted when it counts them, else at least two; none when a naming
    sentence states a count of its own."""
    end = _SENTENCE_END.search(text, m.end(), limit)
    at = end.end() if end is not None else limit
    names: list[tuple[int, str]] = []
    for _ in range(NAMED_NEXT_SENTENCES):
        opening = _OPENS_ON_COMMUNE.match(text, at, limit)
        if opening is None:
            break
        name = opening.group("name")
        if name.split()[0].lower() in _NOT_A_NAME:
            break
        stop = _SENTENCE_END.search(text, opening.end(), limit)
        close = stop.start() if stop is not None else limit
        if _OWN_COUNT.search(text, opening.end(), close):
            return []  # "Xã B đạt 18/19 tiêu chí": its own count, not the shared one
        commune = f"xã {name}"
        if commune not in (n for _, n in names):
            names.append((opening.end("name"), commune))
        if stop is None:
            break
        at = stop.end()
    k = _units_counted_before(text, s)
    if (k is not None and len(names) != k) or len(names) < 2:
        return []
    whole = _of(m) is None and _whole_set_number(_met(m) or "0", what)
    out = []
    for named_end, commune in names:
        f = _found(m, what, subject=commune, quote=(s, named_end))
        out.append(replace(f, of=f.met) if whole else f)
    return out


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


#: A recognition given or sought right before the units ("công nhận 2 xã NTM kiểu mẫu là …",
#: "trình tỉnh thẩm định, công nhận thêm 3 xã NTM nâng cao gồm …"): the units named are the
#: recognition's, which states no count of their criteria.
_RECOGNISED_BEFORE = re.compile(
    r"(?<![^\W\d_])(?i:công\s+nhận|thẩm\s+định)(?:\s+(?i:thêm|mới|cho))?\s*$"
)


def _holders_named(text: str, s: int, e: int) -> Iterator[_Found]:
    """ "có 4 xã nông thôn mới (Tân An, Tân Bình, Tân Hòa, Tân Lập)", "hai xã NTM nâng cao là
    xã A và xã B": each unit named as holding the standard meets every criterion of the set
    (as the named part of those that reached it does), when the names are as many as K. Not
    the units a recognition names (:data:`_RECOGNISED_BEFORE`)."""
    for m in _holders().finditer(text, s, e):
        if _RECOGNISED_BEFORE.search(text, max(s, m.start() - 40), m.start()):
            continue
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
