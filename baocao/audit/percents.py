"""percent_mismatch: a stated share that its own numbers do not give.

A share is consistent when it equals the computed value rounded **or** truncated at the
decimals the report wrote ("7,90" has two; "41,7" one). The amounts a share is computed from
are themselves rounded ("17.903,8 triệu"), so the computed value is an interval and the share
is consistent when any value in it rounds or truncates to the stated one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from baocao.audit.amounts import amount_tolerance, in_unit
from baocao.audit.blocks import FundingBlock, funding_blocks
from baocao.audit.common import IdFact, Where, finding, percent_text, vn
from baocao.model import Coverage, Finding, Funding, Report, Severity
from baocao.vocab.numbers import (
    NUMBER_PATTERN,
    NumberFormatError,
    decimals_written,
    parse_number,
)

KIND = "percent_mismatch"

_PERCENT_NUMBER = re.compile(rf"({NUMBER_PATTERN})\s*%")
_ANY_NUMBER = re.compile(rf"({NUMBER_PATTERN})")
_EPSILON = 1e-9
#: No report writes a share to more places; a float like 7.8999999 is not "written" so.
MAX_DECIMALS = 4


def stated_decimals(quote: str, stated: float) -> int:
    """How many decimals the report wrote for ``stated`` in ``quote`` ("chiếm 7,90%" → 2).

    A number followed by "%" is preferred; else any number of that value (a table row
    "6 | Vốn tín dụng | 86.900 | 28,30" puts the "%" in its header). When the quote does not
    show the number, the fewest decimals that express the value: a looser test, so never a
    false alarm.
    """
    for pattern in (_PERCENT_NUMBER, _ANY_NUMBER):
        for m in pattern.finditer(quote):
            try:
                value = parse_number(m.group(1))
            except NumberFormatError:
                continue
            if abs(float(value) - stated) < _EPSILON:
                return decimals_written(m.group(1))
    text = format(Decimal(str(stated)).normalize(), "f")
    return min(len(text.partition(".")[2]), MAX_DECIMALS)


def consistent(stated: float, low: float, high: float, decimals: int) -> bool:
    """Whether some true value in ``[low, high]`` gives ``stated`` when rounded or truncated
    to ``decimals`` places. Rounding accepts [s − u/2, s + u/2], truncation [s, s + u)."""
    unit = 10.0**-decimals
    return high >= stated - unit / 2 - _EPSILON and low < stated + unit - _EPSILON


def rounded_and_truncated(value: float, decimals: int) -> tuple[str, str]:
    unit = Decimal(1).scaleb(-decimals)
    truncated = (Decimal(str(value)) / unit).to_integral_value(rounding="ROUND_DOWN") * unit
    return vn(value, decimals), vn(truncated, decimals)


@dataclass(frozen=True)
class Share:
    """A stated share and the numbers it should be: ``part/whole`` (each ± its rounding)."""

    where: Where
    stated: float
    part: float
    whole: float
    part_tol: float
    whole_tol: float
    part_text: str
    whole_text: str
    fact_ids: tuple[int, ...]


def check_share(share: Share) -> Finding | None:
    if share.whole <= 0:
        return None
    decimals = stated_decimals(share.where.fact.quote, share.stated)
    low = max(share.part - share.part_tol, 0.0) / (share.whole + share.whole_tol) * 100
    high_whole = share.whole - share.whole_tol
    high = (share.part + share.part_tol) / high_whole * 100 if high_whole > 0 else float("inf")
    if consistent(share.stated, low, high, decimals):
        return None
    computed = share.part / share.whole * 100
    shown = max(decimals, 2)
    rounded, truncated = rounded_and_truncated(computed, decimals)
    also = "" if rounded == truncated else f" (rounded {rounded}, truncated {truncated})"
    explain = (
        f"{share.part_text}/{share.whole_text} = {percent_text(computed, shown)}{also}, "
        f"stated {percent_text(share.stated, decimals)}"
    )
    return finding(KIND, Severity.HIGH, explain, share.where, share.fact_ids)


def coverage_shares(facts: Sequence[IdFact]) -> list[Share]:
    shares = []
    for fid, fact in facts:
        if not isinstance(fact, Coverage) or fact.percent_stated is None:
            continue
        if not fact.units_total:
            continue
        shares.append(
            Share(
                where=Where(fid, fact),
                stated=fact.percent_stated,
                part=float(fact.units_met),
                whole=float(fact.units_total),
                part_tol=0.0,
                whole_tol=0.0,
                part_text=str(fact.units_met),
                whole_text=str(fact.units_total),
                fact_ids=(fid,),
            )
        )
    return shares


def _amount_text(fact: Funding, amount: int | None = None) -> str:
    """An amount in the unit the report used for it ("17.903,8" for 17.903,8 triệu đồng)."""
    return in_unit(fact.amount_vnd if amount is None else amount, fact.unit_written)


def funding_shares(blocks: Sequence[FundingBlock], facts: Sequence[IdFact]) -> list[Share]:
    """A part's share of its block's total, or of its own ``of_vnd`` ("109 triệu/217 triệu")."""
    shares = []
    in_blocks: set[int] = set()
    for block in blocks:
        tid, total = block.total
        for pid, part in block.parts:
            in_blocks.add(pid)
            if part.percent_stated is None:
                continue
            shares.append(
                Share(
                    where=Where(pid, part),
                    stated=part.percent_stated,
                    part=float(part.amount_vnd),
                    whole=float(total.amount_vnd),
                    part_tol=amount_tolerance(part),
                    whole_tol=amount_tolerance(total),
                    part_text=_amount_text(part),
                    whole_text=_amount_text(total),
                    fact_ids=(pid, tid),
                )
            )
    for fid, fact in facts:
        if not isinstance(fact, Funding) or fact.percent_stated is None or fid in in_blocks:
            continue
        if fact.of_vnd:
            shares.append(
                Share(
                    where=Where(fid, fact),
                    stated=fact.percent_stated,
                    part=float(fact.amount_vnd),
                    whole=float(fact.of_vnd),
                    part_tol=amount_tolerance(fact),
                    whole_tol=amount_tolerance(fact, fact.of_vnd),
                    part_text=_amount_text(fact),
                    whole_text=_amount_text(fact, fact.of_vnd),
                    fact_ids=(fid,),
                )
            )
    return shares


def check_percents(facts: Sequence[IdFact], *, report: Report | None = None) -> list[Finding]:
    """Every coverage share against K/N and every funding share against its total."""
    blocks = funding_blocks(facts, report=report)
    shares = coverage_shares(facts) + funding_shares(blocks, facts)
    return [f for f in (check_share(s) for s in shares) if f is not None]
