"""Places a sentence writes itself: the one it opens with (after a lead-in or a
topic), one written after the units it counts ("5 xã thuộc huyện A"), the subject right
before a verb, a speaker's "chúng tôi", the part a "trong đó" opens, and a place written
bare that the text named before or that is a province.
"""

from __future__ import annotations

import re
from functools import cache

from baocao.data.lexicon import CAPITALS
from baocao.nlp.context.common import _FIGURE, _PLACE_RANK, _SPEAKER_LEVEL, NATIONAL, _place
from baocao.vocab.patterns import cues
from baocao.vocab.places import (
    NAME_PATTERN,
    PLACE_PATTERN,
    TOPIC_PATTERN,
    parse_place,
    place_key,
    place_label,
    place_named,
    provinces_named_bare,
)

# Agencies and prepositions that make the place after them someone else's (the issuer of a
# decision, the owner of money), not the subject of the sentence.
_NOT_SUBJECT_BEFORE = re.compile(
    r"(?i:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Chủ\s+tịch|Thành\s+ủy|"
    r"Huyện\s+ủy|Tỉnh\s+ủy|Đảng\s+ủy|Đảng\s+bộ|BCĐ|BCD|của|tại|thuộc|cho|với|và)\s*$"
)

#: "đối với (toàn) tỉnh Bắc Ninh": a topic, whatever "với" says elsewhere.
_TOPIC_BEFORE = re.compile(rf"{TOPIC_PATTERN}(?:\s+(?i:toàn))?\s*$")

_LEAD_IN = re.compile(
    r"[\s\-–—+•·*]*(?:(?i:đến\s+nay|hiện\s+nay|năm\s+\d{4}|trong\s+năm\s+\d{4})[\s,]*)?"
    # a topic: "Tại An Giang, …", "Đối với thị xã Từ Sơn, …", "Còn đối với toàn tỉnh Bắc Ninh"
    # (two in a row: "Tại các xã thuộc địa bàn Long An (cũ): …", the communes of a place)
    rf"(?:{TOPIC_PATTERN}(?:\s+(?i:toàn))?\s+){{0,2}}"
    # "Toàn tỉnh Lạng Sơn hiện có …": the whole of a named place
    rf"(?:(?i:toàn)\s+(?=(?i:tỉnh|huyện|thị\s+xã|thành\s+phố|xã)\s+[{CAPITALS}]))?"
)

#: "toàn" before a named place: the whole of it ("toàn tỉnh Lâm Đồng").
_WHOLE_OF = re.compile(rf"(?i:toàn)\s+(?=(?i:tỉnh|huyện|thị\s+xã|thành\s+phố|xã)\s+[{CAPITALS}])")

#: A short lead-in clause before the subject of a sentence ("Trong khi đó, Hậu Thạnh Đông …").
#: ("6 tháng đầu năm 2024, huyện A …": a time opening on its number of months)
_CLAUSE_LEAD = re.compile(
    r"[\s\-–—+•·*]*(?:[^\W\d]|\d{1,2}\s+(?i:tháng)(?![^\W\d_]))[^,.;:\n]{0,30},\s*"
)

#: How long an introductory clause opened by its word may be ("Với việc hoàn thành 19/19 tiêu
#: chí, xã A …").
INTRO_REACH = 90


@cache
def _clause_intro() -> re.Pattern[str]:
    """An introductory clause opened by a word that makes it one, before the sentence's
    subject: "Với việc hoàn thành 19/19 tiêu chí, " (cue ``clause_intro``)."""
    return re.compile(
        rf"[\s\-–—+•·*]*(?:{cues().pattern('clause_intro')})\s[^,.;:\n]{{0,{INTRO_REACH}}},\s*"
    )


#: The national government as the subject of a sentence: its goals are the country's.
_GOVERNMENT = re.compile(r"[\s\-–—+•·*]*(?:Thủ\s+tướng\s+)?Chính\s+phủ(?!\w)")

#: Units counted "of" a place: "2 đơn vị cấp huyện của tỉnh Bắc Ninh", "5 xã thuộc huyện A".
_UNITS_OF = re.compile(
    r"(?i:(?:xã|huyện|thị\s+xã|đơn\s+vị(?:\s+cấp\s+\w+)?|thôn|bản|ấp|trường)\s+"
    r"(?:của|thuộc)\s+(?:toàn\s+)?)$"
)

