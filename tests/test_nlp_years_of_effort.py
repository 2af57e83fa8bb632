"""Years or months of effort before "phấn đấu" ("Sau hơn 5 năm phấn đấu, xã A đã đạt …") are
the striving done, no goal (set AR, opened in the eleventh session). Our own wordings."""

from __future__ import annotations

import pytest

from baocao.nlp import read_document
from baocao.normalize import reading_to_facts


def read(make_document, body: str):
    document = make_document(body, name="tin.txt")
    return reading_to_facts(document, read_document(document))[:2]


@pytest.mark.parametrize(
    ("body", "target"),
    [
        # years of effort before "phấn đấu": the striving done, the count a result
        ("Tỉnh Kon Tum.\nSau hơn 5 năm phấn đấu, xã Đăk Mar đã đạt 19/19 tiêu chí.\n", False),
        ("Tỉnh Kon Tum.\nQua 3 năm phấn đấu, xã Đăk Mar đã đạt 19/19 tiêu chí.\n", False),
        ("Tỉnh Kon Tum năm 2016.\nMỗi năm phấn đấu có thêm 2 xã; xã Đăk Mar phấn đấu đạt "
         "19/19 tiêu chí.\n", True),
    ],
)  # fmt: skip
def test_years_of_effort_are_no_goal(make_document, body, target) -> None:
    _, facts = read(make_document, body)
    assert [f.target for f in facts if f.kind == "criteria_count"] == [target]
