"""A count of communes ranked by the districts they lie in, against the number of districts
the text says they lie in (issue 8, the deval2 development set: a province's "68 đơn vị cấp
xã …, phân bổ 11 huyện" whose 11 districts named hold 61; devaj's "45 xã thuộc 15 huyện"
whose ranking of 14 down to 1 xã holds 42). Every report here is our own wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text, extracted

from baocao.model import Coverage

_KINDS = ("sum_mismatch", "denominator_mismatch", "count_mismatch", "percent_mismatch")

MISMATCHED = [
    # all four districts named: 12 + 9 + 4 + 4 = 29, not 30
    (
        "nghe-an.txt",
        "Năm 2024, tỉnh Nghệ An có 30 xã đạt chuẩn nông thôn mới nâng cao, thuộc 4 huyện. "
        "Nhiều nhất là huyện Yên Thành với 12 xã; tiếp đến là huyện Đô Lương 9 xã; Nam Đàn, "
        "Nghi Lộc mỗi huyện có 4 xã.\n",
        "29",
    ),
    # the count in brackets after each name, after "các huyện gồm:": 11+9+8+6+3 = 37, not 40
    (
        "phu-tho.txt",
        "Đến nay, toàn tỉnh Phú Thọ có tổng cộng 40 xã đạt chuẩn nông thôn mới kiểu mẫu, "
        "phân bổ ở 5 huyện.\n\nTiếp theo, số xã đạt chuẩn thuộc các huyện gồm: Lâm Thao "
        "(11 xã), Phù Ninh (9 xã), Thanh Ba (8 xã), Cẩm Khê (6 xã), Hạ Hòa (3 xã).\n",
        "37",
    ),
    # 7 of 8 districts named down to 2 xã (22): the eighth holds 1 or 2, so 23 or 24, not 25
    (
        "ha-noi.txt",
        "Năm 2024, thành phố Hà Nội có 25 xã đạt chuẩn nông thôn mới kiểu mẫu thuộc 8 huyện. "
        "Nhiều nhất là huyện Đông Anh với 6 xã; tiếp đến là huyện Gia Lâm 4 xã; Mê Linh, Sóc "
        "Sơn mỗi huyện có 3 xã; Thanh Trì, Đan Phượng, Hoài Đức mỗi huyện có 2 xã.\n",
        "23 to 24",
    ),
]


@pytest.mark.parametrize(("name", "body", "said"), MISMATCHED)
def test_a_ranking_that_cannot_make_its_whole_is_a_sum_mismatch(
    tmp_path: Path, name: str, body: str, said: str
) -> None:
    found = audit_text(tmp_path, name, body, _KINDS)
    assert [f.kind for f in found] == ["sum_mismatch"]
    assert said in found[0].explain


CONSISTENT = [
    # all named, adding up
    "Năm 2024, tỉnh Nghệ An có 29 xã đạt chuẩn nông thôn mới nâng cao, thuộc 4 huyện. "
    "Nhiều nhất là huyện Yên Thành với 12 xã; tiếp đến là huyện Đô Lương 9 xã; Nam Đàn, "
    "Nghi Lộc mỗi huyện có 4 xã.\n",
    # 7 of 8 named down to 2 xã: the eighth may hold 1
    "Năm 2024, thành phố Hà Nội có 23 xã đạt chuẩn nông thôn mới kiểu mẫu thuộc 8 huyện. "
    "Nhiều nhất là huyện Đông Anh với 6 xã; tiếp đến là huyện Gia Lâm 4 xã; Mê Linh, Sóc "
    "Sơn mỗi huyện có 3 xã; Thanh Trì, Đan Phượng, Hoài Đức mỗi huyện có 2 xã.\n",
    # the top of the ranking only: the others may hold the rest
    "Năm 2024, thành phố Hà Nội có 40 xã đạt chuẩn nông thôn mới kiểu mẫu thuộc 10 huyện. "
    "Nhiều nhất là huyện Đông Anh với 9 xã; tiếp đến là huyện Gia Lâm 8 xã; huyện Mê Linh "
    "có 6 xã…\n",
    # no number of districts stated: the list may name some only
    "Năm 2024, tỉnh Nghệ An có 30 xã đạt chuẩn nông thôn mới nâng cao. Nhiều nhất là huyện "
    "Yên Thành với 12 xã; tiếp đến là huyện Đô Lương 9 xã; Nam Đàn, Nghi Lộc mỗi huyện có 4 "
    "xã.\n",
]


@pytest.mark.parametrize("body", CONSISTENT)
def test_a_ranking_that_can_make_its_whole_has_no_finding(tmp_path: Path, body: str) -> None:
    assert audit_text(tmp_path, "ranking.txt", body, _KINDS) == []


def test_counts_in_brackets_after_the_districts_are_their_coverage(tmp_path: Path) -> None:
    body = (
        "Đến nay, toàn tỉnh Phú Thọ có tổng cộng 40 xã đạt chuẩn nông thôn mới kiểu mẫu.\n\n"
        "Tiếp theo, số xã đạt chuẩn thuộc các huyện gồm: Lâm Thao (11 xã), Phù Ninh (9 xã), "
        "Thanh Ba ( 8 xã).\n"
    )
    facts, _ = extracted(tmp_path / "phu-tho.txt", body)
    got = {(f.region, f.units_met) for _, f in facts if isinstance(f, Coverage)}
    assert {("huyện Lâm Thao", 11), ("huyện Phù Ninh", 9), ("huyện Thanh Ba", 8)} <= got
