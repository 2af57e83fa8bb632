"""Who issued an official document, and to whom it is sent.

An official header opens with its issuer, often under the body it belongs to (Nghị định
30/2020/NĐ-CP)::

    UBND TỈNH QUẢNG TRỊ                  ĐẢNG BỘ HUYỆN HẢI LĂNG         BAN CHỈ ĐẠO CÁC CTMTQG
    VĂN PHÒNG ĐIỀU PHỐI NTM              ĐẢNG ỦY XÃ HẢI PHONG           TỈNH BÌNH PHƯỚC

The unit of such a document is the lowest place its issuer lines name: the issuer's own
place, not its parent's. A letter's addressees ("Kính gửi: UBND huyện A; …") and its
distribution list ("Nơi nhận: …") name other units, never its own.
"""

from __future__ import annotations

import re

from baocao.model import Level, Place
from baocao.vocab.patterns import cues
from baocao.vocab.places import NAME_PATTERN, PLACE_PATTERN, parse_place

__all__ = ["blank_addressees", "issuer_unit"]

#: How many of a document's first lines its issuer block may span.
ISSUER_LINES = 4
#: How long an issuer line may be ("BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA TỈNH …").
ISSUER_LINE_CHARS = 100

_ISSUER = re.compile(r"\s*(?:" + cues().pattern("issuer") + ")")
_LEVEL_COMMITTEE = re.compile(
    r"\s*(?P<level>" + cues().pattern("level_committee") + r")[ \t]+(?P<name>" + NAME_PATTERN + ")"
)
_COMMITTEE_PREFIX = {"huyện": "huyện", "tỉnh": "tỉnh", "thành": "thành phố", "thị": "thị xã"}
_PLACE = re.compile(PLACE_PATTERN)
#: A header's second column ("… CỘNG HÒA XÃ HỘI …"), set off by a tab or three spaces.
_COLUMN_GAP = re.compile(r"\t|[ ]{3,}")
#: Lines that end the issuer block: the number, the motto, the date line, a title word.
_BLOCK_END = re.compile(
    r"(?i:số\b|số\s*:|cộng\s+hòa|cộng\s+hoà|độc\s+lập|v/v|về\s+việc|báo\s+cáo|kế\s+hoạch"
    r"|quyết\s+định|tờ\s+trình|công\s+văn|nghị\s+quyết|thông\s+báo|kính\s+gửi)"
)
#: A place prefix left alone at a line's end: "TỈNH" ⏎ "QUẢNG TRỊ" is one place.
_PREFIX_ALONE = re.compile(
    r"(?im)^((?:[^\n]*[ \t])?"
    r"(?:tỉnh|huyện|xã|thị[ \t]+xã|thành[ \t]+phố|thị[ \t]+trấn|phường))[ \t]*\n"
)
_RANK = {Level.COMMUNE: 0, Level.DISTRICT: 1, Level.PROVINCE: 2}


def _issuer_lines(text: str) -> list[str]:
    """The document's first lines up to its number, motto, date or title: each line's first
    column, without the bold or heading marks a conversion leaves."""
    lines: list[str] = []
    for line in text.lstrip().split("\n"):
        clean = _COLUMN_GAP.split(line.strip(), 1)[0].strip().strip("*_#").strip()
        if not clean:
            continue
        if len(lines) == ISSUER_LINES or _BLOCK_END.match(clean) or len(clean) > ISSUER_LINE_CHARS:
            break
        if re.search(r"\d", clean):
            break
        lines.append(clean)
    return lines


def issuer_unit(text: str) -> Place | None:
    """The unit of a document whose first line names an issuing body ("ỦY BAN NHÂN DÂN",
    "BAN CHỈ ĐẠO …", "VĂN PHÒNG ĐIỀU PHỐI …", "ĐẢNG BỘ …", "HUYỆN ỦY …"): the lowest place
    its issuer lines name, in any casing, a prefix and its name on two lines read as one.
    None when the text does not open so, or names no place there."""
    lines = _issuer_lines(text)
    if not lines:
        return None
    if _ISSUER.match(lines[0]) is None and _LEVEL_COMMITTEE.match(lines[0]) is None:
        return None
    block = _PREFIX_ALONE.sub(r"\1 ", "\n".join(lines))
    places = []
    for line in block.split("\n"):
        # a header's line is the body's name alone: "UBND huyện A tổ chức lễ …" going on
        # after the place is a headline, not an issuer
        committee = _LEVEL_COMMITTEE.match(line)
        if committee is not None:  # "HUYỆN ỦY A" is huyện A, not a huyện "Ủy A"
            if not line[committee.end() :].strip(" .,"):
                prefix = _COMMITTEE_PREFIX[committee.group("level").split()[0].casefold()]
                places.append(parse_place(f"{prefix} {committee.group('name')}"))
            continue
        for m in _PLACE.finditer(line):
            if not line[m.end() :].strip(" .,"):
                places.append(parse_place(m.group()))
    ranked = [(_RANK[p.level], i, p) for i, p in enumerate(places) if p and p.level in _RANK]
    return min(ranked)[2] if ranked else None


#: How long a line of an addressee list may be: a longer one is the letter's first paragraph
#: ("Ủy ban nhân dân tỉnh nhận được …").
ADDRESSEE_CHARS = 100
_ADDRESSEE = re.compile(r"^[ \t*_#]*(?:" + cues().pattern("addressee") + r")[ \t*_]*:?", re.M)
#: A line of an addressee list: an item mark, or a body written at its opening.
_ADDRESSEE_ITEM = re.compile(
    r"[ \t]*(?:[-–+•·*][ \t]*|(?i:ubnd|ủy\s+ban|uỷ\s+ban|sở|ban|phòng|như\s+trên|lưu)(?!\w))"
)


def blank_addressees(text: str) -> str:
    """``text`` with its addressee lists blanked (offsets kept): a "Kính gửi:" line and the
    list items under it, and a "Nơi nhận:" list to the end of its items."""
    out = list(text)
    for m in _ADDRESSEE.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        while end < len(text):
            nxt = text.find("\n", end + 1)
            nxt = len(text) if nxt < 0 else nxt
            if nxt - end > ADDRESSEE_CHARS or not _ADDRESSEE_ITEM.match(text, end + 1, nxt):
                break
            end = nxt
        for i in range(m.start(), end):
            if out[i] != "\n":
                out[i] = " "
    return "".join(out)
