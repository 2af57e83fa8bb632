"""A unit's name with a later syllable left in small letters after its unit word ("thị xã Vĩnh
châu", "huyện Cần giuộc") is the unit the map names so, accents and all, case aside: it is
no longer cut at the small letter. Only after a unit word, only for a unit of that word's
level, and never when the capitalised part is a name of its own ("huyện Châu Thành đạt …").
Our own wordings (README, "Decisions", eleventh session)."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of

from baocao.vocab.places import names_capitalised


@pytest.mark.parametrize(
    ("body", "region", "code"),
    [
        ("Năm 2022, thị xã Vĩnh châu có 5/8 xã đạt chuẩn.\n", "thị xã Vĩnh Châu", "950"),
        ("Đến nay, huyện Cần giuộc có 13/15 xã đạt chuẩn.\n", "huyện Cần Giuộc", "807"),
        (
            "Tỉnh Long An: năm 2020 huyện Cần giuộc có 10/15 xã đạt chuẩn.\n",
            "huyện Cần Giuộc",
            "807",
        ),
    ],
)  # fmt: skip
def test_a_name_with_a_small_syllable_is_the_whole_unit(make_document, body, region, code):
    coverage = [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "coverage"]
    assert [(f.region, f.region_code) for f in coverage] == [(region, code)]


def test_the_quote_keeps_the_name_as_written(make_document) -> None:
    body = "Năm 2022, thị xã Vĩnh châu có 5/8 xã đạt chuẩn, huyện Cần giuộc có 13/15 xã.\n"
    facts = facts_of(make_document, body, name=NEWS)
    assert any("Cần giuộc" in f.quote for f in facts)


@pytest.mark.parametrize(
    "text",
    [
        "huyện Châu Thành đạt chuẩn nông thôn mới",  # a whole name, then its predicate
        "xã Tân Phú đã hoàn thành 19 tiêu chí",
        "Tỉnh Bến Tre có 54 xã",
        "các xã trong huyện đạt chuẩn",  # no name
    ],
)
def test_other_words_after_a_name_are_left_alone(text: str) -> None:
    assert names_capitalised(text) == text


def test_the_text_keeps_its_length() -> None:
    text = "thị xã Vĩnh châu và huyện Cần giuộc"
    assert names_capitalised(text) == "thị xã Vĩnh Châu và huyện Cần Giuộc"
