"""A label opening "tổng số xã …" and its K/N after "là" ("tổng số xã đạt chuẩn nông thôn mới
của tỉnh là 54/56 xã") is K of N units reaching what the label names: the standard, the whole
set written as criteria ("tổng số xã đạt 19/19 tiêu chí là 10/12 xã") or one numbered
criterion ("… đạt tiêu chí số 2 về giao thông là 10/12 xã"); "tổng số xã là 12 xã" stays the
whole, a band's label no fact. Our own wordings (README, "Decisions", eleventh session)."""

from __future__ import annotations

import pytest
from readfacts import facts_of


def coverage(make_document, body: str) -> list[tuple[int, int | None, int | None]]:
    return [
        (f.units_met, f.units_total, f.criterion)
        for f in facts_of(make_document, body)
        if f.kind == "coverage"
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Tỉnh Bến Tre\nĐến cuối năm 2022, tổng số xã đạt chuẩn nông thôn mới của tỉnh "
            "là 54/56 xã.\n",
            [(54, 56, None)],
        ),
        (
            "Huyện Châu Thành\nNăm 2023, tổng số xã đạt 19/19 tiêu chí là 10/12 xã.\n",
            [(10, 12, None)],
        ),
        (
            "Huyện Châu Thành\nNăm 2023, tổng số xã đạt đủ 19 tiêu chí trên địa bàn huyện là "
            "9/12 xã.\n",
            [(9, 12, None)],
        ),
        (
            "Huyện Châu Thành\nNăm 2023, tổng số xã đạt chuẩn tiêu chí số 2 về giao thông là "
            "10/12 xã.\n",
            [(10, 12, 2)],
        ),
        (
            "Huyện Châu Thành\nNăm 2023, tổng số xã đạt tiêu chí số 17 về môi trường là 8/12 "
            "xã, đạt 66,67%.\n",
            [(8, 12, 17)],
        ),
    ],
)
def test_a_total_label_with_its_ratio_after_la_is_coverage(make_document, body, expected):
    assert coverage(make_document, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Huyện Châu Thành\nNăm 2023, tổng số xã trên địa bàn huyện là 12 xã.\n",
        "Huyện Châu Thành\nNăm 2023, tổng số xã đạt từ 15-18 tiêu chí là 2 xã.\n",
    ],
)
def test_a_whole_or_a_bands_label_is_no_coverage(make_document, body):
    assert coverage(make_document, body) == []
