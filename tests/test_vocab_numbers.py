"""Numbers as Vietnamese reports write them: "." for thousands, "," for decimals."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from baocao.vocab.numbers import (
    NUMBER_PATTERN,
    NUMBER_WORDS_PATTERN,
    NumberFormatError,
    decimals_written,
    format_number,
    number_words,
    parse_number,
    parse_number_words,
)


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("6.281,0", Decimal("6281.0")),
        ("484.574", Decimal("484574")),
        ("2,155", Decimal("2.155")),
        ("14.808.000.000", Decimal("14808000000")),
        ("0,56", Decimal("0.56")),
        ("100", Decimal("100")),
        ("04", Decimal("4")),
        ("1.234.567,89", Decimal("1234567.89")),
    ],
)
def test_vietnamese_numbers(written: str, value: Decimal) -> None:
    assert parse_number(written) == value


@pytest.mark.parametrize(
    ("written", "value", "rule"),
    [
        ("74.2", Decimal("74.2"), "a dot before 1-2 digits is an English decimal point"),
        ("0.5", Decimal("0.5"), "a dot before 1-2 digits is an English decimal point"),
        ("1234.567", Decimal("1234.567"), "a dot after a 4-digit group cannot be thousands"),
        ("1,500", Decimal("1.5"), "a single comma is always the Vietnamese decimal"),
        ("1,234,567", Decimal("1234567"), "several comma groups are English thousands"),
        ("1,234,567.5", Decimal("1234567.5"), "English thousands with decimals"),
        ("1,234.5", Decimal("1234.5"), "comma groups then a dot: English"),
        ("1 234", Decimal("1234"), "spaces between 3-digit groups are thousands"),
        ("1\u00a0234,5", Decimal("1234.5"), "no-break spaces too"),
        ("2020.", Decimal("2020"), "a trailing full stop is punctuation"),
        ("47,82,", Decimal("47.82"), "a trailing comma is punctuation"),
        (" 15 ", Decimal("15"), "surrounding whitespace is ignored"),
        ("-3,5", Decimal("-3.5"), "a leading minus is a sign"),
    ],
)
def test_ambiguous_cases_follow_the_documented_rules(
    written: str, value: Decimal, rule: str
) -> None:
    assert parse_number(written) == value, rule


@pytest.mark.parametrize("garbage", ["", "abc", "1.2.3", "12.3456,7", "1,2,3", "12a", "..", ","])
def test_garbage_raises_a_value_error(garbage: str) -> None:
    with pytest.raises(NumberFormatError):
        parse_number(garbage)
    assert issubclass(NumberFormatError, ValueError)


@pytest.mark.parametrize(
    ("written", "decimals"),
    [("63,34", 2), ("6.281,0", 1), ("484.574", 0), ("2,155", 3), ("74.2", 1), ("100", 0)],
)
def test_decimals_written(written: str, decimals: int) -> None:
    assert decimals_written(written) == decimals


@pytest.mark.parametrize(
    ("value", "decimals", "written"),
    [
        (6281, 1, "6.281,0"),
        (Decimal("0.555"), 2, "0,56"),
        (14808000000, 0, "14.808.000.000"),
        (-1234567.891, 2, "-1.234.567,89"),
        (0, 0, "0"),
        (999, 0, "999"),
    ],
)
def test_format_number(value: object, decimals: int, written: str) -> None:
    assert format_number(value, decimals) == written  # type: ignore[arg-type]


def test_number_pattern_finds_each_number_whole() -> None:
    text = (
        "năm 2020, tổng 6.281,0 triệu đồng; giai đoạn 2021-2025 đạt 74.2%, 10km; "
        "gồm 9 phường và 6 xã; 1,234,567. Diện tích 155,87 km2."
    )
    found = [m.group() for m in re.finditer(NUMBER_PATTERN, text)]
    assert found == [
        "2020",
        "6.281,0",
        "2021",
        "2025",
        "74.2",
        "10",
        "9",
        "6",
        "1,234,567",
        "155,87",
    ]


def test_number_pattern_matches_nothing_in_malformed_runs() -> None:
    assert re.findall(NUMBER_PATTERN, "mã 1.2.3 và 12.3456,7") == []


def test_number_pattern_has_no_capture_groups() -> None:
    assert re.compile(NUMBER_PATTERN).groups == 0


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_integers_round_trip(n: int) -> None:
    written = format_number(n)
    assert parse_number(written) == n
    assert re.fullmatch(NUMBER_PATTERN, written.lstrip("-"))


@given(
    st.decimals(min_value=0, max_value=10**12, allow_nan=False, allow_infinity=False, places=3),
    st.integers(min_value=0, max_value=3),
)
def test_decimals_round_trip(value: Decimal, decimals: int) -> None:
    written = format_number(value, decimals)
    expected = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    assert parse_number(written) == expected
    assert decimals_written(written) == decimals
    assert re.fullmatch(NUMBER_PATTERN, written)


# -- numbers in words -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("một", 1),
        ("mười", 10),
        ("mười lăm", 15),
        ("hai mươi mốt", 21),
        ("bốn mươi tư", 44),
        ("một trăm linh năm", 105),
        ("ba trăm lẻ hai", 302),
        ("hai trăm năm mươi", 250),
        ("một nghìn", 1_000),
        ("hai ngàn không trăm hai mươi", 2_020),
        ("hai tỷ ba trăm triệu", 2_300_000_000),
        ("một nghìn tỷ", 10**12),
        ("Sáu Trăm", 600),
    ],
)
def test_numbers_in_words(written: str, value: int) -> None:
    assert parse_number_words(written) == value


@pytest.mark.parametrize(
    "garbage", ["", "mươi", "trăm", "hai ba", "nghìn", "một mười", "hai mươi trăm", "xã"]
)
def test_words_that_are_no_number_raise(garbage: str) -> None:
    with pytest.raises(NumberFormatError):
        parse_number_words(garbage)


def test_number_words_pattern_leaves_years_and_ordinals_alone() -> None:
    pattern = re.compile(NUMBER_WORDS_PATTERN)
    assert [m.group() for m in pattern.finditer("năm 2020, lần thứ tư, hai mươi xã")] == [
        "hai mươi"
    ]
    assert pattern.fullmatch("năm mươi")
    assert pattern.search("tư vấn") is None
    assert re.compile(NUMBER_WORDS_PATTERN).groups == 0


@given(st.integers(min_value=1, max_value=10**13))
@example(5)
def test_numbers_in_words_round_trip(n: int) -> None:
    written = number_words(n)
    assert parse_number_words(written) == n
    # A lone "năm" is the word for year far more often than five: the pattern leaves it.
    if written == "năm":
        assert re.fullmatch(NUMBER_WORDS_PATTERN, written) is None
    else:
        assert re.fullmatch(NUMBER_WORDS_PATTERN, written)
