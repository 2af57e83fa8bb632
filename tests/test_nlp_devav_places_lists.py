"""News on several districts, one paragraph each.

* A headline counting units in words ("Hai huyện về đích …") names no commune "Hai": the
  number word is no place, whatever commune of that name the map holds.
* A rate of units "ở"/"tại" a place written bare ("… của 12 xã ở Quế Sơn giảm còn 3,1%")
  is that place's, when the text named it with its prefix before.
* An ellipsis ends a clause: "… (tăng 40 triệu đồng)… Sau 5 năm, huyện A đã hoàn thành 9
  tiêu chí" reads no average "9" from the income's "bình quân" before it.
* "tất cả 9 tiêu chí với 36 chỉ tiêu": the indicators joined to a whole set are all met too.
Every text is our own wording of its class."""

from __future__ import annotations

from readfacts import news_facts_of as facts_of

from baocao.nlp.metadata import read_metadata


def kind(facts, name: str):
    return [f for f in facts if f.kind == name]


def test_a_number_word_counting_districts_is_no_commune() -> None:
    text = (
        "Ba huyện đạt chuẩn nông thôn mới nâng cao\n"
        "Đến nay, huyện Tiên Phước có 15/15 xã được UBND tỉnh Quảng Nam công nhận đạt chuẩn "
        "nông thôn mới.\n"
    )
    unit = read_metadata(text).unit
    assert unit is None or unit.name != "Ba"


def test_a_rate_of_units_at_a_bare_place_named_before(make_document) -> None:
    body = (
        "Huyện Phú Ninh có 10/10 xã đạt chuẩn nông thôn mới. Đối với huyện Quế Sơn, toàn huyện "
        "có 12/12 xã đạt chuẩn. Tỷ lệ hộ nghèo đa chiều của 12 xã ở Quế Sơn giảm còn 3,1%.\n"
    )
    rates = [(f.subject, f.value) for f in kind(facts_of(make_document, body), "percentage")]
    assert rates == [("huyện Quế Sơn", 3.1)]


def test_an_ellipsis_ends_the_clause_of_an_average(make_document) -> None:
    body = (
        "Năm 2024, thu nhập bình quân đầu người của huyện Vĩnh Lợi đạt 80 triệu đồng/người/"
        "năm (tăng 40 triệu đồng so với năm 2018)… Sau 6 năm, huyện Vĩnh Lợi đã hoàn thành "
        "9 tiêu chí huyện nông thôn mới nâng cao.\n"
    )
    values = [f.value for f in kind(facts_of(make_document, body), "percentage")]
    assert values == [80.0]


def test_indicators_joined_to_all_criteria_are_all_met(make_document) -> None:
    body = (
        "Huyện Hồng Dân đã hoàn thành tất cả 9 tiêu chí với 36 chỉ tiêu theo Bộ tiêu chí "
        "huyện nông thôn mới.\n"
    )
    counts = sorted((f.met, f.of) for f in kind(facts_of(make_document, body), "criteria_count"))
    assert counts == [(9, 9), (36, 36)]
