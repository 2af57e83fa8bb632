"""Coverage of district-level units (huyện, thị xã, "đơn vị cấp huyện") in the ways news
writes them: the K-th unit to reach the standard, one unit counted with its name in
brackets, a whole listed by kind before a generic count ("địa phương", "đơn vị"), and a count
listed before a commune ratio that shares its predicate. Every text is our own wording of its
class; each class has twins that must not fire."""

from __future__ import annotations

import pytest
from readfacts import news_facts_of as facts_of


def coverage(make_document, body: str) -> list[tuple[int, int | None, int | None, str]]:
    return [
        (f.units_met, f.units_total, f.criterion, f.region)
        for f in facts_of(make_document, body)
        if f.kind == "coverage"
    ]


# -- the K-th unit to reach the standard -------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Năm 2022, Mỏ Cày Bắc là huyện thứ hai của tỉnh Bến Tre được công nhận đạt chuẩn "
            "nông thôn mới.\n",
            [(2, None, None, "tỉnh Bến Tre")],
        ),
        (
            "Năm 2020, Nghi Xuân là đơn vị cấp huyện thứ 4 của tỉnh Hà Tĩnh hoàn thành mục tiêu "
            "quốc gia xây dựng nông thôn mới.\n",
            [(4, None, None, "tỉnh Hà Tĩnh")],
        ),
        (
            "Tháng 9/2021, thị xã Kỳ Anh trở thành đơn vị cấp huyện thứ 5 của tỉnh Hà Tĩnh về "
            "đích nông thôn mới.\n",
            [(5, None, None, "tỉnh Hà Tĩnh")],
        ),
        # the whole only where the sentence writes it
        (
            "Năm 2023, Long Hưng là xã thứ 7 trong tổng số 13 xã của huyện Châu Thành đạt chuẩn "
            "nông thôn mới.\n",
            [(7, 13, None, "huyện Châu Thành")],
        ),
    ],
)
def test_the_kth_unit_to_reach_the_standard_counts_k(make_document, body, expected) -> None:
    assert coverage(make_document, body) == expected


def test_the_kth_district_is_counted_in_its_province_not_in_itself(make_document) -> None:
    # "của tỉnh" with no name: the district the sentence is about holds no districts
    body = (
        "Huyện Thạnh Phú, tỉnh Bến Tre\n"
        "Năm 2023, Thạnh Phú là huyện thứ 6 của tỉnh được công nhận đạt chuẩn nông thôn mới.\n"
    )
    assert coverage(make_document, body) == [(6, None, None, "tỉnh Bến Tre")]


@pytest.mark.parametrize(
    "body",
    [
        # no standard reached: a rank of another kind
        "Năm 2022, Mỏ Cày Bắc là huyện thứ hai của tỉnh Bến Tre có tỷ lệ hộ nghèo dưới 2%.\n",
        "Năm 2022, Giồng Trôm là huyện thứ 3 của tỉnh Bến Tre hoàn thành kế hoạch giải ngân "
        "vốn nông thôn mới.\n",
        # a place named "Thứ …", and an ordinal of times, not of units
        "Năm 2022, xã Thứ Mười Một đạt chuẩn nông thôn mới.\n",
        "Năm 2022, xã An Hiệp lần thứ 2 được tặng bằng khen về xây dựng nông thôn mới.\n",
    ],
)
def test_other_ordinals_are_no_coverage(make_document, body) -> None:
    assert coverage(make_document, body) == []


# -- one district-level unit counted with its name in brackets ---------------------------------


@pytest.mark.parametrize(
    ("body", "met"),
    [
        (
            "Năm 2022, tỉnh Bến Tre có 1 huyện (huyện Chợ Lách) được công nhận đạt chuẩn nông "
            "thôn mới.\n",
            1,
        ),
        (
            "Đến hết năm 2021, tỉnh Hà Tĩnh có 01 đơn vị cấp huyện (thị xã Hồng Lĩnh) hoàn thành "
            "nhiệm vụ xây dựng nông thôn mới.\n",
            1,
        ),
        (
            "Năm 2022, tỉnh Đồng Tháp có 2 thị xã (Hồng Ngự, Bình Minh) hoàn thành nhiệm vụ xây "
            "dựng nông thôn mới.\n",
            2,
        ),
    ],
)
def test_district_level_units_named_in_brackets_are_counted(make_document, body, met) -> None:
    [(units_met, total, criterion, _)] = coverage(make_document, body)
    assert (units_met, total, criterion) == (met, None, None)


