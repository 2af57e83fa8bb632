"""A moment named between "đến" and its month still dates the state.

"Tính đến thời điểm tổng kết tháng 6/2025, …" is the same time as "Tính đến tháng 6/2025":
the words naming the moment ("thời điểm", "thời điểm tổng kết", "thời điểm sơ kết",
"thời điểm báo cáo"; cues ``time_point``) sit between the preposition and the month. A text
opening on the end of June so named is on the first half (as the shared gold reads a state at
June); one stating a later month so named is not.
"""

from __future__ import annotations

import pytest

from baocao.nlp.metadata import read_metadata


@pytest.mark.parametrize(
    "moment",
    [
        "thời điểm tổng kết tháng 6/2024",
        "thời điểm sơ kết tháng 6/2024",
        "thời điểm báo cáo tháng 6/2024",
        "thời điểm 30/6/2024",
    ],
)
def test_a_named_moment_at_the_end_of_june_is_the_first_half(moment: str) -> None:
    text = (
        f"Tính đến {moment}, toàn tỉnh có 80,5% xã đạt chuẩn nông thôn mới; bình quân 18,1 "
        "tiêu chí/xã.\n\nPhong trào thi đua giai đoạn 2021-2025 có nhiều kết quả nổi bật.\n\n"
        f"Tính đến {moment}, toàn tỉnh có 80,5% xã đạt chuẩn nông thôn mới.\n"
    )
    assert read_metadata(text).period == "2024-H1"


def test_a_named_later_month_is_no_half() -> None:
    text = (
        "Tính đến thời điểm báo cáo tháng 9/2024, toàn tỉnh có 82% xã đạt chuẩn nông thôn mới; "
        "bình quân 18,3 tiêu chí/xã.\n"
    )
    assert read_metadata(text).period != "2024-H1"
