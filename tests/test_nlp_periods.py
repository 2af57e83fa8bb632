"""When a text and its facts are: the document's own period and each fact's period.

FACTS.md ("When and where a fact is, decided"): the document's period is the latest present it
states (a state reached, the months so far, a year opening a sentence), never a comparison base,
a start, a decision's year or an earlier event; a text that dates nothing of its present has
none. A fact takes its own year, else the document's, else none; money is a flow over its span.
"""

from __future__ import annotations

import pytest
from readfacts import of_kind
from readfacts import report_and_facts as facts_of

from baocao.model import Coverage, CriteriaCount, Funding, Percentage
from baocao.nlp.metadata import read_metadata


def period_of(text: str) -> str | None:
    return read_metadata(text).period


# -- 1. the document's present, not a base, a start, a decision or an earlier event ----------


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # a base of comparison before the present the text dates
        (
            "Huyện Yên Dũng vững bước\n\nThu nhập bình quân đạt 52 triệu đồng/người, gấp 3 lần "
            "so với năm 2011. Tính đến hết năm 2022, toàn huyện có 17/17 xã đạt chuẩn.\n",
            "2022",
        ),
        (
            "Huy động vốn tăng mạnh\n\nTrong 9 tháng năm 2023, tỉnh Bắc Kạn đã huy động 610 tỷ "
            "đồng, tăng 9% so với cùng kỳ năm 2022.\n",
            "2023-M01-09",
        ),
        # a start year
        (
            "Xã Quảng Thành đổi thay\n\nBắt đầu từ năm 2010, xã triển khai chương trình. "
            "Tính đến cuối năm 2019, xã đạt 19/19 tiêu chí.\n",
            "2019",
        ),
        # an earlier event, then a later dated present
        (
            "Xã Quảng Thành đổi thay\n\nNăm 2012 xã được chọn làm xã điểm của huyện. "
            "Năm 2018, toàn xã có 8/8 thôn đạt chuẩn văn hóa.\n",
            "2018",
        ),
        (
            "Xã Quảng Thành đổi thay\n\nNăm 2012 xã được chọn làm xã điểm của huyện. Trong 9 "
            "tháng năm 2024, xã huy động 6 tỷ đồng; đến nay xã có 19/19 tiêu chí.\n",
            "2024-M01-09",
        ),
        # the latest of several dated presents
        (
            "Tỉnh Thái Bình\n\nNăm 2015, toàn tỉnh có 60 xã đạt chuẩn. Tính đến hết năm 2017, "
            "toàn tỉnh có 180 xã đạt chuẩn.\n",
            "2017",
        ),
    ],
)
def test_the_documents_period_is_the_latest_present_it_dates(text: str, period: str) -> None:
    assert period_of(text) == period


@pytest.mark.parametrize(
    "text",
    [
        # only a decision carries a year
        "Xã Tân Lập đổi thay\n\nThực hiện Quyết định số 491/QĐ-TTg năm 2009 của Thủ tướng, "
        "xã đã đạt 19/19 tiêu chí.\n",
        "Xã Tân Lập đổi thay\n\nTheo Nghị quyết số 26-NQ/TW năm 2008, đến nay xã có 16/19 "
        "tiêu chí đạt.\n",
        "Xã Tân Lập đổi thay\n\nTheo Bộ tiêu chí quốc gia ban hành năm 2009, xã đã đạt 19/19 "
        "tiêu chí.\n",
        # only a start
        "Xã Tân Lập đổi thay\n\nTừ năm 2011, xã bắt đầu xây dựng nông thôn mới. Đến nay, xã "
        "đạt 19/19 tiêu chí.\n",
        "Xã Tân Lập đổi thay\n\nXã bắt đầu xây dựng nông thôn mới năm 2011. Đến nay, xã đạt "
        "19/19 tiêu chí.\n",
        # an earlier event, then the undated present
        "Xã Tân Lập đổi thay\n\nNăm 2013, xã được chọn làm điểm của tỉnh. Hiện nay, xã đã có "
        "19/19 tiêu chí đạt chuẩn.\n",
        "Xã Tân Lập đổi thay\n\nNăm 2010, thu nhập chỉ đạt 12 triệu đồng/người. Năm nay, thu "
        "nhập đạt 45 triệu đồng/người.\n",
        # only a base
        "Huyện Yên Dũng\n\nThu nhập bình quân đạt 52 triệu đồng/người, gấp 3 lần so với "
        "năm 2011.\n",
    ],
)
def test_a_text_that_dates_nothing_of_its_present_has_no_period(text: str) -> None:
    assert period_of(text) is None


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # a text of 2023 recalls the earlier phase's rule to explain this year's drop
        (
            "Thứ năm, 14/09/2023 10:20\n\nTỉnh Đắk Nông có 41 xã đạt chuẩn nông thôn mới\n\n"
            "Đến nay, toàn tỉnh có 41 xã đạt chuẩn, giảm so với cuối năm 2022. Giai đoạn "
            "2016-2020, tiêu chí thu nhập chỉ tính hộ nghèo, nhưng hiện nay tính cả hộ cận "
            "nghèo nên một số xã không còn đạt.\n",
            "2023",
        ),
        # an undated text: the phase it turns from dates nothing
        (
            "Huyện Krông Nô đổi thay\n\nNếu giai đoạn 2011-2015 huyện chỉ có 2 xã đạt "
            "chuẩn thì nay đã có 9/11 xã đạt chuẩn nông thôn mới.\n",
            None,
        ),
        # without the turn, a sentence opening on a phase is still of the phase
        (
            "Huyện Krông Nô đổi thay\n\nGiai đoạn 2016-2020, huyện có 9/11 xã đạt chuẩn "
            "nông thôn mới.\n",
            "2016-2020",
        ),
    ],
)
def test_a_phase_a_sentence_turns_from_to_the_present_is_recalled_not_the_present(
    text: str, period: str | None
) -> None:
    assert period_of(text) == period


