"""percent_mismatch: a stated share against the numbers it is computed from."""

from __future__ import annotations

import pytest
from auditfacts import Doc
from hypothesis import given
from hypothesis import strategies as st

from baocao.audit.percents import check_percents, consistent, stated_decimals
from baocao.model import Severity
from baocao.vocab.numbers import format_number


def test_a_coverage_share_that_is_not_k_over_n_is_flagged() -> None:
    doc = Doc()
    doc.coverage(
        "74/115 xã đạt tiêu chí số 2 (đạt 63,34%)", 74, 115, criterion=2, percent_stated=63.34
    )
    (f,) = check_percents(doc.facts)
    assert f.kind == "percent_mismatch" and f.severity == Severity.HIGH
    assert f.explain == "74/115 = 64,35% (rounded 64,35, truncated 64,34), stated 63,34%"


@pytest.mark.parametrize(
    ("written", "stated"),
    [("47,82", 47.82), ("47,83", 47.83), ("47,8", 47.8), ("48", 48.0)],
)
def test_rounded_or_truncated_shares_are_consistent(written: str, stated: float) -> None:
    # 55/115 = 47,826…: rounds to 47,83, truncates to 47,82; one decimal 47,8; none 48.
    doc = Doc()
    doc.coverage(
        f"55/115 xã đạt tiêu chí số 2 (đạt {written}%)", 55, 115, criterion=2, percent_stated=stated
    )
    assert check_percents(doc.facts) == []


def test_decimals_are_the_ones_written() -> None:
    assert stated_decimals("chiếm tỷ lệ 7,90%", 7.9) == 2
    assert stated_decimals("chiếm tỷ lệ  41,7%", 41.7) == 1
    assert stated_decimals("chiếm 20 %", 20.0) == 0
    assert stated_decimals("no number here", 7.25) == 2


def test_a_trailing_zero_written_makes_the_share_exact_to_two_places() -> None:
    # 17.903,8/227.014 = 7,8867%: "7,9%" is a correct rounding, "7,90%" is not.
    doc = Doc()
    doc.funding(
        "Giai đoạn 2011-2015: 227.014 triệu đồng", 227_014 * 10**6, unit_written="triệu đồng"
    )
    doc.funding(
        "Vốn nhân dân: 17.903,8 triệu đồng, chiếm tỷ lệ 7,9%",
        17_903_800_000,
        source="community",
        unit_written="triệu đồng",
        percent_stated=7.9,
    )
    assert check_percents(doc.facts) == []
    doc.funding(
        "Vốn tín dụng: 17.903,8 triệu đồng, chiếm tỷ lệ 7,90%",
        17_903_800_000,
        source="credit",
        unit_written="triệu đồng",
        percent_stated=7.9,
    )
    (f,) = check_percents(doc.facts)
    assert f.explain.startswith("17.903,8/227.014 = 7,89% (rounded 7,89, truncated 7,88)")
    assert f.explain.endswith("stated 7,90%")
    assert f.fact_ids == (3, 1)


def test_a_funding_share_without_its_total_is_not_judged() -> None:
    doc = Doc()
    doc.funding(
        "Vốn nhân dân: 17.903,8 triệu đồng, chiếm tỷ lệ 9,90%",
        17_903_800_000,
        source="community",
        unit_written="triệu đồng",
        percent_stated=9.9,
    )
    assert check_percents(doc.facts) == []


def test_a_share_of_its_own_whole_is_checked() -> None:
    doc = Doc()
    doc.funding(
        "giải ngân 109 triệu/217 triệu, đạt 50,2%",
        109 * 10**6,
        source="province",
        flow="disbursed",
        unit_written="triệu",
        of_vnd=217 * 10**6,
        percent_stated=50.2,
    )
    assert check_percents(doc.facts) == []
    doc.funding(
        "giải ngân 109 triệu/217 triệu, đạt 52,2%",
        109 * 10**6,
        source="province",
        flow="disbursed",
        unit_written="triệu",
        of_vnd=217 * 10**6,
        percent_stated=52.2,
    )
    (f,) = check_percents(doc.facts)
    assert f.explain.startswith("109/217 = 50,23%")


def test_shares_of_rounded_amounts_get_the_amounts_rounding() -> None:
    # 1/3 written to whole units: 1 could be 1,4 and 3 could be 2,5 → up to 56%.
    doc = Doc()
    doc.funding("Tổng: 3 tỷ đồng", 3 * 10**9, unit_written="tỷ đồng")
    doc.funding(
        "Vốn xã: 1 tỷ đồng, chiếm 40%",
        10**9,
        source="commune",
        unit_written="tỷ đồng",
        percent_stated=40.0,
    )
    doc.funding(
        "Vốn dân: 2 tỷ đồng, chiếm 60%",
        2 * 10**9,
        source="community",
        unit_written="tỷ đồng",
        percent_stated=60.0,
    )
    assert check_percents(doc.facts) == []


@given(
    st.integers(min_value=1, max_value=2000),
    st.integers(min_value=0, max_value=2000),
    st.integers(min_value=0, max_value=3),
    st.booleans(),
)
def test_any_correctly_rounded_or_truncated_share_is_consistent(
    whole: int, part: int, decimals: int, truncate: bool
) -> None:
    part = min(part, whole)
    value = part / whole * 100
    if truncate:
        unit = 10**decimals
        stated = int(value * unit + 1e-9) / unit
    else:
        stated = float(format_number(value, decimals).replace(".", "").replace(",", "."))
    assert consistent(stated, value, value, decimals)


def test_a_share_off_by_more_than_one_last_digit_is_inconsistent() -> None:
    assert not consistent(63.34, 64.3478, 64.3478, 2)
    assert not consistent(7.90, 7.8866, 7.8866, 2)
    assert consistent(7.9, 7.8866, 7.8866, 1)
