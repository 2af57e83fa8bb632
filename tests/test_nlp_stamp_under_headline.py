"""A date stamp right under the headline dates the article.

A news page prints its site clock above everything ("Thứ năm 12/02/2026 21:00") and the
article's own stamp on the line under its headline ("20/03/2022 17:22"), date and time
alone. The stamp is the article's date even when the article's figures are of years before
("Cuối năm 2015, xã … đạt chuẩn"): a clock years after them is dropped, the stamp is not.
A date written inside the lead's sentence is an event, no stamp.
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
