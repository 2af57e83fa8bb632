"""Vietnam's two administrative maps and the crosswalk from the old one to the new one.

Until 30 June 2025 the country had 63 provinces, ~700 districts and ~10,000 communes (the
``pre2025`` map); from 1 July 2025 it has 34 provinces and ~3,300 communes and no district level
(the ``2025`` map). Both maps, and the conversion of every old commune into a new one, come from
the data the ``vietnamadminunits`` package ships offline (its ``admin_units_legacy`` and
``admin_units`` tables and its ``converter_2025.json``): nothing here is typed by hand, nothing
goes over the network.

Codes are the official (GSO) codes: 2 digits for a province, 3 for a district, 5 for a commune.
The 2025 map reuses old codes (a new commune takes the code of one of the old communes it was
made from; a merged province keeps the code of one of its members), so a code alone does not say
its map: :func:`in_2025_map` reads a code as pre-2025 when that map has it, which for a reused
code gives the same 2025 counterpart either way (measured in tests/test_gazetteer.py).
"""

from __future__ import annotations

import json
import logging
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Literal

from baocao.data.lexicon import Problems, entries, fold, load_data
from baocao.model import Level

__all__ = [
    "CHANGEOVER",
    "Denominator",
    "MAP_2025",
    "MAP_PRE2025",
    "Place2025",
    "Unit",
    "denominator",
    "denominators",
    "in_2025_map",
    "map_of",
    "predecessors",
    "unit",
    "units",
]

logger = logging.getLogger(__name__)

MapName = Literal["pre2025", "2025"]
MAP_PRE2025: MapName = "pre2025"
MAP_2025: MapName = "2025"
#: The day the 34-province map took effect (Resolution 202/2025/QH15).
CHANGEOVER = "2025-07-01"

Relation = Literal["same", "renamed", "merged", "split", "dissolved"]


def _key(text: str) -> str:
    """A key of the package's spelling folded to ASCII ("xãcẩmgiàng" → "xacamgiang")."""
    return re.sub(r"[^0-9a-z]", "", fold(text))


def former_name(written_name: str, code: str) -> str | None:
    """``written_name``'s key when it is a name the unit ``code`` absorbed (one of its
    aliases, not its own: "Mỹ Thành" of xã Bình Phú, which took it in a merger), else None.
    A text older than the merger names the two apart."""
    found = unit(code)
    if found is None or not found.aliases:
        return None
    key = _key(written_name)
    if not key or key == _key(found.name) or key not in found.aliases:
        return None
    return key


