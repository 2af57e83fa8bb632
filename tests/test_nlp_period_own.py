"""The report's own period (the metadata period that undated facts inherit): what makes a
year the text's present and what does not — a goal's year and the years that go on from
it, a plan's span, a half year, a review's span. Every example is our own wording."""

from __future__ import annotations

import pytest

from baocao.nlp.metadata import read_metadata


def _period(text: str) -> str | None:
    return read_metadata(text).period


# -- a state later than the goal just set goes on with the goals ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2017, thu nhập bình quân ở nông thôn đạt 31 triệu đồng. Tỉnh Hòa Lạc hiện có "
        "80/95 xã đạt chuẩn nông thôn mới.\n\n"
        "Đến năm 2020, tỉnh phấn đấu có 5/7 huyện hoàn thành nhiệm vụ; 12 xã đạt chuẩn "
        "nâng cao. Đến hết năm 2025, toàn tỉnh có 2 huyện kiểu mẫu, 40% số xã đạt chuẩn "
        "nâng cao.\n",
        "Năm 2017, toàn huyện Đồi Mây có 20/24 xã đạt chuẩn. Mục tiêu đến năm 2020, huyện "
        "phấn đấu có 100% số xã đạt chuẩn. Đến cuối năm 2025, huyện có 10 xã đạt chuẩn "
        "kiểu mẫu.\n",
    ],
)
def test_a_state_after_the_goal_just_set_is_no_present(text: str) -> None:
    assert _period(text) == "2017"


def test_a_state_after_a_goal_in_another_paragraph_stays_a_present() -> None:
    text = (
        "Mục tiêu đến năm 2016, xã Bình Khê phấn đấu đạt 15 tiêu chí.\n\n"
        "Đến hết năm 2018, xã Bình Khê đã đạt 19/19 tiêu chí.\n"
    )
    assert _period(text) == "2018"
