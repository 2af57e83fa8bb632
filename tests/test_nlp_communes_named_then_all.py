"""Communes named one sentence before, in lists and one by one, then "K xã đều đã đạt 19/19
tiêu chí": each named commune gets the count, and the K are all of them (coverage K/K; set
AR, opened in the eleventh session). Our own wordings of the class."""

from __future__ import annotations

import pytest

from baocao.nlp import read_document
from baocao.normalize import reading_to_facts


def facts_of(make_document, body: str):
    document = make_document(body, name="tin.txt")
    return reading_to_facts(document, read_document(document))[1]


def counts(facts) -> list[tuple[str | None, int, int | None]]:
    return sorted((f.subject, f.met, f.of) for f in facts if f.kind == "criteria_count")


def coverage(facts) -> list[tuple[int, int | None]]:
    return sorted((f.units_met, f.units_total) for f in facts if f.kind == "coverage")


@pytest.mark.parametrize(
    ("body", "names", "whole"),
    [
        ("Huyện Lạc Dương, tỉnh Lâm Đồng năm 2025.\nCụ thể, 2 xã Đạ Nhim và Đạ Chais đạt "
         "chuẩn NTM, xã Lát đạt chuẩn NTM nâng cao.\nSau thẩm định, 3 xã đều đã đạt 19/19 "
         "tiêu chí.\n", ["xã Lát", "xã Đạ Chais", "xã Đạ Nhim"], (3, 3)),
        ("Huyện Lạc Dương, tỉnh Lâm Đồng năm 2025.\nTỉnh công nhận xã Lát và xã Đạ Sar. "
         "Hai xã đều đạt 19/19 tiêu chí.\n", ["xã Lát", "xã Đạ Sar"], None),
    ],
)  # fmt: skip
def test_each_named_commune_gets_the_count(make_document, body, names, whole) -> None:
    facts = facts_of(make_document, body)
    assert counts(facts) == [(n, 19, 19) for n in sorted(names)]
    if whole is not None:
        assert whole in coverage(facts)


def test_more_communes_named_than_counted_get_none(make_document) -> None:
    body = (
        "Huyện Lạc Dương, tỉnh Lâm Đồng năm 2025.\nCụ thể, xã Lát, xã Đạ Sar và xã Đạ Nhim "
        "đạt chuẩn NTM, xã Đạ Chais đạt chuẩn NTM nâng cao.\nSau thẩm định, 3 xã đều đã đạt "
        "19/19 tiêu chí.\n"
    )
    assert counts(facts_of(make_document, body)) == []
