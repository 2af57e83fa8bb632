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


# -- a plan's span names which units, not when the text is ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Đến nay, toàn tỉnh Sơn Trà bình quân mỗi xã đạt 11,3 tiêu chí. Riêng 35 xã nằm trong "
        "lộ trình đạt chuẩn giai đoạn 2016-2020 đạt bình quân 15,2 tiêu chí.\n",
        "Hiện nay, huyện Đông Lâm có 4 xã đạt 19/19 tiêu chí. Các xã thuộc kế hoạch xây dựng "
        "nông thôn mới giai đoạn 2011-2015 đạt trung bình 13 tiêu chí.\n",
    ],
)
def test_a_roadmaps_span_does_not_date_an_undated_text(text: str) -> None:
    assert _period(text) is None


def test_results_stated_for_the_span_are_of_the_span() -> None:
    text = (
        "Giai đoạn 2011-2015, huyện Đông Lâm có 6 xã đạt chuẩn nông thôn mới, vượt "
        "lộ trình đề ra.\n"
    )
    assert _period(text) == "2011-2015"


# -- a half year: a state at the end of June written as the half's gain -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh Lam Sơn thêm 3 xã đạt chuẩn\n\n10:15, 12/07/2021\n\n"
        "Theo Văn phòng Điều phối tỉnh, tính đến hết tháng 6/2021, toàn tỉnh có thêm 3 xã "
        "đạt 19/19 tiêu chí. Như vậy, tỉnh đã có 52/90 xã đạt chuẩn nông thôn mới.\n",
        "Huyện Cẩm Thạch thêm 2 xã về đích\n\n08:20, 15/07/2020\n\n"
        "Tới 30/6/2020, số xã đạt chuẩn của huyện tăng thêm 2 xã, nâng tổng số lên 18/20 xã. "
        "Bình quân đạt 18,6 tiêu chí/xã.\n",
    ],
)
def test_a_june_state_written_as_the_halfs_gain_is_of_the_half(text: str) -> None:
    period = _period(text)
    assert period is not None and period.endswith("-H1")


def test_works_of_the_half_further_on_leave_a_june_state_the_years() -> None:
    # the decision of the fifth session (spanJ): cumulative figures to the end of June are
    # the year's unless the text is on the half (here the text dates an earlier year first:
    # a lead opening on the end of June is the half, below)
    text = (
        "Huyện Cẩm Thạch có 18/20 xã đạt chuẩn\n\n08:20, 15/07/2020\n\n"
        "Năm 2014, huyện có xã đầu tiên về đích. "
        "Tính đến hết tháng 6/2020, huyện có 18/20 xã đạt chuẩn nông thôn mới. Thu nhập bình "
        "quân đạt 45 triệu đồng. Đường giao thông được làm mới nhiều. Trường học được xây "
        "mới. Trong 6 tháng đầu năm, huyện đã làm mới 20 km đường.\n"
    )
    assert _period(text) == "2020"


@pytest.mark.parametrize(
    "lead",
    [
        "Tính đến tháng 6-2019, toàn tỉnh Hòa Lạc đã có 41 xã đạt chuẩn nông thôn mới.",
        "Đồng Nai - Đến hết tháng 6/2019, tỉnh Hòa Lạc có 41/95 xã đạt chuẩn nông thôn mới.",
        "Theo Văn phòng Điều phối, đến 30/6/2019, tỉnh Hòa Lạc có 41 xã đạt chuẩn.",
    ],
)
def test_a_lead_opening_on_the_end_of_june_is_on_the_half(lead: str) -> None:
    # the shared gold's decision (fifth session): a half-year news text is -H1; the end of
    # June the text first states, opening its lead, is its present
    text = (
        f"Hòa Lạc: 41 xã về đích\n\n{lead} Bình quân mỗi xã đạt 15 tiêu chí. Sau hơn 8 năm, "
        "tỉnh đã huy động 9.000 tỷ đồng.\n"
    )
    assert _period(text) == "2019-H1"


@pytest.mark.parametrize(
    "text",
    [
        # a later present: the end of the year
        "Hòa Lạc: 41 xã về đích\n\nĐến hết tháng 6/2019, tỉnh Hòa Lạc có 41 xã đạt chuẩn. "
        "Đến cuối năm 2019, tỉnh có 45 xã đạt chuẩn.\n",
        # the end of June as one figure's time, mid-sentence, after the year of another
        "Hòa Lạc: 41 xã về đích\n\nNăm 2019, tỉnh Hòa Lạc có 45 xã đạt chuẩn, riêng số xã "
        "đạt chuẩn đến hết tháng 6/2019 là 41 xã.\n",
    ],
)
def test_the_end_of_june_that_is_not_the_texts_present_leaves_the_year(text: str) -> None:
    assert _period(text) == "2019"


# -- a review's own period is the span it reviews ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Trong giai đoạn 2016-2020, huyện Tân Phước đã có 9 xã được công nhận đạt chuẩn "
        "nông thôn mới. Thu nhập bình quân tăng 2 lần.\n",
        "Giai đoạn 2016 – 2020, tỉnh Hòa Lạc huy động hơn 3.500 tỷ đồng xây dựng nông thôn "
        "mới. Đến nay, toàn tỉnh có 60/95 xã đạt chuẩn.\n",
    ],
)
def test_a_review_of_a_span_it_writes_is_of_the_span(make_document, text: str) -> None:
    assert _period(text) == "2016-2020"
