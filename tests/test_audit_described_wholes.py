"""The auditor's denominators: a part of a whole its sentence opens with and describes
("Trong số 6 xã đăng ký …, có 4 xã …") counts some of the place's units, so its N is no
count of all of them. Our own wordings (README, "Decisions", tenth session)."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import extracted

from baocao.audit import audit_facts

TALLY = (
    "Tỉnh Cà Mau năm 2024. Toàn tỉnh có 40/82 xã đạt tiêu chí giao thông; 60/82 xã đạt tiêu "
    "chí điện; 70/82 xã đạt tiêu chí nhà ở dân cư. "
)


@pytest.mark.parametrize(
    "part",
    [
        "Đối với 5 xã có kế hoạch đạt chuẩn năm 2024, có 03 xã cơ bản đạt 19/19 tiêu chí.",
        "Trong số 6 xã đăng ký về đích năm nay, có 4 xã đã đạt đủ 19 tiêu chí.",
    ],
)
def test_a_part_of_a_described_whole_is_no_denominator_mismatch(tmp_path: Path, part: str) -> None:
    facts, extraction = extracted(tmp_path / "ca-mau.txt", TALLY + part + "\n")
    findings = audit_facts(facts, report=extraction.report, text=extraction.document.text)
    assert [f for f in findings if f.kind == "denominator_mismatch"] == []


def test_a_whole_of_the_place_itself_is_still_compared(tmp_path: Path) -> None:
    text = TALLY + "Trong tổng số 80 xã của tỉnh, có 30 xã đã đạt 19/19 tiêu chí.\n"
    facts, extraction = extracted(tmp_path / "ca-mau.txt", text)
    findings = audit_facts(facts, report=extraction.report, text=extraction.document.text)
    assert [f.kind for f in findings if f.kind == "denominator_mismatch"] == [
        "denominator_mismatch"
    ]
