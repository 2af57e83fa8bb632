"""Criteria followed across the national sets (``baocao/data/criteria_series.toml``).

A unit's reports from 2011 to 2025 number their criteria in three sets (QĐ 491/2009, 1980/2016,
318/2022); most criteria kept their number and meaning, some kept the number but not the
meaning, and some measures moved (trained labour: indicator 14.3 until 2020, 12.2 from 2021).
:func:`series_of` maps a set's criterion or indicator to a stable series key, and says from
which set on the values are comparable, so a time series can join what is comparable and
break where the meaning changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from baocao.data.lexicon import Problems, entries, load_data

if TYPE_CHECKING:
    from baocao.vocab.criteria import CriteriaSet

__all__ = [
    "STANDARD",
    "SeriesPoint",
    "break_reasons",
    "build_series",
    "series_keys",
    "series_members",
    "series_of",
    "standard_point",
]

DATA_FILE = "criteria_series.toml"


@dataclass(frozen=True)
class SeriesPoint:
    """Where one set's criterion (or indicator) sits in a series.

    ``series`` is the stable key of the measure ("lao-dong-qua-dao-tao"); ``segment`` names
    the run of sets over which its values are comparable ("lao-dong-qua-dao-tao@2021-2025"):
    two facts are comparable when their segments are equal. ``kept`` is false when this set
    changed the measure's meaning from the set before, ``why`` says how. ``mapped`` is false
    for a criterion no series lists (its own series, key "SET:NUMBER")."""

    series: str
    name: str
    segment: str
    criteria_set: str
    criterion: int | None
    indicator: str | None
    kept: bool = True
    why: str | None = None
    mapped: bool = True


@dataclass(frozen=True)
class _Member:
    criteria_set: str
    criterion: int | None
    indicator: str | None
    kept: bool
    why: str | None


@cache
def _series() -> dict[str, tuple[str, tuple[_Member, ...]]]:
    return build_series(load_data(DATA_FILE))


def build_series(
    data: dict[str, Any], *, source: str = DATA_FILE
) -> dict[str, tuple[str, tuple[_Member, ...]]]:
    """The series of a parsed criteria_series.toml, every bad entry reported at once (a
    ``LexiconError``): unknown sets, criteria or indicators, a member listed twice, a break
    without its reason."""
    from baocao.vocab.criteria import _lexicon as criteria_lexicon

    problems = Problems(source)
    known_sets = criteria_lexicon().sets
    found: dict[str, tuple[str, tuple[_Member, ...]]] = {}
    seen: dict[tuple[str, int | None, str | None], str] = {}
    for where, entry in entries(data, "series", problems):
        key = problems.require(where, entry, "key", str)
        name = problems.require(where, entry, "name", str)
        problems.require(where, entry, "example", str)
        sources = problems.require_strings(where, entry, "sources", optional=False)
        decisions = {d for known in known_sets.values() for d in known.decisions}
        for source_ in sources:
            if source_ not in decisions:
                problems.add(where, f"source {source_!r} is no decision of criteria_sets.toml")
        raw = problems.require(where, entry, "member", list, default=[])
        members: list[_Member] = []
        for i, item in enumerate(raw):
            at = f"{where}.member[{i}]"
            member = _read_member(at, item, problems, known_sets)
            if member is None:
                continue
            ident = (member.criteria_set, member.criterion, member.indicator)
            if ident in seen:
                problems.add(at, f"already in series {seen[ident]!r}")
            seen[ident] = key or "?"
            members.append(member)
        if members and not members[0].kept:
            problems.add(where, "the first member cannot break the series")
        if key is None or name is None:
            continue
        if key in found:
            problems.add(where, f"key {key!r} is listed twice")
        found[key] = (name, tuple(members))
    problems.raise_if_any()
    return found


def _read_member(
    at: str, item: Any, problems: Problems, known_sets: Mapping[str, CriteriaSet]
) -> _Member | None:
    if not isinstance(item, dict):
        problems.add(at, "must be a table")
        return None
    criteria_set = problems.require(at, item, "set", str)
    criterion = problems.require(at, item, "criterion", int, optional=True)
    indicator = problems.require(at, item, "indicator", str, optional=True)
    kept = problems.require(at, item, "kept", bool, optional=True, default=True)
    why = problems.require(at, item, "why", str, optional=True)
    if (criterion is None) == (indicator is None):
        problems.add(at, "needs exactly one of `criterion` and `indicator`")
        return None
    if criteria_set is None:
        return None
    known = known_sets.get(criteria_set)
    if known is None:
        problems.add(at, f"unknown set {criteria_set!r} (criteria_sets.toml)")
        return None
    if criterion is not None and criterion not in known.criteria:
        problems.add(at, f"set {criteria_set} has no criterion {criterion}")
    if indicator is not None and known.indicator_list and indicator not in known.indicator_list:
        problems.add(at, f"set {criteria_set} has no indicator {indicator}")
    if not kept and why is None:
        problems.add(at, "a member that breaks the series says `why`")
    return _Member(criteria_set, criterion, indicator, bool(kept), why)


def series_keys() -> tuple[str, ...]:
    """The keys of every series of ``criteria_series.toml``, in the file's order."""
    return tuple(_series())


