"""The provincial press as the document's province, and the place classes around it."""

from __future__ import annotations

from baocao.model import Level
from baocao.nlp.metadata import read_metadata
from baocao.vocab.press import press_province, press_provinces
from baocao.vocab.sources import funding_source


def _names(text: str) -> list[str]:
    return [p.name for p in press_provinces(text)]


def test_press_heads_abbreviations_and_addresses_name_a_province() -> None:
    assert _names("Bài và ảnh: Minh Châu (Nguồn: Báo Quảng Bình điện tử)") == ["Quảng Bình"]
    assert _names("theo Đài PT-TH Hà Nam đưa tin chiều qua") == ["Hà Nam"]
    assert _names("(YBĐT) - Năm nay huyện Lục Yên") == ["Yên Bái"]
    assert _names("Xem thêm tại media.baothanhhoa.vn/tin") == ["Thanh Hóa"]
    assert _names("Nguồn: baoapbac.vn") == ["Tiền Giang"]


def test_press_that_is_no_province_is_not_read() -> None:
    assert _names("Theo Báo Hà Nội Mới") == []  # a paper's own name, not the city's press
    assert _names("Trung tâm cảnh báo Lào Cai mưa lớn") == []  # a verb, not a paper
    assert _names("(Nguồn: Báo Nhân Dân)") == []
    assert press_province("Theo Báo Nam Định và Báo Thái Bình") is None  # two provinces


def test_press_province_is_the_documents_when_the_text_names_none() -> None:
    text = (
        "Huy động vốn làm đường giao thông\n\n"
        "Năm 2015, tổng vốn huy động trên địa bàn tỉnh đạt 900 tỷ đồng.\n\n"
        "(Nguồn: Báo Bắc Giang)\n"
    )
    meta = read_metadata(text)
    assert meta.province is not None and meta.province.name == "Bắc Giang"
    assert meta.unit is not None and meta.unit.level is Level.PROVINCE


def test_press_never_overrides_a_named_province() -> None:
    text = (
        "Tỉnh Phú Yên có thêm 5 xã đạt chuẩn nông thôn mới\n\n"
        "Đến nay, tỉnh Phú Yên có 40 xã đạt chuẩn nông thôn mới.\n\n(Nguồn: Báo Bình Định)\n"
    )
    meta = read_metadata(text)
    assert meta.province is not None and meta.province.name == "Phú Yên"


def test_central_budget_written_tu_without_dots() -> None:
    assert funding_source("vốn ngân sách TƯ 40 tỷ đồng") == "central"
    assert funding_source("NSTƯ hỗ trợ 2 tỷ đồng") == "central"
    assert funding_source("vốn tư nhân 5 tỷ đồng") != "central"
    assert funding_source("vốn tự có của người dân") != "central"


def test_a_digest_opening_with_a_national_item_is_not_national() -> None:
    text = (
        "Tin nổi bật\n\n"
        "Cả nước có 42% xã đạt chuẩn. Tính đến nay, cả nước đã có 42% xã đạt chuẩn nông thôn"
        " mới, cả nước có 60 đơn vị cấp huyện đạt chuẩn ...\n\n"
        "  • Kết quả đến 30/6/2016 - Toàn tỉnh có 20 xã đạt chuẩn; bình quân 13 tiêu chí/xã ...\n"
    )
    meta = read_metadata(text)
    assert meta.unit is None or meta.unit.level is not Level.NATIONAL


def test_a_province_abbreviation_is_read_at_a_dateline_only() -> None:
    assert _names("Nước sạch về thôn\n\nTTH - Năm nay, toàn tỉnh đã") == ["Thừa Thiên Huế"]
    assert _names("(BR-VT) – Đầu năm, huyện Đất Đỏ") == ["Bà Rịa - Vũng Tàu"]
    assert _names("Tin mới\n\nHCM - Huyện Hóc Môn vừa") == ["Hồ Chí Minh"]
    # in prose, or a region's abbreviation, is no dateline
    assert _names("Đoàn công tác của TTH - đại diện sở đã về") == []
    assert _names("ĐBSCL - Năm nay các tỉnh") == []
    text = "Nước hợp vệ sinh\n\nTTH - Đến cuối năm 2019, tỷ lệ dân số dùng nước sạch đạt 90%.\n"
    meta = read_metadata(text)
    assert meta.province is not None and meta.province.name == "Thừa Thiên Huế"
    assert meta.unit is not None and meta.unit.level is Level.PROVINCE


def test_a_text_speaking_as_the_centre_is_national() -> None:
    text = (
        "Vốn cho chương trình năm 2016\n\n"
        "Theo Bộ NN&PTNT, năm 2016 chương trình được triển khai đồng bộ.\n"
        "Năm 2016, Chính phủ đã bố trí 6.000 tỷ đồng để hỗ trợ các địa phương làm đường.\n"
    )
    meta = read_metadata(text)
    assert meta.unit is not None and meta.unit.level is Level.NATIONAL
    # a province's article citing the ministry names its province
    text = (
        "Vốn cho chương trình năm 2016\n\n"
        "Theo Bộ NN&PTNT, năm 2016 tỉnh Bắc Ninh được Chính phủ bố trí 60 tỷ đồng.\n"
    )
    meta = read_metadata(text)
    assert meta.unit is None or meta.unit.level is not Level.NATIONAL
