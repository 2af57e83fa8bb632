"""A disbursement naming no source, in the sentence right after the money of one source was
stated ("Vốn X năm 2024 là 50 tỷ đồng. Kinh phí giải ngân đến ngày … là 32 tỷ đồng"), is
what was disbursed of that money: its source, no total of its own (issue 8, the devak
development set: a district's results). Every text is our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument
from readfacts import news_facts_of as facts_of


def _sources(make_document: MakeDocument, text: str) -> dict[int, str]:
    return {
        f.to_record()["amount_vnd"]: f.to_record()["source"]
        for f in facts_of(make_document, text)
        if f.kind == "funding"
    }


@pytest.mark.parametrize(
    ("body", "amount", "source"),
    [
        (
            "Năm 2024, vốn ngân sách tỉnh bố trí cho chương trình là 50 tỷ đồng. Kinh phí giải "
            "ngân đến ngày 30/11/2024 là 32.500 triệu đồng.",
            32_500_000_000,
            "province",
        ),
        (
            "Nguồn vốn ngân sách Trung ương năm 2023 là 18 tỷ đồng, phân bổ theo Quyết định số "
            "120/QĐ-UBND. Số vốn đã giải ngân đến ngày 31/12/2023 đạt 15 tỷ đồng.",
            15_000_000_000,
            "central",
        ),
    ],
)
def test_a_disbursement_after_one_sources_money_is_of_that_source(
    make_document: MakeDocument, body: str, amount: int, source: str
) -> None:
    text = "Kết quả xây dựng nông thôn mới huyện Krông Bông\n\n" + body + "\n"
    assert _sources(make_document, text)[amount] == source


def test_a_disbursement_naming_its_own_source_keeps_it(make_document: MakeDocument) -> None:
    # twin: the disbursement's own words name another source
    text = (
        "Kết quả xây dựng nông thôn mới huyện Krông Bông\n\nNăm 2024, ngân sách tỉnh bố trí 50 "
        "tỷ đồng. Vốn lồng ghép giải ngân đến ngày 30/11/2024 là 20 tỷ đồng.\n"
    )
    assert _sources(make_document, text)[20_000_000_000] == "integrated"


def test_a_disbursement_after_a_total_stays_the_totals(make_document: MakeDocument) -> None:
    # twin: after the programme's total, the money disbursed is of the total
    text = (
        "Kết quả xây dựng nông thôn mới huyện Krông Bông\n\nTổng vốn huy động năm 2024 là 90 tỷ "
        "đồng. Kinh phí giải ngân đến ngày 30/11/2024 là 60 tỷ đồng.\n"
    )
    assert _sources(make_document, text)[60_000_000_000] == "total"
