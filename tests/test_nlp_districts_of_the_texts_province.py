"""District-level units counted "trên địa bàn Thành phố/Tỉnh" (no name after) are the text's
own province's, even when the sentence's subject is the national government ("Thủ tướng …
công nhận cho 03/05 huyện trên địa bàn Thành phố"): not the country. Our own wordings
(README, "Decisions", eleventh session)."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


@pytest.mark.parametrize(
    ("body", "region", "met", "total"),
    [
        (
            "Hà Nội: thêm 3 huyện đạt chuẩn nông thôn mới\n"
            "Năm 2022, Thủ tướng Chính phủ đã ký quyết định công nhận cho 03/05 huyện trên địa "
            "bàn Thành phố đạt chuẩn nông thôn mới.\n",
            "thành phố Hà Nội",
            3,
            5,
        ),
        (
            "Tỉnh Bến Tre đẩy mạnh xây dựng nông thôn mới\n"
            "Năm 2023, Thủ tướng Chính phủ công nhận 2/8 huyện trên địa bàn Tỉnh đạt chuẩn "
            "nông thôn mới.\n",
            "tỉnh Bến Tre",
            2,
            8,
        ),
        (
            "Tỉnh Hậu Giang: kết quả xây dựng nông thôn mới năm 2023\n"
            "Chính phủ đã công nhận 4/8 đơn vị cấp huyện thuộc tỉnh hoàn thành nhiệm vụ xây "
            "dựng nông thôn mới.\n",
            "tỉnh Hậu Giang",
            4,
            8,
        ),
    ],
)
def test_districts_of_the_province_are_not_the_countrys(
    make_document, body: str, region: str, met: int, total: int
) -> None:
    coverage = [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "coverage"]
    assert [(f.region, f.units_met, f.units_total) for f in coverage] == [(region, met, total)]


def test_a_national_count_stays_the_countrys(make_document) -> None:
    body = (
        "Tỉnh Bến Tre đẩy mạnh xây dựng nông thôn mới\n"
        "Đến nay, cả nước có 300 huyện đạt chuẩn nông thôn mới.\n"
    )
    coverage = [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "coverage"]
    assert [(f.region, f.units_met) for f in coverage] == [("cả nước", 300)]