def test_the_year_printed_is_the_present_of_a_text_whose_years_are_starts_and_bases() -> None:
    text = (
        "Thứ sáu, 18/10/2019 09:15\n\nXã Tân Lập đổi thay\n\nTừ năm 2011, xã bắt đầu xây dựng "
        "nông thôn mới; thu nhập gấp 4 lần so với năm 2010. Đến nay, xã đạt 19/19 tiêu chí.\n"
    )
    raw = read_metadata(text)
    assert raw.date == "2019-10-18"  # a start or a base years before is no sign of a site clock
    assert raw.period == "2019"


def test_a_present_after_the_year_printed_is_a_goal() -> None:
    text = (
        "Thứ tư, 16/10/2024 08:00\n\nTỉnh Gia Lai\n\nTỉnh có 120 xã đạt chuẩn. Đến hết năm "
        "2025, toàn tỉnh có 140 xã đạt chuẩn.\n"
    )
    assert period_of(text) == "2024"


def test_a_state_stated_before_the_sentence_turns_to_a_goal_is_the_present() -> None:
    stated = (
        "Tỉnh Gia Lai\n\nTính đến hết tháng 9/2024, toàn tỉnh có 120 xã đạt chuẩn, phấn đấu "
        "đến cuối năm có thêm 6 xã.\n"
    )
    assert period_of(stated) == "2024-M01-09"
    aimed = "Tỉnh Gia Lai\n\nTính đến hết năm 2025, tỉnh phấn đấu có 100% xã đạt chuẩn.\n"
    assert period_of(aimed) is None


# -- 2. facts of a text with no dated present ------------------------------------------------


def test_facts_of_an_undated_present_take_no_base_start_or_decision_year(make_document) -> None:
    report, facts = facts_of(
        make_document,
        "Xã Tân Lập đổi thay\n\nThực hiện Quyết định số 1980/QĐ-TTg năm 2016, xã đã có 19/19 "
        "tiêu chí đạt chuẩn. Thu nhập đạt 45 triệu đồng/người/năm, gấp 3 lần so với năm 2012. "
        "Từ năm 2013, xã đã huy động 28 tỷ đồng.\n",
    )
    assert report.period is None
    assert [f.period for f in facts] == [None] * len(facts)
    assert of_kind(facts, CriteriaCount) and of_kind(facts, Funding)


def test_facts_of_a_dated_present_take_it_over_a_decisions_year(make_document) -> None:
    report, facts = facts_of(
        make_document,
        "Xã Tân Lập đổi thay\n\nTheo Quyết định số 1980/QĐ-TTg năm 2016, đến hết năm 2019 xã "
        "đã có 19/19 tiêu chí đạt chuẩn.\n",
    )
    assert report.period == "2019"
    [count] = of_kind(facts, CriteriaCount)
    assert count.period == "2019"


# -- 3. years up to the present: a flow's span ------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "period"),
    [
        ("Qua 9 năm thực hiện", "2012-2020"),
        ("Sau hơn 4 năm triển khai", "2017-2020"),
        ("5 năm qua", "2016-2020"),
        ("Trong 3 năm qua", "2018-2020"),
        ("Từ năm 2014", "2014-2020"),
    ],
)
def test_money_over_years_up_to_the_present_spans_to_the_documents_year(
    make_document, opening: str, period: str
) -> None:
    report, facts = facts_of(
        make_document,
        f"Huyện Lục Nam\n\n{opening}, toàn huyện đã huy động 950 tỷ đồng xây dựng nông thôn "
        "mới. Tính đến hết năm 2020, toàn huyện có 22/25 xã đạt chuẩn.\n",
    )
    assert report.period == "2020"
    [funding] = of_kind(facts, Funding)
    assert funding.period == period
    [coverage] = of_kind(facts, Coverage)
    assert coverage.period == "2020"


def test_a_state_reached_over_years_up_to_the_present_is_of_the_present(make_document) -> None:
    _, facts = facts_of(
        make_document,
        "Huyện Lục Nam\n\nTính đến hết năm 2020, toàn huyện huy động 950 tỷ đồng. Sau 9 năm "
        "thực hiện, toàn huyện có 22/25 xã đạt chuẩn.\n",
    )
    [coverage] = of_kind(facts, Coverage)
    assert coverage.period == "2020"


def test_years_back_with_no_dated_present_leave_the_flow_undated(make_document) -> None:
    _, facts = facts_of(
        make_document, "Huyện Lục Nam\n\nQua 9 năm thực hiện, huyện đã huy động 950 tỷ đồng.\n"
    )
    [funding] = of_kind(facts, Funding)
    assert funding.period is None


