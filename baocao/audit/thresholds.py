"""threshold_contradiction: a value that breaks its stated requirement, reported as met.

"… đạt 100% so với diện tích cần tưới (Tiêu chí yêu cầu: ≤ 85%)" under a criterion whose
self-assessment is "Đạt" cannot be right as written: either the value, the requirement or the
verdict is wrong. Flagged when the percentage states a threshold its value breaks and either a
verdict says the subject meets that criterion (high), or, with no verdict, the percentage
itself is reported met: the text right after its requirement says "Đạt" (``Percentage.met``,
read by the extractor; medium).

Approximate values are only held to a threshold when the approximation cannot rescue them
("trên 75%" may well be ≥ 80%).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from baocao.audit.common import IdFact, Where, finding, place_identity, scheme_key, vn
from baocao.model import Finding, Percentage, Severity, Verdict

KIND = "threshold_contradiction"

_THRESHOLD = re.compile(r"^\s*(>=|<=|≥|≤|>|<|=)?\s*(\d+(?:[.,]\d+)?)\s*%?\s*$")
_OPS = {"≥": ">=", "≤": "<="}
_SHOWN = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "="}
_MORE_THAN = ("trên", "hơn", "more")
_LESS_THAN = ("dưới", "gần", "nearly", "less", "below")
_ABOUT = ("khoảng", "about", "chừng", "xấp xỉ")
#: "khoảng 80%" against "≥ 85%": only a miss by more than this share of the limit counts.
ABOUT_MARGIN = 0.05


@dataclass(frozen=True)
class Threshold:
    op: str
    limit: float

    def shown(self, unit: str) -> str:
        """ "≤ 85%", "≥ 36 triệu đồng/người/năm"."""
        limit = vn(self.limit, _decimals(self.limit))
        return f"{_SHOWN[self.op]} {limit}{unit if unit == '%' else ' ' + unit}"


def _decimals(value: float) -> int:
    text = repr(float(value)).rstrip("0").rstrip(".")
    return len(text.partition(".")[2])


def parse_threshold(text: str | None) -> Threshold | None:
    """ ">=85" → Threshold(">=", 85.0); None for empty or unreadable thresholds."""
    if not text:
        return None
    m = _THRESHOLD.match(text)
    if not m:
        return None
    op = _OPS.get(m.group(1) or "=", m.group(1) or "=")
    return Threshold(op, float(m.group(2).replace(",", ".")))


def _holds(op: str, value: float, limit: float) -> bool:
    return {
        ">=": value >= limit,
        "<=": value <= limit,
        ">": value > limit,
        "<": value < limit,
        "=": value == limit,
    }[op]


def breaks(fact: Percentage, threshold: Threshold) -> bool:
    """Whether every value the statement allows breaks the threshold."""
    low = fact.value
    high = fact.value_max if fact.value_max is not None else fact.value
    approx = (fact.approx or "").lower()
    if any(w in approx for w in _MORE_THAN):
        high = float("inf")
    if any(w in approx for w in _LESS_THAN):
        low = float("-inf")
    if any(w in approx for w in _ABOUT):
        margin = abs(threshold.limit) * ABOUT_MARGIN
        low, high = low - margin, high + margin
    if threshold.op == "=":
        return not low <= threshold.limit <= high
    # Breaking means no allowed value holds: check both ends (thresholds are one-sided).
    return not (
        _holds(threshold.op, low, threshold.limit) or _holds(threshold.op, high, threshold.limit)
    )


def _verdict_key(subject: str, code: str | None, criterion: int | None, scheme: str) -> tuple:
    return (place_identity(subject, code), criterion, scheme_key(scheme))


def check_thresholds(facts: Sequence[IdFact]) -> list[Finding]:
    met: dict[tuple, list[int]] = {}
    for fid, fact in facts:
        if isinstance(fact, Verdict) and fact.met and not fact.target:
            key = _verdict_key(fact.subject, fact.subject_code, fact.criterion, fact.scheme)
            met.setdefault(key, []).append(fid)
    findings = []
    for fid, fact in facts:
        if not isinstance(fact, Percentage) or fact.target:
            continue
        threshold = parse_threshold(fact.threshold)
        if threshold is None or not breaks(fact, threshold):
            continue
        value = vn(fact.value, _decimals(fact.value))
        required = threshold.shown(fact.unit)
        shown = f"{value}{fact.unit if fact.unit == '%' else ' ' + fact.unit}"
        about = f"criterion {fact.criterion}: " if fact.criterion is not None else ""
        verdicts = met.get(
            _verdict_key(fact.subject, fact.subject_code, fact.criterion, fact.scheme), []
        )
        if fact.criterion is not None and verdicts:
            explain = (
                f"{about}value {shown} breaks the stated requirement {required}, "
                f"yet the criterion is reported met"
            )
            severity = Severity.HIGH
        elif fact.met:
            explain = (
                f"{about}value {shown} breaks the stated requirement {required}, "
                f"yet the text reports it met"
            )
            severity = Severity.MEDIUM
        else:
            continue
        findings.append(finding(KIND, severity, explain, Where(fid, fact), [fid, *verdicts]))
    return findings
