"""Place names: prefix + name + level, and official codes from the map of the document's time
(63 provinces before 1 July 2025, 34 after)."""

from __future__ import annotations

import re

import pytest

from baocao.model import Level, Place
from baocao.vocab.places import (
    NATIONAL_PATTERN,
    PLACE_PATTERN,
    TOPIC_PATTERN,
    abbreviated_prefix,
    leading_place_name,
    official_commune_count,
    official_xa_counts,
    parse_place,
    place_key,
    place_label,
    place_named,
    resolve_bare_name,
    resolve_place,
)


@pytest.mark.parametrize(
    ("text", "prefix", "name", "level"),
    [
        ("xã Quang Trung", "xã", "Quang Trung", Level.COMMUNE),
        ("huyện Sông Lô", "huyện", "Sông Lô", Level.DISTRICT),
        ("thị xã Bỉm Sơn", "thị xã", "Bỉm Sơn", Level.DISTRICT),
        ("thành phố Đồng Hới", "thành phố", "Đồng Hới", Level.DISTRICT),
        ("TP. Đồng Hới", "thành phố", "Đồng Hới", Level.DISTRICT),
        ("TP Đồng Hới", "thành phố", "Đồng Hới", Level.DISTRICT),
        ("thành phố Hà Nội", "thành phố", "Hà Nội", Level.PROVINCE),
        ("tỉnh Quảng Bình", "tỉnh", "Quảng Bình", Level.PROVINCE),
        ("thôn Song Nga", "thôn", "Song Nga", Level.VILLAGE),
        ("bản Na Hang", "bản", "Na Hang", Level.VILLAGE),
        ("phường Bắc Lý", "phường", "Bắc Lý", Level.COMMUNE),
        ("Phường 1", "phường", "1", Level.COMMUNE),
        ("thị trấn Tam Sơn", "thị trấn", "Tam Sơn", Level.COMMUNE),
        ("Xã Cẩm Ngọc", "xã", "Cẩm Ngọc", Level.COMMUNE),
        ("UBND XÃ CẨM NGỌC", "xã", "Cẩm Ngọc", Level.COMMUNE),
        ("huyện Nông Cống", "huyện", "Nông Cống", Level.DISTRICT),
    ],
)
def test_parse_place(text: str, prefix: str, name: str, level: Level) -> None:
    place = parse_place(text)
    assert place is not None
    assert (place.prefix, place.name, place.level) == (prefix, name, level)
    assert place.written in text


def test_written_keeps_the_text_and_the_name_stops_at_punctuation() -> None:
    place = parse_place("Một số mô hình: thôn Phúc Ngán Vải, thôn Sóng")
    assert place == Place("thôn Phúc Ngán Vải", "thôn", "Phúc Ngán Vải", Level.VILLAGE)


@pytest.mark.parametrize(
    "text",
    [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "XÂY DỰNG NÔNG THÔN MỚI",
        "văn bản Hướng dẫn của tỉnh",
        "các xã trên địa bàn",
        "xã NTM nâng cao",
        "Xã Đạt chuẩn nông thôn mới",
        "",
    ],
)
def test_ordinary_phrases_are_not_places(text: str) -> None:
    assert parse_place(text) is None


def test_place_pattern_has_no_groups_and_finds_each_place() -> None:
    text = "UBND huyện Sông Lô chỉ đạo xã Quang Yên, thị trấn Tam Sơn."
    assert re.findall(PLACE_PATTERN, text) == ["huyện Sông Lô", "xã Quang Yên", "thị trấn Tam Sơn"]
    assert re.compile(PLACE_PATTERN).groups == 0


def test_an_abbreviated_prefix_stands_for_its_word() -> None:
    # "2 TP A và B": a count of cities, its unit kind the word in full
    assert abbreviated_prefix("TP") == abbreviated_prefix("Tp.") == "thành phố"
    assert abbreviated_prefix("thị xã") is None  # written in full already
    assert abbreviated_prefix("trường") is None  # no prefix


