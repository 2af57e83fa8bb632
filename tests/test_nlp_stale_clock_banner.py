"""A site's clock above the headline, under a lone label of the site's and written in words
("Thứ Ba, ngày 4 tháng 6 năm 2018, 10:12"), dated before the article's byline and in a year
the text never writes: the byline under the headline is the date (set AR, opened in the
eleventh session). Our own wordings of the class."""

from __future__ import annotations

import pytest

from baocao.nlp.metadata import read_metadata

BODY = (
    "Năm 2023, huyện Bảo Yên có thêm 3 xã đạt chuẩn nông thôn mới\n\n"
    "Minh Anh - 08:15, 12/06/2023\n\n"
    "Năm 2023, huyện Bảo Yên phấn đấu có thêm 3 xã đạt chuẩn. Đến tháng 5/2023, toàn huyện "
    "có 9/16 xã đạt chuẩn nông thôn mới.\n"
)


@pytest.mark.parametrize(
    ("top", "date"),
    [
        ("Analytic\nThứ Ba, ngày 04 tháng 06 năm 2018, 10:12:05\nCHUYÊN TRANG\n\n", "2023-06-12"),
        ("Thứ Ba, 04/06/2018 10:12\nTIN TỨC\n\n", "2023-06-12"),
        # a clock after the byline's date: when the page was saved, the byline still rules
        ("Thứ Năm, ngày 07 tháng 12 năm 2023, 09:00\nTIN TỨC\n\n", "2023-06-12"),
    ],
)
def test_the_byline_beats_a_stale_clock(top, date) -> None:
    assert read_metadata(top + BODY).date == date


def test_a_byline_under_the_headline_rules_even_in_a_year_the_clock_shares() -> None:
    # decided while merging (devat, leftxi): a stamp under the headline is the article's own
    # date, whichever year the clock above it shows
    body = BODY.replace("12/06/2023", "12/06/2024")
    assert read_metadata("Thứ Ba, 04/06/2023 10:12\nTIN TỨC\n\n" + body).date == "2024-06-12"
