"""When a fact is, in the wordings unseen texts dated wrong (round 8; FACTS.md, "When and where
a fact is, decided"): goals a plan sets with no year of their own, reviews of both programme
phases, a publication year that is not the data's, dates written in other shapes, comparison
bases, and titles that state their period in words. Every example is our own wording.
"""

from __future__ import annotations

import pytest
from readfacts import of_kind
from readfacts import report_and_facts as facts_of

from baocao.model import Coverage, CriteriaCount, Funding, Percentage
from baocao.nlp.metadata import read_metadata
from baocao.vocab.periods import parse_period, rest_of_phase


def header(unit: str, place: str, date: str, title: str, *, number: str = "12/BC-UBND") -> str:
    day, month, year = date.split("/")
    return (
        f"ỦY BAN NHÂN DÂN\n{unit.upper()}\nSố: {number}\n"
        f"{place}, ngày {day} tháng {month} năm {year}\nBÁO CÁO\n{title}\n\n"
    )


# -- 1. goals a plan sets with no year beside them ---------------------------------------------


@pytest.mark.parametrize(
    ("title", "date", "goal_period"),
    [
        # the plan the title names after its review
        ("Kết quả xây dựng nông thôn mới năm 2022 và kế hoạch năm 2023", "12/12/2022", "2023"),
        ("Tình hình thực hiện năm 2020; phương hướng, nhiệm vụ năm 2021", "20/12/2020", "2021"),
        # no plan named: the year after the year reviewed
        ("Kết quả xây dựng nông thôn mới năm 2021", "28/12/2021", "2022"),
    ],
)
def test_a_goal_with_no_year_is_for_the_plan_not_the_year_reviewed(
    make_document, title: str, date: str, goal_period: str
) -> None:
    text = header("Huyện Yên Khánh", "Yên Khánh", date, title) + (
        "I. KẾT QUẢ\nToàn huyện có 14/18 xã đạt chuẩn nông thôn mới.\n\n"
        "II. NHIỆM VỤ, GIẢI PHÁP\nPhấn đấu có thêm 2 xã đạt chuẩn nông thôn mới.\n"
    )
    _, facts = facts_of(make_document, text)
    done = next(f for f in of_kind(facts, Coverage) if f.units_met == 14)
    goal = next(f for f in of_kind(facts, Coverage) if f.units_met == 2)
    assert (done.target, goal.target) == (False, True)
    assert done.period == title.split("năm ")[1][:4]
    assert goal.period == goal_period


@pytest.mark.parametrize(
    "review",
    [
        "Mục tiêu năm đề ra có 4 xã đạt chuẩn nông thôn mới.",
        "Theo kế hoạch, huyện phấn đấu có 4 xã đạt chuẩn nông thôn mới.",
    ],
)
def test_a_goal_the_review_measures_against_is_of_the_year_reviewed(
    make_document, review: str
) -> None:
    text = header("Huyện Anh Sơn", "Anh Sơn", "18/12/2023", "Kết quả năm 2023") + (
        f"I. KẾT QUẢ THỰC HIỆN\n{review}\n\n"
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ\nPhấn đấu có thêm 2 xã đạt chuẩn nông thôn mới.\n"
    )
    _, facts = facts_of(make_document, text)
    periods = {f.units_met: (f.period, f.target) for f in of_kind(facts, Coverage)}
    assert periods == {4: ("2023", True), 2: ("2024", True)}


def test_a_plans_goals_are_of_its_span_and_its_review_of_the_span_before(make_document) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 40/KH-UBND\nNinh Thuận, ngày 8 tháng 4 năm "
        "2021\nKẾ HOẠCH\nXây dựng nông thôn mới giai đoạn 2021 - 2025\n\n"
        "I. ĐÁNH GIÁ GIAI ĐOẠN 2016-2020\nĐến cuối năm 2020, toàn tỉnh có 25/47 xã đạt chuẩn.\n\n"
        "II. MỤC TIÊU\nPhấn đấu có thêm 12 xã đạt chuẩn nông thôn mới.\n"
        "Huy động khoảng 900 tỷ đồng cho Chương trình.\n"
    )
    raw = read_metadata(text)
    assert (raw.period, raw.plan_period) == ("2016-2020", "2021-2025")
    _, facts = facts_of(make_document, text)
    periods = {f.units_met: (f.period, f.target) for f in of_kind(facts, Coverage)}
    assert periods == {25: ("2020", False), 12: ("2025", True)}
    money = of_kind(facts, Funding)
    assert [(f.period, f.flow) for f in money] == [("2021-2025", "planned")]


