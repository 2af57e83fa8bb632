"""Wording classes found on a development set of news and portal pages:

- other money named beside a source ("nhân dân đóng góp và nguồn khác …") joins it;
- the rule of a standard ("xã nâng cao phải là xã đạt chuẩn; đạt 20 tiêu chí …") is no count,
  and the phase it names dates nothing;
- a criterion word inside a place's name ("huyện Phong Điền") names no criterion;
- money a year's plan carried over ("vốn kế hoạch năm 2015 chuyển qua") is not of that year,
  and "vốn kế hoạch" is no plan the text is;
- a targeted transfer ("bổ sung có mục tiêu 86 tỷ đồng") is no goal;
- an undated present before a plan for the next year is of the year the text opens on;
- a review of a phase the lead reports ("tổ chức tổng kết 10 năm … giai đoạn 2011-2020")
  dates the text by the phase;
- "lễ công nhận xã A" in a lead makes xã A the unit, whatever tally the headline gives.
"""

from __future__ import annotations

import pytest
from readfacts import facts_of, news_report_and_facts, report_and_facts

from baocao.vocab.criteria import criterion_number
from baocao.vocab.periods import carried_over
from baocao.vocab.sources import funding_source


@pytest.mark.parametrize(
    ("phrase", "source"),
    [
        ("người dân góp và các nguồn khác", "community+other"),
        ("vốn doanh nghiệp và vốn khác", "enterprise+other"),
        ("tín dụng, huy động khác", "credit+other"),
        ("vận động nhân dân đóng góp", "community"),  # a campaign word still yields
    ],
)
def test_other_money_named_beside_a_source_joins_it(phrase: str, source: str) -> None:
    assert funding_source(phrase) == source


def test_other_money_beside_the_people_is_read_in_a_list(make_document) -> None:
    text = (
        "Năm 2021, huyện Đông Sơn bố trí 80 tỷ đồng; trong đó ngân sách huyện 70 tỷ đồng, "
        "bà con đóng góp và nguồn khác hơn 10 tỷ đồng.\n"
    )
    facts = facts_of(make_document, text)
    sources = {(f.source, f.amount_vnd) for f in facts if f.kind == "funding"}
    assert ("community+other", 10_000_000_000) in sources


@pytest.mark.parametrize(
    "text",
    [
        "Theo bộ tiêu chí mới, xã kiểu mẫu phải là xã đạt chuẩn nâng cao; đạt 10 tiêu chí "
        "kiểu mẫu gồm: 1-Thu nhập; 2-Y tế; 3-Giáo dục.\n",
        "Theo quy định, một thôn muốn được công nhận phải đạt đủ 8 tiêu chí của tỉnh.\n",
        "Xã bắt buộc đạt 19 tiêu chí mới được đề nghị xét công nhận.\n",
    ],
)
def test_the_rule_of_a_standard_is_no_count(make_document, text: str) -> None:
    assert not [f for f in facts_of(make_document, text) if f.kind == "criteria_count"]


def test_a_goal_with_a_condition_word_stays_a_goal(make_document) -> None:
    text = "Năm 2025, xã Yên Lạc phấn đấu phải đạt 19/19 tiêu chí.\n"
    (fact,) = [f for f in facts_of(make_document, text) if f.kind == "criteria_count"]
    assert (fact.met, fact.of, fact.target) == (19, 19, True)


def test_the_phase_of_a_rule_does_not_date_the_text(make_document) -> None:
    text = (
        "Theo đó, xã kiểu mẫu của tỉnh giai đoạn 2021-2025 phải là xã đã đạt chuẩn nâng cao; "
        "đạt 12 tiêu chí kiểu mẫu của tỉnh giai đoạn 2021-2025 gồm: 1-Thu nhập; 2-Y tế.\n"
        "Đến nay, toàn tỉnh có 40/70 xã đạt chuẩn nông thôn mới.\n"
    )
    report, facts = news_report_and_facts(make_document, text)
    (fact,) = [f for f in facts if f.kind == "coverage"]
    assert report.period is None and fact.period is None


