"""Numbers as Vietnamese reports write them.

Vietnamese writes "." between thousands and "," before decimals: "6.281,0" is 6281.0,
"14.808.000.000" is 14 808 000 000, "0,56" is 0.56. Reports also carry English-style numbers
(copied from spreadsheets) and OCR noise, so :func:`parse_number` decides the ambiguous cases
by these rules, in order:

1. Surrounding whitespace and one trailing "." or "," (sentence punctuation: "năm 2020.")
   are not part of the number. A leading "-", "−" or "+" is a sign.
2. Spaces (also no-break and thin spaces) between groups of exactly three digits are
   thousands separators: "1 234" is 1234, "1 234,5" is 1234.5.
3. Only digits: an integer ("04" is 4).
4. Dots between groups of exactly three digits, optionally followed by "," and decimals, are
   Vietnamese thousands: "484.574" is 484574, "1.234.567,89" is 1234567.89.
5. Two or more commas between three-digit groups, optionally followed by "." and decimals,
   are English thousands: "1,234,567" is 1234567, "1,234,567.5" is 1234567.5.
6. Commas between three-digit groups followed by "." and decimals is English: "1,234.5".
7. A single "," is the Vietnamese decimal separator, whatever follows: "2,155" is 2.155,
   "1,500" is 1.5.
8. A single "." not followed by a valid three-digit group (rule 4) is an English decimal
   point: "74.2" is 74.2, "0.5" is 0.5, "1234.567" is 1234.567.
9. Anything else ("1.2.3", "1,2,3" with short groups, "12.3456,7", letters) raises
   :class:`NumberFormatError`.

:data:`NUMBER_PATTERN` finds the same numbers inside text. It is stricter than the parser in
one respect: it does not join groups separated by ordinary spaces ("gồm 9 phường và 6 xã",
"năm 2019 100 hộ" must stay separate numbers), only by no-break or thin spaces.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

__all__ = [
    "NUMBER_PATTERN",
    "NumberFormatError",
    "decimals_written",
    "format_number",
    "parse_number",
]


class NumberFormatError(ValueError):
    """The text is not a number as Vietnamese reports write them."""


_THIN_SPACES = "\u00a0\u202f\u2009"

#: One number as written in a report (see the module docstring for the forms). Not preceded
#: by a letter or digit ("km2" has no number), not followed by a digit or by a separator and
#: a digit (so "1.2.3" yields nothing rather than a piece). Letters may follow ("10km").
#: No capture groups: embed it freely.
NUMBER_PATTERN = (
    r"(?<![\w])(?<!\d[.,])"
    r"(?:"
    r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"  # 1.234.567,89 (Vietnamese)
    r"|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?"  # 1,234,567(.5) (English)
    r"|\d{1,3}(?:,\d{3})+\.\d+"  # 1,234.5 (English)
    rf"|\d{{1,3}}(?:[{_THIN_SPACES}]\d{{3}})+(?:,\d+)?"  # 1 234,5 (no-break spaces)
    r"|\d+(?:[.,]\d+)?"  # 2,155  74.2  100  04
    r")"
    r"(?!\d)(?![.,]\d)"
)

_SIGN = re.compile(r"^([-−+])\s*")
_SPACED = re.compile(rf"\d{{1,3}}(?:[ {_THIN_SPACES}]\d{{3}})+(?:,\d+)?")
_DIGITS = re.compile(r"\d+")
_VI_THOUSANDS = re.compile(r"(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?")
_EN_MANY_COMMAS = re.compile(r"(\d{1,3}(?:,\d{3}){2,})(?:\.(\d+))?")
_EN_MIXED = re.compile(r"(\d{1,3}(?:,\d{3})+)\.(\d+)")
_ONE_SEPARATOR = re.compile(r"(\d+)[.,](\d+)")


def _split(text: str) -> tuple[str, str, str]:
    """``(sign, integer digits, decimal digits)`` of a written number, by the module rules."""
    s = text.strip()
    if s[-1:] in (".", ","):
        s = s[:-1]
    sign = ""
    m = _SIGN.match(s)
    if m:
        sign = "-" if m.group(1) in "-−" else ""
        s = s[m.end() :]
    if _SPACED.fullmatch(s):
        s = re.sub(rf"[ {_THIN_SPACES}]", "", s)
    if _DIGITS.fullmatch(s):
        return sign, s, ""
    for pattern, group_separator in (
        (_VI_THOUSANDS, "."),
        (_EN_MANY_COMMAS, ","),
        (_EN_MIXED, ","),
    ):
        m = pattern.fullmatch(s)
        if m:
            return sign, m.group(1).replace(group_separator, ""), m.group(2) or ""
    m = _ONE_SEPARATOR.fullmatch(s)
    if m:
        return sign, m.group(1), m.group(2)
    raise NumberFormatError(f"not a number: {text!r}")


def parse_number(text: str) -> Decimal:
    """The value of one written number: "6.281,0" → Decimal("6281.0"), "2,155" → 2.155.

    The result keeps the decimals written ("6.281,0" has one), so ``str`` shows them.
    Raises :class:`NumberFormatError` (a ValueError) for anything else.
    """
    sign, whole, decimals = _split(text)
    try:
        return Decimal(f"{sign}{whole}.{decimals}" if decimals else f"{sign}{whole}")
    except InvalidOperation as e:  # unreachable for digit strings, kept for safety
        raise NumberFormatError(f"not a number: {text!r}") from e


def decimals_written(text: str) -> int:
    """How many digits follow the decimal separator: "63,34" → 2, "484.574" → 0."""
    return len(_split(text)[2])


def format_number(value: int | float | Decimal | str, decimals: int = 0) -> str:
    """``value`` written the Vietnamese way, rounded half-up to ``decimals`` places:
    ``format_number(6281, 1)`` → "6.281,0", ``format_number(Decimal("0.555"), 2)`` → "0,56"."""
    if decimals < 0:
        raise ValueError(f"decimals must be >= 0, got {decimals}")
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    if not number.is_finite():
        raise ValueError(f"cannot format {value!r}")
    quantum = Decimal(1).scaleb(-decimals)
    rounded = number.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{grouped},{fraction}" if decimals else f"{sign}{grouped}"
