"""Wording classes the report-structure probe (tests/test_report_wording_grammar.py) found
misread, each with variants written here (none copied from a report).

1. A list of unmet criteria numbered once, then bare numbers ("còn 3 tiêu chí chưa đạt gồm:
   tiêu chí số 4, 9 và 16") gave the verdict of the first item only: the numbers after it are
   criteria of the same list.
2. A criterion's section headed by its name alone ("Tiêu chí Điện:"), the text under it, then
   its assessment line ("Tự đánh giá: đạt."): the assessment had no criterion (only numbered
   headings gave one), so no verdict was read.
3. A list item that is a criterion's whole name and its verdict ("- Nhà ở dân cư: chưa đạt.")
   gave no verdict: only items opening with "Tiêu chí" did. Items naming a thing or an
   indicator, or a rate after the colon, still give none.
4. A commune's header writing its district above its own name ("UBND HUYỆN A ⏎ ỦY BAN NHÂN DÂN
   XÃ B", "ỦY BAN NHÂN DÂN ⏎ HUYỆN A ⏎ XÃ B") made the district the report's unit, so every
   fact of the commune's report was the district's.
5. A table of criteria and their results whose result column is headed "Kết quả" or "Kết quả
   tự đánh giá", every cell "Đạt"/"Chưa đạt", gave no verdicts: "Kết quả" is a rate's column
   elsewhere, and "Kết quả tự đánh giá" was read as one too.
6. A district's list of its communes with each one's count in brackets ("xã A (18/19 tiêu
   chí), xã B (16/19 tiêu chí)") gave no counts: no verb stood before the ratios.
"""

from __future__ import annotations

import pytest
from readfacts import facts_of, of_kind
from tablefacts import make_document as table_document
from tablefacts import table_facts

from baocao.model import CriteriaCount, Verdict

_COMMUNE = (
    "ỦY BAN NHÂN DÂN\nXÃ NGHĨA ĐỒNG\nSố: 41/BC-UBND\n"
    "Nghĩa Đồng, ngày 18 tháng 6 năm 2024\n\nBÁO CÁO\n"
    "Kết quả xây dựng nông thôn mới năm 2023\n\n"
)


def _verdicts(make_document, text: str) -> set[tuple[str, int, bool]]:
    return {
        (v.subject, v.criterion, v.met) for v in of_kind(facts_of(make_document, text), Verdict)
    }


# -- 1. a list numbered once, then bare numbers -----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        ("Xã đạt 16/19 tiêu chí, còn 3 tiêu chí chưa đạt gồm: tiêu chí số 4, 9 và 16.", (4, 9, 16)),
        ("Các tiêu chí chưa đạt của xã: tiêu chí số 7; 12 và 18.", (7, 12, 18)),
        ("Xã còn 02 tiêu chí chưa đạt là tiêu chí số 6 và 14.", (6, 14)),
    ],
)
def test_bare_numbers_after_a_numbered_item_are_criteria(
    make_document, sentence: str, numbers: tuple[int, ...]
) -> None:
    got = _verdicts(make_document, _COMMUNE + sentence + "\n")
    assert got == {("xã Nghĩa Đồng", n, False) for n in numbers}


# -- 2. a criterion's section headed by its name, its assessment line under the text ----------


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        (
            "Tiêu chí Điện:\nHệ thống lưới điện của xã được cải tạo, bảo đảm an toàn.\n"
            "Tự đánh giá: đạt.\n",
            (4, True),
        ),
        (
            "- Tiêu chí về Nhà ở dân cư\nNhà tạm, nhà dột nát đã được xóa hết.\n"
            "Kết quả: chưa đạt.\n",
            (9, False),
        ),
        (
            "Tiêu chí Văn hóa:\nCác thôn duy trì tốt hoạt động văn nghệ, thể thao.\n"
            "Nhà văn hóa thôn được sửa chữa.\nĐánh giá: Đạt.\n",
            (16, True),
        ),
    ],
)
def test_an_assessment_under_a_named_heading_is_its_criterion(
    make_document, section: str, expected: tuple[int, bool]
) -> None:
    got = _verdicts(make_document, _COMMUNE + section)
    assert got == {("xã Nghĩa Đồng", *expected)}


# -- 3. a list item that is a criterion's whole name, then its verdict ------------------------


def test_list_items_named_by_criterion_give_verdicts(make_document) -> None:
    text = _COMMUNE + (
        "Kết quả tự đánh giá các tiêu chí:\n- Điện: Đạt.\n- Nhà ở dân cư: chưa đạt.\n"
        "+ Quốc phòng và An ninh: đạt\n"
    )
    assert _verdicts(make_document, text) == {
        ("xã Nghĩa Đồng", 4, True),
        ("xã Nghĩa Đồng", 9, False),
        ("xã Nghĩa Đồng", 19, True),
    }


@pytest.mark.parametrize(
    "line",
    [
        "- Trạm y tế xã: đạt.\n",  # a thing named, not a criterion
        "- Tỷ lệ người dân tham gia bảo hiểm y tế: đạt.\n",  # an indicator
        "- Giao thông: đạt 96,2%.\n",  # a rate, no verdict
    ],
)
def test_items_that_are_no_criterion_name_give_no_verdict(make_document, line: str) -> None:
    assert _verdicts(make_document, _COMMUNE + line) == set()


# -- 4. a commune's header with its district above it ---------------------------------------


