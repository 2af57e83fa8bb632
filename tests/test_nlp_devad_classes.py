"""Classes from development set AD (ninth session): texts rich in time and place. The
examples are our own wording, never the set's sentences."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of

from baocao.nlp.metadata import read_metadata
from baocao.vocab.places import place_named


@pytest.mark.parametrize(
    "text",
    [
        "Huyện Lục Ngạn hoàn thành quy hoạch nông thôn mới(14/05/2014)\n\nĐến nay huyện có "
        "20/28 xã đạt tiêu chí quy hoạch.\n",
        "Huyện Lục Ngạn hoàn thành quy hoạch nông thôn mới [14/05/2014]\n\nĐến nay huyện có "
        "20/28 xã đạt tiêu chí quy hoạch.\n",
        "Huyện Lục Ngạn: các xã xong quy hoạch(14/5/2014)\n\nĐến nay huyện có 20/28 xã đạt "
        "tiêu chí quy hoạch.\n",
    ],
)
def test_a_bracketed_byline_date_glued_to_the_title_is_the_texts_date(text: str) -> None:
    meta = read_metadata(text)
    assert meta.date == "2014-05-14"
    assert meta.period == "2014"


@pytest.mark.parametrize(
    "text",
    [
        "Kết quả xây dựng nông thôn mới tính đến(30/6/2021)\n\nXã đạt 18/19 tiêu chí.\n",
        "Thực hiện Quyết định số 15/QĐ-UBND(12/11/2020)\n\nXã đạt 18/19 tiêu chí.\n",
    ],
)
def test_a_glued_state_or_decision_date_is_no_byline(text: str) -> None:
    assert read_metadata(text).date is None


# -- a commune's name after what kind of commune it is; a name the map's unit spells bare ------


@pytest.mark.parametrize(
    ("text", "subject", "met", "of"),
    [
        (
            "Huyện Yên Thế rà soát tiêu chí\nNăm 2013, tại xã điểm quốc gia Tân Sỏi đã hoàn "
            "thành 12 tiêu chí.\n",
            "xã Tân Sỏi",
            12,
            None,
        ),
        (
            "Tỉnh Hà Tĩnh rà soát tiêu chí\nNăm 2012, xã điểm của tỉnh Thạch Ngọc mới đạt "
            "11/19 tiêu chí.\n",
            "xã Thạch Ngọc",
            11,
            19,
        ),
        (
            "Tỉnh Phú Thọ rà soát tiêu chí\nNăm 2012, xã điểm cấp tỉnh Hà Thạch đạt 10/19 "
            "tiêu chí.\n",
            "xã Hà Thạch",
            10,
            19,
        ),
    ],
)
def test_a_pilot_communes_own_name_is_its_counts_subject(
    make_document, text: str, subject: str, met: int, of: int | None
) -> None:
    counts = [f for f in facts_of(make_document, text, name=NEWS) if f.kind == "criteria_count"]
    assert [(c.subject, c.met, c.of) for c in counts] == [(subject, met, of)]


@pytest.mark.parametrize(
    ("written", "official"),
    [("Hải Đường", None), ("Hưng Yến", "Hưng Yên"), ("Hai Duong", "Hải Dương"),
     ("Quãng Nam", "Quảng Nam"), ("Hoà Bình", "Hòa Bình"), ("Bim Sơn", "Bỉm Sơn")],
)  # fmt: skip
def test_a_bare_name_is_a_unit_only_if_it_shapes_no_letter_the_unit_writes_bare(
    written: str, official: str | None
) -> None:
    # a dropped mark (unaccented text, a scan) or a slipped tone is the unit; "Đ" for the
    # unit's "D" or "ư" for its "u" is another name (a commune's, here)
    place = place_named(written)
    assert (place.name if place else None) == official


def test_a_communes_name_one_stroke_from_a_provinces_is_not_that_province(make_document) -> None:
    text = (
        "Tỉnh Thái Bình rà soát tiêu chí\nNăm 2012, xã điểm quốc gia Hải Đường đạt 13/19 "
        "tiêu chí.\n"
    )
    counts = [f for f in facts_of(make_document, text, name=NEWS) if f.kind == "criteria_count"]
    assert [c.subject for c in counts] == ["xã Hải Đường"]


# -- the phase of the plan a group of units belongs to says which units, not when -----------


@pytest.mark.parametrize(
    "text",
    [
        "Huyện Lục Nam rà soát tiêu chí\nNăm 2013, bình quân mỗi xã đạt 9,5 tiêu chí. Riêng 12 "
        "xã nằm trong lộ trình xây dựng nông thôn mới giai đoạn 2011-2015 đạt bình quân 13,2 "
        "tiêu chí.\n",
        "Huyện Lục Nam rà soát tiêu chí\nNăm 2013, bình quân mỗi xã đạt 9,5 tiêu chí. Đối với "
        "8 xã trong kế hoạch đạt chuẩn giai đoạn 2011-2015, bình quân đạt 13,2 tiêu chí.\n",
        "Huyện Lục Nam rà soát tiêu chí\nNăm 2013, bình quân mỗi xã đạt 9,5 tiêu chí. Các xã "
        "thuộc lộ trình về đích giai đoạn 2011-2015 đạt bình quân 13,2 tiêu chí.\n",
    ],
)
def test_a_plans_phase_naming_which_units_dates_nothing_said_of_them(make_document, text) -> None:
    rates = {
        f.value: f.period
        for f in facts_of(make_document, text, name=NEWS)
        if f.kind == "percentage"
    }
    assert rates == {9.5: "2013", 13.2: "2013"}


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # the phase ends the clause: the time the units are planned for
        ("Huyện Lục Nam rà soát tiêu chí\nNăm 2016, huyện có 10 xã thuộc kế hoạch đạt chuẩn "
         "giai đoạn 2016-2020.\n", "2016-2020"),
        # a breakdown after it keeps the phase (as before)
        ("Huyện Lục Nam rà soát tiêu chí\nNăm 2016, huyện có 10 xã nằm trong lộ trình đạt "
         "chuẩn giai đoạn 2016-2020, trong đó 3 xã đã đạt 19/19 tiêu chí.\n", "2016-2020"),
    ],
)  # fmt: skip
def test_a_plans_phase_ending_its_clause_still_dates(make_document, text, period) -> None:
    periods = [f.period for f in facts_of(make_document, text, name=NEWS) if f.kind == "coverage"]
    assert period in periods


# -- units and their standard before "với", the ratio after it; a list item naming its kind --


@pytest.mark.parametrize(
    ("text", "met", "total"),
    [
        ("Tỉnh Thái Bình dẫn đầu\nNăm 2019, Thái Bình là tỉnh có nhiều huyện đạt chuẩn nông "
         "thôn mới nhất vùng với 5/8 đơn vị cấp huyện.\n", 5, 8),
        ("Tỉnh Thái Bình dẫn đầu\nNăm 2019, Thái Bình dẫn đầu khu vực về số xã đạt chuẩn nông "
         "thôn mới với 200/260 xã, chiếm 76,9%.\n", 200, 260),
        ("Tỉnh Thái Bình dẫn đầu\nNăm 2019, tỉnh có nhiều đơn vị cấp huyện hoàn thành nhiệm vụ "
         "xây dựng nông thôn mới nhất cả nước với 5/8 đơn vị cấp huyện gồm 4 huyện: Vũ Thư, "
         "Kiến Xương, Tiền Hải, Đông Hưng và thành phố Thái Bình.\n", 5, 8),
    ],
)  # fmt: skip
def test_a_ratio_after_with_counts_the_units_whose_standard_comes_before(
    make_document, text: str, met: int, total: int
) -> None:
    found = [f for f in facts_of(make_document, text, name=NEWS) if f.kind == "coverage"]
    assert [(f.units_met, f.units_total, f.region) for f in found] == [
        (met, total, "tỉnh Thái Bình")
    ]


def test_a_ratio_after_with_and_no_standard_before_is_still_nothing(make_document) -> None:
    text = "Tỉnh Thái Bình\nNăm 2019, tỉnh hỗ trợ xi măng với 200/260 xã tham gia.\n"
    assert [f for f in facts_of(make_document, text, name=NEWS) if f.kind == "coverage"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh Thái Bình\nNăm 2020, tỉnh có 20 xã điểm, 3 huyện đạt chuẩn nông thôn mới.\n",
        "Tỉnh Thái Bình\nNăm 2020, tỉnh có 20 xã điểm cấp tỉnh và 3 huyện đạt chuẩn nông thôn "
        "mới.\n",
    ],
)
def test_a_list_item_naming_its_communes_kind_shares_the_predicate(make_document, text) -> None:
    found = {f.units_met for f in facts_of(make_document, text, name=NEWS) if f.kind == "coverage"}
    assert found == {20, 3}


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh Thái Bình\nNăm 2020, tỉnh có 20 xã điểm, 3 huyện (Hưng Hà, Vũ Thư và Đông Hưng) đạt "
        "chuẩn nông thôn mới.\n",
        "Tỉnh Thái Bình\nNăm 2020, tỉnh có 20 xã và 3 địa phương cấp huyện (Hưng Hà, Vũ Thư và "
        "Đông Hưng) đạt chuẩn nông thôn mới.\n",
    ],
)
def test_units_named_in_brackets_after_a_lists_last_item_keep_the_list(make_document, text) -> None:
    found = {f.units_met for f in facts_of(make_document, text, name=NEWS) if f.kind == "coverage"}
    assert found == {20, 3}


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh Thái Bình\nNăm 2018, tỉnh phấn đấu năm 2019, 2 huyện Hưng Hà, Quỳnh Phụ sẽ được "
        "công nhận huyện đạt chuẩn nông thôn mới.\n",
        "Tỉnh Thái Bình\nNăm 2018, tỉnh phấn đấu năm 2019, 3 huyện Hưng Hà, Vũ Thư và Đông Hưng "
        "sẽ được công nhận huyện đạt chuẩn nông thôn mới.\n",
    ],
)
def test_units_named_bare_before_a_long_verb_are_still_counted(make_document, text) -> None:
    found = [f for f in facts_of(make_document, text, name=NEWS) if f.kind == "coverage"]
    assert [(f.units_total, f.target, f.period) for f in found] == [(None, True, "2019")]
