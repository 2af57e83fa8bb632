"""A money part's share held to the amounts as written when its whole is written to at least
as many significant digits as the share (audit/percents.py ``_held_to_its_whole``): "1.512
tỷ … chiếm 62,05%" of "2.437 tỷ" is 62,04% computed, a finding, although rounding both
amounts half a tỷ the other way would allow it. A whole written coarser than its share
("40%" of "3 tỷ") keeps its rounding (test_audit_percents.py). Our own wording."""

from __future__ import annotations

import pytest
from auditfacts import Doc

from baocao.audit.percents import check_percents


def shares(total: str, total_vnd: int, part: str, part_vnd: int, stated: float):
    doc = Doc()
    doc.funding(
        f"Tổng vốn giai đoạn 2016-2020 là {total} tỷ đồng", total_vnd, unit_written="tỷ đồng"
    )
    doc.funding(
        f"vốn ngân sách nhà nước {part} tỷ đồng, chiếm tỷ lệ {str(stated).replace('.', ',')}%",
        part_vnd,
        source="state_budget",
        unit_written="tỷ đồng",
        percent_stated=stated,
    )
    return check_percents(doc.facts)


@pytest.mark.parametrize(("stated", "found"), [(62.05, True), (62.04, False), (62.0, False)])
def test_a_share_of_a_precise_whole_is_held_to_it(stated: float, found: bool) -> None:
    # 1.512 / 2.437 = 62,043%: 62,04 rounded or truncated; 62,0 at one decimal
    got = shares("2.437", 2_437 * 10**9, "1.512", 1_512 * 10**9, stated)
    assert bool(got) is found
    if found:
        assert "62,04" in got[0].explain
