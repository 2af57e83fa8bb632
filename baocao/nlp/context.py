"""Context: which section, list and sentence a mention sits in, and what they say.

A statement rarely names everything it needs: "Kết quả tự đánh giá: Đạt." gets its criterion
from the heading above ("Tiêu chí số 3 - Thủy lợi:"), "- Ngân sách tỉnh: 40.661,9 triệu đồng"
its period from the heading "3.1. Giai đoạn 2011-2015: …", "Kinh phí huy động khoảng 360
triệu đồng" its place from the start of its list item ("- Thôn Song Nga: …"). The rule is the
same everywhere: the sentence first, then its list item and the lead of its list, then the
headings it sits under, innermost first; what none of them says stays None (the normalise
stage falls back to the report's own metadata).

Headings nest by level (:mod:`baocao.nlp.segment`); a criterion heading with no numbering
("Tiêu chí 13 - Tổ chức sản xuất:") nests just under the numbered heading before it and ends
at the next criterion heading or at any heading of its parent's level or above.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

from baocao.nlp.mentions import Context
from baocao.nlp.patterns import cues
from baocao.nlp.segment import (
    OPENS_WITH_CRITERION,
    Block,
    BlockKind,
    Segmentation,
    sentences,
)
from baocao.normalize.periods import PERIOD_PATTERN
from baocao.normalize.places import PLACE_PATTERN
from baocao.normalize.schemes import SCHEME_PATTERN

_CRITERION_IN_SENTENCE = re.compile(r"(?i:tiêu\s+chí)\s+(?i:số\s+)?(\d{1,2})(?!\d)(?!\s*/)")

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
_LEAD_IN = re.compile(
    r"[\s\-–—+•·*]*(?:(?i:đến\s+nay|hiện\s+nay|năm\s+\d{4}|trong\s+năm\s+\d{4})[\s,]*)?"
)


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
    return re.compile(cues().pattern("until_now"), re.IGNORECASE)


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
        return cls([i[0] for i in items], items)

    def within(self, start: int, end: int) -> list[tuple[int, int, str]]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [item for item in self.items[lo:hi] if item[1] <= end]


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


def criterion_in(text: str, start: int, end: int) -> str | None:
    """The criterion number "tiêu chí (số) N" written in ``text[start:end]``, if one."""
    m = _CRITERION_IN_SENTENCE.search(text, start, end)
    return m.group(1) if m else None


def _nearest(found: list[tuple[int, int, str]], at: int) -> str | None:
    """The written form of the match nearest to offset ``at``, one before it preferred."""
    before = [f for f in found if f[0] < at]
    if before:
        return before[-1][2]
    return found[0][2] if found else None


def place_at_start(text: str, start: int, end: int) -> str | None:
    """The place a sentence or list item opens with ("- Thôn Đồng Lão: …" → "Thôn Đồng
    Lão"), allowing a short lead-in ("Đến nay, ", "Năm 2023 ")."""
    lead = _LEAD_IN.match(text, start, end)
    pos = lead.end() if lead else start
    m = _place().match(text, pos, end)
    return " ".join(m.group().split()) if m else None


def place_before(text: str, start: int, at: int, *, window: int = 40) -> str | None:
    """The last place written in the ``window`` characters before ``at`` (not before
    ``start``) that is not an agency's or a preposition's object: the subject of the verb at
    ``at`` ("…, xã Quang Trung đạt 17/19 tiêu chí")."""
    lo = max(start, at - window)
    found = None
    for m in _place().finditer(text, lo, at):
        if _NOT_SUBJECT_BEFORE.search(text, max(start, m.start() - 30), m.start()):
            continue
        if text[m.end() : at].strip(" ,") and len(text[m.end() : at].split()) > 3:
            continue
        found = m
    return " ".join(found.group().split()) if found else None


def period_in(text: str, start: int, end: int, at: int) -> str | None:
    """The period written nearest ``at`` in ``text[start:end]``."""
    return _nearest(
        [(m.start(), m.end(), m.group()) for m in _period().finditer(text, start, end)], at
    )


def period_near(sections: Sections, start: int, end: int, at: int) -> str | None:
    return _nearest(sections.found("period", start, end), at)


def scheme_near(sections: Sections, start: int, end: int, at: int) -> str | None:
    """The scheme phrase nearest ``at``; an advanced/model phrase wins over a bare "NTM" in
    the same span ("đối với xã NTM nâng cao xã đã đạt …")."""
    found = sections.found("scheme", start, end)
    specific = [f for f in found if _SCHEME_LEVEL.search(f[2])]
    return _nearest(specific or found, at)


_COMPARED_TO = re.compile(r"(?i:so\s+với|vượt|theo)\s+$")


def goal_near(sections: Sections, start: int, end: int) -> str | None:
    """The first goal marker in ``text[start:end]``; a comparison with a plan ("đạt 85,71%
    so với kế hoạch năm") is a result, not a goal."""
    for s, _, written in sections.found("goal", start, end):
        if _COMPARED_TO.search(sections.text, max(start, s - 12), s):
            continue
        return written
    return None


# -- a mention's context ----------------------------------------------------------------------


def context_at(sections: Sections, start: int, end: int) -> Context:
    """The :class:`Context` of the span ``text[start:end]``."""
    block = sections.block_at(start)
    if block is None:
        return Context(block=-1)
    s, e = sections.sentence_at(block, start)
    headings = sections.headings(block)
    lead = sections.lead(block)
    section = sections.block_text(headings[0]) if headings else None
    return Context(
        block=block.index,
        section=" ".join(section.split()) if section else None,
        criterion=_criterion(sections, block, headings, s, e),
        subject=_subject(sections, block, s, e, start),
        period=_period_of(sections, block, lead, headings, s, e, start),
        scheme=_scheme_of(sections, block, headings, s, e, start, end),
        goal=_goal_of(sections, block, lead, headings, s, e),
    )


def _criterion(
    sections: Sections, block: Block, headings: list[Block], s: int, e: int
) -> str | None:
    found = criterion_in(sections.text, s, e)
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
            return opening
    for heading in headings:
        if heading.criterion:
            return heading.criterion
    return None


def _opening_criterion(sections: Sections, block: Block) -> str | None:
    """The criterion a block opens with ("Tiêu chí số 6 về …: …"), if it does."""
    m = OPENS_WITH_CRITERION.match(sections.text, block.body, block.end)
    if m is None:
        m = OPENS_WITH_CRITERION.match(sections.text, block.start, block.end)
    return m.group(1) if m else None


def _subject(sections: Sections, block: Block, s: int, e: int, at: int) -> str | None:
    text = sections.text
    return (
        place_before(text, s, at)
        or place_at_start(text, s, e)
        or place_at_start(text, block.body, block.end)
        or _named_heading(sections, block)
    )


_PLACE_LABEL_END = re.compile(r"[\s*_:.\-–]*$")


def _named_heading(sections: Sections, block: Block) -> str | None:
    """The place a list lead or the innermost heading is named for, when it is nothing but
    the place ("1. Xã Hòa Phú:", "- Thôn Đông:"): the subject of the verdicts and counts
    listed under it."""
    lead = sections.lead(block)
    headings = sections.headings(block)
    for over in (lead, headings[0] if headings else None):
        if over is None:
            continue
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
) -> str | None:
    found = period_near(sections, s, e, at)
    if found:
        return found
    if lead is not None:
        found = period_near(sections, lead.start, lead.end, lead.end)
        if found:
            return found
    for heading in headings:
        found = period_near(sections, heading.start, heading.end, heading.end)
        if found:
            return found
    return None


