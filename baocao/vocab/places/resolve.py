"""A place written with its prefix resolved to its official code (:func:`resolve_place`) in the
map of the document's time (``gazetteer``: the 63-province map before 1 July 2025, with 696
districts and ~10,000 communes; the 34-province map after, with ~3,300 communes and no
districts), both shipped offline by the ``vietnamadminunits`` package. A name resolves only
when it is unambiguous once narrowed by its prefix and the ``district``/``province`` given:
there are dozens of "xã Quang Trung", one "huyện Sông Lô". Unresolved places come back
unchanged. Nothing is ever sent over the network.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from functools import cache, lru_cache

from rapidfuzz.distance import Levenshtein

from baocao.model import Level, Place
from baocao.vocab.gazetteer import MAP_2025, MAP_PRE2025, MapName, map_of
from baocao.vocab.places.index import _Map, _map, _Unit
from baocao.vocab.places.keys import _marked, accent_key, place_key
from baocao.vocab.places.names import _split
from baocao.vocab.places.spellings import _spelled_name

logger = logging.getLogger(__name__)


# Official types in the package's tables, by our canonical prefix.
_OFFICIAL_TYPE = {
    "thành phố": "Thành phố",
    "huyện": "Huyện",
    "quận": "Quận",
    "thị xã": "Thị xã",
    "xã": "Xã",
    "phường": "Phường",
    "thị trấn": "Thị trấn",
    "đặc khu": "Đặc khu",
}


def _name_key(place: Place | str | None) -> str | None:
    """The key of a place given as a Place, "tỉnh Quảng Bình" or "Quảng Bình"."""
    if place is None:
        return None
    if isinstance(place, Place):
        return place_key(place.name)
    parsed = _split(" ".join(place.split()))
    return place_key(parsed.name if parsed else place)


def _narrow(
    candidates: tuple[_Unit, ...],
    prefix: str | None,
    district: str | None,
    province: str | None,
) -> tuple[_Unit, ...]:
    if province:
        candidates = tuple(c for c in candidates if c.province_key == province)
    if district:
        candidates = tuple(c for c in candidates if c.district_key == district)
    # the kind written picks among the units left: after the place, since a unit may have
    # changed kind ("huyện Phong Điền" of Huế is a thị xã on the map, and huyện Phong Điền
    # of Cần Thơ must not answer for it)
    official = _OFFICIAL_TYPE.get(prefix or "")
    if official and any(c.type == official for c in candidates):
        candidates = tuple(c for c in candidates if c.type == official)
    return candidates


def _kind_and_accents_differ(unit: _Unit, prefix: str | None, name: str) -> bool:
    """Whether a unit differs from the place written both in kind and in accents ("thị xã
    Vĩnh", its name cut at a syllable left in small letters, is not thành phố Vinh): either
    alone is a writer's slip the map forgives, both together are another unit."""
    official = _OFFICIAL_TYPE.get(prefix or "")
    if not official or unit.type == official:
        return False
    written, mapped = accent_key(name), accent_key(unit.name)
    if len(written) != len(mapped):
        return True
    # a word written with no marks at all ("Bim Sơn", typed bare) is no accent of its own
    return any(w != m for w, m in zip(written, mapped, strict=True) if _marked(w))


def resolve_place(
    place: Place,
    *,
    province: Place | str | None = None,
    district: Place | str | None = None,
    when: str | None = None,
) -> Place:
    """``place`` with its official ``code``, ``province`` and ``province_code`` filled in when
    a map names it unambiguously (narrowed by ``district`` and ``province``, given as Places
    or names); else ``place`` unchanged.

    ``when`` (the document's date, else its period) chooses the map: the 34-province map for a
    text written from July 2025 on, falling back on the 63-province one (such texts still name
    districts and old units); the 63-province map alone for an older text; both, old first,
    when the date cannot tell. A name the map no longer has, because the unit was merged into
    another before the map's date, resolves to the unit that took it in (the package lists
    such earlier names)."""
    return _resolve(place, _province_key(province), _name_key(district), map_of(when))


def _province_key(province: Place | str | None) -> str | None:
    """The key of a province, a former name read as the province now ("Thừa Thiên Huế" →
    the key of Huế), so that its districts and communes are found in it."""
    key = _name_key(province)
    if key is None:
        return None
    try:
        now = _map().former_provinces.get(key)
        if now is None and key not in _map().provinces:
            # "tỉnh Quảng Ni" cut short: the one province it can be
            name = province.name if isinstance(province, Place) else str(province)
            split = _split(name)
            return _spelled_name(split.name if split else name) or key
    except Exception:  # the package's data is optional at run time (see _resolve)
        return key
    return now.key if now is not None else key


def _maps_for(period_map: MapName | None) -> tuple[MapName, ...]:
    if period_map == MAP_2025:
        return (MAP_2025, MAP_PRE2025)
    if period_map == MAP_PRE2025:
        return (MAP_PRE2025,)
    return (MAP_PRE2025, MAP_2025)


def _one(found: tuple[_Unit, ...], name: str) -> _Unit | None:
    """The one candidate, or the one written with the same accents: "xã Diễn Hoa" and "xã
    Diên Hoa" are two communes of one province whose keys fold alike."""
    if len(found) == 1:
        return found[0]
    exact = [u for u in found if accent_key(u.name) == accent_key(name)]
    return exact[0] if len(exact) == 1 else None


def _find(
    admin: _Map, place: Place, province: str | None, district: str | None, *, alias: bool
) -> tuple[_Unit, Level] | None:
    key = place_key(place.name)
    level = place.level
    if level is Level.PROVINCE:
        unit = admin.former_provinces.get(key) if alias else admin.provinces.get(key)
        return (unit, level) if unit else None
    if level is Level.DISTRICT:
        if not admin.districts:  # the 2025 map has no districts
            return None
        pool = admin.aliases.get(key, ()) if alias else admin.districts.get(key, ())
        pool = tuple(u for u in pool if u.district_key is None)
        unit = _one(_narrow(pool, place.prefix, None, province), place.name)
        if unit is not None and not _kind_and_accents_differ(unit, place.prefix, place.name):
            return unit, level
        if not alias and place.prefix == "thành phố" and key in admin.provinces:
            return admin.provinces[key], Level.PROVINCE
        return None
    if level is Level.COMMUNE:
        pool = admin.aliases.get(key, ()) if alias else admin.communes.get(key, ())
        if alias:
            pool = tuple(u for u in pool if u.district_key is not None or not admin.districts)
        unit = _one(_narrow(pool, place.prefix, district, province), place.name)
        return (unit, level) if unit else None
    return None


@lru_cache(maxsize=8192)
def _resolve(
    place: Place, province: str | None, district: str | None, period_map: MapName | None
) -> Place:
    maps = _maps_for(period_map)
    try:
        admins = [_map(m) for m in maps]
    except Exception as e:  # the package's data is optional at run time: degrade, say so
        logger.warning("place %r: administrative map unavailable (%s)", place.written, e)
        return place
    # every map by the name, then "xã" read as "thị xã", then by former names, then a
    # numbered ward's number in the other numeral ("Phường 1" for Phường I of Vị Thanh),
    # then a province's name cut short or misspelt ("tỉnh Quảng Ni": the one it can be)
    current = _named_by_several(admins, place, province, district)
    for stage in ("name", "town", "former", "numeral", "spelled"):
        if stage == "former" and current:
            # "xã Hòa Phú" with no province: a name several communes of a map bear now is no
            # former name, though one commune merged before 2025 also bore it (Hòa Phú of Tuy
            # Phong, now in Phan Rí Cửa): it stays unresolved, not that commune's
            continue
        for admin in admins:
            found, written_as = _stage(admin, stage, place, province, district)
            if found is None:
                continue
            unit, level = found
            if stage == "former":  # the code of the unit that took it in, the name as written
                return replace(
                    written_as,
                    level=level,
                    code=unit.code,
                    province=unit.province,
                    province_code=unit.province_code,
                )
            return replace(
                written_as,
                name=unit.name or place.name,
                level=level,
                code=unit.code,
                province=unit.province,
                province_code=unit.province_code,
                official_name=unit.name or None,
            )
    if province is not None and place.level is Level.DISTRICT and place.prefix:
        # A district of another province than the document's ("xã Phú Vĩnh, thị xã Tân Châu,
        # An Giang" in a Long An article): taken when its name and kind are one unit in all
        # the map, when written with its kind. Communes are not, nor bare names: their names
        # repeat across provinces far more often.
        elsewhere = _resolve(place, None, None, period_map)
        if elsewhere.code is not None:
            return elsewhere
    words = place.name.split()
    if len(words) > 2 and not words[-1].isdigit():  # "Phước Cát 1" is a name, numeral and all
        # A name run into the capitalised words after it (a person's name after "UBND tỉnh
        # Đồng Nai", a title): the longest leading part that the map names.
        leading = replace(place, name=" ".join(words[:-1]))
        shorter = _resolve(leading, province, district, period_map)
        if shorter.code is not None:
            return shorter
    return place


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX",
          10: "X", 11: "XI", 12: "XII", 13: "XIII", 14: "XIV", 15: "XV"}  # fmt: skip


