"""Place names: "xã Quang Trung" → Place(prefix="xã", name="Quang Trung", level=commune), and
their official codes.

Parsing needs the administrative prefix (``baocao/data/place_prefixes.toml``: tỉnh, thành
phố/TP., huyện, quận, thị xã, xã, phường, thị trấn, thôn, bản, ấp…) followed by a capitalised
name of up to four words; a name written in capitals ("UBND XÃ CẨM NGỌC") is stored title-cased
("Cẩm Ngọc"), ``written`` keeps the text as it was.

Resolving looks the name up in the 63-province map from before July 2025 (696 districts,
~10,000 communes) shipped offline by the ``vietnamadminunits`` package (its ``admin_units_legacy``
table). A name resolves only when it is unambiguous once narrowed by its prefix and the
``district``/``province`` given: there are dozens of "xã Quang Trung", one "huyện Sông Lô".
Unresolved places come back unchanged. Nothing is ever sent over the network.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from baocao.data.lexicon import Problems, entries, fold, load_data
from baocao.model import Level, Place

__all__ = [
    "NAME_PATTERN",
    "NATIONAL_PATTERN",
    "TOPIC_PATTERN",
    "PLACE_PATTERN",
    "leading_place_name",
    "official_commune_count",
    "parse_place",
    "place_named",
    "place_key",
    "resolve_place",
]

logger = logging.getLogger(__name__)

DATA_FILE = "place_prefixes.toml"

# Upper-case letters of Vietnamese (A-Z with their accented forms, and Đ).
_UPPER = "".join(
    sorted(
        {
            ch
            for ch in map(chr, range(0x41, 0x1EFA))
            if ch.isupper() and len(fold(ch)) == 1 and "a" <= fold(ch) <= "z"
        }
        | {"Đ"}
    )
)
# a number names a place ("Phường 1", "khu phố 3") unless it goes on as a number ("xã
# 45,378 tỷ đồng" is an amount after a list of budgets)
_NAME_WORD = rf"(?:[{_UPPER}][\w'’]*(?:-[\w'’]+)*|\d+[A-Za-z]?(?![\d.,]*\d))"
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"

# Official types in the package's tables, by our canonical prefix.
_OFFICIAL_TYPE = {
    "thành phố": "Thành phố",
    "huyện": "Huyện",
    "quận": "Quận",
    "thị xã": "Thị xã",
    "xã": "Xã",
    "phường": "Phường",
    "thị trấn": "Thị trấn",
}


@dataclass(frozen=True)
class _Prefix:
    canonical: str
    level: Level


@dataclass(frozen=True)
class _Lexicon:
    prefixes: dict[str, _Prefix]  # lower-cased written form → prefix
    province_cities: frozenset[str]  # place_key of each
    pattern: str
    topic: str  # alternation of the topic words ("tại", "đối với" …)
    national: str  # alternation of the words for the whole country


def place_key(name: str) -> str:
    """Accent-, case-, space- and punctuation-free key: "Sông Lô" → "songlo"."""
    return re.sub(r"[^0-9a-z]", "", fold(unicodedata.normalize("NFC", name)))


def _word_guard(words: tuple[str, ...]) -> str:
    """Alternation of ``words``, longest first; blanks inside a phrase match any blanks."""
    phrases = sorted(set(words), key=len, reverse=True)
    return "|".join(r"[ \t]+".join(re.escape(w) for w in p.split()) for p in phrases)


@cache
def _lexicon() -> _Lexicon:
    data = load_data(DATA_FILE)
    problems = Problems(DATA_FILE)
    levels = {lv.value: lv for lv in Level}
    prefixes: dict[str, _Prefix] = {}
    alternatives: list[tuple[str, str]] = []
    common_not_names = problems.require_strings("not_names", data, "not_names")
    for where, entry in entries(data, "prefix", problems):
        written = problems.require(where, entry, "written", str)
        canonical = problems.require(where, entry, "canonical", str)
        level = problems.require(where, entry, "level", str)
        example = problems.require(where, entry, "example", str)
        not_after = problems.require_strings(where, entry, "not_after")
        not_names = problems.require_strings(where, entry, "not_names")
        if written is None or canonical is None or level is None:
            continue
        if level not in levels:
            problems.add(where, f"unknown level {level!r} (one of {sorted(levels)})")
            continue
        key = " ".join(written.lower().split())
        if key in prefixes:
            problems.add(where, f"{written!r} is listed twice")
        prefixes[key] = _Prefix(canonical, levels[level])
        body = r"\s+".join(re.escape(w) for w in key.split())
        if not key[-1].isalnum():
            body += r"?"  # "TP." also written "TP" with the dot dropped: keep optional
        guard = "".join(rf"(?<!{re.escape(w)} )" for w in not_after)
        names = _word_guard(not_names + common_not_names)
        name_guard = rf"(?![ \t]+(?i:{names})(?!\w))" if names else ""
        end = r"(?!\w)" if key[-1].isalnum() else ""
        alternatives.append((key, rf"(?i:{guard}(?<!\w){body}{end}){name_guard}"))
        if example is not None:
            hit = re.search(rf"(?i:(?<!\w){body}{end})[ \t]+{_NAME}", example)
            problems.check_example(where, example, hit is not None, f"{written!r} + a name")
    cities = problems.require_strings("province_cities", data, "province_cities")
    words: dict[str, list[str]] = {"topic": [], "national": []}
    for table, listed in words.items():
        for where, entry in entries(data, table, problems):
            written = problems.require(where, entry, "written", str)
            example = problems.require(where, entry, "example", str)
            if written is None:
                continue
            listed.append(written)
            if example is not None:
                hit = re.search(rf"(?i:(?<!\w)(?:{_word_guard((written,))})(?!\w))", example)
                problems.check_example(where, example, hit is not None, repr(written))
    problems.raise_if_any()
    alternatives.sort(key=lambda a: len(a[0]), reverse=True)
    prefix_re = "|".join(p for _, p in alternatives)
    return _Lexicon(
        prefixes=prefixes,
        province_cities=frozenset(place_key(c) for c in cities),
        pattern=rf"(?:{prefix_re})[ \t]+{_NAME}",
        topic=_word_guard(tuple(words["topic"])),
        national=_word_guard(tuple(words["national"])),
    )


#: Words that make the place after them a topic ("Tại An Giang, …"); no capture groups.
TOPIC_PATTERN: str = rf"(?i:(?<!\w)(?:{_lexicon().topic})(?!\w))"
#: Words for the whole country ("toàn quốc", "cả nước"); no capture groups.
NATIONAL_PATTERN: str = rf"(?i:(?<!\w)(?:{_lexicon().national})(?!\w))"

#: A place name without its prefix: up to four capitalised words ("Hậu Thạnh Đông").
NAME_PATTERN: str = _NAME

#: One place as written: a prefix and a capitalised name ("huyện Sông Lô", "TP. Đồng Hới",
#: "XÃ CẨM NGỌC"). No capture groups: embed it freely.
PLACE_PATTERN: str = _lexicon().pattern


def _prefix_body(key: str) -> str:
    """A written prefix as a regex: any blanks between words, a final dot optional."""
    body = r"[ \t]+".join(re.escape(w) for w in key.split())
    return body + "?" if key.endswith(".") else body


_PREFIX_SPLIT = re.compile(
    "|".join(
        rf"(?i:{_prefix_body(key)})" for key in sorted(_lexicon().prefixes, key=len, reverse=True)
    )
)


def _title(name: str) -> str:
    """Title-case a name written in capitals: "CẨM NGỌC" → "Cẩm Ngọc"."""
    if not name.isupper():
        return name
    return re.sub(r"[^\W\d_]+", lambda m: m.group()[0] + m.group()[1:].lower(), name)


def _split(written: str) -> Place | None:
    m = _PREFIX_SPLIT.match(written)
    if m is None:
        return None
    raw = " ".join(m.group().lower().split())
    lexicon = _lexicon()
    prefix = lexicon.prefixes.get(raw) or lexicon.prefixes.get(raw + ".")
    if prefix is None:
        return None
    name = _title(" ".join(written[m.end() :].split()))
    level = prefix.level
    if level is Level.PROVINCE and name[:1].isdigit():
        return None  # "ngân sách tỉnh 721,5 tỷ đồng": a number, not a province
    if prefix.canonical == "thành phố" and place_key(name) in lexicon.province_cities:
        level = Level.PROVINCE
    return Place(written=written, prefix=prefix.canonical, name=name, level=level)


def parse_place(text: str) -> Place | None:
    """The first place written in ``text`` ("UBND xã Cẩm Ngọc" → xã Cẩm Ngọc), or None."""
    m = re.search(PLACE_PATTERN, unicodedata.normalize("NFC", text))
    return _split(m.group()) if m else None


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
    communes_per_district: dict[str, int]
    xa_per_district: dict[str, int]


def _short(full: str, unit_type: str | None) -> str:
    """ "Phường 1" → "1", "Xã Cẩm Ngọc" → "Cẩm Ngọc"; names without their type as-is."""
    if unit_type and full.lower().startswith(unit_type.lower() + " "):  # "Thành Phố Đồng Hới"
        return full[len(unit_type) + 1 :]
    return full


@cache
def _map() -> _Map:
    from vietnamadminunits.database.main import get_data  # heavy import: only when resolving

    rows = get_data(
        fields=[
            "provinceShort",
            "provinceCode",
            "district",
            "districtType",
            "districtCode",
            "ward",
            "wardType",
            "wardCode",
        ],
        table="admin_units_legacy",
    )
    provinces: dict[str, _Unit] = {}
    districts: dict[str, dict[str, _Unit]] = defaultdict(dict)
    communes: dict[str, dict[str, _Unit]] = defaultdict(dict)
    per_district: dict[str, int] = defaultdict(int)
    xa_per_district: dict[str, int] = defaultdict(int)
    for row in rows:
        pkey = place_key(row["provinceShort"])
        common = {
            "province": row["provinceShort"],
            "province_key": pkey,
            "province_code": row["provinceCode"],
        }
        provinces[pkey] = _Unit(
            pkey, None, row["provinceCode"], None, **common, name=row["provinceShort"]
        )
        dname = _short(row["district"], row["districtType"])
        dkey = place_key(dname)
        districts[dkey][row["districtCode"]] = _Unit(
            dkey, row["districtType"], row["districtCode"], None, **common, name=dname
        )
        if row["ward"] and row["wardCode"]:
            wname = _short(row["ward"], row["wardType"])
            wkey = place_key(wname)
            communes[wkey][row["wardCode"]] = _Unit(
                wkey, row["wardType"], row["wardCode"], dkey, **common, name=wname
            )
            per_district[row["districtCode"]] += 1
            if row["wardType"] == "Xã":
                xa_per_district[row["districtCode"]] += 1
    return _Map(
        provinces=provinces,
        districts={k: tuple(v.values()) for k, v in districts.items()},
        communes={k: tuple(v.values()) for k, v in communes.items()},
        communes_per_district=dict(per_district),
        xa_per_district=dict(xa_per_district),
    )


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
    official = _OFFICIAL_TYPE.get(prefix or "")
    if official and any(c.type == official for c in candidates):
        candidates = tuple(c for c in candidates if c.type == official)
    if province:
        candidates = tuple(c for c in candidates if c.province_key == province)
    if district:
        candidates = tuple(c for c in candidates if c.district_key == district)
    return candidates


def resolve_place(
    place: Place,
    *,
    province: Place | str | None = None,
    district: Place | str | None = None,
) -> Place:
    """``place`` with its official ``code``, ``province`` and ``province_code`` filled in when
    the 63-province map names it unambiguously (narrowed by ``district`` and ``province``,
    given as Places or names); else ``place`` unchanged."""
    return _resolve(place, _name_key(province), _name_key(district))


@lru_cache(maxsize=8192)
def _resolve(place: Place, province: str | None, district: str | None) -> Place:
    try:
        admin = _map()
    except Exception as e:  # the package's data is optional at run time: degrade, say so
        logger.warning("place %r: administrative map unavailable (%s)", place.written, e)
        return place
    key = place_key(place.name)
    unit: _Unit | None = None
    level = place.level
    if level is Level.PROVINCE:
        unit = admin.provinces.get(key)
    elif level is Level.DISTRICT:
        found = _narrow(admin.districts.get(key, ()), place.prefix, None, province)
        if len(found) == 1:
            unit = found[0]
        elif not found and place.prefix == "thành phố" and key in admin.provinces:
            unit, level = admin.provinces[key], Level.PROVINCE
    elif level is Level.COMMUNE:
        found = _narrow(admin.communes.get(key, ()), place.prefix, district, province)
        if len(found) == 1:
            unit = found[0]
    if unit is None:
        return place
    return replace(
        place,
        name=unit.name or place.name,
        level=level,
        code=unit.code,
        province=unit.province,
        province_code=unit.province_code,
        official_name=unit.name or None,
    )


def place_named(name: str) -> Place | None:
    """A place written without its prefix ("Quảng Nam", "Hoà Vang"): the province of that
    name, else the one district of that name in the country; None when neither (or when
    several districts share the name). The place carries its official code and name."""
    key = place_key(name)
    if not key or key.isdigit():
        return None
    try:
        admin = _map()
    except Exception as e:  # the package's data is optional at run time
        logger.warning("place %r: administrative map unavailable (%s)", name, e)
        return None
    written = " ".join(name.split())
    unit = admin.provinces.get(key)
    if unit is not None:
        prefix = "thành phố" if key in _lexicon().province_cities else "tỉnh"
        level = Level.PROVINCE
    else:
        found = admin.districts.get(key, ())
        if len(found) != 1:
            return None
        unit, level = found[0], Level.DISTRICT
        prefix = (unit.type or "huyện").lower()
    return Place(
        written=written,
        prefix=prefix,
        name=unit.name or written,
        level=level,
        code=unit.code,
        province=unit.province,
        province_code=unit.province_code,
        official_name=unit.name or None,
    )


def leading_place_name(text: str) -> Place | None:
    """The place a text opens with when it is written without a prefix, as news headlines
    do ("Quảng Nam quyết chi …", "Yên Bái: 78/150 xã …"): the longest run of up to four
    capitalised words at the start that names a province or a unique district."""
    m = re.match(rf"\s*({_NAME})", text)
    if m is None:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        found = place_named(" ".join(words[:n]))
        if found is not None:
            return found
    return None


def official_commune_count(district_code: str) -> int | None:
    """How many communes (xã, phường, thị trấn) the district had in the 63-province map
    (the state just before July 2025 — not necessarily the report's year), or None."""
    return _map().communes_per_district.get(district_code)


def official_xa_counts() -> dict[str, int]:
    """District code → how many xã (rural communes, the units NTM counts; not phường or thị
    trấn) it had on the 63-province map, the state just before July 2025. Boundaries moved
    before that (the 2019–2021 mergers), so a report of an earlier year may rightly differ."""
    return dict(_map().xa_per_district)


def place_label(place: Place) -> str:
    """A place as facts name it: its prefix and its name ("xã Cẩm Ngọc"), whatever case the
    text used ("UBND XÃ CẨM NGỌC" in a header)."""
    return f"{place.prefix} {place.name}" if place.prefix else place.name
