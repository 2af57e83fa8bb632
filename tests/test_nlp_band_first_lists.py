"""Statements of a province's communes written in orders the extractor misread: criteria named
with one count of units for all, bands written before the units in them, a partition of
communes by zone, a list of communes' values under one cue, and a share of a goal reached.
Every text is our own wording of its class."""

from __future__ import annotations

import pytest

from baocao.nlp import read_document
from baocao.normalize import reading_to_facts


def facts_of(make_document, body: str):
    document = make_document(body, name="tin.txt")
    return reading_to_facts(document, read_document(document))[1]


def kind(facts, name: str):
    return [f for f in facts if f.kind == name]


def coverage(facts) -> list[tuple[int | None, int, int | None]]:
    return [(f.criterion, f.units_met, f.units_total) for f in kind(facts, "coverage")]


# -- criteria named, one count of units for all -------------------------------------------------


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Năm 2019, tỉnh Bắc Giang có các tiêu chí đạt cao như: điện, trường học, y tế đều "
         "đạt ở 180 xã.\n", [(4, 180, None), (5, 180, None), (15, 180, None)]),
        ("Toàn huyện Đông Anh, các tiêu chí như thủy lợi và quốc phòng có 20/23 xã đạt.\n",
         [(3, 20, 23), (19, 20, 23)]),
        ("Tỉnh Hà Nam có những tiêu chí đạt cao gồm: tiêu chí số 4, tiêu chí số 8 đều đạt "
         "tại 98 xã.\n", [(4, 98, None), (8, 98, None)]),
    ],
)  # fmt: skip
def test_criteria_named_with_the_units_meeting_them_all(make_document, body, want) -> None:
    facts = facts_of(make_document, body)
    assert sorted(coverage(facts)) == want
    assert kind(facts, "verdict") == []  # no verdict of the province on each


@pytest.mark.parametrize(
    "body",
    [
        "Tỉnh Lào Cai có các tiêu chí đạt thấp như: môi trường, thu nhập, hộ nghèo.\n",
        "Ở tỉnh Yên Bái, những tiêu chí đạt rất cao: giao thông, điện.\n",
    ],
)
def test_criteria_met_well_or_badly_are_no_verdicts(make_document, body: str) -> None:
    assert kind(facts_of(make_document, body), "verdict") == []


# -- bands written before the units in them -------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "met"),
    [
        ("Huyện Lục Nam bình quân 16,2 tiêu chí/xã, trong đó: đạt 19 tiêu chí có 12 xã, đạt "
         "từ 15 - 18 tiêu chí có 5 xã, đạt dưới 10 tiêu chí có 3 xã.\n", 12),
        ("Tỉnh Phú Thọ: hoàn thành 19/19 tiêu chí có 64 xã; đạt 14 tiêu chí có 9 xã.\n", 64),
        ("Kết quả rà soát ở huyện Hiệp Hòa: Số xã đạt 19 tiêu chí: 21 xã; số xã đạt từ 15-18 "
         "tiêu chí: 4 xã.\n", 21),
    ],
)  # fmt: skip
def test_a_band_written_before_its_units(make_document, body: str, met: int) -> None:
    facts = facts_of(make_document, body)
    assert coverage(facts) == [(None, met, None)]
    assert kind(facts, "criteria_count") == []  # no count of the province's own


# -- a partition of communes by zone ----------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Huyện Bảo Lâm có 10/14 xã đạt chuẩn nông thôn mới. Trong đó có 4 xã thuộc vùng cao, "
        "6 xã thuộc vùng thấp.\n",
        "Huyện Quảng Xương có 30 xã đạt chuẩn, trong đó 5 xã bãi ngang và 3 xã đặc biệt khó "
        "khăn.\n",
        "Tỉnh Sơn La có 40 xã đạt chuẩn. Trong đó, 18 xã khu vực I, 15 xã khu vực II và 7 xã "
        "khu vực III.\n",
    ],
)
def test_communes_classed_by_zone_are_no_part_reaching_it(make_document, body: str) -> None:
    assert len(coverage(facts_of(make_document, body))) == 1  # the whole only


# -- a list of communes' values under one cue --------------------------------------------------


def test_each_place_of_a_list_gets_its_value(make_document) -> None:
    body = (
        "Năm 2021, thu nhập bình quân đầu người của xã Tân Lập đạt 32 triệu đồng/năm; xã Hòa "
        "Bình 29,5 triệu đồng/năm; xã An Phú 41 triệu đồng/năm.\n"
    )
    got = [(f.subject, f.value, f.unit) for f in kind(facts_of(make_document, body), "percentage")]
    assert got == [
        ("xã Tân Lập", 32.0, "triệu đồng/người/năm"),
        ("xã Hòa Bình", 29.5, "triệu đồng/người/năm"),
        ("xã An Phú", 41.0, "triệu đồng/người/năm"),
    ]


def test_a_list_with_no_income_cue_reads_nothing(make_document) -> None:
    body = "Doanh thu của xã Tân Lập đạt 32 triệu đồng/năm; xã Hòa Bình 29,5 triệu đồng/năm.\n"
    assert kind(facts_of(make_document, body), "percentage") == []


# -- a share of a goal reached ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Đến hết năm 2019, toàn tỉnh Lào Cai có 40 xã đạt chuẩn NTM, đạt 80% mục tiêu giai "
         "đoạn 2016 - 2020.\n", 80.0),
        ("Năm 2022, huyện Kim Bôi có 9 xã được công nhận đạt chuẩn, bằng 90% kế hoạch năm.\n",
         90.0),
    ],
)  # fmt: skip
def test_a_share_of_a_goal_is_a_result_of_its_own(make_document, body, value) -> None:
    facts = facts_of(make_document, body)
    [share] = kind(facts, "percentage")
    assert (share.value, share.target) == (value, False)
    assert [f.percent_stated for f in kind(facts, "coverage")] == [None]


def test_a_share_of_the_plan_under_a_plan_heading_stays_a_goal(make_document) -> None:
    body = "Kế hoạch năm 2026 của huyện Gia Lâm: tỷ lệ giải ngân đạt 100% kế hoạch vốn.\n"
    [share] = kind(facts_of(make_document, body), "percentage")
    assert (share.value, share.target) == (100.0, True)