@pytest.mark.parametrize(
    ("head", "opening", "period"),
    [
        # a report on the first half of 2016: its year is not yet one of the N whole years
        (
            "BÁO CÁO\nKết quả xây dựng nông thôn mới 6 tháng đầu năm 2016 huyện Thanh Sơn",
            "Qua 5 năm thực hiện",
            "2011-2015",
        ),
        (
            "BÁO CÁO\nSơ kết 6 tháng đầu năm 2021 huyện Thanh Sơn",
            "Sau 10 năm triển khai",
            "2011-2020",
        ),
        # a news text printed in March 2016, which dates nothing else
        (
            "Thứ tư, 16/03/2016 09:10\n\nHuyện Thanh Sơn huy động vốn",
            "Sau 5 năm xây dựng",
            "2011-2015",
        ),
        # a report on 2017 whose section names the phase the years are of
        (
            "BÁO CÁO\nKết quả năm 2017 huyện Thanh Sơn\n\nI. KẾT QUẢ GIAI ĐOẠN 2011-2015",
            "Qua 5 năm thực hiện",
            "2011-2015",
        ),
    ],
)
def test_n_years_up_to_the_present_are_whole_years(
    make_document, head: str, opening: str, period: str
) -> None:
    _, facts = facts_of(
        make_document, f"{head}\n\n{opening}, toàn huyện đã huy động 820 tỷ đồng.\n"
    )
    [funding] = of_kind(facts, Funding)
    assert funding.period == period


# -- 3b. a state given for a programme's phase, in a text that writes no year of its own ---


@pytest.mark.parametrize(
    "lead",
    [
        "Thực hiện Chương trình MTQG xây dựng nông thôn mới giai đoạn 2021-2025, toàn tỉnh có "
        "85% số xã đạt chuẩn nông thôn mới.",
        "Chương trình xây dựng nông thôn mới giai đoạn 2021-2025 đã đem lại nhiều đổi thay, "
        "toàn tỉnh có 85% số xã đạt chuẩn.",
        "Kết thúc Đề án giai đoạn 2021-2025, tỉnh Bắc Giang có 85% số xã đạt chuẩn.",
    ],
)
def test_states_of_a_text_dated_only_by_its_leads_phase_are_of_its_end(
    make_document, lead: str
) -> None:
    report, facts = facts_of(
        make_document,
        f"Bắc Giang: đổi thay ở nông thôn\n\n{lead} Toàn tỉnh có 150/182 xã đạt chuẩn, "
        "40 xã đạt chuẩn nâng cao.\n",
    )
    assert report.period == "2021-2025"
    assert {f.units_met: f.period for f in of_kind(facts, Coverage)} == {150: "2025", 40: "2025"}


def test_a_printed_year_dates_a_text_before_its_leads_phase() -> None:
    text = (
        "Thứ ba, 12/11/2024 08:15\n\nBắc Giang: đổi thay ở nông thôn\n\nThực hiện Chương "
        "trình giai đoạn 2021-2025, toàn tỉnh có 150/182 xã đạt chuẩn.\n"
    )
    assert period_of(text) == "2024"


# -- 4. a half year, nine months ---------------------------------------------------------------


def test_a_half_year_text_writes_its_facts_as_its_half(make_document) -> None:
    report, facts = facts_of(
        make_document,
        "Tỉnh Hà Giang\n\n6 tháng đầu năm 2017, toàn tỉnh huy động 420 tỷ đồng, tăng 4% so với "
        "cùng kỳ năm 2016; đến nay toàn tỉnh có 40/177 xã đạt chuẩn.\n",
    )
    assert report.period == "2017-H1"
    assert {f.period for f in facts} == {"2017-H1"}


def test_a_nine_month_text_is_dated_by_its_year(make_document) -> None:
    # decided: the contract's forms are a year, a span and a half-year (FACTS.md), so a
    # nine-month report and what it states are of the year, as a careful reader dates them
    # ("2024-M01-09" is what the text says; the contract writes "2024")
    report, facts = facts_of(
        make_document,
        "Tỉnh Hà Giang\n\n9 tháng năm 2024, toàn tỉnh huy động 510 tỷ đồng. Tính đến hết tháng "
        "9/2024, toàn tỉnh có 70/177 xã đạt chuẩn.\n",
    )
    assert report.period == "2024"
    assert {f.period for f in facts} == {"2024"}  # one document, one way


# -- 5. two years in one sentence ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tỷ lệ hộ nghèo giảm từ 7,1% năm 2012 xuống còn 2,4% năm 2016.",
        "Tỷ lệ hộ nghèo giảm từ 7,1% cuối năm 2012 xuống còn 2,4% cuối năm 2016.",
        "Tỷ lệ hộ nghèo từ 7,1% (2012) xuống 2,4% (2016).",
        "Nếu năm 2012 tỷ lệ hộ nghèo là 7,1% thì đến năm 2016 chỉ còn 2,4%.",
    ],
)
def test_each_figure_takes_its_own_year(make_document, sentence: str) -> None:
    _, facts = facts_of(make_document, f"Xã Nghĩa Hưng\n\n{sentence}\n")
    periods = {f.value: f.period for f in of_kind(facts, Percentage)}
    assert periods == {7.1: "2012", 2.4: "2016"}


@pytest.mark.parametrize("months", ["9 tháng đầu năm", "Chín tháng năm nay"])
def test_months_so_far_without_a_year_are_of_the_year_printed(months: str) -> None:
    text = (
        "Thứ hai, 14/10/2024 07:30\n\nQuảng Trị huy động vốn\n\n"
        f"{months}, tỉnh Quảng Trị đã huy động được 640 tỷ đồng.\n"
    )
    assert period_of(text) == "2024-M01-09"


