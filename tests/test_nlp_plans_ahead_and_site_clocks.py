"""When a text is (README, "Decisions", eleventh session), our own wordings:

* a text whose lead says a plan or programme for a span ahead is issued or set going
  ("UBND tỉnh ban hành Kế hoạch … giai đoạn 2026-2030", printed in 2025 or 2026) is of the
  span, not of the year it is printed in;
* a site's clock on a page's first line, above the headline ("Thứ Hai, 07/12/2026 09:00"),
  dates neither the text nor its facts when a byline under the headline gives the article's
  date in any form ("Nguyễn Văn A - 15/03/2025", "(Ngày đăng: 15/3/2025)"), nor when it is
  more than a year after every year the text writes as its present.
"""

from __future__ import annotations

import pytest
from readfacts import NEWS, report_and_facts


@pytest.mark.parametrize(
    "body",
    [
        "UBND tỉnh Bến Tre ban hành Kế hoạch xây dựng nông thôn mới\n"
        "Ngày 15/3/2026, UBND tỉnh Bến Tre ban hành Kế hoạch số 85/KH-UBND thực hiện Chương "
        "trình xây dựng nông thôn mới giai đoạn 2026-2030. Theo đó, tỉnh phấn đấu đến năm 2030 "
        "có 90% số xã đạt chuẩn nông thôn mới.\n",
        "Vĩnh Long: Triển khai chương trình nông thôn mới giai đoạn mới\n"
        "Thứ Năm, 20/11/2025 08:15\n"
        "Tỉnh Vĩnh Long vừa phê duyệt Chương trình xây dựng nông thôn mới giai đoạn 2026 - 2030 "
        "với tổng vốn dự kiến 12.000 tỷ đồng. Mục tiêu đến năm 2030, 100% số xã đạt chuẩn.\n",
    ],
)
def test_a_plan_ahead_set_going_is_of_its_span(make_document, body: str) -> None:
    report, facts = report_and_facts(make_document, body, name=NEWS)
    assert report.period == "2026-2030"
    assert {f.criteria_set for f in facts} == {"2026-2030"}


def test_a_plan_carried_out_over_a_span_gone_by_is_not_its_span(make_document) -> None:
    body = (
        "Bến Tre tổng kết chương trình nông thôn mới\n"
        "Ngày 10/12/2025, UBND tỉnh Bến Tre tổng kết việc triển khai Chương trình xây dựng "
        "nông thôn mới giai đoạn 2021-2025. Đến nay, toàn tỉnh có 54/56 xã đạt chuẩn.\n"
    )
    report, _ = report_and_facts(make_document, body, name=NEWS)
    assert report.period == "2025"  # the state reached now, the span ending


@pytest.mark.parametrize(
    "byline",
    ["Nguyễn Văn A - 15/03/2025", "(Ngày đăng: 15/3/2025)", "Đăng ngày 15/03/2025 lúc 10:20"],
)
def test_a_byline_under_the_headline_beats_the_sites_clock(make_document, byline: str) -> None:
    body = (
        "Thứ Hai, 07/12/2026 09:00\n"
        "Bến Tre: nông thôn mới khởi sắc\n"
        f"{byline}\n"
        "Đến nay, toàn tỉnh Bến Tre có 54/56 xã đạt chuẩn nông thôn mới.\n"
    )
    report, facts = report_and_facts(make_document, body, name=NEWS)
    assert (report.date, report.period) == ("2025-03-15", "2025")
    assert [f.period for f in facts if f.kind == "coverage"] == ["2025"]


def test_a_clock_long_after_the_texts_years_dates_nothing(make_document) -> None:
    body = (
        "Thứ Hai, 07/12/2026 09:00\n"
        "Trà Vinh: nông thôn mới khởi sắc\n"
        "Năm 2024, tỉnh Trà Vinh có thêm 5 xã đạt chuẩn. Đến nay, toàn tỉnh có 80/85 xã đạt "
        "chuẩn nông thôn mới.\n"
    )
    report, facts = report_and_facts(make_document, body, name=NEWS)
    assert report.date is None
    assert "2026" not in {f.period for f in facts}
