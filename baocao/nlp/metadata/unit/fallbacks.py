"""The last rules, for a page naming no unit of its own with its prefix: the site's name line
(:func:`_site_unit`), the district or province of communes named bare
(:func:`_unit_of_bare_communes`), the commune a lead describes (:func:`_described_commune`).
"""

from __future__ import annotations

import re
from collections import Counter

from baocao.model import Level, Place
from baocao.nlp.metadata.common import _PLACE, _first_place, _lines, _parse_place
from baocao.nlp.metadata.province import _province_of_bracketed_districts
from baocao.vocab.patterns import cues
from baocao.vocab.places import (
    NAME_PATTERN,
    commune_homes,
    described_communes,
    district_place,
    leading_place_name,
    place_key,
    place_named,
)

#: A site's or portal's name line: "Cổng thông tin điện tử huyện X", "Trang thông tin điện
#: tử xã Y", or a provincial portal named "Nông thôn mới Gia Lai".
_SITE_LINE = re.compile(
    r"[\W\d_]*(?:(?i:" + cues().pattern("site_name") + r")[^\d\n.!?;:]{0,80}"
    r"|(?i:(?:xây\s+dựng\s+)?nông\s+thôn\s+mới)\s+(?P<bare>[^\d\n.!?;:,]{2,30}?))\s*$"
)


#: How many lines from the top a site's name line may be.
SITE_LINES = 4


def _site_unit(text: str) -> Place | None:
    """The unit a site's or portal's name line near the top names ("Cổng thông tin điện tử
    huyện X" → huyện X, "Nông thôn mới Gia Lai" → tỉnh Gia Lai): page furniture, the unit
    of a page only when nothing else names one."""
    for _, line in [(p, ln) for p, ln in _lines(text[:2000]) if ln.strip()][:SITE_LINES]:
        clean = line.strip().strip("*_#").strip()
        m = _SITE_LINE.fullmatch(clean)
        if m is None:
            continue
        if m.group("bare") is not None:
            place = place_named(m.group("bare").strip())
            if place is not None and place.level is Level.PROVINCE:
                return place
            continue
        found = _first_place(clean, exclude={Level.VILLAGE})
        if found is not None:
            return found
        leading = None
        for cue in re.finditer(cues().pattern("site_name"), clean, re.IGNORECASE):
            leading = leading_place_name(clean[cue.end() :].strip())
        if leading is not None and leading.level is Level.PROVINCE:
            return leading
    return None


#: A list of communes written bare after their count or "các xã": "12 xã: A 15/19 tiêu chí,
#: B, C 12/19 tiêu chí", "các xã A, B và C" (to the sentence's end).
_COMMUNE_LIST = re.compile(
    r"(?i:(?<![\w.,/])\d{1,3}\s+xã|các\s+xã|những\s+xã)[^.:;\n]{0,60}?:?\s+(?P<items>[^.;\n]+)"
)


_LIST_SPLIT = re.compile(r"\s*,\s*|\s+(?i:và)\s+")


_ITEM_NAME = re.compile(NAME_PATTERN)


#: What a listed commune's name is followed by: its count ("14/19 tiêu chí", "12 tiêu chí").
_ITEM_COUNT = re.compile(r"\s+\d.*$")


#: How many bare communes a list must name, and what share of them one district must hold,
#: for the list to tell that district.
LISTED_COMMUNES = 3


LISTED_SHARE = 0.8


def _district_of_listed_communes(text: str) -> Place | None:
    """The district of a portal page that lists its communes by bare name, never writing its
    own ("… cho 9 xã: Ngọc Sơn 14/19 tiêu chí, Hà Lâm 10/19 tiêu chí, …"): the one district
    the map has (nearly) all of them in (at least LISTED_COMMUNES named, LISTED_SHARE of them);
    None when the text names a district with its prefix, or the names are spread."""
    for m in _PLACE.finditer(text):
        place = _parse_place(m.group())
        if place is not None and place.level in (Level.DISTRICT, Level.PROVINCE):
            return None
    names: list[str] = []
    for m in _COMMUNE_LIST.finditer(text):
        for item in _LIST_SPLIT.split(m.group("items")):
            lead = _ITEM_NAME.match(_ITEM_COUNT.sub("", item.strip()))
            if lead is not None and lead.group()[:1].isupper():
                names.append(" ".join(lead.group().split()))
    names = list(dict.fromkeys(names))
    if len(names) < LISTED_COMMUNES:
        return None
    counts: Counter[tuple[str, str]] = Counter()
    for name in names:
        counts.update(commune_homes(name))
    if not counts:
        return None
    (best, n), *rest = counts.most_common(2) + [(("", ""), 0)]
    if n < LISTED_COMMUNES or n < LISTED_SHARE * len(names) or rest[0][1] == n:
        return None
    return district_place(*best)


#: How far into a text its lead may describe its commune.
DESCRIBED_REACH = 1500


def _described_commune(text: str, named: Place | None = None) -> Place | None:
    """The commune a news text's lead names bare and describes as a commune right after
    ("Sau 6 năm, A - một trong 13 xã biên giới của tỉnh B, đã đạt …"), a name a province may
    share ("Đăk Nông" of Kon Tum): the commune, when the text also writes it "xã A"."""
    for _, place in described_communes(text, 0, DESCRIBED_REACH):
        if named is None or place_key(place.name) == place_key(named.written.strip()):
            return place  # (``named``: the bare name read as a province, the commune's)
    return None


def _unit_of_bare_communes(text: str) -> Place | None:
    """The unit of a text naming its communes bare, no unit of its own: the district its
    listed communes lie in, else the province of communes written with their districts in
    brackets when they lie in two districts or more ("Nhân Hòa (Bình Giang), Cao Xá (Cẩm
    Giàng)": the province's news). The brackets come first: a list whose first communes
    share one district ("Phú Lộc, Mỹ Lộc (Tam Bình) và Long Mỹ (Mang Thít)") is the
    province's examples when its brackets name two districts or more."""
    province, districts = _province_of_bracketed_districts(text)
    if province is not None and districts >= 2:
        return province
    return _district_of_listed_communes(text)
