"""Units counted by a share of their communes (set AS, report-like texts): "2 huyện có trên
50% số xã đạt chuẩn" counts districts by a band of their communes' share — a band of units
(FACTS.md: no fact), whose share is the condition they are counted by, no rate of the place.
The bound before the share is a ``share_bound`` cue. A share of a place named, or a share
with no count of units before it, is still a percentage. Every text is our own wording."""

from __future__ import annotations

import pytest
from readfacts import news_facts_of as facts_of


def rates(facts) -> list[float]:
    return [float(f.value) for f in facts if f.kind == "percentage"]


@pytest.mark.parametrize(
    "body",
    [
        "Mục tiêu đến năm 2025, tỉnh Lạng Sơn có ít nhất 3 huyện có trên 50% số xã đạt chuẩn "
        "nông thôn mới.\n",
        "Năm 2022, toàn tỉnh Bắc Kạn có 2 huyện có từ 40% số xã đạt chuẩn NTM trở lên.\n",
        "Đến nay, tỉnh Hà Giang có 4 đơn vị cấp huyện có hơn 30% xã đạt chuẩn nông thôn mới.\n",
        "Năm 2021, tỉnh Điện Biên còn 5 huyện có dưới 10% số xã đạt chuẩn nông thôn mới.\n",
        "Phấn đấu năm 2024 tỉnh Lai Châu có 2 huyện đạt tối thiểu 60% số xã đạt chuẩn.\n",
    ],
)
def test_a_share_units_are_counted_by_is_no_rate(make_document, body: str) -> None:
    assert rates(facts_of(make_document, body)) == []


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # no count of units before the share: the place's own rate (a goal here)
        ("Phấn đấu đến năm 2025, tỉnh Sơn La có trên 50% số xã đạt chuẩn nông thôn mới.\n", 50),
        # a place named, no count: its own rate
        ("Năm 2023, huyện Mường Lát có trên 20% số xã đạt chuẩn nông thôn mới.\n", 20),
        # a count, but the share with no bound is the coverage's own ("5 xã, đạt 25%")
        ("Năm 2023, huyện Quan Sơn có 3 xã đạt chuẩn, chiếm trên 20% số xã của huyện.\n", 20),
    ],
)
def test_a_share_with_no_counted_units_before_it_stays_a_rate(
    make_document, body: str, value: float
) -> None:
    facts = facts_of(make_document, body)
    shares = rates(facts) + [
        float(f.percent_stated) for f in facts if f.kind == "coverage" and f.percent_stated
    ]
    assert value in shares
