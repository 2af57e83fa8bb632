"""When a fact is, in the wordings of round G (FACTS.md, "When and where a fact is, decided"):
"N năm" of a programme the text names by its span, a bulletin dated only by its broadcast
line, a list item's date that does not date what stands above it, and a news text whose one
span is its money's. Every example is our own wording.
"""

from __future__ import annotations

import pytest
from readfacts import of_kind
from readfacts import report_and_facts as facts_of

from baocao.model import Coverage, Funding, Percentage
from baocao.nlp.metadata import read_metadata

# -- T1. "Trong N năm" counted from the programme's stated start ------------------------------


@pytest.mark.parametrize(
    ("opening", "years"),
    [
        (
            "Huyện Tân Lạc vừa tổng kết 10 năm thực hiện Chương trình xây dựng nông thôn mới "
            "giai đoạn 2010 - 2020 và đón Bằng công nhận huyện đạt chuẩn năm 2018.",
            "2010-2020",
        ),
        (
            "Thị xã Hòa Bình tổ chức sơ kết 5 năm thực hiện chương trình giai đoạn 2016-2020, "
            "nhân dịp được công nhận hoàn thành nhiệm vụ năm 2019.",
            "2016-2020",
        ),
    ],
)
def test_n_years_of_a_programme_named_by_its_span_start_where_it_starts(
    make_document, opening: str, years: str
) -> None:
    n = "10" if years.startswith("2010") else "5"
    text = (
        f"{opening}\n\nTrong {n} năm, tổng vốn huy động của huyện đạt 512,4 tỷ đồng, trong "
        "đó: ngân sách tỉnh: 40,2 tỷ đồng; vốn nhân dân đóng góp: 120,5 tỷ đồng.\n"
    )
    _, facts = facts_of(make_document, text)
    money = of_kind(facts, Funding)
    assert money
    assert {f.period for f in money} == {years}


def test_n_years_with_no_span_named_still_count_back(make_document) -> None:
    text = (
        "Báo cáo kết quả năm 2019 của huyện Kim Bôi.\n\n"
        "Sau 3 năm thực hiện, tổng vốn huy động đạt 85 tỷ đồng.\n"
    )
    _, facts = facts_of(make_document, text)
    assert {f.period for f in of_kind(facts, Funding)} == {"2017-2019"}


# -- T2. a bulletin dated only by its broadcast line --------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Audio thời sự 14-03-2022", "Thời sự 19h ngày 14/3/2022", "Bản tin ngày 14-03-2022"],
)
def test_a_broadcast_line_dates_the_bulletin(make_document, line: str) -> None:
    text = (
        "Long An: nông thôn mới về đích sớm\n\n"
        f"{line}\n"
        "Đến nay, toàn tỉnh có 140/161 xã đạt chuẩn nông thôn mới.\n"
    )
    meta = read_metadata(text)
    assert meta.date == "2022-03-14"
    assert meta.period == "2022"
    _, facts = facts_of(make_document, text)
    assert {f.period for f in of_kind(facts, Coverage)} == {"2022"}


# -- T3. a list item's date dates what follows it, not what stands above -----------------------


def test_an_items_date_does_not_date_the_entry_above_it(make_document) -> None:
    text = (
        "Tình hình xây dựng nông thôn mới\n\n"
        "Cả nước đã có 42,5% xã đạt chuẩn Tính đến nay, cả nước có 42,5% số xã đạt chuẩn "
        "nông thôn mới ...\n\n"
        "  • Kết quả của tỉnh đến 31/3/2017 - Bình quân đạt 13 tiêu chí/xã; 20/95 xã đạt "
        "chuẩn nông thôn mới.\n"
    )
    _, facts = facts_of(make_document, text)
    national = [f for f in of_kind(facts, Percentage) if "42,5" in f.quote]
    assert national
    assert {f.period for f in national} == {None}
    local = [f for f in of_kind(facts, Coverage) if f.units_met == 20]
    assert {f.period for f in local} == {"2017"}


# -- M3. a news text whose one span is its money's is on the span, its states at the end ---------


def test_a_news_texts_money_span_is_the_moneys_and_the_texts(make_document) -> None:
    text = (
        "Đến nay, huyện Lạc Sơn đã có 12 xã đạt chuẩn nông thôn mới.\n\n"
        "Giai đoạn 2016 – 2020, huyện đã huy động hơn 900 tỷ đồng để xây dựng nông thôn mới. "
        "Trong đó, ngân sách trung ương 120 tỷ đồng. Vốn doanh nghiệp đạt hơn 200 tỷ "
        "đồng.\n"
    )
    meta = read_metadata(text)
    assert meta.period == "2016-2020"  # a review's period is its span (README "Decisions")
    _, facts = facts_of(make_document, text)
    assert {f.period for f in of_kind(facts, Funding)} == {"2016-2020"}
    assert {f.period for f in of_kind(facts, Coverage)} == {"2020"}


@pytest.mark.parametrize(
    "lead",
    [
        "Kết quả giai đoạn năm 2016-2019 thực hiện Chương trình xây dựng nông thôn mới, ",
        "Kết quả thực hiện giai đoạn 2016 - 2019, ",
        "Kết quả đạt được trong giai đoạn 2016-2019, ",
    ],
)
def test_a_lead_on_a_spans_results_opens_on_the_span(make_document, lead: str) -> None:
    # "Kết quả giai đoạn …" before the span, as "Giai đoạn …" alone: the money and the
    # text are of the span, a state "đến nay" at its end
    text = (
        "Huy động gần 6.000 tỷ đồng xây dựng nông thôn mới\n\n"
        + lead
        + "tỉnh Đắk Lắk đã huy động gần 6.000 tỷ đồng.\n\n"
        "Đến nay, toàn tỉnh có 52/152 xã đạt chuẩn nông thôn mới.\n"
    )
    assert read_metadata(text).period == "2016-2019"
    _, facts = facts_of(make_document, text)
    assert {f.period for f in of_kind(facts, Funding)} == {"2016-2019"}
    assert {f.period for f in of_kind(facts, Coverage)} == {"2019"}


def test_a_reports_title_span_stays_its_period() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN LẠC SƠN\nSố: 15/BC-UBND\nLạc Sơn, ngày 10 tháng 12 năm 2020\n"
        "BÁO CÁO\nTổng kết Chương trình xây dựng nông thôn mới giai đoạn 2016-2020\n\n"
        "Giai đoạn 2016-2020, huyện đã huy động 900 tỷ đồng.\n"
    )
    assert read_metadata(text).period == "2016-2020"


# -- a lead opening on the years since the programme began: the money's span -----------------


@pytest.mark.parametrize(
    "lead",
    [
        "Từ năm 2011 đến nay, thị xã Kỳ Anh dồn sức xây dựng nông thôn mới.",
        "Sau 5 năm (2011-2015) thực hiện Chương trình, thị xã Kỳ Anh có nhiều đổi thay.",
    ],
)
def test_money_after_a_lead_from_the_programme_start_is_over_the_span(make_document, lead) -> None:
    # FACTS.md: funding is a flow, dated by the span it was raised over; the lead's span runs
    # to the text's present (2015), the counts of that present stay at its year
    text = (
        "Kỳ Anh vững bước trên chặng đường nông thôn mới\n"
        f"{lead} Thị xã đã huy động được 640 tỷ đồng. Năm 2015 có thêm 3 xã đạt chuẩn.\n"
    )
    _, facts = facts_of(make_document, text, name="tin.txt")
    assert {f.period for f in of_kind(facts, Funding)} == {"2011-2015"}
    assert {f.period for f in of_kind(facts, Coverage)} == {"2015"}
