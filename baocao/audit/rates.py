"""Stated rates that cannot be true of what they measure.

- **a share above the whole** (``unit_implausible``): a percentage of a whole ("tỷ lệ hộ …",
  "chiếm …") cannot exceed 100%, nor be "hơn 100%"; rates that compare with a plan, a base
  year or growth ("đạt 112% so với cùng kỳ", "vượt 21% kế hoạch") may, and are left alone.
- **an average below the standard** (``count_mismatch``): an average of criteria met taken
  over communes that all meet the standard ("bình quân các xã đạt chuẩn … 17 tiêu chí/xã")
  must be the set's size — each of those communes meets every criterion.

The cue words are data (``rates.toml``), each with an example of the wording it is for.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from baocao.audit.common import (
    IdFact,
    Where,
    decimals_of,
    finding,
    read_audit_file,
    read_cue_lists,
    vn,
    whole_words,
)
from baocao.model import Finding, Percentage, Report, Severity
from baocao.vocab.criteria import CRITERIA_SETS, criterion_count

RATES_FILE = "rates.toml"
#: The size of the commune set a fact means when neither it nor its report names a set: the
#: size most national commune sets share (criteria_sets.toml: 19 in every set before 2026).
DEFAULT_SET_SIZE = Counter(s.count for s in CRITERIA_SETS.values()).most_common(1)[0][0]
_OVER = frozenset({"hơn", "trên"})


@dataclass(frozen=True)
class RateCues:
    comparison: re.Pattern[str]
    average: re.Pattern[str]
    recognised_communes: re.Pattern[str]


def parse_rate_cues(text: str, *, source: str = RATES_FILE) -> RateCues:
    """The cue lists of ``rates.toml``; every bad entry reported in one LexiconError."""
    lists = read_cue_lists(text, ("comparison", "average", "recognised_communes"), source=source)
    return RateCues(
        *(whole_words(lists[key]) for key in ("comparison", "average", "recognised_communes"))
    )


@cache
def load_rate_cues() -> RateCues:
    text = read_audit_file(RATES_FILE)
    return parse_rate_cues(text)


def _number(value: float) -> str:
    exact = Decimal(str(value))
    return vn(exact, decimals_of(exact))


def _said(fact: Percentage) -> str:
    return f"{fact.label or ''} {fact.quote}"


def shares_above_the_whole(facts: Sequence[IdFact]) -> list[Finding]:
    cues = load_rate_cues()
    findings = []
    for fid, fact in facts:
        if not isinstance(fact, Percentage) or fact.unit != "%" or fact.target:
            continue
        over = fact.value > 100 or (fact.value >= 100 and (fact.approx or "") in _OVER)
        if not over or cues.comparison.search(_said(fact)):
            continue
        written = f"{fact.approx or ''} {_number(fact.value)}%".strip()
        explain = f"a share of a whole cannot be {written}: more than all of it"
        findings.append(
            finding("unit_implausible", Severity.MEDIUM, explain, Where(fid, fact), [fid])
        )
    return findings


def _set_size(fact: Percentage, report: Report | None) -> int:
    criteria_set = fact.criteria_set or (report.criteria_set if report else None)
    try:
        return criterion_count(criteria_set) if criteria_set else DEFAULT_SET_SIZE
    except (KeyError, ValueError):
        return DEFAULT_SET_SIZE


def averages_below_the_standard(
    facts: Sequence[IdFact], *, report: Report | None = None
) -> list[Finding]:
    cues = load_rate_cues()
    findings = []
    for fid, fact in facts:
        if not isinstance(fact, Percentage) or fact.unit != "tiêu chí/xã" or fact.target:
            continue
        said = _said(fact)
        averages = list(cues.average.finditer(said))
        if fact.scheme != "NTM" or not averages:
            continue
        if not cues.recognised_communes.search(said, averages[-1].end()):
            continue
        size = _set_size(fact, report)
        if fact.value >= size:
            continue
        explain = (
            f"an average of {_number(fact.value)} criteria per commune over communes that meet "
            f"the standard: each of them meets all {size}, so the average is {size}"
        )
        findings.append(
            finding("count_mismatch", Severity.MEDIUM, explain, Where(fid, fact), [fid])
        )
    return findings


def check_rates(facts: Sequence[IdFact], *, report: Report | None = None) -> list[Finding]:
    return shares_above_the_whole(facts) + averages_below_the_standard(facts, report=report)
