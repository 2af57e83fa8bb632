"""Classes of the sealed set opened on 2026-12-07 (our own wording throughout):

* a part after "trong đó" is of the count before it, not of a count in an aside between;
* a part after "trong đó" of a K/N of units taking part in the programme is of those units;
* "còn K xã đạt M/19 tiêu chí (thuộc huyện X)" is the criteria count of the rest, a group;
* cities written "TP" that complete the programme's task are counted as cities.
"""

from __future__ import annotations

import pytest
from readfacts import facts_of, of_kind

from baocao.model import Coverage, CriteriaCount


def coverage(make_document, text: str) -> list[tuple[int | None, int, int | None]]:
    return [
        (f.criterion, f.units_met, f.units_total)
        for f in of_kind(facts_of(make_document, text), Coverage)
    ]


# -- 1. an aside between a count and its "trong đó" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Đến nay toàn tỉnh có 95 xã đạt chuẩn nông thôn mới. Ngoài ra có 28 xã đạt chuẩn "
            "NTM nâng cao (có 5 xã đang hoàn thiện hồ sơ đề nghị công nhận), trong đó có 6 xã "
            "đạt chuẩn NTM kiểu mẫu.\n",
            (None, 6, 28),
        ),
        (
            "Toàn huyện có 14 thôn đạt chuẩn thôn nông thôn mới (riêng năm nay thêm 3 thôn), "
            "trong đó 4 thôn đạt chuẩn thôn kiểu mẫu.\n",
            (None, 4, 14),
        ),
    ],
)
def test_a_count_in_an_aside_is_not_the_whole_of_the_part_after_it(
    make_document, text: str, part: tuple[int | None, int, int]
) -> None:
    found = coverage(make_document, text)
    assert part in found
    # the aside's count is never the part's whole (no "6/5", no "4/3")
    assert all(total is None or met <= total for _, met, total in found)


def test_an_aside_whose_count_is_the_only_one_leaves_the_part_without_a_whole(
    make_document,
) -> None:
    text = (
        "Huyện có thêm xã đạt chuẩn nâng cao (gồm 3 xã ở vùng biên giới), trong đó 2 xã đạt "
        "chuẩn nông thôn mới kiểu mẫu.\n"
    )
    assert (None, 2, None) in coverage(make_document, text)


# -- 2. "trong đó:" after a K/N of units taking part ---------------------------------------


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Toàn huyện có 21/21 xã triển khai thực hiện chương trình xây dựng nông thôn mới, "
            "trong đó: 12 xã đã được UBND tỉnh công nhận đạt chuẩn nông thôn mới (chiếm "
            "57,1%); 3 xã đạt từ 15 - 18 tiêu chí.\n",
            (None, 12, 21),
        ),
        (
            "Năm 2020 tỉnh có 88/88 xã tham gia Chương trình, trong đó 30 xã được công nhận "
            "đạt chuẩn nông thôn mới.\n",
            (None, 30, 88),
        ),
    ],
)
def test_a_part_of_the_units_taking_part_is_out_of_them(
    make_document, text: str, part: tuple[int | None, int, int]
) -> None:
    found = coverage(make_document, text)
    assert part in found
    # the units taking part are no coverage of their own (FACTS.md)
    assert (None, part[2], part[2]) not in found


def test_a_part_after_a_ratio_that_reaches_the_standard_keeps_no_whole(make_document) -> None:
    # the K/N reaches the standard itself: its part ("trong đó … nâng cao") is of the K, which
    # the shared tests leave unwritten
    text = "Tỉnh có 60/80 xã đạt chuẩn nông thôn mới, trong đó có 9 xã đạt chuẩn nâng cao.\n"
    assert (None, 9, None) in coverage(make_document, text)


# -- 3. the rest of the units, counted after "còn" -------------------------------------------


def counts(make_document, text: str) -> list[tuple[str, int, int | None]]:
    return [(f.subject, f.met, f.of) for f in of_kind(facts_of(make_document, text), CriteriaCount)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đến nay toàn tỉnh có 120/125 xã đạt chuẩn nông thôn mới. Bên cạnh đó, còn 5 xã "
            "đạt 16/19 tiêu chí thuộc huyện Bảo Lâm.\n",
            ("5 xã còn lại thuộc huyện Bảo Lâm", 16, 19),
        ),
        (
            "Huyện Lâm Hà có 14/16 xã đạt chuẩn; còn lại 2 xã đạt 18/19 tiêu chí.\n",
            ("2 xã còn lại của huyện Lâm Hà", 18, 19),
        ),
    ],
)
def test_the_units_left_counted_after_con_are_one_group(
    make_document, text: str, expected: tuple[str, int, int]
) -> None:
    assert counts(make_document, text) == [expected]


def test_the_units_left_at_the_whole_set_are_no_group_count(make_document) -> None:
    # "còn 2 xã đạt 19/19 tiêu chí": units meeting the whole set are coverage (FACTS.md)
    text = "Huyện có 10/12 xã đạt chuẩn nông thôn mới, còn 2 xã đạt 19/19 tiêu chí.\n"
    assert counts(make_document, text) == []


# -- 4. cities written "TP" completing the programme's task ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Toàn tỉnh hiện có 5 huyện đạt chuẩn NTM; 2 TP Đà Lạt và Bảo Lộc hoàn thành nhiệm vụ "
        "xây dựng NTM.\n",
        "Đến cuối năm 2023, tỉnh có 2 TP được công nhận hoàn thành nhiệm vụ xây dựng nông "
        "thôn mới.\n",
    ],
)
def test_cities_written_tp_that_complete_the_task_are_counted(make_document, text: str) -> None:
    found = of_kind(facts_of(make_document, text), Coverage)
    cities = [f for f in found if f.unit_kind == "thành phố"]
    assert [(f.criterion, f.units_met, f.units_total) for f in cities] == [(None, 2, None)]


def test_a_city_named_after_tp_is_a_place_not_a_count(make_document) -> None:
    found = of_kind(facts_of(make_document, "TP Đà Lạt có 4/4 xã đạt chuẩn NTM.\n"), Coverage)
    assert [(f.region, f.units_met, f.units_total, f.unit_kind) for f in found] == [
        ("thành phố Đà Lạt", 4, 4, "xã")
    ]
