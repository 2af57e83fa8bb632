"""Where a fact is, and whose a text is, in the wordings unseen texts got wrong (placefix2):
a commune spoken of a sentence or two before a count; a province name cut short or garbled;
a town in a dateline or a byline; a national summary listing provinces as examples; the pages
of a report that never name its province; a paragraph's place against a formal report's
headings. Every text is our own wording of its class."""

from __future__ import annotations

import pytest
from readfacts import news_report_and_facts as read

from baocao.model import Level
from baocao.nlp.metadata import read_metadata
from baocao.vocab.places import parse_place, province_spelled, resolve_place


def places(facts, kind: str) -> list[str]:
    return [getattr(f, "region", None) or f.subject for f in facts if f.kind == kind]


def unit_and_province(report) -> tuple[str | None, str | None]:
    return (
        report.unit.name if report.unit else None,
        report.province.name if report.province else None,
    )


# -- 1. a commune spoken of a sentence or two before -----------------------------------------


@pytest.mark.parametrize(
    ("body", "commune"),
    [
        ("Huyện Gia Lâm: nhiều xã về đích\n"
         "Xã Kim Sơn là xã đầu tiên của huyện Gia Lâm đạt chuẩn nông thôn mới nâng cao.\n"
         "Năm 2022 tiếp tục đạt 19/19 tiêu chí nâng cao.\n", "xã Kim Sơn"),
        ("Huyện Yên Thành đạt nhiều kết quả\n"
         "Xã Bảo Thành là địa phương đi đầu của huyện Yên Thành.\n"
         "Năm 2021, 9/9 thôn đạt chuẩn nông thôn mới kiểu mẫu.\n", "xã Bảo Thành"),
        ("Tỉnh Bắc Giang tổng kết phong trào\n"
         "Năm 2022, tỉnh Bắc Giang có 20 xã đạt chuẩn. Trong đó, xã Ngọc Thiện của huyện Tân "
         "Yên là xã đạt chuẩn nâng cao đầu tiên. Đến cuối năm, xã đã có 19/19 tiêu chí.\n",
         "xã Ngọc Thiện"),
    ],
)  # fmt: skip
def test_a_count_after_a_commune_was_spoken_of_is_that_communes(
    make_document, body: str, commune: str
) -> None:
    _, facts = read(make_document, body)
    found = places(facts, "criteria_count") + places(facts, "coverage")
    assert found[0] == commune
    assert found[1:] in ([], ["tỉnh Bắc Giang"])  # "có 20 xã đạt chuẩn": the province's


@pytest.mark.parametrize(
    "body",
    [
        "Nông thôn mới ở Nghệ An\n"
        "Trong số các xã điểm của tỉnh Nghệ An, xã Nghi Thịnh có nhiều đổi thay. Người dân "
        "góp hơn 3 tỷ đồng làm đường. Hiện 7/7 thôn của xã đạt chuẩn khu dân cư văn hóa.\n",
        "Nông thôn mới ở Nghệ An\n"
        "Về thăm xã Nghi Thịnh của tỉnh Nghệ An, ai cũng thấy đổi thay. Bà con đóng góp 3 tỷ "
        "đồng. Đến nay 100% xóm trong xã có nhà văn hóa, 7/7 xóm của xã đạt chuẩn.\n",
    ],
)
def test_villages_of_the_commune_and_its_peoples_money_are_the_communes(
    make_document, body: str
) -> None:
    _, facts = read(make_document, body)
    assert places(facts, "funding") == ["xã Nghi Thịnh"]
    assert places(facts, "coverage")[-1:] == ["xã Nghi Thịnh"]


@pytest.mark.parametrize(
    "body",
    [
        # the communes a district counts are the district's, whatever commune came before
        "Huyện Gia Lâm: nhiều xã về đích\n"
        "Huyện Gia Lâm có 20 xã. Xã Kim Sơn là xã đầu tiên đạt chuẩn nông thôn mới nâng cao.\n"
        "Đến nay có 18/20 xã đạt chuẩn nông thôn mới.\n",
        # a clause on the district ends what the commune before says
        "Huyện Gia Lâm: nhiều xã về đích\n"
        "Xã Kim Sơn là xã đầu tiên đạt chuẩn nâng cao. Xã Dương Hà đạt 17/19 tiêu chí.\n"
        "Bình quân toàn huyện đạt 18 tiêu chí/xã; 150/160 thôn đạt chuẩn văn hóa.\n",
    ],
)
def test_the_districts_own_counts_stay_the_districts(make_document, body: str) -> None:
    _, facts = read(make_document, body)
    assert places(facts, "coverage") == ["huyện Gia Lâm"]


def test_a_commune_written_with_its_district_and_province_is_the_subject(make_document) -> None:
    _, facts = read(
        make_document,
        "Xã Hương Sơn đón bằng công nhận\n"
        "Xã Hương Sơn, huyện Phú Bình, tỉnh Thái Nguyên đã đạt 19/19 tiêu chí nông thôn mới.\n",
    )
    assert places(facts, "criteria_count") == ["xã Hương Sơn"]


# -- 2. a province name cut short or garbled ---------------------------------------------------


