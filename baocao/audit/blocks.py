"""Funding blocks: a stated total and the parts that break it down, as the facts show them.

Reports state a total and then its parts, in document order ("Tổng nguồn vốn …: X, trong
đó: - Ngân sách Trung ương: … - Vốn nhân dân: …"). A *block* is a ``total`` funding fact and
the funding facts that follow it for the same place and flow, up to the next total; or,
when parts come first with no total before them, the total written right after them that
no parts follow ("… vốn tín dụng 150 tỷ đồng. Tổng cộng 500 tỷ đồng"). A part
whose source is one of the sources of the part before it ("central" after "central+province")
is a sub-item of that part ("trong đó"), not a sibling. Table rows of one table form one block
whatever their order (the "Tổng cộng" row often comes last).

Sub-period totals that tile a longer period's total ("2011-2015" + "2016-2019" under
"2011-2019") make a block too.

Blocks are read from facts alone; the checks that weigh them are :mod:`baocao.audit.sums`
(do the parts add up), :mod:`baocao.audit.units` (would another unit make them) and
:mod:`baocao.audit.percents` (does a part's share match).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from baocao.audit.amounts import amount_tolerance
from baocao.audit.common import IdFact, period_of, period_span, place_identity
from baocao.model import Funding, Report

#: Parts further than this (characters) from the previous member of their block start
#: elsewhere in the report: a later mention of one source is not a line of the breakdown.
MAX_GAP_CHARS = 1500

#: How far after the last of the parts no total came before their total may be written
#: ("…; nhân dân đóng góp 70 tỷ đồng. Tổng cộng: 500 tỷ đồng").
TOTAL_AFTER_GAP_CHARS = 200

#: Sources that are not lines of a breakdown by source (FACTS.md: money for a purpose).
_NOT_A_SOURCE = frozenset({"total", "other"})


@dataclass(frozen=True)
class FundingBlock:
    """A total and its direct parts (each part's own sub-items checked in their own block)."""

    total: tuple[int, Funding]
    parts: tuple[tuple[int, Funding], ...]
    children: tuple[FundingBlock, ...] = field(default=())


def _sources(source: str) -> frozenset[str]:
    return frozenset(s.strip() for s in source.split("+") if s.strip())


#: A line of the other sources ("Nguồn vốn huy động khác: 17,8 tỷ đồng", "vốn khác 5 tỷ"):
#: source ``other`` with no purpose, yet a line of the breakdown like any source.
_OTHER_SOURCES = re.compile(
    r"(?i:vốn|nguồn|nguồn\s+lực)(?:\s+[^\W\d_]+){0,3}?\s+(?i:khác)(?![^\W\d_])"
)


def is_part(fact: Funding) -> bool:
    """Whether ``fact`` can be a line of a breakdown: a source's amount, exact, for no purpose."""
    return (
        (
            fact.source not in _NOT_A_SOURCE
            or (fact.source == "other" and _OTHER_SOURCES.match(fact.quote) is not None)
        )
        and fact.purpose is None
        and fact.criterion is None
        and fact.approx is None
        and fact.amount_max_vnd is None  # a range ("50-60 tỷ") adds up to no one amount
    )


def _table_of(fact: Funding) -> str | None:
    if fact.origin.startswith("table:"):
        return ":".join(fact.origin.split(":")[:2])
    return None


def _nest(parts: list[tuple[int, Funding]]) -> tuple[list[tuple[int, Funding]], list[FundingBlock]]:
    """Split a breakdown into direct parts and sub-blocks: a part whose sources are a strict
    subset of the previous direct part's sources belongs to that part ("trong đó")."""
    direct: list[tuple[int, Funding]] = []
    subs: dict[int, list[tuple[int, Funding]]] = defaultdict(list)
    for fid, fact in parts:
        if direct:
            parent_id, parent = direct[-1]
            if _sources(fact.source) < _sources(parent.source):
                subs[parent_id].append((fid, fact))
                continue
        direct.append((fid, fact))
    children = [
        FundingBlock(total=(pid, parent), parts=tuple(subs[pid]))
        for pid, parent in direct
        if len(subs[pid]) >= 2
    ]
    return direct, children


def _block(total: tuple[int, Funding], parts: list[tuple[int, Funding]]) -> FundingBlock:
    direct, children = _nest(parts)
    return FundingBlock(total=total, parts=tuple(direct), children=tuple(children))


#: What opens a line of a list: a dash, a bullet, a number or letter with its mark.
_LIST_MARK = re.compile(r"[ \t]*(?:[-+*•–]|\d{1,2}[.)]|[a-zđ]\))", re.IGNORECASE)


def _marked_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` opens with a list mark."""
    return _LIST_MARK.match(text, text.rfind("\n", 0, at) + 1) is not None


def _after_the_list(
    text: str | None, listed: list[tuple[int, Funding]], last_end: int, fact: Funding
) -> bool:
    """Whether ``fact`` comes after a list of marked lines is over: the parts so far each
    stand on a line opening with a list mark ("- Ngân sách huyện: …"), and ``fact`` on a
    later line that opens with none ("Riêng nguồn vốn sự nghiệp là …"): a statement of its
    own, not one more line of the breakdown."""
    if text is None or not listed or "\n" not in text[last_end : fact.start]:
        return False
    if not all(_marked_line(text, f.start) for _, f in listed):
        return False
    return not _marked_line(text, fact.start)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


#: A year, or a place with its name: a lead line that says where or when its own list is.
_OWN_WHERE_OR_WHEN = re.compile(
    r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<![^\W\d_])(?i:huyện|xã|tỉnh|thị\s+xã|thành\s+phố)\s+\w"
)


def _own_lead(text: str, lo: int, hi: int) -> bool:
    """Whether a whole line between ``lo`` and ``hi`` leads a list of its own: it ends in a
    colon and says where or when ("Đến nay, huyện A đã huy động vốn như sau:"), unlike
    "Trong đó:" or "Cơ cấu như sau:", which lead the parts of what came before."""
    return any(
        line.rstrip().endswith(":") and _OWN_WHERE_OR_WHEN.search(line)
        for line in text[lo:hi].splitlines()
    )


def _closed_before(text: str | None, last_end: int, fact: Funding, *, parts: bool) -> bool:
    """Whether the statement of the block's last member closed with a full stop at its
    line's end and ``fact``, on a later line, begins another: after parts written inline
    ("… 40 tỷ đồng, trong đó vốn tỉnh …; vốn huyện … ." ⏎ "Riêng vốn sự nghiệp là …"), a
    line with no list mark; after a total alone or its parts, a lead line of its own
    ("Năm 2017, tổng nguồn vốn là 61 tỷ đồng." ⏎ "Đến nay, huyện A đã huy động vốn như
    sau:" ⏎ "- …": :func:`_own_lead`)."""
    if text is None or "\n" not in text[last_end : fact.start]:
        return False
    line_end = _line_end(text, last_end)
    if not text[last_end:line_end].rstrip().endswith("."):
        return False
    if _own_lead(text, line_end + 1, text.rfind("\n", 0, fact.start) + 1):
        return True
    return parts and not _marked_line(text, fact.start)


def _text_blocks(group: list[tuple[int, Funding]], text: str | None = None) -> list[FundingBlock]:
    """Blocks from running text: a total, then the parts that follow it; or parts that no
    total comes before, then the total that sums them up right after them ("…; vốn tín dụng
    150 tỷ đồng. Tổng cộng 500 tỷ đồng"), when no parts follow that total. With the
    document's ``text``, a list of marked lines ends at the first line with no mark
    (:func:`_after_the_list`)."""
    blocks: list[FundingBlock] = []
    total: tuple[int, Funding] | None = None
    parts: list[tuple[int, Funding]] = []
    before: list[tuple[int, Funding]] = []  # the parts written before the open total
    loose: list[tuple[int, Funding]] = []  # parts no total comes before
    last_end = 0
    seen: set[str] = set()

    def close() -> None:
        if total is not None and parts:
            blocks.append(_block(total, parts))
        elif total is not None and len(before) >= 2:
            blocks.append(_block(total, before))

    def add_loose(fid: int, fact: Funding) -> None:
        nonlocal loose
        if loose and (
            fact.start - loose[-1][1].end > MAX_GAP_CHARS
            or fact.period != loose[-1][1].period
            or any(f.source == fact.source for _, f in loose)
        ):
            loose = []
        loose.append((fid, fact))

    for fid, fact in group:
        if fact.source == "total":
            close()
            before = [
                item
                for item in loose
                if fact.start - loose[-1][1].end <= TOTAL_AFTER_GAP_CHARS
                and item[1].period == fact.period
            ]
            total, parts, seen, last_end, loose = (fid, fact), [], set(), fact.end, []
            if fact.amount_max_vnd is not None:  # "từ 300 đến 400 tỷ đồng": no sum to hold
                total, before = None, []
            continue
        if not is_part(fact):
            continue
        if total is None:
            add_loose(fid, fact)
            continue
        same_period = fact.period is None or fact.period == total[1].period
        listed = parts or before
        if (
            not same_period
            or fact.start - last_end > MAX_GAP_CHARS
            or _after_the_list(text, listed, last_end, fact)
            or _closed_before(text, last_end, fact, parts=bool(parts))
        ):
            close()
            total, parts, before = None, [], []
            add_loose(fid, fact)
            continue
        if fact.source in seen and not (
            parts and _sources(fact.source) < _sources(parts[-1][1].source)
        ):
            close()  # a source listed twice: the breakdown is over
            total, parts, before = None, [], []
            add_loose(fid, fact)
            continue
        seen.add(fact.source)
        parts.append((fid, fact))
        last_end = fact.end
    close()
    return blocks


def _table_blocks(
    group: list[tuple[int, Funding]], text_totals: list[tuple[int, Funding]]
) -> list[FundingBlock]:
    """One block per table for this place, flow and period: its one total row, or, when it
    has none, the total stated in the text just before it ("Tổng nguồn vốn … là X, cơ cấu
    như sau:" followed by the table of sources)."""
    totals = [(fid, f) for fid, f in group if f.source == "total"]
    parts = [(fid, f) for fid, f in group if is_part(f)]
    if not parts or len(totals) > 1:
        return []
    if not totals:
        first = min(f.start for _, f in parts)
        before = [(fid, t) for fid, t in text_totals if 0 <= first - t.end <= MAX_GAP_CHARS]
        if not before:
            return []
        totals = [max(before, key=lambda item: item[1].end)]
    return [_block(totals[0], parts)]


def funding_blocks(
    facts: Sequence[IdFact], *, report: Report | None = None, text: str | None = None
) -> list[FundingBlock]:
    """Every total with its breakdown, per place, flow and (for tables) period; with the
    document's ``text``, lists of marked lines end where the marks do."""
    text_groups: dict[tuple[str, str], list[tuple[int, Funding]]] = defaultdict(list)
    table_groups: dict[tuple[str, str, str, str | None], list[tuple[int, Funding]]] = defaultdict(
        list
    )
    text_totals: dict[tuple[str, str, str | None], list[tuple[int, Funding]]] = defaultdict(list)
    for fid, fact in facts:
        if not isinstance(fact, Funding):
            continue
        region = place_identity(fact.region, fact.region_code)
        table = _table_of(fact)
        period = period_of(fact, report)
        if table is None:
            text_groups[(region, fact.flow)].append((fid, fact))
            if fact.source == "total":
                text_totals[(region, fact.flow, period)].append((fid, fact))
        else:
            table_groups[(table, region, fact.flow, period)].append((fid, fact))
    blocks: list[FundingBlock] = []
    for group in text_groups.values():
        group.sort(key=lambda item: item[1].start)
        blocks.extend(_text_blocks(group, text))
    for (_table, region, flow, period), group in table_groups.items():
        blocks.extend(_table_blocks(group, text_totals.get((region, flow, period), [])))
    return blocks


def flatten(blocks: Sequence[FundingBlock]) -> list[FundingBlock]:
    out: list[FundingBlock] = []
    for block in blocks:
        out.append(block)
        out.extend(flatten(block.children))
    return out


def period_blocks(facts: Sequence[IdFact], *, report: Report | None = None) -> list[FundingBlock]:
    """Totals whose period is tiled by sub-period totals of the same place and flow."""
    by_place: dict[tuple[str, str], dict[tuple[int, int], list[tuple[int, Funding]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for fid, fact in facts:
        if (
            isinstance(fact, Funding)
            and fact.source == "total"
            and fact.approx is None
            and fact.amount_max_vnd is None
        ):
            span = period_span(fact.period)
            if span is not None:
                key = (place_identity(fact.region, fact.region_code), fact.flow)
                by_place[key][span].append((fid, fact))
    blocks = []
    for spans in by_place.values():
        # One amount per period, or the tiling is ambiguous.
        single = {
            s: items[0] for s, items in spans.items() if len({f.amount_vnd for _, f in items}) == 1
        }
        for (first, last), total in single.items():
            tiles = _tiling(first, last, single)
            if tiles:
                blocks.append(FundingBlock(total=total, parts=tuple(single[s] for s in tiles)))
    return blocks


def _tiling(
    first: int, last: int, spans: dict[tuple[int, int], tuple[int, Funding]]
) -> list[tuple[int, int]] | None:
    """Sub-periods (at least two) that cover first..last exactly, in order; None if none do."""
    path: list[tuple[int, int]] = []
    year = first
    while year <= last:
        options = [s for s in spans if s[0] == year and s[1] <= last and s != (first, last)]
        if not options:
            return None
        nxt = max(options, key=lambda s: s[1])  # the longest step keeps the tiling unique
        path.append(nxt)
        year = nxt[1] + 1
    return path if len(path) >= 2 else None


@dataclass(frozen=True)
class SumCheck:
    """The outcome for one block: consistent, a sum mismatch, or unit misreadings."""

    block: FundingBlock
    parts_sum: int
    tolerance: float

    @property
    def difference(self) -> int:
        return self.parts_sum - self.block.total[1].amount_vnd

    @property
    def consistent(self) -> bool:
        return abs(self.difference) <= self.tolerance


def measure(block: FundingBlock) -> SumCheck:
    parts_sum = sum(f.amount_vnd for _, f in block.parts)
    tolerance = amount_tolerance(block.total[1]) + sum(amount_tolerance(f) for _, f in block.parts)
    return SumCheck(block=block, parts_sum=parts_sum, tolerance=tolerance)
