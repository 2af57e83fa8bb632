"""Communes named, then "N xã đều đã đạt 19/19 tiêu chí" (set Z's class, ninth session): "đều"
says the N are all of them, the ones just named, so each named commune gets its count 19 of 19
as "Xã A đạt 19/19 tiêu chí" gives it (FACTS.md: when the units are named, each also gets the
count stated of it), beside the coverage of the N. The texts are our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, facts_of, of_kind

from baocao.model import Coverage, CriteriaCount

HEAD = "UBND HUYỆN LẬP THẠCH\nBÁO CÁO\nKết quả xây dựng nông thôn mới huyện Lập Thạch năm 2022\n"
NAMED = ["xã Bắc Bình", "xã Xuân Lôi", "xã Tử Du"]


def _read(make_document: MakeDocument, body: str) -> tuple[list[CriteriaCount], list[Coverage]]:
    facts = facts_of(make_document, HEAD + body + "\n")
    return of_kind(facts, CriteriaCount), of_kind(facts, Coverage)


@pytest.mark.parametrize(
    "body",
    [
        # named and counted in one sentence
        "Các xã Bắc Bình, Xuân Lôi và Tử Du được chọn xây dựng xã nông thôn mới nâng cao; đến "
        "nay 3 xã đều đã đạt 19/19 tiêu chí.",
        # counted in the next sentence
        "Năm 2022, huyện tập trung chỉ đạo các xã Bắc Bình, Xuân Lôi và Tử Du. Đến nay, 3 xã "
        "đều đạt 19/19 tiêu chí.",
        "Năm 2022, huyện chọn xã Bắc Bình, xã Xuân Lôi, xã Tử Du làm điểm. Kết quả 03 xã đều "
        "đã hoàn thành 19/19 tiêu chí.",
    ],
)
def test_each_commune_named_before_all_of_them_gets_the_count(
    make_document: MakeDocument, body: str
) -> None:
    counts, coverage = _read(make_document, body)
    assert sorted(c.subject for c in counts if (c.met, c.of) == (19, 19)) == sorted(NAMED)
    assert [c.units_met for c in coverage] == [3]
    assert coverage[0].region == "huyện Lập Thạch"


def test_a_count_that_is_not_the_list_gives_no_named_counts(make_document: MakeDocument) -> None:
    # four communes counted after three named: not the ones named
    body = (
        "Các xã Bắc Bình, Xuân Lôi và Tử Du được chọn làm điểm. Đến nay, 4 xã đều đã đạt 19/19 "
        "tiêu chí."
    )
    counts, _ = _read(make_document, body)
    assert not counts


def test_a_count_without_each_gives_no_named_counts(make_document: MakeDocument) -> None:
    # no "đều": three communes, not said to be the ones named
    body = (
        "Các xã Bắc Bình, Xuân Lôi và Tử Du được chọn làm điểm. Đến nay, 3 xã đã đạt 19/19 "
        "tiêu chí."
    )
    counts, _ = _read(make_document, body)
    assert not counts