@pytest.mark.parametrize(
    ("written", "province"),
    [
        ("Quảng Ni", "Quảng Ninh"),  # the page cut the last word
        ("Thái Nguyê", "Thái Nguyên"),
        ("Bắc Nin", "Bắc Ninh"),
        ("Tây Nimh", "Tây Ninh"),  # one letter misread
        ("Hà Tỉnh", None),  # a tone misplaced: the map reads it already, no spelling needed
        ("Quảng", None),  # Quảng Nam, Quảng Ninh, Quảng Ngãi …: none can be told
        ("Hà N", None),
        ("Lào", None),  # one word of two
    ],
)
def test_a_cut_or_misspelt_province_is_read_as_the_one_it_can_be(
    written: str, province: str | None
) -> None:
    spelled = province_spelled(written)
    assert (spelled.name if spelled else None) == province


def test_the_map_resolves_a_cut_province_and_the_districts_in_it() -> None:
    place = parse_place("tỉnh Quảng Ni")
    assert place is not None and resolve_place(place).code == "22"
    district = parse_place("huyện Tiên Yên")
    assert district is not None
    assert resolve_place(district, province="tỉnh Quảng Ni").province == "Quảng Ninh"


@pytest.mark.parametrize(
    ("body", "region"),
    [
        ("Nông thôn mới tỉnh Quảng Ni: kết quả nổi bật\n"
         "Đến hết năm 2023, tỉnh Quảng Ni có 98/98 xã đạt chuẩn nông thôn mới.\n",
         "tỉnh Quảng Ninh"),
        ("Tin từ tỉnh Lạng Sơ\nToàn tỉnh Lạng Sơ hiện có 90/181 xã đạt chuẩn nông thôn mới.\n",
         "tỉnh Lạng Sơn"),
    ],
)  # fmt: skip
def test_a_cut_province_is_the_documents_and_the_facts_under_its_right_name(
    make_document, body: str, region: str
) -> None:
    report, facts = read(make_document, body)
    name = region.split(" ", 1)[1]
    assert unit_and_province(report) == (name, name)
    assert places(facts, "coverage") == [region]


@pytest.mark.parametrize(
    "body",
    [
        "Tỉnh Hxyz tổng kết nông thôn mới\n"
        "Đến nay, huyện Đức Thọ có 25/25 xã đạt chuẩn, tổng vốn huy động 1.200 tỷ đồng.\n",
        "Kết quả ở tỉnh Qxx\nNăm 2017, huyện Đức Thọ có 25/25 xã đạt chuẩn nông thôn mới.\n",
    ],
)
def test_a_province_no_map_has_gives_way_to_the_nearest_place_that_resolves(
    make_document, body: str
) -> None:
    report, facts = read(make_document, body)
    assert unit_and_province(report) == ("Đức Thọ", "Hà Tĩnh")
    assert set(places(facts, "coverage")) == {"huyện Đức Thọ"}


def test_a_fact_of_a_province_no_map_has_takes_the_reports_province(make_document) -> None:
    _, facts = read(
        make_document,
        "Huyện Đức Thọ về đích\n"
        "Huyện Đức Thọ có 25/25 xã đạt chuẩn. Toàn tỉnh Qxz có 182 xã đạt chuẩn.\n",
    )
    assert places(facts, "coverage") == ["huyện Đức Thọ", "tỉnh Hà Tĩnh"]


# -- 3. a town in a dateline or a byline -------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "TP Vĩnh Yên, ngày 12/3/2021\n"
        "Toàn tỉnh có 112/112 xã đạt chuẩn nông thôn mới\n"
        "Đến hết năm 2020, tỉnh Vĩnh Phúc có 112/112 xã đạt chuẩn, 6/9 huyện hoàn thành.\n",
        "Kết quả xây dựng nông thôn mới năm 2022\n"
        "Thành phố Vĩnh Yên, ngày 5 tháng 1 năm 2023\n"
        "Đến hết năm 2022, toàn tỉnh Vĩnh Phúc có 112/112 xã đạt chuẩn nông thôn mới.\n",
        "Tp. Vĩnh Yên, 10/8/2021 - Sáng nay, Ban Chỉ đạo tỉnh Vĩnh Phúc tổ chức sơ kết. Hiện "
        "toàn tỉnh có 112/112 xã đạt chuẩn nông thôn mới.\n",
        "Kết quả xây dựng nông thôn mới\n"
        "VĨNH YÊN - Năm 2021, toàn tỉnh Vĩnh Phúc có 112/112 xã đạt chuẩn nông thôn mới.\n",
    ],
)
def test_the_town_a_dateline_names_is_not_the_unit(make_document, body: str) -> None:
    report, facts = read(make_document, body)
    assert unit_and_province(report) == ("Vĩnh Phúc", "Vĩnh Phúc")
    assert set(places(facts, "coverage")) == {"tỉnh Vĩnh Phúc"}


@pytest.mark.parametrize(
    "body",
    [
        "Kết quả xây dựng nông thôn mới\n"
        "Năm 2021, toàn tỉnh có 145/184 xã đạt chuẩn nông thôn mới. Các huyện Yên Dũng, Lạng "
        "Giang đã hoàn thành nhiệm vụ.\n",
        "Bài và ảnh: Lê Văn Ba - thị xã Việt Yên\n"
        "Nông thôn mới ở Bắc Giang\n"
        "Đến nay, toàn tỉnh có 145/184 xã đạt chuẩn nông thôn mới.\n",
    ],
)
def test_districts_listed_or_in_a_byline_do_not_make_a_provinces_text_theirs(
    make_document, body: str
) -> None:
    report, _ = read(make_document, body)
    assert unit_and_province(report) == ("Bắc Giang", "Bắc Giang")


