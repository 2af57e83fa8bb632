"""News wordings of when and where (devaw): an article of a year's second half whose present
is undated while one figure is dated a year earlier; a 12-hour clock in the date line; a
paragraph that points back ("Các xã này …") to the place the paragraph before opened with;
a headline titling its unit by the standard it holds ("Xã nông thôn mới nâng cao X").
FACTS.md, "When and where a fact is, decided". Every text is our own wording of its class."""

from __future__ import annotations

import pytest
from readfacts import news_report_and_facts as read

from baocao.model import Level
from baocao.nlp.metadata import read_metadata

# -- 1. an undated present late in the year printed, last year's figure inside a sentence ---


@pytest.mark.parametrize(
    "text",
    [
        "Huyện Kim Bảng về đích nông thôn mới\nThứ năm, ngày 14/11/2019 08:30 GMT+7\n"
        "Sáng 14/11, UBND tỉnh Hà Nam công bố quyết định công nhận huyện Kim Bảng đạt chuẩn "
        "nông thôn mới. Huyện có 16 xã và 2 thị trấn.\n"
        "Đến nay, tỷ lệ hộ nghèo của huyện Kim Bảng còn 1,9%. Thu nhập bình quân đầu người "
        "năm 2018 đạt 45 triệu đồng.\n",
        "Huyện Chợ Mới được công nhận đạt chuẩn\n10:20 05/09/2019\n"
        "Thủ tướng vừa ký quyết định công nhận huyện Chợ Mới đạt chuẩn nông thôn mới.\n"
        "Hiện huyện Chợ Mới có 16/16 xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo đến cuối năm "
        "2018 còn 2,4%.\n",
    ],
)
def test_an_undated_present_late_in_the_year_printed_is_that_year(text: str) -> None:
    assert read_metadata(text).period == "2019"


@pytest.mark.parametrize(
    "text",
    [
        # printed in the first half: last year's figures are still the text's present
        "Huyện Kim Bảng về đích nông thôn mới\nThứ năm, ngày 14/03/2019 08:30 GMT+7\n"
        "Sáng 14/3, UBND tỉnh Hà Nam công bố quyết định công nhận huyện Kim Bảng đạt chuẩn "
        "nông thôn mới. Huyện có 16 xã và 2 thị trấn.\n"
        "Đến nay, tỷ lệ hộ nghèo của huyện Kim Bảng còn 1,9%. Thu nhập bình quân đầu người "
        "năm 2018 đạt 45 triệu đồng.\n",
        # the year opens its sentence: it dates the text's present itself
        "Huyện Chợ Mới được công nhận đạt chuẩn\nThứ năm, ngày 05/09/2019 10:20 GMT+7\n"
        "Tính đến cuối năm 2018, huyện Chợ Mới có 16/16 xã đạt chuẩn nông thôn mới. Hiện "
        "huyện đang hoàn thiện hồ sơ.\n",
    ],
)
def test_last_year_stays_the_present_early_in_the_year_or_when_it_opens_a_sentence(
    text: str,
) -> None:
    assert read_metadata(text).period == "2018"


def test_a_fact_of_the_undated_present_takes_the_year_printed(make_document) -> None:
    text = (
        "Huyện Kim Bảng về đích nông thôn mới\nThứ năm, ngày 14/11/2019 08:30 GMT+7\n"
        "Sáng 14/11, UBND tỉnh Hà Nam công bố quyết định công nhận huyện Kim Bảng đạt chuẩn "
        "nông thôn mới. Huyện có 16 xã và 2 thị trấn.\n"
        "Đến nay, tỷ lệ hộ nghèo của huyện Kim Bảng còn 1,9%. Thu nhập bình quân đầu người "
        "năm 2018 đạt 45 triệu đồng/người/năm.\n"
    )
    _, facts = read(make_document, text)
    periods = {f.value: f.period for f in facts if f.kind == "percentage"}
    assert periods == {1.9: "2019", 45.0: "2018"}


# -- 2. a 12-hour clock before the date ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("09:45 AM 12/10/2020 In bài viết", "2020-10-12"),
        ("04:10 PM 03/07/2018 | Chia sẻ", "2018-07-03"),
    ],
)
def test_a_twelve_hour_clock_before_the_date_dates_the_text(line: str, date: str) -> None:
    text = f"Xã Tân Hòa đạt chuẩn nông thôn mới\n\n{line}\n\nXã Tân Hòa đạt 19/19 tiêu chí.\n"
    assert read_metadata(text).date == date


# -- 3. a paragraph pointing back to the place the one before opened with --------------------


@pytest.mark.parametrize(
    ("second", "reference"),
    [("Huyện Vụ Bản", "Các xã này"), ("Huyện Giao Thủy", "Huyện này")],
)
def test_a_paragraph_pointing_back_speaks_of_the_place_before(
    make_document, second: str, reference: str
) -> None:
    text = (
        "Hai huyện đạt chuẩn nông thôn mới\n"
        "Huyện Ý Yên có 29/29 xã đạt chuẩn nông thôn mới.\n"
        "Tỷ lệ hộ nghèo của huyện Ý Yên còn 2,1%.\n"
        f"{second} có 17/17 xã đạt chuẩn nông thôn mới.\n"
        f"{reference} đều có đường giao thông được cứng hóa. Tỷ lệ hộ nghèo khu vực nông thôn "
        "của huyện còn 1,3%.\n"
    )
    _, facts = read(make_document, text)
    subjects = {f.value: f.subject for f in facts if f.kind == "percentage"}
    assert subjects[1.3] == second.replace("Huyện", "huyện")


def test_a_paragraph_not_pointing_back_is_not_carried(make_document) -> None:
    # twin: no back reference, so the second district's one-sentence paragraph is an item
    # of an enumeration, not the subject of the paragraph after it
    text = (
        "Hai huyện đạt chuẩn nông thôn mới\n"
        "Huyện Ý Yên có 29/29 xã đạt chuẩn nông thôn mới.\n"
        "Huyện Vụ Bản có 17/17 xã đạt chuẩn nông thôn mới.\n"
        "Năm qua, đường giao thông được cứng hóa. Tỷ lệ hộ nghèo toàn vùng còn 1,3%.\n"
    )
    _, facts = read(make_document, text)
    subjects = {f.value: f.subject for f in facts if f.kind == "percentage"}
    assert subjects[1.3] != "huyện Vụ Bản"


# -- 4. a headline titling its unit by the standard it holds ---------------------------------


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Xã nông thôn mới kiểu mẫu Hương Sơn: giữ vững thành quả", "Hương Sơn"),
        ("Xã NTM nâng cao Tân Lập - bước chuyển mới", "Tân Lập"),
    ],
)
def test_a_headline_titling_its_commune_by_its_standard_names_the_unit(
    headline: str, name: str
) -> None:
    # the district whose committee chose the commune, named first in the lead, is not the unit
    text = (
        f"{headline}\n\nLà một trong 3 xã được UBND huyện Phú Lương lựa chọn xây dựng nông "
        f"thôn mới nâng cao, xã {name} đã hoàn thành 19/19 tiêu chí.\n"
    )
    unit = read_metadata(text).unit
    assert unit is not None and unit.level is Level.COMMUNE and unit.name == name
