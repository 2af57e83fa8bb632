"""Subjects: the place a statement is about, from its own words (national, a
speaker's, joined, inside, before it, a region, a level word) out to what it does not say:
its clauses, its block, its paragraph, its headings and the text.
"""

from __future__ import annotations

import re

from baocao.model import Level
from baocao.nlp.context.common import _CLAUSE_MARK, _FIGURE, NATIONAL, _place
from baocao.nlp.context.communes import _commune_carry_ends, _own_subject_above_commune
from baocao.nlp.context.joined import places_joined
from baocao.nlp.context.levels import (
    _not_below_whole,
    _units_of_level,
    _whole_level_of,
    _whole_level_said,
)
from baocao.nlp.context.national import (
    _NATIONAL_SUBJECT,
    _bare_clause_opening,
    _item_of_its_own,
    _national_block,
    _national_heading,
    _national_opening,
    _national_subject_before,
    _national_text,
    _region_before,
    national_before,
)
from baocao.nlp.context.places import (
    _NAME_AT,
    _bare_place,
    _breakdown_place,
    _qualified,
    people_place,
    place_at_start,
    place_before,
    place_inside,
    speakers_place,
    units_at_named,
)
from baocao.nlp.context.sections import Sections
from baocao.nlp.context.topics import REGION_OPENING, _named_heading, topic_before, topic_line
from baocao.nlp.segment import Block, BlockKind
from baocao.vocab.patterns import cues
from baocao.vocab.places import parse_place, place_key, regions_in

#: A place giving money to the one a sentence is about: "Tỉnh Đắk Lắk (cũng) hỗ trợ …".
_GIVES_AFTER = re.compile(
    r"\s+(?:(?i:cũng|đã|còn|tiếp\s+tục|trực\s+tiếp)\s+)*(?i:hỗ\s+trợ|phân\s+bổ|bố\s+trí)(?!\w)"
)


def _subject(sections: Sections, block: Block, s: int, e: int, at: int, end: int) -> str | None:
    """The nearest place the statement is about: inside it ("… của tỉnh Bắc Ninh"), just
    before it (or the whole country), at the start of its sentence or of its block, or the
    place the text switched to with a line of its own."""
    text = sections.text
    known = sections.named_places()
    if national_before(text, s, at):
        return NATIONAL
    own = (
        speakers_place(text, s, at, block.start, block.end)
        or places_joined(text, s, e)
        or place_inside(text, at, max(end, e))
        or units_at_named(text, s, at, known)
        or _place_right_after(text, end, e)
        or _units_of_level(sections, block, s, at, max(end, e))
        # a place named before the statement but below the whole it speaks of ("Chủ tịch
        # UBND huyện A …, nâng số xã đạt chuẩn trên toàn tỉnh lên 37 xã"): the whole's
        or _not_below_whole(text, s, at, place_before(text, s, at))
        or _not_below_whole(text, s, at, _breakdown_place(text, s, at))
        or _not_below_whole(text, s, at, _bare_clause_subject(text, s, at, known))
        or _not_below_whole(text, s, at, _opening_subject(text, s, e, at, known))
        # "…, người dân Quảng Bình còn đóng góp …": the people's place, written bare
        or _not_below_whole(text, s, at, people_place(text, s, at, known))
        or _region_before(text, s, at)
        or _national_opening(text, s, at)
        or _whole_level_of(sections, block, s, at)
    )
    if own is not None:
        return own
    # what the sentence does not say itself: from its clauses, its paragraph, its headings
    # and the text — never a unit below the whole the sentence speaks of ("Bình quân toàn tỉnh
    # đạt 17,5 tiêu chí/xã" after "… huyện A đang hoàn thiện hồ sơ": the province's, which
    # the reporting unit then stands for)
    carried = _not_below_whole(text, s, at, _carried_subject(sections, block, s, at, known))
    if (
        carried is not None
        and (place := parse_place(carried)) is not None
        and place.level is Level.COMMUNE
        and _own_subject_above_commune(sections, block, s, at, known)
    ):
        # "Để về đích …, Ba Chẽ đặt ra các chỉ tiêu: … có thêm xã A đạt chuẩn nâng cao; 20
        # thôn …": a commune named in passing is no subject of the district's later items
        carried = None
    if carried is None and _whole_level_said(text, s, at) is not None:
        # "thêm xã A được công nhận, nâng số xã đạt chuẩn toàn tỉnh lên 95 xã" in a text that
        # never names its province: the whole is no place the text names, and never the
        # reporting unit below it (the commune): the place is left unknown
        return UNKNOWN_PLACE
    return carried


