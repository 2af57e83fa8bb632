"""A headline counting communes of one district ("Hai xã thuộc huyện X về đích …", "3 xã của
huyện Y đạt chuẩn …") over a body that names exactly that many near the top, one after the
other ("… tại hai xã A và xã B huyện X …"), is about those communes, each by name, as a
headline counting districts recognised in its lead already was (README, "Decisions",
twelfth session). A body naming fewer keeps the district. The texts are our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, news_report_and_facts

from baocao.model import Level


def _units(make_document: MakeDocument, text: str) -> tuple[Level | None, list[str]]:
    report, _ = news_report_and_facts(make_document, text)
    names = sorted(u.name for u in report.units) if report.units else []
    return (report.unit.level if report.unit else None), names


@pytest.mark.parametrize(
    ("headline", "lead", "want"),
    [
        (
            "Hai xã thuộc huyện Kim Sơn cán đích nông thôn mới",
            "Tuần qua, đoàn thẩm định của tỉnh đã kiểm tra kết quả tại hai xã Kim Chính và xã "
            "Như Hòa huyện Kim Sơn.",
            ["Kim Chính", "Như Hòa"],
        ),
        (
            "3 xã của huyện Đắk Song đạt chuẩn nông thôn mới năm 2021",
            "Hội đồng thẩm định tỉnh đã họp xét hồ sơ của xã Trường Xuân, xã Thuận Hà và xã "
            "Đắk Hòa.",
            ["Thuận Hà", "Trường Xuân", "Đắk Hòa"],
        ),
    ],
)
def test_the_communes_counted_and_named_are_the_units(
    make_document: MakeDocument, headline: str, lead: str, want: list[str]
) -> None:
    text = f"{headline}\n\n{lead} Các xã đều đã hoàn thành 19/19 tiêu chí.\n"
    level, names = _units(make_document, text)
    assert level is Level.COMMUNE
    assert sorted(n.casefold() for n in names) == sorted(n.casefold() for n in want)


def test_fewer_named_than_counted_keeps_the_district(make_document: MakeDocument) -> None:
    text = (
        "Hai xã thuộc huyện Kim Sơn cán đích nông thôn mới\n\nTuần qua, đoàn thẩm định đã "
        "kiểm tra kết quả tại xã Kim Chính huyện Kim Sơn. Huyện Kim Sơn đã có 20 xã đạt "
        "chuẩn.\n"
    )
    level, names = _units(make_document, text)
    assert names == [] or len(names) != 2