def test_n_years_beside_a_span_of_n_years_are_that_span(make_document) -> None:
    _, facts = facts_of(
        make_document,
        "Tỉnh Sơn La\n\nTừ nguồn vốn giai đoạn 2016-2020 hơn 9.000 tỷ đồng, sau 5 năm thực hiện, "
        "toàn tỉnh có thêm 40 xã đạt chuẩn nông thôn mới. Tính đến hết năm 2021, toàn tỉnh có "
        "50/188 xã đạt chuẩn.\n",
    )
    by_met = {f.units_met: f.period for f in of_kind(facts, Coverage)}
    assert by_met[40] == "2016-2020"
    assert by_met[50] == "2021"


# -- 6. a state in a report on several years ---------------------------------------------------


def test_a_state_in_a_report_on_several_years_is_of_its_last_year(make_document) -> None:
    # FACTS.md: a state is the time it is reached; money is the span it flowed over
    report, facts = facts_of(
        make_document,
        "BÁO CÁO\nKết quả xây dựng nông thôn mới giai đoạn 2016-2020 huyện Lệ Thủy\n\n"
        "Toàn huyện có 18/26 xã đạt chuẩn nông thôn mới. Tổng nguồn vốn huy động "
        "thực hiện Chương trình là 1.250 tỷ đồng.\n",
    )
    assert report.period == "2016-2020"
    [coverage] = [f for f in facts if isinstance(f, Coverage)]
    [funding] = [f for f in facts if isinstance(f, Funding)]
    assert coverage.period == "2020"
    assert funding.period == "2016-2020"


# -- 7. news: an old value, a span after "từ", a breakdown, "trong thời gian qua" ------------


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Quảng Trị có 60 xã đạt chuẩn\n\nTừ chỗ mỗi xã chỉ đạt bình quân 4 tiêu chí năm "
            "2011, đến nay mỗi xã đạt 14 tiêu chí. Riêng năm 2016, có 12 xã đạt chuẩn.\n",
            "2016",
        ),
        (
            "Nông thôn Kon Tum đổi thay\n\nTừ chỗ chưa có xã nào đạt chuẩn vào năm 2012, nay "
            "toàn tỉnh có 30 xã. Trong năm 2019, có 7 xã đạt chuẩn.\n",
            "2019",
        ),
    ],
)
def test_the_old_value_of_a_change_does_not_date_the_text(text: str, period: str) -> None:
    # "từ chỗ … năm 2011, đến nay …": a base, like "giảm từ 6,4% năm 2012"
    assert period_of(text) == period


@pytest.mark.parametrize(
    ("sentence", "old", "new", "old_period", "new_period"),
    [
        (
            "Tỷ lệ hộ nghèo giảm từ 9,5% năm 2015 xuống còn 2,1%.",
            9.5,
            2.1,
            "2015",
            "2020",
        ),
        (
            "Thu nhập bình quân tăng từ 21 triệu đồng/người/năm năm 2016 lên 48 triệu "
            "đồng/người/năm.",
            21,
            48,
            "2016",
            "2020",
        ),
        (
            "Tỷ lệ hộ nghèo của xã từ năm 2014 là 3,6% giảm xuống còn 0,9% vào cuối năm 2020.",
            3.6,
            0.9,
            "2014",
            "2020",
        ),
        (
            "Tỷ lệ hộ nghèo đa chiều từ năm 2016 là 12,4% đã giảm xuống còn 5,2%.",
            12.4,
            5.2,
            "2016",
            "2020",
        ),
    ],
)
def test_the_old_values_year_dates_the_old_value_only(
    make_document, sentence: str, old: float, new: float, old_period: str, new_period: str
) -> None:
    _, facts = facts_of(
        make_document,
        f"Xã Tân Lập đạt chuẩn năm 2020\n\nNăm 2020, xã Tân Lập đạt chuẩn. {sentence}\n",
    )
    by_value = {f.value: f.period for f in of_kind(facts, Percentage)}
    assert by_value[old] == old_period
    assert by_value[new] == new_period


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        (
            "Huy động 9.000 tỷ đồng\n\nTừ năm 2011 đến nay, toàn tỉnh Thái Bình huy động "
            "9.000 tỷ đồng; giai đoạn từ năm 2011-2015 huy động được 4.100 tỷ đồng, từ năm "
            "2016 tới nay được 4.900 tỷ đồng.\n",
            4_100_000_000_000,
            "2011-2015",
        ),
        (
            "Thái Bình 2019\n\nTrong đó, thời kỳ từ 2016-2018 tỉnh Thái Bình huy động 3.200 tỷ "
            "đồng, năm 2019 là 1.100 tỷ đồng.\n",
            3_200_000_000_000,
            "2016-2018",
        ),
    ],
)
def test_a_span_written_after_tu_is_the_span_not_a_base(
    make_document, text: str, amount: int, period: str
) -> None:
    _, facts = facts_of(make_document, text)
    by_amount = {f.amount_vnd: f.period for f in of_kind(facts, Funding)}
    assert by_amount[amount] == period


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Xã Đồng Tiến đón bằng công nhận\n\nNăm 2021, xã Đồng Tiến được công nhận. Sau 7 "
            "năm thực hiện, xã Đồng Tiến đã huy động được 85 tỷ đồng. Trong đó, ngân sách "
            "nhà nước 20 tỷ đồng, nhân dân đóng góp 41 tỷ đồng.\n",
            "2015-2021",
        ),
        (
            "Xã Yên Lạc về đích\n\nNăm 2019, xã Yên Lạc đạt chuẩn. Qua 5 năm thực hiện, diện "
            "mạo xã đổi thay. Tổng nguồn lực huy động trong thời gian qua là 64 tỷ đồng; trong "
            "đó vốn nhân dân đóng góp 30 tỷ đồng.\n",
            "2015-2019",
        ),
    ],
)
def test_a_breakdown_and_the_time_past_go_on_in_the_span_counted_before(
    make_document, text: str, span: str
) -> None:
    # "Trong đó, …" breaks down the sentence before; "trong thời gian qua" is the "N năm"
    _, facts = facts_of(make_document, text)
    assert {f.period for f in of_kind(facts, Funding)} == {span}


