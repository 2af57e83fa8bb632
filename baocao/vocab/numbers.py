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

Numbers are also written in words ("hai tỷ", "một nghìn", "ba trăm năm mươi"):
:data:`NUMBER_WORDS_PATTERN` finds such a run and :func:`parse_number_words` reads it, by
the usual Vietnamese reading (:func:`number_words` writes it, for the round trip): "mươi"
multiplies the digit before by ten, "mười" is ten, "trăm" a hundred, "linh"/"lẻ" an empty
tens place, "nghìn"/"ngàn", "triệu", "tỷ"/"tỉ" scale what comes before ("một nghìn tỷ" is
10^12); "mốt", "tư", "lăm" are 1, 4, 5 after a tens word.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from baocao.errors import NumberFormatError

__all__ = [
    "NUMBER_PATTERN",
    "NUMBER_WORDS_PATTERN",
    "NumberFormatError",
    "decimals_written",
    "format_number",
    "number_words",
    "number_words_pattern",
    "parse_number",
    "parse_number_words",
    "words_value",
]


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


def decimals_written(text: str | Decimal) -> int:
    """How many digits follow the decimal separator: "63,34" → 2, "484.574" → 0; of a number
    :func:`parse_number` read, as written (``parse_number("7,90")`` → 2)."""
    if isinstance(text, Decimal):
        exponent = text.as_tuple().exponent
        return max(-exponent, 0) if isinstance(exponent, int) else 0
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


# -- numbers in words -----------------------------------------------------------------------

_DIGIT_WORDS = {
    "không": 0,
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
_SCALE_WORDS = {"nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000, "tỷ": 10**9, "tỉ": 10**9}
_TENS_WORDS = ("mươi", "mười")
_HUNDRED_WORD = "trăm"
_EMPTY_TENS = ("linh", "lẻ")
_NUMBER_WORDS = (*_DIGIT_WORDS, *_SCALE_WORDS, *_TENS_WORDS, _HUNDRED_WORD, *_EMPTY_TENS)
# A digit word or "mười" must open the run: "năm", "tư" alone are a year and an ordinal, so
# a run needs two words or a word other than those.
_WORD = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_OPENING = "|".join(sorted((*_DIGIT_WORDS, "mười"), key=len, reverse=True))


def number_words_pattern(*, lazy: bool = False) -> str:
    """A run of Vietnamese number words ("hai trăm năm mươi", "một nghìn"), case-insensitive,
    never inside a word, not a lone ambiguous "năm", "tư" or "không". ``lazy`` takes as few
    words as the pattern after it allows ("hai" before "tỷ đồng", not "hai tỷ" before "đồng").
    No capture groups."""
    more = "*?" if lazy else "*"
    return (
        rf"(?<![^\W\d_])(?i:(?!(?:năm|tư|không)(?![^\W\d_])(?!\s+(?:{_WORD})(?![^\W\d_])))"
        rf"(?:{_OPENING})(?:\s+(?:{_WORD})(?![^\W\d_])){more})(?![^\W\d_])"
    )


#: :func:`number_words_pattern`, greedy.
NUMBER_WORDS_PATTERN = number_words_pattern()


def parse_number_words(text: str) -> int:
    """The value of a number written in words: "hai mươi mốt" → 21, "một trăm linh năm" →
    105, "một nghìn" → 1000, "hai tỷ ba trăm triệu" → 2_300_000_000. Raises
    :class:`NumberFormatError` for any other word or an order no reader would write."""
    words = text.lower().split()
    if not words:
        raise NumberFormatError(f"not a number in words: {text!r}")
    total = 0  # the value of the scaled groups read so far
    last_scale = 0
    group = 0  # the current group below a thousand
    digit: int | None = None
    for word in words:
        if word in _DIGIT_WORDS:
            if digit is not None:
                raise NumberFormatError(f"two digits in a row in {text!r}")
            digit = _DIGIT_WORDS[word]
        elif word == "mươi":
            if digit is None or group % 100:
                raise NumberFormatError(f"'mươi' without its digit in {text!r}")
            group += digit * 10
            digit = None
        elif word == "mười":
            if digit is not None or group % 100:
                raise NumberFormatError(f"misplaced 'mười' in {text!r}")
            group += 10
        elif word == _HUNDRED_WORD:
            if digit is None or group:
                raise NumberFormatError(f"'trăm' without its digit in {text!r}")
            group += digit * 100
            digit = None
        elif word in _EMPTY_TENS:
            if digit is not None or group % 100:
                raise NumberFormatError(f"misplaced {word!r} in {text!r}")
        elif word in _SCALE_WORDS:
            scale = _SCALE_WORDS[word]
            value = group + (digit or 0)
            if last_scale and scale > last_scale:  # "một nghìn tỷ": scales what came before
                total = (total + value) * scale
            else:
                if value == 0:
                    raise NumberFormatError(f"{word!r} scales nothing in {text!r}")
                total += value * scale
            last_scale = scale
            group, digit = 0, None
        else:
            raise NumberFormatError(f"not a number word: {word!r} in {text!r}")
    return total + group + (digit or 0)


_UNITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def _group_words(n: int, *, full: bool) -> list[str]:
    """Words of 0 < n < 1000; ``full`` writes the empty hundreds ("không trăm linh năm")."""
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    words: list[str] = []
    if hundreds or full:
        words += [_UNITS[hundreds], "trăm"]
    if tens == 0:
        if units and words:
            words.append("linh")
    elif tens == 1:
        words.append("mười")
    else:
        words += [_UNITS[tens], "mươi"]
    if units:
        if units == 1 and tens >= 2:
            words.append("mốt")
        elif units == 5 and tens >= 1:
            words.append("lăm")
        else:
            words.append(_UNITS[units])
    return words


def number_words(n: int) -> str:
    """A positive integer as Vietnamese words: 21 → "hai mươi mốt", 1000 → "một nghìn",
    10^12 → "một nghìn tỷ"."""
    if n <= 0:
        raise ValueError(f"number_words needs a positive integer, got {n}")
    billions, rest = divmod(n, 10**9)
    words: list[str] = []
    if billions:
        words += [*number_words(billions).split(), "tỷ"]
    for scale, name in ((10**6, "triệu"), (10**3, "nghìn"), (1, "")):
        group = rest // scale % 1000
        if group:
            words += _group_words(group, full=bool(words))
            if name:
                words.append(name)
    return " ".join(words)


def words_value(written: str) -> int | None:
    """The value of a count written in words ("hai" → 2, "hai mươi mốt" → 21), or None for
    words that are no count: "số", "các", "mười năm" (ten years; fifteen is "mười lăm")."""
    words = written.lower().split()
    if len(words) > 1 and words[-1] == "năm":
        return None
    try:
        return parse_number_words(written) if words else None
    except NumberFormatError:
        return None
