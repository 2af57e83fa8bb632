"""Lists of money in one sentence or two: parts of a total by kind or purpose, budget levels
named once for the whole list, and a source set aside before the amount's own."""

from __future__ import annotations

import pytest
from readfacts import sources_of

# -- parts of a total by kind of money or by purpose, no budget level named -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kinh phí thực hiện năm 2023 là 1.200 triệu đồng, gồm vốn sự nghiệp 400 triệu "
            "đồng, vốn đầu tư phát triển 800 triệu đồng.\n",
            [("total", 1_200_000_000), ("other", 400_000_000), ("other", 800_000_000)],
        ),
        (
            "Tổng vốn phân bổ năm 2022 là 650 triệu đồng. Trong đó chi làm đường 500 triệu "
            "đồng, chi tập huấn 150 triệu đồng.\n",
            [("total", 650_000_000), ("other", 500_000_000), ("other", 150_000_000)],
        ),
        (
            # by kind, then the same total again by purpose in the next sentence
            "Tổng kinh phí năm 2021 là 3 tỷ đồng, gồm vốn trái phiếu Chính phủ 2 tỷ đồng, vốn "
            "sự nghiệp 1 tỷ đồng. Trong đó kinh phí cho giao thông 2,5 tỷ đồng, hỗ trợ sản "
            "xuất 0,5 tỷ đồng.\n",
            [
                ("total", 3_000_000_000),
                ("central", 2_000_000_000),
                ("other", 1_000_000_000),
                ("other", 2_500_000_000),
                ("other", 500_000_000),
            ],
        ),
    ],
)
def test_parts_of_a_total_naming_no_level_are_no_totals(
    make_document, text: str, expected: list[tuple[str, int]]
) -> None:
    assert sources_of(make_document, text) == expected


def test_parts_by_kind_take_the_source_their_heading_names(make_document) -> None:
    text = (
        "2. Ngân sách huyện:\n"
        "Kinh phí năm 2024 là 900 triệu đồng, gồm vốn sự nghiệp 300 triệu đồng, vốn đầu tư "
        "phát triển 600 triệu đồng.\n"
    )
    assert sources_of(make_document, text)[1:] == [
        ("district", 300_000_000),
        ("district", 600_000_000),
    ]


def test_parts_by_kind_of_a_budget_stay_that_budgets(make_document) -> None:
    text = (
        "Ngân sách tỉnh bố trí 10 tỷ đồng, gồm vốn sự nghiệp 4 tỷ đồng, vốn đầu tư phát "
        "triển 6 tỷ đồng.\n"
    )
    assert [s for s, _ in sources_of(make_document, text)] == ["province"] * 3


# -- budget levels named once for a list of amounts -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngân sách tỉnh 45 tỷ đồng, huyện là 9 tỷ đồng, xã 14 tỷ đồng.\n",
            ["province", "district", "commune"],
        ),
        (
            "Vốn ngân sách Trung ương 70 tỷ đồng; cấp tỉnh 20 tỷ đồng; cấp huyện gần 6 tỷ "
            "đồng và nhân dân góp 3 tỷ đồng.\n",
            ["central", "province", "district", "community"],
        ),
    ],
)
def test_a_bare_level_after_a_budget_is_that_levels_budget(
    make_document, text: str, expected: list[str]
) -> None:
    assert [s for s, _ in sources_of(make_document, text)] == expected


def test_a_bare_level_after_other_money_names_no_budget(make_document) -> None:
    text = "Doanh nghiệp ủng hộ 12 tỷ đồng, xã 3 tỷ đồng cho làm đường.\n"
    assert "commune" not in [s for s, _ in sources_of(make_document, text)]


# -- a source set aside before the amount's own words -----------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ngoài vốn Trung ương, vốn địa phương 75 tỷ đồng.\n", "province+district+commune"),
        ("Bên cạnh nguồn ngân sách tỉnh, nhân dân đóng góp 4 tỷ đồng.\n", "community"),
        ("Ngoài nguồn ngân sách tỉnh thì doanh nghiệp ủng hộ 1,5 tỷ đồng.\n", "enterprise"),
        # nothing of its own named: money of a source other than the one set aside
        ("Ngoài nguồn vốn ngân sách nhà nước, các xã còn huy động được 6 tỷ đồng.\n", "other"),
        # "Ngoài ra" sets nothing aside
        ("Ngoài ra, ngân sách tỉnh hỗ trợ 2 tỷ đồng.\n", "province"),
    ],
)
def test_a_source_set_aside_is_not_joined_to_the_amounts(
    make_document, text: str, source: str
) -> None:
    [(found, _)] = sources_of(make_document, text)
    assert found == source


def test_the_quote_of_money_after_a_source_set_aside_starts_at_its_own_words(
    make_document,
) -> None:
    from baocao.nlp import read_document

    document = make_document("Ngoài vốn Trung ương, vốn địa phương 75 tỷ đồng.\n")
    [m] = read_document(document).funding
    assert m.quote == "vốn địa phương 75 tỷ đồng"