def _other_numeral(name: str) -> str | None:
    """ "1" → "I", "IV" → "4": a ward numbered one way in the text and the other in the map."""
    if name.isdigit():
        return _ROMAN.get(int(name))
    arabic = {roman: str(n) for n, roman in _ROMAN.items()}
    return arabic.get(name.upper())


#: A district's name misspelt by a letter ("Chư Jút" for Cư Jút, "Đắc Mil" for Đắk Mil) is
#: read as its province's district only when its key has at least this many letters.
DISTRICT_SPELLED_MIN_LETTERS = 5


@cache
def _districts_of(map: MapName, province: str) -> tuple[_Unit, ...]:
    """The districts of the province keyed ``province`` in ``map``."""
    return tuple(
        u
        for units in _map(map).districts.values()
        for u in units
        if u.province_key == province and u.district_key is None
    )


def _district_spelled(admin: _Map, place: Place, province: str) -> _Unit | None:
    """The one district of ``province`` whose key lies one letter (changed, added or
    dropped) from the name written, which no unit of the country at that level, no former
    name and no province has ("huyện Chư Jút" in Đắk Nông → Cư Jút; tone marks are already
    blind in keys: "Đăk Glong", "Đắk Glong", "Dak Glong" are one); None when none or several
    districts of the province lie so close."""
    key = place_key(place.name)
    if (
        len(key) < DISTRICT_SPELLED_MIN_LETTERS
        or key.isdigit()
        or key in admin.districts
        or key in admin.aliases
        or key in admin.provinces
    ):
        return None
    map_name = MAP_PRE2025 if admin is _map(MAP_PRE2025) else MAP_2025
    close = [u for u in _districts_of(map_name, province) if Levenshtein.distance(key, u.key) <= 1]
    return close[0] if len(close) == 1 else None


