"""Who gave the money, written in ways the source phrases did not read (README, "Decisions",
twelfth session):

* the centre abbreviated as the giver ("vốn do T.Ư hỗ trợ", "TW cấp") is the central budget,
  as "Trung ương hỗ trợ" is; only in capitals ("đầu tư" holds the word "tư");
* "người dân và doanh nghiệp đóng góp" joins the people to the firms, as "nhân dân và" does;
* "vốn đối ứng của Nhà nước" is the state budget, unless a level is named with it;
* a campaign's word ("vận động", money of no named giver) yields to the people it names
  giving ("đã vận động nhân dân trong xã đóng góp …");
* budgets of several levels listed after the amount ("… 28 tỷ đồng vốn ngân sách Trung ương,
  ngân sách tỉnh") are joined, unless the budget after the comma labels the next figure;
* money of another national target programme (for ethnic-minority and mountain areas,
  sustainable poverty reduction, Programme 135) is integrated money, never the total;
* a whole broken down by shares only ("…, trong đó 20% là vốn ngân sách") takes no source
  from an earlier sentence of its paragraph.

Our own wordings."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


def _funding(make_document, body: str) -> list[tuple[str, int]]:
    return [
        (f.source, f.amount_vnd)
        for f in facts_of(make_document, body, name=NEWS)
        if f.kind == "funding"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2014, tỉnh Kon Tum huy động 900 tỷ đồng; trong đó vốn do T.Ư hỗ trợ khoảng 60 tỷ "
        "đồng.\n",
        "Năm 2014, tỉnh Kon Tum huy động 900 tỷ đồng; trong đó TW cấp 60 tỷ đồng.\n",
    ],
)
def test_the_centre_abbreviated_as_the_giver_is_the_central_budget(make_document, body) -> None:
    assert ("central", 60 * 10**9) in _funding(make_document, body)


def test_the_people_joined_to_the_firms_are_both_sources(make_document) -> None:
    body = (
        "Năm 2015, tỉnh Long An huy động 500 tỷ đồng xây dựng nông thôn mới, trong đó người "
        "dân và doanh nghiệp đóng góp 45 tỷ đồng.\n"
    )
    assert ("enterprise+community", 45 * 10**9) in _funding(make_document, body)


def test_the_states_counterpart_money_is_the_state_budget(make_document) -> None:
    body = (
        "Năm 2016, xã Phú Lộc nhận vốn đối ứng của Nhà nước hơn 6 tỷ đồng để làm đường giao "
        "thông nông thôn.\n"
    )
    assert ("central+province+district+commune", 6 * 10**9) in _funding(make_document, body)


def test_a_campaign_word_yields_to_the_people_it_names_giving(make_document) -> None:
    body = (
        "Từ năm 2012 đến nay, Ban quản lý xã Phú Lộc đã vận động nhân dân trong xã đóng góp "
        "trên 2 tỷ đồng làm đường.\n"
    )
    assert _funding(make_document, body) == [("community", 2 * 10**9)]


def test_budgets_of_two_levels_after_the_amount_are_joined(make_document) -> None:
    body = (
        "Năm 2024, huyện Bảo Lâm đã giải ngân 28 tỷ đồng vốn ngân sách Trung ương, ngân sách "
        "tỉnh thuộc Chương trình nông thôn mới.\n"
    )
    assert ("central+province", 28 * 10**9) in _funding(make_document, body)


def test_a_budget_after_the_comma_labelling_the_next_figure_is_that_figures(
    make_document,
) -> None:
    body = (
        "Năm 2024, huyện Bảo Lâm đã giải ngân 28 tỷ đồng vốn ngân sách Trung ương, ngân sách "
        "tỉnh 12 tỷ đồng.\n"
    )
    found = _funding(make_document, body)
    assert ("central", 28 * 10**9) in found
    assert ("province", 12 * 10**9) in found


@pytest.mark.parametrize(
    "kind",
    [
        "vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc "
        "thiểu số và miền núi",
        "vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững",
    ],
)
def test_another_national_programmes_money_is_integrated(make_document, kind: str) -> None:
    body = f"Năm 2024, huyện Bảo Lâm đã giải ngân gần 7 tỷ đồng {kind}.\n"
    assert _funding(make_document, body) == [("integrated", 7 * 10**9)]


def test_programme_135_money_is_integrated(make_document) -> None:
    body = "Năm 2016, vốn Chương trình 135 đầu tư cho huyện Bảo Lâm là 4 tỷ đồng.\n"
    assert _funding(make_document, body) == [("integrated", 4 * 10**9)]


def test_a_whole_broken_down_by_shares_takes_no_source_from_before(make_document) -> None:
    body = (
        "Phần đóng góp của người dân huyện Vụ Bản chủ yếu là ngày công. Từ năm 2011 đến "
        "nay, huyện Vụ Bản đã huy động được 800 tỷ đồng, trong đó 20% là vốn ngân sách nhà "
        "nước, 70% là vốn của cộng đồng dân cư.\n"
    )
    assert _funding(make_document, body) == [("total", 800 * 10**9)]
