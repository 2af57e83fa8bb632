"""When a span written after an amount dates it. A careful reader dates the money by the span
of its own statement: in brackets right after it ("… 120 tỷ đồng (giai đoạn 2016-2020)") the
span is its own; a later ";"-clause with a figure of its own ("… 120 tỷ đồng; giai đoạn
2016-2020 có 12 xã …") is another statement, whose span is not the money's. Money a sentence
opens by setting beside its main clause's ("Ngoài vốn ngân sách 9 tỷ đồng theo cơ chế …; …,
giai đoạn 2011-2015, xã đã vận động …") is of the time that main clause opens with, whatever
";" the opening clause holds. Every text is our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument
from readfacts import news_facts_of as facts_of

HEAD = "Xây dựng nông thôn mới\n\nNăm 2019, xã tiếp tục thực hiện chương trình.\n\n"


def _periods(make_document: MakeDocument, line: str) -> dict[int, str | None]:
    return {
        f.to_record()["amount_vnd"]: f.to_record().get("period")
        for f in facts_of(make_document, HEAD + line + "\n")
        if f.kind == "funding"
    }


@pytest.mark.parametrize(
    "line",
    [
        "Ngoài vốn ngân sách 9 tỷ đồng theo cơ chế Nhà nước hỗ trợ 60%; nhân dân góp 40%, "
        "giai đoạn 2011-2015, xã đã vận động nhân dân đóng góp thêm 2,5 tỷ đồng.",
        "Thực hiện chương trình, bên cạnh nguồn vốn cấp trên hơn 9 tỷ đồng, giai đoạn "
        "2011-2015 xã còn vận động nhân dân đóng góp 2,5 tỷ đồng.",
    ],
)
def test_money_set_beside_the_main_clause_is_of_its_time(
    make_document: MakeDocument, line: str
) -> None:
    assert _periods(make_document, line) == {
        9_000_000_000: "2011-2015",
        2_500_000_000: "2011-2015",
    }


def test_a_span_in_brackets_right_after_dates_the_money(make_document: MakeDocument) -> None:
    line = "Xã đã huy động được 9 tỷ đồng (giai đoạn 2011-2015) để làm đường."
    assert _periods(make_document, line)[9_000_000_000] == "2011-2015"


@pytest.mark.parametrize(
    "line",
    [
        "Xã đã huy động được 9 tỷ đồng; giai đoạn 2011-2015 có 4 thôn đạt chuẩn.",
        "Xã đã huy động được 9 tỷ đồng; giai đoạn 2011-2015 nhân dân góp 2,5 tỷ đồng.",
    ],
)
def test_a_span_heading_a_later_statement_does_not_date_the_money(
    make_document: MakeDocument, line: str
) -> None:
    assert _periods(make_document, line)[9_000_000_000] == "2019"