#: Units counted "of" a province written bare: "(6/6 huyện, thành phố) của Hà Nam".
_UNITS_OF_BARE = re.compile(
    r"(?i:(?:xã|huyện|thị\s+xã|thành\s+phố|đơn\s+vị(?:\s+cấp\s+\w+)?)\)?\s+(?:của|thuộc)\s+)"
    rf"(?=[{CAPITALS}])"
)


def place_at_start(
    text: str,
    start: int,
    end: int,
    *,
    known: dict[str, str] | None = None,
    government: bool = False,
) -> str | None:
    """The place a sentence or list item opens with ("- Thôn Đồng Lão: …" → "Thôn Đồng
    Lão"), allowing a short lead-in ("Đến nay, ", "Năm 2023 ") or a topic ("Tại An Giang, …",
    "Đối với thị xã Từ Sơn, …"). A name written without its prefix is a place when it is a
    province ("Tại Long An" → "tỉnh Long An") or a place the text named before with its
    prefix (``known``: "Hậu Thạnh Đông từ 25 hộ nghèo …" → "xã Hậu Thạnh Đông"). With
    ``government``, a sentence whose subject is the national government ("Chính phủ đã ban
    hành … mục tiêu …") is about the whole country."""
    lead = _LEAD_IN.match(text, start, end)
    positions = [lead.end() if lead else start]
    for lead_in in (_CLAUSE_LEAD, _clause_intro()):
        clause = lead_in.match(text, start, end)
        if clause is not None and clause.end() not in positions:
            positions.append(clause.end())
    for pos in positions:
        # "Cụ thể, toàn tỉnh Lâm Đồng đã có …": the whole of a place after a lead-in clause
        whole = _WHOLE_OF.match(text, pos, end)
        pos = whole.end() if whole else pos
        m = _place().match(text, pos, end)
        if m:
            after = _after_dateline(text, m.end(), end, known, government)
            return " ".join(m.group().split()) if after is None else after or None
        if government and _GOVERNMENT.match(text, pos, end):
            return NATIONAL
        bare = _bare_place(text, pos, end, known or {})
        if bare:
            after = _after_dateline(text, pos, end, known, government, bare=True)
            return bare if after is None else after or None
    return None


#: A news lead's dateline: the place the story was filed from, then a dash ("TÂN KỲ - …").
_DATELINE_DASH = re.compile(r"[ \t]*[-–—][ \t]+")


def _after_dateline(
    text: str,
    at: int,
    end: int,
    known: dict[str, str] | None,
    government: bool,
    *,
    bare: bool = False,
) -> str | None:
    """The place the sentence after a dateline opens with ("TÂN KỲ - Năm 2023, thị xã Thái
    Hòa có …" → "thị xã Thái Hòa"): a sentence naming its own place is about it, not about
    where it was filed from; "" when it names one further on as the owner of what it states
    ("ĐIỆN BÀN - Đến nay, tỷ lệ … của huyện Duy Xuyên …": the dateline opens no subject); None
    when there is no dateline or the sentence names no such place (the dateline's place is its
    subject: "TÂN KỲ - Toàn huyện có 2 xã … là xã A và xã B"). ``bare``: ``at`` is
    where the bare name starts."""
    if bare:
        name = _NAME_AT.match(text, at, end)
        if name is None:
            return None
        at = name.end()
    dash = _DATELINE_DASH.match(text, at, end)
    if dash is None:
        return None
    opening = place_at_start(text, dash.end(), end, known=known, government=government)
    if opening is not None:
        return opening
    return "" if _owner_further(text, dash.end(), end) else None


#: A place owning what the words before it name ("tỷ lệ hộ … của huyện A", "trên địa bàn
#: huyện A"): the sentence's own place, though it does not open with it.
_OWNER_WORD = re.compile(r"(?i:(?<!\w)(?:của|trên\s+địa\s+bàn|tại|ở)(?:\s+toàn)?)\s+$")


def _owner_further(text: str, start: int, end: int) -> bool:
    return any(
        _OWNER_WORD.search(text, max(start, m.start() - 20), m.start())
        for m in _place().finditer(text, start, end)
    )


_NAME_AT = re.compile(rf"[ \t]*({NAME_PATTERN})")


def _bare_place(text: str, pos: int, end: int, known: dict[str, str]) -> str | None:
    """A place written without a prefix at ``pos``: one named before with its prefix, else a
    province (its prefix added: "An Giang" → "tỉnh An Giang")."""
    m = _NAME_AT.match(text, pos, end)
    if m is None:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        key = place_key(" ".join(words[:n]))
        if key in known:
            return known[key]
    for n in range(len(words), 0, -1):
        place = place_named(" ".join(words[:n]))
        if place is not None and place.code and place.code == place.province_code:
            return place_label(place)
    return None


