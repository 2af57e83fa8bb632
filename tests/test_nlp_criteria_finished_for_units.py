"""The whole set of criteria finished for a number of units, the units written after it
(FACTS.md, "K of N units reaching a standard is a coverage fact"; "N xã đạt 19/19 tiêu chí"
is coverage of the standard): "hoàn thành các tiêu chí của 4 xã: A, B, C, D" is 4 units at
the standard, with the year its clause gives; a band finished ("hoàn thành 15 tiêu chí của 2
xã") is no coverage. The examples are our own."""

from __future__ import annotations

import pytest
from readfacts import facts_of_class


@pytest.mark.parametrize(
    ("sentence", "met", "period"),
    [
        (
            "Tỉnh Lào Cai tiếp tục đầu tư cho các xã điểm, trong đó hoàn thành các tiêu chí "
            "của 4 xã: Bản Vược, Cốc San, Gia Phú, Sơn Hải trong năm 2017.",
            4,
            "2017",
        ),
        (
            "Trong năm 2016, huyện Bảo Thắng đã hoàn thành đủ 19 tiêu chí cho 2 xã là Xuân "
            "Quang và Phú Nhuận.",
            2,
            "2016",
        ),
        (
            "Năm 2018, huyện Bảo Thắng hoàn thành toàn bộ tiêu chí nông thôn mới của 3 xã.",
            3,
            "2018",
        ),
    ],
)
def test_the_whole_set_finished_for_units_is_their_coverage(
    make_document, sentence: str, met: int, period: str
) -> None:
    found = facts_of_class(make_document, sentence + "\n", "Coverage")
    assert [(c.units_met, c.units_total, c.criterion, c.period) for c in found] == [
        (met, None, None, period)
    ]


def test_a_band_finished_for_units_is_no_coverage(make_document) -> None:
    found = facts_of_class(
        make_document, "Năm 2018, huyện Bảo Thắng đã hoàn thành 15 tiêu chí của 2 xã.\n", "Coverage"
    )
    assert found == []
