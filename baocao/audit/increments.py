"""count_mismatch: a count of communes added against the totals before and after.

Reports count progress as an increment and the total it brings ("năm 2022 có thêm 12 xã đạt
chuẩn, nâng tổng số xã đạt chuẩn lên 45 xã") after stating the total of the year before
("năm 2021 có 30 xã đạt chuẩn"). The total before plus what was added must be the total
after. Compared only when each is stated once: one increment, written with "thêm" before it
and the total it brings in its own statement, of a whole year; one total of the year just
before, of the same unit, scheme and kind of places (no criterion, no goal), itself no
increment. Anything missing or stated twice with two values: no finding.

A goal written as a share of the communes and the communes still to add to reach it, in
one sentence ("để đạt mục tiêu năm 2025 có 40% số xã đạt chuẩn, phải có thêm 6 xã"): the
count now (one N/M of the place, stated before the goal's year) plus the increment must be
the share of M, to within a commune either side of its rounding
(:func:`check_goal_increments`).

The same holds of a total written with its growth over a year named ("45 xã đạt chuẩn, tăng
12 xã so với năm 2021"): the total of that year, stated once, plus the growth must be it.
With that year's total not stated, two such totals of one unit, scheme and kind of places
over the same year must give one total of it ("45 xã …, tăng 12 xã so với năm 2021" and
later "50 xã …, tăng 15 xã so với năm 2021": 33 and 35 communes in 2021) — an expected total
("dự kiến cuối năm có 50 xã, tăng 15 xã so với năm 2021") too: the year it grows from is
past (:func:`growth_bases`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from baocao.audit.common import (
    IdFact,
    Where,
    finding,
    fold_name,
    period_of,
    period_span,
    place_identity,
    scheme_key,
    text_finding,
    vn,
)
from baocao.audit.implied_cues import load_implied_cues
from baocao.model import Coverage, Finding, Percentage, Report, Severity

KIND = "count_mismatch"

#: How far before a count the word that makes it an increment ("thêm") may be written.
CUE_REACH = 25

_ADDED = re.compile(r"(?i:thêm|tăng\s+thêm|tăng)\s*$")
_NOT_A_TOTAL = re.compile(r"(?i:thêm|tăng|mới\s+được|mới\s+có)(?![^\W\d_])")
_BROUGHT = re.compile(
    r"(?i:nâng|đưa)\s+(?:(?i:tổng\s+số)[^.;\d\n]{0,50}?\s)?(?i:lên)\s+(?:(?i:thành)\s+)?"
    r"(?P<n>\d{1,4})(?:/\d{1,4})?\s+(?i:xã)(?![^\W\d_])"
)

# "tăng 12 xã so với năm 2021", "tăng thêm 3 xã so với cuối năm 2020"; "tăng 3 xã so với
# năm trước" (the year before the total's own: ``prev``)
_GROWTH = re.compile(
    r"(?i:tăng)\s+(?:(?i:thêm)\s+)?(?P<k>\d{1,4})\s+(?i:xã)\s+(?i:so\s+với)\s+"
    r"(?:(?i:cuối|hết)\s+)?(?:(?:(?i:năm)\s+)?(?P<y>(?:19|20)\d\d)(?!\d)"
    r"|(?P<prev>(?i:năm\s+trước|năm\s+liền\s+trước))(?![^\W\d_]))"
)


def _growth_year(growth: re.Match[str], year: int) -> int:
    """The year a growth is counted from: the year named, or the one before ``year``."""
    return int(growth.group("y")) if growth.group("y") else year - 1


def _year(period: str | None) -> int | None:
    span = period_span(period)
    return span[0] if span is not None and span[0] == span[1] else None


def _key(fact: Coverage) -> tuple[str, str, str]:
    return (
        place_identity(fact.region, fact.region_code),
        scheme_key(fact.scheme),
        fold_name(fact.unit_kind or "xã"),
    )


def _plain(fact: Coverage) -> bool:
    return not fact.target and fact.criterion is None and fold_name(fact.unit_kind or "xã") == "xã"


# Another count of communes between a total and the growth read as its ("112 xã …(tăng 4 xã
# …) và 21 xã nâng cao (tăng 2 xã …)": 2 is the 21's growth, not the 112's).
_OTHER_COUNT = re.compile(r"\d{1,4}\s+(?i:xã)(?![^\W\d_])")


def _own_growth(quote: str) -> re.Match[str] | None:
    """The growth over a year named written with the total the quote starts with: the first
    one, with no other count of communes between them."""
    growth = _GROWTH.search(quote)
    if growth is None:
        return None
    first = _OTHER_COUNT.search(quote)
    between = quote[first.end() if first else 0 : growth.start()]
    return None if _OTHER_COUNT.search(between) else growth


def growth_bases(
    facts: Sequence[IdFact], *, text: str | None = None, report: Report | None = None
) -> list[Finding]:
    """Totals written with their growth over one year named, that year's total stated
    nowhere: each pair of one unit, scheme and kind of places must give one total of that
    year (T − K). The later statement of a pair that gives another is flagged, citing the
    earlier."""
    if text is None:
        return []
    stated_years: set[tuple[tuple[str, str, str], int]] = set()
    bases: dict[tuple[tuple[str, str, str], int], list[tuple[int, Coverage, int, int]]] = {}
    for fid, fact in facts:
        if not isinstance(fact, Coverage) or fact.start is None or fact.criterion is not None:
            continue
        if fold_name(fact.unit_kind or "xã") != "xã" or text[fact.start : fact.end] != fact.quote:
            continue
        if getattr(fact, "approx", None):
            continue
        year = _year(period_of(fact, report))
        if year is None:
            continue
        before = text[max(0, fact.start - CUE_REACH) : fact.start]
        if _ADDED.search(before) or _NOT_A_TOTAL.search(before) or _BROUGHT.search(fact.quote):
            continue
        if not fact.target:
            stated_years.add((_key(fact), year))
        growth = _own_growth(fact.quote)
        if growth is None:
            continue
        then = _growth_year(growth, year)
        if then >= year:
            continue
        added = int(growth.group("k"))
        bases.setdefault((_key(fact), then), []).append((fid, fact, added, fact.units_met - added))
    findings = []
    for (key, then), said in bases.items():
        if (key, then) in stated_years:
            continue  # weighed against that total by check_increments
        said.sort(key=lambda s: s[1].start or 0)
        first_id, first, first_added, first_base = said[0]
        for fid, fact, added, base in said[1:]:
            if base == first_base:
                continue
            explain = (
                f"{fact.units_met} − {added} = {base} xã in {then} ({fact.quote!r}), but "
                f"{first.units_met} − {first_added} = {first_base} xã in {then} "
                f"({first.quote!r})"
            )
            findings.append(
                finding(KIND, Severity.MEDIUM, explain, Where(fid, fact), [fid, first_id])
            )
            break  # one finding per year's base: the first that disagrees
    return findings


def check_increments(
    facts: Sequence[IdFact], *, text: str | None = None, report: Report | None = None
) -> list[Finding]:
    """Each "thêm K xã …, nâng tổng số lên T xã" against the total of the year before, and
    each "T xã …, tăng K xã so với năm Y" against the total of year Y."""
    if text is None:
        return []
    increments = []
    grown = []
    totals: dict[tuple[tuple[str, str, str], int], list[tuple[int, Coverage]]] = {}
    for fid, fact in facts:
        if not isinstance(fact, Coverage) or not _plain(fact) or fact.start is None:
            continue
        if text[fact.start : fact.end] != fact.quote:
            continue
        year = _year(period_of(fact, report))
        if year is None:
            continue
        before = text[max(0, fact.start - CUE_REACH) : fact.start]
        if _ADDED.search(before):
            brought = _BROUGHT.search(fact.quote)
            if brought is not None and brought.start() > 0:
                increments.append((fid, fact, year, int(brought.group("n"))))
            continue
        if _NOT_A_TOTAL.search(before) or _BROUGHT.search(fact.quote):
            continue
        growth = _own_growth(fact.quote)
        if growth is not None:
            grown.append((fid, fact, year, int(growth.group("k")), _growth_year(growth, year)))
        totals.setdefault((_key(fact), year), []).append((fid, fact))
    findings = []
    for fid, fact, year, after in increments:
        earlier = totals.get((_key(fact), year - 1), [])
        if len({f.units_met for _, f in earlier}) != 1:
            continue
        pid, prior = earlier[0]
        if prior.units_met + fact.units_met == after or prior.units_met >= after:
            continue
        explain = (
            f"{prior.units_met} xã in {year - 1} ({prior.quote!r}) + {fact.units_met} added "
            f"in {year} = {prior.units_met + fact.units_met} xã, stated {after} xã"
        )
        findings.append(finding(KIND, Severity.MEDIUM, explain, Where(fid, fact), [fid, pid]))
    for fid, fact, year, added, then in grown:
        earlier = totals.get((_key(fact), then), [])
        if then >= year or len({f.units_met for _, f in earlier}) != 1:
            continue
        pid, prior = earlier[0]
        if prior.units_met + added == fact.units_met:
            continue
        explain = (
            f"{prior.units_met} xã in {then} ({prior.quote!r}) + {added} = "
            f"{prior.units_met + added} xã, stated {fact.units_met} xã in {year}"
        )
        findings.append(finding(KIND, Severity.MEDIUM, explain, Where(fid, fact), [fid, pid]))
    return findings + growth_bases(facts, text=text, report=report)


#: How far after a goal share the words naming what it is a share of are looked for.
SHARE_WORDS_REACH = 40
#: A sentence's end: a full stop before a space or line break (not the dot of "2.274"), or
#: a semicolon.
_SENTENCE_END = re.compile(r"\.(?=\s)|;|\n")
_OF_THE = re.compile(r"\s*(?i:số\s+)?")


def _counted_at(text: str, at: int) -> str | None:
    """The counted word (implied.toml's `counted`) at ``at``, after an optional "số"."""
    words = text[at : at + SHARE_WORDS_REACH]
    lead = _OF_THE.match(words)
    counted = load_implied_cues().counted.match(words[lead.end() if lead else 0 :])
    return fold_name(counted.group(0)) if counted else None


def _goal_share_of(fact: Percentage, text: str) -> str | None:
    """The unit a goal share is of: the counted word right after it ("40% số xã đạt chuẩn",
    "60% xã") or after the rate word before it in its sentence ("tỷ lệ xã đạt chuẩn đạt
    40%"), folded, as implied.toml's `counted` and `rate_of` lists read them."""
    if fact.unit != "%" or fact.value_max is not None or fact.threshold or fact.criterion:
        return None
    if not 0 < fact.value < 100 or text[fact.start : fact.end] != fact.quote:
        return None
    after = _counted_at(text, fact.end)
    if after is not None:
        return after
    sentence = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(0, fact.start - 120), fact.start)),
        default=max(0, fact.start - 120),
    )
    rates = list(load_implied_cues().rate_of.finditer(text, sentence, fact.start))
    return _counted_at(text, rates[-1].end()) if rates else None


