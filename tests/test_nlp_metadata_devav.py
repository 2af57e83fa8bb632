"""Report metadata of official documents that are no reports, and of portal summaries.

* A People's Council (HĐND) issues resolutions: its name in the header, as a People's
  Committee's (UBND) is, gives the unit; the National Assembly's resolution the text cites
  ("Nghị quyết số 25/2021/QH15 của Quốc hội") makes it no national text.
* A decision or resolution has no "BÁO CÁO": its title in capitals under the date line
  names the span it is about ("… GIAI ĐOẠN 2022-2025"), not clipped to the year it is dated.
* A rank among a level's units ("xếp thứ 5 toàn tỉnh") is no text speaking of itself at
  that level: the district ranked is the unit.
* A bare name between two other names of one list ("xã đủ điều kiện gồm: A, Lâm Động, B")
  is a lower unit, even when a tone slip makes it read like a province.
"""

from baocao.model import Level
from baocao.nlp.metadata import read_metadata
from baocao.nlp.metadata.caps_title import caps_title

RESOLUTION = """Văn bản pháp luật: Nghị quyết 15/2022/NQ-HĐND
HỘI ĐỒNG NHÂN
DÂN |
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM |
Số: 15/2022/NQ-HĐND |
Bắc Kạn, ngày 9 tháng 12 năm 2022 |
VỀ KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI TỈNH BẮC KẠN GIAI ĐOẠN 2022-2025
HỘI ĐỒNG NHÂN DÂN TỈNH BẮC KẠN
KHÓA X, KỲ HỌP THỨ 12
Căn cứ Nghị quyết số 25/2021/QH15 ngày 28 tháng 7 năm 2021 của Quốc hội về chủ trương đầu
tư Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025;
"""


def test_a_peoples_council_resolution_is_its_provinces():
    meta = read_metadata(RESOLUTION)
    assert meta.unit is not None and meta.unit.name == "Bắc Kạn"
    assert meta.unit.level is Level.PROVINCE
    assert meta.province is not None and meta.province.name == "Bắc Kạn"
    assert meta.date == "2022-12-09"


def test_a_resolution_title_gives_its_span():
    assert read_metadata(RESOLUTION).period == "2022-2025"


DECISION = """- 1Quyết định 120/QĐ-UBND năm 2019 phê duyệt đề án phát triển sản xuất
- 2Quyết định 318/QĐ-TTg năm 2022 Bộ tiêu chí quốc gia về xã nông thôn mới
ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 905/QĐ-UBND | Ninh Thuận, ngày 4 tháng 3 năm 2023 |
QUYẾT ĐỊNH
VỀ VIỆC BAN HÀNH BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO TỈNH NINH THUẬN GIAI ĐOẠN 2021-2025
ỦY BAN NHÂN DÂN TỈNH NINH THUẬN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
"""


def test_a_decision_title_in_capitals_gives_its_span_not_its_year():
    meta = read_metadata(DECISION)
    assert meta.period == "2021-2025"
    assert meta.unit is not None and meta.unit.name == "Ninh Thuận"


def test_a_year_above_the_date_line_is_no_title():
    # the portal's list of related documents, above the header, dates other documents
    text = DECISION.replace(" GIAI ĐOẠN 2021-2025", "").replace(
        "- 2Quyết", "KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI NĂM 2019\n- 2Quyết"
    )
    assert caps_title(text, 3000) is None
    assert caps_title(DECISION, 3000) is not None


def test_a_commune_list_item_is_no_province():
    text = (
        "20/10/2024\nCông bố xã đủ điều kiện xét công nhận đạt chuẩn nông thôn mới nâng cao\n"
        "Ngày 18/10, UBND huyện ban hành văn bản công bố. Theo đó, có 04 xã đủ điều kiện "
        "gồm: Tân Lập, Lâm Động, Hòa Sơn, Phú Mỹ.\n"
    )
    assert read_metadata(text).province is None


def test_a_province_named_alone_still_is_one():
    text = (
        "Theo Sở Nông nghiệp Thái Bình, đến nay toàn tỉnh có 230/232 xã đạt chuẩn nông thôn "
        "mới, tỉnh phấn đấu năm 2025 có thêm 20 xã đạt chuẩn nâng cao.\n"
    )
    province = read_metadata(text).province
    assert province is not None and province.name == "Thái Bình"


def test_a_rank_in_the_province_is_no_province_speaking():
    # "xếp thứ 5 toàn tỉnh": the district ranked among the province's districts
    text = (
        "Phó Thủ tướng giao UBND tỉnh Nghệ An công bố và khen thưởng; chỉ đạo UBND huyện Yên "
        "Thành tiếp tục nâng cao chất lượng các tiêu chí.\n"
        "Huyện Yên Thành có tốc độ tăng trưởng bình quân giai đoạn 2021 - 2024 đạt 9,8%, xếp "
        "thứ 5 toàn tỉnh; giá trị sản xuất năm 2024 đạt 21.000 tỷ đồng, đứng thứ 4 toàn tỉnh.\n"
    )
    unit = read_metadata(text).unit
    assert unit is not None and unit.name == "Yên Thành"
    assert unit.level is Level.DISTRICT