def _named_by_several(
    admins: list[_Map], place: Place, province: str | None, district: str | None
) -> bool:
    """Whether a commune's name (narrowed by the province and district given) is borne by
    more than one commune of one of the maps: a current name, ambiguous, not a former one."""
    if place.level is not Level.COMMUNE:
        return False
    key = place_key(place.name)
    return any(
        len(_narrow(admin.communes.get(key, ()), place.prefix, district, province)) > 1
        for admin in admins
    )


def _stage(
    admin: _Map, stage: str, place: Place, province: str | None, district: str | None
) -> tuple[tuple[_Unit, Level] | None, Place]:
    if stage == "spelled":
        if place.level is Level.DISTRICT and province is not None and admin.districts:
            unit = _district_spelled(admin, place, province)
            return ((unit, Level.DISTRICT) if unit else None), place
        if place.level is not Level.PROVINCE:
            return None, place
        key = _spelled_name(place.name)
        unit = admin.provinces.get(key) if key else None
        return ((unit, Level.PROVINCE) if unit else None), place
    if stage == "numeral":
        other = _other_numeral(place.name)
        if other is None:
            return None, place
        renamed = replace(place, name=other)
        return _find(admin, renamed, province, district, alias=False), renamed
    if stage == "town":
        # "xã" left of "thị xã" (a line break, a dropped word): the town, when the province
        # is known, has one of that name and no commune answers to it
        if place.prefix != "xã" or not province:
            return None, place
        town = replace(place, prefix="thị xã", level=Level.DISTRICT)
        found = _find(admin, town, province, None, alias=False)
        if found is not None and found[0].type != _OFFICIAL_TYPE["thị xã"]:
            found = None  # "xã Tân Phú" in Đồng Nai is no town: its huyện Tân Phú is not one
        return found, town
    return _find(admin, place, province, district, alias=stage == "former"), place
