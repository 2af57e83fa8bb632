"""Periods of flows and states in texts stating several years (FACTS.md, "When and where a
fact is, decided"): a span run up to a day of its last year, a half-year only in a report on
the half, money broken down after its span, a plan's total, money counted to a day, the
programme's starting point, and the present among a series of years. Every example is our
own wording.
"""

from __future__ import annotations

import pytest

from baocao.model import Coverage, Funding, Percentage
from baocao.nlp import read_document
from baocao.nlp.metadata import read_metadata
from baocao.normalize import reading_to_facts
from baocao.vocab.periods import counts_to_now, parse_period, phase_so_far, programme_so_far


def facts_of(make_document, text: str):
    document = make_document(text)
    return reading_to_facts(document, read_document(document))


def of_kind(facts, kind):
    return [f for f in facts if isinstance(f, kind)]


# -- 1. a span run up to a day is a span of years; the end of June no half of itself -------


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("từ năm 2012 đến hết tháng 9/2020", "2012-2020"),
        ("từ năm 2016 đến ngày 30/6/2021", "2016-2021"),
        ("năm 2013 đến tháng 5-2018", "2013-2018"),
        ("từ năm 2011 đến năm 2015", "2011-2015"),
    ],
)
def test_a_span_to_a_day_of_its_last_year(written: str, period: str) -> None:
    assert parse_period(written) == period


def test_money_to_a_mid_year_day_is_over_the_years_and_the_text_on_the_year(
    make_document,
) -> None:
    text = (
        "Huyện Kim Động về đích nông thôn mới\n\nTừ năm 2011 đến hết tháng 6/2020, huyện Kim "
        "Động đã huy động được trên 900 tỷ đồng xây dựng nông thôn mới. Đến cuối năm 2019, "
        "toàn huyện có 16/16 xã đạt chuẩn nông thôn mới.\n"
    )
    assert read_metadata(text).period == "2020"
    _, facts = facts_of(make_document, text)
    assert [f.period for f in of_kind(facts, Funding)] == ["2011-2020"]


@pytest.mark.parametrize(
    ("body", "period"),
    [
        # a cumulative state at the end of June was the year's (spanJ); a news headline
        # stamped with its month in brackets now dates the whole text at that month's end,
        # the half (the sealed set's gold, as a lead opening on the end of June)
        ("Toàn tỉnh có 60/120 xã đạt chuẩn nông thôn mới.", "2018-H1"),
        # a report on the half: money of the first six months, or the half named with its year
        ("6 tháng đầu năm 2018, tỉnh huy động 300 tỷ đồng.", "2018-H1"),
        ("Từ đầu năm đến nay, tỉnh đã huy động 300 tỷ đồng.", "2018-H1"),
    ],
)
def test_a_state_at_the_end_of_june_is_a_half_only_in_a_report_on_the_half(
    body: str, period: str
) -> None:
    text = f"Tỉnh Phú Yên có 60 xã đạt chuẩn nông thôn mới (06/2018)\n\n{body}\n"
    assert read_metadata(text).period == period


# -- 2. money broken down after its span, a plan's total, money counted to a day -----------


def test_a_breakdown_paragraph_goes_on_in_the_span_of_the_money_before_it(
    make_document,
) -> None:
    text = (
        "Tỉnh Bắc Ninh huy động hơn 9.000 tỷ đồng\n\n12/03/2019 08:15\n"
        "Theo Ban Chỉ đạo tỉnh, thực hiện Chương trình giai đoạn 2016-2020, tính từ năm 2016 "
        "đến nay, tỉnh Bắc Ninh đã huy động hơn 9.000 tỷ đồng.\n\n"
        "Trong đó, ngân sách tỉnh hơn 2.000 tỷ đồng; ngân sách huyện hơn 1.500 tỷ đồng.\n"
    )
    _, facts = facts_of(make_document, text)
    assert {f.period for f in of_kind(facts, Funding)} == {"2016-2019"}


