"""The province a document is of.

* **province** — a "tỉnh X" in the header or title; else the most mentioned in the text
  (:func:`_province`); in a text with no header (:func:`_news_province`), also a province
  written bare as its sentences' subject ("Hòa Bình đã …"), then the one province whose
  communes and districts equal the totals the text states of itself ("73/129 xã", "10/10 đơn
  vị cấp huyện"); then the province of the press that tagged it (:func:`_press_fallback`);
  else (in :func:`baocao.normalize.report.metadata_to_report`) the province the unit resolves
  to.
"""

from __future__ import annotations

import re
from collections import Counter

from baocao.model import Level, Place
from baocao.nlp.metadata.common import (
    _BARE_PROVINCE,
    _NAME,
    _PLACE,
    _named_places,
    _parse_place,
    _self_level,
    _units_above,
)
from baocao.vocab.gazetteer import MAP_PRE2025, denominators
from baocao.vocab.places import (
    NAME_PATTERN,
    commune_homes,
    district_provinces,
    leading_place_name,
    place_key,
    place_named,
    provinces_named_bare,
    resolve_place,
)
from baocao.vocab.press import press_province


def _sole_province(text: str) -> Place | None:
    """The one province a text names, with its prefix or bare in its running text ("Theo
    Sở NN&PTNT Thái Bình, …"), when it names no other province and no district or commune
    with theirs ("Toàn tỉnh Lâm Đồng hiện có …" under per-criterion lines): the unit of a
    status page, or of a news text, that names nothing else."""
    provinces: dict[str, Place] = {}
    for m in _named_places(text):
        place = _parse_place(m.group())
        if place is None or place.level is None:
            continue
        if place.level is not Level.PROVINCE:
            return None
        provinces.setdefault(place_key(place.name), place)
    for _, _, bare in provinces_named_bare(text):
        provinces.setdefault(place_key(bare.name), bare)
    return next(iter(provinces.values())) if len(provinces) == 1 else None


def _province_named_bare(text: str) -> Place | None:
    """The province a text names most often bare in its running text ("người dân Cà Mau
    …"), when one is named more than any other."""
    counts: Counter[str] = Counter()
    first: dict[str, Place] = {}
    for _, _, place in provinces_named_bare(text):
        counts[place_key(place.name)] += 1
        first.setdefault(place_key(place.name), place)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return first[ranked[0][0]]


_PROVINCE_AFTER = re.compile(r"\s*(?:,\s*|\(\s*)(?:(?i:tỉnh|thành\s+phố|TP\.?)\s+)?")


#: The district written right after a commune: "xã Tân Lập, huyện Đan Phượng", "xã Phú Lộc
#: (huyện Krông Năng)", "xã An Bình - thị xã Dĩ An".
_DISTRICT_AFTER = re.compile(
    r"\s*(?:,|\(|[-–])?\s*(?P<place>(?i:huyện|thị\s+xã|quận|thành\s+phố)\s+"
    rf"{NAME_PATTERN})"
)


def _district_after(text: str, unit: Place) -> str | None:
    """The name of the district written right after the commune ``unit`` in ``text``, which
    tells the commune among the many of its name."""
    for m in re.finditer(re.escape(unit.written), text):
        after = _DISTRICT_AFTER.match(text, m.end())
        if after is None:
            continue
        district = _parse_place(after.group("place"))
        if district is not None and district.level is Level.DISTRICT:
            return district.name
    return None


def _district_holding(text: str, unit: Place) -> str | None:
    """The first district the text names anywhere with its prefix that the map has the
    commune ``unit`` in ("UBND huyện Đồng Phú tổ chức lễ công bố xã Tân Phước …")."""
    for place in _units_above(text):
        if place.level is not Level.DISTRICT:
            continue
        if resolve_place(unit, district=place.name).code is not None:
            return place.name
    return None


def _headline_district(headline: str | None) -> str | None:
    """The one district a headline names ("HĐND huyện Thới Bình giám sát … tại xã Tân Phú")."""
    names = set()
    for m in _PLACE.finditer(headline or ""):
        place = _parse_place(m.group())
        if place is not None and place.level is Level.DISTRICT:
            names.add(place.name)
    return names.pop() if len(names) == 1 else None


