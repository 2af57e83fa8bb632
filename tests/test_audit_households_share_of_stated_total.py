"""A count of poor households with its share, against the households the text says the place
has ("Xã A có 1.200 hộ dân. … Số hộ nghèo còn 30 hộ, chiếm 3,5%": 2,5%): ``audit/housebase.py``
(devau: the sentences apart, no base written with the share). Our own wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

_KINDS = ("percent_mismatch",)


def _found(tmp_path: Path, text: str) -> list:
    return [
        f
        for f in audit_text(tmp_path, "bao-cao.txt", text, _KINDS)
        if "households the text" in f.explain
    ]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Năm 2023, xã Minh Tân có 1.200 hộ dân. Số hộ nghèo còn 30 hộ, chiếm 3,5%.\n", True),
        (
            "Năm 2023, huyện Yên Lạc có 25.000 hộ; số hộ cận nghèo còn 500 hộ (chiếm 2,5%).\n",
            True,
        ),
        # right: 30/1.200 = 2,5%
        ("Năm 2023, xã Minh Tân có 1.200 hộ dân. Số hộ nghèo còn 30 hộ, chiếm 2,5%.\n", False),
        # the households estimated: no exact base
        (
            "Năm 2023, xã Minh Tân có khoảng 1.200 hộ dân. Số hộ nghèo còn 30 hộ, chiếm 3,5%.\n",
            False,
        ),
        # households qualified (some of them only): no base of the poverty rate
        (
            "Năm 2023, xã Minh Tân có 400 hộ đồng bào dân tộc thiểu số. Số hộ nghèo còn 30 hộ, "
            "chiếm 3,5%.\n",
            False,
        ),
        # a village's households, then the commune's share
        (
            "Năm 2023, thôn Đông có 120 hộ dân. Toàn xã Minh Tân còn 30 hộ nghèo, chiếm 3,5%.\n",
            False,
        ),
    ],
)
def test_a_poverty_share_against_the_stated_households(
    tmp_path: Path, text: str, flagged: bool
) -> None:
    assert bool(_found(tmp_path, text)) is flagged
