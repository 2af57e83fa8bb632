"""The unit a news text's first paragraph names (:func:`_lead_unit`): the first place, unless
a count or the whole country comes before it; a province opening a clause; the district a
province's committee announces recognised.
"""

from __future__ import annotations

import re

from baocao.model import Level, Place
from baocao.nlp.metadata.common import _BARE_PROVINCE, _PLACE, _first_place, _parse_place
from baocao.nlp.metadata.furniture import _after_dateline, _body_lines
from baocao.nlp.metadata.national import place_at_line_start
from baocao.nlp.metadata.province import _province_as_subject
from baocao.vocab.places import (
    NAME_PATTERN,
    NATIONAL_PATTERN,
    a_listed_district,
    amid_other_names,
    leading_place_name,
    place_key,
)


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
            if a_listed_district(line, place.name):
                continue  # "Minh Hóa 2 tỷ đồng, Quảng Ninh 1 tỷ đồng": Quảng Bình's district
            return place
    return None


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
