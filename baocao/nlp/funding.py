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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from baocao.nlp.context import Sections, context_at, period_in
from baocao.nlp.mentions import FundingMention
from baocao.nlp.patterns import approx_at, cues
from baocao.nlp.segment import Block
from baocao.normalize.money import UNIT_PATTERN
from baocao.normalize.numbers import NUMBER_PATTERN

Span = tuple[int, int]

_CLAUSE_BREAK = re.compile(r"[.;!?](?:\s|\*)|;")
_PER_HEAD = re.compile(r"\s*/\s*[^\W\d_]")
_SHARE = re.compile(
    r"\s*,?\s*\(?\s*(?i:(?:chiếm|bằng|đạt)\s+)?(?i:(?:tỷ|tỉ)\s+lệ\s+)?(?P<value>"
    + NUMBER_PATTERN
    + r")\s*%\)?"
)
# "… của UBND tỉnh", "… của ngân sách huyện": whose money it is, written after the amount.
_OWNER_AFTER = re.compile(
    r"\s*(?i:của|từ)\s+(?i:(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|ngân\s+sách|"
    r"NS|nguồn\s+vốn|vốn)\s+)?(?P<level>(?i:trung\s+ương|tỉnh|huyện|thành\s+phố|thị\s+xã|xã|"
    r"nhân\s+dân|doanh\s+nghiệp|cộng\s+đồng))(?![^\W\d_])"
)
_LABEL_TRIM = re.compile(r"^[\s\-–+•*·]*(?:\d{1,2}(?:\.\d{1,2})*[.)]\s*)?|[\s:*,]+$")

#: How far after an amount its owner or flow verb may be written.
AFTER_WINDOW = 60


@cache
def _amount() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<amount>{NUMBER_PATTERN})(?:\s*\*\*)?\s*"
        rf"(?P<unit>{UNIT_PATTERN})"
        rf"(?:\s*/\s*(?P<of_amount>{NUMBER_PATTERN})\s*(?P<of_unit>{UNIT_PATTERN}))?"
    )


@cache
def _cue(concept: str) -> re.Pattern[str]:
    return re.compile(cues().pattern(concept), re.IGNORECASE)


@dataclass(frozen=True)
class FundingFinding:
    """The funding mentions of a document, the share spans they claimed, and the spans of
    amounts that are not funding (per-head values) for the percentage finder."""

    mentions: tuple[FundingMention, ...]
    claimed: tuple[Span, ...]


def _clause_start(text: str, lo: int, at: int) -> int:
    start = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, at):
        start = m.end()
    return start


def _owner_phrase(m: re.Match[str]) -> str:
    """The owner after an amount as a budget phrase: "của UBND tỉnh" → "ngân sách tỉnh"
    (an authority's money is its budget; people and firms are named as they are)."""
    level = " ".join(m.group("level").lower().split())
    if level in ("nhân dân", "doanh nghiệp", "cộng đồng"):
        return f"vốn {level}" if level != "nhân dân" else "vốn nhân dân"
    return f"ngân sách {level}"


def _only_period(label: str) -> bool:
    """Whether the label is nothing but a period ("Giai đoạn 2011-2015")."""
    rest = period_in(label, 0, len(label), 0)
    if rest is None:
        return False
    leftover = label.lower().replace(rest.lower(), " ")
    return not re.search(r"[^\W\d_]", leftover)


def _funding_heading(sections: Sections, block: Block) -> bool:
    text = sections.text
    lead = sections.lead(block)
    spans = [(h.start, h.end) for h in sections.headings(block)]
    if lead is not None:
        spans.append((lead.start, lead.end))
    return any(_cue("funding").search(text, a, b) for a, b in spans)


def _mention(
    sections: Sections, block: Block, m: re.Match[str], floor: int
) -> tuple[FundingMention, Span | None] | None:
    """The mention of amount ``m``; its label starts no earlier than ``floor`` (the end of
    the amount before it: "… trung ương 32.500 triệu đồng và ngân sách huyện 15.000 …")."""
    text = sections.text
    if _PER_HEAD.match(text, m.end()):
        return None  # "38,6 triệu đồng/người/năm": an average, not money
    clause = _clause_start(text, max(block.body, floor), m.start())
    label_text = text[clause : m.start()]
    if _cue("not_funding").search(label_text):
        return None
    after_end = min(block.end, m.end() + AFTER_WINDOW)
    after_stop = _CLAUSE_BREAK.search(text, m.end(), after_end)
    after = text[m.end() : after_stop.start() if after_stop else after_end]
    if _cue("not_funding").search(after):
        return None
    label = _LABEL_TRIM.sub("", label_text)
    spending = _cue("spending").search(label_text)
    total = bool(_cue("total").search(label_text)) and not spending
    if not total and _only_period(label):
        if not _funding_heading(sections, block):
            return None
        total = True
    lead = sections.lead(block)
    if not (
        total
        or _cue("funding").search(text, block.body, m.start())
        or (lead is not None and _cue("funding").search(text, lead.start, lead.end))
    ):
        return None
    sources: list[str] = []
    if label:
        sources.append(label)
    owner = _OWNER_AFTER.match(text, m.end("unit") if m.group("of_unit") is None else m.end())
    if owner is not None:
        sources.append(_owner_phrase(owner))
    if not spending:
        before = text[block.body : clause].strip()
        if before:
            sources.append(before)
        if lead is not None:
            sources.append(text[lead.start : lead.end])
    purpose = None
    if spending:
        s, _ = sections.sentence_at(block, m.start())
        purpose = " ".join(text[s : spending.start() + clause].split()).strip(" ,.-") or None
    flow_cue = _cue("flow").search(label_text) or _cue("flow").search(after)
    share = _SHARE.match(text, m.end())
    claimed = (share.start("value"), share.end()) if share else None
    quote_start = clause + (len(label_text) - len(label_text.lstrip(" -–+•*·")))
    quote_end = share.end() if share else m.end()
    ctx = context_at(sections, m.start(), m.end())
    approx = approx_at(text, m.start())
    mention = FundingMention(
        quote_start,
        quote_end,
        text[quote_start:quote_end],
        ctx,
        amount=m.group("amount"),
        unit=" ".join(m.group("unit").split()),
        of_amount=m.group("of_amount"),
        of_unit=" ".join(m.group("of_unit").split()) if m.group("of_unit") else None,
        sources=tuple(" ".join(s.split()) for s in sources),
        total=total,
        flow=" ".join(flow_cue.group().split()) if flow_cue else None,
        purpose=purpose,
        approx=approx.group().strip() if approx else None,
        percent=share.group("value") if share else None,
        region=ctx.subject,
    )
    return mention, claimed


def find_funding(sections: Sections) -> FundingFinding:
    """Every funding mention, in document order, and the share spans they claimed."""
    text = sections.text
    mentions: list[FundingMention] = []
    claimed: list[Span] = []
    for block in sections.blocks:
        floor = block.start
        for m in _amount().finditer(text, block.start, block.end):
            found = _mention(sections, block, m, floor)
            floor = m.end()
            if found is None:
                continue
            mention, span = found
            mentions.append(mention)
            if span:
                claimed.append(span)
    return FundingFinding(tuple(mentions), tuple(claimed))
