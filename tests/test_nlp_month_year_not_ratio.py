"""A month and its year before a unit word ("tháng 4/2024 huyện …") is never K of N units
(set AR, opened in the eleventh session). Our own wordings of the class."""

from __future__ import annotations

import pytest

from baocao.nlp import read_document
from baocao.normalize import reading_to_facts


def facts_of(make_document, body: str):
    document = make_document(body, name="tin.txt")
    return reading_to_facts(document, read_document(document))[1]


def coverage(facts) -> list[tuple[int, int | None]]:
    return sorted((f.units_met, f.units_total) for f in facts if f.kind == "coverage")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a month/year right before the subject's level word: a date, no coverage
        ("Tỉnh Phú Yên năm 2023.\nĐến tháng 6/2023 huyện Tây Hòa có 2 xã đạt chuẩn nâng "
         "cao.\n", [(2, None)]),
        ("Tỉnh Phú Yên năm 2022.\nTính đến 10/2022 xã Hòa Bình đã có 3/5 thôn đạt chuẩn "
         "khu dân cư kiểu mẫu.\n", [(3, 5)]),
        # a ratio of units whose whole is no year is still one
        ("Tỉnh Phú Yên năm 2022.\nĐến nay có 8/12 xã đạt chuẩn nông thôn mới.\n", [(8, 12)]),
    ],
)  # fmt: skip
def test_a_month_and_year_is_no_ratio(make_document, body, expected) -> None:
    assert coverage(facts_of(make_document, body)) == expected
