"""A negation in an earlier predicate the count's own verb is joined after ("02 xã đều không
có nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới và đạt 19/19 tiêu chí") does not deny
the count; one before the count's own verb ("không còn giữ vững đạt 14/14") still does. The
units counted before such a run ("02 xã đều …") are its subject, the communes named before
them each getting the count. The texts are our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, news_facts_of, of_kind

from baocao.model import CriteriaCount

HEAD = "Huyện Gia Viễn họp xét công nhận xã nông thôn mới\n\n"


@pytest.mark.parametrize(
    "body",
    [
        "Kết quả thẩm định đối với xã Gia Tân và xã Gia Hòa cho thấy: 02 xã đều không còn nợ "
        "đọng và đạt 19/19 tiêu chí.",
        "Báo cáo thẩm định xã Gia Tân và xã Gia Hòa cho thấy: hai xã đều không có nợ đọng xây "
        "dựng cơ bản trong xây dựng nông thôn mới và đạt 19/19 tiêu chí.",
    ],
)
def test_each_named_commune_gets_the_count(make_document: MakeDocument, body: str) -> None:
    counts = of_kind(news_facts_of(make_document, HEAD + body + "\n"), CriteriaCount)
    assert sorted((c.subject, c.met, c.of) for c in counts) == [
        ("xã Gia Hòa", 19, 19),
        ("xã Gia Tân", 19, 19),
    ]


def test_one_commune_free_of_debt_and_at_the_whole_set(make_document: MakeDocument) -> None:
    body = "Kết quả cho thấy: xã Gia Tân không còn nợ đọng xây dựng cơ bản và đạt 19/19 tiêu chí."
    counts = of_kind(news_facts_of(make_document, HEAD + body + "\n"), CriteriaCount)
    assert [(c.subject, c.met, c.of) for c in counts] == [("xã Gia Tân", 19, 19)]


@pytest.mark.parametrize(
    "body",
    [
        "Xã Gia Tân không còn giữ vững đạt 14/14 tiêu chí.",
        "Xã Gia Tân, do không có nguồn lực, không đạt 19/19 tiêu chí.",
    ],
)
def test_a_negation_of_the_count_s_own_verb_denies_it(
    make_document: MakeDocument, body: str
) -> None:
    counts = of_kind(news_facts_of(make_document, HEAD + body + "\n"), CriteriaCount)
    assert [(c.met, c.of) for c in counts if not c.unmet] == []
