"""A picture's caption closed by the page layout's bar names the picture's place, not the
text's unit (FACTS.md, "Place is the unit the fact is about … else the reporting unit"):
"Cánh đồng mẫu lớn tại xã Tân Đức |" between two paragraphs on a district named bare leaves
the district the text's unit and the place of the figures after it. The examples are our
own."""

from __future__ import annotations

import pytest
from readfacts import news_report_and_facts, place_of

TEXT = (
    "Triển khai bộ tiêu chí huyện nông thôn mới nâng cao, đến nay, Đại Từ đã đạt 30/36 chỉ "
    "tiêu, còn 6 chỉ tiêu chưa đạt.\n"
    "{caption}\n"
    "Trong năm tới, huyện Đại Từ phấn đấu có 95% số hộ dùng nước sạch.\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "Cánh đồng mẫu lớn tại xã Tân Linh |",
        "Nhà văn hóa xóm Đồng Cẩm, xã Phục Linh |",
    ],
)
def test_a_caption_closed_by_a_bar_is_no_unit(make_document, caption: str) -> None:
    report, facts = news_report_and_facts(make_document, TEXT.format(caption=caption))
    assert report.unit is not None and report.unit.name == "Đại Từ"
    assert {place_of(f) for f in facts} == {"huyện Đại Từ"}


def test_a_table_row_with_bars_is_still_read(make_document) -> None:
    # twin: a row with a bar inside is a table's, not a caption
    report, _ = news_report_and_facts(
        make_document,
        "Kết quả xây dựng nông thôn mới xã Tân Linh năm 2023\n| Tiêu chí | Kết quả |\n"
        "| Số tiêu chí đạt | 19/19 |\n",
    )
    assert report.unit is not None and report.unit.name == "Tân Linh"
