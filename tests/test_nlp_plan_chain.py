"""A plan goes on through the plain sentences after the one that opens it (FACTS.md, "Goals
are extracted, and marked"; "A goal has its goal year"): every sentence that dates nothing
itself and says no result is more of the plan, with its goal year, until a sentence that
states a result of its own. The examples are our own."""

from __future__ import annotations

import pytest
from readfacts import facts_of

from baocao.model import Fact

HEADER = (
    "ỦY BAN NHÂN DÂN\nHUYỆN KIM SƠN\nSố: 44/BC-UBND\nKim Sơn, ngày 12 tháng 12 năm 2023\n"
    "BÁO CÁO\nKết quả xây dựng nông thôn mới năm 2023\n\n"
)


def marked(make_document, body: str) -> dict[str, tuple[bool, str | None]]:
    """Each fact's figure (the quote's first word holding a digit) → (``target``, period)."""
    return {_figure(f): (f.target, f.period) for f in facts_of(make_document, HEADER + body)}


def _figure(fact: Fact) -> str:
    return next(w for w in fact.quote.split() if any(c.isdigit() for c in w)).strip("()")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Mục tiêu đến năm 2027, toàn huyện có ít nhất 20 xã đạt chuẩn nông thôn mới. "
            "Có 5 xã đạt chuẩn nông thôn mới nâng cao. 120/150 thôn đạt chuẩn thôn nông "
            "thôn mới. Bình quân các xã đạt 18,2 tiêu chí/xã.\n",
            {
                "20": (True, "2027"),
                "5": (True, "2027"),
                "120/150": (True, "2027"),
                "18,2": (True, "2027"),
            },
        ),
        (
            "Phấn đấu đến năm 2026 tỷ lệ hộ nghèo của huyện còn dưới 2%. Tỷ lệ dân số được "
            "dùng nước sạch 95%. Tỷ lệ người dân tham gia bảo hiểm y tế trên 96%.\n",
            {"2%": (True, "2026"), "95%": (True, "2026"), "96%": (True, "2026")},
        ),
    ],
)
def test_plain_sentences_after_a_plan_go_on_with_its_goal_and_year(
    make_document, body: str, expected: dict[str, tuple[bool, str | None]]
) -> None:
    assert marked(make_document, body) == expected


def test_a_result_between_ends_the_plan(make_document) -> None:
    # twin: a sentence saying what is breaks the chain; what follows it is no goal
    found = marked(
        make_document,
        "Mục tiêu đến năm 2027, toàn huyện có 20 xã đạt chuẩn nông thôn mới. Hiện nay đã "
        "có 12 xã đạt chuẩn nông thôn mới. Tỷ lệ thôn có nhà văn hóa đạt 90%.\n",
    )
    assert found["20"] == (True, "2027")
    assert found["12"][0] is False
    assert found["90%"][0] is False


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Dự kiến đến cuối năm 2026 có thêm 4 xã đạt chuẩn nông thôn mới; nâng tổng số "
            "xã đạt chuẩn của huyện lên 18 xã.\n",
            {"4": (True, "2026"), "18": (True, "2026")},
        ),
        (
            "Phấn đấu đến năm 2027 có 6 xã đạt chuẩn nông thôn mới nâng cao; 100% số xã "
            "có trạm y tế đạt chuẩn quốc gia.\n",
            {"6": (True, "2027"), "100%": (True, "2027")},
        ),
    ],
)
def test_a_goal_word_before_the_time_still_opens_the_clauses_after_the_semicolon(
    make_document, body: str, expected: dict[str, tuple[bool, str | None]]
) -> None:
    assert marked(make_document, body) == expected


def test_a_year_bound_to_a_measure_after_a_goal_word_stays_its_own(make_document) -> None:
    # twin: the year written after the measure's words dates that measure only
    found = marked(
        make_document,
        "Dự kiến thu nhập bình quân năm 2026 đạt 75 triệu đồng/người/năm; tỷ lệ hộ nghèo "
        "còn 1,2%.\n",
    )
    assert found["75"] == (True, "2026")
    assert found["1,2%"][1] != "2026"
