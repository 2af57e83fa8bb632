"""Units and communes reaching the standard, written in ways unseen real text writes them and
the extractor missed: a second group of bands after a full stop, the model residential area
counted, a total in brackets or after "trên tổng số", a goal about communes named as its
topic, a commune completing the whole set with no M, several communes before one verb, and
the verbs of reaching (cue concept ``reach_verb``). Every text is our own wording of its
class."""

from __future__ import annotations

import pytest
from readfacts import news_facts_of as facts_of


def kind(facts, name: str):
    return [f for f in facts if f.kind == name]


def coverage(facts) -> list[tuple[int, int | None, int | None]]:
    return [(f.units_met, f.units_total, f.criterion) for f in kind(facts, "coverage")]


def counts(facts) -> list[tuple[str, int, int | None]]:
    return [(f.subject, f.met, f.of) for f in kind(facts, "criteria_count")]


# -- 1. bands of communes, in a second group after a full stop ----------------------------------
# FACTS.md: a band ("12 xã đạt 15-18 tiêu chí") is no fact; the share written with it is a
# percentage. The group after "Trong đó," is a band as much as one in the first sentence.


@pytest.mark.parametrize(
    ("body", "met"),
    [
        # (already right before this round)
        ("Toàn tỉnh có 38 xã đạt chuẩn. Trong số các xã còn lại, 14 xã đạt 15-18 tiêu chí; 27 "
         "xã đạt 10-14 tiêu chí.\n", 38),
        ("Huyện Kim Sơn có 9 xã đạt chuẩn nông thôn mới. Các xã còn lại: 4 xã đạt từ 15 đến 18 "
         "tiêu chí, 2 xã đạt 10-14 tiêu chí.\n", 9),
        # a band opened by "Trong đó," was read as a part of the communes that reached it
        ("Đến nay toàn huyện có 11 xã đạt 19/19 tiêu chí. Trong đó, 5 xã đạt từ 15-18 tiêu chí, "
         "3 xã đạt dưới 15 tiêu chí.\n", 11),
        ("Cả tỉnh có 47 xã đạt chuẩn. Trong đó có 21 xã đạt 15 - 18 tiêu chí; 9 xã đạt dưới 10 "
         "tiêu chí.\n", 47),
        ("Huyện có 6 xã đạt chuẩn nông thôn mới. Trong đó, có 3 xã đạt từ 15 đến 18 tiêu chí.\n",
         6),
    ],
)  # fmt: skip
def test_bands_after_a_full_stop_are_no_coverage(make_document, body: str, met: int) -> None:
    assert [c[0] for c in coverage(facts_of(make_document, body))] == [met]


def test_the_share_of_a_second_band_is_a_percentage(make_document) -> None:
    facts = facts_of(
        make_document,
        "Toàn tỉnh có 40 xã đạt chuẩn. Trong đó, 12 xã đạt 15-18 tiêu chí (chiếm 10,5%), 30 "
        "xã đạt 10-14 tiêu chí (chiếm 26,3%).\n",
    )
    assert coverage(facts) == [(40, None, None)]
    assert [f.value for f in kind(facts, "percentage")] == [10.5, 26.3]


@pytest.mark.parametrize(
    "second",
    [
        "Trong đó, 12 xã đạt 15-18 tiêu chí (chiếm 16,9%)",
        "Trong số các xã còn lại, 12 xã đạt 15-18 tiêu chí (chiếm 16,9%)",
        "Các xã còn lại: 12 xã đạt 15-18 tiêu chí, chiếm 16,9%",
    ],
)
def test_a_second_bands_share_has_the_first_sentences_place_and_time(
    make_document, second: str
) -> None:
    facts = facts_of(
        make_document, f"Đến hết năm 2022, tỉnh Nam Định có 40 xã đạt chuẩn. {second}.\n"
    )
    assert [(f.units_met, f.region, f.period) for f in kind(facts, "coverage")] == [
        (40, "tỉnh Nam Định", "2022")
    ]
    assert [(f.value, f.subject, f.period) for f in kind(facts, "percentage")] == [
        (16.9, "tỉnh Nam Định", "2022")
    ]


