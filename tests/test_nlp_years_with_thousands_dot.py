"""A year typed with a thousands dot ("tháng 6/2.025", "năm 2.024", "giai đoạn 2.021-2.025")
is the year it writes, for periods and dates alike, wherever the words before it make it a
year (:mod:`baocao.vocab.dotted_years`); a dotted number anywhere else ("2.025 triệu đồng",
"năm 2.025 hộ") stays a number. Left by the eleventh session; our own wordings."""

from __future__ import annotations

import pytest
from readfacts import read_text, report_and_facts

from baocao.vocab.dotted_years import years_undotted

HEADER = "UBND HUYỆN MƯỜNG KHƯƠNG\nSố: 88/BC-UBND\nMường Khương, ngày 05 tháng 7 năm 2.024\n\n"


def test_a_dotted_year_dates_the_report_and_its_facts(make_document) -> None:
    text = HEADER + (
        "BÁO CÁO\nKết quả xây dựng nông thôn mới năm 2.023\n\n"
        "Năm 2.023, toàn huyện có 8/16 xã đạt chuẩn nông thôn mới.\n"
    )
    # traced: every quote still slices back out of the text as written, dots and all
    _, report, facts = read_text(make_document, text, traced=True)
    assert report.date == "2024-07-05"
    (coverage,) = [f for f in facts if f.kind == "coverage"]
    assert (coverage.units_met, coverage.period) == (8, "2023")


def test_a_month_and_a_dotted_year_date_a_state(make_document) -> None:
    text = HEADER + "Đến tháng 12/2.023, huyện có 9/16 xã đạt chuẩn nông thôn mới.\n"
    _, facts = report_and_facts(make_document, text)
    assert [(f.units_met, f.period) for f in facts if f.kind == "coverage"] == [(9, "2023")]


def test_a_dotted_span_is_a_span(make_document) -> None:
    text = HEADER + (
        "Giai đoạn 2.021-2.023, huyện huy động tổng nguồn vốn 350 tỷ đồng cho xây dựng "
        "nông thôn mới.\n"
    )
    _, facts = report_and_facts(make_document, text)
    assert [(f.amount_vnd, f.period) for f in facts if f.kind == "funding"] == [
        (350_000_000_000, "2021-2023")
    ]


def test_an_amount_written_like_a_year_stays_an_amount(make_document) -> None:
    text = HEADER + "Năm 2.023, tổng nguồn vốn huy động là 2.024 triệu đồng.\n"
    _, facts = report_and_facts(make_document, text)
    assert [(f.amount_vnd, f.period) for f in facts if f.kind == "funding"] == [
        (2_024_000_000, "2023")
    ]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("năm 2.024,", "năm 2024 ,"),
        ("ngày 30/6/2.024.", "ngày 30/6/2024 ."),
        ("tháng 9-2.022 ", "tháng 9-2022  "),
        ("nhiệm kỳ 2.020-2.025", "nhiệm kỳ 2020 -2025 "),
        ("2.016 - 2.020:", "2016  - 2020 :"),
        # a count, an amount, a longer number: never a year
        ("năm 2.025 hộ thoát nghèo", "năm 2.025 hộ thoát nghèo"),
        ("có 2.024 người", "có 2.024 người"),
        ("đạt 2.021 tỷ đồng", "đạt 2.021 tỷ đồng"),
        ("năm 2.024.500", "năm 2.024.500"),
        ("năm 3.024", "năm 3.024"),
    ],
)
def test_only_a_year_in_a_years_place_loses_its_dot(written: str, read: str) -> None:
    assert years_undotted(written) == read
    assert len(years_undotted(written)) == len(written)
