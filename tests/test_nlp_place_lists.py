"""Places in a list of values (set Z's class, ninth session): each value of a list joined by
";" or "và" is the place written right before it ("huyện A đạt bình quân 15,2 tiêu chí/xã;
huyện B 10,1 tiêu chí/xã", "… và huyện B 10,1 tiêu chí/xã"), and a part opened by "trong đó"
after the whole's own figure ("Bình quân toàn tỉnh đạt 15 tiêu chí/xã, trong đó huyện A …")
is the part's place, not the whole's. FACTS.md: a fact's place is the nearest place its
sentence or list names. The texts are our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, facts_of, news_facts_of, of_kind, place_of

from baocao.model import Coverage, Funding, Percentage

HEAD = "UBND TỈNH THANH HÓA\nBÁO CÁO\nKết quả xây dựng nông thôn mới tỉnh Thanh Hóa năm 2021\n"
NEWS_HEAD = "Thanh Hóa: nông thôn mới ở miền núi\n\nTính đến cuối năm 2021, "


def _values(facts, kind=Percentage) -> dict[float, str | None]:
    if kind is Percentage:
        return {p.value: place_of(p) for p in of_kind(facts, Percentage)}
    return {f.amount_vnd: place_of(f) for f in of_kind(facts, Funding)}


@pytest.mark.parametrize(
    "body",
    [
        # joined by "và" after the first item's own figure
        "Đến hết năm 2021, huyện Thạch Thành đạt bình quân 16,4 tiêu chí/xã và huyện Mường "
        "Lát 11,2 tiêu chí/xã.",
        # a verb repeated after the joint
        "Đến hết năm 2021, huyện Thạch Thành đạt bình quân 16,4 tiêu chí/xã và huyện Mường "
        "Lát đạt 11,2 tiêu chí/xã.",
        # three items: ";" then "và"
        "Đến hết năm 2021, huyện Thạch Thành đạt bình quân 16,4 tiêu chí/xã; huyện Quan Sơn "
        "13,5 tiêu chí/xã và huyện Mường Lát 11,2 tiêu chí/xã.",
    ],
)
def test_each_value_of_a_list_is_the_place_written_before_it(
    make_document: MakeDocument, body: str
) -> None:
    values = _values(facts_of(make_document, HEAD + body + "\n"))
    assert values[16.4] == "huyện Thạch Thành"
    assert values[11.2] == "huyện Mường Lát"
    if 13.5 in values:
        assert values[13.5] == "huyện Quan Sơn"


def test_money_listed_by_places_joined_by_and_is_each_places(make_document: MakeDocument) -> None:
    body = "Năm 2021, huyện Ngọc Lặc huy động 42 tỷ đồng và huyện Lang Chánh 17 tỷ đồng."
    amounts = _values(facts_of(make_document, HEAD + body + "\n"), Funding)
    assert amounts[42_000_000_000] == "huyện Ngọc Lặc"
    assert amounts[17_000_000_000] == "huyện Lang Chánh"


def test_places_joined_as_one_owner_keep_their_reading(make_document: MakeDocument) -> None:
    # "và" with no figure before it joins two owners: not a list of values
    body = "Năm 2021, kinh phí hỗ trợ cho huyện Ngọc Lặc và huyện Lang Chánh là 9 tỷ đồng."
    amounts = _values(facts_of(make_document, HEAD + body + "\n"), Funding)
    assert amounts[9_000_000_000] != "huyện Ngọc Lặc"


@pytest.mark.parametrize(
    "body, part, value",
    [
        (
            "bình quân toàn tỉnh đạt 15,6 tiêu chí/xã, trong đó huyện Như Xuân có số tiêu chí "
            "bình quân đạt 13,8 tiêu chí/xã.",
            "huyện Như Xuân",
            13.8,
        ),
        (
            "số tiêu chí bình quân toàn tỉnh là 15,6 tiêu chí/xã, trong đó huyện Như Xuân thấp "
            "nhất, bình quân 13,8 tiêu chí/xã.",
            "huyện Như Xuân",
            13.8,
        ),
        (
            "toàn tỉnh bình quân đạt 15,6 tiêu chí/xã (trong đó huyện Bá Thước đạt bình quân "
            "13,8 tiêu chí/xã, huyện Quan Hóa đạt 12,1 tiêu chí/xã).",
            "huyện Bá Thước",
            13.8,
        ),
        (
            "bình quân toàn tỉnh 15,6 tiêu chí/xã, trong đó: huyện Bá Thước bình quân 13,8 "
            "tiêu chí/xã; huyện Quan Hóa bình quân 12,1 tiêu chí/xã.",
            "huyện Bá Thước",
            13.8,
        ),
    ],
)
def test_a_part_after_the_wholes_own_figure_is_the_parts(
    make_document: MakeDocument, body: str, part: str, value: float
) -> None:
    values = _values(news_facts_of(make_document, NEWS_HEAD + body + "\n"))
    assert values[15.6] == "tỉnh Thanh Hóa"
    assert values[value] == part
    if 12.1 in values:
        assert values[12.1] == "huyện Quan Hóa"


def test_the_whole_said_after_a_place_is_still_the_whole(make_document: MakeDocument) -> None:
    # the district named before the whole, the whole's figure after it: the province's
    body = "Sau khi huyện Như Xuân được công nhận, bình quân toàn tỉnh đạt 15,6 tiêu chí/xã."
    values = _values(news_facts_of(make_document, NEWS_HEAD + body + "\n"))
    assert values[15.6] == "tỉnh Thanh Hóa"


@pytest.mark.parametrize(
    "body",
    [
        "Đến hết năm 2021, huyện Thạch Thành có 20/25 xã đạt chuẩn nông thôn mới; huyện Quan "
        "Sơn 6/12 xã và huyện Mường Lát 2/8 xã.",
        "Đến hết năm 2021, huyện Thạch Thành có 20/25 xã đạt chuẩn nông thôn mới; huyện Quan "
        "Sơn 6/12 xã; huyện Mường Lát 2/8 xã.",
    ],
)
def test_each_count_of_a_list_after_a_statement_is_its_places(
    make_document: MakeDocument, body: str
) -> None:
    # the statement's predicate and time go on to the places listed after the semicolon
    facts = facts_of(make_document, HEAD + body + "\n")
    found = {(c.units_met, c.units_total): place_of(c) for c in of_kind(facts, Coverage)}
    assert found == {
        (20, 25): "huyện Thạch Thành",
        (6, 12): "huyện Quan Sơn",
        (2, 8): "huyện Mường Lát",
    }
    assert {c.period for c in of_kind(facts, Coverage)} == {"2021"}
    assert {c.criterion for c in of_kind(facts, Coverage)} == {None}


def test_places_after_a_clause_that_names_none_are_no_list(make_document: MakeDocument) -> None:
    # no place opens the statement: the counts after it are not a list of its places
    body = "Đến hết năm 2021, có 420 xã đạt chuẩn nông thôn mới; huyện Quan Sơn 6/12 xã."
    facts = facts_of(make_document, HEAD + body + "\n")
    assert not [c for c in of_kind(facts, Coverage) if c.units_met == 6]
