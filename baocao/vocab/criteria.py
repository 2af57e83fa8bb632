"""The national criteria sets, their criteria and indicators, and the words that name them.

A criterion number means nothing without its set: criterion 7 was "Chợ nông thôn" in
2010-2015 and "Cơ sở hạ tầng thương mại nông thôn" from 2016; the 2026-2030 set has only
ten criteria. A topic moves between sets too: "tỷ lệ lao động qua đào tạo" was indicator 14.3
(Giáo dục) until 2020 and is criterion 12 (Lao động) from 2021. The sets, their criteria,
their indicators (chỉ tiêu, "14.1") and the short wordings reports use for them live in
``baocao/data/criteria_sets.toml``.

Choosing a report's set (:func:`criteria_set_for`):

* a cited decision wins: "1980/QĐ-TTg" → "2016-2020", "318/QĐ-TTg" → "2021-2025",
  "51/2025/QĐ-TTg" → "2026-2030" (a decision listed with its year must be cited with it);
* else the period: the set whose years hold the period's **end** year, so "2019-H1" →
  "2016-2020", and "2011-2020" (a period spanning two sets) → "2016-2020", the set its
  figures were last assessed against;
* else None (no period, or years outside 2010-2030).

Only the commune sets (:data:`CRITERIA_SETS`) are a report's set; the district sets
(:data:`DISTRICT_SETS`, 9 criteria each) are there for reports that cite them.

Naming a criterion (:func:`criterion_number`, :func:`criterion_by_topic`) is accent- and
case-insensitive on whole words; when several wordings occur, the longest wins ("Cơ sở vật
chất văn hóa" is 6, not 16 "Văn hóa"; "trạm y tế xã đạt chuẩn quốc gia" is indicator 15.2).
Pass the name phrase (what follows "tiêu chí", a heading, or the words of one statement), not
a paragraph: :func:`topic_spans` finds such phrases in running text without knowing the set.
Without a set, a phrase gets a number only when the 19-criterion sets agree on it: the
2026-2030 set's ten criteria regroup theirs ("tỷ lệ nghèo đa chiều" is 11 in 2021-2025, 6 in
2026-2030).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from baocao.data.lexicon import CAPITALS, Problems, entries, fold, load_data
from baocao.vocab.shortforms import short_forms, short_variants

__all__ = [
    "CRITERIA_SETS",
    "LARGEST_SET",
    "DISTRICT_SETS",
    "CriteriaSet",
    "Criterion",
    "Indicator",
    "Topic",
    "criteria_set_for",
    "criterion_by_topic",
    "criterion_count",
    "criterion_name",
    "criterion_number",
    "decision_set",
    "topic_spans",
]

DATA_FILE = "criteria_sets.toml"
LEVELS = ("commune", "district")

_DECISION = re.compile(r"(?<!\d)(\d{1,5})\s*/\s*(?:(\d{4})\s*/\s*)?q\s*d\s*-\s*ttg", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(19|20)\d{2}(?!\d)")
_INDICATOR_NUMBER = re.compile(r"(\d{1,2})(?:\.(\d{1,2}))?")


@dataclass(frozen=True)
class Criterion:
    """One numbered criterion of one set. ``verified`` is false when the name could not be
    checked against the decision's text."""

    criteria_set: str
    number: int
    name: str
    verified: bool = True


@dataclass(frozen=True)
class Indicator:
    """One indicator (chỉ tiêu) of a criterion: ``number`` as the decision writes it ("14.3";
    "5" for a criterion measured by one indicator), its official ``name``, the ``wordings``
    reports use for it. ``verified`` is true only where the decision's text was read."""

    criteria_set: str
    criterion: int
    number: str
    name: str
    wordings: tuple[str, ...] = ()
    verified: bool = False


