"""District-level units counted, then named each with its own kind before the predicate (FACTS.md,
"K of N units reaching a standard is a coverage fact"): "có 2 đơn vị cấp huyện đó là thị xã A
và huyện B được công nhận đạt chuẩn" is 2 units reaching the standard, whatever the names'
kinds ("thị xã", "thành phố", "huyện") and whether the list opens with "là" or "đó là". The
examples are our own."""

from __future__ import annotations

import pytest
from readfacts import facts_of_class


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "Đến nay, tỉnh Phú Yên có 2 đơn vị cấp huyện đó là thị xã Đông Hòa và huyện Tây "
            "Hòa được Thủ tướng Chính phủ công nhận đạt chuẩn NTM.",
            2,
        ),
        (
            "Toàn tỉnh Phú Yên có 3 đơn vị cấp huyện là thành phố Tuy Hòa, thị xã Đông Hòa và "
            "huyện Tây Hòa đã được công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới.",
            3,
        ),
        (
            "Hiện tỉnh Phú Yên có 2 đơn vị cấp huyện gồm thị xã Sông Cầu và huyện Phú Hòa "
            "được công nhận đạt chuẩn nông thôn mới.",
            2,
        ),
    ],
)
def test_district_units_named_each_by_kind_are_counted(make_document, sentence, met) -> None:
    found = facts_of_class(make_document, sentence + "\n", "Coverage")
    assert [(c.units_met, c.units_total, c.criterion) for c in found] == [(met, None, None)]
    assert found[0].region == "tỉnh Phú Yên"


def test_a_level_after_the_units_not_a_district_word_is_kept_apart(make_document) -> None:
    # twin: a commune count followed by a verb, no level word: read as before
    found = facts_of_class(
        make_document,
        "Đến nay, tỉnh Phú Yên có 90/110 xã được công nhận đạt chuẩn nông thôn mới.\n",
        "Coverage",
    )
    assert [(c.units_met, c.units_total) for c in found] == [(90, 110)]