def test_a_part_that_reaches_the_whole_set_is_still_a_part(make_document) -> None:
    facts = facts_of(
        make_document,
        "Huyện có 18 xã đạt chuẩn. Trong đó, 5 xã đạt 19/19 tiêu chí theo bộ tiêu chí mới.\n",
    )
    assert [c[0] for c in coverage(facts)] == [18, 5]


# -- 2. the model residential area, counted ------------------------------------------------------
# FACTS.md: units reaching a standard are coverage whatever the unit (thôn, khu dân cư …), no
# N when none is written; the scheme is NTM kiểu mẫu.


@pytest.mark.parametrize(
    "body",
    [
        # (already right before this round)
        "Đến nay, xã Hòa Bình có 3 thôn đạt chuẩn khu dân cư kiểu mẫu.\n",
        "Năm 2023, huyện có 2 xã đạt chuẩn NTM nâng cao và 3 khu dân cư NTM kiểu mẫu.\n",
        # missed before this round
        "Huyện Yên Thế có 3 thôn đạt khu dân cư kiểu mẫu.\n",
        "Năm 2024, 3 thôn của xã được công nhận khu dân cư kiểu mẫu.\n",
        "Năm 2022, xã Tân Lập đã xây dựng được 3 khu dân cư NTM kiểu mẫu.\n",
        "Năm 2022, xã Tân Lập xây dựng thành công 3 khu dân cư kiểu mẫu.\n",
        "Kết quả năm 2023: 2 xã NTM nâng cao; 3 khu dân cư NTM kiểu mẫu.\n",
    ],
)
def test_model_residential_areas_counted_are_coverage(make_document, body: str) -> None:
    found = [f for f in kind(facts_of(make_document, body), "coverage") if f.units_met == 3]
    assert [(f.units_total, f.criterion, f.scheme) for f in found] == [(None, None, "NTM kiểu mẫu")]


def test_one_model_area_as_an_item_of_its_own(make_document) -> None:
    facts = facts_of(
        make_document,
        "Kết quả xây dựng nông thôn mới của xã năm 2023:\n- 1 khu dân cư NTM kiểu mẫu.\n"
        "- 2 thôn đạt chuẩn NTM.\n",
    )
    assert [(f.units_met, f.scheme) for f in kind(facts, "coverage")] == [
        (1, "NTM kiểu mẫu"),
        (2, "NTM"),
    ]


def test_a_model_area_named_after_it_is_its_recognition(make_document) -> None:
    body = "Năm 2023, xã có 1 khu dân cư NTM kiểu mẫu (thôn Đông Hòa).\n"
    assert coverage(facts_of(make_document, body)) == []


# -- 3. the whole in brackets, or after "trên tổng số" ------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # (already right before this round)
        "Toàn tỉnh có 30 trên tổng số 90 xã đạt chuẩn nông thôn mới.\n",
        "Tỉnh có 30 xã đạt chuẩn nông thôn mới (trên tổng số 90 xã).\n",
        # missed before this round
        "Đến nay, tỉnh có 30 xã (trong tổng số 90 xã) đạt 19 tiêu chí.\n",
        "Đã có 30 xã (trong tổng số 90 xã của tỉnh) được công nhận đạt chuẩn nông thôn mới.\n",
        "Toàn tỉnh có 30 xã (tổng số 90 xã) đạt chuẩn NTM.\n",
        "Tỉnh có 30 xã trên tổng số 90 xã đạt chuẩn nông thôn mới.\n",
        "Tỉnh có 30 xã trong tổng số 90 xã hoàn thành 19/19 tiêu chí.\n",
    ],
)
def test_the_whole_written_with_the_units(make_document, body: str) -> None:
    assert coverage(facts_of(make_document, body)) == [(30, 90, None)]


