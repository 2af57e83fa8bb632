"""Money units and amounts in đồng.

The unit words live in ``baocao/data/units.toml``: each written form ("tr.đ", "tỉ đồng",
"VNĐ") with its canonical unit ("triệu đồng") whose multiplier turns an amount into đồng.
:func:`to_vnd` is exact (Decimal arithmetic) and never second-guesses the unit: "2.000.000.000
tỷ đồng" is 2×10^18 đồng, which the auditor flags as implausible.

Amounts are also written with a scale word before the unit ("hơn 1 nghìn tỷ đồng", "1,044
triệu tỷ đồng": the ``[[scale]]`` entries of units.toml) and with a smaller unit after the
larger one ("2 tỷ 735 triệu": :func:`tail_at`); :func:`amount_value` reads the first and
:func:`money_to_vnd` adds the second.

A unit written with no currency word ("triệu", "tỷ") is no unit before a measure of the
``[[measure]]`` entries: "hiến 3 triệu m2 đất", "2,9 triệu ngày công" count land and labour.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from baocao.data.lexicon import Problems, entries, load_data
from baocao.errors import MoneyUnitError
from baocao.vocab.numbers import (
    NUMBER_PATTERN,
    NumberFormatError,
    parse_number,
    parse_number_words,
)

__all__ = [
    "CANONICAL_UNITS",
    "SCALE_PATTERN",
    "UNIT_PATTERN",
    "amount_value",
    "money_to_vnd",
    "tail_at",
    "MoneyUnit",
    "MoneyUnitError",
    "parse_money_unit",
    "to_vnd",
]

DATA_FILE = "units.toml"


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
    scales: dict[str, int]  # lower-cased scale word → factor ("nghìn" → 1000)
    scale_pattern: str
    big_pattern: str  # the units a scale word may stand before (a million đồng or more)


def _spaced(words: str) -> str:
    """``words`` as a regex body with any whitespace between them."""
    return r"\s+".join(re.escape(w) for w in words.split())


def _form_pattern(written: str, not_followed_by: tuple[str, ...] = ()) -> str:
    """One written form as a regex body: any whitespace between its words."""
    body = _spaced(written)
    guards = "".join(rf"(?!\s+{_spaced(w)}(?!\w))" for w in not_followed_by)
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
    measures: list[str] = []
    for where, entry in entries(data, "measure", problems):
        written = problems.require(where, entry, "written", str)
        problems.require_examples(where, entry)
        if written is not None:
            measures.append(_key(written))
    by_key: dict[str, tuple[str, int]] = {}
    forms: dict[str, str] = {}  # key → regex body
    for where, entry in entries(data, "unit", problems):
        written = problems.require(where, entry, "written", str)
        unit = problems.require(where, entry, "canonical", str)
        examples = problems.require_examples(where, entry)
        not_followed_by = problems.require_strings(where, entry, "not_followed_by")
        if problems.require(where, entry, "bare", bool, optional=True, default=False):
            # "3 triệu m2 đất": a bare unit word before a measure counts that measure
            not_followed_by += tuple(measures)
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
        for example in examples:
            found = re.search(_words_pattern(written, not_followed_by), example, re.IGNORECASE)
            problems.check_example(where, example, found is not None, f"{written!r}")
    scales: dict[str, int] = {}
    for where, entry in entries(data, "scale", problems):
        written = problems.require(where, entry, "written", str)
        factor = problems.require(where, entry, "factor", int)
        examples = problems.require_examples(where, entry)
        if written is None or factor is None:
            continue
        if factor < 2:
            problems.add(where, f"factor must be above 1: {factor!r}")
        scales[_key(written)] = factor
        for example in examples:
            found = re.search(_words_pattern(written), example, re.IGNORECASE)
            problems.check_example(where, example, found is not None, f"{written!r}")
    problems.raise_if_any()

    def alternation(keys: list[str]) -> str:
        # Longest first, so "triệu đồng" wins over "triệu" and "tr.đ" over "tr".
        ordered = sorted(keys, key=len, reverse=True)
        body = "|".join(forms.get(k) or _form_pattern(k) for k in ordered)
        return rf"(?i:(?<![^\W\d_])(?:{body})(?!\w))"

    big = [k for k, (_, multiplier) in by_key.items() if multiplier >= 1_000_000]
    return _Lexicon(
        by_key=by_key,
        pattern=alternation(list(forms)),
        scales=scales,
        scale_pattern=alternation(list(scales)),
        big_pattern=alternation(big),
    )


def _unit_pattern() -> str:
    return _lexicon().pattern


#: One money unit as written ("triệu đồng", "tr.đ", "tỷ", "VNĐ"), case-insensitive, with any
#: whitespace between its words; never inside a word ("tr" does not match in "trong").
#: No capture groups: embed it freely.
UNIT_PATTERN: str = _unit_pattern()

#: A scale word written between a number and a unit of a million đồng or more ("1 nghìn tỷ
#: đồng", "1,044 triệu tỷ"), the lookahead included. No capture groups.
SCALE_PATTERN: str = rf"{_lexicon().scale_pattern}(?=\s*{_lexicon().big_pattern})"

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


_SPACE_AFTER_COMMA = re.compile(r"(?<=\d),\s+(?=\d)")


def amount_value(written: str) -> Decimal:
    """A written amount with its scale word, if any: "1 nghìn" → 1000, "1,044 triệu" →
    1044000, "6.281,0" → 6281.0, "2 nghìn 150" → 2150, "1 ngàn 2 trăm" → 1200; or in
    words: "một nghìn" → 1000. Raises NumberFormatError for anything else."""
    written = _SPACE_AFTER_COMMA.sub(",", written)  # "71, 4" (a typed or scanned space)
    parts = written.split()
    if parts and not parts[0][:1].isdigit():
        return Decimal(parse_number_words(written))
    if len(parts) == 4 and parts[2].isdigit() and len(parts[2]) == 1 and _key(parts[3]) == "trăm":
        # "1 ngàn 2 trăm" (tỷ đồng): thousands, then hundreds, in figures and words
        if _lexicon().scales.get(_key(parts[1])) == 1000:
            return parse_number(parts[0]) * 1000 + int(parts[2]) * 100
        raise NumberFormatError(f"not an amount: {written!r}")
    if len(parts) == 3 and parts[2].isdigit() and len(parts[2]) <= 3:
        # "2 nghìn 150" (tỷ đồng): thousands, then the rest in figures
        if _lexicon().scales.get(_key(parts[1])) == 1000:
            return parse_number(parts[0]) * 1000 + int(parts[2])
        raise NumberFormatError(f"not an amount: {written!r}")
    if len(parts) > 1:
        factor = _lexicon().scales.get(_key(" ".join(parts[1:])))
        if factor is None:
            raise NumberFormatError(f"not an amount: {written!r}")
        return parse_number(parts[0]) * factor
    return parse_number(written)


_TAIL = re.compile(r"[ \t]+(?P<number>\d{1,3})[ \t]*(?P<unit>" + _lexicon().pattern + ")")


def tail_at(text: str, at: int, unit: str) -> re.Match[str] | None:
    """The smaller part written right after an amount whose unit is ``unit``: " 735 triệu"
    after "2 tỷ", " 500 nghìn đồng" after "3 triệu". Its unit must be smaller than ``unit``
    and its number below one ``unit`` ("2 tỷ 1500 triệu" is not one amount)."""
    m = _TAIL.match(text, at)
    if m is None:
        return None
    try:
        head = parse_money_unit(unit).multiplier
        tail = parse_money_unit(m.group("unit")).multiplier
    except MoneyUnitError:
        return None
    if tail >= head or int(m.group("number")) * tail >= head:
        return None
    return m


def money_to_vnd(amount: str, unit: str, tail: str | None = None) -> int:
    """An amount as the text wrote it in đồng: ``money_to_vnd("2", "tỷ", "735 triệu")`` →
    2_735_000_000; ``money_to_vnd("1 nghìn", "tỷ đồng")`` → 10^12."""
    vnd = to_vnd(amount, unit)
    if tail:
        number, _, tail_unit = tail.strip().partition(" ")
        vnd += to_vnd(number, tail_unit.strip())
    return vnd


def to_vnd(amount: str | int | Decimal, unit: str | MoneyUnit) -> int:
    """``amount`` of ``unit`` in whole đồng: to_vnd("40.661,9", "triệu đồng") → 40_661_900_000.

    A string amount is read with :func:`amount_value` (a number, maybe with a scale word).
    The product is exact; a fraction of a đồng (only possible for "0,5 đồng") rounds half up.
    """
    money_unit = unit if isinstance(unit, MoneyUnit) else parse_money_unit(unit)
    value = amount_value(amount) if isinstance(amount, str) else Decimal(amount)
    product = value * money_unit.multiplier
    return int(product.to_integral_value(rounding=ROUND_HALF_UP))


#: A figure in tỷ or triệu đồng ("hơn 1.154 tỷ đồng", "320 triệu đồng", "7.000 tỉ", "1 nghìn
#: tỷ"): the mark of a sentence that states money, for the readers that ask only whether one
#: does. Its units are units.toml's of a million đồng or more, with their guards: "năm 2019,
#: tỷ lệ …" is a year and a rate, no money (the number ends in a digit, "tỷ lệ" is no unit).
MONEY_AMOUNT = re.compile(
    rf"(?i:\d(?:[\d.,]*\d)?\s*(?:{_lexicon().scale_pattern}\s*)?{_lexicon().big_pattern})"
)


@cache
def _amount_pattern() -> re.Pattern[str]:
    return re.compile(rf"({NUMBER_PATTERN})(?:\s*({UNIT_PATTERN}))?")


def amounts_in(
    text: str, bare_factor: int, start: int = 0, end: int | None = None
) -> Iterator[tuple[int, int, int]]:
    """``(start, end, amount in đồng)`` of each amount written in ``text[start:end]``: with
    its unit ("94.330 triệu đồng"), or bare (a table cell) in units of ``bare_factor`` đồng.
    Offsets are into ``text``; numbers that are no amount are skipped."""
    for m in _amount_pattern().finditer(text, start, len(text) if end is None else end):
        try:
            if m.group(2):
                yield m.start(), m.end(), to_vnd(m.group(1), m.group(2))
            else:
                yield m.start(), m.end(), int(parse_number(m.group(1)) * bare_factor)
        except ValueError:
            continue
