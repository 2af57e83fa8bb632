"""The communes a news text is about one by one (:func:`_subject_communes`): those a count
lists with their districts, those its paragraphs open with, those a headline counts in one
district (:func:`_counted_communes_named`); and the province's own tally, which makes them
its news (:func:`_province_tally`).
"""

from __future__ import annotations

import re

from baocao.model import Level, Place
from baocao.nlp.metadata.common import _PLACE, _SELF_LEVEL, _SELF_REFERENCE, _parse_place
from baocao.nlp.metadata.furniture import _body_lines
from baocao.nlp.metadata.unit.common import _commune_in, _places_joined
from baocao.vocab.numbers import words_value
from baocao.vocab.places import NAME_PATTERN, place_key

#: A count of communes, then their names: "3 xã được công nhận đợt này là: xã A (huyện X),
#: B (huyện Y) và C (huyện Z)".
_COMMUNES_COUNTED = re.compile(
    r"(?<![\d.,/])(?P<n>\d{1,2})\s+(?i:xã)(?!\w)[^.\n:;]{0,60}?(?i:là|gồm)(?!\w)\s*:?\s*"
)


#: One commune of such a list, or a paragraph opening on a commune with its district in
#: brackets ("Tây Giang (Tiền Hải) là …", "Xã Minh Lãng (huyện Vũ Thư) cũng …").
_COMMUNE_WITH_DISTRICT = re.compile(
    rf"[\W\d_]*(?:(?i:xã)\s+)?(?P<name>{NAME_PATTERN})\s*\(\s*"
    rf"(?:(?i:huyện|thị\s+xã|thành\s+phố|TP\.?)\s+)?(?P<district>{NAME_PATTERN})\s*\)"
)


_LIST_JOINT = re.compile(r"\s*(?:,|;|(?i:và))\s*")


#: The province's own tally of its communes: "toàn tỉnh đã có 117/200 xã được công nhận …",
#: "Toàn tỉnh hiện có 95 xã đạt chuẩn".
_PROVINCE_TALLY = re.compile(
    r"(?i:toàn\s+tỉnh)(?:\s+(?i:đã|hiện|nay|đến\s+nay))*\s+(?:"
    r"(?i:có)\s+\d{1,3}(?:\s*/\s*\d{1,3})?\s+(?i:xã)(?!\w)"
    # the province's own sum or average of criteria ("toàn tỉnh đạt được 1.120 tiêu chí,
    # bình quân 14,6 tiêu chí/xã"): the text reports the province, its communes are examples
    r"|(?i:đạt(?:\s+được)?|có)\s+\d{1,2}\.\d{3}\s+(?i:tiêu\s+chí)(?!\w))"
    # the province's tally raised by the news ("nâng số xã đạt chuẩn trên toàn tỉnh lên 52
    # xã", "nâng tổng số xã NTM của tỉnh lên 41"): the recognised communes are its news
    r"|(?i:nâng\s+(?:tổng\s+)?số\s+xã)(?!\w)[^.\n;]{0,60}?"
    r"(?i:toàn\s+tỉnh|của\s+tỉnh|cả\s+tỉnh)[^.\n;\d]{0,20}?\s(?i:lên)\s+\d{1,3}(?!\d)"
)


def _province_tally(text: str) -> bool:
    """Whether the text states the province's own tally of its communes (see
    :data:`_PROVINCE_TALLY`)."""
    return _PROVINCE_TALLY.search(text) is not None


def _subject_communes(text: str, headline: str | None) -> tuple[Place, ...]:
    """The communes a news text is about one by one, when it is about two or more: those a
    count lists by name with their districts ("3 xã được công nhận là: xã A (huyện X), B
    (huyện Y) và C (huyện Z)"), or those its paragraphs open with, the first paragraph
    among them ("Tây Giang (Tiền Hải) là …" ⏎ … ⏎ "Xã Minh Lãng (Vũ Thư) cũng …"). Not
    under a headline speaking of a whole province or district ("toàn tỉnh có thêm 6 xã")."""
    for m in _SELF_REFERENCE.finditer(headline or ""):
        if _SELF_LEVEL[" ".join(m.group("level").lower().split())] is not Level.COMMUNE:
            return ()
    for counted in _COMMUNES_COUNTED.finditer(text):
        found: list[Place] = []
        pos = counted.end()
        while (item := _COMMUNE_WITH_DISTRICT.match(text, pos)) is not None:
            commune = _commune_in(" ".join(item.group("name").split()), item.group("district"))
            if commune is None:
                break
            found.append(commune)
            joint = _LIST_JOINT.match(text, item.end())
            if joint is None:
                break
            pos = joint.end()
        if len(found) == int(counted.group("n")) >= 2:
            return tuple(found)
    openings: list[Place] = []
    for i, (_, line) in enumerate(_body_lines(text)):
        opening = _COMMUNE_WITH_DISTRICT.match(line)
        commune = (
            _commune_in(" ".join(opening.group("name").split()), opening.group("district"))
            if opening
            else None
        )
        if commune is None:
            if i == 0:
                return ()
            continue
        if all(place_key(p.name) != place_key(commune.name) for p in openings):
            openings.append(commune)
    return tuple(openings) if len(openings) >= 2 else ()


#: How many body lines may name the communes a headline counts.
COUNTED_COMMUNE_LINES = 3


def _counted_communes_named(body: str, headline: str, several: re.Match[str]) -> tuple[Place, ...]:
    """The communes a headline counts in one district ("Hai xã thuộc huyện X về đích …",
    "3 xã của huyện Y đạt chuẩn …") when a line near the top names exactly that many, one
    after the other ("… tại hai xã A và xã B huyện X …"), each a commune of that district on
    the map; none otherwise."""
    written = several.group().split()[0]
    count = int(written) if written.isdigit() else words_value(written)
    district = next(
        (
            p
            for p in (_parse_place(m.group()) for m in _PLACE.finditer(headline, several.end()))
            if p is not None and p.level is Level.DISTRICT
        ),
        None,
    )
    if count is None or count < 2 or district is None:
        return ()
    for _, line in _body_lines(body)[:COUNTED_COMMUNE_LINES]:
        found: list[Place] = []
        for place in _places_joined(line, Level.COMMUNE):
            commune = _commune_in(place.name, district.name)
            if commune is None:
                break
            found.append(commune)
        if len(found) == count:
            return tuple(found)
    return ()
