"""A goal whose year is written at its sentence's end ("Phấn đấu có 5 xã đạt chuẩn nâng cao
vào năm 2025.") has that year, even when the sentence before set a goal for another year
("đến năm 2020"): FACTS.md, a goal has its goal year. A guard of behaviour already right
(tenth session); the texts are our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, news_facts_of

LEAD = "Huyện Kim Sơn quyết tâm về đích nông thôn mới\nCập nhật ngày 5/3/2019\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Huyện đặt mục tiêu đến năm 2020 có 20 xã đạt chuẩn nông thôn mới. Huyện phấn đấu "
            "có 5 xã đạt chuẩn nông thôn mới nâng cao vào năm 2025.",
            {"20": "2020", "5": "2025"},
        ),
        (
            "Mục tiêu đến năm 2020, tỷ lệ hộ nghèo giảm còn 3%. Phấn đấu tỷ lệ hộ nghèo còn "
            "1,5% vào năm 2025.",
            {"3%": "2020", "1,5%": "2025"},
        ),
    ],
)
def test_a_goal_year_at_the_sentence_end_is_the_goals(
    make_document: MakeDocument, body: str, expected: dict[str, str]
) -> None:
    facts = news_facts_of(make_document, LEAD + body + "\n")
    assert all(f.target for f in facts)
    assert {f.quote.split()[0]: f.period for f in facts} == expected
