"""A reward a province or district gives a unit that reached the standard ("xã A được tỉnh
thưởng công trình phúc lợi trị giá 800 triệu đồng", "được UBND tỉnh B thưởng 1 tỷ đồng") is
funding allocated to the unit from the giver's budget. FACTS.md names no reward: decided here
(README, "Decisions", eleventh session) as the giver's money, as "được tỉnh hỗ trợ" is; a prize
won in a contest ("giải thưởng 50 triệu đồng") is no programme money. Our own wordings."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


@pytest.mark.parametrize(
    ("body", "source", "amount"),
    [
        (
            "Năm 2023, xã Tân Phú được tỉnh thưởng công trình phúc lợi trị giá 800 triệu đồng.\n",
            "province",
            800_000_000,
        ),
        ("Năm 2023, xã Tân Phú được UBND tỉnh Hòa Bình thưởng 1 tỷ đồng.\n", "province", 10**9),
        ("Năm 2023, xã Tân Phú được huyện thưởng 300 triệu đồng.\n", "district", 300_000_000),
    ],
)
def test_a_reward_is_the_givers_money_allocated(
    make_document, body: str, source: str, amount: int
) -> None:
    funding = [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "funding"]
    assert [(f.region, f.source, f.flow, f.amount_vnd) for f in funding] == [
        ("xã Tân Phú", source, "allocated", amount)
    ]


def test_a_contest_prize_is_no_funding(make_document) -> None:
    body = "Năm 2023, đội văn nghệ xã Tân Phú nhận giải thưởng 50 triệu đồng.\n"
    assert [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "funding"] == []
