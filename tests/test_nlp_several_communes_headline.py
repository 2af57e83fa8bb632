"""A headline naming several communes is the news of the province they lie in (as decided
in the second session for "Công nhận xã A, huyện X, xã B, huyện Y …"), also when it lists
them under one plural prefix with the second name bare ("… các xã A, B, huyện X đạt chuẩn
…", "hai xã A và B …"), and the body naming one of them more does not take the text from the
province. A page's text-size buttons ("A- A A+ | Tăng tương phản Giảm tương phản") are page
furniture, no headline. The texts are our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, news_report_and_facts

from baocao.model import Level


def _unit(make_document: MakeDocument, text: str) -> tuple[Level | None, str | None]:
    report, _ = news_report_and_facts(make_document, text)
    return (report.unit.level, report.unit.name) if report.unit else (None, None)


@pytest.mark.parametrize(
    "headline",
    [
        "Thẩm định, xét công nhận các xã Kim Chính, Như Hòa, huyện Kim Sơn đạt chuẩn nông thôn "
        "mới năm 2023",
        "Bỏ phiếu công nhận hai xã Gia Tân và Gia Hòa, huyện Gia Viễn đạt chuẩn nông thôn mới "
        "nâng cao",
    ],
)
def test_communes_listed_under_one_plural_prefix(
    make_document: MakeDocument, headline: str
) -> None:
    text = (
        f"{headline}\n\nSáng 5/12, Hội đồng thẩm định của tỉnh họp. Xã Kim Chính và xã Gia Tân "
        "đã hoàn thành các tiêu chí, xã Kim Chính có thu nhập cao.\n"
    )
    assert _unit(make_document, text) == (Level.PROVINCE, "Ninh Bình")


def test_one_commune_in_the_headline_stays_its_news(make_document: MakeDocument) -> None:
    text = (
        "Xã Kim Chính, huyện Kim Sơn đạt chuẩn nông thôn mới năm 2023\n\nSáng 5/12, xã Kim "
        "Chính tổ chức lễ đón nhận bằng công nhận.\n"
    )
    assert _unit(make_document, text) == (Level.COMMUNE, "Kim Chính")


@pytest.mark.parametrize("bar", ["A- A A+ | Tăng tương phản Giảm tương phản", "A – A A+"])
def test_text_size_buttons_are_no_headline(make_document: MakeDocument, bar: str) -> None:
    text = (
        f"{bar}\n\nCông nhận xã Kim Chính, huyện Kim Sơn và xã Gia Hòa, huyện Gia Viễn đạt "
        "chuẩn nông thôn mới\n\nUBND tỉnh vừa ký quyết định công nhận.\n"
    )
    assert _unit(make_document, text) == (Level.PROVINCE, "Ninh Bình")
