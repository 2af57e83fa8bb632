"""A count of units followed by its share (set Z's class, ninth session): "118 xã, chiếm
83,5%", the whole stated elsewhere or not at all. FACTS.md: K units reaching the standard is
a `coverage` fact (no N written: `units_total` null) and the share written with it is its
`percent_stated`, not a percentage of its own. The texts are our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, news_facts_of, of_kind

from baocao.model import Coverage, Percentage

HEAD = "Nam Định: về đích nông thôn mới\n\n"


@pytest.mark.parametrize(
    "body",
    [
        # the share right after the count, the predicate after the share
        "Đến cuối năm 2023, tỉnh đã có 204 xã, chiếm 91,9% được công nhận đạt chuẩn nông thôn mới.",
        "Đến cuối năm 2023, có 204 xã, chiếm 91,9% số xã toàn tỉnh đạt chuẩn nông thôn mới.",
        # the predicate before the count
        "Về xã đạt chuẩn nông thôn mới, đến cuối năm 2023 toàn tỉnh có 204 xã, chiếm 91,9%.",
        "Đến cuối năm 2023, về đích nông thôn mới có 204 xã (chiếm 91,9%).",
        # a labelled line, its share after the number
        "Năm 2023:\n- Số xã đạt chuẩn nông thôn mới: 204 xã, chiếm 91,9%.",
        # an increment in brackets between the count and its share
        "Đến cuối năm 2023, toàn tỉnh có 204 xã đạt chuẩn nông thôn mới (tăng 12 xã so với "
        "năm 2022), chiếm 91,9% tổng số xã.",
    ],
)
def test_a_count_with_its_share_is_coverage_with_the_share(
    make_document: MakeDocument, body: str
) -> None:
    facts = news_facts_of(make_document, HEAD + body + "\n")
    coverage = [c for c in of_kind(facts, Coverage) if c.units_met == 204]
    assert len(coverage) == 1, facts
    assert coverage[0].units_total is None
    assert coverage[0].percent_stated == 91.9
    assert coverage[0].criterion is None
    assert coverage[0].period == "2023"
    assert not [p for p in of_kind(facts, Percentage) if p.value == 91.9]


def test_units_with_a_share_of_something_else_are_no_coverage(
    make_document: MakeDocument,
) -> None:
    # no standard reached: the province's communes as a share of the region's
    body = "Năm 2023, tỉnh có 226 xã, chiếm 14,2% số xã của vùng."
    facts = news_facts_of(make_document, HEAD + body + "\n")
    assert not [c for c in of_kind(facts, Coverage) if c.units_met == 226]
