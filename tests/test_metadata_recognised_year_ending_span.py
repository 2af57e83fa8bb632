"""A news lead that reports its unit's recognition for a year ("… tổ chức lễ công bố xã đạt
chuẩn nông thôn mới năm 2020", "… trao quyết định công nhận xã … đạt chuẩn … năm 2020") over
a body opening on the span that led there ("Giai đoạn 2015 - 2020, …"): the text is of the
recognition's year, not of the span (metadata/period/years.py
``_recognised_year_ending_span``). Our own
wording."""

from __future__ import annotations

from dataclasses import replace

import pytest

from baocao.pipeline import extract_file
from baocao.settings import DEFAULT_EXTRACT_SETTINGS

BODY = (
    "\n\nGiai đoạn 2015 - {end}, với sự chung sức của nhân dân, diện mạo nông thôn đổi mới; "
    "tỷ lệ hộ nghèo giảm từ 8,1% năm 2010 xuống còn 1,2% năm {end}.\n"
)


def period(tmp_path, lead: str, end: int) -> str | None:
    path = tmp_path / "tin.txt"
    text = "Xã Bình Minh đón nhận chuẩn nông thôn mới\n\n" + lead + BODY.format(end=end)
    path.write_text(text, encoding="utf-8")
    return extract_file(
        path, settings=replace(DEFAULT_EXTRACT_SETTINGS, isolate=False)
    ).report.period


LEADS = [
    "Sáng 12.4, xã Bình Minh (Thăng Bình) tổ chức lễ công bố xã đạt chuẩn nông thôn mới năm 2020.",
    "Chiều 3.5, UBND huyện Thăng Bình trao quyết định công nhận xã Bình Minh đạt chuẩn nông "
    "thôn mới năm 2020.",
]


@pytest.mark.parametrize("lead", LEADS)
def test_the_recognition_year_beats_the_span_ending_it(tmp_path, lead: str) -> None:
    assert period(tmp_path, lead, 2020) == "2020"
