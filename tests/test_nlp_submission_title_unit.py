"""A submission proposing one unit below its issuer (set AS's report-like class, our own
wordings): "TỜ TRÌNH" is a title word as "BÁO CÁO" is, and when its title proposes or
appraises one unit deeper than the issuer ("Đề nghị thẩm định, xét công nhận xã A đạt chuẩn
…"; ``proposal_title`` cues), the figures that name no place are that unit's — its money,
income and poor households — not the issuer's, whose name in the header heads nothing under
the title. A place the body names keeps its figure; a title naming no one unit changes
nothing."""

from __future__ import annotations

import pytest
from readfacts import facts_of, report_and_facts

ISSUER = "ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG ẢNG\nSố: 88/TTr-UBND\n\nTỜ TRÌNH\n"
BODY = (
    "\nTổng nguồn vốn huy động năm 2023 là 41.200 triệu đồng, trong đó vốn lồng ghép 9.000 "
    "triệu đồng.\nThu nhập bình quân đầu người năm 2023 đạt 45 triệu đồng/người/năm.\n"
)


def places(facts) -> set[str]:
    return {f.region if f.kind in ("coverage", "funding") else f.subject for f in facts}


@pytest.mark.parametrize(
    "title",
    [
        "Đề nghị thẩm định, xét công nhận xã Ẳng Nưa đạt chuẩn nông thôn mới năm 2023",
        "Về việc xét công nhận xã Ẳng Nưa đạt chuẩn nông thôn mới năm 2023",
    ],
)
def test_the_figures_of_a_submission_are_the_proposed_units(make_document, title: str) -> None:
    report, facts = report_and_facts(make_document, ISSUER + title + "\n" + BODY)
    assert report.title is not None and "Ẳng Nưa" in report.title
    assert places(facts) == {"xã Ẳng Nưa"}
    assert report.unit is not None and report.unit.name == "Mường Ảng"  # the issuer still


def test_a_place_the_body_names_keeps_its_figure(make_document) -> None:
    title = "Đề nghị xét công nhận xã Ẳng Nưa đạt chuẩn nông thôn mới năm 2023\n"
    body = "\nNăm 2023, toàn huyện có 6/9 xã đạt chuẩn nông thôn mới.\n" + BODY
    facts = facts_of(make_document, ISSUER + title + body)
    (count,) = [f for f in facts if f.kind == "coverage"]
    assert count.region == "huyện Mường Ảng"


@pytest.mark.parametrize(
    "title",
    [
        "Đề nghị phân bổ vốn xây dựng nông thôn mới năm 2023 cho các xã",
        "Đề nghị xét công nhận xã Ẳng Nưa và xã Ẳng Tở đạt chuẩn nông thôn mới năm 2023",
    ],
)
def test_a_title_proposing_no_one_unit_leaves_the_issuer(make_document, title: str) -> None:
    facts = facts_of(make_document, ISSUER + title + "\n" + BODY)
    assert places(facts) == {"huyện Mường Ảng"}


def test_a_report_of_the_issuer_is_unchanged(make_document) -> None:
    text = ISSUER.replace("TỜ TRÌNH", "BÁO CÁO") + "Kết quả xây dựng nông thôn mới năm 2023\n"
    assert places(facts_of(make_document, text + BODY)) == {"huyện Mường Ảng"}
