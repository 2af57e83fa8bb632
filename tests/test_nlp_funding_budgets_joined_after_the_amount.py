"""Budgets of several levels joined by "và" after the amount they gave ("… 312 tỷ đồng từ vốn
ngân sách Trung ương và vốn đối ứng địa phương") are joined sources, as FACTS.md joins
budgets of several levels ("Nguồn vốn Trung ương, tỉnh" → central+province) and as the same
budgets written before the amount already were: not the first one named alone."""

from __future__ import annotations

import pytest
from readfacts import facts_of

from baocao.model import Funding

HEAD = "UBND TỈNH QUẢNG BÌNH\nBÁO CÁO kết quả xây dựng nông thôn mới năm 2022\n"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Năm 2022, tỉnh đã bố trí 276 tỷ đồng từ vốn ngân sách Trung ương và vốn đối ứng "
            "địa phương để thực hiện Chương trình.",
            "central+province+district+commune",
        ),
        (
            "Các huyện đã phân bổ 84 tỷ đồng từ nguồn ngân sách Trung ương và ngân sách tỉnh "
            "cho các xã đăng ký đạt chuẩn.",
            "central+province",
        ),
        (
            "Toàn tỉnh đã giải ngân 61,5 tỷ đồng của ngân sách tỉnh và ngân sách huyện trong năm.",
            "province+district",
        ),
    ],
)
def test_budgets_joined_after_the_amount_are_joined_sources(
    make_document, sentence: str, source: str
) -> None:
    money = [f for f in facts_of(make_document, HEAD + sentence) if isinstance(f, Funding)]
    assert [f.source for f in money] == [source]


def test_a_budget_after_and_labelling_the_next_figure_is_that_figures(make_document) -> None:
    text = HEAD + "Ngân sách Trung ương hỗ trợ 40 tỷ đồng và ngân sách tỉnh 25 tỷ đồng.\n"
    money = [f for f in facts_of(make_document, text) if isinstance(f, Funding)]
    assert [(f.amount_vnd, f.source) for f in money] == [
        (40_000_000_000, "central"),
        (25_000_000_000, "province"),
    ]
