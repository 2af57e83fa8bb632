"""Three wording classes: the years back from the present with a few words of effort before
the programme's work ("qua 4 năm dồn sức xây dựng NTM"), money a unit is written as given by
a level in other ways than "được <level> hỗ trợ" ("nhận được … hỗ trợ từ Trung ương", "do tỉnh
hỗ trợ …": allocated, as the README's Decisions read it), and a count of units restated in
brackets after them ("tất cả các xã (7 xã) đều đạt …": K of K)."""

from __future__ import annotations

import re

import pytest
from readfacts import facts_of

from baocao.vocab.periods import PERIOD_PATTERN, parse_period, years_back

REPORT_2020 = "BÁO CÁO\nKết quả xây dựng nông thôn mới xã Hòa Phong năm 2020\n\n"


@pytest.mark.parametrize(
    ("written", "years"),
    [
        ("qua 4 năm dồn sức xây dựng", 4),
        ("Trải qua 3 năm ra quân xây dựng", 3),
        ("sau 6 năm kiên trì thực hiện", 6),
        ("qua hơn 5 năm tích cực triển khai", 5),
        ("Sau 2 năm dốc sức chung tay xây dựng", 2),
    ],
)
def test_a_short_verb_phrase_before_the_work_still_counts_back(written: str, years: int) -> None:
    m = re.search(PERIOD_PATTERN, written)
    assert m is not None and years_back(m.group()) == years
    assert parse_period(m.group(), now=2020) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # five words between "năm" and the work: too long to be one verb phrase
        "qua 4 năm dồn hết tâm sức cùng xây dựng",
        # a number between: another statement ("Qua N năm," opening a clause counts back
        # since the eighth session: tests/test_nlp_period_to_now.py)
        "qua 4 năm có 12 xã xây dựng",
        # no opening "qua"/"sau": "tăng 3 năm so với khi thực hiện" is no span back
        "tuổi thọ tăng 3 năm so với khi thực hiện",
    ],
)
def test_no_span_back_over_other_words(sentence: str) -> None:
    m = re.search(PERIOD_PATTERN, sentence)
    assert m is None or years_back(m.group()) is None


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Qua 4 năm dồn sức xây dựng NTM, xã Hòa Phong đã huy động 38 tỷ đồng.\n", "2017-2020"),
        ("Trải qua 3 năm ra quân xây dựng NTM, xã đã huy động được 21 tỷ đồng.\n", "2018-2020"),
        ("Sau 2 năm bền bỉ triển khai Chương trình, xã đã huy động được 9 tỷ đồng.\n", "2019-2020"),
    ],
)
def test_money_over_the_years_of_effort_is_of_that_span(make_document, sentence, period) -> None:
    (fact,) = [f for f in facts_of(make_document, REPORT_2020 + sentence) if f.kind == "funding"]
    assert fact.period == period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2023, huyện nhận được 18 tỷ đồng hỗ trợ từ Trung ương.\n", ("central", "allocated")),
        ("Năm 2023, xã đã nhận 5 tỷ đồng từ ngân sách tỉnh.\n", ("province", "allocated")),
        ("Năm 2023, xã tiếp nhận 4 tỷ đồng vốn hỗ trợ của huyện.\n", ("district", "allocated")),
        ("Năm 2023, xã làm 6 km đường, do tỉnh hỗ trợ 3 tỷ đồng.\n", ("province", "allocated")),
        ("Năm 2023, xã có thêm 2 tỷ đồng do Trung ương hỗ trợ.\n", ("central", "allocated")),
        ("Năm 2023, xã được cấp 1,5 tỷ từ ngân sách huyện.\n", ("district", "allocated")),
        # a giver who is no level: money the unit mobilised
        ("Năm 2023, xã có 3 tỷ đồng do doanh nghiệp hỗ trợ.\n", ("enterprise", "mobilised")),
    ],
)
def test_money_received_from_a_level_is_allocated(make_document, text, expected) -> None:
    (fact,) = [f for f in facts_of(make_document, text) if f.kind == "funding"]
    assert (fact.source, fact.flow) == expected


@pytest.mark.parametrize(
    "part",
    ["nhận được 11 tỷ đồng hỗ trợ từ Trung ương", "do tỉnh hỗ trợ 11 tỷ đồng"],
)
def test_a_received_part_of_money_raised_is_raised(make_document, part: str) -> None:
    text = f"Năm 2023, xã huy động được 40 tỷ đồng, trong đó {part}.\n"
    found = [(f.source, f.flow) for f in facts_of(make_document, text) if f.kind == "funding"]
    assert found[0] == ("total", "mobilised")
    assert found[1][1] == "mobilised"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2021, tất cả các xã (6 xã) đều đạt chuẩn NTM.\n", [(6, 6)]),
        ("Năm 2021, toàn bộ 14 xã (100%) đã đạt chuẩn nông thôn mới.\n", [(14, 14)]),
        ("Năm 2021, các xã (gồm 8 xã) đều đạt chuẩn nông thôn mới.\n", [(8, 8)]),
        ("Năm 2021, tất cả các thôn (tổng cộng 10 thôn) đã đạt chuẩn NTM.\n", [(10, 10)]),
        ("Năm 2021, các xã (4 xã) đều chưa đạt chuẩn nông thôn mới.\n", [(0, 4)]),
        # no "đều", no "tất cả": the count, no whole
        ("Năm 2021, các xã (5 xã) đạt chuẩn nông thôn mới.\n", [(5, None)]),
        # a bracket that restates no units before it
        ("Năm 2021, trong huyện (có 5 xã) đạt chuẩn nông thôn mới.\n", []),
        # the K/K forms read before
        ("Năm 2021, cả 9/9 xã đều đạt chuẩn nông thôn mới.\n", [(9, 9)]),
        ("Năm 2021, huyện có 100% số xã (9/9 xã) đạt chuẩn nông thôn mới.\n", [(9, 9)]),
    ],
)
def test_a_count_restated_in_brackets(make_document, text, expected) -> None:
    found = [
        (f.units_met, f.units_total) for f in facts_of(make_document, text) if f.kind == "coverage"
    ]
    assert found == expected
