"""A date stamp right under the headline dates the article.

A news page prints its site clock above everything ("Thứ năm 12/02/2026 21:00") and the
article's own stamp on the line under its headline ("20/03/2022 17:22"), date and time
alone. The stamp is the article's date even when the article's figures are of years before
("Cuối năm 2015, xã … đạt chuẩn"): a clock years after them is dropped, the stamp is not.
A byline with the writer's name before the time and the date ("Văn Hoa - 05:32, 24/11/2023",
"Minh Anh | 08:15 21/01/2022") is such a stamp too, and it wins over a banner a cached page
kept from before it ("Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27", which is a weekday
banner, no place-and-date line). A date written inside the lead's sentence is an event, no
stamp.
"""

from __future__ import annotations

from baocao.nlp.metadata import read_metadata

_CLOCK = "Thứ năm 12/02/2026 21:00\nHotline: 0912 000 111\n\n"
_LEAD = (
    "Cuối năm 2015, xã Hòa Thành được công nhận đạt chuẩn nông thôn mới. Đến nay, xã "
    "vẫn giữ vững các tiêu chí đã đạt.\n"
)


def test_the_stamp_under_the_headline_dates_the_article() -> None:
    text = _CLOCK + "Xã Hòa Thành giữ vững chuẩn nông thôn mới\n\n14/06/2021 10:05\n" + _LEAD
    raw = read_metadata(text)
    assert raw.date == "2021-06-14"
    assert raw.period == "2021"


def test_a_stamp_with_a_dash_between_date_and_time() -> None:
    text = _CLOCK + "Xã Hòa Thành giữ vững chuẩn nông thôn mới\n3-9-2020 - 07:45\n" + _LEAD
    assert read_metadata(text).date == "2020-09-03"


def test_a_date_in_the_lead_is_no_stamp() -> None:
    text = (
        _CLOCK + "Xã Hòa Thành giữ vững chuẩn nông thôn mới\n"
        "Ngày 14/06/2021, xã tổ chức hội nghị. Cuối năm 2015, xã Hòa Thành được công nhận "
        "đạt chuẩn nông thôn mới.\n"
    )
    assert read_metadata(text).date != "2021-06-14"


def test_a_byline_under_the_headline_beats_an_earlier_cached_banner() -> None:
    text = (
        "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\n\n"
        "Xã Hòa Thành giữ vững chuẩn nông thôn mới\n\nThu Hà - 05:32, 24/11/2023\n\n"
        "Năm 2023, xã Hòa Thành đạt 19/19 tiêu chí nông thôn mới nâng cao.\n"
    )
    raw = read_metadata(text)
    assert (raw.date, raw.period, raw.place_written) == ("2023-11-24", "2023", None)


def test_a_byline_with_a_bar() -> None:
    text = (
        "Xã Hòa Thành giữ vững chuẩn nông thôn mới\nMinh Anh | 08:15 21/01/2022\n"
        "Năm 2021, xã Hòa Thành đạt 19/19 tiêu chí.\n"
    )
    assert read_metadata(text).date == "2022-01-21"


def test_a_weekday_banner_alone_still_dates_the_page() -> None:
    text = (
        "Chủ nhật, ngày 5 tháng 3 năm 2023\n\nXã Hòa Thành giữ vững chuẩn nông thôn mới\n\n"
        "Năm 2023, xã Hòa Thành đạt 19/19 tiêu chí.\n"
    )
    raw = read_metadata(text)
    assert (raw.date, raw.place_written) == ("2023-03-05", None)
