""" "Có 118 xã đạt chuẩn NTM (tăng 5 xã so với năm 2020), đạt tỷ lệ 60,8%": a bracketed aside
(an increment, a comparison) between a count of units and its share does not part them: the
share is the count's stated percentage, not a percentage of its own (FACTS.md, "The
percentage written with it is its percent_stated"; README, "Decisions", twelfth session).
Our own wordings."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


@pytest.mark.parametrize(
    ("body", "met", "share"),
    [
        (
            "Đến cuối năm 2022, toàn tỉnh có 74 xã đạt chuẩn nông thôn mới (tăng 6 xã so với "
            "năm 2021), đạt tỷ lệ 52,1%.\n",
            74,
            52.1,
        ),
        (
            "Năm 2023, huyện có 9 xã đạt chuẩn NTM (thêm 2 xã so với cùng kỳ), chiếm tỷ lệ "
            "75%; 2 xã đạt chuẩn NTM nâng cao.\n",
            9,
            75.0,
        ),
    ],
)
def test_share_after_a_bracketed_aside_is_the_counts(
    make_document, body: str, met: int, share: float
) -> None:
    facts = facts_of(make_document, body, name=NEWS)
    counted = [f for f in facts if f.kind == "coverage" and f.units_met == met]
    assert [f.percent_stated for f in counted] == [share]
    assert [f.value for f in facts if f.kind == "percentage"] == []
