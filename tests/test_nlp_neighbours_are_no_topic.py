"""Places named as neighbours ("phía Nam giáp huyện A và huyện B") say where the text's own
unit lies: a level word after them ("Toàn huyện có …", "hiện huyện có …") is still that
unit, not the neighbour named last (set BG; our own wording)."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, facts_of, of_kind, place_of

from baocao.model import Percentage

_HEAD = (
    "BÁO CÁO Kết quả xây dựng nông thôn mới đến năm 2022 của huyện Tiểu Cần, tỉnh Trà Vinh\n\n"
    "I. TÌNH HÌNH CHUNG\n\n"
)


@pytest.mark.parametrize(
    "borders",
    [
        "phía Đông giáp huyện Châu Thành, phía Nam giáp huyện Trà Cú và huyện Cầu Kè",
        "tiếp giáp với huyện Châu Thành, huyện Cầu Kè",
    ],
)
def test_a_level_word_after_neighbours_is_the_texts_unit(
    make_document: MakeDocument, borders: str
) -> None:
    text = (
        _HEAD + f"Tiểu Cần là huyện có diện tích 228 km2, {borders}. Toàn huyện có 28.000 hộ; "
        "hiện huyện có 310 hộ nghèo, chiếm tỷ lệ 1,1% so với tổng số hộ dân cư trên địa bàn "
        "huyện.\n"
    )
    rates = of_kind(facts_of(make_document, text), Percentage)
    assert [(p.value, place_of(p)) for p in rates] == [(1.1, "huyện Tiểu Cần")]
