"""Units counted with the standard named right after the unit word, "đạt" left out ("huyện A
có 4 xã chuẩn nông thôn mới", "toàn tỉnh có 12 xã chuẩn NTM nâng cao"), are a coverage as
"4 xã đạt chuẩn nông thôn mới" is, with no whole (FACTS.md, "K of N units reaching a
standard"). Our own wordings (README, "Decisions", eleventh session)."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


@pytest.mark.parametrize(
    ("body", "region", "met", "scheme"),
    [
        ("Năm 2023, huyện Lạc Sơn có 4 xã chuẩn nông thôn mới.\n", "huyện Lạc Sơn", 4, "NTM"),
        (
            "Đến năm 2022, tỉnh Hòa Bình có 12 xã chuẩn NTM nâng cao.\n",
            "tỉnh Hòa Bình",
            12,
            "NTM nâng cao",
        ),
    ],
)
def test_units_of_the_standard_named_without_reaching(
    make_document, body: str, region: str, met: int, scheme: str
) -> None:
    coverage = [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "coverage"]
    assert [(f.region, f.units_met, f.units_total, f.scheme) for f in coverage] == [
        (region, met, None, scheme)
    ]


def test_a_standard_of_one_criterion_is_no_bare_standard(make_document) -> None:
    body = "Năm 2023, huyện Lạc Sơn có 4 xã chuẩn về giao thông.\n"
    coverage = [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "coverage"]
    assert coverage == []
