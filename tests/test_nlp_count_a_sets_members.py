"""A set of criteria as the subject of "có" ("19 tiêu chí quy định có 2 tiêu chí chiếm tỷ trọng
đầu tư cao", "trong 19 tiêu chí, có 3 tiêu chí khó thực hiện") speaks of the set's members,
not of criteria a place meets: no criteria count (FACTS.md: a count is one subject meeting N
of M). "Xã A có 15 tiêu chí đạt chuẩn" stays the commune's count (README, "Decisions",
twelfth session). Our own wordings."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


@pytest.mark.parametrize(
    "body",
    [
        "Ở tỉnh Bình Phước, 19 tiêu chí quy định có 2 tiêu chí chiếm tỷ trọng vốn lớn nhất.\n",
        "Tại tỉnh Bình Phước, trong 19 tiêu chí, có 3 tiêu chí khó thực hiện nhất.\n",
    ],
)
def test_a_sets_members_are_no_count(make_document, body: str) -> None:
    facts = facts_of(make_document, body, name=NEWS)
    assert [f for f in facts if f.kind == "criteria_count"] == []


def test_a_place_having_criteria_is_still_its_count(make_document) -> None:
    facts = facts_of(make_document, "Xã Tân Lập có 15 tiêu chí đạt chuẩn.\n", name=NEWS)
    assert [(f.subject, f.met) for f in facts if f.kind == "criteria_count"] == [("xã Tân Lập", 15)]
