"""Counts that are no coverage and lists that are: one of a ranked or chosen set ("là 1 trong 4
xã đầu tiên"), a status ("4/9 huyện thuộc diện huyện nghèo"), a place left out of a goal
("ngoài xã A, … đối với 5 xã"), sources listed before their total, villages recognised, and
the last item of a goal list (FACTS.md, "Borderline cases, decided"). The examples are our
own."""

from __future__ import annotations

import pytest
import readfacts

HEADER = (
    "ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG ẢNG\nSố: 12/BC-UBND\nMường Ảng, ngày 5 tháng 12 năm 2024\n"
    "BÁO CÁO\nKết quả xây dựng nông thôn mới năm 2024\n\n"
)


def facts_of(make_document, body: str):
    return readfacts.facts_of(make_document, HEADER + body + "\n")


def coverage(facts) -> list[tuple[int, int | None, bool]]:
    return [(f.units_met, f.units_total, f.target) for f in facts if f.kind == "coverage"]


# -- 1. one of a ranked or chosen set ---------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Xã Ẳng Nưa là 1 trong 4 xã đầu tiên của tỉnh đạt chuẩn nông thôn mới nâng cao.",
        "Xã Búng Lao (là 1 trong 6 xã điểm của huyện) đã đạt chuẩn nông thôn mới năm 2019.",
        "Huyện Mường Ảng, 1 trong 3 huyện dẫn đầu về số xã đạt chuẩn nông thôn mới.",
        "Xã Ngối Cáy là 1 trong 5 xã tiêu biểu được công nhận đạt chuẩn.",
    ],
)
def test_one_of_a_ranked_or_chosen_set_is_no_coverage(make_document, body: str) -> None:
    assert coverage(facts_of(make_document, body)) == []


def test_k_of_n_units_reaching_the_standard_stays_coverage(make_document) -> None:
    facts = facts_of(make_document, "Toàn huyện có 6 trong tổng số 9 xã đạt chuẩn nông thôn mới.")
    assert coverage(facts) == [(6, 9, False)]


# -- 2. a status, no verdict on a criterion ---------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Tỉnh có 4/9 huyện thuộc diện huyện nghèo được hưởng chính sách theo Nghị quyết 30a.",
        "Huyện có 2/14 xã thuộc vùng đặc biệt khó khăn được đầu tư đường điện.",
        "Tỉnh có 5/10 huyện, thị xã thuộc diện huyện nghèo.",
    ],
)
def test_a_status_of_the_units_is_no_coverage(make_document, body: str) -> None:
    assert coverage(facts_of(make_document, body)) == []


def test_units_of_a_status_that_reach_the_standard_are_coverage(make_document) -> None:
    body = "Huyện có 3/14 xã thuộc vùng đặc biệt khó khăn đã đạt chuẩn nông thôn mới."
    assert coverage(facts_of(make_document, body)) == [(3, 14, False)]


# -- 3. a place left out of a goal ------------------------------------------------------------


def test_a_place_left_out_of_a_goal_gets_no_count(make_document) -> None:
    body = (
        "Năm 2025, ngoài xã Búng Lao, huyện phấn đấu hoàn thành 19 tiêu chí xây dựng nông "
        "thôn mới đối với 3 xã gồm Ẳng Cang, Ẳng Tở và Nặm Lịch."
    )
    facts = facts_of(make_document, body)
    assert [f for f in facts if f.kind == "criteria_count"] == []
    assert coverage(facts) == [(3, None, True)]


def test_a_commune_finishing_the_set_keeps_its_count(make_document) -> None:
    facts = facts_of(make_document, "Xã Ẳng Cang đã hoàn thành 19 tiêu chí.")
    assert [(f.subject, f.met, f.of) for f in facts if f.kind == "criteria_count"] == [
        ("xã Ẳng Cang", 19, 19)
    ]


# -- 4. sources listed, then their total ------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Huyện đã huy động vốn trung ương, vốn tỉnh, lồng ghép, tín dụng và nhân dân đóng "
        "góp với tổng kinh phí hơn 700 tỷ đồng.",
        "Qua 5 năm, xã huy động ngân sách tỉnh, vốn doanh nghiệp và nhân dân với tổng kinh "
        "phí 48 tỷ đồng.",
    ],
)
def test_sources_listed_before_their_total_give_the_total(make_document, body: str) -> None:
    funding = [f for f in facts_of(make_document, body) if f.kind == "funding"]
    assert [(f.source, f.flow) for f in funding] == [("total", "mobilised")]


def test_a_cost_with_its_total_is_still_other(make_document) -> None:
    body = "Xây dựng chợ trung tâm xã với tổng kinh phí 12 tỷ đồng."
    funding = [f for f in facts_of(make_document, body) if f.kind == "funding"]
    assert [f.source for f in funding] == ["other"]


# -- 5. villages recognised -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "scheme"),
    [
        ("Đến nay, toàn huyện đã công nhận 41 thôn, bản nông thôn mới.", "NTM"),
        (
            "Năm 2024 huyện công nhận 9 thôn, bản, tổ dân phố nông thôn mới kiểu mẫu.",
            "NTM kiểu mẫu",
        ),
        ("Huyện đã công nhận 7 bản đạt chuẩn NTM kiểu mẫu.", "NTM kiểu mẫu"),
    ],
)
def test_villages_recognised_are_coverage(make_document, body: str, scheme: str) -> None:
    found = [f for f in facts_of(make_document, body) if f.kind == "coverage"]
    assert [(f.units_total, f.criterion, f.scheme) for f in found] == [(None, None, scheme)]


# -- 6. the last item of a goal list ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "met"),
    [
        (
            "Năm 2025 huyện đặt mục tiêu nâng chất các tiêu chí, không còn xã dưới 12 tiêu "
            "chí, 2 xã hoàn thành chuẩn NTM.",
            2,
        ),
        (
            "Mục tiêu năm 2025: bình quân 16 tiêu chí/xã, không còn xã dưới 10 tiêu chí, 4 xã "
            "hoàn thành chuẩn nông thôn mới.",
            4,
        ),
    ],
)
def test_the_last_item_of_a_goal_list_is_a_goal(make_document, body: str, met: int) -> None:
    assert coverage(facts_of(make_document, body)) == [(met, None, True)]


def test_units_finishing_the_standard_are_coverage(make_document) -> None:
    body = "Năm 2024, huyện có 3 xã hoàn thành chuẩn nông thôn mới."
    assert coverage(facts_of(make_document, body)) == [(3, None, False)]
