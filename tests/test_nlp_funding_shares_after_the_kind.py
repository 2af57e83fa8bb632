"""Shares of money written away from their amount (README, "Decisions", twelfth session;
FACTS.md: a share written with its amount is its ``percent_stated``, never a percentage of
its own):

* a share of the plan after the kind of money and a comma: "giải ngân 90 tỷ đồng vốn đầu tư
  công, đạt 45% kế hoạch năm 2024", as "(đạt 45% kế hoạch)" in brackets already was;
* shares written after a list of amounts, one for each in order: "… 8 tỷ đồng (…); 2 tỷ đồng
  (…), lần lượt đạt 50% và 20% kế hoạch" — only when the shares are exactly as many as the
  amounts of their sentence and nothing but words stands between.

Our own wordings."""

from __future__ import annotations

from readfacts import NEWS, facts_of


def _kinds(make_document, body: str):
    facts = facts_of(make_document, body, name=NEWS)
    funding = [(f.amount_vnd, f.percent_stated) for f in facts if f.kind == "funding"]
    percentages = [f.value for f in facts if f.kind == "percentage"]
    return funding, percentages


def test_a_share_of_the_plan_after_the_kind_of_money_is_the_amounts(make_document) -> None:
    body = (
        "Đến ngày 30/9/2024, huyện Cát Tiên giải ngân 90 tỷ đồng vốn đầu tư công, đạt 45% kế "
        "hoạch năm 2024.\n"
    )
    funding, percentages = _kinds(make_document, body)
    assert funding == [(90 * 10**9, 45.0)]
    assert percentages == []


def test_shares_after_a_list_of_amounts_go_to_each_in_order(make_document) -> None:
    body = (
        "Năm 2024, huyện Cát Tiên giải ngân vốn Chương trình nông thôn mới 8 tỷ đồng; vốn sự "
        "nghiệp 2 tỷ đồng, lần lượt đạt 50% và 20% kế hoạch.\n"
    )
    funding, percentages = _kinds(make_document, body)
    assert funding == [(8 * 10**9, 50.0), (2 * 10**9, 20.0)]
    assert percentages == []


def test_shares_fewer_than_the_amounts_are_no_ones(make_document) -> None:
    body = (
        "Năm 2024, huyện Cát Tiên giải ngân vốn Chương trình nông thôn mới 8 tỷ đồng; vốn sự "
        "nghiệp 2 tỷ đồng; vốn lồng ghép 5 tỷ đồng, lần lượt đạt 50% và 20% kế hoạch.\n"
    )
    funding, percentages = _kinds(make_document, body)
    assert [share for _, share in funding] == [None, None, None]
    assert sorted(percentages) == [20.0, 50.0]