def _news_province(text: str, headline: str | None, unit: Place | None) -> Place | None:
    """A news text's province: the unit itself when it is one; the province written right
    after the unit ("huyện Mỏ Cày Nam, tỉnh Bến Tre", "huyện Hoà Vang (Đà Nẵng)"); the
    province the headline opens with ("Hòa Bình: …"); the one the unit resolves to (a commune
    with the district written after it or named in the headline, which tells it among the
    many of its name); the one the headline names; else the one most mentioned, else the one
    the places resolve to."""
    if unit is not None and unit.level is Level.PROVINCE:
        return unit
    if unit is not None:
        for m in re.finditer(re.escape(unit.written), text):
            after = _PROVINCE_AFTER.match(text, m.end())
            if after is None:
                continue
            named = leading_place_name(text[after.end() : after.end() + 40])
            if named is not None and named.level is Level.PROVINCE:
                return named
        lead = leading_place_name(headline) if headline else None
        if lead is not None and lead.level is Level.PROVINCE:
            # "Hòa Bình: …", "Hòa Bình thêm một xã …" over one commune: the headline's
            # province, which a commune's name alone (dozens share it) cannot tell
            return lead
        named = _province(
            "", None, text[text.find(headline) + len(headline) :] if headline else text
        )
        if named is not None and _holds(named, unit):
            # a lower unit lies in the province the text names ("Tỉnh Quảng Trị …, xã Triệu
            # Phước …"), whatever other province holds a unit of its name
            return named
        district = (
            _district_after(text, unit)
            or _headline_district(headline)
            or _district_holding(text, unit)
            if unit.level is Level.COMMUNE
            else None
        )
        if district is None and unit.level is Level.COMMUNE:
            bracketed = _province_of_bracketed_commune(text, unit)
            if bracketed is not None:  # "Xã Long Hòa (Bình Đại): …"
                return bracketed
        if unit.level is Level.DISTRICT:
            held = _province_of_district_by_communes(text, unit)
            if held is not None:  # "xã Điền Lộc và xã Phong An của huyện Phong Điền"
                return held
        resolved = resolve_place(unit, district=district)
        if district is None and unit.level is Level.COMMUNE:
            # "… xã Tân Phước …, tỉnh Bình Phước": a province the text names that the map
            # has the commune in tells it among the many of its name
            for above in _units_above(text):
                if above.level is Level.PROVINCE and resolve_place(unit, province=above.name).code:
                    return above
        if district is not None and not resolved.province:
            resolved = resolve_place(unit)
        if resolved.province:  # "huyện Diễn Châu" is in Nghệ An, whatever else the text names
            return place_named(resolved.province)
    if headline:
        for m in _PLACE.finditer(headline):
            place = _parse_place(m.group())
            if place is not None and place.level is Level.PROVINCE:
                return place
        leading = leading_place_name(headline)
        if leading is not None and leading.level is Level.PROVINCE:
            return leading
    return (
        _province("", None, text)
        or _province_as_subject(text)
        or _province_of_places(text)
        or _province_named_bare(text)
        or _province_by_counts(text)
        or _province_of_bare_districts(text)
        or _province_of_bracketed_districts(text)[0]
    )


def _province_of_bare_districts(text: str) -> Place | None:
    """The province of a text that speaks of itself as one ("toàn tỉnh …") and names it
    nowhere, from the districts it names without their prefix ("Có 1 huyện (Đơn Dương) …",
    "Đơn Dương cũng là …"): the one province that holds a district of every such name (a
    name unique in the country, or names whose provinces have one in common); None when
    they disagree or name no district."""
    if _self_level(text) is not Level.PROVINCE:
        return None
    prefixed = [(m.start(), m.end()) for m in _PLACE.finditer(text)]
    common: set[str] | None = None
    for m in _NAME.finditer(text):
        if not m.group()[:1].isalpha() or any(a <= m.start() < b for a, b in prefixed):
            continue  # a number ("Quận 5"), or a name written with its prefix
        provinces = _district_provinces(m.group())
        if provinces:
            common = set(provinces) if common is None else common & provinces
    if not common or len(common) != 1:
        return None
    return place_named(common.pop())