def test_a_dateline_alone_on_its_line_is_no_headline() -> None:
    meta = read_metadata(
        "Hà Nội, ngày 12/3/2021\nNhiều kết quả trong xây dựng nông thôn mới\n"
        "Năm 2020, toàn tỉnh Hưng Yên có 92/92 xã đạt chuẩn nông thôn mới.\n"
    )
    assert meta.unit is not None and meta.unit.name == "Hưng Yên"


# -- 4. a national summary listing provinces ---------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Nông thôn mới: nhìn lại chặng đường 10 năm\n"
        "Sau 10 năm triển khai Chương trình, đến nay cả nước đã có 5.500 xã đạt chuẩn nông "
        "thôn mới. Tỉnh Nam Định có 204/204 xã đạt chuẩn. Tỉnh Đồng Nai có 133/133 xã đạt "
        "chuẩn. Tỉnh Nam Định cũng là nơi đầu tiên hoàn thành nhiệm vụ.\n",
        "Bức tranh nông thôn mới sau 15 năm\n"
        "Tính đến hết năm 2024, trên cả nước có 6.100 xã đạt chuẩn nông thôn mới. Tỉnh Thái "
        "Bình có 8/8 huyện đạt chuẩn. Tỉnh Thái Bình đã huy động 20.000 tỷ đồng.\n",
        "Những điểm sáng nông thôn mới\n"
        "Theo Văn phòng Điều phối nông thôn mới Trung ương, cả nước hiện có 270 đơn vị cấp "
        "huyện đạt chuẩn. Ở Đồng Nai, 11/11 huyện đã hoàn thành. Toàn tỉnh Đồng Nai có "
        "133/133 xã.\n",
        "Nhiều tỉnh về đích nông thôn mới\n"
        "Năm 2023, nhiều tỉnh như Hưng Yên, Hà Nam đã có 100% xã đạt chuẩn nông thôn mới. "
        "Tỉnh Hà Nam có 6/6 huyện đạt chuẩn. Cả nước hiện có 6.000 xã đạt chuẩn.\n",
    ],
)
def test_a_national_summary_keeps_the_country_as_its_unit(make_document, body: str) -> None:
    report, facts = read(make_document, body)
    assert report.unit is not None and report.unit.level is Level.NATIONAL
    assert report.province is None
    assert places(facts, "coverage")[-1:] in (["cả nước"], ["tỉnh Đồng Nai"], ["tỉnh Thái Bình"])
    assert "cả nước" in places(facts, "coverage")


# -- 5. the pages of a report that never name its province -------------------------------------

_PROVINCE_REPORT = [
    "BÁO CÁO\nKết quả xây dựng nông thôn mới năm 2020\nI. KẾT QUẢ THỰC HIỆN\n"
    "1. Công tác chỉ đạo\nBan Chỉ đạo tỉnh Ninh Bình đã tổ chức đoàn đi học tập kinh nghiệm "
    "tại huyện Hải Hậu, tỉnh Nam Định.\n",
    "2. Kết quả thực hiện các tiêu chí\n"
    "Đến hết năm 2020, toàn tỉnh có 117/119 xã đạt chuẩn nông thôn mới.\n"
    "Tổng nguồn vốn huy động năm 2020 là 3.200 tỷ đồng.\n",
]
_DISTRICT_REPORT = [
    "ỦY BAN NHÂN DÂN\nHUYỆN KIM SƠN\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2021\n"
    "1. Công tác tuyên truyền\nHuyện đã cử cán bộ học tập mô hình tại xã Tam Hiệp, huyện "
    "Phúc Thọ, thành phố Hà Nội và xã Hải Bắc, huyện Hải Hậu, tỉnh Nam Định.\n",
    "2. Kết quả đạt được\nĐến nay đã có 23/25 xã đạt chuẩn nông thôn mới; toàn tỉnh có "
    "117/119 xã đạt chuẩn.\n",
]


@pytest.mark.parametrize(
    ("pages", "unit", "regions"),
    [
        (_PROVINCE_REPORT, "Ninh Bình", ["tỉnh Ninh Bình", "tỉnh Ninh Bình"]),
        (_DISTRICT_REPORT, "Kim Sơn", ["huyện Kim Sơn", "tỉnh Ninh Bình"]),
    ],
)
def test_later_pages_keep_the_documents_province(
    make_document, pages: list[str], unit: str, regions: list[str]
) -> None:
    report, facts = read(make_document, pages=pages)
    assert unit_and_province(report) == (unit, "Ninh Bình")
    assert places(facts, "coverage") + places(facts, "funding") == regions


def test_a_header_in_two_columns_gives_its_unit() -> None:
    meta = read_metadata(
        "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH NINH BÌNH                      Độc lập - Tự do - Hạnh phúc\n"
        "Số: 45/BC-UBND                      Ninh Bình, ngày 15 tháng 12 năm 2020\n"
        "BÁO CÁO\nKết quả xây dựng nông thôn mới năm 2020\n"
        "Toàn tỉnh có 117/119 xã đạt chuẩn nông thôn mới.\n"
    )
    assert meta.unit is not None and meta.unit.name == "Ninh Bình"
    assert meta.province is not None and meta.province.name == "Ninh Bình"


# -- 6. a paragraph's place, and formal layouts ------------------------------------------------


