"""Funding: amounts of money mobilised, allocated, disbursed or planned.

An amount is a number with a money unit ("6.281,0 triệu đồng", "**14.808.000.000** đồng",
"109 triệu/217 triệu"). It is programme money only when a ``funding`` cue (kinh phí, vốn,
ngân sách, huy động…) is written before it in its block and no ``not_funding`` cue (thu nhập,
doanh thu, "Tiêu chí yêu cầu") is in its clause; a per-head value ("38,6 triệu
đồng/người/năm") is an average, read by :mod:`baocao.nlp.percentages`.

What the mention records, as written:

* ``sources`` — candidate phrases, best first: the amount's label (its clause before it:
  "- Ngân sách tỉnh:"), the owner written after it ("700 triệu của UBND tỉnh"), the rest of
  its block, the lead of its list ("… do nhân dân đóng góp kinh phí để thực hiện cụ thể:");
  the normalise stage takes the first that names a source;
* ``total`` — the label calls it the total ("Tổng kinh phí đã thực hiện …", "tổng nguồn vốn
  huy động …"), or the label is only a period under a funding heading ("3.1. Giai đoạn
  2011-2015: 227.014 triệu đồng.");
* ``purpose`` — money spent on something with no source ("chợ … với kinh phí hơn 16 tỷ
  đồng": the words before the ``spending`` cue);
* ``flow`` — the flow verb written in the label or right after ("giải ngân", "phân bổ");
* ``percent`` — the share right after ("chiếm tỷ lệ 17,91%"), claimed so it is not a
  separate percentage.

The package holds, in layers (each module uses only the ones above it here):

* :mod:`.amounts` — an amount and its range, the clause and label it opens, the finding record;
* :mod:`.totals` — what an amount is: a total, a cost of works or a purpose, programme money or
  not, a change, a growth, a campaign's;
* :mod:`.flows` — the flow verb of an amount, what a disbursement is of, and the years a plan, a
  phase or a bracket gives it;
* :mod:`.sources` — an amount's candidate sources: its label, owner, list lead and headings, and
  the parts of a whole;
* :mod:`.recipients` — who received an amount, from which level or supporter, and the place,
  region and scheme it is of;
* :mod:`.mention` — one amount's mention: whether it is programme money, its sources, total,
  purpose, flow, share, period and place;
* :mod:`.lists` — what runs across mentions: a list of parts or phases, a running giver, a whole
  stated above, a headline restated.

:func:`find_funding` (here) puts them together over a text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from baocao.nlp.context import Sections
from baocao.nlp.funding.amounts import FundingFinding, Span, _amount, _upper_follows
from baocao.nlp.funding.lists import (
    _PARTS_NEXT,
    _headline_restated,
    _lead_flows,
    _parts_end,
    _parts_of_whole_above,
    _phases_open,
    _respective_shares,
    _running_source,
    _sentence_flows,
    _whole_of_parts,
)
from baocao.nlp.funding.mention import _WHOLE_OPEN, AmountAt, _mention
from baocao.nlp.funding.sources import _PARTS_OPEN, _other_programmes
from baocao.nlp.funding.totals import _growth_rate
from baocao.nlp.mentions import FundingMention
from baocao.vocab.money import tail_at

__all__ = [
    "find_funding",
]


# Cheap test before the amount pattern: a digit (or a number word) followed somewhere by a
# money word's start.
_MONEY_HINT = re.compile(
    r"(?:\d|(?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s)[^\n]*?(?i:đ|tr|tỷ|tỉ|ngh|ngàn|vn)"
)

# "… 3 tỷ đồng được cấp cho 8 xã, trong đó 1,2 tỷ đồng …": any amount's parts after "trong đó".
_WHOLE_PARTS = re.compile(r"[^,;.()\n]{0,80},\s*(?i:trong\s+đó)\s+(?=\d)")


def find_funding(sections: Sections) -> FundingFinding:
    """Every funding mention, in document order, and the share spans they claimed."""
    text = sections.text
    mentions: list[FundingMention] = []
    claimed: list[Span] = []
    for block in sections.blocks:
        if _MONEY_HINT.search(text, block.start, block.end) is None:
            continue
        floor = block.start
        previous: FundingMention | None = None
        whole: FundingMention | None = None
        whole_end = block.start
        running: str | None = None  # the budget of the paragraph's giver
        for m in _amount().finditer(text, block.start, block.end):
            if m.start() < floor:
                continue  # inside the tail of the amount before ("2 tỷ 735 triệu")
            if m.start() >= whole_end:
                whole = None
            if _upper_follows(text, m, block):
                continue  # "từ 300 tỷ đồng đến 400 tỷ đồng": read with its upper bound
            found = _mention(AmountAt(sections, block, m, floor, previous, whole, running))
            floor = m.end()
            if found is None:
                # a per-unit amount left out keeps its tail out too ("mỗi xã được hỗ trợ 2 tỷ
                # 300 triệu đồng": "300 triệu đồng" is no amount of its own)
                tail = None if m.group("of_unit") else tail_at(text, m.end(), m.group("unit"))
                floor = tail.end() if tail is not None else floor
                continue
            mention, span, floor = found
            previous = mention
            running = _running_source(mention, running)
            opened = (
                _PARTS_OPEN.match(text, floor)
                or (
                    _WHOLE_OPEN.match(text, floor)
                    if mention.total or _WHOLE_PARTS.match(text, floor)
                    else None
                )
                or _PARTS_NEXT.match(text, floor)
                or _phases_open(text, floor)
            )
            if opened is not None:  # its parts follow
                whole = _whole_of_parts(opened, mention, whole)
                whole_end = _parts_end(text, opened, block.end)
            mentions.append(mention)
            if span:
                claimed.append(span)
            rate = _growth_rate(text, mention.start, m.start())
            if rate is not None:
                claimed.append(rate)
    mentions = [replace(m, listed=True) if _in_breakdown(sections, m) else m for m in mentions]
    mentions = _parts_of_whole_above(sections, mentions)
    mentions = _other_programmes(sections, mentions)
    mentions = _lead_flows(sections, mentions)
    mentions = _sentence_flows(sections, mentions)
    mentions, respective = _respective_shares(sections, mentions)
    claimed += respective
    return FundingFinding(tuple(_headline_restated(sections, mentions)), tuple(claimed))


#: A sentence opening a breakdown of the money stated before it: "Trong đó, …", "Trong số
#: đó …", "Riêng đối với nguồn vốn …".
_BREAKDOWN_OPENS = re.compile(r"\s*(?i:trong\s+(?:số\s+)?đó|riêng)(?![^\W\d_])")


def _in_breakdown(sections: Sections, mention: FundingMention) -> bool:
    """Whether ``mention``'s sentence, or the one before it (in its block or the block
    before), opens a breakdown (``_BREAKDOWN_OPENS``): the amount is an item of it."""
    text = sections.text
    index = mention.context.block
    block = sections.blocks[index]
    starts = [s for s, _ in sections.sentences(block, semicolons=False) if s <= mention.start]
    if index > 0 and len(starts) < 2:
        before = sections.sentences(sections.blocks[index - 1], semicolons=False)
        starts = [s for s, _ in before[-1:]] + starts
    return any(_BREAKDOWN_OPENS.match(text, s) for s in starts[-2:])
