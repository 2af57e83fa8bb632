"""Districts divided among their neighbours before the map's date (data/former_districts.toml)
are units of the pre-2025 map for the texts written before: a text about huyện Lộc Hà (Hà
Tĩnh, dissolved in 2024) has its unit and province; the map's counts of its date leave them
out."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, report_and_facts

from baocao.model import Coverage, Level
from baocao.vocab.gazetteer import MAP_PRE2025, denominator, former_districts, units


@pytest.mark.parametrize(
    ("code", "name", "province"), [("448", "Lộc Hà", "Hà Tĩnh"), ("046", "Trà Lĩnh", "Cao Bằng")]
)
def test_a_divided_district_is_on_the_old_map_with_its_day(
    code: str, name: str, province: str
) -> None:
    found = units(MAP_PRE2025)[code]
    assert (found.name, found.level, found.province) == (name, Level.DISTRICT, province)
    assert found.until is not None


def test_every_former_district_is_a_district_no_map_unit_has() -> None:
    # the data names units the map lost: none is a code or a name the map still carries
    legacy = units(MAP_PRE2025)
    for former in former_districts():
        same_name = [
            u
            for u in legacy.values()
            if u.level is Level.DISTRICT
            and u.until is None
            and u.province_code == former.province_code
            and u.name == former.name
        ]
        assert not same_name, former


def test_the_maps_counts_leave_a_former_district_out() -> None:
    # Hà Tĩnh had 12 district-level units on 30 June 2025 (13 before Lộc Hà was divided)
    found = denominator("42", map=MAP_PRE2025)
    assert found is not None and found.districts == 12
    assert denominator("448", map=MAP_PRE2025) is None


def test_a_text_about_a_divided_district_has_its_unit(make_document: MakeDocument) -> None:
    text = (
        "UBND HUYỆN LỘC HÀ\nBÁO CÁO kết quả thực hiện Chương trình nông thôn mới năm 2018\n"
        "Đến nay toàn huyện có 9/12 xã đạt chuẩn nông thôn mới.\n"
    )
    report, facts = report_and_facts(make_document, text)
    assert report.unit is not None
    assert (report.unit.code, report.unit.level) == ("448", Level.DISTRICT)
    assert report.province is not None and report.province.name == "Hà Tĩnh"
    coverage = [f for f in facts if isinstance(f, Coverage)]
    assert [(f.region_code, f.units_met, f.units_total) for f in coverage] == [("448", 9, 12)]
