"""Counts and coverage written in the ways real news writes them and the extractor missed
(README, "What the extractor still misses"): counts in words, communes named after the
standard they hold or after a whole-set count, criteria no commune meets named after their
count, and the 2025 merger's own standard. Every text is our own wording of its class."""

from __future__ import annotations

import pytest
from readfacts import news_facts_of as facts_of


def kind(facts, name: str):
    return [f for f in facts if f.kind == name]


def coverage(facts) -> list[tuple[int, int | None, int | None]]:
    return [(f.units_met, f.units_total, f.criterion) for f in kind(facts, "coverage")]


def counts(facts) -> list[tuple[str, int, int | None]]:
    return [(f.subject, f.met, f.of) for f in kind(facts, "criteria_count")]


# -- counts written in words --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "met"),
    [
        ("Năm 2024, tỉnh Thái Bình có thêm Một đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng "
         "nông thôn mới.\n", 1),
        ("Đến nay, huyện Kỳ Anh đã có hai xã được công nhận đạt chuẩn nông thôn mới nâng "
         "cao.\n", 2),
        ("Toàn tỉnh hiện có ba huyện đạt chuẩn nông thôn mới.\n", 3),
        ("Huyện Lâm Thao hiện có mười hai xã đạt chuẩn nông thôn mới kiểu mẫu.\n", 12),
        ("Đến hết năm 2023, toàn huyện có hai mươi mốt xã đạt chuẩn NTM.\n", 21),
    ],
)  # fmt: skip
def test_units_counted_in_words_are_coverage(make_document, body: str, met: int) -> None:
    assert [c[0] for c in coverage(facts_of(make_document, body))] == [met]


@pytest.mark.parametrize(
    "body",
    [
        "Xã Tân Lập là một xã đạt chuẩn nông thôn mới nâng cao của huyện.\n",
        "Sau mười năm xã đạt chuẩn nông thôn mới, đời sống người dân đổi thay.\n",
        "Một số xã đạt chuẩn nông thôn mới chưa giữ vững tiêu chí.\n",
    ],
)
def test_words_that_are_no_count_of_units(make_document, body: str) -> None:
    assert coverage(facts_of(make_document, body)) == []


def test_criteria_left_counted_in_words(make_document) -> None:
    facts = facts_of(
        make_document,
        "Năm 2022, xã Quỳnh Lâm đạt 17/19 tiêu chí, còn thiếu hai tiêu chí là môi trường "
        "và thu nhập.\n",
    )
    assert ("xã Quỳnh Lâm", 2, 19) in counts(facts)
    unmet = sorted(f.criterion for f in kind(facts, "verdict") if not f.met)
    assert unmet == [10, 17]


# -- communes named after the standard they hold -----------------------------------------------


def test_communes_named_after_the_standard_they_hold(make_document) -> None:
    facts = facts_of(
        make_document,
        "Huyện Tiên Phước có 15 xã, trong đó có 4 xã nông thôn mới (Tiên Kỳ, Tiên Lập, "
        "Tiên Hà, Tiên Châu).\n",
    )
    assert coverage(facts) == [(4, 15, None)]
    assert sorted(counts(facts)) == [
        ("xã Tiên Châu", 19, 19),
        ("xã Tiên Hà", 19, 19),
        ("xã Tiên Kỳ", 19, 19),
        ("xã Tiên Lập", 19, 19),
    ]


def test_communes_named_after_la_and_a_list_of_standards(make_document) -> None:
    facts = facts_of(
        make_document,
        "Đến nay huyện có 3 xã NTM và hai xã NTM nâng cao là xã Nghĩa Hòa và xã Nghĩa Lâm.\n",
    )
    assert [c[0] for c in coverage(facts)] == [3, 2]
    assert sorted(counts(facts)) == [("xã Nghĩa Hòa", 19, 19), ("xã Nghĩa Lâm", 19, 19)]


def test_one_commune_named_is_its_recognition_not_a_count(make_document) -> None:
    facts = facts_of(make_document, "Năm 2021, huyện có 1 xã nông thôn mới (xã Hòa Tiến).\n")
    assert coverage(facts) == [] and counts(facts) == []


def test_a_recognition_with_its_verb_names_no_count(make_document) -> None:
    # the corpus gold reads "02 xã được công nhận đạt chuẩn … là xã A và xã B" so
    facts = facts_of(
        make_document,
        "Năm 2019 có 2 xã được công nhận đạt chuẩn nông thôn mới là xã Phú Thọ và xã Phú Hòa.\n",
    )
    assert counts(facts) == []


# -- communes listed after a whole-set count ------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Đến nay, huyện có 3 xã giữ vững 19/19 tiêu chí, gồm các xã: Mỹ Hòa, Mỹ Thạnh, Mỹ An.\n",
        "Toàn huyện có 3 xã duy trì 19/19 tiêu chí gồm các xã Mỹ Hòa, Mỹ Thạnh và Mỹ An.\n",
        "Có 3 xã giữ vững 19/19 tiêu chí, gồm xã Mỹ Hòa (huyện thứ nhất), Mỹ Thạnh (huyện "
        "thứ hai) và xã Mỹ An.\n",
        "Đến cuối năm có 3 xã hoàn thành 19/19 tiêu chí: Mỹ Hòa, Mỹ Thạnh (Cao Lãnh); Mỹ An "
        "(Lấp Vò) nâng số xã đạt chuẩn lên 40 xã.\n",
    ],
)
def test_communes_listed_after_a_whole_set_count_each_get_it(make_document, body: str) -> None:
    assert sorted(counts(facts_of(make_document, body))) == [
        ("xã Mỹ An", 19, 19),
        ("xã Mỹ Hòa", 19, 19),
        ("xã Mỹ Thạnh", 19, 19),
    ]


