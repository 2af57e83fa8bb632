"""A kind of state money listed among sibling parts after "trong đó" is no part of the sibling
before it (FACTS.md, "Budgets of several levels are joined sources"): in "huy động 300 tỷ
đồng, trong đó, vốn lồng ghép 100 tỷ đồng, vốn trực tiếp 50 tỷ đồng", the direct programme
money is the state budget's, not the integrated money listed before it; under a whole that
names a budget ("bố trí từ ngân sách tỉnh 310 tỷ đồng, trong đó vốn đầu tư phát triển …") a
kind is still the whole's. The examples are our own."""

from __future__ import annotations

import pytest
from readfacts import sources_of

STATE = "central+province+district+commune"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Giai đoạn 2016-2019, huyện Ia Pa đã huy động 300 tỷ đồng, trong đó, vốn lồng ghép "
            "hơn 100 tỷ đồng, vốn trực tiếp 50 tỷ đồng, vốn tín dụng 150 tỷ đồng.",
            ("integrated", STATE, "credit"),
        ),
        (
            "Năm 2019, xã Ia Mrơn huy động 42 tỷ đồng, trong đó vốn lồng ghép các chương "
            "trình 20 tỷ đồng, vốn hỗ trợ trực tiếp 12 tỷ đồng, nhân dân đóng góp 10 tỷ đồng.",
            ("integrated", STATE, "community"),
        ),
    ],
)
def test_direct_money_after_a_sibling_part_is_the_state_budget(make_document, text, expected):
    found = sources_of(make_document, text + "\n")
    assert tuple(s for s, _ in found[1:]) == expected
    assert found[0][0] == "total"
