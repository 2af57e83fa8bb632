"""Investment a place draws in ("thu hút … tỷ đồng vốn đầu tư", "… vốn đăng ký") is capital
of firms, not money of the programme (issue 8, the devak development set: a related-story
headline on a provincial page). Every text is our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument
from readfacts import news_facts_of as facts_of


@pytest.mark.parametrize(
    "line",
    [
        "Tỉnh Bắc Kạn đặt mục tiêu thu hút khoảng 25.000 tỷ đồng vốn đầu tư trong năm 2025.",
        "Năm 2024, huyện thu hút được 12 dự án với 3.400 tỷ đồng vốn đăng ký.",
    ],
)
def test_investment_drawn_in_is_no_funding(make_document: MakeDocument, line: str) -> None:
    text = (
        "Xây dựng nông thôn mới\n\n" + line + "\nToàn tỉnh có 80/108 xã đạt chuẩn nông thôn mới.\n"
    )
    assert [f for f in facts_of(make_document, text) if f.kind == "funding"] == []


def test_money_a_campaign_drew_in_is_still_funding(make_document: MakeDocument) -> None:
    # twin: people drawn into a campaign, then money raised, no investment named after it
    text = (
        "Xây dựng nông thôn mới\n\nPhong trào thu hút hơn 5.000 lượt người tham gia, huy động "
        "được 3,5 tỷ đồng để làm đường giao thông nông thôn.\n"
    )
    amounts = {
        f.to_record()["amount_vnd"] for f in facts_of(make_document, text) if f.kind == "funding"
    }
    assert 3_500_000_000 in amounts
