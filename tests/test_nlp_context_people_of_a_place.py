"""The people of a place, its name written bare after them ("người dân Quảng Bình", "nhân
dân Ninh Bình", "bà con Kon Tum"), are the subject of their clause: a figure in it is that
place's, over a place carried from the paragraph before ("Tại huyện A, …"). Every text is our
own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument
from readfacts import news_facts_of as facts_of

BEFORE = "Góp sức làm đường nông thôn mới\n\nTại huyện Bố Trạch, bà con hiến hơn 30.000m2 đất.\n\n"


def _places(make_document: MakeDocument, text: str, kind: str) -> list[str | None]:
    return [f.to_record().get("region") for f in facts_of(make_document, text) if f.kind == kind]


@pytest.mark.parametrize(
    "line",
    [
        "Ngoài ra, người dân Quảng Bình còn tự nguyện góp thêm khoảng 18 tỷ đồng để mở đường.",
        "Cùng với hiến đất, cán bộ và nhân dân Quảng Bình đã đóng góp trên 7 tỷ đồng, hàng "
        "nghìn ngày công để làm đường giao thông.",
    ],
)
def test_the_peoples_province_written_bare_is_the_place(
    make_document: MakeDocument, line: str
) -> None:
    assert _places(make_document, BEFORE + line + "\n", "funding") == ["tỉnh Quảng Bình"]


def test_a_district_named_before_written_bare_after_its_people(
    make_document: MakeDocument,
) -> None:
    text = (
        "Góp sức làm đường nông thôn mới\n\nTỉnh Quảng Bình có huyện Minh Hóa và huyện Bố "
        "Trạch là hai địa phương có nhiều hộ hiến đất.\n\nTại huyện Bố Trạch, bà con hiến hơn "
        "30.000m2 đất.\n\nTrong khi đó, bà con Minh Hóa đã góp gần 4 tỷ đồng làm đường.\n"
    )
    assert _places(make_document, text, "funding") == ["huyện Minh Hóa"]


def test_a_committee_is_no_people(make_document: MakeDocument) -> None:
    # twin: "Ủy ban nhân dân Quảng Bình" is an agency giving money, not the people
    line = "Năm 2024, Ủy ban nhân dân Quảng Bình hỗ trợ thêm 2 tỷ đồng để làm đường."
    assert _places(make_document, BEFORE + line + "\n", "funding") != ["tỉnh Quảng Bình"]
