"""The national criteria sets and the names of their criteria.

A criterion number means nothing without its set: criterion 7 was "Chợ nông thôn" in
2010-2015 and "Cơ sở hạ tầng thương mại nông thôn" from 2016; the 2026-2030 set has only
ten criteria. The sets, their criteria and the short wordings reports use for them live in
``baocao/data/criteria_sets.toml``.

Choosing a report's set (:func:`criteria_set_for`):

* a cited decision wins: "1980/QĐ-TTg" → "2016-2020", "318/QĐ-TTg" → "2021-2025",
  "51/2025/QĐ-TTg" → "2026-2030" (a decision listed with its year must be cited with it);
* else the period: the set whose years hold the period's **end** year, so "2019-H1" →
  "2016-2020", and "2011-2020" (a period spanning two sets) → "2016-2020", the set its
  figures were last assessed against;
* else None (no period, or years outside 2010-2030).

Naming a criterion (:func:`criterion_number`) is accent- and case-insensitive on whole words;
when several wordings occur, the longest wins ("Cơ sở vật chất văn hóa" is 6, not 16
"Văn hóa"). Pass the name phrase (what follows "tiêu chí" or a heading), not a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from baocao.data.lexicon import Problems, entries, fold, load_data

__all__ = [
    "CRITERIA_SETS",
    "CriteriaSet",
    "Criterion",
    "criteria_set_for",
    "criterion_count",
    "criterion_name",
    "criterion_number",
    "decision_set",
]

DATA_FILE = "criteria_sets.toml"

_DECISION = re.compile(r"(?<!\d)(\d{1,5})\s*/\s*(?:(\d{4})\s*/\s*)?q\s*d\s*-\s*ttg", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(19|20)\d{2}(?!\d)")


@dataclass(frozen=True)
class Criterion:
    """One numbered criterion of one set. ``verified`` is false when the name could not be
    checked against the decision's text."""

    criteria_set: str
    number: int
    name: str
    verified: bool = True


@dataclass(frozen=True)
class CriteriaSet:
    """A national criteria set: ``id`` ("2016-2020"), the ``decisions`` that issued it, the
    ``years`` it covers, its ``criteria`` by number and how many ``indicators`` it counts."""

    id: str
    decisions: tuple[str, ...]
    years: tuple[int, int]
    criteria: dict[int, Criterion]
    indicators: int | None = None

    @property
    def count(self) -> int:
        return len(self.criteria)


@dataclass(frozen=True)
class _Wording:
    key: str  # folded, punctuation-free, single-spaced
    number: int


@dataclass(frozen=True)
class _Lexicon:
    sets: dict[str, CriteriaSet]
    wordings: dict[str, tuple[_Wording, ...]]  # set id → wordings, longest first
    ignore: tuple[str, ...]


def _key(text: str) -> str:
    """Folded, with punctuation as spaces: "Thủy lợi và phòng, chống thiên tai" →
    "thuy loi va phong chong thien tai"."""
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())


def _decision_key(text: str) -> tuple[int, int | None] | None:
    m = _DECISION.search(fold(text))
    if m is None:
        return None
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None


@cache
def _lexicon() -> _Lexicon:
    data = load_data(DATA_FILE)
    problems = Problems(DATA_FILE)
    sets: dict[str, dict] = {}
    for where, entry in entries(data, "set", problems):
        set_id = problems.require(where, entry, "id", str)
        decisions = problems.require_strings(where, entry, "decisions", optional=False)
        years = problems.require(where, entry, "years", list)
        count = problems.require(where, entry, "criteria", int)
        indicators = problems.require(where, entry, "indicators", int, optional=True)
        problems.require(where, entry, "example", str)
        for decision in decisions:
            if _decision_key(decision) is None:
                problems.add(where, f"decision {decision!r} is not written number/QĐ-TTg")
        if years is not None and (
            len(years) != 2 or not all(isinstance(y, int) for y in years) or years[0] > years[1]
        ):
            problems.add(where, f"`years` must be [first, last], got {years!r}")
            years = None
        if set_id is None or years is None or count is None:
            continue
        sets[set_id] = {
            "decisions": decisions,
            "years": (years[0], years[1]),
            "count": count,
            "indicators": indicators,
            "criteria": {},
        }
    wordings: dict[str, list[_Wording]] = {set_id: [] for set_id in sets}
    for where, entry in entries(data, "criterion", problems):
        set_id = problems.require(where, entry, "set", str)
        number = problems.require(where, entry, "number", int)
        name = problems.require(where, entry, "name", str)
        verified = problems.require(where, entry, "verified", bool, optional=True, default=True)
        example = problems.require(where, entry, "example", str)
        if set_id is None or number is None or name is None:
            continue
        if set_id not in sets:
            problems.add(where, f"unknown set {set_id!r}")
            continue
        criteria = sets[set_id]["criteria"]
        if number in criteria:
            problems.add(where, f"criterion {number} of {set_id} is listed twice")
        if not 1 <= number <= sets[set_id]["count"]:
            problems.add(where, f"number {number} outside 1..{sets[set_id]['count']}")
        criteria[number] = Criterion(set_id, number, name, verified)
        wordings[set_id].append(_Wording(_key(name), number))
        if example is not None:
            problems.check_example(where, example, _contains(_key(example), _key(name)))
    for where, entry in entries(data, "alias", problems):
        phrase = problems.require(where, entry, "phrase", str)
        number = problems.require(where, entry, "number", int)
        alias_sets = problems.require_strings(where, entry, "sets", optional=False)
        example = problems.require(where, entry, "example", str)
        problems.require(where, entry, "note", str, optional=True)
        if phrase is None or number is None:
            continue
        for set_id in alias_sets:
            if set_id not in sets:
                problems.add(where, f"unknown set {set_id!r}")
            elif number not in sets[set_id]["criteria"]:
                problems.add(where, f"set {set_id} has no criterion {number}")
            else:
                wordings[set_id].append(_Wording(_key(phrase), number))
        if example is not None:
            problems.check_example(where, example, _contains(_key(example), _key(phrase)))
    ignore: list[str] = []
    for where, entry in entries(data, "ignore", problems, required=False):
        phrase = problems.require(where, entry, "phrase", str)
        example = problems.require(where, entry, "example", str)
        if phrase is not None:
            ignore.append(_key(phrase))
            if example is not None:
                problems.check_example(where, example, _contains(_key(example), _key(phrase)))
    for set_id, spec in sets.items():
        if len(spec["criteria"]) != spec["count"]:
            problems.add(
                f"set {set_id!r}",
                f"declares {spec['count']} criteria, lists {len(spec['criteria'])}",
            )
    for set_id, items in wordings.items():
        seen: dict[str, int] = {}
        for w in items:
            if seen.setdefault(w.key, w.number) != w.number:
                problems.add(
                    f"set {set_id!r}", f"{w.key!r} names criteria {seen[w.key]} and {w.number}"
                )
    problems.raise_if_any()
    return _Lexicon(
        sets={
            set_id: CriteriaSet(
                id=set_id,
                decisions=spec["decisions"],
                years=spec["years"],
                criteria=dict(sorted(spec["criteria"].items())),
                indicators=spec["indicators"],
            )
            for set_id, spec in sets.items()
        },
        wordings={
            set_id: tuple(sorted(set(items), key=lambda w: (-len(w.key), w.number)))
            for set_id, items in wordings.items()
        },
        ignore=tuple(sorted(set(ignore), key=len, reverse=True)),
    )


