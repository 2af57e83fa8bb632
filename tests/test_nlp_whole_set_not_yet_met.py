"""A subject that has "not yet" reached the whole set written as a ratio ("Xã A chưa đạt 19/19
tiêu chí", "3 xã chưa đạt chuẩn 19/19 tiêu chí là …") gets no count: neither 19 met nor 19
left unmet (how many it meets is not said); "còn chưa đạt chuẩn" is no count either. Our own
wordings (README, "Decisions", eleventh session)."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2023, huyện Châu Thành có 10 xã đạt chuẩn. Xã Long Hòa chưa đạt 19/19 tiêu chí.\n",
        "Năm 2024, xã Tân Phú vẫn chưa đạt 19/19 tiêu chí nông thôn mới.\n",
        "Năm 2023, xã Long Hòa chưa đạt chuẩn 19/19 tiêu chí do thu nhập còn thấp.\n",
        "Năm 2023, huyện Châu Thành có 3 xã chưa đạt 19/19 tiêu chí là xã Long Hòa, Hòa Lợi và "
        "Phước Hảo.\n",
        "Năm 2023, xã Hòa Lợi còn chưa đạt chuẩn nông thôn mới.\n",
    ],
)
def test_not_yet_reaching_the_whole_set_is_no_count(make_document, body: str) -> None:
    counts = [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "criteria_count"]
    assert counts == []


def test_a_count_beside_a_commune_not_yet_at_the_standard_stays(make_document) -> None:
    body = "Năm 2023, xã Long Hòa đạt 19/19 tiêu chí, xã Hòa Lợi còn chưa đạt chuẩn.\n"
    counts = [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "criteria_count"]
    assert [(f.subject, f.met, f.of, f.unmet) for f in counts] == [("xã Long Hòa", 19, 19, False)]


def test_criteria_left_unmet_are_still_counted(make_document) -> None:
    body = "Năm 2023, xã Long Hòa đạt 17/19 tiêu chí, còn 02 tiêu chí chưa đạt.\n"
    counts = [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "criteria_count"]
    assert sorted((f.met, f.of, f.unmet) for f in counts) == [(2, 19, True), (17, 19, False)]
