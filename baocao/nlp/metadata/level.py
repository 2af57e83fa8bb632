"""The level a text speaks as when it names no unit of its own.

A portal page or a news item often never names its unit ("toàn huyện có 14/16 xã …", "xã
đã đạt 19/19 tiêu chí", "Đảng bộ xã …"): its name is only in the page's address. Its level
is still the level it speaks as, read in three steps, each only when the one before finds
nothing:

1. the text's own voice — "toàn X", "trên địa bàn X", "UBND X" with no name after it, and
   an organ of the level named by the level alone ("Đảng bộ xã", "HĐND huyện"); a headline's
   voice outweighs the body's (as :func:`~baocao.nlp.metadata.unit.body._body_unit` weighs it);
2. a bare level word as a sentence's subject ("huyện đã …", "xã đạt …", "tỉnh phấn đấu …").

A tie goes to the higher level: a province's text goes through its districts, each "toàn
huyện" in turn, while a district's text speaks of its province only to rank itself in it
("xếp thứ 7 toàn tỉnh", never counted). "thành phố" says no level: it is a province's city
as well as a district's.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from baocao.data.lexicon import fold
from baocao.model import Level
from baocao.nlp.metadata.common import (
    _BARE_COMMUNE,
    _BARE_DISTRICT,
    _BARE_PROVINCE,
    _SELF_LEVEL,
    _SELF_REFERENCE,
    ranked_within,
)
from baocao.vocab.patterns import cues

#: The weight of a headline's voice against the body's (each 1 or 2).
HEADLINE_WEIGHT = 100

_RANK = {Level.COMMUNE: 0, Level.DISTRICT: 1, Level.PROVINCE: 2}

#: A capitalised word right after the level: "toàn tỉnh Đồng Nai", "Đảng bộ xã Tân Lập"
#: name a place, not the text's self.
_NAMED = re.compile(r"[ \t]+[^\W\d_]")
#: A count or a share right before a bare level word: "11/11 huyện đã …", "100% xã đạt …"
#: (not a year: "Năm 2025 tỉnh đặt mục tiêu …").
_COUNTED = re.compile(r"(?:(?<![\d.,])\d{1,3}|%)[ \t]*$")


@cache
def _own_organ() -> re.Pattern[str]:
    """An organ named by its level alone: "Đảng bộ xã", "HĐND huyện", "Đảng ủy thị trấn"."""
    return re.compile(
        rf"(?:{cues().pattern('own_organ')})\s+"
        r"(?P<level>thị\s+xã|huyện|xã|phường|thị\s+trấn|tỉnh)(?!\w)(?![ \t]+hội(?!\w))",
        re.IGNORECASE,
    )


def _level_word(word: str) -> Level | None:
    word = " ".join(word.lower().split())
    return None if word == "thành phố" else _SELF_LEVEL[word]


def _named_after(text: str, end: int) -> bool:
    m = _NAMED.match(text, end)
    return m is not None and m.group().strip()[0].isupper()


def _voice(text: str, weights: Counter[Level], weight: int | None = None) -> None:
    """Add the self-references of ``text`` to ``weights`` (``weight`` each, else 2 for
    "toàn"/"trên địa bàn", 1 for an organ)."""
    for m in _SELF_REFERENCE.finditer(text):
        if _named_after(text, m.end("level")) or ranked_within(text, m.start()):
            continue  # "UBND huyện Sông Lô" names a place; "xếp thứ 7 toàn tỉnh" a rank
        level = _level_word(m.group("level"))
        if level is not None:
            organ = fold(m.group("how")).startswith(("ubnd", "uy"))
            weights[level] += weight or (1 if organ else 2)
    for m in _own_organ().finditer(text):
        if not _named_after(text, m.end("level")):
            level = _level_word(m.group("level"))
            if level is not None:
                weights[level] += weight or 1


def _highest(weights: Counter[Level]) -> Level | None:
    if not weights:
        return None
    return max(weights, key=lambda level: (weights[level], _RANK[level]))


def spoken_level(text: str, headline: str | None = None) -> Level | None:
    """The level ``text`` speaks as itself (see the module docstring), if any."""
    weights: Counter[Level] = Counter()
    _voice(headline or "", weights, HEADLINE_WEIGHT)
    _voice(text, weights)
    if weights:
        return _highest(weights)
    for level, pattern in (
        (Level.PROVINCE, _BARE_PROVINCE),
        (Level.DISTRICT, _BARE_DISTRICT),
        (Level.COMMUNE, _BARE_COMMUNE),
    ):
        for m in pattern.finditer(text):
            if not _named_after(text, m.end()) and not _COUNTED.search(
                text, max(0, m.start() - 8), m.start()
            ):
                weights[level] += 1
    return _highest(weights)
