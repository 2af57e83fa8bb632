"""Which unit the document is about.

* **unit** — the place after "ỦY BAN NHÂN DÂN"/"UBND" in the header
  (:func:`~baocao.nlp.metadata.header._header_unit`); else the first place of the title
  ("trên địa bàn thành phố Đồng Hới"); else the body: the level the report speaks of as
  itself ("trên địa bàn huyện", "toàn xã", "UBND xã"), then that level's most mentioned named
  place (the one named in the date line first) (:func:`_body_unit`).
* A news text's unit is read from its headline and lead (:func:`_headline_unit`,
  :func:`_lead_unit`), the communes it reports on one by one (:func:`_subject_communes`), the
  site it was posted on (:func:`_site_unit`); a text about the whole country is
  :mod:`~baocao.nlp.metadata.national`'s.
"""

from __future__ import annotations

import re
from collections import Counter

from baocao.data.lexicon import CAPITALS, fold
from baocao.model import Level, Place
from baocao.nlp.metadata.common import (
    _BARE_COMMUNE,
    _BARE_DISTRICT,
    _BARE_PROVINCE,
    _LEVEL_RANK,
    _NAME,
    _NATIONAL_WORD,
    _PLACE,
    _SELF_LEVEL,
    _SELF_REFERENCE,
    _SENTENCE,
    _first_place,
    _lines,
    _named_places,
    _parse_place,
    _self_level,
    _units_above,
    ranked_within,
)
from baocao.nlp.metadata.furniture import _after_dateline, _body_lines
from baocao.nlp.metadata.national import place_at_line_start
from baocao.nlp.metadata.province import (
    _SUBJECT_START,
    _district_provinces,
    _province_as_subject,
    _province_of_bracketed_districts,
    _province_of_places,
)
from baocao.vocab.numbers import words_value
from baocao.vocab.patterns import cues
from baocao.vocab.places import (
    NAME_PATTERN,
    NATIONAL_PATTERN,
    PLACE_PATTERN,
    amid_other_names,
    commune_homes,
    described_communes,
    district_place,
    enclosing_places,
    leading_place_name,
    parse_place,
    place_key,
    place_named,
    region_place,
    regions_in,
    resolve_bare_name,
    resolve_place,
)

#: The weight of a headline's self-reference against the body's (each 1 or 2).
_HEADLINE_SELF = 100


def _body_unit(text: str, place_written: str | None, headline: str | None = None) -> Place | None:
    """The level the report speaks of as itself, then that level's most named place. A
    headline speaking of itself ("Năm 2017, toàn tỉnh có thêm 6 xã …") sets the level over
    a body that goes through its districts one by one ("huyện A … bình quân toàn huyện …")."""
    weights: Counter[Level] = Counter()
    for m in _SELF_REFERENCE.finditer(headline or ""):
        if not (m.group("next") and m.group("next").strip().isupper()):
            weights[_SELF_LEVEL[" ".join(m.group("level").lower().split())]] += _HEADLINE_SELF
    cities = False  # the text speaks of itself as "thành phố"
    for m in _SELF_REFERENCE.finditer(text):
        if m.group("next") and m.group("next").strip().isupper():
            continue  # "UBND huyện Sông Lô" names a place; the bare "UBND huyện" is the self
        if ranked_within(text, m.start()):
            continue  # "đứng thứ 8 toàn tỉnh": a district's rank among the province's units
        word = " ".join(m.group("level").lower().split())
        cities = cities or word == "thành phố"
        level = _SELF_LEVEL[word]
        weights[level] += 1 if fold(m.group("how")).startswith(("ubnd", "uy")) else 2
    if not weights:
        return None
    level = weights.most_common(1)[0][0]
    city = _city_named_bare(text) if cities else None
    counts: Counter[str] = Counter()
    first: dict[str, Place] = {}
    first_at: dict[str, int] = {}
    for m in _named_places(text):
        place = _parse_place(m.group())
        if place is None or place.level is not level:
            continue
        key = place_key(place.name)
        counts[key] += 1
        first.setdefault(key, place)
        first_at.setdefault(key, m.start())
    if city is not None and level is Level.DISTRICT and city[1] >= max(counts.values(), default=0):
        # "Hà Nội … Đến nay, toàn thành phố đã có 294/386 xã …": the city run by the centre
        # the text names bare, not a district it names in passing ("xã A (huyện B)")
        return city[0]
    if not counts:
        return None
    if place_written and place_key(place_written) in counts:
        return first[place_key(place_written)]
    best = max(counts, key=lambda k: (counts[k], -list(first).index(k)))
    lead = next(iter(first))
    if first_at[lead] < len(text) // 2 <= first_at[best]:
        # "… diện mạo xã A đổi thay …" ⏎ "… học tập kinh nghiệm từ xã B. Xã B là …": a
        # place first named in the text's second half is an example, not what its lead is about
        return first[lead]
    return first[best]


