"""A multiplier ("gấp 2,5 lần", "tăng 1,8 lần so với …") next to an amount, an income or a
rate is a comparison: no amount, no share and no percentage is read from "N lần", and the
amount or rate beside it keeps its own value (README "A multiplier is no percentage fact";
the eleventh session listed the class as left, found handled: this module holds it). Our
own wordings."""

from __future__ import annotations

import pytest
from readfacts import report_and_facts

HEADER = "UBND HUYỆN LÂM THAO\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2023\n\n"


def values(facts) -> list[tuple[str, float]]:
    out: list[tuple[str, float]] = []
    for f in facts:
        if f.kind == "funding":
            out.append(("funding", f.amount_vnd))
        elif f.kind == "percentage":
            out.append(("percentage", float(f.value)))
    return sorted(out)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tổng vốn huy động năm 2023 đạt 180 tỷ đồng, gấp 2,5 lần năm 2020.",
            [("funding", 180_000_000_000)],
        ),
        (
            "Vốn tín dụng năm 2023 là 60 tỷ đồng, tăng 1,8 lần so với năm 2020 (33 tỷ đồng).",
            [("funding", 60_000_000_000)],
        ),
        (
            "Thu nhập bình quân đạt 51 triệu đồng/người/năm, tăng 1,6 lần so với năm 2019.",
            [("percentage", 51.0)],
        ),
        (
            "Tỷ lệ hộ nghèo còn 1,9%, giảm 2,2 lần so với đầu giai đoạn.",
            [("percentage", 1.9)],
        ),
    ],
)
def test_a_multiplier_is_no_amount_and_no_share(make_document, sentence, expected) -> None:
    _, facts = report_and_facts(make_document, HEADER + sentence + "\n")
    assert values(facts) == expected


def test_a_multiplier_alone_gives_nothing(make_document) -> None:
    text = HEADER + "Giá trị sản xuất nông nghiệp gấp 3,2 lần so với năm 2015.\n"
    _, facts = report_and_facts(make_document, text)
    assert values(facts) == []
