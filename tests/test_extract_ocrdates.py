"""Years, dates and period numerals misread by OCR, repaired where only one reading fits
(baocao/extract/ocrdates.py, run through ocrtext.repair_ocr_text on OCR pages)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.extract.ocrdates import fix_date_marks, fix_numerals, fix_opening_year, fix_years
from baocao.extract.ocrtext import repair_ocr_text

# --- years ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        # letters for digits that only a year's place makes certain
        ("kế hoạch năm 2O1S của xã", "kế hoạch năm 2015 của xã"),
        ("đến năm Z030 phấn đấu", "đến năm 2030 phấn đấu"),
        ("vốn giai đoạn 2016-20Z0 là", "vốn giai đoạn 2016-2020 là"),
        ("tổng kết năm 202I, xã", "tổng kết năm 2021, xã"),
        # a year split by spaces
        ("kết quả năm 20 21 của huyện", "kết quả năm 2021 của huyện"),
        ("KẾ HOẠCH NĂM 2 0 2 4", "KẾ HOẠCH NĂM 2024"),
        ("Phấn đấu năm 20 24 xã đạt 19/19 tiêu chí", "Phấn đấu năm 2024 xã đạt 19/19 tiêu chí"),
        ("giai đoạn 2021-2 025 theo", "giai đoạn 2021-2025 theo"),
        ("tháng 6/20 22 có thêm", "tháng 6/2022 có thêm"),
        # a year that lost a digit only one year from 2000 to 2050 fits
        ("đạt chuẩn nông thôn mới năm 219.", "đạt chuẩn nông thôn mới năm 2019."),
        ("Thu nhập năm 215 đạt 24 triệu", "Thu nhập năm 2015 đạt 24 triệu"),
        ("giai đoạn 216-2020 có", "giai đoạn 2016-2020 có"),
        # the year's word misread too ("nắm": ocrwords)
        ("mục tiêu nắm 2O21", "mục tiêu năm 2021"),
        ("6 thảng đầu nảm 20 19", "6 tháng đầu năm 2019"),
    ],
)
def test_a_misread_year_in_a_years_place_is_a_year(read: str, meant: str) -> None:
    assert repair_ocr_text(read) == meant
    assert repair_ocr_text(meant) == meant  # twice changes nothing


@pytest.mark.parametrize(
    "text",
    [
        "Trong năm 221 hộ thoát nghèo",  # a count after a lost comma
        "trong năm 2 021 hộ được hỗ trợ",  # a thousands group after a space, then a count
        "kết quả năm 202.",  # 2020 to 2029: no one year
        "Năm 209, xã có",  # 2009 or 2019
        "khoảng 215-220 triệu đồng",  # a range of amounts, no year
        "các năm 2020 2021 và 2022",  # years written whole
        "năm 20 2021",  # a year written whole after a number
        "giai đoạn II (2016-2020)",
        "năm học 2021-2022",
        "Việt Nam có 8.000 xã",
        "năm 1 lần",
    ],
)
def test_what_a_year_cannot_be_told_from_stays(text: str) -> None:
    assert fix_years(text) == text
    assert repair_ocr_text(text) == text


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["năm ", "giai đoạn ", "30/9/", "tháng 6/", "quý II/", "2016-"]),
    st.integers(min_value=1900, max_value=2099),
    st.sampled_from(["", ",", ".", " đạt", " có 12 xã", "-2025", " hộ"]),
)
def test_a_year_written_right_never_changes(before: str, year: int, after: str) -> None:
    text = f"{before}{year}{after}"
    assert fix_years(text) == text


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Hội nghị ngày 30l9/2021 tại xã", "Hội nghị ngày 30/9/2021 tại xã"),
        ("Thứ Ba, 14|9|2021 08:15", "Thứ Ba, 14/9/2021 08:15"),
        ("tính đến 31/12I2022, toàn huyện", "tính đến 31/12/2022, toàn huyện"),
        # a 1 read for the slash, after the date's words or before its clock
        ("ký ngày 3019/2021 về việc", "ký ngày 30/9/2021 về việc"),
        ("đăng 15/812022 10:20", "đăng 15/8/2022 10:20"),
        ("đến tháng 912021 đạt", "đến tháng 9/2021 đạt"),
        ("(18/1111930 - 18/11/2018)", "(18/11/1930 - 18/11/2018)"),  # a year glued on
        ("(18111/1930 - 18/11/2018)", "(18/11/1930 - 18/11/2018)"),  # no count: 18111 > 1930
    ],
)
def test_a_dates_slash_read_as_another_mark_is_a_slash(read: str, meant: str) -> None:
    assert repair_ocr_text(read) == meant
    assert repair_ocr_text(meant) == meant


@pytest.mark.parametrize(
    "text",
    [
        "có 3019/2021 hộ đạt",  # a count: before what it counts
        "Quyết định số 1019/2021/QĐ-UBND",  # a decision's number and year
        "ngày 1112/2021",  # 1/12 or 11/2: two dates fit
        "giảm 1l5 hộ",  # no date shape
        "ngày 30/9/2021",
        "ngày 11/11/2021 lúc 10:00",
        "tháng 12/2022",
    ],
)
def test_what_is_no_date_or_fits_two_stays(text: str) -> None:
    assert fix_date_marks(text) == text


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=31),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1900, max_value=2099),
    st.sampled_from(["ngày ", "Thứ hai, ", "đến ", "(", ""]),
)
def test_a_date_written_right_never_changes(day: int, month: int, year: int, before: str) -> None:
    text = f"{before}{day}/{month}/{year} 10:15"
    assert fix_date_marks(text) == text


# --- numerals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("trong quý IIl năm 2021", "trong quý III năm 2021"),
        ("đến hết quý lV/2020", "đến hết quý IV/2020"),
        ("bước sang giai đoạn H, tỉnh", "bước sang giai đoạn II, tỉnh"),
        ("kết quả quỹ Il năm 2022", "kết quả quý II năm 2022"),  # "quỹ": ocrwords
    ],
)
def test_a_periods_numeral_with_an_i_misread_is_roman(read: str, meant: str) -> None:
    assert repair_ocr_text(read) == meant
    assert repair_ocr_text(meant) == meant


@pytest.mark.parametrize(
    "text", ["quý 1 năm 2021", "giai đoạn I", "quý IV/2020", "giai đoạn Hai", "giai đoạn 11"]
)
def test_a_numeral_written_right_or_a_word_stays(text: str) -> None:
    assert fix_numerals(text) == text


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        (
            "xong 30 xã. Năm 2023; huyện phấn đấu thêm 4 xã",
            "xong 30 xã. Năm 2023, huyện phấn đấu thêm 4 xã",
        ),
        (
            "Trong giai đoạn 2021-2025; tỉnh dành 900 tỷ đồng",
            "Trong giai đoạn 2021-2025, tỉnh dành 900 tỷ đồng",
        ),
        ("Đến hết năm 2019; toàn tỉnh có 50 xã", "Đến hết năm 2019, toàn tỉnh có 50 xã"),
    ],
)
def test_the_comma_after_a_year_opening_a_sentence_read_as_a_semicolon(
    read: str, meant: str
) -> None:
    assert fix_opening_year(read) == meant
    assert repair_ocr_text(read) == meant


@pytest.mark.parametrize(
    "text",
    [
        "có 5 xã (năm 2020); 8 xã (năm 2021)",  # a list's items
        "đạt chuẩn năm 2018; năm 2019 thêm 3 xã",  # not opening the sentence
        "Năm 2018; Năm 2019",  # a capital after: a list of headings
        "Năm 2020; 12 xã về đích",  # a count after: a list, maybe
    ],
)
def test_a_semicolon_after_a_year_inside_a_list_stays(text: str) -> None:
    assert repair_ocr_text(text) == text
