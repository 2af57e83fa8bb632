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


# -- a headline counting a province's districts as a whole: "Toàn tỉnh X có thêm 3 huyện" ----


@pytest.mark.parametrize(
    "headline",
    [
        "Toàn tỉnh Gia Lai có thêm 3 huyện đạt chuẩn nông thôn mới",
        "Năm 2025, toàn tỉnh Gia Lai phấn đấu có 2 huyện nông thôn mới",
    ],
)
def test_a_province_spoken_of_as_a_whole_over_its_counted_districts_is_the_unit(
    headline: str,
) -> None:
    text = (
        f"{headline}\n\n"
        "Kế hoạch năm 2025, toàn tỉnh Gia Lai có thêm 3 huyện Chư Păh, Ia Grai và Đăk Đoa "
        "đạt chuẩn nông thôn mới. Huyện Chư Păh đã hoàn thành 8/9 tiêu chí huyện.\n"
        "Đến nay toàn tỉnh có 120 xã đạt chuẩn nông thôn mới.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and raw.unit.name == "Gia Lai"
