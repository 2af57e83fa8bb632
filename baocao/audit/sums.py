"""sum_mismatch: funding parts that do not add up to their stated total.

Reports state a total and then its parts, in document order ("Tổng nguồn vốn …: X, trong
đó: - Ngân sách Trung ương: … - Vốn nhân dân: …"). A *block* is a ``total`` funding fact and
the funding facts that follow it for the same place and flow, up to the next total. A part
whose source is one of the sources of the part before it ("central" after "central+province")
is a sub-item of that part ("trong đó"), not a sibling. Table rows of one table form one block
whatever their order (the "Tổng cộng" row often comes last).

Totals are allowed the rounding of their parts: each amount is known to half a unit of its
last written digit, so parts may miss the total by the sum of those halves.

Sub-period totals that tile a longer period's total ("2011-2015" + "2016-2019" under
"2011-2019") are checked the same way.

When the parts miss the total but reading one or a few amounts in another unit (đồng, nghìn,
triệu, tỷ) makes them add up exactly, the finding is ``unit_implausible`` on those amounts,
not a sum mismatch (see :mod:`baocao.audit.units`).
"""

from __future__ import annotations

import itertools
import logging
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from baocao.audit.common import (
    IdFact,
    Where,
    finding,
    period_of,
    period_span,
    place_key,
    vnd,
)
from baocao.model import Finding, Funding, Report, Severity
from baocao.normalize.money import UNIT_PATTERN
from baocao.normalize.numbers import NUMBER_PATTERN, parse_number

log = logging.getLogger(__name__)

KIND = "sum_mismatch"

#: Parts further than this (characters) from the previous member of their block start
#: elsewhere in the report: a later mention of one source is not a line of the breakdown.
MAX_GAP_CHARS = 1500

#: Reading at most this many amounts in another unit; more would fit almost any total.
MAX_REREAD = 3

#: How far past its last member a breakdown's text may hold a part the extractor missed.
UNREAD_TAIL_CHARS = 200

_AMOUNT = re.compile(rf"({NUMBER_PATTERN})(?:\s*({UNIT_PATTERN}))?")

#: Sources that are not lines of a breakdown by source (FACTS.md: money for a purpose).
_NOT_A_SOURCE = frozenset({"total", "other"})


@dataclass(frozen=True)
class FundingBlock:
    """A total and its direct parts (each part's own sub-items checked in their own block)."""

    total: tuple[int, Funding]
    parts: tuple[tuple[int, Funding], ...]
    children: tuple[FundingBlock, ...] = field(default=())


def amount_tolerance(fact: Funding, amount: int | None = None) -> float:
    """Half a unit of the last digit the report wrote: "227.014 triệu" is known to ±0,5
    triệu, "17.903,8 triệu" to ±0,05 triệu, "14.808.000.000 đồng" to ±0,5 đồng. Decimals lost
    as trailing zeros ("6.281,0") only make the tolerance looser, never a false alarm."""
    from baocao.audit.units import unit_factor

    value = fact.amount_vnd if amount is None else amount
    return tolerance_in(value, unit_factor(fact.unit_written) or 1)


def tolerance_in(amount_vnd: int, factor: int) -> float:
    """Half a unit of the last digit of ``amount_vnd`` written in units of ``factor`` đồng."""
    scaled = Decimal(amount_vnd) / Decimal(factor)
    exponent = min(int(scaled.normalize().as_tuple().exponent), 0) if scaled else 0
    return float(Decimal(factor) * Decimal(10) ** exponent / 2)


def _sources(source: str) -> frozenset[str]:
    return frozenset(s.strip() for s in source.split("+") if s.strip())