def check_goal_increments(
    facts: Sequence[IdFact], *, text: str | None = None, report: Report | None = None
) -> list[Finding]:
    """Each goal share of the communes against the count now plus the communes the same
    sentence says must be added to reach it."""
    if text is None:
        return []
    shares: list[tuple[int, Percentage, str]] = []
    added: list[tuple[int, Coverage, int]] = []
    now: dict[tuple[str, str, str], list[tuple[int, Coverage, int]]] = {}
    for fid, fact in facts:
        if isinstance(fact, Percentage) and fact.target:
            kind = _goal_share_of(fact, text)
            if kind is not None:
                shares.append((fid, fact, kind))
        if not isinstance(fact, Coverage) or fact.criterion is not None:
            continue
        year = _year(period_of(fact, report))
        if year is None or text[fact.start : fact.end] != fact.quote:
            continue
        if fact.target:
            before = text[max(0, fact.start - CUE_REACH) : fact.start]
            if fact.units_total is None and _ADDED.search(before):
                added.append((fid, fact, year))
        elif fact.units_total:
            now.setdefault(_key(fact), []).append((fid, fact, year))
    findings = []
    for sid, share, kind in shares:
        # the goal's year is the increment's: one sentence states both
        for fid, more, year in added:
            if fold_name(more.unit_kind or "xã") != kind:
                continue
            if scheme_key(more.scheme) != scheme_key(share.scheme):
                continue
            if place_identity(more.region, more.region_code) != place_identity(
                share.subject, share.subject_code
            ):
                continue
            if share.end > more.start or _SENTENCE_END.search(text, share.end, more.start):
                continue
            counts = [c for c in now.get(_key(more), []) if c[2] < year]
            if not counts:
                continue
            latest = max(c[2] for c in counts)
            values = {(c[1].units_met, c[1].units_total) for c in counts if c[2] == latest}
            if len(values) != 1:
                continue
            met, total = values.pop()
            assert total is not None
            goal = share.value * total / 100
            reached = met + more.units_met
            if math.floor(goal) - 1 <= reached <= math.ceil(goal) + 1:
                continue
            pid = next(c[0] for c in counts if c[2] == latest)
            explain = (
                f"{vn(share.value, share.value_decimals or 0)}% of {total} {kind} is "
                f"{vn(goal, 1)}; {met} + {more.units_met} = {reached} {kind} is "
                f"{vn(100 * reached / total, 1)}%"
            )
            span = (share.start, more.end)  # the goal and what it needs, in one quote
            findings.append(
                text_finding(
                    KIND, Severity.MEDIUM, explain, text, span, facts, [sid, fid, pid], share
                )
            )
    return findings
