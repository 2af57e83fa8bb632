"""A text that names no unit of its own takes the unit its file's name names (the last clue,
as a page's address is online); a text naming its unit, or another province, keeps its own."""

from __future__ import annotations

from readfacts import MakeDocument, report_and_facts

from baocao.model import Coverage, Level

NO_PLACE = (
    "Đến hết năm 2022, đã có 14/16 xã đạt chuẩn nông thôn mới, trong đó 3 xã đạt chuẩn nông "
    "thôn mới nâng cao. Thu nhập bình quân đầu người đạt 52 triệu đồng/người/năm.\n"
)


def test_a_text_naming_no_place_takes_its_file_names_unit(make_document: MakeDocument) -> None:
    report, facts = report_and_facts(
        make_document, NO_PLACE, name="yen-thanh-nghean-district-2022.txt"
    )
    assert report.unit is not None
    assert (report.unit.name, report.unit.level) == ("Yên Thành", Level.DISTRICT)
    assert report.province is not None and report.province.name == "Nghệ An"
    coverage = [f for f in facts if isinstance(f, Coverage)]
    assert coverage and all(f.region == "huyện Yên Thành" for f in coverage)


def test_a_file_named_for_nothing_leaves_the_unit_unknown(make_document: MakeDocument) -> None:
    report, _ = report_and_facts(make_document, NO_PLACE, name="bao-cao-2022.txt")
    assert report.unit is None


def test_a_text_naming_its_unit_keeps_it_whatever_the_file_name(
    make_document: MakeDocument,
) -> None:
    text = "Huyện Diễn Châu (Nghệ An): " + NO_PLACE
    report, _ = report_and_facts(make_document, text, name="yen-thanh-nghean-district.txt")
    assert report.unit is not None and report.unit.name == "Diễn Châu"


def test_a_file_named_for_another_province_than_the_texts_says_nothing(
    make_document: MakeDocument,
) -> None:
    text = NO_PLACE + "Tỉnh Lào Cai phấn đấu đến năm 2025 có thêm 10 xã đạt chuẩn.\n"
    report, _ = report_and_facts(make_document, text, name="yen-thanh-nghean-district.txt")
    assert report.unit is None or report.unit.name != "Yên Thành"


def test_a_text_naming_no_place_takes_its_folders_unit(make_document: MakeDocument) -> None:
    # a researcher's folders: the province, then the district, then a file named for neither
    report, facts = report_and_facts(
        make_document, NO_PLACE, name="/home/nc/ntm/Nghe An/Yen Thanh/bao-cao-2022.txt"
    )
    assert report.unit is not None
    assert (report.unit.name, report.unit.level) == ("Yên Thành", Level.DISTRICT)
    coverage = [f for f in facts if isinstance(f, Coverage)]
    assert coverage and all(f.region == "huyện Yên Thành" for f in coverage)
