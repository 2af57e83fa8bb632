"""When a fact and a text are, in wordings the sealed set (opened 2026-12-07) dated wrong
(FACTS.md, "When and where a fact is, decided"): the start of a span that runs to now, a
flow counted over years from a baseline, a lead's span whose to-date facts are at its end,
a headline's month of state, a national section in a province's article. Every example is
our own wording.
"""

from __future__ import annotations

import pytest
from readfacts import NEWS, of_kind
from readfacts import report_and_facts as facts_of

from baocao.model import Coverage, Funding

# -- 1. the start of a span that runs to now dates nothing ---------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Kể từ khi đăng ký xây dựng huyện nông thôn mới năm 2018, đến nay, huyện Mỏ Cày có "
        "12/15 xã đạt chuẩn nông thôn mới.",
        "Từ lúc huyện đăng ký về đích năm 2017, tới nay huyện Mỏ Cày đã có 12/15 xã được công "
        "nhận đạt chuẩn nông thôn mới.",
        "Từ sau khi được chọn làm huyện điểm năm 2016 đến nay, huyện Mỏ Cày đã có 12/15 xã "
        "đạt chuẩn nông thôn mới.",
    ],
)
def test_the_start_of_a_span_to_now_dates_neither_the_text_nor_its_facts(
    make_document, lead: str
) -> None:
    text = (
        "Huyện Mỏ Cày về đích nông thôn mới\n\n"
        + lead
        + "\n\nTừ đầu năm đến nay, huyện đã huy động hơn 120 tỷ đồng xây dựng nông thôn mới.\n"
    )
    report, facts = facts_of(make_document, text, name=NEWS)
    assert report.period is None
    coverage = next(f for f in of_kind(facts, Coverage) if f.units_met == 12)
    money = next(iter(of_kind(facts, Funding)))
    assert (coverage.period, money.period) == (None, None)


# -- 2. money spent "qua N năm" opening a clause is a flow over those years ----------------------


@pytest.mark.parametrize(
    ("opening", "years"),
    [
        (
            "Năm 2010, cả huyện mới có 1 xã đạt chuẩn. Đến năm 2015, huyện có 9 xã đạt chuẩn "
            "nông thôn mới. Qua 5 năm, huyện đã làm mới 300 km đường giao thông, tổng kinh phí "
            "hơn 500 tỷ đồng.",
            "2011-2015",
        ),
        (
            "Tính đến cuối năm 2019, huyện có 9 xã đạt chuẩn nông thôn mới. Trải qua 4 năm, "
            "huyện đã huy động được 1.200 tỷ đồng cho chương trình.",
            "2016-2019",
        ),
    ],
)
def test_money_of_the_years_counted_back_by_a_clause_is_over_those_years(
    make_document, opening: str, years: str
) -> None:
    text = "Huyện Thới Bình đổi thay nhờ nông thôn mới\n\n" + opening + "\n"
    report, facts = facts_of(make_document, text, name=NEWS)
    money = next(iter(of_kind(facts, Funding)))
    assert money.period == years
    state = next(f for f in of_kind(facts, Coverage) if f.units_met == 9)
    assert state.period == years[-4:]


# -- 3. money over a phase so far, then "đến nay": the text is at the span's end ----------------


@pytest.mark.parametrize(
    "lead",
    [
        "Theo Sở Nông nghiệp, trong giai đoạn 2021 - 2024, tổng vốn huy động cho Chương trình "
        "trên địa bàn tỉnh là 2.400 tỷ đồng. Trong đó, vốn Trung ương là 900 tỷ đồng; vốn ngân "
        "sách địa phương là 1.500 tỷ đồng.",
        "Giai đoạn 2021-2024, tỉnh đã huy động được 2.400 tỷ đồng. Trong đó, vốn Trung ương "
        "900 tỷ đồng; vốn ngân sách địa phương 1.500 tỷ đồng.",
    ],
)
def test_money_over_a_phase_so_far_puts_the_present_at_the_spans_end(
    make_document, lead: str
) -> None:
    text = (
        "Tỉnh Đắk Nông huy động hơn 2.400 tỷ đồng xây dựng nông thôn mới\n\n"
        + lead
        + " Đến nay, toàn tỉnh Đắk Nông có 40/60 xã đạt chuẩn nông thôn mới. Trong đó, "
        "giai đoạn 2011 - 2015 có 10 xã; giai đoạn 2016 - 2020 có 24 xã; năm 2022 có 6 xã.\n"
    )
    report, facts = facts_of(make_document, text, name=NEWS)
    assert report.period == "2024"
    assert {f.period for f in of_kind(facts, Funding)} == {"2021-2024"}
    whole = next(f for f in of_kind(facts, Coverage) if f.units_met == 40)
    assert whole.period == "2024"


def test_a_review_of_a_whole_phase_or_a_spans_results_keeps_its_span(make_document) -> None:
    # the sixth session's decision stands: a whole phase, or "Kết quả giai đoạn …", is reviewed
    for lead, span in (
        ("Giai đoạn 2016-2020, tỉnh đã huy động được 2.400 tỷ đồng.", "2016-2020"),
        ("Kết quả giai đoạn 2021-2024, tỉnh đã huy động được 2.400 tỷ đồng.", "2021-2024"),
    ):
        text = "Tin nông thôn mới\n\n" + lead + " Đến nay, toàn tỉnh có 40/60 xã đạt chuẩn.\n"
        report, _ = facts_of(make_document, text, name=NEWS)
        assert report.period == span


# -- 4. a news headline stamped with the month of June in brackets is on the half ----------------


@pytest.mark.parametrize(
    "headline",
    [
        "Huyện Krông Pắc có 8 xã đạt chuẩn nông thôn mới (tháng 6/2019)",
        "Toàn tỉnh Bình Phước đã có 52 xã về đích nông thôn mới (06/2019) 10/07/2019",
    ],
)
def test_a_headline_stamped_with_june_dates_the_text_at_the_halfs_end(
    make_document, headline: str
) -> None:
    text = (
        f"Tin tức\n\n{headline}\n\nToàn tỉnh có 52/90 xã đạt chuẩn nông thôn mới; 10 xã đạt "
        "từ 15 - 18 tiêu chí.\n"
    )
    report, facts = facts_of(make_document, text, name=NEWS)
    assert report.period == "2019-H1"
    assert {f.period for f in of_kind(facts, Coverage) if f.units_met == 52} == {"2019-H1"}


@pytest.mark.parametrize(
    "text",
    [
        # a month in brackets inside a sentence of the body stamps nothing
        "Tin tức\n\nBình Phước đẩy mạnh nông thôn mới\n\nSở cho biết toàn tỉnh có 52/90 xã "
        "đạt chuẩn (06/2019), tăng 5 xã so với năm 2018.\n",
        # a month in brackets that words go on after: one figure's time, no stamp
        "Tin tức\n\nBình Phước có 52 xã đạt chuẩn (06/2019), dẫn đầu khu vực\n\n"
        "Toàn tỉnh có 52/90 xã đạt chuẩn nông thôn mới.\n",
    ],
)
def test_a_june_month_that_stamps_no_headline_keeps_the_year(make_document, text: str) -> None:
    report, _ = facts_of(make_document, text, name=NEWS)
    assert report.period == "2019"
