"""A commune named inside its own sentence ("thu nhập bình quân trong xã A đạt …") is the
place of the sentence's facts, not the province the text is about. Our own wordings (README,
"Decisions", eleventh session)."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of


@pytest.mark.parametrize(
    ("body", "subject", "value"),
    [
        (
            "Năm 2023, tỉnh Hòa Bình có 100 xã đạt chuẩn. Thu nhập bình quân trong xã Tân Phú đạt "
            "50 triệu đồng/người/năm.\n",
            "xã Tân Phú",
            50.0,
        ),
        (
            "Năm 2023, tỉnh Hòa Bình có 100 xã đạt chuẩn. Năm 2023, thu nhập bình quân đầu người ở "
            "xã Hòa Lợi đạt 42,5 triệu đồng/người/năm.\n",
            "xã Hòa Lợi",
            42.5,
        ),
    ],
)
def test_the_commune_named_is_the_place(
    make_document, body: str, subject: str, value: float
) -> None:
    rates = [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "percentage"]
    assert [(f.subject, f.value) for f in rates] == [(subject, value)]
