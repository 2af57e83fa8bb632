"""Report layouts of set AS (our own wordings): what a list of criteria, an average and a
table written one cell per line give the lines after them.

* A paragraph after a list of criteria, one item each ("- Tiêu chí số 2 …: …" ⏎ "- Tiêu chí
  số 3 …: …"), speaks of the whole again: it takes no criterion from the list's last item (a
  paragraph after one criterion's own paragraph still goes on about it).
* An average of criteria per unit ("9,8 tiêu chí/xã") is of the whole set: no criterion.
* A place alone on its line with a bare figure after it ("Huyện Bắc Quang" ⏎ "22" ⏎ "12")
  is a cell of a table written one cell per line, no line the text switches its topic with:
  the paragraph after the table keeps the text's own place.
"""

from __future__ import annotations

import pytest
from readfacts import facts_of

HEAD = "BÁO CÁO\nKết quả xây dựng nông thôn mới huyện Nguyên Bình, tỉnh Cao Bằng năm 2019\n"
ITEMS = (
    "- Tiêu chí số 2 về Giao thông: 4/19 xã đạt.\n"
    "- Tiêu chí số 3 về Thủy lợi: 12/19 xã đạt (63,2%).\n"
)


def of_kind(facts, kind: str):
    return [f for f in facts if f.kind == kind]


@pytest.mark.parametrize(
    "after",
    [
        "Đến hết năm 2019, toàn huyện có 2 xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo còn 18,5%.\n",
        "Tỷ lệ hộ nghèo toàn huyện còn 18,5%, giảm 3% so với năm 2018.\n",
    ],
)
def test_a_paragraph_after_a_list_of_criteria_takes_none_of_them(make_document, after: str) -> None:
    facts = facts_of(make_document, HEAD + ITEMS + after)
    (rate,) = [p for p in of_kind(facts, "percentage") if p.value == 18.5]
    assert rate.criterion == 11  # its own topic (poor households), not the last item's 3
    assert sorted(c.criterion for c in of_kind(facts, "coverage") if c.units_total) == [2, 3]


def test_a_paragraph_after_one_criterion_paragraph_goes_on_about_it(make_document) -> None:
    body = (
        "Tiêu chí số 6 về cơ sở vật chất văn hóa: 12/23 xã đạt.\n"
        "Toàn huyện có 148/172 nhà văn hóa thôn đạt chuẩn.\n"
    )
    facts = facts_of(make_document, HEAD + body)
    assert {c.criterion for c in of_kind(facts, "coverage")} == {6}


@pytest.mark.parametrize(
    "average",
    ["Bình quân toàn huyện đạt 9,8 tiêu chí/xã.\n", "Các xã đạt bình quân 11,25 tiêu chí/xã.\n"],
)
def test_an_average_of_criteria_is_of_no_one_criterion(make_document, average: str) -> None:
    body = "- Tiêu chí số 3 về Thủy lợi: 12/19 xã đạt (63,2%).\n" + average
    (mean,) = of_kind(facts_of(make_document, HEAD + body), "percentage")
    assert mean.unit == "tiêu chí/xã"
    assert mean.criterion is None


def test_a_place_cell_of_a_flat_table_is_no_topic_line(make_document) -> None:
    body = (
        "Biểu tổng hợp\nSTT\nĐơn vị\nSố xã\nSố xã đạt chuẩn\n1\nXã Thể Dục\n1\n1\n"
        "2\nXã Minh Tâm\n1\n0\n"
        "Năm 2019, toàn huyện huy động 120 tỷ đồng, trong đó vốn tín dụng 40 tỷ đồng; 100% "
        "số xã có đường ô tô đến trung tâm xã.\n"
    )
    facts = facts_of(make_document, HEAD + body)
    places = {f.region for f in of_kind(facts, "funding")}
    places |= {f.subject for f in of_kind(facts, "percentage")}
    assert places == {"huyện Nguyên Bình"}


def test_a_place_alone_on_its_line_before_a_sentence_is_still_a_topic(make_document) -> None:
    body = "Xã Minh Tâm\nNăm 2019, xã huy động 12 tỷ đồng, trong đó vốn tín dụng 4 tỷ đồng.\n"
    facts = facts_of(make_document, HEAD + body)
    assert {f.region for f in of_kind(facts, "funding")} == {"xã Minh Tâm"}
