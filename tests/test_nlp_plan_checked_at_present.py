"""A plan for the year after the last one done, checked at an undated present, dates the text.

A text printing no date of its own states a result of one year ("… đạt chuẩn cuối năm
2015"), then opens a paragraph with the next year's plan ("Theo mục tiêu đề ra trong năm
2016, tỉnh phấn đấu …") and checks it at an undated present ("Đến nay, cả 7 xã này đều
chưa đạt"): the plan is under way, so the text's present is the plan's year, not the last
year done. A plan paragraph with no check at the present leaves the last year done.
"""

from __future__ import annotations

import pytest

from baocao.nlp.metadata import read_metadata

_DONE = (
    "Hiện toàn tỉnh Lai Châu mới có 2/96 xã đạt chuẩn nông thôn mới, đó là hai xã đã đạt "
    "chuẩn cuối năm 2017.\n\n"
)


@pytest.mark.parametrize(
    "plan",
    [
        "Theo mục tiêu đề ra trong năm 2018, tỉnh phấn đấu có thêm 5 xã gồm: Bản Hon, "
        "Sơn Bình, Nậm Tăm, Mường Kim và Khun Há. Đến nay, cả 5 xã này đều chưa đạt 19 tiêu chí.\n",
        "Theo kế hoạch năm 2018, tỉnh phấn đấu có thêm 4 xã đạt chuẩn. Đến nay, 4 xã này "
        "mới đạt từ 14 đến 16 tiêu chí.\n",
    ],
)
def test_the_next_years_plan_checked_now_is_the_present(plan: str) -> None:
    assert read_metadata(_DONE + plan).period == "2018"


def test_a_plan_not_checked_at_the_present_leaves_the_last_year() -> None:
    text = _DONE + "Theo kế hoạch năm 2018, tỉnh phấn đấu có thêm 4 xã đạt chuẩn nông thôn mới.\n"
    assert read_metadata(text).period == "2017"