# -- criteria no commune meets, named after their count -----------------------------------------


def test_criteria_no_commune_meets_named_in_the_next_sentence(make_document) -> None:
    facts = facts_of(
        make_document,
        "Huyện Mường Lát có 8 xã, trong đó còn 3 tiêu chí chưa có xã nào đạt. Cụ thể: tiêu chí "
        "thu nhập, tiêu chí hộ nghèo và tiêu chí lao động.\n",
    )
    # "lao động" is criterion 12 or 14 depending on the set: a report naming none leaves it
    # to the topic; the three statements are 0 of the 8 communes
    assert [(c[0], c[1]) for c in coverage(facts)] == [(0, 8)] * 3
    assert {c[2] for c in coverage(facts)} >= {10, 11}
    assert counts(facts) == []  # "có 3 tiêu chí" is no subject's count


def test_criteria_no_commune_meets_named_by_number(make_document) -> None:
    facts = facts_of(
        make_document,
        "Toàn huyện có 2 tiêu chí không có xã nào đạt được: tiêu chí số 13 và tiêu chí số 17.\n",
    )
    assert coverage(facts) == [(0, None, 13), (0, None, 17)]
    assert counts(facts) == []


def test_criteria_no_commune_meets_unnamed_or_miscounted_give_nothing(make_document) -> None:
    for body in (
        "Trong 9 xã, còn 4 tiêu chí chưa có xã nào đạt.\n",
        "Có 3 tiêu chí chưa có xã nào đạt. Đó là giao thông và thủy lợi.\n",
    ):
        assert coverage(facts_of(make_document, body)) == []


def test_criteria_no_commune_in_the_province_meets_named_in_the_next_paragraph(
    make_document,
) -> None:
    # "chưa có xã nào trong tỉnh đạt được" ends its paragraph; "Cụ thể là …" opens the next
    facts = facts_of(
        make_document,
        "Đến tháng 6/2013, tỉnh Bình Phước có 3 tiêu chí mà chưa có xã nào trong tỉnh đạt "
        "được.\n\nCụ thể là tiêu chí 3 (thủy lợi); tiêu chí 9 (nhà ở dân cư) và tiêu chí 14 "
        "(giáo dục).\n",
    )
    assert coverage(facts) == [(0, None, 3), (0, None, 9), (0, None, 14)]
    assert counts(facts) == []


def test_criteria_no_commune_meets_a_later_paragraph_of_prose_gives_nothing(
    make_document,
) -> None:
    body = (
        "Huyện còn 2 tiêu chí chưa có xã nào trong huyện đạt.\n\n"
        "Thời gian tới, huyện tập trung nguồn lực cho các xã.\n"
    )
    assert coverage(facts_of(make_document, body)) == []


# -- a goal for the rest of the set --------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Đến nay xã Phú Lộc đạt 16/19 tiêu chí; năm 2016, xã phấn đấu hoàn thành 3 tiêu chí "
        "còn lại.\n",
        "Xã Tam Hiệp đã đạt 17/19 tiêu chí, năm tới quyết tâm đạt nốt 2 tiêu chí còn lại.\n",
    ],
)
def test_a_goal_for_the_criteria_left_counts_them_unmet(make_document, body: str) -> None:
    facts = kind(facts_of(make_document, body), "criteria_count")
    # the result before it stays met; the rest is unmet, not a count of criteria reached
    assert [(f.met, f.unmet) for f in facts] in ([(16, False), (3, True)], [(17, False), (2, True)])


# -- the 2025 merger's own standard -------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2025, 41/41 đơn vị hành chính cấp xã hình thành sau sắp xếp đều đạt tiêu chuẩn "
        "về diện tích tự nhiên.\n",
        "Sau sáp nhập, tỉnh có 18/20 xã mới đạt tiêu chuẩn quy mô dân số.\n",
    ],
)
def test_the_mergers_standard_is_no_coverage(make_document, body: str) -> None:
    assert coverage(facts_of(make_document, body)) == []


def test_the_programme_after_the_merger_still_is(make_document) -> None:
    facts = facts_of(
        make_document,
        "Sau sắp xếp, tỉnh Quảng Trị có 78 xã, trong đó 52 xã đạt chuẩn nông thôn mới.\n",
    )
    assert coverage(facts) == [(52, 78, None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Năm 2025, ở các xã thuộc huyện cũ trước khi sáp nhập: có 8/15 xã đạt chuẩn, nổi bật "
         "là Tân Lập.\n", [(8, 15, None)]),
        ("Trong năm 2025, các xã của tỉnh Bình Lương trước sắp xếp có 21/30 xã đạt chuẩn.\n",
         [(21, 30, None)]),
    ],
)  # fmt: skip
def test_units_as_they_stood_before_the_merger_are_coverage(
    make_document, body: str, expected: list
) -> None:
    assert coverage(facts_of(make_document, body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Năm 2020, huyện Thới Bình đã chi hơn 500 tỷ đồng cho 9/9 xã, đạt tiêu chí 100%.\n",
         [(9, 9, None)]),
        ("Năm 2021, tỉnh bố trí vốn cho 4/4 xã đều đạt chuẩn nông thôn mới.\n", [(4, 4, None)]),
        ("Năm 2021, UBND tỉnh ban hành Quyết định giao vốn cho 6/6 xã.\n", []),
    ],
)  # fmt: skip
def test_a_ratio_after_cho_counts_when_its_units_reach_a_standard(
    make_document, body: str, expected: list
) -> None:
    assert coverage(facts_of(make_document, body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Năm 2025, huyện Tuy An phấn đấu xây dựng xã An Mỹ thành xã NTM nâng cao, 2 khu dân cư "
         "NTM kiểu mẫu, từ 3-4 vườn mẫu.\n", [(2, "khu dân cư", True)]),
        ("Năm 2025, huyện Tuy An phấn đấu có xã An Mỹ đạt chuẩn NTM nâng cao và 3 thôn NTM kiểu "
         "mẫu.\n", [(3, "thôn", True)]),
    ],
)  # fmt: skip
def test_units_named_by_their_standard_after_a_places_standard_in_a_list(
    make_document, body: str, expected: list
) -> None:
    found = kind(facts_of(make_document, body), "coverage")
    assert [(f.units_met, f.unit_kind, f.target) for f in found] == expected
    # the place the first item names is its object: the units are the district's
    assert [f.region for f in found] == ["huyện Tuy An"]


