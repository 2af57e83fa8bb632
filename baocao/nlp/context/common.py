"""The patterns every part of a mention's context reads: a place with its prefix, a
figure, the clause marks, the whole country, the level words ("toàn huyện", "xã này") and
the rank of each level.
"""

from __future__ import annotations

import re
from functools import cache

from baocao.data.lexicon import CAPITALS
from baocao.model import Level
from baocao.vocab.patterns import cues
from baocao.vocab.places import PLACE_PATTERN

#: The whole country: "bình quân toàn quốc là …", "cả nước có …".
NATIONAL = "cả nước"


@cache
def _place() -> re.Pattern[str]:
    return re.compile(PLACE_PATTERN)


_FIGURE = re.compile(r"\d")

_SPEAKER_LEVEL = {
    "xã": Level.COMMUNE,
    "phường": Level.COMMUNE,
    "thị trấn": Level.COMMUNE,
    "huyện": Level.DISTRICT,
    "thị xã": Level.DISTRICT,
    "tỉnh": Level.PROVINCE,
}


#: "toàn huyện", "cả tỉnh", "trên địa bàn huyện" with no name after: the unit of that level
#: the text is in.
_WHOLE_LEVEL = re.compile(
    r"(?i:(?<!\w)(?:toàn|cả|trên\s+địa\s+bàn)\s+(?P<level>tỉnh|huyện|thị\s+xã|xã))(?!\w)"
    r"(?P<next>[ \t]+\w)?"
)


#: A level word alone as the subject of a clause: "…, đến nay xã mới đạt 12/19 tiêu chí",
#: "Huyện đã có 26/26 xã …", "Tỉnh đã huy động 5.000 tỷ đồng".
_LEVEL_SUBJECT = re.compile(
    r"(?:^|(?<=[,;:.\n\"“])|(?<=[,;:.\"“]\s)|(?i:(?<=nay)|(?<=hiện)|(?<=đó)))\s*"
    r"(?P<level>(?i:xã|huyện|tỉnh|thị\s+xã))\s+"
    r"(?i:(?:(?:đã|mới|hiện|đang|cũng|vẫn|chỉ|nay|còn|tiếp\s+tục)\s+)*"
    rf"(?:{cues().pattern('reach_verb')}|có|huy\s+động|giải\s+ngân))(?!\w)"
    # "xã này", "của huyện này": a unit the text named before
    r"|(?<![^\W\d_])(?P<level2>(?i:xã|huyện|tỉnh|thị\s+xã))\s+(?i:này)(?!\w)"
    # "Mục tiêu của tỉnh đến năm 2025 có …": the level word owning the goal its sentence sets
    rf"|(?:{cues().pattern('level_owner')})\s+(?P<level3>(?i:xã|huyện|tỉnh|thị\s+xã))(?!\w)"
    rf"(?![ \t]+[{CAPITALS}])"
)


def _level_group(m: re.Match[str]) -> str:
    """The group of a :data:`_LEVEL_SUBJECT` match that holds its level word."""
    return next(g for g in ("level", "level2", "level3") if m.group(g))


#: Levels from the lowest, to tell a place from the one it lies in.
_PLACE_RANK = {Level.VILLAGE: 0, Level.COMMUNE: 1, Level.DISTRICT: 2, Level.PROVINCE: 3}


_CLAUSE_MARK = re.compile(r"[,;]\s*")
