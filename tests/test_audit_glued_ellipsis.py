"""An ellipsis glued to the word before it ("phát triển sản xuất…", "vốn khác...") says the
breakdown goes on, as one written after a space does (sums.toml's rest cues "…" and "...",
audit/common.whole_words: a cue's marks need no word guard). Parts short of the total are
then an open list, no sum_mismatch. Our own short reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

_HEADER = "UBND TỈNH LONG AN\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2019\n\n"


@pytest.mark.parametrize("mark", ["…", "..."])
def test_an_ellipsis_glued_to_its_word_leaves_the_breakdown_open(tmp_path: Path, mark: str) -> None:
    body = (
        "Năm 2019, toàn tỉnh huy động được 900 tỷ đồng cho nông thôn mới.\n"
        "Trong tổng vốn trên thì ngân sách tỉnh 300 tỷ đồng; vốn tín dụng 200 tỷ đồng, vốn "
        f"doanh nghiệp 100 tỷ đồng để làm đường, chợ, kênh mương{mark}\n"
    )
    found = audit_text(tmp_path, "long-an.txt", _HEADER + body, ("sum_mismatch",))
    assert found == []


def test_parts_short_with_no_ellipsis_are_still_flagged(tmp_path: Path) -> None:
    body = (
        "Năm 2019, toàn tỉnh huy động được 900 tỷ đồng cho nông thôn mới.\n"
        "Trong tổng vốn trên thì ngân sách tỉnh 300 tỷ đồng; vốn tín dụng 200 tỷ đồng, vốn "
        "doanh nghiệp 100 tỷ đồng để làm đường, chợ, kênh mương.\n"
    )
    found = audit_text(tmp_path, "long-an.txt", _HEADER + body, ("sum_mismatch",))
    assert [f.kind for f in found] == ["sum_mismatch"]
