"""A newspaper's site or name on a source line ("Theo baoquangbinh.vn", "(Nguồn: Báo Nghệ
An)") says where a text was printed, and so its province; it is no unit. A text naming no
province of its own that reports on one district of the press's province (named with its
prefix, every commune it names lying in it) is that district's; only a text naming none, or
several, or speaking as the province, is the province's. Every text is our own wording."""

from __future__ import annotations

import pytest

from baocao.model import Level
from baocao.nlp.metadata import read_metadata


def _text(body: str, source: str) -> str:
    # the province only as a giver, a photo's caption, then the district's own sentence
    return (
        "Bên cạnh vốn ngân sách huyện, tỉnh đã hỗ trợ địa phương 3.000 tấn xi măng làm đường.\n"
        + body
        + f"Hoài An\n{source}\n"
    )


ONE_DISTRICT = (
    "Người dân ấp 4, xã Long Hưng, huyện Châu Thành làm đường bê tông |\n"
    "Năm qua, người dân huyện Châu Thành đã hiến hơn 9.000m2 đất và góp 2 tỷ đồng.\n"
)


@pytest.mark.parametrize("source", ["Theo baotiengiang.vn", "(Nguồn: Báo Tiền Giang)"])
def test_the_one_district_a_press_tagged_text_reports_on_is_its_unit(source: str) -> None:
    # "huyện Châu Thành": several provinces have one; the press says which
    meta = read_metadata(_text(ONE_DISTRICT, source))
    assert meta.unit is not None and meta.unit.level is Level.DISTRICT
    assert meta.unit.name == "Châu Thành"
    assert meta.province is not None and meta.province.name == "Tiền Giang"


def test_a_press_tagged_text_on_two_districts_is_the_provinces() -> None:
    # twin: two districts named, none is the text's own
    body = (
        "Người dân ấp 4, xã Long Hưng, huyện Châu Thành làm đường bê tông |\n"
        "Năm qua, người dân huyện Châu Thành đã hiến hơn 9.000m2 đất; người dân huyện Cai Lậy "
        "góp 1,5 tỷ đồng.\n"
    )
    meta = read_metadata(_text(body, "Theo baotiengiang.vn"))
    assert meta.unit is not None and meta.unit.level is Level.PROVINCE
    assert meta.unit.name == "Tiền Giang"


def test_a_press_tagged_text_speaking_as_the_province_is_the_provinces() -> None:
    # twin: "toàn tỉnh" makes the province the text's own, the district only an example
    body = ONE_DISTRICT + "Đến nay, toàn tỉnh có 120 xã đạt chuẩn nông thôn mới.\n"
    meta = read_metadata(_text(body, "Theo baotiengiang.vn"))
    assert meta.unit is not None and meta.unit.level is Level.PROVINCE