def test_units_left_aiming_at_the_set_after_their_names_and_work_are_a_goal(
    make_document,
) -> None:
    body = (
        "Năm 2019, tỉnh Hưng Yên có 60 xã đạt chuẩn nông thôn mới. Còn lại 3 xã là An Vĩ, Đồng "
        "Tiến (Khoái Châu); Tân Việt (Yên Mỹ) đang hoàn thiện các tiêu chí chưa đạt, phấn đấu "
        "trong năm nay sẽ hoàn thành 19 tiêu chí.\n"
    )
    found = kind(facts_of(make_document, body), "coverage")
    assert [(f.units_met, f.target) for f in found] == [(60, False), (3, True)]
    # another count between them: two statements, the goal its own
    body = (
        "Năm 2019, huyện Tiên Lữ có 10 xã đạt chuẩn, còn 3 xã đạt dưới 15 tiêu chí; phấn đấu "
        "có thêm 2 xã đạt chuẩn.\n"
    )
    found = kind(facts_of(make_document, body), "coverage")
    assert (3, True) not in [(f.units_met, f.target) for f in found]


# -- what the field test found -----------------------------------------------------------------


def test_thousands_of_communes_with_a_bracket_after_them_are_read(make_document) -> None:
    facts = facts_of(
        make_document,
        "Cả nước đã có khoảng 5.120 xã đạt chuẩn nông thôn mới (NTM), tăng 1% so tháng trước.\n",
    )
    assert [c[0] for c in coverage(facts)] == [5120]


def test_an_aside_in_brackets_does_not_cut_a_ratio_from_its_predicate(make_document) -> None:
    facts = facts_of(
        make_document,
        "Cả nước có 130/680 đơn vị cấp huyện thuộc 42 tỉnh, thành phố trực thuộc TW (tăng 3 "
        "đơn vị so với quý trước) đã được công nhận hoàn thành nhiệm vụ xây dựng NTM.\n",
    )
    assert [(c[0], c[1]) for c in coverage(facts)] == [(130, 680)]


def test_communes_below_a_bound_are_no_average(make_document) -> None:
    facts = facts_of(
        make_document,
        "Bình quân toàn tỉnh đạt 16,2 tiêu chí/xã, không còn xã nào dưới 8 tiêu chí.\n",
    )
    assert [f.value for f in kind(facts, "percentage")] == [16.2]


def test_all_of_the_criteria_said_before_the_count(make_document) -> None:
    facts = facts_of(
        make_document,
        "Đến cuối năm 2019, xã Phước Hưng đã hoàn thành tất cả 19 tiêu chí. Năm 2020, xã Phước "
        "Hải đạt đủ 19/19 tiêu chí.\n",
    )
    assert counts(facts) == [("xã Phước Hưng", 19, 19), ("xã Phước Hải", 19, 19)]


def test_units_with_a_quoted_word_before_the_count_are_no_subjects_count(make_document) -> None:
    facts = facts_of(
        make_document,
        'Tỉnh Bạc Liêu có 4 xã "tự tin" đạt đủ 19 tiêu chí theo bộ tiêu chí mới.\n',
    )
    assert counts(facts) == []


def test_the_place_right_before_the_verb_is_the_counts_subject(make_document) -> None:
    facts = facts_of(
        make_document,
        "Tam Nông: Bình quân đạt 13,5 tiêu chí nông thôn mới/xã\n\n"
        "Kết quả rà soát cho thấy, bình quân mỗi xã của huyện Tam Nông đạt 13,5 tiêu chí. "
        "Qua thẩm định, đến cuối năm 2020 xã Phú Cường đã hoàn thành tất cả 19 tiêu chí.\n",
    )
    assert counts(facts) == [("xã Phú Cường", 19, 19)]


def test_a_commune_with_its_district_after_it_keeps_its_count(make_document) -> None:
    facts = facts_of(
        make_document,
        "Tỉnh Bắc Kạn có thêm 2 xã đạt chuẩn. Trong đó, xã Cẩm Giàng, huyện Bạch Thông đạt "
        "18/19 tiêu chí.\n",
    )
    assert [f.subject for f in kind(facts, "criteria_count")] == ["xã Cẩm Giàng"]


def test_a_share_of_all_the_units_after_a_long_predicate_is_the_coverages(make_document) -> None:
    facts = facts_of(
        make_document,
        "Cả nước có 95/680 đơn vị cấp huyện thuộc 38 tỉnh, thành phố trực thuộc Trung ương đã "
        "được Thủ tướng Chính phủ công nhận hoàn thành nhiệm vụ/đạt chuẩn nông thôn mới (chiếm "
        "13,9% tổng số đơn vị cấp huyện).\n",
    )
    assert [(f.units_met, f.percent_stated) for f in kind(facts, "coverage")] == [(95, 13.9)]
    assert kind(facts, "percentage") == []


