"""A commune whose name is also a province's ("Đăk Nông" of Kon Tum, "Hà Nam" …), named
bare and described as a commune right after ("A - một trong 13 xã biên giới của tỉnh B") in
a text that also writes it "xã A": the commune is the subject and the text's unit, not the
province (set AR, opened in the eleventh session). Our own wordings of the class."""

from __future__ import annotations

import pytest

from baocao.model import Level
from baocao.nlp import read_document
from baocao.normalize import reading_to_facts
from baocao.vocab.places import described_communes


def read(make_document, body: str):
    document = make_document(body, name="tin.txt")
    return reading_to_facts(document, read_document(document))[:2]


@pytest.mark.parametrize(
    "body",
    [
        "Sau 5 năm, Đăk Nông - một trong 13 xã biên giới của tỉnh Kon Tum đã đạt 19/19 tiêu "
        "chí.\nNgười dân xã Đăk Nông góp 20 tỷ đồng.\nTỷ lệ hộ nghèo còn 7,5%.\n",
        "Năm nay, Đăk Nông, một trong 6 xã vùng cao của huyện Ngọc Hồi, đã đạt 19/19 tiêu "
        "chí.\nUBND xã Đăk Nông tổ chức lễ đón bằng công nhận.\nTỷ lệ hộ nghèo còn 7,5%.\n",
    ],
)
def test_the_described_commune_is_the_unit_and_the_subject(make_document, body) -> None:
    report, facts = read(make_document, body)
    assert report.unit is not None and report.unit.level is Level.COMMUNE
    assert report.unit.name == "Đăk Nông"
    counts = [f for f in facts if f.kind == "criteria_count"]
    assert [(f.subject, f.met, f.of) for f in counts] == [("xã Đăk Nông", 19, 19)]
    shares = [f for f in facts if f.kind == "percentage"]
    assert [f.subject for f in shares] == ["xã Đăk Nông"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Đăk Nông - một trong 13 xã biên giới. Xã Đăk Nông có 3.700 dân.", ["Đăk Nông"]),
        ("Tân Lập – xã vùng cao của huyện. UBND xã Tân Lập họp.", ["Tân Lập"]),
        # "xã" before a capital names another commune; a level word before the name makes it
        # that level's; a name never written "xã A" stays what the map says
        ("Kon Tum, xã Đăk Nông đạt chuẩn. Xã Kon Tum không có.", []),
        ("tỉnh Kon Tum - một trong 10 xã … xã Kon Tum", []),
        ("Đăk Nông - một trong 13 xã biên giới của tỉnh.", []),
    ],
)
def test_described_communes(text, names) -> None:
    assert [p.name for _, p in described_communes(text, 0, len(text))] == names