def test_a_paragraph_opening_with_a_place_gives_it_to_the_rest(make_document) -> None:
    _, facts = read(
        make_document,
        "Tỉnh Hà Nam đẩy mạnh phong trào\n"
        "Tại huyện Bình Lục, phong trào phát triển mạnh. Người dân hiến đất làm đường. Nhiều "
        "tuyến đường được nâng cấp. Tổng vốn huy động đạt 50 tỷ đồng.\n"
        "Đến nay, toàn tỉnh có 83/83 xã đạt chuẩn nông thôn mới.\n",
    )
    assert places(facts, "funding") == ["huyện Bình Lục"]
    assert places(facts, "coverage") == ["tỉnh Hà Nam"]


def test_a_district_heading_is_not_overridden_by_a_commune_in_passing(make_document) -> None:
    _, facts = read(
        make_document,
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2019\n"
        "II. KẾT QUẢ CỤ THỂ\n1. Huyện Kim Bảng\n"
        "Tại xã Thụy Lôi, đoàn đã kiểm tra thực tế các công trình.\n"
        "Đến nay có 16/16 xã đạt chuẩn nông thôn mới.\nTổng vốn huy động 520 tỷ đồng.\n"
        "2. Huyện Lý Nhân\nCác xã đã tích cực triển khai theo mô hình của xã Nhân Mỹ.\n"
        "Tổng vốn huy động 610 tỷ đồng; có 20/22 xã đạt chuẩn.\n"
        "3. Kết quả chung toàn tỉnh\n"
        "Tại hội nghị ở huyện Thanh Liêm, các đại biểu thống nhất đánh giá.\n"
        "Toàn tỉnh có 83/83 xã đạt chuẩn, tổng vốn huy động 3.000 tỷ đồng.\n",
    )
    assert places(facts, "coverage") == ["huyện Kim Bảng", "huyện Lý Nhân", "tỉnh Hà Nam"]
    assert places(facts, "funding") == ["huyện Kim Bảng", "huyện Lý Nhân", "tỉnh Hà Nam"]


def test_rows_per_commune_keep_their_commune_and_the_total_the_district(make_document) -> None:
    _, facts = read(
        make_document,
        "ỦY BAN NHÂN DÂN\nHUYỆN THANH LIÊM\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2019\n"
        "2. Kết quả từng xã\nXã Thanh Hà\nĐạt 19/19 tiêu chí; tổng vốn 20 tỷ đồng.\n"
        "Xã Thanh Phong\nĐạt 18/19 tiêu chí; tổng vốn 15 tỷ đồng.\n"
        "3. Đánh giá chung\nCó 16/16 xã đạt chuẩn; tổng vốn 400 tỷ đồng.\n",
    )
    assert places(facts, "criteria_count") == ["xã Thanh Hà", "xã Thanh Phong"]
    assert places(facts, "funding") == ["xã Thanh Hà", "xã Thanh Phong", "huyện Thanh Liêm"]
    assert places(facts, "coverage") == ["huyện Thanh Liêm"]


@pytest.mark.parametrize(
    ("body", "own"),
    [
        ("ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG SƠN\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2022\n"
         "2. Kết quả thực hiện\nTại xã Đông Hòa, mô hình trồng rau an toàn cho thu nhập cao.\n"
         "Tỷ lệ hộ nghèo còn 1,5%. Thu nhập bình quân đạt 62 triệu đồng/người/năm.\n",
         "huyện Đông Sơn"),
        ("ỦY BAN NHÂN DÂN\nXÃ ĐÔNG HÒA\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2022\n"
         "1. Công tác chỉ đạo\nỞ thôn Đông Hải, bà con đã hiến 2.000 m2 đất làm đường.\n"
         "Tỷ lệ hộ nghèo còn 1,1%. Thu nhập bình quân đạt 60 triệu đồng/người/năm.\n",
         "xã Đông Hòa"),
    ],
)  # fmt: skip
def test_a_formal_reports_example_place_does_not_carry_into_the_next_paragraph(
    make_document, body: str, own: str
) -> None:
    _, facts = read(make_document, body)
    assert places(facts, "percentage") == [own, own]


@pytest.mark.parametrize(
    "body",
    [
        "Tỉnh Quảng Bình: hơn 60% xã đạt chuẩn nông thôn mới\n"
        "Đến cuối năm 2022, toàn tỉnh Quảng Bình có 86/136 xã đạt chuẩn.\n"
        "Tại huyện Quảng Ninh, 12/14 xã đạt chuẩn. Riêng thành phố Đồng Hới đã hoàn thành "
        "nhiệm vụ xây dựng nông thôn mới.\n"
        "Tổng nguồn vốn huy động năm 2022 đạt 2.600 tỷ đồng.\n",
        "Tỉnh Quảng Bình: hơn 60% xã đạt chuẩn nông thôn mới\n"
        "Năm 2022, tỉnh Quảng Bình có 86/136 xã đạt chuẩn. Trong đó, đối với thị xã Ba Đồn, "
        "phong trào lan rộng.\n"
        "Tổng nguồn vốn huy động năm 2022 đạt 2.600 tỷ đồng.\n",
    ],
)
def test_a_topic_set_inside_a_paragraph_ends_with_it(make_document, body: str) -> None:
    _, facts = read(make_document, body)
    assert places(facts, "funding") == ["tỉnh Quảng Bình"]