def test_the_share_after_a_bracketed_whole_is_the_coverages(make_document) -> None:
    facts = facts_of(
        make_document, "Huyện có 12 xã (trên tổng số 20 xã) đạt chuẩn NTM, chiếm 60%.\n"
    )
    assert [(f.units_met, f.units_total, f.percent_stated) for f in kind(facts, "coverage")] == [
        (12, 20, 60.0)
    ]
    assert kind(facts, "percentage") == []


def test_a_bracket_of_another_unit_is_no_whole(make_document) -> None:
    body = "Tỉnh có 30 xã (trong tổng số 9 huyện) đạt chuẩn nông thôn mới.\n"
    assert coverage(facts_of(make_document, body)) == [(30, None, None)]


# -- 4. a goal about communes named as its topic --------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Báo cáo năm 2023 của huyện Hòa Vang.\nĐối với xã Hòa Phú và xã Hòa Bắc, huyện phấn "
        "đấu hoàn thành 19/19 tiêu chí trong năm 2025.\n",
        "Báo cáo năm 2023 của huyện Hòa Vang.\nRiêng các xã Hòa Phú, Hòa Bắc, huyện Hòa Vang "
        "phấn đấu đạt 19/19 tiêu chí vào năm 2025.\n",
        "Báo cáo năm 2023 của huyện Hòa Vang.\nĐối với 2 xã Hòa Phú và Hòa Bắc, phấn đấu đến "
        "năm 2025 hoàn thành đủ 19 tiêu chí.\n",
    ],
)
def test_a_goal_about_communes_is_each_communes(make_document, body: str) -> None:
    found = kind(facts_of(make_document, body), "criteria_count")
    assert sorted((f.subject, f.met, f.of, f.target, f.period) for f in found) == [
        ("xã Hòa Bắc", 19, 19, True, "2025"),
        ("xã Hòa Phú", 19, 19, True, "2025"),
    ]


def test_the_district_acting_for_the_communes_is_not_the_subject(make_document) -> None:
    facts = facts_of(
        make_document,
        "Báo cáo năm 2023 của huyện Hòa Vang.\nĐối với xã Hòa Phú và xã Hòa Bắc, huyện đề ra "
        "mục tiêu hoàn thành 19/19 tiêu chí trong năm 2025.\n",
    )
    assert sorted(f.subject for f in kind(facts, "criteria_count")) == ["xã Hòa Bắc", "xã Hòa Phú"]


def test_a_verdict_goal_about_communes_is_each_communes(make_document) -> None:
    facts = facts_of(
        make_document,
        "Báo cáo năm 2023 của huyện Hòa Vang.\nĐối với xã Hòa Phú và xã Hòa Bắc, huyện phấn "
        "đấu hoàn thành tiêu chí số 17 về môi trường trong năm 2025.\n",
    )
    assert sorted(
        (f.subject, f.criterion, f.met, f.target, f.period) for f in kind(facts, "verdict")
    ) == [("xã Hòa Bắc", 17, True, True, "2025"), ("xã Hòa Phú", 17, True, True, "2025")]


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2023, xã Hòa Phú và xã Hòa Bắc đã hoàn thành 19/19 tiêu chí.\n",
        "Năm 2023, tỉnh Quảng Nam có hai xã Hòa Phú và Hòa Bắc đã đạt 19/19 tiêu chí.\n",
        "Năm 2023, các xã Hòa Phú, Hòa Bắc đều đạt 19/19 tiêu chí.\n",
        "Năm 2023, tỉnh Quảng Nam có 2 xã Hòa Phú và Hòa Bắc đạt 19 tiêu chí.\n",
        # the other verbs of reaching ("reach_verb" cues)
        "Năm 2023, xã Hòa Phú và xã Hòa Bắc về đích với 19/19 tiêu chí.\n",
        "Xã Hòa Phú và xã Hòa Bắc được chọn làm điểm. Năm 2023, các xã trên đã về đích với "
        "19/19 tiêu chí.\n",
        "Xã Hòa Phú và xã Hòa Bắc được chọn làm điểm. Năm 2023, các xã này được công nhận với "
        "19/19 tiêu chí.\n",
    ],
)
def test_communes_listed_before_one_verb_each_get_the_count(make_document, body: str) -> None:
    assert sorted(counts(facts_of(make_document, body))) == [
        ("xã Hòa Bắc", 19, 19),
        ("xã Hòa Phú", 19, 19),
    ]


