"""A news page's boxes of other stories — "TIN ĐỌC NHIỀU", "Tin xem nhiều", "Đọc nhiều nhất",
"Bài viết liên quan" — after the article: the teasers under the box's heading are other
articles', so no fact is read from them and their places set neither the text's unit nor its
province (patterns_cues.toml, ``other_articles``). The texts are our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, news_report_and_facts, place_of

ARTICLE = (
    "Xã Tân Lập về đích nông thôn mới\n"
    "Ngày 3/6/2022, UBND huyện Kim Sơn công bố xã Tân Lập đạt chuẩn nông thôn mới. Xã đạt "
    "19/19 tiêu chí.\n"
)
TEASERS = (
    "Huyện Mường Lát có 5/8 xã đạt 15 tiêu chí năm 2017\nTỉnh Quảng Trị có 60% số xã đạt chuẩn\n"
)


@pytest.mark.parametrize(
    "heading", ["TIN ĐỌC NHIỀU", "Tin xem nhiều", "Đọc nhiều nhất", "Bài viết liên quan"]
)
def test_the_teasers_under_a_box_of_other_stories_are_no_facts(
    make_document: MakeDocument, heading: str
) -> None:
    report, facts = news_report_and_facts(make_document, ARTICLE + heading + "\n" + TEASERS)
    assert [(place_of(f), f.quote) for f in facts] == [("xã Tân Lập", "Xã đạt 19/19 tiêu chí")]
    assert report.unit is not None and report.unit.name == "Tân Lập"
    assert report.province is None or report.province.name != "Quảng Trị"


def test_a_most_read_box_closes_the_article_before_more_teasers(
    make_document: MakeDocument,
) -> None:
    text = (
        "Huyện Kim Sơn có 20 xã đạt chuẩn\nCập nhật: 12/05/2021\nĐến nay, huyện Kim Sơn có "
        "20/25 xã đạt chuẩn nông thôn mới.\nBài đọc nhiều:\nThị xã Lâm Hòa có thêm 3 xã về "
        "đích\nHuyện Mường Lát có 4/8 xã đạt chuẩn nông thôn mới\n"
    )
    report, facts = news_report_and_facts(make_document, text)
    assert {place_of(f) for f in facts} == {"huyện Kim Sơn"}
    assert all(f.quote.startswith(("20 xã", "20/25")) for f in facts)
