"""Counts and coverage around the standard's own words (classes from the tenth session's opened
sealed set AH): "đạt chuẩn 19/19 tiêu chí", a rate written where a count's label stands, a
share with its units in brackets, a bracket glossing the standard, a goal set by a higher
level with its count, and "giai đoạn I" written from 2021 on. Our own wordings (README,
"Decisions", tenth session)."""

from __future__ import annotations

import pytest

from baocao.nlp import read_document
from baocao.normalize import reading_to_facts
from baocao.vocab.periods import parse_period


def facts_of(make_document, body: str):
    document = make_document(body, name="tin.txt")
    return reading_to_facts(document, read_document(document))[1]


def of_kind(facts, kind: str):
    return [f for f in facts if f.kind == kind]


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("Năm 2015, UBND tỉnh Quảng Bình đã công nhận xã Quảng Phú đạt chuẩn 19/19 tiêu chí "
         "nông thôn mới.\n", [("xã Quảng Phú", 19, 19)]),
        ("Năm 2016, xã Quảng Lộc đạt chuẩn 17/19 tiêu chí, còn thiếu tiêu chí thu nhập.\n",
         [("xã Quảng Lộc", 17, 19)]),
    ],
)  # fmt: skip
def test_the_standards_word_between_verb_and_count(make_document, body: str, counts) -> None:
    found = [
        (f.subject, f.met, f.of) for f in of_kind(facts_of(make_document, body), "criteria_count")
    ]
    assert found == counts


@pytest.mark.parametrize(
    "body",
    [
        "Đến hết năm 2019, tỉnh Điện Biên có 20 xã đạt chuẩn; tỷ lệ số xã đạt chuẩn nông thôn "
        "mới là 17%, đạt gần 60% so với mục tiêu.\n",
        "Năm 2021, tỉnh Lai Châu có số xã đạt chuẩn nông thôn mới là 45,5%.\n",
    ],
)
def test_a_rate_where_a_counts_label_stands_is_no_count(make_document, body: str) -> None:
    coverage = of_kind(facts_of(make_document, body), "coverage")
    assert all(f.units_met not in (17, 45) for f in coverage)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Tỉnh Tuyên Quang phấn đấu đến năm 2015, có 5% số xã (7 xã) đạt chuẩn nông thôn mới "
         "(đạt 19 tiêu chí theo Bộ tiêu chí Quốc gia).\n", (7, 5.0, True)),
        ("Đến nay huyện Yên Sơn có 40% số xã (12 xã) được công nhận đạt chuẩn.\n",
         (12, 40.0, False)),
    ],
)  # fmt: skip
def test_a_share_with_its_units_in_brackets_is_one_coverage(
    make_document, body: str, expected
) -> None:
    facts = facts_of(make_document, body)
    assert [(f.units_met, f.percent_stated, f.target) for f in of_kind(facts, "coverage")] == [
        expected
    ]
    # the share is the coverage's, and the gloss of the standard is no province's count
    assert of_kind(facts, "percentage") == [] and of_kind(facts, "criteria_count") == []


def test_a_ratio_in_a_bracket_after_the_standard_is_the_communes_own(make_document) -> None:
    body = "Xã Tân Lập được công nhận đạt chuẩn nông thôn mới (đạt 19/19 tiêu chí) năm 2016.\n"
    counts = of_kind(facts_of(make_document, body), "criteria_count")
    assert [(f.subject, f.met, f.of) for f in counts] == [("xã Tân Lập", 19, 19)]


@pytest.mark.parametrize(
    ("body", "goal"),
    [
        ("Đến năm 2019, tỉnh Điện Biên đã công nhận 22 xã đạt chuẩn nông thôn mới, vượt chỉ "
         "tiêu 15 xã do Thủ tướng Chính phủ giao.\n", 15),
        ("Năm 2021, huyện Tam Đường có 9 xã đạt chuẩn nông thôn mới, vượt kế hoạch 7 xã tỉnh "
         "giao.\n", 7),
        # a margin, no goal
        ("Năm 2020 huyện Mường Ảng có 6 xã đạt chuẩn nông thôn mới, vượt chỉ tiêu 2 xã so với "
         "năm trước.\n", None),
    ],
)  # fmt: skip
def test_a_goal_set_by_a_higher_level_with_its_count(make_document, body: str, goal) -> None:
    targets = [f.units_met for f in of_kind(facts_of(make_document, body), "coverage") if f.target]
    assert targets == ([goal] if goal else [])


@pytest.mark.parametrize(
    ("written", "now", "period"),
    [
        ("Trong giai đoạn I xây dựng nông thôn mới", 2022, "2011-2020"),
        ("bước sang giai đoạn II", 2023, "2021-2025"),
        ("Trong giai đoạn I xây dựng nông thôn mới", 2014, "2011-2015"),
        ("giai đoạn II", None, "2016-2020"),
        ("giai đoạn I (2010-2015)", 2022, "2010-2015"),  # the span written wins
    ],
)
def test_a_phase_by_its_numeral_is_counted_as_its_writers_count(
    written: str, now: int | None, period: str
) -> None:
    assert parse_period(written, now=now) == period


# -- a place differing from a unit in both kind and accents is not that unit -------------------


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("thị xã Vĩnh", None),  # "thị xã Vĩnh châu" cut at its small letter: not thành phố Vinh
        ("huyện Lãng Sơn", None),
        ("thành phố Vinh", "412"),
        ("huyện Vinh", "412"),  # one slip (the kind) is forgiven
        ("huyện Bim Sơn", "381"),  # a name typed bare has no accents of its own
        ("thị xã Vinh Chau", "950"),
    ],
)
def test_a_place_differing_in_kind_and_accents_is_another_unit(written: str, code) -> None:
    from baocao.vocab.places import parse_place, resolve_place

    place = parse_place(written)
    assert place is not None and resolve_place(place).code == code
