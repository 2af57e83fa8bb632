"""The cost of drawing up plans ("tổng kinh phí lập quy hoạch 4 tỷ đồng", "hoàn thành lập
quy hoạch …, kinh phí 600 triệu đồng") is money spent on one purpose with no source named:
source `other`, its purpose kept (FACTS.md "total"), never the programme's total (set AQ's
Hà Quảng text). Our own wordings (README, "Decisions", eleventh session, `fixaq`)."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


@pytest.mark.parametrize(
    "body",
    [
        "Đến nay, huyện Bảo Lạc có 14/17 xã hoàn thành lập quy hoạch, tổng kinh phí lập quy "
        "hoạch 4 tỷ đồng.\n",
        "Năm 2015, huyện Bảo Lạc chi tổng kinh phí lập quy hoạch chung các xã là 3,2 tỷ đồng.\n",
    ],
)
def test_a_planning_cost_is_no_total(make_document, body) -> None:
    funding = [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "funding"]
    assert [(f.source, bool(f.purpose)) for f in funding] == [("other", True)]


def test_the_programmes_total_stays_the_total(make_document) -> None:
    body = "Năm 2015, huyện Bảo Lạc có tổng kinh phí thực hiện chương trình là 30 tỷ đồng.\n"
    funding = [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "funding"]
    assert [f.source for f in funding] == ["total"]
