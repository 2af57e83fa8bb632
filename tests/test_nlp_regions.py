"""The country's regions as places: written "các tỉnh <region>", read alone ("miền Tây"), as a
text's unit (level region), their member provinces, and a region's figure broken down by
province."""

from __future__ import annotations

from baocao.model import Coverage, Level
from baocao.nlp import read_document
from baocao.nlp.metadata import read_metadata
from baocao.normalize import reading_to_facts
from baocao.normalize.report import metadata_to_report
from baocao.vocab.gazetteer import denominators
from baocao.vocab.places import region_provinces, regions_in


def labels(text: str) -> list[str]:
    return [label for _, _, label in regions_in(text)]


def test_the_provinces_of_a_region_are_the_region() -> None:
    assert labels("các tỉnh Đông Nam Bộ có 260 xã đạt chuẩn") == ["vùng Đông Nam Bộ"]
    assert labels("5 tỉnh, thành phố đồng bằng sông Hồng đã xong") == ["vùng đồng bằng sông Hồng"]


def test_the_west_alone_is_the_delta_but_not_a_provinces_west() -> None:
    assert labels("các tỉnh miền Tây có thêm 40 xã đạt chuẩn") == ["vùng đồng bằng sông Cửu Long"]
    assert labels("các huyện miền Tây Nghệ An còn khó khăn") == []


def test_every_member_is_a_province_of_the_map_and_the_six_regions_hold_all() -> None:
    provinces = {d.region_name for d in denominators(map="pre2025") if d.level == "province"}
    members = region_provinces()
    assert all(set(listed) <= provinces for listed in members.values())
    six = [
        "vùng Trung du và miền núi phía Bắc",
        "vùng đồng bằng sông Hồng",
        "vùng Bắc Trung Bộ và Duyên hải miền Trung",
        "vùng Tây Nguyên",
        "vùng Đông Nam Bộ",
        "vùng đồng bằng sông Cửu Long",
    ]
    counted = [p for region in six for p in members[region]]
    assert sorted(counted) == sorted(provinces) and len(counted) == 63


def test_a_headline_about_a_region_makes_a_regional_text() -> None:
    text = (
        "Các tỉnh Đông Nam Bộ có thêm 12 xã đạt chuẩn nông thôn mới\n\n"
        "Thứ hai, 04/03/2019\n\n"
        "Theo Văn phòng Điều phối, đến nay vùng có 600 xã đạt chuẩn, cao nhất cả nước.\n"
    )
    report = metadata_to_report(read_metadata(text))
    assert report.unit is not None and report.unit.level is Level.REGION
    assert (report.unit.name, report.province) == ("Đông Nam Bộ", None)
    # a headline about a place of the region is that place's
    other = "Đồng Nai dẫn đầu các tỉnh Đông Nam Bộ về nông thôn mới\n\nĐồng Nai có 130 xã.\n"
    unit = metadata_to_report(read_metadata(other)).unit
    assert unit is not None and unit.level is Level.PROVINCE
    # a region in the headline over one province's figures is that province's news
    province = (
        "Các huyện vùng Tây Nguyên khó giữ chuẩn nông thôn mới\n\n"
        "Năm 2014, xã Quảng Tín là một trong những xã đầu tiên của tỉnh Đắk Nông đạt chuẩn. "
        "Đến nay, toàn tỉnh Đắk Nông có 20 xã đạt chuẩn, toàn tỉnh dự kiến thêm 3 xã.\n"
    )
    unit = metadata_to_report(read_metadata(province)).unit
    assert unit is not None and unit.level is Level.PROVINCE and unit.name == "Đắk Nông"


def test_a_regions_count_broken_down_by_province(make_document) -> None:
    text = (
        "Nông thôn mới ở miền Tây\n\n"
        "Đến cuối năm 2019, các tỉnh đồng bằng sông Cửu Long đã có 700 xã đạt chuẩn nông thôn "
        "mới, trong đó Long An đạt 95 xã, tỉnh Tiền Giang đạt 100 xã và Bến Tre có 80 xã.\n"
    )
    document = make_document(text)
    facts = [
        f for f in reading_to_facts(document, read_document(document))[1] if isinstance(f, Coverage)
    ]
    assert [(f.units_met, f.units_total, f.region) for f in facts] == [
        (700, None, "vùng đồng bằng sông Cửu Long"),
        (95, None, "tỉnh Long An"),
        (100, None, "tỉnh Tiền Giang"),
        (80, None, "tỉnh Bến Tre"),
    ]


def facts_of(make_document, text: str):
    document = make_document(text)
    return reading_to_facts(document, read_document(document))[1]


