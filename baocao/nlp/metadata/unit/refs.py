"""How often, and as what, a text's body names a place: as its subject, in passing (where a
place lies, whose it is), or as an agency acting for it ("UBND huyện X tổ chức …").
"""

from __future__ import annotations

import re

from baocao.model import Level, Place
from baocao.nlp.metadata.common import _BARE_DISTRICT, _BARE_PROVINCE, _PLACE, _parse_place
from baocao.vocab.patterns import cues
from baocao.vocab.places import PLACE_PATTERN, place_key

#: A unit spoken of as a subject: "toàn huyện Tiên Du có …", "Huyện Tiên Du đã …".
_AS_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?:;]\s*|\n[\W\d_]*|(?i:toàn|đối\s+với|tại)\s+)$")


def _spoken_of(text: str, headline: str, unit: Place) -> bool:
    """Whether the body speaks of ``unit`` as what it reports on: named twice or more, or once
    as a sentence's subject ("Toàn huyện Tiên Du có 13/13 xã …")."""
    start = text.find(headline) + len(headline)
    named = [m for m in re.finditer(rf"(?<!\w){re.escape(unit.name)}(?!\w)", text[start:])]
    if len(named) >= 2:
        return True
    for m in named:
        at = start + m.start()
        prefix = text.rfind(unit.prefix or unit.name, max(start, at - 20), at + 1)
        if prefix < 0:
            prefix = at
        if _AS_SUBJECT_BEFORE.search(text, max(start, prefix - 20), prefix):
            return True
    return False


#: Who acts for a place, so that naming them is not speaking of the place: "Đoàn liên
#: ngành tỉnh Hà Tĩnh", "UBND tỉnh", "Văn phòng điều phối … tỉnh".
_AGENCY_BEFORE = re.compile(
    r"(?i:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|đoàn[\w\s]{0,20}|"
    r"văn\s+phòng[\w\s]{0,40}|ban\s+chỉ\s+đạo[\w\s]{0,30}|sở[\w\s\-–]{0,40}|"
    r"tỉnh\s+ủy|huyện\s+ủy|chủ\s+tịch|lãnh\s+đạo)\s*$"
)


#: A province named in passing, not as what the text speaks of: where a place lies or
#: whose it is ("đi đầu của tỉnh Thanh Hóa", "xã …, tỉnh Thanh Hóa"), who acted on it
#: ("được tỉnh Thanh Hóa hỗ trợ"); ``place_in_passing`` cues, or after the places it holds
#: ("xã Định Hòa, huyện Yên Định, tỉnh Thanh Hóa").
_IN_PASSING_BEFORE = re.compile(
    r"(?:" + cues().pattern("place_in_passing") + rf"|(?:{PLACE_PATTERN})\s*[,(-])\s*$"
)


def _province_own_refs(text: str, start: int) -> int:
    """How often the body speaks of a province as its subject: bare ("toàn tỉnh", "tỉnh
    đã …") or named neither in passing nor as an agency acting."""
    count = len(_BARE_PROVINCE.findall(text, start))
    for m in _PLACE.finditer(text, start):
        place = _parse_place(m.group())
        if place is None or place.level is not Level.PROVINCE:
            continue
        lo = max(start, m.start() - 60)
        if not (
            _AGENCY_BEFORE.search(text, lo, m.start())
            or _IN_PASSING_BEFORE.search(text, lo, m.start())
        ):
            count += 1
    return count


#: A prefix of a unit above a commune, whose name a commune may share ("huyện Yên Định").
_ABOVE_COMMUNE_BEFORE = re.compile(
    r"(?i:(?<!\w)(?:huyện|quận|thị\s+xã|thành\s+phố|tỉnh|TP\.?))\s*$"
)


def _name_refs(text: str, start: int, name: str, prefixed: int) -> int:
    """How often the body names a commune, with its prefix (``prefixed``) or bare, as news
    goes on to ("Xã Định Hòa …" ⏎ "Người dân Định Hòa …"); the name of a district or a
    province it shares does not count."""
    bare = 0
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text[start:]):
        if not _ABOVE_COMMUNE_BEFORE.search(
            text, max(start, start + m.start() - 12), start + m.start()
        ):
            bare += 1
    return max(prefixed, bare)


def _own_refs(text: str, start: int, places: dict[str, Place]) -> int:
    """How often the body names these places other than as an agency acting ("UBND huyện
    X tổ chức …"), or speaks of a district bare ("toàn huyện", "huyện đã …")."""
    count = len(_BARE_DISTRICT.findall(text, start))
    for m in _PLACE.finditer(text, start):
        place = _parse_place(m.group())
        if place is None or place_key(place.name) not in places:
            continue
        if place.level is Level.DISTRICT and not _AGENCY_BEFORE.search(
            text, max(start, m.start() - 60), m.start()
        ):
            count += 1
    return count