@pytest.mark.parametrize(
    ("top", "goal_period"),
    [
        # printed after the year it reviews: its goals are the next year's
        ("Thứ Sáu, 17/02/2023\nHuyện Đồng Hỷ thêm 3 xã về đích\n\n", "2023"),
        # printed within that year: its goals are that year's
        ("Thứ Sáu, 17/06/2022\nHuyện Đồng Hỷ thêm 3 xã về đích\n\n", "2022"),
    ],
)
def test_a_news_goal_with_no_year_is_for_the_year_after_the_data_once_printed_later(
    make_document, top: str, goal_period: str
) -> None:
    text = top + (
        "Năm 2022, huyện Đồng Hỷ có thêm 3 xã đạt chuẩn nông thôn mới. Huyện phấn đấu có "
        "thêm 2 xã đạt chuẩn nông thôn mới nâng cao.\n"
    )
    _, facts = facts_of(make_document, text)
    periods = {f.units_met: (f.period, f.target) for f in of_kind(facts, Coverage)}
    assert periods == {3: ("2022", False), 2: (goal_period, True)}


@pytest.mark.parametrize(
    ("date", "goal_period"),
    [
        # written in January about the year before: the end of the year it is written in
        ("08/01/2024", "2024"),
        # written in December about that year: its own end
        ("12/12/2023", "2023"),
    ],
)
def test_a_goal_by_the_end_of_the_year_is_the_end_of_the_year_written_in(
    make_document, date: str, goal_period: str
) -> None:
    text = header("Huyện Đô Lương", "Đô Lương", date, "Kết quả năm 2023") + (
        "Đến cuối năm, toàn huyện có 30/32 xã đạt chuẩn. Huyện phấn đấu đến hết năm có thêm "
        "2 xã đạt chuẩn nâng cao.\n"
    )
    _, facts = facts_of(make_document, text)
    periods = {f.units_met: (f.period, f.target) for f in of_kind(facts, Coverage)}
    assert periods == {30: ("2023", False), 2: (goal_period, True)}


@pytest.mark.parametrize(
    ("period", "date", "title", "plan"),
    [
        ("2021-H1", "20/06/2021", "Kết quả xây dựng nông thôn mới 6 tháng đầu năm 2021", "2021-H2"),
        ("2016-2020", "10/08/2020", "Tổng kết 5 năm xây dựng nông thôn mới 2016-2020", "2021-2025"),
        ("2021-2023", "10/11/2023", "Sơ kết 3 năm xây dựng nông thôn mới 2021-2023", "2024-2025"),
        (
            "2021-H1",
            "20/06/2021",
            "Kết quả 6 tháng đầu năm 2021, nhiệm vụ 6 tháng cuối năm 2021",
            "2021-H2",
        ),
    ],
)
def test_what_a_report_plans_comes_after_what_it_reviews(
    period: str, date: str, title: str, plan: str
) -> None:
    raw = read_metadata(header("Xã Tân Lập", "Tân Lập", date, title))
    assert (raw.period, raw.plan_period) == (period, plan)


@pytest.mark.parametrize(("date", "plan"), [("15/12/2022", "2023"), ("25/09/2022", "2022")])
def test_a_plan_carried_out_is_no_plan_ahead(date: str, plan: str) -> None:
    # a year's report written before its last quarter plans the rest of that year
    title = "Kết quả thực hiện kế hoạch xây dựng nông thôn mới năm 2022"
    raw = read_metadata(header("Xã Tân Lập", "Tân Lập", date, title))
    assert (raw.period, raw.plan_period) == ("2022", plan)


def test_the_rest_of_the_programmes_phase() -> None:
    assert rest_of_phase(2015) == "2016-2020"
    assert rest_of_phase(2020) == "2021-2025"
    assert rest_of_phase(2023) == "2024-2025"
    assert rest_of_phase(2024) == "2025"


# -- 2. a review of both phases: each figure its own phase -------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Giai đoạn 2011-2020, toàn huyện có 16/16 xã đạt chuẩn, trong đó 6 xã đạt chuẩn ở giai "
        "đoạn 2011-2015 và 10 xã ở giai đoạn 2016-2020.",
        "Trong 10 năm (2011 - 2020), cả huyện có 16/16 xã về đích, trong đó 6 xã về đích trong "
        "giai đoạn 2011-2015.",
    ],
)
def test_a_figure_whose_predicate_names_its_phase_takes_it(make_document, body: str) -> None:
    _, facts = facts_of(make_document, f"Huyện Vũ Thư sau 10 năm\n\n{body}\n")
    periods = {f.units_met: f.period for f in of_kind(facts, Coverage)}
    assert periods[16] in ("2011-2020", "2020")
    assert periods[6] == "2011-2015"


