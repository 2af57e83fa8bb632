"""Report metadata and periods of web pages, written the ways the opened set AC showed the
extractor misreading them. Every text is our own wording."""

from __future__ import annotations

import pytest

from baocao.nlp.metadata import read_metadata

# -- a posting line with the month in words: "Đã đăng vào 3 Tháng 5, 2018 lúc 9:40" --------


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Đã đăng vào 3 Tháng 5, 2018 lúc 9:40", "2018-05-03"),
        ("Đăng lúc 21 tháng 6 năm 2019", "2019-06-21"),
        ("Được đăng vào 09 Tháng 12, 2020 - 07:15", "2020-12-09"),
        ("Cập nhật: 2 tháng 3, 2021", "2021-03-02"),
    ],
)
def test_a_posting_line_with_the_month_in_words_dates_the_page(line: str, date: str) -> None:
    text = (
        "Huyện Sơn Hà có thêm 2 xã đạt chuẩn nông thôn mới\n\n"
        f"{line}\n\n"
        "Đến nay huyện Sơn Hà, tỉnh Quảng Ngãi đã có 9/22 xã đạt chuẩn nông thôn mới.\n"
    )
    raw = read_metadata(text)
    assert raw.date == date


def test_a_sentence_opening_with_a_worded_date_is_no_posting_line() -> None:
    text = (
        "Huyện Sơn Hà có thêm 2 xã đạt chuẩn nông thôn mới\n\n"
        "Ngày 3 tháng 5 năm 2018, đoàn thẩm định đã về làm việc tại xã Sơn Bao.\n"
    )
    assert read_metadata(text).date != "2018-05-03"