def test_communes_before_one_verdict_each_get_it(make_document) -> None:
    facts = facts_of(make_document, "Năm 2023, xã Hòa Phú và xã Hòa Bắc chưa đạt tiêu chí số 7.\n")
    assert sorted((f.subject, f.criterion, f.met) for f in kind(facts, "verdict")) == [
        ("xã Hòa Bắc", 7, False),
        ("xã Hòa Phú", 7, False),
    ]


def test_a_commune_and_its_district_are_no_list(make_document) -> None:
    facts = facts_of(make_document, "Năm 2023, xã Quang Châu, huyện Việt Yên đạt 17/19 tiêu chí.\n")
    assert counts(facts) == [("xã Quang Châu", 17, 19)]


# -- 5. one commune completing the whole set, with no M -----------------------------------------
# FACTS.md: a count's M is the size of one set; "19 tiêu chí" alone is the whole of it, as for
# the communes named after "06 xã đạt 19 tiêu chí là …".


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        # (already right before this round)
        ("Năm 2020, xã Tân Phú đã hoàn thành 19/19 tiêu chí.\n", "xã Tân Phú"),
        # missed before this round: the of was left empty
        ("Năm 2020, xã Tân Phú đã hoàn thành 19 tiêu chí.\n", "xã Tân Phú"),
        ("Đến cuối năm 2019, xã Ea Tiêu đã cơ bản hoàn thành 19 tiêu chí.\n", "xã Ea Tiêu"),
        ("Năm 2021, xã Tân Phú đạt 19 tiêu chí nông thôn mới.\n", "xã Tân Phú"),
        # and the district the commune lies in was taken for the subject
        (
            "Huyện Hòa Vang có 11 xã. Năm 2019, xã Hòa Tiến là xã đầu tiên của huyện hoàn thành "
            "19/19 tiêu chí.\n",
            "xã Hòa Tiến",
        ),
        (
            "Huyện Hòa Vang có 11 xã. Năm 2019, xã Hòa Tiến là xã duy nhất của huyện hoàn thành "
            "19 tiêu chí.\n",
            "xã Hòa Tiến",
        ),
    ],
)
def test_one_commune_completing_the_whole_set(make_document, body: str, subject: str) -> None:
    assert counts(facts_of(make_document, body)) == [(subject, 19, 19)]


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2020, xã Tân Phú hoàn thành 17 tiêu chí.\n",
        "Năm 2020, xã Tân Phú đạt 16 tiêu chí.\n",
    ],
)
def test_a_count_below_the_whole_set_keeps_no_m(make_document, body: str) -> None:
    assert [c[2] for c in counts(facts_of(make_document, body))] == [None]


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2017, xã Đức Lạc đạt 19 tiêu chí, còn 1 tiêu chí chưa đạt.\n",
        "Năm 2017, xã Đức Lạc đạt 19 tiêu chí, còn thiếu tiêu chí số 20 về an ninh.\n",
    ],
)
def test_nineteen_with_criteria_still_missing_is_no_whole_set(make_document, body: str) -> None:
    assert counts(facts_of(make_document, body))[0] == ("xã Đức Lạc", 19, None)


def test_criteria_left_to_complete_keep_their_reading(make_document) -> None:
    # an unmet count takes the set's size as before; "19 tiêu chí" after "còn" is no whole
    facts = facts_of(
        make_document, "Năm 2020, xã Tân Phú đạt 15/19 tiêu chí, còn 4 tiêu chí chưa đạt.\n"
    )
    assert counts(facts) == [("xã Tân Phú", 15, 19), ("xã Tân Phú", 4, 19)]
