"""Units as they stood before the 2025 merger, in texts of the new map (vocab/former.py).

A text written after 1 July 2025 describes parts of a new province by the units it was made
of ("khu vực tỉnh X (cũ)", "các xã thuộc Y trước khi sáp nhập", "địa bàn huyện Z cũ"), then
the whole new province. Each part is the former unit, on the old map, labelled "(cũ)"; the
whole is the new unit; the auditor never takes one's count for the other's. Every sentence
and number here is our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import Doc, extracted

from baocao.audit import audit_facts
from baocao.audit.common import place_identity
from baocao.audit.denominators import check_denominators
from baocao.evaluate import subject_key
from baocao.model import Coverage, Fact, Funding, Percentage, Report
from baocao.vocab.former import former_after, is_former, mentioned_former, without_former

_TAY_NINH_2025 = (
    "UBND TỈNH TÂY NINH\n"
    "Tây Ninh, ngày 22 tháng 9 năm 2025\n\n"
    "BÁO CÁO\nKết quả xây dựng nông thôn mới 9 tháng năm 2025\n\n"
)
_TUYEN_QUANG_2026 = (
    "UBND TỈNH TUYÊN QUANG\n"
    "Tuyên Quang, ngày 16 tháng 3 năm 2026\n\n"
    "BÁO CÁO\nKết quả thực hiện Chương trình xây dựng nông thôn mới năm 2025\n\n"
)


def _places(facts: list[tuple[int, Fact]]) -> list[tuple[str, str | None, int | None]]:
    """(place, code, first number) of each coverage, funding and percentage fact."""
    out: list[tuple[str, str | None, int | None]] = []
    for _, f in facts:
        if isinstance(f, Coverage):
            out.append((f.region, f.region_code, f.units_met))
        elif isinstance(f, Funding):
            out.append((f.region, f.region_code, None))
        elif isinstance(f, Percentage):
            out.append((f.subject, f.subject_code, None))
    return out


# -- the marks -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tỉnh Kon Tum (cũ) có 40/86 xã", "Kon Tum"),
        ("Bến Tre trước khi sáp nhập, có 70 xã", "Bến Tre"),
        ("huyện Tam Nông cũ có 9/12 xã", "Tam Nông"),
        ("Hòa Bình trước sắp xếp có 101 xã", "Hòa Bình"),
        ("tỉnh Hà Nam trước hợp nhất có 82 xã", "Hà Nam"),
        ("Nam Định trước khi hợp nhất có 204 xã", "Nam Định"),
        ("Vĩnh Long trước sáp nhập có 90 xã", "Vĩnh Long"),
    ],
)
def test_a_former_mark_after_a_place(text: str, name: str) -> None:
    assert former_after(text, text.index(name) + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [("tỉnh Kon Tum có 40 xã", "Kon Tum"), ("huyện Tam Nông trước năm 2020 có 14 xã", "Tam Nông")],
)
def test_no_former_mark(text: str, name: str) -> None:
    assert not former_after(text, text.index(name) + len(name))


def test_former_labels() -> None:
    assert is_former("tỉnh Long An (cũ)") and is_former("huyện Cờ Đỏ ( cũ )")
    assert not is_former("tỉnh Long An") and not is_former(None)
    assert without_former("tỉnh Long An (cũ)") == "tỉnh Long An"
    # a gold file may write a former unit with or without its mark: its code tells it apart
    assert subject_key("tỉnh Long An (cũ)") == subject_key("tỉnh Long An")


def test_the_whole_by_its_level_after_a_former_mention_is_not_former() -> None:
    text = "Địa bàn tỉnh Lào Cai trước sáp nhập có 90/127 xã. Toàn tỉnh có 160 xã đạt chuẩn."
    at = text.index("160")
    assert not mentioned_former(text, "Lào Cai", "tỉnh", at, at + 3)
    at = text.index("90/127")
    assert mentioned_former(text, "Lào Cai", "tỉnh", at, at + 6)


# -- resolution: the former unit, on the old map ---------------------------------------------


def test_parts_of_a_new_province_in_a_text_of_september_2025(tmp_path: Path) -> None:
    body = (
        "Tại các xã thuộc Long An trước khi sáp nhập: có 41/96 xã đạt chuẩn nông thôn mới.\n"
        "Khu vực tỉnh Tây Ninh (cũ) có 19/70 xã đạt chuẩn nông thôn mới.\n"
        "Toàn tỉnh có 60 xã đạt chuẩn nông thôn mới.\n"
    )
    facts, extraction = extracted(tmp_path / "tn.txt", _TAY_NINH_2025 + body)
    assert _places(facts) == [
        ("tỉnh Long An (cũ)", "80", 41),  # Long An's own code (which the new Tây Ninh reuses)
        ("tỉnh Tây Ninh (cũ)", "72", 19),  # the old Tây Ninh, not the new one (80)
        ("tỉnh Tây Ninh", "80", 60),  # the whole: the new province
    ]
    # the report is the new province's
    assert extraction.report.unit is not None and extraction.report.unit.code == "80"
    assert extraction.report.province is not None and extraction.report.province.code == "80"


def test_parts_of_a_new_province_in_a_text_of_2026(tmp_path: Path) -> None:
    body = (
        "Khu vực tỉnh Hà Giang (cũ) có 52/193 xã đạt chuẩn nông thôn mới, tổng vốn huy động "
        "950 tỷ đồng.\n"
        "Trên địa bàn tỉnh Tuyên Quang trước sáp nhập có 77/124 xã đạt chuẩn nông thôn mới.\n"
        "Toàn tỉnh có 129 xã đạt chuẩn nông thôn mới.\n"
    )
    facts, extraction = extracted(tmp_path / "tq.txt", _TUYEN_QUANG_2026 + body)
    places = _places(facts)
    assert ("tỉnh Hà Giang (cũ)", "02", 52) in places
    assert ("tỉnh Hà Giang (cũ)", "02", None) in places  # its money too
    assert ("tỉnh Tuyên Quang (cũ)", "08", 77) in places  # one code, the old unit's label
    assert ("tỉnh Tuyên Quang", "08", 129) in places
    assert extraction.report.unit is not None
    assert extraction.report.unit.written.upper() == "TỈNH TUYÊN QUANG"
    assert not is_former(extraction.report.unit.written)


def test_former_districts_and_bare_provinces_after_khu_vuc_and_dia_ban(tmp_path: Path) -> None:
    header = "Đồng Tháp: nông thôn mới sau hợp nhất\nThứ Năm, 06/11/2025\n\n"
    body = (
        "Năm 2025, khu vực Tiền Giang (cũ) có 131/144 xã đạt chuẩn nông thôn mới; 48/144 xã "
        "đạt chuẩn nông thôn mới nâng cao.\n"
        "Địa bàn huyện Cao Lãnh cũ có 12/17 xã đạt chuẩn nông thôn mới.\n"
        "Toàn tỉnh Đồng Tháp hiện có 88/102 xã đạt chuẩn nông thôn mới.\n"
    )
    facts, extraction = extracted(tmp_path / "dt.txt", header + body)
    places = _places(facts)
    assert ("tỉnh Tiền Giang (cũ)", "82", 131) in places
    assert ("tỉnh Tiền Giang (cũ)", "82", 48) in places  # the clause after the semicolon
    [cao_lanh] = [p for p in places if p[2] == 12]
    assert cao_lanh[0] == "huyện Cao Lãnh (cũ)" and cao_lanh[1] is not None
    assert len(cao_lanh[1]) == 3  # a district of the old map
    assert ("tỉnh Đồng Tháp", "82", 88) in places
    assert extraction.report.unit is not None and extraction.report.unit.code == "82"


def test_a_text_of_the_old_map_keeps_its_places(tmp_path: Path) -> None:
    # before the merger "(cũ)" names units merged earlier; the old map is the text's own
    text = (
        "UBND HUYỆN TAM NÔNG\nTam Nông, ngày 10 tháng 12 năm 2023\n\nBÁO CÁO\n"
        "Kết quả xây dựng nông thôn mới năm 2023\n\n"
        "Huyện Tam Nông cũ có 9/12 xã đạt chuẩn nông thôn mới.\n"
    )
    facts, _ = extracted(tmp_path / "tn2023.txt", text)
    assert all(not is_former(place) for place, _, _ in _places(facts))


# -- the auditor -----------------------------------------------------------------------------


def test_no_finding_compares_a_former_part_with_the_new_whole(tmp_path: Path) -> None:
    texts = [
        _TAY_NINH_2025
        + "Khu vực tỉnh Tây Ninh (cũ) có 19/70 xã đạt chuẩn nông thôn mới.\n"
        + "Toàn tỉnh có 75 xã đạt chuẩn nông thôn mới.\n",
        _TUYEN_QUANG_2026
        + "Trên địa bàn tỉnh Tuyên Quang trước sáp nhập có 77/124 xã đạt chuẩn nông thôn "
        + "mới.\nToàn tỉnh có 129 xã đạt chuẩn nông thôn mới.\n",
    ]
    for i, text in enumerate(texts):
        facts, extraction = extracted(tmp_path / f"t{i}.txt", text)
        found = audit_facts(facts, report=extraction.report, text=text)
        assert [f for f in found if f.kind == "denominator_mismatch"] == [], text


def test_denominators_keep_a_former_unit_apart_from_the_new_one_of_its_code() -> None:
    report = Report(period="2025", date="2026-03-16")
    doc = Doc()
    old, new = "tỉnh Tuyên Quang (cũ)", "tỉnh Tuyên Quang"
    doc.coverage("77/124 xã đạt chuẩn", 77, 124, region=old, region_code="08")
    doc.coverage("124/124 xã đạt tiêu chí điện", 124, 124, region=old, region_code="08")
    doc.coverage("129/260 xã đạt chuẩn", 129, 260, region=new, region_code="08")
    doc.coverage("260/260 xã có điện", 260, 260, region=new, region_code="08")
    assert check_denominators(doc.facts, report=report) == []
    # a former unit's own counts are still checked against each other
    doc.coverage("70/125 xã đạt chuẩn", 70, 125, region=old, region_code="08")
    [found] = check_denominators(doc.facts, report=report)
    assert "70/125" in found.explain


def test_place_identity_of_a_former_unit() -> None:
    assert place_identity("tỉnh Long An (cũ)", "80") != place_identity("tỉnh Tây Ninh", "80")
    assert place_identity("tỉnh Long An (cũ)", "80") == place_identity("tỉnh Long An (cũ)", "80")
    assert place_identity("huyện Cờ Đỏ (cũ)") != place_identity("huyện Cờ Đỏ")


@pytest.mark.parametrize(
    ("header", "body", "odd"),
    [
        (
            _TUYEN_QUANG_2026,
            "Khu vực tỉnh Hà Giang (cũ) có 193 xã. Đến nay khu vực này có 70/195 xã đạt chuẩn "
            "nông thôn mới.\nToàn tỉnh có 158/310 xã đạt chuẩn nông thôn mới.\n",
            "70/195",
        ),
        (
            _TAY_NINH_2025,
            "Huyện Cần Đước trước sáp nhập có 15 xã, đến nay có 12/16 xã đạt chuẩn nông thôn "
            "mới.\nToàn tỉnh có 60/96 xã đạt chuẩn nông thôn mới.\n",
            "12/16",
        ),
    ],
)
def test_a_whole_stated_for_a_former_unit_is_that_units(
    tmp_path: Path, header: str, body: str, odd: str
) -> None:
    text = header + body
    facts, extraction = extracted(tmp_path / "whole.txt", text)
    found = [
        f
        for f in audit_facts(facts, report=extraction.report, text=text)
        if f.kind == "denominator_mismatch"
    ]
    assert [odd in f.explain and "(cũ)" in f.explain for f in found] == [True]


def test_former_communes_are_their_own_units_not_the_new_commune(tmp_path: Path) -> None:
    # two old communes merged into one new commune: two units, so no count of one is
    # checked against the other's
    text = (
        "UBND TỈNH TÂY NINH\nTây Ninh, ngày 05 tháng 1 năm 2026\n\nBÁO CÁO\n"
        "Kết quả xây dựng nông thôn mới năm 2025\n\n"
        "Xã Long Hựu Đông (cũ) đạt 19/19 tiêu chí. Xã Long Hựu Tây trước khi sáp nhập đạt "
        "17/19 tiêu chí.\n"
        "Huyện Châu Thành (cũ) có 12/14 xã đạt chuẩn nông thôn mới.\n"
    )
    facts, extraction = extracted(tmp_path / "communes.txt", text)
    subjects = [(f.subject, f.subject_code) for _, f in facts if f.kind == "criteria_count"]
    assert subjects == [("xã Long Hựu Đông (cũ)", "28144"), ("xã Long Hựu Tây (cũ)", "28153")]
    # a district both old provinces of the new one had: the name as written, no code
    assert ("huyện Châu Thành (cũ)", None, 12) in _places(facts)
    found = audit_facts(facts, report=extraction.report, text=text)
    assert [f for f in found if f.kind == "count_mismatch"] == []