def test_place_key() -> None:
    assert place_key("Thanh Hoá") == place_key("THANH HÓA") == "thanhhoa"


def _parsed(text: str) -> Place:
    place = parse_place(text)
    assert place is not None
    return place


def test_unique_names_resolve_alone() -> None:
    place = resolve_place(_parsed("huyện Sông Lô"))
    assert (place.code, place.province, place.province_code) == ("253", "Vĩnh Phúc", "26")
    assert resolve_place(_parsed("thành phố Đồng Hới")).province == "Quảng Bình"
    assert resolve_place(_parsed("tỉnh Thanh Hóa")).code == "38"
    assert resolve_place(_parsed("thành phố Hà Nội")).code == "01"


def test_ambiguous_names_need_their_district_or_province() -> None:
    quang_trung = _parsed("xã Quang Trung")
    assert resolve_place(quang_trung) == quang_trung  # dozens of them: unchanged
    quang_yen = resolve_place(_parsed("xã Quang Yên"), district="huyện Sông Lô")
    assert (quang_yen.code, quang_yen.province) == ("08776", "Vĩnh Phúc")
    phuong = resolve_place(_parsed("Phường 1"), district="thị xã Quảng Trị")
    assert phuong.province == "Quảng Trị"


def test_villages_and_unknown_names_are_left_as_written() -> None:
    for text in ("thôn Song Nga", "xã Khôngcótên"):
        place = _parsed(text)
        assert resolve_place(place, province="Thanh Hóa") == place


def test_official_commune_count() -> None:
    assert official_commune_count("253") == 14  # huyện Sông Lô
    assert official_commune_count("nope") is None


def test_official_xa_counts_leave_out_towns_and_wards() -> None:
    counts = official_xa_counts()
    assert counts["253"] == 13  # huyện Sông Lô: 13 xã and the thị trấn Tam Sơn
    assert all(n > 0 for n in counts.values())


def test_a_resolved_place_carries_its_official_spelling() -> None:
    place = parse_place("UBND THỊ XÃ BIM SƠN")
    assert place is not None
    resolved = resolve_place(place)
    assert (resolved.code, resolved.name, resolved.official_name) == ("381", "Bỉm Sơn", "Bỉm Sơn")
    assert resolved.written == "THỊ XÃ BIM SƠN"  # as the text wrote it
    assert place_label(resolved) == "thị xã Bỉm Sơn"


@pytest.mark.parametrize(
    ("written", "label", "level"),
    [
        ("Quảng Trị", "tỉnh Quảng Trị", Level.PROVINCE),
        ("Cần Thơ", "thành phố Cần Thơ", Level.PROVINCE),
        ("Hoà Vang", "huyện Hòa Vang", Level.DISTRICT),  # accents placed the old way
        ("Châu Thành", None, None),  # a district name many provinces share
        ("12", None, None),
    ],
)
def test_a_name_without_its_prefix(written: str, label: str | None, level: Level | None) -> None:
    place = place_named(written)
    if label is None:
        assert place is None
    else:
        assert place is not None and (place_label(place), place.level) == (label, level)


def test_a_headline_opens_with_a_bare_province_name() -> None:
    found = leading_place_name("Thái Bình huy động hơn 1.000 tỷ đồng")
    assert found is not None and found.name == "Thái Bình"
    assert leading_place_name("Nhiều xã rớt chuẩn") is None


def test_numbers_after_a_prefix_are_amounts_not_places() -> None:
    assert parse_place("ngân sách tỉnh 650,2 tỷ đồng") is None
    assert parse_place("ngân sách huyện, xã 31,5 tỷ đồng") is None
    place = parse_place("khu phố 3, phường 1")
    assert place is not None and place.name == "3"


def test_topic_and_national_words_are_data() -> None:
    assert re.search(TOPIC_PATTERN, "Đối với huyện Can Lộc")
    assert re.search(NATIONAL_PATTERN, "bình quân cả nước")
    assert not re.search(NATIONAL_PATTERN, "cả xã")


