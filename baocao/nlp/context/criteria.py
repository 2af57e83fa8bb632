"""Criteria: the criterion a statement names in its own words ("13 xã đạt tiêu chí 2",
"tỷ lệ lao động qua đào tạo đạt 74%"), else the one its block opens with, a paragraph just
before carries, or a heading over it names.
"""

from __future__ import annotations

import re

from baocao.nlp.context.common import _FIGURE
from baocao.nlp.context.sections import Sections
from baocao.nlp.segment import OPENS_WITH_CRITERION, Block, BlockKind
from baocao.vocab.criteria import topic_spans
from baocao.vocab.shortforms import CRITERION_WORD

_CRITERION_IN_SENTENCE = re.compile(rf"{CRITERION_WORD}\s+(?i:số\s+)?(\d{{1,2}})(?!\d)(?!\s*/)")

#: How many paragraphs after one that opens with a criterion still speak of it.
CRITERION_CARRY = 2


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
