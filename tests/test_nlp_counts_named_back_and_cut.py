"""Units counted with their criteria, named elsewhere than the count's sentence (set BG;
our own wording): "Đây là 3 xã đã đạt 19/19 tiêu chí" after a sentence naming three
communes gives each of them the count, and a list the text breaks off in mid-name (an
excerpt cut at its page's end) gives the names read in full before the cut."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, news_facts_of, of_kind

from baocao.model import CriteriaCount

_LEAD = "Sáng nay, UBND tỉnh Tiền Giang họp xét công nhận xã đạt chuẩn nông thôn mới.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Các xã được đề nghị lần này gồm Tân Phú, Tân Hòa (Châu Thành) và Bình Phú (Cai Lậy). "
        "Đây là 3 xã đã được huyện thẩm định đạt 19/19 tiêu chí.",
        "Đợt này có xã Tân Phú, xã Tân Hòa và xã Bình Phú trình hồ sơ. Đó là 3 xã đã tự "
        "đánh giá đạt đủ 19/19 tiêu chí.",
    ],
)
def test_these_k_units_are_the_ones_named_before(make_document: MakeDocument, text: str) -> None:
    counts = of_kind(news_facts_of(make_document, _LEAD + text), CriteriaCount)
    assert sorted((c.subject, c.met, c.of) for c in counts) == [
        ("xã Bình Phú", 19, 19),
        ("xã Tân Hòa", 19, 19),
        ("xã Tân Phú", 19, 19),
    ]


def test_a_list_cut_off_at_the_texts_end(make_document: MakeDocument) -> None:
    text = (
        "Đến cuối năm 2017, tỉnh Tiền Giang có 30 xã đạt chuẩn. Có 3 xã đạt 18 tiêu chí, "
        "gồm xã Tân Phú (huyện Châu Thành); Bình Phú (huyện Cai Lậy) và x"
    )
    counts = of_kind(news_facts_of(make_document, text), CriteriaCount)
    assert sorted((c.subject, c.met) for c in counts) == [("xã Bình Phú", 18), ("xã Tân Phú", 18)]


def test_a_list_that_names_too_few_and_goes_on_gives_none(make_document: MakeDocument) -> None:
    text = (
        "Đến cuối năm 2017, tỉnh Tiền Giang có 30 xã đạt chuẩn. Có 3 xã đạt 18 tiêu chí, "
        "gồm xã Tân Phú và xã Bình Phú. Năm 2018 tỉnh phấn đấu thêm 10 xã."
    )
    counts = of_kind(news_facts_of(make_document, text), CriteriaCount)
    assert counts == []
