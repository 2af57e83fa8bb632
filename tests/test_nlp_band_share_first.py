"""A band's share written before the band ("6 xã (4,32%) đạt từ 15 - 18 tiêu chí", "45% số xã
(54 xã) đạt từ 15-18 tiêu chí", "chiếm 12%, với 15 xã đạt từ 10-14 tiêu chí") is a
percentage (FACTS.md: the share written with a band), never a coverage; the whole set's
share so written stays the coverage's. Our own wordings (README, "Decisions", eleventh
session)."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


@pytest.mark.parametrize(
    ("body", "shares"),
    [
        ("Năm 2022, tỉnh Bến Tre có 6 xã (4,32%) đạt từ 15 - 18 tiêu chí.\n", [4.32]),
        (
            "Năm 2022, tỉnh Vĩnh Long có 54 xã (chiếm 45%) đạt từ 15-18 tiêu chí và 15 xã "
            "(12,5%) đạt 10-14 tiêu chí.\n",
            [45.0, 12.5],
        ),
        ("Năm 2022, tỉnh Trà Vinh có 45% số xã (54 xã) đạt từ 15-18 tiêu chí.\n", [45.0]),
        (
            "Năm 2022, tỉnh Bến Tre có 40 xã đạt chuẩn nông thôn mới, chiếm 30,1%; chiếm 12%, "
            "với 15 xã đạt từ 10-14 tiêu chí.\n",
            [12.0],
        ),
    ],
)
def test_a_bands_share_written_first_is_a_percentage(make_document, body, shares) -> None:
    facts = facts_of(make_document, body, name=NEWS)
    assert [f.value for f in facts if f.kind == "percentage"] == shares
    assert all(f.units_met == 40 for f in facts if f.kind == "coverage")


def test_the_whole_sets_share_written_first_stays_the_coverages(make_document) -> None:
    body = "Năm 2022, tỉnh Bến Tre có 40 xã (33,3%) đạt chuẩn nông thôn mới.\n"
    facts = facts_of(make_document, body, name=NEWS)
    assert [(f.units_met, f.percent_stated) for f in facts if f.kind == "coverage"] == [(40, 33.3)]
    assert [f for f in facts if f.kind == "percentage"] == []