@pytest.mark.parametrize(
    "header",
    [
        "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nSố: 120/BC-BNN-VPĐP\n",
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 31/BC-BNNMT\n",
    ],
)
def test_a_ministrys_report_listing_provinces_is_the_countrys(make_document, header: str) -> None:
    report, facts = read(
        make_document,
        f"{header}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 10 tháng 1 năm 2023\nBÁO CÁO\n"
        "Kết quả thực hiện Chương trình xây dựng nông thôn mới năm 2022\nI. KẾT QUẢ\n"
        "Đến hết năm 2022, cả nước có 6.000 xã đạt chuẩn nông thôn mới. Tỉnh Nam Định có "
        "204/204 xã đạt chuẩn; tỉnh Nam Định có 10/10 huyện đạt chuẩn.\n"
        "Tổng vốn huy động năm 2022 là 250.000 tỷ đồng.\n",
    )
    assert report.unit is not None and report.unit.level is Level.NATIONAL
    assert report.province is None
    assert places(facts, "funding") == ["cả nước"]


def test_money_from_a_cooperative_stays_with_the_reporting_district(make_document) -> None:
    body = (
        "BÁO CÁO kết quả xây dựng nông thôn mới năm 2022 của huyện Yên Hòa\n"
        "Hợp tác xã Hòa Bình góp 3 tỷ đồng làm đường nội đồng.\n"
        "Hội Nông dân xã Tân Lập vận động nhân dân đóng góp 400 triệu đồng.\n"
    )
    _, facts = read(make_document, body)
    assert places(facts, "funding") == ["huyện Yên Hòa", "xã Tân Lập"]


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "BÁO CÁO kết quả xây dựng nông thôn mới năm 2023 của huyện Yên Hòa\n"
            "Với việc hoàn thành 19/19 tiêu chí vào cuối năm, xã Đông Hòa được công nhận đạt chuẩn "
            "nông thôn mới.\n",
            "xã Đông Hòa",
        ),
        (
            "BÁO CÁO kết quả xây dựng nông thôn mới năm 2023 của huyện Yên Hòa\n"
            "Bằng việc hoàn thành 19/19 tiêu chí trong năm 2023, xã Bình Minh trở thành xã "
            "thứ 5 của huyện đạt chuẩn.\n",
            "xã Bình Minh",
        ),
        (
            # the subject after the clause is the district itself: the count stays its own
            "BÁO CÁO kết quả xây dựng nông thôn mới năm 2023 của huyện Yên Hòa\n"
            "Với việc hoàn thành 9/9 tiêu chí huyện nông thôn mới, huyện Yên Hòa được công "
            "nhận đạt chuẩn.\n",
            "huyện Yên Hòa",
        ),
    ],
)
def test_a_count_in_an_introductory_clause_is_the_subject_after_it(
    make_document, body, subject
) -> None:
    _, facts = read(make_document, body)
    assert places(facts, "criteria_count") == [subject]


# -- a province named bare in running text (placeF) -------------------------------------------


@pytest.mark.parametrize(
    ("body", "province"),
    [
        # its people, then "toàn tỉnh"
        (
            "Chung sức xây dựng quê hương\n\nNhiều năm qua, bà con Sóc Trăng đã hiến hàng trăm "
            "ha đất làm đường. Hiện toàn tỉnh có 70/80 xã đạt chuẩn nông thôn mới.\n",
            "Sóc Trăng",
        ),
        # its department as the source, nothing else named
        (
            "Kết quả nổi bật sau 10 năm\n\nTheo Văn phòng Điều phối NTM Quảng Trị, đến nay có "
            "60 xã đạt chuẩn nông thôn mới.\n",
            "Quảng Trị",
        ),
        (
            "Dấu ấn nông thôn mới\n\nTheo Sở NN&PTNT Hưng Yên, đến nay có 93 xã đạt chuẩn "
            "nông thôn mới nâng cao.\n",
            "Hưng Yên",
        ),
    ],
)
def test_a_province_named_bare_mid_sentence_is_the_unit_and_the_place(
    make_document, body: str, province: str
) -> None:
    report, facts = read(make_document, body)
    assert unit_and_province(report) == (province, province)
    assert places(facts, "coverage") == [f"tỉnh {province}"]


def test_a_province_named_bare_is_the_subject_of_its_own_clause(make_document) -> None:
    _, facts = read(
        make_document,
        "Nông thôn mới ở hai tỉnh\n\nTỉnh Bình Định có 50 xã đạt chuẩn nông thôn mới. Trong "
        "khi đó, nông dân Phú Yên đã đóng góp 120 tỷ đồng xây dựng nông thôn mới.\n",
    )
    assert places(facts, "coverage") == ["tỉnh Bình Định"]
    assert places(facts, "funding") == ["tỉnh Phú Yên"]


@pytest.mark.parametrize(
    ("body", "province"),
    [
        # the province inside a headline in capitals, after words of its own
        (
            "CHUYỂN BIẾN Ở LẠNG SƠN: THÊM 11 XÃ VỀ ĐÍCH NÔNG THÔN MỚI\n\nNăm 2022, có thêm 11 xã "
            "đạt chuẩn, nâng tổng số lên 95/181 xã đạt chuẩn nông thôn mới.\n",
            "Lạng Sơn",
        ),
        (
            "SAU 8 NĂM, VĨNH LONG CÓ 70 XÃ ĐẠT CHUẨN NTM\n\nĐến nay, có 70/89 xã đạt chuẩn "
            "nông thôn mới.\n",
            "Vĩnh Long",
        ),
    ],
)
def test_a_province_named_bare_in_a_headline_in_capitals_is_the_unit(
    make_document, body: str, province: str
) -> None:
    report, facts = read(make_document, body)
    assert unit_and_province(report) == (province, province)
    assert set(places(facts, "coverage")) == {f"tỉnh {province}"}