@pytest.mark.parametrize(
    "body",
    [
        # one commune named is its recognition, no count (as before)
        "Năm 2022, huyện Chợ Lách có 1 xã (xã Hòa Nghĩa) được công nhận đạt chuẩn nông thôn mới.\n",
        # no standard reached
        "Năm 2022, tỉnh Bến Tre có 1 huyện (huyện Chợ Lách) đang hoàn thiện hồ sơ đề nghị xét "
        "công nhận.\n",
    ],
)
def test_a_named_commune_or_a_file_in_progress_is_no_count(make_document, body) -> None:
    assert coverage(make_document, body) == []


# -- a whole listed by kind, a generic count of the units all of whose communes reach it -------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Năm 2022, trong số 8 huyện, thị xã, thành phố của tỉnh Bến Tre thì có 2 đơn vị "
            "đạt 100% xã NTM.\n",
            (2, 8),
        ),
        (
            "Năm 2021, tỉnh Sóc Trăng có 11 huyện, thị xã, thành phố, trong đó 3 đơn vị có 100% "
            "số xã đạt chuẩn nông thôn mới.\n",
            (3, 11),
        ),
        (
            "Năm 2022, trong số 8 huyện, thị xã, thành phố của tỉnh Bến Tre có 5 địa phương đạt "
            "chuẩn nông thôn mới.\n",
            (5, 8),
        ),
    ],
)
def test_a_generic_count_of_a_whole_listed_by_kind(make_document, body, expected) -> None:
    [(met, total, criterion, _)] = coverage(make_document, body)
    assert (met, total, criterion) == (*expected, None)


@pytest.mark.parametrize(
    "body",
    [
        # all the households, or all the communes having one thing: not the communes' standard
        "Năm 2022, trong số 8 huyện, thị xã, thành phố của tỉnh Bến Tre có 4 địa phương với "
        "100% số hộ dùng nước sạch.\n",
        "Năm 2022, trong số 8 huyện, thị xã, thành phố của tỉnh Bến Tre có 6 đơn vị đạt "
        "100% xã có nhà văn hóa.\n",
    ],
)
def test_all_of_something_else_is_no_coverage(make_document, body) -> None:
    assert coverage(make_document, body) == []


# -- counts of other units listed before a commune ratio ---------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Năm 2022, toàn tỉnh Bến Tre có 3 huyện, 60/90 xã đạt chuẩn nông thôn mới.\n",
            [(3, None), (60, 90)],
        ),
        (
            "Năm 2021, tỉnh Hà Tĩnh đã có 1 thị xã, 2 huyện và 170/216 xã hoàn thành nhiệm vụ "
            "xây dựng nông thôn mới.\n",
            [(1, None), (2, None), (170, 216)],
        ),
    ],
)
def test_counts_listed_before_a_ratio_share_its_predicate(make_document, body, expected) -> None:
    assert [(met, total) for met, total, _, _ in coverage(make_document, body)] == expected


@pytest.mark.parametrize(
    ("body", "ratio"),
    [
        # the same unit before the ratio is its whole; a count after a preposition says
        # nothing; a list of wholes before "trong đó" is no list of statements
        ("Năm 2022, huyện Ba Tri có 20 xã, 12/20 xã đạt chuẩn nông thôn mới.\n", (12, 20)),
        (
            "Năm 2022, tỉnh Bến Tre hỗ trợ cho 3 huyện, 20/90 xã đạt chuẩn nông thôn mới.\n",
            (20, 90),
        ),
        (
            "Năm 2022, tỉnh Bến Tre có 8 huyện, 164 xã, trong đó 20/164 xã đạt chuẩn nông thôn "
            "mới.\n",
            (20, 164),
        ),
    ],
)
def test_a_whole_or_a_preposition_before_a_ratio_is_no_item(make_document, body, ratio) -> None:
    assert [(met, total) for met, total, _, _ in coverage(make_document, body)] == [ratio]


