"""percent_mismatch: a stated share that its own numbers do not give.

A share is consistent when it equals the computed value rounded **or** truncated at the
decimals the report wrote ("7,90" has two; "41,7" one: the facts' ``percent_decimals`` and
``value_decimals``, read by the extractor). The amounts a share is computed from
are themselves rounded ("17.903,8 triệu"), so the computed value is an interval and the share
is consistent when any value in it rounds or truncates to the stated one.

Shares checked: a coverage statement's against its K/N; a funding part's against its block's
total or its own ``of_vnd``; a percentage's against the count and base written with it in its
sentence ("1.200/1.500 hộ dùng nước sạch, đạt 80%", ``part``/``whole``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from baocao.audit.amounts import amount_tolerance, in_unit
from baocao.audit.blocks import FundingBlock, funding_blocks
from baocao.audit.common import IdFact, Where, decimals_of, finding, percent_text, vn
from baocao.model import Coverage, Finding, Funding, Percentage, Report, Severity

KIND = "percent_mismatch"

_EPSILON = 1e-9
#: No report writes a share to more places; a float like 7.8999999 is not "written" so.
MAX_DECIMALS = 4


def stated_decimals(written: int | None, stated: float) -> int:
    """The decimals a share is held to: those the report wrote it with ("chiếm 7,90%" → 2),
    else (a fact stored without them) the fewest that express the value: a looser test, so
    never a false alarm."""
    if written is not None:
        return written
    return min(decimals_of(Decimal(str(stated))), MAX_DECIMALS)


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
    decimals: int | None = None  # as written; None when not known


def check_share(share: Share) -> Finding | None:
    if share.whole <= 0:
        return None
    decimals = stated_decimals(share.decimals, share.stated)
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
                decimals=fact.percent_decimals,
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
                    decimals=part.percent_decimals,
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
                    decimals=fact.percent_decimals,
                )
            )
    return shares


def _written(value: float) -> str:
    return vn(value, decimals_of(Decimal(str(value))))


def _rounding(value: float) -> float:
    """Half a unit of the last digit a count was written with ("11,7 km" → 0,05; "45" → 0)."""
    decimals = decimals_of(Decimal(str(value)))
    return 0.5 * 10.0**-decimals if decimals else 0.0


def percentage_shares(facts: Sequence[IdFact]) -> list[Share]:
    """A rate against the count and base written with it ("45/50 hộ, đạt 90%"). Ranges and
    approximations ("khoảng 90%") are not held to a rounding."""
    shares = []
    for fid, fact in facts:
        if not isinstance(fact, Percentage) or fact.unit != "%":
            continue
        if fact.part is None or not fact.whole or fact.value_max is not None or fact.approx:
            continue
        shares.append(
            Share(
                where=Where(fid, fact),
                stated=fact.value,
                part=fact.part,
                whole=fact.whole,
                part_tol=_rounding(fact.part),
                whole_tol=_rounding(fact.whole),
                part_text=_written(fact.part),
                whole_text=_written(fact.whole),
                fact_ids=(fid,),
                decimals=fact.value_decimals,
            )
        )
    return shares


def check_percents(facts: Sequence[IdFact], *, report: Report | None = None) -> list[Finding]:
    """Every coverage share against K/N, every funding share against its total, and every
    rate against the count and base written with it."""
    blocks = funding_blocks(facts, report=report)
    shares = coverage_shares(facts) + funding_shares(blocks, facts) + percentage_shares(facts)
    return [f for f in (check_share(s) for s in shares) if f is not None]
