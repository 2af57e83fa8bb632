"""A district name several provinces share is told by the communes named in it.

"Huyện Phong Điền" is a district of Cần Thơ and of Thừa Thiên Huế; "huyện Châu Thành" of ten
provinces. A text that names no province but names communes of the district ("công nhận
xã Phong Thu và xã Phong Hòa của huyện Phong Điền", "xã Song Thuận, xã Thân Cửu Nghĩa,
huyện Châu Thành") lies in the one province whose district of that name holds them. When
the communes fit no province's district of the name, or several, the district resolves as
before.
"""

from __future__ import annotations

import pytest

from baocao.nlp.metadata import read_metadata


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "Phong Điền có 2 xã đạt chuẩn nông thôn mới nâng cao\n\nNgày 12/8, UBND tỉnh công "
            "nhận xã Phong Thu và xã Phong Hòa của huyện Phong Điền đạt chuẩn nông thôn mới "
            "nâng cao năm 2023.\n",
            "Thừa Thiên Huế",
        ),
        (
            "Phong Điền có thêm 2 xã về đích nông thôn mới nâng cao\n\nHuyện Phong Điền vừa đón "
            "nhận bằng công nhận xã Giai Xuân, xã Mỹ Khánh đạt chuẩn nông thôn mới nâng cao "
            "năm 2022.\n",
            "Cần Thơ",
        ),
        (
            "Châu Thành có thêm 2 xã đạt chuẩn nâng cao\n\nHuyện Châu Thành công bố xã Song "
            "Thuận, xã Thân Cửu Nghĩa đạt chuẩn nông thôn mới nâng cao năm 2024.\n",
            "Tiền Giang",
        ),
    ],
)
def test_the_communes_named_tell_the_districts_province(text: str, province: str) -> None:
    raw = read_metadata(text)
    assert raw.province is not None and raw.province.name == province
