"""A province's recognition news that lists the communes it recognised by name and district
("… là: xã A (huyện X), B (huyện Y) và C (huyện Z)") is the province's news when it goes on
to the province's tally raised by them: "nâng số xã đạt chuẩn trên toàn tỉnh lên 52 xã",
"nâng tổng số xã NTM của tỉnh lên 41" (README, "Decisions", twelfth session; as "toàn tỉnh
đã có 117/200 xã" already was). Without the tally the communes stay the text's units. The
texts are our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, news_report_and_facts

from baocao.model import Level

LIST = (
    "Các xã được công nhận lần này gồm 3 xã là: Kim Chính (huyện Kim Sơn), Gia Tân (huyện "
    "Gia Viễn) và Như Hòa (huyện Kim Sơn).\n"
)


def _unit(make_document: MakeDocument, text: str) -> tuple[Level | None, str | None]:
    report, _ = news_report_and_facts(make_document, text)
    return (report.unit.level, report.unit.name) if report.unit else (None, None)


@pytest.mark.parametrize(
    "tally",
    [
        "nâng số xã đạt chuẩn nông thôn mới trên toàn tỉnh lên 52 xã",
        "nâng tổng số xã NTM của tỉnh lên 41 xã",
    ],
)
def test_the_tally_raised_makes_it_the_provinces_news(
    make_document: MakeDocument, tally: str
) -> None:
    text = (
        f"Chủ tịch UBND tỉnh Ninh Bình đã ký quyết định công nhận 3 xã đạt chuẩn nông thôn "
        f"mới, {tally}.\n\n{LIST}"
    )
    assert _unit(make_document, text) == (Level.PROVINCE, "Ninh Bình")


def test_without_the_tally_the_communes_are_the_units(make_document: MakeDocument) -> None:
    text = (
        "Chủ tịch UBND tỉnh Ninh Bình đã ký quyết định công nhận 3 xã đạt chuẩn nông thôn "
        f"mới.\n\n{LIST}"
    )
    assert _unit(make_document, text)[0] is Level.COMMUNE
