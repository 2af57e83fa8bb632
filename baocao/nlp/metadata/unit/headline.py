"""The unit a news text's headline names (:func:`_headline_unit`): a place with its prefix or
bare, a unit titled by its standard, a name the body writes with its prefix, the region a
headline is about (:func:`_headline_region`).
"""

from __future__ import annotations

import re

from baocao.data.lexicon import CAPITALS
from baocao.model import Level, Place
from baocao.nlp.metadata.common import (
    _LEVEL_RANK,
    _NATIONAL_WORD,
    _PLACE,
    _first_place,
    _parse_place,
    _units_above,
)
from baocao.nlp.metadata.furniture import _body_lines
from baocao.nlp.metadata.province import _province_of_places
from baocao.nlp.metadata.unit.common import _LEVEL_OF_WORD, _SEVERAL_UNITS
from baocao.nlp.metadata.unit.refs import _spoken_of
from baocao.vocab.places import (
    NAME_PATTERN,
    leading_place_name,
    place_key,
    place_named,
    region_place,
    regions_in,
    resolve_bare_name,
    resolve_place,
)

#: Communes listed under one plural prefix, the second written bare: "các xã A, B, huyện X",
#: "hai xã A và B" (several communes as much as "xã A, xã B").
_PLURAL_COMMUNE_LIST = re.compile(
    rf"(?i:(?<!\w)(?:các|những|hai|ba|bốn|\d{{1,2}}))\s+(?i:xã)\s+{NAME_PATTERN}"
    rf"(?:\s*,\s*|\s+(?i:và)\s+)(?:(?i:xã)\s+)?(?!(?i:huyện|thị\s+xã|thành\s+phố|tỉnh)\s){NAME_PATTERN}"
)


def _names_several_communes(headline: str) -> bool:
    """Whether a headline names two communes or more ("xã A, huyện X, xã B …", "các xã A, B,
    huyện X"): the news of the province they lie in, not of one of them."""
    communes = {
        place_key(p.name)
        for p in (_parse_place(m.group()) for m in _PLACE.finditer(headline))
        if p is not None and p.level is Level.COMMUNE
    }
    return len(communes) > 1 or _PLURAL_COMMUNE_LIST.search(headline) is not None


def _headline_unit(text: str, headline: str) -> Place | None:
    """The unit a news text is about, from its headline: when it counts several lower units
    ("Thêm 3 huyện đạt chuẩn"), the first such unit the body names; else the most specific
    place the headline names, with its prefix ("Hòa Bình: Xã Bảo Hiệu …" → xã Bảo Hiệu) or
    without ("Quảng Nam quyết chi …", "Yên Bái: 78/150 xã …")."""
    several = _SEVERAL_UNITS.search(headline)
    if several and _WHOLE_PROVINCE.search(headline, 0, several.start()):
        # "Toàn tỉnh Lâm Đồng có thêm 5 huyện …": the units counted are the province's, and
        # the province, spoken of as a whole before them, is what the text reports on
        several = None
    if several and " ".join(several.group("level").lower().split()) != "xã":
        level = _LEVEL_OF_WORD[" ".join(several.group("level").lower().split())]
        for _, line in _body_lines(text)[1:]:
            first = _first_place(line, exclude=set(Level) - {level})
            if first is not None:
                if _spoken_of(text, headline, first):
                    return first
                # "… có 2 đơn vị là huyện A, thị xã B đang hoàn thiện hồ sơ": units named
                # once in passing are not what the text reports on
                break
    found = [
        p
        for p in (_parse_place(m.group()) for m in _PLACE.finditer(headline))
        if p is not None and p.level in _LEVEL_RANK
    ]
    if _names_several_communes(headline):
        # "Công nhận xã Chi Lăng, huyện Tràng Định, xã Sơn Hà, huyện Hữu Lũng …": several
        # communes are the news of the province they lie in, not of the first one named
        return _province_of_places(headline) or _province_of_places(text)
    titled = _SCHEME_TITLED.search(headline)
    if titled is not None and (place := _parse_place(f"{titled['level']} {titled['name']}")):
        # "Xã nông thôn mới nâng cao Xuân Phương: …": the standard it holds between the
        # unit's level word and its name
        found.append(place)
    prefixed = bool(found)  # places the headline writes with their prefix
    leading = leading_place_name(headline) or _district_with_province(headline)
    if leading is not None:
        found.append(leading)
    if not found:
        # "Diện mạo mới của nông thôn ở Lạng Sơn": the place the news is from, written bare
        for m in _AT_PLACE.finditer(headline):
            at = leading_place_name(headline[m.end() :])
            if at is not None:
                found.append(at)
    if not prefixed and (leading is None or leading.level is not Level.PROVINCE):
        # "Tân Hòa về đích nông thôn mới nâng cao" over "… xã Tân Hòa …": a name the
        # headline writes bare (no province's) and the body with its prefix
        named = _named_in_body(text, headline) or _commune_of_named_units(text, headline)
        if named is not None:
            found.append(named)
    if not found:
        return None
    return min(found, key=lambda p: _LEVEL_RANK.get(p.level, 3) if p.level else 3)


#: A unit titled by the standard it holds, its level word before and its name after:
#: "Xã nông thôn mới nâng cao Xuân Phương", "huyện NTM kiểu mẫu Tân Lập".
_SCHEME_TITLED = re.compile(
    rf"(?<!\w)(?P<level>(?i:xã|huyện|thị\s+xã|tỉnh))\s+(?i:nông\s+thôn\s+mới|NTM)"
    rf"(?:\s+(?i:nâng\s+cao|kiểu\s+mẫu))?\s+(?P<name>{NAME_PATTERN})"
)


