"""Levels: the place a level word stands for ("toàn huyện", "xã này", "7/7 thôn của
xã"), a place of that level the text named before or the document's own, and the whole a
statement speaks of, above which no lower unit is its subject.
"""

from __future__ import annotations

import re
from collections import Counter

from baocao.data.lexicon import CAPITALS
from baocao.model import Level, Place
from baocao.nlp.context.common import (
    _FIGURE,
    _LEVEL_SUBJECT,
    _PLACE_RANK,
    _SPEAKER_LEVEL,
    _WHOLE_LEVEL,
    _level_group,
    _place,
)
from baocao.nlp.context.sections import Sections
from baocao.nlp.context.topics import _headline_province, topic_before
from baocao.nlp.segment import Block
from baocao.vocab.places import PLACE_PATTERN, parse_place, place_key, place_named


def _whole_level_of(sections: Sections, block: Block, s: int, at: int) -> str | None:
    text = sections.text
    if _WHOLE_LEVEL.search(text, s, at) is None and _LEVEL_SUBJECT.search(text, s, at) is None:
        return None
    places = sections.places_by_level()
    headline = _headline_province(sections)
    if headline is not None:  # "Lào Cai: …" names its province without the prefix
        places = [(-1, Level.PROVINCE, headline, place_key(headline)), *places]
    return whole_level(
        text,
        s,
        at,
        places,
        topic_before(sections, block, s),
        own=sections.own,
        near=_paragraph_start(sections, block),
    )


def _paragraph_start(sections: Sections, block: Block) -> int:
    """Where what governs ``block`` starts: a line of its own naming a place ("Thị xã Từ
    Sơn" ⏎ …) or its innermost heading, within its section; else its paragraph (its own
    start, or its list lead's)."""
    headings = sections.parents[block.index]
    first = headings[-1] + 1 if headings else 0
    for i in range(block.index - 1, first - 1, -1):
        other = sections.blocks[i]
        if _place().fullmatch(sections.text[other.start : other.end].strip(" \t\n:.-*#")):
            return other.start
    if headings:
        return sections.blocks[headings[-1]].start
    lead = sections.lead(block)
    return lead.start if lead is not None else block.start


_LEVEL_WORD = re.compile(r"^(?i:tỉnh|huyện|thị\s+xã|xã|thành\s+phố)\s+")


def whole_level(
    text: str,
    s: int,
    at: int,
    places: list[tuple[int, Level, str, str]],
    topic: str | None = None,
    *,
    own: dict[Level, str] | None = None,
    near: int | None = None,
) -> str | None:
    """The place "toàn huyện" (or a level word alone as the subject: "… xã mới đạt 12/19
    tiêu chí", "xã này") in ``text[s:at]`` means: a place of that level the text named
    before it ("… xã thứ 4 của huyện Củ Chi …" ⏎ "toàn huyện có 20/20 xã" → huyện Củ Chi),
    so a commune's news does not give its district's figures to the commune. A party
    committee names its unit too ("Bí thư Huyện ủy Sơn Tịnh"). A ``topic`` an earlier
    sentence set at that level wins; else, of several, the one the text names most, the
    last named of those. ``places`` are the text's places by level
    (:meth:`Sections.places_by_level`).

    The document's ``own`` place of that level (its unit, its province) wins over one named
    before the paragraph (from ``near``) that holds the level word: a report's "toàn tỉnh" on
    its second page is its own province, not the one an earlier page named in passing ("học
    tập kinh nghiệm tại huyện Hải Hậu, tỉnh Nam Định"); with none named, it is the own place."""
    found = None
    for m in _WHOLE_LEVEL.finditer(text, s, at):
        if not (m.group("next") and m.group("next").strip().isupper()):
            found = m
    if found is None:
        for m in _LEVEL_SUBJECT.finditer(text, s, at):
            found = m
    if found is None:
        return None
    group = _level_group(found)
    level = _SPEAKER_LEVEL[" ".join(found.group(group).lower().split())]
    return level_meant(text, level, found.start(group), places, topic, own=own, near=near)


