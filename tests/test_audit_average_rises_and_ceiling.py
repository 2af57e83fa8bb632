"""Averages of criteria per commune the auditor weighs on their own (``audit/rates.py``):
one above the number of criteria a commune can meet, and one whose stated rise since a year
is not the difference from that year's stated average, within the rounding of the three
numbers (sealed set AH's leftover, a rise of 0,6 between averages 0,53 apart, is within it).
Every report here is our own wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

_KINDS = ("count_mismatch",)


def _found(tmp_path: Path, text: str, words: str) -> list:
    return [f for f in audit_text(tmp_path, "bao-cao.txt", text, _KINDS) if words in f.explain]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Năm 2023, bình quân toàn tỉnh Bắc Giang đạt 19,4 tiêu chí/xã.\n", True),
        ("Năm 2023, bình quân toàn huyện Yên Lạc đạt 21 tiêu chí/xã.\n", True),
        ("Năm 2023, bình quân toàn tỉnh Bắc Giang đạt 18,9 tiêu chí/xã.\n", False),
        # a province counting 20 criteria: 19,4 is possible
        (
            "Năm 2017, tỉnh Hà Tĩnh có 30 xã đạt 20/20 tiêu chí; bình quân toàn tỉnh đạt 19,4 "
            "tiêu chí/xã.\n",
            False,
        ),
    ],
)
def test_an_average_above_the_set(tmp_path: Path, text: str, flagged: bool) -> None:
    assert bool(_found(tmp_path, text, "more than the")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Năm 2022, bình quân toàn tỉnh Bắc Giang đạt 15,2 tiêu chí/xã. Năm 2023, bình quân "
            "toàn tỉnh đạt 16,1 tiêu chí/xã, tăng 1,5 tiêu chí so với năm 2022.\n",
            True,
        ),
        (
            "Cuối năm 2021, bình quân toàn huyện Yên Lạc đạt 16,6 tiêu chí/xã. Đến cuối năm 2022, "
            "bình quân toàn huyện đạt 17,13 tiêu chí/xã, tăng 0,8 tiêu chí so với năm trước.\n",
            True,
        ),
        # 17,13 − 16,6 = 0,53, but 16,6 may be 16,55 rounded: 0,58 rounds to 0,6 (AH's case
        # is consistent within the rounding; no reader can prove it wrong)
        (
            "Cuối năm 2021, bình quân toàn huyện Yên Lạc đạt 16,6 tiêu chí/xã. Đến cuối năm 2022, "
            "bình quân toàn huyện đạt 17,13 tiêu chí/xã, tăng 0,6 tiêu chí so với năm trước.\n",
            False,
        ),
        # the same rise, consistent within rounding (16,1 − 15,2 = 0,9)
        (
            "Năm 2022, bình quân toàn tỉnh Bắc Giang đạt 15,2 tiêu chí/xã. Năm 2023, bình quân "
            "toàn tỉnh đạt 16,1 tiêu chí/xã, tăng 0,9 tiêu chí so với năm 2022.\n",
            False,
        ),
        # 16,04 − 15,45 = 0,59: 0,6 is the rounding of the true averages' difference
        (
            "Năm 2022, bình quân toàn tỉnh Bắc Giang đạt 15,45 tiêu chí/xã. Năm 2023, bình quân "
            "toàn tỉnh đạt 16,04 tiêu chí/xã, tăng 0,6 tiêu chí so với năm 2022.\n",
            False,
        ),
        # no average stated for the year compared with: nothing to weigh
        (
            "Năm 2023, bình quân toàn tỉnh Bắc Giang đạt 16,1 tiêu chí/xã, tăng 1,5 tiêu chí so "
            "với năm 2022.\n",
            False,
        ),
    ],
)
def test_a_rise_between_two_stated_averages(tmp_path: Path, text: str, flagged: bool) -> None:
    assert bool(_found(tmp_path, text, "is a change of")) is flagged
