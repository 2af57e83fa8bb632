"""All the units that reached the standard, as the object of a review ("đang rà soát toàn bộ
40 xã đã đạt chuẩn"): K units reached, of a whole the count does not write, not K of K
(set BG; our own wording). "toàn bộ 12 xã đã đạt chuẩn" on its own stays 12 of 12."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, news_facts_of, of_kind

from baocao.model import Coverage


@pytest.mark.parametrize(
    "sentence",
    [
        "Hiện nay, tỉnh Bình Định đang rà soát toàn bộ 40 xã đã đạt chuẩn, đối chiếu với "
        "bộ tiêu chí mới.",
        "Năm nay huyện sẽ kiểm tra lại tất cả 40 xã đã được công nhận đạt chuẩn.",
        "Sở sẽ phúc tra cả 40 xã đạt chuẩn nông thôn mới để phân loại.",
    ],
)
def test_all_reviewed_units_are_no_k_of_k(make_document: MakeDocument, sentence: str) -> None:
    covered = of_kind(news_facts_of(make_document, sentence), Coverage)
    assert [(c.units_met, c.units_total) for c in covered if c.units_met == 40] in (
        [(40, None)],
        [],
    )
    assert all(c.units_total != 40 for c in covered)


def test_all_units_reached_is_still_k_of_k(make_document: MakeDocument) -> None:
    covered = of_kind(
        news_facts_of(make_document, "Đến nay, toàn bộ 12 xã đã đạt chuẩn nông thôn mới."),
        Coverage,
    )
    assert [(c.units_met, c.units_total) for c in covered] == [(12, 12)]
