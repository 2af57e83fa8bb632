"""Sections: a segmented text with the headings over each block, its sentences, its
places and its own places, and the periods, schemes and goal words written in it, each
pattern run once over the whole text and looked up by offset (a period that cannot date a
statement left out: a comparison base, a decision's year, an event's day).

Headings nest by level (:mod:`baocao.nlp.segment`); a criterion heading with no numbering
("Tiêu chí 13 - Tổ chức sản xuất:") nests just under the numbered heading before it and ends
at the next criterion heading or at any heading of its parent's level or above.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

from baocao.model import Level, Place
from baocao.nlp.context.common import _SPEAKER_LEVEL, _place
from baocao.nlp.segment import Block, BlockKind, Segmentation, sentences
from baocao.vocab.patterns import cues, is_goal_word
from baocao.vocab.periods import PERIOD_PATTERN, carried_over, is_comparison_base, names_a_document
from baocao.vocab.places import (
    NAME_PATTERN,
    parse_place,
    place_key,
    place_label,
    provinces_named_bare,
)
from baocao.vocab.schemes import SCHEME_PATTERN

_SCHEME = re.compile(SCHEME_PATTERN)

#: A standard or criteria set named by the phase it is valid for ("đáp ứng Bộ tiêu chí giai
#: đoạn 2021 - 2025", "theo chuẩn nghèo đa chiều áp dụng cho giai đoạn 2021-2025":
#: ``standard_phase`` cues): the phase dates nothing measured by it.
_CRITERIA_SET_BEFORE = re.compile("(?:" + cues().pattern("standard_phase") + r")[^.;:,\d]{0,40}$")

#: Units named by the plan or roadmap they belong to ("12 xã nằm trong lộ trình xây dựng
#: nông thôn mới giai đoạn 2011-2015 đạt bình quân …", "các xã thuộc kế hoạch đạt chuẩn giai
#: đoạn 2016-2020": ``plan_span`` cues after a unit word and "trong"/"thuộc"), when what is
#: said of them follows the phase in its clause (or after a comma: "Đối với 8 xã trong kế
#: hoạch … giai đoạn 2011-2015, bình quân đạt …"; not a breakdown, "…, trong đó 3 xã"): the
#: phase says which units, not when that holds. A phase ending its clause ("có 10 xã thuộc
#: kế hoạch đạt chuẩn giai đoạn 2016-2020.") is the time the units are planned for.
_UNITS_IN_PLAN = re.compile(
    r"(?<![^\W\d_])(?i:xã|huyện|thôn|bản|ấp|đơn\s+vị)(?![^\W\d_])[^.;:,\d]{0,24}?"
    r"(?<![^\W\d_])(?i:trong|thuộc)\s+(?:" + cues().pattern("plan_span") + r")[^.;:,\d]{0,48}$"
)

_PHASE_THEN_PREDICATE = re.compile(
    r"(?:(?i:giai\s+đoạn|năm)\s+)?(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?"
    r"\)?(?:\s*,(?!\s*(?i:trong\s+đó|gồm|là)(?![^\W\d_])))?\s+[^.;:,\d]{0,40}\d"
)


def _names_units_of_a_plan(text: str, start: int) -> bool:
    """Whether the period at ``start`` names the plan the units before it belong to (see
    ``_UNITS_IN_PLAN``)."""
    return (
        _UNITS_IN_PLAN.search(text, max(0, start - 100), start) is not None
        and _PHASE_THEN_PREDICATE.match(text, start) is not None
    )


#: An event date: "ngày 13 tháng 5 năm 2021" dates an event, not a statement.
_DAY_BEFORE = re.compile(r"(?i:ngày\s+\d{1,2}\s*(?:/\s*)?)$")


@cache
def _period() -> re.Pattern[str]:
    return re.compile(PERIOD_PATTERN)


@cache
def _goal() -> re.Pattern[str]:
    return re.compile(cues().pattern("goal"), re.IGNORECASE)


@cache
def _goal_heading() -> re.Pattern[str]:
    return re.compile(r"[\W\d_]*(?:" + cues().pattern("goal_heading") + ")", re.IGNORECASE)


@dataclass(frozen=True)
class _Index:
    """Every match of one pattern in a text, by start offset."""

    starts: list[int]
    items: list[tuple[int, int, str]]

    @classmethod
    def build(cls, pattern: re.Pattern[str], text: str) -> _Index:
        items = [(m.start(), m.end(), " ".join(m.group().split())) for m in pattern.finditer(text)]
        if pattern is _period():
            items = [i for i in items if _states_a_time(text, i[0])]
        return cls([i[0] for i in items], items)

    def within(self, start: int, end: int) -> list[tuple[int, int, str]]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [item for item in self.items[lo:hi] if item[1] <= end]


#: A higher standard written right before a phase: "đạt chuẩn nông thôn mới nâng cao giai
#: đoạn 2018 – 2020", "chuẩn NTM kiểu mẫu giai đoạn 2021-2025".
_STANDARD_NAMED = re.compile(
    r"(?i:chuẩn\s+(?:nông\s+thôn\s+mới|NTM)\s+(?:nâng\s+cao|kiểu\s+mẫu))\s*$"
)
_PHASE_WORD_AT = re.compile(r"(?i:giai\s+đoạn)")


def _phase_of_a_standard(text: str, start: int) -> bool:
    """Whether the period at ``start`` is a phase naming the standard before it ("7/9 xã đạt
    chuẩn nâng cao, trong đó 6 xã đạt chuẩn nông thôn mới nâng cao giai đoạn 2018 – 2020 và
    3 xã … giai đoạn 2021 – 2025"): the set of criteria the communes met, not when the state
    is; the state is the present the sentence gives ("Đến nay")."""
    if _PHASE_WORD_AT.match(text, start) is None:
        return False
    return _STANDARD_NAMED.search(text, max(0, start - 50), start) is not None


def _states_a_time(text: str, start: int) -> bool:
    """Whether the period written at ``start`` can be the time of a statement: not a
    comparison base ("tăng 7 xã so với năm 2019"), a decision's year ("Quyết định số
    491/QĐ-TTg năm 2009") nor an event's date ("ngày 13 tháng 5 năm 2021"). A start is: what
    a sentence says of the time its programme began ("Khi bắt đầu chương trình (2011), thu
    nhập chỉ 12 triệu đồng") is of that time."""
    if (
        is_comparison_base(text, start)
        or names_a_document(text, start)
        or carried_over(text, start)
        or _CRITERIA_SET_BEFORE.search(text, max(0, start - 60), start)
        or _phase_of_a_standard(text, start)
        or _names_units_of_a_plan(text, start)
    ):
        return False
    return _DAY_BEFORE.search(text, max(0, start - 12), start) is None


def _scheme() -> re.Pattern[str]:
    return _SCHEME


_INDEXED = {"period": lambda: _period(), "scheme": _scheme, "goal": lambda: _goal()}


@dataclass(frozen=True)
class Sections:
    """A segmented text with, for every block, the headings it sits under (outermost first)."""

    text: str
    segmentation: Segmentation
    parents: tuple[tuple[int, ...], ...]
    _sentences: dict[tuple[int, bool], list[tuple[int, int]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _indexes: dict[str, _Index] = field(default_factory=dict, repr=False, compare=False)
    _places: dict[str, list[tuple[int, Level, str, str]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _named: dict[str, dict[str, str]] = field(default_factory=dict, repr=False, compare=False)
    _parsed: dict[str, list[tuple[int, Place]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _plan_part: list[int] = field(default_factory=list, repr=False, compare=False)
    _own: dict[Level, str] = field(default_factory=dict, repr=False, compare=False)
    _flags: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)

    def sentences(self, block: Block, *, semicolons: bool = True) -> list[tuple[int, int]]:
        """The sentences of ``block`` (computed once per block)."""
        key = (block.index, semicolons)
        found = self._sentences.get(key)
        if found is None:
            found = sentences(self.text, block.start, block.end, semicolons=semicolons)
            self._sentences[key] = found
        return found

    def found(self, name: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """Matches of the named pattern ("period", "scheme", "goal") inside ``[start,
        end)`` as ``(start, end, written)``: each pattern runs once over the whole text and
        is then looked up by offset, instead of re-scanning every sentence and heading."""
        index = self._indexes.get(name)
        if index is None:
            index = _Index.build(_INDEXED[name](), self.text)
            self._indexes[name] = index
        return index.within(start, end)

    def sentence_at(self, block: Block, offset: int) -> tuple[int, int]:
        """The sentence of ``block`` holding ``offset`` (the whole block when none does)."""
        for s, e in self.sentences(block):
            if s <= offset < e + 1:
                return s, e
        return block.start, block.end

    @property
    def blocks(self) -> tuple[Block, ...]:
        return self.segmentation.blocks

    def block_at(self, offset: int) -> Block | None:
        return self.segmentation.block_at(offset)

    def headings(self, block: Block) -> list[Block]:
        """The headings over ``block``, innermost first."""
        return [self.blocks[i] for i in reversed(self.parents[block.index])]

    def lead(self, block: Block) -> Block | None:
        """The block that introduces the list ``block`` is an item of: the nearest earlier
        block that is not an item with the same bullet ("* Đối với các tiêu chí chưa đạt:"
        leads the "- …" items under it). None for blocks that are not list items."""
        if block.kind is not BlockKind.ITEM:
            return None
        for i in range(block.index - 1, -1, -1):
            other = self.blocks[i]
            if other.kind is not BlockKind.ITEM or other.marker != block.marker:
                return other
        return None

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def _parsed_places(self) -> list[tuple[int, Place]]:
        """Every place the text names with its prefix, parsed once: ``(start, place)``."""
        found = self._parsed.get("places")
        if found is None:
            found = []
            for m in _place().finditer(self.text):
                place = parse_place(m.group())
                if place is not None:
                    found.append((m.start(), place))
            self._parsed["places"] = found
        return found

    def places_by_level(self) -> list[tuple[int, Level, str, str]]:
        """Every place the text names with its prefix, every unit a party committee names
        ("Huyện ủy Minh Long" → huyện Minh Long) and every province named bare, as
        ``(start, level, written, key)`` in text order (computed once)."""
        found = self._places.get("by level")
        if found is None:
            found = []
            for start, place in self._parsed_places():
                if place.level is not None:
                    written = " ".join(place.written.split())
                    found.append((start, place.level, written, place_key(place.name)))
            for c in _COMMITTEE.finditer(self.text):
                unit = _SPEAKER_LEVEL[c.group("level").lower()]
                written = f"{c.group('level').lower()} {c.group('name')}"
                found.append((c.start(), unit, written, place_key(c.group("name"))))
            # a province named bare in running text ("người dân Cà Mau …"): "toàn tỉnh" after
            # it may mean it
            for start, _, province in provinces_named_bare(self.text):
                found.append(
                    (start, Level.PROVINCE, place_label(province), place_key(province.name))
                )
            found.sort(key=lambda item: item[0])
            self._places["by level"] = found
        return found

    def named_places(self) -> dict[str, str]:
        """Every place the text names with its prefix, by name key ("hauthanhdong" → "xã Hậu
        Thạnh Đông"), first mention first: a name written bare later means that place.
        Computed once; callers only read it."""
        found = self._named.get("by key")
        if found is None:
            found = {}
            for _, place in self._parsed_places():
                found.setdefault(place_key(place.name), place_label(place))
            self._named["by key"] = found
        return found

    def plan_part(self) -> int | None:
        """Where the text's plan part begins: its first heading that opens goals ("II.
        PHƯƠNG HƯỚNG, NHIỆM VỤ", "1. Mục tiêu"), None when it has none (computed once)."""
        if not self._plan_part:
            found = next(
                (
                    b.start
                    for b in self.blocks
                    if b.kind is BlockKind.HEADING
                    and _goal_heading().match(self.text, b.body, b.end) is not None
                ),
                -1,
            )
            self._plan_part.append(found)
        return self._plan_part[0] if self._plan_part[0] >= 0 else None

    @property
    def formal(self) -> bool:
        """Whether the text is an administrative document (a header or a title of its own):
        its paragraphs stand under its headings, not under a topic an earlier one set."""
        return self._flags.get("formal", False)

    def mark_formal(self) -> None:
        """Record that the text is an administrative document (see :attr:`formal`)."""
        self._flags["formal"] = True

    @property
    def own(self) -> dict[Level, str]:
        """The document's own places by level, as its metadata reads them (the reporting unit,
        its province): what "toàn tỉnh" means where no nearer place of that level says
        otherwise. Empty until :meth:`own_places` is called."""
        return self._own

    def own_places(self, *places: Place | None) -> None:
        """Record the document's own places (its unit, then its province), each under its
        level, the first given for a level kept."""
        for place in places:
            if place is not None and place.level is not None:
                self._own.setdefault(place.level, place_label(place))

    def know(self, place: Place) -> None:
        """Count ``place`` among the places the text names with their prefix (for a name
        written bare later), unless one of its name is named: the unit a headline names
        bare and the body confirms ("Hòa Tiến về đích …" over "Huyện Hòa Vang …": xã Hòa
        Tiến), so that "Hòa Tiến đạt 19/19 tiêu chí" below is that commune's."""
        self.named_places().setdefault(place_key(place.name), place_label(place))


def build_sections(segmentation: Segmentation) -> Sections:
    """Nest the blocks under their headings (see the module docstring)."""
    stack: list[tuple[float, int]] = []  # (effective level, block index)
    parents: list[tuple[int, ...]] = []
    for block in segmentation.blocks:
        parents.append(tuple(i for _, i in stack))
        if block.kind is not BlockKind.HEADING:
            continue
        if block.level is None:  # criterion heading: just under the numbered heading above
            while stack and segmentation.blocks[stack[-1][1]].level is None:
                stack.pop()
            level = stack[-1][0] + 0.5 if stack else 0.5
        else:
            level = block.level
            while stack and stack[-1][0] >= level:
                stack.pop()
        stack.append((level, block.index))
    return Sections(segmentation.text, segmentation, tuple(parents))


#: A span that names the programme rather than dates a statement: "Chương trình MTQG xây
#: dựng NTM giai đoạn 2021-2025" (used only when nothing else dates the statement).
_PROGRAMME_BEFORE = re.compile(r"(?i:chương\s+trình)[^.;:,\d]{0,60}$")


def _nearest(found: list[tuple[int, int, str]], at: int, text: str | None = None) -> str | None:
    """The written form of the match nearest to offset ``at``, one before it preferred;
    with ``text``, a period that names the programme only when no other is written."""
    if text is not None:
        dated = [f for f in found if not _PROGRAMME_BEFORE.search(text, max(0, f[0] - 80), f[0])]
        found = dated or found
    before = [f for f in found if f[0] < at]
    if before:
        return before[-1][2]
    return found[0][2] if found else None


#: A party committee names its unit: "Bí thư Huyện ủy Sơn Tịnh" → huyện Sơn Tịnh.
_COMMITTEE = re.compile(rf"(?P<level>Huyện|Tỉnh)\s+(?:ủy|uỷ)\s+(?P<name>{NAME_PATTERN})")


def period_in(text: str, start: int, end: int, at: int) -> str | None:
    """The period written nearest ``at`` in ``text[start:end]``."""
    return _nearest(
        [(m.start(), m.end(), m.group()) for m in _period().finditer(text, start, end)], at
    )


def period_near(sections: Sections, start: int, end: int, at: int) -> str | None:
    return _nearest(sections.found("period", start, end), at, sections.text)


def goal_near(sections: Sections, start: int, end: int) -> str | None:
    """The first goal marker in ``text[start:end]`` that marks a goal (:func:`is_goal_word`)."""
    for s, e, written in sections.found("goal", start, end):
        if is_goal_word(sections.text, s, e, lo=start):
            return written
    return None