def resolved(written: str, **kwargs: object) -> Place:
    place = parse_place(written)
    assert place is not None, written
    return resolve_place(place, **kwargs)  # type: ignore[arg-type]


def test_a_text_written_after_july_2025_resolves_in_the_2025_map() -> None:
    # "xã Tam Dương Bắc" exists only on the 34-province map (Phú Thọ, code 08872)
    new = resolved("xã Tam Dương Bắc", province="Phú Thọ", when="2025-10-02")
    assert (new.code, new.province, new.province_code) == ("08872", "Phú Thọ", "25")
    merged = resolved("tỉnh Tuyên Quang", when="2025-11-20")
    assert (merged.code, merged.province_code) == ("08", "08")


def test_a_text_written_before_july_2025_does_not_resolve_names_of_the_new_map() -> None:
    assert resolved("xã Tam Dương Bắc", province="Phú Thọ", when="2020-12-15").code is None


def test_a_text_of_unknown_date_tries_the_old_map_then_the_new_one() -> None:
    assert resolved("huyện Sông Lô").code == "253"
    assert resolved("xã Tam Dương Bắc", province="Phú Thọ").code == "08872"


def test_a_text_after_july_2025_still_resolves_districts_on_the_old_map() -> None:
    # districts are gone from the new map, yet reports of late 2025 still name them
    assert resolved("huyện Sông Lô", when="2025-09-30").code == "253"


def test_accents_break_a_tie_between_names_that_fold_alike() -> None:
    # Diễn Hoa (Diễn Châu) and Diên Hoa (Nghi Lộc) are both communes of Nghệ An
    assert resolved("xã Diễn Hoa", province="Nghệ An").code == "17461"
    assert resolved("xã Diên Hoa", province="Nghệ An").code == "17899"


def test_a_former_name_resolves_to_the_unit_that_took_it_in_keeping_the_name_written() -> None:
    # xã Đức An (Đức Thọ, Hà Tĩnh) was merged into xã An Dũng before 2025
    place = resolved("xã Đức An", province="Hà Tĩnh", when="2017")
    assert (place.code, place.name, place.official_name) == ("18298", "Đức An", None)


@pytest.mark.parametrize("when", ["2026-03-01", "2024", None])
def test_a_name_several_communes_bear_is_no_former_name(when: str | None) -> None:
    # many communes are called Tân Hưng or Hòa Phú; one of each was also merged away before
    # 2025 (its name kept as a former name of the unit that took it in): with no province
    # the name is ambiguous, not that merged commune's
    assert resolved("xã Hòa Phú", when=when).code is None
    assert resolved("xã Tân Hưng", when=when).code is None
    # narrowed by its province, the current commune answers (Tân Hưng of Đồng Nai, new map)
    assert resolved("xã Tân Hưng", province="Đồng Nai", when="2026-03-01").code == "25345"


def test_xa_written_for_thi_xa_resolves_to_the_town_of_the_province() -> None:
    place = resolved("xã Kiến Tường", province="Long An", when="2022-07-20")
    assert (place.code, place.prefix, place.level) == ("795", "thị xã", Level.DISTRICT)
    assert resolved("xã Kiến Tường", when="2022-07-20").code is None  # no province: no guess


@pytest.mark.parametrize(
    ("written", "province", "code"),
    [
        ("LÂM THAO", "tỉnh Phú Thọ", "237"),
        ("Quảng Nam", None, "49"),
        ("Lâm Thao", "tỉnh Hà Tĩnh", None),
    ],
)
def test_a_bare_name_resolves_to_a_province_or_a_district_of_the_province(
    written: str, province: str | None, code: str | None
) -> None:
    found = resolve_bare_name(written, province=province)
    assert (found.code if found else None) == code


