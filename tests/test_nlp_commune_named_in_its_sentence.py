"""A commune named inside its own sentence ("thu nhập bình quân trong xã A đạt …") is the
place of the sentence's facts, not the province the text is about; "trong xã" with no name
after a paragraph that ranks the commune among a larger place's ("trở thành xã đầu tiên trong
tỉnh B") is still the commune: the larger place is what it is ranked among. Our own wordings
(README, "Decisions", eleventh session)."""

from __future__ import annotations

import pytest
from readfacts import NEWS, facts_of

HEAD = (
    "Tân Phú đón Bằng công nhận xã đạt chuẩn nông thôn mới nâng cao\n\n"
    "Xã Tân Phú, huyện Lạc Sơn (tỉnh Hòa Bình) vừa đón Bằng công nhận xã đạt chuẩn nâng cao.\n"
)


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
        (
            HEAD + "Đến năm 2023 Tân Phú trở thành xã đầu tiên trong tỉnh Hòa Bình được công nhận "
            "xã nông thôn mới nâng cao. Thu nhập bình quân của người dân trong xã đạt 50 triệu "
            "đồng/người/năm.\n",
            "xã Tân Phú",
            50.0,
        ),
        (
            HEAD + "Đến năm 2023 Tân Phú là xã duy nhất của huyện Lạc Sơn đạt chuẩn nâng cao. Thu "
            "nhập bình quân của người dân trong xã đạt 48 triệu đồng/người/năm.\n",
            "xã Tân Phú",
            48.0,
        ),
    ],
)
def test_the_commune_named_is_the_place(
    make_document, body: str, subject: str, value: float
) -> None:
    rates = [f for f in facts_of(make_document, body, name=NEWS) if f.kind == "percentage"]
    assert [(f.subject, f.value) for f in rates] == [(subject, value)]
