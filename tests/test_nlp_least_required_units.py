"""The least number of units a requirement asks for is no coverage (FACTS.md, "K of N units
reaching a standard is a coverage fact": units that reach it, and "Goals are extracted, and
marked"): an indicator not yet met, listed with "có ít nhất 2 trường đạt chuẩn mức độ 2" or
"tối thiểu 3 xã đạt chuẩn kiểu mẫu", is a rule; a goal with "ít nhất" stays a goal. The
examples are our own."""

from __future__ import annotations

import pytest
from readfacts import facts_of_class


@pytest.mark.parametrize(
    "requirement",
    [
        "Chỉ tiêu 100% số trường THCS đạt chuẩn quốc gia mức độ 1, trong đó có ít nhất 2 "
        "trường đạt chuẩn quốc gia mức độ 2",
        "Chỉ tiêu có tối thiểu 3 xã đạt chuẩn nông thôn mới kiểu mẫu",
    ],
)
def test_the_least_an_unmet_indicator_asks_for_is_no_coverage(make_document, requirement) -> None:
    text = (
        "Đến nay, huyện Đại Từ đã đạt 30/36 chỉ tiêu huyện nông thôn mới nâng cao, còn 6 chỉ "
        f"tiêu chưa đạt gồm: {requirement}; Chỉ tiêu tỷ lệ hộ dùng nước sạch.\n"
    )
    assert facts_of_class(make_document, text, "Coverage") == []


def test_a_goal_of_at_least_some_units_is_still_a_goal(make_document) -> None:
    found = facts_of_class(
        make_document,
        "Mục tiêu đến năm 2027, huyện Đại Từ có ít nhất 20 xã đạt chuẩn nông thôn mới.\n",
        "Coverage",
    )
    assert [(c.units_met, c.target, c.period) for c in found] == [(20, True, "2027")]