def test_a_district_in_brackets_in_a_list_names_no_criterion(make_document) -> None:
    facts = facts_of(
        make_document,
        "Năm 2019 có thêm 3 xã hoàn thành 19/19 tiêu chí: Hòa Xuân, Hòa Lạc (Phong Điền); Tân "
        "Hòa (Quảng Điền) đưa tổng số xã đạt chuẩn toàn tỉnh lên 50 xã/110 xã, tỷ lệ 45,45%.\n",
    )
    assert [(f.units_met, f.criterion) for f in kind(facts, "coverage")] == [
        (3, None),
        (50, None),
    ]
    assert len(counts(facts)) == 3


def test_names_listed_after_a_count_stop_at_the_next_count_after_a_semicolon(
    make_document,
) -> None:
    # a ";" may split names ("A - huyện X; B"), but a count after it starts a statement of its own
    facts = facts_of(
        make_document,
        "Tỉnh Lạng Sơn\n\nĐến nay có xã Tân Lập đạt 16 tiêu chí, 2 xã đạt 13 tiêu chí gồm Hòa "
        "Cư, Vân Mộng; 2 xã đạt 12 tiêu chí là Bắc Lãng, Đồng Tân.\n",
    )
    assert counts(facts) == [
        ("xã Tân Lập", 16, None),
        ("xã Hòa Cư", 13, None),
        ("xã Vân Mộng", 13, None),
        ("xã Bắc Lãng", 12, None),
        ("xã Đồng Tân", 12, None),
    ]


@pytest.mark.parametrize(
    ("body", "met"),
    [
        ("Tỉnh Vĩnh Long\n\nNăm 2019, 3 đơn vị cấp huyện hoàn thành xây dựng NTM.\n", 3),
        (
            "Tỉnh Vĩnh Long\n\nĐến nay có 2 huyện hoàn thành chương trình xây dựng nông thôn "
            "mới.\n",
            2,
        ),
    ],
)
def test_completing_the_programme_without_the_word_task_is_coverage(
    make_document, body: str, met: int
) -> None:
    assert [c[0] for c in coverage(facts_of(make_document, body))] == [met]


def test_completing_a_task_other_than_the_programme_is_no_coverage(make_document) -> None:
    body = "Tỉnh Vĩnh Long\n\nCó 4 huyện hoàn thành xây dựng kế hoạch năm 2020.\n"
    assert coverage(facts_of(make_document, body)) == []


@pytest.mark.parametrize(
    ("body", "met"),
    [
        (
            "Tỉnh Gia Lai\n\nNăm 2014 có thêm 5 xã đạt chuẩn, nâng tổng số đạt chuẩn lên 26 xã.\n",
            [5, 26],
        ),
        ("Tỉnh Gia Lai\n\nĐến nay đã nâng số đạt chuẩn nông thôn mới lên 40 xã.\n", [40]),
    ],
)
def test_a_raised_total_with_its_standard_and_no_unit_before_lên(
    make_document, body: str, met: list[int]
) -> None:
    assert [c[0] for c in coverage(facts_of(make_document, body))] == met


@pytest.mark.parametrize(
    "body",
    [
        "Năm nay huyện có thêm 3 xã đạt đủ 19 tiêu chí. Đó là các xã: Lạc Hòa (huyện Thứ "
        "Nhất), Lạc Sơn và Lạc Thủy.\n",
        "Đến cuối năm, huyện có 3 xã đạt 19/19 tiêu chí. Cụ thể gồm các xã Lạc Hòa, Lạc Sơn "
        "- huyện Thứ Hai và xã Lạc Thủy.\n",
        "Năm 2023, huyện có 3 xã hoàn thành 19/19 tiêu chí. Các xã về đích trong năm gồm: Lạc "
        "Hòa, Lạc Sơn và Lạc Thủy.\n",
        "Huyện có 3 xã đạt 19/19 tiêu chí.\nĐó là xã Lạc Hòa, xã Lạc Sơn và xã Lạc Thủy.\n",
    ],
)
def test_units_named_in_the_next_sentence_each_get_the_count(make_document, body: str) -> None:
    assert sorted(counts(facts_of(make_document, body))) == [
        ("xã Lạc Hòa", 19, 19),
        ("xã Lạc Sơn", 19, 19),
        ("xã Lạc Thủy", 19, 19),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # a recognition, no count of criteria: its names get none (the corpus gold's reading)
        "Năm 2022, tỉnh công nhận 3 xã đạt chuẩn nông thôn mới. Các xã được công nhận đợt "
        "này gồm: Lạc Hòa, Lạc Sơn và Lạc Thủy.\n",
        # names not as many as the units counted
        "Huyện có 2 xã đạt 19/19 tiêu chí. Các xã này gồm: Lạc Hòa, Lạc Sơn và Lạc Thủy.\n",
        # another count of units between: the names may be of those
        "Huyện có 3 xã đạt 19/19 tiêu chí, nâng tổng số lên 12 xã. Đó là các xã Lạc Hòa, Lạc "
        "Sơn và Lạc Thủy.\n",
    ],
)
def test_names_in_the_next_sentence_that_get_no_count(make_document, body: str) -> None:
    assert counts(facts_of(make_document, body)) == []


def test_groups_named_after_la_in_a_breakdown_each_get_the_whole(make_document) -> None:
    facts = facts_of(
        make_document,
        "Tỉnh có thêm 4 xã đạt đủ 19 tiêu chí.\nTrong đó, có 2 xã đăng ký về đích năm 2024 là "
        "Hòa Mỹ (huyện Thứ Nhất) và Hòa Lợi.\n",
    )
    assert sorted((s, m, o) for s, m, o in counts(facts)) == [
        ("xã Hòa Lợi", 19, 19),
        ("xã Hòa Mỹ", 19, 19),
    ]
    assert not any(f.target for f in kind(facts, "criteria_count"))


