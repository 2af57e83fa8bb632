"""Reporting periods written every which way → one canonical string."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baocao.vocab.periods import (
    PERIOD_PATTERN,
    contract_form,
    harmonise,
    is_comparison_base,
    is_start,
    is_state_date,
    last_full_year,
    names_a_document,
    parse_period,
    period_years,
    reaches_present,
)


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("năm 2020", "2020"),
        ("NĂM 2023", "2023"),
        ("2020", "2020"),
        ("giai đoạn 2016-2020", "2016-2020"),
        ("giai đoạn 2016 – 2020", "2016-2020"),
        ("2011-\n2015", "2011-2015"),
        ("năm 2021-2023", "2021-2023"),
        ("3 năm (2016- 2018)", "2016-2018"),
        ("từ năm 2011 đến năm 2015", "2011-2015"),
        ("6 tháng đầu năm 2019", "2019-H1"),
        ("Sáu tháng đầu năm 2019", "2019-H1"),
        ("6 tháng cuối năm 2019", "2019-H2"),
        ("quý I năm 2020", "2020-Q1"),
        ("quý 3/2021", "2021-Q3"),
        ("3 tháng đầu năm 2020", "2020-Q1"),
        ("3 tháng cuối năm 2020", "2020-Q4"),
        ("9 tháng năm 2020", "2020-M01-09"),
        ("9 tháng đầu năm 2020", "2020-M01-09"),
        ("12 tháng năm 2020", "2020"),
        ("tháng 5/2020", "2020-M05"),
        ("tháng 5 năm 2020", "2020-M05"),
        ("Đến 30/6/2023", "2023-M06"),
        ("tính đến hết ngày 31/12/2024", "2024-M12"),
        ("đến 15/9/2022", "2022-M09"),
    ],
)
def test_parse_period(written: str, period: str) -> None:
    assert parse_period(written) == period


def test_the_first_period_of_a_title_wins() -> None:
    title = "Kết quả thực hiện 6 tháng đầu năm 2019; phương hướng, nhiệm vụ 6 tháng cuối năm 2019"
    assert parse_period(title) == "2019-H1"


@pytest.mark.parametrize(
    "text", ["", "số 5155/QĐ-UBND ngày 29/12/2017", "2021-2019", "trong năm qua", "năm 1850"]
)
def test_no_period(text: str) -> None:
    assert parse_period(text) is None


@pytest.mark.parametrize(
    ("period", "years"),
    [
        ("2020", (2020, 2020)),
        ("2016-2020", (2016, 2020)),
        ("2019-H1", (2019, 2019)),
        ("2020-Q4", (2020, 2020)),
        ("2020-M01-09", (2020, 2020)),
        ("2020-M05", (2020, 2020)),
    ],
)
def test_period_years(period: str, years: tuple[int, int]) -> None:
    assert period_years(period) == years


@pytest.mark.parametrize("bad", ["năm 2020", "2020-H3", "2020-2019", "20", "2020-Q5"])
def test_period_years_rejects_non_canonical(bad: str) -> None:
    with pytest.raises(ValueError):
        period_years(bad)


def test_period_pattern_finds_periods_in_text_without_groups() -> None:
    text = "Báo cáo 6 tháng đầu năm 2019 và kế hoạch giai đoạn 2021 - 2025; ngày 29/12/2017."
    found = [m.group() for m in re.finditer(PERIOD_PATTERN, text)]
    assert found == ["6 tháng đầu năm 2019", "giai đoạn 2021 - 2025"]
    assert re.compile(PERIOD_PATTERN).groups == 0


@given(st.integers(2000, 2040), st.integers(0, 10))
def test_canonical_periods_round_trip(first: int, span: int) -> None:
    written = f"giai đoạn {first}-{first + span}" if span else f"năm {first}"
    period = parse_period(written)
    assert period is not None
    assert period_years(period) == (first, first + span)
    assert parse_period(period) == period  # canonical forms re-read as themselves


@pytest.mark.parametrize(
    ("written", "now", "period"),
    [
        ("từ năm 2012 đến nay", 2018, "2012-2018"),
        ("từ 2015 tới nay", 2020, "2015-2020"),
        ("từ năm 2012 đến nay", None, None),  # the present unknown: no span
        ("tháng 9-2016", None, "2016-M09"),
        ("(2010)", None, "2010"),
        # a number of years back from the text's present: "sau 3 năm xây dựng", "5 năm qua"
        ("Sau 3 năm xây dựng, xã đã huy động", 2022, "2020-2022"),
        ("trong 5 năm qua, huyện", 2019, "2015-2019"),
        ("qua hai năm thực hiện", 2016, "2015-2016"),
        ("sau 3 năm xây dựng", None, None),
        ("trong 5 năm tới", 2020, None),  # ahead, not back
        ("sau gần 9 năm thực hiện", 2019, "2011-2019"),
        ("10 năm qua", 2020, "2011-2020"),
        ("suốt 6 năm triển khai", 2021, "2016-2021"),
        ("Qua 04 năm thực hiện", 2020, "2017-2020"),  # zero-padded as in official letters
        ("quý 03/2021", None, "2021-Q3"),
        # "Trong N năm," opening a clause: the years up to now, as "N năm qua"
        ("Trong 8 năm, huyện đã huy động", 2019, "2012-2019"),
        ("suốt hơn 4 năm, xã", 2022, "2019-2022"),
        ("thời hạn 5 năm, xã", 2020, None),  # no "trong"/"suốt": a length, not years back
        # since a year, "đến nay" or not
        ("Từ năm 2014, xã đã huy động", 2020, "2014-2020"),
        ("từ năm 2014", None, None),
        ("từ 2014 hộ", 2020, None),  # a number, not a year
    ],
)
def test_spans_to_the_present_and_other_written_forms(
    written: str, now: int | None, period: str | None
) -> None:
    assert parse_period(written, now=now) == period


# -- relative periods: read against the present, never guessed without it --------------------


@pytest.mark.parametrize(
    ("written", "now", "period"),
    [
        # the year before the present
        ("năm trước", 2020, "2019"),
        ("Năm trước, toàn xã có", 2016, "2015"),
        ("năm ngoái", 2023, "2022"),
        ("Năm ngoái huyện huy động", 2019, "2018"),
        ("năm liền trước", 2021, "2020"),
        # the present's year, and the months of it
        ("năm nay", 2020, "2020"),
        ("Năm nay, xã phấn đấu", 2024, "2024"),
        ("6 tháng đầu năm nay", 2019, "2019-H1"),
        ("chín tháng năm nay", 2024, "2024-M01-09"),
        ("tháng 6 năm nay", 2018, "2018-M06"),
        ("hết tháng 9 năm nay", 2022, "2022-M09"),
        # the one year back, like "1 năm qua"
        ("năm qua", 2020, "2020"),
        ("năm vừa qua", 2017, "2017"),
        # the present itself is the caller's: no period of its own, whatever ``now`` is
        ("hiện nay", 2020, None),
        ("đến nay", 2020, None),
        ("Tính đến nay", 2021, None),
        ("hiện tại", 2019, None),
        ("từ đầu năm đến nay", 2020, None),
        ("Từ đầu năm", 2018, None),
    ],
)
def test_a_relative_period_is_read_against_the_present(
    written: str, now: int, period: str | None
) -> None:
    assert parse_period(written, now=now) == period


@pytest.mark.parametrize(
    "written",
    ["năm trước", "năm ngoái", "năm nay", "năm qua", "năm vừa qua", "6 tháng đầu năm nay"],
)
def test_a_relative_period_without_a_present_is_none(written: str) -> None:
    assert parse_period(written) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "kết quả của những năm trước",
        "như các năm trước đây",
        "nhiều năm qua, xã luôn",
        "2 năm trước, xã mới có",
        "năm trước đó xã chưa có",  # the year before another year, not before the present
        "mọi năm trước khi vào vụ",
    ],
)
def test_years_that_are_not_one_year_from_the_present_are_not_read(sentence: str) -> None:
    assert [m.group() for m in re.finditer(PERIOD_PATTERN, sentence)] == []


def test_a_year_written_after_the_start_of_the_year_is_that_year() -> None:
    # "từ đầu năm 2024": the year is written, nothing is relative
    assert parse_period("Từ đầu năm 2024 đến nay", now=2025) == "2024"


@pytest.mark.parametrize(
    ("written", "reaches"),
    [
        ("từ năm 2011 đến nay", True),
        ("5 năm qua", True),
        ("năm qua", True),
        ("năm vừa qua", True),
        ("năm trước", False),
        ("năm nay", False),
        ("hiện nay", False),
        ("năm 2020", False),
    ],
)
def test_a_span_up_to_the_present_is_told_from_a_year_counted_from_it(
    written: str, reaches: bool
) -> None:
    assert reaches_present(written) is reaches


@pytest.mark.parametrize(
    "sentence",
    [
        "tăng 5 xã so với năm trước",
        "giảm 2,1% so với năm ngoái",
        "bằng 96% cùng kỳ năm trước",
        "đạt 112% cùng kỳ năm ngoái",
        "tăng 15% so với cùng kỳ năm trước",
        "cao hơn năm trước 3 xã",
    ],
)
def test_a_relative_year_compared_with_is_a_base(sentence: str) -> None:
    m = re.search(PERIOD_PATTERN, sentence)
    assert m is not None and is_comparison_base(sentence, m.start())


@pytest.mark.parametrize(
    ("sentence", "base"),
    [
        ("có 60 xã, tăng 9 xã so với năm 2020", True),
        ("gấp 2 lần so với cuối năm 2015", True),
        ("tăng 36 tiêu chí so tháng 6/2015", True),
        # words between the comparison and its base, or none at all
        ("gấp 3 lần so với thời điểm bắt đầu xây dựng nông thôn mới năm 2010", True),
        ("so với cùng thời điểm năm 2022", True),
        ("bằng 95% cùng kỳ năm 2019", True),  # the same time of another year, no "so với"
        ("đạt 104% cùng thời điểm năm 2021", True),
        ("Cùng kỳ năm 2019, tỉnh có 50 xã", False),  # a state of that time, no comparison
        ("cùng thời điểm năm 2020 mới có 41 xã", False),
        ("thu nhập tăng gấp 2,5 lần năm 2011", True),
        ("tăng 3 xã so với kế hoạch, năm 2019 tỉnh có", False),
        ("đạt chuẩn với tổng kinh phí năm 2019", False),
        ("đến hết năm 2020 có 60 xã", False),
        # a span after "từ" is the span: "giai đoạn từ năm 2010-2015 huy động …"
        ("giai đoạn từ năm 2011-2015 huy động được 300 tỷ đồng", False),
        ("thời kỳ từ 2016 - 2018 tỉnh đã có", False),
        ("thu nhập cao hơn năm 2015", True),
    ],
)
def test_a_comparison_base(sentence: str, base: bool) -> None:
    m = re.search(PERIOD_PATTERN, sentence)
    assert m is not None and is_comparison_base(sentence, m.start()) is base


@pytest.mark.parametrize(
    "sentence",
    ["Qua 8 năm thực hiện, huyện đã huy động", "5 năm vừa qua, tỉnh", "sau hơn 3 năm xây dựng"],
)
def test_years_back_read_back_from_the_match_alone(sentence: str) -> None:
    # a fact's context keeps only the matched words: they must carry the word after "năm"
    m = re.search(PERIOD_PATTERN, sentence)
    assert m is not None and parse_period(m.group(), now=2020) is not None


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Bắt đầu từ năm 2009, xã triển khai", True),
        ("khởi công năm 2015, hoàn thành", True),
        ("xã bắt đầu xây dựng nông thôn mới năm 2011", True),
        ("huyện được thành lập năm 1997", True),
        ("xã đã đạt chuẩn năm 2015", False),
        ("Từ đầu năm 2024 đến nay", False),  # since the start of the year of writing
    ],
)
def test_a_start(sentence: str, start: bool) -> None:
    m = re.search(r"năm (?:19|20)\d\d", sentence)
    assert m is not None and is_start(sentence, m.start()) is start


@pytest.mark.parametrize(
    ("sentence", "document"),
    [
        ("Thực hiện Quyết định số 491/QĐ-TTg năm 2009 của Thủ tướng", True),
        ("theo Nghị quyết 26-NQ/TW năm 2008", True),
        ("Quyết định 1600/QĐ-TTg của Thủ tướng Chính phủ năm 2016", True),
        ("Theo quyết định công nhận, năm 2019 xã đạt chuẩn", False),  # no decision number
        # the year of the standard a decision recognises
        ("Quyết định số 1205/QĐ-TTg công nhận huyện Vũ Thư đạt chuẩn năm 2022", False),
        ("Quyết định 88/QĐ-TTg của Thủ tướng công nhận thị xã đạt chuẩn năm 2021", False),
        ("Năm 2019, tỉnh có 12 xã", False),
    ],
)
def test_a_decisions_year(sentence: str, document: bool) -> None:
    m = re.search(PERIOD_PATTERN, sentence)
    assert m is not None and names_a_document(sentence, m.start()) is document


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("Tính đến hết năm 2020, toàn tỉnh có 60 xã", True),
        ("đến cuối năm 2018 là 85 xã", True),
        ("Tính tới hết tháng 6/2017 có 57 xã", True),
        ("Năm 2019, tỉnh có 12 xã đăng ký", False),
    ],
)
def test_a_date_a_state_is_reached_at(sentence: str, state: bool) -> None:
    m = re.search(PERIOD_PATTERN, sentence)
    assert m is not None and is_state_date(sentence, m.start()) is state


@pytest.mark.parametrize(
    ("period", "report", "written"),
    [
        ("2019-M06", "2019-H1", "2019-H1"),  # one document, one way
        ("2019-M03", "2019-H1", "2019-H1"),
        ("2015-M11", "2015", "2015"),
        ("2015-M11", None, "2015"),
        ("2020-M01-09", "2020", "2020-M01-09"),
        ("2024-M09", "2024-M01-09", "2024-M01-09"),  # a nine-month report's last month
        ("2024-M11", "2024-M01-09", "2024"),
        ("2023-M09", "2024-M01-09", "2023"),
        ("2011-2015", "2015", "2011-2015"),
    ],
)
def test_a_month_is_written_as_the_documents_year_or_half(
    period: str, report: str | None, written: str
) -> None:
    assert harmonise(period, report) == written


@pytest.mark.parametrize(
    ("period", "contract"),
    [
        ("2024-M01-09", "2024"),
        ("2020-Q1", "2020"),
        ("2021-M11", "2021"),
        ("2019-H1", "2019-H1"),
        ("2019-H2", "2019-H2"),
        ("2016-2020", "2016-2020"),
        ("2020", "2020"),
        (None, None),
    ],
)
def test_periods_leave_in_the_contracts_forms(period: str | None, contract: str | None) -> None:
    assert contract_form(period) == contract


@pytest.mark.parametrize(
    ("period", "date", "year"),
    [
        ("2016-H1", None, 2015),  # the first half: 2016 is not yet a whole year
        ("2016-H2", None, 2016),
        ("2020", "2020-12-15", 2020),
        ("2015", "2016-01-20", 2015),  # a report on 2015 written early in 2016
        ("2011-2015", "2016-02-01", 2015),
        (None, "2016-03-16", 2015),  # a news text of March 2016
        (None, "2016-10-02", 2016),
        ("2016", "2016-03-16", 2015),  # the year it was printed in, not yet over
        (None, None, None),
    ],
)
def test_the_last_whole_year_of_a_texts_present(
    period: str | None, date: str | None, year: int | None
) -> None:
    assert last_full_year(period, date) == year


def test_a_day_with_no_until_word_is_no_period() -> None:
    # "Quyết định số 283/QĐ-UBND ngày 26/01/2022": the date of a decision, not a state's time
    assert parse_period("ngày 26/01/2022") is None
    assert parse_period("ký ngày 3/8/2021") is None


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("Đến 2030 phấn đấu 100% xã đạt chuẩn", "2030"),
        ("tới hết 2027, toàn huyện có 18 xã đạt chuẩn", "2027"),
        ("đến cuối 2024 có 12 xã đạt chuẩn nâng cao", "2024"),
    ],
)
def test_a_year_after_den_without_nam_is_a_year(written: str, period: str) -> None:
    assert parse_period(written) == period


@pytest.mark.parametrize(
    "written", ["tăng từ 1.500 đến 2000 hộ", "hỗ trợ đến 2000 hộ nghèo", "nâng lên 2020 m2"]
)
def test_a_number_after_den_is_no_year(written: str) -> None:
    assert parse_period(written) is None


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("Kết quả thực hiện các tiêu chí (06/2018)", "2018-M06"),
        ("Tiến độ (tháng 9/2020)", "2020-M09"),
        ("trong giai đoạn I, huyện", "2011-2015"),
        ("kết thúc giai đoạn 1.", "2011-2015"),
        ("bước sang giai đoạn II", "2016-2020"),
        ("Giai đoạn I (2010-2015), tỉnh", "2010-2015"),
        ("giai đoạn 2016-2020", "2016-2020"),
    ],
)
def test_heading_months_and_programme_phases(written: str, period: str) -> None:
    assert parse_period(written) == period


@pytest.mark.parametrize(
    "written", ["giai đoạn 2 của dự án", "giai đoạn 1 công trình", "(12/2019/QĐ)", "số 12/2019"]
)
def test_a_projects_phase_or_a_document_number_is_no_period(written: str) -> None:
    assert parse_period(written) is None


def test_every_programme_phase_example_reads_as_its_phase() -> None:
    from baocao.data.lexicon import load_data

    data = load_data("programme_phases.toml")
    for phase in data["phase"]:
        assert len(phase["example"]) >= 2
        for example in phase["example"]:
            assert parse_period(example) == f"{phase['first']}-{phase['last']}", example


@pytest.mark.parametrize(
    ("written", "now", "period"),
    [
        # the count reaches back to the programme's first years: its whole run
        ("sau 12 năm triển khai chương trình", 2022, "2011-2022"),
        ("qua 14 năm xây dựng nông thôn mới", 2022, "2011-2022"),
        # "hơn" back into the first phase: the whole run, however the years are rounded
        ("Qua hơn 9 năm thực hiện", 2022, "2011-2022"),
        # a count within a later phase stays as counted, "hơn" or not
        ("qua hơn 2 năm thực hiện", 2023, "2022-2023"),
        ("sau 5 năm xây dựng", 2022, "2018-2022"),
    ],
)
def test_years_back_to_the_programme_start_are_its_whole_run(
    written: str, now: int, period: str
) -> None:
    assert parse_period(written, now=now) == period
