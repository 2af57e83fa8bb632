"""A K/N of communes and its share in another sentence, the share said of the communes that
have reached the standard ("Như vậy, 85% số xã của huyện đã đạt chuẩn nông thôn mới"): checked
against the K/N (issue 8: K/N and its % in different sentences). Every report here is our
own wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

_HEADER = "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2022\n\n"
_KINDS = ("percent_mismatch",)


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            "Đến cuối năm 2022, huyện Can Lộc có 12/15 xã đạt chuẩn nông thôn mới. Như vậy, "
            "85% số xã của huyện đã đạt chuẩn nông thôn mới.\n",
            "12/15",
        ),
        (
            "Năm 2022, huyện Đức Thọ có 21/28 xã được công nhận đạt chuẩn nông thôn mới. Đến "
            "nay, 80% số xã trên địa bàn huyện được công nhận đạt chuẩn NTM.\n",
            "21/28",
        ),
    ],
)
def test_a_share_said_after_its_ratio_off_it_is_a_percent_mismatch(
    tmp_path: Path, body: str, said: str
) -> None:
    found = audit_text(tmp_path, "ha-tinh.txt", _HEADER + body, _KINDS)
    assert [f.kind for f in found] == ["percent_mismatch"]
    assert said in found[0].explain


@pytest.mark.parametrize(
    "body",
    [
        # the share fits its ratio
        "Đến cuối năm 2022, huyện Can Lộc có 12/15 xã đạt chuẩn nông thôn mới. Như vậy, 80% "
        "số xã của huyện đã đạt chuẩn nông thôn mới.\n",
        # a share of the advanced standard: another count
        "Đến cuối năm 2022, huyện Can Lộc có 12/15 xã đạt chuẩn nông thôn mới. Như vậy, 40% "
        "số xã đã đạt chuẩn nông thôn mới nâng cao.\n",
        # a share of a plan, not of the communes
        "Đến cuối năm 2022, huyện Can Lộc có 12/15 xã đạt chuẩn nông thôn mới, đạt 85% kế hoạch.\n",
    ],
)
def test_a_share_fitting_its_ratio_or_of_another_count_has_no_finding(
    tmp_path: Path, body: str
) -> None:
    assert audit_text(tmp_path, "ha-tinh.txt", _HEADER + body, _KINDS) == []
