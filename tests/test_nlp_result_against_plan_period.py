"""A result measured against the plan is no plan the text is (FACTS.md, "When and where a fact
is": "A comparison base does not change it"): in an undated provincial summary, "gấp 2 lần so
kế hoạch, tăng 15 xã so với năm 2016" names the plan a result beat and the year it is compared
with, so neither dates the text; the year its own results are dated by does. The examples are
our own."""

from __future__ import annotations

import pytest
from readfacts import news_report_and_facts

LEAD = (
    "Nông nghiệp tăng trưởng ổn định\n"
    "Tỉnh tiếp tục thực hiện đề án hỗ trợ giống cây trồng, vật nuôi năm 2017, tốc độ tăng "
    "trưởng kinh tế đạt 8,4%.\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "Số xã đạt từ 15 tiêu chí trở lên là 42 xã, gấp 2 lần so kế hoạch, tăng 15 xã so "
        "với năm 2016.",
        "Toàn tỉnh có 61 xã đạt 10 tiêu chí trở lên, bằng 130% so với kế hoạch, tăng 9 xã so "
        "năm 2016.",
    ],
)
def test_a_plan_beaten_and_a_base_year_do_not_date_the_text(make_document, closing: str) -> None:
    report, _ = news_report_and_facts(make_document, LEAD + closing + "\n")
    assert report.period == "2017"


def test_a_plan_the_lead_sets_out_still_dates_it(make_document) -> None:
    # twin: a plan for one year opening the text dates the text (as before)
    report, _ = news_report_and_facts(
        make_document,
        "Kế hoạch năm 2019 về xây dựng nông thôn mới\n"
        "Tỉnh phấn đấu có thêm 12 xã đạt chuẩn, bình quân đạt 16 tiêu chí/xã.\n",
    )
    assert report.period == "2019"
