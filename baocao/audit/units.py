"""unit_implausible: amounts no such unit could have, and amounts written in the wrong unit.

Two tests, one finding kind:

- **bounds** — an amount above the per-year ceiling of its place's level (or a programme total
  below the floor), from ``bounds.toml`` where every bound is sourced;
- **re-reading** — when parts miss their total, and reading one to three amounts in another
  unit (đồng, nghìn, triệu, tỷ) makes them add up exactly, those amounts were written in the
  wrong unit: "read as 2.000.000.000 đồng the parts sum to the stated total 14.808.000.000
  đồng". The re-reading is only reported when it is the one way to make the sum exact.

Both may point at one amount; the auditor merges them into one finding.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from baocao.audit.amounts import amount_tolerance, in_unit, tolerance_in, unit_factor
from baocao.audit.blocks import FundingBlock, measure
from baocao.audit.common import (
    IdFact,
    Where,
    decimals_of,
    finding,
    level_of,
    period_of,
    period_years,
    read_audit_file,
    vn,
    vnd,
)
from baocao.data.lexicon import Problems, entries, parse_data
from baocao.model import Finding, Funding, Level, Report, Severity
from baocao.vocab.money import CANONICAL_UNITS, MoneyUnitError, to_vnd
from baocao.vocab.numbers import NUMBER_PATTERN

KIND = "unit_implausible"
BOUNDS_FILE = "bounds.toml"

#: Reading at most this many amounts in another unit; more would fit almost any total.
MAX_REREAD = 3

_LEVELS = {"village", "commune", "district", "province", "unknown"}
_AMOUNT = re.compile(rf"({NUMBER_PATTERN})\s*([^\W\d_][^\d,;:()]*)")


@dataclass(frozen=True)
class Bound:
    """Per-year limits for the money of one level of place, with where they come from."""

    level: str
    per_year_max_vnd: int
    total_per_year_min_vnd: int
    reasoning: str
    source: str
    examples: tuple[str, ...]  # wording of the kind the bound exists to catch


def _example_amount(example: str) -> int | None:
    """The amount written in a bound's example, in đồng, or None if it has none."""
    for m in _AMOUNT.finditer(example):
        words = m.group(2).split()
        for n in range(len(words), 0, -1):
            try:
                return to_vnd(m.group(1), " ".join(words[:n]))
            except (MoneyUnitError, ValueError):
                continue
    return None


def parse_bounds(text: str, *, source: str = BOUNDS_FILE) -> dict[str, Bound]:
    """Bounds by level from TOML ``text``; every bad entry is reported in one LexiconError.

    Each bound must name a known level once, have a ceiling above its floor, say why and
    where from, and give examples whose amounts the ceiling rejects."""
    data = parse_data(text, source=source)
    problems = Problems(source)
    bounds: dict[str, Bound] = {}
    for where, entry in entries(data, "bound", problems):
        level = problems.require(where, entry, "level", str)
        ceiling = problems.require(where, entry, "per_year_max_vnd", int)
        floor = problems.require(where, entry, "total_per_year_min_vnd", int)
        reasoning = problems.require(where, entry, "reasoning", str)
        cited = problems.require(where, entry, "source", str)
        examples = problems.require_examples(where, entry)
        if level is not None and level not in _LEVELS:
            problems.add(where, f"unknown level {level!r} (one of {sorted(_LEVELS)})")
            continue
        if level in bounds:
            problems.add(where, f"level {level!r} is bounded twice")
        if ceiling is not None and floor is not None and not 0 <= floor < ceiling:
            problems.add(where, "needs 0 <= total_per_year_min_vnd < per_year_max_vnd")
        for example in examples if ceiling is not None else ():
            amount = _example_amount(example)
            problems.check_example(
                where, example, amount is not None and amount > ceiling, "the ceiling"
            )
        if None in (level, ceiling, floor, reasoning, cited) or not examples:
            continue
        bounds[level] = Bound(level, ceiling, floor, reasoning, cited, examples)
    missing = _LEVELS - set(bounds)
    if missing and not problems:
        problems.add("bound", f"no bound for {sorted(missing)}")
    problems.raise_if_any()
    return bounds


@cache
def load_bounds() -> dict[str, Bound]:
    """The packaged ``baocao/audit/bounds.toml``."""
    text = read_audit_file(BOUNDS_FILE)
    return parse_bounds(text)


def _level_name(level: Level | None) -> str:
    return str(level) if level is not None else "unknown"


def _scientific(amount: int) -> str:
    """10^18 rather than a 19-digit number: "2×10^18"."""
    if amount <= 0:
        return str(amount)
    exponent = len(str(amount)) - 1
    mantissa = Decimal(amount) / Decimal(10) ** exponent
    head = vn(mantissa, decimals_of(mantissa))
    return f"{head}×10^{exponent}" if head != "1" else f"10^{exponent}"


