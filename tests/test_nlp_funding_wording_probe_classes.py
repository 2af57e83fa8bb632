"""Classes of money-by-source wordings the funding wording probe
(``test_funding_wording_grammar.py``) found failing, each rebuilt here in our own words:

* a line summing a list with no "tổng" ("Cộng: …") is the total;
* a share written after the source that follows the amount ("… từ vốn huyện, chiếm tỷ lệ
  4,8%") is the amount's ``percent_stated``;
* parts after "trong đó" split by semicolons, each written amount first, take the whole's
  flow verb; kinds of capital split by semicolons keep the whole's source, each of them;
* a line with no bullet under a line ending in a colon that names money is money;
* "27 tỷ 786 triệu đồng" is not the same amount as "27 tỷ" (no headline restated).
"""

from __future__ import annotations

from readfacts import facts_of


def _funding(make_document, body: str) -> list:
    return [f for f in facts_of(make_document, body) if f.kind == "funding"]


def test_a_sum_line_with_no_tong_is_the_total(make_document) -> None:
    body = (
        "Năm 2024, xã Minh Tân đã huy động vốn từ các nguồn sau:\n"
        "- Ngân sách tỉnh: 4.500 triệu đồng;\n"
        "- Nhân dân đóng góp: 1.250 triệu đồng.\n"
        "Cộng: 5.750 triệu đồng.\n"
    )
    found = {(f.source, f.amount_vnd) for f in _funding(make_document, body)}
    assert ("total", 5_750_000_000) in found
    assert len(found) == 3


def test_a_share_after_the_source_written_after_the_amount(make_document) -> None:
    body = (
        "Năm 2022, huyện Sông Lô được bố trí 40 tỷ đồng cho Chương trình, trong đó: 30 tỷ đồng "
        "từ ngân sách tỉnh, chiếm tỷ lệ 75%; 10 tỷ đồng từ vốn lồng ghép (chiếm 25%).\n"
    )
    shares = {(f.source, f.percent_stated) for f in _funding(make_document, body)}
    assert shares == {("total", None), ("province", 75.0), ("integrated", 25.0)}


def test_parts_split_by_semicolons_take_the_whole_verb(make_document) -> None:
    body = (
        "Năm 2023, thị trấn Hoa Sơn được phân bổ 9 tỷ đồng, trong đó: 6 tỷ đồng từ ngân sách "
        "huyện; 2 tỷ đồng từ ngân sách xã; 1 tỷ đồng từ nguồn khác.\n"
    )
    assert {f.flow for f in _funding(make_document, body)} == {"allocated"}


def test_each_kind_after_semicolons_keeps_the_whole_source(make_document) -> None:
    body = (
        "Năm 2021, xã Lãng Công đã giải ngân 12 tỷ đồng từ ngân sách huyện, trong đó vốn đầu "
        "tư phát triển 8 tỷ đồng; vốn sự nghiệp 4 tỷ đồng.\n"
    )
    found = sorted((f.amount_vnd, f.source, f.flow) for f in _funding(make_document, body))
    assert found == [
        (4_000_000_000, "district", "disbursed"),
        (8_000_000_000, "district", "disbursed"),
        (12_000_000_000, "district", "disbursed"),
    ]


def test_a_line_with_no_bullet_under_a_colon_lead_is_money(make_document) -> None:
    body = (
        "Giai đoạn 2021-2025, xã Quang Yên phấn đấu huy động vốn cho Chương trình như sau:\n"
        "Tín dụng: 3.400 triệu đồng.\n"
    )
    found = [(f.source, f.amount_vnd, f.flow) for f in _funding(make_document, body)]
    assert found == [("credit", 3_400_000_000, "planned")]


def test_an_amount_with_a_tail_is_not_a_shorter_one_restated(make_document) -> None:
    # "20 tỷ 100 triệu đồng" on a short line near the top is no headline that "- Ngân sách
    # tỉnh: 20 tỷ" restates: the kind of capital stays the district budget's
    body = (
        "Năm 2023, huyện Tam Nông đã huy động tổng nguồn vốn 58 tỷ 300 triệu đồng, trong đó:\n"
        "- Ngân sách huyện: 38 tỷ 300 triệu đồng, gồm:\n"
        "+ Vốn đầu tư phát triển: 20 tỷ 100 triệu đồng;\n"
        "+ Vốn sự nghiệp: 18 tỷ 200 triệu đồng;\n"
        "- Ngân sách tỉnh: 20 tỷ.\n"
    )
    by_amount = {f.amount_vnd: f.source for f in _funding(make_document, body)}
    assert by_amount[20_100_000_000] == "district"
    assert by_amount[20_000_000_000] == "province"
