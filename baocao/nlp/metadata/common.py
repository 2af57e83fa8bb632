"""What the metadata rules share: the places a text writes (read as
:func:`~baocao.vocab.places.parse_place` reads them, but a province no map has), its lines and
sentences, the levels it speaks of as itself, and the years it writes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from baocao.data.lexicon import CAPITALS, fold
from baocao.model import Level, Place
from baocao.vocab.patterns import cues
from baocao.vocab.periods import PERIOD_PATTERN
from baocao.vocab.places import (
    NAME_PATTERN,
    NATIONAL_PATTERN,
    PLACE_PATTERN,
    parse_place,
    place_key,
    region_written_as_place,
    resolve_place,
)

_PLACE = re.compile(PLACE_PATTERN)


_SELF_REFERENCE = re.compile(
    r"(?<![^\W\d_])(?P<how>trên\s+địa\s+bàn|toàn|UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)"
    r"\s+(?P<level>huyện|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn|tỉnh)(?!\w)"
    # ("an toàn xã hội", "toàn xã hội": society, no commune speaking of itself)
    r"(?![ \t]+hội(?!\w))"
    r"(?P<next>[ \t]+\w)?",
    re.IGNORECASE,
)
_SELF_LEVEL = {
    "huyện": Level.DISTRICT,
    "thị xã": Level.DISTRICT,
    "thành phố": Level.DISTRICT,
    "xã": Level.COMMUNE,
    "phường": Level.COMMUNE,
    "thị trấn": Level.COMMUNE,
    "tỉnh": Level.PROVINCE,
}


def _parse_place(text: str) -> Place | None:
    """The first place written in ``text``, as :func:`~baocao.vocab.places.parse_place`
    reads it, but a province no map has: one cut short or misspelt is read as the one
    province it can be ("tỉnh Quảng Ni" → Quảng Ninh), one that can be none is no place at
    all (a foreign province, an official's name after "UBND tỉnh", a name a scan garbled), so
    that every rule falls back to the next place it finds."""
    place = parse_place(text)
    if place is None or place.level is not Level.PROVINCE:
        return place
    if region_written_as_place(place.written):
        return None  # "các tỉnh Đông Nam Bộ": a region's provinces, not "Đồng Nai" misspelt
    resolved = resolve_place(place)
    if resolved.code is None:
        return None
    if place_key(resolved.name) != place_key(place.name):
        return replace(place, name=resolved.name)
    return place


#: A count right before a place prefix: "4 tỉnh Nam Định, Đồng Nai …", "3 huyện Lấp Vò, …"
#: count the places listed after it (examples), the prefix is the counted noun.
_COUNT_BEFORE = re.compile(r"(?<![\w.,/])\d{1,3}(?:\.\d{3})*\s+$")


def _named_places(text: str) -> Iterator[re.Match[str]]:
    """The place names of ``text``, but those listed after a count of places."""
    for m in _PLACE.finditer(text):
        if not _COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            yield m


def _first_place(text: str, *, exclude: set[Level]) -> Place | None:
    for m in _named_places(text):
        place = _parse_place(m.group())
        if place is not None and place.level not in exclude:
            return place
    return None


_NATIONAL_WORD = re.compile(NATIONAL_PATTERN)


_NAME = re.compile(NAME_PATTERN)


_LEVEL_RANK = {Level.COMMUNE: 0, Level.DISTRICT: 1, Level.PROVINCE: 2}


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _units_above(text: str, start: int = 0) -> list[Place]:
    """The districts, then the provinces, the text names with their prefix from ``start``,
    each once, first named first."""
    named: dict[tuple[Level, str], Place] = {}
    for m in _PLACE.finditer(text, start):
        place = _parse_place(m.group())
        if place is not None and place.level in (Level.DISTRICT, Level.PROVINCE):
            named.setdefault((place.level, place_key(place.name)), place)
    return sorted(named.values(), key=lambda p: p.level is Level.PROVINCE)


#: The text speaking of a district or a province as its subject without naming it.
#: "toàn huyện", "huyện đã …", "huyện phấn đấu …" — a bare "huyện" as the subject (a goal's
#: verb too: "tỉnh phấn đấu có thêm 9 xã", "huyện đặt mục tiêu …").
_BARE_DISTRICT = re.compile(
    r"(?i:(?<!\w)(?:toàn|của|cả)\s+huyện"
    r"|huyện\s+(?:có|đã|đang|phấn\s+đấu|đặt\s+mục\s+tiêu|dự\s+kiến))(?!\w)"
)


#: "toàn xã", "xã đã …", "xã này" — a bare "xã" as the subject, not "12 xã", "các xã", nor
#: "(an) toàn xã hội", "của xã hội" (society).
_BARE_COMMUNE = re.compile(
    rf"(?i:(?<!\w)(?:toàn|của|cả)\s+xã(?!\w))(?![ \t]+[{CAPITALS}])(?![ \t]+(?i:hội)(?!\w))"
    # (not "100% xã đạt chuẩn": a share of the communes counted)
    r"|(?i:(?<!\w )(?<!\w)(?<!%)(?<!% )xã\s+(?:này|đã|đang|hiện|có|đạt|về\s+đích)(?!\w))"
)
_BARE_PROVINCE = re.compile(
    r"(?i:(?<!\w)(?:toàn|cả)\s+tỉnh"
    r"|tỉnh\s+(?:có|đã|đang|phấn\s+đấu|đặt\s+mục\s+tiêu|dự\s+kiến))(?!\w)"
)


_PERIOD_RE = re.compile(PERIOD_PATTERN)
# (an ellipsis closing a list ends the sentence when a capital opens the next: "… tín
# dụng… Riêng năm 2016, …")
_SENTENCE = re.compile(rf"[^\n]+?(?:[.!?;](?=\s)|…(?=\s+[{CAPITALS}])|$)", re.MULTILINE)


#: The old value of a change: "giảm từ 6,4% năm 2012 xuống …", "từ 18 triệu đồng (năm
#: 2012) lên …", "từ chỗ mỗi xã chỉ đạt 2 tiêu chí năm 2010, đến nay …" — a base, not the
#: present.
#: How far before a year its change's "từ …" may be written.
FROM_VALUE_REACH = 70
_FROM_VALUE = re.compile(
    r"(?i:(?<!\w)từ\s+(?:mức\s+|chỗ\s+[^\d.;:]{0,40}?)?\d[\d.,]*[^\d.;:]{0,30}?\(?\s*)$"
)


@cache
def _rank_before() -> re.Pattern[str]:
    """A rank among a level's units right before "toàn tỉnh" ("xếp thứ 7 toàn tỉnh")."""
    return re.compile(
        rf"(?:{cues().pattern('rank_within')})\s+\d{{1,3}}(?:\s*/\s*\d{{1,3}})?\s*"
        r"(?:(?i:trong|của|so\s+với)\s+)?$"
    )


def ranked_within(text: str, start: int) -> bool:
    """Whether the self-reference at ``start`` follows a rank ("đứng thứ 8 toàn tỉnh"): a
    place ranked among the units of that level, which is no text speaking of itself so."""
    return _rank_before().search(text, max(0, start - 40), start) is not None


def _self_level(text: str) -> Level | None:
    """The level a text speaks of as itself ("toàn tỉnh", "trên địa bàn huyện"), if any."""
    weights: Counter[Level] = Counter()
    for m in _SELF_REFERENCE.finditer(text):
        if m.group("next") and m.group("next").strip().isupper():
            continue
        if ranked_within(text, m.start()):
            continue  # "xếp thứ 7 toàn tỉnh": a district's rank in its province
        level = _SELF_LEVEL[" ".join(m.group("level").lower().split())]
        weights[level] += 1 if fold(m.group("how")).startswith(("ubnd", "uy")) else 2
    return weights.most_common(1)[0][0] if weights else None
