"""The unit of a report's body: the level the report speaks of as itself ("trên địa bàn
huyện", "toàn xã", "UBND xã"), then that level's most named place (:func:`_body_unit`).
"""

from __future__ import annotations

from collections import Counter

from baocao.data.lexicon import fold
from baocao.model import Level, Place
from baocao.nlp.metadata.common import (
    _NAME,
    _SELF_LEVEL,
    _SELF_REFERENCE,
    _named_places,
    _parse_place,
    ranked_within,
)
from baocao.vocab.places import place_key, place_named

#: The weight of a headline's self-reference against the body's (each 1 or 2).
_HEADLINE_SELF = 100


def _body_unit(text: str, place_written: str | None, headline: str | None = None) -> Place | None:
    """The level the report speaks of as itself, then that level's most named place. A
    headline speaking of itself ("Năm 2017, toàn tỉnh có thêm 6 xã …") sets the level over
    a body that goes through its districts one by one ("huyện A … bình quân toàn huyện …")."""
    weights: Counter[Level] = Counter()
    for m in _SELF_REFERENCE.finditer(headline or ""):
        if not (m.group("next") and m.group("next").strip().isupper()):
            weights[_SELF_LEVEL[" ".join(m.group("level").lower().split())]] += _HEADLINE_SELF
    cities = False  # the text speaks of itself as "thành phố"
    for m in _SELF_REFERENCE.finditer(text):
        if m.group("next") and m.group("next").strip().isupper():
            continue  # "UBND huyện Sông Lô" names a place; the bare "UBND huyện" is the self
        if ranked_within(text, m.start()):
            continue  # "đứng thứ 8 toàn tỉnh": a district's rank among the province's units
        word = " ".join(m.group("level").lower().split())
        cities = cities or word == "thành phố"
        level = _SELF_LEVEL[word]
        weights[level] += 1 if fold(m.group("how")).startswith(("ubnd", "uy")) else 2
    if not weights:
        return None
    level = weights.most_common(1)[0][0]
    city = _city_named_bare(text) if cities else None
    counts: Counter[str] = Counter()
    first: dict[str, Place] = {}
    first_at: dict[str, int] = {}
    for m in _named_places(text):
        place = _parse_place(m.group())
        if place is None or place.level is not level:
            continue
        key = place_key(place.name)
        counts[key] += 1
        first.setdefault(key, place)
        first_at.setdefault(key, m.start())
    if city is not None and level is Level.DISTRICT and city[1] >= max(counts.values(), default=0):
        # "Hà Nội … Đến nay, toàn thành phố đã có 294/386 xã …": the city run by the centre
        # the text names bare, not a district it names in passing ("xã A (huyện B)")
        return city[0]
    if not counts:
        return None
    if place_written and place_key(place_written) in counts:
        return first[place_key(place_written)]
    best = max(counts, key=lambda k: (counts[k], -list(first).index(k)))
    lead = next(iter(first))
    if first_at[lead] < len(text) // 2 <= first_at[best]:
        # "… diện mạo xã A đổi thay …" ⏎ "… học tập kinh nghiệm từ xã B. Xã B là …": a
        # place first named in the text's second half is an example, not what its lead is about
        return first[lead]
    return first[best]


def _city_named_bare(text: str) -> tuple[Place, int] | None:
    """The province-level city ("thành phố Hà Nội") the text names most often bare ("Hà
    Nội"), with how often, when it names one at least twice."""
    counts: Counter[str] = Counter()
    found: dict[str, Place] = {}
    for m in _NAME.finditer(text):
        words = m.group().split()
        for n in range(min(len(words), 4), 0, -1):
            place = place_named(" ".join(words[:n]))
            if place is not None:
                if place.level is Level.PROVINCE and place.prefix == "thành phố":
                    counts[place_key(place.name)] += 1
                    found.setdefault(place_key(place.name), place)
                break
    if not counts:
        return None
    key, count = counts.most_common(1)[0]
    return (found[key], count) if count >= 2 else None