def level_meant(
    text: str,
    level: Level,
    at: int,
    places: list[tuple[int, Level, str, str]],
    topic: str | None = None,
    *,
    own: dict[Level, str] | None = None,
    near: int | None = None,
) -> str | None:
    """The place a level word of ``level`` written at ``at`` stands for (see
    :func:`whole_level`)."""
    if topic is not None:
        place = parse_place(topic)
        if place is not None and place.level is level:
            return topic  # "Tại tỉnh Hậu Giang, …" ⏎ "Toàn tỉnh có …"
    named = [
        (start, written, key)
        for start, lv, written, key in places
        if lv is level and start < at and not _borders(text, start)
    ]
    mine = (own or {}).get(level)
    if mine is not None and not any(
        start >= (near or 0) and not _where_it_lies(text, start, level) for start, _, _ in named
    ):
        return mine
    if not named:
        return None
    # the unit of that level the text speaks of most (its name counted wherever written, with
    # its prefix or without), the last named of those
    counts = Counter(key for _, _, key in named)
    if level is Level.PROVINCE:
        for key in counts:
            written = next(w for _, w, k in named if k == key)
            name = _LEVEL_WORD.sub("", written)
            counts[key] = text.count(name)
    best = max(counts.values())
    return max((start, written) for start, written, key in named if counts[key] == best)[1]


#: A place named as a neighbour: "phía Bắc giáp huyện A và huyện B", "tiếp giáp với thị xã
#: C, huyện D": the text describes where its own unit lies, it does not speak of them.
_BORDERING = re.compile(
    rf"(?<![^\W\d_])(?i:giáp)(?:\s+(?i:với))?\s+(?:(?:{PLACE_PATTERN})\s*(?:,|(?i:và))\s*)*$"
)


def _borders(text: str, start: int) -> bool:
    """Whether the place named at ``start`` is named as a neighbour ("giáp huyện A")."""
    return _BORDERING.search(text, max(0, start - 120), start) is not None


#: A place written right after another, as where that one lies: "huyện Hải Hậu, tỉnh Nam
#: Định", "xã A (huyện B)".
_LIES_IN_BEFORE = re.compile(rf"(?:{PLACE_PATTERN})\s*[,(\-–]\s*$")


def _where_it_lies(text: str, start: int, level: Level) -> bool:
    """Whether the place of ``level`` named at ``start`` only says where the lower place
    before it lies."""
    m = _LIES_IN_BEFORE.search(text, max(0, start - 60), start)
    inner = parse_place(m.group()) if m else None
    return (
        inner is not None
        and inner.level is not None
        and _PLACE_RANK.get(inner.level, 9) < _PLACE_RANK.get(level, 9)
    )


#: Units counted "of" a level word standing for a place: "7/7 thôn của xã đạt chuẩn", "100%
#: hộ dân trong xã", "các ấp thuộc xã" (not "của xã Tân Lập", which names it).
_UNITS_OF_LEVEL = re.compile(
    r"(?i:(?:thôn|xóm|ấp|bản|buôn|làng|tổ\s+dân\s+phố|khu\s+dân\s+cư|hộ(?:\s+dân)?)\s+"
    r"(?:của|trong|thuộc|trên\s+địa\s+bàn)\s+(?:toàn\s+)?(?P<level>xã|huyện|thị\s+xã))(?!\w)"
    rf"(?![ \t]+[{CAPITALS}])"
)


#: District-level units counted "trên địa bàn Thành phố/Tỉnh" with no name after: the
#: province (or centrally-run city) the text is about, as a formal text writes its own unit
#: ("Thủ tướng … công nhận cho 03/05 huyện trên địa bàn Thành phố đạt chuẩn").
_DISTRICTS_OF_PROVINCE = re.compile(
    r"(?i:(?:huyện|thị\s+xã|quận|(?:đơn\s+vị|địa\s+phương)\s+cấp\s+huyện)\s+"
    r"(?:của|trong|thuộc|trên\s+địa\s+bàn)\s+(?:toàn\s+)?)(?P<level>Thành\s+phố|Tỉnh|"
    r"thành\s+phố|tỉnh)(?!\w)"
    rf"(?![ \t]+[{CAPITALS}])"
)


