"""The unit a file's name names: the last clue to a report's place.

Researchers name their files for the unit a report is about ("bao-cao-ntm-xa-dien-lien-2023.pdf",
"BC_huyen_Yen_Thanh_NgheAn.docx", "laocai-province-2019-news.txt"), as a page's address names
the province of its article. When the text itself names no unit of its own (an excerpt starting
mid-report, a page saved without its headline), the name is the only clue left, and a reader
would take it; the metadata does so only then (:func:`baocao.nlp.read_sections`).

A name is read folded (no accents, no case) as a run of words, each name matched with its words
run together ("nghe-an", "NgheAn" and "nghean" are one), against the gazetteer: a province first
(the greedy longest names, left to right), then a district of that province, then a commune of
that district (or of the province). Lower units are only looked for inside the province the name
names: a commune's name alone repeats across the country. Words saying the level
(``data/file_names.toml``: "xa", "huyen", "commune", "province") choose which of the units found
is the file's; without one, the lowest found is. Two provinces, or two districts of one, and the
name says nothing certain: None. A path's folders are the same clue, read only when the stem
names no province, innermost first, each with the words inside it ("…/Ha Tinh/Loc Ha/x.pdf").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import PurePath
from typing import TypeVar

from baocao.data.lexicon import Problems, entries, fold, load_data
from baocao.model import Level, Place
from baocao.vocab.gazetteer import MAP_2025, MAP_PRE2025, MapName, Unit, units
from baocao.vocab.places import former_province_names, place_key

__all__ = ["FileNamePlace", "place_of_file_name"]

DATA_FILE = "file_names.toml"
T = TypeVar("T")

#: The most words a unit's name takes in a file name ("ba-ria-vung-tau").
_MOST_NAME_WORDS = 4
_LEVELS = {"commune": Level.COMMUNE, "district": Level.DISTRICT, "province": Level.PROVINCE}
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class FileNamePlace:
    """What a file's name says: its ``unit`` (None when it names several units, or a level it
    names no unit of) and the ``province`` that unit lies in."""

    unit: Place | None
    province: Place


@dataclass(frozen=True)
class _LevelWord:
    words: tuple[str, ...]  # folded tokens
    level: str  # commune, district, province, several
    before_name: bool


@dataclass(frozen=True)
class _Names:
    """The gazetteer of one map keyed for file names."""

    provinces: dict[str, Unit]
    districts: dict[tuple[str, str], tuple[Unit, ...]]  # (province code, key) → districts
    communes_of_district: dict[tuple[str, str], tuple[Unit, ...]]
    communes_of_province: dict[tuple[str, str], tuple[Unit, ...]]


@cache
def _level_words() -> tuple[_LevelWord, ...]:
    data = load_data(DATA_FILE)
    problems = Problems(DATA_FILE)
    found: list[_LevelWord] = []
    for where, entry in entries(data, "level", problems):
        words = problems.require(where, entry, "words", list) or []
        level = problems.require(where, entry, "level", str)
        before = problems.require(where, entry, "before_name", bool)
        if level is not None and level not in (*_LEVELS, "several"):
            problems.add(where, f"level {level!r} is not commune, district, province or several")
        folded = tuple(tuple(w.split()) for w in words if isinstance(w, str))
        for example in problems.require_examples(where, entry):
            tokens = _tokens(example)
            problems.check_example(
                where, example, any(_at(tokens, w) is not None for w in folded), repr(words)
            )
        if level is not None and before is not None:
            found.extend(_LevelWord(w, level, before) for w in folded)
    problems.raise_if_any()
    # longest first: "thi xa" before "xa"
    return tuple(sorted(found, key=lambda w: -len(w.words)))


@cache
def _province_shorts() -> dict[str, str]:
    data = load_data(DATA_FILE)
    problems = Problems(DATA_FILE)
    shorts: dict[str, str] = {}
    for where, entry in entries(data, "province_short", problems):
        written = problems.require(where, entry, "written", str)
        province = problems.require(where, entry, "province", str)
        for example in problems.require_examples(where, entry):
            problems.check_example(
                where, example, written is not None and written in _tokens(example), repr(written)
            )
        if written and province:
            shorts[written] = province
    problems.raise_if_any()
    return shorts


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(name).lower()))


def _at(tokens: tuple[str, ...], words: tuple[str, ...]) -> int | None:
    for i in range(len(tokens) - len(words) + 1):
        if tokens[i : i + len(words)] == words:
            return i
    return None


@cache
def _names(map_name: MapName) -> _Names:
    every = units(map_name)
    provinces: dict[str, Unit] = {}
    districts: dict[tuple[str, str], list[Unit]] = {}
    of_district: dict[tuple[str, str], list[Unit]] = {}
    of_province: dict[tuple[str, str], list[Unit]] = {}
    for u in every.values():
        key = place_key(u.name)
        if u.level is Level.PROVINCE:
            provinces[key] = u
        elif u.level is Level.DISTRICT:
            districts.setdefault((u.province_code, key), []).append(u)
        else:
            if u.district_code:
                of_district.setdefault((u.district_code, key), []).append(u)
            of_province.setdefault((u.province_code, key), []).append(u)
    by_code = {u.code: u for u in provinces.values()}
    for former, code in former_province_names().items():
        if code in by_code:
            # "thua-thien-hue-…": the province as the name writes it (tỉnh Thừa Thiên Huế, the
            # name of its years), not renamed to the city it became
            provinces.setdefault(
                place_key(former),
                replace(by_code[code], name=former, type="Tỉnh"),
            )
    for short, province in _province_shorts().items():
        if place_key(province) in provinces:
            provinces.setdefault(short, provinces[place_key(province)])
    return _Names(
        provinces=provinces,
        districts={k: tuple(v) for k, v in districts.items()},
        communes_of_district={k: tuple(v) for k, v in of_district.items()},
        communes_of_province={k: tuple(v) for k, v in of_province.items()},
    )


def _matches(
    tokens: tuple[str, ...],
    free: list[bool],
    found: dict[str, T],
    not_at: frozenset[int] = frozenset(),
) -> list[tuple[int, int, T]]:
    """Greedy longest matches, left to right, of ``found``'s keys over the free tokens, none
    starting at ``not_at``."""
    out: list[tuple[int, int, T]] = []
    i = 0
    while i < len(tokens):
        for size in range(min(_MOST_NAME_WORDS, len(tokens) - i), 0, -1):
            if i in not_at or not all(free[i : i + size]):
                continue
            hit = found.get("".join(tokens[i : i + size]))
            if hit is not None:
                out.append((i, i + size, hit))
                i += size
                break
        else:
            i += 1
    return out


def _of(index: dict[tuple[str, str], tuple[Unit, ...]], code: str) -> dict[str, tuple[Unit, ...]]:
    """The names of ``index`` under the unit ``code``."""
    return {key: found for (parent, key), found in index.items() if parent == code}


def _one(matches: list[tuple[int, int, tuple[Unit, ...]]]) -> Unit | None:
    """The one unit every match names, else None (none, or several)."""
    found = {u.code: u for _, _, us in matches for u in us}
    return next(iter(found.values())) if len(found) == 1 else None


def _take(free: list[bool], matches: list[tuple[int, int, T]]) -> None:
    for start, end, _ in matches:
        for j in range(start, end):
            free[j] = False


def _place(u: Unit, level: Level) -> Place:
    prefix = u.type.lower()
    return Place(
        written=f"{prefix} {u.name}",
        prefix=prefix,
        name=u.name,
        level=level,
        code=u.code,
        province=u.province,
        province_code=u.province_code,
        official_name=u.name,
    )


def _said_level(tokens: tuple[str, ...], free: list[bool]) -> str | None:
    """The level the name's free words say (the first such word); those words are taken out
    of ``free`` (a level word is no name)."""
    said: str | None = None
    for word in _level_words():
        for i in range(len(tokens) - len(word.words) + 1):
            span = range(i, i + len(word.words))
            if tokens[i : i + len(word.words)] == word.words and all(free[j] for j in span):
                for j in span:
                    free[j] = False
                said = said or word.level
    return said


def _after_lower_unit_word(tokens: tuple[str, ...]) -> frozenset[int]:
    """Where a name follows a commune's or district's unit word ("xa", "huyen", "tp")."""
    return frozenset(
        i + len(word.words)
        for word in _level_words()
        if word.before_name and word.level in ("commune", "district")
        for i in range(len(tokens) - len(word.words) + 1)
        if tokens[i : i + len(word.words)] == word.words
    )


class _Ambiguous(Exception):
    """The name names two provinces, or two districts of its province."""


def _in_map(tokens: tuple[str, ...], map_name: MapName) -> FileNamePlace | None:
    """The place ``tokens`` name on ``map_name``; None when they name no province there."""
    names = _names(map_name)
    free = [True] * len(tokens)
    # provinces first, over every word: "ha-tinh-tinh-ha-tinh" holds the level word "tinh"
    # …but not a name right after a lower unit's word: "tp-thanh-hoa" is the city
    provinces = _matches(tokens, free, names.provinces, _after_lower_unit_word(tokens))
    if not provinces:
        return None
    if len({u.code for _, _, u in provinces}) != 1:
        raise _Ambiguous
    province = provinces[0][2]
    _take(free, provinces)
    said = _said_level(tokens, free)
    districts = _matches(tokens, free, _of(names.districts, province.code))
    district = _one(districts)
    if districts and district is None:
        raise _Ambiguous
    _take(free, districts)
    pool = (
        _of(names.communes_of_district, district.code)
        if district is not None
        else _of(names.communes_of_province, province.code)
    )
    commune = _one(_matches(tokens, free, pool))
    province_place = _place(province, Level.PROVINCE)
    lowest = (
        _place(commune, Level.COMMUNE)
        if commune
        else _place(district, Level.DISTRICT)
        if district
        else province_place
    )
    chosen = {
        None: lowest,
        "several": None,
        "province": province_place,
        "district": _place(district, Level.DISTRICT) if district else None,
        "commune": _place(commune, Level.COMMUNE) if commune else None,
    }[said]
    return FileNamePlace(unit=chosen, province=province_place)


def place_of_file_name(name: str) -> FileNamePlace | None:
    """The unit and province ``name`` (a file's name or path) names on the map before July
    2025, else on the 2025 map; None when it names no one province. The file's stem is read
    first; a path's folders only when the stem names no province, innermost first, each read
    with the words inside it ("…/Ha Tinh/Loc Ha/bao-cao-2023.pdf": the stem names nothing,
    "Loc Ha" alone no province, "Loc Ha" within "Ha Tinh" the district). A researcher files
    reports by province and unit as often as naming the file for them; a folder nearer the
    file says more of it than one above."""
    path = PurePath(name)
    tokens = _tokens(path.stem)
    for folder in (None, *reversed(path.parent.parts)):
        if folder is not None:
            tokens = (*tokens, *_tokens(folder))
        try:
            # the 2025 map only for a name the old map has no province in: a province merged in
            # 2025 is not in it, and the name of the one it joined would be read alone
            found = _in_map(tokens, MAP_PRE2025) or _in_map(tokens, MAP_2025)
        except _Ambiguous:
            return None
        if found is not None:
            return found
    return None
