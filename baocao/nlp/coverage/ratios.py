"""K/N ratios of counted units, and the K-th unit to reach the standard.

* "55/115 xã đạt tiêu chí số 2 … (đạt 47,82%)", "6/6 xã có điểm phục vụ bưu chính" — a
  ratio of counted units (``unit_kind`` cues: xã, thôn, trường, nhà văn hóa…) followed by a
  predicate (``unit_verb`` cues: đạt, có, được, hoàn thành…), or opened by "trong đó có";
* "185 trong tổng số 220 xã đạt chuẩn", "13 xã trên tổng số 18 xã đạt chuẩn", "52 xã/136
  xã";
* "K/N[1] xã" (a footnote marker), "xã thứ 22/161" (an ordinal), "với 115/118 xã đạt …",
  "92% trường đạt chuẩn quốc gia (436/474 trường)" (the ratio restates the share);
* a list by places whose last item carries the standard for all, or whose lead names the
  predicate before its colon ("Kết quả xã đạt chuẩn NTM năm 2022:" ⏎ "- Huyện A: 20/26 xã.");
* counts of other units listed before a commune ratio ("có 3 huyện, 60/90 xã đạt chuẩn"):
  each shares the ratio's predicate.

District-level units (unseen-text classes): the K-th unit to reach the standard ("A là huyện
thứ 3 của tỉnh B đạt chuẩn NTM", "đơn vị cấp huyện thứ hai … hoàn thành mục tiêu quốc gia
xây dựng NTM"): K units of the place it is counted in, no whole unless written ("thứ 5 trong
số 12 xã").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from baocao.nlp.context import Sections
from baocao.nlp.counts import COUNT_WORDS, words_value
from baocao.nlp.coverage.common import (
    _IN_WHICH_BEFORE,
    _INT,
    _SHARE,
    _WHOLE,
    _WHOLE_STANDARD,
    Span,
    _claim,
    _clause_end,
    _is_taken,
    _names_a_band,
    _same_unit,
    _standard_cue,
    _unit_kind,
)
from baocao.nlp.coverage.counts import _list_items
from baocao.nlp.coverage.statement import (
    _RECOGNISED_FOR,
    SHARE_WITH,
    _blocked,
    _has_predicate,
    _has_status,
    _mention,
    _percent_after,
    _ranked_among,
    _region_after,
    _share_of_its_ratio,
    _share_of_units,
    _takes_part,
)
from baocao.nlp.mentions import CoverageMention
from baocao.nlp.segment import Block
from baocao.vocab.numbers import NUMBER_PATTERN
from baocao.vocab.patterns import cues
from baocao.vocab.places import PLACE_PATTERN


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
        # "69/101 ⏎ Là số xã đạt chuẩn …": a figure box's ratio, its units in the caption
        rf"|(?P<met4>{_INT})\s*/\s*(?P<total4>{_WHOLE})\s+(?i:là\s+số)\s+"
        rf"(?P<unit4>(?i:{_unit_kind()}))"
    )


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
        if _is_taken(m.start("met"), taken):
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


# "85% số xã đạt chuẩn (tương đương 96 xã)", "(tức 39/96 xã)": a bracket that restates the
# share before it as units says so first
_EQUIVALENT = r"(?:(?i:tương\s+đương|tức\s+là|tức|bằng)\s+)?"


@cache
def _percent_lead() -> re.Pattern[str]:
    # "92% trường đạt chuẩn quốc gia (436/474 trường)": the ratio restates the share
    return re.compile(
        rf"(?P<value>{NUMBER_PATTERN})\s*%\s+(?:(?i:số)\s+)?(?P<unit>(?i:{_unit_kind()}))\s+"
        r"[^()\d.;]{3,60}\(\s*" + _EQUIVALENT + "$"
    )


@cache
def _percent_right_before() -> re.Pattern[str]:
    # "100% số xã (7/7 xã) đạt chuẩn": the ratio in brackets right after a share of its units
    # restates that share (the predicate follows the bracket)
    return re.compile(
        rf"(?P<value>{NUMBER_PATTERN})\s*%\s+(?:(?i:số)\s+)?(?P<unit>(?i:{_unit_kind()}))\s*"
        r"\(\s*$"
    )


# "tỷ lệ xã đạt chuẩn … đạt 75% (89/118 xã)": the ratio restates the share before it
_SHARE_BEFORE_PAREN = re.compile(rf"(?P<value>{NUMBER_PATTERN})\s*%\s*\(\s*$")


def _restated_share(
    text: str, s: int, e: int, m: re.Match[str], unit: str
) -> tuple[re.Match[str], Span | None, int | None] | None:
    """The share a ratio restates, written before it, with where the ratio's unit and quote
    then start (None: the ratio's own): "92% trường đạt chuẩn quốc gia (436/474 trường)"
    (its unit from the share's, the quote from the share), "tỷ lệ xã đạt chuẩn … đạt 75%
    (89/118 xã)" (the bracket closed after the ratio)."""
    lead = _percent_lead().search(text, max(s, m.start() - 90), m.start())
    joined = SHARE_WITH.search(text, max(s, m.start() - 24), m.start())
    if lead is None and joined is not None:
        return joined, None, None  # "đạt tỉ lệ 96,4% với 107/111 xã"
    if lead is None and _standard_cue().search(text, s, m.start()):
        bare = _SHARE_BEFORE_PAREN.search(text, max(s, m.start() - 20), m.start())
        if bare is not None and _close_paren_after(text, m.end(), e):
            return bare, None, None
        return None
    if lead is not None and _same_unit(lead.group("unit"), unit):
        return lead, (lead.start("unit"), m.start()), lead.start()
    return None


#: The standard the units hold, named right after them, perhaps after their share in
#: brackets: "có 45/60 xã NTM", "51/70 xã (72,9% số xã) nông thôn mới nâng cao".
_STANDARD_NAMED_AFTER = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?i:nông\s+thôn\s+mới|NTM)(?![^\W\d_])"
)


