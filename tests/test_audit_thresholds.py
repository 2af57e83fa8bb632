"""threshold_contradiction: a value breaking its stated requirement, reported met."""

from __future__ import annotations

import pytest
from auditfacts import Doc

from baocao.audit.thresholds import Threshold, breaks, check_thresholds, parse_threshold
from baocao.model import Percentage, Severity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (">=85", Threshold(">=", 85.0)),
        ("<=24.2", Threshold("<=", 24.2)),
        ("≤ 5", Threshold("<=", 5.0)),
        ("100", Threshold("=", 100.0)),
        (None, None),
        ("cao", None),
    ],
)
def test_thresholds_parse(text: str | None, expected: Threshold | None) -> None:
    assert parse_threshold(text) == expected


def test_a_broken_requirement_with_a_met_verdict_is_flagged() -> None:
    doc = Doc()
    doc.percentage(
        "đạt 100% so với diện tích cần tưới (Tiêu chí yêu cầu: ≤ 85%)",
        100.0,
        criterion=3,
        threshold="<=85",
    )
    doc.verdict("Kết quả tự đánh giá: Đạt.", 3, True)
    (f,) = check_thresholds(doc.facts)
    assert f.kind == "threshold_contradiction" and f.severity == Severity.HIGH
    assert f.explain == (
        "criterion 3: value 100% breaks the stated requirement ≤ 85%, "
        "yet the criterion is reported met"
    )
    assert f.fact_ids == (1, 2)


def test_a_kept_requirement_is_not_flagged() -> None:
    doc = Doc()
    doc.percentage(
        "tham gia BHYT đạt 95% (Tiêu chí yêu cầu: ≥ 85%)", 95.0, criterion=15, threshold=">=85"
    )
    doc.percentage(
        "thu nhập đạt 38,6 triệu đồng/người/năm (yêu cầu ≥ 36 triệu đồng)",
        38.6,
        criterion=10,
        threshold=">=36",
        unit="triệu đồng/người/năm",
    )
    doc.verdict("Tiêu chí 15: Đạt", 15, True)
    doc.verdict("Tiêu chí 10: Đạt", 10, True)
    assert check_thresholds(doc.facts) == []


def test_a_broken_requirement_reported_unmet_is_no_contradiction() -> None:
    doc = Doc()
    doc.percentage(
        "tham gia BHYT đạt 80% (Tiêu chí yêu cầu: ≥ 85%)", 80.0, criterion=15, threshold=">=85"
    )
    doc.verdict("Tiêu chí 15: Chưa đạt", 15, False)
    assert check_thresholds(doc.facts) == []


def test_a_verdict_for_another_subject_or_scheme_does_not_count() -> None:
    doc = Doc()
    doc.percentage(
        "tham gia BHYT đạt 80% (Tiêu chí yêu cầu: ≥ 85%)", 80.0, criterion=15, threshold=">=85"
    )
    doc.verdict("xã Đông: Tiêu chí 15 Đạt", 15, True, subject="xã Đông")
    doc.verdict("NTM nâng cao: Tiêu chí 15 Đạt", 15, True, scheme="NTM nâng cao")
    assert check_thresholds(doc.facts) == []


def test_with_no_verdict_a_percentage_reported_met_counts() -> None:
    # "tỷ lệ hộ nghèo 6,2% (yêu cầu ≤ 5%) - Đạt.": the extractor reads the "Đạt" into ``met``.
    doc = Doc()
    doc.percentage(
        "tỷ lệ hộ nghèo 6,2% (yêu cầu ≤ 5%)", 6.2, criterion=11, threshold="<=5", met=True
    )
    (f,) = check_thresholds(doc.facts)
    assert f.severity == Severity.MEDIUM
    assert f.explain.endswith("yet the text reports it met")


@pytest.mark.parametrize("met", [None, False])
def test_with_no_verdict_a_percentage_not_reported_met_is_fine(met: bool | None) -> None:
    doc = Doc()
    doc.percentage(
        "tỷ lệ hộ nghèo 6,2% (yêu cầu ≤ 5%)", 6.2, criterion=11, threshold="<=5", met=met
    )
    assert check_thresholds(doc.facts) == []


def _pct(value: float, **fields: object) -> Percentage:
    return Percentage(
        document="d",
        document_sha256="d",
        page=None,
        start=0,
        end=1,
        quote="x",
        subject="xã A",
        value=value,
        **fields,
    )  # type: ignore[arg-type]


def test_an_approximation_that_may_meet_the_requirement_is_not_broken() -> None:
    at_least_85 = Threshold(">=", 85.0)
    assert breaks(_pct(75.0), at_least_85)
    assert not breaks(_pct(75.0, approx="trên"), at_least_85)  # "trên 75%" may be 90%
    assert not breaks(_pct(83.0, approx="khoảng"), at_least_85)  # within 5% of the limit
    assert breaks(_pct(60.0, approx="khoảng"), at_least_85)
    assert not breaks(_pct(80.0, value_max=90.0), at_least_85)  # "80-90%"
