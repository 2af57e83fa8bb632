"""percent_mismatch: a place's count written as a share of a larger place's count.

"Huyện A có 8 xã đạt chuẩn nâng cao, chiếm 36% số xã đạt chuẩn nâng cao của toàn tỉnh", in a
text that states the province's 25: the share's base is no whole number of communes but the
larger place's count of the same standard, so 8/25 = 32% is what it must be. The base is read
from the words right after the percent ("số xã đạt chuẩn", "tổng số xã nông thôn mới": units
that reached the standard, ``partshares.toml`` ``base``) and the larger place from the rest of
its clause ("của toàn tỉnh", "cả nước", "toàn huyện": lists ``province``, ``country`` and
``district``). The larger place's counts are the coverage facts of that level, of the part's
scheme, criterion and year, no goals, each above the part; a share that fits any of them (by
rounding or truncation at its decimals) is consistent, one that fits none is a finding. With
no such count stated, nothing is checked. (A share of all the place's communes, "chiếm 36%
số xã của tỉnh", is :mod:`baocao.audit.wholes`'.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from baocao.audit.common import IdFact, Where, end_year, level_of, period_of, scheme_key, vn
from baocao.audit.cues import load_cue_table, parse_cue_table
from baocao.audit.percents import Share, check_share
from baocao.model import Coverage, Finding, Level, Report
from baocao.vocab.numbers import NUMBER_PATTERN, parse_number

PARTSHARES_FILE = "partshares.toml"

#: How far after a part's count its share may be written, and its clause run on.
_REACH = 160
_CLAUSE_END = re.compile(r"[.;:\n()]")


@dataclass(frozen=True)
class PartShareCues:
    base: re.Pattern[str]
    province: re.Pattern[str]
    country: re.Pattern[str]
    district: re.Pattern[str]


def parse_partshare_cues(text: str, *, source: str = PARTSHARES_FILE) -> PartShareCues:
    """The cue lists of ``partshares.toml``; every bad entry reported in one LexiconError."""
    return parse_cue_table(PartShareCues, text, source=source)


def load_partshare_cues() -> PartShareCues:
    return load_cue_table(PartShareCues, PARTSHARES_FILE)


_PERCENT = re.compile(rf"({NUMBER_PATTERN})\s*%\s*")


def larger_level(after: str, cues: PartShareCues) -> Level | None:
    """The level of the larger place the words after a percent name as its base ("số xã đạt
    chuẩn của toàn tỉnh" → province), or None when they name no such base."""
    base = cues.base.match(after)
    if base is None:
        return None
    clause = after[base.end() :]
    stop = _CLAUSE_END.search(clause)
    clause = clause[: stop.start()] if stop else clause
    for pattern, level in (
        (cues.province, Level.PROVINCE),
        (cues.country, Level.NATIONAL),
        (cues.district, Level.DISTRICT),
    ):
        if pattern.search(clause):
            return level
    return None


def _share_base(fact: Coverage, text: str, cues: PartShareCues) -> Level | None:
    """The larger place's level the part's stated share is of, read after its percent."""
    assert fact.start is not None and fact.percent_stated is not None
    for m in _PERCENT.finditer(text, fact.start, min(len(text), fact.start + _REACH)):
        try:
            value = float(parse_number(m.group(1)))
        except ValueError:
            continue
        if abs(value - fact.percent_stated) > 1e-9:
            continue
        return larger_level(text[m.end() : m.end() + _REACH], cues)
    return None


def _key(fact: Coverage, report: Report | None) -> tuple[object, ...]:
    return (scheme_key(fact.scheme), fact.criterion, end_year(period_of(fact, report)))


def shares_of_a_larger_count(
    facts: Sequence[IdFact], text: str | None, report: Report | None = None
) -> list[Finding]:
    """A finding for each part whose share of a larger place's count fits none of the counts
    of that place the text states (see the module docstring)."""
    if not text:
        return []
    cues = load_partshare_cues()
    findings: list[Finding] = []
    for fid, part in facts:
        if (
            not isinstance(part, Coverage)
            or part.start is None
            or part.percent_stated is None
            or part.units_total is not None
            or part.target
            or not 0 < part.percent_stated < 100
        ):
            continue
        level = _share_base(part, text, cues)
        if level is None:
            continue
        wholes = [
            (wid, w)
            for wid, w in facts
            if isinstance(w, Coverage)
            and wid != fid
            and not w.target
            and w.units_met > part.units_met
            and level_of(w.region, w.region_code, report) is level
            and _key(w, report) == _key(part, report)
        ]
        shares = [
            Share(
                where=Where(fid, part),
                stated=part.percent_stated,
                part=part.units_met,
                whole=w.units_met,
                part_tol=0.0,
                whole_tol=0.0,
                part_text=vn(part.units_met),
                whole_text=vn(w.units_met),
                fact_ids=(fid, wid),
                decimals=part.percent_decimals,
                note=f"; its base: the {vn(w.units_met)} {w.unit_kind or 'xã'} of {w.region}",
            )
            for wid, w in wholes
        ]
        found = [check_share(s) for s in shares]
        if shares and all(f is not None for f in found):
            first = found[0]
            assert first is not None
            findings.append(first)
    return findings
