"""Places written with the unit above them: "2 xã là Tân Hợp và Tân Liên, huyện Hướng Hóa",
"xã Hải Lâm, Hải Phú và Hải Thượng (huyện Hải Lăng)", "xã A thuộc thị xã B".

A list of communes is often closed by the district they lie in, written once for the whole
list. The names alone are ambiguous (dozens of communes share a name, several in one
province), the district makes them one; so the normalise stage resolves each listed commune
within the district written after its list, wherever the text names it again. A name listed
under two different districts in one text is left to the text's own unit.
"""

from __future__ import annotations

import re
from functools import cache

from baocao.model import Level, Place
from baocao.nlp.metadata.furniture import _CAPITAL_DATELINE, _body_lines
from baocao.vocab.places import (
    NAME_PATTERN,
    PLACE_PATTERN,
    parse_place,
    place_key,
    place_label,
    place_named,
    resolve_bare_name,
)

__all__ = ["dateline_district", "districts_named_bare", "places_within"]

#: Words that open a unit above a commune; a listed name never starts with one.
_ABOVE = r"(?i:huyện|quận|thị\s+xã|thành\s+phố|tỉnh|TP\.?|TX\.?)(?!\w)"
#: A count of communes introducing their names: "2 xã miền núi là", "03 xã gồm", "các xã:".
_COUNTED = (
    r"(?i:(?:\d{1,3}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các)\s+"
    r"(?P<kind>xã|phường|thị\s+trấn)(?!\w)[^.;:()\n\d]{0,40}?\s*(?:là|gồm|:)\s+)"
)


@cache
def _list() -> re.Pattern[str]:
    name = rf"(?!{_ABOVE})(?:{NAME_PATTERN})"
    item = rf"(?:(?i:xã|phường|thị\s+trấn)\s+)?{name}"
    return re.compile(
        rf"(?:{_COUNTED}|(?<!\w)(?<![Tt]hị )(?<!THỊ )(?P<prefix>(?i:xã|phường|thị\s+trấn))\s+)"
        rf"(?P<names>{name}(?:\s*(?:,|(?<=\s)(?i:và))\s*{item})*)"
        rf"\s*(?:,|-|–|\(|(?i:thuộc|của))?\s*(?P<above>{PLACE_PATTERN})"
    )


_ITEM_SPLIT = re.compile(r"\s*(?:,|\s(?i:và)\s)\s*")
_ITEM_PREFIX = re.compile(r"(?i:xã|phường|thị\s+trấn)\s+")


def places_within(text: str) -> tuple[tuple[str, str], ...]:
    """``(commune, district)`` for every commune the text lists before the district it lies
    in ("… là Tân Hợp và Tân Liên, huyện Hướng Hóa" → ("xã Tân Hợp", "huyện Hướng Hóa"),
    ("xã Tân Liên", "huyện Hướng Hóa")), each commune with its prefix, first listing first;
    a commune listed under two different districts is left out."""
    found: dict[str, tuple[str, str]] = {}
    conflicting: set[str] = set()
    for m in _list().finditer(text):
        above = parse_place(m.group("above"))
        if above is None or above.level is None or above.level.value != "district":
            continue
        kind = " ".join((m.group("kind") or m.group("prefix")).lower().split())
        district = place_label(above)
        for item in _ITEM_SPLIT.split(m.group("names").strip()):
            name = _ITEM_PREFIX.sub("", item, count=1).strip()
            if not name:
                continue
            key = place_key(name)
            if key in found and place_key(found[key][1]) != place_key(district):
                conflicting.add(key)
            found.setdefault(key, (f"{kind} {' '.join(name.split())}", district))
    return tuple(v for k, v in found.items() if k not in conflicting)


#: A name opening a sentence or a clause, written without its prefix: "Chợ Lách có 9/9 xã",
#: "Riêng Chợ Lách, …", "Tại Chợ Lách, …" (a lead-in word of a few letters allowed).
_BARE_OPENING = re.compile(
    rf"(?:^|(?<=[.!?;:,\n])[ \t]*|(?<=[.!?;:,\n][ \t]))[ \t*\-–•+]*"
    rf"(?:(?i:riêng|tại|ở|còn)[ \t]+)?(?P<name>{NAME_PATTERN})",
    re.MULTILINE,
)


def districts_named_bare(text: str, province: Place | None) -> tuple[Place, ...]:
    """The districts of ``province`` a text names without their prefix as a sentence's or a
    clause's subject ("Toàn tỉnh Bến Tre có … Riêng Chợ Lách có 9/9 xã đạt chuẩn"): each
    name the province has one district of, and no province has as its name; a name the map
    cannot tell in the province is left out. News writes districts so; the province known,
    the map tells which."""
    if province is None or province.level is not Level.PROVINCE:
        return ()
    found: dict[str, Place] = {}
    for m in _BARE_OPENING.finditer(text):
        words = m.group("name").split()
        for n in range(min(len(words), 4), 0, -1):
            name = " ".join(words[:n])
            if not name[:1].isalpha():
                break
            named = place_named(name)
            if named is not None and named.level is Level.PROVINCE:
                break
            district = resolve_bare_name(name, province=province)
            if district is not None and district.level is Level.DISTRICT:
                found.setdefault(place_key(district.name), district)
                break
    return tuple(found.values())


#: How many of a text's first body lines may open on its dateline.
DATELINE_LINES = 2


def dateline_district(text: str) -> Place | None:
    """The district a news lead's dateline names in capitals ("KIẾN XƯƠNG - Đến nay, toàn
    huyện có …"), when the map has one district of that name in the whole country (none of
    "CHÂU THÀNH", a name of many). Read only for a text that names no province: its
    districts named bare are then read against no province (:func:`districts_named_bare`),
    and the dateline's name is known as the district, so that the lead's level word or a
    sentence naming no place is of it, as it is under a headline naming the province. The
    dateline is still no unit of the text (:mod:`baocao.nlp.metadata.unit.lead`)."""
    for _, line in _body_lines(text)[:DATELINE_LINES]:
        m = _CAPITAL_DATELINE.match(line)
        if m is None or not m.group("place").replace(".", "").strip().isupper():
            continue
        place = resolve_bare_name(m.group("place"))
        return place if place is not None and place.level is Level.DISTRICT else None
    return None
