"""Joined units: a place made of the units the text has just named ("của 2 huyện"),
and units of one level joined as one clause's subject ("Hai huyện A và B đã có", "huyện A,
huyện B đều đạt").
"""

from __future__ import annotations

import re
from functools import cache

from baocao.model import Level, Place
from baocao.nlp.context.common import _LEVEL_SUBJECT, _WHOLE_LEVEL, _place
from baocao.vocab.patterns import cues
from baocao.vocab.places import NAME_PATTERN, PLACE_PATTERN, parse_place, place_key, place_label

#: "của 2 huyện", "của cả hai đơn vị", "của 02 huyện": a place made of the units the text has
#: just named.
_OF_SEVERAL = re.compile(
    r"(?i:(?:của|thuộc|ở|tại)\s+(?:cả\s+)?(?P<n>0?2|0?3|hai|ba)\s+"
    r"(?P<what>huyện|thị\s+xã|đơn\s+vị(?:\s+cấp\s+huyện)?|địa\s+phương|xã))"
    r"(?P<next>[ \t]+\w)?"
)

_SMALL_NUMBERS = {"2": 2, "3": 3, "hai": 2, "ba": 3}


def places_joined(text: str, start: int, end: int) -> str | None:
    """The place "của 2 huyện" in ``text[start:end]`` stands for: the last two (three)
    units of that level the text named before, in the order it named them, joined by ", "
    ("huyện Tiên Du, thị xã Từ Sơn")."""
    m = _OF_SEVERAL.search(text, start, end)
    if m is None or (m.group("next") and m.group("next").strip().isupper()):
        return None  # "của 2 xã Tân An và …" names them
    n = _SMALL_NUMBERS[m.group("n").lower().lstrip("0")]
    level = Level.COMMUNE if m.group("what").lower() == "xã" else Level.DISTRICT
    named: dict[str, tuple[int, str]] = {}  # key → (last mention, label at first mention)
    for p in _place().finditer(text, 0, m.start()):
        place = parse_place(p.group())
        if place is None or place.level is not level:
            continue
        key = place_key(place.name)
        label = named[key][1] if key in named else place_label(place)
        named[key] = (p.start(), label)
    if len(named) < n:
        return None
    last = sorted(named.values())[-n:]
    first_order = [label for _, label in last]
    order = {label: i for i, (_, label) in enumerate(named.values())}
    return ", ".join(sorted(first_order, key=lambda label: order[label]))


#: One unit of a list of subjects: a place with its prefix, or a name (the prefix of the
#: first, or one the text named before).
_JOINED_ITEM = re.compile(r"(?:" + PLACE_PATTERN + r")|" + NAME_PATTERN)

#: Between two units of such a list: "và", "cùng", a comma, or a comma and "và".
_JOINT = re.compile(r"[ \t]*(?:,[ \t]*(?:(?i:và|cùng)[ \t]+)?|,?[ \t]+(?i:và|cùng)[ \t]+)")

#: Units of one level joined as one clause's subject: "Hai huyện A và B đã có", "huyện A và
#: huyện B đều đạt", "A và B đã hoàn thành" (bare names the text named before), "Các huyện
#: A, B có …", "huyện A, huyện B, huyện C đều đạt".
_JOINED = re.compile(rf"(?:{_JOINED_ITEM.pattern})(?:{_JOINT.pattern}(?:{_JOINED_ITEM.pattern}))+")

#: A count of units before the joined pair: "Hai huyện", "2 xã", "02 xã", "cả hai thị xã".
_PAIR_LEVEL = re.compile(
    r"(?i:(?:cả\s+)?(?:hai|0?2)\s+(?P<level>huyện|thị\s+xã|xã|tỉnh|thành\s+phố)[ \t]+)$"
)


#: Words before a list of units that say several are named: "Các huyện", "những xã",
#: "ba thị xã" (a list joined by commas alone is subjects only so introduced, or with every
#: unit written with its prefix).
#: The words are cues of ``patterns_cues.toml`` (several_units).
@cache
def _several_before() -> re.Pattern[str]:
    several = cues().pattern("several_units", "determiner")
    number = cues().pattern("several_units", "number")
    return re.compile(rf"(?i:(?<!\w)(?:{several}|(?:cả\s+)?(?:{number}|\d+))\s+)$")