@pytest.mark.parametrize(
    ("opening", "span"),
    [
        ("Trong 8 năm, tổng vốn huy động", "2013-2020"),
        ("Suốt 5 năm, tổng vốn huy động", "2016-2020"),
    ],
)
def test_years_counted_at_the_head_of_a_clause_run_to_the_present(
    make_document, opening: str, span: str
) -> None:
    # "Trong 10 năm, tổng số vốn huy động … đạt …; trong đó: ngân sách tỉnh …"
    text = (
        "Huyện Vụ Bản đạt chuẩn nông thôn mới năm 2020\n\n"
        f"{opening} của huyện đạt 640 tỷ đồng, trong đó: ngân sách tỉnh: 90 tỷ đồng; "
        "vốn nhân dân đóng góp: 150 tỷ đồng.\n"
    )
    _, facts = facts_of(make_document, text)
    assert {f.period for f in of_kind(facts, Funding)} == {span}


@pytest.mark.parametrize(
    ("sentence", "period", "flow"),
    [
        # the units the money is for, with their own year and goal: not the money's
        (
            "UBND tỉnh vừa phân bổ 24 tỷ đồng từ ngân sách tỉnh để thưởng cho các xã đạt "
            "chuẩn năm 2022 và các xã phấn đấu đạt chuẩn năm 2023.",
            "2023",
            "allocated",
        ),
        (
            "Năm 2023, tỉnh quyết định cấp 9 tỷ đồng nhằm hỗ trợ cho 6 xã về đích năm 2022.",
            "2023",
            None,
        ),
        # a phase the money is for is its span
        (
            "Tỉnh quyết chi 300 tỷ đồng để tập trung cho các xã về đích giai đoạn 2023-2025.",
            "2023-2025",
            None,
        ),
    ],
)
def test_the_units_money_is_for_do_not_date_it(
    make_document, sentence: str, period: str, flow: str | None
) -> None:
    text = f"Hà Tĩnh thưởng xã nông thôn mới\n\nThứ hai, 13/03/2023 08:10\n\n{sentence}\n"
    _, facts = facts_of(make_document, text)
    [money] = of_kind(facts, Funding)
    assert money.period == period
    assert not money.target
    if flow is not None:
        assert money.flow == flow


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Huy động 12.500 tỷ đồng xây dựng nông thôn mới\n\nThứ ba, 05/11/2019 09:12\n\n"
            "Từ năm 2011 đến nay, toàn tỉnh Nam Định huy động 12.500 tỷ đồng.\n",
            "2011-2019",
        ),
        (
            "Huyện Đức Thọ huy động gần 900 tỷ đồng\n\nGiai đoạn 2016-2020, huyện Đức "
            "Thọ đã huy động gần 900 tỷ đồng; năm 2020 là 210 tỷ đồng.\n",
            "2016-2020",
        ),
    ],
)
def test_a_headlines_amount_stated_again_below_is_of_the_bodys_span(
    make_document, text: str, span: str
) -> None:
    _, facts = facts_of(make_document, text)
    head, body = of_kind(facts, Funding)[:2]
    assert head.amount_vnd == body.amount_vnd
    assert head.period == body.period == span


@pytest.mark.parametrize(
    "text",
    [
        "Hà Tĩnh: Huy động 3,2 nghìn tỷ đồng cho nông thôn mới\n\n12/01/2025\n\n"
        "Tỉnh Hà Tĩnh dự kiến chi 3,2 nghìn tỷ đồng để thực hiện chương trình.\n",
        "Huyện Cẩm Xuyên huy động 480 tỷ đồng xây dựng nông thôn mới\n\n05/02/2024\n\n"
        "Năm 2024, huyện phấn đấu huy động 480 tỷ đồng, trong đó nhân dân 60 tỷ đồng.\n",
    ],
)
def test_a_headlines_amount_the_body_states_as_a_plan_is_planned(make_document, text) -> None:
    _, facts = facts_of(make_document, text)
    head, body = of_kind(facts, Funding)[:2]
    assert head.amount_vnd == body.amount_vnd
    assert (head.flow, head.target) == (body.flow, body.target) == ("planned", True)


HEAD_2020 = "BÁO CÁO\nKết quả xây dựng nông thôn mới năm 2020 huyện Lục Nam\n\n"

HEAD_2019_H1 = "BÁO CÁO\nKết quả xây dựng nông thôn mới 6 tháng đầu năm 2019 huyện Lục Nam\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm trước toàn huyện có 12/25 xã đạt chuẩn nông thôn mới.",
        "Năm ngoái, toàn huyện có 12/25 xã đạt chuẩn nông thôn mới.",
        "Toàn huyện năm trước đã có 12/25 xã đạt chuẩn nông thôn mới.",
    ],
)
def test_a_state_of_the_year_before_is_of_the_year_before_the_documents(
    make_document, sentence: str
) -> None:
    report, facts = facts_of(make_document, f"{HEAD_2020}{sentence}\n")
    assert report.period == "2020"
    [coverage] = of_kind(facts, Coverage)
    assert coverage.period == "2019"


