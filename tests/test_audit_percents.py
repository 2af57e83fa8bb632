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


def test_decimals_are_the_ones_written_else_the_fewest_that_express_the_value() -> None:
    assert stated_decimals(2, 7.9) == 2  # "chiếm tỷ lệ 7,90%"
    assert stated_decimals(0, 20.0) == 0
    assert stated_decimals(None, 7.25) == 2  # a fact stored without them
    assert stated_decimals(None, 20.0) == 0


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
        percent_decimals=1,
    )
    assert check_percents(doc.facts) == []
    doc.funding(
        "Vốn tín dụng: 17.903,8 triệu đồng, chiếm tỷ lệ 7,90%",
        17_903_800_000,
        source="credit",
        unit_written="triệu đồng",
        percent_stated=7.9,
        percent_decimals=2,
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


# -- a rate against the count and base written with it ----------------------------------


@pytest.mark.parametrize(
    ("quote", "value", "part", "whole", "decimals"),
    [
        ("có 612/680 hộ dùng nước hợp vệ sinh, đạt 90%", 90.0, 612, 680, 0),
        ("còn 31 hộ cận nghèo trên tổng số 1.240 hộ, chiếm 2,5%", 2.5, 31, 1240, 1),
        ("1.340 tiêu chí/1.520 tiêu chí đạt, bằng 88,15%", 88.15, 1340, 1520, 2),  # truncated
        ("đã cứng hóa 11,7 km/12,4 km, đạt 94,4%", 94.4, 11.7, 12.4, 1),  # rounded amounts
    ],
)
def test_a_rate_that_its_count_and_base_give_is_consistent(
    quote: str, value: float, part: float, whole: float, decimals: int
) -> None:
    doc = Doc()
    doc.percentage(quote, value, part=part, whole=whole, value_decimals=decimals)
    assert check_percents(doc.facts) == []


def test_a_rate_that_its_count_and_base_do_not_give_is_flagged() -> None:
    doc = Doc()
    doc.percentage(
        "có 612/680 hộ dùng nước hợp vệ sinh, đạt 95%", 95.0, part=612, whole=680, value_decimals=0
    )
    (f,) = check_percents(doc.facts)
    assert f.kind == "percent_mismatch" and f.severity == Severity.HIGH
    assert f.explain == "612/680 = 90,00%, stated 95%"
    assert f.fact_ids == (1,) and f.quote.endswith("đạt 95%")


def test_a_trailing_zero_written_holds_a_rate_to_its_places() -> None:
    # 2.040/2.400 = 85%: "85,0%" is exact; "85,10%" claims two places it does not have.
    doc = Doc()
    doc.percentage("2.040/2.400 hộ, chiếm 85,0%", 85.0, part=2040, whole=2400, value_decimals=1)
    doc.percentage("2.040/2.400 hộ, chiếm 85,10%", 85.1, part=2040, whole=2400, value_decimals=2)
    (f,) = check_percents(doc.facts)
    assert f.fact_ids == (2,) and f.explain.endswith("stated 85,10%")


@pytest.mark.parametrize(
    "fields",
    [
        {"approx": "khoảng"},  # "khoảng 95%": no rounding to hold it to
        {"value_max": 96.0},  # a range
        {"unit": "tiêu chí/xã"},  # an average, not a share
        {"whole": None},  # "có 612 hộ, chiếm 95%": no base written
        {"whole": 0.0},
    ],
)
def test_a_rate_without_a_plain_count_and_base_is_not_judged(fields: dict[str, object]) -> None:
    doc = Doc()
    doc.percentage("có 612/680 hộ, đạt 95%", 95.0, **{"part": 612, "whole": 680, **fields})
    assert check_percents(doc.facts) == []


def _shares_after(after: str) -> list[str]:
    """A breakdown of 200 tỷ whose credit line states 60% with ``after`` written right
    after the percent: the findings' quotes."""
    doc = Doc()
    doc.funding("Tổng vốn huy động năm 2023 đạt 200 tỷ đồng, trong đó:", 200_000_000_000)
    doc.funding(
        "ngân sách nhà nước 100 tỷ đồng, chiếm 50%",
        100_000_000_000,
        source="central+province",
        percent_stated=50.0,
    )
    doc.text = doc.text[:-1] + "; "  # one sentence
    doc.funding(
        "vốn tín dụng 60 tỷ đồng, chiếm 60%", 60_000_000_000, source="credit", percent_stated=60.0
    )
    doc.text = doc.text[:-1] + after + "\n"
    return [f.quote for f in check_percents(doc.facts, text=doc.text)]


@pytest.mark.parametrize(
    "after", [" so với vốn ngân sách.", " vốn ngân sách nhà nước;", " kế hoạch."]
)
def test_a_share_naming_another_base_is_not_held_to_the_total(after: str) -> None:
    assert _shares_after(after) == []


@pytest.mark.parametrize(
    "after", [".", " tổng nguồn vốn.", " tổng vốn huy động của huyện;", "; và"]
)
def test_a_share_of_the_total_or_of_no_named_base_is_held_to_the_total(after: str) -> None:
    assert _shares_after(after) == ["vốn tín dụng 60 tỷ đồng, chiếm 60%"]


@pytest.mark.parametrize(("approx", "flagged"), [("hơn", False), (None, True)])
def test_a_share_of_an_approximate_total_is_not_held_to_it(
    approx: str | None, flagged: bool
) -> None:
    doc = Doc()
    said = f"{approx} " if approx else ""
    doc.funding(f"Tổng vốn huy động đạt {said}1.000 tỷ đồng, trong đó:", 10**12, approx=approx)
    doc.funding(
        "ngân sách 300 tỷ đồng, chiếm 27%", 300 * 10**9, source="central", percent_stated=27.0
    )
    doc.funding(
        "vốn tín dụng 787 tỷ đồng, chiếm 73%", 787 * 10**9, source="credit", percent_stated=73.0
    )
    assert bool(check_percents(doc.facts)) == flagged


@pytest.mark.parametrize(
    ("quote", "stated"),
    [
        ("40/40 xã đạt chuẩn nông thôn mới (cả nước là 52,4%)", 52.4),
        ("25/25 xã về đích (100%; bình quân toàn quốc 61,3%)", 61.3),
        ("18/24 xã đạt chuẩn (tỷ lệ của toàn tỉnh 71%)", 71.0),
    ],
)
def test_a_share_of_another_place_in_brackets_is_not_the_counts_share(
    quote: str, stated: float
) -> None:
    doc = Doc()
    met, total = (int(n) for n in quote.split(" ", 1)[0].split("/"))
    doc.coverage(quote, met, total, percent_stated=stated)
    assert check_percents(doc.facts) == []


def test_a_wrong_share_of_the_count_itself_beside_another_place_is_still_flagged() -> None:
    doc = Doc()
    quote = "18/24 xã đạt chuẩn (đạt 70%, cả nước 52%)"
    doc.coverage(quote, 18, 24, percent_stated=70.0)
    (f,) = check_percents(doc.facts)
    assert f.explain.startswith("18/24 = 75,00%")
