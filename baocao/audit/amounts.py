"""Amounts as the report wrote them: the unit's factor, the rounding a written amount carries,
and an amount shown back in the report's own unit.

Every check that weighs money (sums, percents, units, crossdoc) takes these from here, so
"how exact is 17.903,8 triệu" has one answer.
"""

from __future__ import annotations

from decimal import Decimal

from baocao.audit.common import decimals_of, vn
from baocao.model import Funding
from baocao.vocab.money import MoneyUnitError, parse_money_unit


def unit_factor(unit_written: str | None) -> int | None:
    """đồng per unit as the report wrote it ("triệu" → 10^6), None when unknown."""
    if not unit_written:
        return None
    try:
        return parse_money_unit(unit_written).multiplier
    except MoneyUnitError:
        return None


def tolerance_in(amount_vnd: int, factor: int) -> float:
    """Half a unit of the last digit of ``amount_vnd`` written in units of ``factor`` đồng."""
    scaled = Decimal(amount_vnd) / Decimal(factor)
    exponent = min(int(scaled.normalize().as_tuple().exponent), 0) if scaled else 0
    return float(Decimal(factor) * Decimal(10) ** exponent / 2)


def amount_tolerance(fact: Funding, amount: int | None = None) -> float:
    """Half a unit of the last digit the report wrote: "227.014 triệu" is known to ±0,5
    triệu, "17.903,8 triệu" to ±0,05 triệu, "14.808.000.000 đồng" to ±0,5 đồng. Decimals lost
    as trailing zeros ("6.281,0") only make the tolerance looser, never a false alarm."""
    value = fact.amount_vnd if amount is None else amount
    return tolerance_in(value, unit_factor(fact.unit_written) or 1)


def in_unit(amount_vnd: int, unit_written: str | None) -> str:
    """An amount in the unit the report wrote it in: (17_903_800_000, "triệu đồng") →
    "17.903,8"; the number alone, for explanations."""
    number = Decimal(amount_vnd) / Decimal(unit_factor(unit_written) or 1)
    return vn(number, min(decimals_of(number), 3))
