"""Place names misread by OCR: a name after its prefix that no unit has, within a small
accent-aware edit distance of exactly one name of the document's province (of the country,
for a province), is spelled as the gazetteer has it — on OCR pages only, before the page
text is built, so quotes still slice from the page text."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.extract import load, ocr
from baocao.extract.ocrplaces import (
    PlaceSpeller,
    close_enough,
    place_speller,
    spelling_distance,
)
from baocao.extract.source import Source
from baocao.model import Format

LAM_DONG = PlaceSpeller(frozenset({"lamdong"}))


def image_source() -> Source:
    return Source(Path("scan.png"), "scan.png", b"", "0" * 64, Format.IMAGE)


# --- the distance -------------------------------------------------------------------------------


def test_another_letter_costs_one_and_other_marks_on_a_letter_half() -> None:
    assert spelling_distance("Ninh Gla", "Ninh Gia") == (1.0, 1)
    assert spelling_distance("Đức Trọmg", "Đức Trọng") == (1.0, 1)
    assert spelling_distance("Lâm Đổng", "Lâm Đồng") == (0.5, 0)  # a tone misread
    assert spelling_distance("Cư Jüt", "Cư Jút") == (0.5, 0)  # a mark no Vietnamese has
    assert spelling_distance("Liên Nghĩ", "Liên Nghĩa") == (1.0, 1)  # a letter lost


def test_longer_names_may_differ_by_more_letters() -> None:
    assert close_enough("Tà Nãmg", "Tà Năng")  # one letter and a mark
    assert not close_enough("Tà Nxmg", "Tà Năng")  # two letters in a short name
    assert close_enough("Hiệp Tbạmh", "Hiệp Thạnh")  # two letters in a long one
    assert not close_enough("Lát", "Lắt")  # under four letters: never


# --- correcting -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("UBND xã Ninh Gla báo cáo", "UBND xã Ninh Gia báo cáo"),
        ("tại xã Hiệp Thạmh, huyện Đức Trọng", "tại xã Hiệp Thạnh, huyện Đức Trọng"),
        ("thị trấn Liên Nghĩ đạt chuẩn", "thị trấn Liên Nghĩa đạt chuẩn"),
        ("huyện Lâm Hả và huyện Đơn Dươmg", "huyện Lâm Hà và huyện Đơn Dương"),
        ("ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌMG", "ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG"),
        ("xã Phú Hộl Cửa khẩu", "xã Phú Hội Cửa khẩu"),  # a name run into the next word
    ],
)
def test_a_misread_name_is_spelled_as_the_one_name_of_its_province(read: str, meant: str) -> None:
    assert LAM_DONG.correct(read) == meant
    assert LAM_DONG.correct(meant) == meant  # twice changes nothing


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("xã Ea Kniếc, huyện Krông Bônq", "xã Ea Knuếc, huyện Krông Bông"),
        ("UBND xã Cư Prcng", "UBND xã Cư Prông"),
        # the map writes this name two ways (capitals inside a word in one): still one name
        ("xã Dur Kmäi", "xã Dur Kmăl"),
    ],
)
def test_names_of_the_central_highlands_are_spelled_too(read: str, meant: str) -> None:
    assert PlaceSpeller(frozenset({"daklak"})).correct(read) == meant


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Báo cáo của UBND tỉnh Quảnq Trị", "Báo cáo của UBND tỉnh Quảng Trị"),
        ("UBND TỈNH LÂM ĐỒMG", "UBND TỈNH LÂM ĐỒNG"),
        ("thành phố Hà Nộl có 382 xã", "thành phố Hà Nội có 382 xã"),
    ],
)
def test_a_misread_province_is_spelled_against_the_country(read: str, meant: str) -> None:
    assert PlaceSpeller().correct(read) == meant


@pytest.mark.parametrize(
    ("provinces", "read", "meant"),
    [
        # a tone or hat misread: the letters of one name of the province, marks none has
        ({"lamdong"}, "UBND huyện Đúc Trọng báo cáo", "UBND huyện Đức Trọng báo cáo"),
        ({"lamdong"}, "ỦY BAN NHÂN DÂN HUYỆN LẦM HÀ", "ỦY BAN NHÂN DÂN HUYỆN LÂM HÀ"),
        ({"nghean"}, "tỉnh Nghê An có 289 xã", "tỉnh Nghệ An có 289 xã"),
        # letters of a known name elsewhere, but marks none has: spelled in the province
        ({"vinhphuc"}, "huyện Tan Dương có 11 xã", "huyện Tam Dương có 11 xã"),
        # one name a whole letter closer than the next
        ({"quangninh"}, "tỉnh Quảng Ninb đạt", "tỉnh Quảng Ninh đạt"),
        # a number after the name is no part of it
        ({"nghean"}, "huyện Yêu Thành 27/31 xã", "huyện Yên Thành 27/31 xã"),
        # the end of the last syllable split off by a space
        ({"quangninh"}, "và tỉnh Quảng Ni nh cơ bản", "và tỉnh Quảng Ninh cơ bản"),
        ({"quangninh"}, "huyện Tiên Yê n có", "huyện Tiên Yên có"),
    ],
)
def test_a_name_with_a_mark_misread_or_split_is_spelled(
    provinces: set[str], read: str, meant: str
) -> None:
    speller = PlaceSpeller(frozenset(provinces))
    assert speller.correct(read) == meant
    assert speller.correct(meant) == meant


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Bộ mặt huvện Châu Thành, fỉnh Sóc Trăng", "Bộ mặt huyện Châu Thành, tỉnh Sóc Trăng"),
        ("UBND TỈNB SÓC TRĂNG", "UBND TỈNH SÓC TRĂNG"),
        ("các khóm của phườnq Khánh Hòa", "các khóm của phường Khánh Hòa"),
    ],
)
def test_a_prefix_with_a_letter_misread_before_a_name_of_its_level(read: str, meant: str) -> None:
    speller = PlaceSpeller(frozenset({"soctrang"}))
    assert speller.correct(read) == meant
    assert speller.correct(meant) == meant


@pytest.mark.parametrize(
    "text",
    [
        "tuyến Châu Thành - Long Phú",  # a word one letter from a prefix: a route
        "ước tính Sóc Trăng có 80 xã",
        "huvện Tân Bình",  # no district of Sóc Trăng
        "vùng Kinh Bắc",
    ],
)
def test_a_word_near_a_prefix_but_real_or_before_no_such_name_stays(text: str) -> None:
    assert PlaceSpeller(frozenset({"soctrang"})).correct(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "xã Diến Hoa",  # Diễn Hoa and Diên Hoa: two communes of Nghệ An
        "xã Diên Hoa, xã Diễn Hoa",  # both spelled right
        "thị xã Cửa Lò",
        "huyện Quỳ Hợp",
    ],
)
def test_a_mark_two_names_fit_or_a_name_spelled_right_stays(text: str) -> None:
    assert PlaceSpeller(frozenset({"nghean"})).correct(text) == text


def test_a_name_written_in_other_words_is_no_misreading() -> None:
    # "Sapa" is how many write Sa Pa; "Cư M’gar" the gazetteer's "Cư M'gar"
    assert PlaceSpeller(frozenset({"laocai"})).correct("thị xã Sapa") == "thị xã Sapa"
    daklak = PlaceSpeller(frozenset({"daklak"}))
    assert daklak.correct("huyện Cư M’gar; huyện Krông Pắc") == "huyện Cư M’gar; huyện Krông Pắc"


@pytest.mark.parametrize(
    "text",
    [
        "xã Tà Nxng",  # Tà Nung and Tà Năng are one letter away each
        "xã Lộc Thamh",  # Lộc Thanh and Lộc Thành
        "xã Phước Lộe",  # Phước Lộc, since merged, is as close as Phước Hội
        "xã Bình Chánh",  # a commune's name elsewhere in the country: not a misreading
        "xã An Hà và xã Tân Hà",
        "phường 1, phường Lát",  # numbers, and names too short to tell
        "xã Ninh Gia, huyện Lâm Hà, tỉnh Lâm Đồng",  # spelled right
        "xã Hội nghị, Xã Hộl",  # not a place (the prefix list's own guard), a bare syllable
    ],
)
def test_a_name_that_may_be_right_or_fits_more_than_one_is_left_alone(text: str) -> None:
    assert LAM_DONG.correct(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "năm nay các tỉnh Tây Nguyên có 61 xã đạt chuẩn",  # not Thái Nguyên
        "5 tỉnh Tây Nguyên đã huy động 900 tỷ đồng",
        "các tỉnh, thành phố Đông Nam Bộ dẫn đầu",
    ],
)
def test_a_region_after_tinh_names_its_provinces_and_is_no_misread_province(text: str) -> None:
    assert PlaceSpeller().correct(text) == text
    assert place_speller([text]) is None or place_speller([text]).correct(text) == text


def test_without_a_province_communes_are_not_corrected() -> None:
    assert PlaceSpeller().correct("xã Ninh Gla") == "xã Ninh Gla"


# --- the document's province ------------------------------------------------------------------


def test_the_province_is_the_one_the_pages_name_most() -> None:
    pages = [
        "UBND TỈNH LÂM ĐỒMG\nBáo cáo kết quả của tỉnh Lâm Đồng",
        "Học tập kinh nghiệm của tỉnh Bình Dương. Xã Ninh Gla đạt chuẩn; tỉnh Lâm Đồng",
    ]
    speller = place_speller(pages)
    assert speller == PlaceSpeller(frozenset({"lamdong"}))


def test_without_a_province_the_districts_named_tell_it() -> None:
    speller = place_speller(["UBND HUYỆN ĐỨC TRỌNG\nxã Ninh Gla đạt 19/19 tiêu chí"])
    assert speller is not None and speller.correct("xã Ninh Gla") == "xã Ninh Gia"


@pytest.mark.parametrize(
    ("pages", "province"),
    [
        (["UBND huyện Sôug Lô báo cáo", "xã Qnang Yên đạt 19/19 tiêu chí"], "vinhphuc"),
        (["ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌMG", "xã Ninh Gla"], "lamdong"),
    ],
)
def test_a_misread_district_still_tells_the_province(pages: list[str], province: str) -> None:
    # the one district of the country the misread name can be
    speller = place_speller(pages)
    assert speller is not None and speller.provinces == frozenset({province})


def test_a_text_naming_no_place_needs_no_gazetteer() -> None:
    assert place_speller(["Tổng kinh phí 125,6 tỷ đồng."]) == PlaceSpeller()


# --- only OCR text, offsets kept ----------------------------------------------------------------

PAGE = (
    "ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG\n"
    "Năm 2020, xã Ninh Gla, tỉnh Lâm Đồng đạt 19/19 tiêu chí.\n"
    "STT | Đơn vị | Số tiêu chí\n"
    "1 | xã Hiệp Thạmh | 18"
)


def test_an_ocr_page_gets_its_place_names_spelled_and_keeps_its_offsets() -> None:
    document = ocr.pages_to_builder([ocr.OcrPage(PAGE, 80.0)]).build(image_source())
    assert "xã Ninh Gia, tỉnh Lâm Đồng đạt 19/19" in document.text
    [table] = document.tables
    cell = table.rows[1][1]
    assert cell.text == "xã Hiệp Thạnh"
    assert document.text[cell.start : cell.end] == cell.text
    # the page text a cache keeps reads back the same (correcting twice changes nothing)
    [page] = document.pages
    cached = document.text[page.start : page.end]
    again = ocr.pages_to_builder([ocr.OcrPage(cached, None)]).build(image_source())
    assert again.text == document.text


def test_typed_text_is_never_corrected(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(PAGE.replace(" | ", "  "), encoding="utf-8")
    assert "xã Ninh Gla" in load(path).text


def test_a_scanned_page_about_a_region_keeps_the_region_as_the_place_of_its_facts() -> None:
    from readfacts import place_of

    from baocao.nlp import read_document
    from baocao.normalize import reading_to_facts

    text = (
        "Theo Ban Chỉ đạo, các tỉnh Tây Nguyên đã có 71/600 xã đạt chuẩn nông thôn mới, "
        "trong đó tỉnh Gia Lai có 20 xã."
    )
    document = ocr.pages_to_builder([ocr.OcrPage(text, 80.0)]).build(image_source())
    assert "Thái Nguyên" not in document.text
    _report, facts = reading_to_facts(document, read_document(document))
    [whole] = [f for f in facts if "71/600" in f.quote]
    assert place_of(whole) == "vùng Tây Nguyên"