@dataclass(frozen=True)
class CriteriaSet:
    """A national criteria set: ``id`` ("2016-2020"), the ``decisions`` that issued it, the
    ``years`` it covers, its ``criteria`` by number, how many ``indicators`` the decision
    counts (when it says), the indicators listed (``indicator_list``, by number) and the
    ``level`` of unit it assesses ("commune" or "district")."""

    id: str
    decisions: tuple[str, ...]
    years: tuple[int, int]
    criteria: dict[int, Criterion]
    indicators: int | None = None
    indicator_list: dict[str, Indicator] = field(default_factory=dict)
    level: str = "commune"

    @property
    def count(self) -> int:
        return len(self.criteria)


@dataclass(frozen=True)
class Topic:
    """What a phrase names in one set: a ``criterion`` number and, when the wording is one
    indicator's, its ``indicator`` number ("14.3"); ``wording`` is the lexicon phrase that
    matched."""

    criterion: int
    indicator: str | None
    wording: str


@dataclass(frozen=True)
class _Wording:
    key: str  # folded, punctuation-free, single-spaced
    number: int
    indicator: str | None = None
    # the length of the key spelt out, for a key with short forms ("co tht hoac htx …" is as
    # long as "co to hop tac hoac hop tac xa …"): the longest wording wins by it
    spelt: int = 0

    @property
    def length(self) -> int:
        return self.spelt or len(self.key)


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


def _examples(problems: Problems, where: str, entry: dict[str, Any]) -> tuple[str, ...]:
    """``example`` as a string or an array of strings."""
    value = entry.get("example")
    if isinstance(value, list):
        return problems.require_strings(where, entry, "example", optional=False)
    found = problems.require(where, entry, "example", str)
    return (found,) if found is not None else ()


def _read_sets(data: dict[str, Any], problems: Problems) -> dict[str, dict[str, Any]]:
    sets: dict[str, dict[str, Any]] = {}
    for where, entry in entries(data, "set", problems):
        set_id = problems.require(where, entry, "id", str)
        decisions = problems.require_strings(where, entry, "decisions", optional=False)
        years = problems.require(where, entry, "years", list)
        count = problems.require(where, entry, "criteria", int)
        indicators = problems.require(where, entry, "indicators", int, optional=True)
        level = problems.require(where, entry, "level", str, optional=True, default="commune")
        problems.require(where, entry, "example", str)
        for decision in decisions:
            if _decision_key(decision) is None:
                problems.add(where, f"decision {decision!r} is not written number/QĐ-TTg")
        if years is not None and (
            len(years) != 2 or not all(isinstance(y, int) for y in years) or years[0] > years[1]
        ):
            problems.add(where, f"`years` must be [first, last], got {years!r}")
            years = None
        if level not in LEVELS:
            problems.add(where, f"`level` must be one of {', '.join(LEVELS)}, got {level!r}")
            level = "commune"
        if set_id is None or years is None or count is None:
            continue
        if set_id in sets:
            problems.add(where, f"set {set_id!r} is listed twice")
        sets[set_id] = {
            "decisions": decisions,
            "years": (years[0], years[1]),
            "count": count,
            "indicators": indicators,
            "criteria": {},
            "indicator_list": {},
            "level": level,
        }
    return sets


def _read_indicators(
    data: dict[str, Any],
    problems: Problems,
    sets: dict[str, dict[str, Any]],
    wordings: dict[str, list[_Wording]],
) -> None:
    for where, entry in entries(data, "indicator", problems, required=False):
        set_id = problems.require(where, entry, "set", str)
        criterion = problems.require(where, entry, "criterion", int)
        number = problems.require(where, entry, "number", str)
        name = problems.require(where, entry, "name", str)
        phrases = problems.require_strings(where, entry, "wordings")
        verified = problems.require(where, entry, "verified", bool)
        problems.require(where, entry, "note", str, optional=True)
        examples = _examples(problems, where, entry)
        if set_id is None or criterion is None or number is None or name is None:
            continue
        if set_id not in sets:
            problems.add(where, f"unknown set {set_id!r}")
            continue
        if criterion not in sets[set_id]["criteria"]:
            problems.add(where, f"set {set_id} has no criterion {criterion}")
            continue
        m = _INDICATOR_NUMBER.fullmatch(number)
        if m is None or int(m.group(1)) != criterion:
            problems.add(where, f"number {number!r} is not {criterion} or {criterion}.N")
            continue
        listed = sets[set_id]["indicator_list"]
        if number in listed:
            problems.add(where, f"indicator {number} of {set_id} is listed twice")
        listed[number] = Indicator(set_id, criterion, number, name, phrases, bool(verified))
        keys = [_key(name), *(_key(p) for p in phrases)]
        for key in keys:
            wordings[set_id].append(_Wording(key, criterion, number))
        for example in examples:
            problems.check_example(
                where, example, any(_contains(_key(example), k) for k in keys), "its wordings"
            )
        for phrase in phrases:
            problems.check_example(
                where,
                " / ".join(examples),
                any(_contains(_key(e), _key(phrase)) for e in examples),
                f"wording {phrase!r} (no example holds it)",
            )
    for set_id, spec in sets.items():
        declared, listed = spec["indicators"], len(spec["indicator_list"])
        if declared is not None and listed > declared:
            problems.add(f"set {set_id!r}", f"declares {declared} indicators, lists {listed}")


