"""A news headline naming two or more communes is about them all, one by one: listed under
one plural prefix with their district after ("… các xã A, B, huyện X đạt chuẩn …"), each with
its district after a comma ("Công nhận xã A, huyện X, xã B, huyện Y và xã C, huyện Z …"),
or counted ("Hai xã thuộc huyện X về đích …") over a lead naming as many. Not when the text
goes on to its province's own tally (its recognitions are the province's news). A page's
text-size buttons ("A- A A+ | Tăng tương phản") are no headline. The texts are our own
wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, news_report_and_facts

from baocao.model import Level


def _units(make_document: MakeDocument, text: str) -> list[str]:
    report, _ = news_report_and_facts(make_document, text)
    assert report.unit is not None
    return [u.name for u in report.units] if report.units else [report.unit.name]


@pytest.mark.parametrize(
    "text",
    [
        "Thẩm định, xét công nhận các xã Yên Lộc, Yên Mật, huyện Kim Sơn đạt chuẩn nông thôn mới "
        "năm 2023\n\nSáng 5/12, đoàn thẩm định của tỉnh làm việc với hai xã.\n",
        "Công nhận xã Yên Lộc, huyện Kim Sơn và xã Gia Tân, huyện Gia Viễn đạt chuẩn nông thôn "
        "mới nâng cao\n\nUBND tỉnh vừa ban hành quyết định công nhận hai xã nói trên.\n",
    ],
)
def test_communes_listed_in_the_headline_are_the_units(
    make_document: MakeDocument, text: str
) -> None:
    units = _units(make_document, text)
    assert len(units) == 2
    assert units[0] == "Yên Lộc"
    report, _ = news_report_and_facts(make_document, text)
    assert report.unit is not None and report.unit.level is Level.COMMUNE


def test_three_communes_each_with_its_district(make_document: MakeDocument) -> None:
    text = (
        "Công nhận xã Kim Chính, huyện Kim Sơn, xã Gia Hòa, huyện Gia Viễn và xã Như Hòa, "
        "huyện Kim Sơn đạt chuẩn nông thôn mới năm 2024\n\nCác xã tiếp tục giữ vững tiêu chí.\n"
    )
    assert _units(make_document, text) == ["Kim Chính", "Gia Hòa", "Như Hòa"]


@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 3/4, đoàn công tác làm việc tại hai xã Gia Tân và xã Gia Hòa huyện Gia Viễn.",
        "Đoàn thẩm định đã kiểm tra các xã Gia Tân, Gia Hòa, huyện Gia Viễn.",
    ],
)
def test_communes_counted_in_the_headline_and_named_in_the_lead(
    make_document: MakeDocument, lead: str
) -> None:
    text = f"Hai xã thuộc huyện Gia Viễn về đích nông thôn mới\n\n{lead}\n"
    assert _units(make_document, text) == ["Gia Tân", "Gia Hòa"]


def test_a_lead_naming_other_than_the_count_leaves_the_district(
    make_document: MakeDocument,
) -> None:
    text = (
        "Hai xã thuộc huyện Gia Viễn về đích nông thôn mới\n\n"
        "Đoàn làm việc tại các xã Gia Tân, Gia Hòa, Gia Trung, huyện Gia Viễn.\n"
    )
    assert _units(make_document, text) != ["Gia Tân", "Gia Hòa", "Gia Trung"]


@pytest.mark.parametrize("bar", ["A- A A+ | Tăng tương phản Giảm tương phản", "A – A A+"])
def test_text_size_buttons_are_no_headline(make_document: MakeDocument, bar: str) -> None:
    text = (
        f"{bar}\n\nCông nhận xã Kim Chính, huyện Kim Sơn và xã Gia Hòa, huyện Gia Viễn đạt "
        "chuẩn nông thôn mới\n\nUBND tỉnh vừa ký quyết định công nhận.\n"
    )
    assert _units(make_document, text) == ["Kim Chính", "Gia Hòa"]


def test_a_text_going_on_to_its_province_s_tally_is_not_about_them(
    make_document: MakeDocument,
) -> None:
    text = (
        "Công nhận xã Kim Chính, huyện Kim Sơn và xã Gia Hòa, huyện Gia Viễn đạt chuẩn nông "
        "thôn mới\n\nUBND tỉnh vừa ký quyết định công nhận hai xã. Toàn tỉnh hiện có 95 xã đạt "
        "chuẩn nông thôn mới.\n"
    )
    report, _ = news_report_and_facts(make_document, text)
    assert not report.units or [u.name for u in report.units] != ["Kim Chính", "Gia Hòa"]