def _scheme_of(
    sections: Sections, block: Block, headings: list[Block], s: int, e: int, at: int, end: int
) -> str | None:
    # the statement's own predicate first: "28/31 xã đạt chuẩn nông thôn mới (…), trong đó
    # có 06 xã đạt chuẩn nông thôn mới nâng cao" — each count takes the scheme right after it
    right_after = sections.found("scheme", end, min(e, end + SCHEME_REACH))
    if right_after:
        return right_after[0][2]
    found = scheme_near(sections, s, e, at) or scheme_near(sections, block.start, s, s)
    if found:
        return found
    # the nearest earlier block of the same section that names a scheme
    first = headings[0].end if headings else 0
    earlier = sections.found("scheme", first, block.start)
    if earlier:
        b = sections.block_at(earlier[-1][0])
        if b is not None:
            return scheme_near(sections, b.start, b.end, b.end)
    for heading in headings:
        found = scheme_near(sections, heading.start, heading.end, heading.end)
        if found:
            return found
    return None


def _goal_of(
    sections: Sections,
    block: Block,
    lead: Block | None,
    headings: list[Block],
    s: int,
    e: int,
) -> str | None:
    text = sections.text
    found = goal_near(sections, s, e)
    if found:
        return found
    if _until_now().search(text, s, e):
        return None  # "Đến nay có …": a result, even under a plan heading
    if lead is not None:
        found = goal_near(sections, lead.start, lead.end)
        if found:
            return found
    for heading in headings:
        m = _goal_heading().match(text, heading.body, heading.end)
        if m:
            return " ".join(text[heading.body : m.end()].split()).lstrip("*# ")
    return None
