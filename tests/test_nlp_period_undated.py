"""The present of a text that prints no year of its own, or prints one long after the last
year it states (FACTS.md, "When and where a fact is, decided"): the year between the last
completed year and a forecast two years on, the year a plan paragraph or a framing sentence
gives its undated "đến nay", and an article's printed year for its undated "Hiện …". Every
example is our own wording."""

from __future__ import annotations

from readfacts import report_and_facts as facts_of

from baocao.model import Coverage, Percentage
from baocao.nlp.metadata import read_metadata

# -- P1: the year after the last completed year, before a forecast two years on --------------

AFTER_LAST = (
    "Năm 2012, huyện chưa có xã nào đạt chuẩn. Đến hết năm 2017, toàn tỉnh có 30/90 xã đạt "
    "chuẩn nông thôn mới. Dự kiến năm 2019 toàn tỉnh đạt 45/90 xã.\n\n"
    "Đến nay toàn tỉnh có 40 xã đạt tiêu chí điện (chiếm tỷ lệ 44,4%), 52 xã đạt tiêu chí "
    "thủy lợi (chiếm tỷ lệ 57,8%).\n"
)


def test_an_undated_present_after_the_last_completed_year_is_the_year_after(
    make_document,
) -> None:
    assert read_metadata(AFTER_LAST).period == "2018"
    _, facts = facts_of(make_document, AFTER_LAST)
    power = next(f for f in facts if isinstance(f, Coverage) and f.units_met == 40)
    done = next(f for f in facts if isinstance(f, Coverage) and f.units_met == 30)
    assert (power.period, done.period) == ("2018", "2017")


def test_the_year_after_is_not_guessed_when_the_text_says_more() -> None:
    # "năm nay" may be either year; the year between written; no forecast two years on
    assert read_metadata(AFTER_LAST.replace("Đến nay", "Năm nay")).period != "2018"
    written = AFTER_LAST + "Năm 2018, tỉnh tập trung cho tiêu chí giao thông.\n"
    assert read_metadata(written).period == "2018"  # by the year itself
    three_on = AFTER_LAST.replace("Dự kiến năm 2019", "Dự kiến năm 2020")
    assert read_metadata(three_on).period == "2017"


# -- P2: a plan paragraph's year for its undated "đến nay" -----------------------------------


def test_a_plan_paragraph_gives_its_year_to_an_undated_present() -> None:
    text = (
        "Hiện huyện Mường Chà mới có 1/11 xã đạt chuẩn nông thôn mới, đạt chuẩn từ cuối năm "
        "2016.\n\n"
        "Theo kế hoạch năm 2017, huyện phấn đấu có thêm 4 xã đạt chuẩn gồm xã Sa Lông, xã Huổi "
        "Lèng, xã Pa Ham và xã Na Sang. Đến nay, cả 4 xã đều chưa đạt 19 tiêu chí.\n"
    )
    assert read_metadata(text).period == "2017"


# -- P3: a framing sentence's year ------------------------------------------------------------


def test_a_year_framed_as_the_texts_own_dates_its_undated_present(make_document) -> None:
    text = (
        "Năm 2018 là năm thứ 8 huyện Lạc Dương thực hiện Chương trình xây dựng nông thôn mới. "
        "Tính đến nay, toàn huyện có 4/6 xã đạt chuẩn nông thôn mới, trong đó 2 xã đạt chuẩn "
        "vào cuối năm 2017.\n"
    )
    assert read_metadata(text).period == "2018"
    marked = text.replace("là năm thứ 8", ", đánh dấu 8 năm")
    assert read_metadata(marked).period == "2018"


# -- P4: a comparison base and a goal two years on --------------------------------------------


def test_the_year_between_a_base_and_a_goal_two_years_on() -> None:
    text = (
        "Ngày 12-8, xã Tân Tiến đón nhận bằng công nhận đạt chuẩn nông thôn mới nâng cao.\n\n"
        "Thu nhập bình quân đầu người của xã đạt 52 triệu đồng/năm, tăng 6 triệu đồng so với "
        "năm 2021. Xã phấn đấu đạt chuẩn nông thôn mới kiểu mẫu vào cuối năm 2023.\n"
    )
    assert read_metadata(text).period == "2022"


# -- P5: "Hiện …" in an article printed two years after a sibling's dated state ---------------

