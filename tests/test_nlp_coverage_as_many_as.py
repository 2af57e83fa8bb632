""" "có đến N xã" is "as many as N communes", not a date: "Đến nay tỉnh A đã có đến 7 xã hoàn
thành 19 tiêu chí" is coverage, 7 units meeting the whole standard (FACTS.md), never a count
of 19 for the province; "đến 2015" before a number still reads as a time (README,
"Decisions", twelfth session). Our own wordings."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


@pytest.mark.parametrize(
    "body",
    [
        "Đến nay, tỉnh Bình Phước đã có đến 7 xã hoàn thành 19 tiêu chí nông thôn mới.\n",
        "Đến nay, tỉnh Bình Phước đã có đến 7 xã đạt chuẩn nông thôn mới.\n",
    ],
)
def test_as_many_as_n_communes_is_coverage(make_document, body: str) -> None:
    facts = facts_of(make_document, body, name=NEWS)
    assert [(f.kind, f.units_met) for f in facts if f.kind == "coverage"] == [("coverage", 7)]
    assert [f for f in facts if f.kind == "criteria_count"] == []
