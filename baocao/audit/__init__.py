"""The auditor: numbers in a report (or across reports) that cannot all be true.

    findings = audit_facts(facts, report=report)          # one report, pure
    findings = audit_across([(report_a, facts_a), ...])   # cross_document
    result = audit_store(store)                           # read, check, store findings

    text = render_audit(result, format="html", store=store)  # table, jsonl or html

Facts come as ``(id, fact)`` pairs; findings cite those ids. Each check family is a module
(``sums``, ``percents``, ``counts``, ``denominators``, ``units``, ``thresholds``,
``rates``, ``recognised``, ``placelists``, ``partshares``, ``housebase``,
``criterialists``, ``implied``, ``increments``, ``wholes``, ``complements``, ``fromto``,
``averages``, ``bands``, ``twice``, ``crossdoc``) of small pure
functions over what they share:
``common`` (keys, periods, formatting, findings), ``amounts`` (units and rounding) and
``blocks`` (totals and their parts). Finding kinds and the explain format are in shared
FACTS.md "Audit findings". Consistent numbers are never flagged: facts are only compared
when they are comparable (same place, period, flow, scheme; goals kept apart from
achievements).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from baocao.audit.averages import check_averages
from baocao.audit.bands import check_bands
from baocao.audit.common import IdFact, merge_findings, not_covered
from baocao.audit.complements import check_complements
from baocao.audit.counts import check_counts
from baocao.audit.criterialists import criteria_lists
from baocao.audit.crossdoc import audit_across
from baocao.audit.denominators import check_denominators
from baocao.audit.districtcounts import districts_against_the_map
from baocao.audit.fromto import check_moves, check_raised_totals
from baocao.audit.housebase import households_shares
from baocao.audit.implied import check_implied
from baocao.audit.increments import check_goal_increments, check_increments
from baocao.audit.partshares import shares_of_a_larger_count
from baocao.audit.percents import check_percents, one_wrong_amount
from baocao.audit.placelists import places_against_their_count
from baocao.audit.rankings import rankings_against_their_whole
from baocao.audit.rates import check_rates
from baocao.audit.recognised import recognised_short_of_criteria
from baocao.audit.render import AUDIT_FORMATS, render_audit, render_html, render_jsonl, render_table
from baocao.audit.results import FINDING_KINDS, AuditResult, DocumentAudit
from baocao.audit.scales import totals_at_two_scales
from baocao.audit.schemeshares import shares_of_higher_schemes
from baocao.audit.sums import check_sums
from baocao.audit.thresholds import check_thresholds
from baocao.audit.twice import check_twice
from baocao.audit.units import check_bounds
from baocao.audit.wholeless import shares_with_no_whole
from baocao.audit.wholes import check_wholes
from baocao.errors import DocumentNotFound
from baocao.model import Finding, Report

if TYPE_CHECKING:
    from baocao.store import Store

__all__ = [
    "AUDIT_FORMATS",
    "FINDING_KINDS",
    "AuditResult",
    "DocumentAudit",
    "audit_across",
    "audit_facts",
    "audit_store",
    "render_audit",
    "render_html",
    "render_jsonl",
    "render_table",
]

log = logging.getLogger(__name__)


def audit_facts(
    facts: Sequence[IdFact],
    *,
    report: Report | None = None,
    official_counts: Mapping[str, int] | None = None,
    text: str | None = None,
) -> list[Finding]:
    """Every inconsistency within one report's facts.

    ``report`` gives the period and reporting unit facts fall back on; ``official_counts``
    maps a region code to its number of rural communes (xã); ``text`` (the document's text)
    lets the sum check tell a part the extractor missed from parts that do not add up, and
    the wholes check read the whole number of communes the text states. Pure:
    reads nothing, writes nothing.
    """
    findings: list[Finding] = []
    findings += check_sums(facts, report=report, text=text)
    findings += check_percents(facts, report=report, text=text)
    findings = one_wrong_amount(findings, facts)
    findings += shares_with_no_whole(facts, text)
    findings += shares_of_a_larger_count(facts, text, report)
    findings += households_shares(facts, text, report)
    findings += check_counts(facts, report=report)
    findings += check_denominators(facts, report=report, official_counts=official_counts)
    findings += districts_against_the_map(facts, report=report)
    findings += check_bounds(facts, report=report)
    findings += totals_at_two_scales(facts, report=report)
    findings += check_thresholds(facts)
    findings += recognised_short_of_criteria(facts, text)
    findings += places_against_their_count(facts, text)
    findings += rankings_against_their_whole(facts, text, report)
    findings += shares_of_higher_schemes(facts, text, report)
    findings += check_rates(facts, report=report, text=text)
    findings += check_implied(facts, report=report, text=text)
    findings += check_increments(facts, text=text, report=report)
    findings += check_goal_increments(facts, text=text, report=report)
    findings += check_wholes(facts, text=text, report=report)
    findings += check_complements(facts, text=text, report=report)
    findings += criteria_lists(facts, text)
    findings += check_moves(facts, text=text)
    findings += check_raised_totals(facts, text=text)
    findings += check_averages(facts, text=text, report=report)
    findings += not_covered(check_bands(facts, text=text), findings)
    findings += check_twice(facts, text=text, report=report)
    return merge_findings(findings)


def audit_store(
    store: Store,
    *,
    document: str | None = None,
    official_counts: Mapping[str, int] | None = None,
) -> AuditResult:
    """Audit stored documents (all, or the one named by file name, sha256 or path), replace
    their stored findings, and return them.

    Cross-document findings compare each audited document with every stored one; with
    ``document`` given, only that document's findings are replaced. Raises
    :class:`~baocao.errors.DocumentNotFound` (a LookupError) when
    ``document`` names no stored document.

    Everything is read from one snapshot of the store, so a document replaced meanwhile by
    another process (``extract --force``) is audited as it was; its findings are then not
    stored (the document they describe is gone), it is logged and listed in ``replaced``.
    """
    with store.snapshot():
        return _audit_snapshot(store, document=document, official_counts=official_counts)


def _audit_snapshot(
    store: Store, *, document: str | None, official_counts: Mapping[str, int] | None
) -> AuditResult:
    stored = store.documents()
    rows = [d for d in stored if d.current]
    skipped = tuple(d.name for d in stored if d.status != "ok")  # superseded ones are history
    facts_by_doc: dict[int, list[IdFact]] = {d.id: [] for d in rows}
    key_of = {}
    for d in rows:
        key_of[d.sha256 or d.name] = d.id
    for fid, fact in store.facts():
        doc_id = key_of.get(fact.document_sha256 or fact.document)
        if doc_id is not None:
            facts_by_doc[doc_id].append((fid, fact))
    reports = {d.id: store.report(d.sha256 or d.path) or Report() for d in rows}
    targets = [d for d in rows if document is None or document in (d.name, d.sha256, d.path)]
    if document is not None and not targets:
        raise DocumentNotFound(f"{document}: no such document in the store")

    across = audit_across([(reports[d.id], facts_by_doc[d.id]) for d in rows])
    across_by_doc: dict[str, list[Finding]] = {}
    for f in across:
        across_by_doc.setdefault(f.document_sha256 or f.document, []).append(f)

    audits = []
    replaced = []
    for d in targets:
        facts = facts_by_doc[d.id]
        own = audit_facts(
            facts,
            report=reports[d.id],
            official_counts=official_counts,
            text=store.document_text(d.sha256) if d.sha256 else None,
        )
        findings = merge_findings(own + across_by_doc.get(d.sha256 or d.name, []))
        if not store.replace_findings(d.id, findings):
            log.warning(
                "%s: replaced by another run while it was audited; its findings were not "
                "stored (audit again)",
                d.name,
            )
            replaced.append(d.name)
            continue
        log.info("%s: %d facts audited, %d findings", d.name, len(facts), len(findings))
        audits.append(
            DocumentAudit(
                document_id=d.id,
                name=d.name,
                sha256=d.sha256 or "",
                fact_count=len(facts),
                findings=tuple(findings),
            )
        )
    return AuditResult(documents=tuple(audits), skipped=skipped, replaced=tuple(replaced))