@pytest.mark.parametrize(
    "sentence",
    [
        "Toàn huyện có 15/25 xã đạt chuẩn, tăng 3 xã so với năm trước.",
        "Toàn huyện có 15/25 xã đạt chuẩn, nhiều hơn năm ngoái 3 xã.",
        "Toàn huyện huy động 150 tỷ đồng, bằng 125% cùng kỳ năm trước.",
        "Toàn huyện huy động 150 tỷ đồng, tăng 20% so với cùng kỳ năm ngoái.",
    ],
)
def test_a_year_before_compared_with_leaves_the_fact_in_the_documents_period(
    make_document, sentence: str
) -> None:
    _, facts = facts_of(make_document, f"{HEAD_2020}{sentence}\n")
    assert facts and {f.period for f in facts} == {"2020"}


def test_each_figure_takes_its_own_relative_year(make_document) -> None:
    _, facts = facts_of(
        make_document,
        f"{HEAD_2020}Năm ngoái toàn huyện có 12/25 xã đạt chuẩn; năm nay có 15/25 xã đạt "
        "chuẩn. Thu nhập bình quân năm trước đạt 44 triệu đồng/người/năm, năm nay đạt 48 "
        "triệu đồng/người/năm.\n",
    )
    assert {f.units_met: f.period for f in of_kind(facts, Coverage)} == {12: "2019", 15: "2020"}
    assert {f.value: f.period for f in of_kind(facts, Percentage)} == {44: "2019", 48: "2020"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Cùng kỳ năm trước, toàn huyện có 12/25 xã đạt chuẩn nông thôn mới.",
        "Cùng kỳ năm ngoái toàn huyện mới có 12/25 xã đạt chuẩn nông thôn mới.",
    ],
)
def test_a_state_at_the_same_time_last_year_is_of_last_year(make_document, sentence: str) -> None:
    _, facts = facts_of(make_document, f"{HEAD_2020}{sentence}\n")
    [coverage] = of_kind(facts, Coverage)
    assert coverage.period == "2019"


@pytest.mark.parametrize("opening", ["Trong năm qua", "Năm vừa qua", "Năm qua"])
def test_money_of_the_past_year_is_of_the_last_whole_year(make_document, opening: str) -> None:
    _, facts = facts_of(make_document, f"{HEAD_2020}{opening}, toàn huyện huy động 95 tỷ đồng.\n")
    [funding] = of_kind(facts, Funding)
    assert funding.period == "2020"
    # a news text printed in January: the past year is the one just over
    _, facts = facts_of(
        make_document,
        f"Thứ hai, 11/01/2021 08:00\n\nLục Nam đổi thay\n\n{opening}, huyện Lục Nam huy động "
        "95 tỷ đồng.\n",
    )
    [funding] = of_kind(facts, Funding)
    assert funding.period == "2020"


@pytest.mark.parametrize(
    "opening", ["Từ đầu năm đến nay", "Từ đầu năm", "Từ đầu năm tới nay", "Tính đến nay"]
)
def test_the_year_so_far_is_the_documents_own_period(make_document, opening: str) -> None:
    report, facts = facts_of(
        make_document,
        f"{HEAD_2019_H1}{opening}, toàn huyện huy động 45 tỷ đồng; toàn huyện có 10/22 xã đạt "
        "chuẩn.\n",
    )
    assert report.period == "2019-H1"
    assert facts and {f.period for f in facts} == {"2019-H1"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Đến nay, xã đạt 19/19 tiêu chí (năm 2015 xã đạt 10/19 tiêu chí).",
        "Hiện nay xã đạt 19/19 tiêu chí (năm 2015 mới đạt 10/19 tiêu chí).",
        "Hiện tại, xã đạt 19/19 tiêu chí (cuối năm 2015 đạt 10/19 tiêu chí).",
    ],
)
def test_the_present_written_beats_an_older_year_after_it(make_document, sentence: str) -> None:
    _, facts = facts_of(make_document, f"BÁO CÁO\nKết quả năm 2020 xã Tân Lập\n\n{sentence}\n")
    assert {f.met: f.period for f in of_kind(facts, CriteriaCount)} == {19: "2020", 10: "2015"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm trước xã có 6/9 thôn đạt chuẩn văn hóa, năm nay có 8/9 thôn.",
        "Năm ngoái xã huy động 12 tỷ đồng; năm nay huy động 15 tỷ đồng.",
    ],
)
def test_relative_years_of_an_undated_document_stay_undated(make_document, sentence: str) -> None:
    report, facts = facts_of(make_document, f"Xã Tân Lập đổi thay\n\n{sentence}\n")
    assert report.period is None and report.date is None
    assert facts and [f.period for f in facts] == [None] * len(facts)


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Năm trước tỉnh Quảng Trị có 50/101 xã đạt chuẩn.", "2023"),
        ("Năm ngoái, tỉnh Quảng Trị có 50/101 xã đạt chuẩn.", "2023"),
        ("Năm nay tỉnh Quảng Trị có 58/101 xã đạt chuẩn.", "2024"),
    ],
)
def test_a_relative_year_of_a_text_dated_only_by_its_printing_is_read_from_it(
    make_document, sentence: str, period: str
) -> None:
    _, facts = facts_of(
        make_document, f"Thứ hai, 14/10/2024 07:30\n\nQuảng Trị đổi thay\n\n{sentence}\n"
    )
    [coverage] = of_kind(facts, Coverage)
    assert coverage.period == period


