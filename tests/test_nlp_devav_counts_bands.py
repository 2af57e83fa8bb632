"""Two wordings of district progress reports.

* The whole set named before a count ("Đối với 9 tiêu chí huyện nông thôn mới, đã cơ bản
  đạt 6 tiêu chí") is what the count is of: 6 of 9, not 6 of an unknown M.
* A range of criteria per commune after a count of communes ("5 xã trong kế hoạch năm 2024
  đạt từ 13-16 tiêu chí/xã") is a band (FACTS.md: no fact), not an average of 13.
Every text is our own wording of its class."""

from __future__ import annotations

from readfacts import news_facts_of as facts_of


def kind(facts, name: str):
    return [f for f in facts if f.kind == name]


def test_the_whole_named_before_the_count_is_its_m(make_document) -> None:
    body = (
        "Huyện Võ Nhai phấn đấu đạt chuẩn huyện nông thôn mới. Đối với 9 tiêu chí huyện "
        "nông thôn mới, đến nay huyện đã cơ bản đạt 7 tiêu chí.\n"
    )
    counts = [(f.met, f.of) for f in kind(facts_of(make_document, body), "criteria_count")]
    assert counts == [(7, 9)]


def test_a_whole_named_smaller_than_the_count_is_no_m(make_document) -> None:
    body = "Trong tổng số 5 tiêu chí, xã Tân Hòa đã đạt 19 tiêu chí nông thôn mới.\n"
    counts = [(f.met, f.of) for f in kind(facts_of(make_document, body), "criteria_count")]
    assert (19, 5) not in counts


def test_a_range_of_criteria_after_a_count_of_communes_is_a_band(make_document) -> None:
    body = (
        "Đến nay, 5 xã trong kế hoạch đạt chuẩn năm 2024 của huyện Phú Lương đạt từ 13-16 "
        "tiêu chí/xã; 2 xã phấn đấu đạt chuẩn nâng cao đạt từ 10-12 tiêu chí/xã.\n"
    )
    assert kind(facts_of(make_document, body), "percentage") == []


def test_an_average_stays_an_average(make_document) -> None:
    body = "Đến nay, bình quân toàn huyện Phú Lương đạt 16,5 tiêu chí/xã.\n"
    values = [f.value for f in kind(facts_of(make_document, body), "percentage")]
    assert values == [16.5]