@pytest.mark.parametrize(
    "body",
    [
        "Tổng vốn huy động đạt 2.400 tỷ đồng, riêng giai đoạn 2016-2020 là 1.500 tỷ đồng.",
        "Giai đoạn 2011-2020, tổng vốn huy động là 2.400 tỷ đồng, trong đó giai đoạn 2011-2015 "
        "huy động 900 tỷ đồng, giai đoạn 2016-2020 huy động 1.500 tỷ đồng.",
    ],
)
def test_a_total_is_not_of_the_phase_its_next_clause_opens_with(make_document, body: str) -> None:
    text = f"Huyện Kiến Xương qua hai giai đoạn\n\nGiai đoạn 2011-2020 khép lại.\n{body}\n"
    _, facts = facts_of(make_document, text)
    periods = {f.amount_vnd // 10**9: f.period for f in of_kind(facts, Funding)}
    assert periods[2400] == "2011-2020"
    assert periods[1500] == "2016-2020"


@pytest.mark.parametrize(
    ("body", "period"),
    [
        # one span the text opens with, not its second phase named later
        (
            "Giai đoạn 2011-2020, toàn huyện có 16/16 xã đạt chuẩn, trong đó 10 xã đạt chuẩn ở "
            "giai đoạn 2016-2020.",
            "2011-2020",
        ),
        # the phases a sentence or a text goes through one after the other
        (
            "Sau 10 năm, toàn huyện có 16/16 xã đạt chuẩn; trong giai đoạn 2011-2015 có 6 xã và "
            "giai đoạn 2016-2020 có 10 xã đạt chuẩn.",
            "2011-2020",
        ),
        # the phases in brackets after a whole are its parts, not the text's present
        (
            "Kết quả sau 10 năm thực hiện (2011-2020): tổng vốn 2.400 tỷ đồng (giai đoạn "
            "2011-2015: 900 tỷ đồng; giai đoạn 2016-2020: 1.500 tỷ đồng); đến nay 16/16 xã "
            "đạt chuẩn.",
            "2011-2020",
        ),
    ],
)
def test_a_text_reviewing_both_phases_is_on_both(body: str, period: str) -> None:
    assert read_metadata(f"Huyện Vũ Thư sau 10 năm\n\n{body}\n").period == period


# -- 3. the year printed is not the data's year ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Huyện Nam Sách bước sang năm 2023 đầy tự tin\n\nTính đến hết năm 2022, toàn huyện có "
        "13/13 xã đạt chuẩn nông thôn mới. Thu nhập bình quân đạt 62 triệu đồng/người/năm.\n",
        "Năm 2024: nông thôn mới Thanh Miện thêm động lực\nThứ Hai, 08/01/2024\n\nTrong năm "
        "2023, huyện có thêm 2 xã đạt chuẩn nâng cao. Hiện toàn huyện có 16/16 xã đạt chuẩn "
        "nông thôn mới.\n",
    ],
)
def test_a_headlines_new_year_is_the_occasion_not_the_data(make_document, text: str) -> None:
    data = "2022" if "2022" in text else "2023"
    assert read_metadata(text).period == data
    _, facts = facts_of(make_document, text)
    assert {f.period for f in facts} == {data}


@pytest.mark.parametrize(
    ("printed", "period"),
    [
        # printed early in the next year: the undated present is still the year's data
        ("Thứ Năm, 09/03/2023", "2022"),
        ("Thứ Hai, 03/04/2023", "2022"),
        # printed late in the next year: its present is its own
        ("Thứ Năm, 19/10/2023", "2023"),
    ],
)
def test_an_undated_present_after_last_years_figures_is_of_the_year_printed_late(
    make_document, printed: str, period: str
) -> None:
    text = (
        f"{printed}\nTỉnh Hải Dương đi đầu\n\nNăm 2022, tỉnh có thêm 20 xã đạt chuẩn nâng cao. "
        "Đến nay, toàn tỉnh có 100 xã đạt chuẩn nông thôn mới nâng cao.\n"
    )
    assert read_metadata(text).period == period
    _, facts = facts_of(make_document, text)
    periods = {f.units_met: f.period for f in of_kind(facts, Coverage)}
    assert periods == {20: "2022", 100: period}