def _city_named_bare(text: str) -> tuple[Place, int] | None:
    """The province-level city ("thành phố Hà Nội") the text names most often bare ("Hà
    Nội"), with how often, when it names one at least twice."""
    counts: Counter[str] = Counter()
    found: dict[str, Place] = {}
    for m in _NAME.finditer(text):
        words = m.group().split()
        for n in range(min(len(words), 4), 0, -1):
            place = place_named(" ".join(words[:n]))
            if place is not None:
                if place.level is Level.PROVINCE and place.prefix == "thành phố":
                    counts[place_key(place.name)] += 1
                    found.setdefault(place_key(place.name), place)
                break
    if not counts:
        return None
    key, count = counts.most_common(1)[0]
    return (found[key], count) if count >= 2 else None


#: A site's or portal's name line: "Cổng thông tin điện tử huyện X", "Trang thông tin điện
#: tử xã Y", or a provincial portal named "Nông thôn mới Gia Lai".
_SITE_LINE = re.compile(
    r"[\W\d_]*(?:(?i:" + cues().pattern("site_name") + r")[^\d\n.!?;:]{0,80}"
    r"|(?i:(?:xây\s+dựng\s+)?nông\s+thôn\s+mới)\s+(?P<bare>[^\d\n.!?;:,]{2,30}?))\s*$"
)
#: How many lines from the top a site's name line may be.
SITE_LINES = 4


#: A headline about several lower units: "Thêm 3 huyện đạt chuẩn", "2 đơn vị cấp huyện".
_SEVERAL_UNITS = re.compile(
    r"(?i:(?<!\w)(?:\d+|hai|ba|bốn|năm)\s+(?:đơn\s+vị\s+cấp\s+)?"
    r"(?P<level>huyện|thị\s+xã|xã)(?!\w))"
)
_LEVEL_OF_WORD = {"huyện": Level.DISTRICT, "thị xã": Level.DISTRICT, "xã": Level.COMMUNE}
#: A headline counting places of no one kind: "6 địa phương đạt chuẩn, hoàn thành nhiệm vụ",
#: "Ba đơn vị được công nhận …" (which level they are, the units the body recognises say).
_SEVERAL_PLACES = re.compile(
    r"(?i:(?<!\w)(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:địa\s+phương|đơn\s+vị)(?!\w))"
)
#: How many body lines a list of recognitions may run over after a headline counting the
#: units ("… công nhận 6 địa phương …" ⏎ "Quyết định số 1 công nhận huyện A …" ⏎ …).
RECOGNITION_LINES = 12


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


#: Where a headline says its news is from: "… ở Lạng Sơn", "… tại Krông Pắc".
_AT_PLACE = re.compile(rf"(?<!\w)(?:ở|tại|Ở|Tại)\s+(?=[{CAPITALS}])")
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


#: Who acts for a place, so that naming them is not speaking of the place: "Đoàn liên
#: ngành tỉnh Hà Tĩnh", "UBND tỉnh", "Văn phòng điều phối … tỉnh".
_AGENCY_BEFORE = re.compile(
    r"(?i:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|đoàn[\w\s]{0,20}|"
    r"văn\s+phòng[\w\s]{0,40}|ban\s+chỉ\s+đạo[\w\s]{0,30}|sở[\w\s\-–]{0,40}|"
    r"tỉnh\s+ủy|huyện\s+ủy|chủ\s+tịch|lãnh\s+đạo)\s*$"
)


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


def _district_tag(headline: str, unit: Place) -> bool:
    """Whether a headline opens with a tag naming the district ``unit`` ("Ninh Phước (Ninh
    Thuận): …", "Huyện Đức Trọng: …"): the section a news site files the article under."""
    tag = _TAG.match(headline)
    return (
        unit.level is Level.DISTRICT
        and tag is not None
        and place_key(unit.name) in place_key(tag.group())
    )


