"""A part of the units just counted, written after the statement in a bracket or after
"Trong đó:" with a colon ("… 40 xã /60 xã hoàn thành 19/19 tiêu chí. (Trong đó: 35 xã đã có
quyết định công nhận)"): a coverage of its own, as "trong đó 35 xã …" in the same sentence
is. Its total is not written (FACTS.md: units_total is what the statement says). Our own
wording."""

from __future__ import annotations

from dataclasses import replace

import pytest

from baocao.pipeline import extract_file
from baocao.settings import DEFAULT_EXTRACT_SETTINGS

HEAD = "Kết quả xây dựng nông thôn mới tỉnh Quảng Ngãi năm 2021\n"


def coverage(tmp_path, sentence: str) -> set[tuple[int, int | None]]:
    path = tmp_path / "tin.txt"
    path.write_text(HEAD + sentence + "\n", encoding="utf-8")
    facts = extract_file(path, settings=replace(DEFAULT_EXTRACT_SETTINGS, isolate=False)).facts
    return {(f.units_met, f.units_total) for f in facts if f.kind == "coverage"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Đến cuối năm 2021 toàn tỉnh có 40 xã /60 xã hoàn thành 19/19 tiêu chí, đạt tỷ lệ "
        "66,7%. (Trong đó: 35 xã đã có Quyết định công nhận).",
        "Toàn tỉnh có 40/60 xã đạt chuẩn nông thôn mới. (Trong đó 35 xã đã được công nhận)",
        "Toàn tỉnh có 40 xã đạt chuẩn nông thôn mới, trong đó: 35 xã đã có quyết định công nhận.",
    ],
)
def test_a_bracketed_or_colon_part_is_read(tmp_path, sentence: str) -> None:
    found = coverage(tmp_path, sentence)
    assert any(met == 35 for met, _ in found), found
    assert any(met == 40 for met, _ in found), found