@cache
def _lexicon() -> _Lexicon:
    return build_lexicon(load_data(DATA_FILE))


def build_lexicon(data: dict[str, Any], *, source: str = DATA_FILE) -> _Lexicon:
    """Check ``data`` (a parsed criteria_sets.toml) and index it; every bad entry is
    reported at once in one :class:`~baocao.errors.LexiconError`."""
    problems = Problems(source)
    sets = _read_sets(data, problems)
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
        problems.require(where, entry, "note", str, optional=True)
        examples = _examples(problems, where, entry)
        if phrase is None or number is None:
            continue
        for set_id in alias_sets:
            if set_id not in sets:
                problems.add(where, f"unknown set {set_id!r}")
            elif number not in sets[set_id]["criteria"]:
                problems.add(where, f"set {set_id} has no criterion {number}")
            else:
                wordings[set_id].append(_Wording(_key(phrase), number))
        for example in examples:
            problems.check_example(where, example, _contains(_key(example), _key(phrase)))
    _read_indicators(data, problems, sets, wordings)
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
                indicator_list=dict(spec["indicator_list"]),
                level=spec["level"],
            )
            for set_id, spec in sets.items()
        },
        wordings={set_id: _ranked(_with_short_forms(items)) for set_id, items in wordings.items()},
        ignore=tuple(sorted(set(ignore), key=len, reverse=True)),
    )


def _with_short_forms(items: list[_Wording]) -> list[_Wording]:
    """``items`` and, for each wording holding a phrase with a short form, the wording with
    it written short ("co tht hoac htx hoat dong co hieu qua", "moi truong va attp":
    shortforms.toml), unless another wording already has those words."""
    keys = {w.key for w in items}
    out = list(items)
    for w in items:
        for variant in map(_key, short_variants(w.key)):
            if variant not in keys:
                out.append(_Wording(variant, w.number, w.indicator, spelt=len(w.key)))
    return out


def _ranked(items: list[_Wording]) -> tuple[_Wording, ...]:
    """One wording per key, longest first. A key that one indicator's wordings hold names
    that indicator (an alias of its criterion with the same words agrees); a key two
    indicators share names the criterion only."""
    numbers: dict[str, int] = {}
    spelt: dict[str, int] = {}
    indicators: dict[str, set[str]] = {}
    for w in items:
        numbers.setdefault(w.key, w.number)
        spelt.setdefault(w.key, w.spelt)
        found = indicators.setdefault(w.key, set())
        if w.indicator is not None:
            found.add(w.indicator)
    ranked = [
        _Wording(
            key,
            number,
            next(iter(indicators[key])) if len(indicators[key]) == 1 else None,
            spelt[key],
        )
        for key, number in numbers.items()
    ]
    return tuple(sorted(ranked, key=lambda w: (-w.length, w.number)))


def _contains(haystack: str, needle: str) -> bool:
    return f" {needle} " in f" {haystack} "


