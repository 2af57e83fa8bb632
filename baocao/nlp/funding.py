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

# Cheap test before the amount pattern: a digit followed somewhere by a money word's start.
_MONEY_HINT = re.compile(r"\d[^\n]*?(?i:đ|tr|tỷ|tỉ|ngh|ngàn|vn)")
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
    """The funding mentions of a document and the share spans they claimed."""

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
        return f"vốn {level}"
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


def _label_start(text: str, block: Block, m: re.Match[str], floor: int) -> int:
    """Where the amount's label starts: its clause, and no earlier than ``floor`` (the end of
    the amount before it: "… trung ương 32.500 triệu đồng và ngân sách huyện 15.000 …")."""
    return _clause_start(text, max(block.body, floor), m.start())


def _after(text: str, block: Block, m: re.Match[str]) -> str:
    """The rest of the amount's clause, at most AFTER_WINDOW characters."""
    end = min(block.end, m.end() + AFTER_WINDOW)
    stop = _CLAUSE_BREAK.search(text, m.end(), end)
    return text[m.end() : stop.start() if stop else end]


def _is_total(sections: Sections, block: Block, label_text: str, label: str) -> bool | None:
    """True for a total's label, False for another label, None when the label is a bare
    period outside any funding section (not programme money at all)."""
    if _cue("spending").search(label_text):
        return False
    if _cue("total").search(label_text):
        return True
    if _only_period(label):
        return True if _funding_heading(sections, block) else None
    return False


def _is_funding(sections: Sections, block: Block, at: int) -> bool:
    """A funding cue before the amount in its block, or in the lead of its list."""
    text = sections.text
    if _cue("funding").search(text, block.body, at):
        return True
    lead = sections.lead(block)
    return lead is not None and _cue("funding").search(text, lead.start, lead.end) is not None


def _sources(
    sections: Sections, block: Block, m: re.Match[str], clause: int, label: str, spending: bool
) -> list[str]:
    """Candidate source phrases, best first (see the module docstring)."""
    text = sections.text
    found = [label] if label else []
    owner = _OWNER_AFTER.match(text, m.end() if m.group("of_unit") else m.end("unit"))
    if owner is not None:
        found.append(_owner_phrase(owner))
    if not spending:  # a cost's source is what its own clause says, or none
        before = text[block.body : clause].strip()
        if before:
            found.append(before)
        lead = sections.lead(block)
        if lead is not None:
            found.append(text[lead.start : lead.end])
    return [" ".join(f.split()) for f in found]


def _mention(
    sections: Sections, block: Block, m: re.Match[str], floor: int
) -> tuple[FundingMention, Span | None] | None:
    """The mention of amount ``m``, with the share it claims; None when it is not programme
    money."""
    text = sections.text
    if _PER_HEAD.match(text, m.end()):
        return None  # "38,6 triệu đồng/người/năm": an average, not money
    clause = _label_start(text, block, m, floor)
    label_text = text[clause : m.start()]
    after = _after(text, block, m)
    if _cue("not_funding").search(label_text) or _cue("not_funding").search(after):
        return None
    label = _LABEL_TRIM.sub("", label_text)
    total = _is_total(sections, block, label_text, label)
    if total is None or not (total or _is_funding(sections, block, m.start())):
        return None
    spending = _cue("spending").search(label_text)
    purpose = None
    if spending:
        s, _ = sections.sentence_at(block, m.start())
        purpose = " ".join(text[s : clause + spending.start()].split()).strip(" ,.-") or None
    flow_cue = _cue("flow").search(label_text) or _cue("flow").search(after)
    share = _SHARE.match(text, m.end())
    quote_start = clause + (len(label_text) - len(label_text.lstrip(" -–+•*·")))
    quote_end = share.end() if share else m.end()
    ctx = context_at(sections, m.start(), m.end(), label_first=True)
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
        sources=tuple(_sources(sections, block, m, clause, label, spending is not None)),
        total=total,
        flow=" ".join(flow_cue.group().split()) if flow_cue else None,
        purpose=purpose,
        approx=approx.group().strip() if approx else None,
        percent=share.group("value") if share else None,
        region=ctx.subject,
    )
    return mention, (share.start("value"), share.end()) if share else None


def find_funding(sections: Sections) -> FundingFinding:
    """Every funding mention, in document order, and the share spans they claimed."""
    text = sections.text
    mentions: list[FundingMention] = []
    claimed: list[Span] = []
    for block in sections.blocks:
        if _MONEY_HINT.search(text, block.start, block.end) is None:
            continue
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
