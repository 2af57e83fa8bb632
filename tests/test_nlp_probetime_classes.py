"""Time classes the wording probe (tests/coverage_grammar.py, its title frames, year-end times
and comparison tails) found misread, each with variants written here (none copied from a
report).

1. A cut-off time closing a sentence of ";"-clauses ("A có 6/9 xã …; B có 4/7 xã …, tính đến
   hết năm 2022") dated its last clause only; it dates every clause, as it dates one clause.
   A comparison base closing it ("…, tăng 1 xã so với năm 2019") dates none.
2. A report's title giving its months, quarter or year so far without the year ("Sơ kết 6
   tháng đầu năm …", "… quý II", "… từ đầu năm đến nay") left the report, and every fact
   dated by no time of its own, without a period: the year is the one the report is dated in.
3. A year's end opening a sentence of ";"-clauses in a text dated before it ("Đến cuối năm
   2025, A có …; B có …" written in May 2025) made a goal of the first clause only.
4. A news lead's dateline naming a district in capitals, in a text naming no province
   ("MỘ ĐỨC - Đến nay, toàn huyện có …", "… - Có 7/9 xã …"), left the statement with no place:
   the district is known from the map when one district of the country has that name, as it
   is when a headline names the province.
5. A headline naming a district bare as the owner of the communes it speaks of ("Nhiều xã
   của Mộ Đức về đích …") gave the text no unit, as "… ở Mộ Đức" does: the lead's "toàn
   huyện" then had no place.
"""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of, of_kind, place_of, report_and_facts

from baocao.model import Coverage, Percentage


def _header(day: str, title: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 77/BC-UBND\n"
        f"Quảng Ngãi, ngày {day}\n\nBÁO CÁO\n{title}\n\n"
    )


_YEAR_REPORT = _header("15 tháng 12 năm 2024", "Kết quả xây dựng nông thôn mới năm 2024")

# -- 1. a cut-off time closing a sentence of ";"-clauses ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        (
            "Huyện Mộ Đức có 6/9 xã đạt chuẩn nông thôn mới, bằng 66,7%; huyện Tư Nghĩa có "
            "7/13 xã đạt chuẩn, tính đến hết năm 2022.\n",
            "2022",
        ),
        (
            "Huyện Sơn Tịnh có 7/10 xã đạt tiêu chí số 17 về môi trường; huyện Bình Sơn có "
            "12/21 xã đạt tiêu chí này, đến cuối năm 2021.\n",
            "2021",
        ),
        (
            "Huyện Nghĩa Hành có 8/11 xã đạt chuẩn; huyện Đức Phổ có 9/14 xã đạt chuẩn; "
            "huyện Ba Tơ có 3/19 xã đạt chuẩn, tính đến ngày 31/12/2023.\n",
            "2023",
        ),
    ],
)
def test_a_cut_off_closing_the_sentence_dates_every_clause(
    make_document, sentence: str, year: str
) -> None:
    coverage = of_kind(facts_of(make_document, _YEAR_REPORT + sentence), Coverage)
    assert len(coverage) >= 2
    assert {c.period for c in coverage} == {year}


def test_a_comparison_base_closing_the_sentence_dates_no_clause(make_document) -> None:
    sentence = (
        "Huyện Mộ Đức có 6/9 xã đạt chuẩn nông thôn mới; huyện Tư Nghĩa có 7/13 xã đạt "
        "chuẩn, tăng 1 xã so với năm 2019.\n"
    )
    coverage = of_kind(facts_of(make_document, _YEAR_REPORT + sentence), Coverage)
    assert [c.period for c in coverage] == ["2024", "2024"]


# -- 2. a title's months, quarter or year so far, its year left out ------------------------


@pytest.mark.parametrize(
    ("day", "title", "period"),
    [
        (
            "22 tháng 6 năm 2023",
            "Sơ kết 6 tháng đầu năm thực hiện Chương trình xây dựng nông thôn mới",
            "2023-H1",
        ),
        ("30 tháng 8 năm 2022", "Kết quả xây dựng nông thôn mới từ đầu năm đến nay", "2022"),
        # (a quarter's report is of its year, as when the title writes "quý II/2021")
        ("05 tháng 7 năm 2021", "Tình hình xây dựng nông thôn mới quý II", "2021"),
        ("02 tháng 10 năm 2023", "Kết quả thực hiện 9 tháng đầu năm", "2023"),
    ],
)
def test_a_title_without_its_year_takes_the_year_it_is_dated(
    make_document, day: str, title: str, period: str
) -> None:
    body = (
        "Toàn tỉnh có 102/164 xã đạt chuẩn nông thôn mới.\n"
        "Tỷ lệ hộ nghèo của toàn tỉnh còn 4,15%.\n"
    )
    report, facts = report_and_facts(make_document, _header(day, title) + body)
    assert report.period == period
    year = period[:4]
    assert [c.period[:4] for c in of_kind(facts, Coverage)] == [year]
    assert [p.period[:4] for p in of_kind(facts, Percentage)] == [year]