def test_tone_placement_is_one_spelling_and_other_accents_are_not() -> None:
    from baocao.vocab.places import accent_key

    assert accent_key("Hoà Bình") == accent_key("Hòa Bình")
    assert accent_key("Thuỷ") == accent_key("Thủy")
    assert accent_key("Diễn Hoa") != accent_key("Diên Hoa")


def test_a_number_with_a_leading_zero_is_the_same_ward() -> None:
    assert place_key("Phường 01") == place_key("Phường 1") == "phuong1"
    assert place_key("Quận 10") == "quan10"
    ward = resolved("Phường 01", province="Quảng Trị", district="Đông Hà", when="2020")
    assert ward.code == "19333"


def test_a_special_zone_of_the_2025_map_is_a_commune_level_place() -> None:
    place = resolved("đặc khu Phú Quốc", when="2025-09-01")
    assert (place.prefix, place.level, place.code, place.province) == (
        "đặc khu",
        Level.COMMUNE,
        "31078",
        "An Giang",
    )


@pytest.mark.parametrize(
    ("written", "district", "code"),
    [
        ("Phường 1", "Vị Thanh", "31318"),  # Vị Thanh numbers its wards I, III, IV …
        ("Phường IV", "Vị Thanh", "31324"),
        ("Phường I", "Đông Hà", "19333"),  # … Đông Hà 1, 2, 3 …
    ],
)
def test_a_numbered_ward_resolves_whichever_numeral_the_text_uses(
    written: str, district: str, code: str
) -> None:
    assert resolved(written, district=district, when="2020").code == code


@pytest.mark.parametrize(
    ("written", "province", "code"),
    [
        ("huyện Mộc Châu", "tỉnh Nghệ An", "123"),  # Sơn La's, named in a Nghệ An text
        ("thị xã Hương Trà", "tỉnh Quảng Nam", "480"),  # Thừa Thiên Huế's
        ("Mộc Châu", "tỉnh Nghệ An", None),  # a bare name stays in the document's province
    ],
)
def test_a_district_of_another_province_written_with_its_kind_resolves_when_it_is_one(
    written: str, province: str, code: str | None
) -> None:
    place = parse_place(written) or Place(written=written, prefix=None, name=written)
    if place.prefix is None:
        assert resolve_bare_name(written, province=province) is None
    else:
        assert resolve_place(place, province=province, when="2019-12-20").code == code


@pytest.mark.parametrize(
    ("written", "province", "name"),
    [
        ("tỉnh Quảng Ngãi Trần Văn", None, "Quảng Ngãi"),  # a person's name after the unit
        ("huyện Yên Thành Lê Thị", "tỉnh Nghệ An", "Yên Thành"),
    ],
)
def test_a_name_run_into_the_capitalised_words_after_it_resolves_to_its_leading_part(
    written: str, province: str | None, name: str
) -> None:
    place = resolve_place(parse_place(written), province=province, when="2020-06-30")
    assert place.code is not None and place.name == name


@pytest.mark.parametrize("written", ["Thừa Thiên Huế", "Thừa Thiên - Huế", "Thừa Thiên-Huế"])
def test_a_province_under_its_name_before_a_rename_is_that_province(written: str) -> None:
    # tỉnh Thừa Thiên Huế is thành phố Huế (code 46) from 1/1/2025; the map has the new name
    bare = place_named(written)
    assert bare is not None and (bare.code, bare.level) == ("46", Level.PROVINCE)
    assert bare.name == written and bare.official_name == "Huế"
    prefixed = resolve_place(parse_place(f"tỉnh {written}"))
    assert prefixed.code == "46"


def test_units_of_a_province_named_before_its_rename_are_found_in_it() -> None:
    commune = resolve_place(parse_place("xã Phong Hiền"), province="Thừa Thiên Huế")
    assert commune.province_code == "46"
    # a district that has since changed kind (huyện → thị xã) is still the one of the
    # province written, not the huyện of that name elsewhere (Phong Điền of Cần Thơ)
    district = resolve_place(parse_place("huyện Phong Điền"), province="Thừa Thiên Huế")
    assert district.province_code == "46"
    assert resolve_place(parse_place("huyện Phong Điền"), province="Cần Thơ").province_code == "92"


