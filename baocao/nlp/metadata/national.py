"""The whole country: whether a text is about the country (FACTS.md: national figures have the
place "cả nước"), its unit then :data:`NATIONAL_UNIT`.
"""

from __future__ import annotations

import re

from baocao.data.lexicon import CAPITALS, fold
from baocao.model import Level, Place
from baocao.nlp.metadata.common import (
    _BARE_COMMUNE,
    _BARE_DISTRICT,
    _BARE_PROVINCE,
    _LEVEL_RANK,
    _NATIONAL_WORD,
    _PLACE,
    _lines,
    _parse_place,
    _self_level,
)
from baocao.nlp.metadata.furniture import _body_lines
from baocao.nlp.metadata.header import _header_unit
from baocao.vocab.patterns import cues
from baocao.vocab.places import (
    NAME_PATTERN,
    NATIONAL_PATTERN,
    leading_place_name,
    provinces_named_bare,
    resolve_place,
)

#: The unit of a national text (FACTS.md: national figures have the place "cả nước").
NATIONAL_UNIT = Place(written="cả nước", prefix=None, name="cả nước", level=Level.NATIONAL)


_NATIONAL_AGENCY = re.compile(cues().pattern("national_agency"))
#: A decision or programme the centre issues for the whole country ("QĐ-TTg", "Phó Thủ
#: tướng … ký", "Bộ tiêu chí quốc gia").
_NATIONAL_DECISION = re.compile(cues().pattern("national_decision"))
_CENTRE_VOICE = re.compile(cues().pattern("centre_voice"))
#: A meeting of the whole country the lead reports ("… tại hội nghị toàn quốc triển khai …").
_NATIONAL_EVENT = re.compile(cues().pattern("national_event"))
#: The country named as a sentence's subject, optionally after a lead-in ("Tính đến tháng
#: 6/2022, cả nước có …", "Toàn quốc đã …").
#: A dated "until" opening a clause: "đến tháng 7-2021", "tính đến ngày 30/9/2023,".
_DATED_UNTIL = (
    r"(?i:(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:ngày\s+|tháng\s+|năm\s+)?)"
    r"\d{1,4}(?:\s*[/.-]\s*\d{1,4}){0,2}\s*,?\s+"
)
_NATIONAL_AS_SUBJECT = re.compile(
    # (or after a comma, a clause opening on its own date: "Đến hết năm 2020, … so với mục
    # tiêu, đến tháng 7-2021 cả nước có …")
    rf"(?:^|(?<=[.!?:;])\s|\n|(?<=,)\s(?={_DATED_UNTIL}))[\W\d_]*(?:[^\n.;:]{{0,60}}?,\s*)?"
    # "…, đến nay cả nước đã có …", "Hiện nay toàn quốc có …": an adverb of time before it
    r"(?:(?i:(?:đến|tới|cho\s+đến)\s+nay|hiện\s+nay|hiện\s+tại|hiện|tính\s+đến\s+nay)\s+"
    rf"|{_DATED_UNTIL})?"
    r"(?:(?i:trên|trong)\s+)?"
    # "- Phấn đấu cả nước có ít nhất 80% số xã …": a goal the country is the subject of
    r"(?:(?i:phấn\s+đấu|mục\s+tiêu)\s+(?:(?i:đến\s+năm\s+\d{4}|đến\s+\d{4}),?\s+)?)?"
    rf"{NATIONAL_PATTERN}"
    r"(?!\s+(?:là|với))",
    re.MULTILINE,
)
#: The country as the measure a place is set against ("cao hơn bình quân cả nước").
_AGAINST_NATION = re.compile(
    r"(?i:(?<!\w)(?:so\s+với|hơn|bằng|của|với)\s+(?:(?:bình\s+quân|trung\s+bình|mức|của|chung)"
    rf"\s+)*){NATIONAL_PATTERN}"
    # or the rank a place holds among the country's ("đứng thứ 3 cả nước", "nhóm dẫn đầu
    # cả nước")
    r"|(?i:" + cues().pattern("national_rank") + r")[^,.;:\n]{0,25}?" + NATIONAL_PATTERN
)
#: How far into a text its lead may name the country or a national body.
NATIONAL_LEAD_CHARS = 600


