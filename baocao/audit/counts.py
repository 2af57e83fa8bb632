"""count_mismatch: criteria counts that cannot all be true.

Within one subject, scheme ("NTM", "NTM nâng cao"…), kind of count (tiêu chí / chỉ tiêu) and
period, every statement says something about one *gap*, the number not yet met:

- "đạt 12/19 tiêu chí" says the gap is 19 − 12 = 7;
- "còn lại 07 tiêu chí chưa đạt" says it is 7;
- "tập trung hoàn thành 07 tiêu chí" (a plan for the remaining ones) says it again.

The gap most statements give (ties: the first achievement statement) is taken as right, and
each statement giving another is flagged. Met goals ("phấn đấu đạt 19/19") are goals, not
gaps, and are left out. Verdicts give two more checks: more distinct unmet criteria listed
than the gap, or (when every criterion has a verdict) a met count other than the verdicts'.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from baocao.audit.common import (
    IdFact,
    Where,
    finding,
    fold_name,
    period_of,
    place_identity,
    scheme_key,
)
from baocao.model import CriteriaCount, Finding, Report, Severity, Verdict

KIND = "count_mismatch"


@dataclass(frozen=True)
class GapStatement:
    """What one count statement says the gap is."""

    fid: int
    fact: CriteriaCount
    gap: int
    of: int | None

    @property
    def achievement(self) -> bool:
        return not self.fact.unmet

    def says(self) -> str:
        what = self.fact.what
        if self.fact.unmet:
            return f"{self.gap:02d} {what} unmet"
        return f"{self.fact.met}/{self.fact.of} {what} met → {self.gap} unmet"


def _group_key(fact: CriteriaCount | Verdict, report: Report | None) -> tuple[str, str, str]:
    period = period_of(fact, report) or ""
    return (place_identity(fact.subject, fact.subject_code), scheme_key(fact.scheme), period)


def gap_statements(facts: Sequence[IdFact]) -> list[GapStatement]:
    """Each count as a gap: achievements M − N, unmet statements (goals included) K."""
    out = []
    for fid, fact in facts:
        if not isinstance(fact, CriteriaCount):
            continue
        if fact.unmet:
            out.append(GapStatement(fid, fact, fact.met, fact.of))
        elif fact.of is not None and not fact.target and fact.met <= fact.of:
            out.append(GapStatement(fid, fact, fact.of - fact.met, fact.of))
    return out


def impossible_counts(facts: Sequence[IdFact]) -> list[Finding]:
    """N/M with N > M."""
    findings = []
    for fid, fact in facts:
        if isinstance(fact, CriteriaCount) and fact.of is not None and fact.met > fact.of:
            explain = f"{fact.met}/{fact.of} {fact.what}: more met than there are"
            findings.append(finding(KIND, Severity.HIGH, explain, Where(fid, fact), [fid]))
    return findings


def _reference(statements: list[GapStatement]) -> GapStatement | None:
    """The statement whose gap is the majority's (ties: first achievement, then first)."""
    votes = Counter(s.gap for s in statements)
    best = max(votes.values())
    leaders = {gap for gap, n in votes.items() if n == best}
    ordered = sorted(statements, key=lambda s: (not s.achievement, s.fact.start))
    return next((s for s in ordered if s.gap in leaders), None)


def _totals_agree(statements: list[GapStatement]) -> bool:
    totals = {s.of for s in statements if s.of is not None}
    return len(totals) <= 1


def disagreeing_gaps(statements: list[GapStatement]) -> list[Finding]:
    """Statements of one gap that give another number than the majority."""
    if len(statements) < 2 or not _totals_agree(statements):
        return []
    reference = _reference(statements)
    if reference is None:
        return []
    findings = []
    for s in statements:
        if s.gap == reference.gap:
            continue
        of = s.of or reference.of
        basis = (
            f"{reference.fact.met}/{reference.fact.of} met → {of} − {reference.fact.met} = "
            f"{reference.gap} unmet"
            if reference.achievement
            else f"stated {reference.gap:02d} unmet elsewhere"
        )
        stated = (
            f"here {s.gap:02d} unmet"
            if s.fact.unmet
            else f"here {s.fact.met}/{s.fact.of} met, i.e. {s.gap} unmet"
        )
        scheme = s.fact.scheme
        explain = f"{scheme}, {s.fact.what}: {basis}, but {stated}"
        # A plan that restates the gap wrongly may only plan part of it: worth a look.
        severity = Severity.HIGH if not s.fact.target else Severity.MEDIUM
        findings.append(
            finding(KIND, severity, explain, Where(s.fid, s.fact), [s.fid, reference.fid])
        )
    return findings


