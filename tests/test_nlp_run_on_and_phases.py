"""Classes of wording from unseen texts (round 8, recallfix), each in our own words with its
negative twins: a K/N with no verb after "có" (no fact unless a lead line gives the
predicate), amounts of a total listed by phase in brackets, an amount written after its rate
of growth, and each statement's quote ending at its own clause when a sentence runs on to
another statement with a subject of its own."""

from __future__ import annotations

import pytest
from readfacts import traced_news_facts_of as facts_of


def of_kind(make_document, body: str, kind: str):
    return [f for f in facts_of(make_document, body) if f.kind == kind]


# -- a K/N after "có": coverage only with a predicate -----------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Năm 2022, huyện Quảng Ninh có 12/14 xã đạt chuẩn nông thôn mới.\n",
            [(12, 14, "huyện Quảng Ninh")],
        ),
        ("Đến nay, thị xã Ba Đồn có 6/8 xã được công nhận đạt chuẩn.\n", [(6, 8, "thị xã Ba Đồn")]),
        # the predicate in the lead line the list hangs from
        (
            "Kết quả xã đạt chuẩn nông thôn mới năm 2022:\n- Huyện Lệ Thủy: 20/26 xã.\n"
            "- Huyện Quảng Ninh: 12/14 xã.\n",
            [(20, 26, "huyện Lệ Thủy"), (12, 14, "huyện Quảng Ninh")],
        ),
        (
            "Số xã được công nhận đạt chuẩn NTM đến cuối năm 2023:\n- Thị xã Ba Đồn: 6/8 xã;\n"
            "- Huyện Tuyên Hóa: 9/19 xã.\n",
            [(6, 8, "thị xã Ba Đồn"), (9, 19, "huyện Tuyên Hóa")],
        ),
    ],
)
def test_a_ratio_after_co_with_its_predicate(make_document, body, expected) -> None:
    got = [(f.units_met, f.units_total, f.region) for f in of_kind(make_document, body, "coverage")]
    assert got == expected


@pytest.mark.parametrize(
    "body",
    [
        # FACTS.md: K of N units *reaching* a standard; a K/N with no predicate says nothing
        "Năm 2022, toàn huyện Quảng Ninh có 12/14 xã.\n",
        "Huyện Minh Hóa: 9/15 xã.\n",
        # a lead line with no predicate gives none to its items
        "Số xã trên địa bàn từng huyện năm 2022:\n- Huyện Lệ Thủy: 20/26 xã.\n"
        "- Huyện Quảng Ninh: 12/14 xã.\n",
        # an item saying more than its ratio keeps its own words
        "Kết quả xã đạt chuẩn nông thôn mới năm 2022:\n- Huyện Lệ Thủy: 20/26 xã tham gia "
        "tập huấn.\n",
    ],
)
def test_a_ratio_with_no_predicate_is_no_coverage(make_document, body) -> None:
    assert of_kind(make_document, body, "coverage") == []


