"""A half of the year in words ("nửa đầu năm 2021", "nửa cuối năm 2019") is a half-year
period, and a news text whose lead opens on the first half ("Nửa đầu năm 2021, toàn tỉnh
huy động …") is on it (`YYYY-H1`), as "6 tháng đầu năm" already was (set AQ's Quảng Bình
text). Our own wordings (README, "Decisions", eleventh session, `fixaq`)."""

from __future__ import annotations

import pytest
from readfacts import NEWS, report_and_facts

from baocao.vocab.periods import parse_period


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("nửa đầu năm 2021", "2021-H1"),
        ("trong nửa cuối năm 2019", "2019-H2"),
        ("Nửa đầu năm nay", "2022-H1"),
    ],
)
def test_a_half_in_words(written: str, period: str) -> None:
    assert parse_period(written, now=2022) == period


@pytest.mark.parametrize(
    "lead",
    [
        "Nửa đầu năm 2021, tổng các nguồn vốn huy động xây dựng nông thôn mới tỉnh Hà Tĩnh "
        "đạt hơn 900 tỷ đồng.",
        "Trong nửa đầu năm 2021, tỉnh Hà Tĩnh huy động được 900 tỷ đồng xây dựng nông thôn mới.",
    ],
)
def test_a_lead_on_the_first_half_dates_the_text(make_document, lead: str) -> None:
    body = f"Hà Tĩnh huy động 900 tỷ đồng trong 6 tháng\n\nKinh tế 05/08/2021 - 10:12\n\n{lead}\n"
    report, _ = report_and_facts(make_document, body, name=NEWS)
    assert report.period == "2021-H1"
