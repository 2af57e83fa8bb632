"""Times and units of news texts rich in time, written the ways the devx development set
showed the extractor misreading them: a goal set for the year under way, a goal's year
named only as the target a result met, a headline whose commune is unnamed, and communes
listed after a whole-set count that ends on a comparison. Every text is our own wording."""

from __future__ import annotations

import pytest
from readfacts import news_facts_of as facts_of

from baocao.model import Level
from baocao.nlp.metadata import read_metadata

# -- a goal for the year under way dates an undated text ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hiện toàn tỉnh đạt bình quân 13,2 tiêu chí/xã. Kết quả rà soát theo Bộ tiêu chí "
        "giai đoạn 2016 - 2020, tỉnh hiện có 20 xã đạt 19/19 tiêu chí.\n"
        "Chỉ tiêu phấn đấu trong năm 2018 toàn tỉnh có thêm 8 xã đạt chuẩn.\n",
        "Hiện nay huyện có 5 xã đạt chuẩn nông thôn mới, bình quân 15 tiêu chí/xã.\n"
        "Mục tiêu của huyện là phấn đấu trong năm 2018 có thêm 2 xã về đích.\n",
    ],
)
def test_a_goal_for_the_year_under_way_is_the_year_of_an_undated_text(text: str) -> None:
    assert read_metadata(text).period == "2018"


def test_a_goal_set_for_a_later_span_still_dates_nothing() -> None:
    # "phấn đấu đến năm 2020" is a horizon, not the year being worked in
    text = "Hiện toàn tỉnh có 20 xã đạt chuẩn.\nTỉnh phấn đấu đến năm 2020 có 40 xã đạt chuẩn.\n"
    assert read_metadata(text).period != "2018"


# -- a goal named as the target a result met is a hint at the year, no date of the result -------


@pytest.mark.parametrize(
    "text",
    [
        "Tính đến hết tháng 6, toàn tỉnh có 90/120 xã đạt chuẩn (tăng 6 xã so với cuối năm "
        "2021); 12 huyện đạt chuẩn, vượt mục tiêu năm 2022.\n",
        "Cả nước thêm 120 xã đạt chuẩn\n\nĐến hết tháng 6, cả nước có 5.100 xã đạt chuẩn nông "
        "thôn mới, tăng 120 xã so với cuối năm 2021 và hoàn thành sớm kế hoạch năm 2022.\n",
    ],
)
def test_a_met_goals_year_with_an_undated_end_of_june_is_the_first_half(text: str) -> None:
    assert read_metadata(text).period == "2022-H1"


# -- a headline's unnamed commune: the commune the lead names, not the district it lies in ------


@pytest.mark.parametrize(
    "text",
    [
        "Xã đông dân nhất huyện Kim Sơn đón bằng công nhận nông thôn mới\n\n"
        "Sáng 20.12, xã Hòa Lạc (Kim Sơn) tổ chức lễ đón bằng công nhận đạt chuẩn nông thôn "
        "mới. Sau 7 năm, xã Hòa Lạc đã hoàn thành 19 tiêu chí.\n",
        "Một xã vùng trũng của huyện Kim Sơn về đích nông thôn mới\n\n"
        "Ngày 5/11, xã Hòa Lạc (huyện Kim Sơn) đón nhận bằng công nhận xã đạt chuẩn nông thôn "
        "mới. Năm 2019, thu nhập của người dân xã Hòa Lạc đạt 40 triệu đồng.\n",
    ],
)
def test_a_headlines_unnamed_commune_is_the_commune_the_lead_names(text: str) -> None:
    unit = read_metadata(text).unit
    assert unit is not None
    assert (unit.level, unit.name) == (Level.COMMUNE, "Hòa Lạc")


def test_a_headline_naming_its_district_as_the_subject_keeps_the_district() -> None:
    text = (
        "Huyện Kim Sơn có thêm xã đạt chuẩn nông thôn mới\n\n"
        "Huyện Kim Sơn hiện có 20/25 xã đạt chuẩn; xã Hòa Lạc vừa được công nhận.\n"
        "Toàn huyện Kim Sơn phấn đấu có thêm 3 xã trong năm tới.\n"
    )
    unit = read_metadata(text).unit
    assert unit is not None and unit.level is Level.DISTRICT


