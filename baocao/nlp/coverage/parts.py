"""Parts of units counted, and counts broken down by place.

* "491 trường …, trong đó có 257 trường … đạt chuẩn" (257 of 491); "73/129 xã, trong đó có 4
  xã …" (a part of the units just counted); a named part of the units that reached it
  ("Trong số 18 xã đạt chuẩn, có 2 xã miền núi là A và B": 2, its whole not written); a part
  of units all of whose communes reach the standard named after "trong đó có" is of them (4
  of 12); a band in a sentence of its own ("… 11 xã đạt chuẩn. Trong đó, 5 xã đạt từ 15-18
  tiêu chí") is no part of the 11;
* a count broken down by places, each with a bare count of the same units sharing its
  predicate (its goal and year): after "trong đó", "gồm", "cụ thể", in a list the count's
  lead line hangs from, or in a sentence of its own right after it; "Các huyện A, B lần lượt
  có 4 và 6 xã đạt chuẩn": one per unit named, in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache

from baocao.data.lexicon import CAPITALS
from baocao.model import Level, Place
from baocao.nlp.context import Sections, goal_near, period_near
from baocao.nlp.counts import NUMBER_WORDS, words_value
from baocao.nlp.coverage.common import (
    _INT,
    _NEGATED,
    _REMAINING,
    _WHOLE,
    Span,
    _clause_end,
    _is_taken,
    _names_a_band,
    _reaches,
    _same_unit,
    _unit_kind,
)
from baocao.nlp.coverage.counts import _all_below
from baocao.nlp.coverage.ratios import _ITEM_CLOSE
from baocao.nlp.coverage.statement import (
    _count_mention,
    _district_status,
    _has_predicate,
    _mention,
    _statement_end,
)
from baocao.nlp.mentions import CoverageMention
from baocao.nlp.segment import Block
from baocao.vocab.patterns import cues
from baocao.vocab.places import PLACE_PATTERN, district_provinces, resolve_place


@cache
def _subset() -> re.Pattern[str]:
    # "73/129 xã, trong đó có 4 xã đặc biệt khó khăn", "Trong đó, 5 xã Hòa Thuận, …", and a
    # part named after "là": "Trong số 18 xã đạt chuẩn, có 2 xã miền núi là A và B"
    unit = _unit_kind()
    words = NUMBER_WORDS
    return re.compile(
        rf"(?:(?i:trong\s+đó)\s*[,:]?\s*(?:(?i:có)\s+)?|(?:[,;]\s*|\s)(?i:có)\s+"
        rf"(?=(?:\d{{1,3}}|(?i:{words}))\s+(?i:{unit})(?:\s+[^\W\d_]+){{0,4}}?\s*,?\s+"
        rf"(?:{cues().pattern('units_named')})\s))"
        rf"(?:(?P<met>{_INT})|(?P<word>(?i:{words})))\s+(?P<unit>(?i:{unit}))(?![^\W\d_])"
    )


#: How far before a "trong đó" subset the statement it narrows may be.
SUBSET_REACH = 400


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
    does, :func:`.ratios._list_lead_predicate`)."""
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
    if _is_taken(m.start("met"), taken):
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
            if not _is_taken(m.start("met"), taken):
                taken.append((m.start("met"), m.end()))
                yield _place_item_mention(sections, block, (s, e), m), None
            at = end.end()


def _place_count_mention(
    sections: Sections, block: Block, sentence: Span, m: re.Match[str]
) -> CoverageMention:
    """The count of a place's item ("huyện A 2 xã", a match of `_place_count_item`) in
    ``sentence``, its words quoted from the place on."""
    return _count_mention(sections, block, sentence, m, quote_start=m.start("place"))


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


def _digits(written: str) -> str:
    return re.sub(r"\D", "", written).lstrip("0")


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
        if _is_taken(m.start(group), taken):
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
        # (or a bracket after the statement: "… 40/60 xã đạt chuẩn. (Trong đó: 35 xã …)")
        opens = not text[s : m.start()].strip(" -+*•(")
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
        parent = parents[-1]
        if whole is None and parent.units_total is not None:
            if _digits(parent.units_met) == _digits(parent.units_total):
                # "… 98/98 xã, trong đó có 41 xã được phê duyệt": a part of all the units is
                # a part of their total, whichever of the two it is read against
                whole = parent.units_total
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


_RESPECTIVE_NAME = rf"[{CAPITALS}][\w'’-]*(?:\s+[{CAPITALS}][\w'’-]*){{0,3}}"
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


