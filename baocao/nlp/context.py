"""Context: which section, list and sentence a mention sits in, and what they say.

A statement rarely names everything it needs: "Kết quả tự đánh giá: Đạt." gets its criterion
from the heading above ("Tiêu chí số 3 - Thủy lợi:"), "- Ngân sách tỉnh: 40.661,9 triệu đồng"
its period from the heading "3.1. Giai đoạn 2011-2015: …", "Kinh phí huy động khoảng 360
triệu đồng" its place from the start of its list item ("- Thôn Song Nga: …"). The rule is the
same everywhere: the sentence first, then its list item and the lead of its list, then the
headings it sits under, innermost first; what none of them says stays None (the normalise
stage falls back to the report's own metadata).

News leaves more unsaid (issue 8): a sentence naming no place takes, in order, a speaker's
unit for "chúng tôi", both units for "của 2 huyện", the unit a level word stands for ("toàn
huyện", "xã này"), its full sentence's subject across a semicolon, its block's opening place
(not over an enumeration of places), the topic an earlier sentence set ("Tại X, …"), and the
whole country in a text headlined on it. A goal in a later clause neither dates nor marks the
statement before it; a year written right after a figure is that figure's.

Headings nest by level (:mod:`baocao.nlp.segment`); a criterion heading with no numbering
("Tiêu chí 13 - Tổ chức sản xuất:") nests just under the numbered heading before it and ends
at the next criterion heading or at any heading of its parent's level or above.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from baocao.data.lexicon import CAPITALS
from baocao.model import Level, Place
from baocao.nlp.mentions import Context
from baocao.nlp.segment import (
    HEADER_CHARS,
    OPENS_WITH_CRITERION,
    SUBMISSION_WORD,
    Block,
    BlockKind,
    Segmentation,
    sentences,
)
from baocao.vocab.criteria import topic_spans
from baocao.vocab.money import MONEY_AMOUNT
from baocao.vocab.patterns import cues, is_goal_word
from baocao.vocab.periods import (
    PERIOD_PATTERN,
    TIME_LEAD_END,
    bound_to_its_item,
    carried_over,
    is_comparison_base,
    names_a_document,
    parse_period,
    period_years,
    reaches_present,
    years_back,
)
from baocao.vocab.places import (
    NAME_PATTERN,
    NATIONAL_PATTERN,
    PLACE_PATTERN,
    TOPIC_PATTERN,
    parse_place,
    place_key,
    place_label,
    place_named,
    provinces_named_bare,
    region_written_as_place,
    regions_in,
)
from baocao.vocab.schemes import SCHEME_PATTERN
from baocao.vocab.shortforms import CRITERION_WORD
from baocao.vocab.wholes import whole_opening

_CRITERION_IN_SENTENCE = re.compile(rf"{CRITERION_WORD}\s+(?i:số\s+)?(\d{{1,2}})(?!\d)(?!\s*/)")

_SCHEME = re.compile(SCHEME_PATTERN)
#: How many paragraphs after one that opens with a criterion still speak of it.
CRITERION_CARRY = 2
#: How far after a statement the scheme of its own predicate may be written.
SCHEME_REACH = 40
_SCHEME_LEVEL = re.compile(r"(?i:nâng\s+cao|kiểu\s+mẫu)")

# Agencies and prepositions that make the place after them someone else's (the issuer of a
# decision, the owner of money), not the subject of the sentence.
_NOT_SUBJECT_BEFORE = re.compile(
    r"(?i:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Chủ\s+tịch|Thành\s+ủy|"
    r"Huyện\s+ủy|Tỉnh\s+ủy|Đảng\s+ủy|Đảng\s+bộ|BCĐ|BCD|của|tại|thuộc|cho|với|và)\s*$"
)
#: "đối với (toàn) tỉnh Bắc Ninh": a topic, whatever "với" says elsewhere.
_TOPIC_BEFORE = re.compile(rf"{TOPIC_PATTERN}(?:\s+(?i:toàn))?\s*$")
_LEAD_IN = re.compile(
    r"[\s\-–—+•·*]*(?:(?i:đến\s+nay|hiện\s+nay|năm\s+\d{4}|trong\s+năm\s+\d{4})[\s,]*)?"
    # a topic: "Tại An Giang, …", "Đối với thị xã Từ Sơn, …", "Còn đối với toàn tỉnh Bắc Ninh"
    # (two in a row: "Tại các xã thuộc địa bàn Long An (cũ): …", the communes of a place)
    rf"(?:{TOPIC_PATTERN}(?:\s+(?i:toàn))?\s+){{0,2}}"
    # "Toàn tỉnh Lạng Sơn hiện có …": the whole of a named place
    rf"(?:(?i:toàn)\s+(?=(?i:tỉnh|huyện|thị\s+xã|thành\s+phố|xã)\s+[{CAPITALS}]))?"
)
#: A short lead-in clause before the subject of a sentence ("Trong khi đó, Hậu Thạnh Đông …").
_CLAUSE_LEAD = re.compile(r"[\s\-–—+•·*]*[^\W\d][^,.;:\n]{0,30},\s*")
#: How long an introductory clause opened by its word may be ("Với việc hoàn thành 19/19 tiêu
#: chí, xã A …").
INTRO_REACH = 90


@cache
def _clause_intro() -> re.Pattern[str]:
    """An introductory clause opened by a word that makes it one, before the sentence's
    subject: "Với việc hoàn thành 19/19 tiêu chí, " (cue ``clause_intro``)."""
    return re.compile(
        rf"[\s\-–—+•·*]*(?:{cues().pattern('clause_intro')})\s[^,.;:\n]{{0,{INTRO_REACH}}},\s*"
    )


#: The whole country: "bình quân toàn quốc là …", "cả nước có …".
NATIONAL = "cả nước"
_NATIONAL = re.compile(NATIONAL_PATTERN)
#: The national government as the subject of a sentence: its goals are the country's.
_GOVERNMENT = re.compile(r"[\s\-–—+•·*]*(?:Thủ\s+tướng\s+)?Chính\s+phủ(?!\w)")
#: Units counted "of" a place: "2 đơn vị cấp huyện của tỉnh Bắc Ninh", "5 xã thuộc huyện A".
_UNITS_OF = re.compile(
    r"(?i:(?:xã|huyện|thị\s+xã|đơn\s+vị(?:\s+cấp\s+\w+)?|thôn|bản|ấp|trường)\s+"
    r"(?:của|thuộc)\s+(?:toàn\s+)?)$"
)
#: Units counted "of" a province written bare: "(6/6 huyện, thành phố) của Hà Nam".
_UNITS_OF_BARE = re.compile(
    r"(?i:(?:xã|huyện|thị\s+xã|thành\s+phố|đơn\s+vị(?:\s+cấp\s+\w+)?)\)?\s+(?:của|thuộc)\s+)"
    rf"(?=[{CAPITALS}])"
)
#: Words that say a statement is of the present, after an earlier date in its sentence
#: ("từ 25 hộ nghèo năm 2014, giờ đây đã thành 165 hộ").
#: The present named as a comparison base ("tăng thêm 2 huyện so với hiện tại", "gấp đôi so
#: với thời điểm hiện nay") is no return to it: a goal list goes on past it.
_NOT_NOW_BEFORE = r"(?<!so với )(?<!so sánh với )(?<!so với thời điểm )"
_NOW = re.compile(_NOT_NOW_BEFORE + "(?:" + cues().pattern("until_now") + ")")
#: "hiện" alone as the adverb "now" opening a clause ("…giai đoạn 2016-2020, hiện cả nước
#: có 2.045 xã"), not the end of a word pair ("thực hiện", "thể hiện": a letter and a space
#: before it).
_PRESENT_ADVERB = re.compile(
    r"(?<![^\W\d_]\s)(?<!\w)(?i:hiện)"
    r"(?=\s+(?i:cả|toàn|tỉnh|huyện|xã|có|đã|đang|đạt|còn)(?!\w))"
    # "năm 2010 chỉ 31%, nay đạt 98%", "… thì nay đã lên 90%": "nay" alone before a verb
    r"|(?<!\w)(?i:nay)(?=\s+(?i:đã|đạt|còn|chỉ|tăng|giảm|lên|xuống)(?!\w))"
)
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
def _place() -> re.Pattern[str]:
    return re.compile(PLACE_PATTERN)


@cache
def _period() -> re.Pattern[str]:
    return re.compile(PERIOD_PATTERN)


@cache
def _goal() -> re.Pattern[str]:
    return re.compile(cues().pattern("goal"), re.IGNORECASE)


@cache
def _until_now() -> re.Pattern[str]:
    return re.compile(_NOT_NOW_BEFORE + "(?:" + cues().pattern("until_now") + ")", re.IGNORECASE)


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


# -- what a span of text says ---------------------------------------------------------------


def criterion_in(text: str, start: int, end: int, at: int | None = None) -> str | None:
    """The criterion number "tiêu chí (số) N" written in ``text[start:end]``, if one: the
    last one before ``at`` when given, else the first."""
    found = list(_CRITERION_IN_SENTENCE.finditer(text, start, end))
    if not found:
        return None
    if at is not None:
        before = [m for m in found if m.end() <= at]
        if before:
            return before[-1].group(1)
    return found[0].group(1)


_CLAUSE_BREAK = re.compile(r"[.;:!?](?=\s|$)|[;:\n]")
_FIGURE = re.compile(r"\d")


#: Between a count of units and a share of other units that share its predicate.
_CO_SUBJECT_SHARE = re.compile(r"\s+(?i:và)\s+\d{1,3}(?:,\d{1,2})?\s*%")


def own_criterion(
    text: str,
    start: int,
    end: int,
    s: int,
    e: int,
    *,
    topics: bool = True,
    label_first: bool = False,
) -> str | None:
    """The criterion a statement ``text[start:end]`` names in its own words, within its
    sentence ``[s, e)``: from the statement to the next figure or clause break ("13 xã đạt
    tiêu chí 2, 61 xã đạt tiêu chí 3" → "2" for the first, "3" for the second), then back to
    the figure or clause break before it ("tỷ lệ lao động qua đào tạo đạt 74%"). A number
    ("tiêu chí số 14 về …") wins over a topic ("tiêu chí thuỷ lợi", "trạm y tế xã đạt chuẩn",
    returned as written for :func:`baocao.vocab.criteria.criterion_by_topic`; only
    numbers with ``topics`` false). A topic after the statement (its predicate: "14/20 xã đạt
    tiêu chí điện") is looked for first, before it with ``label_first`` (a rate or an amount
    follows its label: "thu nhập bình quân đạt 42 triệu đồng/người/năm, tỷ lệ hộ nghèo …")."""
    numbers = list(_CRITERION_IN_SENTENCE.finditer(text, s, e))
    hi = e
    brk = _CLAUSE_BREAK.search(text, end, e)
    if brk is not None:
        hi = brk.start()
    # "82/82 xã và 100% số thôn có điện lưới": a share of other units sharing the statement's
    # predicate, not the next statement
    co_subject = _CO_SUBJECT_SHARE.match(text, end, hi)
    for f in _FIGURE.finditer(text, co_subject.end() if co_subject else end, hi):
        if not any(m.start(1) <= f.start() < m.end(1) for m in numbers):
            hi = f.start()
            break
    for m in numbers:
        if start <= m.start() and m.end() <= hi:
            return m.group(1)
    if not topics:
        return None
    lo = s
    for b in _CLAUSE_BREAK.finditer(text, s, start):
        lo = b.end()
    for f in _FIGURE.finditer(text, lo, start):
        lo = f.end()
    if label_first:
        found = _label_topic(text, start, end, s, e, lo, hi)
    else:
        found = (topic_spans(text, start, hi)[:1] + topic_spans(text, lo, start)[-1:])[:1]
    return " ".join(text[found[0][0] : found[0][1]].split()) if found else None


#: A comma between digits is a decimal mark ("giảm từ 8,2% xuống còn 2,7%"), no break.
_SEGMENT_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[()]")


def _label_topic(
    text: str, start: int, end: int, s: int, e: int, lo: int, hi: int
) -> list[tuple[int, int]]:
    """The topic of a rate or an amount: the nearer of the words right before it and right
    after it, neither crossing a comma or a parenthesis ("thu nhập bình quân đạt 42 triệu
    đồng/người/năm, tỷ lệ hộ nghèo 2%"; "98% số hộ được sử dụng điện thường xuyên"); else
    the label its comma-delimited part opens with, across other figures ("tỷ lệ hộ nghèo hạ
    từ 4% xuống còn 3%", "165 hộ nghèo (9,1%)")."""
    seg_lo = s
    for b in _CLAUSE_BREAK.finditer(text, s, start):
        seg_lo = b.end()
    for b in _SEGMENT_BREAK.finditer(text, seg_lo, start):
        seg_lo = b.end()
    seg_hi = min(hi, next((b.start() for b in _SEGMENT_BREAK.finditer(text, end, hi)), hi))
    after = topic_spans(text, end, seg_hi)[:1]
    before = topic_spans(text, max(lo, seg_lo), start)[-1:]
    if after and before:
        return after if after[0][0] - end < start - before[0][1] else before
    if after or before:
        return after or before
    part_lo = s
    for b in re.finditer(r"[.;:!?\n]|(?<!\d),|,(?!\d)", text[s:start]):
        part_lo = s + b.end()
    found = topic_spans(text, seg_lo, start)[-1:] or topic_spans(text, part_lo, start)[-1:]
    if not found and text[part_lo:start].strip(" (-–"):
        # a label with a comma in it ("hộ sử dụng điện thường xuyên, an toàn đạt 99%"); not
        # a value that opens its own item ("…, 98% số hộ có xe gắn máy")
        found = topic_spans(text, lo, start)[-1:]
    return found


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


def place_at_start(
    text: str,
    start: int,
    end: int,
    *,
    known: dict[str, str] | None = None,
    government: bool = False,
) -> str | None:
    """The place a sentence or list item opens with ("- Thôn Đồng Lão: …" → "Thôn Đồng
    Lão"), allowing a short lead-in ("Đến nay, ", "Năm 2023 ") or a topic ("Tại An Giang, …",
    "Đối với thị xã Từ Sơn, …"). A name written without its prefix is a place when it is a
    province ("Tại Long An" → "tỉnh Long An") or a place the text named before with its
    prefix (``known``: "Hậu Thạnh Đông từ 25 hộ nghèo …" → "xã Hậu Thạnh Đông"). With
    ``government``, a sentence whose subject is the national government ("Chính phủ đã ban
    hành … mục tiêu …") is about the whole country."""
    lead = _LEAD_IN.match(text, start, end)
    positions = [lead.end() if lead else start]
    for lead_in in (_CLAUSE_LEAD, _clause_intro()):
        clause = lead_in.match(text, start, end)
        if clause is not None and clause.end() not in positions:
            positions.append(clause.end())
    for pos in positions:
        m = _place().match(text, pos, end)
        if m:
            return " ".join(m.group().split())
        if government and _GOVERNMENT.match(text, pos, end):
            return NATIONAL
        bare = _bare_place(text, pos, end, known or {})
        if bare:
            return bare
    return None


#: A place giving money to the one a sentence is about: "Tỉnh Đắk Lắk (cũng) hỗ trợ …".
_GIVES_AFTER = re.compile(
    r"\s+(?:(?i:cũng|đã|còn|tiếp\s+tục|trực\s+tiếp)\s+)*(?i:hỗ\s+trợ|phân\s+bổ|bố\s+trí)(?!\w)"
)
_NAME_AT = re.compile(rf"[ \t]*({NAME_PATTERN})")


def _bare_place(text: str, pos: int, end: int, known: dict[str, str]) -> str | None:
    """A place written without a prefix at ``pos``: one named before with its prefix, else a
    province (its prefix added: "An Giang" → "tỉnh An Giang")."""
    m = _NAME_AT.match(text, pos, end)
    if m is None:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        key = place_key(" ".join(words[:n]))
        if key in known:
            return known[key]
    for n in range(len(words), 0, -1):
        place = place_named(" ".join(words[:n]))
        if place is not None and place.code and place.code == place.province_code:
            return place_label(place)
    return None


def place_inside(text: str, start: int, end: int) -> str | None:
    """The place a statement counts units of, written after the units in ``text[start:end]``:
    "2 đơn vị cấp huyện của tỉnh Bắc Ninh đạt chuẩn", "5 xã thuộc huyện Tiên Du"; a
    province written bare too ("(6/6 huyện, thành phố) của Hà Nam")."""
    for m in _place().finditer(text, start, end):
        if _UNITS_OF.search(text, max(start, m.start() - 40), m.start()):
            return " ".join(m.group().split())
    # "(6/6 huyện, thành phố) của Hà Nam đạt chuẩn": a province written bare
    for m in _UNITS_OF_BARE.finditer(text, start, end):
        bare = _bare_place(text, m.end(), end, {})
        if bare is not None:
            return bare
    return None


#: "của 2 huyện", "của cả hai đơn vị", "của 02 huyện": a place made of the units the text has
#: just named.
_OF_SEVERAL = re.compile(
    r"(?i:(?:của|thuộc|ở|tại)\s+(?:cả\s+)?(?P<n>0?2|0?3|hai|ba)\s+"
    r"(?P<what>huyện|thị\s+xã|đơn\s+vị(?:\s+cấp\s+huyện)?|địa\s+phương|xã))"
    r"(?P<next>[ \t]+\w)?"
)
_SMALL_NUMBERS = {"2": 2, "3": 3, "hai": 2, "ba": 3}


def places_joined(text: str, start: int, end: int) -> str | None:
    """The place "của 2 huyện" in ``text[start:end]`` stands for: the last two (three)
    units of that level the text named before, in the order it named them, joined by ", "
    ("huyện Tiên Du, thị xã Từ Sơn")."""
    m = _OF_SEVERAL.search(text, start, end)
    if m is None or (m.group("next") and m.group("next").strip().isupper()):
        return None  # "của 2 xã Tân An và …" names them
    n = _SMALL_NUMBERS[m.group("n").lower().lstrip("0")]
    level = Level.COMMUNE if m.group("what").lower() == "xã" else Level.DISTRICT
    named: dict[str, tuple[int, str]] = {}  # key → (last mention, label at first mention)
    for p in _place().finditer(text, 0, m.start()):
        place = parse_place(p.group())
        if place is None or place.level is not level:
            continue
        key = place_key(place.name)
        label = named[key][1] if key in named else place_label(place)
        named[key] = (p.start(), label)
    if len(named) < n:
        return None
    last = sorted(named.values())[-n:]
    first_order = [label for _, label in last]
    order = {label: i for i, (_, label) in enumerate(named.values())}
    return ", ".join(sorted(first_order, key=lambda label: order[label]))


#: One unit of a list of subjects: a place with its prefix, or a name (the prefix of the
#: first, or one the text named before).
_JOINED_ITEM = re.compile(r"(?:" + PLACE_PATTERN + r")|" + NAME_PATTERN)
#: Between two units of such a list: "và", "cùng", a comma, or a comma and "và".
_JOINT = re.compile(r"[ \t]*(?:,[ \t]*(?:(?i:và|cùng)[ \t]+)?|,?[ \t]+(?i:và|cùng)[ \t]+)")
#: Units of one level joined as one clause's subject: "Hai huyện A và B đã có", "huyện A và
#: huyện B đều đạt", "A và B đã hoàn thành" (bare names the text named before), "Các huyện
#: A, B có …", "huyện A, huyện B, huyện C đều đạt".
_JOINED = re.compile(rf"(?:{_JOINED_ITEM.pattern})(?:{_JOINT.pattern}(?:{_JOINED_ITEM.pattern}))+")
#: A count of units before the joined pair: "Hai huyện", "2 xã", "02 xã", "cả hai thị xã".
_PAIR_LEVEL = re.compile(
    r"(?i:(?:cả\s+)?(?:hai|0?2)\s+(?P<level>huyện|thị\s+xã|xã|tỉnh|thành\s+phố)[ \t]+)$"
)


#: Words before a list of units that say several are named: "Các huyện", "những xã",
#: "ba thị xã" (a list joined by commas alone is subjects only so introduced, or with every
#: unit written with its prefix).
#: The words are cues of ``patterns_cues.toml`` (several_units).
@cache
def _several_before() -> re.Pattern[str]:
    several = cues().pattern("several_units", "determiner")
    number = cues().pattern("several_units", "number")
    return re.compile(rf"(?i:(?<!\w)(?:{several}|(?:cả\s+)?(?:{number}|\d+))\s+)$")


#: How far before a statement its joined subjects may be (characters).
JOINED_REACH = 240


def _joined_label(written: str, level_word: str | None, known: dict[str, str]) -> Place | None:
    place = parse_place(written)
    if place is not None and place.level is not None:
        return place
    words = written.split()
    for n in range(len(words), 0, -1):
        key = place_key(" ".join(words[:n]))
        if key in known:
            return parse_place(known[key])
    if level_word is not None:
        return parse_place(f"{level_word} {written}")
    return None


def _joined_items(text: str, found: re.Match[str]) -> list[tuple[str, bool]]:
    """The units of a joined list, each with whether "và"/"cùng" joins it to the one before."""
    items = []
    pos = found.start()
    joined_by_and = False
    while pos < found.end():
        item = _JOINED_ITEM.match(text, pos, found.end())
        if item is None:
            break
        items.append((item.group(), joined_by_and))
        joint = _JOINT.match(text, item.end(), found.end())
        if joint is None:
            break
        joined_by_and = re.search(r"\w", joint.group()) is not None  # "và", "cùng"
        pos = joint.end()
    return items


def subjects_joined(text: str, s: int, at: int, known: dict[str, str]) -> tuple[str, ...] | None:
    """The units a clause names as its subject, joined by "và" or commas, when the statement
    at ``at`` holds for each of them ("Hai huyện A và B đã có 100% số xã đạt chuẩn", "huyện A
    và huyện B đều đạt 9/9 tiêu chí", "Các huyện A, B có 100% xã …"): their labels, in order.
    None unless all are places of one level and nothing but the predicate lies between them
    and the statement (no other place, no sentence end). A list joined by commas alone is
    one only after a word that says several units are named ("Các huyện", "ba xã") or with
    each unit written with its prefix ("huyện A, huyện B đều …"). Where the whole list is not
    of one level, its last units that are ("Tỉnh X, xã A và xã B đều đạt …")."""
    lo = max(s, at - JOINED_REACH)
    found = None
    for m in _JOINED.finditer(text, lo, at):
        found = m
    if found is None or _place().search(text, found.end(), at) is not None:
        return None
    if re.search(r"[.;:!?]", text[found.end() : at]):
        return None
    if _WHOLE_LEVEL.search(text, found.end(), at) or _LEVEL_SUBJECT.search(text, found.end(), at):
        return None  # "…, toàn huyện đạt 19 tiêu chí": another subject after the list
    items = _joined_items(text, found)
    several = _several_before().search(text, max(lo, found.start() - 20), found.start())
    pair = _PAIR_LEVEL.search(text, lo, found.start())
    for first in range(len(items) - 1):
        labels = _joined_labels(items[first:], pair, known)
        if labels is None:
            continue
        with_and = any(by_and for _, by_and in items[first + 1 :])
        prefixed = all(_with_prefix(w) for w, _ in items[first:])
        if not with_and and not (prefixed or (first == 0 and (several or pair))):
            return None
        return labels
    return None


def _with_prefix(written: str) -> bool:
    place = parse_place(written)
    return place is not None and place.level is not None and bool(place.prefix)


def _joined_labels(
    items: list[tuple[str, bool]], pair: re.Match[str] | None, known: dict[str, str]
) -> tuple[str, ...] | None:
    """The labels of the units of a joined list, all of one level, or None."""
    level_word = " ".join(pair.group("level").lower().split()) if pair else None
    places = []
    for written, _ in items:
        place = _joined_label(written, level_word, known)
        if place is None:
            return None
        if level_word is None and place.prefix:
            level_word = place.prefix  # "huyện A và B": B of A's level
        places.append(place)
    levels = {p.level for p in places}
    if len(levels) != 1 or Level.VILLAGE in levels:
        return None
    if len({place_key(p.name) for p in places}) != len(places):
        return None
    return tuple(place_label(p) for p in places)


#: A speaker's own unit: "chúng tôi", "xã chúng tôi", "huyện tôi", "địa phương tôi".
_WE = re.compile(
    r"(?i:(?<!\w)(?:chúng\s+tôi|(?:xã|huyện|tỉnh|địa\s+phương)\s+(?:chúng\s+)?tôi)(?!\w))"
)
#: Who speaks: "Chủ tịch UBND xã", "Bí thư Đảng ủy xã Phước Hưng", "Phó chủ tịch UBND huyện".
_SPEAKER = re.compile(
    r"(?i:(?:phó\s+)?(?:chủ\s+tịch|bí\s+thư|trưởng\s+ban|giám\s+đốc)\s+"
    r"(?:(?:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Đảng\s+ủy|Đảng\s+uỷ)\s+)?)"
    r"(?P<level>(?i:xã|phường|thị\s+trấn|huyện|thị\s+xã|tỉnh))(?!\w)"
)
_SPEAKER_LEVEL = {
    "xã": Level.COMMUNE,
    "phường": Level.COMMUNE,
    "thị trấn": Level.COMMUNE,
    "huyện": Level.DISTRICT,
    "thị xã": Level.DISTRICT,
    "tỉnh": Level.PROVINCE,
}


def speakers_place(text: str, s: int, at: int, lo: int, hi: int) -> str | None:
    """The unit a speaker's "chúng tôi" at ``[s, at)`` stands for: the place their title
    names ("Bí thư Đảng ủy xã Phước Hưng"), else the last place of their title's level named
    before ("… xã Hậu Thạnh Đông …" ⏎ "'chúng tôi chỉ có 12/19 tiêu chí' - ông …, phó chủ
    tịch UBND xã, nói"). The title is looked for in the paragraph ``[lo, hi)``."""
    if _WE.search(text, s, at) is None:
        return None
    title = _SPEAKER.search(text, lo, hi)
    if title is None:
        return None
    named = _place().match(text, title.start("level"), hi)
    if named is not None:
        place = parse_place(named.group())
        if place is not None:
            return " ".join(named.group().split())
    level = _SPEAKER_LEVEL[" ".join(title.group("level").lower().split())]
    last = None
    for p in _place().finditer(text, 0, lo):
        place = parse_place(p.group())
        if place is not None and place.level is level:
            last = " ".join(p.group().split())
    return last


#: "toàn huyện", "cả tỉnh", "trên địa bàn huyện" with no name after: the unit of that level
#: the text is in.
_WHOLE_LEVEL = re.compile(
    r"(?i:(?<!\w)(?:toàn|cả|trên\s+địa\s+bàn)\s+(?P<level>tỉnh|huyện|thị\s+xã|xã))(?!\w)"
    r"(?P<next>[ \t]+\w)?"
)


#: A level word alone as the subject of a clause: "…, đến nay xã mới đạt 12/19 tiêu chí",
#: "Huyện đã có 26/26 xã …", "Tỉnh đã huy động 5.000 tỷ đồng".
_LEVEL_SUBJECT = re.compile(
    r"(?:^|(?<=[,;:.\n\"“])|(?<=[,;:.\"“]\s)|(?i:(?<=nay)|(?<=hiện)|(?<=đó)))\s*"
    r"(?P<level>(?i:xã|huyện|tỉnh|thị\s+xã))\s+"
    r"(?i:(?:(?:đã|mới|hiện|đang|cũng|vẫn|chỉ|nay|còn|tiếp\s+tục)\s+)*"
    rf"(?:{cues().pattern('reach_verb')}|có|huy\s+động|giải\s+ngân))(?!\w)"
    # "xã này", "của huyện này": a unit the text named before
    r"|(?<![^\W\d_])(?P<level2>(?i:xã|huyện|tỉnh|thị\s+xã))\s+(?i:này)(?!\w)"
    # "Mục tiêu của tỉnh đến năm 2025 có …": the level word owning the goal its sentence sets
    rf"|(?:{cues().pattern('level_owner')})\s+(?P<level3>(?i:xã|huyện|tỉnh|thị\s+xã))(?!\w)"
    rf"(?![ \t]+[{CAPITALS}])"
)


def _level_group(m: re.Match[str]) -> str:
    """The group of a :data:`_LEVEL_SUBJECT` match that holds its level word."""
    return next(g for g in ("level", "level2", "level3") if m.group(g))


def _whole_level_of(sections: Sections, block: Block, s: int, at: int) -> str | None:
    text = sections.text
    if _WHOLE_LEVEL.search(text, s, at) is None and _LEVEL_SUBJECT.search(text, s, at) is None:
        return None
    places = sections.places_by_level()
    headline = _headline_province(sections)
    if headline is not None:  # "Lào Cai: …" names its province without the prefix
        places = [(-1, Level.PROVINCE, headline, place_key(headline)), *places]
    return whole_level(
        text,
        s,
        at,
        places,
        topic_before(sections, block, s),
        own=sections.own,
        near=_paragraph_start(sections, block),
    )


def _paragraph_start(sections: Sections, block: Block) -> int:
    """Where what governs ``block`` starts: a line of its own naming a place ("Thị xã Từ
    Sơn" ⏎ …) or its innermost heading, within its section; else its paragraph (its own
    start, or its list lead's)."""
    headings = sections.parents[block.index]
    first = headings[-1] + 1 if headings else 0
    for i in range(block.index - 1, first - 1, -1):
        other = sections.blocks[i]
        if _place().fullmatch(sections.text[other.start : other.end].strip(" \t\n:.-*#")):
            return other.start
    if headings:
        return sections.blocks[headings[-1]].start
    lead = sections.lead(block)
    return lead.start if lead is not None else block.start


def _headline_province(sections: Sections) -> str | None:
    """A province the headline opens with, written bare ("Lào Cai: …", "Yên Bái có …")."""
    for block in sections.blocks[:HEADLINE_BLOCKS]:
        bare = _bare_place(sections.text, block.body, block.end, {})
        if bare is not None:
            return bare
    return None


_LEVEL_WORD = re.compile(r"^(?i:tỉnh|huyện|thị\s+xã|xã|thành\s+phố)\s+")

#: A party committee names its unit: "Bí thư Huyện ủy Sơn Tịnh" → huyện Sơn Tịnh.
_COMMITTEE = re.compile(rf"(?P<level>Huyện|Tỉnh)\s+(?:ủy|uỷ)\s+(?P<name>{NAME_PATTERN})")


def whole_level(
    text: str,
    s: int,
    at: int,
    places: list[tuple[int, Level, str, str]],
    topic: str | None = None,
    *,
    own: dict[Level, str] | None = None,
    near: int | None = None,
) -> str | None:
    """The place "toàn huyện" (or a level word alone as the subject: "… xã mới đạt 12/19
    tiêu chí", "xã này") in ``text[s:at]`` means: a place of that level the text named
    before it ("… xã thứ 4 của huyện Củ Chi …" ⏎ "toàn huyện có 20/20 xã" → huyện Củ Chi),
    so a commune's news does not give its district's figures to the commune. A party
    committee names its unit too ("Bí thư Huyện ủy Sơn Tịnh"). A ``topic`` an earlier
    sentence set at that level wins; else, of several, the one the text names most, the
    last named of those. ``places`` are the text's places by level
    (:meth:`Sections.places_by_level`).

    The document's ``own`` place of that level (its unit, its province) wins over one named
    before the paragraph (from ``near``) that holds the level word: a report's "toàn tỉnh" on
    its second page is its own province, not the one an earlier page named in passing ("học
    tập kinh nghiệm tại huyện Hải Hậu, tỉnh Nam Định"); with none named, it is the own place."""
    found = None
    for m in _WHOLE_LEVEL.finditer(text, s, at):
        if not (m.group("next") and m.group("next").strip().isupper()):
            found = m
    if found is None:
        for m in _LEVEL_SUBJECT.finditer(text, s, at):
            found = m
    if found is None:
        return None
    group = _level_group(found)
    level = _SPEAKER_LEVEL[" ".join(found.group(group).lower().split())]
    return level_meant(text, level, found.start(group), places, topic, own=own, near=near)


def level_meant(
    text: str,
    level: Level,
    at: int,
    places: list[tuple[int, Level, str, str]],
    topic: str | None = None,
    *,
    own: dict[Level, str] | None = None,
    near: int | None = None,
) -> str | None:
    """The place a level word of ``level`` written at ``at`` stands for (see
    :func:`whole_level`)."""
    if topic is not None:
        place = parse_place(topic)
        if place is not None and place.level is level:
            return topic  # "Tại tỉnh Hậu Giang, …" ⏎ "Toàn tỉnh có …"
    named = [
        (start, written, key) for start, lv, written, key in places if lv is level and start < at
    ]
    mine = (own or {}).get(level)
    if mine is not None and not any(
        start >= (near or 0) and not _where_it_lies(text, start, level) for start, _, _ in named
    ):
        return mine
    if not named:
        return None
    # the unit of that level the text speaks of most (its name counted wherever written, with
    # its prefix or without), the last named of those
    counts = Counter(key for _, _, key in named)
    if level is Level.PROVINCE:
        for key in counts:
            written = next(w for _, w, k in named if k == key)
            name = _LEVEL_WORD.sub("", written)
            counts[key] = text.count(name)
    best = max(counts.values())
    return max((start, written) for start, written, key in named if counts[key] == best)[1]


#: A place written right after another, as where that one lies: "huyện Hải Hậu, tỉnh Nam
#: Định", "xã A (huyện B)".
_LIES_IN_BEFORE = re.compile(rf"(?:{PLACE_PATTERN})\s*[,(\-–]\s*$")


def _where_it_lies(text: str, start: int, level: Level) -> bool:
    """Whether the place of ``level`` named at ``start`` only says where the lower place
    before it lies."""
    m = _LIES_IN_BEFORE.search(text, max(0, start - 60), start)
    inner = parse_place(m.group()) if m else None
    return (
        inner is not None
        and inner.level is not None
        and _PLACE_RANK.get(inner.level, 9) < _PLACE_RANK.get(level, 9)
    )


#: A place ranked among the country's, right before it is named: "đứng thứ 3 cả nước",
#: "nằm trong nhóm dẫn đầu cả nước".
_NATIONAL_RANK_BEFORE = re.compile(
    r"(?:" + cues().pattern("national_rank") + r")[^,.;:\n]{0,25}$", re.IGNORECASE
)


#: A measure named with the whole country at its clause's opening: "Tỷ lệ hộ nghèo cả nước
#: năm 2006 tính theo chuẩn cũ là 15,5%".
_NATIONAL_MEASURE = re.compile(
    r"(?:^|(?<=[.!?:;,\n]))\s*[\W\d_]*(?i:tỷ\s+lệ|tỉ\s+lệ|thu\s+nhập|bình\s+quân|trung\s+bình)"
    r"[^.;:,\d]{0,40}?" + NATIONAL_PATTERN
)
#: How far before its figure a measure of the country may open its clause.
NATIONAL_MEASURE_WINDOW = 100


def _national_measure(text: str, start: int, at: int) -> bool:
    """Whether the clause of ``at`` opens with a measure of the whole country and names no
    place or region before the figure ("Tỷ lệ hộ nghèo cả nước năm 2006 … là 15,5%")."""
    lo = max(start, at - NATIONAL_MEASURE_WINDOW)
    found = None
    for m in _NATIONAL_MEASURE.finditer(text, lo, at):
        found = m
    if found is None or re.search(r"[,;:(]", text[found.end() : at]):
        return False
    return _place().search(text, found.end(), at) is None and not regions_in(text, found.end(), at)


def national_before(text: str, start: int, at: int, *, window: int = 30) -> bool:
    """Whether the words just before ``at`` name the whole country ("bình quân toàn quốc là
    10,82 tiêu chí/xã") with no place written between."""
    lo = max(start, at - window)
    found = None
    for m in _NATIONAL.finditer(text, lo, at):
        found = m
    if found is None:
        return _national_measure(text, start, at)
    if _NATIONAL_RANK_BEFORE.search(text, max(0, found.start() - 40), found.start()):
        # "đứng thứ 3 cả nước với 95% số xã …", "vùng X có tỷ lệ thấp nhất cả nước (4,6%)":
        # the place ranked, not the country
        return False
    if re.fullmatch(r"\s*\(\s*", text[found.end() : at]):
        return True  # "bình quân cả nước (11,6 tiêu chí/xã)": the country's, in brackets
    if re.search(r"[,;:(]", text[found.end() : at]):
        return False  # "so với bình quân toàn quốc, tỉnh đạt …": another clause
    return _place().search(text, found.end(), at) is None


def topic_line(sections: Sections, block: Block) -> str | None:
    """The place a text has switched to with a line of its own ("Thị xã Từ Sơn" ⏎ "Đối với
    …"): the nearest earlier block, within the section, that is only a place name."""
    headings = sections.parents[block.index]
    first = headings[-1] + 1 if headings else 0
    for i in range(block.index - 1, first - 1, -1):
        other = sections.blocks[i]
        written = sections.text[other.start : other.end]
        words = written.strip(" \t\n:.-–—*#+•·")
        m = _place().fullmatch(words)
        if m is not None and _above_a_submission_title(sections, other):
            continue  # "HUYỆN B" ⏎ … ⏎ "TỜ TRÌNH" ⏎ "Đề nghị … xã A": the issuer, no topic
        if m is not None and _cell_of_a_flat_table(sections, i):
            continue  # "Huyện Vị Xuyên" ⏎ "22" ⏎ "9": a row's cell, one per line, no topic
        if m is not None:
            if (
                i < HEADLINE_BLOCKS
                and written.rstrip(" \t\n*#").endswith(":")
                and not _sentence_before(sections, i)
            ):
                # "Huyện Thống Nhất:" ⏎ "Xã Gia Tân 3 tái đạt chuẩn …": a kicker over the
                # headline files the article under the place; its unit is the headline's
                # (a caption after a sentence of the article is no kicker: "… có 18/25 xã
                # đạt chuẩn." ⏎ "- Huyện B:" ⏎ "Có 9/14 xã …" are huyện B's)
                return None
            return " ".join(m.group().split())
    return None


def _above_a_submission_title(sections: Sections, block: Block) -> bool:
    """Whether ``block`` lies in a submission's header, above its title word ("TỜ TRÌNH"):
    the issuer's name there is no topic of the lines under the title (the unit the title
    proposes is: normalize/facts.py, ``Normaliser.proposed``)."""
    title = SUBMISSION_WORD.search(sections.text, 0, HEADER_CHARS)
    return title is not None and block.end <= title.start()


#: A cell of figures alone on its line: "22", "1.250,6", "63,2%".
_BARE_FIGURE = re.compile(r"[ \t]*\d[\d.,]*[ \t]*%?[ \t]*")


def _cell_of_a_flat_table(sections: Sections, index: int) -> bool:
    """Whether block ``index`` (a place alone on its line) is a cell of a table written one
    cell per line: the block after it is a bare figure ("Huyện Bắc Quang" ⏎ "22" ⏎ "12")."""
    if index + 1 >= len(sections.blocks):
        return False
    after = sections.blocks[index + 1]
    return _BARE_FIGURE.fullmatch(sections.text, after.start, after.end) is not None


def _sentence_before(sections: Sections, index: int) -> bool:
    """Whether a block before block ``index`` is a sentence of running text (it ends like
    one): what comes after it is the article's body, no headline or kicker."""
    text = sections.text
    return any(
        text[b.start : b.end].rstrip(" *_").endswith((".", "!", "?", "…"))
        for b in sections.blocks[:index]
    )


#: A measure "of" a place: "tỷ lệ hộ nghèo của huyện X", "bình quân mỗi xã của huyện X".
_MEASURE_OF_BEFORE = re.compile(
    r"(?i:tỷ\s+lệ|tỉ\s+lệ|thu\s+nhập|bình\s+quân|trung\s+bình|số\s+tiêu\s+chí)"
    r"[^.;:,\d]{0,40}(?i:của|ở|tại)\s*$"
)


#: After a place, the end of its clause: a semicolon, or the bracket that closes it as
#: where the item before it lies ("xã Văn Hóa (huyện Tuyên Hóa); …").
_OTHER_CLAUSE_AFTER = re.compile(r"[^;\n]*;|\s*\)")


def place_before(text: str, start: int, at: int, *, window: int = 40) -> str | None:
    """The last place written in the ``window`` characters before ``at`` (not before
    ``start``) that is not an agency's or a preposition's object: the subject of the verb at
    ``at`` ("…, xã Quang Trung đạt 17/19 tiêu chí")."""
    lo = max(start, at - window)
    found = None
    for m in _place().finditer(text, lo, at):
        if (
            _NOT_SUBJECT_BEFORE.search(text, max(start, m.start() - 30), m.start())
            and not _TOPIC_BEFORE.search(text, max(start, m.start() - 30), m.start())
            and not _MEASURE_OF_BEFORE.search(text, max(start, m.start() - 50), m.start())
            and not _next_item_of_a_list(text, start, m, at)
        ):
            continue
        if text[m.end() : at].strip(" ,") and len(text[m.end() : at].split()) > 3:
            continue
        if _OTHER_CLAUSE_AFTER.match(text, m.end(), at) and not _names_its_level(text, m):
            # "… xã Văn Hóa (huyện Tuyên Hóa); 2 xã …": where an item of the clause before lies
            continue
        found = m
    if found is None:
        return _bare_province_before(text, lo, at)
    return _qualified(text, lo, found) or " ".join(found.group().split())


#: "và" right before a place: the joint of a list of places' values, "… huyện A đạt 15,2
#: tiêu chí/xã và huyện B 10,1 tiêu chí/xã", when the item before it has a figure of its own.
_AND_BEFORE = re.compile(cues().pattern("item_joint") + r"\s*$")
#: Between a listed place and its value: nothing but a few words ("đạt", "bình quân", ":").
_ITEM_GAP = re.compile(r"[^\d.;,()\n]*")
#: How far before "và" the earlier item's figure may be (characters).
ITEM_FIGURE_REACH = 40


def _next_item_of_a_list(text: str, start: int, place: re.Match[str], at: int) -> bool:
    """Whether ``place``, after "và", is the next item of a list of places and their values
    (its own value at ``at``, a figure in the item before "và"), not a second owner joined to
    a first ("của huyện A và huyện B"): the value is that place's."""
    joint = _AND_BEFORE.search(text, max(start, place.start() - 6), place.start())
    if joint is None:
        return False
    gap = text[place.end() : at]
    if not _ITEM_GAP.fullmatch(gap) or len(gap.split()) > 3:
        return False
    before = text[max(start, joint.start() - ITEM_FIGURE_REACH) : joint.start()]
    return _FIGURE.search(before) is not None


#: A level word, maybe described in lower case, whose place a bracket then names: "huyện
#: nghèo (huyện Kỳ Sơn)", "một xã (xã Tà Xùa)"; not a place the bracket says where it lies
#: ("xã Văn Hóa (huyện Tuyên Hóa)").
_LEVEL_BEFORE_BRACKET = re.compile(
    r"(?i:(?<!\w)(?:huyện|thị\s+xã|xã|tỉnh|thành\s+phố))"
    r"(?P<words>(?:[ \t]+\w+){0,3}?)[ \t]*\([ \t]*$"
)


def _names_its_level(text: str, place: re.Match[str]) -> bool:
    """Whether ``place`` is written in brackets after the level word it names ("huyện nghèo
    (huyện Kỳ Sơn) có 2/20 xã …": the district's), so is the subject, not where the one
    before it lies."""
    if not re.match(r"\s*\)", text[place.end() : place.end() + 3]):
        return False
    before = _LEVEL_BEFORE_BRACKET.search(text, max(0, place.start() - 40), place.start())
    return before is not None and all(w.islower() for w in before.group("words").split())


#: Right before a province named bare: the place it qualifies ("xã Tân Phú, Cà Mau", "huyện
#: Hòa Vang (Đà Nẵng)"), so where that place lies, not the subject.
_LIES_IN_GAP = re.compile(rf"(?:{PLACE_PATTERN})\s*[,(\-–]\s*$")


def _bare_province_before(text: str, lo: int, at: int) -> str | None:
    """The last province named bare in ``text[lo:at]`` (see
    :func:`~baocao.vocab.places.provinces_named_bare`) as the subject of the verb at ``at``
    ("…, nông dân Phú Yên đã góp 120 tỷ đồng"), under :func:`place_before`'s rules; only
    where no place is written with its prefix there, which is nearer to what it says."""
    found = None
    for start, end, province in provinces_named_bare(text):
        if start < lo or end > at:
            continue
        if (
            _NOT_SUBJECT_BEFORE.search(text, max(lo, start - 30), start)
            and not _TOPIC_BEFORE.search(text, max(lo, start - 30), start)
        ) or _LIES_IN_GAP.search(text, max(0, start - 80), start):
            continue
        if len(text[end:at].split()) > 3 or _OTHER_CLAUSE_AFTER.match(text, end, at):
            continue
        found = province
    return place_label(found) if found is not None else None


#: Levels from the lowest, to tell a place from the one it lies in.
_PLACE_RANK = {Level.VILLAGE: 0, Level.COMMUNE: 1, Level.DISTRICT: 2, Level.PROVINCE: 3}
# "xã Hòa Bình, huyện Chợ Mới", "xã A (huyện B)", "xã Nghi Xuân huyện Nghi Lộc" (no mark).
_QUALIFIER_GAP = re.compile(r"\s*[,(\-–]?\s*$")


def _qualified(text: str, lo: int, found: re.Match[str]) -> str | None:
    """The place a place written right after it qualifies ("xã Hòa Bình, huyện Chợ Mới đã
    đạt …", "xã A (huyện B) đạt …": the commune, lying in the district, is the subject)."""
    outer = parse_place(found.group())
    if outer is None or outer.level is None:
        return None
    # "xã Hương Sơn, huyện Phú Bình, tỉnh Thái Nguyên đạt …": down the chain, to its first
    innermost = None
    rank = _PLACE_RANK.get(outer.level, 9)
    while True:
        inner = None
        for m in _place().finditer(text, max(0, min(lo, found.start()) - 80), found.start()):
            if _QUALIFIER_GAP.fullmatch(text, m.end(), found.start()):
                inner = m
        if inner is None:
            break
        place = parse_place(inner.group())
        if place is None or place.level is None:
            break
        if _PLACE_RANK.get(place.level, 9) >= rank:
            break
        innermost, found, rank = inner, inner, _PLACE_RANK.get(place.level, 9)
    return " ".join(innermost.group().split()) if innermost is not None else None


def period_in(text: str, start: int, end: int, at: int) -> str | None:
    """The period written nearest ``at`` in ``text[start:end]``."""
    return _nearest(
        [(m.start(), m.end(), m.group()) for m in _period().finditer(text, start, end)], at
    )


def period_near(sections: Sections, start: int, end: int, at: int) -> str | None:
    return _nearest(sections.found("period", start, end), at, sections.text)


def _now_between(text: str, found: list[tuple[int, int, str]], at: int) -> bool:
    """Whether the sentence returns to the present between its last period before ``at``
    and ``at`` ("… (4%) năm 2014, giờ đây đã thành 165 hộ nghèo (9,1%)", "… giai đoạn
    2016-2020, hiện cả nước có …")."""
    before = [f for f in found if f[0] < at]
    return bool(before) and (
        _NOW.search(text, before[-1][1], at) is not None
        or _PRESENT_ADVERB.search(text, before[-1][1], at) is not None
    )


def scheme_near(sections: Sections, start: int, end: int, at: int) -> str | None:
    """The scheme phrase nearest ``at``; an advanced/model phrase wins over a bare "NTM" in
    the same span ("đối với xã NTM nâng cao xã đã đạt …")."""
    found = sections.found("scheme", start, end)
    specific = [f for f in found if _SCHEME_LEVEL.search(f[2])]
    return _nearest(specific or found, at)


def goal_near(sections: Sections, start: int, end: int) -> str | None:
    """The first goal marker in ``text[start:end]`` that marks a goal (:func:`is_goal_word`)."""
    for s, e, written in sections.found("goal", start, end):
        if is_goal_word(sections.text, s, e, lo=start):
            return written
    return None


# -- a mention's context ----------------------------------------------------------------------


def context_at(sections: Sections, start: int, end: int, *, label_first: bool = False) -> Context:
    """The :class:`Context` of the span ``text[start:end]``; ``label_first`` for figures
    whose label comes before them (rates, amounts: see :func:`own_criterion`)."""
    block = sections.block_at(start)
    if block is None:
        return Context(block=-1)
    s, e = sections.sentence_at(block, start)
    # "Với 11/11 xã đạt chuẩn, huyện … phấn đấu trở thành thị xã vào năm 2025": a goal in a
    # later clause is another statement; neither its year nor its goal word is this one's
    e = _goal_clause_after(sections, end, e)
    # "xã C (đạt 15/19 tiêu chí) phấn đấu đạt chuẩn vào năm 2023": a statement in brackets
    # is an aside of the present; the goal after the bracket, and its year, are of the words
    # before it (a year alone still dates the aside: "40 hộ nghèo (6%) năm 2016")
    aside = _aside_end(sections.text, s, start, end, e)
    if aside != e and goal_near(sections, aside, e) is not None:
        e = aside
    if label_first:
        # "phân bổ 18 tỷ đồng … để cấp kinh phí cho các xã đạt chuẩn năm 2016 và các xã phấn
        # đấu …": the units the money is for, with their own years and goals
        recipients = _FOR_UNITS_AFTER.search(sections.text, end, e)
        if recipients is not None and not _SPAN.search(sections.text, recipients.end(), e):
            # (a phase the money is for is its span: "để tập trung cho các xã về đích nông
            # thôn mới giai đoạn 2019-2020")
            e = recipients.start()
    headings = sections.headings(block)
    lead = sections.lead(block) or _goal_lead(sections, block, s, e)
    section = sections.block_text(headings[0]) if headings else None
    # "Huyện phấn đấu có thêm xã C (hiện đạt 15/19 tiêu chí) đạt chuẩn …": an aside that
    # says it is the present is no part of the goal around it
    present = _present_aside(sections.text, s, start, end, e)
    if present is not None:
        # the text's own time, as "đến nay" is
        goal, period = None, None
    else:
        # "Trong số 6 xã đăng ký về đích năm nay, có 4 xã đã đạt 19/19 tiêu chí": the goal
        # word describes the whole the clause opens with, not the part counted after it
        whole = _WHOLE_CLAUSE.match(sections.text, s)
        goal_from = whole.end() if whole is not None and whole.end() <= start else s
        goal = _goal_of(sections, block, lead, headings, goal_from, e, whole=goal_from != s)
        result = _result_clause_before(sections, s, start) if goal is not None else None
        if result is not None:
            # "Mục tiêu đến năm 2025 có 10 xã …, đã có 2 xã": what is, at the time its own
            # clause writes, else the text's own time (as "đến nay" is); not the goal's year
            goal = None
            period = _period_of(sections, block, lead, headings, result, e, start, end)
            if not sections.found("period", result, e):
                period = None
        else:
            period = _period_of(sections, block, lead, headings, s, e, start, end)
            if goal is not None and period is None:
                period = _goal_year_carried(sections, block, s)
        if goal is None and (plan := _plan_going_on(sections, block, s, e)) is not None:
            goal, period = plan[0], plan[1] or period
    # "giảm từ 8,2% xuống còn 2,7%": the old value of a change is of an earlier time the text
    # does not state; it takes no period, unless its year is written with it ("từ 12% năm
    # 2015 xuống 4%")
    old_undated = goal is None and _old_value_undated(sections, start, end, e)
    if old_undated and (first := _span_start_of_change(sections, s, start, period)):
        # "Giai đoạn 2016-2020, tỷ lệ hộ nghèo giảm từ 40% xuống 20%": the old value of a
        # change over a span its own sentence names is of the span's start, its first year
        period, old_undated = first, False
    return Context(
        block=block.index,
        section=" ".join(section.split()) if section else None,
        # a number the statement or its section writes wins over a topic it names: "50/63
        # trường đạt chuẩn quốc gia" under "Tiêu chí 14 - Giáo dục và Đào tạo" is 14
        criterion=own_criterion(sections.text, start, end, s, e, topics=False)
        or _criterion(sections, block, headings, s, e, start)
        or own_criterion(sections.text, start, end, s, e, label_first=label_first),
        subject=_region_or(_subject(sections, block, s, e, start, end)),
        period=period,
        scheme=_scheme_of(sections, block, headings, s, e, start, end),
        goal=goal,
        review=(plan_at := sections.plan_part()) is not None and start < plan_at,
        undated=old_undated
        or (goal is None and undated_or_present(period) and _dated_only_below(sections, block, e)),
    )


#: A clause opening a sentence with the whole its counts are part of: "Trong số 6 xã đăng ký
#: …,", "Đối với 5 xã có kế hoạch đạt chuẩn năm 2024,", "Trong tổng số 9 xã phấn đấu …,".
_WHOLE_CLAUSE = re.compile(
    r"[\s\-–+•*]*" + whole_opening(number=r"\d{1,3}") + r"[^.;:!?\n]{0,160}?,"
)


#: How many sentences back a goal's year may be carried to a goal that writes none.
GOAL_YEAR_SENTENCES = 2


def _goal_year_carried(sections: Sections, block: Block, s: int) -> str | None:
    """The year of the goal set just before a goal that writes none, in its paragraph: "Tỉnh
    phấn đấu đến cuối năm 2025 có 10 huyện đạt chuẩn; có 2 huyện NTM nâng cao. Đối với cấp
    xã, tỉnh phấn đấu có 142 xã …" (2025 for the clause after the semicolon and the next
    sentence), or in the line just above when nothing before it in its own line is dated
    ("… đặt mục tiêu đến năm 2030:" ⏎ "Phấn đấu …"). A sentence between that dates anything
    but a goal stops the carry."""
    text = sections.text
    before = [(ws, we) for ws, we in sections.sentences(block) if we <= s]
    previous = _previous_sibling(sections, block)
    if previous is not None and not any(sections.found("period", ws, we) for ws, we in before):
        # "… đặt mục tiêu đến năm 2030: Phấn đấu …" ⏎ "Phấn đấu cả nước có 65% số xã …": a
        # goal line that dates nothing goes on with the goal of the line just above it
        before = sections.sentences(previous) + before
    for ws, we in reversed(before[-GOAL_YEAR_SENTENCES * 3 :]):
        found = sections.found("period", ws, we)
        if not found:
            continue
        if goal_near(sections, ws, we) is None:
            return None
        at, _, written = found[-1]
        if _HORIZON_WORD.match(written) or _HORIZON_WORD_BEFORE.search(text, max(ws, at - 12), at):
            return written
        # (the sentence's own opening year, "Năm 2026, tỉnh phấn đấu …", is its horizon too; a
        # year bound to a measure, "thu nhập bình quân năm 2026 đạt …", dates that one only)
        return written if not text[ws:at].strip(" \t-–+•*") else None
    return None


#: The words that make a goal's year its horizon: "đến cuối năm 2025", "vào năm 2026".
_HORIZON_WORD = re.compile(r"(?i:đến|tới|vào|trong|hết|cuối)(?![^\W\d_])")
_HORIZON_WORD_BEFORE = re.compile(r"(?i:(?<![^\W\d_])(?:đến|tới|vào|trong|hết|cuối)\s+)$")


def _previous_sibling(sections: Sections, block: Block) -> Block | None:
    """The line just above ``block`` when it is a line of the same kind and level (two
    paragraphs of one passage), else None."""
    if block.index == 0:
        return None
    other = sections.blocks[block.index - 1]
    if other.kind is not block.kind or other.level != block.level:
        return None
    return other


def _dated_only_below(sections: Sections, block: Block, e: int) -> bool:
    """Whether the first time the text dates lies in a list item after ``block`` (a listing
    whose undated entry "Đến nay, cả nước có …" stands above "• Kết quả đến 30/6/2016 …"):
    a date dates what follows it in its item, not what an earlier block states; nothing up
    to ``e`` may write a time but the present ("đến nay", "hiện nay")."""
    text = sections.text
    for f_start, _, written in sections.found("period", 0, len(text)):
        if f_start < e:
            if not undated_or_present(written):
                return False
            continue
        if parse_period(written) is None:
            continue
        item = sections.block_at(f_start)
        return item is not None and item.index > block.index and item.kind is BlockKind.ITEM
    return False


#: How many sibling lines a goal's lead may govern ("Năm 2020, tỉnh đặt mục tiêu:" ⏎ "Huyện
#: A có 3 xã …" ⏎ "Huyện B có 2 xã …").
GOAL_LEAD_LINES = 12


#: A lead that introduces results, whatever plan it names.
_RESULTS_LEAD = re.compile(r"(?i:(?<![^\W\d_])(?:kết\s+quả|đạt\s+được)(?![^\W\d_]))")


def _goal_lead(sections: Sections, block: Block, s: int, e: int) -> Block | None:
    """The line ending with a colon that sets a goal ("Phấn đấu đến năm 2025:", "Kế hoạch năm
    2021:") and introduces ``block`` and its siblings (lines of the same kind and level, not
    list items: paragraphs, or numbered lines "1. Huyện A có …"), when the sentence
    ``text[s:e]`` dates nothing itself and says no result; else None. List items have their
    lead already (:meth:`Sections.lead`)."""
    text = sections.text
    if block.kind is BlockKind.ITEM or _states_itself(sections, s, e):
        return None
    for i in range(block.index - 1, max(-1, block.index - 1 - GOAL_LEAD_LINES), -1):
        other = sections.blocks[i]
        if text[other.start : other.end].rstrip(" *_").endswith(":"):
            if (
                other.kind is BlockKind.ITEM
                or goal_near(sections, other.start, other.end) is None
                # "Thực hiện kế hoạch năm 2023, kết quả đạt được như sau:": results under it
                or _RESULTS_LEAD.search(text, other.start, other.end)
                or _RESULT_WORDS.search(text[other.start : other.end])
                or _until_now().search(text, other.start, other.end)
            ):
                return None
            return other
        if other.kind is not block.kind or other.level != block.level:
            return None
    return None


#: How far into a sentence the goal word that opens a plan may be ("Theo kế hoạch, mục tiêu").
PLAN_OPENING = 40
#: A connective lead-in before a plan's opening: "Được biết, ", "Theo đó, " (no clause naming
#: a place or a time: "Đối với thị xã A, đến cuối năm …" is a statement of its own).
_PLAN_LEAD_IN = re.compile(
    r"\s*(?i:được\s+biết|theo\s+đó|ngoài\s+ra|bên\s+cạnh\s+đó|cùng\s+với\s+đó|đồng\s+thời),\s+"
)
#: How many sentences back a plan's opening may be for a plain sentence to go on with it.
PLAN_CHAIN = 4
# Words that make a sentence a result, not more of the plan before it; "Hiện xã đạt …"
# opening a sentence is the present too.
_RESULT_WORDS = re.compile(
    r"(?i:(?<!\w)(?:đã|hiện\s+nay|hiện\s+có|hiện\s+tại|vừa\s+qua)(?!\w))"
    r"|^[\s\-–—+•·*\"“]*(?i:hiện)(?!\w)"
)


# A rate or an amount stated, then a comma: what a goal written after it is set against
# ("… đạt 61%, dự kiến cuối năm đạt 100%"), in its own clause.
_STATED_THEN_COMMA = re.compile(r"\d\s*(?:%|(?i:tỷ|tỉ|triệu|nghìn|ngàn)?\s*(?i:đồng))\)?\s*,\s*$")


def _sentence_goal(sections: Sections, start: int, end: int) -> str | None:
    """The goal the clauses ``text[start:end]`` before a ";" set for the rest of their
    sentence ("Năm 2022, tỉnh phấn đấu có thêm 8 xã …; 100% xã …"): not a goal added after a
    rate or an amount its clause states ("vốn đầu tư giải ngân 80 tỷ đồng (60%), dự kiến cuối
    năm đạt 100%; vốn sự nghiệp giải ngân …"), which is that clause's own."""
    text = sections.text
    for s, e, written in sections.found("goal", start, end):
        if not is_goal_word(text, s, e, lo=start):
            continue
        clause = max(start, text.rfind(";", start, s) + 1)
        if _STATED_THEN_COMMA.search(text, clause, s):
            continue
        return written
    return None


def _states_itself(sections: Sections, s: int, e: int) -> bool:
    """Whether the sentence or clause ``text[s:e]`` dates itself or says a result, so that
    a goal before it does not go on into it."""
    text = sections.text
    if sections.found("period", s, e) or _until_now().search(text, s, e):
        return True
    return bool(_RESULT_WORDS.search(text[s:e]) or _PRESENT_CHECK.search(text, s, e))


def _plan_going_on(
    sections: Sections, block: Block, s: int, e: int
) -> tuple[str, str | None] | None:
    """The goal word and goal year of a plan that the sentence before, in its paragraph,
    opens with ("Theo kế hoạch, mục tiêu đến năm 2030, số xã đạt chuẩn trên 90%. Số huyện
    đạt chuẩn trên 70%"): a sentence that dates nothing itself and says no result goes on
    with it. None otherwise."""
    text = sections.text
    # "Qua rà soát, xã A đạt 15 tiêu chí; 3 xã đạt 13 tiêu chí …": a clause after a ";" goes
    # on with its own sentence, not with the sentence before that
    whole = sections.sentences(block, semicolons=False)
    s = next((ws for ws, we in whole if ws < s < we), s)
    if _states_itself(sections, s, e):
        return None
    if not _CONTINUATION.match(text, s) and _own_place_opening(sections, s, e):
        return None  # "Qua rà soát, xã K đạt 14 tiêu chí", "Xã K đạt …": a new subject's state
    before = [(ws, we) for ws, we in whole if we <= s]
    # "Mục tiêu đến năm 2030, … . 40 xã đạt chuẩn … . Bình quân 17 tiêu chí/xã.": the plan
    # goes on through every plain sentence after it, back to the one that opens it
    for ps, pe in reversed(before[-PLAN_CHAIN:]):
        # ("Được biết, tới năm 2030 tỉnh X phấn đấu …": the window after a short lead-in)
        lead_in = _PLAN_LEAD_IN.match(text, ps, pe)
        reach = (lead_in.end() if lead_in else ps) + PLAN_OPENING
        opening = goal_near(sections, ps, min(pe, reach))
        if opening is not None:
            if _until_now().search(text, ps, pe):
                return None
            return opening, period_near(sections, ps, pe, ps)
        if _states_itself(sections, ps, pe) or (
            not _CONTINUATION.match(text, ps) and _own_place_opening(sections, ps, pe)
        ):
            return None  # a statement of its own between: the plan ended before it
    return None


#: A goal a result is measured against, before its year or span: "… 900 xã, vượt mục tiêu
#: cả giai đoạn 2021-2025" is not of 2021-2025; the clause ends at a comma ("… so với mục
#: tiêu, đến tháng 7-2021 cả nước có …": the next clause's own time).
_GOAL_MEASURED = re.compile(cues().pattern("goal_measured") + r"[^.;:,\d]{0,30}$")
#: Words that make a sentence state what is ("Qua rà soát, …", "… hiện đạt …").
_PRESENT_CHECK = re.compile(cues().pattern("present_check"))
#: A sentence going on with the one before: "Trong đó, …", "Cụ thể: …", a list item.
_CONTINUATION = re.compile(
    r"[\s]*(?:[-–—+•·*]|\(?[a-zđ\d]{1,2}[).]\s|(?i:trong\s+đó|cụ\s+thể)(?!\w))"
)
#: How far into a sentence the place it opens with may be (after a lead-in clause).
OWN_PLACE_OPENING = 40


def _own_place_opening(sections: Sections, s: int, e: int) -> bool:
    """Whether a sentence opens (perhaps after a short lead-in clause) with a place of its
    own as its subject: a new statement, not more of a plan before it."""
    text = sections.text
    m = _place().search(text, s, min(e, s + OWN_PLACE_OPENING))
    if m is None:
        return False
    gap = text[s : m.start()]
    return not gap.strip(" \t*_-–•+") or bool(re.fullmatch(r"[^,.;:\d]{0,30},\s*", gap.lstrip()))


_CLAUSE_COMMA = re.compile(r"[,;]")


#: The purpose of an amount naming the units it is for: "để cấp kinh phí cho các xã …".
_FOR_UNITS_AFTER = re.compile(
    r"(?i:(?<!\w)(?:để|nhằm)\s+[^.;:\d]{0,40}?(?<!\w)cho\s+(?:các|những|\d+)\s+"
    r"(?:xã|huyện|thôn|bản|đơn\s+vị))(?!\w)"
)


_SPAN = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?!\d)")


def _aside_end(text: str, s: int, start: int, end: int, e: int) -> int:
    """Where the brackets the span ``text[start:end]`` stands in close, when they open in its
    sentence (after ``s``) and close before ``e``; else ``e``."""
    opened = text.rfind("(", s, start)
    if opened < 0 or text.find(")", opened, start) >= 0:
        return e
    close = text.find(")", end, e + 1)  # (a sentence may end at the bracket)
    if close < 0 or text.find("(", end, close) >= 0:
        return e
    return close


# "hiện đạt", "hiện nay", "đến nay": the present (not "thực hiện")
_PRESENT = re.compile(r"(?i:(?<![^\W\d_])(?<!thực )(?:hiện|đến\s+nay|tới\s+nay)(?![^\W\d_]))")


def _present_aside(text: str, s: int, start: int, end: int, e: int) -> tuple[int, int] | None:
    """The inside of the brackets the span ``text[start:end]`` stands in, when they say it
    is the present ("(hiện đạt 15/19 tiêu chí)"); else None."""
    close = text.find(")", end, e + 1)
    if close < 0 or _aside_end(text, s, start, end, e) != min(close, e):
        return None
    opened = text.rfind("(", s, start) + 1
    return (opened, close) if _PRESENT.search(text, opened, close) else None


#: A later clause of a sentence that says what is, not what is planned: "Mục tiêu đến năm
#: 2025 có 10 xã đạt chuẩn, đến nay đã có 2 xã", "đã đề ra kế hoạch có 5 xã … và đã đạt 6
#: xã". It opens (after a comma, a semicolon or a conjunction) with the present or "đã",
#: perhaps after a year.
_RESULT_CLAUSE = re.compile(
    r"(?:[,;]\s*(?:(?i:và|nhưng|song|còn)\s+)?|\s(?i:và|nhưng|song)\s+)"
    r"(?i:(?:(?:đến|tới)\s+nay|hiện\s+nay|hiện\s+tại|thực\s+tế"
    r"|hiện(?=\s+(?:đã|có|đạt|còn|là)(?![^\W\d_])))(?:\s*,?\s*(?:đã|vừa))?"
    # (a year before the "đã": "…, đến cuối năm 2022 đã có 2 xã")
    r"|(?:(?:tính\s+)?đến\s+)?(?:(?:hết|cuối)\s+)?năm\s+(?:19|20)\d{2}\s*,?\s*đã|đã)"
    r"(?![^\W\d_])"
)


def _result_clause_before(sections: Sections, s: int, start: int) -> int | None:
    """Where the later clause of its sentence that the span at ``start`` stands in begins,
    when that clause states a result (:data:`_RESULT_CLAUSE`) and sets no goal of its own
    before the span; else None."""
    found = list(_RESULT_CLAUSE.finditer(sections.text, s, start))
    if found and goal_near(sections, found[-1].end(), start) is None:
        return found[-1].start()
    return None


def _goal_clause_after(sections: Sections, end: int, e: int) -> int:
    """Where a later clause of the sentence that states a goal begins (a comma or semicolon
    after the statement, then a goal word), else the sentence's end ``e``."""
    text = sections.text
    for gs, ge, _ in sections.found("goal", end, e):
        if not is_goal_word(text, gs, ge, lo=end):
            continue
        commas = list(_CLAUSE_COMMA.finditer(text, end, gs))
        if commas:
            return commas[0].start()
        return e
    return e


def _criterion(
    sections: Sections, block: Block, headings: list[Block], s: int, e: int, at: int
) -> str | None:
    found = criterion_in(sections.text, s, e, at)
    if found:
        return found
    if block.kind is BlockKind.HEADING and block.criterion:
        return block.criterion
    opening = _opening_criterion(sections, block)
    if opening is not None:
        return opening
    # a paragraph right after one that opens with a criterion goes on about it: "Tiêu chí số
    # 6 về cơ sở vật chất văn hóa: 12/23 xã đạt." ⏎ "Toàn huyện có 148/172 nhà văn hóa …"
    for i in range(block.index - 1, max(block.index - 1 - CRITERION_CARRY, -1), -1):
        previous = sections.blocks[i]
        if previous.kind is BlockKind.HEADING:
            break
        opening = _opening_criterion(sections, previous)
        if opening is not None:
            if block.kind is not BlockKind.ITEM and _criteria_list_item(sections, previous):
                break  # "- Tiêu chí số 2: …" ⏎ "- Tiêu chí số 3: …" ⏎ "Bình quân …": the list ended
            return opening
    for heading in headings:
        if heading.criterion:
            return heading.criterion
    return None


def _criteria_list_item(sections: Sections, block: Block) -> bool:
    """Whether ``block`` is the last item of a list of criteria, one item each ("- Tiêu chí
    số 2 về Giao thông: 4/19 xã đạt." ⏎ "- Tiêu chí số 3 về Thủy lợi: 12/19 xã đạt."): a
    paragraph after such a list speaks of the whole again (the average, the standard), not
    of its last item, as a paragraph after one criterion's own paragraph does."""
    if block.kind is not BlockKind.ITEM or block.index == 0:
        return False
    before = sections.blocks[block.index - 1]
    return before.kind is BlockKind.ITEM and _opening_criterion(sections, before) not in (
        None,
        _opening_criterion(sections, block),
    )


def _opening_criterion(sections: Sections, block: Block) -> str | None:
    """The criterion a block opens with ("Tiêu chí số 6 về …: …"), if it does."""
    m = OPENS_WITH_CRITERION.match(sections.text, block.body, block.end)
    if m is None:
        m = OPENS_WITH_CRITERION.match(sections.text, block.start, block.end)
    return m.group(1) if m else None


def _subject(sections: Sections, block: Block, s: int, e: int, at: int, end: int) -> str | None:
    """The nearest place the statement is about: inside it ("… của tỉnh Bắc Ninh"), just
    before it (or the whole country), at the start of its sentence or of its block, or the
    place the text switched to with a line of its own."""
    text = sections.text
    known = sections.named_places()
    if national_before(text, s, at):
        return NATIONAL
    own = (
        speakers_place(text, s, at, block.start, block.end)
        or places_joined(text, s, e)
        or place_inside(text, at, max(end, e))
        or _units_of_level(sections, block, s, at, max(end, e))
        # a place named before the statement but below the whole it speaks of ("Chủ tịch
        # UBND huyện A …, nâng số xã đạt chuẩn trên toàn tỉnh lên 37 xã"): the whole's
        or _not_below_whole(text, s, at, place_before(text, s, at))
        or _not_below_whole(text, s, at, _breakdown_place(text, s, at))
        or _not_below_whole(text, s, at, _bare_clause_subject(text, s, at, known))
        or _not_below_whole(text, s, at, _opening_subject(text, s, e, at, known))
        or _region_before(text, s, at)
        or _national_opening(text, s, at)
        or _whole_level_of(sections, block, s, at)
    )
    if own is not None:
        return own
    # what the sentence does not say itself: from its clauses, its paragraph, its headings
    # and the text — never a unit below the whole the sentence speaks of ("Bình quân toàn tỉnh
    # đạt 17,5 tiêu chí/xã" after "… huyện A đang hoàn thiện hồ sơ": the province's, which
    # the reporting unit then stands for)
    carried = _not_below_whole(text, s, at, _carried_subject(sections, block, s, at, known))
    if (
        carried is not None
        and (place := parse_place(carried)) is not None
        and place.level is Level.COMMUNE
        and _own_subject_above_commune(sections, block, s, at, known)
    ):
        # "Để về đích …, Ba Chẽ đặt ra các chỉ tiêu: … có thêm xã A đạt chuẩn nâng cao; 20
        # thôn …": a commune named in passing is no subject of the district's later items
        carried = None
    if carried is None and _whole_level_said(text, s, at) is not None:
        # "thêm xã A được công nhận, nâng số xã đạt chuẩn toàn tỉnh lên 95 xã" in a text that
        # never names its province: the whole is no place the text names, and never the
        # reporting unit below it (the commune): the place is left unknown
        return UNKNOWN_PLACE
    return carried


#: A statement's place the text does not name (the whole of a level it never names): not
#: the reporting unit.
UNKNOWN_PLACE = ""


def _region_or(subject: str | None) -> str | None:
    """A subject written "tỉnh <region>" ("các tỉnh Tây Nguyên") is the region."""
    return region_written_as_place(subject) or subject


def _carried_subject(
    sections: Sections, block: Block, s: int, at: int, known: dict[str, str]
) -> str | None:
    """The place a statement naming none takes from around it (see :func:`_subject`)."""
    return (
        _clause_subject(sections, block, s, at, known)
        or _block_subject(sections, block, s, known)
        or _national_block(sections, block, s, known)
        or topic_line(sections, block)
        or _named_heading(sections, block)
        or topic_before(sections, block, s)
        or (None if _item_of_its_own(sections, block) else _national_text(sections))
        or _paragraph_place(sections, block, s, at)
        or _national_heading(sections, block)
    )


#: A region set against, not spoken of: "cao hơn bình quân vùng Tây Nguyên", "so với Đông
#: Nam Bộ".
_AGAINST_REGION_BEFORE = re.compile(
    r"(?i:(?<!\w)(?:so\s+với|hơn|bằng|của|thuộc|nằm\s+(?:ở|trong)|(?<!các\s)tỉnh|huyện)\s+"
    r"(?:(?:bình\s+quân|trung\s+bình|mức|chung|vùng|khu\s+vực)\s+)*)$"
)


def _region_before(text: str, s: int, at: int) -> str | None:
    """The country's region a figure is given for, named after the figure before it in its
    clause ("Hai vùng Đông Nam Bộ và đồng bằng sông Cửu Long 600 tỷ đồng/xã" → "vùng Đông
    Nam Bộ, vùng đồng bằng sông Cửu Long": the pair, or each by :func:`regions_joined`;
    "…, 28 tỷ đồng/xã và thấp nhất là Tây Nguyên, 21 tỷ đồng/xã" → vùng Tây Nguyên for
    21), not one set against ("cao hơn vùng Tây Nguyên") nor where a place lies ("Đắk Lắk,
    một tỉnh thuộc Tây Nguyên, có …")."""
    lo = s
    for f in _FIGURE.finditer(text, s, at):
        lo = f.end()
    found = regions_in(text, lo, at)
    for i, (r_start, r_end, label) in enumerate(found):
        if not _AGAINST_REGION_BEFORE.search(text, max(s, r_start - 40), r_start):
            if i + 1 < len(found):
                joined = _REGIONS_JOINED.fullmatch(text, r_end, found[i + 1][0])
                if joined is not None:
                    # "Hai vùng A và vùng B 600 tỷ đồng/xã", "vùng A và B", "vùng ĐBSH-BTB":
                    # one figure of the pair, named as several places are ("vùng A, vùng
                    # B"), however the text joins them: "vùng A và B" could be one region
                    # ("vùng Trung du và miền núi phía Bắc")
                    return f"{label}, {found[i + 1][2]}"
            return label
    return None


#: What may stand between two regions named together: "Hai vùng A và vùng B", "A, B và C".
_REGIONS_JOINT = re.compile(r"\s*(?:,|(?i:và|cùng))?\s*(?:(?i:vùng)\s+)?")


def regions_joined(text: str, s: int, at: int) -> tuple[str, ...] | None:
    """The country's regions named together as the subject of the figure at ``at`` ("Hai
    vùng Đồng bằng sông Hồng và vùng Đông Nam Bộ có tỷ lệ …", "vùng Tây Nguyên và Đông Nam
    Bộ đạt …"), each of which the figure is given for; None unless two or more are, joined
    by nothing but "và", "cùng", a comma or the word "vùng"."""
    lo = s
    for f in _FIGURE.finditer(text, s, at):
        lo = f.end()
    found = [
        r
        for r in regions_in(text, lo, at)
        if not _AGAINST_REGION_BEFORE.search(text, max(s, r[0] - 40), r[0])
    ]
    if len(found) < 2:
        return None
    for (_, a_end, _), (b_start, _, _) in zip(found, found[1:], strict=False):
        if not _REGIONS_JOINT.fullmatch(text, a_end, b_start):
            return None
    labels = tuple(dict.fromkeys(label for _, _, label in found))
    return labels if len(labels) > 1 else None


#: Between two regions a figure is given for together: "và", "và vùng", the dash of an
#: abbreviated pair ("ĐBSH-BTB").
_REGIONS_JOINED = re.compile(r"\s*(?:(?i:và)|[-–])\s*(?:(?i:vùng)\s+)?")


#: The verb after a clause's subject: "…, Châu Thành có 21/22 xã", "…, Chợ Lách đã đạt …".
_CLAUSE_SUBJECT_VERB = re.compile(
    r"\s+(?i:(?:(?:đã|hiện|cũng|vẫn|mới|nay|tiếp\s+tục|sẽ)\s+)*"
    # "…, Bắc Giang tiếp tục phấn đấu có ít nhất 6 xã …": a goal's subject
    r"(?:(?:phấn\s+đấu|quyết\s+tâm|dự\s+kiến)\s+)?(?:có|đạt|hoàn\s+thành|về\s+đích))(?!\w)"
)


def _bare_clause_subject(text: str, s: int, at: int, known: dict[str, str]) -> str | None:
    """The place written bare (a province, or a place known by its name: named with its
    prefix, or a district of the text's province) opening the clause of ``at`` after a
    comma or a semicolon, as its subject ("Riêng Chợ Lách có 9/9 xã, Châu Thành có 21/22
    xã" → huyện Châu Thành for 21/22)."""
    marks = list(_CLAUSE_MARK.finditer(text, s, at))
    if not marks:
        return None
    for i, mark in enumerate(reversed(marks)):
        # "…, Bắc Giang tiếp tục phấn đấu có 6 xã …, tiến tới năm 2025 có 50% số xã …": the
        # nearest clause with a subject of its own, when those after it name no place
        pos = mark.end()
        if i and _place().search(text, pos, at) is not None:
            return None
        name = _NAME_AT.match(text, pos, at)
        if name is not None and _CLAUSE_SUBJECT_VERB.match(text, name.end(), at) is not None:
            return _bare_place(text, pos, at, known)
    return None


@cache
def _national_topic() -> re.Pattern[str]:
    # "Trên phạm vi cả nước, …", "Tính chung toàn quốc, …": the country as the paragraph's topic
    return re.compile(
        rf"(?:(?i:{cues().pattern('national_topic')})\s+)?{NATIONAL_PATTERN}\s*,",
    )


def _national_block(sections: Sections, block: Block, s: int, known: dict[str, str]) -> str | None:
    """The whole country, for a sentence naming no place in a paragraph that opens with the
    country as its subject ("Cả nước có 8.000 xã …. Ngân sách nhà nước hỗ trợ 20%, …") or
    topic ("Trên phạm vi cả nước, …"), unless
    a sentence between opens with a place of its own."""
    text = sections.text
    if not (
        _NATIONAL_SUBJECT.match(text, block.body, block.end)
        or _NATIONAL_SUBJECT_OPENING.match(text, block.body, block.end)
        or _national_topic().match(text, block.body, block.end)
    ):
        return None
    for ss, se in sections.sentences(block)[1:]:
        if ss >= s:
            break
        if place_at_start(text, ss, se, known=known) or regions_in(text, ss, min(se, ss + 40)):
            return None
    return NATIONAL


#: A heading that names the whole country and no place: "I. KHÁI QUÁT CẢ NƯỚC", "1. Kết quả
#: của cả nước".
_NATIONAL_IN_HEADING = re.compile(NATIONAL_PATTERN)
_UNIT_WORD = re.compile(r"(?i:(?<!\w)(?:tỉnh|huyện|thị\s+xã|thành\s+phố|xã)(?!\w))")


def _national_heading(sections: Sections, block: Block) -> str | None:
    """The whole country, for a statement naming no place under a heading that names the
    country and no unit of its own ("I. KHÁI QUÁT CẢ NƯỚC" over "… bình quân 45 tỷ
    đồng/xã"); not one that sets a place against the country ("So sánh với cả nước")."""
    text = sections.text
    for heading in sections.headings(block)[:1]:
        written = text[heading.body : heading.end]
        if (
            _NATIONAL_IN_HEADING.search(written)
            and not _SET_AGAINST_NATION.search(written)
            and not _UNIT_WORD.search(written)
            and _place().search(written) is None
        ):
            return NATIONAL
    return None


#: The source a lead relays, its clause opening the sentence: "Theo Ban Chỉ đạo tỉnh, "
#: (``source_says`` cues).
_SOURCE_SAYS = re.compile(
    rf"[\s\-–—+•·*]*(?i:{cues().pattern('source_says')})[^,.;:\n]{{0,{INTRO_REACH}}},\s*"
)
#: How many blocks from the top the lead that frames a text's years may be (after a
#: breadcrumb, the headline and a date line).
LEAD_SPAN_BLOCKS = 5
#: How far into its sentence the years a lead counts may be ("Sau 7 năm thực hiện, …").
LEAD_SPAN_OPENING = 30
#: The present itself, written where a period could be: "hiện nay", "đến nay".
_PRESENT_ITSELF = re.compile(r"(?i:(?:cho\s+|tính\s+)?(?:đến|tới)\s+nay|hiện\s+nay|hiện\s+tại)")


def lead_span(sections: Sections) -> str | None:
    """The years up to the present a text's lead opens with ("Sau 7 năm thực hiện, chương
    trình … đến nay …", "Qua 10 năm triển khai, …", "Từ năm 2011 đến nay, …"): the span the
    text's money was raised over, for an amount that dates itself nowhere or only by the
    present ("Tổng số vốn huy động … hiện nay là 543 tỷ đồng", a headline's "X huy động 543
    tỷ đồng")."""
    text = sections.text
    for block in sections.blocks[:LEAD_SPAN_BLOCKS]:
        if block.kind is BlockKind.HEADING:
            continue
        s, e = (sections.sentences(block) or [(block.body, block.end)])[0]
        # "Theo Ban Chỉ đạo Trung ương …, sau 3 năm thực hiện, …": the years after the source
        s = source.end() if (source := _SOURCE_SAYS.match(text, s, e)) else s
        for f_start, _, written in sections.found("period", s, min(e, s + LEAD_SPAN_OPENING)):
            # "Từ năm 2011 đến nay, huyện tập trung …": a span up to the present, too
            to_now = parse_period(written) is None and reaches_present(written)
            if (years_back(written) is not None or to_now) and not re.search(
                r"\d", text[s:f_start]
            ):
                return written
    return None


#: How many words may come before a span that opens a sentence ("Trong giai đoạn …").
SPAN_OPENING_WORDS = 3


def money_span_before(sections: Sections, at: int) -> str | None:
    """The span an earlier sentence about money opened with, for money a sentence states with
    no time of its own ("Giai đoạn 2017-2020, xã huy động 120 tỷ đồng." ⏎ "Vốn doanh nghiệp
    góp 30 tỷ đồng, …"): the sentences about money before it, back to the first that writes a
    period, go on in that one's span. None when that period is no span opening its sentence,
    or a heading, or a sentence about no money, comes between."""
    text = sections.text
    block = sections.block_at(at)
    if block is None:
        return None
    for index in range(block.index, -1, -1):
        other = sections.blocks[index]
        if other.kind is BlockKind.HEADING:
            return None
        for ss, se in reversed(sections.sentences(other, semicolons=False)):
            if ss >= at or (other is block and ss <= at < se + 1):
                continue
            if MONEY_AMOUNT.search(text, ss, se) is None:
                return None
            found = sections.found("period", ss, se)
            if not found:
                continue
            f_start, _, written = found[0]
            period = parse_period(written)
            opening = text[ss:f_start].split()
            # "Từ năm 2020 đến nay, …": a span up to the present, whatever year that is
            to_now = period is None and reaches_present(written)
            if (
                not (to_now or (period is not None and re.fullmatch(r"\d{4}-\d{4}", period)))
                or len(opening) > SPAN_OPENING_WORDS
                or re.search(r"\d", text[ss:f_start])
                or goal_near(sections, ss, se)
            ):
                return None
            return written
    return None


def undated_or_present(written: str | None) -> bool:
    """Whether a statement's period says nothing but the present ("hiện nay", "đến nay"),
    or is not written at all."""
    return written is None or _PRESENT_ITSELF.fullmatch(" ".join(written.split())) is not None


#: Units counted "of" a level word standing for a place: "7/7 thôn của xã đạt chuẩn", "100%
#: hộ dân trong xã", "các ấp thuộc xã" (not "của xã Tân Lập", which names it).
_UNITS_OF_LEVEL = re.compile(
    r"(?i:(?:thôn|xóm|ấp|bản|buôn|làng|tổ\s+dân\s+phố|khu\s+dân\s+cư|hộ(?:\s+dân)?)\s+"
    r"(?:của|trong|thuộc|trên\s+địa\s+bàn)\s+(?:toàn\s+)?(?P<level>xã|huyện|thị\s+xã))(?!\w)"
    rf"(?![ \t]+[{CAPITALS}])"
)


#: District-level units counted "trên địa bàn Thành phố/Tỉnh" with no name after: the
#: province (or centrally-run city) the text is about, as a formal text writes its own unit
#: ("Thủ tướng … công nhận cho 03/05 huyện trên địa bàn Thành phố đạt chuẩn").
_DISTRICTS_OF_PROVINCE = re.compile(
    r"(?i:(?:huyện|thị\s+xã|quận|(?:đơn\s+vị|địa\s+phương)\s+cấp\s+huyện)\s+"
    r"(?:của|trong|thuộc|trên\s+địa\s+bàn)\s+(?:toàn\s+)?)(?P<level>Thành\s+phố|Tỉnh|"
    r"thành\s+phố|tỉnh)(?!\w)"
    rf"(?![ \t]+[{CAPITALS}])"
)


def _units_of_level(sections: Sections, block: Block, s: int, at: int, end: int) -> str | None:
    """The place a level word stands for in the units a statement counts ("Hiện 7/7 thôn của
    xã đạt chuẩn" after "… xã Nghi Hoa có nhiều đổi thay"; "03/05 huyện trên địa bàn Thành
    phố": the province or city of the text): the one of that level named before, as
    :func:`whole_level` reads "toàn xã"."""
    m = _UNITS_OF_LEVEL.search(sections.text, at, end)
    if m is None:
        m = _DISTRICTS_OF_PROVINCE.search(sections.text, at, end)
        if m is None:
            return None
        level = Level.PROVINCE
    else:
        level = _SPEAKER_LEVEL[" ".join(m.group("level").lower().split())]
    return level_meant(
        sections.text,
        level,
        m.start("level"),
        sections.places_by_level(),
        topic_before(sections, block, s),
        own=sections.own,
        near=_paragraph_start(sections, block),
    )


#: Who acts for a place, or what a place is set against, so that the place named after it
#: is not the one a paragraph is about: "UBND huyện X", "cao hơn xã Y", "học tập từ xã Z".
_ACTOR_OR_MEASURE_BEFORE = re.compile(
    r"(?i:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Chủ\s+tịch|Thành\s+ủy|"
    r"Huyện\s+ủy|Tỉnh\s+ủy|BCĐ|BCD|với|hơn|bằng|từ|như|thuộc|sau)\s*$"
)


def _paragraph_place(sections: Sections, block: Block, s: int, at: int) -> str | None:
    """The place a paragraph is about, for a statement naming none: the nearest place its
    sentence names before it ("Được công nhận …, xã A tiếp tục …; tỷ lệ hộ nghèo còn
    1,2%"), else the one place the paragraph named before the sentence ("… diện mạo xã A
    đổi thay. Tỷ lệ hộ nghèo của xã còn 2,3%") — never a place named later, nor one an
    agency acts for or a figure is set against ("cao hơn xã B")."""
    text = sections.text
    known = sections.named_places()

    def subjects(lo: int, hi: int) -> list[str]:
        found = []
        for m in _place().finditer(text, lo, hi):
            if _ACTOR_OR_MEASURE_BEFORE.search(text, max(lo, m.start() - 30), m.start()):
                continue
            if _recipient_of_an_earlier_item(text, m, at):
                continue
            # from the paragraph's start: a ";" inside the brackets may open the clause
            opened = min(lo, block.body)
            if text.rfind("(", opened, m.start()) > text.rfind(")", opened, m.start()):
                continue  # "05 xã (A - huyện B; …)": where the units counted lie
            place = parse_place(m.group())
            if (
                place is None
                or place.level is None
                or place.level is Level.NATIONAL
                or not place.name[:1].isalpha()  # "ngân sách xã 464 tỷ đồng": no place
            ):
                continue
            found.append(_qualified(text, lo, m) or " ".join(m.group().split()))
        return found

    clause = max(s, text.rfind(";", s, at) + 1)
    here = subjects(clause, at)
    if here:
        return here[-1]
    if clause > s or text[block.body : s].rstrip().endswith(":"):
        return None
    lo = block.body
    if text[block.body : s].rstrip().endswith(";"):
        # "Được công nhận …, xã A tiếp tục nâng chất các tiêu chí; tỷ lệ hộ nghèo còn …": the
        # subject of the sentence's first clause, not an item it lists ("Năm 2020 có xã A
        # (huyện B); 5 xã khác đạt …")
        lo = next((ws for ws, we in sections.sentences(block, semicolons=False) if ws <= s < we), s)
    before = subjects(lo, s)
    if any(
        _ITEM_BEFORE.search(text, max(lo, m.start() - 12), m.start())
        for m in _place().finditer(text, lo, s)
    ):
        return None  # the paragraph lists places ("gồm xã A, xã B"): none is its subject
    if before and _commune_carry_ends(sections, lo, s, known):
        return None
    keys = {place_key(p) for p in before}
    if len(keys) > 1:
        # "Trong số các xã điểm của tỉnh Nghệ An, xã Nghi Hoa có nhiều đổi thay. Người dân góp
        # …": a place that owns what is named ("của tỉnh …") is not what the paragraph is about
        own = [
            " ".join(m.group().split())
            for m in _place().finditer(text, lo, s)
            if not _OWNER_BEFORE.search(text, max(lo, m.start() - 8), m.start())
        ]
        own = [p for p in before if place_key(p) in {place_key(o) for o in own}]
        keys = {place_key(p) for p in own}
        before = own
    return before[0] if len(keys) == 1 else None


#: A commune's own result, right after its name opening a sentence: "Xã A (huyện B) đã đạt
#: 19/19 tiêu chí", "Xã A được công nhận đạt chuẩn nông thôn mới".
@cache
def _own_result_after() -> re.Pattern[str]:
    return re.compile(
        r"\s*(?:\([^()\n]{0,60}\)\s*)?,?\s*"
        # (the adverbs are cues of patterns_cues.toml: result_adverb)
        rf"(?:(?:{cues().pattern('result_adverb')}|(?i:năm)\s+\d{{4}})\s+)*"
        rf"(?:{cues().pattern('reach_verb')})(?!\w)"
    )


#: What makes a commune's sentence its result: a count of criteria or a standard reached.
@cache
def _own_result_object() -> re.Pattern[str]:
    return re.compile(
        r"\d+(?:/\d+)?\s+(?i:tiêu\s+chí)"
        rf"|(?:{cues().pattern('reach_verb', 'finish', 'standard')})(?!\w)"
    )


def _commune_result(sections: Sections, ss: int, se: int, known: dict[str, str]) -> bool:
    """Whether the sentence ``text[ss:se]`` states a commune's own result, the commune its
    bare subject ("Xã A đạt 19/19 tiêu chí.", "Năm 2023, xã A đã được công nhận đạt chuẩn
    NTM."), not a topic it sets ("Tại xã A, …") nor a label ("1. Xã A: …")."""
    text = sections.text
    found = place_at_start(text, ss, se, known=known)
    place = parse_place(found) if found else None
    if found is None or place is None or place.level is not Level.COMMUNE:
        return False
    if _TOPIC_OPENING.match(text, ss, se) or _LABEL_OPENING.match(text, ss, se):
        return False
    last = found.split()[-1]
    written = text.lower().find(last.lower(), ss, se)
    if written < 0:
        return False
    verb = _own_result_after().match(text, written + len(last), se)
    return verb is not None and _own_result_object().search(text, verb.start(), se) is not None


#: A list item or heading naming a place before a colon: "1. Xã A: …", "- Xã B:".
_LABEL_OPENING = re.compile(r"[\s\-–—+•·*]*(?:[0-9IVXivx]+[.)]\s*)?[^:.;\n]{0,60}:")


def _commune_carry_ends(sections: Sections, lo: int, s: int, known: dict[str, str]) -> bool:
    """Whether a commune named in ``text[lo:s]`` is no place for the sentence at ``s`` in a
    text of a district or a province: a sentence there states the commune's own result (an
    item of the text's account, "Xã A đạt 19/19 tiêu chí. Tỷ lệ hộ nghèo còn 2,1%": the
    text's rate), or one speaks of a whole above it ("Toàn huyện có 12/15 xã …")."""
    own = sections.own
    if not own or Level.COMMUNE in own:
        return False
    text = sections.text
    block = sections.block_at(lo)
    if block is None:
        return False
    for ss, se in sections.sentences(block, semicolons=False):
        if se <= lo or ss >= s:
            continue
        if _commune_result(sections, max(ss, lo), se, known):
            return True
        first = place_at_start(text, max(ss, lo), se, known=known)
        if first is None and _speaks_above_commune(text, max(ss, lo), min(se, s)):
            return True
    return False


def _not_below_whole(text: str, s: int, at: int, found: str | None) -> str | None:
    """``found``, unless the statement speaks of a whole unit ("toàn tỉnh", "cả huyện") of a
    level above it."""
    if found is None:
        return None
    whole = _whole_level_said(text, s, at)
    place = parse_place(found) if whole is not None else None
    if whole is None or place is None or place.level is None:
        return found
    if _PLACE_RANK.get(place.level, 9) >= _PLACE_RANK.get(whole, 0):
        return found
    if _part_after_whole(text, s, at, place):
        return found
    # "Tại An Giang, … toàn tỉnh có 21 xã": the name read as a lower unit is the province's
    named = place_named(place.name) if whole is Level.PROVINCE else None
    if named is None or named.level is not Level.PROVINCE:
        return None
    return f"tỉnh {named.official_name or named.name}"


#: "trong đó" and the place it opens a part with: "…, trong đó huyện A có số tiêu chí bình
#: quân đạt 16,3", "(trong đó: huyện B thấp nhất, bình quân 10,1 …)".
_BREAKDOWN_PLACE = re.compile(cues().pattern("breakdown") + r"\s*[,:]?\s*")
#: How far the figure of a part may be from the place "trong đó" opens it with.
BREAKDOWN_REACH = 60


def _breakdown_place(text: str, s: int, at: int) -> str | None:
    """The place a breakdown opens with ("trong đó huyện A …"), for the figure at ``at`` in
    its part: no other place, figure or semicolon between the place and the figure."""
    opened = None
    for m in _BREAKDOWN_PLACE.finditer(text, max(s, at - BREAKDOWN_REACH - 40), at):
        opened = m
    if opened is None:
        return None
    place = _place().match(text, opened.end(), at)
    if place is None or at - place.end() > BREAKDOWN_REACH:
        return None
    between = text[place.end() : at]
    if re.search(r"[\d;()]", between) or _place().search(between):
        return None
    return " ".join(place.group().split())


def _part_after_whole(text: str, s: int, at: int, place: Place) -> bool:
    """Whether ``place`` is named after the whole ("toàn tỉnh") got a figure of its own, so
    is a part the sentence goes on to break the whole into: "Bình quân toàn tỉnh đạt 15,1
    tiêu chí/xã, trong đó huyện A đạt 16,3 tiêu chí/xã" (the 16,3 is huyện A's)."""
    written = text.rfind(place.name, s, at)
    if written < 0:
        return False
    wholes = [m for m in _WHOLE_LEVEL.finditer(text, s, written)]
    if not wholes:
        return False
    return _FIGURE.search(text, wholes[-1].end(), written) is not None


def _whole_level_said(text: str, s: int, at: int) -> Level | None:
    """The level a statement speaks of as a whole, naming no unit ("toàn tỉnh", "cả huyện"
    with no name after it), in ``text[s:at]``; not a whole a "trong đó" then breaks down
    ("Toàn tỉnh có 3/9 huyện …, trong đó huyện A có 100% số xã …": the part's)."""
    for m in _WHOLE_LEVEL.finditer(text, s, at):
        if not (m.group("next") and m.group("next").strip().isupper()):
            if _BREAKDOWN.search(text, m.end(), at):
                continue
            return _SPEAKER_LEVEL[" ".join(m.group("level").lower().split())]
    return None


_BREAKDOWN = re.compile(r"(?i:(?<!\w)trong\s+đó(?!\w))")


#: A place money goes to: "hỗ trợ sản xuất cho phường A là 200 triệu đồng".
_RECIPIENT_BEFORE = re.compile(r"(?i:(?<!\w)(?:cho|tới|về)\s+)$")


def _recipient_of_an_earlier_item(text: str, place: re.Match[str], at: int) -> bool:
    """Whether ``place`` is what an amount before ``at`` went to ("…, hỗ trợ sản xuất cho
    phường A là 200 triệu đồng, kinh phí cho Ban chỉ đạo là 15 triệu đồng": the ward is the
    200 million's, not the next item's): named after "cho" with a figure between it and
    ``at``."""
    return (
        _RECIPIENT_BEFORE.search(text, max(0, place.start() - 6), place.start()) is not None
        and _FIGURE.search(text, place.end(), at) is not None
    )


#: A place that owns what the words before it name: "các xã điểm của tỉnh Nghệ An".
_OWNER_BEFORE = re.compile(r"(?i:(?<!\w)của)\s+$")


#: A place listed, not a subject: "có xã A", "gồm xã A", "là xã A".
_ITEM_BEFORE = re.compile(r"(?i:(?<!\w)(?:có|gồm|là|các|những))\s*$")


def _national_opening(text: str, s: int, at: int) -> str | None:
    """The whole country, for a statement whose sentence opens with it as the subject ("Cả
    nước có 45% xã …, 70 đơn vị cấp huyện …", "Tính đến nay, cả nước đã có …")."""
    if _NATIONAL_SUBJECT.match(text, s, at) or _NATIONAL_SUBJECT_OPENING.match(text, s, at):
        return NATIONAL
    return None


def _opening_subject(text: str, s: int, e: int, at: int, known: dict[str, str]) -> str | None:
    """The place the sentence opens with, unless it opens by giving money to the place the
    text is about and the statement at ``at`` is a later clause ("Tỉnh Đắk Lắk hỗ trợ 6 tỷ
    đồng, nhân dân đóng góp 3 tỷ đồng": the people's money is not the province's)."""
    found = place_at_start(text, s, e, known=known, government=True)
    if found is None:
        return None
    last = found.split()[-1]
    written = text.find(last, s, e)
    gives = _GIVES_AFTER.match(text, written + len(last), e) if written >= 0 else None
    if gives is not None and re.search(r"[,;]", text[gives.end() : at]):
        return None
    return found


def _block_subject(sections: Sections, block: Block, s: int, known: dict[str, str]) -> str | None:
    """The place a block opens with ("- Thôn Đồng Lão: …"), unless the block is an
    enumeration whose sentences each open with their own place ("Huyện A có 12/12 xã. Huyện
    B có 14/14 xã. Tổng vốn …"): then a sentence naming none is the text's."""
    text = sections.text
    opening = place_at_start(text, block.body, block.end, known=known)
    if opening is None:
        return None
    whole = sections.sentences(block, semicolons=False)
    if whole and s >= whole[0][1] and _commune_carry_ends(sections, whole[0][0], s, known):
        return None
    for ss, se in sections.sentences(block)[1:]:
        if ss >= s:
            break
        other = place_at_start(text, ss, se, known=known)
        if other is not None and place_key(other) != place_key(opening):
            return None
        if other is None and regions_in(text, ss, min(se, ss + REGION_OPENING)):
            return None  # "Tính chung, vùng X đạt …": the region the text goes on about
    return opening


#: The whole country as the subject of a clause: "cả nước có 6.044/8.177 xã", "toàn quốc
#: đã có …".
_NATIONAL_SUBJECT = re.compile(
    rf"{NATIONAL_PATTERN}\s+(?i:(?:(?:đã|hiện|mới|cũng|nay)\s+)*(?:có|đạt))(?!\w)"
)


#: A sentence opening with the country as its subject after a lead-in ("Tính đến nay, cả
#: nước đã có …").
_NATIONAL_SUBJECT_OPENING = re.compile(
    rf"[^\d,;.]{{0,30}},\s*{NATIONAL_PATTERN}\s+(?i:(?:(?:đã|hiện|mới|cũng|nay)\s+)*(?:có|đạt))(?!\w)"
)


def _clause_subject(
    sections: Sections, block: Block, s: int, at: int, known: dict[str, str]
) -> str | None:
    """The subject of the clause before a semicolon, for a clause naming none ("… cả nước
    có 6.044/8.177 xã …; 1.407 xã đạt chuẩn nâng cao"), or the whole country an earlier
    clause of the same sentence made the subject ("Đến nay, cả nước có 79% xã đạt chuẩn,
    41% xã đạt chuẩn nâng cao và 12% xã …"), with no place named between."""
    text = sections.text
    for ws, we in sections.sentences(block, semicolons=False):
        if ws <= s < we + 1:
            if _national_subject_before(text, s, at):
                # "Bình quân cả nước đạt 18,6 tiêu chí/xã, Hà Tĩnh đạt 19 tiêu chí/xã": a
                # later clause opening with a place written bare is that place's
                return _bare_clause_opening(text, s, at, known) or NATIONAL
            if ws >= s:
                return None
            if _NATIONAL_SUBJECT.search(text, ws, s):
                return NATIONAL
            return place_at_start(text, ws, s, known=known)
    return None


_CLAUSE_MARK = re.compile(r"[,;]\s*")


def _bare_clause_opening(text: str, s: int, at: int, known: dict[str, str]) -> str | None:
    """The place written bare (a province, or a place named before with its prefix) that
    opens the last clause before ``at`` after the country's ("…, Hà Tĩnh đạt …")."""
    found = list(_NATIONAL_SUBJECT.finditer(text, s, at))
    if not found:
        return None
    place = None
    for m in _CLAUSE_MARK.finditer(text, found[-1].end(), at):
        place = _bare_place(text, m.end(), at, known) or place
    return place


def _national_subject_before(text: str, s: int, at: int) -> bool:
    """Whether the country is the subject of a clause between ``s`` and ``at`` and no place
    is written after it."""
    found = list(_NATIONAL_SUBJECT.finditer(text, s, at))
    return bool(found) and _place().search(text, found[-1].end(), at) is None


#: How many blocks from the top the headline may be (after a banner and a placeholder).
HEADLINE_BLOCKS = 3
_NATIONAL_OPENING = re.compile(rf"[\W\d_]*{NATIONAL_PATTERN}")


def _item_of_its_own(sections: Sections, block: Block) -> bool:
    """Whether ``block`` is a list item that speaks of a whole unit of its own, never naming
    it ("• Kết quả đến 30/6 - … Toàn tỉnh có 20 xã …" in a digest whose first item is the
    country's): the country a national lead carries stops at the item, which takes the
    document's place instead."""
    if block.kind is not BlockKind.ITEM:
        return False
    text = sections.text
    for m in _WHOLE_LEVEL.finditer(text, block.start, block.end):
        if m.group("level").lower() == "xã":
            continue
        after = text[m.end() : m.end() + 2].lstrip(" \t")
        if not after[:1].isupper():
            return True
    return False


def _national_text(sections: Sections) -> str | None:
    """The whole country, for a text whose headline opens with it ("Cả nước có hơn 73% số
    xã đạt chuẩn …"): a figure naming no place in a national text is the country's."""
    if _SET_AGAINST_NATION.search(sections.text):
        return None  # "… cao hơn bình quân cả nước": a text of its own place, not the country's
    for block in sections.blocks[:HEADLINE_BLOCKS]:  # a date banner may come first
        if _NATIONAL_OPENING.match(sections.text, block.start, block.end):
            return NATIONAL
    # "74% xã trên cả nước đạt chuẩn …": a headline that names the country and no other place
    first = sections.blocks[0] if sections.blocks else None
    if (
        first is not None
        and _NATIONAL.search(sections.text, first.start, first.end)
        and _place().search(sections.text, first.start, first.end) is None
        and _headline_province(sections) is None
    ):
        return NATIONAL
    return None


# A text setting its figures against the country's ("cao hơn 2,3 tiêu chí so với bình quân
# cả nước", "thấp hơn mức của toàn quốc") is about a place of its own.
_SET_AGAINST_NATION = re.compile(
    r"(?i:(?<!\w)(?:so\s+với|hơn|bằng)\s+(?:(?:bình\s+quân|trung\s+bình|mức|của|chung)\s+)*"
    rf"){NATIONAL_PATTERN}"
    r"|(?i:" + cues().pattern("national_rank") + r")[^,.;:\n]{0,25}?" + NATIONAL_PATTERN
)


#: How many sentences back a topic set by "Tại X, …" still holds for a sentence naming no place.
TOPIC_CARRY = 2
#: A sentence that opens by setting its place as the topic: "Tại An Giang, …", "Toàn thị
#: xã Tân Châu, …", "Riêng huyện Hải Hậu, …".
_TOPIC_OPENING = re.compile(
    rf"[\s\-–—+•·*\"“]*(?:[^\W\d][^,.;:\n]{{0,30}},\s*)?(?:{TOPIC_PATTERN}|(?i:toàn))"
    rf"(?:\s+(?i:toàn))?\s+(?:{TOPIC_PATTERN}\s+)?"
)


def topic_before(sections: Sections, block: Block, s: int) -> str | None:
    """The place an earlier sentence set as its topic ("Tại Hậu Giang, … toàn tỉnh có 25 xã
    …" ⏎ "Tuy vậy, … chỉ có 9 xã …"), up to :data:`TOPIC_CARRY` sentences back within the
    section; a sentence that opens with another place ends the search. A topic carries
    into the next paragraph only from the sentence that opened its own: one set later in a
    paragraph ("Tại huyện A, … Riêng thành phố B đã hoàn thành …") is an example of the
    paragraph's, and the paragraph after it ("Tổng nguồn vốn huy động …") is not B's."""
    text = sections.text
    known = sections.named_places()
    first = sections.parents[block.index][-1] + 1 if sections.parents[block.index] else 0
    seen = 0
    for i in range(block.index, first - 1, -1):
        other = sections.blocks[i]
        if other.kind is BlockKind.HEADING:
            break
        own = sections.sentences(other)
        for ss, se in reversed(own):
            if ss >= s:
                continue
            seen += 1
            if seen > TOPIC_CARRY:
                return None
            opening = _TOPIC_OPENING.match(text, ss, se)
            if opening is not None and i != block.index and (sections.formal or (ss, se) != own[0]):
                # (a formal report's paragraph stands under its heading: "Tại xã A, mô hình …"
                # is an example, the paragraph after it the report's own)
                return None
            if opening is not None:
                m = _place().match(text, opening.end(), se)
                if m is not None:
                    return " ".join(m.group().split())
                bare = _bare_place(text, opening.end(), se, known)
                if bare:
                    return bare
            if place_at_start(text, ss, se, known=known) or regions_in(
                text, ss, min(se, ss + REGION_OPENING)
            ):
                # a sentence with its own subject: an item of an enumeration ("Huyện A có
                # 12/12 xã. Huyện B có 75/75 bản."), or the region a text speaks of ("Tính
                # chung, vùng X đạt …"), not a topic for the sentences after it
                return None
    return None


#: How far into a sentence a region it opens with may be (after a lead-in clause).
REGION_OPENING = 60


#: The verb a sentence's subject comes before: "Xã A (huyện B) là …", "…, xã A đã đạt …".
_SUBJECT_VERB = re.compile(
    r"(?<!\w)(?i:là|có|đã|đạt|được|vừa|đang|tiếp\s+tục|hoàn\s+thành|về\s+đích|cán\s+đích)(?!\w)"
)
#: How many verbs into a sentence its subject is looked for.
SUBJECT_VERBS = 2
#: A sentence opening by saying what its bare-named subject is: "Tân Lập là một xã …".
_NAMED_IS_COMMUNE = re.compile(
    rf"[\s\-–—+•·*\"“]*(?P<name>{NAME_PATTERN})\s+(?i:là)\s+(?i:(?:một|1)\s+)?(?i:xã)(?!\w)"
)


def _sentence_subject(text: str, ss: int, se: int, known: dict[str, str]) -> str | None:
    """The place a sentence is about: the one it opens with (after a lead-in), a name it
    says is a commune ("Tân Lập là xã …"), else the one right before one of its first verbs
    ("Trong số các xã điểm của tỉnh A, xã B có nhiều đổi thay")."""
    opening = place_at_start(text, ss, se, known=known)
    if opening is not None:
        return opening
    named = _NAMED_IS_COMMUNE.match(text, ss, se)
    if named is not None:
        return "xã " + " ".join(named.group("name").split())
    for n, verb in enumerate(_SUBJECT_VERB.finditer(text, ss, se)):
        if n == SUBJECT_VERBS:
            break
        found = place_before(text, ss, verb.start(), window=60)
        if found is not None:
            return found
    return None


def _speaks_above_commune(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` speaks of a district or a province by its level word alone
    ("toàn huyện", "huyện đã có …", "tỉnh này")."""
    words = [
        m.group("level")
        for m in _WHOLE_LEVEL.finditer(text, start, end)
        if not (m.group("next") and m.group("next").strip().isupper())  # "toàn huyện Gia Lâm"
    ]
    words += [m.group(_level_group(m)) for m in _LEVEL_SUBJECT.finditer(text, start, end)]
    return any(_SPEAKER_LEVEL[" ".join(w.lower().split())] is not Level.COMMUNE for w in words)


def _own_subject_above_commune(
    sections: Sections, block: Block, s: int, at: int, known: dict[str, str]
) -> bool:
    """Whether the whole sentence of ``s`` (its ";"-items joined), up to ``at``, has a
    subject above the commune: a level word ("toàn huyện"), or a place, written bare at a
    clause's opening ("Để …, Bình Liêu đề ra …") or with its prefix as its subject."""
    text = sections.text
    ws = next((a for a, b in sections.sentences(block, semicolons=False) if a <= s < b + 1), s)
    if at <= ws:
        return False
    if _speaks_above_commune(text, ws, at):
        return True
    subjects = [_sentence_subject(text, ws, at, known)]
    subjects += [_bare_place(text, m.end(), at, known) for m in _CLAUSE_MARK.finditer(text, ws, at)]
    for subject in subjects:
        place = parse_place(subject) if subject is not None else None
        if place is not None and place.level in (Level.DISTRICT, Level.PROVINCE):
            return True
    return False


def commune_before(sections: Sections, block: Block, s: int, at: int | None = None) -> str | None:
    """The commune the sentence or two before ``s`` were about, within the section (across
    paragraphs, not across a heading): "Xã Tân Lập là xã đầu tiên của huyện … ⏎ Đến nay, 5/5
    thôn đạt chuẩn" counts the commune's villages, not the district's. A sentence about
    another place (a district, a province, another's list) ends the search: None. For the
    statements only a commune can be the subject of (a criteria count, villages counted);
    others keep the report's unit. The statement's own sentence up to ``at`` ends it too when
    it has a subject above the commune ("Xã A cơ bản đạt chuẩn. Để trở thành huyện NTM, Bình
    Liêu đề ra …: hoàn thành 9 tiêu chí …; 26 thôn …": the district's)."""
    text = sections.text
    known = sections.named_places()
    if at is not None and _own_subject_above_commune(sections, block, s, at, known):
        return None
    first = sections.parents[block.index][-1] + 1 if sections.parents[block.index] else 0
    seen = 0
    for i in range(block.index, first - 1, -1):
        other = sections.blocks[i]
        if other.kind is BlockKind.HEADING or (sections.formal and i != block.index):
            break  # (a formal report's paragraph stands under its heading, see topic_before)
        for ss, se in reversed(sections.sentences(other, semicolons=False)):
            if ss >= s:
                continue
            seen += 1
            if seen > TOPIC_CARRY or _speaks_above_commune(text, ss, min(se, s)):
                return None  # "Bình quân toàn huyện đạt …; 150/160 thôn …": the district's
            subject = _sentence_subject(text, ss, se, known)
            if subject is None:
                continue
            place = parse_place(subject)
            return subject if place is not None and place.level is Level.COMMUNE else None
    return None


_PLACE_LABEL_END = re.compile(r"[\s*_:.\-–]*$")


def _named_heading(sections: Sections, block: Block) -> str | None:
    """The place a list lead or the innermost heading is named for, when it is nothing but
    the place ("1. Xã Hòa Phú:", "- Thôn Đông:"): the subject of the verdicts and counts
    listed under it."""
    lead = sections.lead(block)
    headings = sections.headings(block)
    for over in (lead, headings[0] if headings else None):
        if over is None or _above_a_submission_title(sections, over):
            continue  # a submission's issuer in its header heads no figure under its title
        m = _place().match(sections.text, over.body, over.end)
        if m is not None and _PLACE_LABEL_END.match(sections.text, m.end(), over.end):
            return " ".join(m.group().split())
    return None


def _period_of(
    sections: Sections,
    block: Block,
    lead: Block | None,
    headings: list[Block],
    s: int,
    e: int,
    at: int,
    end: int | None = None,
) -> str | None:
    found = _period_written(sections, block, lead, headings, s, e, at, end)
    if found is not None and years_back(found) is not None:
        return _programme_span_before(sections, s, found) or found
    return found


def _period_written(
    sections: Sections,
    block: Block,
    lead: Block | None,
    headings: list[Block],
    s: int,
    e: int,
    at: int,
    end: int | None = None,
) -> str | None:
    text = sections.text
    base = _base_bracketing(text, s, at)
    if base is not None:
        return base
    here = [
        f
        for f in sections.found("period", s, e)
        if not _aside(text, f, end or at)
        and not _GOAL_MEASURED.search(text, max(s, f[0] - 60), f[0])
        and not _anothers(text, f, at, e)
    ]
    if end is not None:
        # "giảm từ 12,5% năm 2013 xuống còn 4,2% năm 2016": a year written right after a
        # figure is that figure's
        for f in here:
            if f[0] >= end:
                if _RIGHT_AFTER.fullmatch(text, end, f[0]) and not (
                    "(" in text[end : f[0]] and _BRACKET_FIGURE.match(text, f[1])
                ):
                    return f[2]
                break
    # "5 xã đạt chuẩn ở giai đoạn 2011-2015 và 7 xã ở giai đoạn 2016-2020": the phase the
    # figure's own predicate names
    own = _in_own_predicate(text, here, at)
    if own is not None:
        return own
    # "giảm từ 11,25% năm 2011 xuống còn 2,89%": the old value's year is not the new one's
    here = [f for f in here if not _old_value_year(text, f, at)]
    if _now_between(text, here, at):
        return None  # of the present: the text's own period
    found = _nearest(here, at, text)
    if found is not None and (start_value := _start_value(text, here, at)):
        return start_value
    if found:
        # the phase "N năm" count in may be named by the sentence, else by its lead or its
        # headings ("1. Giai đoạn 2011-2015" ⏎ "Qua 5 năm thực hiện, …")
        above = [b for b in (lead, *headings) if b is not None]
        return _span_named(
            found, here + [f for b in above for f in sections.found("period", b.start, b.end)]
        )
    # a clause after a semicolon goes on in its sentence's time ("(2010), …; thu nhập …")
    for ws, we in sections.sentences(block, semicolons=False):
        if ws <= s < we + 1:
            earlier = [
                f
                for f in sections.found("period", ws, s)
                if not _NOW.search(text, f[1], at)
                and not _GOAL_MEASURED.search(text, max(ws, f[0] - 60), f[0])
                # "thu nhập năm 2021 đạt 66 triệu đồng; hộ nghèo còn 0,3%": a year bound
                # to one item's measure dates that item only
                and not _bound_to_its_item(sections, block, f)
            ]
            if earlier:
                return earlier[-1][2]
            if ws < s and _BREAKDOWN_OPENING.match(text, ws):
                # "Trong đó, vốn Trung ương …; vốn địa phương …": every part of a breakdown
                # is of the time of the sentence it breaks down, not only the first
                broken_down = _period_before(sections, block, ws, we)
                if broken_down:
                    return broken_down
            break
    going_on = _period_before(sections, block, s, e)
    if going_on:
        return going_on
    if lead is not None:
        found = period_near(sections, lead.start, lead.end, lead.end)
        if found:
            return found
    for heading in headings:
        found = period_near(sections, heading.start, heading.end, heading.end)
        if found:
            return found
    return None


def _bound_to_its_item(sections: Sections, block: Block, found: tuple[int, int, str]) -> bool:
    """Whether the period ``found`` is bound to one measure inside its own clause of a
    ";"-list, not a time the clause opens on (:func:`baocao.vocab.periods.bound_to_its_item`)."""
    fs = found[0]
    clause = next(((cs, ce) for cs, ce in sections.sentences(block) if cs <= fs < ce + 1), None)
    return clause is not None and bound_to_its_item(sections.text, clause, found)


#: A year right before the bracket a figure stands in: "gấp đôi năm 2011 (15 triệu đồng)".
_YEAR_BRACKET = re.compile(
    r"(?i:năm\s+)?(?P<year>(?:19|20)\d{2})\s*\(\s*(?:(?i:là|đạt|chỉ|mới|có)\s+){0,2}$"
)


def _base_bracketing(text: str, s: int, at: int) -> str | None:
    """The year of a comparison base whose value the figure at ``at`` is, in brackets right
    after it ("tăng gấp 3 lần so với năm 2012 (20,5 triệu đồng)", "gấp đôi năm 2011 (15
    triệu)"): the bracketed value is of that year, whatever the sentence's main value is of."""
    m = _YEAR_BRACKET.search(text, max(s, at - 40), at)
    if m is None or not is_comparison_base(text, m.start()):
        return None
    return m.group("year")


#: A clause break between a statement and a period after it.
_CLAUSE_MARK_AFTER = re.compile(r"[,;](?!\d)|(?i:(?<!\w)trong\s+đó(?!\w))")
#: The preposition that puts a figure's predicate in a time: "đạt chuẩn ở giai đoạn …",
#: "về đích trong giai đoạn …", "đạt chuẩn vào năm 2019".
_IN_TIME_BEFORE = re.compile(r"(?i:(?<!\w)(?:ở|trong|vào|tại)\s+)$")
_NUMBER_RUN = re.compile(r"\d[\d.,/]*")


def _anothers(text: str, found: tuple[int, int, str], at: int, e: int) -> bool:
    """Whether the period ``found``, written after the statement at ``at`` past a clause
    break, heads another figure of its own ("… là 1.500 tỷ đồng, riêng giai đoạn 2016-2020
    là 1.000 tỷ đồng"; "… 1.250 tỷ đồng, trong đó giai đoạn 2011-2015 huy động 450 tỷ
    đồng"): that figure's time, not the statement's."""
    if found[0] <= at or _CLAUSE_MARK_AFTER.search(text, at, found[0]) is None:
        return False
    rest = re.split(r"[,;](?!\d)", text[found[1] : e], maxsplit=1)[0]
    # (a figure in brackets is an aside: "…, giai đoạn 2016-2020 (tăng 2 lần)")
    return _FIGURE.search(re.sub(r"\([^()]*\)?", "", rest)) is not None


def _in_own_predicate(text: str, here: list[tuple[int, int, str]], at: int) -> str | None:
    """The period the predicate of the figure at ``at`` puts it in ("5 xã đạt chuẩn ở giai
    đoạn 2011-2015 và 7 xã …"): written after it with "ở", "trong", "vào" or "tại", with no
    other figure and no clause break between."""
    first = _NUMBER_RUN.match(text, at) or _NUMBER_RUN.search(text, at)
    if first is None:
        return None
    for f in here:
        if f[0] <= first.end():
            continue
        between = text[first.end() : f[0]]
        if _FIGURE.search(between) or _CLAUSE_MARK_AFTER.search(between) or "\n" in between:
            return None
        return f[2] if _IN_TIME_BEFORE.search(between) else None
    return None


def _aside(text: str, found: tuple[int, int, str], end: int) -> bool:
    """Whether the period ``found``, after a statement ending at ``end``, is inside a
    bracket that goes on with a statement of its own: "… là 20% (tại thời điểm cuối năm 2021
    chưa có huyện nào)" speaks of 2021, the 20% does not ("đạt 85% (cuối năm 2020)" does)."""
    if found[0] < end:
        return False
    opened = text.rfind("(", end, found[0])
    if opened < 0 or text.find(")", opened, found[0]) >= 0:
        return False
    closing = text.find(")", found[1])
    rest = text[found[1] : closing if closing >= 0 else found[1] + 80]
    if any(ch.isalpha() for ch in rest):
        return True
    # "100% huyện đã có xã đạt chuẩn (riêng Thành phố đã hoàn thành nhiệm vụ … trong năm
    # 2019)": a statement of its own ending on its year, not a time lead "(tính đến cuối …)"
    lead = TIME_LEAD_END.sub("", text[opened + 1 : found[0]])
    return len(lead.split()) >= ASIDE_WORDS


#: How many words of its own a bracket writes before its period to state something else.
ASIDE_WORDS = 3


#: A sentence breaking down the one before it: "… đã huy động 342 tỷ đồng. Trong đó, …".
_BREAKDOWN_OPENING = re.compile(r"[\s\-–—+•·*]*(?i:trong\s+đó)(?!\w)")
#: A sentence speaking of the time its paragraph has counted: "Tổng nguồn lực huy động …
#: trong thời gian qua là 293 tỷ đồng" after "Sau 9 năm triển khai thực hiện, …".
#: A sentence opening on "at that time" ("Lúc bấy giờ, …", "Khi đó, …": ``back_then`` cues)
#: and the starting point it gives (``baseline`` cues: "chỉ đạt", "mới đạt").
_BACK_THEN = re.compile(r"[\s\-–—+•·*]*(?i:" + cues().pattern("back_then") + ")")
_BASELINE = re.compile(cues().pattern("baseline"))
_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?!\d)")
_THAT_TIME = re.compile(r"(?i:(?<!\w)(?:thời\s+gian|những\s+năm)\s+qua(?!\w))")


def _period_before(sections: Sections, block: Block, s: int, e: int) -> str | None:
    """The time an undated sentence goes on in from the sentences before it in its
    paragraph: a breakdown ("Trong đó, …") the time of the sentence it breaks down; "trong
    thời gian qua" the years its paragraph counted ("Sau 9 năm triển khai thực hiện, …")."""
    text = sections.text
    if _BREAKDOWN_OPENING.match(text, s):
        before = [(ss, se) for ss, se in sections.sentences(block) if se <= s]
        if not before:
            # "… đã huy động hơn 39.772 tỷ đồng." ⏎ "Trong đó, vốn …": a paragraph opening
            # with the breakdown breaks down the last sentence of the one before it
            previous = sections.blocks[block.index - 1] if block.index > 0 else None
            if previous is None or previous.kind is BlockKind.HEADING:
                return None
            before = sections.sentences(previous) or [(previous.start, previous.end)]
        ss, se = before[-1]
        if goal_near(sections, ss, se):
            return None
        found = [f for f in sections.found("period", ss, se) if not _NOW.search(text, f[1], se)]
        if found:
            return found[-1][2]
        s, e = ss, se  # "… trong thời gian qua là 293 tỷ đồng; trong đó …"
    if _THAT_TIME.search(text, s, e):
        back = [f for f in sections.found("period", block.start, s) if years_back(f[2]) is not None]
        if back:
            return back[-1][2]
    if _BACK_THEN.match(text, s) and _BASELINE.search(text, s, e):
        # "Năm 2011, 40 xã khởi công. Lúc bấy giờ, mỗi xã chỉ đạt 4 tiêu chí": a starting
        # point of the time the sentence before it dates, even by an event's day
        before = [(ss, se) for ss, se in sections.sentences(block) if se <= s]
        years = _YEAR.findall(text, before[-1][0], before[-1][1]) if before else []
        if years:
            return years[-1]
    return _after_span_breakdown(sections, block, s)


#: A sentence opening on "Hiện" ("Hiện bình quân mỗi xã đạt 16 tiêu chí"): the adverb "now",
#: whatever follows it ("Hiện thực hóa …" is the verb "to realise").
_OPENS_WITH_NOW = re.compile(r"\s*(?:Hiện|HIỆN)(?!\s+thực)(?=[\s,])")


def period_earlier_in_paragraph(sections: Sections, block: Block, at: int) -> str | None:
    """The time an undated rate goes on in from the nearest earlier sentence of its
    paragraph that dates itself ("Trong năm 2019, huyện tập trung giảm nghèo. Tỷ lệ hộ nghèo
    còn 3,1%" → 2019); None when its own sentence or one between says it is the present
    ("Hiện nay, …", "đến nay"), or the dated one sets a goal."""
    text = sections.text
    s, e = sections.sentence_at(block, at)
    if (
        _NOW.search(text, s, e)
        or _PRESENT_ITSELF.search(text, s, e)
        or _PRESENT_ADVERB.search(text, s, e)
        or _OPENS_WITH_NOW.match(text, s)
    ):
        return None
    whole = next(
        (ws for ws, we in sections.sentences(block, semicolons=False) if ws <= s < we + 1), s
    )
    for ss, se in reversed([(ss, se) for ss, se in sections.sentences(block) if se <= s]):
        if goal_near(sections, ss, se) or _NOW.search(text, ss, se):
            return None
        if _PRESENT_ITSELF.search(text, ss, se):
            return None
        found = [
            f
            for f in sections.found("period", ss, se)
            if not _GOAL_MEASURED.search(text, max(ss, f[0] - 60), f[0])
            # "giảm từ 11,25% năm 2011 xuống còn 2,89%": the old value's year, not the
            # sentence's time
            and not _old_value_year(text, f, se)
            # "thu nhập năm 2021 đạt 66 triệu đồng; hộ nghèo còn 0,3%": an earlier item's
            # own year, in the same sentence, dates that item only
            and not (ss >= whole and _bound_to_its_item(sections, block, f))
        ]
        if found:
            return found[-1][2]
    return None


def _after_span_breakdown(sections: Sections, block: Block, s: int) -> str | None:
    """The time of the whole a breakdown by spans broke down, for the undated sentence right
    after that breakdown ("… từ năm 2010 đến nay huy động 40.000 tỷ đồng." ⏎ "Trong đó, giai
    đoạn 2010-2015 …, từ năm 2016 tới nay …. Ngân sách nhà nước 9.000 tỷ đồng, …"): it goes
    on breaking the whole down, not in either span."""
    text = sections.text
    before = [(ss, se) for ss, se in sections.sentences(block) if se <= s]
    if not before:
        return None
    bs, be = before[-1]
    if not _BREAKDOWN_OPENING.match(text, bs) or len(sections.found("period", bs, be)) < 2:
        return None
    if len(before) > 1:
        ws, we = before[-2]
    elif block.index > 0 and sections.blocks[block.index - 1].kind is not BlockKind.HEADING:
        previous = sections.blocks[block.index - 1]
        ws, we = (sections.sentences(previous) or [(previous.start, previous.end)])[-1]
    else:
        return None
    if goal_near(sections, ws, we):
        return None
    found = sections.found("period", ws, we)
    return found[-1][2] if found else None


#: The old value of a change, before its year: "giảm từ 11,25% năm 2011 …".
_OLD_VALUE_BEFORE = re.compile(r"(?i:(?<!\w)từ\s+(?:mức\s+)?\d[\d.,]*[^\d.;:]{0,30}?\(?\s*)$")
#: The change to the new value: "… xuống còn 2,89%", "… lên 45 triệu đồng".
_CHANGE_TO = re.compile(r"(?i:(?<!\w)(?:xuống|lên)(?!\w))")
#: A start year stating the value it began at: "từ năm 2012 là 1,73% giảm xuống còn 0,7%".
_START_YEAR_VALUE = re.compile(r"(?i:từ\s+năm\s+((?:19|20)\d{2}))")
_IS_VALUE = re.compile(r"\s*(?i:là|ở\s+mức|chỉ\s+có|có|chỉ\s+đạt|đạt)\s*")


#: The old value's "từ" right before it: "giảm từ 8,2%", "tăng từ mức 40%".
_FROM_RIGHT_BEFORE = re.compile(r"(?i:(?<!\w)từ\s+(?:mức\s+)?)$")
#: What follows the old value up to the new one: "… xuống còn 2,7%", "… lên 65%".
_TO_NEW_VALUE = re.compile(
    r"[^\d.;:\n]{0,30}?(?i:(?<!\w)(?:xuống|lên)(?!\w))(?:\s+(?i:còn|mức|đến))?\s+\d"
)


def _old_value_undated(sections: Sections, start: int, end: int, e: int) -> bool:
    """Whether ``text[start:end]`` is the old value of a change written with no year of its
    own ("giảm từ 8,2% xuống còn 2,7%": 8,2% is of an earlier time the text does not
    state); a year written between it and the new value dates it ("từ 12% năm 2015 xuống
    4%", "từ 55% năm trước lên 70%")."""
    text = sections.text
    if _FROM_RIGHT_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    to = _TO_NEW_VALUE.match(text, end, e)
    return to is not None and not sections.found("period", end, to.end())


_SPAN_YEARS = re.compile(r"((?:19|20)\d{2})-(?:19|20)\d{2}")


def _span_start_of_change(sections: Sections, s: int, start: int, period: str | None) -> str | None:
    """The first year of the span a change's sentence opens on, when the statement is of
    that span ("Giai đoạn 2016-2019, tỷ lệ hộ nghèo giảm từ 40% xuống còn 25%": 40% is of
    2016), else None."""
    if period is None:
        return None
    for _s, _e, written in reversed(sections.found("period", s, start)):
        own = parse_period(written)
        m = _SPAN_YEARS.fullmatch(own or "")
        if m is not None and own == parse_period(period):
            return m.group(1)
    return None


def _old_value_year(text: str, found: tuple[int, int, str], at: int) -> bool:
    """Whether a period before ``at`` dates the old value of a change that ``at`` is the new
    value of ("giảm từ 11,25% năm 2011 xuống còn 2,89%")."""
    s, e, _ = found
    return (
        e <= at
        and _OLD_VALUE_BEFORE.search(text, max(0, s - 50), s) is not None
        and _CHANGE_TO.search(text, e, at) is not None
    )


def _start_value(text: str, here: list[tuple[int, int, str]], at: int) -> str | None:
    """The year of a change's first value written as a start right before it ("từ năm 2012
    là 1,73% giảm xuống còn 0,7%" → 2012 for 1,73%), which alone would read up to now."""
    for _s, e, written in here:
        m = _START_YEAR_VALUE.fullmatch(written)
        if (
            m is not None
            and _IS_VALUE.fullmatch(text, e, at)
            and _CHANGE_TO.search(text, at, at + 60) is not None
        ):
            return m.group(1)
    return None


def _span_named(found: str, here: list[tuple[int, int, str]]) -> str:
    """The span a sentence names for its "N năm" ("giai đoạn 2016-2020 …, sau 5 năm thực
    hiện, …" → 2016-2020): N years back are from the present only when no span of N years
    is written beside them."""
    back = years_back(found)
    if back is None:
        return found
    for _, _, written in here:
        period = parse_period(written)
        if period and re.fullmatch(r"\d{4}-\d{4}", period):
            first, last = period_years(period)
            if last - first + 1 == back:
                return written
    return found


def _programme_span_before(sections: Sections, s: int, found: str) -> str | None:
    """The programme's span an earlier sentence of the text names for an "N năm" no span of
    its own sentence, lead or headings counts ("tổng kết 10 năm thực hiện chương trình giai
    đoạn 2010-2020" ⏎ "Trong 10 năm, tổng vốn huy động …" → 2010-2020): the years start at
    the programme's start, not N years back from the text's present. The span must hold the
    N years and at most one more (a "10 năm" programme of 2010-2020); the nearest such span
    before ``s`` wins."""
    back = years_back(found)
    if back is None or back < 2:
        return None
    for _, _, written in reversed(sections.found("period", 0, s)):
        period = parse_period(written)
        if period and re.fullmatch(r"\d{4}-\d{4}", period):
            first, last = period_years(period)
            if back <= last - first + 1 <= back + 1:
                return written
    return None


#: What may stand between a figure and the year that is its own: "4,2% năm 2016",
#: "29,5 triệu đồng/người/năm (năm 2016)", "19/19 tiêu chí vào năm 2020", "2,3% cuối năm
#: 2016", "(thời điểm cuối năm 2012)".
_RIGHT_AFTER = re.compile(
    # ("xuống còn 210 hộ (4,5%) năm 2019": past the bracket the share closes, too)
    r"\)?\s*\(?\s*(?:(?i:vào|trong|tại|thời\s+điểm)\s+)*(?:(?i:cuối|đầu|giữa|hết)\s+)?"
)
#: A bracket that goes on to a figure of its own after its year is another statement: "19/19
#: tiêu chí (năm 2015 xã đạt 10/19 tiêu chí)".
_BRACKET_FIGURE = re.compile(r"[^()\n]*?\d")


#: An average over all the units of a place: "bình quân cả nước", "bình quân toàn tỉnh".
_AVERAGE_OF_ALL = re.compile(
    r"(?i:(?:bình\s+quân|trung\s+bình)\s+(?:(?:mỗi\s+xã\s+)?(?:của\s+)?(?:cả|toàn)\s+\w+"
    # a clause that opens with the average itself ("…; bình quân đạt 17,5 tiêu chí/xã")
    r"|(?:chung\s+)?(?:đạt|là)(?!\w)))"
)
#: Where the next figure of a list begins after a statement ("…đạt chuẩn NTM trên 90%, trong
#: đó 50% số xã đạt chuẩn NTM nâng cao", "51% đã đạt chuẩn nông thôn mới, 20% đạt chuẩn
#: nông thôn mới nâng cao"): a scheme written after it is that figure's.
_NEXT_FIGURE = re.compile(r"(?i:trong\s+đó)|[,;]\s*(?:(?i:khoảng|gần|trên|hơn|có)\s+)?\d")


#: A verb of reaching after a figure's units: the figure has a predicate of its own.
_REACHED = re.compile(rf"(?i:(?<!\w)(?:{cues().pattern('reach_verb')})(?!\w))")

#: A contrast that opens another statement in the sentence: "…, nhưng …", "… song …".
_CONTRAST = re.compile(r",?\s(?i:nhưng|song)\s")


def _scheme_of(
    sections: Sections, block: Block, headings: list[Block], s: int, e: int, at: int, end: int
) -> str | None:
    # the statement's own predicate first: "28/31 xã đạt chuẩn nông thôn mới (…), trong đó
    # có 06 xã đạt chuẩn nông thôn mới nâng cao" — each count takes the scheme right after it
    # ("9 xã đạt chuẩn nhưng chưa có xã đạt chuẩn nâng cao": not past a contrast, another
    # statement)
    contrast = _CONTRAST.search(sections.text, end, e)
    e = contrast.start() if contrast is not None else e
    cut = _NEXT_FIGURE.search(sections.text, end, e)
    if cut is not None and _REACHED.search(sections.text, at, cut.start()):
        # "17/17 xã đạt chuẩn, 13/17 xã đạt tiêu chí nông thôn mới nâng cao": a figure with
        # a predicate of its own ends before the next figure, whose scheme is not its own
        e = cut.start()
    right_after = sections.found("scheme", end, min(e, end + SCHEME_REACH))
    if right_after:
        return right_after[0][2]
    found = (cut is not None and scheme_near(sections, s, cut.start(), at)) or scheme_near(
        sections, s, e, at
    )
    if found:
        return found
    if _AVERAGE_OF_ALL.search(sections.text, s, at):
        # "…, 83 xã đạt chuẩn kiểu mẫu; bình quân cả nước đạt 17 tiêu chí/xã": an average
        # over every unit is of the standard itself, not of the clause before's scheme
        return None
    # "20 xã đạt chuẩn nâng cao. Toàn huyện có 45/45 xã đạt chuẩn.": a scheme qualifying an
    # earlier figure is that figure's; a statement with a predicate of its own does not take it
    own_predicate = _REACHED.search(sections.text, at, e) is not None
    found = scheme_near(sections, block.start, s, s)
    if found and not (own_predicate and _qualifies_figure(sections, block.start, s)):
        return found
    # the nearest earlier block of the same section that names a scheme
    first = headings[0].end if headings else 0
    earlier = sections.found("scheme", first, block.start)
    if earlier and not found:
        b = sections.block_at(earlier[-1][0])
        if b is not None and not (own_predicate and _qualifies_figure(sections, b.start, b.end)):
            return scheme_near(sections, b.start, b.end, b.end)
    for heading in headings:
        found = scheme_near(sections, heading.start, heading.end, heading.end)
        if found:
            return found
    return None


def _qualifies_figure(sections: Sections, lo: int, hi: int) -> bool:
    """Whether the last scheme phrase in ``text[lo:hi]`` qualifies a figure before it in its
    sentence ("… có 20 xã đạt chuẩn nâng cao"): a figure, then a verb of reaching, then the
    scheme, with no sentence end between."""
    found = sections.found("scheme", lo, hi)
    if not found:
        return False
    at = found[-1][0]
    window = sections.text[max(lo, at - SCHEME_REACH) : at]
    stop = max(window.rfind(". "), window.rfind("; "), window.rfind("\n"))
    window = window[stop + 1 :]
    last = max((m.end() for m in re.finditer(r"\d", window)), default=None)
    return last is not None and _REACHED.search(window, last) is not None


def _goal_of(
    sections: Sections,
    block: Block,
    lead: Block | None,
    headings: list[Block],
    s: int,
    e: int,
    *,
    whole: bool = False,
) -> str | None:
    """The goal word of the statement in ``text[s:e]``; ``whole`` when ``s`` is the end of a
    clause naming the whole the statement's count is part of (its words are not searched)."""
    text = sections.text
    found = goal_near(sections, s, e)
    if found:
        return found
    if _until_now().search(text, s, e):
        return None  # "Đến nay có …": a result, even under a plan heading
    # a clause after a semicolon goes on with its sentence's goal ("Năm 2022, tỉnh phấn đấu
    # có thêm 8 xã …; 100% xã đạt từ 15 tiêu chí trở lên")
    for ws, we in sections.sentences(block, semicolons=False):
        if ws <= s < we + 1:
            # (not a clause that dates itself or says what is: "…; năm 2023 đã có 4 xã",
            # as a sentence after a plan's, :func:`_plan_going_on`)
            if ws < s and not whole and not _states_itself(sections, s, e):
                found = _sentence_goal(sections, ws, s)
                if found:
                    return found
            break
    if lead is not None:
        found = goal_near(sections, lead.start, lead.end)
        if found:
            return found
    for heading in headings:
        m = _goal_heading().match(text, heading.body, heading.end)
        if m:
            return " ".join(text[heading.body : m.end()].split()).lstrip("*# ")
    return None
