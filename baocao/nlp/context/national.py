"""The whole country and its regions: "cả nước" right before a figure, opening a
clause, a paragraph, a heading or a headline, a text that sets its figures against the
country's, and the country's regions a figure is given for.
"""

from __future__ import annotations

import re
from functools import cache

from baocao.nlp.context.common import _CLAUSE_MARK, _FIGURE, _WHOLE_LEVEL, NATIONAL, _place
from baocao.nlp.context.places import _bare_place, place_at_start
from baocao.nlp.context.sections import Sections
from baocao.nlp.context.topics import HEADLINE_BLOCKS, _headline_province
from baocao.nlp.segment import Block, BlockKind
from baocao.vocab.patterns import cues
from baocao.vocab.places import NATIONAL_PATTERN, region_written_as_place, regions_in

_NATIONAL = re.compile(NATIONAL_PATTERN)


#: A place ranked among the country's, right before it is named: "đứng thứ 3 cả nước",
#: "nằm trong nhóm dẫn đầu cả nước".
_NATIONAL_RANK_BEFORE = re.compile(
    r"(?:" + cues().pattern("national_rank") + r")[^,.;:\n]{0,25}$", re.IGNORECASE
)


#: A measure named with the whole country at its clause's opening: "Tỷ lệ hộ nghèo cả nước
#: năm 2006 tính theo chuẩn cũ là 15,5%".
_NATIONAL_MEASURE = re.compile(
    r"(?:^|(?<=[.!?:;,\n]))\s*[\W\d_]*(?i:tỷ\s+lệ|tỉ\s+lệ|thu\s+nhập|bình\s+quân|trung\s+bình)"
    r"[^.;:,\d]{0,40}?" + NATIONAL_PATTERN
)

#: How far before its figure a measure of the country may open its clause.
NATIONAL_MEASURE_WINDOW = 100


def _national_measure(text: str, start: int, at: int) -> bool:
    """Whether the clause of ``at`` opens with a measure of the whole country and names no
    place or region before the figure ("Tỷ lệ hộ nghèo cả nước năm 2006 … là 15,5%")."""
    lo = max(start, at - NATIONAL_MEASURE_WINDOW)
    found = None
    for m in _NATIONAL_MEASURE.finditer(text, lo, at):
        found = m
    if found is None or re.search(r"[,;:(]", text[found.end() : at]):
        return False
    return _place().search(text, found.end(), at) is None and not regions_in(text, found.end(), at)


def national_before(text: str, start: int, at: int, *, window: int = 30) -> bool:
    """Whether the words just before ``at`` name the whole country ("bình quân toàn quốc là
    10,82 tiêu chí/xã") with no place written between."""
    lo = max(start, at - window)
    found = None
    for m in _NATIONAL.finditer(text, lo, at):
        found = m
    if found is None:
        return _national_measure(text, start, at)
    if _NATIONAL_RANK_BEFORE.search(text, max(0, found.start() - 40), found.start()):
        # "đứng thứ 3 cả nước với 95% số xã …", "vùng X có tỷ lệ thấp nhất cả nước (4,6%)":
        # the place ranked, not the country
        return False
    if re.fullmatch(r"\s*\(\s*", text[found.end() : at]):
        return True  # "bình quân cả nước (11,6 tiêu chí/xã)": the country's, in brackets
    if re.search(r"[,;:(]", text[found.end() : at]):
        return False  # "so với bình quân toàn quốc, tỉnh đạt …": another clause
    return _place().search(text, found.end(), at) is None


def _region_or(subject: str | None) -> str | None:
    """A subject written "tỉnh <region>" ("các tỉnh Tây Nguyên") is the region."""
    return region_written_as_place(subject) or subject


#: A region set against, not spoken of: "cao hơn bình quân vùng Tây Nguyên", "so với Đông
#: Nam Bộ"; or the group a place is ranked in: "thấp nhất Tây Nguyên", "dẫn đầu khu vực
#: Đông Nam Bộ" (not "thấp nhất là Tây Nguyên", where the region is the one ranked).
_AGAINST_REGION_BEFORE = re.compile(
    r"(?i:(?<!\w)(?:so\s+với|hơn|bằng|của|thuộc|nằm\s+(?:ở|trong)|(?<!các\s)tỉnh|huyện"
    r"|(?:(?:cao|thấp)\s+nhất|(?:dẫn|đứng)\s+đầu)(?:\s+(?:trong|ở|tại|của|toàn))?)\s+"
    r"(?:(?:bình\s+quân|trung\s+bình|mức|chung|vùng|khu\s+vực)\s+)*)$"
)


