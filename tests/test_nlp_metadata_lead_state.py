"""A news text that leads with a state at a year's end and only later names the phase that
year closes (for money spent over it) is of that year, the time the state is reached
(FACTS.md, "When and where a fact is, decided"): the phase dates what it opens, not the
text. The examples are our own."""

from __future__ import annotations

import pytest

from baocao.nlp.metadata import read_metadata


@pytest.mark.parametrize(
    "text, period",
    [
        (
            "Xã vùng cao tiến bộ chậm\nĐến hết năm 2020, toàn huyện Ba Tơ có 2 xã đạt 15 tiêu "
            "chí, 5 xã đạt 12 tiêu chí. Giai đoạn 2016-2020, tổng vốn đầu tư cho chương trình "
            "là 210 tỷ đồng.\n",
            "2020",
        ),
        (
            "Tin nông thôn mới\nTính đến cuối năm 2015, huyện Mường Nhé có 3 xã đạt 10 tiêu "
            "chí trở lên. Trong giai đoạn 2011-2015, huyện huy động hơn 95 tỷ đồng cho chương "
            "trình.\n",
            "2015",
        ),
    ],
)
def test_a_state_the_text_leads_with_beats_a_phase_named_after_it(text: str, period: str) -> None:
    assert read_metadata(text).period == period


def test_a_phase_written_before_its_end_state_is_the_period_reviewed() -> None:
    # twin: the span heads the review, the state at its end comes after it
    text = (
        "Tổng kết chương trình\n1. Kết quả giai đoạn 2016-2020\nTính đến cuối năm 2020, toàn "
        "huyện Sơn Hà có 6/14 xã đạt chuẩn nông thôn mới.\n"
    )
    assert read_metadata(text).period == "2016-2020"


@pytest.mark.parametrize(
    "text, period",
    [
        (
            "Thêm 2 xã về đích\nThứ Ba, 10/06/2025, 08:15\nĐến cuối năm 2024, thu nhập bình "
            "quân của xã Ia Pếch đạt 52 triệu đồng/người/năm. Hội đồng thẩm định đã họp và "
            "UBND tỉnh quyết định công nhận xã Ia Pếch đạt chuẩn nông thôn mới năm 2025.\n",
            "2025",
        ),
        (
            "Tin địa phương\nThứ Sáu, 14/04/2023, 10:02\nTính đến hết năm 2022, xã Đông Hòa "
            "có 98% hộ dùng nước sạch. Xã Đông Hòa vừa được công nhận đạt chuẩn nông thôn "
            "mới nâng cao năm 2023.\n",
            "2023",
        ),
    ],
)
def test_a_recognition_in_the_year_printed_dates_the_text_past_last_years_data(
    text: str, period: str
) -> None:
    assert read_metadata(text).period == period


def test_a_year_printed_with_no_recognition_leaves_last_years_data() -> None:
    # twin: the same year printed, written as a plan's, does not move the text's period
    text = (
        "Tin địa phương\nThứ Sáu, 14/04/2023, 10:02\nTính đến hết năm 2022, xã Đông Hòa có "
        "98% hộ dùng nước sạch. Xã Đông Hòa đang hoàn thiện hồ sơ trong năm 2023.\n"
    )
    assert read_metadata(text).period == "2022"


@pytest.mark.parametrize(
    "text, period",
    [
        (
            "Miền núi vươn lên\nTính đến hết năm 2017, tỉnh Lai Châu có 20 xã đạt chuẩn nông "
            "thôn mới. Từ chỗ có 60 xã dưới 5 tiêu chí, đến nay không còn xã nào dưới 5 tiêu "
            "chí. Dự kiến đến năm 2019 tỉnh có thêm 8 xã đạt chuẩn.\n",
            "2017",
        ),
        (
            "Đổi thay ở vùng biên\nĐến cuối năm 2019, huyện Mường Tè có 4 xã đạt chuẩn. Bình "
            "quân từ chỗ 4 tiêu chí/xã đến nay đạt 11 tiêu chí/xã. Phấn đấu đến năm 2021 có "
            "thêm 2 xã đạt chuẩn.\n",
            "2019",
        ),
    ],
)
def test_a_change_run_up_to_now_is_no_present_later_than_the_state_dated(
    text: str, period: str
) -> None:
    assert read_metadata(text).period == period


def test_a_present_of_its_own_after_the_state_dated_is_the_year_between() -> None:
    # twin: "Đến nay" opening its own statement is later than the end of 2017
    text = (
        "Miền núi vươn lên\nTính đến hết năm 2017, tỉnh Lai Châu có 20 xã đạt chuẩn nông thôn "
        "mới. Đến nay, toàn tỉnh có 24 xã đạt chuẩn. Dự kiến đến năm 2019 tỉnh có thêm 8 xã "
        "đạt chuẩn.\n"
    )
    assert read_metadata(text).period == "2018"
