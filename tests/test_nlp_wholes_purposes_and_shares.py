"""Coverage read where a whole, a purpose or a share stands between a count and what it says
(classes from the tenth session's opened sealed set AI). Every text is our own wording of
its class (README, "Decisions", tenth session)."""

from __future__ import annotations

import pytest

from baocao.nlp import read_document
from baocao.nlp.metadata import read_metadata
from baocao.normalize import reading_to_facts
from baocao.vocab.periods import parse_period


def facts_of(make_document, body: str):
    document = make_document(body, name="tin.txt")
    return reading_to_facts(document, read_document(document))[1]


def coverage(facts) -> list[tuple[int | None, int, int | None, bool]]:
    return sorted(
        (
            (f.criterion, f.units_met, f.units_total, f.target)
            for f in facts
            if f.kind == "coverage"
        ),
        key=repr,
    )


# -- a whole the sentence opens with, described by a goal word --------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "Đối với N xã …, có K xã": K of the N, a result whatever words describe the N
        ("Tỉnh Cà Mau năm 2024. Đối với 6 xã đăng ký đạt chuẩn năm 2024, có 04 xã cơ bản "
         "đạt 19/19 tiêu chí.\n", [(None, 4, 6, False)]),
        ("Tỉnh Cà Mau năm 2023. Đối với 5 xã có kế hoạch về đích trong năm, có 3 xã đã đạt "
         "đủ 19 tiêu chí.\n", [(None, 3, 5, False)]),
        # "Trong tổng số N xã đăng ký …, có K xã đã đạt": the registration stays a goal of its
        # own, the part is what is
        ("Tỉnh Cà Mau năm 2024. Trong tổng số 9 xã đăng ký về đích năm nay, có 05 xã đã đạt "
         "19/19 tiêu chí.\n", [(None, 5, 9, False), (None, 9, None, True)]),
        # a goal in the part's own clause is still its goal
        ("Tỉnh Cà Mau năm 2024. Trong số 8 xã đăng ký, phấn đấu có 6 xã đạt chuẩn vào cuối "
         "năm.\n", [(None, 6, 8, True)]),
    ],
)  # fmt: skip
def test_a_goal_word_describing_the_whole_does_not_make_the_part_a_goal(
    make_document, body: str, expected
) -> None:
    assert coverage(facts_of(make_document, body)) == sorted(expected, key=repr)


# -- a purpose of more units to come ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Năm 2026, tỉnh Khánh Hòa tập trung đầu tư để có thêm 4 xã đạt chuẩn nông thôn mới.\n",
         [(None, 4, None, True)]),
        ("Năm 2027, huyện Cam Lâm lồng ghép các nguồn vốn nhằm có thêm 2 xã đạt chuẩn nông "
         "thôn mới.\n", [(None, 2, None, True)]),
        # what led to it is done: a result
        ("Năm 2023, tỉnh Khánh Hòa đã tập trung đầu tư để có thêm 5 xã đạt chuẩn nông thôn "
         "mới.\n", [(None, 5, None, False)]),
    ],
)  # fmt: skip
def test_a_purpose_of_more_units_is_a_goal_unless_what_led_to_it_is_done(
    make_document, body: str, expected
) -> None:
    assert coverage(facts_of(make_document, body)) == sorted(expected, key=repr)


def test_communes_named_under_a_purpose_of_more_units_meet_nothing_yet(make_document) -> None:
    body = (
        "Năm 2026, tỉnh Khánh Hòa tập trung đầu tư để có thêm 3 xã NTM nâng cao (Tân Hưng, "
        "Mỹ Đức, Bình Yên).\n"
    )
    facts = facts_of(make_document, body)
    assert [f for f in facts if f.kind == "criteria_count"] == []
    assert coverage(facts) == [(None, 3, None, True)]


# -- the standard named right after a ratio -------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Đến tháng 3/2025, tỉnh Khánh Hòa có 45/60 xã (75% số xã) NTM, 8 xã NTM nâng cao.\n",
         [(45, 60, 75.0, "NTM"), (8, None, None, "NTM nâng cao")]),
        ("Theo thống kê, huyện Cam Lâm có 12/14 xã nông thôn mới nâng cao (85,7%) và 14/14 xã "
         "NTM.\n", [(12, 14, 85.7, "NTM nâng cao"), (14, 14, None, "NTM")]),
    ],
)  # fmt: skip
def test_a_ratio_of_communes_holding_the_standard_named_after_them(
    make_document, body: str, expected
) -> None:
    facts = [f for f in facts_of(make_document, body) if f.kind == "coverage"]
    assert sorted(
        (f.units_met, f.units_total, f.percent_stated, f.scheme) for f in facts
    ) == sorted(expected, key=lambda x: (x[0], x[1] or 0))


# -- what the units have, past a share of other units and at district level -------------------


def test_a_share_of_other_units_sharing_the_predicate_leaves_its_topic_to_the_count(
    make_document,
) -> None:
    body = (
        "Toàn tỉnh Cà Mau có 50/50 xã và 100% số ấp có điện lưới quốc gia; 45/50 xã và 90% "
        "số thôn có nhà văn hóa.\n"
    )
    assert [c[:3] for c in coverage(facts_of(make_document, body))] == [(4, 50, 50), (6, 45, 50)]