def _region_before(text: str, s: int, at: int) -> str | None:
    """The country's region a figure is given for, named after the figure before it in its
    clause ("Hai vùng Đông Nam Bộ và đồng bằng sông Cửu Long 600 tỷ đồng/xã" → "vùng Đông
    Nam Bộ, vùng đồng bằng sông Cửu Long": the pair, or each by :func:`regions_joined`;
    "…, 28 tỷ đồng/xã và thấp nhất là Tây Nguyên, 21 tỷ đồng/xã" → vùng Tây Nguyên for
    21), not one set against ("cao hơn vùng Tây Nguyên") nor where a place lies ("Đắk Lắk,
    một tỉnh thuộc Tây Nguyên, có …")."""
    lo = s
    for f in _FIGURE.finditer(text, s, at):
        lo = f.end()
    found = regions_in(text, lo, at)
    for i, (r_start, r_end, label) in enumerate(found):
        if not _AGAINST_REGION_BEFORE.search(text, max(s, r_start - 40), r_start):
            if i + 1 < len(found):
                joined = _REGIONS_JOINED.fullmatch(text, r_end, found[i + 1][0])
                if joined is not None:
                    # "Hai vùng A và vùng B 600 tỷ đồng/xã", "vùng A và B", "vùng ĐBSH-BTB":
                    # one figure of the pair, named as several places are ("vùng A, vùng
                    # B"), however the text joins them: "vùng A và B" could be one region
                    # ("vùng Trung du và miền núi phía Bắc")
                    return f"{label}, {found[i + 1][2]}"
            return label
    return None


#: What may stand between two regions named together: "Hai vùng A và vùng B", "A, B và C".
_REGIONS_JOINT = re.compile(r"\s*(?:,|(?i:và|cùng))?\s*(?:(?i:vùng)\s+)?")


def regions_joined(text: str, s: int, at: int) -> tuple[str, ...] | None:
    """The country's regions named together as the subject of the figure at ``at`` ("Hai
    vùng Đồng bằng sông Hồng và vùng Đông Nam Bộ có tỷ lệ …", "vùng Tây Nguyên và Đông Nam
    Bộ đạt …"), each of which the figure is given for; None unless two or more are, joined
    by nothing but "và", "cùng", a comma or the word "vùng"."""
    lo = s
    for f in _FIGURE.finditer(text, s, at):
        lo = f.end()
    found = [
        r
        for r in regions_in(text, lo, at)
        if not _AGAINST_REGION_BEFORE.search(text, max(s, r[0] - 40), r[0])
    ]
    if len(found) < 2:
        return None
    for (_, a_end, _), (b_start, _, _) in zip(found, found[1:], strict=False):
        if not _REGIONS_JOINT.fullmatch(text, a_end, b_start):
            return None
    labels = tuple(dict.fromkeys(label for _, _, label in found))
    return labels if len(labels) > 1 else None


#: Between two regions a figure is given for together: "và", "và vùng", the dash of an
#: abbreviated pair ("ĐBSH-BTB").
_REGIONS_JOINED = re.compile(r"\s*(?:(?i:và)|[-–])\s*(?:(?i:vùng)\s+)?")


@cache
def _national_topic() -> re.Pattern[str]:
    # "Trên phạm vi cả nước, …", "Tính chung toàn quốc, …": the country as the paragraph's topic
    return re.compile(
        rf"(?:(?i:{cues().pattern('national_topic')})\s+)?{NATIONAL_PATTERN}\s*,",
    )


def _national_block(sections: Sections, block: Block, s: int, known: dict[str, str]) -> str | None:
    """The whole country, for a sentence naming no place in a paragraph that opens with the
    country as its subject ("Cả nước có 8.000 xã …. Ngân sách nhà nước hỗ trợ 20%, …") or
    topic ("Trên phạm vi cả nước, …"), unless
    a sentence between opens with a place of its own."""
    text = sections.text
    if not (
        _NATIONAL_SUBJECT.match(text, block.body, block.end)
        or _NATIONAL_SUBJECT_OPENING.match(text, block.body, block.end)
        or _national_topic().match(text, block.body, block.end)
    ):
        return None
    for ss, se in sections.sentences(block)[1:]:
        if ss >= s:
            break
        if place_at_start(text, ss, se, known=known) or regions_in(text, ss, min(se, ss + 40)):
            return None
    return NATIONAL


#: A heading that names the whole country and no place: "I. KHÁI QUÁT CẢ NƯỚC", "1. Kết quả
#: của cả nước".
_NATIONAL_IN_HEADING = re.compile(NATIONAL_PATTERN)

_UNIT_WORD = re.compile(r"(?i:(?<!\w)(?:tỉnh|huyện|thị\s+xã|thành\s+phố|xã)(?!\w))")


