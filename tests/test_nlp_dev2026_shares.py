"""Shares written next to counts and bounds in texts of 2025-2026 (dev set dev2026; FACTS.md,
"Borderline cases, decided"): the share after "N xã đạt 19 tiêu chí" is the coverage's
percent_stated (19 criteria are the whole standard); a goal's value written after a count
("(đạt mục tiêu đề ra là 20%)") is a goal percentage, no share of the count; a bound that
defines a kind of commune ("hoặc xã có tỷ trọng nông nghiệp dưới 10%") is no fact. Every
example is our own wording."""

from __future__ import annotations

from readfacts import report_and_facts as facts_of

from baocao.model import Coverage, Percentage

# -- the share of units meeting the whole 19-criteria set, written without "/19" --------------


def test_the_share_after_units_meeting_19_criteria_is_their_coverage(make_document) -> None:
    for text, met, share in (
        (
            "Năm 2016, số xã đạt chuẩn của vùng là 412 xã đạt 19 tiêu chí (chiếm 9,6%), 730 xã "
            "đạt từ 15 đến 18 tiêu chí.\n",
            412,
            9.6,
        ),
        (
            "Đến hết năm 2018, tỉnh Kon Rẫy có 26 xã đạt đủ 19 tiêu chí, chiếm 30,2%.\n",
            26,
            30.2,
        ),
    ):
        _, facts = facts_of(make_document, text)
        count = next(f for f in facts if isinstance(f, Coverage) and f.units_met == met)
        assert count.percent_stated == share
        assert not [f for f in facts if isinstance(f, Percentage) and f.value == share]


def test_a_band_share_is_still_a_percentage(make_document) -> None:
    text = "Năm 2016, toàn tỉnh có 25 xã đạt từ 15 đến 18 tiêu chí, chiếm 18,5%.\n"
    _, facts = facts_of(make_document, text)
    assert [f for f in facts if isinstance(f, Percentage) and f.value == 18.5]


# -- a goal's value after a count --------------------------------------------------------------


def test_a_goal_value_after_a_count_is_a_goal_percentage(make_document) -> None:
    for text, met, goal in (
        (
            "Dự kiến đến hết năm 2016 cả vùng sẽ có khoảng 950 xã đạt chuẩn nông thôn mới "
            "(đạt được mục tiêu đề ra là 15%).\n",
            950,
            15.0,
        ),
        (
            "Ước đến cuối năm 2027, tỉnh Hòa Định có 60 xã đạt chuẩn (mục tiêu giao: 55%).\n",
            60,
            55.0,
        ),
    ):
        _, facts = facts_of(make_document, text)
        count = next(f for f in facts if isinstance(f, Coverage) and f.units_met == met)
        assert count.percent_stated is None
        share = next(f for f in facts if isinstance(f, Percentage) and f.value == goal)
        assert share.target is True


# -- a bound that defines a kind of commune ----------------------------------------------------


def test_a_bound_defining_a_kind_of_commune_is_no_fact(make_document) -> None:
    for text in (
        "Xã nhóm 1 là các xã ven đô thị; hoặc xã có tỷ trọng nông nghiệp dưới 15% trong cơ "
        "cấu kinh tế.\n",
        "Theo bộ tiêu chí mới, nhóm 3 là các xã có tỷ lệ hộ nghèo trên 20% hoặc xã đặc biệt "
        "khó khăn.\n",
    ):
        _, facts = facts_of(make_document, text)
        assert not [f for f in facts if isinstance(f, Percentage)]


def test_a_rate_of_named_communes_stays_a_fact(make_document) -> None:
    text = "Năm 2027, xã Tân Phúc có tỷ lệ hộ nghèo dưới 3%, đạt tiêu chí giảm nghèo.\n"
    _, facts = facts_of(make_document, text)
    assert [f for f in facts if isinstance(f, Percentage) and f.value == 3.0]
