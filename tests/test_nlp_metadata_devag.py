"""Report metadata of web pages, written the ways the devag development set showed the
extractor misreading them: a headline counting district-level units in words, with mixed
kinds or as "địa phương", over their recognitions; a local portal's caption naming a commune
over the country's goals; an undated text setting out one horizon's goals as a list. Every
text is our own wording."""

from __future__ import annotations

import pytest

from baocao.model import Level
from baocao.nlp.metadata import read_metadata

# -- a headline counting district-level units: the units its body recognises by name -------


@pytest.mark.parametrize(
    "text",
    [
        # the count in words, two kinds, and the province named in the headline
        "Hai huyện, thị xã thuộc tỉnh Hà Nam về đích nông thôn mới\n\n"
        "Phó Thủ tướng vừa ký quyết định công nhận huyện Kim Bảng, tỉnh Hà Nam đạt chuẩn nông "
        "thôn mới năm 2019; công nhận thị xã Duy Tiên, tỉnh Hà Nam hoàn thành nhiệm vụ xây "
        "dựng nông thôn mới năm 2019.\n"
        "Toàn tỉnh Hà Nam hiện có 90 xã đạt chuẩn nông thôn mới.\n",
        "Hà Nam: Thêm hai huyện đạt chuẩn nông thôn mới\n\n"
        "Thủ tướng Chính phủ đã công nhận huyện Kim Bảng và huyện Thanh Liêm đạt chuẩn nông "
        "thôn mới năm 2019.\n",
    ],
)
def test_districts_a_headline_counts_in_words_are_the_units(text: str) -> None:
    raw = read_metadata(text)
    assert len(raw.units) == 2
    assert raw.unit is not None and raw.unit.level is Level.DISTRICT
    assert raw.province is not None and raw.province.name == "Hà Nam"


def test_places_a_headline_counts_are_the_units_recognised_one_a_line() -> None:
    text = (
        "Ba địa phương được công nhận đạt chuẩn nông thôn mới\n\n"
        "Ngày 5/3, Thủ tướng đã ký các quyết định công nhận 3 địa phương.\n"
        "Quyết định số 301/QĐ-TTg công nhận huyện Yên Lạc, tỉnh Vĩnh Phúc đạt chuẩn nông "
        "thôn mới năm 2019.\n"
        "Quyết định số 302/QĐ-TTg công nhận huyện Kim Bảng, tỉnh Hà Nam đạt chuẩn nông thôn "
        "mới năm 2019.\n"
        "Quyết định số 303/QĐ-TTg công nhận thị xã Duy Tiên, tỉnh Hà Nam hoàn thành nhiệm vụ "
        "xây dựng nông thôn mới năm 2019.\n"
    )
    raw = read_metadata(text)
    assert [u.name for u in raw.units] == ["Yên Lạc", "Kim Bảng", "Duy Tiên"]
    # units of several provinces: the first one's province
    assert raw.province is not None and raw.province.name == "Vĩnh Phúc"
    assert raw.period == "2019"


def test_districts_a_province_headline_counts_but_the_body_only_lists_are_no_units() -> None:
    # no recognition of them: the province's tally
    text = (
        "Hà Nam có hai huyện đạt chuẩn nông thôn mới\n\n"
        "Toàn tỉnh hiện có 2 huyện là huyện Kim Bảng và huyện Thanh Liêm đạt chuẩn; 80 xã "
        "đạt chuẩn nông thôn mới, bình quân 18 tiêu chí/xã.\n"
    )
    raw = read_metadata(text)
    assert raw.units == ()
    assert raw.unit is not None and raw.unit.level is Level.PROVINCE


# -- a caption naming a commune over the country's goals -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Người dân xã Nậm Ty tham gia làm đường giao thông nông thôn\n"
        "Theo nghị quyết, Quốc hội giao mục tiêu đến năm 2030:\n"
        "- Phấn đấu cả nước có ít nhất 90% số xã đạt chuẩn nông thôn mới;\n"
        "- Phấn đấu cả nước có ít nhất 60% số huyện đạt chuẩn nông thôn mới;\n"
        "- Phấn đấu thu nhập của người dân nông thôn tăng gấp 2 lần.\n",
        "Cổng làng văn hóa tại xã Nậm Ty\n"
        "Quốc hội vừa thông qua mục tiêu đến năm 2030:\n"
        "+ Phấn đấu cả nước có ít nhất 90% số xã đạt chuẩn nông thôn mới;\n"
        "+ Phấn đấu cả nước có 30 tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới.\n",
    ],
)
def test_a_caption_over_the_countrys_goals_leaves_the_text_national(text: str) -> None:
    raw = read_metadata(text)
    assert raw.unit is not None and raw.unit.level is Level.NATIONAL
    assert raw.province is None
    # an undated list of one horizon's goals is on the goals' year
    assert raw.period == "2030"


