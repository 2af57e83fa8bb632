"""sum_mismatch: funding parts that do not add up to their stated total.

The blocks (a total and its parts) are :mod:`baocao.audit.blocks`. Totals are allowed the
rounding of their parts: each amount is known to half a unit of its last written digit, so
parts may miss the total by the sum of those halves.

When the parts miss the total but reading one or a few amounts in another unit (đồng, nghìn,
triệu, tỷ) makes them add up exactly, the finding is ``unit_implausible`` on those amounts,
not a sum mismatch (see :mod:`baocao.audit.units`).

Parts under their total are not flagged when the missing amount is written inside the
breakdown but no fact was read from it (a line the extractor missed): the amounts written in
the document's text around the block, as the vocabulary reads them
(:func:`baocao.vocab.money.amounts_in`), against the facts' spans. The facts do not say which
written amounts became no fact (ARCHITECTURE.md, "The auditor and the document model").
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence

from baocao.audit.amounts import unit_factor
from baocao.audit.blocks import (
    FundingBlock,
    SumCheck,
    flatten,
    funding_blocks,
    measure,
    period_blocks,
)
from baocao.audit.common import IdFact, Where, finding, vnd
from baocao.audit.units import reread_to_fit
from baocao.model import Finding, Report, Severity
from baocao.vocab.money import amounts_in

log = logging.getLogger(__name__)

KIND = "sum_mismatch"

#: How far past its last member a breakdown's text may hold a part the extractor missed.
UNREAD_TAIL_CHARS = 200


def _sum_explain(check: SumCheck) -> str:
    total = check.block.total[1]
    n = len(check.block.parts)
    relation = "more" if check.difference > 0 else "less"
    return (
        f"{n} parts sum to {vnd(check.parts_sum)}, stated total {vnd(total.amount_vnd)} "
        f"({vnd(abs(check.difference))} {relation})"
    )


def unread_part(block: FundingBlock, missing: int, tolerance: float, text: str | None) -> bool:
    """Whether the amount the parts lack is written inside the breakdown's own text, outside
    every part read from it: a line the extractor missed ("vốn lồng ghép 94.330 triệu
    đồng" split across two PDF lines), not numbers that disagree."""
    if text is None:
        return False
    members = [block.total[1], *(f for _, f in block.parts)]
    start = min(f.start for f in members)
    end = min(max(f.end for f in members) + UNREAD_TAIL_CHARS, len(text))
    units = Counter(unit_factor(f.unit_written) or 1 for _, f in block.parts)
    factor = units.most_common(1)[0][0]
    for a, b, amount in amounts_in(text, factor, start, end):
        if any(a < f.end and f.start < b for f in members):
            continue
        if abs(amount - missing) <= tolerance:
            return True
    return False


def check_block(block: FundingBlock, *, text: str | None = None) -> list[Finding]:
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
    blocks = flatten(funding_blocks(facts, report=report)) + period_blocks(facts, report=report)
    findings: list[Finding] = []
    for block in blocks:
        findings.extend(check_block(block, text=text))
    return findings