@pytest.mark.parametrize(
    ("phrase", "number"),
    [
        ("02 đơn vị cấp huyện hoàn thành nhiệm vụ là huyện Phong Điền và thị xã A", None),
        ("hai huyện về đích gồm huyện Quảng Điền (10/10 xã)", None),
        ("xã đạt tiêu chí điện", 4),
        ("Tiêu chí số 4 - Điện", 4),
    ],
)
def test_a_criterion_word_in_a_place_name_names_no_criterion(phrase: str, number) -> None:
    assert criterion_number(phrase, None) == number


def test_units_named_after_a_count_do_not_give_it_a_criterion(make_document) -> None:
    text = (
        "Tỉnh có 50/90 xã đạt chuẩn. 02 đơn vị cấp huyện đã hoàn thành nhiệm vụ xây dựng nông "
        "thôn mới là huyện Phong Điền và thị xã Hòa Bình.\n"
    )
    facts = facts_of(make_document, text)
    (fact,) = [f for f in facts if f.kind == "coverage" and f.units_met == 2]
    assert fact.criterion is None


@pytest.mark.parametrize(
    ("text", "year_at"),
    [
        ("trong đó vốn kế hoạch của năm 2019 chuyển qua là 3 tỷ đồng", "năm 2019"),
        ("nguồn kế hoạch năm 2021 chuyển sang 5 tỷ đồng", "năm 2021"),
        ("vốn năm 2022 kéo dài sang 800 triệu đồng", "năm 2022"),
    ],
)
def test_a_year_money_was_carried_over_from(text: str, year_at: str) -> None:
    assert carried_over(text, text.index(year_at))


def test_a_year_money_was_raised_in_is_not_carried_over() -> None:
    text = "kế hoạch năm 2024 bố trí 3 tỷ đồng"
    assert not carried_over(text, text.index("năm 2024"))


def test_carried_over_money_is_of_the_year_it_is_raised_in(make_document) -> None:
    text = (
        "Năm 2019, tỉnh Sơn Hà huy động được 90 tỷ đồng cho chương trình. Trong đó, ngân sách "
        "tỉnh 60 tỷ đồng; vốn kế hoạch của năm 2018 chuyển qua 20 tỷ đồng và nhân dân góp "
        "10 tỷ đồng.\n"
    )
    report, facts = report_and_facts(make_document, text)
    money = [f for f in facts if f.kind == "funding"]
    assert report.period == "2019"
    assert {f.period for f in money} == {"2019"}


@pytest.mark.parametrize("verb", ["bổ sung", "hỗ trợ"])
def test_a_targeted_transfer_is_no_goal(make_document, verb: str) -> None:
    text = (
        "Năm 2018, huyện huy động 50 tỷ đồng; trong đó ngân sách Trung ương "
        f"{verb} có mục tiêu 30 tỷ đồng.\n"
    )
    money = [f for f in facts_of(make_document, text) if f.kind == "funding"]
    assert money and not any(f.flow == "planned" for f in money)


@pytest.mark.parametrize(
    "text",
    [
        "Riêng năm 2020, huyện bố trí 40 tỷ đồng cho chương trình. Đến nay, toàn huyện có 9 xã "
        "đạt chuẩn nông thôn mới. Năm 2021, huyện phấn đấu có thêm 2 xã đạt chuẩn.\n",
        "Năm 2020, tỉnh giải ngân 120 tỷ đồng. Hiện nay, tỉnh có 9 xã đạt chuẩn. Trong năm 2021, "
        "tỉnh phấn đấu có thêm 3 xã về đích.\n",
    ],
)
def test_a_present_before_next_years_plan_is_of_the_year_opened_on(make_document, text) -> None:
    report, facts = news_report_and_facts(make_document, text)
    (now,) = [f for f in facts if f.kind == "coverage" and f.units_met == 9]
    assert report.period == "2020" and now.period == "2020"