def test_a_plans_total_and_money_counted_to_a_day(make_document) -> None:
    text = (
        "Xây dựng nông thôn mới ở huyện Phú Xuyên\n\n"
        "Hội đồng nhân dân huyện đã phê chuẩn đề án xây dựng nông thôn mới huyện giai đoạn "
        "2012-2020.\n"
        "Kết quả đạt được (đến hết năm 2014): toàn huyện có 5 xã đạt chuẩn nông thôn mới.\n"
        "Toàn huyện đã huy động 500 tỷ đồng (tổng kinh phí theo Đề án: 3.000 tỷ đồng), kinh "
        "phí đã giải ngân 400 tỷ đồng (tính đến tháng 10-2014).\n"
    )
    _, facts = facts_of(make_document, text)
    periods = {f.amount_vnd // 10**9: f.period for f in of_kind(facts, Funding)}
    assert periods == {500: "2011-2014", 3000: "2012-2020", 400: "2011-2014"}


def test_a_plans_total_with_no_span_stated_has_no_period(make_document) -> None:
    text = (
        "Xây dựng nông thôn mới ở huyện Mê Linh\n\n"
        "Kết quả đạt được (đến hết năm 2016): toàn huyện có 7 xã đạt chuẩn nông thôn mới.\n"
        "Huyện đã huy động 720 tỷ đồng (tổng vốn theo Đề án được phê duyệt: 4.100 tỷ đồng), "
        "đã giải ngân 610 tỷ đồng.\n"
    )
    _, facts = facts_of(make_document, text)
    periods = {f.amount_vnd // 10**9: f.period for f in of_kind(facts, Funding)}
    assert periods[4100] is None
    assert periods[720] is not None


def test_the_phase_so_far() -> None:
    assert (phase_so_far(2014), phase_so_far(2019), phase_so_far(2016)) == (
        "2011-2014",
        "2016-2019",
        "2016",
    )


@pytest.mark.parametrize(
    ("written", "now", "period"),
    [
        ("từ khi triển khai Chương trình xây dựng nông thôn mới đến nay", 2018, "2011-2018"),
        ("Từ khi bắt đầu xây dựng NTM tới nay", 2014, "2011-2014"),
        ("từ khi thực hiện phong trào chung sức xây dựng nông thôn mới đến nay", 2023, "2011-2023"),
        ("từ khi triển khai chương trình đến nay", None, None),  # no present known
    ],
)
def test_money_since_the_programme_began_is_over_its_years_to_now(
    written: str, now: int | None, period: str | None
) -> None:
    assert parse_period(written, now=now) == period
    assert programme_so_far(2016) == "2011-2016"


@pytest.mark.parametrize(
    ("written", "to_now"),
    [("đến nay", True), ("Tính đến nay", True), ("tới  nay", True), ("hiện nay", False)],
)
def test_only_the_present_reached_counts_money_to_date(written: str, to_now: bool) -> None:
    assert counts_to_now(written) is to_now


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # a text of one year: the total to date since the programme began
        (
            "Tỉnh Bạc Liêu sau 5 năm xây dựng nông thôn mới\n\n"
            "Tính đến cuối năm 2015, tỉnh có 12 xã đạt chuẩn nông thôn mới. Tổng vốn huy động "
            "cho chương trình trên địa bàn tỉnh đến nay gần 9.500 tỷ đồng, trong đó nhân dân "
            "đóng góp hơn 3.100 tỷ đồng.\n",
            {"2011-2015"},
        ),
        # said as since the programme was launched
        (
            "Thứ hai, 11/12/2017 08:00\n\nHuyện Hồng Dân đổi thay\n\nTừ khi triển "
            "khai Chương trình đến nay, huyện đã huy động 640 tỷ đồng.\n",
            {"2011-2017"},
        ),
        # the lead counting the years relays a source first ("Theo Ban Chỉ đạo …, sau …")
        (
            "Thứ tư, 18/12/2013 09:00\n\nNông thôn mới ở Tây Nguyên\n\n"
            "Theo Ban Chỉ đạo Trung ương Chương trình xây dựng nông thôn mới, sau 3 năm thực "
            "hiện, các tỉnh Tây Nguyên có nhiều đổi thay.\n"
            "Đường làng được mở rộng ở nhiều nơi.\n"
            "Tỉnh Đắk Nông đã huy động hơn 2.000 tỷ đồng để làm đường.\n",
            {"2011-2013"},
        ),
        # a report on a span keeps its span for money to date
        (
            "BÁO CÁO\nKết quả xây dựng nông thôn mới giai đoạn 2016-2020\n"
            "Đến nay, toàn huyện đã huy động 1.200 tỷ đồng.\n",
            {"2016-2020"},
        ),
    ],
)
def test_money_to_date_in_a_text_of_one_year_is_since_the_programme_began(
    make_document, text: str, periods: set[str]
) -> None:
    _, facts = facts_of(make_document, text)
    assert {f.period for f in of_kind(facts, Funding)} == periods


# -- 3. the programme's starting point ------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "baseline"),
    [
        ("Trước khi xây dựng nông thôn mới", "2010"),
        ("Trước khi thực hiện Chương trình xây dựng nông thôn mới (năm 2011)", "2011"),
    ],
)
def test_before_the_programme_dates_its_starting_point(
    make_document, opening: str, baseline: str
) -> None:
    text = (
        "Huyện Ứng Hòa sau 5 năm xây dựng nông thôn mới\n\n"
        "Kết quả (đến hết năm 2015):\n"
        f"{opening}, huyện có 2 xã đạt tiêu chí thu nhập. Đến nay, có 15 xã đạt tiêu chí "
        "thu nhập.\n"
    )
    assert read_metadata(text).period == "2015"
    _, facts = facts_of(make_document, text)
    periods = {f.units_met: f.period for f in of_kind(facts, Coverage)}
    assert periods == {2: baseline, 15: "2015"}


