"""Two auditor checks from the tenth session's opened sealed set AM, in our own wordings: a
count with a share no whole number of units gives ("280 xã (đạt 68,36%)"), and one sum of
money stated twice a thousand times apart ("gần 40 tỷ" over "hơn 39.772 tỷ")."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import extracted

from baocao.audit import audit_facts


def kinds(tmp_path: Path, text: str) -> list[str]:
    facts, extraction = extracted(tmp_path / "tin.txt", text)
    found = audit_facts(facts, report=extraction.report, text=extraction.document.text)
    return sorted(f.kind for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 280/409 = 68,46%, 280/410 = 68,29%: no whole gives 68,36%
        ("Năm 2020, tỉnh Nghệ An có 280 xã (đạt 68,36%) đạt chuẩn nông thôn mới.\n",
         ["percent_mismatch"]),
        ("Năm 2021, tỉnh Thanh Hóa có 118 xã đạt chuẩn, chiếm 83,5%.\n", ["percent_mismatch"]),
        # 280/410 = 68,29%: a whole gives it
        ("Năm 2020, tỉnh Nghệ An có 280 xã (đạt 68,29%) đạt chuẩn nông thôn mới.\n", []),
        # one decimal: 118/141 = 83,69% → 83,6 truncated
        ("Năm 2021, tỉnh Thanh Hóa có 118 xã đạt chuẩn, chiếm 83,6%.\n", []),
        # an estimate's share may be of the true count
        ("Năm 2020, tỉnh Nghệ An có hơn 280 xã (đạt 68,36%) đạt chuẩn nông thôn mới.\n", []),
    ],
)  # fmt: skip
def test_a_share_no_whole_number_of_units_gives(tmp_path: Path, text: str, expected) -> None:
    assert kinds(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hà Nội: Huy động gần 40 tỷ đồng xây dựng nông thôn mới\n\nGiai đoạn 2016-2019, thành "
         "phố Hà Nội đã huy động hơn 39.772 tỷ đồng để xây dựng nông thôn mới.\n",
         ["unit_implausible"]),
        ("Lào Cai huy động 2,5 tỷ đồng\n\nNăm 2019, tỉnh Lào Cai đã huy động 2.480 triệu đồng "
         "cho chương trình; trong đó ngân sách tỉnh 2.480 tỷ đồng.\n", []),
        # two sums a thousand apart from different sources are two sums
        ("Năm 2019, tỉnh Lào Cai đã huy động 3.000 tỷ đồng cho chương trình, trong đó nhân dân "
         "đóng góp 3 tỷ đồng.\n", []),
    ],
)  # fmt: skip
def test_one_sum_stated_a_thousand_times_apart(tmp_path: Path, text: str, expected) -> None:
    assert [k for k in kinds(tmp_path, text) if k == "unit_implausible"] == expected
