"""The first item of a "gồm:" list whose lead names the budgets ("… ngân sách tỉnh và huyện
gồm: ngân sách tỉnh 9 tỷ đồng, ngân sách huyện 4 tỷ đồng") takes its own source, as the items
after it do: the lead is its parent, never joined to it (``province+district``). Money a level
devolved to the one below ("phân cấp ngân sách huyện") is the money of the budget its lead or
heading names, wherever it stands in the list. Every text is our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument
from readfacts import news_facts_of as facts_of


def _sources(make_document: MakeDocument, line: str) -> list[tuple[int, str]]:
    text = "Xây dựng nông thôn mới\n\n" + line + "\n"
    return [
        (f.to_record()["amount_vnd"], f.to_record()["source"])
        for f in facts_of(make_document, text)
        if f.kind == "funding"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Năm 2023, xã được bố trí vốn ngân sách tỉnh và ngân sách huyện gồm: ngân sách tỉnh "
        "9 tỷ đồng, ngân sách huyện 4 tỷ đồng.",
        "Nguồn ngân sách địa phương đã phân bổ bao gồm: ngân sách tỉnh 9 tỷ đồng; ngân sách "
        "huyện 4 tỷ đồng.",
    ],
)
def test_the_first_item_takes_its_own_budget(make_document: MakeDocument, line: str) -> None:
    assert _sources(make_document, line) == [
        (9_000_000_000, "province"),
        (4_000_000_000, "district"),
    ]


def test_a_first_item_naming_no_budget_takes_the_leads(make_document: MakeDocument) -> None:
    # twin: the item's own words name no budget ("xổ số kiến thiết"): the lead's
    line = "Đã giải ngân vốn ngân sách tỉnh gồm: xổ số kiến thiết 7 tỷ đồng; vốn đất 2 tỷ đồng."
    assert _sources(make_document, line)[0] == (7_000_000_000, "province")


@pytest.mark.parametrize(
    "line",
    [
        "Đã giải ngân vốn ngân sách tỉnh gồm: phân cấp ngân sách huyện 3 tỷ đồng; xổ số kiến "
        "thiết 7 tỷ đồng.",
        "Đã giải ngân vốn ngân sách tỉnh gồm: xổ số kiến thiết 7 tỷ đồng; phân cấp ngân sách "
        "huyện 3 tỷ đồng.",
    ],
)
def test_money_devolved_is_the_leads_budget(make_document: MakeDocument, line: str) -> None:
    assert dict(_sources(make_document, line))[3_000_000_000] == "province"