def _units_of_level(sections: Sections, block: Block, s: int, at: int, end: int) -> str | None:
    """The place a level word stands for in the units a statement counts ("Hiện 7/7 thôn của
    xã đạt chuẩn" after "… xã Nghi Hoa có nhiều đổi thay"; "03/05 huyện trên địa bàn Thành
    phố": the province or city of the text): the one of that level named before, as
    :func:`whole_level` reads "toàn xã"."""
    m = _UNITS_OF_LEVEL.search(sections.text, at, end)
    if m is None:
        m = _DISTRICTS_OF_PROVINCE.search(sections.text, at, end)
        if m is None:
            return None
        level = Level.PROVINCE
    else:
        level = _SPEAKER_LEVEL[" ".join(m.group("level").lower().split())]
    return level_meant(
        sections.text,
        level,
        m.start("level"),
        sections.places_by_level(),
        topic_before(sections, block, s),
        own=sections.own,
        near=_paragraph_start(sections, block),
    )


def _not_below_whole(text: str, s: int, at: int, found: str | None) -> str | None:
    """``found``, unless the statement speaks of a whole unit ("toàn tỉnh", "cả huyện") of a
    level above it."""
    if found is None:
        return None
    whole = _whole_level_said(text, s, at)
    place = parse_place(found) if whole is not None else None
    if whole is None or place is None or place.level is None:
        return found
    if _PLACE_RANK.get(place.level, 9) >= _PLACE_RANK.get(whole, 0):
        return found
    if _part_after_whole(text, s, at, place):
        return found
    # "Tại An Giang, … toàn tỉnh có 21 xã": the name read as a lower unit is the province's
    named = place_named(place.name) if whole is Level.PROVINCE else None
    if named is None or named.level is not Level.PROVINCE:
        return None
    return f"tỉnh {named.official_name or named.name}"


def _part_after_whole(text: str, s: int, at: int, place: Place) -> bool:
    """Whether ``place`` is named after the whole ("toàn tỉnh") got a figure of its own, so
    is a part the sentence goes on to break the whole into: "Bình quân toàn tỉnh đạt 15,1
    tiêu chí/xã, trong đó huyện A đạt 16,3 tiêu chí/xã" (the 16,3 is huyện A's)."""
    written = text.rfind(place.name, s, at)
    if written < 0:
        return False
    wholes = [m for m in _WHOLE_LEVEL.finditer(text, s, written)]
    if not wholes:
        return False
    return _FIGURE.search(text, wholes[-1].end(), written) is not None


def _whole_level_said(text: str, s: int, at: int) -> Level | None:
    """The level a statement speaks of as a whole, naming no unit ("toàn tỉnh", "cả huyện"
    with no name after it), in ``text[s:at]``; not a whole a "trong đó" then breaks down
    ("Toàn tỉnh có 3/9 huyện …, trong đó huyện A có 100% số xã …": the part's)."""
    for m in _WHOLE_LEVEL.finditer(text, s, at):
        if not (m.group("next") and m.group("next").strip().isupper()):
            if _BREAKDOWN.search(text, m.end(), at):
                continue
            return _SPEAKER_LEVEL[" ".join(m.group("level").lower().split())]
    return None


_BREAKDOWN = re.compile(r"(?i:(?<!\w)trong\s+đó(?!\w))")


def _speaks_above_commune(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` speaks of a district or a province by its level word alone
    ("toàn huyện", "huyện đã có …", "tỉnh này")."""
    words = [
        m.group("level")
        for m in _WHOLE_LEVEL.finditer(text, start, end)
        if not (m.group("next") and m.group("next").strip().isupper())  # "toàn huyện Gia Lâm"
    ]
    words += [m.group(_level_group(m)) for m in _LEVEL_SUBJECT.finditer(text, start, end)]
    return any(_SPEAKER_LEVEL[" ".join(w.lower().split())] is not Level.COMMUNE for w in words)
