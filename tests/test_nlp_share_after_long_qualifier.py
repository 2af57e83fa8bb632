"""A K/N of units whose share closes its clause after a long qualifier ("9/16 xã được UBND
tỉnh công nhận đạt chuẩn … theo Bộ tiêu chí giai đoạn 2021-2025, chiếm tỷ lệ 56,25%") is
one coverage with its share as ``percent_stated``, not a coverage and the same share again
as a percentage of its own ("read twice", left since the tenth session). The share is taken
so far only when it is K of N and no other ratio or share lies between; one that is not
stays a percentage. Our own wordings."""

from __future__ import annotations

import pytest
from readfacts import report_and_facts

HEADER = "UBND HUYỆN CẨM KHÊ\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2024\n\n"


@pytest.mark.parametrize(
    ("sentence", "met", "total", "share"),
    [
        (
            "Đến nay, toàn huyện có 15/24 xã được Ủy ban nhân dân tỉnh quyết định công nhận đạt "
            "chuẩn nông thôn mới theo Bộ tiêu chí quốc gia giai đoạn 2021-2025, chiếm tỷ lệ 62,5%.",
            15,
            24,
            62.5,
        ),
        (
            "Huyện có 6/24 xã đạt chuẩn nông thôn mới nâng cao theo bộ tiêu chí do tỉnh ban hành "
            "tại Quyết định số 12/2022/QĐ-UBND, bằng 25%.",
            6,
            24,
            25.0,
        ),
    ],
)
def test_the_share_after_a_long_qualifier_is_the_coverages(
    make_document, sentence, met, total, share
) -> None:
    _, facts = report_and_facts(make_document, HEADER + sentence + "\n")
    read = [(f.units_met, f.units_total, f.percent_stated) for f in facts if f.kind == "coverage"]
    assert read == [(met, total, share)]
    assert [f.value for f in facts if f.kind == "percentage"] == []


def test_a_share_that_is_not_k_of_n_stays_apart(make_document) -> None:
    text = HEADER + (
        "Toàn huyện có 15/24 xã được công nhận đạt chuẩn nông thôn mới theo Bộ tiêu chí quốc "
        "gia giai đoạn 2021-2025, tỷ lệ hộ nghèo chiếm 3,1%.\n"
    )
    _, facts = report_and_facts(make_document, text)
    assert [f.percent_stated for f in facts if f.kind == "coverage"] == [None]


def test_a_share_after_a_band_under_a_long_qualifier_stays_apart(make_document) -> None:
    # "đạt từ 15-18 tiêu chí" is a band between: its share is not the K/N's even when it is
    # K of N
    text = HEADER + (
        "Theo kết quả rà soát của Ban Chỉ đạo huyện, có 6/24 xã đạt từ 15-18 tiêu chí nông "
        "thôn mới theo Bộ tiêu chí giai đoạn 2021-2025, chiếm 25%.\n"
    )
    _, facts = report_and_facts(make_document, text)
    assert [f.percent_stated for f in facts if f.kind == "coverage"] in ([], [None])
    assert [f.value for f in facts if f.kind == "percentage"] == [25.0]
