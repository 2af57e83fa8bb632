"""A place's count written as a share of a larger place's count of the same standard ("huyện
A có 8 xã …, chiếm 36% số xã đạt chuẩn nâng cao của toàn tỉnh", the province's 25 stated):
``audit/partshares.py`` (a leftover of sealed set AH: a district's communes as a share of the
province's, never checked). Every report here is our own wording, real place names."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

_KINDS = ("percent_mismatch",)


def _findings(tmp_path: Path, text: str) -> list:
    return [f for f in audit_text(tmp_path, "bao-cao.txt", text, _KINDS) if "its base" in f.explain]


@pytest.mark.parametrize(
    ("text", "computed"),
    [
        (
            "Năm 2024, toàn tỉnh Quảng Nam có 25 xã đạt chuẩn nông thôn mới nâng cao. Trong đó, "
            "huyện Đại Lộc có 8 xã đạt chuẩn nông thôn mới nâng cao, chiếm 36% số xã đạt chuẩn "
            "nâng cao của toàn tỉnh.\n",
            "32,00%",
        ),
        (
            "Đến cuối năm 2022, tỉnh Nghệ An có 320 xã đạt chuẩn nông thôn mới. Huyện Yên Thành "
            "có 37 xã đạt chuẩn nông thôn mới, bằng 13,5% tổng số xã đạt chuẩn của tỉnh.\n",
            "11,56%",
        ),
    ],
)
def test_a_share_of_the_province_count_that_does_not_fit(
    tmp_path: Path, text: str, computed: str
) -> None:
    (f,) = _findings(tmp_path, text)
    assert computed in f.explain


@pytest.mark.parametrize(
    "text",
    [
        # the same share right: 8/25 = 32%
        "Năm 2024, toàn tỉnh Quảng Nam có 25 xã đạt chuẩn nông thôn mới nâng cao. Trong đó, "
        "huyện Đại Lộc có 8 xã đạt chuẩn nông thôn mới nâng cao, chiếm 32% số xã đạt chuẩn "
        "nâng cao của toàn tỉnh.\n",
        # truncated, not rounded: 37/320 = 11,5625 → 11,56
        "Đến cuối năm 2022, tỉnh Nghệ An có 320 xã đạt chuẩn nông thôn mới. Huyện Yên Thành "
        "có 37 xã đạt chuẩn nông thôn mới, bằng 11,56% tổng số xã đạt chuẩn của tỉnh.\n",
        # no count of the province stated: nothing to check
        "Năm 2024, huyện Đại Lộc có 8 xã đạt chuẩn nông thôn mới nâng cao, chiếm 36% số xã đạt "
        "chuẩn nâng cao của toàn tỉnh.\n",
        # the province's count of another standard (plain NTM) is no base of an advanced share
        "Năm 2024, toàn tỉnh Quảng Nam có 160 xã đạt chuẩn nông thôn mới. Huyện Đại Lộc có 8 xã "
        "đạt chuẩn nông thôn mới nâng cao, chiếm 36% số xã đạt chuẩn nâng cao của toàn tỉnh.\n",
    ],
)
def test_a_share_that_fits_or_has_no_base_stated_is_left_alone(tmp_path: Path, text: str) -> None:
    assert _findings(tmp_path, text) == []


def test_a_share_of_all_the_province_communes_is_not_this_check(tmp_path: Path) -> None:
    # twin: "số xã của tỉnh" is all the communes (wholes' business), not those at the standard
    text = (
        "Năm 2024, toàn tỉnh Quảng Nam có 25 xã đạt chuẩn nông thôn mới nâng cao. Huyện Đại Lộc "
        "có 8 xã đạt chuẩn nông thôn mới nâng cao, chiếm 36% số xã của toàn tỉnh.\n"
    )
    assert _findings(tmp_path, text) == []