#: How far before a statement its joined subjects may be (characters).
JOINED_REACH = 240


def _joined_label(written: str, level_word: str | None, known: dict[str, str]) -> Place | None:
    place = parse_place(written)
    if place is not None and place.level is not None:
        return place
    words = written.split()
    for n in range(len(words), 0, -1):
        key = place_key(" ".join(words[:n]))
        if key in known:
            return parse_place(known[key])
    if level_word is not None:
        return parse_place(f"{level_word} {written}")
    return None


def _joined_items(text: str, found: re.Match[str]) -> list[tuple[str, bool]]:
    """The units of a joined list, each with whether "và"/"cùng" joins it to the one before."""
    items = []
    pos = found.start()
    joined_by_and = False
    while pos < found.end():
        item = _JOINED_ITEM.match(text, pos, found.end())
        if item is None:
            break
        items.append((item.group(), joined_by_and))
        joint = _JOINT.match(text, item.end(), found.end())
        if joint is None:
            break
        joined_by_and = re.search(r"\w", joint.group()) is not None  # "và", "cùng"
        pos = joint.end()
    return items


def subjects_joined(text: str, s: int, at: int, known: dict[str, str]) -> tuple[str, ...] | None:
    """The units a clause names as its subject, joined by "và" or commas, when the statement
    at ``at`` holds for each of them ("Hai huyện A và B đã có 100% số xã đạt chuẩn", "huyện A
    và huyện B đều đạt 9/9 tiêu chí", "Các huyện A, B có 100% xã …"): their labels, in order.
    None unless all are places of one level and nothing but the predicate lies between them
    and the statement (no other place, no sentence end). A list joined by commas alone is
    one only after a word that says several units are named ("Các huyện", "ba xã") or with
    each unit written with its prefix ("huyện A, huyện B đều …"). Where the whole list is not
    of one level, its last units that are ("Tỉnh X, xã A và xã B đều đạt …")."""
    lo = max(s, at - JOINED_REACH)
    found = None
    for m in _JOINED.finditer(text, lo, at):
        found = m
    if found is None or _place().search(text, found.end(), at) is not None:
        return None
    if re.search(r"[.;:!?]", text[found.end() : at]):
        return None
    if _WHOLE_LEVEL.search(text, found.end(), at) or _LEVEL_SUBJECT.search(text, found.end(), at):
        return None  # "…, toàn huyện đạt 19 tiêu chí": another subject after the list
    items = _joined_items(text, found)
    several = _several_before().search(text, max(lo, found.start() - 20), found.start())
    pair = _PAIR_LEVEL.search(text, lo, found.start())
    for first in range(len(items) - 1):
        labels = _joined_labels(items[first:], pair, known)
        if labels is None:
            continue
        with_and = any(by_and for _, by_and in items[first + 1 :])
        prefixed = all(_with_prefix(w) for w, _ in items[first:])
        if not with_and and not (prefixed or (first == 0 and (several or pair))):
            return None
        return labels
    return None


def _with_prefix(written: str) -> bool:
    place = parse_place(written)
    return place is not None and place.level is not None and bool(place.prefix)


def _joined_labels(
    items: list[tuple[str, bool]], pair: re.Match[str] | None, known: dict[str, str]
) -> tuple[str, ...] | None:
    """The labels of the units of a joined list, all of one level, or None."""
    level_word = " ".join(pair.group("level").lower().split()) if pair else None
    places = []
    for written, _ in items:
        place = _joined_label(written, level_word, known)
        if place is None:
            return None
        if level_word is None and place.prefix:
            level_word = place.prefix  # "huyện A và B": B of A's level
        places.append(place)
    levels = {p.level for p in places}
    if len(levels) != 1 or Level.VILLAGE in levels:
        return None
    if len({place_key(p.name) for p in places}) != len(places):
        return None
    return tuple(place_label(p) for p in places)