def test_the_hyphenated_province_names_are_the_maps() -> None:
    from baocao.vocab.gazetteer import MAP_PRE2025
    from baocao.vocab.gazetteer import units as gazetteer_units
    from baocao.vocab.places import HYPHENATED_PROVINCES, former_province_names

    names = [
        u.name for u in gazetteer_units(MAP_PRE2025).values() if u.level is Level.PROVINCE
    ] + list(former_province_names())
    hyphenated = {n for n in names if "-" in n}
    assert all(re.fullmatch(HYPHENATED_PROVINCES, n) for n in hyphenated)
    assert re.fullmatch(HYPHENATED_PROVINCES, "Thừa Thiên - Huế")


@pytest.mark.parametrize(
    ("text", "code"),
    [("toàn tỉnh Bà Rịa - Vũng Tàu có 50 xã", "77"), ("tỉnh Thừa Thiên - Huế đã có", "46")],
)
def test_a_province_written_with_a_spaced_hyphen_is_read_whole(text: str, code: str) -> None:
    place = parse_place(text)
    assert place is not None and resolve_place(place).code == code


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("ngân sách huyện, xã 50 tỷ đồng", []),  # an amount after the communes' budget
        ("vốn của xã 12 triệu đồng", []),
        ("ngân sách xã 12% tổng vốn", []),
        ("Phường 1 đạt chuẩn đô thị văn minh", ["Phường 1"]),
        ("ấp 3 có 11 hộ nghèo", ["ấp 3"]),
    ],
)
def test_a_number_with_a_unit_after_a_prefix_names_no_place(text: str, places: list[str]) -> None:
    assert [m.group() for m in re.finditer(PLACE_PATTERN, text)] == places


@pytest.mark.parametrize(
    "text",
    ["Hợp tác xã Phú Thành mở rộng sản xuất", "sản phẩm của HỢP TÁC XÃ An Phước", "HTX Đồng Tâm"],
)
def test_a_cooperative_named_like_a_commune_is_no_place(text: str) -> None:
    assert re.findall(PLACE_PATTERN, text) == []


def test_an_association_of_a_commune_names_the_commune() -> None:
    text = "Hội Phụ nữ xã Bình Minh và HTX dịch vụ xã Hòa Lạc"
    assert re.findall(PLACE_PATTERN, text) == ["xã Bình Minh", "xã Hòa Lạc"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("UBND huyện miền núi Quan Sơn báo cáo", "Quan Sơn"),
        ("các xã thuộc huyện biên giới Sa Thầy", "Sa Thầy"),
        ("HUYỆN VÙNG CAO SÌ MA CAI có 4 xã", "Si Ma Cai"),
        ("huyện đảo Vân Đồn đạt chuẩn", "Vân Đồn"),
    ],
)
def test_a_descriptor_between_the_prefix_and_the_name(text: str, name: str) -> None:
    place = parse_place(text)
    assert place is not None and place.prefix == "huyện" and place.level is Level.DISTRICT
    assert place_key(place.name) == place_key(name)
    assert place.written in text  # the written form keeps the descriptor


def test_a_descriptor_needs_a_capitalised_name_and_a_capitalised_one_is_a_name() -> None:
    assert parse_place("các huyện nghèo 30a được hỗ trợ") is None
    place = parse_place("xã Biên Giới có 3 ấp")
    assert place is not None and place.name == "Biên Giới"


@pytest.mark.parametrize("written", ["huyện Krông A’na", "huyện Krông A‘na", "huyện Krông Aʼna"])
def test_a_name_with_any_apostrophe_resolves(written: str) -> None:
    place = parse_place(written)
    assert place is not None and place.name.startswith("Krông A")
    resolved = resolve_place(place, province="Đắk Lắk")
    assert resolved.code is not None
