"""A state and the total it was raised to, written in one sentence with one whole and two
values ("Huyện A có 9/12 xã đạt chuẩn, nâng tổng số xã đạt chuẩn lên 11/12 xã"): one count
with two values, a `count_mismatch` (``audit/fromto.py`` `check_raised_totals`; set AQ's
Lâm Hà text). An increment ("có thêm 2 xã …, nâng tổng số lên 11/12"), two wholes, or a
figure between (a year) are not weighed. Every report here is our own wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

_KINDS = ("count_mismatch",)


def _found(tmp_path: Path, text: str) -> list:
    return [f for f in audit_text(tmp_path, "tin.txt", text, _KINDS) if "raised to" in f.explain]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Hiện nay, huyện Đức Trọng có 9/12 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt "
            "chuẩn lên 11/12 xã.\n",
            True,
        ),
        (
            "Đến nay, huyện Bảo Lâm có 5/9 xã đạt chuẩn, nâng số xã đạt chuẩn của huyện lên "
            "6/9 xã.\n",
            True,
        ),
        # the same count twice: a restatement
        ("Huyện Bảo Lâm có 6/9 xã đạt chuẩn, nâng tổng số xã đạt chuẩn lên 6/9 xã.\n", False),
        # an increment before the total
        (
            "Năm 2018, huyện Đức Trọng có thêm 2/12 xã đạt chuẩn, nâng tổng số xã đạt chuẩn "
            "lên 11/12 xã.\n",
            False,
        ),
        # a year between: two times
        (
            "Huyện Đức Trọng có 9/12 xã đạt chuẩn, đến năm 2020 nâng tổng số lên 11/12 xã.\n",
            False,
        ),
    ],
)
def test_a_state_and_the_total_raised_to(tmp_path: Path, text: str, flagged: bool) -> None:
    assert bool(_found(tmp_path, text)) is flagged