@pytest.mark.parametrize(
    "body",
    [
        "Các xã Vĩnh An, Vĩnh Phú và Vĩnh Lộc được chọn đầu tư trọng điểm. Đến nay, các xã "
        "trên đã đạt 39/39 chỉ tiêu.\n",
        "Tỉnh chọn xã Vĩnh An, xã Vĩnh Phú và xã Vĩnh Lộc làm điểm. Các xã nói trên đều đạt "
        "39/39 chỉ tiêu.\n",
    ],
)
def test_communes_referred_back_to_each_get_the_count(make_document, body: str) -> None:
    assert sorted(counts(facts_of(make_document, body))) == [
        ("xã Vĩnh An", 39, 39),
        ("xã Vĩnh Lộc", 39, 39),
        ("xã Vĩnh Phú", 39, 39),
    ]


def test_communes_listed_after_gom_referred_back_each_get_the_count(make_document) -> None:
    facts = facts_of(
        make_document,
        "Các xã được chọn làm điểm gồm: Vĩnh An (huyện Thứ Nhất), Vĩnh Phú và Vĩnh Lộc (huyện "
        "Thứ Hai). Hiện nay, các xã này đã cơ bản đạt 19/19 tiêu chí.\n",
    )
    assert sorted(counts(facts)) == [
        ("xã Vĩnh An", 19, 19),
        ("xã Vĩnh Lộc", 19, 19),
        ("xã Vĩnh Phú", 19, 19),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # the communes "trên địa bàn": of the area, no reference back
        "Xã Vĩnh An và xã Vĩnh Phú được hỗ trợ. Các xã trên địa bàn đạt 15 tiêu chí.\n",
        # a commune named outside the list: which ones are meant is not said
        "Xã Vĩnh An và xã Vĩnh Phú được chọn làm điểm; xã Vĩnh Lộc được hỗ trợ thêm. Các xã "
        "trên đều đạt 19/19 tiêu chí.\n",
        # two lists
        "Xã Vĩnh An và xã Vĩnh Phú làm điểm. Xã Vĩnh Lộc, xã Vĩnh Hòa được hỗ trợ. Các xã này "
        "đều đạt 19/19 tiêu chí.\n",
    ],
)
def test_communes_referred_back_unclearly_get_no_count(make_document, body: str) -> None:
    assert counts(facts_of(make_document, body)) == []


@pytest.mark.parametrize(
    "body",
    [
        "Qua hai năm, mỗi xã tăng bình quân từ 1 - 1,5 tiêu chí.\n",
        "Năm 2021, bình quân mỗi xã tăng 1,8 tiêu chí so với năm trước.\n",
        "Số tiêu chí bình quân/xã của huyện tăng thêm từ 1-1,5 tiêu chí.\n",
        "Giai đoạn vừa qua, các xã tăng trung bình 2 tiêu chí/xã.\n",
    ],
)
def test_an_increment_per_commune_is_no_average(make_document, body: str) -> None:
    assert kind(facts_of(make_document, body), "percentage") == []


def test_the_value_a_rise_starts_from_is_still_an_average(make_document) -> None:
    facts = facts_of(make_document, "Bình quân mỗi xã tăng từ 12 tiêu chí lên 16,5 tiêu chí.\n")
    assert sorted(f.value for f in kind(facts, "percentage")) == [12.0, 16.5]


def test_a_unit_after_the_list_with_its_own_standard_is_none_of_them(make_document) -> None:
    facts = facts_of(
        make_document,
        "Toàn huyện có 3 xã NTM là: Đồng Lạc, Đồng Tâm, Đồng Phú và xã Đồng Xuân là xã NTM "
        "nâng cao.\n",
    )
    assert sorted(counts(facts)) == [
        ("xã Đồng Lạc", 19, 19),
        ("xã Đồng Phú", 19, 19),
        ("xã Đồng Tâm", 19, 19),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Tỉnh Điện Biên\n\nNăm 2018, toàn tỉnh có 5/11 xã cán đích nông thôn mới.\n", (5, 11)),
        ("Tỉnh Điện Biên\n\nNăm 2018, huyện có 3 xã đã cán đích NTM.\n", (3, None)),
        ("Tỉnh Điện Biên\n\nẢnh: 4/12 xa da can dich NTM nam 2018\n", (4, 12)),
    ],
)
def test_reaching_the_finish_line_is_reaching_the_standard(
    make_document, body: str, expected: tuple[int, int | None]
) -> None:
    # "cán đích", like "về đích", is how news says a unit reached the standard
    assert [c[:2] for c in coverage(facts_of(make_document, body))] == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "Đến nay, toàn huyện đạt 186 tiêu chí (bình quân 15,5 tiêu chí/xã).\n",
        "Các xã trong huyện đã đạt tổng cộng 175 tiêu chí.\n",
        "Huyện Bảo Lâm có 143 tiêu chí đạt chuẩn trên tổng số 12 xã.\n",
        "Toàn huyện đạt 205/228 tiêu chí, bằng 89,9%.\n",
        "Năm 2022, xã Tân Phong đạt tổng cộng 17 tiêu chí.\n",
    ],
)
def test_criteria_added_up_over_units_are_no_count(make_document, body: str) -> None:
    assert counts(facts_of(make_document, body)) == []


def test_a_count_within_one_set_is_still_read(make_document) -> None:
    facts = facts_of(make_document, "Năm 2022, xã Tân Phong đạt 20/20 tiêu chí của tỉnh.\n")
    assert counts(facts) == [("xã Tân Phong", 20, 20)]


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2023, huyện Bảo Lâm có 9/14 xã đạt 19 tiêu chí.\n",
        "Năm 2023, huyện Bảo Lâm đã có 9/14 xã đạt đủ 19/19 tiêu chí, chiếm 64,3%.\n",
    ],
)
def test_units_out_of_a_whole_reaching_the_set_are_coverage_only(make_document, body) -> None:
    facts = facts_of(make_document, body)
    assert counts(facts) == []
    assert coverage(facts) == [(9, 14, None)]


