"""Criteria counted as unmet, then listed, the list naming another number of them ("còn 3 tiêu
chí chưa đạt gồm: giao thông, thủy lợi"): ``audit/criterialists.py``. Weighed only when every
listed item was read as a criterion. Our own wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

_KINDS = ("count_mismatch",)


def _found(tmp_path: Path, text: str) -> list:
    return [
        f
        for f in audit_text(tmp_path, "bao-cao.txt", text, _KINDS)
        if "counted as unmet" in f.explain
    ]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Năm 2023, xã Minh Tân còn 3 tiêu chí chưa đạt gồm: giao thông, thủy lợi.\n", True),
        ("Đến nay, xã Tân Lập còn 1 tiêu chí chưa đạt gồm: thu nhập, hộ nghèo.\n", True),
        ("Năm 2023, xã Minh Tân còn 2 tiêu chí chưa đạt gồm: giao thông, thủy lợi.\n", False),
        # an item the reader cannot name as a criterion: the list is not weighed
        (
            "Năm 2023, xã Minh Tân còn 3 tiêu chí chưa đạt gồm: giao thông, thủy lợi, các "
            "công trình khác.\n",
            False,
        ),
    ],
)
def test_unmet_criteria_counted_then_listed(tmp_path: Path, text: str, flagged: bool) -> None:
    assert bool(_found(tmp_path, text)) is flagged