def test_this_year_so_far_is_the_year_printed() -> None:
    text = (
        "Thứ Ba, 16/05/2023\nTỉnh Hải Dương\n\nNăm 2022, tỉnh có thêm 20 xã đạt chuẩn nâng "
        "cao. Từ đầu năm đến nay, tỉnh huy động 250 tỷ đồng.\n"
    )
    assert read_metadata(text).period == "2023"


# -- 4. dates written in other shapes -----------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("năm 2O21", "2021"),
        ("năm 202l", "2021"),
        ("giai đoạn 2O16-202O", "2016-2020"),
        ("tháng 6/2O22", "2022-M06"),
        ("quý III/2O21", "2021-Q3"),
        ("tại thời điểm 31/12/2021", "2021-M12"),
        ("tính đến ngày 31 tháng 12 năm 2022", "2022-M12"),
        ("đến hết ngày 30 tháng 6 năm 2O23", "2023-M06"),
        ("Vào thời điểm ngày 30/6/2022", "2022-M06"),
        ("trong 6 tháng cuối năm 2022", "2022-H2"),
        ("niên vụ 2021-2022", "2021-2022"),
        ("phấn đấu đến cuối năm đạt 19/19", "2023"),
        ("tới hết năm, xã có", "2023"),
        ("đến cuối năm 2022", "2022"),
        ("đến cuối năm nay", "2023"),
    ],
)
def test_dates_in_other_shapes(written: str, period: str) -> None:
    assert parse_period(written, now=2023) == period


@pytest.mark.parametrize("written", ["đến cuối năm học", "đến hết năm tài chính", "cuối năm đó"])
def test_the_end_of_another_year_is_no_end_of_the_present(written: str) -> None:
    assert parse_period(written, now=2023) is None


@pytest.mark.parametrize("written", ["mã 2O21A", "số 20lO", "Lô B2O21"])
def test_letters_in_a_code_are_no_year(written: str) -> None:
    assert parse_period(written) is None


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        # the end of June in a text on no half: the year's (spanJ)
        ("Đến cuối quý II/2022, toàn huyện có 10/25 xã đạt chuẩn.", "2022"),
        ("Tính đến hết quý III/2021, toàn huyện có 8/14 xã đạt chuẩn.", "2021-M01-09"),
        ("Tại thời điểm 31/12/2021, toàn huyện có 20/28 xã đạt chuẩn.", "2021"),
        ("Năm 2O21, toàn huyện có 40/43 xã đạt chuẩn.", "2021"),
        ("Tính đến ngày 31 tháng 12 năm 2022, toàn huyện có 15/19 xã đạt chuẩn.", "2022"),
    ],
)
def test_a_state_at_a_quarters_end_or_a_day_dates_the_text(sentence: str, period: str) -> None:
    assert read_metadata(f"Huyện Lạng Giang\n\n{sentence}\n").period == period


def test_an_ocr_year_dates_the_facts_it_heads(make_document) -> None:
    text = "Xã Yên Phong về đích\n\nNăm 202l, xã huy động được 15 tỷ đồng, đạt 19/19 tiêu chí.\n"
    _, facts = facts_of(make_document, text)
    assert {f.period for f in facts} == {"2021"}


# -- 5. a comparison base does not move the fact -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Toàn huyện có 30/37 xã đạt chuẩn, tăng 5 xã so với đầu năm; thu nhập bình quân đạt "
        "40 triệu đồng/người/năm, tăng 3 triệu đồng so với cùng kỳ năm trước.",
        "So với năm 2019, toàn huyện có thêm 6 xã, nâng tổng số lên 30/37 xã đạt chuẩn; thu "
        "nhập bình quân đạt 40 triệu đồng/người/năm, gấp 2 lần năm 2015.",
    ],
)
def test_a_base_compared_with_leaves_the_fact_in_the_reports_year(
    make_document, sentence: str
) -> None:
    text = header("Huyện Anh Sơn", "Anh Sơn", "18/12/2021", "Kết quả năm 2021") + sentence + "\n"
    _, facts = facts_of(make_document, text)
    assert {f.period for f in facts if isinstance(f, Coverage | Percentage)} == {"2021"}


# -- 6. titles that state their period in words -------------------------------------------------