#: Units counted at a place written bare: "của 14 xã ở Tiên Phước", "các thôn tại Hòa Vang".
_UNITS_AT_BARE = re.compile(
    r"(?i:(?<!\w)(?:xã|thôn|bản|ấp|huyện)\s+(?:ở|tại)\s+)" rf"(?=[{CAPITALS}])"
)


def units_at_named(text: str, lo: int, at: int, known: dict[str, str]) -> str | None:
    """The place a statement's units are said to be at, written bare before its figure ("Tỷ
    lệ hộ nghèo … của 14 xã ở Tiên Phước giảm còn 2,25%") when the text named it before
    with its prefix (``known``) or it is a province: that place, not the text's unit."""
    for m in _UNITS_AT_BARE.finditer(text, lo, at):
        bare = _bare_place(text, m.end(), at, known)
        if bare is not None:
            return bare
    return None


def place_inside(text: str, start: int, end: int) -> str | None:
    """The place a statement counts units of, written after the units in ``text[start:end]``:
    "2 đơn vị cấp huyện của tỉnh Bắc Ninh đạt chuẩn", "5 xã thuộc huyện Tiên Du"; a
    province written bare too ("(6/6 huyện, thành phố) của Hà Nam")."""
    for m in _place().finditer(text, start, end):
        if _UNITS_OF.search(text, max(start, m.start() - 40), m.start()):
            return " ".join(m.group().split())
    # "(6/6 huyện, thành phố) của Hà Nam đạt chuẩn": a province written bare
    for m in _UNITS_OF_BARE.finditer(text, start, end):
        bare = _bare_place(text, m.end(), end, {})
        if bare is not None:
            return bare
    return None


#: A speaker's own unit: "chúng tôi", "xã chúng tôi", "huyện tôi", "địa phương tôi".
_WE = re.compile(
    r"(?i:(?<!\w)(?:chúng\s+tôi|(?:xã|huyện|tỉnh|địa\s+phương)\s+(?:chúng\s+)?tôi)(?!\w))"
)

#: Who speaks: "Chủ tịch UBND xã", "Bí thư Đảng ủy xã Phước Hưng", "Phó chủ tịch UBND huyện".
_SPEAKER = re.compile(
    r"(?i:(?:phó\s+)?(?:chủ\s+tịch|bí\s+thư|trưởng\s+ban|giám\s+đốc)\s+"
    r"(?:(?:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Đảng\s+ủy|Đảng\s+uỷ)\s+)?)"
    r"(?P<level>(?i:xã|phường|thị\s+trấn|huyện|thị\s+xã|tỉnh))(?!\w)"
)


def speakers_place(text: str, s: int, at: int, lo: int, hi: int) -> str | None:
    """The unit a speaker's "chúng tôi" at ``[s, at)`` stands for: the place their title
    names ("Bí thư Đảng ủy xã Phước Hưng"), else the last place of their title's level named
    before ("… xã Hậu Thạnh Đông …" ⏎ "'chúng tôi chỉ có 12/19 tiêu chí' - ông …, phó chủ
    tịch UBND xã, nói"). The title is looked for in the paragraph ``[lo, hi)``."""
    if _WE.search(text, s, at) is None:
        return None
    title = _SPEAKER.search(text, lo, hi)
    if title is None:
        return None
    named = _place().match(text, title.start("level"), hi)
    if named is not None:
        place = parse_place(named.group())
        if place is not None:
            return " ".join(named.group().split())
    level = _SPEAKER_LEVEL[" ".join(title.group("level").lower().split())]
    last = None
    for p in _place().finditer(text, 0, lo):
        place = parse_place(p.group())
        if place is not None and place.level is level:
            last = " ".join(p.group().split())
    return last


#: A measure "of" a place: "tỷ lệ hộ nghèo của huyện X", "bình quân mỗi xã của huyện X".
_MEASURE_OF_BEFORE = re.compile(
    r"(?i:tỷ\s+lệ|tỉ\s+lệ|thu\s+nhập|bình\s+quân|trung\s+bình|số\s+tiêu\s+chí)"
    r"[^.;:,\d]{0,40}(?i:của|ở|tại)\s*$"
)


#: After a place, the end of its clause: a semicolon, or the bracket that closes it as
#: where the item before it lies ("xã Văn Hóa (huyện Tuyên Hóa); …").
_OTHER_CLAUSE_AFTER = re.compile(r"[^;\n]*;|\s*\)")


