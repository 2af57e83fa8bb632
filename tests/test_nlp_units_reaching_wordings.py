"""Counts of units reaching the standard in wordings the tenth session's development set
found misread (FACTS.md, "Borderline cases, decided"). The examples are our own.

1. The programme by its full name after "hoàn thành" ("31 xã hoàn thành Chương trình mục tiêu
   quốc gia xây dựng nông thôn mới"), and the standard named bare ("5 xã phấn đấu hoàn thành
   nông thôn mới"), are units reaching the standard.
2. The standard written before the units ("đến năm 2030 đạt chuẩn 50 xã", "phấn đấu xây dựng
   12 xã nông thôn mới"): K units reaching it; "xây dựng K xã" alone is building in them.
3. The rest of the units at the whole set written M/M ("3 xã còn lại cơ bản hoàn thành 19/19
   tiêu chí") is coverage; short of it ("hai xã còn lại đạt 18/19") the rest's count.
4. Criteria added ("các xã còn lại phấn đấu đạt thêm ít nhất 1 tiêu chí") are an increment,
   no count.
5. Units per unit or per year ("mỗi huyện lựa chọn 01 xã …", "mỗi năm có thêm 2-3 xã …") are
   no K units reaching the standard.
"""

from __future__ import annotations

import pytest
from readfacts import news_facts_of, of_kind

from baocao.model import Coverage, CriteriaCount


def _coverage(make_document, text: str) -> list[tuple[int, int | None, bool]]:
    return [
        (f.units_met, f.units_total, f.target)
        for f in of_kind(news_facts_of(make_document, text), Coverage)
    ]


# -- 1. the programme by its full name, the standard named bare --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đến nay, tỉnh Thái Bình đã có 31 xã hoàn thành chương trình mục tiêu quốc gia xây "
            "dựng nông thôn mới, chiếm 27% tổng số xã.\n",
            [(31, None, False)],
        ),
        (
            "Hết năm 2026, huyện Kiến Xương có 12 xã hoàn thành Chương trình MTQG xây dựng nông "
            "thôn mới.\n",
            [(12, None, False)],
        ),
        (
            "Năm 2027, huyện Tiền Hải có 5 xã phấn đấu hoàn thành nông thôn mới.\n",
            [(5, None, True)],
        ),
    ],
)
def test_completing_the_programme_by_its_full_name_is_reaching_the_standard(
    make_document, text: str, expected: list
) -> None:
    assert _coverage(make_document, text) == expected


# -- 2. the standard written before the units ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tỉnh Thái Bình phấn đấu giữ vững các tiêu chí đã đạt, đến năm 2030 đạt chuẩn 50 xã.\n",
            [(50, None, True)],
        ),
        (
            "Tỉnh Hà Nam phấn đấu xây dựng 12 xã nông thôn mới năm 2027.\n",
            [(12, None, True)],
        ),
        (
            "Năm 2028 phấn đấu xây dựng 4 xã nông thôn mới nâng cao.\n",
            [(4, None, True)],
        ),
        # twin: building in units, no standard after them, is no coverage
        ("Năm 2026, huyện Vũ Thư tập trung xây dựng 3 xã điểm.\n", []),
    ],
)
def test_the_standard_written_before_the_units_counts_them(
    make_document, text: str, expected: list
) -> None:
    assert _coverage(make_document, text) == expected


# -- 3. the rest of the units at the whole set ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "coverage", "counts"),
    [
        (
            "Huyện Vũ Thư có 5 xã đăng ký về đích năm 2026, xã Minh Lãng đã được công nhận. "
            "Theo đó 3 xã còn lại cơ bản hoàn thành 19/19 tiêu chí.\n",
            [3],
            [],
        ),
        (
            "Năm 2026 huyện Hưng Hà có 4 xã đăng ký. Đến nay, 2 xã còn lại đã hoàn thành "
            "19/19 tiêu chí.\n",
            [2],
            [],
        ),
        # twin: short of the whole set, the rest's own count
        ("Hai xã còn lại của huyện Hưng Hà đạt 18/19 tiêu chí.\n", [], [(18, 19)]),
    ],
)
def test_the_rest_of_the_units_at_the_whole_set_is_coverage(
    make_document, text: str, coverage: list, counts: list
) -> None:
    facts = news_facts_of(make_document, text)
    assert [f.units_met for f in of_kind(facts, Coverage) if f.units_met in (2, 3)] == coverage
    assert [(f.met, f.of) for f in of_kind(facts, CriteriaCount)] == counts


# -- 4. criteria added are an increment ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Các xã còn lại phấn đấu đạt thêm 2 tiêu chí so với năm 2025.\n",
        "Các xã còn lại phấn đấu hoàn thành thêm ít nhất 1 tiêu chí so với năm 2026.\n",
    ],
)
def test_criteria_added_by_the_rest_are_no_count(make_document, text: str) -> None:
    assert of_kind(news_facts_of(make_document, text), CriteriaCount) == []


# -- 5. units per unit or per year ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Giai đoạn 2026-2030, huyện Đông Hưng phấn đấu mỗi năm có thêm 2-3 xã đạt chuẩn "
            "nông thôn mới nâng cao.\n",
            [],
        ),
        (
            "Mỗi huyện lựa chọn 01 xã đã đạt chuẩn để chỉ đạo điểm xây dựng xã nông thôn mới "
            "kiểu mẫu.\n",
            [],
        ),
        # twin: a count of the place's own units stays one
        ("Đến nay toàn huyện Đông Hưng có 9 xã đạt chuẩn nông thôn mới.\n", [(9, None, False)]),
    ],
)
def test_units_per_unit_or_per_year_are_no_count_of_units(
    make_document, text: str, expected: list
) -> None:
    assert _coverage(make_document, text) == expected