#: A province named in passing, not as what the text speaks of: where a place lies or
#: whose it is ("đi đầu của tỉnh Thanh Hóa", "xã …, tỉnh Thanh Hóa"), who acted on it
#: ("được tỉnh Thanh Hóa hỗ trợ"); ``place_in_passing`` cues, or after the places it holds
#: ("xã Định Hòa, huyện Yên Định, tỉnh Thanh Hóa").
_IN_PASSING_BEFORE = re.compile(
    r"(?:" + cues().pattern("place_in_passing") + rf"|(?:{PLACE_PATTERN})\s*[,(-])\s*$"
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


def _unit_of_body(text: str, headline: str, *, districts: bool = True) -> Place | None:
    """The one commune, else the one district, a news text's body reports on, when it speaks
    of it more than of the places above it (agencies acting for those do not count): the unit
    of an article filed under a province's tag ("Hà Tĩnh: …") about one district's communes,
    or about one commune ("Hòa Bình: Thêm một xã vùng cao về đích" over "Xã Tân Dân được
    công nhận …")."""
    start = text.find(headline) + len(headline)
    named: dict[Level, dict[str, Place]] = {Level.COMMUNE: {}, Level.DISTRICT: {}}
    refs: Counter[Level] = Counter()
    by_commune: Counter[str] = Counter()
    commune_end = -1  # where the last commune named ends
    for m in _PLACE.finditer(text, start):
        place = _parse_place(m.group())
        if place is None or place.level not in _LEVEL_RANK:
            continue
        agency = _AGENCY_BEFORE.search(text, max(start, m.start() - 60), m.start())
        if place.level in named:
            named[place.level].setdefault(place_key(place.name), place)
        if place.level is Level.COMMUNE:
            # "UBND huyện X tổ chức lễ công bố xã Y": the district acts, the commune is reported
            by_commune[place_key(place.name)] += 1
            commune_end = m.end()
        elif place.level is Level.DISTRICT and _where_a_commune_lies(text, m.start(), commune_end):
            continue  # "xã Bình An, huyện Châu Thành", "Minh Hòa (huyện Châu Thành)": a location
        elif place.level is Level.DISTRICT or agency is None:
            refs[place.level] += 1
    refs[Level.DISTRICT] += len(_BARE_DISTRICT.findall(text, start))
    refs[Level.PROVINCE] += len(_BARE_PROVINCE.findall(text, start))
    several = _SEVERAL_UNITS.search(headline)
    if by_commune and (several is None or several.group().split()[0] == "1"):
        # one commune the body comes back to, others at most named in passing ("cùng với xã
        # Phúc Sạn, …"); not under a headline counting several ("Thêm 5 xã …")
        (top, top_refs), *others = by_commune.most_common()
        lead = next(iter(named[Level.COMMUNE]))
        switched = lead != top and _first_named_in_second_half(text, start, named, top, lead)
        if switched:
            # "Năm 2023, xã A được công nhận …" ⏎ "Trước đó, xã B … Xã B … Xã B …": the
            # commune the lead is about, not one the second half comes back to
            top, top_refs = lead, by_commune[lead]
        own = _name_refs(text, start, named[Level.COMMUNE][top].name, top_refs)
        own += len(_BARE_COMMUNE.findall(text, start))
        if (
            own >= 2
            and (switched or top_refs > sum(n for _, n in others))
            # the province a commune's article names more often, but only in passing
            # ("địa phương đi đầu của tỉnh Thanh Hóa"), is not what it reports on
            and own > min(refs[Level.PROVINCE], _province_own_refs(text, start))
            and own > _own_refs(text, start, named[Level.DISTRICT])
        ):
            return named[Level.COMMUNE][top]
    one = named[Level.DISTRICT]
    if districts and len(one) == 1 and refs[Level.DISTRICT] > refs[Level.PROVINCE] + 1:
        return next(iter(one.values()))
    return None


#: A ceremony of recognition a lead reports ("vừa tổ chức lễ đón nhận Bằng công nhận …",
#: "tổ chức lễ công bố xã A đạt chuẩn"): ``recognition_event`` cues.
_RECOGNITION_EVENT = re.compile(cues().pattern("recognition_event"))
#: How often the body must name the unit a lead's ceremony recognises: the lead and again.
EVENT_UNIT_REFS = 2


def _recognised_in_lead(text: str, headline: str) -> Place | None:
    """The commune or district a news text's lead (its first sentence after the headline)
    reports recognised at a ceremony: the one named after the ceremony ("UBND huyện A tổ
    chức lễ đón nhận bằng công nhận xã B …" → xã B), else the lowest one named before it and
    not as an agency acting ("Xã B, huyện A, tỉnh C long trọng tổ chức lễ đón nhận …" → xã B); when
    the body names it again and speaks of it more than of a province as its subject."""
    start = text.find(headline) + len(headline)
    lead = next((line for p, line in _body_lines(text) if p >= start), None)
    if lead is None:
        return None
    sentence = _SENTENCE.match(lead)
    first = sentence.group() if sentence is not None else lead
    event = _RECOGNITION_EVENT.search(first)
    if event is None:
        return None
    before: list[Place] = []
    after: list[Place] = []
    for m in _PLACE.finditer(first):
        place = _parse_place(m.group())
        if place is None or place.level not in (Level.COMMUNE, Level.DISTRICT):
            continue
        if m.start() >= event.end():
            after.append(place)
        elif not _AGENCY_BEFORE.search(first, max(0, m.start() - 60), m.start()):
            before.append(place)
    found = after[:1] or sorted(before, key=lambda p: _LEVEL_RANK[p.level] if p.level else 3)[:1]
    if not found:
        return None
    unit = found[0]
    own = _name_refs(text, start, unit.name, 1)
    if own < EVENT_UNIT_REFS or own <= _province_own_refs(text, start):
        return None
    return unit


def _first_named_in_second_half(
    text: str, start: int, named: dict[Level, dict[str, Place]], top: str, lead: str
) -> bool:
    """Whether the body names commune ``top`` first in its second half, and commune ``lead``
    (the first it names) in its first half."""
    middle = start + (len(text) - start) // 2

    def first_at(key: str) -> int:
        found = text.find(named[Level.COMMUNE][key].name, start)
        return found if found >= 0 else len(text)

    return first_at(lead) < middle <= first_at(top)


#: A district written as where the commune before it lies: in brackets, or after it and a comma.
_IN_BRACKETS_BEFORE = re.compile(r"\(\s*$")
_AFTER_COMMA = re.compile(r"\s*,\s*")


def _where_a_commune_lies(text: str, at: int, commune_end: int) -> bool:
    """Whether the district named at ``at`` only says where a commune lies ("Minh Hòa
    (huyện Châu Thành)", "xã Bình An, huyện Châu Thành"), not what the text reports on."""
    if _IN_BRACKETS_BEFORE.search(text, max(0, at - 3), at):
        return True
    return commune_end >= 0 and _AFTER_COMMA.fullmatch(text, commune_end, at) is not None


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


#: How often a news text must speak of itself as a province ("toàn tỉnh", "tỉnh đã …") to
#: be the province's, whatever lower unit its first lines name.
PROVINCE_SELF_REFS = 2


def _province_speaks_past(text: str, lead: Place) -> bool:
    """Whether a news text whose first lines name a lower unit (``lead``) speaks of itself as
    a province, never naming it, more often than it comes back to that unit: the unit is an
    example the province's article opens with (a caption, a first case), not its subject."""
    if lead.level not in (Level.COMMUNE, Level.DISTRICT, Level.VILLAGE):
        return False
    if _self_level(text) is not Level.PROVINCE:
        return False
    own = len(_BARE_PROVINCE.findall(text)) + _province_subject_refs(text, lead)
    return own >= PROVINCE_SELF_REFS and own > _name_refs(text, 0, lead.name, 1)


def _caption_over_province(text: str, headline: str, unit: Place) -> bool:
    """Whether a headline naming a lower unit is a photo's caption over a province's text:
    the unit ("Một khu dân cư … ở xã A, huyện B") is never named again under the headline,
    and the body speaks of itself as a province ("UBND tỉnh", "ngân sách tỉnh", "toàn
    tỉnh") and of no lower level so. The caption's place is an illustration, not the unit."""
    if unit.level not in (Level.COMMUNE, Level.DISTRICT, Level.VILLAGE):
        return False
    at = text.find(headline)
    if at < 0 or unit.name not in headline:
        return False  # the unit is the headline's own
    body = text[at + len(headline) :]
    return _self_level(body) is Level.PROVINCE and unit.name not in body


def _province_subject_refs(text: str, lead: Place) -> int:
    """How many sentences open with the province of a lower unit (``lead``) bare as their
    subject ("Năm 2016, Nam Sơn có 57 xã …", "Hiện Nam Sơn đã …"): the province speaking of
    itself by name. For a district the province is the one the map puts it in (any, when
    the map does not know it or knows it in several)."""
    holding = (
        {place_key(name) for name in _district_provinces(lead.name)}
        if lead.level is Level.DISTRICT
        else set()
    )
    count = 0
    for m in _SUBJECT_START.finditer(text):
        place = leading_place_name(m.group("name"))
        if place is None or place.level is not Level.PROVINCE:
            continue
        if len(holding) == 1 and place_key(place.name) not in holding:
            continue
        count += 1
    return count


def _lead_unit(text: str) -> Place | None:
    """The first district, commune or province named in the text's first paragraph, unless
    it is one of several units a count names ("… trong đó có 4 tỉnh Nam Định, Đồng Nai, …")
    or the whole country is the paragraph's subject before it ("cả nước có …"): then the
    text is no one unit's."""
    # "TP Vĩnh Yên, 12/3/2021 - Sáng nay, …": the dateline's town is no unit
    lines = [(p, _after_dateline(line)) for p, line in _body_lines(text)[:2]]
    province_before = False  # a lead line before spoke of "toàn tỉnh"
    for _, line in lines:
        opening = place_at_line_start(line)
        if opening is not None and opening.level is not Level.VILLAGE:
            return opening  # "Nghệ An: Có thêm 16 xã …" run into its lead: the tag's province
        defined = _DEFINED_COMMUNE.match(line)
        if defined is not None:  # "Thanh Bình là xã cù lao thuộc huyện Vũng Liêm, …"
            name = " ".join(defined.group("name").split())
            return Place(written=f"xã {name}", prefix="xã", name=name, level=Level.COMMUNE)
        m = next(
            (
                m
                for m in _PLACE.finditer(line)
                if (p := _parse_place(m.group())) is not None and p.level is not Level.VILLAGE
            ),
            None,
        )
        if m is None:
            # "Đến hết năm 2023, Hà Tĩnh có 182/182 xã …": a province written bare opening a
            # clause of a lead that names no place with its prefix
            bare = _province_opening_clause(line, len(line))
            if bare is not None and not _NATIONAL_RE.search(line, 0, line.find(bare.name)):
                return bare
            province_before = province_before or bool(_BARE_PROVINCE.search(line))
            continue
        if _COUNTED_UNITS_BEFORE.search(line, max(0, m.start() - 20), m.start()) or (
            _NATIONAL_RE.search(line, 0, m.start())
        ):
            return None
        found = _parse_place(m.group())
        if found is not None and found.level is Level.PROVINCE:
            recognised = _district_recognised(line, m)
            if recognised is not None:
                return recognised
        if (found is None or found.level is not Level.PROVINCE) and (
            province_before  # "Toàn tỉnh có 16/61 xã …⏎ Các huyện …, thành phố A có …"
            or _BARE_PROVINCE.search(line, 0, m.start())
            or _UNITS_LISTED_BEFORE.search(line, max(0, m.start() - 12), m.start())
        ):
            # "Năm 2021, toàn tỉnh có 145 xã đạt chuẩn. Các huyện A, B đã …": a province's lead,
            # the lower units it names listed as its own; when the province opens the clause
            # by name ("Năm 2030, Nam Sơn đặt mục tiêu … các huyện A, B …") it is the unit
            return _province_opening_clause(line, m.start())
        subject = _province_opening_clause(line, m.start()) or _province_as_subject(
            line[: m.start()]
        )
        if subject is not None:
            return subject  # "Hết năm 2019, Tuyên Quang dự kiến …, xã A đạt …": the province
        if (
            found is not None
            and found.level is Level.COMMUNE
            and _several_communes(" ".join(ln for _, ln in lines))
        ):
            # "Năm 2022, xã A đạt 15 tiêu chí, xã B đạt 14 tiêu chí. Toàn tỉnh X có …":
            # communes listed are the news of the place above them
            return _first_place(
                " ".join(ln for _, ln in lines), exclude={Level.VILLAGE, Level.COMMUNE}
            )
        return found
    return None


#: A province's people's committee right before its name ("UBND tỉnh", "giao Ủy ban nhân
#: dân tỉnh"): the province as the agency acting.
_COMMITTEE_BEFORE = re.compile(r"(?i:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+$")
#: What the province's committee is asked to do, or does, on a recognition: announce it or
#: hand over its decision ("… có trách nhiệm công bố", "… đã trao quyết định công nhận").
_ANNOUNCES_AFTER = re.compile(
    r"[\s,]*(?i:(?:có\s+trách\s+nhiệm|đã|vừa|sẽ|tổ\s+chức(?:\s+lễ)?)\s+)*"
    r"(?i:công\s+bố|trao\s+(?:tặng\s+)?quyết\s+định)(?!\w)"
)


def _district_recognised(line: str, province: re.Match[str]) -> Place | None:
    """The district a recognition news is about when its lead opens on the province's
    committee announcing it ("Thủ tướng giao UBND tỉnh X công bố …; chỉ đạo UBND huyện Y
    …", "UBND tỉnh X đã trao quyết định công nhận huyện Y đạt chuẩn …"): the province
    announces, the district is recognised; the first district the line names after it."""
    if not _COMMITTEE_BEFORE.search(line, max(0, province.start() - 30), province.start()):
        return None
    if not _ANNOUNCES_AFTER.match(line, province.end()):
        return None
    for m in _PLACE.finditer(line, province.end()):
        place = _parse_place(m.group())
        if place is not None and place.level is Level.DISTRICT:
            return place
    return None


#: Where a clause of a lead line opens, after a lead-in ("Hết năm 2019, ", "Theo đó, ").
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:]\s+)")


