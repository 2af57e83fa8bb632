"""Items of a money breakdown ("Trong đó, vốn hỗ trợ phát triển sản xuất đã giải ngân …",
"Riêng đối với nguồn vốn thực hiện Đề án … đã phân bổ …") naming no source are money of no
named source (`other`), never another total (FACTS.md "total"); a disbursement's "đạt X% kế
hoạch" (or "KH", or in brackets after the kind of money) is its own share of its plan, the
funding's `percent_stated`, not a percentage of its own. Our own wordings (README,
"Decisions", eleventh session, `fixaq`)."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Đến hết tháng 3-2016, huyện Tiên Yên đã giải ngân 20,5 tỷ đồng vốn nông thôn mới."
            "\n\nTrong đó, vốn hỗ trợ phát triển sản xuất đã giải ngân được 8,5 tỷ đồng; vốn "
            "hỗ trợ xây dựng hạ tầng giải ngân được 12 tỷ đồng.\n",
            [("total", 20_500_000_000), ("other", 8_500_000_000), ("other", 12_000_000_000)],
        ),
        (
            "Năm 2019, huyện Bảo Lâm huy động 40 tỷ đồng xây dựng nông thôn mới. Trong đó, "
            "nguồn từ Chương trình là 25 tỷ đồng. Vốn huy động hơn 15 tỷ đồng.\n",
            [("total", 40_000_000_000), ("other", 25_000_000_000), ("other", 15_000_000_000)],
        ),
        (
            "Năm 2018, huyện Di Linh được phân bổ 20 tỷ đồng. Riêng đối với nguồn vốn thực "
            "hiện Đề án đào ao đã phân bổ 3.000 triệu đồng, giải ngân 1.500 triệu đồng.\n",
            [("total", 20_000_000_000), ("other", 3_000_000_000), ("other", 1_500_000_000)],
        ),
    ],
)
def test_breakdown_items_naming_no_source_are_other(make_document, body, expected) -> None:
    facts = facts_of(make_document, body, name=NEWS)
    assert [(f.source, f.amount_vnd) for f in facts if f.kind == "funding"] == expected


def test_a_headline_amount_naming_no_source_stays_the_total(make_document) -> None:
    body = (
        "Bảo Lâm: Hơn 40 tỷ đồng xây dựng nông thôn mới\n\n"
        "Năm 2019, huyện Bảo Lâm huy động 40 tỷ đồng.\n"
    )
    facts = facts_of(make_document, body, name=NEWS)
    assert {f.source for f in facts if f.kind == "funding"} == {"total"}


@pytest.mark.parametrize(
    ("body", "shares"),
    [
        (
            "Năm 2018, huyện Đức Trọng đã giải ngân 9.100 triệu đồng, đạt 65% kế hoạch; "
            "vốn tỉnh đã giải ngân 4.200 triệu đồng, đạt 70% KH.\n",
            [65.0, 70.0],
        ),
        (
            "Đến hết tháng 6-2017, huyện Tiên Yên đã giải ngân 12,4/15 tỷ đồng vốn nông thôn "
            "mới (đạt 82,67% kế hoạch).\n",
            [82.67],
        ),
    ],
)
def test_a_disbursements_share_of_its_plan_is_its_own(make_document, body, shares) -> None:
    facts = facts_of(make_document, body, name=NEWS)
    assert [f.percent_stated for f in facts if f.kind == "funding"] == shares
    assert [f for f in facts if f.kind == "percentage"] == []


def test_a_comparison_with_the_plan_stays_a_percentage(make_document) -> None:
    body = "Năm 2018, huyện Đức Trọng đã giải ngân 9.100 triệu đồng, đạt 105% so với kế hoạch.\n"
    facts = facts_of(make_document, body, name=NEWS)
    assert [f.percent_stated for f in facts if f.kind == "funding"] == [None]
    assert [f.value for f in facts if f.kind == "percentage"] == [105.0]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Năm 2019, nhân dân huyện Lạc Dương đã hiến đất, góp công sức tương đương trên 15 "
            "tỷ đồng, trong đó tiền mặt 900 triệu đồng.\n",
            [("community", 15_000_000_000), ("community", 900_000_000)],
        ),
        (
            "Năm 2019, huyện Lạc Dương huy động 90 tỷ đồng, trong đó các nhà tài trợ góp thêm, "
            "một tổ chức hỗ trợ 6 tỷ đồng.\n",
            [("total", 90_000_000_000), ("other", 6_000_000_000)],
        ),
    ],
)
def test_a_part_of_an_amount_naming_its_source_is_of_that_source(
    make_document, body, expected
) -> None:
    facts = facts_of(make_document, body, name=NEWS)
    assert [(f.source, f.amount_vnd) for f in facts if f.kind == "funding"] == expected