def place_before(text: str, start: int, at: int, *, window: int = 40) -> str | None:
    """The last place written in the ``window`` characters before ``at`` (not before
    ``start``) that is not an agency's or a preposition's object: the subject of the verb at
    ``at`` ("…, xã Quang Trung đạt 17/19 tiêu chí")."""
    lo = max(start, at - window)
    found = None
    for m in _place().finditer(text, lo, at):
        if (
            _NOT_SUBJECT_BEFORE.search(text, max(start, m.start() - 30), m.start())
            and not _TOPIC_BEFORE.search(text, max(start, m.start() - 30), m.start())
            and not _MEASURE_OF_BEFORE.search(text, max(start, m.start() - 50), m.start())
            and not _next_item_of_a_list(text, start, m, at)
        ):
            continue
        if text[m.end() : at].strip(" ,") and len(text[m.end() : at].split()) > 3:
            continue
        if _OTHER_CLAUSE_AFTER.match(text, m.end(), at) and not _names_its_level(text, m):
            # "… xã Văn Hóa (huyện Tuyên Hóa); 2 xã …": where an item of the clause before lies
            continue
        found = m
    if found is None:
        return _bare_province_before(text, lo, at)
    return _qualified(text, lo, found) or " ".join(found.group().split())


#: "và" right before a place: the joint of a list of places' values, "… huyện A đạt 15,2
#: tiêu chí/xã và huyện B 10,1 tiêu chí/xã", when the item before it has a figure of its own.
_AND_BEFORE = re.compile(cues().pattern("item_joint") + r"\s*$")

#: Between a listed place and its value: nothing but a few words ("đạt", "bình quân", ":").
_ITEM_GAP = re.compile(r"[^\d.;,()\n]*")

#: How far before "và" the earlier item's figure may be (characters).
ITEM_FIGURE_REACH = 40


def _next_item_of_a_list(text: str, start: int, place: re.Match[str], at: int) -> bool:
    """Whether ``place``, after "và", is the next item of a list of places and their values
    (its own value at ``at``, a figure in the item before "và"), not a second owner joined to
    a first ("của huyện A và huyện B"): the value is that place's."""
    joint = _AND_BEFORE.search(text, max(start, place.start() - 6), place.start())
    if joint is None:
        return False
    gap = text[place.end() : at]
    if not _ITEM_GAP.fullmatch(gap) or len(gap.split()) > 3:
        return False
    before = text[max(start, joint.start() - ITEM_FIGURE_REACH) : joint.start()]
    return _FIGURE.search(before) is not None


#: A level word, maybe described in lower case, whose place a bracket then names: "huyện
#: nghèo (huyện Kỳ Sơn)", "một xã (xã Tà Xùa)"; not a place the bracket says where it lies
#: ("xã Văn Hóa (huyện Tuyên Hóa)").
_LEVEL_BEFORE_BRACKET = re.compile(
    r"(?i:(?<!\w)(?:huyện|thị\s+xã|xã|tỉnh|thành\s+phố))"
    r"(?P<words>(?:[ \t]+\w+){0,3}?)[ \t]*\([ \t]*$"
)


def _names_its_level(text: str, place: re.Match[str]) -> bool:
    """Whether ``place`` is written in brackets after the level word it names ("huyện nghèo
    (huyện Kỳ Sơn) có 2/20 xã …": the district's), so is the subject, not where the one
    before it lies."""
    if not re.match(r"\s*\)", text[place.end() : place.end() + 3]):
        return False
    before = _LEVEL_BEFORE_BRACKET.search(text, max(0, place.start() - 40), place.start())
    return before is not None and all(w.islower() for w in before.group("words").split())


#: Right before a province named bare: the place it qualifies ("xã Tân Phú, Cà Mau", "huyện
#: Hòa Vang (Đà Nẵng)"), so where that place lies, not the subject.
_LIES_IN_GAP = re.compile(rf"(?:{PLACE_PATTERN})\s*[,(\-–]\s*$")