def test_fibre_and_mobile_coverage_are_the_information_criterion(make_document) -> None:
    body = (
        "Toàn tỉnh Cà Mau có 40/50 xã có cáp quang đến trung tâm xã; 45/50 xã được phủ sóng "
        "di động 4G.\n"
    )
    assert [c[:3] for c in coverage(facts_of(make_document, body))] == [(8, 40, 50), (8, 45, 50)]


def test_a_facility_of_district_level_units_is_no_commune_criterion(make_document) -> None:
    body = (
        "Toàn tỉnh Cà Mau có 08/09 huyện, thành phố đã có trung tâm văn hóa - thể thao cấp "
        "huyện; 9/9 huyện đạt tiêu chí giao thông; 40/82 xã có nhà văn hóa.\n"
    )
    assert [c[:3] for c in coverage(facts_of(make_document, body))] == [
        (2, 9, 9),
        (6, 40, 82),
        (None, 8, 9),
    ]


# -- a span of years counted and listed -------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("trong 2 năm 2026 và 2027", "2026-2027"),
        ("hai năm 2024, 2025", "2024-2025"),
        ("02 năm 2020 và năm 2021", "2020-2021"),
        ("năm 2019 và 2020", "2019"),  # two years, not counted: the first
    ],
)
def test_two_years_counted_then_listed_are_a_span(written: str, period: str) -> None:
    assert parse_period(written) == period


def test_money_over_two_listed_years_takes_their_span(make_document) -> None:
    body = (
        "Tổng nhu cầu vốn thực hiện chương trình trong 2 năm 2026 và 2027 của tỉnh Khánh Hòa "
        "là 900 tỷ đồng.\n"
    )
    (money,) = [f for f in facts_of(make_document, body) if f.kind == "funding"]
    assert (money.amount_vnd, money.period) == (900_000_000_000, "2026-2027")


# -- a province's own sum of criteria before communes named as examples ------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "Hiện nay, toàn tỉnh đạt được 1.100 tiêu chí, bình quân 14,2 tiêu chí/xã.",
        "Đến nay toàn tỉnh có 1.274 tiêu chí đạt chuẩn, bình quân 15,5 tiêu chí/xã.",
    ],
)
def test_a_text_summing_the_provinces_criteria_is_the_provinces(opening: str) -> None:
    text = (
        f"Quang cảnh hội nghị.\n\n{opening} Có 40/82 xã đạt tiêu chí giao thông.\n\n"
        "Đối với 4 xã có kế hoạch đạt chuẩn năm 2024, có 02 xã cơ bản đạt 19/19 tiêu chí, gồm: "
        "xã Lý Văn Lâm (thành phố Cà Mau) và xã Tân Lộc (huyện Thới Bình).\n"
    )
    meta = read_metadata(text)
    assert meta.unit is not None and meta.unit.name == "Cà Mau"
    assert meta.unit.level.value == "province"


# -- criteria a place lost; criteria named under a set of another size -------------------------


def verdicts(facts) -> list[tuple[str, int, bool]]:
    return sorted((f.subject, f.criterion, f.met) for f in facts if f.kind == "verdict")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # counted, then listed in brackets; the place merged with is not the subject
        ("Thị xã Sông Cầu năm 2021. Riêng đối với xã Xuân Long sau khi sáp nhập với xã Xuân "
         "Đông giảm 02 tiêu chí (Tiêu chí số 5-Trường học; tiêu chí số 17-Môi trường và an "
         "toàn thực phẩm).\n", [("xã Xuân Long", 5, False), ("xã Xuân Long", 17, False)]),
        # counted, then listed by name after "gồm"
        ("Huyện Tuy An năm 2020. Xã An Lĩnh bị rớt 2 tiêu chí gồm: giao thông và thu nhập.\n",
         [("xã An Lĩnh", 2, False), ("xã An Lĩnh", 10, False)]),
        # a rate that fell is no criterion lost; a count that the list does not match is prose
        ("Huyện Tuy An năm 2020. Xã An Lĩnh giảm 3 tiêu chí (giao thông; thu nhập).\n", []),
    ],
)  # fmt: skip
def test_criteria_a_place_lost_are_unmet(make_document, body: str, expected) -> None:
    assert verdicts(facts_of(make_document, body)) == sorted(expected)


def test_criteria_named_under_a_count_of_another_set_get_no_national_number(
    make_document,
) -> None:
    body = (
        "Thị xã Sông Cầu năm 2021. Xã Xuân Lâm đăng ký đạt chuẩn nâng cao năm 2021, hiện đạt "
        "10/15 tiêu chí, 05 tiêu chí chưa đạt gồm: giao thông, trường học, thu nhập, y tế, "
        "môi trường.\n"
    )
    assert verdicts(facts_of(make_document, body)) == []
    national = (
        "Huyện Tuy An năm 2020. Xã An Lĩnh đạt 17/19 tiêu chí, 02 tiêu chí chưa đạt gồm: "
        "giao thông và thu nhập.\n"
    )
    assert verdicts(facts_of(make_document, national)) == [
        ("xã An Lĩnh", 2, False),
        ("xã An Lĩnh", 10, False),
    ]
