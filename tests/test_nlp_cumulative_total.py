"""A running total: "lũy kế" before a number of units ("(lũy kế 15 xã)", "lũy kế đến nay
có 12/16 xã", "tính lũy kế là 9 xã") is the total the units reached, a coverage of the
sentence's time, and of a goal's year, marked as a goal, when the sentence sets one
(``cumulative_total`` cues). Left by the eleventh session ("lũy kế 54 xã" after a goal's
increment was missed); our own wordings."""

from __future__ import annotations

from readfacts import report_and_facts

HEADER = "UBND HUYỆN ĐOAN HÙNG\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2023\n\n"


def coverage(facts) -> list[tuple[int, int | None, str | None, bool]]:
    return [
        (f.units_met, f.units_total, f.period, bool(f.target))
        for f in facts
        if f.kind == "coverage"
    ]


def test_the_running_total_after_a_goals_increment_is_a_goal(make_document) -> None:
    text = HEADER + "Năm 2024 phấn đấu có thêm 2 xã đạt chuẩn nông thôn mới (lũy kế 17 xã).\n"
    _, facts = report_and_facts(make_document, text)
    assert (17, None, "2024", True) in coverage(facts)


def test_the_running_total_after_a_years_increment_is_the_state(make_document) -> None:
    text = HEADER + "Năm 2023 có thêm 3 xã được công nhận đạt chuẩn nông thôn mới (luỹ kế 15 xã).\n"
    _, facts = report_and_facts(make_document, text)
    assert (15, None, "2023", False) in coverage(facts)


def test_a_running_total_in_words_is_read_once(make_document) -> None:
    text = HEADER + "Năm nay thêm 1 xã về đích, tính lũy kế là 9 xã đạt chuẩn nông thôn mới.\n"
    _, facts = report_and_facts(make_document, text)
    assert [c for c in coverage(facts) if c[0] == 9] == [(9, None, "2023", False)]


def test_a_running_total_with_its_whole_keeps_it(make_document) -> None:
    text = HEADER + "Lũy kế đến nay có 14/27 xã đạt chuẩn nông thôn mới.\n"
    _, facts = report_and_facts(make_document, text)
    assert coverage(facts) == [(14, 27, "2023", False)]