def _bare_province_before(text: str, lo: int, at: int) -> str | None:
    """The last province named bare in ``text[lo:at]`` (see
    :func:`~baocao.vocab.places.provinces_named_bare`) as the subject of the verb at ``at``
    ("…, nông dân Phú Yên đã góp 120 tỷ đồng"), under :func:`place_before`'s rules; only
    where no place is written with its prefix there, which is nearer to what it says."""
    found = None
    for start, end, province in provinces_named_bare(text):
        if start < lo or end > at:
            continue
        if (
            _NOT_SUBJECT_BEFORE.search(text, max(lo, start - 30), start)
            and not _TOPIC_BEFORE.search(text, max(lo, start - 30), start)
        ) or _LIES_IN_GAP.search(text, max(0, start - 80), start):
            continue
        if len(text[end:at].split()) > 3 or _OTHER_CLAUSE_AFTER.match(text, end, at):
            continue
        found = province
    return place_label(found) if found is not None else None


@cache
def _people_of() -> re.Pattern[str]:
    """The people of a place before its name written bare: "người dân Quảng Bình" (cue
    ``place_people``)."""
    return re.compile(rf"(?<![^\W\d_])(?i:{cues().pattern('place_people')})[ \t]+(?=[{CAPITALS}])")


#: "Ủy ban nhân dân Quảng Bình": an agency, not the people.
_COMMITTEE_BEFORE = re.compile(r"(?i:ủy|uỷ)\s+ban\s+$")


def people_place(text: str, s: int, at: int, known: dict[str, str]) -> str | None:
    """The place whose people are the subject of the clause of ``at``, its name written bare
    after them ("Bên cạnh đó, người dân Quảng Bình còn đóng góp trên 15 tỷ đồng" → tỉnh
    Quảng Bình): a province, or a place the text named before with its prefix. The
    sentence's own words say whose the figure is, over a place carried from the paragraphs
    before; none when a ";" or another place comes between."""
    found = None
    for m in _people_of().finditer(text, s, at):
        if _COMMITTEE_BEFORE.search(text, max(s, m.start() - 10), m.start()):
            continue
        bare = _bare_place(text, m.end(), at, known)
        if bare is not None:
            found = (m.end(), bare)
    if found is None:
        return None
    after, bare = found
    name_end = after + len(_NAME_AT.match(text, after, at).group())  # type: ignore[union-attr]
    if ";" in text[after:at] or _place().search(text, name_end, at):
        return None
    return bare


# "xã Hòa Bình, huyện Chợ Mới", "xã A (huyện B)", "xã Nghi Xuân huyện Nghi Lộc" (no mark).
_QUALIFIER_GAP = re.compile(r"\s*[,(\-–]?\s*$")


def _qualified(text: str, lo: int, found: re.Match[str]) -> str | None:
    """The place a place written right after it qualifies ("xã Hòa Bình, huyện Chợ Mới đã
    đạt …", "xã A (huyện B) đạt …": the commune, lying in the district, is the subject)."""
    outer = parse_place(found.group())
    if outer is None or outer.level is None:
        return None
    # "xã Hương Sơn, huyện Phú Bình, tỉnh Thái Nguyên đạt …": down the chain, to its first
    innermost = None
    rank = _PLACE_RANK.get(outer.level, 9)
    while True:
        inner = None
        for m in _place().finditer(text, max(0, min(lo, found.start()) - 80), found.start()):
            if _QUALIFIER_GAP.fullmatch(text, m.end(), found.start()):
                inner = m
        if inner is None:
            break
        place = parse_place(inner.group())
        if place is None or place.level is None:
            break
        if _PLACE_RANK.get(place.level, 9) >= rank:
            break
        innermost, found, rank = inner, inner, _PLACE_RANK.get(place.level, 9)
    return " ".join(innermost.group().split()) if innermost is not None else None


#: "trong đó" and the place it opens a part with: "…, trong đó huyện A có số tiêu chí bình
#: quân đạt 16,3", "(trong đó: huyện B thấp nhất, bình quân 10,1 …)".
_BREAKDOWN_PLACE = re.compile(cues().pattern("breakdown") + r"\s*[,:]?\s*")

#: How far the figure of a part may be from the place "trong đó" opens it with.
BREAKDOWN_REACH = 60


def _breakdown_place(text: str, s: int, at: int) -> str | None:
    """The place a breakdown opens with ("trong đó huyện A …"), for the figure at ``at`` in
    its part: no other place, figure or semicolon between the place and the figure."""
    opened = None
    for m in _BREAKDOWN_PLACE.finditer(text, max(s, at - BREAKDOWN_REACH - 40), at):
        opened = m
    if opened is None:
        return None
    place = _place().match(text, opened.end(), at)
    if place is None or at - place.end() > BREAKDOWN_REACH:
        return None
    between = text[place.end() : at]
    if re.search(r"[\d;()]", between) or _place().search(between):
        return None
    return " ".join(place.group().split())
