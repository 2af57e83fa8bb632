"""The one commune, else the one district, a news text's body reports on (:func:`_unit_of_body`),
and the unit its lead reports recognised at a ceremony (:func:`_recognised_in_lead`).
"""

from __future__ import annotations

import re
from collections import Counter

from baocao.model import Level, Place
from baocao.nlp.metadata.common import (
    _BARE_COMMUNE,
    _BARE_DISTRICT,
    _BARE_PROVINCE,
    _LEVEL_RANK,
    _PLACE,
    _SENTENCE,
    _parse_place,
)
from baocao.nlp.metadata.furniture import _body_lines
from baocao.nlp.metadata.unit.common import _SEVERAL_UNITS
from baocao.nlp.metadata.unit.refs import _AGENCY_BEFORE, _name_refs, _own_refs, _province_own_refs
from baocao.vocab.patterns import cues
from baocao.vocab.places import place_key


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
