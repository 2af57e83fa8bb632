"""Units recognised by an authority named in full between the count and the standard ("có 9
xã đã được Ủy ban nhân dân tỉnh Hòa Bình công nhận đạt chuẩn nông thôn mới nâng cao") are a
coverage as "được UBND tỉnh công nhận" is: the recognition is the reaching (FACTS.md, "K of N
units reaching a standard"). Our own wordings (README, "Decisions", eleventh session)."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


@pytest.mark.parametrize(
    ("body", "met", "scheme"),
    [
        (
            "Năm 2023, tỉnh Hòa Bình có 9 xã đã được Ủy ban nhân dân tỉnh Hòa Bình công nhận "
            "đạt chuẩn nông thôn mới nâng cao.\n",
            9,
            "NTM nâng cao",
        ),
        (
            "Năm 2023, tỉnh Hòa Bình có 6 xã được Ủy ban nhân dân tỉnh công nhận đạt chuẩn "
            "nông thôn mới kiểu mẫu.\n",
            6,
            "NTM kiểu mẫu",
        ),
        (
            "Năm 2023, tỉnh Hòa Bình có 5 xã được UBND tỉnh công nhận đạt chuẩn nông thôn mới.\n",
            5,
            "NTM",
        ),
    ],
)
def test_a_recognition_by_an_authority_in_full_is_reaching(
    make_document, body: str, met: int, scheme: str
) -> None:
    coverage = [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "coverage"]
    assert [(f.region, f.units_met, f.units_total, f.scheme) for f in coverage] == [
        ("tỉnh Hòa Bình", met, None, scheme)
    ]
