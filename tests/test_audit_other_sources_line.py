"""A line of the other sources ("Nguồn vốn huy động khác: 17 tỷ đồng", "vốn khác 30 tỷ
đồng") is a line of its breakdown like any source (issue 8, the deval2 development set: a
district's nine sources whose province line was the one wrong amount, flagged twice while the
last line was left out of the sum). Every report here is our own wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

_HEADER = "UBND HUYỆN HẢI HẬU\nBÁO CÁO\nKết quả xây dựng nông thôn mới giai đoạn 2016-2020\n\n"
_KINDS = ("sum_mismatch", "percent_mismatch")


def _breakdown(province: str) -> str:
    return (
        "Tổng vốn huy động của huyện giai đoạn 2016-2020 đạt 500,000 tỷ đồng, trong đó: ngân "
        f"sách trung ương: 50,000 tỷ đồng, chiếm 10,00%; ngân sách tỉnh: {province} tỷ đồng, "
        "chiếm 20,00%; vốn tín dụng: 250,000 tỷ đồng, chiếm 50,00%; nguồn vốn huy động khác: "
        "100,000 tỷ đồng, chiếm 20,00%.\n"
    )


def test_the_one_wrong_amount_is_one_finding(tmp_path: Path) -> None:
    found = audit_text(tmp_path, "hai-hau.txt", _HEADER + _breakdown("1,000"), _KINDS)
    assert [f.kind for f in found] == ["percent_mismatch"]
    assert "ngân sách tỉnh" in found[0].quote


def test_an_other_sources_line_adding_up_has_no_finding(tmp_path: Path) -> None:
    assert audit_text(tmp_path, "hai-hau.txt", _HEADER + _breakdown("100,000"), _KINDS) == []


@pytest.mark.parametrize(("other", "kinds"), [("45", ["sum_mismatch"]), ("30", [])])
def test_an_other_sources_line_counts_in_the_sum(
    tmp_path: Path, other: str, kinds: list[str]
) -> None:
    body = (
        "Năm 2020, tổng vốn huy động xây dựng nông thôn mới của huyện đạt 200 tỷ đồng. Trong "
        f"đó, ngân sách tỉnh 120 tỷ đồng, vốn tín dụng 50 tỷ đồng, vốn khác {other} tỷ đồng.\n"
    )
    found = audit_text(tmp_path, "hai-hau.txt", _HEADER + body, _KINDS)
    assert [f.kind for f in found] == kinds