def test_units_out_of_a_whole_named_each_get_the_count(make_document) -> None:
    facts = facts_of(
        make_document,
        "Năm 2023, huyện có 2/14 xã đạt 19/19 tiêu chí là xã Đông Lĩnh và xã Tây Lĩnh.\n",
    )
    assert sorted(counts(facts)) == [("xã Tây Lĩnh", 19, 19), ("xã Đông Lĩnh", 19, 19)]


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2023 có 3 xã cơ bản đạt 19 tiêu chí: xã Hòa Lạc, xã Hòa Bắc, xã Hòa Nam.\n",
        "Năm 2023, 3 xã đã cơ bản đạt 19 tiêu chí gồm: xã Hòa Lạc, xã Hòa Bắc và xã Hòa Nam.\n",
        "Năm 2023, các xã cơ bản đạt 19 tiêu chí: xã Hòa Lạc, xã Hòa Bắc, xã Hòa Nam.\n",
        "Những xã đạt 19/19 tiêu chí trong năm 2023: Hòa Lạc, Hòa Bắc (huyện X), Hòa Nam.\n",
        "Năm 2023 có 3 xã hoàn thành 19/19 tiêu chí, tăng 2 xã so với năm trước. Đó là các địa "
        "phương Hòa Lạc, Hòa Bắc (huyện X); Hòa Nam (huyện Y).\n",
    ],
)  # fmt: skip
def test_communes_named_with_their_prefix_after_a_whole_set_each_get_19_of_19(
    make_document, body: str
) -> None:
    assert sorted(counts(facts_of(make_document, body))) == [
        ("xã Hòa Bắc", 19, 19),
        ("xã Hòa Lạc", 19, 19),
        ("xã Hòa Nam", 19, 19),
    ]


def test_a_bare_count_of_named_units_below_the_set_keeps_no_whole(make_document) -> None:
    facts = facts_of(
        make_document, "Năm 2023 có 2 xã đạt 17 tiêu chí là xã Hòa Lạc và xã Hòa Bắc.\n"
    )
    assert sorted(counts(facts)) == [("xã Hòa Bắc", 17, None), ("xã Hòa Lạc", 17, None)]


def _goals(facts) -> list[tuple[str, int, int | None, bool]]:
    return [(f.subject, f.met, f.of, bool(f.target)) for f in kind(facts, "criteria_count")]


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2023, huyện có 8/9 xã đạt chuẩn; xã còn lại là xã Nậm Cang (đạt 14/19 tiêu chí) "
        "phấn đấu đạt chuẩn vào năm 2024.\n",
        "Năm 2023, xã Nậm Cang (mới đạt 14/19 tiêu chí) phấn đấu về đích vào năm 2024.\n",
    ],
)
def test_a_count_in_brackets_before_a_goal_is_present(make_document, body: str) -> None:
    facts = facts_of(make_document, body)
    assert _goals(facts) == [("xã Nậm Cang", 14, 19, False)]
    assert [f.period for f in kind(facts, "criteria_count")] == ["2023"]


@pytest.mark.parametrize(
    "body",
    [
        "Báo cáo của huyện Sa Pa năm 2023. Huyện có 8/9 xã đạt chuẩn; xã còn lại là xã Nậm "
        "Cang (đạt 14/19 tiêu chí) phấn đấu đạt 19/19 tiêu chí vào năm 2024.\n",
        "Báo cáo của huyện Sa Pa năm 2023. Xã còn lại là xã Nậm Cang (mới đạt 14/19 tiêu "
        "chí), phấn đấu đạt 19/19 tiêu chí trong năm 2024.\n",
    ],
)
def test_the_goal_after_a_communes_aside_is_the_communes(make_document, body: str) -> None:
    assert _goals(facts_of(make_document, body)) == [
        ("xã Nậm Cang", 14, 19, False),
        ("xã Nậm Cang", 19, 19, True),
    ]


def test_the_one_commune_left_named_after_la_gets_the_count(make_document) -> None:
    facts = facts_of(make_document, "Năm 2023, xã còn lại là xã Nậm Cang đạt 14/19 tiêu chí.\n")
    assert _goals(facts) == [("xã Nậm Cang", 14, 19, False)]


@pytest.mark.parametrize(
    ("body", "met"),
    [
        ("Năm 2023, số xã đạt 19/19 tiêu chí là 12 xã.\n", 12),
        ("Năm 2023, số xã đạt đủ 19 tiêu chí là 12xã, đạt tỷ lệ 60%.\n", 12),
        ("Năm 2023, số xã đạt 19 tiêu chí: 12 xã.\n", 12),
    ],
)
def test_a_label_of_units_reaching_the_whole_set_is_coverage(make_document, body, met) -> None:
    facts = facts_of(make_document, body)
    assert coverage(facts) == [(met, None, None)]
    assert counts(facts) == []