@pytest.mark.parametrize(
    ("title", "date", "period"),
    [
        ("Sơ kết 3 năm thực hiện Chương trình xây dựng nông thôn mới", "12/06/2024", "2021-2023"),
        (
            "Tổng kết 10 năm thực hiện Chương trình xây dựng nông thôn mới",
            "15/09/2020",
            "2011-2020",
        ),
        (
            "Sơ kết 3 năm thực hiện Chương trình MTQG xây dựng nông thôn mới giai đoạn 2021-2025",
            "20/11/2023",
            "2021-2023",
        ),
        ("Kết quả 5 năm 2016-2020 xây dựng nông thôn mới", "10/08/2020", "2016-2020"),
        (
            "Kết quả thực hiện Chương trình MTQG xây dựng nông thôn mới giai đoạn 2021-2025 năm "
            "2023",
            "20/12/2023",
            "2023",
        ),
        (
            "Kết quả thực hiện Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020-2025",
            "05/06/2025",
            "2020-2025",
        ),
        (
            "Của Ban Chấp hành trình Đại hội Đảng bộ xã, nhiệm kỳ 2025-2030",
            "05/06/2025",
            "2020-2025",
        ),
        # a span not over when written: the years gone so far
        ("Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết nhiệm kỳ 2020-2025", "10/06/2022", "2020-2022"),
        ("Kết quả thực hiện Chương trình MTQG giai đoạn 2021-2025", "22/12/2023", "2021-2023"),
        # a plan's span is the plan's
        ("Kế hoạch xây dựng nông thôn mới giai đoạn 2021-2025", "22/03/2021", "2021-2025"),
    ],
)
def test_a_title_stating_its_period_in_words(title: str, date: str, period: str) -> None:
    assert read_metadata(header("Huyện Quế Phong", "Quế Phong", date, title)).period == period


@pytest.mark.parametrize(
    "top",
    [
        "Huyện Cao Phong sau 3 năm thực hiện Chương trình giai đoạn 2021-2025\n"
        "Thứ Sáu, 12/01/2024\n\n",
        "Thứ Sáu, 12/01/2024\nCao Phong: 3 năm xây dựng nông thôn mới giai đoạn 2021 - 2025\n\n",
    ],
)
def test_a_headline_counting_years_of_a_phase(make_document, top: str) -> None:
    text = top + "Sau 3 năm, toàn huyện có 9/10 xã đạt chuẩn, tổng vốn huy động đạt 500 tỷ đồng.\n"
    assert read_metadata(text).period == "2021-2023"
    _, facts = facts_of(make_document, text)
    assert [f.period for f in of_kind(facts, Coverage)] == ["2023"]
    assert [f.period for f in of_kind(facts, Funding)] == ["2021-2023"]


def test_facts_of_a_review_of_years_counted_in_its_title(make_document) -> None:
    title = "Sơ kết 3 năm thực hiện Chương trình xây dựng nông thôn mới"
    text = header("Huyện Quế Phong", "Quế Phong", "12/06/2024", title) + (
        "Đến nay, toàn huyện có 9/12 xã đạt chuẩn. Tổng vốn huy động là 640 tỷ đồng.\n"
    )
    report, facts = facts_of(make_document, text)
    assert report.period == "2021-2023"
    assert [f.period for f in of_kind(facts, Coverage)] == ["2023"]
    assert [f.period for f in of_kind(facts, Funding)] == ["2021-2023"]


def test_a_state_in_a_plan_written_inside_its_span_is_of_the_year_written(make_document) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN QUẾ PHONG\nSố: 9/KH-UBND\nQuế Phong, ngày 3 tháng 3 năm 2022\n"
        "KẾ HOẠCH\nXây dựng nông thôn mới giai đoạn 2022-2025\n\n"
        "Hiện nay, toàn huyện có 3/12 xã đạt 19/19 tiêu chí.\n"
    )
    _, facts = facts_of(make_document, text)
    assert {f.period for f in facts if isinstance(f, Coverage | CriteriaCount)} == {"2022"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thu nhập bình quân đầu người đạt 48 triệu đồng/người/năm, gấp đôi năm 2014 "
            "(24 triệu đồng).",
            {"48": "2022", "24": "2014"},
        ),
        (
            "Thu nhập bình quân năm 2022 đạt 51 triệu đồng/người, tăng gấp 3 lần so với năm "
            "2013 (17 triệu đồng).",
            {"51": "2022", "17": "2013"},
        ),
        (
            "Đến nay, tỷ lệ hộ nghèo còn 1,9%, giảm mạnh so với năm 2016 (11,3%).",
            {"1,9": "2022", "11,3": "2016"},
        ),
    ],
)
def test_a_value_in_brackets_after_a_base_year_is_of_that_year(
    make_document, text: str, expected: dict[str, str]
) -> None:
    header = (
        "UBND HUYỆN TÂN YÊN\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2022\n"
        "Tân Yên, ngày 15 tháng 12 năm 2022\n\n"
    )
    _, facts = facts_of(make_document, header + text + "\n")
    found = {f"{f.value:g}".replace(".", ","): f.period for f in facts if isinstance(f, Percentage)}
    assert found == expected


