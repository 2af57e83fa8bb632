"""Money units as reports write them, and amounts in whole đồng."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baocao.vocab.money import (
    CANONICAL_UNITS,
    MONEY_AMOUNT,
    SCALE_PATTERN,
    UNIT_PATTERN,
    MoneyUnit,
    MoneyUnitError,
    amount_value,
    amounts_in,
    money_to_vnd,
    parse_money_unit,
    tail_at,
    to_vnd,
)
from baocao.vocab.numbers import NUMBER_PATTERN, format_number, parse_number


@pytest.mark.parametrize(
    ("amount", "unit", "vnd"),
    [
        ("40.661,9", "triệu đồng", 40_661_900_000),
        ("6.281,0", "triệu đồng", 6_281_000_000),
        ("2,155", "tỷ đồng", 2_155_000_000),
        ("14.808.000.000", "đồng", 14_808_000_000),
        ("484.574", "triệu", 484_574_000_000),
        ("109", "tr.đ", 109_000_000),
        ("500", "ngàn đồng", 500_000),
        ("16", "tỉ", 16_000_000_000),
        (Decimal("1.5"), "tỷ VNĐ", 1_500_000_000),
        (7, "VND", 7),
    ],
)
def test_to_vnd_is_exact(amount: str | Decimal, unit: str, vnd: int) -> None:
    assert to_vnd(amount, unit) == vnd


def test_an_implausible_unit_is_never_fixed() -> None:
    assert to_vnd("2.000.000.000", "tỷ đồng") == 2 * 10**18


@pytest.mark.parametrize(
    ("text", "written", "canonical"),
    [
        ("triệu", "triệu", "triệu đồng"),
        ("Triệu  đồng", "Triệu đồng", "triệu đồng"),
        ("tỷ\nđồng", "tỷ đồng", "tỷ đồng"),
        ("tr.đ", "tr.đ", "triệu đồng"),
        ("trđ", "trđ", "triệu đồng"),
        ("VNĐ", "VNĐ", "đồng"),
        ("nghìn đồng", "nghìn đồng", "nghìn đồng"),
        ("tỉ đồng", "tỉ đồng", "tỷ đồng"),
    ],
)
def test_parse_money_unit_keeps_the_written_form(text: str, written: str, canonical: str) -> None:
    unit = parse_money_unit(text)
    assert unit == MoneyUnit(written, canonical, CANONICAL_UNITS[canonical])


@pytest.mark.parametrize("text", ["", "trong", "người", "ha", "triệu người"])
def test_parse_money_unit_rejects_other_words(text: str) -> None:
    with pytest.raises(MoneyUnitError):
        parse_money_unit(text)


def test_unit_pattern_finds_units_but_never_inside_words() -> None:
    text = (
        "giải ngân 109 triệu/217 triệu; hỗ trợ 5tr trong năm; 120 tr.đ; 3 Tỷ đồng; "
        "2 TRIỆU ĐỒNG; 5 VNĐ; đóng góp 10 đ. Trường tiểu học; tỷ lệ 5%; 16 tỉ."
    )
    found = [m.group() for m in re.finditer(UNIT_PATTERN, text)]
    assert found == ["triệu", "triệu", "tr", "tr.đ", "Tỷ đồng", "TRIỆU ĐỒNG", "VNĐ", "đ", "tỉ"]


def test_unit_pattern_prefers_the_longest_form() -> None:
    m = re.search(rf"({NUMBER_PATTERN})\s*({UNIT_PATTERN})", "đạt 1.986.281 triệu đồng")
    assert m is not None and m.group(2) == "triệu đồng"
    assert re.compile(UNIT_PATTERN).groups == 0


def test_canonical_units() -> None:
    assert CANONICAL_UNITS == {
        "đồng": 1,
        "nghìn đồng": 1_000,
        "triệu đồng": 1_000_000,
        "tỷ đồng": 1_000_000_000,
    }


_WRITTEN_FORMS = ["đồng", "nghìn đồng", "ngàn đồng", "triệu đồng", "triệu", "trđ", "tỷ đồng", "tỉ"]


@given(st.integers(min_value=0, max_value=10**16), st.sampled_from(_WRITTEN_FORMS))
def test_amounts_round_trip_through_every_unit(vnd: int, written: str) -> None:
    unit = parse_money_unit(written)
    amount = Decimal(vnd) / unit.multiplier
    places = max(0, -amount.normalize().as_tuple().exponent)  # type: ignore[operator]
    text = f"{format_number(amount, places)} {written}"
    m = re.fullmatch(rf"({NUMBER_PATTERN})\s+({UNIT_PATTERN})", text)
    assert m is not None
    assert to_vnd(m.group(1), m.group(2)) == vnd
    assert to_vnd(parse_number(m.group(1)), unit) == vnd


# -- scale words and amounts in two units -------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "unit", "vnd"),
    [
        ("1 nghìn", "tỷ đồng", 10**12),
        ("3,5 ngàn", "tỷ", 3_500_000_000_000),
        ("1,044 triệu", "tỷ đồng", 1_044_000_000_000_000),
        ("một nghìn", "tỷ đồng", 10**12),
        ("hai trăm năm mươi", "triệu đồng", 250_000_000),
    ],
)
def test_a_scale_word_or_words_multiply_the_amount(amount: str, unit: str, vnd: int) -> None:
    assert to_vnd(amount, unit) == vnd
    assert amount_value(amount) * parse_money_unit(unit).multiplier == vnd


def test_a_scale_word_only_stands_before_a_large_unit() -> None:
    pattern = re.compile(rf"(?:{NUMBER_PATTERN})\s+{SCALE_PATTERN}")
    assert pattern.search("hơn 1 nghìn tỷ đồng")
    assert pattern.search("1,044 triệu tỷ đồng")
    assert pattern.search("500 nghìn đồng") is None  # "nghìn đồng" is the unit itself


@pytest.mark.parametrize(
    "text",
    [
        "xã vận động dân hiến gần 1,3 triệu m2 đất mở đường",
        "nạo vét hơn 2 triệu  m³ bùn kênh",
        "huy động 1,05 triệu ngày  công làm thủy lợi",
        "trồng mới trên 4 triệu cây xanh",
    ],
)
def test_a_bare_unit_word_before_a_measure_is_no_money(text: str) -> None:
    assert re.search(UNIT_PATTERN, text) is None
    assert re.search(UNIT_PATTERN, "dân góp 1,3 triệu/m2 đường") is not None  # money per m2


@pytest.mark.parametrize(
    ("text", "unit", "vnd"),
    [
        ("2 tỷ 735 triệu đồng", "tỷ", 2_735_000_000),
        ("4 triệu 500 nghìn đồng", "triệu", 4_500_000),
        ("7 tỷ 5 triệu", "tỷ", 7_005_000_000),
    ],
)
def test_a_smaller_part_after_the_unit_adds_to_the_amount(text: str, unit: str, vnd: int) -> None:
    number, _, rest = text.partition(" ")
    at = rest.index(" ")
    tail = tail_at(rest, at, unit)
    assert tail is not None
    assert money_to_vnd(number, unit, tail.group()) == vnd


@pytest.mark.parametrize(
    ("after", "unit"),
    [(" 1500 triệu", "tỷ"), (" 35 tỷ", "triệu"), (" 12 xã", "tỷ"), (" 300 triệu", "đồng")],
)
def test_a_figure_after_the_unit_that_cannot_be_its_part_is_not_one(after: str, unit: str) -> None:
    assert tail_at(after, 0, unit) is None


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=1, max_value=999),
    st.sampled_from([("tỷ", "triệu"), ("triệu", "nghìn đồng"), ("tỷ đồng", "triệu đồng")]),
)
def test_two_unit_amounts_round_trip(head: int, part: int, units: tuple[str, str]) -> None:
    big, small = units
    text = f" {part} {small}"
    tail = tail_at(text, 0, big)
    assert tail is not None and tail.end() == len(text)
    expected = head * parse_money_unit(big).multiplier + part * parse_money_unit(small).multiplier
    assert money_to_vnd(str(head), big, tail.group()) == expected


@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(["nghìn", "ngàn", "triệu"]))
def test_scaled_amounts_round_trip(n: int, scale: str) -> None:
    factor = 1_000 if scale in ("nghìn", "ngàn") else 1_000_000
    written = f"{format_number(n)} {scale} tỷ đồng"
    m = re.fullmatch(rf"({NUMBER_PATTERN}\s+{SCALE_PATTERN})\s*({UNIT_PATTERN})", written)
    assert m is not None
    assert to_vnd(m.group(1), m.group(2)) == n * factor * 10**9


def test_thousands_then_the_rest_in_figures() -> None:
    from baocao.vocab.money import money_to_vnd

    assert money_to_vnd("2 nghìn 150", "tỷ đồng") == 2_150_000_000_000
    assert money_to_vnd("1 ngàn 20", "tỷ đồng") == 1_020_000_000_000


def test_amounts_in_a_span_with_their_unit_or_bare_in_the_unit_given() -> None:
    text = "Tổng: 1,2 tỷ đồng; vốn tỉnh 450 triệu đồng | 750 | năm 2024"
    start = text.index("vốn")
    found = [(text[a:b], vnd) for a, b, vnd in amounts_in(text, 10**6, start)]
    assert found == [
        ("450 triệu đồng", 450_000_000),
        ("750", 750_000_000),  # a bare cell, in the block's unit
        ("2024", 2_024_000_000),  # every number is an amount to the caller: it compares
    ]
    assert [vnd for *_, vnd in amounts_in(text, 1, 0, start)] == [1_200_000_000]


def test_an_amount_with_a_space_after_its_decimal_comma_is_one_number() -> None:
    from baocao.vocab.money import amount_value

    assert str(amount_value("54, 7")) == "54.7"
    assert str(amount_value("1.250, 5")) == "1250.5"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("tỉ đ", "tỷ đồng"),
        ("tỷ đ", "tỷ đồng"),
        ("tr. đồng", "triệu đồng"),
        ("tr. đ", "triệu đồng"),
        ("nghìn đ", "nghìn đồng"),
        ("ngàn đ", "nghìn đồng"),
    ],
)
def test_abbreviated_units(text: str, canonical: str) -> None:
    assert parse_money_unit(text).canonical == canonical
    assert re.fullmatch(UNIT_PATTERN, text)


def test_thousands_then_hundreds_in_figures_and_words() -> None:
    assert money_to_vnd("1 ngàn 2 trăm", "tỷ đồng") == 1_200_000_000_000
    assert money_to_vnd("3 nghìn 5 trăm", "tỷ") == 3_500_000_000_000


# -- MONEY_AMOUNT: whether a sentence states money --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "tổng kinh phí hơn 2.315 tỷ đồng",
        "mỗi xã được hỗ trợ 450 triệu đồng",
        "huy động khoảng 8.500 tỉ",
        "vốn lồng ghép gần 1 nghìn tỷ đồng",
        "dân góp 12,5 tỷ, vượt kế hoạch",
    ],
)
def test_money_amount_finds_an_amount_in_millions_or_more(text: str) -> None:
    assert MONEY_AMOUNT.search(text) is not None


@given(
    st.integers(min_value=1990, max_value=2035),
    st.sampled_from([", ", " ", ",\u00a0", " - "]),
    st.sampled_from(["tỷ lệ", "tỉ lệ", "Tỷ lệ", "tỷ trọng", "tỉ trọng"]),
    st.sampled_from(["hộ nghèo giảm còn 3,1%", "xã đạt chuẩn là 64%", " vốn dân góp tăng"]),
)
def test_a_year_before_a_rate_word_is_no_money(year: int, gap: str, rate: str, rest: str) -> None:
    # "tỷ lệ" (a rate) and "tỷ trọng" (a share) are words of their own, never the unit tỷ
    text = f"Đến cuối năm {year}{gap}{rate} {rest}"
    assert MONEY_AMOUNT.search(text) is None


@given(st.integers(min_value=1, max_value=99_999), st.sampled_from(["tỷ", "tỉ", "triệu"]))
def test_an_amount_before_a_rate_word_is_still_money(number: int, unit: str) -> None:
    # "… 40 tỷ, tỷ lệ giải ngân 85%": the amount is money, the rate after it is not
    text = f"huy động {format_number(Decimal(number), 0)} {unit}, tỷ lệ giải ngân 85%"
    m = MONEY_AMOUNT.search(text)
    assert m is not None and m.group().endswith(unit)
