"""The country as a text's unit in texts of 2025-2026 that never write "cả nước" (dev set
dev2026; FACTS.md: national figures have the place "cả nước"): a text on a decision or
programme the centre issues ("Phó Thủ tướng … ký Quyết định …/QĐ-TTg", "Bộ … đã ban hành
Quyết định phê duyệt Chương trình …") naming no place of its own; a text naming no place
that counts more communes than any province has; and "an toàn xã hội" is no commune
speaking of itself. Every example is our own wording."""

from __future__ import annotations

from readfacts import report_and_facts as facts_of

from baocao.model import Level, Percentage
from baocao.nlp.metadata import read_metadata


def _level(text: str) -> Level | None:
    unit = read_metadata(text).unit
    return unit.level if unit is not None else None


def test_a_decision_of_the_centre_is_the_countrys_text() -> None:
    for text in (
        "Phó Thủ tướng Lê Văn Ba vừa ký Quyết định số 12/2027/QĐ-TTg ban hành bộ tiêu chí "
        "mới về xã nông thôn mới giai đoạn 2026-2030. Bộ tiêu chí gồm 10 tiêu chí.\n",
        "Thủ tướng Chính phủ đã phê duyệt khung thí điểm xã nông thôn mới hiện đại. Khung "
        "gồm 3 nhóm xã theo trình độ phát triển.\n",
    ):
        assert _level(text) is Level.NATIONAL


def test_a_ministry_approving_a_programme_is_the_countrys_text(make_document) -> None:
    text = (
        "Bộ Nông nghiệp và Môi trường đã ban hành Quyết định phê duyệt Chương trình giai đoạn "
        "2026-2035. Chương trình bảo đảm an ninh, trật tự an toàn xã hội ở vùng biên giới. "
        "Phấn đấu giảm tỷ lệ hộ nghèo vùng núi xuống dưới 8%.\n"
    )
    assert _level(text) is Level.NATIONAL
    _, facts = facts_of(make_document, text)
    poor = next(f for f in facts if isinstance(f, Percentage) and f.value == 8.0)
    assert poor.subject == "cả nước"


def test_a_province_on_the_same_decision_stays_the_provinces() -> None:
    text = (
        "Thực hiện Quyết định số 12/2027/QĐ-TTg của Thủ tướng Chính phủ, tỉnh Hòa Định đã có "
        "40 xã đạt chuẩn nông thôn mới.\n"
    )
    assert _level(text) is Level.PROVINCE


def test_an_unnamed_text_counting_beyond_any_province_is_the_countrys() -> None:
    for text in (
        "Theo thống kê, số xã đạt chuẩn nông thôn mới năm 2016 là 1.530 xã (chiếm 17%).\n",
        "Đến hết năm 2013, đã có 480 xã đạt chuẩn, 2.100 xã đạt từ 10 đến 14 tiêu chí.\n",
    ):
        assert _level(text) is Level.NATIONAL


def test_an_unnamed_text_with_a_province_sized_count_stays_unplaced() -> None:
    assert _level("Đến nay đã có 35 xã đạt chuẩn nông thôn mới.\n") is not Level.NATIONAL


def test_public_safety_is_no_commune_speaking_of_itself() -> None:
    for text in (
        "Theo Bộ Nông nghiệp và Môi trường, cả nước có 5.900 xã đạt chuẩn; bảo đảm an toàn xã "
        "hội ở nông thôn.\n",
        "Văn phòng Điều phối Trung ương cho biết cả nước có 70% số xã đạt chuẩn, góp phần ổn "
        "định toàn xã hội.\n",
    ):
        assert _level(text) is Level.NATIONAL
