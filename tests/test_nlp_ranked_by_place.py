"""A count of communes then ranked by the districts they lie in (FACTS.md, "Place is the unit
the fact is about"): each district named gets a coverage of its own, the same count for each
place of an item that shares it ("A, B mỗi huyện có 3 xã"). The examples are our own (real
district names, invented counts).
"""

from __future__ import annotations

import pytest
from readfacts import news_facts_of, of_kind

from baocao.model import Coverage

THAI_BINH = (
    "Thái Bình công nhận 40 xã đạt chuẩn nông thôn mới kiểu mẫu\n\n"
    "Năm 2027, tỉnh Thái Bình công nhận 40 xã thuộc 7 huyện đạt chuẩn nông thôn mới kiểu mẫu. "
    "Trong số các địa phương được công nhận, nhiều nhất là Kiến Xương với 12/12 xã; tiếp đến là "
    "2 huyện Tiền Hải và Vũ Thư cùng có 6 xã; Đông Hưng, Quỳnh Phụ mỗi huyện có 5 xã; Hưng Hà "
    "và thành phố Thái Bình mỗi huyện, thành phố có 3 xã.\n"
)
HA_NAM = (
    "Hà Nam: thêm 20 xã đạt chuẩn nâng cao\n\n"
    "Năm 2026, tỉnh Hà Nam có 20 xã đạt chuẩn nông thôn mới nâng cao. Trong đó, huyện Lý Nhân "
    "có nhiều nhất với 7 xã; tiếp đó là 2 huyện Bình Lục và Kim Bảng cùng có 4 xã, huyện Thanh "
    "Liêm có 3 xã.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            THAI_BINH,
            {
                ("huyện Kiến Xương", 12, 12),
                ("huyện Tiền Hải", 6, None),
                ("huyện Vũ Thư", 6, None),
                ("huyện Đông Hưng", 5, None),
                ("huyện Quỳnh Phụ", 5, None),
                ("huyện Hưng Hà", 3, None),
            },
        ),
        (
            HA_NAM,
            {
                ("huyện Bình Lục", 4, None),
                ("huyện Kim Bảng", 4, None),
                ("huyện Thanh Liêm", 3, None),
            },
        ),
    ],
)
def test_each_district_of_a_ranking_gets_its_count(make_document, text: str, expected) -> None:
    got = {
        (f.region, f.units_met, f.units_total)
        for f in of_kind(news_facts_of(make_document, text), Coverage)
    }
    assert expected <= got


def test_a_ranking_of_names_no_map_knows_as_districts_gives_no_place(make_document) -> None:
    # twin: the names are no districts (a list of villages' groups): no per-place coverage
    text = (
        "Năm 2027, huyện Kiến Xương có 14 xã đạt chuẩn nông thôn mới kiểu mẫu. Trong đó, "
        "nhiều nhất là Cụm Bắc với 6 xã; tiếp đến là Cụm Nam và Cụm Tây cùng có 4 xã.\n"
    )
    regions = {f.region for f in of_kind(news_facts_of(make_document, text), Coverage)}
    assert not any(r and "Cụm" in r for r in regions)
