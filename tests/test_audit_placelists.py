"""A count of communes against the places it is shared out among (audit/placelists.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

_HEADER = "UBND TỈNH LONG AN\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2019\n\n"


def findings(tmp_path: Path, body: str) -> list:
    return audit_text(tmp_path, "long-an.txt", _HEADER + body, ("sum_mismatch",))


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (  # "gồm" says the list is all of them: 3 + 2 + 1 = 6, not 8
            "Năm 2019, UBND tỉnh công nhận 08 xã đạt chuẩn nông thôn mới, gồm: huyện Cần Đước "
            "03 xã, huyện Đức Hòa 02 xã, thị xã Kiến Tường 01 xã.\n",
            "3 + 2 + 1 = 6 xã, fewer than the 8 xã",
        ),
        (  # "trong đó" lists some of them, yet the places already make more
            "Toàn tỉnh có thêm 5 xã về đích, trong đó huyện Thủ Thừa có 3 xã và huyện Bến Lức "
            "(3 xã).\n",
            "3 + 3 = 6 xã, more than the 5 xã",
        ),
        (  # one place a line
            "Dự kiến năm 2019 có 7 xã được công nhận, cụ thể:\n- huyện Tân Trụ: 4 xã;\n"
            "- huyện Châu Thành: 4 xã.\n",
            "4 + 4 = 8 xã, more than the 7 xã",
        ),
    ],
)
def test_places_that_do_not_make_their_count(tmp_path: Path, body: str, says: str) -> None:
    [found] = findings(tmp_path, body)
    assert says in found.explain


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2019, UBND tỉnh công nhận 06 xã đạt chuẩn nông thôn mới, gồm: huyện Cần Đước 03 "
        "xã, huyện Đức Hòa 02 xã, thị xã Kiến Tường 01 xã.\n",
        # "trong đó" may name only some of the places
        "Toàn tỉnh có thêm 9 xã về đích, trong đó huyện Thủ Thừa có 3 xã, huyện Bến Lức 2 xã.\n",
        # the places' counts are of something else than the communes counted
        "Năm 2019 có 15 xã đạt chuẩn, trong đó huyện Cần Đước có 10 xã, huyện Đức Hòa có 8 "
        "xã đạt 19 tiêu chí.\n",
        # one place is no list
        "Năm 2019 có 8 xã đạt chuẩn, gồm: huyện Cần Đước 3 xã và 5 xã của các huyện khác.\n",
    ],
)
def test_places_that_make_or_may_leave_out_their_count_are_not_flagged(
    tmp_path: Path, body: str
) -> None:
    assert findings(tmp_path, body) == []