def _contains(haystack: str, needle: str) -> bool:
    return f" {needle} " in f" {haystack} "


#: Every national set by id ("2010-2015", "2016-2020", "2021-2025", "2026-2030").
CRITERIA_SETS: dict[str, CriteriaSet] = _lexicon().sets


def _get_set(criteria_set: str) -> CriteriaSet:
    try:
        return CRITERIA_SETS[criteria_set]
    except KeyError:
        known = ", ".join(CRITERIA_SETS)
        raise ValueError(f"unknown criteria set {criteria_set!r} (known: {known})") from None


def decision_set(decision: str) -> str | None:
    """The set a cited decision issued: "Quyết định số 1980/QĐ-TTg" → "2016-2020"."""
    key = _decision_key(decision)
    if key is None:
        return None
    number, year = key
    for criteria_set in CRITERIA_SETS.values():
        for listed in criteria_set.decisions:
            listed_number, listed_year = _decision_key(listed) or (None, None)
            if listed_number == number and (listed_year is None or listed_year == year):
                return criteria_set.id
    return None


def criteria_set_for(*, period: str | None = None, decision: str | None = None) -> str | None:
    """The set a report's criterion numbers belong to: by the ``decision`` it cites, else by
    the end year of its ``period`` (see the module docstring), else None."""
    if decision:
        found = decision_set(decision)
        if found is not None:
            return found
    if not period:
        return None
    years = [int(m.group()) for m in _YEAR.finditer(period)]
    if not years:
        return None
    end = max(years)
    for criteria_set in CRITERIA_SETS.values():
        first, last = criteria_set.years
        if first <= end <= last:
            return criteria_set.id
    return None


def criterion_count(criteria_set: str) -> int:
    """How many criteria the set has: 19, or 10 for "2026-2030"."""
    return _get_set(criteria_set).count


def criterion_name(number: int, criteria_set: str) -> str:
    """The official name of criterion ``number`` in ``criteria_set``."""
    found = _get_set(criteria_set).criteria.get(number)
    if found is None:
        raise ValueError(f"criteria set {criteria_set} has no criterion {number}")
    return found.name


def criterion_number(name: str, criteria_set: str | None) -> int | None:
    """The number of the criterion ``name`` names in ``criteria_set``, or None.

    "Nước sạch tập trung" → 17, "Trung tâm văn hóa xã" → 6, "giao thông" → 2. With
    ``criteria_set`` None every set is tried and the answer given only when they agree
    ("lao động qua đào tạo" is 14 until 2020 and 12 from 2021, so it gives None).
    """
    if criteria_set is not None:
        _get_set(criteria_set)
        return _number_in(_key(name), criteria_set)
    found = {_number_in(_key(name), set_id) for set_id in CRITERIA_SETS}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=4096)
def _number_in(key: str, criteria_set: str) -> int | None:
    lexicon = _lexicon()
    text = f" {key} "
    for phrase in lexicon.ignore:
        text = text.replace(f" {phrase} ", " " + "#" * len(phrase) + " ")
    best: tuple[int, int, int] | None = None  # (-length, position, number)
    for wording in lexicon.wordings[criteria_set]:
        if best is not None and len(wording.key) < -best[0]:
            break  # wordings are longest first: nothing shorter can win
        position = text.find(f" {wording.key} ")
        if position >= 0:
            candidate = (-len(wording.key), position, wording.number)
            if best is None or candidate < best:
                best = candidate
    return best[2] if best else None
