"""A sentence opening on units neither named nor counted ("Đây là các xã còn nợ … năm 2022,
đến nay đã hoàn thành 19/19 tiêu chí", "Những xã đăng ký năm nay … đã cơ bản đạt 19/19 tiêu
chí") keeps them as its subject: the count is theirs, not the reporting place's, so no place
gets it. A place or a level word written before the count ("…, toàn tỉnh đạt 9/9 …") takes
the subject back. The texts are our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, news_facts_of, of_kind

from baocao.model import CriteriaCount

HEAD = "Tỉnh Ninh Bình họp xét công nhận xã nông thôn mới\n\n"


@pytest.mark.parametrize(
    "body",
    [
        "Đây là các xã còn nợ một số tiêu chí trong năm 2022, đến nay đã hoàn thành 19/19 "
        "tiêu chí.",
        "Những xã đăng ký năm nay, đến tháng 10, đã cơ bản đạt 19/19 tiêu chí.",
    ],
)
def test_unnamed_units_keep_the_count(make_document: MakeDocument, body: str) -> None:
    counts = of_kind(news_facts_of(make_document, HEAD + body + "\n"), CriteriaCount)
    assert [c.subject for c in counts if c.met == 19] == []


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("Các xã đều đạt chuẩn, toàn tỉnh đạt 9/9 tiêu chí.", "tỉnh Ninh Bình"),
        (
            "Các xã trên địa bàn đều đạt chuẩn; huyện Kim Sơn đạt 9/9 tiêu chí huyện nông thôn "
            "mới.",
            "huyện Kim Sơn",
        ),
    ],
)
def test_a_place_before_the_count_takes_it(
    make_document: MakeDocument, body: str, subject: str
) -> None:
    counts = of_kind(news_facts_of(make_document, HEAD + body + "\n"), CriteriaCount)
    assert [(c.subject, c.met, c.of) for c in counts] == [(subject, 9, 9)]
