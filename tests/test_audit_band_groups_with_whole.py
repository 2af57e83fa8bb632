"""Bands of communes written as a report's numbered groups, each count with the unit's whole
("nhóm 2: có 8/61 xã đạt từ 15-18 tiêu chí, chiếm 13,11%"): still bands of one list, their
shares checked against the whole (issue 8, the devak development set: a provincial portal
whose shares were forced to make 100%). Every report here is our own wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

from baocao.audit.bandlists import band_lists

_HEADER = "UBND TỈNH GIA LAI\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2019\n\n"
_KINDS = ("sum_mismatch", "percent_mismatch")

CONSISTENT = [
    "Toàn tỉnh có 20/80 xã đạt chuẩn. Cụ thể: nhóm 1: có 24/80 xã đạt 19/19 tiêu chí, chiếm "
    "30%; nhóm 2: có 16/80 xã đạt từ 15-18 tiêu chí, chiếm 20%; nhóm 3: có 40/80 xã đạt từ "
    "10-14 tiêu chí, chiếm 50%.\n",
    "Có 10/40 xã đạt 19/19 tiêu chí, chiếm 25%; 12/40 xã đạt từ 15-18 tiêu chí, chiếm 30%; "
    "18/40 xã đạt từ 10-14 tiêu chí, chiếm 45%.\n",
]


@pytest.mark.parametrize("body", CONSISTENT)
def test_groups_counted_with_the_whole_are_bands(body: str) -> None:
    [bands] = band_lists(_HEADER + body)
    assert len(bands.bands) >= 2


@pytest.mark.parametrize("body", CONSISTENT)
def test_consistent_groups_have_no_finding(tmp_path: Path, body: str) -> None:
    assert audit_text(tmp_path, "gia-lai.txt", _HEADER + body, _KINDS) == []


@pytest.mark.parametrize(
    ("body", "stated"),
    [
        (
            "Toàn tỉnh có 70 xã. Cụ thể: nhóm 1: có 21/70 xã đạt 19/19 tiêu chí, "
            "chiếm 30%; nhóm 2: có 23/70 xã đạt từ 15-18 tiêu chí, chiếm 32,87%; nhóm 3: có "
            "26/70 xã đạt từ 10-14 tiêu chí, chiếm 37,14%.\n",
            "32,87",
        ),
        (
            "Có 9/30 xã đạt 19/19 tiêu chí, chiếm 30%; 11/30 xã đạt từ 15-18 tiêu chí, chiếm "
            "36,77%; 10/30 xã đạt từ 10-14 tiêu chí, chiếm 33,33%.\n",
            "36,77",
        ),
    ],
)
def test_a_groups_share_off_its_whole_is_a_percent_mismatch(
    tmp_path: Path, body: str, stated: str
) -> None:
    found = audit_text(tmp_path, "gia-lai.txt", _HEADER + body, _KINDS)
    assert [f.kind for f in found] == ["percent_mismatch"]
    assert stated in found[0].explain
