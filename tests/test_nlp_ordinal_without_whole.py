"""The K-th unit to reach the standard with no whole written ("là xã thứ 2 của huyện đạt chuẩn
nâng cao") ranks that unit's own recognition: no coverage of K units (none with a whole taken
from elsewhere either); "xã thứ 10/12" and "thứ 7 trong tổng số 13 xã" stay K of N. Our own
wordings (README, "Decisions", eleventh session)."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


def coverage(make_document, body: str) -> list[tuple[int, int | None]]:
    return [
        (f.units_met, f.units_total)
        for f in facts_of(make_document, body, name=NEWS)
        if f.kind == "coverage"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2023, xã Tân Phú là xã thứ 2 của huyện Đồng Phú đạt chuẩn nông thôn mới nâng cao.\n",
        "Ngày 10/5/2022, xã Long Hòa chính thức trở thành xã thứ 5 của huyện Châu Thành được "
        "công nhận đạt chuẩn nông thôn mới.\n",
        "Năm 2021, Tân Hiệp là xã thứ ba của huyện Hóc Môn về đích nông thôn mới kiểu mẫu.\n",
    ],
)
def test_an_ordinal_with_no_whole_is_no_coverage(make_document, body: str) -> None:
    assert coverage(make_document, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Năm 2022, xã Long Hòa là xã thứ 10/12 xã của huyện Châu Thành đạt chuẩn nông thôn "
            "mới.\n",
            [(10, 12)],
        ),
        (
            "Năm 2023, Phú Đông là xã thứ 4 trong tổng số 11 xã của huyện Nhơn Trạch đạt chuẩn "
            "nông thôn mới nâng cao.\n",
            [(4, 11)],
        ),
    ],
)
def test_an_ordinal_of_a_written_whole_stays_k_of_n(make_document, body, expected) -> None:
    assert coverage(make_document, body) == expected


def test_the_districts_own_count_beside_an_ordinal_stays(make_document) -> None:
    body = (
        "Năm 2023, xã Tân Phú là xã thứ 2 của huyện Đồng Phú đạt chuẩn nông thôn mới nâng cao. "
        "Đến nay, toàn huyện có 7/7 xã đạt chuẩn nông thôn mới.\n"
    )
    assert coverage(make_document, body) == [(7, 7)]
