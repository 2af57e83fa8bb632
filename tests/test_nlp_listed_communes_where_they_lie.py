"""Communes listed before their count with where they lie written between ("các xã A, B thuộc
huyện C đạt 18/19 tiêu chí", "xã A, B, huyện C đã đạt …") each get the count, not only the
first; the district is no subject. Our own wordings (README, "Decisions", eleventh
session)."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


def counts(make_document, body: str) -> list[tuple[str, int, int | None]]:
    return [
        (f.subject, f.met, f.of)
        for f in facts_of(make_document, body, name=NEWS)
        if f.kind == "criteria_count"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2023, các xã Long Hòa, Hòa Lợi thuộc huyện Châu Thành đạt 18/19 tiêu chí.\n",
        "Năm 2023, xã Long Hòa, Hòa Lợi thuộc huyện Châu Thành, đạt 18/19 tiêu chí.\n",
        "Năm 2023, các xã Long Hòa, Hòa Lợi, huyện Châu Thành đã đạt 18/19 tiêu chí.\n",
        "Năm 2023, xã Long Hòa và Hòa Lợi của huyện Châu Thành cũng đạt 18/19 tiêu chí.\n",
    ],
)
def test_each_listed_commune_gets_the_count(make_document, body: str) -> None:
    assert counts(make_document, body) == [("xã Long Hòa", 18, 19), ("xã Hòa Lợi", 18, 19)]


def test_one_commune_with_where_it_lies_keeps_its_count(make_document) -> None:
    body = "Năm 2023, xã Phước Hảo thuộc huyện Châu Thành đạt 17/19 tiêu chí.\n"
    assert counts(make_document, body) == [("xã Phước Hảo", 17, 19)]