def _unmet_verdicts(
    facts: Sequence[IdFact], report: Report | None
) -> dict[tuple[str, str, str], dict[bool, dict[int, list[int]]]]:
    """Achievement verdicts per subject/scheme/period: met → criterion → fact ids."""
    out: dict[tuple[str, str, str], dict[bool, dict[int, list[int]]]] = defaultdict(
        lambda: {True: defaultdict(list), False: defaultdict(list)}
    )
    for fid, fact in facts:
        if isinstance(fact, Verdict) and not fact.target:
            out[_group_key(fact, report)][fact.met][fact.criterion].append(fid)
    return out


def verdicts_against_counts(
    statements: list[GapStatement],
    verdicts: dict[bool, dict[int, list[int]]],
) -> list[Finding]:
    """More distinct unmet criteria listed than the stated gap; or, when every criterion
    has a verdict, a met count other than the number of met verdicts."""
    findings = []
    unmet = {c for c in verdicts[False] if c not in verdicts[True]}
    met = {c for c in verdicts[True] if c not in verdicts[False]}
    for s in statements:
        if s.fact.what != "tiêu chí" or s.fact.target:
            continue
        ids = [s.fid, *(i for c in sorted(unmet) for i in verdicts[False][c])]
        if len(unmet) > s.gap:
            listed = ", ".join(str(c) for c in sorted(unmet))
            explain = (
                f"{len(unmet)} criteria reported unmet ({listed}), but the count gives "
                f"{s.gap} unmet"
            )
            findings.append(finding(KIND, Severity.HIGH, explain, Where(s.fid, s.fact), ids))
        elif (
            s.achievement
            and s.of is not None
            and len(met) + len(unmet) == s.of
            and len(met) != s.fact.met
        ):
            explain = (
                f"all {s.of} criteria have a verdict, {len(met)} met, but the count says "
                f"{s.fact.met}/{s.of}"
            )
            findings.append(finding(KIND, Severity.HIGH, explain, Where(s.fid, s.fact), ids))
    return findings


def _by_period(
    statements: list[GapStatement], report: Report | None
) -> dict[str, list[GapStatement]]:
    """Statements per period. A plan ("tập trung hoàn thành 07 tiêu chí" in next year's
    tasks) restates the gap left by the latest achievement, so it joins that period: a goal,
    or a gap dated after every achievement (the tasks of the year to come)."""
    achieved = {
        period_of(s.fact, report) or "" for s in statements if s.achievement and not s.fact.target
    }
    latest = max(achieved, default=None)
    periods: dict[str, list[GapStatement]] = defaultdict(list)
    for s in statements:
        period = period_of(s.fact, report) or ""
        ahead = latest is not None and s.fact.unmet and period not in achieved and period > latest
        if latest is not None and (s.fact.target or ahead):
            period = latest
        periods[period].append(s)
    return periods


def check_counts(facts: Sequence[IdFact], *, report: Report | None = None) -> list[Finding]:
    findings = impossible_counts(facts)
    groups: dict[tuple[str, str, str], list[GapStatement]] = defaultdict(list)
    for s in gap_statements(facts):
        subject = place_identity(s.fact.subject, s.fact.subject_code)
        groups[(subject, scheme_key(s.fact.scheme), fold_name(s.fact.what))].append(s)
    verdicts = _unmet_verdicts(facts, report)
    for (subject, scheme, _what), statements in groups.items():
        for period, same in _by_period(statements, report).items():
            findings.extend(disagreeing_gaps(same))
            key = (subject, scheme, period)
            if key in verdicts:
                findings.extend(verdicts_against_counts(same, verdicts[key]))
    return findings
