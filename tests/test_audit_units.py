"""unit_implausible: amounts beyond any such place, and amounts written in the wrong unit."""

from __future__ import annotations

import pytest
from auditfacts import COMMUNE_2023, Doc

from baocao.audit.amounts import unit_factor
from baocao.audit.blocks import funding_blocks
from baocao.audit.units import check_bounds, load_bounds, parse_bounds, reread_to_fit
from baocao.errors import LexiconError
from baocao.model import Level, Place, Report, Severity

GOOD_BOUND = """
[[bound]]
level = "{level}"
per_year_max_vnd = 1_000_000_000_000
total_per_year_min_vnd = 1_000_000
reasoning = "why"
source = "where from"
example = "Vốn xã: 3.000.000.000 tỷ đồng"
"""


def bounds_text(*levels: str) -> str:
    return "version = 1\n" + "".join(GOOD_BOUND.format(level=lv) for lv in levels)


ALL_LEVELS = ("village", "commune", "district", "province", "unknown")


def test_packaged_bounds_cover_every_level_and_cite_a_source() -> None:
    bounds = load_bounds()
    assert set(bounds) == set(ALL_LEVELS)
    assert all(b.source and b.reasoning for b in bounds.values())
    ceilings = [bounds[lv].per_year_max_vnd for lv in ALL_LEVELS]
    assert ceilings == sorted(ceilings)  # a larger place may spend more


def test_bad_bounds_are_all_reported_at_once() -> None:
    text = (
        bounds_text("commune")
        + """
[[bound]]
level = "hamlet"
per_year_max_vnd = 5
total_per_year_min_vnd = 1
reasoning = "x"
source = "y"
example = "z"

[[bound]]
level = "district"
per_year_max_vnd = 10
total_per_year_min_vnd = 100
reasoning = "x"
example = "Vốn huyện: 5 đồng"
"""
    )
    with pytest.raises(LexiconError) as e:
        parse_bounds(text)
    message = str(e.value)
    assert "unknown level 'hamlet'" in message
    assert "missing `source`" in message
    assert "total_per_year_min_vnd < per_year_max_vnd" in message
    assert "'Vốn huyện: 5 đồng' is not matched by the ceiling" in message


def test_a_missing_level_is_an_error() -> None:
    with pytest.raises(LexiconError, match="no bound for"):
        parse_bounds(bounds_text("commune"))


def test_units_multiply_as_written() -> None:
    assert unit_factor("tỷ đồng") == 10**9
    assert unit_factor("triệu") == 10**6
    assert unit_factor("đồng") == 1
    assert unit_factor("gạo") is None


def test_an_amount_no_commune_could_have_is_flagged() -> None:
    doc = Doc()
    doc.funding(
        "Vốn của xã: 1.000.000.000 tỷ đồng", 10**18, source="commune", unit_written="tỷ đồng"
    )
    (f,) = check_bounds(doc.facts, report=COMMUNE_2023)
    assert f.kind == "unit_implausible" and f.severity == Severity.HIGH
    assert f.explain.startswith("1.000.000.000 tỷ đồng = 10^18 đồng, beyond what a commune")


def test_large_but_possible_amounts_are_not_flagged() -> None:
    doc = Doc()
    doc.funding("Tổng vốn huy động năm 2023: 95 tỷ đồng", 95 * 10**9, unit_written="tỷ đồng")
    doc.funding(
        "Tổng vốn giai đoạn 2011-2015: 227.014 triệu đồng",
        227_014 * 10**6,
        unit_written="triệu đồng",
        period="2011-2015",
    )
    assert check_bounds(doc.facts, report=COMMUNE_2023) == []


def test_the_ceiling_grows_with_the_period() -> None:
    doc = Doc()
    doc.funding(
        "Tổng vốn 2011-2020: 5.000 tỷ đồng", 5 * 10**12, unit_written="tỷ đồng", period="2011-2020"
    )
    assert check_bounds(doc.facts, report=COMMUNE_2023) == []  # 10 years × 10^12


def test_a_place_of_unknown_level_gets_the_national_ceiling() -> None:
    doc = Doc()
    doc.funding(
        "Vốn: 5.000 tỷ đồng", 5 * 10**12, unit_written="tỷ đồng", region="Nam Hà", period="2020"
    )
    assert check_bounds(doc.facts, report=Report(period="2020")) == []
    doc.funding(
        "Vốn: 5.000.000 tỷ đồng", 5 * 10**15, unit_written="tỷ đồng", region="Nam Hà", period="2020"
    )
    assert len(check_bounds(doc.facts, report=Report(period="2020"))) == 1


