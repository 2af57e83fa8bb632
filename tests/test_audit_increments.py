"""count_mismatch: communes added in a year against the totals before and after it
(audit/increments.py). Each case is a short report of our own, read by the extractor and
audited as `baocao audit` does."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

from baocao.model import Finding

_HEADER = "UBND HUYỆN YÊN LẠC\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2022\n\n"


def counts(tmp_path: Path, body: str) -> list[Finding]:
    return audit_text(tmp_path, "yen-lac.txt", _HEADER + body, ("count_mismatch",))


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (
            "Hết năm 2021, huyện có 30 xã đạt chuẩn nông thôn mới.\n"
            "Năm 2022, huyện có thêm 12 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn "
            "lên 45 xã.\n",
            "+ 12 added in 2022 = 42 xã, stated 45 xã",
        ),
        (
            "Năm 2021 toàn huyện có 18 xã đạt chuẩn NTM. Trong năm 2022, có thêm 4 xã được "
            "công nhận đạt chuẩn NTM, nâng tổng số lên 21 xã.\n",
            "18 xã in 2021",
        ),
    ],
)
def test_an_increment_that_does_not_bring_the_total_it_states(
    tmp_path: Path, body: str, says: str
) -> None:
    [found] = counts(tmp_path, body)
    assert "thêm" not in found.quote and says in found.explain


@pytest.mark.parametrize(
    "body",
    [
        "Hết năm 2021, huyện có 30 xã đạt chuẩn nông thôn mới.\n"
        "Năm 2022, huyện có thêm 12 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn "
        "lên 42 xã.\n",
        # the total before is of two years before: communes may have been added between
        "Hết năm 2020, huyện có 30 xã đạt chuẩn nông thôn mới.\n"
        "Năm 2022, huyện có thêm 12 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn "
        "lên 45 xã.\n",
        # no total before is stated
        "Năm 2022, huyện có thêm 12 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn "
        "lên 45 xã.\n",
    ],
)
def test_increments_that_add_up_or_cannot_be_weighed(tmp_path: Path, body: str) -> None:
    assert counts(tmp_path, body) == []