@pytest.mark.parametrize(
    ("launch", "then", "baseline"),
    [
        (
            "Ngày 15/01/2011, 60 xã của tỉnh cùng khởi công xây dựng nông thôn mới.",
            "Lúc bấy giờ",
            "2011",
        ),
        ("Năm 2010, tỉnh chọn 9 xã làm điểm.", "Khi đó", "2010"),
    ],
)
def test_at_that_time_dates_a_starting_point_by_the_sentence_before(
    make_document, launch: str, then: str, baseline: str
) -> None:
    text = (
        "Tỉnh Sóc Trăng sau 5 năm xây dựng nông thôn mới\n\n"
        f"{launch} {then}, bình quân mỗi xã chỉ đạt 4,1 tiêu chí. Năm 2015, bình quân mỗi "
        "xã đạt 13,2 tiêu chí.\n"
    )
    _, facts = facts_of(make_document, text)
    periods = {f.value: f.period for f in of_kind(facts, Percentage)}
    assert periods == {4.1: baseline, 13.2: "2015"}


# -- 4. the present among a series of years ---------------------------------------------------


def test_a_goal_worked_on_dates_an_undated_text_after_the_years_it_states_done() -> None:
    text = (
        "Xã Đông Hợp là một trong những xã đầu tiên của huyện đạt chuẩn nông thôn mới nâng "
        "cao trong năm 2020. Thu nhập bình quân đạt 58 triệu đồng/năm.\n"
        "Xã Đông Lâm cũng đang phấn đấu đạt chuẩn nông thôn mới nâng cao trong năm 2021.\n"
    )
    assert read_metadata(text).period == "2021"


def test_a_news_headline_counting_years_is_on_their_last() -> None:
    text = (
        "5 năm xây dựng nông thôn mới ở tỉnh Hòa Bình\n\nThứ Sáu, 11/10/2019\n\n"
        "Sau 5 năm nỗ lực, tỉnh đã có 60 xã đạt chuẩn nông thôn mới.\n"
    )
    assert read_metadata(text).period == "2019"


def test_news_opening_with_next_years_goals_is_on_that_year() -> None:
    text = (
        "Thứ Hai, 13/12/2021\n\nTỉnh Bến Tre đặt mục tiêu phấn đấu có thêm 6 xã đạt chuẩn "
        "nông thôn mới vào năm 2022.\n\nTheo đó, tỉnh sẽ tập trung chỉ đạo các xã điểm giai "
        "đoạn 2021-2025; ưu tiên 4 xã điểm cuối năm 2021 và 6 xã phấn đấu đạt chuẩn năm 2022.\n"
    )
    assert read_metadata(text).period == "2022"


def test_a_bracket_stating_something_of_its_own_year_does_not_date_the_figure(
    make_document,
) -> None:
    text = (
        "Tỉnh Yên Bái\n\nTính đến cuối tháng 3/2020, toàn tỉnh có 60 xã đạt chuẩn nông thôn "
        "mới; 100% huyện đều đã có xã đạt chuẩn nông thôn mới (riêng thị xã Nghĩa Lộ đã hoàn "
        "thành nhiệm vụ xây dựng nông thôn mới trong năm 2018).\n"
    )
    _, facts = facts_of(make_document, text)
    assert [f.period for f in of_kind(facts, Percentage) if f.value == 100] == ["2020"]


@pytest.mark.parametrize(
    ("more", "period"),
    [
        # money alone, raised since a year: the text is on those years
        ("", "2017-2020"),
        # a state beside it is of the present: the year printed
        (" Toàn tỉnh có 80/120 xã đạt chuẩn nông thôn mới.", "2020"),
    ],
)
def test_a_text_stating_only_money_raised_since_a_year_is_on_those_years(
    more: str, period: str
) -> None:
    text = (
        "Tỉnh Nam Định huy động hơn 5.000 tỷ đồng\n\n18/05/2020 09:12\n\n"
        "Tính từ năm 2017 đến nay, tỉnh Nam Định đã huy động hơn 5.000 tỷ đồng cho xây dựng "
        f"nông thôn mới.{more}\n\nTrong đó, ngân sách tỉnh hơn 1.200 tỷ đồng.\n"
    )
    assert read_metadata(text).period == period