def test_a_goal_year_written_without_nam_dates_the_goal(make_document) -> None:
    _, facts = facts_of(
        make_document,
        "Kế hoạch xây dựng nông thôn mới của tỉnh Sơn La\n\n"
        "Đến 2030 phấn đấu có ít nhất 65% số xã đạt chuẩn nông thôn mới.\n",
    )
    [rate] = of_kind(facts, Percentage)
    assert (rate.period, rate.target) == ("2030", True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tỷ lệ xã đạt chuẩn nâng cao năm 2024 là 35% (tại thời điểm cuối năm 2020 mới có 4 xã).",
        "Năm 2023, tỷ lệ hộ nghèo còn 2,1% (đầu năm 2019 tỷ lệ này là 9,8%).",
    ],
)
def test_a_bracketed_statement_of_another_year_does_not_date_the_rate_before_it(
    make_document, sentence: str
) -> None:
    _, facts = facts_of(make_document, f"Tỉnh Bắc Giang\n\n{sentence}\n")
    first = of_kind(facts, Percentage)[0]
    assert first.period in ("2024", "2023")


def test_a_bracketed_date_alone_still_dates_the_rate_before_it(make_document) -> None:
    _, facts = facts_of(
        make_document,
        "Tỉnh Bắc Giang\n\nTỷ lệ xã đạt chuẩn là 78,5% (tại thời điểm cuối năm 2022).\n",
    )
    [rate] = of_kind(facts, Percentage)
    assert rate.period == "2022"


@pytest.mark.parametrize(
    "body",
    [
        "Từ năm 2011 đến nay, toàn huyện huy động 2.480 tỷ đồng.\n\n"
        "Trong đó, giai đoạn 2011-2015 đạt 900 tỷ đồng, từ năm 2016 đến nay đạt 1.580 tỷ đồng. "
        "Ngân sách tỉnh hỗ trợ 310 tỷ đồng, vốn tín dụng 1.020 tỷ đồng.\n",
        "Giai đoạn 2011-2022, tỉnh huy động được 61.000 tỷ đồng. Trong đó, giai đoạn 2011-2015 "
        "là 25.000 tỷ đồng, giai đoạn 2016-2022 là 36.000 tỷ đồng. "
        "Vốn lồng ghép 8.500 tỷ đồng.\n",
    ],
)
def test_the_sentence_after_a_breakdown_by_spans_is_of_the_whole(make_document, body: str) -> None:
    _, facts = facts_of(make_document, f"Ngày 15 tháng 8 năm 2022\n\n{body}")
    funding = of_kind(facts, Funding)
    whole, last = funding[0], funding[-1]
    assert last.period == whole.period and "-" in (whole.period or "")


# -- datefix: heading dates, byline dates, plans, programme phases, undated money spans -------


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # a status heading dated by a month in brackets: the state at the month's end, June
        # the first half (a news headline's stamp; a formal title keeps spanJ's year, below)
        (
            "Huyện Định Hóa\n\nKết quả thực hiện các tiêu chí (06/2018)\n\nToàn huyện có "
            "9/23 xã đạt chuẩn nông thôn mới. Bình quân đạt 14,1 tiêu chí/xã.\n",
            "2018-H1",
        ),
        (
            "Huyện Định Hóa\n\nKết quả 6 tháng đầu năm 2018 (06/2018)\n\nToàn huyện có "
            "9/23 xã đạt chuẩn nông thôn mới. Bình quân đạt 14,1 tiêu chí/xã.\n",
            "2018-H1",
        ),
        (
            "Xã Yên Lạc\n\nTiến độ xây dựng nông thôn mới (tháng 9/2020)\n\nXã đã đạt 16/19 "
            "tiêu chí.\n",
            "2020-M01-09",
        ),
        (
            "Xã Yên Lạc\n\nTiến độ xây dựng nông thôn mới (tính đến 30/6/2021)\n\nXã đã đạt "
            "18/19 tiêu chí.\n",
            "2021",
        ),
        # a formal report titled with its month reports the state at its end
        (
            "ỦY BAN NHÂN DÂN\nHUYỆN ĐỊNH HÓA\n\nBÁO CÁO\nKết quả thực hiện các tiêu chí nông "
            "thôn mới (06/2018)\n\nToàn huyện có 9/23 xã đạt chuẩn nông thôn mới.\n",
            "2018",
        ),
    ],
)
def test_a_heading_dated_by_its_month_dates_the_text(text: str, period: str) -> None:
    assert period_of(text) == period


def test_the_facts_under_a_month_dated_heading_take_its_period(make_document) -> None:
    facts = facts_of(
        make_document,
        "Huyện Định Hóa\n\nKết quả 6 tháng đầu năm (06/2018)\n\nToàn huyện có 9/23 xã "
        "đạt chuẩn nông thôn mới. Bình quân đạt 14,1 tiêu chí/xã.\n",
    )
    report, found = facts
    assert report.period == "2018-H1"
    assert {f.period for f in found} == {"2018-H1"}


@pytest.mark.parametrize(
    "text",
    [
        "Xã Tân Tiến về đích nông thôn mới 12/11/2020\n\nĐến nay, xã Tân Tiến đạt 19/19 "
        "tiêu chí nông thôn mới.\n",
        "Xã Tân Tiến về đích nông thôn mới - 12/11/2020\n\nĐến nay, xã Tân Tiến đạt 19/19 "
        "tiêu chí nông thôn mới.\n",
        "Xã Tân Tiến về đích nông thôn mới\n12/11/2020\n\nĐến nay, xã Tân Tiến đạt 19/19 "
        "tiêu chí nông thôn mới.\n",
    ],
)
def test_a_byline_date_after_the_title_is_the_texts_date(text: str) -> None:
    meta = read_metadata(text)
    assert meta.date == "2020-11-12"
    assert meta.period == "2020"


