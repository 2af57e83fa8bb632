"""Money disbursed to a day and measured against its plan ("Tính đến hết tháng 3-2016, huyện
A đã giải ngân 12,4/15 tỷ đồng", "… 20 tỷ đồng (đạt 80% kế hoạch)") is the plan's money, of
the day's year, not a total since the programme began; money counted to a day with no plan
beside it stays the phase so far (set AQ's Hoành Bồ text; the leftover of set AU). Our own
wordings (README, "Decisions", eleventh session, `fixaq`)."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


@pytest.mark.parametrize(
    ("body", "period"),
    [
        (
            "Tính đến hết tháng 3-2016, huyện Tiên Yên đã giải ngân 12,4/15 tỷ đồng vốn nông "
            "thôn mới.\n",
            "2016",
        ),
        (
            "Tính đến hết tháng 9-2017, huyện Ba Chẽ đã giải ngân 20 tỷ đồng vốn nông thôn mới "
            "(đạt 80% kế hoạch).\n",
            "2017",
        ),
        (
            "Tính đến hết tháng 9-2015, huyện Ba Chẽ đã giải ngân 831 tỷ đồng vốn nông thôn mới.\n",
            "2011-2015",
        ),
    ],
)
def test_money_against_its_plan_is_of_the_days_year(make_document, body, period) -> None:
    funding = [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "funding"]
    assert [f.period for f in funding] == [period]
