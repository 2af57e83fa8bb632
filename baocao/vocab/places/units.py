"""What the map says of its units: how many communes a district had, the most units one can
hold, the units enclosing one, the provinces and districts a name lies in.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from functools import cache

from baocao.model import Level, Place
from baocao.vocab.gazetteer import MAP_2025, MAP_PRE2025, denominators
from baocao.vocab.gazetteer import units as gazetteer_units
from baocao.vocab.places.index import _map
from baocao.vocab.places.keys import place_key
from baocao.vocab.places.names import _place_of, _province_prefix
from baocao.vocab.places.spellings import _one_syllable_other_tone

logger = logging.getLogger(__name__)


def official_commune_count(district_code: str) -> int | None:
    """How many communes (xã, phường, thị trấn) the district had in the 63-province map
    (the state just before July 2025 — not necessarily the report's year), or None."""
    found = denominators(map=MAP_PRE2025, region_code=district_code)
    return found[0].communes if found and found[0].level == "district" else None


@cache
def _most_units() -> dict[tuple[str, Level, Level], int]:
    """(province code, level of a unit, level counted) → the most units counted in one unit
    of that level of that province, on either map (a unit and the former units merged into
    it, whose earlier names the map lists)."""
    found: dict[tuple[str, Level, Level], int] = defaultdict(int)
    for map_name in (MAP_PRE2025, MAP_2025):
        every = gazetteer_units(map_name)
        counted: dict[tuple[str, Level], int] = defaultdict(int)
        for u in every.values():
            if u.level not in (Level.COMMUNE, Level.DISTRICT):
                continue
            for region in {u.province_code, u.district_code} - {None, u.code}:
                counted[(str(region), u.level)] += 1 + len(u.aliases)
        for (region, level), n in counted.items():
            holder = every.get(region)
            if holder is not None:
                key = (holder.province_code, holder.level, level)
                found[key] = max(found[key], n)
    return dict(found)


def most_units(code: str, level: Level) -> int | None:
    """The most units of ``level`` (communes, districts) that a unit like the one of
    ``code`` can count: the largest count of any unit of its own level in its province, on
    either map, each with the former units merged into it. Its peers bound it, not its own
    count, because boundaries moved and the map's record of the units merged before is
    incomplete (a district that had 31 communes in 2015 may list 25 and no former name), and
    a district may since have lost communes to a new town. 0 when no such unit holds units of
    that level (a commune holds no communes); None for a code neither map has. "K/N xã" with
    N above it cannot be about that unit."""
    try:
        known = gazetteer_units(MAP_PRE2025).get(code) or gazetteer_units(MAP_2025).get(code)
    except Exception as e:  # the package's data is optional at run time
        logger.warning("code %r: administrative map unavailable (%s)", code, e)
        return None
    if known is None:
        return None
    return _most_units().get((known.province_code, known.level, level), 0)


def enclosing_places(code: str) -> tuple[Place, ...]:
    """The units enclosing the unit of ``code``, innermost first (its district, then its
    province), as places with their official prefix, name and code; () for an unknown code.
    A code both maps have is read on the pre-2025 map (see :mod:`baocao.vocab.gazetteer`)."""
    try:
        pre2025 = gazetteer_units(MAP_PRE2025)
        found = pre2025.get(code)
        every = pre2025
        if found is None:
            every = gazetteer_units(MAP_2025)
            found = every.get(code)
    except Exception as e:  # the package's data is optional at run time
        logger.warning("code %r: administrative map unavailable (%s)", code, e)
        return ()
    if found is None:
        return ()
    out: list[Place] = []
    for parent_code in (found.district_code, found.province_code):
        parent = every.get(parent_code or "")
        if parent is None or parent.code == code:
            continue
        if parent.level is Level.PROVINCE:
            prefix = _province_prefix(place_key(parent.name))
        else:
            prefix = parent.type.lower()
        out.append(_place_of(parent, f"{prefix} {parent.name}", prefix, parent.level))
    return tuple(out)


def official_xa_counts() -> dict[str, int]:
    """District code → how many xã (rural communes, the units NTM counts; not phường or thị
    trấn) it had on the 63-province map, the state just before July 2025. Boundaries moved
    before that (the 2019–2021 mergers), so a report of an earlier year may rightly differ."""
    return {
        d.region_code: d.xa for d in denominators(map=MAP_PRE2025) if d.level == "district" and d.xa
    }


def district_provinces(name: str) -> frozenset[str]:
    """The provinces that have a district (huyện, thị xã, thành phố, quận) of this name on the
    63-province map ("Đơn Dương" → {"Lâm Đồng"}; "Châu Thành" → several); empty for a name
    no district has."""
    try:
        found = _map().districts.get(place_key(name), ())
    except Exception as e:  # the package's data is optional at run time
        logger.warning("place %r: administrative map unavailable (%s)", name, e)
        return frozenset()
    written = " ".join(name.split())
    return frozenset(
        u.province for u in found if not (u.name and _one_syllable_other_tone(written, u.name))
    )


def commune_homes(name: str) -> frozenset[tuple[str, str]]:
    """The (district key, province) pairs of the communes (xã, phường, thị trấn) named
    ``name`` on the 63-province map ("Luận Khê" → {("thuongxuan", "Thanh Hóa")}); empty for a
    name no commune has."""
    try:
        found = _map().communes.get(place_key(name), ())
    except Exception as e:  # the package's data is optional at run time
        logger.warning("place %r: administrative map unavailable (%s)", name, e)
        return frozenset()
    return frozenset((u.district_key, u.province) for u in found if u.district_key)


def district_place(district_key: str, province: str) -> Place | None:
    """The district of key ``district_key`` in ``province`` as a Place with its official
    name, type as prefix, code and province; None when the map has no such one."""
    try:
        found = _map().districts.get(district_key, ())
    except Exception as e:  # the package's data is optional at run time
        logger.warning("district %r: administrative map unavailable (%s)", district_key, e)
        return None
    units = [u for u in found if u.province == province and u.district_key is None]
    if len(units) != 1:
        return None
    u = units[0]
    prefix = (u.type or "huyện").lower()
    return Place(
        written=f"{prefix} {u.name}",
        prefix=prefix,
        name=u.name,
        level=Level.DISTRICT,
        code=u.code,
        province=u.province,
        province_code=u.province_code,
        official_name=u.name,
    )
