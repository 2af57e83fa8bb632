"""What an audit of the store returns: per document, its findings (already stored).

Its own module so that the renderers and the auditor both import it, and neither the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from baocao.model import Finding, Severity

#: Every kind of finding, in the order reports list them (shared FACTS.md).
FINDING_KINDS = (
    "sum_mismatch",
    "percent_mismatch",
    "count_mismatch",
    "denominator_mismatch",
    "unit_implausible",
    "threshold_contradiction",
    "cross_document",
)


@dataclass(frozen=True)
class DocumentAudit:
    """One stored document and what the auditor found in it."""

    document_id: int
    name: str
    sha256: str
    fact_count: int
    findings: tuple[Finding, ...]

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)


@dataclass(frozen=True)
class AuditResult:
    """What ``audit_store`` did: per document, its findings (already stored)."""

    documents: tuple[DocumentAudit, ...]
    skipped: tuple[str, ...] = field(default=())  # failed documents: no facts to audit
    #: documents replaced by another process while they were audited: their findings were
    #: not stored (audit again to audit the new version)
    replaced: tuple[str, ...] = field(default=())

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for d in self.documents for f in d.findings)

    def by_kind(self) -> dict[str, int]:
        counts = dict.fromkeys(FINDING_KINDS, 0)
        for f in self.findings:
            counts[f.kind] = counts.get(f.kind, 0) + 1
        return counts

    def by_severity(self) -> dict[Severity, int]:
        counts = dict.fromkeys(Severity, 0)
        for f in self.findings:
            counts[f.severity] += 1
        return counts
