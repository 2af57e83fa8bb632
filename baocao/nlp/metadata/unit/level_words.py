"""A headline that hands its unit to the body: a site's section tag ("Hà Tĩnh: …", "Ninh
Phước (Ninh Thuận): …"), or a level word with no name after it ("thêm một xã", "có thêm
huyện", "Thành phố phấn đấu …", "Xã lớn nhất huyện X …").
"""

from __future__ import annotations

import re

from baocao.data.lexicon import CAPITALS
from baocao.model import Level, Place
from baocao.nlp.metadata.common import _PLACE
from baocao.nlp.metadata.furniture import _body_lines
from baocao.nlp.metadata.national import place_at_line_start
from baocao.nlp.metadata.unit.reported import _unit_of_body
from baocao.vocab.places import (
    enclosing_places,
    leading_place_name,
    parse_place,
    place_key,
    resolve_place,
)

#: A headline speaking of a commune: "… thêm một xã vùng cao về đích".
_COMMUNE_WORD = re.compile(r"(?i:(?<!\w)(?<!thị )xã(?!\w))")


#: A headline whose subject is a commune it does not name, described instead by the district it
#: lies in: "Xã lớn nhất huyện X đón bằng …", "Một xã vùng trũng của huyện X về đích" (a word
#: in lower case after "xã", no name).
_UNNAMED_COMMUNE_SUBJECT = re.compile(r"\W*(?i:(?:một|1)\s+)?(?i:xã)\s+(?=[^\W\d_])")


def _commune_of_unnamed_headline(text: str, headline: str, unit: Place | None) -> Place | None:
    """The commune the body reports on, for a headline that opens on an unnamed commune and
    names only its district ("Xã lớn nhất huyện X đón bằng công nhận …" over "xã Y (X) tổ
    chức lễ …"): the district is where the commune lies, not the unit."""
    if unit is None or unit.level is not Level.DISTRICT:
        return None
    subject = _UNNAMED_COMMUNE_SUBJECT.match(headline)
    if subject is None or not headline[subject.end()].islower():
        return None  # "Xã Hòa Lạc …": a named commune, read as such
    found = _unit_of_body(text, headline, districts=False)
    return found if found is not None and found.level is Level.COMMUNE else None


#: A headline speaking of one district, unnamed: "… có thêm huyện đạt chuẩn", "… thêm một
#: huyện về đích" (not "3 huyện", "các huyện", nor a named "huyện Thọ Xuân").
_ONE_DISTRICT_WORD = re.compile(
    r"(?i:(?<!\w)(?:thêm|(?:một|1)|có)\s+(?:(?:một|1)\s+)?(?:huyện|thị\s+xã)(?!\w))"
    rf"(?![ \t]+[{CAPITALS}])"
)


def _lead_district(text: str, headline: str) -> Place | None:
    """The district the first line after the headline opens with ("Huyện Thọ Xuân …")."""
    start = text.find(headline) + len(headline)
    lines = [ln for _, ln in _body_lines(text[start:]) if ln.strip() != headline.strip()]
    for line in lines[:1]:  # (a headline printed twice is read once)
        opening = place_at_line_start(line)
        if opening is not None and opening.level is Level.DISTRICT:
            return opening
    return None


#: A headline that opens with a tag: "Hà Tĩnh: …", "TP.HCM: …".
_TAG = re.compile(r"[^\W\d_][^:\n]{0,30}:\s")


#: A headline opening with a level word as its subject, no name after it: "Thành phố phấn đấu
#: …", "Huyện hoàn thành …" (a portal's news of its own unit).
_LEVEL_WORD_OPENING = re.compile(
    r"[\W\d_]*(?P<level>(?i:thành\s+phố|huyện|thị\s+xã|quận))[ \t]+"
    rf"(?![{CAPITALS}])"
)


def _unit_of_level_word(text: str, headline: str) -> Place | None:
    """The district-level unit a headline speaks of by its level word alone ("Thành phố phấn
    đấu hoàn thành …"), known from the lower units the text names with their prefix ("… cho
    phường Xuất Hóa …"): the one unit of that kind that the map has every one of them in."""
    opening = _LEVEL_WORD_OPENING.match(headline)
    if opening is None:
        return None
    kind = " ".join(opening.group("level").lower().split())
    holders: dict[str, Place] = {}
    for m in _PLACE.finditer(text):
        place = parse_place(m.group())
        if place is None or place.level is not Level.COMMUNE:
            continue
        resolved = resolve_place(place)
        if resolved.code is None:
            continue
        above = [p for p in enclosing_places(resolved.code) if p.level is Level.DISTRICT]
        if not above or above[0].prefix != kind:
            return None
        holders[above[0].code or ""] = above[0]
    return next(iter(holders.values())) if len(holders) == 1 else None


def _district_tag(headline: str, unit: Place) -> bool:
    """Whether a headline opens with a tag naming the district ``unit`` ("Ninh Phước (Ninh
    Thuận): …", "Huyện Đức Trọng: …"): the section a news site files the article under."""
    tag = _TAG.match(headline)
    return (
        unit.level is Level.DISTRICT
        and tag is not None
        and place_key(unit.name) in place_key(tag.group())
    )


def _is_tag_line(headline: str) -> bool:
    """Whether a text's first line is nothing but a province's name, the section a news site
    files the article under ("Thanh Hóa" over "Làng biển … đổi thay")."""
    place = leading_place_name(headline)
    return (
        place is not None
        and place.level is Level.PROVINCE
        and place_key(place.name) == place_key(headline.strip(" :-–|"))
    )
