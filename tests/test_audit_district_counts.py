"""A province's K/N of district-level units, checked against the pre-July-2025 map.

The map (30 June 2025) gives An Giang 11 district-level units (7 huyện), Kiên Giang 15,
Nghệ An 20 (17 huyện), Cao Bằng 10 and Hà Nội 30 (17 huyện, 18 units with communes). A N more
than 3 outside the province's counts (from its huyện to all its units) is no count of that
province: a wrong province or a wrong number.
"""

from __future__ import annotations

from pathlib import Path

from auditfacts import Doc, audit_text

from baocao.audit.districtcounts import TOLERANCE, districts_against_the_map
from baocao.model import Report, Severity

IN_2023 = Report(period="2023", date="2023-12-20")


def test_a_total_of_another_province_is_flagged_with_the_map_count() -> None:
    doc = Doc()
    doc.coverage(
        "tỉnh An Giang có 6/15 huyện, thị xã, thành phố đạt chuẩn",
        6,
        15,
        region="tỉnh An Giang",
        region_code="89",
        unit_kind="huyện",
    )
    (f,) = districts_against_the_map(doc.facts, report=IN_2023)
    assert f.kind == "denominator_mismatch" and f.severity == Severity.MEDIUM
    assert "gives An Giang 11 district-level units (7 huyện)" in f.explain
    assert f.fact_ids == (1,)


def test_a_total_far_below_the_province_is_flagged() -> None:
    doc = Doc()
    doc.coverage(
        "5/11 đơn vị cấp huyện hoàn thành nhiệm vụ",
        5,
        11,
        region="tỉnh Hà Nội",
        region_code="01",
        unit_kind="đơn vị",
    )
    assert len(districts_against_the_map(doc.facts, report=IN_2023)) == 1


def test_the_province_own_total_is_silent() -> None:
    doc = Doc()
    for quote, met, total, kind in [
        ("8/11 đơn vị cấp huyện đạt chuẩn", 8, 11, "đơn vị"),
        ("4/7 huyện đạt chuẩn huyện nông thôn mới", 4, 7, "huyện"),
    ]:
        doc.coverage(quote, met, total, region="tỉnh An Giang", region_code="89", unit_kind=kind)
    doc.coverage(
        "13/18 huyện, thị xã đạt chuẩn",
        13,
        18,
        region="thành phố Hà Nội",
        region_code="01",
        unit_kind="huyện",
    )
    assert districts_against_the_map(doc.facts, report=IN_2023) == []


def test_an_older_total_within_the_years_changes_is_silent() -> None:
    # Cao Bằng had 13 district-level units before its 2020 mergers (10 on the map)
    doc = Doc()
    doc.coverage(
        "2/13 huyện, thành phố đạt chuẩn",
        2,
        13,
        region="tỉnh Cao Bằng",
        region_code="04",
        unit_kind="huyện",
    )
    assert TOLERANCE == 3
    assert districts_against_the_map(doc.facts, report=Report(period="2016")) == []


def test_a_described_group_of_the_province_units_is_not_checked() -> None:
    doc = Doc()
    for quote, met, total in [
        ("6/11 huyện miền núi đạt chuẩn", 6, 11),
        ("Trong số 11 huyện miền núi, có 3 huyện đạt chuẩn", 3, 11),
        ("2/4 huyện nghèo hoàn thành nhiệm vụ", 2, 4),
    ]:
        doc.coverage(quote, met, total, region="tỉnh Nghệ An", region_code="40", unit_kind="huyện")
    assert districts_against_the_map(doc.facts, report=IN_2023) == []


def test_a_statement_of_the_34_province_map_is_not_checked() -> None:
    # the new An Giang took Kiên Giang's code 91; districts are gone from 1 July 2025
    doc = Doc()
    doc.coverage(
        "3/26 đơn vị cấp huyện cũ đạt chuẩn",
        3,
        26,
        region="tỉnh An Giang",
        region_code="91",
        unit_kind="đơn vị",
    )
    assert districts_against_the_map(doc.facts, report=Report(date="2025-09-15")) == []
    assert districts_against_the_map(doc.facts, report=Report(period="2026")) == []


def test_a_count_of_communes_is_untouched() -> None:
    doc = Doc()
    doc.coverage("70/110 xã đạt chuẩn", 70, 110, region="tỉnh An Giang", region_code="89")
    doc.coverage(
        "40/110 xã đạt chuẩn nâng cao",
        40,
        110,
        region="tỉnh An Giang",
        region_code="89",
        unit_kind="xã",
    )
    assert districts_against_the_map(doc.facts, report=IN_2023) == []


def test_the_slip_is_found_in_a_text(tmp_path: Path) -> None:
    text = (
        "Huyện Gò Quao, tỉnh Kiên Giang về đích nông thôn mới\n"
        "Ngày 12/10/2023, huyện Gò Quao được công nhận đạt chuẩn nông thôn mới năm 2023. "
        "Tính đến nay An Giang đã có 8/15 huyện, thành phố đạt chuẩn nông thôn mới.\n"
    )
    found = audit_text(tmp_path, "go-quao.txt", text, ("denominator_mismatch",))
    assert [f.quote.startswith("8/15") for f in found] == [True]
    assert "An Giang 11 district-level units" in found[0].explain
