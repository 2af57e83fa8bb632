"""A date written before a share ("ước đến 31/12/2018 giải ngân đạt 90,5%") holds no count
and base ("12/2018"): the share has no part and whole, and the auditor weighs nothing
against it (set AQ's false `percent_mismatch`, 12/2.018). Our own wordings (README,
"Decisions", eleventh session, `fixaq`)."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2018, huyện Đức Trọng ước đến 31/12/2018 giải ngân thanh toán đạt 88,5%.\n",
        "Năm 2020, huyện Bảo Lâm dự kiến đến ngày 30/6/2020 tỷ lệ giải ngân đạt 60%.\n",
    ],
)
def test_a_date_before_a_share_is_no_count(make_document, body) -> None:
    shares = [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "percentage"]
    assert [(f.part, f.whole) for f in shares] == [(None, None)]


def test_a_count_before_a_share_stays_its_count(make_document) -> None:
    body = "Năm 2018, huyện Đức Trọng có 1.200/1.500 hộ dùng nước sạch, đạt 80%.\n"
    shares = [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "percentage"]
    assert [(f.part, f.whole) for f in shares] == [(1200.0, 1500.0)]
