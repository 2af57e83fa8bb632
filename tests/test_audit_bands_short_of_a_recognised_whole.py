"""Bands after the communes a named authority recognised, their N written with them ("đã có
20/81 xã được Chủ tịch UBND tỉnh công nhận đạt chuẩn “Xã nông thôn mới” (chiếm 24,69%), 9 xã
đạt 15 - 18 tiêu chí, …, không còn xã nào đạt dưới 5 tiêu chí"): the recognised communes head
the list, and a list that leaves no number of criteria out but counts fewer communes than the
N leaves one out of its parts, a `sum_mismatch`; bands beyond the N stay a
`denominator_mismatch` (set BG; our own wording)."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

_HEADER = "UBND TỈNH PHÚ THỌ\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2019\n\n"
_KINDS = ("sum_mismatch", "percent_mismatch", "denominator_mismatch")


@pytest.mark.parametrize(
    "recognised",
    [
        "20/81 xã được Chủ tịch UBND tỉnh công nhận đạt chuẩn “Xã nông thôn mới” (chiếm 24,69%)",
        "20/81 xã được UBND tỉnh công nhận đạt chuẩn nông thôn mới",
    ],
)
def test_complete_bands_short_of_the_n_are_a_sum_mismatch(tmp_path: Path, recognised: str) -> None:
    body = (
        f"Đến cuối năm 2019, toàn tỉnh đã có {recognised}, 9 xã đạt 15 - 18 tiêu chí, 30 xã "
        "đạt 10 - 14 tiêu chí, 21 xã đạt 5 - 9 tiêu chí; không còn xã nào đạt dưới 5 tiêu chí.\n"
    )
    [found] = audit_text(tmp_path, "phu-tho.txt", _HEADER + body, _KINDS)
    assert found.kind == "sum_mismatch"
    assert "20 + 9 + 30 + 21 + 0 = 80 xã, fewer than the 81 xã stated" in found.explain


def test_complete_bands_making_the_n_are_not_flagged(tmp_path: Path) -> None:
    body = (
        "Đến cuối năm 2019, toàn tỉnh đã có 20/81 xã được UBND tỉnh công nhận đạt chuẩn nông "
        "thôn mới (chiếm 24,69%), 10 xã đạt 15 - 18 tiêu chí, 30 xã đạt 10 - 14 tiêu chí, 21 "
        "xã đạt 5 - 9 tiêu chí; không còn xã nào đạt dưới 5 tiêu chí.\n"
    )
    assert audit_text(tmp_path, "phu-tho.txt", _HEADER + body, _KINDS) == []


def test_complete_bands_beyond_the_whole_their_shares_imply(tmp_path: Path) -> None:
    # no whole written: every share says 120 communes, the bands count 121
    body = (
        "Toàn tỉnh đã có 30 xã đạt chuẩn nông thôn mới, chiếm 25,0%; 48 xã đạt từ 15 đến 18 "
        "tiêu chí, chiếm 40,0%; 36 xã đạt từ 10 đến 14 tiêu chí, chiếm 30,0%; 7 xã đạt từ 5 "
        "đến 9 tiêu chí, chiếm 5,8%; không còn xã đạt dưới 5 tiêu chí.\n"
    )
    [found] = audit_text(tmp_path, "phu-tho.txt", _HEADER + body, _KINDS)
    assert found.kind == "sum_mismatch"
    assert "= 121 xã, more than the 120 xã the other bands' shares imply" in found.explain


def test_complete_bands_making_the_whole_their_shares_imply(tmp_path: Path) -> None:
    body = (
        "Toàn tỉnh đã có 30 xã đạt chuẩn nông thôn mới, chiếm 25,0%; 48 xã đạt từ 15 đến 18 "
        "tiêu chí, chiếm 40,0%; 36 xã đạt từ 10 đến 14 tiêu chí, chiếm 30,0%; 6 xã đạt từ 5 "
        "đến 9 tiêu chí, chiếm 5%; không còn xã đạt dưới 5 tiêu chí.\n"
    )
    assert audit_text(tmp_path, "phu-tho.txt", _HEADER + body, _KINDS) == []