def test_a_present_before_a_later_year_done_stays_undated(make_document) -> None:
    text = (
        "Năm 2016, xã được chọn làm điểm. Năm 2018, xã đã có 12 xã lân cận học tập. Đến nay, "
        "xã đạt 19/19 tiêu chí. Năm 2019, huyện phấn đấu có thêm 2 xã.\n"
    )
    report, _ = news_report_and_facts(make_document, text)
    assert report.period != "2016"


@pytest.mark.parametrize(
    ("lead", "period"),
    [
        (
            "Ngày 5-11, UBND tỉnh Sóc Hà tổ chức tổng kết 10 năm thực hiện Chương trình mục tiêu "
            "quốc gia xây dựng nông thôn mới giai đoạn 2010-2020.",
            "2010-2020",
        ),
        (
            "Chiều 20-12, huyện Tân Hòa tổ chức hội nghị tổng kết Chương trình xây dựng nông "
            "thôn mới giai đoạn 2016-2020.",
            "2016-2020",
        ),
    ],
)
def test_a_review_of_a_phase_in_the_lead_dates_the_text(make_document, lead, period) -> None:
    text = f"Tin địa phương\n\n{lead}\n\nĐến nay, toàn tỉnh có 40/40 xã đạt chuẩn nông thôn mới.\n"
    report, facts = news_report_and_facts(make_document, text)
    (fact,) = [f for f in facts if f.kind == "coverage"]
    assert report.period == period and (fact.period or "")[-4:] == period[-4:]


def test_a_review_of_the_first_years_of_a_phase_is_not_the_phase(make_document) -> None:
    text = (
        "Tin địa phương\n\nSáng 3-8, huyện Tân Hòa tổ chức tổng kết 3 năm thực hiện Chương "
        "trình giai đoạn 2021-2025.\n\nĐến nay, toàn huyện có 10/12 xã đạt chuẩn.\n"
    )
    report, _ = news_report_and_facts(make_document, text)
    assert report.period != "2021-2025"


@pytest.mark.parametrize("event", ["lễ công nhận", "lễ trao bằng công nhận cho"])
def test_a_recognition_ceremony_in_the_lead_makes_the_commune_the_unit(
    make_document, event: str
) -> None:
    text = (
        "Sóc Trăng có 60 xã đạt chuẩn nông thôn mới\n\n"
        f"Ngày 12-9, tỉnh Sóc Trăng đã tổ chức {event} xã Phú Tâm, huyện Châu Thành đạt chuẩn "
        "nông thôn mới.\n\n"
        "Thu nhập bình quân đầu người của xã Phú Tâm đạt 52 triệu đồng/người/năm. Nhờ đó, "
        "Phú Tâm đã giảm tỷ lệ hộ nghèo còn 2,1%.\n"
    )
    report, _ = news_report_and_facts(make_document, text)
    assert report.unit is not None and report.unit.name == "Phú Tâm"


@pytest.mark.parametrize(
    "carried",
    [
        "vốn kế hoạch của năm 2018 chuyển qua 20 tỷ đồng",
        "nguồn kế hoạch năm 2018 chuyển sang 20 tỷ đồng",
    ],
)
def test_carried_over_plan_money_is_raised_not_planned(make_document, carried: str) -> None:
    text = (
        "Năm 2019, huyện Vĩnh Lộc huy động 90 tỷ đồng. Trong đó, ngân sách tỉnh 60 tỷ đồng; "
        f"{carried} và nhân dân góp 10 tỷ đồng.\n"
    )
    money = [f for f in facts_of(make_document, text) if f.kind == "funding"]
    assert len(money) == 4
    assert not any(f.flow == "planned" or f.target for f in money)
    assert {f.period for f in money} == {"2019"}
