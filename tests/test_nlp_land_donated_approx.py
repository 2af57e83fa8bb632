"""Land the people donated, its size approximated between the verb and "đất" ("và hiến hơn
9.000 m2 đất (tương ứng với 1,2 tỷ đồng)", "hiến trên …", "hiến gần …"), is the community's
in-kind contribution, like "hiến đất" (funding_sources.toml v17). The texts are our own
wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, news_facts_of, of_kind

from baocao.model import Funding


@pytest.mark.parametrize(
    ("clause", "amount"),
    [
        ("góp 400 ngày công và hiến hơn 5.000 m2 đất (tương ứng với 1,2 tỷ đồng)", 1_200_000_000),
        ("các hộ đã cùng nhau hiến trên 2 ha đất trị giá 3,5 tỷ đồng", 3_500_000_000),
        ("ấp Bình Lợi hiến gần 800 m2 đất, quy ra tiền 350 triệu đồng", 350_000_000),
    ],
)
def test_land_donated_is_the_community_s(
    make_document: MakeDocument, clause: str, amount: int
) -> None:
    text = (
        "Xã Yên Lộc xây dựng nông thôn mới\n\nNăm 2023, xã Yên Lộc huy động 20 tỷ đồng, "
        f"trong đó ngân sách tỉnh 12 tỷ đồng, {clause}.\n"
    )
    found = [(f.source, f.amount_vnd) for f in of_kind(news_facts_of(make_document, text), Funding)]
    assert ("community", amount) in found
    assert ("other", amount) not in found
