"""A bare name that folds like a province's or a district's but writes other tones, and is
itself, accents and all, the name of a real unit elsewhere ("Lãng Sơn", a commune, beside
the province Lạng Sơn; "Phù Yên", a district, beside the province Phú Yên), is that unit's
name, never a slip for the other (vocab/places/bare.py, ``place_named``). A name with its tones
left out ("Lang Son", "Quang Bình") still stands for the official one. The texts are our own
wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, news_report_and_facts

from baocao.vocab.places import place_named


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Lãng Sơn", None),  # a commune of Bắc Giang
        ("Yên Bài", None),  # a commune of Hà Nội
        ("Phù Yên", ("huyện", "Phù Yên")),  # the district of Sơn La, not Phú Yên
        # twins: the official spelling, and one with its marks left out
        ("Lạng Sơn", ("tỉnh", "Lạng Sơn")),
        ("Lang Son", ("tỉnh", "Lạng Sơn")),
        ("Quang Bình", ("tỉnh", "Quảng Bình")),
        ("Phú Yên", ("tỉnh", "Phú Yên")),
    ],
)
def test_an_exact_name_of_another_unit_is_no_slip(
    written: str, expected: tuple[str, str] | None
) -> None:
    place = place_named(written)
    assert (place and (place.prefix, place.official_name)) == expected


def test_a_headline_naming_a_commune_like_a_province_is_the_communes(
    make_document: MakeDocument,
) -> None:
    text = (
        "Lãng Sơn về đích nông thôn mới\nCập nhật ngày 5/3/2020\n"
        "Ngày 4/3/2020, UBND tỉnh Bắc Giang công nhận xã Lãng Sơn, huyện Yên Dũng đạt chuẩn "
        "nông thôn mới. Xã Lãng Sơn đạt 19/19 tiêu chí.\n"
    )
    report, _ = news_report_and_facts(make_document, text)
    assert report.unit is not None
    assert (report.unit.level.value, report.unit.name) == ("commune", "Lãng Sơn")
    assert report.province is None or report.province.name == "Bắc Giang"
