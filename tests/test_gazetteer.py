"""The two administrative maps (63 provinces before 1 July 2025, 34 after), the crosswalk from
the old one to the new one, and the unit counts (denominators) each map gives a region."""

from __future__ import annotations

import pytest

from baocao.model import Level
from baocao.vocab.gazetteer import (
    MAP_2025,
    MAP_PRE2025,
    denominators,
    in_2025_map,
    map_of,
    unit,
    units,
)
from baocao.vocab.places import official_xa_counts


def count(map_name, level: Level) -> int:
    """Units of the map's date (former districts, data/former_districts.toml, left out)."""
    return sum(1 for u in units(map_name).values() if u.level is level and u.until is None)


def test_the_old_map_has_63_provinces_696_districts_and_about_ten_thousand_communes() -> None:
    assert count(MAP_PRE2025, Level.PROVINCE) == 63
    assert count(MAP_PRE2025, Level.DISTRICT) == 696
    assert 10_000 <= count(MAP_PRE2025, Level.COMMUNE) <= 10_100


def test_the_2025_map_has_34_provinces_about_3321_communes_and_no_district() -> None:
    assert count(MAP_2025, Level.PROVINCE) == 34
    assert count(MAP_2025, Level.COMMUNE) == 3321
    assert count(MAP_2025, Level.DISTRICT) == 0


def test_every_old_province_and_commune_has_its_2025_counterpart() -> None:
    missing = [
        code
        for code, u in units(MAP_PRE2025).items()
        if u.level is not Level.DISTRICT
        and ((p := in_2025_map(code)) is None or p.code_2025 is None or p.relation_2025 is None)
    ]
    assert missing == []


def test_a_district_is_dissolved_into_the_province_its_communes_went_to() -> None:
    tam_duong = in_2025_map("247")  # huyện Tam Dương, Vĩnh Phúc
    assert tam_duong is not None
    assert (tam_duong.code_2025, tam_duong.level_2025) == (None, None)
    assert (tam_duong.province_code_2025, tam_duong.province_name_2025) == ("25", "Phú Thọ")
    assert tam_duong.relation_2025 == "dissolved"
    for code, u in units(MAP_PRE2025).items():
        if u.level is Level.DISTRICT:
            assert in_2025_map(code).province_code_2025 is not None, code  # type: ignore[union-attr]


def test_merged_provinces_point_to_their_successor_and_say_merged() -> None:
    ha_giang, tuyen_quang, ha_tinh = in_2025_map("02"), in_2025_map("08"), in_2025_map("42")
    assert ha_giang is not None and tuyen_quang is not None and ha_tinh is not None
    assert (ha_giang.code_2025, ha_giang.name_2025, ha_giang.relation_2025) == (
        "08",
        "Tuyên Quang",
        "merged",
    )
    assert (tuyen_quang.code_2025, tuyen_quang.relation_2025) == ("08", "merged")
    assert (ha_tinh.code_2025, ha_tinh.relation_2025) == ("42", "same")


def test_a_split_commune_is_marked_and_points_to_its_main_successor() -> None:
    splits = [
        p
        for code in units(MAP_PRE2025)
        if (p := in_2025_map(code)) is not None and p.relation_2025 == "split"
    ]
    assert len(splits) > 100
    assert all(p.code_2025 in units(MAP_2025) for p in splits)


def test_relations_are_one_of_the_five_words() -> None:
    relations = {in_2025_map(code).relation_2025 for code in units(MAP_PRE2025)}  # type: ignore[union-attr]
    assert relations <= {"same", "renamed", "merged", "split", "dissolved"}


def test_a_code_the_2025_map_reused_names_nearly_always_the_same_new_unit_either_way() -> None:
    # The store keys places by code alone; a reused code is read as the old unit, whose
    # counterpart must then be the new unit of that code (all but the split communes).
    new = units(MAP_2025)
    reused = [c for c in new if c in units(MAP_PRE2025)]
    differ = [c for c in reused if in_2025_map(c).code_2025 != c]  # type: ignore[union-attr]
    assert len(reused) > 3000
    assert len(differ) / len(reused) < 0.01
    assert all(in_2025_map(c).relation_2025 == "split" for c in differ)  # type: ignore[union-attr]
    same_province = [
        c
        for c in reused
        if in_2025_map(c).province_code_2025 == new[c].province_code  # type: ignore[union-attr]
    ]
    assert len(same_province) == len(reused)


