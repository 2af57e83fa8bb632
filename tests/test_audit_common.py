"""What the checks share: place keys, periods, number formatting, merging findings."""

from __future__ import annotations

import pytest
from auditfacts import COMMUNE_2023, Doc
from hypothesis import given
from hypothesis import strategies as st

from baocao.audit.common import (
    Where,
    finding,
    level_of,
    merge_findings,
    period_span,
    period_years,
    place_identity,
    split_prefix,
    vn,
    vnd,
)
from baocao.model import Level, Severity
from baocao.vocab.places import parse_place


def test_a_place_is_its_name_without_prefix_case_or_extra_spaces() -> None:
    assert (
        place_identity("xã Cẩm  Ngọc")
        == place_identity("Cẩm Ngọc")
        == place_identity("XÃ CẨM NGỌC")
    )
    assert place_identity("thị trấn Phong Sơn") == "phong sơn"
    assert place_identity("thôn Song Nga") != place_identity("thôn Song")


def test_a_place_with_a_code_is_its_code() -> None:
    assert (
        place_identity("xã Cẩm Ngọc", "16321")
        == place_identity("Cẩm Ngọc xã cũ", "16321")
        == "#16321"
    )


def test_prefixes_split_longest_first() -> None:
    assert split_prefix("Thị xã Bỉm Sơn") == ("thị xã", "bỉm sơn")
    assert split_prefix("Thành phố Đồng Hới") == ("thành phố", "đồng hới")
    assert split_prefix("Đồng Hới") == (None, "đồng hới")


def test_level_comes_from_code_prefix_or_the_reporting_unit() -> None:
    assert level_of(None, "16321", None) == Level.COMMUNE
    assert level_of("huyện Sông Lô", None, None) == Level.DISTRICT
    assert level_of("thành phố Hà Nội", None, None) == Level.PROVINCE
    assert level_of("thành phố Đồng Hới", None, None) == Level.DISTRICT
    assert level_of("Minh Tân", None, COMMUNE_2023) == Level.COMMUNE
    assert level_of("Minh Tân", None, None) is None


@pytest.mark.parametrize("city", ["Hà Nội", "Cần Thơ", "Huế"])
def test_a_city_run_by_the_centre_is_a_province_to_the_auditor_as_to_the_extractor(
    city: str,
) -> None:
    written = f"thành phố {city}"
    parsed = parse_place(written)
    assert parsed is not None
    assert level_of(written, None, None) == parsed.level == Level.PROVINCE


@pytest.mark.parametrize(
    ("period", "years"),
    [("2023", 1), ("2011-2015", 5), ("2019-H1", 0.5), (None, 20), ("năm ngoái", 20)],
)
def test_period_years(period: str | None, years: float) -> None:
    assert period_years(period) == years


def test_period_span_reads_whole_year_periods_only() -> None:
    assert period_span("2016-2019") == (2016, 2019)
    assert period_span("2020") == (2020, 2020)
    assert period_span("2019-H1") is None


def test_numbers_are_written_the_vietnamese_way() -> None:
    assert vn(64.3478, 2) == "64,35"
    assert vnd(14_808_000_000) == "14.808.000.000 đồng"


@given(st.integers(min_value=0, max_value=10**15))
def test_vnd_round_trips_through_digits(amount: int) -> None:
    assert int(vnd(amount).removesuffix(" đồng").replace(".", "")) == amount


def test_findings_on_one_quote_merge_into_one() -> None:
    doc = Doc()
    at = doc.count("hoàn thành 08 tiêu chí với 17 chỉ tiêu", 8, 19, unmet=True)
    where = Where(*at)
    a = finding("count_mismatch", Severity.MEDIUM, "criteria: 7 unmet, here 8", where, [1, 5])
    b = finding("count_mismatch", Severity.HIGH, "indicators: 16 unmet, here 17", where, [1, 6])
    (merged,) = merge_findings([a, b])
    assert merged.explain == "criteria: 7 unmet, here 8; indicators: 16 unmet, here 17"
    assert merged.severity == Severity.HIGH
    assert merged.fact_ids == (1, 5, 6)


def test_findings_of_different_kinds_stay_apart() -> None:
    doc = Doc()
    where = Where(*doc.funding("Vốn xã: 1.000.000.000 tỷ đồng", 10**18, source="commune"))
    a = finding("unit_implausible", Severity.HIGH, "too large", where, [])
    b = finding("sum_mismatch", Severity.HIGH, "parts differ", where, [])
    assert len(merge_findings([a, b])) == 2