def place_of(facts, value: float) -> str | None:
    [fact] = [f for f in facts if getattr(f, "value", None) == value]
    return fact.subject


def test_a_region_ranked_in_the_country_is_the_figures_place(make_document) -> None:
    text = (
        "Tình hình giảm nghèo năm 2018\n\n"
        "Thu nhập bình quân cả nước trong năm được ước tính đạt 3,9 triệu đồng/người/tháng. "
        "Vùng đồng bằng sông Hồng có tỷ lệ hộ nghèo thấp nhất cả nước (2,1%), còn Tây "
        "Nguyên là vùng có tỷ lệ hộ nghèo cao nhất toàn quốc (14,2%).\n"
    )
    facts = facts_of(make_document, text)
    assert place_of(facts, 2.1) == "vùng đồng bằng sông Hồng"
    assert place_of(facts, 14.2) == "vùng Tây Nguyên"
    assert place_of(facts, 3.9) == "cả nước"


def test_a_region_opening_a_sentence_ends_the_topic_before(make_document) -> None:
    text = (
        "Xây dựng nông thôn mới ở Bắc Trung Bộ\n\n"
        "Tại Hà Tĩnh, 80 % đường thôn được cứng hóa. "
        "Bình quân chung, đến hết năm 2015, khu vực Bắc Trung Bộ đạt 12,3 tiêu chí/xã. "
        "Tuy vậy, tiêu chí môi trường mới đạt 35 % yêu cầu.\n"
    )
    facts = facts_of(make_document, text)
    assert place_of(facts, 80) == "tỉnh Hà Tĩnh"
    assert place_of(facts, 35) == "vùng Bắc Trung Bộ"


def test_communes_counted_in_a_region_are_the_regions(make_document) -> None:
    assert labels("nhiều xã Tây Nguyên còn nợ đọng") == ["vùng Tây Nguyên"]
    assert labels("xã Tây Nguyên có 3 thôn") == []
    text = (
        "Nông thôn mới vùng cao\n\n"
        "Đến hết năm 2020, 250 xã Tây Bắc đã đạt chuẩn nông thôn mới. "
        "Xã Đông Bắc (huyện Kim Bôi) đạt 15/19 tiêu chí.\n"
    )
    facts = facts_of(make_document, text)
    [coverage] = [f for f in facts if isinstance(f, Coverage)]
    assert coverage.region == "vùng Tây Bắc"
    [count] = [f for f in facts if getattr(f, "met", None) == 15]
    assert count.subject == "xã Đông Bắc"  # a commune of the region's name stays one


def test_a_member_spelt_the_old_way_in_a_regional_text_is_that_member(make_document) -> None:
    text = (
        "Các tỉnh Tây Nguyên tăng tốc xây dựng nông thôn mới\n\n"
        "Năm 2016, các tỉnh Tây Nguyên có thêm 40 xã đạt chuẩn nông thôn mới, trong đó "
        "Đắc Lắc có 15 xã, Lâm Đồng có 14 xã, Gia Lai có 11 xã.\n"
    )
    facts = [f for f in facts_of(make_document, text) if isinstance(f, Coverage)]
    assert [(f.units_met, f.region) for f in facts] == [
        (40, "vùng Tây Nguyên"),
        (15, "tỉnh Đắk Lắk"),
        (14, "tỉnh Lâm Đồng"),
        (11, "tỉnh Gia Lai"),
    ]


def test_regions_named_together_are_each_ones_with_deu_else_the_pairs(make_document) -> None:
    # as two places: "Hai vùng A và vùng B đều có …" gives each region the rate; an average
    # stated for two regions together ("vùng A và B đạt bình quân …") is the pair's
    text = (
        "Kết quả xây dựng nông thôn mới toàn quốc\n\n"
        "Đến nay, cả nước có 80% số xã đạt chuẩn. Hai vùng Đông Nam Bộ và vùng đồng bằng sông "
        "Hồng đều có tỷ lệ xã đạt chuẩn trên 96%. Vùng Tây Nguyên và Bắc Trung Bộ đạt bình quân "
        "16,2 tiêu chí/xã, thấp hơn vùng Đông Nam Bộ.\n"
    )
    facts = facts_of(make_document, text)
    places = sorted(f.subject for f in facts if getattr(f, "value", None) == 96)
    assert places == ["vùng Đông Nam Bộ", "vùng đồng bằng sông Hồng"]
    (pair,) = [f.subject for f in facts if getattr(f, "value", None) == 16.2]
    assert pair == "vùng Tây Nguyên, vùng Bắc Trung Bộ"  # named as several places are