def test_a_programme_total_below_the_floor_is_flagged() -> None:
    doc = Doc()
    doc.funding("Tổng vốn huy động năm 2023: 14.808 đồng", 14_808)
    (f,) = check_bounds(doc.facts, report=COMMUNE_2023)
    assert f.severity == Severity.MEDIUM


def test_the_level_comes_from_the_place_prefix() -> None:
    district = Report(
        unit=Place(written="huyện Sông Lô", prefix="huyện", name="Sông Lô", level=Level.DISTRICT),
        period="2020",
    )
    doc = Doc()
    doc.funding(
        "Tổng vốn toàn huyện: 2.000 tỷ đồng",
        2 * 10**12,
        unit_written="tỷ đồng",
        region="huyện Sông Lô",
    )
    assert check_bounds(doc.facts, report=district) == []
    doc.funding(
        "Vốn xã Quang Yên: 2.000 tỷ đồng", 2 * 10**12, unit_written="tỷ đồng", region="xã Quang Yên"
    )
    assert [f.quote for f in check_bounds(doc.facts, report=district)] == [
        "Vốn xã Quang Yên: 2.000 tỷ đồng"
    ]


def _seed_like() -> Doc:
    doc = Doc()
    doc.funding("tổng nguồn vốn huy động: 14.808.000.000 đồng", 14_808_000_000)
    doc.funding("Trung ương, tỉnh: 3.392.000.000 đồng", 3_392_000_000, source="central+province")
    doc.funding(
        "Huyện: 2.000.000.000 tỷ đồng", 2 * 10**18, source="district", unit_written="tỷ đồng"
    )
    doc.funding("Xã: 1.000.000.000 tỷ đồng", 10**18, source="commune", unit_written="tỷ đồng")
    doc.funding("Lồng ghép: 2.360.000.000 đồng", 2_360_000_000, source="integrated")
    doc.funding("Doanh nghiệp: 3.886.000.000 đồng", 3_886_000_000, source="enterprise")
    doc.funding("Nhân dân: 2.170.000.000 đồng", 2_170_000_000, source="community")
    return doc


def test_rereading_two_amounts_in_dong_makes_the_parts_fit() -> None:
    (block,) = funding_blocks(_seed_like().facts)
    findings = reread_to_fit(block)
    assert [f.quote for f in findings] == [
        "Huyện: 2.000.000.000 tỷ đồng",
        "Xã: 1.000.000.000 tỷ đồng",
    ]
    assert findings[0].explain.startswith(
        "read as 2.000.000.000 đồng (not tỷ đồng) the parts sum to the stated total "
        "14.808.000.000 đồng"
    )


def test_a_total_written_in_the_wrong_unit_is_named() -> None:
    doc = Doc()
    doc.funding("Tổng vốn: 9.000 đồng", 9_000)
    doc.funding("Vốn tỉnh: 6.000.000.000 đồng", 6_000_000_000, source="province")
    doc.funding("Vốn xã: 3.000.000.000 đồng", 3_000_000_000, source="commune")
    (block,) = funding_blocks(doc.facts)
    (f,) = reread_to_fit(block)
    assert f.quote == "Tổng vốn: 9.000 đồng"
    assert f.explain == (
        "read as 9.000 triệu đồng (not đồng) the total is 9.000.000.000 đồng, what its parts sum to"
    )


def test_no_rereading_is_reported_when_none_fits_exactly() -> None:
    doc = Doc()
    doc.funding("Tổng vốn: 10.000.000.000 đồng", 10_000_000_000)
    doc.funding("Vốn tỉnh: 6.000.000.000 đồng", 6_000_000_000, source="province")
    doc.funding("Vốn xã: 3.100.000.000 đồng", 3_100_000_000, source="commune")
    (block,) = funding_blocks(doc.facts)
    assert reread_to_fit(block) == []


def test_an_ambiguous_rereading_is_not_reported() -> None:
    # Either part read in nghìn (×1000) closes the gap: no way to say which.
    doc = Doc()
    doc.funding("Tổng vốn: 2.002.000 đồng", 2_002_000)
    doc.funding("Vốn tỉnh: 2.000 đồng", 2_000, source="province")
    doc.funding("Vốn xã: 2.000 đồng", 2_000, source="commune")
    doc.funding("Vốn dân: 0 đồng", 0, source="community")
    (block,) = funding_blocks(doc.facts)
    assert reread_to_fit(block) == []
