"""Classes the auditor's probe (tests/test_audit_wording_grammar.py) found on main, each with
variants of our own wording: the inconsistent one must be flagged, the consistent one not."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

from baocao.model import Finding

_DISTRICT = "UBND HUYỆN VĨNH TƯỜNG\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2022\n\n"


def _found(tmp_path: Path, text: str, *kinds: str) -> list[Finding]:
    kinds = kinds or ("sum_mismatch", "percent_mismatch", "count_mismatch", "unit_implausible")
    return audit_text(tmp_path, "bao-cao.txt", text, kinds)


# -- a rise "so với năm trước": the year before the total's own ---------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        (
            "Năm 2021, huyện có 7 xã đạt chuẩn nông thôn mới.\n"
            "Năm 2022, huyện có 12/26 xã đạt chuẩn nông thôn mới, tăng 3 xã so với năm trước.\n",
            True,
        ),
        (
            "Đến cuối năm 2021, toàn huyện có 9 xã đạt chuẩn.\n"
            "Đến cuối năm 2022, toàn huyện có 14 xã đạt chuẩn nông thôn mới, tăng thêm 4 xã so "
            "với năm liền trước.\n",
            True,
        ),
        (
            "Năm 2021, huyện có 7 xã đạt chuẩn nông thôn mới.\n"
            "Năm 2022, huyện có 12/26 xã đạt chuẩn nông thôn mới, tăng 5 xã so với năm trước.\n",
            False,
        ),
    ],
)
def test_a_rise_over_the_year_before(tmp_path: Path, body: str, flagged: bool) -> None:
    found = _found(tmp_path, _DISTRICT + body, "count_mismatch")
    assert bool(found) is flagged
    if flagged:
        assert "so với năm" in found[0].quote


# -- a "trong đó" list of sources one digit short of its total: a slip, not some sources ------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        (  # 24.310 + 9.125 + 3.460 = 36.895: one digit of the total is off
            "Năm 2022, huyện Vĩnh Tường huy động tổng nguồn vốn 37.895 triệu đồng, trong đó ngân "
            "sách tỉnh 24.310 triệu đồng; ngân sách huyện 9.125 triệu đồng; nhân dân đóng góp "
            "3.460 triệu đồng.\n",
            True,
        ),
        (  # the same in tỷ for the total, triệu for the parts: 36,895 tỷ read as 36,595
            "Năm 2022, huyện Vĩnh Tường huy động tổng nguồn vốn 36,595 tỷ đồng, trong đó ngân "
            "sách tỉnh 24.310 triệu đồng, ngân sách huyện 9.125 triệu đồng, nhân dân đóng góp "
            "3.460 triệu đồng.\n",
            True,
        ),
        (  # some sources only: the rest is an amount of its own, not a slip
            "Năm 2022, huyện Vĩnh Tường huy động tổng nguồn vốn 41.240 triệu đồng, trong đó ngân "
            "sách tỉnh 24.310 triệu đồng; ngân sách huyện 9.125 triệu đồng.\n",
            False,
        ),
        (  # round figures of the main sources, the first digit apart
            "Năm 2022, huyện Vĩnh Tường huy động 500 tỷ đồng, trong đó vốn ngân sách 300 tỷ "
            "đồng, vốn doanh nghiệp 100 tỷ đồng.\n",
            False,
        ),
    ],
)
def test_a_some_of_list_a_digit_short(tmp_path: Path, body: str, flagged: bool) -> None:
    found = _found(tmp_path, _DISTRICT + body, "sum_mismatch")
    assert bool(found) is flagged


# -- communes by district after "trong đó:" with its colon: the whole list ------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        (
            "Đến nay, toàn tỉnh có 09 xã đạt chuẩn nông thôn mới nâng cao, trong đó: huyện Yên "
            "Lạc 3 xã, huyện Vĩnh Tường 2 xã, huyện Tam Dương 3 xã.\n",
            True,
        ),
        (
            "Năm 2022 có 6 xã đạt chuẩn nông thôn mới kiểu mẫu, trong đó:\n- huyện Yên Lạc 2 xã;"
            "\n- huyện Lập Thạch 3 xã.\n",
            True,
        ),
        (
            "Đến nay, toàn tỉnh có 08 xã đạt chuẩn nông thôn mới nâng cao, trong đó: huyện Yên "
            "Lạc 3 xã, huyện Vĩnh Tường 2 xã, huyện Tam Dương 3 xã.\n",
            False,
        ),
        (  # no colon: some of them
            "Đến nay, toàn tỉnh có 09 xã đạt chuẩn nông thôn mới nâng cao, trong đó huyện Yên "
            "Lạc 3 xã, huyện Vĩnh Tường 2 xã.\n",
            False,
        ),
    ],
)
def test_communes_by_district_after_a_colon(tmp_path: Path, body: str, flagged: bool) -> None:
    found = _found(tmp_path, "UBND TỈNH VĨNH PHÚC\nBÁO CÁO\n\n" + body, "sum_mismatch")
    assert bool(found) is flagged
