"""A form's blank header leaves the unit to the province its guide names.

A province's guide prints its forms with the header left to fill in ("ỦY BAN NHÂN DÂN……….
………", "Số: …./TTr-UBND ………., ngày ….. tháng ….. năm 20….."): the title word makes the
text read as an official document, but its header names no unit. The one province the text
names (the guide's, "… trên địa bàn tỉnh Thanh Hóa giai đoạn 2017-2020") is its unit; the
blank date line dates nothing. A header that names its unit keeps it.
"""

from __future__ import annotations

from baocao.model import Level
from baocao.nlp.metadata import read_metadata

_GUIDE = (
    "Hướng dẫn hồ sơ công nhận xã đạt chuẩn nông thôn mới trên địa bàn tỉnh Nghệ An "
    "giai đoạn 2021-2025\n\n"
)
_FORM = (
    "Mẫu số 03:\n\nỦY BAN NHÂN DÂN……….……… ……….………\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
    "Số: …./TTr-UBND ………., ngày ….. tháng ….. năm 20…..\n\nTỜ TRÌNH\n\n"
    "Về việc thẩm định, công nhận xã ……… đạt chuẩn nông thôn mới năm ……….\n"
)


def test_a_blank_form_header_takes_the_guides_province() -> None:
    raw = read_metadata(_GUIDE + _FORM)
    assert raw.unit is not None
    assert (raw.unit.name, raw.unit.level, raw.date) == ("Nghệ An", Level.PROVINCE, None)


def test_a_filled_header_keeps_its_unit() -> None:
    filled = _FORM.replace("ỦY BAN NHÂN DÂN……….……… ……….………", "ỦY BAN NHÂN DÂN\nXÃ DIỄN HOA")
    raw = read_metadata(_GUIDE + filled)
    assert raw.unit is not None and raw.unit.name == "Diễn Hoa"
