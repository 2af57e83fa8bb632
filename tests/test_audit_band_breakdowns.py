"""A band of communes broken down in brackets ("40 xã đạt từ 15-18 tiêu chí (trong đó có 12
xã …)") inside a list of bands (audit/bandlists.py, audit/bands.py): the bracketed communes
are some of that band's, neither a band of their own nor a whole of the bands after them, and
the list goes on past the bracket. Every report here is our own wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

from baocao.audit.bandlists import band_lists

_HEADER = "UBND TỈNH PHÚ THỌ\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2018\n\n"
_KINDS = ("sum_mismatch", "percent_mismatch")

CONSISTENT = [
    "Toàn tỉnh có 100 xã. Kết quả rà soát: 20 xã đạt 19/19 tiêu chí; 40 xã đạt từ 15 - 18 "
    "tiêu chí (trong đó có 12 xã đã đạt chuẩn nhưng bị giảm tiêu chí); 30 xã đạt từ 10 - 14 "
    "tiêu chí; 10 xã đạt từ 5 - 9 tiêu chí và không còn xã dưới 5 tiêu chí.\n",
    "Hiện tỉnh có 15 xã đạt 19/19 tiêu chí; 50 xã đạt từ 15 - 18 tiêu chí (trong đó 9 xã "
    "thuộc các huyện miền núi, sụt giảm 1 tiêu chí); 35 xã đạt từ 10 - 14 tiêu chí.\n",
]


@pytest.mark.parametrize("body", CONSISTENT)
def test_a_bands_bracketed_breakdown_is_no_band_and_no_break(body: str) -> None:
    [bands] = band_lists(_HEADER + body)
    assert len(bands.bands) >= 3
    assert all(b.count not in (9, 12) for b in bands.bands)


@pytest.mark.parametrize("body", CONSISTENT)
def test_a_consistent_list_with_a_bracketed_breakdown_has_no_finding(
    tmp_path: Path, body: str
) -> None:
    assert audit_text(tmp_path, "phu-tho.txt", _HEADER + body, _KINDS) == []


def test_bands_past_a_bracketed_breakdown_still_add_up_against_the_whole(tmp_path: Path) -> None:
    body = (
        "Toàn tỉnh có 100 xã. Kết quả rà soát: 20 xã đạt 19/19 tiêu chí; 40 xã đạt từ 15 - 18 "
        "tiêu chí (trong đó có 12 xã đã đạt chuẩn nhưng bị giảm tiêu chí); 30 xã đạt từ 10 - "
        "14 tiêu chí; 15 xã đạt từ 5 - 9 tiêu chí.\n"
    )
    [found] = audit_text(tmp_path, "phu-tho.txt", _HEADER + body, _KINDS)
    assert found.kind == "sum_mismatch"
    assert "20 + 40 + 30 + 15 = 105 xã, more than the 100 xã stated" in found.explain