@pytest.mark.parametrize(
    "issuer",
    [
        "UBND HUYỆN TÂN KỲ\nỦY BAN NHÂN DÂN XÃ NGHĨA ĐỒNG\n",
        "ỦY BAN NHÂN DÂN\nHUYỆN TÂN KỲ\nXÃ NGHĨA ĐỒNG\n",
        "UBND HUYỆN TÂN KỲ\nUBND XÃ NGHĨA ĐỒNG\n",
    ],
)
def test_a_commune_header_under_its_district_is_the_commune(make_document, issuer: str) -> None:
    text = (
        issuer + "Số: 52/BC-UBND\nNghĩa Đồng, ngày 9 tháng 12 năm 2024\n\nBÁO CÁO\n"
        "Kết quả xây dựng nông thôn mới năm 2024\n\n"
        "Tiêu chí số 8 về Thông tin và Truyền thông: Đạt.\n"
    )
    assert _verdicts(make_document, text) == {("xã Nghĩa Đồng", 8, True)}


# -- 5. a criterion | result table whose results are verdicts --------------------------------


@pytest.mark.parametrize("column", ["Kết quả", "Kết quả tự đánh giá", "Kết quả tự đánh giá của xã"])
def test_a_result_column_of_verdicts_gives_verdicts(column: str) -> None:
    document = table_document(
        [
            ("STT", "Tiêu chí", column),
            ("4", "Điện", "Đạt"),
            ("9", "Nhà ở dân cư", "Chưa đạt"),
            ("16", "Văn hóa", "đạt"),
        ]
    )
    got = {(f.criterion, f.met) for f in of_kind(table_facts(document), Verdict)}
    assert got == {(4, True), (9, False), (16, True)}


def test_a_result_column_of_rates_gives_no_verdicts() -> None:
    document = table_document(
        [("STT", "Tiêu chí", "Kết quả"), ("11", "Hộ nghèo", "2,1%"), ("15", "Y tế", "Đạt")]
    )
    assert of_kind(table_facts(document), Verdict) == []


# -- 6. each commune's count in brackets after its name --------------------------------------

_DISTRICT = (
    "ỦY BAN NHÂN DÂN\nHUYỆN TÂN KỲ\nSố: 301/BC-UBND\n"
    "Tân Kỳ, ngày 14 tháng 12 năm 2024\n\nBÁO CÁO\n"
    "Kết quả xây dựng nông thôn mới năm 2024\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Các xã còn lại: xã Nghĩa Đồng (18/19 tiêu chí), xã Giai Xuân (16/19 tiêu chí).",
        "Kết quả từng xã như sau: xã Nghĩa Đồng (18/19 tiêu chí); xã Giai Xuân (đạt 16/19 tiêu "
        "chí).",
    ],
)
def test_a_count_in_brackets_after_a_commune_is_its_own(make_document, sentence: str) -> None:
    counts = of_kind(facts_of(make_document, _DISTRICT + sentence + "\n"), CriteriaCount)
    assert {(c.subject, c.met, c.of, c.unmet) for c in counts} == {
        ("xã Nghĩa Đồng", 18, 19, False),
        ("xã Giai Xuân", 16, 19, False),
    }


# -- 7. a commune's numbered heading over its criteria's numbered sections -------------------


def test_a_commune_heading_governs_the_sections_nested_in_it(make_document) -> None:
    text = _DISTRICT + (
        "2. Xã Giai Xuân\n2.1. Tiêu chí số 4 về Điện:\nLưới điện được nâng cấp.\n"
        "Tự đánh giá: đạt.\n2.2. Tiêu chí số 9 về Nhà ở dân cư: chưa đạt.\n"
        "3. Xã Nghĩa Đồng\n3.1. Tiêu chí số 16 về Văn hóa: Đạt.\n"
    )
    assert _verdicts(make_document, text) == {
        ("xã Giai Xuân", 4, True),
        ("xã Giai Xuân", 9, False),
        ("xã Nghĩa Đồng", 16, True),
    }


def test_a_heading_that_is_no_place_alone_governs_nothing(make_document) -> None:
    text = _DISTRICT + (
        "2. Kết quả tại xã Giai Xuân và các xã lân cận\n2.1. Tiêu chí số 4 về Điện: Đạt.\n"
    )
    assert _verdicts(make_document, text) == {("huyện Tân Kỳ", 4, True)}


# -- 8. a lead line ending in the commune, over its sections or items ------------------------


def test_a_lead_line_naming_a_commune_governs_the_sections_after_it(make_document) -> None:
    text = _DISTRICT + (
        "Tự đánh giá mức độ đạt các tiêu chí của xã Giai Xuân:\n"
        "1. Tiêu chí số 4 về Điện:\nLưới điện được nâng cấp.\nĐánh giá: đạt.\n"
        "2. Tiêu chí số 9 về Nhà ở dân cư: chưa đạt.\n"
    )
    assert _verdicts(make_document, text) == {
        ("xã Giai Xuân", 4, True),
        ("xã Giai Xuân", 9, False),
    }


def test_a_lead_line_naming_a_commune_governs_its_items(make_document) -> None:
    text = _DISTRICT + "Kết quả rà soát của xã Nghĩa Đồng:\n- Điện: Đạt.\n- Văn hóa: chưa đạt.\n"
    assert _verdicts(make_document, text) == {
        ("xã Nghĩa Đồng", 4, True),
        ("xã Nghĩa Đồng", 16, False),
    }


def test_a_lead_line_with_prose_between_governs_nothing(make_document) -> None:
    text = _DISTRICT + (
        "Đoàn đã làm việc tại xã Giai Xuân:\nCác tiêu chí được rà soát theo quy định.\n"
        "1. Tiêu chí số 4 về Điện: Đạt.\n"
    )
    assert _verdicts(make_document, text) == {("huyện Tân Kỳ", 4, True)}
