"""The data's cut-off: "(tính) đến thời điểm báo cáo (ngày) 30/6/2024" dates the state as
the end of the period, never the report's issue date (FACTS.md: a report's date is when it
was written or published). A text that nothing else dates keeps no date: the day the data
stops is not the day the text was issued, which is unknown. Left by the eleventh session;
our own wordings."""

from __future__ import annotations

import pytest
from readfacts import NEWS, report_and_facts

HEADER = "UBND HUYỆN THANH SƠN\nBÁO CÁO\nTình hình xây dựng nông thôn mới\n\n"


@pytest.mark.parametrize(
    "cutoff",
    [
        "Đến thời điểm báo cáo 30/6/2024",
        "Tính đến thời điểm báo cáo ngày 30/6/2024",
        "Tính đến thời điểm báo cáo (ngày 30/6/2024)",
        "Đến thời điểm tổng kết ngày 30/6/2024",
    ],
)
def test_the_cutoff_dates_the_state_as_the_half_it_closes(make_document, cutoff: str) -> None:
    text = HEADER + f"{cutoff}, toàn huyện có 11/21 xã đạt chuẩn nông thôn mới.\n"
    report, facts = report_and_facts(make_document, text)
    assert [(f.units_met, f.period) for f in facts if f.kind == "coverage"] == [(11, "2024-H1")]
    assert report.date is None


def test_a_cutoff_in_another_month_dates_the_year(make_document) -> None:
    text = HEADER + (
        "Tính đến thời điểm báo cáo ngày 15/10/2023, huyện có 10/21 xã đạt chuẩn nông thôn mới.\n"
    )
    _, facts = report_and_facts(make_document, text)
    assert [f.period for f in facts if f.kind == "coverage"] == ["2023"]


@pytest.mark.parametrize(
    "closing",
    [
        "Tính đến thời điểm báo cáo 30/9/2022",
        "Đến thời điểm báo cáo: 30/9/2022",
        "(Số liệu tính đến thời điểm báo cáo 30/9/2022)",
    ],
)
def test_a_closing_cutoff_line_is_no_byline(make_document, closing: str) -> None:
    # "báo" in "báo cáo" is no paper's name: the line is the data's cut-off, not the date the
    # article was printed
    text = (
        "Huyện Tam Nông về đích nông thôn mới\n\n"
        "Huyện Tam Nông có 12/12 xã đạt chuẩn nông thôn mới, thu nhập bình quân đạt 52 "
        f"triệu đồng/người/năm.\n\n{closing}\n"
    )
    report, _ = report_and_facts(make_document, text, name=NEWS)
    assert report.date is None


def test_a_credit_line_still_dates_the_article(make_document) -> None:
    text = (
        "Huyện Tam Nông về đích nông thôn mới\n\n"
        "Huyện Tam Nông có 12/12 xã đạt chuẩn nông thôn mới.\n\n(Theo Báo Phú Thọ, 4/10/2022)\n"
    )
    report, _ = report_and_facts(make_document, text, name=NEWS)
    assert report.date == "2022-10-04"
