"""Reporting periods written every which way → one canonical string."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baocao.normalize.periods import PERIOD_PATTERN, parse_period, period_years


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("năm 2020", "2020"),
        ("NĂM 2023", "2023"),
        ("2020", "2020"),
        ("giai đoạn 2016-2020", "2016-2020"),
        ("giai đoạn 2016 – 2020", "2016-2020"),
        ("2011-\n2015", "2011-2015"),
        ("năm 2021-2023", "2021-2023"),
        ("3 năm (2016- 2018)", "2016-2018"),
        ("từ năm 2011 đến năm 2015", "2011-2015"),
        ("6 tháng đầu năm 2019", "2019-H1"),
        ("Sáu tháng đầu năm 2019", "2019-H1"),
        ("6 tháng cuối năm 2019", "2019-H2"),
        ("quý I năm 2020", "2020-Q1"),
        ("quý 3/2021", "2021-Q3"),
        ("3 tháng đầu năm 2020", "2020-Q1"),
        ("3 tháng cuối năm 2020", "2020-Q4"),
        ("9 tháng năm 2020", "2020-M01-09"),
        ("9 tháng đầu năm 2020", "2020-M01-09"),
        ("12 tháng năm 2020", "2020"),
        ("tháng 5/2020", "2020-M05"),
        ("tháng 5 năm 2020", "2020-M05"),
    ],
)
def test_parse_period(written: str, period: str) -> None:
    assert parse_period(written) == period


def test_the_first_period_of_a_title_wins() -> None:
    title = "Kết quả thực hiện 6 tháng đầu năm 2019; phương hướng, nhiệm vụ 6 tháng cuối năm 2019"
    assert parse_period(title) == "2019-H1"


@pytest.mark.parametrize(
    "text", ["", "số 5155/QĐ-UBND ngày 29/12/2017", "2021-2019", "trong năm qua", "năm 1850"]
)
def test_no_period(text: str) -> None:
    assert parse_period(text) is None


@pytest.mark.parametrize(
    ("period", "years"),
    [
        ("2020", (2020, 2020)),
        ("2016-2020", (2016, 2020)),
        ("2019-H1", (2019, 2019)),
        ("2020-Q4", (2020, 2020)),
        ("2020-M01-09", (2020, 2020)),
        ("2020-M05", (2020, 2020)),
    ],
)
def test_period_years(period: str, years: tuple[int, int]) -> None:
    assert period_years(period) == years


@pytest.mark.parametrize("bad", ["năm 2020", "2020-H3", "2020-2019", "20", "2020-Q5"])
def test_period_years_rejects_non_canonical(bad: str) -> None:
    with pytest.raises(ValueError):
        period_years(bad)


def test_period_pattern_finds_periods_in_text_without_groups() -> None:
    text = "Báo cáo 6 tháng đầu năm 2019 và kế hoạch giai đoạn 2021 - 2025; ngày 29/12/2017."
    found = [m.group() for m in re.finditer(PERIOD_PATTERN, text)]
    assert found == ["6 tháng đầu năm 2019", "giai đoạn 2021 - 2025"]
    assert re.compile(PERIOD_PATTERN).groups == 0


@given(st.integers(2000, 2040), st.integers(0, 10))
def test_canonical_periods_round_trip(first: int, span: int) -> None:
    written = f"giai đoạn {first}-{first + span}" if span else f"năm {first}"
    period = parse_period(written)
    assert period is not None
    assert period_years(period) == (first, first + span)
    assert parse_period(period) == period  # canonical forms re-read as themselves
