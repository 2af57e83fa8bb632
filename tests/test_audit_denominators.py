"""denominator_mismatch: K/N whose N is not the place's number of such units."""

from __future__ import annotations

from auditfacts import Doc

from baocao.audit.denominators import check_denominators
from baocao.model import Report, Severity

DISTRICT_2020 = Report(period="2020")


def test_an_n_other_than_the_one_most_statements_give_is_flagged() -> None:
    doc = Doc()
    doc.coverage("55/115 xã đạt tiêu chí số 2", 55, 115, criterion=2)
    doc.coverage("82/115 xã đạt tiêu chí số 6", 82, 115, criterion=6)
    doc.coverage("60/116 xã đạt tiêu chí số 7", 60, 116, criterion=7)
    (f,) = check_denominators(doc.facts, report=DISTRICT_2020)
    assert f.kind == "denominator_mismatch" and f.severity == Severity.MEDIUM
    assert f.quote == "60/116 xã đạt tiêu chí số 7"
    assert f.explain == "60/116 xã of huyện Yên Lạc: 2 statements give 115 xã, here 116"
    assert f.fact_ids == (3, 1, 2)


def test_the_whole_standard_count_is_the_reference_when_no_majority() -> None:
    doc = Doc()
    doc.coverage("Tổng số xã: 6 xã; 6 xã đạt chuẩn", 6, 6)
    doc.coverage("5/7 xã đạt tiêu chí số 2", 5, 7, criterion=2)
    (f,) = check_denominators(doc.facts, report=DISTRICT_2020)
    assert f.quote == "5/7 xã đạt tiêu chí số 2"


def test_a_tie_gives_no_reference() -> None:
    doc = Doc()
    doc.coverage("55/115 xã đạt tiêu chí số 2", 55, 115, criterion=2)
    doc.coverage("60/116 xã đạt tiêu chí số 7", 60, 116, criterion=7)
    assert check_denominators(doc.facts, report=DISTRICT_2020) == []


def test_things_counted_in_places_have_their_own_totals() -> None:
    doc = Doc()
    doc.coverage("6/6 xã đạt tiêu chí trường học", 6, 6, criterion=5)
    doc.coverage("6/6 xã có điểm bưu chính", 6, 6, criterion=8)
    doc.coverage("50/63 trường đạt chuẩn quốc gia", 50, 63, criterion=14, unit_kind="trường")
    doc.coverage("49/53 trường công lập", 49, 53, criterion=14, unit_kind="trường")
    doc.coverage(
        "1.118/1.441 thôn đạt danh hiệu văn hóa", 1118, 1441, criterion=16, unit_kind="thôn"
    )
    assert check_denominators(doc.facts, report=DISTRICT_2020) == []


def test_places_periods_and_goals_are_kept_apart() -> None:
    doc = Doc()
    doc.coverage("55/115 xã đạt tiêu chí số 2", 55, 115, criterion=2)
    doc.coverage("82/115 xã đạt tiêu chí số 6", 82, 115, criterion=6)
    doc.coverage("giai đoạn 2011-2015: 20/118 xã", 20, 118, criterion=2, period="2011-2015")
    doc.coverage("huyện Tam Dương: 10/12 xã", 10, 12, region="huyện Tam Dương")
    doc.coverage("phấn đấu 120/120 xã", 120, 120, target=True)
    assert check_denominators(doc.facts, report=DISTRICT_2020) == []


def test_an_official_count_that_differs_is_a_low_finding_beside_the_reports_own() -> None:
    doc = Doc()
    doc.coverage("55/115 xã", 55, 115, criterion=2, region_code="250")
    doc.coverage("82/115 xã", 82, 115, criterion=6, region_code="250")
    doc.coverage("60/116 xã", 60, 116, criterion=5, region_code="250")
    findings = check_denominators(doc.facts, report=DISTRICT_2020, official_counts={"250": 116})
    own = [f for f in findings if f.severity is Severity.MEDIUM]
    official = [f for f in findings if f.severity is Severity.LOW]
    assert [f.quote for f in own] == ["60/116 xã"]  # the report itself says 115 twice
    assert [f.quote for f in official] == ["55/115 xã", "82/115 xã"]
    assert "the official count on the pre-July-2025 map is 116" in official[0].explain


def test_an_official_count_that_agrees_adds_nothing() -> None:
    doc = Doc()
    doc.coverage("55/115 xã", 55, 115, criterion=2, region_code="250")
    doc.coverage("82/115 xã", 82, 115, criterion=6, region_code="250")
    assert check_denominators(doc.facts, report=DISTRICT_2020, official_counts={"250": 115}) == []


def test_more_units_met_than_exist_is_impossible() -> None:
    doc = Doc()
    doc.coverage("7/6 xã đạt tiêu chí số 2", 7, 6, criterion=2, unit_kind="xã")
    (f,) = check_denominators(doc.facts, report=DISTRICT_2020)
    assert f.severity == Severity.HIGH
    assert f.explain == "7/6 xã: more units than there are"


def test_a_set_of_communes_and_towns_is_not_held_to_the_communes_n() -> None:
    doc = Doc()
    doc.coverage("20/20 xã đạt tiêu chí số 2", 20, 20, unit_kind="xã", criterion=2)
    doc.coverage("20/20 xã đạt tiêu chí số 3", 20, 20, unit_kind="xã", criterion=3)
    doc.coverage(
        "22/22 xã, phường, thị trấn có nhà văn hóa", 22, 22, unit_kind="xã, phường, thị trấn"
    )
    doc.coverage("21/21 xã, thị trấn đạt tiêu chí số 7", 21, 21, unit_kind="xã, thị trấn")
    assert check_denominators(doc.facts, report=DISTRICT_2020) == []
    # the twin: the same N written of communes alone is held to it
    doc.coverage("21/21 xã đạt tiêu chí số 8", 21, 21, unit_kind="xã", criterion=8)
    (f,) = check_denominators(doc.facts, report=DISTRICT_2020)
    assert f.quote == "21/21 xã đạt tiêu chí số 8"


def test_an_advanced_standard_counted_among_the_communes_that_met_the_first_is_no_mismatch() -> (
    None
):
    doc = Doc()
    doc.coverage("41/58 xã đạt chuẩn nông thôn mới", 41, 58)
    doc.coverage("30/58 xã đạt tiêu chí số 2", 30, 58, criterion=2)
    doc.coverage("9/41 xã đạt chuẩn nông thôn mới nâng cao", 9, 41, scheme="NTM nâng cao")
    doc.coverage("3/9 xã đạt chuẩn nông thôn mới kiểu mẫu", 3, 9, scheme="NTM kiểu mẫu")
    assert check_denominators(doc.facts, report=DISTRICT_2020) == []
    # a standard's N larger than the unit's own is still one
    doc.coverage("12/60 xã đạt chuẩn nông thôn mới nâng cao", 12, 60, scheme="NTM nâng cao")
    (f,) = check_denominators(doc.facts, report=DISTRICT_2020)
    assert f.quote == "12/60 xã đạt chuẩn nông thôn mới nâng cao"