def _is_part(fact: Funding) -> bool:
    return (
        fact.source not in _NOT_A_SOURCE
        and fact.purpose is None
        and fact.criterion is None
        and fact.approx is None
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


def _text_blocks(group: list[tuple[int, Funding]]) -> list[FundingBlock]:
    """Blocks from running text: a total, then the parts that follow it."""
    blocks: list[FundingBlock] = []
    total: tuple[int, Funding] | None = None
    parts: list[tuple[int, Funding]] = []
    last_end = 0
    seen: set[str] = set()

    def close() -> None:
        if total is not None and parts:
            blocks.append(_block(total, parts))

    for fid, fact in group:
        if fact.source == "total":
            close()
            total, parts, seen, last_end = (fid, fact), [], set(), fact.end
            continue
        if total is None or not _is_part(fact):
            continue
        same_period = fact.period is None or fact.period == total[1].period
        if not same_period or fact.start - last_end > MAX_GAP_CHARS:
            close()
            total, parts = None, []
            continue
        if fact.source in seen and not (
            parts and _sources(fact.source) < _sources(parts[-1][1].source)
        ):
            close()  # a source listed twice: the breakdown is over
            total, parts = None, []
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
    parts = [(fid, f) for fid, f in group if _is_part(f)]
    if not parts or len(totals) > 1:
        return []
    if not totals:
        first = min(f.start for _, f in parts)
        before = [(fid, t) for fid, t in text_totals if 0 <= first - t.end <= MAX_GAP_CHARS]
        if not before:
            return []
        totals = [max(before, key=lambda item: item[1].end)]
    return [_block(totals[0], parts)]


def funding_blocks(facts: Sequence[IdFact], *, report: Report | None = None) -> list[FundingBlock]:
    """Every total with its breakdown, per place, flow and (for tables) period."""
    text_groups: dict[tuple[str, str], list[tuple[int, Funding]]] = defaultdict(list)
    table_groups: dict[tuple[str, str, str, str | None], list[tuple[int, Funding]]] = defaultdict(
        list
    )
    text_totals: dict[tuple[str, str, str | None], list[tuple[int, Funding]]] = defaultdict(list)
    for fid, fact in facts:
        if not isinstance(fact, Funding):
            continue
        region = place_key(fact.region, fact.region_code)
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
        blocks.extend(_text_blocks(group))
    for (_table, region, flow, period), group in table_groups.items():
        blocks.extend(_table_blocks(group, text_totals.get((region, flow, period), [])))
    return blocks


def _flatten(blocks: Sequence[FundingBlock]) -> list[FundingBlock]:
    out: list[FundingBlock] = []
    for block in blocks:
        out.append(block)
        out.extend(_flatten(block.children))
    return out


def period_blocks(facts: Sequence[IdFact], *, report: Report | None = None) -> list[FundingBlock]:
    """Totals whose period is tiled by sub-period totals of the same place and flow."""
    by_place: dict[tuple[str, str], dict[tuple[int, int], list[tuple[int, Funding]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for fid, fact in facts:
        if isinstance(fact, Funding) and fact.source == "total" and fact.approx is None:
            span = period_span(fact.period)
            if span is not None:
                key = (place_key(fact.region, fact.region_code), fact.flow)
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


def _sum_explain(check: SumCheck) -> str:
    total = check.block.total[1]
    n = len(check.block.parts)
    relation = "more" if check.difference > 0 else "less"
    return (
        f"{n} parts sum to {vnd(check.parts_sum)}, stated total {vnd(total.amount_vnd)} "
        f"({vnd(abs(check.difference))} {relation})"
    )


def _amounts_in(text: str, factor: int) -> Iterator[tuple[int, int, int]]:
    """``(start, end, amount in đồng)`` of each amount written in ``text``: with its unit
    ("94.330 triệu đồng"), or bare (a table cell) in units of ``factor``."""
    from baocao.normalize.money import to_vnd

    for m in _AMOUNT.finditer(text):
        try:
            if m.group(2):
                yield m.start(), m.end(), to_vnd(m.group(1), m.group(2))
            else:
                yield m.start(), m.end(), int(parse_number(m.group(1)) * factor)
        except ValueError:
            continue


def unread_part(block: FundingBlock, missing: int, tolerance: float, text: str | None) -> bool:
    """Whether the amount the parts lack is written inside the breakdown's own text, outside
    every part read from it: a line the extractor missed ("vốn lồng ghép 94.330 triệu
    đồng" split across two PDF lines), not numbers that disagree."""
    from collections import Counter

    from baocao.audit.units import unit_factor

    if text is None:
        return False
    members = [block.total[1], *(f for _, f in block.parts)]
    start = min(f.start for f in members)
    end = min(max(f.end for f in members) + UNREAD_TAIL_CHARS, len(text))
    units = Counter(unit_factor(f.unit_written) or 1 for _, f in block.parts)
    factor = units.most_common(1)[0][0]
    for a, b, amount in _amounts_in(text[start:end], factor):
        a, b = a + start, b + start
        if any(a < f.end and f.start < b for f in members):
            continue
        if abs(amount - missing) <= tolerance:
            return True
    return False


def check_block(block: FundingBlock, *, text: str | None = None) -> list[Finding]:
    from baocao.audit.units import reread_to_fit

    if len(block.parts) < 2:
        return []
    check = measure(block)
    if check.consistent:
        return []
    rereads = reread_to_fit(block)
    if rereads:
        return rereads
    if check.difference < 0 and unread_part(block, -check.difference, check.tolerance, text):
        log.debug(
            "%s: parts of %r lack an amount written beside them: a part not extracted",
            block.total[1].document,
            block.total[1].quote,
        )
        return []
    tid, total = block.total
    ids = [tid, *(fid for fid, _ in block.parts)]
    # Parts over the total cannot all be true; parts under it may be an incomplete list.
    severity = Severity.HIGH if check.difference > 0 else Severity.MEDIUM
    return [finding(KIND, severity, _sum_explain(check), Where(tid, total), ids)]


def check_sums(
    facts: Sequence[IdFact], *, report: Report | None = None, text: str | None = None
) -> list[Finding]:
    """Every breakdown against its total. With the document ``text``, parts under their
    total are not flagged when the missing amount is written among them (not extracted)."""
    blocks = _flatten(funding_blocks(facts, report=report)) + period_blocks(facts, report=report)
    findings: list[Finding] = []
    for block in blocks:
        findings.extend(check_block(block, text=text))
    return findings


def subsets(n: int, most: int) -> itertools.chain[tuple[int, ...]]:
    """Index subsets of ``range(n)``, smallest first, of size 1..most."""
    return itertools.chain.from_iterable(
        itertools.combinations(range(n), k) for k in range(1, min(most, n) + 1)
    )
