"""Money units and amounts in đồng.

The unit words live in ``baocao/data/units.toml``: each written form ("tr.đ", "tỉ đồng",
"VNĐ") with its canonical unit ("triệu đồng") whose multiplier turns an amount into đồng.
:func:`to_vnd` is exact (Decimal arithmetic) and never second-guesses the unit: "2.000.000.000
tỷ đồng" is 2×10^18 đồng, which the auditor flags as implausible.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from baocao.data.lexicon import Problems, entries, load_data
from baocao.normalize.numbers import parse_number

__all__ = [
    "CANONICAL_UNITS",
    "UNIT_PATTERN",
    "MoneyUnit",
    "MoneyUnitError",
    "parse_money_unit",
    "to_vnd",
]

DATA_FILE = "units.toml"


class MoneyUnitError(ValueError):
    """The text is not a money unit listed in units.toml."""


@dataclass(frozen=True)
class MoneyUnit:
    """A unit as the text wrote it (``written``, whitespace folded: "triệu"), its canonical
    name ("triệu đồng") and how many đồng one of it is (``multiplier``: 1_000_000)."""

    written: str
    canonical: str
    multiplier: int


@dataclass(frozen=True)
class _Lexicon:
    by_key: dict[str, tuple[str, int]]  # lower-cased written form → (canonical, multiplier)
    pattern: str


def _form_pattern(written: str, not_followed_by: tuple[str, ...] = ()) -> str:
    """One written form as a regex body: any whitespace between its words."""
    body = r"\s+".join(re.escape(w) for w in written.split())
    guards = "".join(rf"(?!\s+{re.escape(w)}(?!\w))" for w in not_followed_by)
    return body + guards


def _words_pattern(written: str, not_followed_by: tuple[str, ...] = ()) -> str:
    """The written form as a regex: any whitespace between its words, no letter around."""
    return rf"(?<![^\W\d_])(?:{_form_pattern(written, not_followed_by)})(?!\w)"


def _key(text: str) -> str:
    return " ".join(text.split()).lower()


@cache
def _lexicon() -> _Lexicon:
    data = load_data(DATA_FILE)
    problems = Problems(DATA_FILE)
    canonical = data.get("canonical")
    multipliers: dict[str, int] = {}
    if not isinstance(canonical, dict) or not canonical:
        problems.add("canonical", "missing table of canonical units and multipliers")
    else:
        for name, value in canonical.items():
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                problems.add(
                    f"canonical.{name}", f"multiplier must be a positive integer: {value!r}"
                )
            else:
                multipliers[name] = value
    by_key: dict[str, tuple[str, int]] = {}
    forms: dict[str, str] = {}  # key → regex body
    for where, entry in entries(data, "unit", problems):
        written = problems.require(where, entry, "written", str)
        unit = problems.require(where, entry, "canonical", str)
        example = problems.require(where, entry, "example", str)
        not_followed_by = problems.require_strings(where, entry, "not_followed_by")
        if written is None or unit is None:
            continue
        if unit not in multipliers:
            problems.add(where, f"canonical unit {unit!r} is not in [canonical]")
            continue
        key = _key(written)
        if key in by_key:
            problems.add(where, f"{written!r} is listed twice")
        by_key[key] = (unit, multipliers[unit])
        forms[key] = _form_pattern(key, not_followed_by)
        if example is not None:
            found = re.search(_words_pattern(written, not_followed_by), example, re.IGNORECASE)
            problems.check_example(where, example, found is not None, f"{written!r}")
    problems.raise_if_any()
    # Longest first, so "triệu đồng" wins over "triệu" and "tr.đ" over "tr".
    body = "|".join(forms[key] for key in sorted(forms, key=len, reverse=True))
    return _Lexicon(by_key=by_key, pattern=rf"(?i:(?<![^\W\d_])(?:{body})(?!\w))")


def _unit_pattern() -> str:
    return _lexicon().pattern


#: One money unit as written ("triệu đồng", "tr.đ", "tỷ", "VNĐ"), case-insensitive, with any
#: whitespace between its words; never inside a word ("tr" does not match in "trong").
#: No capture groups: embed it freely.
UNIT_PATTERN: str = _unit_pattern()

#: Canonical unit name → đồng per unit.
CANONICAL_UNITS: dict[str, int] = {
    canonical: multiplier for canonical, multiplier in _lexicon().by_key.values()
}


def parse_money_unit(text: str) -> MoneyUnit:
    """The unit ``text`` is, e.g. "Triệu  đồng" → MoneyUnit("Triệu đồng", "triệu đồng",
    1_000_000). Raises :class:`MoneyUnitError` for anything not in units.toml."""
    written = " ".join(text.split())
    found = _lexicon().by_key.get(written.lower())
    if found is None:
        raise MoneyUnitError(f"not a money unit: {text!r}")
    canonical, multiplier = found
    return MoneyUnit(written=written, canonical=canonical, multiplier=multiplier)


def to_vnd(amount: str | int | Decimal, unit: str | MoneyUnit) -> int:
    """``amount`` of ``unit`` in whole đồng: to_vnd("40.661,9", "triệu đồng") → 40_661_900_000.

    A string amount is read with :func:`~baocao.normalize.numbers.parse_number`. The product
    is exact; a fraction of a đồng (only possible for "0,5 đồng") rounds half up.
    """
    money_unit = unit if isinstance(unit, MoneyUnit) else parse_money_unit(unit)
    value = parse_number(amount) if isinstance(amount, str) else Decimal(amount)
    product = value * money_unit.multiplier
    return int(product.to_integral_value(rounding=ROUND_HALF_UP))
