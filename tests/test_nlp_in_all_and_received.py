"""Two wording classes: "tất cả" summing a count up after "có" ("Huyện có tất cả 7 xã đạt
chuẩn": 7 units, no whole written, as "có 23 xã đạt chuẩn" is), and money a unit is written
as receiving from a level's budget ("được Trung ương hỗ trợ 20 tỷ đồng": allocated)."""

from __future__ import annotations

import pytest
from readfacts import facts_of


def _coverage(make_document, text: str) -> list[tuple[int, int | None]]:
    return [
        (f.units_met, f.units_total) for f in facts_of(make_document, text) if f.kind == "coverage"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "có tất cả": in all, a count with no whole
        ("Năm 2021, thị xã có tất cả 6 xã đạt chuẩn nông thôn mới.\n", [(6, None)]),
        ("Đến nay toàn tỉnh đã có tất cả 38 xã được công nhận đạt chuẩn NTM.\n", [(38, None)]),
        (
            "Năm 2022, đợt này gồm tất cả 4 xã được công nhận đạt chuẩn nông thôn mới.\n",
            [(4, None)],
        ),
        ("Năm 2021, huyện tổng cộng có 9 xã đạt chuẩn nông thôn mới.\n", [(9, None)]),
        # "đều" after the units, or a whole written: all of them
        ("Năm 2021, huyện có tất cả 6 xã đều đạt chuẩn nông thôn mới.\n", [(6, 6)]),
        ("Năm 2021, tất cả 11 xã đều đã đạt chuẩn nông thôn mới.\n", [(11, 11)]),
        ("Năm 2021, huyện có tất cả 6/6 xã đạt chuẩn nông thôn mới.\n", [(6, 6)]),
        ("Năm 2021, cả 03 xã đều chưa đạt chuẩn nông thôn mới.\n", [(0, 3)]),
        # in all, not reached: no count of units meeting it
        ("Năm 2021, huyện có tất cả 3 xã chưa đạt chuẩn nông thôn mới.\n", []),
    ],
)
def test_in_all_is_a_count_without_its_whole(make_document, text, expected) -> None:
    assert _coverage(make_document, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2022, xã được Trung ương hỗ trợ 15 tỷ đồng xây dựng nông thôn mới.\n",
            ("central", "allocated"),
        ),
        ("Năm 2022, huyện được ngân sách tỉnh hỗ trợ thêm 8 tỷ đồng.\n", ("province", "allocated")),
        ("Năm 2022, xã được huyện hỗ trợ 600 triệu đồng làm đường.\n", ("district", "allocated")),
        # a supporter who is no budget: money the unit mobilised
        ("Năm 2022, xã được các doanh nghiệp hỗ trợ 3 tỷ đồng.\n", ("enterprise", "mobilised")),
        # a budget as a giver with no "được", as an item of the money raised
        ("Năm 2022, ngân sách tỉnh hỗ trợ 4 tỷ đồng cho các xã.\n", ("province", "mobilised")),
    ],
)
def test_money_received_from_a_budget_is_allocated(make_document, text, expected) -> None:
    (fact,) = [f for f in facts_of(make_document, text) if f.kind == "funding"]
    assert (fact.source, fact.flow) == expected


def test_a_received_part_of_money_raised_keeps_the_whole_flow(make_document) -> None:
    text = "Năm 2022, xã huy động được 25 tỷ đồng, trong đó được Trung ương hỗ trợ 10 tỷ đồng.\n"
    found = [(f.source, f.flow) for f in facts_of(make_document, text) if f.kind == "funding"]
    assert found == [("total", "mobilised"), ("central", "mobilised")]
