"""The syllable "hiện" of a verb is no word of the present (set AS): an undated commune text
whose only year is a goal's takes that year as its present only when it speaks of a present
("xã đang …", "hiện nay", "năm nay"); "thực hiện", "thể hiện", "phát hiện" … (``verb_hien``
cues) are verbs, so "Từ khi thực hiện Chương trình …, phấn đấu đến năm 2020 …" stays undated,
and its present count with it (FACTS.md: a text that dates nothing leaves it null). Every
text is our own wording."""

from __future__ import annotations

import pytest
from readfacts import NEWS, read_text

GOAL = "Đến nay, xã hoàn thành 15/19 tiêu chí, phấn đấu đến năm 2020 xã đạt đủ 19 tiêu chí.\n"


@pytest.mark.parametrize(
    "opening",
    [
        "Từ khi thực hiện Chương trình xây dựng nông thôn mới, bộ mặt xã đổi thay rõ nét. ",
        "Kết quả đó thể hiện sự đồng lòng của nhân dân trong xã. ",
        "Nhiều mô hình kinh tế mới đã xuất hiện trên địa bàn xã. ",
    ],
)
def test_a_verb_ending_in_hien_speaks_of_no_present(make_document, opening: str) -> None:
    text = "Xã Phúc Sen đổi mới\n\nXã Phúc Sen là xã điểm của huyện. " + opening + GOAL
    _, report, facts = read_text(make_document, text, name=NEWS)
    assert report.period is None
    (count,) = [f for f in facts if f.kind == "criteria_count" and f.met == 15]
    assert count.period is None


@pytest.mark.parametrize(
    "present", ["Hiện nay, xã đang tập trung làm đường. ", "Năm nay, xã đang dồn sức về đích. "]
)
def test_a_present_word_still_dates_by_the_goal(make_document, present: str) -> None:
    text = "Xã Phúc Sen đổi mới\n\nXã Phúc Sen là xã điểm của huyện. " + present + GOAL
    _, report, _ = read_text(make_document, text, name=NEWS)
    assert report.period == "2020"