@pytest.mark.parametrize(
    "text",
    [
        # a state date, not a byline
        "Kết quả xây dựng nông thôn mới tính đến 30/6/2021\n\nXã đạt 18/19 tiêu chí.\n",
        # a decision's date
        "Quyết định số 15/QĐ-UBND ngày 12/11/2020\n\nXã đạt 18/19 tiêu chí.\n",
    ],
)
def test_a_state_or_decision_date_at_a_line_end_is_no_byline(text: str) -> None:
    assert read_metadata(text).date is None


@pytest.mark.parametrize(
    ("text", "period", "goal_period"),
    [
        (
            "ỦY BAN NHÂN DÂN\nHUYỆN MAI CHÂU\n\nQUYẾT ĐỊNH\nVề việc điều chỉnh, bổ sung Kế "
            "hoạch thực hiện Chương trình xây dựng nông thôn mới giai đoạn 2021-2025\n\n"
            "Mục tiêu: có 8 xã đạt chuẩn nông thôn mới; bình quân đạt 16 tiêu chí/xã.\n",
            "2021-2025",
            "2025",
        ),
        (
            "ỦY BAN NHÂN DÂN\nXÃ HỢP THÀNH\n\nKẾ HOẠCH\nĐiều chỉnh, bổ sung kế hoạch xây dựng "
            "nông thôn mới năm 2024\n\nXã phấn đấu đạt 19/19 tiêu chí.\n",
            "2024",
            "2024",
        ),
    ],
)
def test_a_plan_or_its_amendment_is_of_the_plans_period(
    make_document, text: str, period: str, goal_period: str
) -> None:
    assert period_of(text) == period
    report, found = facts_of(make_document, text)
    assert found
    assert all(f.target for f in found)
    assert {f.period for f in found} == {goal_period}


def test_a_plans_horizon_in_a_lead_sentence_does_not_date_the_text() -> None:
    text = (
        "Tỉnh Sơn La nỗ lực\n\nTheo kế hoạch giai đoạn 2021-2025, tỉnh phấn đấu có 60% số xã "
        "đạt chuẩn nông thôn mới.\n"
    )
    assert period_of(text) is None


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Tỉnh Nam Định tổng kết\n\nTrong giai đoạn I, toàn tỉnh có 80/194 xã đạt chuẩn.\n",
            "2011-2015",
        ),
        (
            "Tỉnh Nam Định tổng kết\n\nHết giai đoạn 2, toàn tỉnh có 194/194 xã đạt chuẩn.\n",
            "2016-2020",
        ),
        # the span written beside the numeral wins
        (
            "Tỉnh Nam Định tổng kết\n\nGiai đoạn I (2010-2015), toàn tỉnh có 80/194 xã "
            "đạt chuẩn.\n",
            "2010-2015",
        ),
    ],
)
def test_a_state_of_a_programme_phase_is_dated_by_the_phase(
    make_document, text: str, period: str
) -> None:
    assert period_of(text) == period
    _, found = facts_of(make_document, text)
    assert [f.period for f in of_kind(found, Coverage)] == [period]


@pytest.mark.parametrize(
    "text",
    [
        "Huyện Thanh Liêm đổi mới\n\nSau 10 năm thực hiện, huyện đã huy động được 900 tỷ đồng "
        "xây dựng nông thôn mới.\n",
        "Huyện Thanh Liêm đổi mới\n\nTổng vốn huy động xây dựng nông thôn mới trong 10 năm qua "
        "đạt 900 tỷ đồng. Đến nay, huyện có 15/15 xã đạt chuẩn.\n",
    ],
)
def test_money_over_years_counted_back_in_an_undated_text_is_undated(
    make_document, text: str
) -> None:
    _, found = facts_of(make_document, text)
    money = of_kind(found, Funding)
    assert money
    assert all(f.period is None for f in money)


@pytest.mark.parametrize(
    ("sentence", "old", "new", "old_period"),
    [
        ("Tỷ lệ hộ nghèo của xã giảm từ 6,3% xuống còn 1,9%.", 6.3, 1.9, None),
        ("Tỷ lệ người dân tham gia bảo hiểm y tế tăng từ mức 72% lên 93%.", 72, 93, None),
        # a year written with the old value dates it, a year before the text's is one too
        ("Tỷ lệ hộ nghèo từ 14% năm 2016 giảm xuống 5%.", 14, 5, "2016"),
        ("Tỷ lệ hộ dùng nước sạch từ 61% năm trước lên 78%.", 61, 78, "2019"),
    ],
)
def test_the_old_value_of_a_change_with_no_year_has_no_period(
    make_document, sentence: str, old: float, new: float, old_period: str | None
) -> None:
    # the new value is the text's present; the old one of an earlier time it does not state
    _, facts = facts_of(
        make_document,
        f"Xã Tân Lập đạt chuẩn năm 2020\n\nNăm 2020, xã Tân Lập đạt chuẩn. {sentence}\n",
    )
    by_value = {f.value: f.period for f in of_kind(facts, Percentage)}
    assert by_value[old] == old_period
    assert by_value[new] == "2020"