def test_a_title_that_writes_its_year_keeps_it(make_document) -> None:
    title = "Sơ kết 6 tháng đầu năm 2023 thực hiện Chương trình xây dựng nông thôn mới"
    report, _ = report_and_facts(
        make_document, _header("22 tháng 6 năm 2024", title) + "Toàn tỉnh có 102/164 xã.\n"
    )
    assert report.period == "2023-H1"


# -- 3. a year's end ahead opening a sentence of ";"-clauses --------------------------------


def test_a_year_end_ahead_opening_the_sentence_makes_every_clause_a_goal(make_document) -> None:
    text = _header("12 tháng 5 năm 2025", "Kết quả xây dựng nông thôn mới quý I năm 2025") + (
        "Đến cuối năm 2025, huyện Mộ Đức có 9/9 xã đạt chuẩn nông thôn mới; huyện Tư Nghĩa "
        "có 11/13 xã đạt chuẩn.\n"
    )
    coverage = of_kind(facts_of(make_document, text), Coverage)
    assert [(c.units_met, c.target, c.period) for c in coverage] == [
        (9, True, "2025"),
        (11, True, "2025"),
    ]


def test_a_state_done_before_the_year_end_stays_a_state(make_document) -> None:
    text = _header("12 tháng 5 năm 2025", "Kết quả xây dựng nông thôn mới quý I năm 2025") + (
        "Toàn tỉnh đã có 120 xã đạt chuẩn nông thôn mới; đến cuối năm 2025 có 140 xã đạt chuẩn.\n"
    )
    coverage = of_kind(facts_of(make_document, text), Coverage)
    assert [(c.units_met, c.target) for c in coverage] == [(120, False), (140, True)]


# -- 4. a dateline's district, no province named --------------------------------------------

_NEWS_HEAD = "Chuyển biến từ những con đường bê tông\nThứ Ba, 10/12/2024 08:30\n\n"


@pytest.mark.parametrize(
    "lead",
    [
        "MỘ ĐỨC - Đến nay, toàn huyện có 7/13 xã đạt chuẩn nông thôn mới.\n",
        "MỘ ĐỨC - Năm 2024, có 7/13 xã đạt chuẩn nông thôn mới, chiếm 53,8%.\n",
        "MỘ ĐỨC – Tính đến tháng 11/2024, huyện có 7 xã đạt chuẩn nông thôn mới.\n",
    ],
)
def test_a_dateline_names_the_district_a_lead_speaks_of(make_document, lead: str) -> None:
    coverage = of_kind(facts_of(make_document, _NEWS_HEAD + lead, name=NEWS), Coverage)
    assert [(c.units_met, place_of(c)) for c in coverage] == [(7, "huyện Mộ Đức")]


def test_a_dateline_name_of_many_districts_names_none(make_document) -> None:
    lead = "CHÂU THÀNH - Đến nay, toàn huyện có 7/13 xã đạt chuẩn nông thôn mới.\n"
    coverage = of_kind(facts_of(make_document, _NEWS_HEAD + lead, name=NEWS), Coverage)
    assert [place_of(c) for c in coverage] == [None]


def test_a_sentence_naming_its_own_place_after_a_dateline_keeps_it(make_document) -> None:
    lead = "MỘ ĐỨC - Đến nay, huyện Tư Nghĩa có 8/13 xã đạt chuẩn nông thôn mới.\n"
    coverage = of_kind(facts_of(make_document, _NEWS_HEAD + lead, name=NEWS), Coverage)
    assert [place_of(c) for c in coverage] == ["huyện Tư Nghĩa"]


# -- 5. a headline's communes "của" a district written bare ---------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "Nhiều xã của Mộ Đức về đích nông thôn mới",
        "Các thôn của Mộ Đức đổi thay nhờ nông thôn mới",
    ],
)
def test_a_headline_s_communes_of_a_bare_district_name_the_unit(
    make_document, headline: str
) -> None:
    text = (
        f"{headline}\nThứ Ba, 10/12/2024 08:30\n\n"
        "Đến nay, toàn huyện có 7/13 xã đạt chuẩn nông thôn mới.\n"
    )
    report, facts = report_and_facts(make_document, text, name=NEWS)
    assert report.unit is not None and report.unit.name == "Mộ Đức"
    assert [place_of(c) for c in of_kind(facts, Coverage)] == ["huyện Mộ Đức"]


def test_a_headline_s_thing_of_a_capitalised_word_names_no_unit(make_document) -> None:
    text = (
        "Kết quả của Nghị quyết về nông thôn mới\nThứ Ba, 10/12/2024 08:30\n\n"
        "Đến nay, toàn huyện có 7/13 xã đạt chuẩn nông thôn mới.\n"
    )
    report, _ = report_and_facts(make_document, text, name=NEWS)
    assert report.unit is None