# -- 9. a year bound to one item of a ";"-list, a standard's phase, years of a half -----------


def _periods_by_figure(make_document, text: str) -> dict[str, str | None]:
    _, facts = facts_of(make_document, text, name="tin.txt")
    return {f.quote: f.period for f in facts}


def test_a_year_bound_to_one_items_measure_dates_that_item_only(make_document) -> None:
    text = header(
        "UBND xã Mỹ Hòa", "Mỹ Hòa", "05/09/2023", "Kết quả xây dựng nông thôn mới năm 2023"
    ) + (
        "Qua 4 năm xây dựng, xã có 9/9 ấp có nhà văn hóa; tỷ lệ hộ nghèo năm 2022 chỉ còn "
        "1,2%; 98% hộ dùng nước sạch...Nhờ đó, Mỹ Hòa là xã thứ 8/15 của huyện Tân Hòa đạt "
        "chuẩn nông thôn mới nâng cao.\n"
    )
    _, facts = facts_of(make_document, text)
    found = {f.quote: f.period for f in facts}
    assert found["1,2%"] == "2022"
    assert found["98%"] == "2023"
    assert [p for q, p in found.items() if q.startswith("xã thứ 8/15")] == ["2023"]


@pytest.mark.parametrize(
    "opening",
    [
        # a time opening its item goes on in the items after it
        "Năm 2022, tỷ lệ hộ nghèo chỉ còn 1,2%",
        "Tính đến cuối năm 2022, tỷ lệ hộ nghèo chỉ còn 1,2%",
        # a total broken down by the items after it
        "Tổng nguồn vốn năm 2022 là 20 tỷ đồng, trong đó: hộ nghèo chỉ còn 1,2%",
    ],
)
def test_a_year_opening_its_item_dates_the_items_after_it(make_document, opening: str) -> None:
    text = (
        f"Xã Mỹ Hòa đón bằng công nhận\n\n05/09/2023 - 09:10\n\n{opening}; 98% hộ dùng nước sạch.\n"
    )
    assert _periods_by_figure(make_document, text)["98%"] == "2022"


@pytest.mark.parametrize(
    "standard",
    [
        "theo chuẩn nghèo đa chiều áp dụng cho giai đoạn 2022-2025",
        "theo Bộ tiêu chí quốc gia giai đoạn 2021-2025",
    ],
)
def test_the_phase_a_standard_is_valid_for_dates_nothing(make_document, standard: str) -> None:
    text = (
        "Tỉnh Hòa Lạc giảm nghèo\n\n12/10/2023 - 14:00\n\n"
        f"Đến hết tháng 9/2023, toàn tỉnh còn 9.210 hộ nghèo, chiếm 2,14% {standard}; "
        "giảm 40 hộ nghèo (0,03%) so với đầu năm.\n"
    )
    assert _periods_by_figure(make_document, text)["40 hộ nghèo (0,03%)"] == "2023"


@pytest.mark.parametrize("years", ["Qua 5 năm thực hiện chương trình", "Sau hơn 5 năm"])
def test_years_counted_in_a_text_on_a_half_are_whole_years_of_the_programme(
    make_document, years: str
) -> None:
    text = (
        "Tỉnh Hòa Lạc: 20 xã về đích\n\n"
        "Tính đến hết tháng 6-2016, toàn tỉnh Hòa Lạc đã có 20 xã đạt chuẩn nông thôn mới. "
        f"{years}, tỉnh đã huy động khoảng 6.500 tỷ đồng để xây dựng nông thôn mới.\n"
    )
    report, facts = facts_of(make_document, text, name="tin.txt")
    assert report.period == "2016-H1"
    assert [f.period for f in of_kind(facts, Funding)] == ["2011-2015"]
