"""cross_document: two reports that state different values for one fact."""

from __future__ import annotations

from auditfacts import Doc

from baocao.audit.crossdoc import audit_across
from baocao.model import Place, Report, Severity

VINH_PHUC = Place(written="tỉnh Vĩnh Phúc", prefix="tỉnh", name="Vĩnh Phúc")
THANH_HOA = Place(written="tỉnh Thanh Hóa", prefix="tỉnh", name="Thanh Hóa")


def report(province: Place | None = VINH_PHUC, period: str = "2020") -> Report:
    return Report(province=province, period=period)


def coverage_doc(name: str, met: int, **fields: object) -> Doc:
    doc = Doc(name)
    doc.coverage(f"{met}/115 xã đạt tiêu chí số 2", met, 115, criterion=2, **fields)
    return doc


def test_two_reports_disagreeing_on_one_coverage_are_both_flagged() -> None:
    a, b = coverage_doc("a.pdf", 55), coverage_doc("b.pdf", 57)
    findings = audit_across([(report(), a.facts), (report(), b.facts)])
    assert [(f.document, f.kind, f.severity) for f in findings] == [
        ("a.pdf", "cross_document", Severity.MEDIUM),
        ("b.pdf", "cross_document", Severity.MEDIUM),
    ]
    assert findings[0].explain == "here 55/115 xã (2020); b.pdf states 57/115 xã"
    assert findings[0].quote == "55/115 xã đạt tiêu chí số 2"


def test_reports_that_agree_are_not_flagged() -> None:
    a, b = coverage_doc("a.pdf", 55), coverage_doc("b.pdf", 55)
    assert audit_across([(report(), a.facts), (report(), b.facts)]) == []


def test_different_periods_provinces_and_goals_are_not_compared() -> None:
    a = coverage_doc("a.pdf", 55)
    assert (
        audit_across([(report(), a.facts), (report(period="2021"), coverage_doc("b", 57).facts)])
        == []
    )
    assert (
        audit_across([(report(), a.facts), (report(THANH_HOA), coverage_doc("c", 57).facts)]) == []
    )
    goal = coverage_doc("d.pdf", 115, target=True)
    assert audit_across([(report(), a.facts), (report(), goal.facts)]) == []


def test_without_province_or_code_a_place_name_is_not_enough() -> None:
    a, b = coverage_doc("a.pdf", 55), coverage_doc("b.pdf", 57)
    assert audit_across([(report(None), a.facts), (report(None), b.facts)]) == []
    a, b = (
        coverage_doc("a.pdf", 55, region_code="250"),
        coverage_doc("b.pdf", 57, region_code="250"),
    )
    assert len(audit_across([(report(None), a.facts), (report(None), b.facts)])) == 2


def test_a_key_stated_with_several_values_in_one_report_is_not_compared() -> None:
    a = Doc("a.pdf")
    a.coverage("6/6 xã có điểm bưu chính", 6, 6, criterion=8)
    a.coverage("5/6 xã có internet", 5, 6, criterion=8)
    b = Doc("b.pdf")
    b.coverage("4/6 xã đạt tiêu chí số 8", 4, 6, criterion=8)
    assert audit_across([(report(), a.facts), (report(), b.facts)]) == []


def test_funding_amounts_agree_within_their_written_rounding() -> None:
    a, b, c = Doc("a.pdf"), Doc("b.pdf"), Doc("c.pdf")
    a.funding("Tổng vốn: 484.574 triệu đồng", 484_574 * 10**6, unit_written="triệu đồng")
    b.funding("Tổng vốn: 484,6 tỷ đồng", 484_600 * 10**6, unit_written="tỷ đồng")
    assert audit_across([(report(), a.facts), (report(), b.facts)]) == []
    c.funding("Tổng vốn: 490 tỷ đồng", 490 * 10**9, unit_written="tỷ đồng")
    findings = audit_across([(report(), a.facts), (report(), c.facts)])
    assert [f.document for f in findings] == ["a.pdf", "c.pdf"]
    assert findings[0].explain.startswith("here 484.574 triệu đồng")


def test_verdicts_and_counts_are_compared_too() -> None:
    a, b = Doc("a.pdf"), Doc("b.pdf")
    a.verdict("Tiêu chí số 3: Đạt", 3, True)
    a.count("đạt 17/19 tiêu chí", 17, 19)
    b.verdict("Tiêu chí số 3: Chưa đạt", 3, False)
    b.count("đạt 16/19 tiêu chí", 16, 19)
    findings = audit_across([(report(), a.facts), (report(), b.facts)])
    assert len(findings) == 4


def test_two_files_of_one_report_are_not_compared() -> None:
    unit = Place(written="huyện Sông Lô", prefix="huyện", name="Sông Lô")
    same = Report(
        unit=unit, province=VINH_PHUC, number="125/BC-UBND", date="2020-12-15", period="2020"
    )
    docx, pdf = coverage_doc("bc.docx", 55), coverage_doc("bc.pdf", 57)  # the PDF misread
    assert audit_across([(same, docx.facts), (same, pdf.facts)]) == []
    other = Report(
        unit=unit, province=VINH_PHUC, number="130/BC-UBND", date="2020-12-20", period="2020"
    )
    assert len(audit_across([(same, docx.facts), (other, pdf.facts)])) == 2