#: "ở"/"tại" right after a figure, then the place it is of: "thấp nhất là 3% ở xã A, cao
#: nhất 21,5% ở xã B" (the places of a ranked pair).
_AT_AFTER = re.compile(r"[ \t]*(?i:ở|tại)[ \t]+")


def _place_right_after(text: str, end: int, e: int) -> str | None:
    """The place a figure is given for when the place follows it ("… 21,5% ở xã Đinh Trang
    Thượng"), named with its prefix."""
    at = _AT_AFTER.match(text, end, e)
    if at is None:
        return None
    m = _place().match(text, at.end(), e)
    return " ".join(m.group().split()) if m else None


#: A statement's place the text does not name (the whole of a level it never names): not
#: the reporting unit.
UNKNOWN_PLACE = ""


def _carried_subject(
    sections: Sections, block: Block, s: int, at: int, known: dict[str, str]
) -> str | None:
    """The place a statement naming none takes from around it (see :func:`_subject`)."""
    return (
        _clause_subject(sections, block, s, at, known)
        or _antecedent(sections, block, s, known)
        or _block_subject(sections, block, s, known)
        or _national_block(sections, block, s, known)
        or topic_line(sections, block)
        or _named_heading(sections, block)
        or topic_before(sections, block, s)
        or (None if _item_of_its_own(sections, block) else _national_text(sections))
        or _paragraph_place(sections, block, s, at)
        or _national_heading(sections, block)
    )


#: A paragraph opening by pointing back ("Các xã này …", "Huyện này …"; ``back_reference``).
_BACK_REFERENCE = re.compile(r"[\W\d_]*(?:" + cues().pattern("back_reference") + ")")


def _antecedent(sections: Sections, block: Block, s: int, known: dict[str, str]) -> str | None:
    """The place the paragraph before opened with, for a statement of a paragraph that opens
    by pointing back to it and names no place before the statement ("Huyện Duy Tiên có 16/16
    xã …" ⏎ "Các xã này đều có … Tỷ lệ hộ nghèo khu vực nông thôn của huyện còn 1,41%"):
    the words point to that paragraph's subject, not to the first unit of a text on several."""
    text = sections.text
    if block.index == 0 or not _BACK_REFERENCE.match(text, block.body, s):
        return None
    if _place().search(text, block.body, s) is not None:
        return None
    before = sections.blocks[block.index - 1]
    if before.kind is BlockKind.HEADING:
        return None
    return place_at_start(text, before.body, before.end, known=known)


#: The verb after a clause's subject: "…, Châu Thành có 21/22 xã", "…, Chợ Lách đã đạt …".
_CLAUSE_SUBJECT_VERB = re.compile(
    r"\s+(?i:(?:(?:đã|hiện|cũng|vẫn|mới|nay|tiếp\s+tục|sẽ)\s+)*"
    # "…, Bắc Giang tiếp tục phấn đấu có ít nhất 6 xã …": a goal's subject
    r"(?:(?:phấn\s+đấu|quyết\s+tâm|dự\s+kiến)\s+)?(?:có|đạt|hoàn\s+thành|về\s+đích))(?!\w)"
)


def _bare_clause_subject(text: str, s: int, at: int, known: dict[str, str]) -> str | None:
    """The place written bare (a province, or a place known by its name: named with its
    prefix, or a district of the text's province) opening the clause of ``at`` after a
    comma or a semicolon, as its subject ("Riêng Chợ Lách có 9/9 xã, Châu Thành có 21/22
    xã" → huyện Châu Thành for 21/22)."""
    marks = list(_CLAUSE_MARK.finditer(text, s, at))
    if not marks:
        return None
    for i, mark in enumerate(reversed(marks)):
        # "…, Bắc Giang tiếp tục phấn đấu có 6 xã …, tiến tới năm 2025 có 50% số xã …": the
        # nearest clause with a subject of its own, when those after it name no place
        pos = mark.end()
        if i and _place().search(text, pos, at) is not None:
            return None
        name = _NAME_AT.match(text, pos, at)
        if name is not None and _CLAUSE_SUBJECT_VERB.match(text, name.end(), at) is not None:
            return _bare_place(text, pos, at, known)
    return None


