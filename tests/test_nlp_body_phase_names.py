"""The phase in a body's name dates nothing.

Councils and steering committees are named with the phase they serve: "Hội đồng thẩm định,
xét công nhận xã đạt chuẩn … giai đoạn 2022 - 2025 trên địa bàn tỉnh", "Ban Chỉ đạo các
Chương trình mục tiêu quốc gia giai đoạn 2016-2020 tỉnh", "Phó trưởng Ban Thường trực …
giai đoạn 2016-2020" (cues ``body_phase``). The phase is the body's remit, not the time the
text states anything at: a report of the council's vote on communes recognised for 2025 is
not on 2022-2025, and an undated item on a commune appraised by it stays undated. A phase
a statement is made for ("Giai đoạn 2021-2025, tỉnh đã huy động …") still dates it.
"""

from __future__ import annotations

import pytest

from baocao.nlp.metadata import read_metadata


@pytest.mark.parametrize(
    "body",
    [
        "Hội đồng thẩm định, xét công nhận xã đạt chuẩn nông thôn mới nâng cao giai đoạn "
        "2021 - 2025 của tỉnh",
        "Ban Chỉ đạo các Chương trình mục tiêu quốc gia giai đoạn 2021-2025 tỉnh",
        "Phó trưởng Ban Thường trực các Chương trình mục tiêu quốc gia giai đoạn 2021-2025",
    ],
)
def test_a_bodys_phase_leaves_an_undated_text_undated(body: str) -> None:
    text = (
        "Xã Mỹ Lợi đạt chuẩn nông thôn mới nâng cao\n\n"
        f"Sáng ngày 12/9, {body} họp xét công nhận xã Mỹ Lợi đạt chuẩn nông thôn mới nâng cao.\n"
    )
    assert read_metadata(text).period is None


def test_a_phase_a_statement_is_made_for_still_dates_it() -> None:
    text = (
        "Tỉnh huy động 3.000 tỷ đồng\n\n"
        "Giai đoạn 2021-2023, tỉnh Bình Phước đã huy động hơn 3.000 tỷ đồng xây dựng nông thôn "
        "mới, trong đó ngân sách trung ương 500 tỷ đồng.\n"
    )
    assert read_metadata(text).period == "2021-2023"