#: A commune with its district in brackets, no prefix: "xã Tân Định (Bàu Bàng)", "Phú An
#: (Bến Cát)".
_BARE_DISTRICT_IN_BRACKETS = re.compile(
    rf"(?P<commune>{NAME_PATTERN})[ \t]*\([ \t]*(?P<district>{NAME_PATTERN})[ \t]*\)"
)


def _bracketed_district_provinces(commune: str, district: str) -> frozenset[str]:
    """The provinces that have a district named ``district`` holding a commune named
    ``commune``; when no commune of that name is on the map (renamed, numbered since), the
    one province with a district of that name."""
    key = place_key(district)
    found = frozenset(p for d, p in commune_homes(commune) if d == key)
    if found:
        return found
    provinces = district_provinces(district)
    return provinces if len(provinces) == 1 and not commune_homes(commune) else frozenset()


def _bracketed_districts(text: str) -> list[tuple[str, str, frozenset[str]]]:
    """Each commune written with its district bare in brackets, as (commune, district,
    the provinces that have both)."""
    out = []
    for m in _BARE_DISTRICT_IN_BRACKETS.finditer(text):
        commune = " ".join(m.group("commune").split())
        split = _parse_place(commune)
        if split is not None:
            if split.level is not Level.COMMUNE:
                continue
            commune = split.name
        district = " ".join(m.group("district").split())
        named = place_named(district)
        if named is not None and named.level is Level.PROVINCE:
            continue  # "xã X (Bến Tre)": the province, read elsewhere
        provinces = _bracketed_district_provinces(commune, district)
        if provinces:
            out.append((commune, district, provinces))
    return out


def _province_of_bracketed_commune(text: str, unit: Place) -> Place | None:
    """The province of a commune unit written with its district bare in brackets ("Xã Long
    Hòa (Bình Đại)"): the one province with such a district holding such a commune."""
    for commune, _, provinces in _bracketed_districts(text):
        if place_key(commune) == place_key(unit.name) and len(provinces) == 1:
            return place_named(next(iter(provinces)))
    return None


def _province_of_bracketed_districts(text: str) -> tuple[Place | None, int]:
    """The one province every commune written with its district in brackets lies in ("Nhân
    Hòa (Bình Giang), Cao Xá (Cẩm Giàng)"), and how many districts they name; None when they
    disagree."""
    common: set[str] | None = None
    districts = set()
    for _, district, provinces in _bracketed_districts(text):
        common = set(provinces) if common is None else common & provinces
        districts.add(place_key(district))
    if not common or len(common) != 1:
        return None, 0
    return place_named(common.pop()), len(districts)


def _district_provinces(name: str) -> frozenset[str]:
    """The provinces that hold a district named as ``name`` opens (its longest leading
    run of words that the map has as a district), none for a province's name."""
    words = name.split()
    for n in range(min(len(words), 4), 0, -1):
        head = " ".join(words[:n])
        named = place_named(head)
        if named is not None and named.level is Level.PROVINCE:
            return frozenset()
        found = district_provinces(head)
        if found:
            return found
    return frozenset()


#: A province written bare as the subject of a sentence: "Hòa Bình đã huy động …", "Năm
#: 2022, Hòa Bình có thêm 8 xã …" (a text cut from mid-article names its province so).
_SUBJECT_START = re.compile(
    r"(?:^|(?<=[.!?;])[ \t]+)[ \t*_\-–•+]*(?:(?i:năm|đến\s+nay|hiện\s+nay)[^,.;:\n]{0,20},\s*"
    # "Tuy vậy Nghệ An vẫn …", "Hiện Nghệ An có …": a connective before the subject
    r"|(?i:tuy\s+vậy|tuy\s+nhiên|hiện\s+nay|hiện|đến\s+nay|nhờ\s+đó|qua\s+đó)\s+)?"
    rf"(?P<name>{NAME_PATTERN})\s+"
    r"(?=(?i:(?:đã|đang|hiện|có|đạt|tiếp\s+tục|cũng|vẫn|luôn|phấn\s+đấu|huy\s+động|là)(?!\w)))",
    re.MULTILINE,
)


def _province_as_subject(text: str) -> Place | None:
    """The province a text names bare at the start of its sentences ("Hòa Bình đã …"), the
    one it names so most often."""
    counts: Counter[str] = Counter()
    first: dict[str, Place] = {}
    for m in _SUBJECT_START.finditer(text):
        place = leading_place_name(m.group("name"))
        if place is None or place.level is not Level.PROVINCE:
            continue
        counts[place_key(place.name)] += 1
        first.setdefault(place_key(place.name), place)
    return first[counts.most_common(1)[0][0]] if counts else None


