"""Page furniture above a headline: weather lines, weekday banners without a comma, and
"follow the paper" lines.

A provincial paper prints, over its headline, the site clock with its weekday ("Thứ năm
12/02/2026 21:00", often without the comma after the weekday), the weather of its city
("Hà Giang, 28°C/ 25°C - 30°C"), and a line asking readers to follow it ("Theo dõi Báo X
trên Google News"). None of them is the headline, and the province they name is the paper's,
not the place the article is about: a text on one district of the province is that district's.
"""

from __future__ import annotations

import pytest

from baocao.model import Level
from baocao.nlp.metadata import read_metadata
from baocao.nlp.metadata.furniture import _headline

_BODY = (
    "Nông thôn mới đổi thay ở Hàm Yên\n\n"
    "Qua 10 năm thực hiện, huyện Hàm Yên có nhiều khởi sắc. Thu nhập bình quân đầu người "
    "của huyện Hàm Yên năm 2020 đạt 40 triệu đồng. Đến cuối năm 2020, huyện Hàm Yên có "
    "8/17 xã đạt chuẩn nông thôn mới.\n"
)


@pytest.mark.parametrize(
    "banner",
    [
        "Thứ sáu, 16-1-26 09:12:40\nTuyên Quang, 24°C/ 22°C - 27°C Icon thời tiết mưa\n"
        "Theo dõi Báo Tuyên Quang trên\n\n",
        "Thứ hai 19/01/2026 08:00\nTuyên Quang 25 °C\n\n",
        "Chủ nhật 5/4/2026\nTheo dõi Báo điện tử Tuyên Quang trên Google News\n\n",
    ],
)
def test_banners_over_a_district_article_leave_it_the_districts(banner: str) -> None:
    text = banner + _BODY
    assert _headline(text) == "Nông thôn mới đổi thay ở Hàm Yên"
    raw = read_metadata(text)
    assert raw.unit is not None
    assert (raw.unit.name, raw.unit.level) == ("Hàm Yên", Level.DISTRICT)
    assert raw.date is None  # the site clock, years after the figures, dates nothing


def test_a_weekday_heading_a_sentence_is_no_banner() -> None:
    text = (
        "Thứ năm tuần trước, xã Yên Phú đón bằng công nhận đạt chuẩn nông thôn mới\n\n"
        "Xã đạt 19/19 tiêu chí.\n"
    )
    assert _headline(text) is not None