def _keys(*parts: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The package's keys as written, then folded. The package keeps a key accented where two
    units differ by accents only (Phường Sa Pa, Phường Sa Pả); elsewhere it writes ASCII,
    save a few slips ("xãcẩmgiàng" for a key written "xacamgiang" in the other table)."""
    return tuple(parts), tuple(_key(p) for p in parts)


def _index(index: dict[tuple[str, ...], str], parts: tuple[str, ...], code: str) -> None:
    exact, folded = _keys(*parts)
    index[exact] = code
    index.setdefault(folded, code)


def _look(index: dict[tuple[str, ...], str], parts: tuple[str, ...]) -> str | None:
    exact, folded = _keys(*parts)
    return index.get(exact) or index.get(folded)


@dataclass(frozen=True)
class Unit:
    """One administrative unit of one map. ``name`` is without its type ("Bỉm Sơn"); ``type``
    the official type as the package writes it ("Thị xã", "Xã", "Đặc khu", "Tỉnh")."""

    code: str
    name: str
    type: str
    level: Level
    map: MapName
    province_code: str
    province: str
    district_code: str | None = None
    # earlier names of the unit (units merged into it before the map's date), as keys
    aliases: tuple[str, ...] = ()
    # the day a former unit left the map (data/former_districts.toml): texts written before
    # name it; it is counted in no denominator of the map's date. None for the map's own.
    until: str | None = None


@dataclass(frozen=True)
class Place2025:
    """Where a unit (``code`` in ``map``) lies on the 2025 map.

    ``code_2025``/``name_2025``/``level_2025`` are its counterpart (None for a district: the
    level is gone); ``province_code_2025``/``province_name_2025`` the 2025 province holding it.
    ``relation_2025``: ``same`` (one old unit, same name), ``renamed`` (one old unit, new name),
    ``merged`` (several old units made the new one), ``split`` (the old commune went to several
    new ones; ``code_2025`` is the one the package names as its main successor), ``dissolved``
    (a district); None when the crosswalk does not know the unit.
    """

    code: str
    map: MapName
    code_2025: str | None
    name_2025: str | None
    level_2025: str | None
    province_code_2025: str | None
    province_name_2025: str | None
    relation_2025: Relation | None


@dataclass(frozen=True)
class Denominator:
    """How many units ``region_code`` holds on ``map``: communes of every type, rural communes
    (xã, the units the NTM programme counts), and districts (None on the 2025 map)."""

    map: MapName
    region_code: str
    region_name: str
    level: str
    communes: int
    xa: int
    districts: int | None
    # The date the map describes; a report of an earlier year may rightly count otherwise.
    as_of: str


@dataclass(frozen=True)
class _Gazetteer:
    legacy: dict[str, Unit]
    new: dict[str, Unit]
    crosswalk: dict[str, Place2025]


def _data_file(name: str) -> str:
    return resources.files("vietnamadminunits").joinpath("data", name).read_text("utf-8")


def _aliases(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return ()
    try:
        return tuple(str(a) for a in json.loads(raw))
    except ValueError:
        return ()


def short_name(full: str, unit_type: str | None) -> str:
    """ "Phường 1" → "1", "Xã Cẩm Ngọc" → "Cẩm Ngọc"; names without their type as-is. (The
    package's own short names add the type where two units share a name: "Cao Lãnh (Huyện)".)"""
    if unit_type and full.lower().startswith(unit_type.lower() + " "):  # "Thành Phố Đồng Hới"
        return full[len(unit_type) + 1 :]
    return full


def _province_type(full: str, short: str) -> str:
    return full[: -len(short)].strip() if full.endswith(short) and full != short else "Tỉnh"


def _province_unit(row: dict[str, str], map_name: MapName) -> Unit:
    """The province a row of either map lies in (every row names its province)."""
    pcode, pname = row["provinceCode"], row["provinceShort"]
    province_type = _province_type(row["province"], pname)
    return Unit(pcode, pname, province_type, Level.PROVINCE, map_name, pcode, pname)


def _commune_unit(row: dict[str, str], map_name: MapName, district_code: str | None = None) -> Unit:
    """The commune (ward, town) of a row of either map; the 2025 map has no districts."""
    pcode, pname = row["provinceCode"], row["provinceShort"]
    return Unit(
        row["wardCode"],
        short_name(row["ward"], row["wardType"]),
        row["wardType"],
        Level.COMMUNE,
        map_name,
        pcode,
        pname,
        district_code=district_code,
        aliases=_aliases(row["wardAlias"]),
    )


def _load_legacy(
    rows: list[dict[str, str]],
) -> tuple[dict[str, Unit], dict[tuple[str, ...], str], dict[str, str]]:
    """Units by code, the package's (province, district, ward) keys → ward code, and the
    province keys → province code."""
    units: dict[str, Unit] = {}
    by_keys: dict[tuple[str, ...], str] = {}
    province_keys: dict[str, str] = {}
    for row in rows:
        pcode, pname = row["provinceCode"], row["provinceShort"]
        province_keys[_key(row["provinceKey"])] = pcode
        units.setdefault(pcode, _province_unit(row, MAP_PRE2025))
        dcode = row["districtCode"]
        units.setdefault(
            dcode,
            Unit(
                dcode,
                short_name(row["district"], row["districtType"]),
                row["districtType"],
                Level.DISTRICT,
                MAP_PRE2025,
                pcode,
                pname,
                aliases=_aliases(row["districtAlias"]),
            ),
        )
        dkey = (row["provinceKey"], row["districtKey"])
        if row["wardCode"]:
            units[row["wardCode"]] = _commune_unit(row, MAP_PRE2025, district_code=dcode)
            _index(by_keys, (*dkey, row["wardKey"]), row["wardCode"])
        else:  # an island district without communes (Côn Đảo, Bạch Long Vĩ…)
            _index(by_keys, (*dkey, ""), dcode)
    return units, by_keys, province_keys


def _load_new(
    rows: list[dict[str, str]],
) -> tuple[dict[str, Unit], dict[tuple[str, ...], str], dict[str, str]]:
    units: dict[str, Unit] = {}
    by_keys: dict[tuple[str, ...], str] = {}
    province_keys: dict[str, str] = {}
    for row in rows:
        pcode = row["provinceCode"]
        province_keys[_key(row["provinceKey"])] = pcode
        units.setdefault(pcode, _province_unit(row, MAP_2025))
        units[row["wardCode"]] = _commune_unit(row, MAP_2025)
        _index(by_keys, (row["provinceKey"], row["wardKey"]), row["wardCode"])
    return units, by_keys, province_keys


def _crosswalk(
    legacy: dict[str, Unit],
    legacy_keys: dict[tuple[str, ...], str],
    legacy_provinces: dict[str, str],
    new: dict[str, Unit],
    new_keys: dict[tuple[str, ...], str],
    new_provinces: dict[str, str],
    converter: dict[str, dict],
) -> dict[str, Place2025]:
    def old_code(joined: str) -> str | None:
        p, d, w = (joined.split("_") + ["", ""])[:3]
        return _look(legacy_keys, (p, d, w))

    # old province code → new province code; members of each new province
    province_of: dict[str, str] = {}
    province_members: dict[str, list[str]] = defaultdict(list)
    for new_pkey, old_pkeys in converter["DICT_PROVINCE"].items():
        new_pcode = new_provinces[_key(new_pkey)]
        for old_pkey in old_pkeys:
            old_pcode = legacy_provinces[_key(old_pkey)]
            province_of[old_pcode] = new_pcode
            province_members[new_pcode].append(old_pcode)
    # old commune code → (new commune code, split?); members of each new commune
    successor: dict[str, tuple[str, bool]] = {}
    members: dict[str, set[str]] = defaultdict(set)
    for new_pkey, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_wkey, olds in wards.items():
            new_code = _look(new_keys, (new_pkey, new_wkey))
            if new_code is None:
                continue
            for joined in olds:
                was = old_code(joined)
                if was is not None:
                    successor[was] = (new_code, False)
                    members[new_code].add(was)
    for new_pkey, divided in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for joined, options in divided.items():
            was = old_code(joined)
            if was is None:
                continue
            found: list[tuple[bool, str]] = []
            for option in options:
                new_code = _look(new_keys, (new_pkey, option["newWardKey"]))
                if new_code is not None:
                    members[new_code].add(was)
                    found.append((bool(option.get("isDefaultNewWard")), new_code))
            # the package's main successor, else the first one it lists
            default = next((c for main, c in found if main), found[0][1] if found else None)
            if default is not None and was not in successor:
                successor[was] = (default, True)

    walk: dict[str, Place2025] = {}
    for code, old in legacy.items():
        province_2025 = province_of.get(old.province_code)
        new_province = new.get(province_2025) if province_2025 else None
        target: Unit | None = None
        relation: Relation | None = None
        if old.level is Level.PROVINCE and new_province is not None:
            target = new_province
            alone = province_members[new_province.code] == [code]
            relation = _one_to_one(old, target) if alone else "merged"
        elif code in successor:  # a commune, or an island district that became a đặc khu
            new_code, split = successor[code]
            target = new[new_code]
            if split:
                relation = "split"
            elif members[new_code] == {code}:
                relation = _one_to_one(old, target)
            else:
                relation = "merged"
        elif old.level is Level.DISTRICT:
            relation = "dissolved"
        if target is not None and target.province_code != province_2025:
            new_province = new.get(target.province_code)
        walk[code] = Place2025(
            code=code,
            map=MAP_PRE2025,
            code_2025=target.code if target else None,
            name_2025=target.name if target else None,
            level_2025=str(target.level) if target else None,
            province_code_2025=new_province.code if new_province else None,
            province_name_2025=new_province.name if new_province else None,
            relation_2025=relation,
        )
    return walk


def _one_to_one(old: Unit, new: Unit) -> Relation:
    return "same" if _key(old.name) == _key(new.name) else "renamed"


@cache
def _gazetteer() -> _Gazetteer:
    from vietnamadminunits.database.main import get_data  # heavy import: only when needed

    legacy_rows = get_data(
        fields=[
            "province",
            "provinceShort",
            "provinceCode",
            "provinceKey",
            "district",
            "districtType",
            "districtCode",
            "districtKey",
            "districtAlias",
            "ward",
            "wardType",
            "wardCode",
            "wardKey",
            "wardAlias",
        ],
        table="admin_units_legacy",
    )
    new_rows = get_data(
        fields=[
            "province",
            "provinceShort",
            "provinceCode",
            "provinceKey",
            "ward",
            "wardType",
            "wardCode",
            "wardKey",
            "wardAlias",
        ],
        table="admin_units",
    )
    legacy, legacy_keys, legacy_provinces = _load_legacy(legacy_rows)
    legacy = _with_former_districts(legacy)
    new, new_keys, new_provinces = _load_new(new_rows)
    converter = json.loads(_data_file("converter_2025.json"))
    walk = _crosswalk(
        legacy, legacy_keys, legacy_provinces, new, new_keys, new_provinces, converter
    )
    return _Gazetteer(legacy=legacy, new=new, crosswalk=walk)


FORMER_DISTRICTS_FILE = "former_districts.toml"


@cache
def former_districts() -> tuple[Unit, ...]:
    """The districts divided among their neighbours before the map's date, which the map
    carries under no name (``data/former_districts.toml``: huyện Lộc Hà, until 2024-12-01),
    as units of the pre-2025 map with their ``until``."""
    problems = Problems(FORMER_DISTRICTS_FILE)
    out: list[Unit] = []
    for where, entry in entries(load_data(FORMER_DISTRICTS_FILE), "district", problems):
        fields = {
            k: problems.require(where, entry, k, str)
            for k in ("name", "type", "code", "province_code", "until", "source")
        }
        problems.require(where, entry, "into", list)
        examples = problems.require_examples(where, entry)
        name, code, pcode = fields["name"], fields["code"], fields["province_code"]
        if name is None or code is None or pcode is None or fields["type"] is None:
            continue
        for phrase in examples:
            problems.check_example(where, phrase, _key(name) in _key(phrase), repr(name))
        out.append(
            Unit(
                code,
                name,
                fields["type"],
                Level.DISTRICT,
                MAP_PRE2025,
                pcode,
                "",  # filled in from the map's province below
                until=fields["until"],
            )
        )
    problems.raise_if_any()
    return tuple(out)


def _with_former_districts(legacy: dict[str, Unit]) -> dict[str, Unit]:
    """``legacy`` with the former districts its province codes hold (a code the map uses
    already wins: the data names units the map lost, never replaces one)."""
    out = dict(legacy)
    for u in former_districts():
        province = legacy.get(u.province_code)
        if province is None or u.code in legacy:
            continue
        out[u.code] = replace(u, province=province.name)
    return out


def units(map: MapName) -> dict[str, Unit]:
    """Every unit of ``map``, by code."""
    g = _gazetteer()
    return g.legacy if map == MAP_PRE2025 else g.new


def unit(code: str, *, map: MapName | None = None) -> Unit | None:
    """The unit with ``code`` on ``map``; with no map, the pre-2025 map's unit when it has
    the code, else the 2025 map's."""
    g = _gazetteer()
    if map == MAP_2025:
        return g.new.get(code)
    if map == MAP_PRE2025:
        return g.legacy.get(code)
    return g.legacy.get(code) or g.new.get(code)


def in_2025_map(code: str, *, map: MapName | None = None) -> Place2025 | None:
    """Where the unit with ``code`` lies on the 2025 map, or None for an unknown code.

    ``map`` says which map ``code`` belongs to; with none, the pre-2025 map when it has the
    code (a code the 2025 map reused then names the old unit, whose counterpart is nearly
    always the new unit of that code), else the 2025 map (its own counterpart, ``same``).
    """
    g = _gazetteer()
    if map != MAP_2025 and code in g.legacy:
        return g.crosswalk[code]
    found = g.new.get(code) if map != MAP_PRE2025 else None
    if found is None:
        return None
    province = g.new[found.province_code]
    return Place2025(
        code=code,
        map=MAP_2025,
        code_2025=found.code,
        name_2025=found.name,
        level_2025=str(found.level),
        province_code_2025=province.code,
        province_name_2025=province.name,
        relation_2025="same",
    )


def predecessors(code_2025: str) -> tuple[str, ...]:
    """The pre-2025 units (codes, sorted) whose counterpart on the 2025 map is ``code_2025``:
    the old provinces a new province was made of, the old communes of a new commune (a split
    commune counts with its main successor). What follows one place across its reports when
    the older ones use the old map's codes."""
    return _predecessors().get(code_2025, ())


@cache
def _predecessors() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = defaultdict(list)
    for code, place in _gazetteer().crosswalk.items():
        if place.code_2025 is not None:
            found[place.code_2025].append(code)
    return {k: tuple(sorted(v)) for k, v in found.items()}


def map_of(when: str | None) -> MapName | None:
    """The map a document of ``when`` (its ISO date "2025-08-14" / "2025-08", else its
    period "2026", "2021-2025", "2025-H2") was written in; None when the date cannot tell
    (a report on the year 2025 may be from either side of 1 July)."""
    if not when:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-\d{2})?)?$", when)
    if m is not None:
        year, month = int(m.group(1)), m.group(2)
        if month is not None:
            return MAP_2025 if (year, int(month)) >= (2025, 7) else MAP_PRE2025
        if year != 2025:
            return MAP_2025 if year > 2025 else MAP_PRE2025
        return None
    years = [int(y) for y in re.findall(r"\d{4}", when)]
    if not years:
        return None
    if years[0] >= 2026 or re.fullmatch(r"2025-(H2|Q3|Q4|M(0[7-9]|1[0-2]))", when):
        return MAP_2025
    if max(years) <= 2024 or re.fullmatch(r"2025-(H1|Q1|Q2|M0[1-6])", when):
        return MAP_PRE2025
    return None