#: Who acts for a place, or what a place is set against, so that the place named after it
#: is not the one a paragraph is about: "UBND huyện X", "cao hơn xã Y", "học tập từ xã Z",
#: "xã đầu tiên trong tỉnh T" (a rank among a larger place's units).
_ACTOR_OR_MEASURE_BEFORE = re.compile(
    r"(?i:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Chủ\s+tịch|Thành\s+ủy|"
    r"Huyện\s+ủy|Tỉnh\s+ủy|BCĐ|BCD|với|hơn|bằng|từ|như|thuộc|sau"
    # "trở thành xã đầu tiên trong tỉnh A", "xã duy nhất của huyện B": the larger place a
    # unit is ranked among, not the one the paragraph goes on about
    r"|(?:đầu\s+tiên|duy\s+nhất|thứ\s+(?:\d{1,3}|hai|ba|tư|năm))\s+(?:trong|của|tại|ở)"
    r"(?:\s+(?:toàn|cả))?)\s*$"
)


def _paragraph_place(sections: Sections, block: Block, s: int, at: int) -> str | None:
    """The place a paragraph is about, for a statement naming none: the nearest place its
    sentence names before it ("Được công nhận …, xã A tiếp tục …; tỷ lệ hộ nghèo còn
    1,2%"), else the one place the paragraph named before the sentence ("… diện mạo xã A
    đổi thay. Tỷ lệ hộ nghèo của xã còn 2,3%") — never a place named later, nor one an
    agency acts for or a figure is set against ("cao hơn xã B")."""
    text = sections.text
    known = sections.named_places()

    def subjects(lo: int, hi: int) -> list[str]:
        found = []
        for m in _place().finditer(text, lo, hi):
            if _ACTOR_OR_MEASURE_BEFORE.search(text, max(lo, m.start() - 30), m.start()):
                continue
            if _recipient_of_an_earlier_item(text, m, at):
                continue
            # from the paragraph's start: a ";" inside the brackets may open the clause
            opened = min(lo, block.body)
            if text.rfind("(", opened, m.start()) > text.rfind(")", opened, m.start()):
                continue  # "05 xã (A - huyện B; …)": where the units counted lie
            place = parse_place(m.group())
            if (
                place is None
                or place.level is None
                or place.level is Level.NATIONAL
                or not place.name[:1].isalpha()  # "ngân sách xã 464 tỷ đồng": no place
            ):
                continue
            found.append(_qualified(text, lo, m) or " ".join(m.group().split()))
        return found

    clause = max(s, text.rfind(";", s, at) + 1)
    here = subjects(clause, at)
    if here:
        return here[-1]
    if clause > s or text[block.body : s].rstrip().endswith(":"):
        return None
    lo = block.body
    if text[block.body : s].rstrip().endswith(";"):
        # "Được công nhận …, xã A tiếp tục nâng chất các tiêu chí; tỷ lệ hộ nghèo còn …": the
        # subject of the sentence's first clause, not an item it lists ("Năm 2020 có xã A
        # (huyện B); 5 xã khác đạt …")
        lo = next((ws for ws, we in sections.sentences(block, semicolons=False) if ws <= s < we), s)
    before = subjects(lo, s)
    if any(
        _ITEM_BEFORE.search(text, max(lo, m.start() - 12), m.start())
        for m in _place().finditer(text, lo, s)
    ):
        return None  # the paragraph lists places ("gồm xã A, xã B"): none is its subject
    if before and _commune_carry_ends(sections, lo, s, known):
        return None
    keys = {place_key(p) for p in before}
    if len(keys) > 1:
        # "Trong số các xã điểm của tỉnh Nghệ An, xã Nghi Hoa có nhiều đổi thay. Người dân góp
        # …": a place that owns what is named ("của tỉnh …") is not what the paragraph is about
        own = [
            " ".join(m.group().split())
            for m in _place().finditer(text, lo, s)
            if not _OWNER_BEFORE.search(text, max(lo, m.start() - 8), m.start())
        ]
        own = [p for p in before if place_key(p) in {place_key(o) for o in own}]
        keys = {place_key(p) for p in own}
        before = own
    return before[0] if len(keys) == 1 else None