def _national_heading(sections: Sections, block: Block) -> str | None:
    """The whole country, for a statement naming no place under a heading that names the
    country and no unit of its own ("I. KHÁI QUÁT CẢ NƯỚC" over "… bình quân 45 tỷ
    đồng/xã"); not one that sets a place against the country ("So sánh với cả nước")."""
    text = sections.text
    for heading in sections.headings(block)[:1]:
        written = text[heading.body : heading.end]
        if (
            _NATIONAL_IN_HEADING.search(written)
            and not _SET_AGAINST_NATION.search(written)
            and not _UNIT_WORD.search(written)
            and _place().search(written) is None
        ):
            return NATIONAL
    return None


def _national_opening(text: str, s: int, at: int) -> str | None:
    """The whole country, for a statement whose sentence opens with it as the subject ("Cả
    nước có 45% xã …, 70 đơn vị cấp huyện …", "Tính đến nay, cả nước đã có …")."""
    if _NATIONAL_SUBJECT.match(text, s, at) or _NATIONAL_SUBJECT_OPENING.match(text, s, at):
        return NATIONAL
    return None


#: The whole country as the subject of a clause: "cả nước có 6.044/8.177 xã", "toàn quốc
#: đã có …".
_NATIONAL_SUBJECT = re.compile(
    rf"{NATIONAL_PATTERN}\s+(?i:(?:(?:đã|hiện|mới|cũng|nay)\s+)*(?:có|đạt))(?!\w)"
)


#: A sentence opening with the country as its subject after a lead-in ("Tính đến nay, cả
#: nước đã có …").
_NATIONAL_SUBJECT_OPENING = re.compile(
    rf"[^\d,;.]{{0,30}},\s*{NATIONAL_PATTERN}\s+(?i:(?:(?:đã|hiện|mới|cũng|nay)\s+)*(?:có|đạt))(?!\w)"
)


def _bare_clause_opening(text: str, s: int, at: int, known: dict[str, str]) -> str | None:
    """The place written bare (a province, or a place named before with its prefix) that
    opens the last clause before ``at`` after the country's ("…, Hà Tĩnh đạt …")."""
    found = list(_NATIONAL_SUBJECT.finditer(text, s, at))
    if not found:
        return None
    place = None
    for m in _CLAUSE_MARK.finditer(text, found[-1].end(), at):
        place = _bare_place(text, m.end(), at, known) or place
    return place


def _national_subject_before(text: str, s: int, at: int) -> bool:
    """Whether the country is the subject of a clause between ``s`` and ``at`` and no place
    is written after it."""
    found = list(_NATIONAL_SUBJECT.finditer(text, s, at))
    return bool(found) and _place().search(text, found[-1].end(), at) is None


_NATIONAL_OPENING = re.compile(rf"[\W\d_]*{NATIONAL_PATTERN}")


def _item_of_its_own(sections: Sections, block: Block) -> bool:
    """Whether ``block`` is a list item that speaks of a whole unit of its own, never naming
    it ("• Kết quả đến 30/6 - … Toàn tỉnh có 20 xã …" in a digest whose first item is the
    country's): the country a national lead carries stops at the item, which takes the
    document's place instead."""
    if block.kind is not BlockKind.ITEM:
        return False
    text = sections.text
    for m in _WHOLE_LEVEL.finditer(text, block.start, block.end):
        if m.group("level").lower() == "xã":
            continue
        after = text[m.end() : m.end() + 2].lstrip(" \t")
        if not after[:1].isupper():
            return True
    return False


def _national_text(sections: Sections) -> str | None:
    """The whole country, for a text whose headline opens with it ("Cả nước có hơn 73% số
    xã đạt chuẩn …"): a figure naming no place in a national text is the country's."""
    if _SET_AGAINST_NATION.search(sections.text):
        return None  # "… cao hơn bình quân cả nước": a text of its own place, not the country's
    for block in sections.blocks[:HEADLINE_BLOCKS]:  # a date banner may come first
        if _NATIONAL_OPENING.match(sections.text, block.start, block.end):
            return NATIONAL
    # "74% xã trên cả nước đạt chuẩn …": a headline that names the country and no other place
    first = sections.blocks[0] if sections.blocks else None
    if (
        first is not None
        and _NATIONAL.search(sections.text, first.start, first.end)
        and _place().search(sections.text, first.start, first.end) is None
        and _headline_province(sections) is None
    ):
        return NATIONAL
    return None


# A text setting its figures against the country's ("cao hơn 2,3 tiêu chí so với bình quân
# cả nước", "thấp hơn mức của toàn quốc") is about a place of its own.
_SET_AGAINST_NATION = re.compile(
    r"(?i:(?<!\w)(?:so\s+với|hơn|bằng)\s+(?:(?:bình\s+quân|trung\s+bình|mức|của|chung)\s+)*"
    rf"){NATIONAL_PATTERN}"
    r"|(?i:" + cues().pattern("national_rank") + r")[^,.;:\n]{0,25}?" + NATIONAL_PATTERN
)
