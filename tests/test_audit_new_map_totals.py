"""A province's K/N of communes stated on the map in force since 1 July 2025 is checked
against that map: N is the province's number of xã there, or of all its communes with the
wards and special zones ("xã, phường"). The map is one snapshot no merger has moved since, so
another N is a denominator_mismatch. A statement of the old map, a former unit ("(cũ)"), a
goal and an advanced standard counted among the communes that met the first are not checked
against it. Our own wordings; Lâm Đồng has 103 xã and 124 communes on the new map.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

KINDS = ("denominator_mismatch",)


def findings(tmp_path: Path, body: str) -> list[str]:
    return [f.explain for f in audit_text(tmp_path, "ld.txt", body, KINDS)]


def test_another_total_on_the_new_map_is_flagged(tmp_path: Path) -> None:
    body = (
        "Lâm Đồng tăng tốc nông thôn mới\n\n"
        "Đến hết năm 2026, toàn tỉnh Lâm Đồng có 45/150 xã đạt chuẩn nông thôn mới.\n"
    )
    (explain,) = findings(tmp_path, body)
    assert "45/150" in explain and "103 xã" in explain


@pytest.mark.parametrize("total", ["103", "124"])
def test_the_new_maps_xa_or_all_communes_are_right(tmp_path: Path, total: str) -> None:
    body = (
        "Lâm Đồng tăng tốc nông thôn mới\n\n"
        f"Đến hết năm 2026, toàn tỉnh Lâm Đồng có 45/{total} xã đạt chuẩn nông thôn mới.\n"
    )
    assert findings(tmp_path, body) == []


def test_a_statement_of_the_old_map_is_not_checked_against_the_new(tmp_path: Path) -> None:
    # 2023: Lâm Đồng had 111 xã then; the new map's counts say nothing of it
    body = (
        "Lâm Đồng tăng tốc nông thôn mới\n\n"
        "Đến hết năm 2023, toàn tỉnh Lâm Đồng có 100/111 xã đạt chuẩn nông thôn mới.\n"
    )
    assert findings(tmp_path, body) == []


def test_a_goal_is_not_checked(tmp_path: Path) -> None:
    body = (
        "Lâm Đồng tăng tốc nông thôn mới\n\n"
        "Năm 2027, tỉnh Lâm Đồng phấn đấu có 60/140 xã đạt chuẩn nông thôn mới.\n"
    )
    assert findings(tmp_path, body) == []


def test_a_state_of_june_2025_in_a_report_of_september_is_not_checked(tmp_path: Path) -> None:
    # the count is of the old map (Hà Tĩnh had 170 xã then, 60 on the new map)
    body = (
        "Hà Tĩnh về đích nông thôn mới\n"
        "15/09/2025 08:30\n"
        "Đến tháng 6/2025, tỉnh Hà Tĩnh có 169/169 xã đạt chuẩn nông thôn mới.\n"
    )
    assert findings(tmp_path, body) == []