def test_a_label_of_units_in_a_band_is_no_coverage(make_document) -> None:
    facts = facts_of(make_document, "Năm 2023, số xã đạt từ 15-18 tiêu chí: 9 xã.\n")
    assert coverage(facts) == []


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2023, số xã đạt 19 tiêu chí là 2 xã (xã Tân Hợp, xã Tân Hòa).\n",
        "Năm 2023, số xã đạt 19/19 tiêu chí: 02 xã, gồm xã Tân Hợp và xã Tân Hòa.\n",
        "Năm 2023, số xã đạt 19/19 tiêu chí là 2 xã. Đó là các xã Tân Hợp và Tân Hòa.\n",
    ],
)
def test_units_named_after_a_labels_number_each_get_the_count(make_document, body) -> None:
    facts = facts_of(make_document, body)
    assert sorted(counts(facts)) == [("xã Tân Hòa", 19, 19), ("xã Tân Hợp", 19, 19)]
    assert coverage(facts) == [(2, None, None)]


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2023, huyện có 9 xã/14 xã đạt 19 tiêu chí.\n",
        "Năm 2023, huyện có 9/14 xã, thị trấn đạt 19 tiêu chí.\n",
        "Năm 2023, huyện có 9 xã, chiếm 64,3% đạt 19 tiêu chí.\n",
        "Năm 2023, cả nước có 1.250 xã đạt 19 tiêu chí.\n",
    ],
)
def test_units_written_with_their_whole_or_share_are_no_places_count(make_document, body) -> None:
    assert counts(facts_of(make_document, body)) == []


def test_indicators_added_up_over_units_are_no_count(make_document) -> None:
    assert counts(facts_of(make_document, "Năm 2023, toàn huyện đạt 512 chỉ tiêu.\n")) == []


def test_a_share_after_the_units_then_a_place_keeps_the_places_count(make_document) -> None:
    facts = facts_of(
        make_document,
        "Năm 2023, huyện Tiên Lãng có 12/12 xã, đạt 100%, huyện hoàn thành 9/9 tiêu chí.\n",
    )
    assert counts(facts) == [("huyện Tiên Lãng", 9, 9)]


def test_a_count_in_brackets_said_to_be_the_present_is_no_part_of_a_goal(make_document) -> None:
    facts = facts_of(
        make_document,
        "Báo cáo của huyện Sa Pa năm 2023. Huyện phấn đấu năm 2024 có thêm xã Nậm Cang (hiện "
        "đạt 14/19 tiêu chí) đạt chuẩn nông thôn mới.\n",
    )
    assert _goals(facts) == [("xã Nậm Cang", 14, 19, False)]
    assert [f.period for f in kind(facts, "criteria_count")] == ["2023"]


def test_a_count_in_brackets_inside_a_goal_stays_a_goal(make_document) -> None:
    facts = facts_of(
        make_document,
        "Phấn đấu đến năm 2025 toàn huyện có 9/9 xã đạt chuẩn (trong đó xã Nậm Cang đạt 19/19 "
        "tiêu chí).\n",
    )
    assert _goals(facts) == [("xã Nậm Cang", 19, 19, True)]


def test_communes_whose_names_end_in_a_number_are_named(make_document) -> None:
    # "Phước Cát 1", "Tân Lâm 2": the numeral is part of the name, in the list and on the map
    facts = facts_of(
        make_document,
        "Tỉnh Lâm Đồng\n\nĐến nay, có 03 xã cơ bản đạt 19 tiêu chí là xã Phước Cát 1 (Cát Tiên), "
        "xã Đạ Kho (Đạ Tẻh), xã Tân Lâm 2 (Di Linh).\n",
    )
    assert counts(facts) == [
        ("xã Phước Cát 1", 19, 19),
        ("xã Đạ Kho", 19, 19),
        ("xã Tân Lâm 2", 19, 19),
    ]


# -- "K trong số N xã … hoàn thành đủ M tiêu chí", then the communes named ---------------------


@pytest.mark.parametrize(
    ("body", "k", "n", "m", "named"),
    [
        ("Đến nay, tỉnh Bắc Giang đã có 4 trong số 9 xã đăng ký xây dựng nông thôn mới nâng "
         "cao năm 2021 hoàn thành đủ 18 tiêu chí. Đó là các xã Ngọc Thiện, Ngọc Vân (Tân "
         "Yên), Quế Nham và Hợp Đức (Tân Yên).\n", 4, 9, 18,
         ["xã Ngọc Thiện", "xã Ngọc Vân", "xã Quế Nham", "xã Hợp Đức"]),
        ("Huyện Yên Phong có 3 trong tổng số 12 xã đăng ký năm 2023 đã hoàn thành đủ 19 tiêu "
         "chí, đó là các xã Dũng Liệt, Tam Đa và Yên Trung.\n", 3, 12, 19,
         ["xã Dũng Liệt", "xã Tam Đa", "xã Yên Trung"]),
    ],
)  # fmt: skip
def test_k_of_n_communes_reaching_a_whole_set_then_named(
    make_document, body: str, k: int, n: int, m: int, named: list[str]
) -> None:
    facts = facts_of(make_document, body)
    assert coverage(facts) == [(k, n, None)]
    assert sorted(counts(facts)) == sorted((name, m, m) for name in named)


# -- per-commune counts listed after a colon, names in any case --------------------------------


def test_the_first_commune_after_a_colon_and_one_in_lower_case_keep_their_counts(
    make_document,
) -> None:
    body = (
        "Huyện Như Xuân đã công nhận tiêu chí cho 6 xã: Xuân Bình 12/19 tiêu chí, Bãi Trành "
        "11/19 tiêu chí, Xuân Hòa, Thượng Ninh 9/19 tiêu chí, Cát vân, Hóa Quỳ 6/19 tiêu chí.\n"
    )
    assert counts(facts_of(make_document, body)) == [
        ("xã Xuân Bình", 12, 19),
        ("xã Bãi Trành", 11, 19),
        ("xã Xuân Hòa", 9, 19),
        ("xã Thượng Ninh", 9, 19),
        ("xã Cát Vân", 6, 19),
        ("xã Hóa Quỳ", 6, 19),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Kết quả tự rà soát của xã: Đạt 15/19 tiêu chí.\n",
        "Đến cuối năm, các xã: Tổng cộng 120/171 tiêu chí.\n",
        "Xã Tân Lập có kết quả: Mới đạt 9/19 tiêu chí.\n",
    ],
)
def test_words_after_a_colon_that_are_no_commune_name_no_count_of_theirs(
    make_document, body: str
) -> None:
    assert all(
        not s.startswith("xã Đạt") and s != "xã Tổng cộng" and not s.startswith("xã Mới")
        for s, _, _ in counts(facts_of(make_document, body))
    )


