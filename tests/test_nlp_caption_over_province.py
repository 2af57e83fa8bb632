"""A photo's caption over a province's text ("Một khu dân cư kiểu mẫu ở xã A, huyện B" ⏎
"… Theo đánh giá của UBND tỉnh, ngân sách tỉnh …"), its place never named again, is an
illustration: the text is the province's, its figures the province's. Our own wordings
(README, "Decisions", eleventh session, `fixaq`)."""

from __future__ import annotations

import pytest
from readfacts import NEWS, report_and_facts


@pytest.mark.parametrize(
    "caption",
    [
        "Một khu dân cư nông thôn kiểu mẫu ở xã Đắk Wil, huyện Cư Jút",
        "Một tuyến đường bê tông ở xã Nhân Cơ, huyện Đắk R'Lấp",
    ],
)
def test_a_captions_commune_over_a_provinces_text_is_no_unit(make_document, caption) -> None:
    body = (
        f"{caption}\n\n"
        "Trong đó, vốn tín dụng trên 12.000 tỷ đồng; vốn doanh nghiệp trên 150 tỷ đồng. "
        "Theo đánh giá của UBND tỉnh, ngân sách tỉnh còn gặp nhiều khó khăn, chưa đáp ứng "
        "được nhu cầu của các huyện, thành phố.\n"
    )
    report, facts = report_and_facts(make_document, body, name=NEWS)
    assert report.unit is not None and report.unit.level.value == "province"
    assert {f.region for f in facts if f.kind == "funding"} == {"tỉnh Đắk Nông"}


def test_a_headlines_commune_named_again_stays_the_unit(make_document) -> None:
    body = (
        "Một khu dân cư kiểu mẫu ở xã Đắk Wil, huyện Cư Jút\n\n"
        "Năm 2022, xã Đắk Wil huy động 12 tỷ đồng; UBND tỉnh hỗ trợ thêm 2 tỷ đồng.\n"
    )
    report, _ = report_and_facts(make_document, body, name=NEWS)
    assert report.unit is not None and report.unit.name == "Đắk Wil"