def _province_opening_clause(line: str, before: int) -> Place | None:
    """A province written bare opening a clause of the line before ``before`` ("Hết năm
    2019, Tuyên Quang dự kiến …"): the subject of the lead, whatever it names after it."""
    for m in _CLAUSE_OPENING.finditer(line, 0, before):
        place = leading_place_name(line[m.end() : before])
        if place is not None and place.level is Level.PROVINCE:
            # "… gồm: Tân Lập, Lâm Động, Hòa Sơn": an item of a list of communes, no subject
            start = line.find(place.written, m.end())
            if start >= 0 and amid_other_names(line, start, start + len(place.written)):
                continue
            return place
    return None


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


def _commune_in(name: str, district: str) -> Place | None:
    """The commune ``name`` when the map has one of that name in ``district``."""
    place = Place(written=f"xã {name}", prefix="xã", name=name, level=Level.COMMUNE)
    return place if resolve_place(place, district=district).code is not None else None


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


#: A recognition given to the unit named right after: "công nhận huyện A, tỉnh X đạt chuẩn".
_RECOGNISED_BEFORE = re.compile(r"(?i:công\s+nhận)(?:\s+(?i:cho))?\s+$")
#: Between two units of one list: "huyện A (Nghệ An) và huyện B", "thị xã A, huyện B".
_LIST_GOES_ON = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,|(?i:và))\s*")


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
    last_end = -1
    for m in _PLACE.finditer(line):
        place = _parse_place(m.group())
        if place is None or place.level is not Level.DISTRICT:
            continue
        if found and _LIST_GOES_ON.fullmatch(line, last_end, m.start()) is None:
            break
        if all(place_key(p.name) != place_key(place.name) for p in found):
            found.append(place)
        last_end = m.end()
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
        last_end = -1
        for m in _PLACE.finditer(line):
            place = _parse_place(m.group())
            if place is None or place.level is not Level.COMMUNE:
                continue
            if found and _LIST_GOES_ON.fullmatch(line, last_end, m.start()) is None:
                break
            commune = _commune_in(place.name, district.name)
            if commune is None:
                break
            found.append(commune)
            last_end = m.end()
        if len(found) == count:
            return tuple(found)
    return ()


def _several_communes(text: str) -> bool:
    """Whether a text names two communes or more (by name, each once or more)."""
    names = {
        place_key(p.name)
        for p in (_parse_place(m.group()) for m in _PLACE.finditer(text))
        if p is not None and p.level is Level.COMMUNE
    }
    return len(names) > 1


#: A paragraph opening by saying what its bare-named subject is: "Thanh Bình là xã cù lao
#: thuộc huyện …", "Tân Lập là một xã miền núi …".
_DEFINED_COMMUNE = re.compile(
    rf"[\W\d_]*(?P<name>{NAME_PATTERN})\s+(?i:là)\s+(?i:(?:một|1)\s+)?(?i:xã)(?!\w)"
)
#: A count of units right before the first of their names: "4 tỉnh Nam Định, …", "có 3 xã".
_COUNTED_UNITS_BEFORE = re.compile(r"(?<![\d.,/])\d{1,3}\s+$")
#: Units listed, not spoken of one by one: "các huyện Yên Dũng, Lạng Giang", "những xã A, B".
_UNITS_LISTED_BEFORE = re.compile(r"(?i:(?<!\w)(?:các|những))\s+$")
_NATIONAL_RE = re.compile(NATIONAL_PATTERN)


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
