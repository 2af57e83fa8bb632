"""Classes of wording from development set AE (ninth session: news where time and place are
tricky), each in our own words: a date in brackets glued to a title; … The examples are our
own; the set's texts stay outside the repository."""

from __future__ import annotations

import pytest

from baocao.nlp.metadata import read_metadata

# -- 1. a story list's date glued to its title ---------------------------------------------


@pytest.mark.parametrize(
    "text, date",
    [
        (
            "Huyện Đông Hưng về đích nông thôn mới(14/03/2021)\n\nHuyện Đông Hưng hiện có 40 xã "
            "đạt chuẩn nông thôn mới.\n",
            "2021-03-14",
        ),
        (
            "Thái Bình vượt chỉ tiêu xây dựng nông thôn mới (05/11/2019)\n\nTỉnh Thái Bình có "
            "thêm 12 xã đạt chuẩn.\n",
            "2019-11-05",
        ),
    ],
)
def test_a_date_in_brackets_after_a_title_dates_the_text(text: str, date: str) -> None:
    assert read_metadata(text).date == date


def test_a_state_date_in_brackets_after_a_title_is_no_byline() -> None:
    # twin: "tính đến" before it makes it the date of a state, not of writing
    text = "Kết quả nông thôn mới tính đến (30/6/2019)\n\nHuyện Vũ Thư có 20 xã đạt chuẩn.\n"
    assert read_metadata(text).date is None
