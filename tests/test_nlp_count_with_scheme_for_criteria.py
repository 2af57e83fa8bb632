"""A criteria count written with the scheme where "tiêu chí" is left out ("xã A đạt 19/19 NTM
nâng cao", "đạt 15/19 NTM") is the subject's count of criteria when its whole is the size of a
set (10, 19, or 20 where a province adds one): "đạt 3/5 NTM" is none. Our own wordings
(README, "Decisions", eleventh session)."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


@pytest.mark.parametrize(
    ("body", "subject", "met", "scheme"),
    [
        ("Năm 2023, xã Tân Phú đạt 19/19 NTM nâng cao.\n", "xã Tân Phú", 19, "NTM nâng cao"),
        ("Năm 2023, xã Tân Phú đạt 15/19 NTM.\n", "xã Tân Phú", 15, "NTM"),
        (
            "Năm 2023, xã Hòa Lợi đã đạt 18/19 nông thôn mới kiểu mẫu.\n",
            "xã Hòa Lợi",
            18,
            "NTM kiểu mẫu",
        ),
    ],
)
def test_a_ratio_of_a_sets_size_before_the_scheme_counts_criteria(
    make_document, body: str, subject: str, met: int, scheme: str
) -> None:
    counts = [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "criteria_count"]
    assert [(f.subject, f.met, f.of, f.what, f.scheme) for f in counts] == [
        (subject, met, 19, "tiêu chí", scheme)
    ]


def test_a_ratio_of_no_sets_size_is_no_count(make_document) -> None:
    body = "Năm 2023, xã Tân Phú đạt 3/5 NTM.\n"
    counts = [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "criteria_count"]
    assert counts == []
