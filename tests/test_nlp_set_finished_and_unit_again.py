"""Counts and coverage in wordings the thirteenth session's gold set BC found misread
(FACTS.md, "Borderline cases, decided"). The examples are our own.

1. "hoàn thiện" (to finish) the criteria is to complete them, as "hoàn thành" is: "huyện
   Gio Linh cơ bản hoàn thiện 9 tiêu chí" counts 9 criteria met.
2. The standard's name between two chained counts ("9 tiêu chí huyện nông thôn mới với 35
   chỉ tiêu", "19 tiêu chí NTM nâng cao và 50 chỉ tiêu") says whose criteria they are: the
   indicators after it are a second count of the same subject.
3. The unit's word written again after "đạt" ("6 xã đạt xã nông thôn mới kiểu mẫu", "8 thôn
   đã đạt thôn NTM kiểu mẫu") is units reaching the standard, as after "công nhận"; as a
   bare goal ("phấn đấu 02 xã đạt xã NTM kiểu mẫu") it stays unread, as decided before.
"""

from __future__ import annotations

import pytest
from readfacts import news_facts_of, of_kind

from baocao.model import Coverage, CriteriaCount


def _counts(make_document, text: str) -> list[tuple[str, int, int | None, str]]:
    return [
        (f.subject, f.met, f.of, f.what)
        for f in of_kind(news_facts_of(make_document, text), CriteriaCount)
    ]


def _coverage(make_document, text: str) -> list[tuple[int, int | None, str]]:
    return [
        (f.units_met, f.units_total, f.scheme)
        for f in of_kind(news_facts_of(make_document, text), Coverage)
    ]


# -- 1. "hoàn thiện" the criteria --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2024, huyện Gio Linh cơ bản hoàn thiện 9 tiêu chí huyện nông thôn mới.\n",
            [("huyện Gio Linh", 9, None, "tiêu chí")],
        ),
        (
            "Đến nay xã Hải Thọ đã hoàn thiện 17/19 tiêu chí.\n",
            [("xã Hải Thọ", 17, 19, "tiêu chí")],
        ),
    ],
)
def test_finishing_the_criteria_counts_them_met(make_document, text, expected) -> None:
    assert _counts(make_document, text) == expected


def test_finishing_papers_is_no_count(make_document) -> None:
    text = "Huyện Gio Linh hoàn thiện hồ sơ của 4 xã đề nghị công nhận.\n"
    assert _counts(make_document, text) == []


# -- 2. the standard's name between two chained counts -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2024, huyện Gio Linh đạt 9 tiêu chí huyện nông thôn mới với 35 chỉ tiêu.\n",
            [("huyện Gio Linh", 9, None, "tiêu chí"), ("huyện Gio Linh", 35, None, "chỉ tiêu")],
        ),
        (
            "Năm 2023, xã Hải Thọ đạt 19 tiêu chí NTM nâng cao và 50 chỉ tiêu.\n",
            [("xã Hải Thọ", 19, 19, "tiêu chí"), ("xã Hải Thọ", 50, None, "chỉ tiêu")],
        ),
    ],
)
def test_indicators_after_the_standard_name_chain_to_the_count(
    make_document, text, expected
) -> None:
    assert _counts(make_document, text) == expected


# -- 3. the unit's word again after "đạt" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đến nay, huyện Khoái Châu có 6 xã đạt xã nông thôn mới kiểu mẫu.\n",
            [(6, None, "NTM kiểu mẫu")],
        ),
        (
            "Năm 2023, huyện Khoái Châu có 4 xã đã đạt xã NTM nâng cao.\n",
            [(4, None, "NTM nâng cao")],
        ),
    ],
)
def test_unit_word_again_after_reaching(make_document, text, expected) -> None:
    assert _coverage(make_document, text) == expected


def test_unit_word_again_in_a_bare_goal_stays_unread(make_document) -> None:
    # the lead's ninth-session decision: a bare goal in this wording is no coverage
    text = "Năm 2025, huyện Khoái Châu phấn đấu 02 xã đạt xã NTM kiểu mẫu.\n"
    assert _coverage(make_document, text) == []
