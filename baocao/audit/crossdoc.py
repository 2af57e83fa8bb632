"""cross_document: two reports that state different values for one fact.

One fact is one (place, kind, criterion or source, period, scheme, flow…): the same district's
coverage of criterion 2 in 2020 stated 55/115 in one report and 57/115 in another. Places are
matched by official code, else by name within the report's province (commune names repeat
across provinces: without a province or a code a place is not compared). A key stated with
several values inside one report (sub-indicators of one criterion: "6/6 xã có điểm bưu chính",
"5/6 xã có internet") is ambiguous there and not compared. Goals are never compared.

Each report involved gets its own finding, quoting its own statement and naming the other
report's value and document.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from baocao.audit.amounts import amount_tolerance, in_unit
from baocao.audit.common import (
    IdFact,
    Where,
    finding,
    fold_name,
    period_of,
    place_identity,
    scheme_key,
)
from baocao.model import (
    Coverage,
    CriteriaCount,
    Fact,
    Finding,
    Funding,
    Report,
    Severity,
    Verdict,
)

KIND = "cross_document"


@dataclass(frozen=True)
class Statement:
    """One report's single value for one key."""

    doc: str  # the report (see report_identity), else the file's sha256 or name
    fid: int
    fact: Fact
    value: Hashable
    shown: str
    period: str


def _region(name: str | None, code: str | None, report: Report) -> str | None:
    if code:
        return f"#{code}"
    province = _province_key(report)
    if province is None or not name:
        return None
    return f"{province}/{place_identity(name)}"


def _province_key(report: Report) -> str | None:
    if report.province is not None:
        return place_identity(report.province.written, report.province.code)
    unit = report.unit
    if unit is not None and unit.province_code:
        return f"#{unit.province_code}"
    if unit is not None and unit.province:
        return place_identity(unit.province)
    return None


def _fmt_amount(fact: Funding) -> str:
    return f"{in_unit(fact.amount_vnd, fact.unit_written)} {fact.unit_written}"


def key_of(fact: Fact, report: Report) -> tuple[tuple[Hashable, ...], Hashable, str] | None:
    """(key, value, value as shown) for a fact other reports may state too, else None."""
    if fact.target:
        return None
    period = period_of(fact, report)
    if period is None:
        return None
    scheme = scheme_key(fact.scheme)
    key: tuple[Hashable, ...]
    if isinstance(fact, Coverage):
        region = _region(fact.region, fact.region_code, report)
        if region is None or fact.units_total is None:
            return None
        unit = fold_name(fact.unit_kind or "xã")
        key = ("coverage", region, fact.criterion, unit, period, scheme)
        shown = f"{fact.units_met}/{fact.units_total} {fact.unit_kind or 'xã'}"
        return key, (fact.units_met, fact.units_total), shown
    if isinstance(fact, Funding):
        if (
            fact.source == "other"
            or fact.purpose
            or fact.approx
            or fact.amount_max_vnd is not None  # a range, no one amount
            or fact.criterion is not None
        ):
            return None
        region = _region(fact.region, fact.region_code, report)
        if region is None:
            return None
        key = ("funding", region, fact.source, period, fact.flow)
        return key, fact.amount_vnd, _fmt_amount(fact)
    if isinstance(fact, CriteriaCount):
        region = _region(fact.subject, fact.subject_code, report)
        if region is None:
            return None
        key = ("criteria_count", region, scheme, fold_name(fact.what), fact.unmet, period)
        shown = f"{fact.met:02d} {fact.what} unmet" if fact.unmet else f"{fact.met}/{fact.of}"
        return key, (fact.met, fact.of if not fact.unmet else None), shown
    if isinstance(fact, Verdict):
        region = _region(fact.subject, fact.subject_code, report)
        if region is None:
            return None
        key = ("verdict", region, fact.criterion, scheme, period)
        return key, fact.met, f"criterion {fact.criterion} {'met' if fact.met else 'not met'}"
    return None


def report_identity(report: Report) -> str | None:
    """One report stored as two files (its .doc and its .pdf) is one report: the issuing unit,
    number and date name it. None when the report does not say all three."""
    if report.unit is None or not report.number or not report.date:
        return None
    unit = place_identity(report.unit.written, report.unit.code)
    return f"report:{unit}|{fold_name(report.number)}|{report.date}"


def _agree(a: Statement, b: Statement) -> bool:
    if isinstance(a.fact, Funding) and isinstance(b.fact, Funding):
        tolerance = amount_tolerance(a.fact) + amount_tolerance(b.fact)
        return abs(a.fact.amount_vnd - b.fact.amount_vnd) <= tolerance
    return a.value == b.value


def single_statements(
    docs: Sequence[tuple[Report, Sequence[IdFact]]],
) -> dict[Hashable, list[Statement]]:
    """Per key, each report's one statement of it (reports that give several are left out)."""
    by_key: dict[Hashable, list[Statement]] = defaultdict(list)
    for report, facts in docs:
        mine: dict[Hashable, list[Statement]] = defaultdict(list)
        for fid, fact in facts:
            found = key_of(fact, report)
            if found is None:
                continue
            fact_key, value, shown = found
            doc = report_identity(report) or fact.document_sha256 or fact.document
            period = period_of(fact, report) or ""
            mine[fact_key].append(Statement(doc, fid, fact, value, shown, period))
        for key, statements in mine.items():
            first = statements[0]
            if all(_agree(first, s) for s in statements[1:]):
                by_key[key].append(first)
    return by_key


def audit_across(docs: Sequence[tuple[Report, Sequence[IdFact]]]) -> list[Finding]:
    """cross_document findings over several reports (each report: its metadata and facts)."""
    findings = []
    for statements in single_statements(docs).values():
        if len({s.doc for s in statements}) < 2:
            continue
        for s in statements:
            others = [o for o in statements if o.doc != s.doc and not _agree(s, o)]
            if not others:
                continue
            said = "; ".join(f"{o.fact.document} states {o.shown}" for o in others[:3])
            more = f" (and {len(others) - 3} more)" if len(others) > 3 else ""
            explain = f"here {s.shown} ({s.period}); {said}{more}"
            ids = [s.fid, *(o.fid for o in others)]
            findings.append(finding(KIND, Severity.MEDIUM, explain, Where(s.fid, s.fact), ids))
    return findings
