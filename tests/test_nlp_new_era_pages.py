"""Pages of the new era (2025-2026): a national paper's weather widget, the national target
programme's goals relayed with no place named.

A national business paper prints, over its headline, its date line, a weather widget whose
temperature has lost its degree sign ("27 C") and the widget's city in English ("Ho Chi
Minh City"). Neither is the headline, and the city is the paper's, not the unit: a
Vietnamese text writes "Thành phố"/"TP". A lead that relays the goals of the national
target programme ("Chương trình mục tiêu quốc gia … giai đoạn 2026-2030 có mục tiêu … % số
xã …") and names no place is the country's, as a text on a Prime Minister's decision is.
"""

from __future__ import annotations

import pytest

from baocao.model import Level
from baocao.nlp.metadata import read_metadata
from baocao.nlp.metadata.furniture import _headline

_HEADLINE = "Bộ ngành đặt mục tiêu 85% xã nông thôn mới vào năm 2030"
_BODY = (
    "(Tin nhanh) - Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn "
    "2026-2030 hướng tới khoảng 85% số xã đạt chuẩn nông thôn mới, trong đó khoảng 45% "
    "số xã đạt chuẩn nâng cao.\n"
)


@pytest.mark.parametrize(
    "widget",
    ["31 C\nHo Chi Minh City\n\n", "29 °C\nDa Nang City\n\n", "-2 F\nCan Tho City\n\n"],
)
def test_a_weather_widget_is_page_furniture(widget: str) -> None:
    text = "Thứ tư, 12/03/2025\n" + widget + _HEADLINE + "\n\n" + _BODY
    assert _headline(text) == _HEADLINE
    raw = read_metadata(text)
    assert raw.unit is not None
    assert raw.unit.level is Level.NATIONAL  # not the widget's city
    assert raw.province is None


def test_the_national_programmes_goals_with_no_place_are_the_countrys() -> None:
    raw = read_metadata(_HEADLINE + "\n\n" + _BODY)
    assert raw.unit is not None and raw.unit.level is Level.NATIONAL


def test_the_programme_in_a_provinces_text_stays_the_provinces() -> None:
    text = (
        "Nam Sơn tăng tốc về đích\n\n"
        "Thực hiện Chương trình MTQG giai đoạn 2026-2030, tỉnh Nam Định phấn đấu có thêm "
        "20 xã đạt chuẩn nông thôn mới nâng cao.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and raw.unit.level is not Level.NATIONAL


def test_a_vietnamese_line_ending_in_a_city_word_is_kept() -> None:
    # only a line of English words before "City" is the widget's
    text = "Thành phố Cần Thơ có thêm 3 xã đạt chuẩn\n\nThành phố có 36/36 xã đạt chuẩn.\n"
    assert _headline(text) == "Thành phố Cần Thơ có thêm 3 xã đạt chuẩn"


# -- dates and periods of new-era pages ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("14/03/2026 - Lượt xem: 57", "2026-03-14"),
        ("05/11/2025 | Lượt truy cập 1.204", "2025-11-05"),
    ],
)
def test_a_date_line_with_a_view_counter_dates_the_page(line: str, date: str) -> None:
    text = (
        "Xây dựng nông thôn mới giai đoạn tới: nâng chất lượng\n"
        + line
        + "\nTính đến tháng 10/2025, toàn tỉnh Lạng Sơn có 120 xã đạt chuẩn nông thôn mới.\n"
    )
    assert read_metadata(text).date == date


def test_a_future_programme_in_the_headline_is_no_period_of_the_figures() -> None:
    # the headline looks to 2026-2030; the figures, under a heading on the phase now ending,
    # are dated at January of the year printed
    text = (
        "Nông thôn mới giai đoạn 2026-2030: Hướng tới nông thôn xanh\n"
        "Thứ tư, 12/03/2025\n"
        "Ngày 10/3/2025, Bộ tổ chức hội thảo góp ý định hướng giai đoạn 2026-2030.\n"
        "Giai đoạn 2021-2025: Nhiều kết quả quan trọng\n"
        "Tính đến tháng 2/2025, cả nước có 6.300/8.000 xã đạt chuẩn nông thôn mới. "
        "Có 310/640 đơn vị cấp huyện đạt chuẩn.\n"
    )
    assert read_metadata(text).period == "2025"


def test_a_text_on_the_years_task_is_of_that_year() -> None:
    # no date printed: the year whose task the text opens on dates its undated present
    text = (
        "Về đích nông thôn mới\n\n"
        "Năm 2025, tỉnh Quảng Ninh xác định hoàn thành xây dựng nông thôn mới là mục tiêu "
        "trọng tâm của cả hệ thống chính trị.\n\n"
        "Đến tháng 6/2025, toàn tỉnh có 100/100 xã đạt chuẩn nông thôn mới. Tính đến nay, "
        "toàn tỉnh có 90 thôn kiểu mẫu.\n"
    )
    assert read_metadata(text).period == "2025"
