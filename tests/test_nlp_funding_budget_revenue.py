"""Budget revenue is money a budget collects, never money of the programme (FACTS.md: what a
funding fact is). A revenue word in an amount's label ("thu ngân sách", "thu nội địa", "thu
trên địa bàn") makes it revenue, and so does a part listed after a revenue amount in its
sentence ("…, trong đó thu …", "…; thu từ đất …"). Every text is our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument
from readfacts import news_facts_of as facts_of

HEAD = "Xây dựng nông thôn mới\n\nHuyện huy động 95 tỷ đồng để xây dựng nông thôn mới. "


def _amounts(make_document: MakeDocument, line: str) -> set[int]:
    return {
        f.to_record()["amount_vnd"]
        for f in facts_of(make_document, HEAD + line + "\n")
        if f.kind == "funding"
    }


@pytest.mark.parametrize(
    "line",
    [
        # a revenue word of its own, in a paragraph that speaks of money raised
        "Thu nội địa của huyện cả năm ước đạt 310 tỷ đồng.",
        "Tổng thu trên địa bàn thị xã năm 2023 được 41,5 tỷ đồng.",
        # the parts of a revenue amount, after "trong đó" or in the next ";" clause
        "Thu ngân sách nhà nước cả năm được 520 tỷ đồng, trong đó thu từ đất 210 tỷ đồng, "
        "thu phí và lệ phí 12 tỷ đồng.",
        "Tổng thu ngân sách ước đạt 170 tỷ đồng, vượt 9% dự toán; trong đó, thu trên địa bàn "
        "được 33,4 tỷ đồng.",
        "Tổng thu NSNN đạt 640 tỷ đồng, trong đó: ngân sách tỉnh hưởng 400 tỷ đồng, ngân sách "
        "huyện hưởng 240 tỷ đồng.",
        "Năm 2024 huyện thu ngân sách được 260 tỷ đồng; thu tiền sử dụng đất 88 tỷ đồng.",
    ],
)
def test_budget_revenue_is_no_funding(make_document: MakeDocument, line: str) -> None:
    assert _amounts(make_document, line) == {95_000_000_000}


def test_money_raised_after_revenue_in_its_sentence_is_still_funding(
    make_document: MakeDocument,
) -> None:
    # twin: the clause after the revenue raises money of its own (a flow verb)
    line = "Thu ngân sách năm 2024 đạt 260 tỷ đồng; huy động 48 tỷ đồng làm đường giao thông."
    assert 48_000_000_000 in _amounts(make_document, line)


def test_a_land_fee_put_into_the_programme_is_still_funding(make_document: MakeDocument) -> None:
    # twin: a fee collected is a source of the programme's money once it is spent on it
    line = "Nguồn vốn từ tiền sử dụng đất bố trí cho xây dựng nông thôn mới là 30 tỷ đồng."
    assert 30_000_000_000 in _amounts(make_document, line)