def test_a_district_in_a_headline_in_capitals_ends_where_the_map_knows_it(make_document) -> None:
    report, facts = read(
        make_document,
        "HUYỆN CAN LỘC CÓ 20/20 XÃ ĐẠT CHUẨN NÔNG THÔN MỚI\n\nĐến nay, huyện có 20/20 xã đạt "
        "chuẩn nông thôn mới.\n",
    )
    assert report.unit is not None and report.unit.name == "Can Lộc"
    assert report.province is not None and report.province.name == "Hà Tĩnh"
    assert set(places(facts, "coverage")) == {"huyện Can Lộc"}


@pytest.mark.parametrize(
    "headline",
    [
        "PHÓNG VIÊN BÁO BẮC GIANG GHI NHẬN Ở CƠ SỞ",  # an organisation's word, in capitals
        "KỶ NIỆM CHIẾN THẮNG ĐIỆN BIÊN PHỦ",  # a longer name the map knows
    ],
)
def test_a_bare_name_in_capitals_inside_a_longer_name_is_no_province(headline: str) -> None:
    from baocao.vocab.places import provinces_named_bare

    assert provinces_named_bare(headline + "\n\nCó 12 xã đạt chuẩn.") == ()


@pytest.mark.parametrize(
    "body",
    [
        # a person's name, with a title or a surname
        "Gương sáng làm kinh tế\n\nÔng Long An, nông dân giỏi, cho biết xã đã có 70/80 hộ "
        "khá giả. Toàn tỉnh có 70/80 xã đạt chuẩn nông thôn mới.\n",
        "Gương sáng làm kinh tế\n\nAnh Nguyễn Thái Bình kể lại. Toàn tỉnh có 70/80 xã đạt "
        "chuẩn nông thôn mới.\n",
        # an organisation's name
        "Đồng hành cùng nông dân\n\nNgân hàng Chính sách xã hội Bạc Liêu đã giải ngân. Toàn "
        "tỉnh có 70/80 xã đạt chuẩn nông thôn mới.\n",
        # the page's furniture
        "Đồng hành cùng nông dân\n\nToàn tỉnh có 70/80 xã đạt chuẩn nông thôn mới.\n"
        "Tin liên quan: Tây Ninh huy động 500 tỷ đồng\n",
    ],
)
def test_a_bare_name_inside_a_persons_or_an_organisations_name_is_no_place(
    make_document, body: str
) -> None:
    report, _ = read(make_document, body)
    assert report.province is None or report.province.name != "Long An"
    assert report.unit is None or report.unit.level is not Level.PROVINCE


def test_every_bare_guard_keeps_its_examples_from_naming_a_province() -> None:
    from baocao.data.lexicon import load_data
    from baocao.vocab.places import provinces_named_bare

    # also a city the text names with its prefix: the bare name could be either
    assert provinces_named_bare("Người dân Vĩnh Long phấn khởi; thành phố Vĩnh Long có …") == ()
    data = load_data("place_prefixes.toml")
    for example in data["bare_province"]["example"]:
        assert provinces_named_bare(example), example
    for entry in data["bare_guard"]:
        for example in entry["example"]:
            assert provinces_named_bare(example) == (), (entry["written"], example)


# -- one district in another spelling, a bracketed name, a residential area (placeF) ---------


@pytest.mark.parametrize(
    ("written", "official"),
    [
        ("huyện Chư Jút", "huyện Cư Jút"),  # a letter added
        ("huyện Đắc Mil", "huyện Đắk Mil"),  # "c" for "k"
        ("huyện Krông Nồ", "huyện Krông Nô"),  # a tone mark: the key already folds it
    ],
)
def test_a_misspelt_district_resolves_within_the_texts_province(
    make_document, written: str, official: str
) -> None:
    _, facts = read(
        make_document,
        f"Tỉnh Đắk Nông đẩy mạnh nông thôn mới\n\nĐến nay, {written} có 6/7 xã đạt chuẩn "
        "nông thôn mới.\n",
    )
    assert places(facts, "coverage") == [official]


def test_a_misspelling_never_reaches_another_provinces_district() -> None:
    # "Chư Sê" is a district of Gia Lai: written right, it is not read as one of Đắk Nông's
    found = resolve_place(parse_place("huyện Chư Sê"), province="Đắk Nông")
    assert found.province != "Đắk Nông"
    # too short to be told from its neighbours: left as written
    assert resolve_place(parse_place("huyện Lắc"), province="Đắk Lắk").code is None


def test_a_described_level_word_takes_the_place_its_bracket_names(make_document) -> None:
    _, facts = read(
        make_document,
        "Tỉnh Thanh Hóa hỗ trợ huyện nghèo\n\nĐến nay, huyện nghèo (huyện Mường Lát) đã có "
        "3/8 xã đạt chuẩn nông thôn mới.\n",
    )
    assert places(facts, "coverage") == ["huyện Mường Lát"]


