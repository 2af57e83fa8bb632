"""A source named before the amount as a centre-and-local pair (README, "Decisions", twelfth
session; FACTS.md: budgets of several levels are joined sources):

* "vốn đối ứng địa phương" is the local budgets' counterpart money, so "từ nguồn vốn Trung
  ương và vốn đối ứng địa phương, … đã phân bổ 310 tỷ đồng" is every level's budget;
* the kinds of capital listed after "trong đó" (vốn đầu tư phát triển, vốn sự nghiệp) are
  parts of that money and take its source.

Our own wordings."""

from __future__ import annotations

from readfacts import NEWS, facts_of

ALL_LEVELS = "central+province+district+commune"


def _funding(make_document, body: str) -> list[tuple[int, str]]:
    facts = facts_of(make_document, body, name=NEWS)
    return [(f.amount_vnd, f.source) for f in facts if f.kind == "funding"]


def test_centre_and_local_counterpart_is_every_level(make_document) -> None:
    body = (
        "Từ nguồn vốn Trung ương và vốn đối ứng địa phương, năm 2022 tỉnh Quảng Trị đã phân bổ "
        "310,5 tỷ đồng cho Chương trình nông thôn mới.\n"
    )
    assert _funding(make_document, body) == [(310_500_000_000, ALL_LEVELS)]


def test_local_counterpart_alone_is_the_local_budgets(make_document) -> None:
    body = "Năm 2022, huyện Hải Lăng bố trí vốn đối ứng của địa phương 14 tỷ đồng.\n"
    assert _funding(make_document, body) == [(14 * 10**9, "province+district+commune")]


def test_kinds_of_capital_after_the_total_take_its_source(make_document) -> None:
    body = (
        "Từ nguồn ngân sách Trung ương và vốn đối ứng địa phương, năm 2022 tỉnh Quảng Trị đã "
        "phân bổ 310,5 tỷ đồng, trong đó vốn đầu tư phát triển 220,4 tỷ đồng cho 40 công "
        "trình; vốn sự nghiệp 90,1 tỷ đồng cho 8 dự án thành phần.\n"
    )
    assert _funding(make_document, body) == [
        (310_500_000_000, ALL_LEVELS),
        (220_400_000_000, ALL_LEVELS),
        (90_100_000_000, ALL_LEVELS),
    ]
