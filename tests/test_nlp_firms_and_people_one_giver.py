"""Firms and the people named together as one giver are two sources joined.

"huy động từ doanh nghiệp và nhân dân 3 tỷ đồng" is money both gave (FACTS.md: two sources
joined by "+" when the text joins them): enterprise+community, not the firms' alone. "nhân
dân" after "và" is no source by itself ("cán bộ và nhân dân"). The examples are our own."""

from __future__ import annotations

import pytest
from readfacts import sources_of


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2018, xã Tân Hòa huy động được 12 tỷ đồng, trong đó vận động được từ doanh nghiệp và "
        "nhân dân trên 3,4 tỷ đồng.",
        "Năm 2018, xã Tân Hòa huy động được 12 tỷ đồng; riêng doanh nghiệp và người dân ủng hộ "
        "3,4 tỷ đồng.",
    ],
)
def test_firms_and_people_together_are_enterprise_and_community(make_document, text):
    found = sources_of(make_document, text + "\n")
    assert ("enterprise+community", 3_400_000_000) in found


def test_non_state_money_is_other_not_the_total(make_document):
    text = (
        "Sóc Trăng: Đề án huy động vốn cho nông thôn mới\n\n"
        "Theo đó, tỉnh đặt mục tiêu huy động tổng nguồn vốn 900 tỷ đồng giai đoạn 2021-2022; "
        "trong đó vốn ngân sách nhà nước gần 300 tỷ đồng, vốn ngoài nhà nước là hơn 600 tỷ "
        "đồng.\n"
    )
    assert ("other", 600_000_000_000) in sources_of(make_document, text)