def test_a_commune_the_body_comes_back_to_keeps_its_headline() -> None:
    text = (
        "Xã Nậm Ty về đích nông thôn mới\n"
        "Quốc hội đặt mục tiêu cả nước có 90% số xã đạt chuẩn. Xã Nậm Ty đạt 19/19 tiêu "
        "chí, cả nước có thêm một xã vùng cao về đích.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and raw.unit.level is Level.COMMUNE


def test_a_goal_list_after_a_present_does_not_date_the_text() -> None:
    # a state of its own first: the list of goals is no period of the text
    text = (
        "Toàn tỉnh hiện có 80 xã đạt chuẩn nông thôn mới, năm 2023.\n"
        "Tỉnh đặt mục tiêu đến năm 2025:\n"
        "- Phấn đấu có 100 xã đạt chuẩn;\n"
        "- Phấn đấu bình quân 18 tiêu chí/xã.\n"
    )
    assert read_metadata(text).period != "2025"


# -- a state recalled "before that" after an undated present dates nothing ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thêm 4 xã đạt chuẩn nông thôn mới kiểu mẫu\n\n"
        "Vừa qua, UBND tỉnh đã công nhận thêm 4 xã đạt chuẩn nông thôn mới kiểu mẫu. Tính đến "
        "nay, toàn tỉnh có 30/150 xã đạt chuẩn kiểu mẫu. Trước đó, đến hết năm 2019, toàn bộ "
        "các xã của tỉnh đã đạt chuẩn nông thôn mới giai đoạn 2011-2019.\n",
        "Huyện có thêm xã nâng cao\n\n"
        "Đến nay, huyện đã có 12/20 xã đạt chuẩn nâng cao. Trước đây, năm 2018, huyện được công "
        "nhận đạt chuẩn nông thôn mới.\n",
    ],
)
def test_a_state_recalled_before_an_undated_present_leaves_the_text_undated(text: str) -> None:
    assert read_metadata(text).period is None


def test_before_that_with_no_present_before_it_still_dates() -> None:
    text = (
        "Xã đón bằng công nhận\n\n"
        "Xã vừa tổ chức lễ đón bằng. Trước đó, năm 2021, xã được công nhận đạt chuẩn với 19/19 "
        "tiêu chí.\n"
    )
    assert read_metadata(text).period == "2021"


# -- a listing's headline run on to a teaser opening on the end of June ----------------------


@pytest.mark.parametrize(
    "text",
    [
        'Nông thôn mới qua các con số "ấn tượng" Đến 30/6/2024, cả nước có 6.100/7.600 xã '
        "(80,2%) đạt chuẩn nông thôn mới, 2.400 xã đạt chuẩn nâng cao.\n",
        "Chặng đường 2021-2025 nhìn lại Tính đến hết tháng 6/2024, toàn tỉnh có 120/150 xã đạt "
        "chuẩn nông thôn mới.\n",
    ],
)
def test_a_teaser_run_on_to_its_headline_opens_on_the_half(text: str) -> None:
    assert read_metadata(text).period == "2024-H1"


@pytest.mark.parametrize(
    "text",
    [
        # one figure's time mid-sentence, in small letters: the year
        "Toàn tỉnh có 120/150 xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo đến 30/6/2024 còn 3,1%.\n",
        # a later month written after it: not the half
        "Kết quả nổi bật năm 2024 Đến 30/6/2024, toàn tỉnh có 120/150 xã đạt chuẩn; đến "
        "30/9/2024 có 125 xã.\n",
    ],
)
def test_the_end_of_june_not_opening_a_teaser_keeps_the_reading(text: str) -> None:
    assert read_metadata(text).period != "2024-H1"