#: A region set against or where a place lies, not what a headline is about: "cao hơn Tây
#: Nguyên", "một tỉnh thuộc Tây Nguyên".
_REGION_AGAINST = re.compile(r"(?i:(?<!\w)(?:so\s+với|hơn|bằng|thuộc|của)\s+(?:vùng\s+)?)$")


#: A province spoken of as a whole: "toàn tỉnh Long An có 57 xã …".
_WHOLE_PROVINCE = re.compile(r"(?i:(?<!\w)toàn\s+tỉnh(?!\w))")


def _headline_region(text: str, headline: str) -> Place | None:
    """The region a headline is about when it names one and no place of its own ("53 địa
    phương các tỉnh Tây Nguyên đạt …", "Nông thôn mới ở vùng đồng bằng sông Cửu Long") and
    the body speaks of the region more often than of a province as a whole ("toàn tỉnh"):
    "Nhiều xã miền Tây …" over a province's figures is that province's news; not a region
    set against ("Đắk Lắk cao hơn bình quân Tây Nguyên") or one a place lies in."""
    at = text.find(headline)
    body = text[at + len(headline) :] if at >= 0 else text
    if len(_WHOLE_PROVINCE.findall(body)) > len(regions_in(body)):
        return None
    found = regions_in(headline)
    if not found or len({label for _, _, label in found}) > 1:
        return None
    start, end, label = found[0]
    if _REGION_AGAINST.search(headline, max(0, start - 20), start):
        return None
    for m in _PLACE.finditer(headline):
        if not (m.start() <= start and end <= m.end()) and _parse_place(m.group()) is not None:
            return None  # "xã A, một xã vùng Tây Nguyên": the place's news
    rest = headline[:start] + " " * (end - start) + headline[end:]
    if leading_place_name(rest) is not None or _NATIONAL_WORD.search(headline):
        return None
    return region_place(label)


#: Where a headline says its news is from: "… ở Lạng Sơn", "… tại Krông Pắc"; or whose
#: communes it counts: "Thêm 2 xã của Yên Thành …" (the communes' place, written bare).
_AT_PLACE = re.compile(rf"(?<!\w)(?:ở|tại|Ở|Tại|(?i:xã|thôn|bản|ấp)\s+của)\s+(?=[{CAPITALS}])")


_LEADING_WORDS = re.compile(rf"[\W\d_]*((?:[{CAPITALS}][^\W\d_]*[ \t]*){{1,4}})")


def _named_in_body(text: str, headline: str) -> Place | None:
    """The place the body names with its prefix whose name the headline opens with."""
    lead = _LEADING_WORDS.match(headline)
    if lead is None:
        return None
    words = lead.group(1).split()
    start = text.find(headline) + len(headline)
    named: dict[str, Place] = {}
    for m in _PLACE.finditer(text, start):
        place = _parse_place(m.group())
        if place is not None:
            named.setdefault(place_key(place.name), place)
    for n in range(len(words), 0, -1):
        place = named.get(place_key(" ".join(words[:n])))
        if place is not None:
            return place
    return None


#: A name followed by the communes it has ("Khánh Vĩnh có 3 xã đạt chuẩn", "Lạc Sơn có thêm
#: 2 xã …"): a district-level unit or a province, never a commune.
_HAS_COMMUNES = re.compile(
    r"\s+(?i:có|với)\s+(?:(?i:thêm|them)\s+)?(?:\d{1,3}|(?i:các|nhiều|hai|ba|bốn|năm))\s+"
    r"(?i:xã|phường|thị\s+trấn)(?!\w)"
)


def _commune_of_named_units(text: str, headline: str) -> Place | None:
    """The commune a headline names bare ("Hòa Tiến về đích nông thôn mới") when the map has
    a commune of that name in a district (else a province) the body names with its prefix
    ("Huyện Hòa Vang … vừa công nhận …"): the body confirms what the headline leaves unsaid."""
    lead = _LEADING_WORDS.match(headline)
    if lead is None:
        return None
    if _SEVERAL_UNITS.match(headline, lead.start(1)):
        return None  # "Ba huyện về đích …": a number word counting units, no commune "Ba"
    words = lead.group(1).split()
    above = _units_above(text, text.find(headline) + len(headline))
    ends = [lead.start(1) + w.end() for w in re.finditer(r"\S+", lead.group(1))]
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        if _HAS_COMMUNES.match(headline, ends[n - 1]):
            return None  # "Khánh Vĩnh có 3 xã …": a name that has communes is none of them
        commune = Place(written=f"xã {name}", prefix="xã", name=name, level=Level.COMMUNE)
        for unit in above:
            if unit.level is Level.DISTRICT:
                resolved = resolve_place(commune, district=unit.name)
            else:
                resolved = resolve_place(commune, province=unit.name)
            if resolved.code is not None and resolved.level is Level.COMMUNE:
                return commune
    return None


#: A name with its province in brackets opening a headline: "Châu Thành (Tiền Giang): …".
_NAME_WITH_PROVINCE = re.compile(
    rf"[\W\d_]*(?P<name>{NAME_PATTERN})\s*\(\s*(?P<province>{NAME_PATTERN})\s*\)"
)


def _district_with_province(headline: str) -> Place | None:
    """The district a headline names bare with its province in brackets ("Châu Thành (Tiền
    Giang): …"), when the province has one district of that name: a name many provinces give
    a district is one in the province written beside it."""
    m = _NAME_WITH_PROVINCE.match(headline)
    if m is None:
        return None
    province = place_named(m.group("province"))
    if province is None or province.level is not Level.PROVINCE:
        return None
    found = resolve_bare_name(m.group("name"), province=province)
    return found if found is not None and found.level is Level.DISTRICT else None
