"""Money units typed or scanned a letter off ("tiệu đồng", "triêu đồng", "trỉệu đồng", "tý
đồng") are the unit they stand for: the slips as long as the unit are respelt in place
(data/spellings.toml), "tiệu" (a letter short) is a unit of its own (data/units.toml)."""

from __future__ import annotations

import pytest
from readfacts import facts_of

from baocao.model import Funding

HEAD = "UBND HUYỆN KỲ ANH\nBÁO CÁO kết quả xây dựng nông thôn mới năm 2021\n"


@pytest.mark.parametrize(
    ("sentence", "vnd", "source"),
    [
        ("Tổng nguồn lực huy động trong năm là 84.250 tiệu đồng.", 84_250_000_000, "total"),
        ("Ngân sách tỉnh hỗ trợ 6.700 triêu đồng để làm đường.", 6_700_000_000, "province"),
        ("Ngân sách huyện bố trí 2.315 trỉệu đồng cho các xã.", 2_315_000_000, "district"),
        ("Nhân dân hiến đất và đóng góp 7,5 tý đồng.", 7_500_000_000, "community"),
    ],
)
def test_a_slipped_money_unit_is_the_unit(
    make_document, sentence: str, vnd: int, source: str
) -> None:
    money = [f for f in facts_of(make_document, HEAD + sentence) if isinstance(f, Funding)]
    assert [(f.amount_vnd, f.source) for f in money] == [(vnd, source)]


def test_a_slip_not_after_a_count_is_left_alone(make_document) -> None:
    # "tý" is a word of its own ("một tý"); only right after a figure is it the unit
    text = HEAD + "Xã đã có tý đồng thuận của nhân dân về việc hiến đất.\n"
    assert not [f for f in facts_of(make_document, text) if isinstance(f, Funding)]