#: "73/129 xã", "10/10 huyện", "Tổng số đơn vị cấp huyện … là 10/10": totals a text states.
_XA_TOTAL = re.compile(r"(?<![\d.,/])\d{1,3}\s*/\s*(?P<n>\d{1,3})\s+(?i:xã)(?!\w)")
_DISTRICT_TOTAL = re.compile(
    r"(?<![\d.,/])\d{1,2}\s*/\s*(?P<n>\d{1,2})\s+(?i:(?:đơn\s+vị\s+cấp\s+)?huyện)(?!\w)"
    r"|(?i:đơn\s+vị\s+cấp\s+huyện|số\s+huyện)[^.;\d]{0,80}?(?<![\d.,/])\d{1,2}\s*/\s*"
    r"(?P<n2>\d{1,2})(?![\d/])"
)


def _province_by_counts(text: str) -> Place | None:
    """The province a text that speaks of itself as one ("toàn tỉnh", "trên địa bàn tỉnh")
    but never names is, by the totals it states: the one province of the map whose rural
    communes (xã) number the largest "K/N xã" total and whose districts number the district
    total ("73/129 xã", "10/10 đơn vị cấp huyện" → Hòa Bình). Both totals must be stated and
    fit one province alone: a total alone, or counts of an earlier map (boundaries moved in
    2019-2021), match no province or several, and the text keeps no province."""
    if _self_level(text) is not Level.PROVINCE:
        return None
    xa = [int(m.group("n")) for m in _XA_TOTAL.finditer(text)]
    districts = [int(m.group("n") or m.group("n2")) for m in _DISTRICT_TOTAL.finditer(text)]
    if not xa or not districts:
        return None
    n, d = max(xa), max(districts)
    fits = [
        c
        for c in denominators(map=MAP_PRE2025)
        if c.level == str(Level.PROVINCE) and c.xa == n and c.districts == d
    ]
    return place_named(fits[0].region_name) if len(fits) == 1 else None


def _province_of_places(text: str) -> Place | None:
    """The province most of the text's districts resolve to, for a text that speaks of its
    province only as "toàn tỉnh" ("TP Việt Trì", "thị xã Phú Thọ" → tỉnh Phú Thọ)."""
    counts: Counter[str] = Counter()
    for m in _PLACE.finditer(text):
        place = _parse_place(m.group())
        if place is None or place.level is not Level.DISTRICT:
            continue
        resolved = resolve_place(place)
        if resolved.province:
            counts[resolved.province] += 1
    if not counts:
        return None
    return place_named(counts.most_common(1)[0][0])


def _province(header: str, title: str | None, text: str, unit: Place | None = None) -> Place | None:
    """The province a header or title names, else the one the text names most. A report of
    a lower unit (a district, a commune) is of the province that unit lies in: of the
    provinces the text names, the most named that holds it, else the one the map puts it in;
    a province named only where the report went to learn ("học tập kinh nghiệm tại huyện
    Hải Hậu, tỉnh Nam Định") is not its own."""
    for part in (header, title or ""):
        for m in _PLACE.finditer(part):
            place = _parse_place(m.group())
            if place is not None and place.level is Level.PROVINCE:
                return place
    counts: Counter[str] = Counter()
    first: dict[str, Place] = {}
    for m in _named_places(text):
        place = _parse_place(m.group())
        if place is not None and place.level is Level.PROVINCE and not _a_persons_name(place):
            counts[place_key(place.name)] += 1
            first.setdefault(place_key(place.name), place)
    if unit is not None and unit.level in (Level.DISTRICT, Level.COMMUNE):
        holding = [k for k, _ in counts.most_common() if _holds(first[k], unit)]
        if holding:
            return first[holding[0]]
        resolved = resolve_place(unit)
        if resolved.province:
            return place_named(resolved.province)
    if not counts:
        return None
    return first[counts.most_common(1)[0][0]]


