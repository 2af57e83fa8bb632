"""Which documents are one report: keys computed from one document alone
(:mod:`baocao.store.links`)."""

from __future__ import annotations

from baocao.model import Level, Place, Report
from baocao.store.links import fold, is_appendix, report_keys

THAP_MUOI = Place(
    written="HUYỆN THÁP MƯỜI", prefix="huyện", name="Tháp Mười", level=Level.DISTRICT,
    code="872", province="Đồng Tháp", province_code="87",
)  # fmt: skip
REPORT = Report(
    unit=THAP_MUOI, number="318/BC-UBND", date="2021-12-15", period="2021",
    title="Tình hình thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2021",
)  # fmt: skip
OPENING = "ỦY BAN NHÂN DÂN\nHUYỆN THÁP MƯỜI\nSố: 318/BC-UBND"
APPENDIX = "PHỤ LỤC\n(Kèm theo báo cáo Tình hình thực hiện Chương trình …)\nBảng 1."


def test_names_fold_to_one_form() -> None:
    assert fold("THÁP MƯỜI") == fold("Tháp Mười") == "thap muoi"
    assert fold("Đức Trọng") == "duc trong"
    assert fold("318/BC-UBND") == fold("318 / BC – UBND") == "318 bc ubnd"
    assert fold(None) == ""


def test_an_appendix_says_so_in_its_first_lines() -> None:
    assert is_appendix(APPENDIX)
    assert is_appendix("\n  Phụ lục 2\nBảng tổng hợp")
    assert is_appendix("(Kèm theo Báo cáo số 25/BC-UBND)")
    assert not is_appendix(OPENING)
    assert not is_appendix(OPENING + "\nPHỤ LỤC")  # an appendix inside a report is its part


def test_a_report_is_its_unit_number_and_date_whatever_else_a_copy_misreads() -> None:
    keys = report_keys(REPORT, OPENING)
    assert keys == {
        "report_key": "872|no 318 bc ubnd|2021-12-15",
        "family_key": "872|2021",
        "appendix": False,
    }
    from dataclasses import replace

    scanned = replace(REPORT, period="2019", title="Tinh hinh thuc hien")  # OCR misreadings
    assert report_keys(scanned, OPENING)["report_key"] == keys["report_key"]
    other = replace(REPORT, number="319/BC-UBND")
    assert report_keys(other, OPENING)["report_key"] != keys["report_key"]


def test_without_a_number_a_report_is_its_unit_period_and_title() -> None:
    from dataclasses import replace

    appendix = replace(REPORT, number=None, date=None)
    keys = report_keys(appendix, APPENDIX)
    assert keys["appendix"] is True
    assert keys["family_key"] == "872|2021"  # the family its report shares
    assert keys["report_key"].startswith("872|2021|tinh hinh thuc hien")


def test_a_unit_without_a_code_is_its_level_name_and_province() -> None:
    from dataclasses import replace

    unit = replace(THAP_MUOI, code=None, written="huyện Tháp Mười")
    assert report_keys(replace(REPORT, unit=unit), OPENING)["family_key"] == (
        "~district:thap muoi@87|2021"
    )
    province = Place(written="tỉnh Nghệ An", prefix="tỉnh", name="Nghệ An", code="40")
    only_province = Report(province=province, period="2021")
    assert report_keys(only_province, APPENDIX)["family_key"] == "40|2021"
