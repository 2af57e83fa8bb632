"""What the unit's rules share: a headline counting several units and the level its word
names, a list of places going on and the places it joins, a commune the map has in a district.
"""

from __future__ import annotations

import re

from baocao.model import Level, Place
from baocao.nlp.metadata.common import _PLACE, _parse_place
from baocao.vocab.places import resolve_place

#: A headline about several lower units: "Thêm 3 huyện đạt chuẩn", "2 đơn vị cấp huyện".
_SEVERAL_UNITS = re.compile(
    r"(?i:(?<!\w)(?:\d+|hai|ba|bốn|năm)\s+(?:đơn\s+vị\s+cấp\s+)?"
    r"(?P<level>huyện|thị\s+xã|xã)(?!\w))"
)


_LEVEL_OF_WORD = {"huyện": Level.DISTRICT, "thị xã": Level.DISTRICT, "xã": Level.COMMUNE}


def _commune_in(name: str, district: str) -> Place | None:
    """The commune ``name`` when the map has one of that name in ``district``."""
    place = Place(written=f"xã {name}", prefix="xã", name=name, level=Level.COMMUNE)
    return place if resolve_place(place, district=district).code is not None else None


#: Between two units of one list: "huyện A (Nghệ An) và huyện B", "thị xã A, huyện B".
_LIST_GOES_ON = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,|(?i:và))\s*")


def _places_joined(line: str, level: Level) -> tuple[Place, ...]:
    """The places of ``level`` a line names one after the other from the first it names, each
    with its prefix, joined by "và" or a comma ("huyện A và huyện B", "hai xã A và xã B"):
    what a list of districts and a list of counted communes both read."""
    found: list[Place] = []
    last_end = -1
    for m in _PLACE.finditer(line):
        place = _parse_place(m.group())
        if place is None or place.level is not level:
            continue
        if found and _LIST_GOES_ON.fullmatch(line, last_end, m.start()) is None:
            break
        found.append(place)
        last_end = m.end()
    return tuple(found)
