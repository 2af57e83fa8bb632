"""The name index of each map (:func:`_map`: provinces, districts, communes, earlier names, by
:func:`~baocao.vocab.places.keys.place_key`), built from :mod:`baocao.vocab.gazetteer`, and the
former names of provinces (``data/former_provinces.toml``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from baocao.data.lexicon import Problems, entries, load_data
from baocao.model import Level
from baocao.vocab.gazetteer import MAP_PRE2025, MapName
from baocao.vocab.gazetteer import units as gazetteer_units
from baocao.vocab.places.keys import place_key


@dataclass(frozen=True)
class _Unit:
    key: str
    type: str | None
    code: str
    district_key: str | None
    province: str
    province_key: str
    province_code: str
    name: str = ""  # the official name without its type ("Bỉm Sơn")


@dataclass(frozen=True)
class _Map:
    provinces: dict[str, _Unit]
    districts: dict[str, tuple[_Unit, ...]]
    communes: dict[str, tuple[_Unit, ...]]
    # earlier names of units (communes and districts merged into them) → the units now
    aliases: dict[str, tuple[_Unit, ...]]
    # earlier names of provinces (data/former_provinces.toml) → the province now
    former_provinces: dict[str, _Unit]


@cache
def _map(map: MapName = MAP_PRE2025) -> _Map:
    """The name index of one map (``pre2025``: 63 provinces; ``2025``: 34, no districts)."""
    all_units = gazetteer_units(map)
    provinces: dict[str, _Unit] = {}
    districts: dict[str, dict[str, _Unit]] = defaultdict(dict)
    communes: dict[str, dict[str, _Unit]] = defaultdict(dict)
    aliases: dict[str, dict[str, _Unit]] = defaultdict(dict)
    for u in all_units.values():
        province = all_units[u.province_code]
        district = all_units.get(u.district_code or "")
        entry = _Unit(
            key=place_key(u.name),
            type=None if u.level is Level.PROVINCE else u.type,
            code=u.code,
            district_key=place_key(district.name) if district else None,
            province=province.name,
            province_key=place_key(province.name),
            province_code=province.code,
            name=u.name,
        )
        if u.level is Level.PROVINCE:
            provinces[entry.key] = entry
            continue
        (districts if u.level is Level.DISTRICT else communes)[entry.key][u.code] = entry
        for alias in u.aliases:
            aliases[alias][u.code] = entry
    by_code = {u.code: u for u in provinces.values()}
    return _Map(
        provinces=provinces,
        districts={k: tuple(v.values()) for k, v in districts.items()},
        communes={k: tuple(v.values()) for k, v in communes.items()},
        aliases={k: tuple(v.values()) for k, v in aliases.items()},
        former_provinces={
            place_key(former): by_code[code]
            for former, code in former_province_names().items()
            if code in by_code
        },
    )


FORMER_PROVINCES_FILE = "former_provinces.toml"


@cache
def former_province_names() -> dict[str, str]:
    """Former names of provinces the map no longer carries → their code
    (``data/former_provinces.toml``: "Thừa Thiên Huế" → "46", thành phố Huế since 2025)."""
    problems = Problems(FORMER_PROVINCES_FILE)
    names: dict[str, str] = {}
    for where, entry in entries(load_data(FORMER_PROVINCES_FILE), "province", problems):
        former = problems.require(where, entry, "former", str)
        code = problems.require(where, entry, "code", str)
        problems.require(where, entry, "source", str)
        for example in problems.require_examples(where, entry):
            problems.check_example(
                where,
                example,
                former is not None and place_key(former) in place_key(example),
                repr(former),
            )
        if former and code:
            names[former] = code
    problems.raise_if_any()
    return names


@cache
def _former_names_until() -> tuple[tuple[str, str, str], ...]:
    """(former name, code now, first day of the new name) of every renamed province."""
    data = load_data(FORMER_PROVINCES_FILE)
    return tuple(
        (str(e["former"]), str(e["code"]), str(e["until"]))
        for e in data.get("province", [])
        if e.get("former") and e.get("code") and e.get("until")
    )