@cache
def _denominators() -> tuple[Denominator, ...]:
    out: list[Denominator] = []
    for map_name in (MAP_PRE2025, MAP_2025):
        all_units = units(map_name)
        communes: dict[str, int] = defaultdict(int)
        xa: dict[str, int] = defaultdict(int)
        districts: dict[str, int] = defaultdict(int)
        for u in all_units.values():
            if u.until is not None:
                continue  # a former unit: not on the map of its date
            if u.level is Level.DISTRICT:
                districts[u.province_code] += 1
            if u.level is not Level.COMMUNE:
                continue
            for region in (u.province_code, u.district_code):
                if region is None:
                    continue
                communes[region] += 1
                if u.type == "Xã":
                    xa[region] += 1
        as_of = "2025-06-30" if map_name == MAP_PRE2025 else CHANGEOVER
        for code, u in sorted(all_units.items()):
            if u.level is Level.COMMUNE or u.until is not None:
                continue
            out.append(
                Denominator(
                    map=map_name,
                    region_code=code,
                    region_name=u.name,
                    level=str(u.level),
                    communes=communes.get(code, 0),
                    xa=xa.get(code, 0),
                    districts=(
                        districts.get(code, 0)
                        if u.level is Level.PROVINCE and map_name == MAP_PRE2025
                        else None
                    ),
                    as_of=as_of,
                )
            )
        out.append(
            Denominator(
                map=map_name,
                region_code="VN",
                region_name="cả nước",
                level="country",
                communes=sum(1 for u in all_units.values() if u.level is Level.COMMUNE),
                xa=sum(1 for u in all_units.values() if u.type == "Xã"),
                districts=(
                    sum(
                        1
                        for u in all_units.values()
                        if u.level is Level.DISTRICT and u.until is None
                    )
                    if map_name == MAP_PRE2025
                    else None
                ),
                as_of=as_of,
            )
        )
    return tuple(out)


def denominators(
    *, map: MapName | None = None, region_code: str | None = None
) -> tuple[Denominator, ...]:
    """The number of communes, rural communes (xã) and districts of every province and
    district (and of the country, region ``VN``) on each map, as the gazetteer has them:
    what a stated "55/115 xã" can be checked against, or a rate recomputed in either map."""
    return tuple(
        d
        for d in _denominators()
        if (map is None or d.map == map) and (region_code is None or d.region_code == region_code)
    )


def denominator(
    region_code: str, *, when: str | None = None, map: MapName | None = None
) -> Denominator | None:
    """The counts of ``region_code`` on ``map``, else on the map of a statement of ``when`` (a
    date or period: "2020", "2025-H2"; the old map when the date cannot tell), or None when
    that map has no such region. A region code of the other map is not translated: a 2020
    statement of Hà Giang (02) is counted on the old map, where Hà Giang exists."""
    chosen = map or map_of(when) or MAP_PRE2025
    found = denominators(map=chosen, region_code=region_code)
    return found[0] if found else None