# -- communes named after a whole-set count that goes on to a comparison ------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Tính đến tháng 10, toàn huyện có 3 xã hoàn thành 19/19 tiêu chí nông thôn mới là Mỹ "
        "Hòa, Mỹ Thạnh (Cao Lãnh), Mỹ An (Lấp Vò), tăng 2 xã so với năm trước.\n",
        "Hiện toàn tỉnh có 3 xã đạt 19/19 tiêu chí NTM là Mỹ Hòa, Mỹ Thạnh và Mỹ An, tăng 1 "
        "xã so với năm 2015.\n",
    ],
)
def test_communes_named_before_a_comparison_each_get_the_whole_set(make_document, body) -> None:
    facts = [f for f in facts_of(make_document, body) if f.kind == "criteria_count"]
    assert sorted((f.subject, f.met, f.of) for f in facts) == [
        ("xã Mỹ An", 19, 19),
        ("xã Mỹ Hòa", 19, 19),
        ("xã Mỹ Thạnh", 19, 19),
    ]


# -- a goal measured in one clause, a later time opening the next ------------------------------


@pytest.mark.parametrize(
    ("body", "value", "year"),
    [
        ("Đến hết năm 2019, tỉnh đã vượt 5% số xã đạt chuẩn so với mục tiêu, đến tháng 6-2020 "
         "toàn tỉnh có 70% số xã đạt chuẩn nông thôn mới.\n", 70, "2020"),
        ("Năm 2021 huyện hoàn thành mục tiêu, đến tháng 9/2022 huyện có 80% số xã đạt chuẩn "
         "nông thôn mới nâng cao.\n", 80, "2022"),
    ],
)  # fmt: skip
def test_a_time_after_a_measured_goals_clause_dates_the_figures_after_it(
    make_document, body: str, value: float, year: str
) -> None:
    [rate] = [
        f for f in facts_of(make_document, body) if f.kind == "percentage" and f.value == value
    ]
    assert rate.period is not None and rate.period.startswith(year)


# -- the country as the subject of a clause opening on its own date ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thành quả sau một thập kỷ\n\nSau 10 năm thực hiện, chương trình đạt nhiều kết quả. Đến "
        "hết năm 2019, số xã đạt chuẩn đã vượt 10% so với kế hoạch đề ra, đến tháng 3-2020 cả "
        "nước có 55% số xã đạt chuẩn.\n",
        "Kết quả đáng ghi nhận\n\nNăm 2022 chương trình về đích sớm nhiều chỉ tiêu quan trọng "
        "được giao, tính đến ngày 30/9/2023 cả nước đã có 75% số xã đạt chuẩn nông thôn mới.\n",
    ],
)
def test_the_country_after_a_dated_clause_opening_is_the_texts_unit(text: str) -> None:
    unit = read_metadata(text).unit
    assert unit is not None and unit.level is Level.NATIONAL


# -- a headline counting districts the lead recognises by name: the text is about them all -----


@pytest.mark.parametrize(
    "text",
    [
        "2 huyện về đích nông thôn mới\n(TTX)- Thủ tướng vừa ký quyết định công nhận huyện Kim "
        "Sơn (Ninh Bình) và huyện Tiền Hải (Thái Bình) đạt chuẩn nông thôn mới năm 2019.\n"
        "Huyện Kim Sơn có 25/25 xã đạt chuẩn.\n",
        "Thêm hai huyện đạt chuẩn nông thôn mới\nBộ trưởng cho biết, Thủ tướng đã công nhận "
        "huyện Kim Sơn, huyện Tiền Hải đạt chuẩn nông thôn mới năm 2019.\n",
    ],
)
def test_districts_a_headline_counts_and_the_lead_recognises_are_the_units(text: str) -> None:
    raw = read_metadata(text)
    assert sorted(u.name for u in raw.units) == ["Kim Sơn", "Tiền Hải"]
