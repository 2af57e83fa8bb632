"""A bulleted caption naming a second unit inside a news article ("* Huyện B:", "- Thị xã
C:", "+ Huyện D:", "• Huyện E:") after the article's own sentences: the facts under it are
that unit's (FACTS.md: the nearest place the heading names), while the text's unit stays the
one its headline and lead name. A caption over the headline (a kicker) is still the
headline's. The texts are our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, news_report_and_facts, place_of

LEAD = (
    "Kim Sơn: nhiều cách làm hay trong xây dựng nông thôn mới\n"
    "Năm 2022, huyện Kim Sơn có 18/25 xã đạt chuẩn nông thôn mới.\n"
)


@pytest.mark.parametrize(
    ("caption", "place"),
    [
        ("* Huyện Nho Quan:", "huyện Nho Quan"),
        ("- Thị xã Tam Điệp:", "thị xã Tam Điệp"),
        ("+ Huyện Yên Mô:", "huyện Yên Mô"),
        ("• Huyện Yên Mô:", "huyện Yên Mô"),
    ],
)
def test_the_facts_under_a_bulleted_caption_are_its_units(
    make_document: MakeDocument, caption: str, place: str
) -> None:
    text = (
        LEAD + caption + "\nNăm 2022, có 9/14 xã đạt chuẩn nông thôn mới, tỷ lệ hộ nghèo còn 4%.\n"
    )
    report, facts = news_report_and_facts(make_document, text)
    assert {f.quote.split()[0]: place_of(f) for f in facts} == {
        "18/25": "huyện Kim Sơn",
        "9/14": place,
        "4%": place,
    }
    assert report.unit is not None and report.unit.name == "Kim Sơn"


def test_a_caption_after_a_lead_naming_no_figure_is_still_its_units(
    make_document: MakeDocument,
) -> None:
    text = (
        "Huyện Kim Sơn tăng tốc về đích nông thôn mới\n"
        "Những năm qua, phong trào xây dựng nông thôn mới được người dân hưởng ứng.\n"
        "* Huyện Nho Quan:\nNăm 2022, có 9/14 xã đạt chuẩn nông thôn mới.\n"
    )
    report, facts = news_report_and_facts(make_document, text)
    assert [place_of(f) for f in facts] == ["huyện Nho Quan"]
    assert report.unit is not None and report.unit.name == "Kim Sơn"