def check_bounds(
    facts: Sequence[IdFact], *, report: Report | None = None, bounds: dict[str, Bound] | None = None
) -> list[Finding]:
    """Amounts above their level's yearly ceiling, programme totals below its floor."""
    table = bounds if bounds is not None else load_bounds()
    findings = []
    for fid, fact in facts:
        if not isinstance(fact, Funding):
            continue
        level = _level_name(level_of(fact.region, fact.region_code, report))
        bound = table.get(level) or table["unknown"]
        period = period_of(fact, report)
        years = period_years(period)
        ceiling = bound.per_year_max_vnd * max(years, 1.0)
        where = f"a {level}" if level != "unknown" else "any place in the country"
        span = f"in {period}" if period else "over the whole programme"
        written = in_unit(fact.amount_vnd, fact.unit_written)
        if fact.amount_vnd > ceiling:
            explain = (
                f"{written} {fact.unit_written} = {_scientific(fact.amount_vnd)} đồng, "
                f"beyond what {where} could have {span} "
                f"(at most {_scientific(int(ceiling))} đồng, see bounds.toml)"
            )
            findings.append(finding(KIND, Severity.HIGH, explain, Where(fid, fact), [fid]))
        elif fact.source == "total" and fact.amount_vnd < bound.total_per_year_min_vnd:
            explain = (
                f"programme total {vnd(fact.amount_vnd)} is below what {where} spends "
                f"in a year (at least {vnd(bound.total_per_year_min_vnd)}, see bounds.toml)"
            )
            findings.append(finding(KIND, Severity.MEDIUM, explain, Where(fid, fact), [fid]))
    return findings


@dataclass(frozen=True)
class Reading:
    """One amount read in another unit."""

    index: int  # which part (or -1 for the total)
    amount_vnd: int
    unit: str
    tolerance: float  # the rounding of the amount written in this unit


def readings(fact: Funding, index: int) -> list[Reading]:
    """The amount as it would be in each other unit, when the written unit is known."""
    factor = unit_factor(fact.unit_written)
    if factor is None or fact.amount_vnd <= 0:
        return []  # zero is zero in any unit
    out = []
    for unit, other in CANONICAL_UNITS.items():
        if other == factor:
            continue
        scaled = Decimal(fact.amount_vnd) * other / factor
        if scaled == scaled.to_integral_value():
            out.append(Reading(index, int(scaled), unit, tolerance_in(int(scaled), other)))
    return out


def _as_written(fact: Funding, reading: Reading) -> str:
    """The number as written with the other unit: "2.000.000.000 đồng"."""
    return f"{in_unit(fact.amount_vnd, fact.unit_written)} {reading.unit}"


def reread_to_fit(block: FundingBlock) -> list[Finding]:
    """unit_implausible findings for the one smallest set of amounts whose re-reading makes
    the parts add up to the total; [] when there is none or more than one.

    Each re-read amount brings the rounding of its new unit, not of the one written."""
    parts = list(block.parts)
    tid, total = block.total
    options = [readings(f, i) for i, (_, f) in enumerate(parts)]
    tolerances = [amount_tolerance(f) for _, f in parts]
    total_tol = amount_tolerance(total)
    diff = measure(block).difference
    solutions: list[tuple[Reading, ...]] = []
    for chosen in subsets(len(parts), MAX_REREAD):
        if solutions and len(chosen) > len(solutions[0]):
            break  # only the smallest re-readings count
        kept = total_tol + sum(t for i, t in enumerate(tolerances) if i not in chosen)
        solutions.extend(_fits(chosen, options, parts, diff, kept))
    # The total itself may be the misread amount.
    parts_sum = diff + total.amount_vnd
    parts_tol = sum(tolerances)
    total_fits = [
        r for r in readings(total, -1) if abs(r.amount_vnd - parts_sum) <= parts_tol + r.tolerance
    ]
    if len(solutions) + len(total_fits) != 1:
        return []
    ids = [tid, *(fid for fid, _ in parts)]
    if total_fits:
        r = total_fits[0]
        explain = (
            f"read as {_as_written(total, r)} (not {total.unit_written}) the total is "
            f"{vnd(r.amount_vnd)}, what its parts sum to"
        )
        return [finding(KIND, Severity.HIGH, explain, Where(tid, total), ids)]
    findings = []
    for r in solutions[0]:
        fid, fact = parts[r.index]
        explain = (
            f"read as {_as_written(fact, r)} (not {fact.unit_written}) the parts sum to the "
            f"stated total {vnd(total.amount_vnd)}"
        )
        findings.append(finding(KIND, Severity.HIGH, explain, Where(fid, fact), ids))
    return findings


def _fits(
    chosen: tuple[int, ...],
    options: list[list[Reading]],
    parts: list[tuple[int, Funding]],
    diff: int,
    kept_tolerance: float,
) -> list[tuple[Reading, ...]]:
    """Re-readings of the ``chosen`` parts that cancel ``diff`` (parts minus total)."""
    out = []
    for combo in itertools.product(*(options[i] for i in chosen)):
        change = sum(r.amount_vnd - parts[r.index][1].amount_vnd for r in combo)
        tolerance = kept_tolerance + sum(r.tolerance for r in combo)
        if abs(diff + change) <= tolerance:
            out.append(combo)
    return out


def subsets(n: int, most: int) -> itertools.chain[tuple[int, ...]]:
    """Index subsets of ``range(n)``, smallest first, of size 1..most."""
    return itertools.chain.from_iterable(
        itertools.combinations(range(n), k) for k in range(1, min(most, n) + 1)
    )
