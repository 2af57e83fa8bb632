"""A district's count given as a share of the communes that reached the standard in its
province ("Huyện A có 12 xã đạt chuẩn, chiếm 20% số xã đạt chuẩn của tỉnh") is no share of
the district's own communes: the coverage has no `percent_stated`, the share is a percentage
of its own. A share of the place's units ("9/9 xã đạt chuẩn, chiếm 100%", "chiếm 75% tổng số
xã") stays the coverage's. Our own wordings (README, "Decisions", eleventh session)."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


@pytest.mark.parametrize(
    ("body", "met", "share"),
    [
        (
            "Năm 2023, huyện Mỏ Cày Nam có 12 xã đạt chuẩn nông thôn mới, chiếm 20% số xã đạt "
            "chuẩn của tỉnh.\n",
            12,
            20.0,
        ),
        (
            "Năm 2023, tỉnh Bến Tre có 60 xã đạt chuẩn. Huyện Chợ Lách có 9 xã đạt chuẩn, chiếm "
            "15% số xã đạt chuẩn nông thôn mới của toàn tỉnh.\n",
            9,
            15.0,
        ),
        (
            "Đến nay, huyện Giồng Trôm có 8 xã về đích, chiếm khoảng 10% tổng số xã được công "
            "nhận đạt chuẩn trên địa bàn tỉnh.\n",
            8,
            10.0,
        ),
    ],
)
def test_a_share_of_the_provinces_reached_units_is_a_percentage(
    make_document, body: str, met: int, share: float
) -> None:
    facts = facts_of(make_document, body, name=NEWS)
    coverage = [f for f in facts if f.kind == "coverage" and f.units_met == met]
    assert [(f.units_total, f.percent_stated) for f in coverage] == [(None, None)]
    assert share in [f.value for f in facts if f.kind == "percentage"]


@pytest.mark.parametrize(
    ("body", "share"),
    [
        ("Năm 2023, huyện Chợ Lách có 9/9 xã đạt chuẩn, chiếm 100%.\n", 100.0),
        ("Năm 2023, huyện Chợ Lách có 6 xã đạt chuẩn, chiếm 75% tổng số xã.\n", 75.0),
    ],
)
def test_a_share_of_the_places_own_units_stays_the_coverages(
    make_document, body: str, share: float
) -> None:
    facts = facts_of(make_document, body, name=NEWS)
    assert [f.percent_stated for f in facts if f.kind == "coverage"] == [share]
    assert [f for f in facts if f.kind == "percentage"] == []
