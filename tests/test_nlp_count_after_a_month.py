"""A month and year right before the subject ("Tháng 6/2023 xã A đạt 15/19 tiêu chí") are a
date, never "6 of 2023 communes": the subject's count is read (a month/year is never K/N).
Our own wordings (README, "Decisions", eleventh session)."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


@pytest.mark.parametrize(
    ("body", "subject", "met", "of", "period"),
    [
        ("Tháng 6/2023 xã Tân Phú đạt 15/19 tiêu chí.\n", "xã Tân Phú", 15, 19, "2023"),
        (
            "Đến tháng 9/2024 xã Hòa Lợi đạt 17/19 tiêu chí nông thôn mới.\n",
            "xã Hòa Lợi",
            17,
            19,
            "2024",
        ),
        (
            "Tháng 6/2023 huyện Lạc Sơn đạt 5/9 tiêu chí huyện nông thôn mới.\n",
            "huyện Lạc Sơn",
            5,
            9,
            "2023",
        ),
    ],
)
def test_a_month_before_the_subject_leaves_its_count(
    make_document, body: str, subject: str, met: int, of: int, period: str
) -> None:
    facts = facts_of(make_document, body, name=NEWS)
    counts = [f for f in facts if f.kind == "criteria_count"]
    assert [(f.subject, f.met, f.of, f.period) for f in counts] == [(subject, met, of, period)]
    assert [f for f in facts if f.kind == "coverage"] == []
