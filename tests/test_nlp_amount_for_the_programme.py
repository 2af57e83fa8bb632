"""An amount followed at once by the programme it builds ("Hơn 23 tỷ đồng xây dựng nông thôn
mới 2018", "40 tỷ đồng cho xây dựng NTM"), a headline's wording with no money word before
it, is the programme's money (set AQ's Lâm Hà headline). Our own wordings (README,
"Decisions", eleventh session, `fixaq`)."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


@pytest.mark.parametrize(
    ("headline", "amount"),
    [
        ("Đức Trọng: Hơn 31 tỷ đồng xây dựng nông thôn mới 2019", 31_000_000_000),
        ("Đức Trọng dành 12,5 tỷ đồng cho xây dựng NTM", 12_500_000_000),
    ],
)
def test_a_headlines_amount_for_the_programme(make_document, headline, amount) -> None:
    body = f"{headline}\n\nNăm 2019, huyện Đức Trọng có 10/14 xã đạt chuẩn nông thôn mới.\n"
    funding = [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "funding"]
    assert [(f.source, f.amount_vnd) for f in funding] == [("total", amount)]


def test_an_income_is_still_no_funding(make_document) -> None:
    body = "Năm 2019, thu nhập bình quân của huyện Đức Trọng đạt 45 triệu đồng/người/năm.\n"
    assert [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "funding"] == []
