"""The districts a news text is about together: those its lead recognises by name
(:func:`_recognised_districts`), those its headline joins or counts
(:func:`_several_recognised`).
"""

from __future__ import annotations

import re

from baocao.model import Level, Place
from baocao.nlp.metadata.common import _PLACE, _parse_place
from baocao.nlp.metadata.furniture import _body_lines
from baocao.nlp.metadata.unit.common import (
    _LEVEL_OF_WORD,
    _LIST_GOES_ON,
    _SEVERAL_UNITS,
    _places_joined,
)
from baocao.nlp.metadata.unit.communes import _counted_communes_named
from baocao.vocab.places import place_key

#: A headline counting places of no one kind: "6 địa phương đạt chuẩn, hoàn thành nhiệm vụ",
#: "Ba đơn vị được công nhận …" (which level they are, the units the body recognises say).
_SEVERAL_PLACES = re.compile(
    r"(?i:(?<!\w)(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:địa\s+phương|đơn\s+vị)(?!\w))"
)


#: How many body lines a list of recognitions may run over after a headline counting the
#: units ("… công nhận 6 địa phương …" ⏎ "Quyết định số 1 công nhận huyện A …" ⏎ …).
RECOGNITION_LINES = 12


#: A recognition given to the unit named right after: "công nhận huyện A, tỉnh X đạt chuẩn".
_RECOGNISED_BEFORE = re.compile(r"(?i:công\s+nhận)(?:\s+(?i:cho))?\s+$")


def _recognised_districts(text: str, lines: int = 1) -> tuple[Place, ...]:
    """The district-level units a news lead says are recognised, when it says so of two or
    more ("Thủ tướng vừa công nhận thành phố A, tỉnh X hoàn thành nhiệm vụ … Đồng thời, công
    nhận huyện B, tỉnh X đạt chuẩn …"): the text is about them all. ``lines``: how many body
    lines the recognitions may run over (one line each: "Quyết định số 1 công nhận huyện A
    …" ⏎ "Quyết định số 2 công nhận thị xã B …")."""
    found: list[Place] = []
    for _, line in _body_lines(text)[:lines]:
        last_end = -1  # where the last recognised unit ends
        for m in _PLACE.finditer(line):
            place = _parse_place(m.group())
            if (
                place is not None
                and place.level is Level.DISTRICT
                and (
                    _RECOGNISED_BEFORE.search(line, max(0, m.start() - 20), m.start())
                    # "công nhận huyện A (Nghệ An) và huyện B (Hà Nam) đạt chuẩn": the list
                    # goes on
                    or (
                        last_end >= 0
                        and _LIST_GOES_ON.fullmatch(line, last_end, m.start()) is not None
                    )
                )
                and all(place_key(p.name) != place_key(place.name) for p in found)
            ):
                found.append(place)
                last_end = m.end()
    return tuple(found) if len(found) >= 2 else ()


def _districts_joined(line: str) -> tuple[Place, ...]:
    """Two or more districts a line names one after the other, each with its prefix, joined
    by "và" or a comma ("Huyện Cầu Kè và huyện Tiểu Cần đạt chuẩn …")."""
    found: list[Place] = []
    for place in _places_joined(line, Level.DISTRICT):
        if all(place_key(p.name) != place_key(place.name) for p in found):
            found.append(place)
    return tuple(found) if len(found) >= 2 else ()


def _several_recognised(text: str, headline: str, unit: Place | None) -> tuple[Place, ...]:
    """The districts a headline counts ("2 huyện đạt chuẩn nông thôn mới") when the lead
    recognises them by name ("… công nhận huyện A (X) và huyện B (Y) đạt chuẩn …"): the
    text is about them all, not the first one named."""
    if unit is not None and unit.level not in (Level.DISTRICT, Level.PROVINCE):
        return ()
    body = text[text.find(headline) + len(headline) :]
    several = _SEVERAL_UNITS.search(headline)
    if several is not None:
        level = _LEVEL_OF_WORD.get(" ".join(several.group("level").lower().split()))
        if level is Level.COMMUNE:
            # "Hai xã thuộc huyện X về đích" over "… hai xã A và xã B huyện X …": the text
            # is about the communes it counts, each by name
            return _counted_communes_named(body, headline, several)
        if level is not Level.DISTRICT:
            return ()
        # "Hai huyện, thị xã của tỉnh Trà Vinh cán đích …": the province the headline names
        # is where the units it counts lie
        return _recognised_districts(body)
    joined = _districts_joined(headline)
    if joined:
        # "Trà Vinh: Huyện Cầu Kè và huyện Tiểu Cần đạt chuẩn …": the headline names them all
        return joined
    if unit is None and _SEVERAL_PLACES.search(headline):
        # "6 địa phương đạt chuẩn, hoàn thành nhiệm vụ …" over one recognition a line
        return _recognised_districts(body, RECOGNITION_LINES)
    return ()