def series_members(key: str) -> tuple[SeriesPoint, ...]:
    """The members of series ``key`` in time order (empty for an unknown key)."""
    if key not in _series():
        return ()
    name, members = _series()[key]
    points: list[SeriesPoint] = []
    segment = f"{key}@{members[0].criteria_set}" if members else key
    for m in members:
        if not m.kept:
            segment = f"{key}@{m.criteria_set}"
        points.append(
            SeriesPoint(
                series=key,
                name=name,
                segment=segment,
                criteria_set=m.criteria_set,
                criterion=m.criterion,
                indicator=m.indicator,
                kept=m.kept,
                why=m.why,
            )
        )
    return tuple(points)


@cache
def _index() -> dict[tuple[str, int | None, str | None], SeriesPoint]:
    return {
        (p.criteria_set, p.criterion, p.indicator): p
        for key in _series()
        for p in series_members(key)
    }


def series_of(
    criteria_set: str, criterion: int | None = None, *, indicator: str | None = None
) -> SeriesPoint | None:
    """The series a set's criterion (or, given ``indicator`` such as "14.3", indicator)
    belongs to. An indicator no series lists falls back on its criterion's series (the number
    before the dot); a criterion no series lists is a series of its own ("2026-2030:4",
    ``mapped`` false). None when neither a criterion nor an indicator is given."""
    if indicator is not None:
        found = _index().get((criteria_set, None, indicator))
        if found is not None:
            return found
        head = indicator.split(".")[0]
        if criterion is None and head.isdigit():
            criterion = int(head)
    if criterion is None:
        return None
    found = _index().get((criteria_set, criterion, None))
    if found is not None:
        return found
    key = f"{criteria_set}:{criterion}"
    return SeriesPoint(
        series=key,
        name=key,
        segment=key,
        criteria_set=criteria_set,
        criterion=criterion,
        indicator=indicator,
        mapped=False,
    )


#: The key of the NTM standard as a whole (coverage naming no criterion).
STANDARD = "standard"


def standard_point(criteria_set: str) -> SeriesPoint:
    """Where meeting the whole standard under ``criteria_set`` sits: every national set is a
    new standard (more criteria, higher thresholds), so each set is a segment of its own."""
    return SeriesPoint(
        series=STANDARD,
        name="Chuẩn nông thôn mới (the whole standard)",
        segment=f"{STANDARD}@{criteria_set}",
        criteria_set=criteria_set,
        criterion=None,
        indicator=None,
    )


def break_reasons(before: SeriesPoint, after: SeriesPoint) -> tuple[str, ...]:
    """Why values at ``before`` and ``after`` (two points of one series, oldest first) are
    not comparable: the ``why`` of every set between them that changed the measure; empty
    when they are comparable (equal segments)."""
    if before.segment == after.segment:
        return ()
    if before.series == STANDARD and after.series == STANDARD:
        return (f"met under the {after.criteria_set} set, not the {before.criteria_set} set",)
    if before.series != after.series:
        return (f"{before.name} and {after.name} are different measures",)
    members = series_members(after.series)
    sets = [m.criteria_set for m in members]
    if before.criteria_set not in sets or after.criteria_set not in sets:
        return (f"{before.segment} and {after.segment} are not comparable",)
    start, end = sorted((sets.index(before.criteria_set), sets.index(after.criteria_set)))
    reasons = tuple(m.why for m in members[start + 1 : end + 1] if not m.kept and m.why)
    return reasons or (f"{before.segment} and {after.segment} are not comparable",)
