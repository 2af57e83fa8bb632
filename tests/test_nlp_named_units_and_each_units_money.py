"""Communes named with where they lie before their predicate, and money of "each unit" across a
semicolon (classes from the tenth session's opened sealed set AM). Our own wordings (README,
"Decisions", tenth session)."""

from __future__ import annotations

import pytest

from baocao.nlp import read_document
from baocao.normalize import reading_to_facts


def facts_of(make_document, body: str):
    document = make_document(body, name="tin.txt")
    return reading_to_facts(document, read_document(document))[1]


@pytest.mark.parametrize(
    ("body", "met", "scheme"),
    [
        ("Năm 2020, thành phố Cần Thơ công nhận 2 xã Thạnh Phú (huyện Cờ Đỏ) và Nhơn Ái (huyện "
         "Phong Điền) đạt chuẩn nông thôn mới nâng cao.\n", 2, "NTM nâng cao"),
        ("Năm 2019, tỉnh Hậu Giang có 3 xã Tân Bình (huyện Phụng Hiệp), Vị Thủy và Long Trị "
         "(thị xã Long Mỹ) được công nhận đạt chuẩn.\n", 3, "NTM"),
        # the eth typed for "Đ" (a Windows-1252 page) reads the same
        ("Năm 2020, thành phố Cần Thơ công nhận 2 xã Thạnh Phú (huyện Cờ \u00d0ỏ) và Nhơn Ái "
         "(huyện Phong \u00d0iền) đạt chuẩn nông thôn mới nâng cao.\n", 2, "NTM nâng cao"),
    ],
)  # fmt: skip
def test_communes_named_with_where_they_lie_before_the_predicate(
    make_document, body: str, met: int, scheme: str
) -> None:
    coverage = [f for f in facts_of(make_document, body) if f.kind == "coverage"]
    assert [(f.units_met, f.units_total, f.scheme) for f in coverage] == [(met, None, scheme)]


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2020, tỉnh Nghệ An công nhận 31 xã đạt chuẩn. Mỗi xã được thưởng một công trình "
        "trị giá 500 triệu đồng; hỗ trợ 50 triệu đồng để tổ chức lễ công bố.\n",
        "Năm 2022, huyện Krông Nô có 4 xã về đích. Mỗi xã sẽ được nhận 1 tỷ đồng; thêm 100 "
        "triệu đồng khen thưởng.\n",
    ],
)
def test_money_after_a_semicolon_of_each_units_sentence_is_each_units(
    make_document, body: str
) -> None:
    assert [f for f in facts_of(make_document, body) if f.kind == "funding"] == []


def test_money_of_a_sentence_about_the_whole_is_still_read(make_document) -> None:
    body = (
        "Năm 2020, tỉnh Nghệ An đã huy động 2.000 tỷ đồng; trong đó ngân sách tỉnh 300 tỷ đồng.\n"
    )
    funding = [
        (f.source, f.amount_vnd) for f in facts_of(make_document, body) if f.kind == "funding"
    ]
    assert funding == [("total", 2_000_000_000_000), ("province", 300_000_000_000)]