def _ratios(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    text = sections.text
    respective = [span for span in taken if s <= span[0] < e]  # read by parts._respectively
    for m in _ratio().finditer(text, s, e):
        if _is_taken(m.start(), respective):
            continue
        which = next(g for g in ("", "2", "3", "4") if m.group("met" + g))
        met, total = m.group("met" + which), m.group("total" + which)
        unit, unit_span = m.group("unit" + which), m.span("unit" + which)
        if which == "" and _month_of_year(met, total):
            continue
        before = text[s : m.start()]
        if _blocked(text, before, m.end(), unit) and not _standard_then_with(
            text, s, m.start(), unit
        ):
            continue
        restated = _restated_share(text, s, e, m, unit)
        if restated is not None:
            lead, unit_at, quote_start = restated
            share = _SHARE.match(text, lead.start("value"))
            taken.append((lead.start(), m.end()))
            mention = _mention(
                sections,
                m.start(),
                m.end(),
                met,
                total,
                unit,
                share,
                (s, e),
                block,
                unit_at=unit_at or unit_span,
                quote_start=quote_start,
            )
            yield mention, _claim(share)
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
            or _standard_then_with(text, s, m.start(), unit)
            or _STANDARD_NAMED_AFTER.match(text, m.end()) is not None
        ):
            continue
        taken.append((m.start(), m.end()))
        percent = (
            _percent_after(text, m.end(), e, (met, total))
            or _share_of_units(text, m.end(), e, unit)
            or _share_of_its_ratio(text, m.end(), e, (met, total))
        )
        if m.group("rshare") is not None:
            percent = _SHARE.match(text, m.start("rshare"))
        shared = _percent_right_before().search(text, max(s, m.start() - 40), m.start())
        if shared is not None and not (
            percent is None
            and _same_unit(shared.group("unit"), unit)
            and _close_paren_after(text, m.end(), e)
        ):
            shared = None
        if shared is not None:  # "100% số xã (7/7 xã) đạt chuẩn": the share it restates
            percent = _SHARE.match(text, shared.start("value"))
            taken.append((shared.start(), m.start()))
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
            quote_start=s + recognised.start()
            if recognised
            else (shared.start() if shared else None),
        )
        # "toàn tỉnh có 3 huyện, 60/90 xã đạt chuẩn": counts of other units listed before
        yield from _list_items(sections, block, (s, e), m.start(), unit, mention, taken)
        yield mention, _claim(percent)
    for m in _ordinal().finditer(text, s, e):
        if _is_taken(m.start("met"), taken):
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


@cache
def _share_then_count() -> re.Pattern[str]:
    # "85% số xã đạt chuẩn nông thôn mới (tương đương 96 xã)": the share of the units, then a
    # bracket restating it as a number of them, no whole written
    return re.compile(
        rf"(?P<value>{NUMBER_PATTERN})\s*%\s+(?:(?i:số)\s+)?(?P<unit>(?i:{_unit_kind()}))\s+"
        r"[^()\d.;]{3,60}\(\s*(?i:tương\s+đương|tức\s+là|tức|bằng)\s+"
        rf"(?P<met>{_INT})\s+(?P<unit2>(?i:{_unit_kind()}))\s*\)"
    )


