"""Place names as written: the prefixes (``data/place_prefixes.toml``: tỉnh, thành phố/TP.,
huyện, quận, thị xã, xã, phường, thị trấn, thôn, bản, ấp…), the patterns built from them
(:data:`PLACE_PATTERN`, :data:`NAME_PATTERN`, :data:`TOPIC_PATTERN`, :data:`NATIONAL_PATTERN`),
and :func:`parse_place`: "xã Quang Trung" → Place(prefix="xã", name="Quang Trung",
level=commune); a name in capitals ("UBND XÃ CẨM NGỌC") is title-cased, ``written`` keeps the
text as it was. A place made of a map's unit (:func:`_place_of`) and as facts name it
(:func:`place_label`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from dataclasses import dataclass
from functools import cache

from baocao.data.lexicon import CAPITALS, Problems, entries, load_data
from baocao.model import Level, Place
from baocao.vocab.gazetteer import Unit as GazetteerUnit
from baocao.vocab.money import UNIT_PATTERN
from baocao.vocab.places.index import _map, _Unit
from baocao.vocab.places.keys import place_key
from baocao.vocab.shortforms import NOT_A_NAME

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
    initials: dict[str, str]  # a city's initials ("HCM") → its name ("Hồ Chí Minh")


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
    initials = _initials(data, problems)
    problems.raise_if_any()
    # "TP.HCM", "TP HCM", "TPHCM": the city's prefix and its initials, with or without a blank
    short = rf"(?i:(?<!\w)(?:thành[ \t]+phố|TP)\.?)[ \t]*(?:{'|'.join(initials)})(?!\w)"
    return _Lexicon(
        prefixes=prefixes,
        province_cities=frozenset(place_key(c) for c in cities),
        pattern=rf"(?:(?:{prefix_re}){between}[ \t]+{_NAME}|{short})",
        descriptors=descriptors,
        topic=_word_guard(tuple(words["topic"])),
        national=_word_guard(tuple(words["national"])),
        initials=initials,
    )


def _initials(data: dict, problems: Problems) -> dict[str, str]:
    """The ``[[initials]]`` table: a city's initials → its name, each checked on its
    examples (the initials after "TP", with or without the dot and a blank)."""
    initials: dict[str, str] = {}
    for where, entry in entries(data, "initials", problems):
        written = problems.require(where, entry, "written", str)
        name = problems.require(where, entry, "name", str)
        examples = problems.require_examples(where, entry)
        if written is None or name is None:
            continue
        initials[written] = name
        for example in examples:
            hit = re.search(rf"TP\.?[ \t]*{re.escape(written)}(?!\w)", example)
            problems.check_example(where, example, hit is not None, f"TP + {written!r}")
    return initials


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
    name = " ".join(rest.split())
    # "TP.HCM": the city its initials stand for; else a name in capitals title-cased
    name = lexicon.initials.get(name) or _title(name)
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


def place_label(place: Place) -> str:
    """A place as facts name it: its prefix and its name ("xã Cẩm Ngọc"), whatever case the
    text used ("UBND XÃ CẨM NGỌC" in a header)."""
    return f"{place.prefix} {place.name}" if place.prefix else place.name
