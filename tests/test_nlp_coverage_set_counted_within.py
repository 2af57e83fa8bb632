"""A set a sentence opens on to count within it, "thì" turning to the count (thirteenth
session, gold set BC; the examples are our own): "trong 40 xã đã đạt chuẩn trước năm 2021
thì có 12 xã …", "Hiện nay, trong số 30 xã đạt chuẩn thì chỉ còn 7 xã …". The set's N is the
base of the count after it, no coverage of its own (as a goal that only gives the N of a K/N,
FACTS.md); "có 25 xã đạt chuẩn, trong đó có 9 xã …" still states the 25.
"""

from __future__ import annotations

import pytest
from readfacts import news_facts_of, of_kind

from baocao.model import Coverage


def _coverage(make_document, text: str) -> list[tuple[int, int | None]]:
    return [
        (f.units_met, f.units_total) for f in of_kind(news_facts_of(make_document, text), Coverage)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đến nay, trong 40 xã đã được công nhận đạt chuẩn trước năm 2021 thì có 12 xã chưa "
            "giữ được chuẩn theo bộ tiêu chí mới.\n",
            [],
        ),
        (
            "Hiện nay, trong số 30 xã đạt chuẩn nông thôn mới thì chỉ còn 7 xã giữ đủ 19 tiêu "
            "chí.\n",
            [],
        ),
        (
            "Năm 2022, toàn huyện có 25 xã đạt chuẩn nông thôn mới, trong đó có 9 xã đạt chuẩn "
            "nâng cao.\n",
            [(25, None), (9, 25)],
        ),
    ],
)
def test_set_opened_to_count_within_is_no_coverage(make_document, text, expected) -> None:
    assert _coverage(make_document, text) == expected
