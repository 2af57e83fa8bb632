"""A district written bare in a list of its province's districts, under a province's name.

Quảng Bình has a district called Quảng Ninh, the name of another province. A province text
that never names itself but lists its districts bare ("Lệ Thủy 4 tỷ đồng, Minh Hóa 2 tỷ
đồng, Quảng Ninh 1,5 tỷ đồng") is of the province the listed districts share, not of the
province whose name one of them repeats.
"""

from __future__ import annotations

from baocao.nlp.metadata import read_metadata


def test_a_listed_district_with_a_provinces_name_is_the_lists_district() -> None:
    text = (
        "Nhân dân góp hơn 20 tỷ đồng làm đường\n\n"
        "Năm 2016, toàn tỉnh có hơn 20 tỷ đồng do nhân dân đóng góp làm đường giao thông "
        "nông thôn. Trong đó Minh Hóa góp 2,4 tỷ đồng, Quảng Ninh 1,8 tỷ đồng, Tuyên Hóa 3 "
        "tỷ đồng và Lệ Thủy 4,1 tỷ đồng.\n"
    )
    raw = read_metadata(text)
    assert raw.province is not None and raw.province.name == "Quảng Bình"


def test_a_province_named_bare_with_no_district_list_stays_the_province() -> None:
    text = (
        "Quảng Ninh có thêm 5 xã đạt chuẩn\n\n"
        "Năm 2016, người dân Quảng Ninh góp hơn 30 tỷ đồng, toàn tỉnh có thêm 5 xã đạt chuẩn "
        "nông thôn mới.\n"
    )
    raw = read_metadata(text)
    assert raw.province is not None and raw.province.name == "Quảng Ninh"
