"""One place's count of communes at the standard, with no N, stated twice as the state reached
with two values ("Huyện A có 12 xã đạt chuẩn" over "Đến hết năm 2023, huyện A có 11 xã đạt
chuẩn"): a count_mismatch (``audit/twice.py``, ``twice.toml`` ``state``). A bare count (a
year's, an increment's, a part's) is still never compared. Our own wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

_KINDS = ("count_mismatch",)


def _found(tmp_path: Path, text: str) -> list:
    return [
        f for f in audit_text(tmp_path, "bao-cao.txt", text, _KINDS) if "elsewhere" in f.explain
    ]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Huyện Yên Lạc có 12 xã đạt chuẩn nông thôn mới\n\n"
            "Đến hết năm 2023, huyện Yên Lạc có 11 xã đạt chuẩn nông thôn mới.\n",
            True,
        ),
        (
            "Báo cáo kết quả năm 2023 của huyện Yên Lạc.\n\n"
            "Đến nay, huyện Yên Lạc có 12 xã đạt chuẩn nông thôn mới.\n\n"
            "Nhân dân đóng góp nhiều ngày công và hiến đất để làm đường giao thông nông thôn.\n\n"
            "Như vậy, toàn huyện Yên Lạc có 11 xã đạt chuẩn nông thôn mới.\n",
            True,
        ),
        # the same count twice
        (
            "Huyện Yên Lạc có 12 xã đạt chuẩn nông thôn mới\n\n"
            "Đến hết năm 2023, huyện Yên Lạc có 12 xã đạt chuẩn nông thôn mới.\n",
            False,
        ),
        # a year's count beside the state: no state word, not compared
        (
            "Huyện Yên Lạc có 12 xã đạt chuẩn nông thôn mới\n\n"
            "Riêng năm 2023, huyện Yên Lạc có 3 xã đạt chuẩn nông thôn mới.\n",
            False,
        ),
        # an increment in the headline
        (
            "Huyện Yên Lạc có thêm 3 xã đạt chuẩn nông thôn mới\n\n"
            "Đến hết năm 2023, huyện Yên Lạc có 12 xã đạt chuẩn nông thôn mới.\n",
            False,
        ),
    ],
)
def test_a_state_count_stated_twice(tmp_path: Path, text: str, flagged: bool) -> None:
    assert bool(_found(tmp_path, text)) is flagged
