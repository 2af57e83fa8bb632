"""A comparison base said with its own year and "là" after the figure it is set against
("còn 2,15% (so năm 2019 là 4,8%)"): the base's value is of that year (FACTS.md: the period is
the time the fact describes), the main figure keeps the report's. Our own wording."""

from __future__ import annotations

from dataclasses import replace

import pytest

from baocao.pipeline import extract_file
from baocao.settings import DEFAULT_EXTRACT_SETTINGS

HEAD = (
    "Huyện Tuy Phước: kết quả xây dựng nông thôn mới\n"
    "Đến cuối năm 2021, huyện có 11/11 xã đạt chuẩn.\n"
)


def periods(tmp_path, sentence: str) -> dict[float, str | None]:
    path = tmp_path / "tin.txt"
    path.write_text(HEAD + sentence + "\n", encoding="utf-8")
    facts = extract_file(path, settings=replace(DEFAULT_EXTRACT_SETTINGS, isolate=False)).facts
    return {f.value: f.period for f in facts if f.kind == "percentage"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Đến cuối năm 2021, tỷ lệ hộ nghèo còn 2,15% (so năm 2019 là 4,8%).",
        "Cuối năm 2021 tỷ lệ lao động qua đào tạo đạt 2,15% (so với năm 2019 là 4,8%).",
    ],
)
def test_the_base_said_with_la_has_its_year(tmp_path, sentence: str) -> None:
    assert periods(tmp_path, sentence) == {2.15: "2021", 4.8: "2019"}
