"""A one-syllable name written with a tone the map's name lacks or has otherwise is another
word, no slip for that unit: "Chủ" opening "Chủ tịch" is not thị xã Chũ, so "UBND tỉnh, Chủ
tịch Hội đồng …" names no province. A tone left out ("Chu") and longer names with a slipped
tone stay as before. The texts are our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, news_report_and_facts

from baocao.vocab.places import district_provinces, place_named


@pytest.mark.parametrize(
    "text",
    [
        "Ông Lê Văn An, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng đề nghị các xã giữ vững "
        "tiêu chí. Hội đồng đã bỏ phiếu công nhận 2 xã đạt chuẩn.\n",
        "Bà Trần Thị Bình - Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng thẩm định cho biết toàn "
        "tỉnh có 5 xã đăng ký.\n",
    ],
)
def test_a_title_word_names_no_province(make_document: MakeDocument, text: str) -> None:
    report, _ = news_report_and_facts(make_document, text)
    assert report.province is None or report.province.name != "Bắc Giang"


def test_one_syllable_with_another_tone_is_no_district() -> None:
    assert place_named("Chủ") is None
    assert "Bắc Giang" not in district_provinces("Chủ")


def test_the_unit_as_written_or_without_tones_still_reads() -> None:
    assert place_named("Chũ") is not None
    assert "Bắc Giang" in district_provinces("Chũ")
    assert "Bắc Giang" in district_provinces("Chu")