def _national(text: str, header: str | None, headline: str | None) -> bool:
    """Whether a text is about the whole country: an official text issued by a national body
    (``national_agency`` cues in its header), a headline naming the country and no place of
    its own ("Cả nước có 6.000 xã …", "74% xã trên cả nước …"), or, under a headline naming
    no place, a lead with the country as its subject or a national body's figures
    ("Theo Ban Chỉ đạo Trung ương …, cả nước có …"), the country named more than any
    province, district or commune spoken of as itself ("toàn tỉnh", "huyện đã …")."""
    if header is not None:
        return _NATIONAL_AGENCY.search(header) is not None and _header_unit(header) is None
    if headline and _PLACE.search(headline) is None:
        leading = leading_place_name(headline)
        if leading is not None and leading.level in _LEVEL_RANK:
            return False
        if _NATIONAL_WORD.search(headline) and not _AGAINST_NATION.search(headline):
            return True
    elif headline:
        return False
    start = text.find(headline) + len(headline) if headline else 0
    lead = text[start : start + NATIONAL_LEAD_CHARS]
    body = text[start:]
    if not (
        _NATIONAL_AS_SUBJECT.search(lead)
        or _NATIONAL_AGENCY.search(lead)
        or _NATIONAL_EVENT.search(lead)
        # "Tỷ lệ xã đạt chuẩn … 79%; … Cả nước có 12 tỉnh …": a text naming no place at all,
        # the country the subject of a sentence of it, however late
        or (_names_no_place(body) and _NATIONAL_AS_SUBJECT.search(body))
        or _centre_decides(lead, body)
        or _counts_nation_unnamed(body)
    ):
        return False
    national = len(_NATIONAL_WORD.findall(body)) - len(_AGAINST_NATION.findall(body))
    # (not "toàn tỉnh Đồng Nai có …", a province the country's text names as an example, nor
    # "11/11 huyện đã …", a count)
    own = sum(
        1
        for pattern in (_BARE_PROVINCE, _BARE_DISTRICT, _BARE_COMMUNE)
        for m in pattern.finditer(body)
        if not _NAME_AFTER.match(body, m.end())
        and not _COUNT_RIGHT_BEFORE.search(body, max(0, m.start() - 3), m.start())
    )
    if (
        national < 1
        and own == 0
        and (
            _centre_speaks(lead, body)
            or _centre_decides(lead, body)
            or _counts_nation_unnamed(body)
        )
    ):
        return True
    if national < 1 or national <= own:
        return False
    if _digest_with_own_items(body):
        return False
    # a lead opening with a place of its own ("Tỉnh Nam Định có …") is that place's text
    first = _body_lines(body)[:1]
    return not first or place_at_line_start(first[0][1]) is None


def _names_no_place(text: str) -> bool:
    """Whether a text names no place of its own: none with its prefix ("tỉnh A", "huyện
    B"), no province bare, none opening a line, and never speaks of itself as a province, a
    district or a commune ("toàn tỉnh", "huyện đã …")."""
    return (
        _PLACE.search(text) is None
        and not provinces_named_bare(text)
        and all(place_at_line_start(line) is None for _, line in _body_lines(text))
        and _self_level(text) is None
    )


def _country_paper(text: str, headline: str, province: Place) -> bool:
    """Whether a text under a headline naming one province bare is the country's paper: its
    body counts more communes than a province has ("Cả nước có 8.909 xã …") and names the
    country more often than it comes back to the province (a repeat of the headline, as a
    printed title in capitals, is no return)."""
    start = text.find(headline) + len(headline)
    key = fold(headline).strip()
    body = "\n".join(ln for _, ln in _lines(text[start:]) if fold(ln).strip() != key)
    if not _counts_beyond_a_province(body):
        return False
    national = len(_NATIONAL_WORD.findall(body)) - len(_AGAINST_NATION.findall(body))
    own = len(re.findall(rf"(?<!\w){re.escape(fold(province.name))}(?!\w)", fold(body)))
    return national >= 2 and national > own


def _centre_speaks(lead: str, body: str) -> bool:
    """Whether a text that never writes "cả nước" speaks as the centre: a national body's
    figures in its lead ("Theo Bộ NN&PTNT, năm nay …") and the centre giving the localities
    their means ("Chính phủ đã bố trí …", "hỗ trợ các địa phương"), with no place named
    anywhere in it (a province's article citing the ministry names its province)."""
    return (
        _NATIONAL_AGENCY.search(lead) is not None
        and _CENTRE_VOICE.search(body) is not None
        and _PLACE.search(body) is None
    )


def _centre_decides(lead: str, body: str) -> bool:
    """Whether a text that names no place of its own is about a decision or programme the
    centre issues for the whole country ("Phó Thủ tướng … vừa ký Quyết định số …/QĐ-TTg ban
    hành Bộ tiêu chí quốc gia …", "Bộ Nông nghiệp và Môi trường đã ban hành Quyết định phê
    duyệt Chương trình …"): a province's text on the same decision names its province."""
    return (
        _NATIONAL_DECISION.search(lead) is not None
        or (
            _NATIONAL_AGENCY.search(lead) is not None and _PROGRAMME_ISSUED.search(lead) is not None
        )
    ) and _names_no_place(body)


#: A national body issuing a decision or approving a programme ("đã ban hành Quyết định",
#: "phê duyệt Chương trình mục tiêu quốc gia").
_PROGRAMME_ISSUED = re.compile(r"(?i:ban\s+hành\s+quyết\s+định|phê\s+duyệt\s+chương\s+trình)")


def _counts_nation_unnamed(body: str) -> bool:
    """Whether a text that names no place counts more communes than any province has ("số xã
    đạt chuẩn năm 2014 là 785 xã …", a national item relayed without "cả nước")."""
    return _names_no_place(body) and _counts_beyond_a_province(body)