#: Every national commune set by id ("2010-2015", "2016-2020", "2021-2025", "2026-2030").
CRITERIA_SETS: dict[str, CriteriaSet] = {
    k: v for k, v in _lexicon().sets.items() if v.level == "commune"
}
#: The most criteria a national commune set has (19, in every set from 2010 to 2025): the
#: largest criterion number a table row or a bare "N tiêu chí" can name as the whole set.
LARGEST_SET: int = max(len(s.criteria) for s in CRITERIA_SETS.values())
#: The district sets ("huyện nông thôn mới"), by id ("huyen-2016-2020", "huyen-2021-2025").
DISTRICT_SETS: dict[str, CriteriaSet] = {
    k: v for k, v in _lexicon().sets.items() if v.level == "district"
}


def _get_set(criteria_set: str) -> CriteriaSet:
    found = CRITERIA_SETS.get(criteria_set) or DISTRICT_SETS.get(criteria_set)
    if found is None:
        known = ", ".join([*CRITERIA_SETS, *DISTRICT_SETS])
        raise ValueError(f"unknown criteria set {criteria_set!r} (known: {known})")
    return found


def decision_set(decision: str) -> str | None:
    """The commune set a cited decision issued: "Quyết định số 1980/QĐ-TTg" → "2016-2020"."""
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


def report_criteria_set(period: str | None, decisions: Sequence[str]) -> str | None:
    """The set a report's criteria belong to, from what it writes about itself: its
    ``period``'s set when it cites that set's decision too or cites none; else the set it
    cites most. Both stages ask it: the reading of tables (a header naming a criterion) and
    the report's metadata."""
    by_period = criteria_set_for(period=period)
    cited = [decision_set(d) for d in decisions]
    if not cited or by_period in cited:
        return by_period
    counts = Counter(cited)
    return max(counts, key=lambda s: (counts[s], s or ""))


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
    ``criteria_set`` None the 19-criterion sets are tried and the answer given only when they
    agree ("lao động qua đào tạo" is 14 until 2020 and 12 from 2021, so it gives None). The
    2026-2030 set regroups them into ten: its numbers are another scale, given only with the
    set ("tỷ lệ hộ nghèo" is 6 there, "chuyển đổi số" 7, and both None without a set).
    """
    topic = criterion_by_topic(name, criteria_set)
    return topic.criterion if topic else None


def criterion_by_topic(phrase: str, criteria_set: str | None) -> Topic | None:
    """The criterion (and indicator) ``phrase`` names by its topic in ``criteria_set``.

    "tiêu chí thủy lợi" → 3; "trạm y tế xã đạt chuẩn quốc gia" → 15 (15.2 from 2016);
    "tỷ lệ lao động có việc làm qua đào tạo" → 14 (14.3) in "2016-2020" and 12 in
    "2021-2025"; "tỷ lệ nghèo đa chiều" → 11 in "2021-2025" and 6 (Giảm nghèo và an sinh xã
    hội) in "2026-2030". With ``criteria_set`` None the sets must agree on the criterion (see
    :func:`criterion_number`).
    """
    phrase = _names_masked(phrase)
    if criteria_set is not None:
        _get_set(criteria_set)
        return _topic_in(_key(phrase), criteria_set)
    found = {t for s in _usual_numbering() if (t := _topic_in(_key(phrase), s)) is not None}
    numbers = {t.criterion for t in found}
    if len(numbers) != 1:
        return None
    indicators = {t.indicator for t in found}
    return Topic(
        numbers.pop(),
        indicators.pop() if len(indicators) == 1 else None,
        max((t.wording for t in found), key=len),
    )


@cache
def _usual_numbering() -> tuple[str, ...]:
    """The commune sets that share the most common criteria count (the 19 of 2010-2025): the
    only sets a phrase is resolved against when no set is known."""
    counts = Counter(s.count for s in CRITERIA_SETS.values())
    usual = counts.most_common(1)[0][0]
    return tuple(s.id for s in CRITERIA_SETS.values() if s.count == usual)


@lru_cache(maxsize=8192)
def _topic_in(key: str, criteria_set: str) -> Topic | None:
    lexicon = _lexicon()
    text = f" {key} "
    for phrase in lexicon.ignore:
        text = text.replace(f" {phrase} ", " " + "#" * len(phrase) + " ")
    best: tuple[int, int, _Wording] | None = None  # (-length, position, wording)
    for wording in lexicon.wordings[criteria_set]:
        if best is not None and wording.length < -best[0]:
            break  # wordings are longest first: nothing shorter can win
        position = text.find(f" {wording.key} ")
        if position >= 0 and (best is None or (-wording.length, position) < best[:2]):
            best = (-wording.length, position, wording)
    if best is None:
        return None
    wording = best[2]
    return Topic(wording.number, wording.indicator, wording.key)


@cache
def _topic_pattern() -> re.Pattern[str]:
    """Every wording of every set (and every ignored phrase), longest first, over folded
    text: one alternation so each position takes its longest wording."""
    lexicon = _lexicon()
    keys = {w.key for items in lexicon.wordings.values() for w in items}
    ignore = set(lexicon.ignore)
    alternatives = sorted(keys | ignore, key=lambda k: (-len(k), k))
    body = "|".join(
        "(?P<ign{}>{})".format(i, r"[\W_]+".join(map(re.escape, k.split())))
        if k in ignore
        else r"[\W_]+".join(map(re.escape, k.split()))
        for i, k in enumerate(alternatives)
    )
    return re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])")


def topic_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of every wording that names a criterion or an indicator in some set
    inside ``text[start:end]`` ("tiêu chí thuỷ lợi" → the span of "thuỷ lợi"), in order;
    phrases that only look like one ("điện tử") are skipped. The set is not needed: resolve
    the phrase with :func:`criterion_by_topic` once it is known."""
    end = len(text) if end is None else end
    folded = fold(text[start:end])
    out = []
    for m in _topic_pattern().finditer(folded):
        if m.lastgroup is not None and m.lastgroup.startswith("ign"):
            continue
        if _in_proper_name(text, start + m.start(), start + m.end()):
            continue  # "huyện Điện Biên" names a place, not the criterion Điện
        out.append((start + m.start(), start + m.end()))
    return out


