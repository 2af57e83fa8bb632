"""count_mismatch: the communes a text says are left after a count of them.

"12/18 xã đạt chuẩn, còn lại 7 xã chưa đạt chuẩn": the rest of 18 after 12 is 6, not 7. A
count of a unit's communes whose whole is known (its own K/N, else the whole the text
states for the unit or the one N of its K/N statements: :func:`baocao.audit.wholes.
known_communes`) followed in its sentence by a rest ("còn lại M xã chưa đạt", "M xã còn lại
chưa đạt": cues in ``complements.toml``) must leave N − K.

Only a rest of the same thing is weighed: "chưa đạt chuẩn" after a count of the basic
standard as a whole, or a bare "chưa đạt" ending its clause after any count; a rest of
another standard ("chưa đạt chuẩn nâng cao") or criterion ("chưa đạt tiêu chí điện") is
not. A number between the count and its rest (a band, "3 xã đạt 15-18 tiêu chí", leaves
another rest) makes it no rest of that count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from baocao.audit.common import (
    IdFact,
    end_year,
    fold_name,
    period_of,
    split_prefix,
    text_finding,
)
from baocao.audit.counts import KIND
from baocao.audit.cues import load_cue_table, parse_cue_table
from baocao.audit.wholes import kn_of_communes, known_communes, wholes_by_place
from baocao.model import Coverage, Finding, Report, Severity

COMPLEMENTS_FILE = "complements.toml"
#: How far after its count a rest may be written (in the count's sentence).
REST_REACH = 160

_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
# The rest's count of communes, and "còn lại" written after it ("5 xã còn lại").
_REST_COUNT = re.compile(r"(?P<m>\d{1,4})\s+(?i:xã)(?![^\W\d_])(?P<left>\s+(?i:còn\s+lại))?\s*")
# After "chưa đạt chuẩn": another standard than the basic one.
_OTHER_STANDARD = re.compile(r"\s*(?i:nông\s+thôn\s+mới\s+|NTM\s+)?(?i:nâng\s+cao|kiểu\s+mẫu)")
_STANDARD = re.compile(r"\s+(?i:chuẩn)(?![^\W\d_])")
_CLAUSE_END = re.compile(r"\s*(?:[.;,:)\n]|$)")
# The count a coverage fact's quote opens with: "12/18 xã", "12 xã/18 xã", "12 xã" (its
# quote may run on over the rest: the rest is looked for after this).
_OWN_COUNT = re.compile(
    r"\d[\d.]*(?:\s*/\s*\d[\d.]*)?\s+(?i:xã)(?:\s*/\s*\d[\d.]*\s+(?i:xã))?(?![^\W\d_])"
)


@dataclass(frozen=True)
class ComplementCues:
    rest: re.Pattern[str]
    unmet: re.Pattern[str]


def parse_complement_cues(text: str, *, source: str = COMPLEMENTS_FILE) -> ComplementCues:
    """The cue lists of ``complements.toml``; every bad entry reported in one LexiconError."""
    return parse_cue_table(ComplementCues, text, source=source)


def load_complement_cues() -> ComplementCues:
    return load_cue_table(ComplementCues, COMPLEMENTS_FILE)


def rest_after(text: str, at: int, *, whole_standard: bool) -> tuple[int, int] | None:
    """The rest written after a count ending at ``at`` in its sentence: (M, where its
    phrase ends), or None. ``whole_standard``: the count is of the basic standard as a
    whole, so "chưa đạt chuẩn" is its rest."""
    cues = load_complement_cues()
    stop = _SENTENCE_END.search(text, at, at + REST_REACH)
    end = stop.start() if stop is not None else min(len(text), at + REST_REACH)
    count = _REST_COUNT.search(text, at, end)
    if count is None or re.search(r"\d", text[at : count.start()]):
        return None
    before = text[at : count.start()].rstrip()
    said = list(cues.rest.finditer(before))
    if not count.group("left") and (not said or before[said[-1].end() :].strip()):
        return None
    unmet = cues.unmet.match(text, count.end(), end)
    if unmet is None:
        return None
    standard = _STANDARD.match(text, unmet.end(), end)
    if standard is not None:
        if not whole_standard or _OTHER_STANDARD.match(text, standard.end(), end):
            return None
        return int(count.group("m")), standard.end()
    if _CLAUSE_END.match(text, unmet.end(), end) is None:
        return None  # "chưa đạt tiêu chí điện": the rest of another count
    return int(count.group("m")), unmet.end()


def check_complements(
    facts: Sequence[IdFact], *, text: str | None = None, report: Report | None = None
) -> list[Finding]:
    """Counts of communes whose rest, written after them, is not their whole's rest."""
    if text is None:
        return []
    present = end_year(report.period if report is not None else None)
    by_place = wholes_by_place(text, report)
    statements = kn_of_communes(facts, report)
    findings = []
    for fid, fact in facts:
        if not isinstance(fact, Coverage) or fact.target or fact.start is None or not fact.end:
            continue
        if fold_name(fact.unit_kind or "xã") != "xã":
            continue
        whole, ids = fact.units_total, [fid]
        if whole is None and end_year(period_of(fact, report)) == present:
            known = known_communes(split_prefix(fact.region)[1], by_place, statements)
            if known is not None:
                whole, ids = known[0], [fid, *known[2]]
        if whole is None or fact.units_met > whole:
            continue
        basic = fact.criterion is None and fact.scheme == "NTM"
        own = _OWN_COUNT.match(text, fact.start)
        rest = rest_after(text, own.end() if own else fact.end, whole_standard=basic)
        if rest is None or rest[0] == whole - fact.units_met:
            continue
        left, end = rest
        explain = (
            f"{fact.units_met} of {whole} xã of {fact.region} leaves {whole - fact.units_met}, "
            f"but the rest is stated as {left} xã"
        )
        span = (fact.start, end)
        findings.append(text_finding(KIND, Severity.HIGH, explain, text, span, facts, ids, of=fact))
    return findings