_COUNT_RIGHT_BEFORE = re.compile(r"[\d%][ \t]*$")
#: An item of a listing page (a news digest): a bulleted line, or a teaser cut off by "...".
_DIGEST_ITEM = re.compile(r"^[ \t]*[•·▪●◦*+\-–][ \t]*\S|[^\n]*(?:\.\.\.|…)[ \t]*$", re.MULTILINE)
#: How many items make a page a listing.
DIGEST_ITEMS = 2


def _digest_with_own_items(body: str) -> bool:
    """Whether ``body`` is a listing page (several short items, each a teaser) whose items
    after the first speak of a place of their own ("• Tiến độ đến 30/9 - Toàn tỉnh có 20
    xã …" under a national first item): a digest, not the country's text, whatever its first
    item is about."""
    starts = [m.start() for m in _DIGEST_ITEM.finditer(body)]
    if len(starts) < DIGEST_ITEMS:
        return False
    later = body[starts[1] :] if _NATIONAL_AS_SUBJECT.search(body[: starts[1]]) else ""
    return any(
        not _NAME_AFTER.match(later, m.end())
        for pattern in (_BARE_PROVINCE, _BARE_DISTRICT)
        for m in pattern.finditer(later)
    )


#: A capitalised name right after a level word: "toàn tỉnh Đồng Nai" names its province.
_NAME_AFTER = re.compile(rf"[ \t]+[{CAPITALS}]")


#: A line opening with a name it then says the level of: "Thanh Bình là xã cù lao …",
#: "Mộc Châu là một huyện vùng cao …".
_NAME_IS_UNIT = re.compile(
    rf"(?P<name>{NAME_PATTERN})\s+là\s+(?:một\s+)?(?P<prefix>(?i:xã|huyện|thị\s+xã))(?!\w)"
)


#: The same with a later syllable of the name in small letters, a source's slip ("Củ chi là
#: huyện ngoại thành …"): taken only when the map knows the name of that level.
_NAME_IS_UNIT_SLIP = re.compile(
    rf"(?P<name>[{CAPITALS}][^\W\d_]*(?:[ \t]+[^\W\d_]+){{1,2}}?)\s+là\s+(?:một\s+)?"
    r"(?P<prefix>(?i:xã|huyện|thị\s+xã))(?!\w)"
)


def _named_with_a_slip(line: str) -> Place | None:
    """The unit a line opens with by a name one of whose syllables a source left in small
    letters (see :data:`_NAME_IS_UNIT_SLIP`), when the map has exactly that unit."""
    m = _NAME_IS_UNIT_SLIP.match(line)
    if m is None:
        return None
    name = " ".join(w[:1].upper() + w[1:] for w in m.group("name").split())
    place = _parse_place(f"{m.group('prefix').lower()} {name}")
    if place is None or resolve_place(place).code is None:
        return None
    return place


def place_at_line_start(line: str) -> Place | None:
    """The place a line opens with: prefixed ("Tỉnh Nam Định có …"), named with its level
    after it ("Thanh Bình là xã …"), or a province written bare ("Nghệ An: Có thêm …")."""
    line = line.strip(" \t*_-–•+")
    m = _PLACE.match(line)
    if m is not None:
        return _parse_place(m.group())
    named = _NAME_IS_UNIT.match(line)
    if named is not None:
        return _parse_place(f"{named.group('prefix').lower()} {named.group('name')}")
    leading = leading_place_name(line)
    if leading is not None and leading.level is Level.PROVINCE:
        return leading
    return _named_with_a_slip(line)


#: More communes than any province has (the largest had some 600): a count of the country's.
PROVINCE_MOST_XA = 700
_XA_COUNT = re.compile(r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})+|\d{3,4})\s+(?i:xã)(?!\w)")


def _counts_beyond_a_province(text: str) -> bool:
    """Whether a text counts more communes than any province has ("785 xã", "1.800 xã")."""
    return any(
        int(m.group(1).replace(".", "")) > PROVINCE_MOST_XA for m in _XA_COUNT.finditer(text)
    )


def _caption_over_country(text: str, headline: str, unit: Place | None) -> bool:
    """Whether a headline's place is a caption's, over the country's text: a line naming a
    commune or a district ("Tuyên truyền về nông thôn mới tại xã A", a local portal's photo
    over a national resolution) that the body never names again, the body being about the
    country as :func:`_national` reads a text with no headline ("Quốc hội đặt mục tiêu …:
    Phấn đấu cả nước có …"). A province's headline over the country's figures is the
    province's paper (:func:`_country_paper`), not a caption."""
    if unit is None or unit.level not in (Level.COMMUNE, Level.DISTRICT):
        return False
    at = text.find(headline)
    body = text[at + len(headline) :] if at >= 0 else text
    if re.search(rf"(?<!\w){re.escape(fold(unit.name))}(?!\w)", fold(body)):
        return False
    return _national(body, None, None)
