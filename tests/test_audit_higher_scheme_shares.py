"""Shares of the advanced and model communes, written with no base, against the K/N of the
plain standard stated in the same sentence (issue 8, the deval2 development set: a national
"6.084/7.669 xã (79,3%) …; có 2.567 xã (42,4%) đạt chuẩn … nâng cao" whose 42,4% is neither
of the two bases). Every report here is our own wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

_HEADER = "UBND TỈNH HÀ TĨNH\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2023\n\n"
_KINDS = ("percent_mismatch",)


@pytest.mark.parametrize(
    ("body", "stated"),
    [
        (
            "Đến cuối năm 2023, toàn tỉnh có 180/200 xã (90,0%) đạt chuẩn nông thôn mới; "
            "72 xã (42,5%) đạt chuẩn nông thôn mới nâng cao và 20 xã (10,0%) đạt chuẩn nông "
            "thôn mới kiểu mẫu.\n",
            ["42,5"],
        ),
        (
            "Đến cuối năm 2023, toàn tỉnh có 150/160 xã (93,8%) đạt chuẩn nông thôn mới, có "
            "60 xã (40,0%) đạt chuẩn nâng cao, 15 xã (8,1%) đạt chuẩn kiểu mẫu.\n",
            ["8,1"],
        ),
    ],
)
def test_a_share_fitting_neither_base_is_a_percent_mismatch(
    tmp_path: Path, body: str, stated: list[str]
) -> None:
    found = audit_text(tmp_path, "ha-tinh.txt", _HEADER + body, _KINDS)
    assert len(found) == len(stated)
    for finding, share in zip(found, stated, strict=True):
        assert share in finding.explain


@pytest.mark.parametrize(
    "body",
    [
        # of the communes reaching the standard (72/180) and of all (20/200): both bases right
        "Đến cuối năm 2023, toàn tỉnh có 180/200 xã (90,0%) đạt chuẩn nông thôn mới; 72 xã "
        "(40,0%) đạt chuẩn nông thôn mới nâng cao và 20 xã (10,0%) đạt chuẩn nông thôn mới "
        "kiểu mẫu.\n",
        # the base named in words: another set, left alone
        # (68 of 160: a share some whole gives, as a real text's must)
        "Đến cuối năm 2023, toàn tỉnh có 180/200 xã (90,0%) đạt chuẩn nông thôn mới; 68 xã "
        "(chiếm 42,5% số xã đăng ký) đạt chuẩn nông thôn mới nâng cao.\n",
        # the K/N in another sentence: not stated with it
        "Đến cuối năm 2023, toàn tỉnh có 180/200 xã đạt chuẩn nông thôn mới. Trong năm, có "
        "thêm nhiều xã về đích nâng cao, nâng tổng số lên 68 xã (42,5%) đạt chuẩn nông thôn "
        "mới nâng cao.\n",
    ],
)
def test_a_share_fitting_a_base_or_naming_its_own_has_no_finding(tmp_path: Path, body: str) -> None:
    assert audit_text(tmp_path, "ha-tinh.txt", _HEADER + body, _KINDS) == []
