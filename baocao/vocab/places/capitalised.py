"""Names with a syllable left in small letters ("thị xã Vĩnh châu"), written as the map writes
them (:func:`names_capitalised`), one character for one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import cache

from baocao.data.lexicon import CAPITALS
from baocao.model import Level
from baocao.vocab.gazetteer import MAP_2025, MAP_PRE2025
from baocao.vocab.gazetteer import units as gazetteer_units
from baocao.vocab.spellings import old_tone_placement

#: The levels a unit word names: "thị xã Vĩnh châu" is a district-level unit's name.
_SMALL_NAME_LEVELS = {
    "huyện": (Level.DISTRICT,),
    "thị xã": (Level.DISTRICT,),
    "quận": (Level.DISTRICT,),
    "thành phố": (Level.DISTRICT, Level.PROVINCE),
    "xã": (Level.COMMUNE,),
    "phường": (Level.COMMUNE,),
    "thị trấn": (Level.COMMUNE,),
    "tỉnh": (Level.PROVINCE,),
}


#: A unit word, then a name opening with a capital and going on with up to three syllables.
_SMALL_NAME = re.compile(
    r"(?<![^\W\d_])(?P<prefix>(?i:thị\s+xã|thị\s+trấn|thành\s+phố|huyện|quận|xã|phường|tỉnh))"
    rf"\s+(?P<name>[{CAPITALS}][^\W\d_]*(?:[ \t]+[^\W\d_]+){{1,3}})"
)


_SYLLABLE = re.compile(r"[^\W\d_]+")


def _small_key(name: str) -> str:
    """A name in small letters with its accents, the tone marks placed the old way."""
    return old_tone_placement(" ".join(unicodedata.normalize("NFC", name).lower().split()))


@cache
def _names_by_level() -> dict[Level, frozenset[str]]:
    """Every unit's name of two or more syllables on either map, in small letters, by level."""
    found: dict[Level, set[str]] = defaultdict(set)
    for map_name in (MAP_PRE2025, MAP_2025):
        for u in gazetteer_units(map_name).values():
            if " " in u.name.strip():
                found[u.level].add(_small_key(u.name))
    return {level: frozenset(names) for level, names in found.items()}


def names_capitalised(text: str) -> str:
    """``text`` with a unit's name whose later syllables were left in small letters written as
    the map writes it ("thị xã Vĩnh châu" → "thị xã Vĩnh Châu", "huyện Cần giuộc" → "huyện Cần
    Giuộc"), one character for one: only after a unit word, only when the name so completed,
    accents and all, is a unit of that word's level and its capitalised part alone is not."""
    if not _SMALL_NAME.search(text):
        return text
    names = _names_by_level()
    chars: list[str] | None = None
    pos = 0
    while (m := _SMALL_NAME.search(text, pos)) is not None:
        pos = m.start("name")  # a name's run may hold the next unit word ("… và huyện B")
        syllables = list(_SYLLABLE.finditer(text, m.start("name"), m.end("name")))
        small = [i for i, s in enumerate(syllables) if s.group()[0].islower()]
        if not small:
            continue
        levels = _SMALL_NAME_LEVELS[" ".join(m.group("prefix").lower().split())]
        known = frozenset().union(*(names.get(level, frozenset()) for level in levels))
        capitalised = " ".join(s.group() for s in syllables[: small[0]])
        if _small_key(capitalised) in known:
            continue  # "huyện Châu Thành đạt …": the name is whole
        for n in range(len(syllables), small[0], -1):
            if _small_key(" ".join(s.group() for s in syllables[:n])) in known:
                chars = chars if chars is not None else list(text)
                for s in syllables[small[0] : n]:
                    chars[s.start()] = s.group()[0].upper()
                break
    return "".join(chars) if chars is not None else text