# -- "12 tỉnh có 100% số xã đạt chuẩn": the 100% says which units are counted ------------------


@pytest.mark.parametrize(
    ("body", "met"),
    [
        ("Ngoài ra, cả nước đã có 14 tỉnh có 100% số xã đạt chuẩn nông thôn mới.\n", 14),
        ("Toàn tỉnh hiện có 3 huyện với 100% xã đạt chuẩn nông thôn mới.\n", 3),
    ],
)
def test_units_all_of_whose_communes_reach_it_give_no_percentage(
    make_document, body: str, met: int
) -> None:
    facts = facts_of(make_document, body)
    assert [c[0] for c in coverage(facts)] == [met]
    assert kind(facts, "percentage") == []


def test_a_place_named_with_all_its_communes_keeps_its_percentage(make_document) -> None:
    body = "Trong đó, thị xã Bình Long có 100% xã đạt chuẩn nông thôn mới.\n"
    assert [f.value for f in kind(facts_of(make_document, body), "percentage")] == [100]


def test_places_named_before_their_all_communes_count_keep_each_its_percentage(
    make_document,
) -> None:
    body = (
        "Năm 2019, tỉnh Bình Định có 50/120 xã đạt chuẩn nông thôn mới; thị xã An Nhơn và "
        "huyện Tuy Phước là 2 địa phương có 100% số xã đạt chuẩn nông thôn mới.\n"
    )
    facts = facts_of(make_document, body)
    assert coverage(facts) == [(50, 120, None)]
    assert [(f.subject, f.value) for f in kind(facts, "percentage")] == [
        ("thị xã An Nhơn", 100),
        ("huyện Tuy Phước", 100),
    ]


def test_criteria_no_commune_of_the_place_meets_named_in_the_next_paragraph(
    make_document,
) -> None:
    body = (
        "Theo Ban Chỉ đạo tỉnh Bình Phước, đến nay có 3 tiêu chí mà chưa có xã nào trong tỉnh "
        "đạt được.\n\nCụ thể là tiêu chí 2 (giao thông); tiêu chí 5 (trường học) và tiêu chí 17 "
        "(môi trường).\n"
    )
    assert coverage(facts_of(make_document, body)) == [(0, None, 2), (0, None, 5), (0, None, 17)]


def test_a_next_paragraph_without_a_detail_word_names_no_criteria(make_document) -> None:
    body = (
        "Đến nay có 3 tiêu chí chưa có xã nào đạt.\n\nCác xã đều đạt tiêu chí 2 (giao thông); "
        "tiêu chí 5 (trường học) và tiêu chí 17 (môi trường).\n"
    )
    assert [c for c in coverage(facts_of(make_document, body)) if c[0] == 0] == []


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2016, xã Tân Hưng phấn đấu hoàn thành 3 tiêu chí còn lại để về đích.\n",
        "Xã An Bình đã đạt 16/19 tiêu chí, 3 tiêu chí còn lại đang được tập trung thực hiện.\n",
    ],
)
def test_the_criteria_left_after_a_count_are_its_unmet_remainder(make_document, body) -> None:
    left = [f for f in kind(facts_of(make_document, body), "criteria_count") if f.met == 3]
    assert [f.unmet for f in left] == [True]


# -- "TC" for "tiêu chí" as the M of a ratio (tenth session) --------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Đến nay, xã Tân Phước đạt 16/19 TC; xã Long Hòa đạt 12/19 TC.\n",
         [("xã Tân Phước", 16, 19), ("xã Long Hòa", 12, 19)]),
        ("Năm 2023, xã Hòa Bình mới hoàn thành 14/19 TC, còn thiếu giao thông và trường học.\n",
         [("xã Hòa Bình", 14, 19)]),
    ],
)  # fmt: skip
def test_a_ratio_of_criteria_written_tc_is_a_count(make_document, body: str, expected) -> None:
    assert counts(facts_of(make_document, body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        # no M: "TC" may be "tiêu chuẩn"
        "Năm 2023, xã Hòa Bình đạt 3 TC về an toàn thực phẩm.\n",
        # an average is no count
        "Bình quân các xã đạt 15,2 TC/xã.\n",
    ],
)
def test_tc_with_no_ratio_is_no_count(make_document, body: str) -> None:
    assert counts(facts_of(make_document, body)) == []


# -- "… cho K/N units" after the standard reached (tenth session) --------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Đến nay, thị xã Tân Lập đã hoàn thành xây dựng nông thôn mới cho 7/7 xã.\n",
         [(7, 7, None)]),
        ("Năm 2020, UBND tỉnh đã ban hành quyết định công nhận xã đạt chuẩn nông thôn mới năm "
         "2019 cho 12/15 xã của huyện Đông Hải.\n", [(12, 15, None)]),
    ],
)  # fmt: skip
def test_units_after_cho_a_standard_reached_are_coverage(
    make_document, body: str, expected
) -> None:
    assert coverage(facts_of(make_document, body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Đến nay, huyện Đông Hải đã hoàn thành hồ sơ đề nghị thẩm định cho 3/5 xã.\n",
        "Huyện đã hoàn thành việc cấp phát tài liệu tập huấn cho 4/6 xã.\n",
    ],
)
def test_paperwork_for_units_is_no_coverage(make_document, body: str) -> None:
    assert coverage(facts_of(make_document, body)) == []