@cache
def _share_bracket_count() -> re.Pattern[str]:
    # "có 5% số xã (7 xã) đạt chuẩn nông thôn mới": the share of the units, their number in
    # the bracket right after them, then what they reach
    return re.compile(
        rf"(?P<value>{NUMBER_PATTERN})\s*%\s+(?:(?i:số)\s+)?(?P<unit>(?i:{_unit_kind()}))\s*"
        r"\(\s*" + _EQUIVALENT + rf"(?P<met>{_INT})\s+(?P<unit2>(?i:{_unit_kind()}))\s*\)"
        r"(?=\s+(?:(?i:đã|sẽ|đều)\s+)?(?i:đạt|được|hoàn\s+thành|về\s+đích)(?![^\W\d_]))"
    )


def _shares_restated_as_counts(
    sections: Sections, block: Block, s: int, e: int, taken: list[Span]
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "P% số xã đạt chuẩn (tương đương K xã)", "P% số xã (K xã) đạt chuẩn": K units meet
    it, P% their share (the share is the count's, no percentage of its own)."""
    text = sections.text
    found = [
        *_share_then_count().finditer(text, s, e),
        *_share_bracket_count().finditer(text, s, e),
    ]
    for m in found:
        if _is_taken(m.start("met"), taken) or not _same_unit(m.group("unit"), m.group("unit2")):
            continue
        share = _SHARE.match(text, m.start("value"))
        taken.append((m.start(), m.end()))
        predicate = (
            text[m.end("unit") : m.start("met")] + text[m.end() : _clause_end(text, m.end(), e)]
        )
        if _names_a_band(predicate):
            continue  # "45% số xã (54 xã) đạt từ 15-18 tiêu chí": a band, its share a percentage
        mention = _mention(
            sections,
            m.start("met"),
            m.end("unit2"),
            m.group("met"),
            None,
            m.group("unit2"),
            share,
            (s, e),
            block,
            unit_at=m.span("unit"),
            quote_start=m.start(),
        )
        yield mention, _claim(share)


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
            which = next(g for g in ("", "2", "3", "4") if later.group("met" + g))
            if not _same_unit(later.group("unit" + which), unit):
                return False
            if _ITEM_END.match(text, later.end()) is None:  # the last item
                gap = _SPACES.match(text, later.end())
                at = gap.end() if gap else later.end()
                return _WHOLE_STANDARD.match(text, at) is not None
        return False
    return False


def _month_of_year(met: str, total: str) -> bool:
    """ "(tháng) 4/2024 huyện …": a month and its year, never K of N units (FACTS.md)."""
    return met.isdigit() and 1 <= int(met) <= 12 and total.isdigit() and 1990 <= int(total) <= 2040


_WITH_BEFORE = re.compile(r"(?<![^\W\d_])(?i:với)(?:\s+(?i:tổng\s+số))?\s*$")
#: How far after the units the standard they reach may be written.
STANDARD_AFTER_UNITS = 100


@cache
def _units_word() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_])(?i:{_unit_kind()})(?![^\W\d_])")


def _standard_then_with(text: str, s: int, at: int, unit: str) -> bool:
    """ "A là tỉnh có nhiều huyện đạt chuẩn nông thôn mới nhất vùng với 5/8 đơn vị cấp
    huyện", "dẫn đầu về số xã đạt chuẩn nông thôn mới với 200/260 xã": the units and the
    standard they reach are written before "với", the ratio after it counts them."""
    w = _WITH_BEFORE.search(text, s, at)
    if w is None:
        return False
    generic = " ".join(unit.lower().split()) == "đơn vị"
    for u in _units_word().finditer(text, s, w.start()):
        if not (generic or _same_unit(u.group(), unit)):
            continue
        if _WHOLE_STANDARD.search(text, u.end(), min(w.start(), u.end() + STANDARD_AFTER_UNITS)):
            return True
    return False


def _close_paren_after(text: str, at: int, end: int) -> bool:
    return re.match(r"\s*\)", text[at:end]) is not None


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
def _unit_verb_strict() -> re.Pattern[str]:
    return re.compile(r"(?i:(?<![^\W\d_])đạt(?![^\W\d_]))")
