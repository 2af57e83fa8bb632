"""Place names: "xã Quang Trung" → Place(prefix="xã", name="Quang Trung", level=commune), and
their official codes.

Parsing needs the administrative prefix (``baocao/data/place_prefixes.toml``: tỉnh, thành
phố/TP., huyện, quận, thị xã, xã, phường, thị trấn, thôn, bản, ấp…) followed by a capitalised
name of up to four words; a name written in capitals ("UBND XÃ CẨM NGỌC") is stored title-cased
("Cẩm Ngọc"), ``written`` keeps the text as it was.

Resolving looks the name up in the map of the document's time (``gazetteer``: the 63-province
map before 1 July 2025, with 696 districts and ~10,000 communes; the 34-province map after, with
~3,300 communes and no districts), both shipped offline by the ``vietnamadminunits`` package. A
name resolves only when it is unambiguous once narrowed by its prefix and the
``district``/``province`` given: there are dozens of "xã Quang Trung", one "huyện Sông Lô".
Unresolved places come back unchanged. Nothing is ever sent over the network.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import defaultdict
from collections.abc import Container
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from rapidfuzz.distance import Levenshtein

from baocao.data.lexicon import CAPITALS, Problems, entries, fold, load_data
from baocao.model import Level, Place
from baocao.vocab.gazetteer import (
    MAP_2025,
    MAP_PRE2025,
    MapName,
    denominators,
    map_of,
)
from baocao.vocab.gazetteer import Unit as GazetteerUnit
from baocao.vocab.gazetteer import units as gazetteer_units
from baocao.vocab.money import UNIT_PATTERN
from baocao.vocab.shortforms import NOT_A_NAME
from baocao.vocab.spellings import old_tone_placement

__all__ = [
    "described_communes",
    "NAME_PATTERN",
    "NATIONAL_PATTERN",
    "TOPIC_PATTERN",
    "PLACE_PATTERN",
    "leading_place_name",
    "district_provinces",
    "enclosing_places",
    "most_units",
    "official_commune_count",
    "parse_place",
    "place_named",
    "place_key",
    "region_member_near",
    "region_place",
    "region_provinces",
    "region_written_as_place",
    "regions_in",
    "province_spelled",
    "resolve_bare_name",
    "province_as_then",
    "resolve_place",
]

logger = logging.getLogger(__name__)

DATA_FILE = "place_prefixes.toml"

# a number names a place ("Phường 1", "khu phố 3") unless it goes on as a number ("xã
# 45,378 tỷ đồng" is an amount after a list of budgets) or is one, its unit after it
# ("ngân sách huyện, xã 50 tỷ đồng": the communes' budget, an amount); a short form is no
# name word ("xã ĐBKK", "thôn DTTS": communes and villages of a kind, shortforms.toml)
_NAME_WORD = (
    rf"(?:{NOT_A_NAME}[{CAPITALS}][\w'’‘]*(?:-[\w'’‘]+)*"
    rf"|\d+[A-Za-z]?(?![\d.,]*\d)(?![ \t]*(?:%|{UNIT_PATTERN})))"
)
#: The province names written with a spaced hyphen, which would otherwise end at it ("tỉnh
#: Bà Rịa - Vũng Tàu"; Thừa Thiên - Huế, its name until 2025): tests/test_vocab_places.py
#: holds this equal to the map's hyphenated province names.
HYPHENATED_PROVINCES = (
    r"(?i:Bà[ \t]+Rịa[ \t]*[-–][ \t]*Vũng[ \t]+Tàu|Thừa[ \t]+Thiên[ \t]*[-–][ \t]*Huế)(?![\w-])"
)
_NAME = rf"(?:{HYPHENATED_PROVINCES}|{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})"

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
    descriptors: str  # alternation of the words between a prefix and a name ("miền núi")


def place_key(name: str) -> str:
    """Accent-, case-, space- and punctuation-free key: "Sông Lô" → "songlo"; a number loses
    its leading zeros ("Phường 01" is Phường 1)."""
    key = re.sub(r"[^0-9a-z]", " ", fold(unicodedata.normalize("NFC", name)))
    return re.sub(r"(?<![0-9])0+(?=[0-9])| ", "", key)


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
        examples = problems.require_examples(where, entry)
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
        for example in examples:
            hit = re.search(rf"(?i:(?<!\w){body}{end})[ \t]+{_NAME}", example)
            problems.check_example(where, example, hit is not None, f"{written!r} + a name")
    cities = problems.require_strings("province_cities", data, "province_cities")
    words: dict[str, list[str]] = {"topic": [], "national": [], "descriptor": []}
    for table, listed in words.items():
        for where, entry in entries(data, table, problems):
            written = problems.require(where, entry, "written", str)
            examples = problems.require_examples(where, entry)
            if written is None:
                continue
            listed.append(written)
            for example in examples:
                hit = re.search(rf"(?i:(?<!\w)(?:{_word_guard((written,))})(?!\w))", example)
                problems.check_example(where, example, hit is not None, repr(written))
    problems.raise_if_any()
    alternatives.sort(key=lambda a: len(a[0]), reverse=True)
    prefix_re = "|".join(p for _, p in alternatives)
    # lower case, or in capitals: "xã Biên Giới" is a commune's name
    descriptors = _word_guard(tuple(w for d in words["descriptor"] for w in (d, d.upper())))
    # "huyện miền núi Tuy Đức": a descriptor between the prefix and a capitalised name
    between = rf"(?:[ \t]+(?:{descriptors})(?=[ \t]+[{CAPITALS}]))?" if descriptors else ""
    for where, entry in entries(data, "descriptor", problems):
        for example in problems.require_examples(where, entry):
            hit = re.search(rf"(?:{prefix_re}){between}[ \t]+{_NAME}", example)
            ok = hit is not None and entry.get("written", "") in hit.group()
            problems.check_example(where, example, ok, "a prefix, the descriptor and a name")
    problems.raise_if_any()
    return _Lexicon(
        prefixes=prefixes,
        province_cities=frozenset(place_key(c) for c in cities),
        pattern=rf"(?:{prefix_re}){between}[ \t]+{_NAME}",
        descriptors=descriptors,
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


def abbreviated_prefix(written: str) -> str | None:
    """The canonical prefix an abbreviation stands for ("TP" → "thành phố"); None for a
    word that is no prefix or is written in full ("Thị xã")."""
    raw = " ".join(written.lower().split())
    prefix = _lexicon().prefixes.get(raw)
    return prefix.canonical if prefix is not None and prefix.canonical != raw else None


def _split(written: str) -> Place | None:
    m = _PREFIX_SPLIT.match(written)
    if m is None:
        return None
    raw = " ".join(m.group().lower().split())
    lexicon = _lexicon()
    prefix = lexicon.prefixes.get(raw) or lexicon.prefixes.get(raw + ".")
    if prefix is None:
        return None
    rest = written[m.end() :]
    if lexicon.descriptors:  # "huyện miền núi Tuy Đức": the name after the descriptor
        rest = re.sub(rf"^[ \t]+(?:{lexicon.descriptors})(?=[ \t]+[{CAPITALS}])", "", rest)
    if rest.strip().isupper():  # "HUYỆN ĐỨC THỌ CÓ 15/15 XÃ": the name is what the map knows
        known = _known_words(rest, prefix.level)
        written = written[: len(written) - (len(rest) - len(known))]
        rest = known
    name = _title(" ".join(rest.split()))
    level = prefix.level
    if level is Level.PROVINCE and name[:1].isdigit():
        return None  # "ngân sách tỉnh 721,5 tỷ đồng": a number, not a province
    if prefix.canonical == "thành phố" and place_key(name) in lexicon.province_cities:
        level = Level.PROVINCE
    return Place(written=written, prefix=prefix.canonical, name=name, level=level)


def _known_words(rest: str, level: Level) -> str:
    """The leading words of a name written in capitals that the map knows as a unit of
    ``level`` ("ĐỨC THỌ CÓ 15" → "ĐỨC THỌ": a headline in capitals runs its name on into
    the words after it); ``rest`` unchanged when no leading words are a known name."""
    words = list(re.finditer(r"\S+", rest))
    try:
        admin = _map()
    except Exception:  # the package's data is optional at run time
        return rest
    known: dict[Level, Container[str]] = {
        Level.PROVINCE: admin.provinces,
        Level.DISTRICT: admin.districts,
        Level.COMMUNE: admin.communes,
    }
    index = known.get(level)
    if index is None or len(words) < 2:
        return rest
    for n in range(len(words), 0, -1):
        key = place_key(rest[: words[n - 1].end()])
        if key in index or (level is Level.DISTRICT and key in admin.provinces):
            return rest[: words[n - 1].end()]
    return rest


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


def province_as_then(place: Place, when: str | None) -> Place:
    """``place``, a province the map names as it is now, under the name it had at ``when``
    (a date or period, "2018-09-07", "2016-2020"): a text of 2018 whose province is read
    from its districts is Thừa Thiên Huế's, not thành phố Huế's (data/former_provinces.toml);
    ``place`` itself otherwise, or when ``when`` is unknown."""
    year = re.match(r"\d{4}", when or "")
    if place.level is not Level.PROVINCE or place.code is None or year is None:
        return place
    for former, code, until in _former_names_until():
        if (
            code == place.code
            and year.group() < until[:4]
            and place_key(place.name) != place_key(former)
        ):
            return place_named(former) or place
    return place


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


def _marked(word: tuple[str, str]) -> bool:
    """Whether a word (as :func:`accent_key` gives it) carries any mark: a tone, or a letter
    such as â, ơ, đ."""
    letters, tones = word
    return bool(tones) or any(not ch.isascii() for ch in letters)


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


# The five tone marks; the other marks (â, ă, ơ, ư, đ) are part of the letter.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def accent_key(name: str) -> tuple[tuple[str, str], ...]:
    """A name's letters with their accents, blind to where the tone mark sits and to case:
    "Hoà" and "Hòa" are one spelling (old and new tone placement), "Diễn" and "Diên" are not."""
    words = []
    for word in unicodedata.normalize("NFD", name.casefold()).split():
        tones = "".join(sorted(ch for ch in word if ch in _TONES))
        words.append(("".join(ch for ch in word if ch not in _TONES), tones))
    return tuple(words)


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


#: A misspelt province name is read as a province only when it is at least this long (letters
#: of its key): shorter ones lie one letter from too many names.
SPELLED_MIN_LETTERS = 6


@cache
def _province_words() -> dict[str, tuple[str, ...]]:
    """Every province's key (both maps, and former names) → its name's folded words."""
    words: dict[str, tuple[str, ...]] = {}
    for map_name in (MAP_PRE2025, MAP_2025):
        admin = _map(map_name)
        for key, unit in admin.provinces.items():
            words[key] = tuple(re.findall(r"[0-9a-z]+", fold(unit.name or key)))
    return words


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one letter changed, added or dropped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


@lru_cache(maxsize=1024)
def _spelled_key(key: str, written_words: tuple[str, ...] | None = None) -> str | None:
    """The key of the one province a name no province has stands for: the name cut short in
    its last word ("Quảng Ni", "Thái Nguyê": every other word whole), or written one letter
    off ("Tây Nimh"); None when no province or several fit."""
    try:
        provinces = _province_words()
    except Exception:  # the package's data is optional at run time (see _resolve)
        return None
    if not key or key in provinces:
        return None
    found = set()
    for other, words in provinces.items():
        if written_words and len(written_words) == len(words):
            *whole, last = written_words
            if tuple(whole) == words[:-1] and words[-1].startswith(last) and last != words[-1]:
                found.add(other)
                continue
        if len(key) >= SPELLED_MIN_LETTERS and _one_edit(key, other):
            found.add(other)
    return found.pop() if len(found) == 1 else None


def _spelled_name(name: str) -> str | None:
    """:func:`_spelled_key` of a name as written."""
    return _spelled_key(place_key(name), tuple(re.findall(r"[0-9a-z]+", fold(name))))


def _province_prefix(key: str) -> str:
    """How a province is prefixed: "thành phố" for a city governed by the central government
    (``key`` a :func:`place_key`), else "tỉnh"."""
    return "thành phố" if key in _lexicon().province_cities else "tỉnh"


def _place_of(
    unit: _Unit | GazetteerUnit,
    written: str,
    prefix: str,
    level: Level,
    *,
    name: str | None = None,
) -> Place:
    """A place resolved to a map ``unit``: written as ``written``, with ``prefix`` and
    ``level``, named ``name`` (by default the unit's official name, else as written) and
    carrying the unit's code, province and official name (None when the map gives none)."""
    official = unit.name or None
    return Place(
        written=written,
        prefix=prefix,
        name=name or official or written,
        level=level,
        code=unit.code,
        province=unit.province,
        province_code=unit.province_code,
        official_name=official,
    )


def province_spelled(name: str) -> Place | None:
    """The province a name written after "tỉnh" stands for when no province has it: cut
    short by the page or the scan ("tỉnh Quảng Ni" → Quảng Ninh) or one letter off, when
    exactly one province fits; as a resolved Place under its official name, else None."""
    key = place_key(name)
    if not key or key.isdigit():
        return None
    try:
        provinces = _map().provinces
    except Exception as e:  # the package's data is optional at run time
        logger.warning("place %r: administrative map unavailable (%s)", name, e)
        return None
    spelled = _spelled_name(name)
    unit = provinces.get(spelled) if spelled else None
    if unit is None and spelled:
        unit = _map(MAP_2025).provinces.get(spelled)
    if unit is None or spelled is None:  # (a unit is found only by a spelling)
        return None
    return _place_of(unit, " ".join(name.split()), _province_prefix(spelled), Level.PROVINCE)


#: The marks that shape a letter (â ă ê ô ơ ư; "đ" is its own letter), as combining
#: characters (tone marks are ``_TONES``).
_SHAPES = frozenset("\u0302\u0306\u031b")


def _letter_shapes(syllable: str) -> tuple[str | None, ...]:
    """Each letter's shape mark in a syllable (None when bare), its tone left out."""
    shapes: list[str | None] = []
    for ch in unicodedata.normalize("NFD", syllable.lower()):
        if ch in _TONES:
            continue
        if ch in _SHAPES:
            if shapes:
                shapes[-1] = ch
        else:
            shapes.append("đ" if ch == "đ" else None)
    return tuple(shapes)


def marks_agree(written: str, official: str) -> bool:
    """Whether a name as written can be ``official`` (same key): a mark it leaves out (an
    unaccented text, a scan that drops them) is no difference, nor is its tone (on either
    vowel, "Hoà"/"Hòa", or the common slip of one tone for another, "Quãng"); but a letter
    the official name writes bare that it shapes ("đ" for "d", "ư" for "u", "â" for "a" …)
    makes another name ("Hải Đường" is a commune's name, never "Hải Dương"). Names split
    into other syllables ("Kontum") agree."""
    ws, os_ = re.findall(r"[^\W\d_]+", written), re.findall(r"[^\W\d_]+", official)
    if len(ws) != len(os_):
        return True
    for w, o in zip(ws, os_, strict=True):
        wl, ol = _letter_shapes(w), _letter_shapes(o)
        if len(wl) != len(ol):
            return False
        if any(a is not None and a != b for a, b in zip(wl, ol, strict=True)):
            return False
    return True


def _one_syllable_other_tone(written: str, official: str) -> bool:
    """Whether a one-syllable bare name writes a tone the official name lacks or has
    otherwise: with no other syllable to vouch for it, that is another word, not a slip
    ("Chủ" opening "Chủ tịch" is no thị xã Chũ). A tone left out is still no difference."""
    mine, theirs = accent_key(written), accent_key(official)
    return len(mine) == len(theirs) == 1 and bool(mine[0][1]) and mine[0][1] != theirs[0][1]


def _names_another_unit(written: str, official: str, admin: _Map) -> bool:
    """Whether a bare name that folds like ``official`` writes a tone of its own (one the
    official name lacks or has otherwise, not one left out) and is, accents and all, the
    name of a district or a commune on the map: that unit's name, no slip for ``official``
    ("Lãng Sơn" is a commune of Bắc Giang, not Lạng Sơn; "Thạnh Hóa" a district of Long An,
    not Thanh Hóa). A name with tones left out ("Quang Bình") is still the official one."""
    mine, theirs = accent_key(written), accent_key(official)
    if len(mine) != len(theirs) or not any(
        w_tone and w_tone != o_tone for (_, w_tone), (_, o_tone) in zip(mine, theirs, strict=True)
    ):
        return False
    key = place_key(written)
    others = (*admin.districts.get(key, ()), *admin.communes.get(key, ()))
    return any(u.name and accent_key(u.name) == mine for u in others)


def place_named(name: str) -> Place | None:
    """A place written without its prefix ("Quảng Nam", "Hoà Vang"): the province of that
    name, else the one district of that name in the country; None when neither (or when
    several districts share the name, or the name carries marks the unit's lacks: see
    :func:`marks_agree`). The place carries its official code and name."""
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
    if unit is not None and unit.name and not marks_agree(written, unit.name):
        return None
    if unit is not None and unit.name and _names_another_unit(written, unit.name, admin):
        unit = None  # "Phù Yên" is a district's name, no slip for the province Phú Yên
    if unit is None and key in admin.former_provinces:
        # "Thừa Thiên Huế" before 2025: the province, under the name as written
        now = admin.former_provinces[key]
        return _place_of(now, written, "tỉnh", Level.PROVINCE, name=written)
    if unit is not None:
        prefix = _province_prefix(key)
        level = Level.PROVINCE
    else:
        found = admin.districts.get(key, ())
        if len(found) != 1:
            return None
        unit, level = found[0], Level.DISTRICT
        if unit.name and (
            not marks_agree(written, unit.name)
            or _names_another_unit(written, unit.name, admin)
            or _one_syllable_other_tone(written, unit.name)
        ):
            return None
        prefix = (unit.type or "huyện").lower()
    return _place_of(unit, written, prefix, level)


def resolve_bare_name(
    name: str, *, province: Place | str | None = None, when: str | None = None
) -> Place | None:
    """A place written with no prefix ("LÂM THAO" heading a list, "Quảng Nam"): the province
    of that name, else the one district of that name in ``province`` (with no province given,
    in the whole country); as a resolved Place, or None."""
    written = " ".join(_title(name).split())
    key = place_key(written)
    if not key or key.isdigit():
        return None
    if province is None or key in _map().provinces:
        return place_named(written)
    district = Place(written=written, prefix=None, name=written, level=Level.DISTRICT)
    resolved = resolve_place(district, province=province, when=when)
    if resolved.code is None:
        return None
    return replace(resolved, prefix=_district_type(resolved.code) or "huyện")


def commune_spelling(name: str, *, district: Place | str | None = None) -> str | None:
    """The official spelling of a commune written without its prefix and maybe in the wrong
    case ("Yên nhân" → "Yên Nhân"), when the 63-province map has a commune of that name (in
    ``district`` when given); else None. Says a name in a list is a commune's, not which."""
    key = place_key(name)
    if not key or key.isdigit():
        return None
    found = _map().communes.get(key, ())
    narrowed = _narrow(found, None, _name_key(district), None) if district else found
    spellings = {u.name for u in narrowed}
    exact = [n for n in spellings if accent_key(n) == accent_key(name)]
    if len(exact) == 1:
        return exact[0]
    return next(iter(spellings)) if len(spellings) == 1 else None


def _district_type(code: str) -> str | None:
    found = gazetteer_units(MAP_PRE2025).get(code)
    return found.type.lower() if found else None


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


def place_label(place: Place) -> str:
    """A place as facts name it: its prefix and its name ("xã Cẩm Ngọc"), whatever case the
    text used ("UBND XÃ CẨM NGỌC" in a header)."""
    return f"{place.prefix} {place.name}" if place.prefix else place.name


# -- the country's regions ------------------------------------------------------------------

REGIONS_FILE = "regions.toml"
#: "phía Tây Bắc", "hướng Đông Bắc": a direction, not the region.
_DIRECTION_BEFORE = re.compile(r"(?i:(?<!\w)(?:phía|hướng)\s+)$")
#: "các tỉnh Tây Nguyên", "5 tỉnh, thành phố Đông Nam Bộ": the region's provinces, not a
#: province of the region's name.
_PROVINCES_OF = re.compile(
    r"(?i:tỉnh(?:\s*,\s*thành(?:\s+phố)?)?[ \t]+"
    # "nhiều xã Tây Nguyên", "120 xã Tây Bắc": the region's communes, counted
    r"|(?<!\w)(?:các|nhiều|những|\d[\d.]*)[ \t]+(?:xã|huyện)[ \t]+)$"
)
#: A capitalised word going on after a form read only alone ("miền Tây Nghệ An"; not "miền
#: Tây đã …": À-Ỹ held the small letters "đ", "ở", "ả" too).
_NAME_AFTER = re.compile(rf"[ \t]+[{CAPITALS}]")


def _region_word(word: str) -> str:
    """One word of a region's name as a regex: a word written in lower case may open with a
    capital (a sentence's first word, a title), a capitalised one is matched as written."""
    escaped = re.escape(word)
    if word[:1].islower():
        return f"[{re.escape(word[0])}{re.escape(word[0].upper())}]{re.escape(word[1:])}"
    return escaped


@cache
def _regions() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """The pattern of every way a region is written, the label of each (by the written
    form as matched, spaces collapsed), and the forms read only when no name goes on after
    them (``alone``)."""
    problems = Problems(REGIONS_FILE)
    labels: dict[str, str] = {}
    alone: set[str] = set()
    for where, entry in entries(load_data(REGIONS_FILE), "region", problems):
        label = problems.require(where, entry, "label", str)
        written = problems.require_strings(where, entry, "written", optional=False)
        examples = problems.require_examples(where, entry)
        if label is None:
            continue
        only_alone = problems.require_strings(where, entry, "alone", optional=True)
        for form in (*written, *only_alone):
            labels[form] = label
        alone.update(fold_key(form) for form in only_alone)
        for example in examples:
            problems.check_example(
                where,
                example,
                any(fold(w) in fold(example) for w in (*written, *only_alone)),
                repr(written),
            )
    problems.raise_if_any()
    forms = sorted(labels, key=len, reverse=True)
    body = "|".join(r"[ \t]+".join(_region_word(w) for w in form.split()) for form in forms)
    keyed = {fold_key(form): label for form, label in labels.items()}
    return re.compile(rf"(?<![\w&])(?:{body})(?![\w&])"), keyed, frozenset(alone)


@cache
def region_provinces() -> dict[str, tuple[str, ...]]:
    """Each region's label → its member provinces as the 63-province map names them
    (``provinces`` in ``data/regions.toml``)."""
    problems = Problems(REGIONS_FILE)
    members: dict[str, tuple[str, ...]] = {}
    for where, entry in entries(load_data(REGIONS_FILE), "region", problems):
        label = problems.require(where, entry, "label", str)
        if label is not None:
            members[label] = problems.require_strings(where, entry, "provinces", optional=False)
    problems.raise_if_any()
    return members


#: How many letters a member province may be written off by in its region's text.
MEMBER_EDITS = 2


def region_member_near(label: str, name: str) -> str | None:
    """The one member province of region ``label`` whose name ``name`` spells with at most
    :data:`MEMBER_EDITS` letters changed, accents aside ("Đắc Lắc" in Tây Nguyên → Đắk
    Lắk); None when none or several are that near."""
    key = place_key(name)
    near = [
        m for m in region_provinces().get(label, ()) if _edits(place_key(m), key) <= MEMBER_EDITS
    ]
    return near[0] if len(near) == 1 else None


def _edits(a: str, b: str) -> int:
    """Levenshtein distance."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def region_place(label: str) -> Place:
    """A region as a reporting unit: prefix "vùng", its name, level region, no code."""
    name = label.removeprefix("vùng ").strip()
    return Place(written=label, prefix="vùng", name=name, level=Level.REGION)


@cache
def _place_re() -> re.Pattern[str]:
    return re.compile(PLACE_PATTERN)


def fold_key(written: str) -> str:
    """A region's written form as a lookup key: folded, blanks collapsed."""
    return " ".join(fold(written).split())


def regions_in(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """The country's regions written in ``text[start:end]`` (``data/regions.toml``), as
    ``(start, end, label)``: "Hai vùng Đông Nam Bộ và vùng đồng bằng sông Cửu Long …" → vùng
    Đông Nam Bộ, vùng đồng bằng sông Cửu Long; "ĐBSH-BTB" → vùng đồng bằng sông Hồng, vùng Bắc
    Trung Bộ. Not a direction ("phía Tây Bắc"), nor a name inside a place written with its
    prefix ("xã Tây Nguyên")."""
    pattern, labels, alone = _regions()
    stop = len(text) if end is None else end
    places = [(m.start(), m.end()) for m in _place_re().finditer(text, max(0, start - 40), stop)]
    found = []
    for m in pattern.finditer(text, start, stop):
        if _DIRECTION_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        if any(
            a < m.start() < b and not _PROVINCES_OF.search(text, max(0, a - 16), m.start())
            for a, b in places
        ):
            continue
        if fold_key(m.group()) in alone and _NAME_AFTER.match(text, m.end()):
            continue  # "miền Tây Nghệ An": the west of a province, not the region
        label = labels.get(fold_key(m.group()))
        if label is not None:
            found.append((m.start(), m.end(), label))
    return found


_PROVINCES_WORD = re.compile(r"(?i:tỉnh(?:\s*,\s*thành(?:\s+phố)?)?)[ \t]+")


def region_written_as_place(written: str | None) -> str | None:
    """The region a place's words name when "tỉnh" stands before a region's name ("tỉnh Tây
    Nguyên" out of "các tỉnh Tây Nguyên": no province, the region's provinces) → its label;
    None for any other place."""
    m = _PROVINCES_WORD.match(written or "") or _LOWER_WORD.match(written or "")
    if m is None or not written:
        return None
    name = written[m.end() :].strip()
    found = regions_in(name)
    if len(found) != 1 or found[0][:2] != (0, len(name)):
        return None
    if m.re is _LOWER_WORD and _named_on_the_map(name):
        return None  # "xã Đông Bắc" (Hòa Bình): a commune of the region's name
    return found[0][2]


#: A lower level's word before a region's name ("xã Tây Nguyên" out of "nhiều xã Tây
#: Nguyên"): the region's communes unless the map has a unit of that name.
_LOWER_WORD = re.compile(r"(?i:xã|huyện)[ \t]+")


def _named_on_the_map(name: str) -> bool:
    try:
        units = _map()
    except Exception as e:  # the package's data is optional at run time
        logger.warning("place %r: administrative map unavailable (%s)", name, e)
        return True
    return place_key(name) in units.communes or place_key(name) in units.districts


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


# -- provinces named bare in running text ----------------------------------------------------

#: How far back in its clause an organisation's word makes a province's name part of its
#: name ("Ngân hàng Chính sách xã hội Nghệ An": the bank's name).
ORGANISATION_REACH = 60

#: An abbreviation a province's name may follow ("UBND Cà Mau", "Sở NN&PTNT Thái Bình").
_ABBREVIATION = re.compile(rf"[{CAPITALS}0-9&\-./]{{2,}}")
_CAPITAL_WORD = re.compile(rf"[{CAPITALS}][\w'’‘]*(?:-[\w'’‘]+)*")
_CLAUSE_END = re.compile(r"[.,;:!?()\[\]\n“”\"]")


@dataclass(frozen=True)
class _BareGuards:
    person: re.Pattern[str]  # a title right before the name
    organisation: re.Pattern[str]  # an organisation's word earlier in the clause
    furniture: re.Pattern[str]  # a line of a page's furniture, from its start
    never: frozenset[str]  # keys of the names never read bare
    list_lead: re.Pattern[str]  # words leading a list of communes, before its first item


@cache
def _bare_guards() -> _BareGuards:
    data = load_data(DATA_FILE)
    problems = Problems(DATA_FILE)
    kinds: dict[str, list[str]] = {
        "person": [],
        "organisation": [],
        "furniture": [],
        "never": [],
        "list_lead": [],
    }
    problems.require_examples("bare_province", data.get("bare_province", {}))
    for where, entry in entries(data, "bare_guard", problems):
        written = problems.require(where, entry, "written", str)
        kind = problems.require(where, entry, "kind", str)
        problems.require_examples(where, entry)
        if written is None or kind is None:
            continue
        if kind not in kinds:
            problems.add(where, f"unknown kind {kind!r} (one of {sorted(kinds)})")
            continue
        kinds[kind].append(written)
    problems.raise_if_any()
    return _BareGuards(
        person=re.compile(rf"(?i:(?<!\w)(?:{_word_guard(tuple(kinds['person']))}))[ \t]+$"),
        organisation=re.compile(
            rf"(?<!\w)(?:{_word_guard(tuple(kinds['organisation']))})(?!\w)[^.,;:!?()\n]*$"
        ),
        furniture=re.compile(
            rf"[^\w\n]*(?i:{_word_guard(tuple(kinds['furniture']))})(?!\w)", re.MULTILINE
        ),
        never=frozenset(place_key(n) for n in kinds["never"]),
        # the lead right before the first item ("các xã A, B"), or a lead clause naming
        # communes and ending with a colon ("có thêm 14 xã đạt chuẩn: A, B; C")
        list_lead=re.compile(
            rf"(?i:(?<!\w)(?P<lead>{_word_guard(tuple(kinds['list_lead']))}))"
            rf"(?P<clause>[ \t]*:|[^.!?\n:]*:)?[\s:;,]*$"
        ),
    )


def _province_only(name: str) -> Place | None:
    """The province ``name`` is, when the map has one of that name (a former name too)."""
    place = place_named(name)
    if place is None or place.level is not Level.PROVINCE or place.code != place.province_code:
        return None
    return place


def _in_capitals(text: str, start: int) -> bool:
    """Whether the line around ``start`` is written all in capitals (a headline: "NÔNG THÔN
    MỚI Ở HÀ TĨNH: THÊM 9 XÃ VỀ ĐÍCH"), where every word is capitalised."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)


def _bare_allowed_in_capitals(text: str, start: int, end: int, guards: _BareGuards) -> bool:
    """Whether the province name at ``text[start:end]``, in a line written in capitals,
    stands alone: the words around it are capitalised like all others there, so only a
    longer name the map knows ("ĐIỆN BIÊN PHỦ"), a title or an organisation's word before
    it (matched in any case: "BÁO NGHỆ AN") keep it from being the province."""
    after = re.match(rf"[ \t]+({_CAPITAL_WORD.pattern})", text[end : end + 30])
    if after and place_named(text[start : end + after.end()]) is not None:
        return False
    before = text[max(0, start - ORGANISATION_REACH) : start]
    organisation = re.compile(guards.organisation.pattern, re.IGNORECASE)
    if guards.person.search(before) or organisation.search(before):
        return False
    return not _among_communes(text, start, end, guards)


def _bare_allowed(text: str, start: int, end: int, guards: _BareGuards) -> bool:
    """Whether the province name at ``text[start:end]`` stands alone (see
    :func:`provinces_named_bare`)."""
    if _in_capitals(text, start):
        return _bare_allowed_in_capitals(text, start, end, guards)
    if re.match(rf"[ \t]+[{CAPITALS}]|-\w", text[end : end + 2]):
        return False  # the name goes on ("Điện Biên Phủ")
    before = text[max(0, start - ORGANISATION_REACH) : start]
    word = re.search(r"(\S*)\s*$", before)
    previous = word.group(1) if word else ""
    if previous and not previous[-1].isalnum():
        previous = ""  # a mark ends the word before: "…, Cà Mau", "(Cà Mau)"
    if previous and previous[:1].isupper() and not _ABBREVIATION.fullmatch(previous):
        # part of a longer name ("Nguyễn Thái Bình", "Báo Nghệ An"), unless the capitalised
        # word opens its sentence ("Tại Cà Mau, …", "Theo Cà Mau, …")
        opening = before[: len(before) - len(word.group(0))] if word else before
        if opening.strip() and not re.search(r"[.!?:;\n]\s*$", opening):
            return False
    if guards.person.search(before) or guards.organisation.search(before):
        return False
    if _among_communes(text, start, end, guards):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return guards.furniture.match(text, line_start, start) is None


#: One item of a list of places written bare: a run of capitalised words, with the bracket
#: that may follow it ("Hương Toàn (Hương Trà)").
_LIST_ITEM = rf"{_CAPITAL_WORD.pattern}(?:[ \t]+{_CAPITAL_WORD.pattern}){{0,3}}"
_BRACKET = r"[ \t]*\(([^()\n]{1,40})\)"
_ITEM_GAP = r"[ \t]*(?:,|;|và|hoặc)[ \t]*"
_ITEMS_BEFORE = re.compile(rf"(?:{_LIST_ITEM}(?:{_BRACKET})?{_ITEM_GAP})+$")
_ITEMS_AFTER = re.compile(rf"(?:{_BRACKET})?(?:{_ITEM_GAP}{_LIST_ITEM}(?:{_BRACKET})?)*")
#: A district's prefix opening a bracket: "(huyện Hương Trà)", "(TX. Hương Trà)".
_DISTRICT_IN_BRACKET = re.compile(r"(?i:huyện|thị[ \t]+xã|thành[ \t]+phố|quận|TX\.?|TP\.?)\b")


def _bracket_names_a_lower_place(inside: str) -> bool:
    """Whether a bracket after a bare name names the district it is in ("(Hương Trà)",
    "(huyện Phú Vang)"): a place's name that is no province's, nor an abbreviation."""
    inside = inside.strip()
    if _DISTRICT_IN_BRACKET.match(inside):
        return True
    if not _CAPITAL_WORD.match(inside) or _ABBREVIATION.fullmatch(inside):
        return False
    return _province_only(inside) is None and re.fullmatch(_LIST_ITEM, inside) is not None


def _among_communes(text: str, start: int, end: int, guards: _BareGuards) -> bool:
    """Whether the bare name at ``text[start:end]`` is an item of a list of communes, so a
    commune of that name, not the province: the name or another item of its list has its
    district in a bracket after it ("…; Hương Toàn, Hải Dương (Hương Trà); …"), or the
    list's lead names communes ("các xã A, B", "có thêm 14 xã đạt chuẩn: A, B"; "xã" right
    before the first item only with three items or more: "xã Hòa Bình, Tây Ninh" is an
    address)."""
    window = text[max(0, start - 400) : start]
    before = _ITEMS_BEFORE.search(window)
    after = _ITEMS_AFTER.match(text, end)
    listed_before, listed_after = (m.group(0) if m else "" for m in (before, after))
    chain = listed_before + text[start:end] + listed_after
    if any(_bracket_names_a_lower_place(m.group(1)) for m in re.finditer(_BRACKET, chain)):
        return True
    items = len(re.findall(_ITEM_GAP, re.sub(_BRACKET, "", chain))) + 1
    if items < 2:
        return False
    lead_end = len(window) - len(before.group(0)) if before else len(window)
    lead = guards.list_lead.search(window[:lead_end][-200:])
    if lead is None:
        return False
    lone_xa = lead.group("lead").lower() == "xã" and lead.group("clause") is None
    return items >= 3 or not lone_xa


@lru_cache(maxsize=16)
def provinces_named_bare(text: str) -> tuple[tuple[int, int, Place], ...]:
    """Every province ``text`` names without "tỉnh" in its running text ("người dân Cà Mau
    …", "Theo Sở NN&PTNT Thái Bình, …"), as ``(start, end, province)`` in text order, under
    guards (``[[bare_guard]]`` in place_prefixes.toml): the name is a province's (and not
    one never read bare: "tư tưởng Hồ Chí Minh" is the leader's) and the
    whole of its run of capitalised words (an abbreviation before it aside: "UBND Cà Mau");
    it follows no person's title ("ông Thái Bình") and no organisation's word earlier in its
    clause ("Hội Nông dân Bến Tre"); its line is no page furniture (an address, links); it is
    not written with a prefix there; it is no item of a list of provinces ("Đồng Nai, Bình
    Dương và Long An": several, examples); and the text names no district or commune of that
    name with its prefix ("thành phố Cà Mau": then the bare name could be either)."""
    guards = _bare_guards()
    prefixed = [(m.start(), m.end()) for m in re.finditer(PLACE_PATTERN, text)]
    lower = set()
    for a, b in prefixed:
        place = parse_place(text[a:b])
        if place is not None and place.level not in (None, Level.PROVINCE):
            lower.add(place_key(place.name))
    words = [(m.start(), m.end()) for m in _CAPITAL_WORD.finditer(text)]
    found: list[tuple[int, int, Place]] = []
    named: list[tuple[int, int]] = []  # every province's name, read or not
    taken = -1
    for m in re.finditer(HYPHENATED_PROVINCES, text):
        words.append((m.start(), m.end()))
    words.sort()
    for i, (start, _) in enumerate(words):
        if start < taken:
            continue
        for n in range(min(4, len(words) - i), 0, -1):
            end = words[i + n - 1][1]
            if any(
                text[words[j][1] : words[j + 1][0]].strip(" \t") != "" for j in range(i, i + n - 1)
            ):
                continue
            if words[i + n - 1][1] - start > 40:
                continue
            province = _province_only(text[start:end])
            if province is None or place_key(text[start:end]) in guards.never:
                continue
            if (
                place_key(province.name) not in lower
                and not any(a <= start < b for a, b in prefixed)
                and _bare_allowed(text, start, end, guards)
            ):
                found.append((start, end, province))
            named.append((start, end))
            taken = end
            break
    # provinces listed together ("Có 3 tỉnh Đồng Nai, Bình Dương và Long An", "Nghệ An, Hà
    # Tĩnh và Quảng Bình có …"): examples of several, none of them the place of the text
    spans = sorted(named + [(a, b) for a, b in prefixed if _is_province(text[a:b])])
    listed = set()
    for (a1, b1), (a2, _) in zip(spans, spans[1:], strict=False):
        if _LIST_GAP.fullmatch(text, b1, a2):
            listed.update({a1, a2})
    return tuple(f for f in found if f[0] not in listed and not amid_other_names(text, f[0], f[1]))


#: A run of capitalised words ("Hoàng Động", "Hoa Động"): a bare name, after or before.
_NAME_RUN = re.compile(rf"[{CAPITALS}][\w'’‘]*(?:[ \t]+[{CAPITALS}][\w'’‘]*){{0,3}}")
_RUN_BEFORE = re.compile(rf"[{CAPITALS}][\w'’‘]*(?:[ \t]+[{CAPITALS}][\w'’‘]*){{0,3}}$")


def amid_other_names(text: str, start: int, end: int) -> bool:
    """Whether a bare province name stands between two other bare names in one list ("xã
    đủ điều kiện gồm: Hoàng Động, Lâm Động, Hoa Động"): an item of a list of lower units
    that a tone slip makes look like a province, never the province itself."""
    before = re.search(r"(?:,|;)[ \t]*$", text[max(0, start - 3) : start])
    after = re.match(r"[ \t]*(?:,|;|và)[ \t]*", text[end : end + 6])
    if before is None or after is None:
        return False
    left = _RUN_BEFORE.search(text[max(0, start - 40) : start - len(before.group())])
    right = _NAME_RUN.match(text, end + after.end())
    return (
        left is not None
        and right is not None
        and not any(_is_province(run.group()) for run in (left, right))
    )


#: Between two places of a list: "A, B", "A và B", "A, tỉnh B", "A hoặc B".
_LIST_GAP = re.compile(r"[ \t]*(?:,|;|và|hoặc|cùng)(?:[ \t]+(?:và|tỉnh|thành\s+phố))?[ \t]*")


def _is_province(written: str) -> bool:
    place = parse_place(written)
    return place is not None and place.level is Level.PROVINCE


# -- names with a syllable left in small letters ------------------------------------------------

#: The levels a unit word names: "thị xã Vĩnh châu" is a district-level unit's name.
_SMALL_NAME_LEVELS = {
    "huyện": (Level.DISTRICT,),
    "thị xã": (Level.DISTRICT,),
    "quận": (Level.DISTRICT,),
    "thành phố": (Level.DISTRICT, Level.PROVINCE),
    "xã": (Level.COMMUNE,),
    "phường": (Level.COMMUNE,),
    "thị trấn": (Level.COMMUNE,),
    "tỉnh": (Level.PROVINCE,),
}
#: A unit word, then a name opening with a capital and going on with up to three syllables.
_SMALL_NAME = re.compile(
    r"(?<![^\W\d_])(?P<prefix>(?i:thị\s+xã|thị\s+trấn|thành\s+phố|huyện|quận|xã|phường|tỉnh))"
    rf"\s+(?P<name>[{CAPITALS}][^\W\d_]*(?:[ \t]+[^\W\d_]+){{1,3}})"
)
_SYLLABLE = re.compile(r"[^\W\d_]+")


def _small_key(name: str) -> str:
    """A name in small letters with its accents, the tone marks placed the old way."""
    return old_tone_placement(" ".join(unicodedata.normalize("NFC", name).lower().split()))


@cache
def _names_by_level() -> dict[Level, frozenset[str]]:
    """Every unit's name of two or more syllables on either map, in small letters, by level."""
    found: dict[Level, set[str]] = defaultdict(set)
    for map_name in (MAP_PRE2025, MAP_2025):
        for u in gazetteer_units(map_name).values():
            if " " in u.name.strip():
                found[u.level].add(_small_key(u.name))
    return {level: frozenset(names) for level, names in found.items()}


def names_capitalised(text: str) -> str:
    """``text`` with a unit's name whose later syllables were left in small letters written as
    the map writes it ("thị xã Vĩnh châu" → "thị xã Vĩnh Châu", "huyện Cần giuộc" → "huyện Cần
    Giuộc"), one character for one: only after a unit word, only when the name so completed,
    accents and all, is a unit of that word's level and its capitalised part alone is not."""
    if not _SMALL_NAME.search(text):
        return text
    names = _names_by_level()
    chars: list[str] | None = None
    pos = 0
    while (m := _SMALL_NAME.search(text, pos)) is not None:
        pos = m.start("name")  # a name's run may hold the next unit word ("… và huyện B")
        syllables = list(_SYLLABLE.finditer(text, m.start("name"), m.end("name")))
        small = [i for i, s in enumerate(syllables) if s.group()[0].islower()]
        if not small:
            continue
        levels = _SMALL_NAME_LEVELS[" ".join(m.group("prefix").lower().split())]
        known = frozenset().union(*(names.get(level, frozenset()) for level in levels))
        capitalised = " ".join(s.group() for s in syllables[: small[0]])
        if _small_key(capitalised) in known:
            continue  # "huyện Châu Thành đạt …": the name is whole
        for n in range(len(syllables), small[0], -1):
            if _small_key(" ".join(s.group() for s in syllables[:n])) in known:
                chars = chars if chars is not None else list(text)
                for s in syllables[small[0] : n]:
                    chars[s.start()] = s.group()[0].upper()
                break
    return "".join(chars) if chars is not None else text


#: A name described as a commune right after it: "A - một trong 13 xã biên giới của tỉnh B",
#: "A, một trong 5 xã vùng cao", "A – xã biên giới của huyện B" (a word in small letters
#: after "xã", not another commune's name).
_DESCRIBED_COMMUNE = re.compile(
    rf"(?<![^\W\d_])(?P<name>{NAME_PATTERN})\s*(?:[-–—,]\s*|\s+(?i:là)\s+)"
    r"(?:(?i:(?:một|1)\s+trong\s+(?:số\s+)?)\d{1,3}\s+(?i:xã)(?![^\W\d_])"
    rf"|(?i:xã)\s+(?=[^\W\d_{CAPITALS}]))"
)
#: A level word right before a name: the name is that level's, described or not.
_LEVEL_WORD_BEFORE = re.compile(
    r"(?<![^\W\d_])(?i:tỉnh|huyện|quận|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn|TP\.?)\s+$"
)


def described_communes(text: str, lo: int, hi: int) -> list[tuple[int, Place]]:
    """The communes named bare between ``lo`` and ``hi`` and described as communes right
    after ("Sau 6 năm, A - một trong 13 xã biên giới của tỉnh B, đã đạt …"), each with where
    its name starts: a name a province may share ("Đăk Nông" of Kon Tum) is the commune when
    the text also writes it "xã A" (FACTS.md: the place is the unit the fact is about)."""
    found: list[tuple[int, Place]] = []
    for m in _DESCRIBED_COMMUNE.finditer(text, lo, hi):
        if _LEVEL_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        name = " ".join(m.group("name").split())
        if re.search(rf"(?<![^\W\d_])(?i:xã)\s+{re.escape(name)}(?![^\W\d_])", text) is None:
            continue
        place = Place(written=f"xã {name}", prefix="xã", name=name, level=Level.COMMUNE)
        found.append((m.start(), place))
    return found