def _glued_items(item: re.Pattern[str], text: str, s: int, e: int) -> list[re.Match[str]]:
    """The items of a list starting at ``s``, one after the other, joined by ",", ";" or
    "và": as many as follow one another before ``e``."""
    items: list[re.Match[str]] = []
    pos = s
    while (m := item.match(text, pos, e)) is not None:
        items.append(m)
        glue = _BREAKDOWN_GLUE.match(text, m.end(), e)
        if glue is None:
            break
        pos = glue.end()
    return items


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
        if len(items) < 2 or any(_is_taken(m.start("met"), taken) for m in items):
            continue
        bare = [m.group("name") for m in items if m.group("prefix") is None]
        provinces = [n for n in bare if _is_province(n)]
        if bare and len(provinces) * 2 <= len(bare):
            continue
        for m in items:
            prefix = " ".join((m.group("prefix") or "tỉnh").lower().split())
            mention = _count_mention(sections, block, (s, e), m, quote_start=m.start())
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
    items = _glued_items(_place_count_item(), text, s, e)
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
    if whole is None or any(_is_taken(m.start("met"), taken) for m in items):
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


_PLACE_WRITTEN = re.compile(PLACE_PATTERN)


@cache
def _place_ratio_item() -> re.Pattern[str]:
    # "huyện B 5/17 xã", "huyện C có 7/15 xã", "huyện D: 9 xã": a place and its count of
    # units (its whole maybe), nothing else
    return re.compile(
        rf"[\s:,]*(?P<place>{PLACE_PATTERN})\s*:?\s*(?:(?i:có)\s+)?"
        rf"(?P<met>{_INT})(?:\s*/\s*(?P<total>{_WHOLE}))?\s+(?P<unit>(?i:{_unit_kind()}))"
        r"(?![^\W\d_])"
    )


