"""Money units as reports write them, and amounts in whole đồng."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baocao.normalize.money import (
    CANONICAL_UNITS,
    UNIT_PATTERN,
    MoneyUnit,
    MoneyUnitError,
    parse_money_unit,
    to_vnd,
)
from baocao.normalize.numbers import NUMBER_PATTERN, format_number, parse_number


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
