"""Communes named in one sentence, then referred to in the next ("Hai xã nêu trên đều đạt
19/19 tiêu chí", "2 xã kể trên …", "Cả 2 xã đều …"): each named commune gets the count (as
"N xã đều đã đạt 19/19" after named communes does, FACTS.md), and the coverage of the N is
the reporting unit's, never the first commune's, even for communes the map does not know.
The texts are our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, facts_of, of_kind

from baocao.model import Coverage, CriteriaCount

HEAD = (
    "ỦY BAN NHÂN DÂN\nHUYỆN KIM SƠN\nSố: 31/BC-UBND\nKim Sơn, ngày 10 tháng 12 năm 2023\n"
    "BÁO CÁO\nKết quả xây dựng nông thôn mới năm 2023\n\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Xã Yên Lộc và xã Yên Mật được công nhận đạt chuẩn. Hai xã nêu trên đều đạt 19/19 "
        "tiêu chí.",
        "Xã Yên Lộc và xã Yên Mật được công nhận đạt chuẩn năm 2023. 2 xã kể trên đều đạt "
        "19/19 tiêu chí.",
        "Năm 2023, xã Yên Lộc và xã Yên Mật về đích. Cả 2 xã đều đạt 19/19 tiêu chí.",
    ],
)
def test_each_commune_named_before_gets_the_count_and_the_whole_is_the_units(
    make_document: MakeDocument, body: str
) -> None:
    facts = facts_of(make_document, HEAD + body + "\n")
    counts = of_kind(facts, CriteriaCount)
    assert sorted((c.subject, c.met, c.of) for c in counts) == [
        ("xã Yên Lộc", 19, 19),
        ("xã Yên Mật", 19, 19),
    ]
    assert [(c.region, c.units_met) for c in of_kind(facts, Coverage)] == [("huyện Kim Sơn", 2)]


def test_all_of_the_named_communes_reaching_the_standard_are_the_units(
    make_document: MakeDocument,
) -> None:
    body = "Xã Tây Lộc và xã Tây Hòa về đích năm nay. Cả 2 xã đều đạt chuẩn nông thôn mới."
    coverage = of_kind(facts_of(make_document, HEAD + body + "\n"), Coverage)
    assert [(c.region, c.units_met) for c in coverage] == [("huyện Kim Sơn", 2)]