def _names_masked(phrase: str) -> str:
    """``phrase`` with every topic word that is part of a proper name blanked out ("… là huyện
    Phong Điền và …": a district, not criterion 4, Điện), as :func:`topic_spans` skips them."""
    folded = fold(phrase)
    if len(folded) != len(phrase):  # offsets would not line up: leave the phrase whole
        return phrase
    for m in _topic_pattern().finditer(folded):
        if _in_proper_name(phrase, m.start(), m.end()):
            phrase = phrase[: m.start()] + " " * (m.end() - m.start()) + phrase[m.end() :]
    return phrase


# a word starting with a capital (CAPITALS: "bảo đảm Giao thông" has none before "Giao")
_NAME_WORD = re.compile(rf"[ \t]+[{CAPITALS}][^\W\d_]*")
_NAME_BEFORE = re.compile(rf"[{CAPITALS}][^\W\d_]*[ \t]+$")
_PLACE_PREFIX_BEFORE = re.compile(
    r"(?i:(?<![^\W\d_])(?:xã|huyện|tỉnh|thị\s+xã|thị\s+trấn|thành\s+phố|phường|TP\.?))[ \t]+$"
)


def _in_proper_name(text: str, start: int, end: int) -> bool:
    """Whether a topic word at ``text[start:end]`` is part of a proper name: capitalised
    next to another capitalised word ("Điện Biên", "Hòa Điện"), or after a place prefix."""
    if not text[start : start + 1].isupper():
        return False
    if short_forms().pattern.fullmatch(text, start, end):
        return False  # "bảo đảm VSMT", "tham gia BHYT": a short form is no one's name
    if _PLACE_PREFIX_BEFORE.search(text, max(0, start - 12), start):
        return True
    if _NAME_WORD.match(text, end):
        return True
    before = _NAME_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and not _SENTENCE_OPENING.search(
        text, max(0, before.start() - 4), before.start()
    )


# (not "(": "(Phong Điền)" in a list of communes is a name, as anywhere else)
_SENTENCE_OPENING = re.compile(r"(?:^|[.:;!?\n]\s*|[-–+•*]\s*)$")
