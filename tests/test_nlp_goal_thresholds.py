"""A goal's threshold is a goal (set Z's class, ninth session): "phấn đấu … trên 50% số xã
đạt chuẩn", "chỉ tiêu đề ra (80%)", "(mục tiêu trên 90%)" are percentages with `target: true`
(FACTS.md: goals are extracted, and marked), never a rate reached; the result written right
before its goal ("đạt 88% (mục tiêu trên 90%)") stays a result. The texts are our own
wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, news_facts_of, of_kind

from baocao.model import Percentage

HEAD = "Tuyên Quang: nông thôn mới vùng cao\n\n"


def _targets(make_document: MakeDocument, body: str) -> dict[float, bool]:
    facts = news_facts_of(make_document, HEAD + body + "\n")
    return {p.value: bool(p.target) for p in of_kind(facts, Percentage)}


@pytest.mark.parametrize(
    "body",
    [
        # goals set by words other than "phấn đấu", "mục tiêu"
        "Năm 2023, tỉnh hướng tới trên 55% số xã đạt chuẩn nông thôn mới nâng cao.",
        "Năm 2023, chỉ tiêu đề ra là trên 55% số xã đạt chuẩn nông thôn mới nâng cao.",
        "Kế hoạch đến năm 2025 có ít nhất 55% số xã đạt chuẩn nông thôn mới nâng cao.",
        # the goal's value in brackets after the goal it was measured against
        "Năm 2023, có 96/138 xã đạt chuẩn, vượt chỉ tiêu đề ra (55%).",
    ],
)
def test_a_goals_threshold_is_a_goal(make_document: MakeDocument, body: str) -> None:
    assert _targets(make_document, body)[55.0] is True


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2023, tỷ lệ hộ dân dùng nước sạch đạt 87,5% (mục tiêu trên 92%).",
        "Năm 2023, tỷ lệ hộ dân dùng nước sạch đạt 87,5%, chưa đạt mục tiêu 92%.",
        "Năm 2023, tỷ lệ hộ dân dùng nước sạch đạt 87,5%, trong khi kế hoạch là 92%.",
    ],
)
def test_a_result_before_its_goal_stays_a_result(make_document: MakeDocument, body: str) -> None:
    targets = _targets(make_document, body)
    assert targets[87.5] is False
    assert targets[92.0] is True


def test_a_goal_word_before_the_value_still_makes_it_a_goal(make_document: MakeDocument) -> None:
    body = "Tỉnh phấn đấu năm 2024 tỷ lệ hộ dân dùng nước sạch đạt 92% (kế hoạch năm 2023 là 90%)."
    targets = _targets(make_document, body)
    assert targets[92.0] is True
    assert targets[90.0] is True