def test_a_residential_area_meeting_its_criteria_is_its_own_place(make_document) -> None:
    _, facts = read(
        make_document,
        "Xã Quảng Phú về đích\n\nXã Quảng Phú, huyện Quảng Điền đã đạt 19/19 tiêu chí. Khu "
        "dân cư Phú Lương A đạt 10/10 tiêu chí khu dân cư kiểu mẫu.\n",
    )
    assert places(facts, "criteria_count") == ["xã Quảng Phú", "khu dân cư Phú Lương A"]


# -- "toàn tỉnh" in a statement, and each commune's own sentences ----------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Huyện Lục Ngạn vừa có thêm 2 xã được công nhận, nâng số xã đạt chuẩn nông thôn "
        "mới trên toàn tỉnh lên 120 xã.\n",
        "Lục Ngạn vừa trao bằng công nhận cho 2 xã, qua đó số xã đạt chuẩn nông thôn mới "
        "trên toàn tỉnh là 120 xã.\n",
    ],
)
def test_the_whole_province_in_a_statement_is_the_provinces_after_a_district(
    make_document, body: str
) -> None:
    _, facts = read(make_document, "Bắc Giang: huyện Lục Ngạn thêm một xã về đích\n" + body)
    whole = [f.region for f in facts if f.kind == "coverage" and f.quote[:4] != "2 xã"]
    assert whole == ["tỉnh Bắc Giang"]


def test_each_communes_paragraph_keeps_its_figures(make_document) -> None:
    report, facts = read(
        make_document,
        "Vũ Hội (Vũ Thư) là xã đạt chuẩn nông thôn mới nâng cao, gần thị trấn Vũ Thư. Tỷ lệ "
        "hộ nghèo của xã còn 0,8%.\n"
        "Xã Đông Hợp (Đông Hưng) cũng có nhiều đổi thay, tỷ lệ hộ nghèo còn 1,2%.\n",
    )
    assert [u.name for u in report.units] == ["Vũ Hội", "Đông Hợp"]
    assert places(facts, "percentage") == ["xã Vũ Hội", "xã Đông Hợp"]


def test_a_province_named_bare_before_the_whole_province_is_that_province(make_document) -> None:
    _, facts = read(
        make_document,
        "Nông thôn mới ở hai tỉnh miền Tây\n"
        "Tính đến cuối năm 2019, toàn tỉnh Trà Vinh có 60 xã đạt chuẩn nông thôn mới, ấp "
        "Vĩnh Long của xã Hòa Ân đạt chuẩn ấp văn hóa.\n"
        "Tại Vĩnh Long, theo báo cáo của Sở Nông nghiệp tỉnh, năm 2019 toàn tỉnh có 45 xã "
        "đạt chuẩn nông thôn mới.\n",
    )
    assert places(facts, "coverage") == ["tỉnh Trà Vinh", "tỉnh Vĩnh Long"]


def test_the_whole_province_beats_a_title_read_as_a_town_at_the_sentence_opening(
    make_document,
) -> None:
    # "Chủ tịch" opening the sentence is read bare as the town thị xã Chũ of Bắc Giang
    _, facts = read(
        make_document,
        "Chủ tịch UBND tỉnh Bắc Giang vừa trao bằng công nhận cho 2 xã, nâng số xã đạt chuẩn "
        "nông thôn mới trên toàn tỉnh lên 120 xã.\n\n"
        "2 xã được công nhận là: xã Kiên Lao (huyện Lục Ngạn) và Phì Điền (huyện Lục Ngạn).\n",
    )
    whole = [f.region for f in facts if f.kind == "coverage" and f.quote[:4] != "2 xã"]
    assert whole == ["tỉnh Bắc Giang"]


# -- a commune that shares a province's name, in a list of communes (placeM) -----------------


@pytest.mark.parametrize(
    "body",
    [
        # the list's items carry their districts in brackets
        "Tỉnh Quảng Nam tổng kết năm\n\nNăm 2019, có thêm 6 xã đạt chuẩn: Tam Thăng, Tam "
        "Ngọc (Tam Kỳ); Điện Phước, Hà Nam (Điện Bàn); Quế Xuân (Quế Sơn). Toàn tỉnh có "
        "90/204 xã đạt chuẩn nông thôn mới.\n",
        # the name itself followed by its district
        "Tỉnh Bình Định về đích sớm\n\nXã Mỹ Hòa, Long An (huyện Phù Mỹ) vừa được công nhận. "
        "Toàn tỉnh có 70/120 xã đạt chuẩn nông thôn mới.\n",
        # a plural lead: "các xã"
        "Tỉnh Ninh Bình tăng tốc\n\nCác xã Gia Lập, Hòa Bình và Khánh Thiện đã về đích. "
        "Toàn tỉnh có 100/119 xã đạt chuẩn nông thôn mới.\n",
    ],
)
def test_a_commune_named_like_a_province_in_a_list_of_communes_is_no_province(
    make_document, body: str
) -> None:
    report, facts = read(make_document, body)
    province = body.split("\n")[0].split(" ")[1:3]
    assert unit_and_province(report)[1] == " ".join(province)
    assert all("Long An" not in p and "Hà Nam" not in p for p in places(facts, "coverage"))
    assert all("Hòa Bình" not in p for p in places(facts, "coverage"))


def test_an_address_of_a_commune_and_its_province_still_names_the_province() -> None:
    from baocao.vocab.places import provinces_named_bare

    found = provinces_named_bare("Nông dân Quảng Ngãi góp 30 tỷ đồng làm đường")
    assert [p.name for _, _, p in found] == ["Quảng Ngãi"]
    # a bracket with no place in it, or the province's own name
    found = provinces_named_bare("Người dân Gia Lai (GL) hiến 5 ha đất")
    assert [p.name for _, _, p in found] == ["Gia Lai"]