# -- a city of a province counted alone, as huyện and thị xã --------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Đến cuối năm 2022, tỉnh Quảng Ninh có 3 thành phố (Uông Bí, Cẩm Phả, Móng Cái) "
            "hoàn thành nhiệm vụ xây dựng nông thôn mới.\n",
            [(3, None, None, "tỉnh Quảng Ninh")],
        ),
        (
            "Năm 2021, toàn tỉnh Quảng Ninh có 1 thị xã và 2 thành phố được công nhận đạt chuẩn "
            "nông thôn mới.\n",
            [(1, None, None, "tỉnh Quảng Ninh"), (2, None, None, "tỉnh Quảng Ninh")],
        ),
    ],
)
def test_cities_counted_alone_are_district_level_coverage(make_document, body, expected) -> None:
    assert coverage(make_document, body) == expected


def test_a_city_named_is_the_place_not_a_count(make_document) -> None:
    body = "Năm 2022, thành phố Uông Bí có 4/4 xã đạt chuẩn nông thôn mới.\n"
    assert coverage(make_document, body) == [(4, 4, None, "thành phố Uông Bí")]


# -- towns and cities counted together as "đô thị" ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Đến nay, tỉnh Long An có 2 đô thị hoàn thành nhiệm vụ xây dựng nông thôn mới.\n",
            [(2, None, None, "tỉnh Long An")],
        ),
        (
            "Năm 2023, tỉnh Long An có thêm 1 đô thị được công nhận đạt chuẩn nông thôn mới.\n",
            [(1, None, None, "tỉnh Long An")],
        ),
    ],
)
def test_towns_counted_as_do_thi_are_district_level_coverage(make_document, body, expected) -> None:
    assert coverage(make_document, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2023, tỉnh Long An có 3 đô thị loại IV và 12 đô thị loại V.\n",
        "Năm 2023, tỉnh Long An phấn đấu phát triển 4 đô thị văn minh, sạch đẹp.\n",
    ],
)
def test_towns_of_a_grade_are_no_coverage(make_document, body) -> None:
    assert coverage(make_document, body) == []


# -- a digest's later item speaking of its own province bare ------------------------------------


def test_a_digest_item_of_its_own_does_not_take_the_country_of_the_first(make_document) -> None:
    body = (
        "Bản tin nông thôn mới\n\nCả nước có 45% xã đạt chuẩn Đến nay, cả nước đã có 45% xã "
        "đạt chuẩn, 60 huyện được công nhận ...\n\n"
        "  • Kết quả đến 30/6/2017 - Toàn tỉnh có 25 xã đạt chuẩn nông thôn mới, tăng 5 xã ...\n"
    )
    found = coverage(make_document, body)
    assert (60, None, None, "cả nước") in found
    assert [region for met, _, _, region in found if met == 25] == [""]


# -- district-level units recognised nationwide, their provinces' full name between -----------


@pytest.mark.parametrize(
    "body",
    [
        "Tính đến tháng 6/2023, cả nước có 270 đơn vị cấp huyện thuộc 59 tỉnh, thành phố trực "
        "thuộc Trung ương đã được Thủ tướng Chính phủ công nhận hoàn thành nhiệm vụ đạt chuẩn "
        "nông thôn mới, chiếm khoảng 41,2% tổng số đơn vị cấp huyện.\n",
        "Năm 2023, toàn quốc có 270 đơn vị cấp huyện thuộc 59 tỉnh, thành phố trực thuộc TW "
        "được công nhận hoàn thành nhiệm vụ đạt chuẩn nông thôn mới (chiếm 41,2%).\n",
    ],
)
def test_district_units_completing_the_task_with_the_provinces_named_in_full(
    make_document, body: str
) -> None:
    facts = facts_of(make_document, body)
    assert [
        (f.units_met, f.units_total, f.percent_stated) for f in facts if f.kind == "coverage"
    ] == [(270, None, 41.2)]
    # the share is the coverage's, no percentage of its own
    assert not [f for f in facts if f.kind == "percentage"]