def test_a_code_of_the_2025_map_is_its_own_counterpart() -> None:
    found = in_2025_map("08872", map=MAP_2025)
    assert found is not None
    assert (found.map, found.code_2025, found.name_2025) == ("2025", "08872", "Tam Dương Bắc")
    assert found.relation_2025 == "same"
    assert in_2025_map("99999") is None


def test_units_have_official_names_without_their_type() -> None:
    assert unit("450") is not None and unit("450").name == "Đồng Hới"  # type: ignore[union-attr]
    phuong_1 = unit("19333", map=MAP_PRE2025)  # Phường 1, Đông Hà
    assert phuong_1 is not None and (phuong_1.name, phuong_1.type) == ("1", "Phường")


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("2025-08-14", MAP_2025),
        ("2025-07", MAP_2025),
        ("2025-06-30", MAP_PRE2025),
        ("2020-12-15", MAP_PRE2025),
        ("2026", MAP_2025),
        ("2026-2030", MAP_2025),
        ("2025-H2", MAP_2025),
        ("2025-H1", MAP_PRE2025),
        ("2021-2025", None),
        ("2016-2020", MAP_PRE2025),
        ("2025", None),
        (None, None),
    ],
)
def test_the_map_of_a_document_follows_its_date_else_its_period(when, expected) -> None:
    assert map_of(when) == expected


def test_denominators_count_communes_xa_and_districts_per_region_on_each_map() -> None:
    (quang_binh,) = denominators(map=MAP_PRE2025, region_code="44")
    assert (quang_binh.region_name, quang_binh.level, quang_binh.districts) == (
        "Quảng Bình",
        "province",
        8,
    )
    (country,) = denominators(map=MAP_PRE2025, region_code="VN")
    provinces = [d for d in denominators(map=MAP_PRE2025) if d.level == "province"]
    assert sum(d.communes for d in provinces) == country.communes
    assert sum(d.xa for d in provinces) == country.xa
    (new_country,) = denominators(map=MAP_2025, region_code="VN")
    assert (new_country.communes, new_country.districts) == (3321, None)


def test_a_districts_counts_add_up_to_its_province_and_towns_are_not_xa() -> None:
    (dong_hoi,) = denominators(map=MAP_PRE2025, region_code="450")  # a city: mostly phường
    assert (dong_hoi.communes, dong_hoi.xa, dong_hoi.districts) == (15, 6, None)
    districts = [d for d in denominators(map=MAP_PRE2025) if d.level == "district"]
    assert len(districts) == 696
    province_of = {code: u.province_code for code, u in units(MAP_PRE2025).items()}
    (quang_binh,) = denominators(map=MAP_PRE2025, region_code="44")
    assert sum(d.communes for d in districts if province_of[d.region_code] == "44") == (
        quang_binh.communes
    )


def test_the_auditors_official_counts_are_the_district_denominators() -> None:
    xa = official_xa_counts()
    assert xa["440"] == 15  # huyện Đức Thọ
    assert "450" in xa and xa["450"] == 6


def test_a_new_unit_lists_the_old_units_it_was_made_of() -> None:
    from baocao.vocab.gazetteer import predecessors

    assert predecessors("08") == ("02", "08")  # Tuyên Quang took in Hà Giang
    assert predecessors("42") == ("42",)
    commune = predecessors("08872")  # xã Tam Dương Bắc, Phú Thọ
    assert "08872" in commune and len(commune) > 1
    assert all(in_2025_map(code).code_2025 == "08872" for code in commune)  # type: ignore[union-attr]
    assert predecessors("99999") == ()


def test_a_statement_is_counted_on_the_map_of_its_time() -> None:
    from baocao.vocab.gazetteer import denominator

    old = denominator("08", when="2020")  # Tuyên Quang before it took in Hà Giang
    new = denominator("08", when="2025-11-20")
    assert old is not None and new is not None
    assert (old.map, new.map) == ("pre2025", "2025")
    assert new.communes < old.communes + denominator("02", when="2020").communes  # type: ignore[union-attr]
    assert denominator("02", when="2025-11-20") is None  # Hà Giang is gone from the new map
    assert denominator("247", map="pre2025").level == "district"  # type: ignore[union-attr]