@pytest.mark.parametrize(
    ("phrase", "place"),
    [
        ("đổi mới nông thôn Thủ đô", None),  # the countryside of the capital
        ("Nông thôn Lạng Sơn khởi sắc", None),
        ("đại lý bán buôn Hàng Tiêu Dùng", None),  # wholesale
        ("tình làng xóm Việt Nam", None),  # the neighbourhood
        ("thôn Đồng Tâm có 200 hộ", "thôn Đồng Tâm"),
        ("xóm Bến Đò đạt chuẩn", "xóm Bến Đò"),
    ],
)
def test_a_prefix_ending_a_common_word_names_no_village(phrase: str, place: str | None) -> None:
    import re

    from baocao.vocab.places import PLACE_PATTERN

    found = [m.group() for m in re.finditer(PLACE_PATTERN, phrase)]
    assert found == ([place] if place else [])


@pytest.mark.parametrize(("when", "name"), [("2019-05-02", "Thừa Thiên Huế"), ("2026", "Huế")])
def test_a_province_read_from_its_districts_is_named_as_it_was_then(when: str, name: str) -> None:
    from baocao.vocab.places import place_named, province_as_then

    now = place_named("Huế")
    assert now is not None
    assert province_as_then(now, when).name == name
    assert province_as_then(now, None).name == "Huế"


def test_a_text_before_the_rename_names_the_former_province() -> None:
    meta = read_metadata(
        "Kết quả xây dựng nông thôn mới năm 2019\n\nNăm 2019, có thêm 8 xã đạt chuẩn: "
        "Phong Chương, Phong Bình (Phong Điền); Quảng An (Quảng Điền); Vinh Hà (Phú Vang), "
        "nâng tổng số xã đạt chuẩn toàn tỉnh lên 52 xã.\n"
    )
    assert meta.province is not None and meta.province.name == "Thừa Thiên Huế"


# -- the communes of a former province as a sentence's topic ----------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Tại các xã thuộc địa bàn Bến Tre trước khi sáp nhập: có 21/45 xã đạt chuẩn.",
        "Ở các xã thuộc Bến Tre (cũ): có 21/45 xã đạt chuẩn, tiêu biểu là Phú Lễ, Tân Xuân.",
        "Tại Bến Tre (cũ): có 21/45 xã đạt chuẩn.",
    ],
)
def test_a_lead_naming_the_communes_of_a_former_province_gives_it_the_counts_after_it(
    make_document, lead: str
) -> None:
    text = (
        "Vĩnh Long rà soát xã đạt chuẩn nông thôn mới\n"
        f"Theo số liệu tổng hợp, toàn tỉnh Vĩnh Long hiện có 52 xã đạt chuẩn. {lead}\n"
    )
    _, facts = read(make_document, text)
    # the former province as written, marked as one (vocab/former.py): not the new Vĩnh Long
    assert places(facts, "coverage") == ["tỉnh Vĩnh Long", "tỉnh Bến Tre (cũ)"]


# -- a commune's own result is an item of a district's or a province's account ---------------


@pytest.mark.parametrize(
    "opening",
    [
        "Xã Quang Minh đạt 19/19 tiêu chí.",
        "Năm 2022, xã Quang Minh (huyện Hiệp Hòa) đã được công nhận đạt chuẩn nông thôn mới.",
    ],
)
def test_a_communes_own_result_does_not_make_it_the_paragraphs_place(
    make_document, opening: str
) -> None:
    _, facts = read(
        make_document,
        "Huyện Hiệp Hòa tổng kết nông thôn mới\n"
        f"{opening} Thu nhập bình quân đạt 58 triệu đồng/người/năm. Tỷ lệ hộ nghèo còn 1,8%.\n",
    )
    assert set(places(facts, "percentage")) == {"huyện Hiệp Hòa"}


def test_a_sentence_on_the_whole_district_ends_what_the_commune_before_says(
    make_document,
) -> None:
    _, facts = read(
        make_document,
        "Huyện Hiệp Hòa tổng kết nông thôn mới\n"
        "Xã Quang Minh có nhiều đổi thay. Toàn huyện có 20/24 xã đạt chuẩn nông thôn mới. "
        "Tỷ lệ hộ nghèo còn 1,8%.\n",
    )
    assert places(facts, "coverage") == ["huyện Hiệp Hòa"]
    assert places(facts, "percentage") == ["huyện Hiệp Hòa"]


@pytest.mark.parametrize(
    "body",
    [
        # a commune's section, a topic the sentence sets: the commune's
        "Huyện Hiệp Hòa tổng kết nông thôn mới\n"
        "Tại xã Quang Minh, bà con góp 2 tỷ đồng làm đường. Tỷ lệ hộ nghèo còn 1,8%.\n",
        "Huyện Hiệp Hòa tổng kết nông thôn mới\n"
        "1. Xã Quang Minh: đạt 19/19 tiêu chí. Tỷ lệ hộ nghèo còn 1,8%.\n",
    ],
)
def test_a_communes_section_or_topic_still_carries(make_document, body: str) -> None:
    _, facts = read(make_document, body)
    assert places(facts, "percentage") == ["xã Quang Minh"]