#: A place money goes to: "hỗ trợ sản xuất cho phường A là 200 triệu đồng".
_RECIPIENT_BEFORE = re.compile(r"(?i:(?<!\w)(?:cho|tới|về)\s+)$")


def _recipient_of_an_earlier_item(text: str, place: re.Match[str], at: int) -> bool:
    """Whether ``place`` is what an amount before ``at`` went to ("…, hỗ trợ sản xuất cho
    phường A là 200 triệu đồng, kinh phí cho Ban chỉ đạo là 15 triệu đồng": the ward is the
    200 million's, not the next item's): named after "cho" with a figure between it and
    ``at``."""
    return (
        _RECIPIENT_BEFORE.search(text, max(0, place.start() - 6), place.start()) is not None
        and _FIGURE.search(text, place.end(), at) is not None
    )


#: A place that owns what the words before it name: "các xã điểm của tỉnh Nghệ An".
_OWNER_BEFORE = re.compile(r"(?i:(?<!\w)của)\s+$")


#: A place listed, not a subject: "có xã A", "gồm xã A", "là xã A".
_ITEM_BEFORE = re.compile(r"(?i:(?<!\w)(?:có|gồm|là|các|những))\s*$")


def _opening_subject(text: str, s: int, e: int, at: int, known: dict[str, str]) -> str | None:
    """The place the sentence opens with, unless it opens by giving money to the place the
    text is about and the statement at ``at`` is a later clause ("Tỉnh Đắk Lắk hỗ trợ 6 tỷ
    đồng, nhân dân đóng góp 3 tỷ đồng": the people's money is not the province's)."""
    found = place_at_start(text, s, e, known=known, government=True)
    if found is None:
        return None
    last = found.split()[-1]
    written = text.find(last, s, e)
    gives = _GIVES_AFTER.match(text, written + len(last), e) if written >= 0 else None
    if gives is not None and re.search(r"[,;]", text[gives.end() : at]):
        return None
    return found


def _block_subject(sections: Sections, block: Block, s: int, known: dict[str, str]) -> str | None:
    """The place a block opens with ("- Thôn Đồng Lão: …"), unless the block is an
    enumeration whose sentences each open with their own place ("Huyện A có 12/12 xã. Huyện
    B có 14/14 xã. Tổng vốn …"): then a sentence naming none is the text's."""
    text = sections.text
    opening = place_at_start(text, block.body, block.end, known=known)
    if opening is None:
        return None
    whole = sections.sentences(block, semicolons=False)
    if whole and s >= whole[0][1] and _commune_carry_ends(sections, whole[0][0], s, known):
        return None
    for ss, se in sections.sentences(block)[1:]:
        if ss >= s:
            break
        other = place_at_start(text, ss, se, known=known)
        if other is not None and place_key(other) != place_key(opening):
            return None
        if other is None and regions_in(text, ss, min(se, ss + REGION_OPENING)):
            return None  # "Tính chung, vùng X đạt …": the region the text goes on about
    return opening


def _clause_subject(
    sections: Sections, block: Block, s: int, at: int, known: dict[str, str]
) -> str | None:
    """The subject of the clause before a semicolon, for a clause naming none ("… cả nước
    có 6.044/8.177 xã …; 1.407 xã đạt chuẩn nâng cao"), or the whole country an earlier
    clause of the same sentence made the subject ("Đến nay, cả nước có 79% xã đạt chuẩn,
    41% xã đạt chuẩn nâng cao và 12% xã …"), with no place named between."""
    text = sections.text
    for ws, we in sections.sentences(block, semicolons=False):
        if ws <= s < we + 1:
            if _national_subject_before(text, s, at):
                # "Bình quân cả nước đạt 18,6 tiêu chí/xã, Hà Tĩnh đạt 19 tiêu chí/xã": a
                # later clause opening with a place written bare is that place's
                return _bare_clause_opening(text, s, at, known) or NATIONAL
            if ws >= s:
                return None
            if _NATIONAL_SUBJECT.search(text, ws, s):
                return NATIONAL
            return place_at_start(text, ws, s, known=known)
    return None