PRINTED_LATER = (
    "15/03/2023 09:10\n"
    "Hai huyện Tân Hưng và Vĩnh Hưng đạt chuẩn nông thôn mới\n"
    "Hiện thu nhập bình quân đầu người của huyện Tân Hưng đạt 70 triệu đồng/người/năm. "
    "Tính đến cuối năm 2021, thu nhập bình quân của huyện Vĩnh Hưng đạt 55 triệu "
    "đồng/người/năm.\n"
)


def test_an_undated_present_in_an_article_printed_later_is_its_year(make_document) -> None:
    raw = read_metadata(PRINTED_LATER)
    assert (raw.date, raw.period) == ("2023-03-15", "2023")
    _, facts = facts_of(make_document, PRINTED_LATER)
    income = {f.value: f.period for f in facts if isinstance(f, Percentage)}
    assert (income.get(70.0), income.get(55.0)) == ("2023", "2021")


def test_a_clock_years_later_is_still_no_date_without_an_undated_present() -> None:
    # a weekday banner is the site's clock; a bare "dd/mm/yyyy hh:mm" first line is the
    # article's own stamp (test_nlp_metadata), so the clock here wears its weekday
    dated_only = PRINTED_LATER.replace("Hiện thu nhập", "Thu nhập").replace(
        "15/03/2023 09:10", "Thứ tư, 15/03/2023 09:10"
    )
    assert read_metadata(dated_only).date is None


def test_a_recognition_year_before_an_undated_present_printed_later(make_document) -> None:
    text = (
        "05/04/2023 08:00\n"
        "Công bố huyện Tân Phước đạt chuẩn nông thôn mới\n"
        "UBND tỉnh công bố quyết định công nhận huyện Tân Phước đạt chuẩn nông thôn mới năm "
        "2021.\n\n"
        "Đến nay, huyện Tân Phước có 12/12 xã đạt chuẩn nông thôn mới.\n"
    )
    raw = read_metadata(text)
    assert (raw.date, raw.period) == ("2023-04-05", "2023")
    _, facts = facts_of(make_document, text)
    assert [f.period for f in facts if isinstance(f, Coverage) and f.units_met == 12] == ["2023"]


# -- P9: a plan's horizon, a vision or a party term dates nothing ------------------------------


def test_a_plans_horizon_and_vision_are_no_step_of_the_timeline() -> None:
    text = (
        "Năm 2018, tỉnh Ninh Bình có 20 xã được công nhận đạt chuẩn. Năm 2019, có thêm 9 xã.\n"
        "Đến nay, toàn tỉnh có 95 xã đạt chuẩn nông thôn mới.\n"
        "Các huyện đã lập quy hoạch vùng huyện đến năm 2035, tầm nhìn đến năm 2045.\n"
        "Đến tháng 8/2019, đã hoàn thành quy hoạch cho 4 huyện.\n"
    )
    assert read_metadata(text).period == "2019"


def test_a_party_term_is_no_period_of_the_text() -> None:
    text = (
        "Kế thừa kết quả của các nhiệm kỳ trước, nhiệm kỳ 2015 - 2020 tỉnh Hưng Yên tiếp tục "
        "xây dựng nông thôn mới. Toàn tỉnh đã huy động trên 9.200 tỷ đồng, trong đó nhân dân "
        "đóng góp 1.150 tỷ đồng.\n"
    )
    assert read_metadata(text).period is None


# -- P10: a lead opening on where the story started is history --------------------------------


def test_a_leads_event_date_is_history_when_a_later_year_is_stated_done(make_document) -> None:
    text = (
        "Ngày 15/3/2011, 40 xã của tỉnh Hậu Giang cùng bắt đầu triển khai xây dựng nông thôn "
        "mới. Khi ấy, bình quân mỗi xã chỉ đạt 4,1 tiêu chí. Sau 5 năm (năm 2016), bình quân "
        "mỗi xã đạt 13,2 tiêu chí và có 12 xã được công nhận đạt chuẩn nông thôn mới.\n"
        "Đến nay, 35/40 xã đã có đường ô tô về đến trung tâm xã.\n"
    )
    assert read_metadata(text).period == "2016"
    _, facts = facts_of(make_document, text)
    roads = next(f for f in facts if isinstance(f, Coverage) and f.units_met == 35)
    assert roads.period == "2016"


def test_a_leads_event_date_dates_a_text_stating_no_later_year() -> None:
    text = (
        "Sáng 20/10/2021, UBND huyện Gò Quao tổ chức hội nghị sơ kết xây dựng nông thôn mới. "
        "Đến nay, huyện có 9/10 xã đạt chuẩn; dự kiến năm 2022 có thêm 1 xã.\n"
    )
    assert read_metadata(text).period == "2021"