def _places_after_statement(
    sections: Sections,
    block: Block,
    s: int,
    e: int,
    taken: list[Span],
    before: Sequence[CoverageMention],
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "huyện A có 12/23 xã đạt chuẩn NTM; huyện B 5/17 xã và huyện C 7/15 xã": a clause after
    a semicolon that is nothing but places, each with its count of units and no predicate,
    right after a clause of the same sentence whose place reached a standard: each place's
    count is of that standard, criterion, goal and year (FACTS.md: the place is the nearest
    one the list names)."""
    text = sections.text
    sentences = sections.sentences(block, semicolons=False)
    whole_sentence = next(((ws, we) for ws, we in sentences if ws <= s < we), None)
    if whole_sentence is None or not text[whole_sentence[0] : s].strip():
        return
    clauses = [(cs, ce) for cs, ce in sections.sentences(block) if ce <= s]
    if not clauses or clauses[-1][0] < whole_sentence[0]:
        return
    ps, pe = clauses[-1]
    wholes = [c for c in before if ps <= c.start < pe and c.context.subject]
    if not wholes:
        return
    whole = wholes[-1]
    if not _PLACE_WRITTEN.search(text, ps, whole.end):
        return  # the statement before names no place of its own: no list of places
    items = _glued_items(_place_ratio_item(), text, s, e)
    if not items or text[items[-1].end() : e].strip(" .;\n"):
        return  # the clause holds nothing but the places and their counts
    if any(not _same_unit(m.group("unit"), whole.unit_kind) for m in items):
        return
    # read already, in this clause or by a breakdown of the whole sentence ("Huyện có thêm 6
    # thôn đạt chuẩn. Xã A 2 thôn; xã B 1 thôn và xã C 3 thôn")
    read = taken + [(c.start, c.end) for c in before]
    if any(_is_taken(m.start("met"), read) for m in items):
        return
    for m in items:
        taken.append((m.start("met"), m.end()))
        yield (
            replace(
                whole,
                start=m.start("place"),
                end=m.end(),
                quote=text[m.start("place") : m.end()],
                units_met=m.group("met"),
                units_total=m.group("total"),
                percent=None,
                region=" ".join(m.group("place").split()),
            ),
            None,
        )


#: A ranking of places by the units a count before it holds: "tiếp đó là …", "Tiếp theo,
#: …", "mỗi huyện có …", "… cùng có …", "nhiều nhất", "lớn nhất" (``_ranked_by_place``).
_RANKING_CUE = re.compile(
    r"(?i:tiếp\s+(?:đó|đến|theo)\s+là|tiếp\s+theo\s*,|mỗi\s+huyện|mỗi\s+đơn\s+vị|cùng\s+có"
    r"|nhiều\s+nhất|lớn\s+nhất)"
)
#: One item of such a ranking: district-level places (with their level word, or bare), then
#: the count they each hold: "2 huyện A và B cùng có 8 xã", "huyện C có 6 xã", "D với 15/15
#: xã", "các huyện E 4 xã", "F, G, H mỗi huyện có 3 xã", "I, J và thị xã K mỗi huyện, thị xã
#: có 1 xã", "L (5 xã)" (the count in brackets after the name); villages the same way
#: ("huyện M có 5 thôn; N, O mỗi đơn vị có 3 thôn"), of a count of villages before them.
_DISTRICT_LEVEL = r"(?i:huyện|thị\s+xã|thành\s+phố)"
#: What a ranking counts in each district: communes, or villages.
_RANKED_UNITS = r"xã|thôn|bản|ấp|xóm"
_RANKED_ITEM = re.compile(
    r"(?:(?:\d{1,2}|(?i:các|hai|ba))\s+)?"
    rf"(?:(?P<prefix>{_DISTRICT_LEVEL})\s+)?"
    rf"(?P<names>{_RESPECTIVE_NAME}(?:\s*(?:,|\s(?i:và)\s)\s*(?:{_DISTRICT_LEVEL}\s+)?"
    rf"{_RESPECTIVE_NAME})*)"
    rf"\s+(?:(?i:mỗi)\s+(?:{_DISTRICT_LEVEL}(?:\s*,\s*{_DISTRICT_LEVEL})*|(?i:đơn\s+vị))\s+)?"
    r"(?:(?i:cùng)\s+)?(?:(?i:có|với)\s+)?(?P<open>\(\s*)?"
    rf"(?P<met>{_INT})(?:\s*/\s*(?P<total>{_WHOLE}))?\s+(?P<unit>(?i:{_RANKED_UNITS}))(?![^\W\d_])"
    r"(?(open)\s*\))"
)
_DISTRICT_PREFIX = re.compile(rf"{_DISTRICT_LEVEL}\s+")
#: A ranking whose clause says its places are districts ("số xã … thuộc các huyện gồm: A (10
#: xã), B (7 xã)"): its bare names are districts even when the map no longer has them (units
#: merged since, "Cát Tiên").
_DISTRICTS_HEAD = re.compile(r"(?i:các|những)\s+(?i:huyện)(?![^\W\d_])[^.;\n]{0,20}?(?i:gồm|là)")
#: How far before a ranking the count of the units it ranks may be.
RANKING_REACH = 1200


def _district_named(name: str) -> bool:
    """Whether the map has a district-level unit of this name (in any province)."""
    return bool(district_provinces(name))


def _ranked_by_place(
    sections: Sections,
    block: Block,
    s: int,
    e: int,
    taken: list[Span],
    mentions: Sequence[CoverageMention],
) -> Iterator[tuple[CoverageMention, Span | None]]:
    """ "Thành phố có 40 xã đạt chuẩn kiểu mẫu. Trong số đó, nhiều nhất là An Hải với 12/12
    xã; tiếp đến là 2 huyện Bình Lạc và Tân Phong cùng có 6 xã; Đông Sơn, Hòa Mỹ mỗi huyện
    có 3 xã": the communes a count just before holds, ranked by the districts they lie in;
    each district named gets a coverage of its own (the same count for each place of an item
    that shares it). Every bare name must be a district of the map, and the ranking must
    follow a count of communes within :data:`RANKING_REACH`."""
    text = sections.text
    # the cue may stand in a later clause of the sentence: "Trong đó, huyện A có 5 thôn; B, C
    # mỗi đơn vị có 3 thôn" ranks A too
    ws, we = next(
        ((ws, we) for ws, we in sections.sentences(block, semicolons=False) if ws <= s < we),
        (s, e),
    )
    if _RANKING_CUE.search(text, ws, we) is None:
        return
    counted = {
        m.unit_kind.lower()
        for m in mentions
        if m.start < s and s - m.start <= RANKING_REACH and m.unit_kind
    }
    if not counted:
        return
    for m in _RANKED_ITEM.finditer(text, s, e):
        if _is_taken(m.start("met"), taken) or m.group("unit").lower() not in counted:
            continue
        districts_said = _DISTRICTS_HEAD.search(text, s, m.start()) is not None
        names = [n for n in _SPLIT_NAMES.split(m.group("names")) if n.strip()]
        regions: list[str] = []
        for written in names:
            level = _DISTRICT_PREFIX.match(written)
            name = " ".join(written[level.end() :].split()) if level else " ".join(written.split())
            if level is None and not districts_said and not _district_named(name):
                regions = []
                break
            prefix = level.group().strip() if level else (m.group("prefix") or "huyện")
            regions.append(f"{' '.join(prefix.lower().split())} {name}")
        if not regions:
            continue
        taken.append((m.start("met"), m.end()))
        base = _count_mention(
            sections, block, (s, e), m, quote_start=m.start("names"), total=m.group("total")
        )
        for region in regions:
            yield replace(base, region=region), None