# -- amounts of a total by phase, in brackets ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Tổng vốn huy động 2.100 tỷ đồng (giai đoạn 2011-2015: 700 tỷ đồng; giai đoạn "
            "2016-2020: 1.400 tỷ đồng).\n",
            [
                ("total", "mobilised", 2_100, "2011-2020"),
                ("total", "mobilised", 700, "2011-2015"),
                ("total", "mobilised", 1_400, "2016-2020"),
            ],
        ),
        (
            "Ngân sách tỉnh đã bố trí 95 tỷ đồng (năm 2021 là 40 tỷ đồng, năm 2022 là 55 tỷ "
            "đồng) cho chương trình.\n",
            [
                ("province", "allocated", 95, None),
                ("province", "allocated", 40, "2021"),
                ("province", "allocated", 55, "2022"),
            ],
        ),
    ],
)
def test_amounts_by_phase_in_brackets_are_the_totals_money(make_document, body, expected) -> None:
    got = [
        (f.source, f.flow, f.amount_vnd // 10**9, f.period)
        for f in of_kind(make_document, body, "funding")
    ]
    # the whole's own period is not what this class is about
    assert [g[:3] for g in got] == [e[:3] for e in expected]
    assert [g[3] for g in got[1:]] == [e[3] for e in expected[1:]]


@pytest.mark.parametrize(
    "body",
    [
        "Tổng vốn huy động 2.100 tỷ đồng (năm 2015).\n",
        "Tổng vốn huy động 2.100 tỷ đồng (tăng 300 tỷ đồng so với năm 2019).\n",
    ],
)
def test_a_bracket_with_no_phase_amounts_adds_nothing(make_document, body) -> None:
    assert [f.amount_vnd for f in of_kind(make_document, body, "funding")] == [2_100 * 10**9]


# -- the amount after a rate of growth ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Năm 2020, vốn ngân sách tỉnh tăng 10% so với năm trước, đạt 150 tỷ đồng.\n", "province"),
        ("Năm 2021, tổng vốn huy động tăng 12,5% so với năm 2020, đạt 320 tỷ đồng.\n", "total"),
    ],
)
def test_the_amount_after_a_growth_rate_is_funding_and_the_rate_no_fact(
    make_document, body, expected
) -> None:
    facts = facts_of(make_document, body)
    assert [(f.kind, f.source) for f in facts] == [("funding", expected)]


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        # no amount after the rate: a growth since a base is an increment, no fact either
        # (FACTS.md; it was a percentage before)
        ("Năm 2021, tổng vốn huy động tăng 12,5% so với năm 2020.\n", []),
        # a comparison base is still no amount
        ("Năm 2021, vốn lồng ghép tăng gấp 2 lần so với năm 2015 (80 tỷ đồng).\n", []),
        # money that is not the programme's is no funding
        ("Năm 2021, doanh thu tăng 8% so với năm 2020, đạt 45 tỷ đồng.\n", []),
    ],
)
def test_a_growth_rate_without_programme_money_after_it(make_document, body, kinds) -> None:
    assert [f.kind for f in facts_of(make_document, body)] == kinds


# -- each statement's quote ends at its own clause ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "quotes"),
    [
        (
            "Riêng huyện Quảng Trạch có 9/9 xã đạt chuẩn, huyện Bố Trạch có 21/22 xã đạt chuẩn "
            "nông thôn mới.\n",
            ["9/9 xã đạt chuẩn", "21/22 xã đạt chuẩn nông thôn mới."],
        ),
        (
            "Năm 2021, thị xã Kỳ Anh có 8/8 xã đạt chuẩn (100%), huyện Can Lộc có 10/14 xã đạt "
            "chuẩn (71,4%).\n",
            ["8/8 xã đạt chuẩn (100%)", "10/14 xã đạt chuẩn (71,4%)."],
        ),
        # a list sharing one predicate keeps its run
        (
            "Toàn tỉnh có 3 đơn vị cấp huyện, 128 xã đạt chuẩn nông thôn mới.\n",
            [
                "3 đơn vị cấp huyện, 128 xã đạt chuẩn nông thôn mới.",
                "128 xã đạt chuẩn nông thôn mới.",
            ],
        ),
    ],
)
def test_a_coverage_quote_ends_at_its_own_clause(make_document, body, quotes) -> None:
    assert [f.quote for f in of_kind(make_document, body, "coverage")] == quotes


@pytest.mark.parametrize(
    ("body", "quotes"),
    [
        (
            "Đến cuối năm 2022, xã Tân An đạt 15/19 tiêu chí, xã Phú Lộc đạt 17/19 tiêu chí.\n",
            ["Đến cuối năm 2022, xã Tân An đạt 15/19 tiêu chí", "xã Phú Lộc đạt 17/19 tiêu chí"],
        ),
        (
            "Năm 2023, xã Hòa Bình đạt 12/19 tiêu chí; xã Yên Lạc đạt 16/19 tiêu chí.\n",
            ["Năm 2023, xã Hòa Bình đạt 12/19 tiêu chí", "xã Yên Lạc đạt 16/19 tiêu chí"],
        ),
        # one subject's count and what it lacks stay one quote
        (
            "Xã Mỹ Lợi đạt 16/19 tiêu chí, còn lại 3 tiêu chí chưa đạt.\n",
            ["Xã Mỹ Lợi đạt 16/19 tiêu chí, còn lại 3 tiêu chí chưa đạt"] * 2,
        ),
    ],
)
def test_a_count_quote_ends_at_its_own_clause(make_document, body, quotes) -> None:
    assert [f.quote for f in of_kind(make_document, body, "criteria_count")] == quotes
