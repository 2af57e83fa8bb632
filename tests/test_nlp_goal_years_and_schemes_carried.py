"""What a goal or a count takes from the sentences before it: a goal that writes no year takes
the year of the goal set just before it in its paragraph; "để đạt mục tiêu …" is a goal still
to reach, not a result measured against one; a count with a predicate of its own takes no
advanced scheme from an earlier paragraph's figure. Our own wordings (README, "Decisions",
tenth session)."""

from __future__ import annotations

import pytest

from baocao.nlp import read_document
from baocao.normalize import reading_to_facts
from baocao.vocab.patterns import cues, is_goal_word


def facts_of(make_document, body: str):
    document = make_document(body, name="tin.txt")
    return reading_to_facts(document, read_document(document))[1]


def coverage(facts) -> list[tuple[int, str | None, bool, str | None]]:
    return sorted(
        ((f.units_met, f.period, f.target, f.scheme) for f in facts if f.kind == "coverage"),
        key=repr,
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # after a semicolon, and in the next sentence of the paragraph
        ("Ngày 5/8/2022, tỉnh Long An tổng kết. Toàn tỉnh phấn đấu đến cuối năm 2025 sẽ có 10 "
         "huyện đạt chuẩn NTM; có 2 huyện NTM nâng cao. Đối với cấp xã, tỉnh phấn đấu có 142 "
         "xã đạt chuẩn NTM.\n",
         [(10, "2025", True, "NTM"), (2, "2025", True, "NTM nâng cao"),
          (142, "2025", True, "NTM")]),
        ("Ngày 3/4/2023, huyện Cần Đước họp. Huyện đặt mục tiêu đến năm 2026 có 12 xã đạt "
         "chuẩn nâng cao. Huyện cũng phấn đấu có 3 xã đạt chuẩn kiểu mẫu.\n",
         [(12, "2026", True, "NTM nâng cao"), (3, "2026", True, "NTM kiểu mẫu")]),
        # a sentence between that dates a result stops the carry (the goal takes the text's)
        ("Ngày 3/4/2023, huyện Cần Đước họp. Huyện phấn đấu đến năm 2026 có 12 xã đạt chuẩn. "
         "Năm 2022, huyện có 10 xã đạt chuẩn. Huyện phấn đấu có 11 xã đạt chuẩn.\n",
         [(10, "2022", False, "NTM"), (11, "2022", True, "NTM"), (12, "2026", True, "NTM")]),
    ],
)  # fmt: skip
def test_a_goal_writing_no_year_takes_the_goal_year_just_before(
    make_document, body: str, expected
) -> None:
    assert coverage(facts_of(make_document, body)) == sorted(expected, key=repr)


@pytest.mark.parametrize(
    ("sentence", "goal"),
    [
        ("ông cho rằng, để đạt mục tiêu đến năm 2020 thành phố cần 50 tỷ đồng", True),
        ("huyện cần thêm 20 tỷ đồng nhằm hoàn thành kế hoạch năm 2026", True),
        ("năm 2019 xã đã đạt mục tiêu đề ra", False),
        ("huyện hoàn thành kế hoạch năm 2022 trước hạn", False),
    ],
)
def test_a_purpose_to_reach_a_goal_is_a_goal(sentence: str, goal: bool) -> None:
    import re

    found = [
        is_goal_word(sentence, m.start(), m.end())
        for m in re.finditer(cues().pattern("goal"), sentence)
    ]
    assert any(found) is goal


def test_a_count_with_its_own_predicate_takes_no_scheme_from_an_earlier_paragraph(
    make_document,
) -> None:
    body = (
        "Năm 2022, tỉnh Long An có 65 xã đạt chuẩn NTM nâng cao.\n\n"
        "Trong năm, tỉnh có thêm 8 xã đạt chuẩn.\n\n"
        "NTM nâng cao:\n\nCó 5 xã được công nhận.\n"
    )
    schemes = {f.units_met: f.scheme for f in facts_of(make_document, body) if f.kind == "coverage"}
    assert schemes == {65: "NTM nâng cao", 8: "NTM", 5: "NTM nâng cao"}