def _press_fallback(
    text: str, unit: Place | None, unit_from: str | None
) -> tuple[Place | None, str | None, Place | None]:
    """A text naming no province in prose, tagged by its province's press ("(Nguồn: Báo
    Hòa Bình)", "(HBĐT)", "baohaiduong.vn"): that province is the document's, and its unit
    when nothing else names one but the one district of it the text reports on
    (:func:`_press_district`); a lower unit only when the province holds it. Never over a
    national or regional text (its press is where it was printed, not what it is about)."""
    if unit is not None and unit.level in (Level.NATIONAL, Level.REGION):
        return unit, unit_from, None
    press = press_province(text)
    if press is None:
        return unit, unit_from, None
    if unit is None:
        # "Theo baohatinh.vn" under "… người dân huyện Lộc Hà đã hiến …": the paper is where
        # the text was printed; the one district of its province the text names is its unit
        district = _press_district(text, press)
        return (district, "body", press) if district else (press, "press", press)
    if unit.level is Level.PROVINCE or not _holds(press, unit):
        return unit, unit_from, None
    return unit, unit_from, press


#: The province giving to the place the text is about ("tỉnh đã hỗ trợ địa phương …"): a
#: giver, not the text speaking as the province.
_GIVES_AFTER = re.compile(r"\s+(?i:hỗ\s+trợ|phân\s+bổ|bố\s+trí|cấp)(?!\w)")


def _press_district(text: str, press: Place) -> Place | None:
    """The one district of the press's province that a text speaking of no province ("toàn
    tỉnh", "tỉnh đã …") names with its prefix, every commune it names lying in it: what the
    text reports on, the paper's site or name being where it was printed, no unit. None when
    it names none, or several."""
    if _self_level(text) is Level.PROVINCE or any(
        not _GIVES_AFTER.match(text, m.end()) for m in _BARE_PROVINCE.finditer(text)
    ):
        return None
    districts: dict[str, Place] = {}
    communes: list[Place] = []
    for m in _named_places(text):
        place = _parse_place(m.group())
        if place is None or not _may_lie_in(press, place):
            continue
        if place.level is Level.DISTRICT:
            districts.setdefault(place_key(place.name), place)
        elif place.level is Level.COMMUNE:
            communes.append(place)
    if len(districts) != 1:
        return None
    (district,) = districts.values()
    if resolve_place(district, province=press).code is not None and any(
        resolve_place(c, province=press, district=district).code is None for c in communes
    ):
        return None  # a commune of another district: the province's news
    return district


def _may_lie_in(province: Place, unit: Place) -> bool:
    """Whether ``unit`` may lie in ``province``: the map has it there, or has it nowhere (a
    district merged away before the map's date: "huyện Lộc Hà", Hà Tĩnh)."""
    if _holds(province, unit):
        return True
    return resolve_place(unit).code is None and not district_provinces(unit.name)


def _province_of_district_by_communes(text: str, unit: Place) -> Place | None:
    """The province of a district whose name several provinces' districts share (huyện Phong
    Điền: Cần Thơ and Thừa Thiên Huế; huyện Châu Thành: several), told by the communes the
    text names that the map has in a district of that name: one province only, else None."""
    provinces = district_provinces(unit.name)
    if len(provinces) < 2:
        return None
    key = place_key(unit.name)
    found: set[str] = set()
    for m in _PLACE.finditer(text):
        place = _parse_place(m.group())
        if place is None or place.level is not Level.COMMUNE:
            continue
        found |= {p for d, p in commune_homes(place.name) if d == key and p in provinces}
    return place_named(found.pop()) if len(found) == 1 else None


def _holds(province: Place, unit: Place) -> bool:
    """Whether the map has ``unit`` in ``province``."""
    found = resolve_place(unit, province=province)
    return found.code is not None and found.province_code == resolve_place(province).code


def _a_persons_name(place: Place) -> bool:
    """Whether a "province" is an official's name after their title ("Chủ tịch UBND tỉnh
    Nguyễn Văn A ký …"): three words or more, the first a family name, that name no province
    of the map."""
    words = place.name.split()
    return len(words) >= 3 and words[0] in _FAMILY_NAMES and place_named(place.name) is None


#: The commonest family names, which open a person's name.
_FAMILY_NAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Mai "
    "Lương Tạ Đào Cao Lâm Hà Vương Chu Thái Lưu Tô Triệu Quách Đoàn Kiều".split()
)
