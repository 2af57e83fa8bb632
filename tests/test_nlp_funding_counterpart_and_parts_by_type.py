""" "từ nguồn ngân sách Trung ương và vốn đối ứng địa phương, năm 2023 tỉnh đã bố trí X tỷ
đồng, trong đó vốn đầu tư phát triển Y tỷ đồng …; vốn sự nghiệp Z tỷ đồng": the local
counterpart funds ("vốn đối ứng địa phương") are the local budgets, so the amount is of the
centre and every local level joined; the parts after "trong đó" split it by type of
spending (development investment, recurrent), not by source, so each keeps the source of
the amount it breaks down (FACTS.md, "Budgets of several levels are joined sources";
README, "Decisions", twelfth session). Our own wordings."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of

ALL_LEVELS = "central+province+district+commune"


@pytest.mark.parametrize(
    ("body", "amounts"),
    [
        (
            "Từ nguồn ngân sách Trung ương và vốn đối ứng địa phương, năm 2022 huyện đã bố trí "
            "58,4 tỷ đồng, trong đó vốn đầu tư phát triển 40,1 tỷ đồng cho 21 công trình; vốn "
            "sự nghiệp 18,3 tỷ đồng cho 6 dự án.\n",
            [58_400_000_000, 40_100_000_000, 18_300_000_000],
        ),
        (
            "Năm 2024, với vốn ngân sách Trung ương và vốn đối ứng của địa phương, tỉnh phân bổ "
            "312 tỷ đồng, trong đó vốn đầu tư phát triển 250 tỷ đồng và vốn sự nghiệp 62 tỷ "
            "đồng.\n",
            [312_000_000_000, 250_000_000_000, 62_000_000_000],
        ),
    ],
)
def test_counterpart_funds_and_parts_by_type_keep_the_joined_source(
    make_document, body: str, amounts: list[int]
) -> None:
    facts = facts_of(make_document, body, name=NEWS)
    funding = sorted((f.amount_vnd, f.source) for f in facts if f.kind == "funding")
    assert funding == sorted((a, ALL_LEVELS) for a in amounts)


def test_counterpart_funds_alone_are_the_local_budgets(make_document) -> None:
    body = "Năm 2023, vốn đối ứng địa phương bố trí cho Chương trình là 27 tỷ đồng.\n"
    facts = facts_of(make_document, body, name=NEWS)
    assert [f.source for f in facts if f.kind == "funding"] == ["province+district+commune"]
