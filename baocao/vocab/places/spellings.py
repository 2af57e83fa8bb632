"""Names written another way than the map writes them: a province's name cut short or one
letter off (:func:`province_spelled`), a mark left out or a tone of its own
(:func:`marks_agree`, :func:`_names_another_unit`).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import cache, lru_cache

from baocao.data.lexicon import fold
from baocao.model import Level, Place
from baocao.vocab.gazetteer import MAP_2025, MAP_PRE2025
from baocao.vocab.places.index import _Map, _map
from baocao.vocab.places.keys import _TONES, accent_key, place_key
from baocao.vocab.places.names import _place_of, _province_prefix

logger = logging.getLogger(__name__)


#: A misspelt province name is read as a province only when it is at least this long (letters
#: of its key): shorter ones lie one letter from too many names.
SPELLED_MIN_LETTERS = 6


@cache
def _province_words() -> dict[str, tuple[str, ...]]:
    """Every province's key (both maps, and former names) → its name's folded words."""
    words: dict[str, tuple[str, ...]] = {}
    for map_name in (MAP_PRE2025, MAP_2025):
        admin = _map(map_name)
        for key, unit in admin.provinces.items():
            words[key] = tuple(re.findall(r"[0-9a-z]+", fold(unit.name or key)))
    return words


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one letter changed, added or dropped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


@lru_cache(maxsize=1024)
def _spelled_key(key: str, written_words: tuple[str, ...] | None = None) -> str | None:
    """The key of the one province a name no province has stands for: the name cut short in
    its last word ("Quảng Ni", "Thái Nguyê": every other word whole), or written one letter
    off ("Tây Nimh"); None when no province or several fit."""
    try:
        provinces = _province_words()
    except Exception:  # the package's data is optional at run time (see _resolve)
        return None
    if not key or key in provinces:
        return None
    found = set()
    for other, words in provinces.items():
        if written_words and len(written_words) == len(words):
            *whole, last = written_words
            if tuple(whole) == words[:-1] and words[-1].startswith(last) and last != words[-1]:
                found.add(other)
                continue
        if len(key) >= SPELLED_MIN_LETTERS and _one_edit(key, other):
            found.add(other)
    return found.pop() if len(found) == 1 else None


def _spelled_name(name: str) -> str | None:
    """:func:`_spelled_key` of a name as written."""
    return _spelled_key(place_key(name), tuple(re.findall(r"[0-9a-z]+", fold(name))))


def province_spelled(name: str) -> Place | None:
    """The province a name written after "tỉnh" stands for when no province has it: cut
    short by the page or the scan ("tỉnh Quảng Ni" → Quảng Ninh) or one letter off, when
    exactly one province fits; as a resolved Place under its official name, else None."""
    key = place_key(name)
    if not key or key.isdigit():
        return None
    try:
        provinces = _map().provinces
    except Exception as e:  # the package's data is optional at run time
        logger.warning("place %r: administrative map unavailable (%s)", name, e)
        return None
    spelled = _spelled_name(name)
    unit = provinces.get(spelled) if spelled else None
    if unit is None and spelled:
        unit = _map(MAP_2025).provinces.get(spelled)
    if unit is None or spelled is None:  # (a unit is found only by a spelling)
        return None
    return _place_of(unit, " ".join(name.split()), _province_prefix(spelled), Level.PROVINCE)


#: The marks that shape a letter (â ă ê ô ơ ư; "đ" is its own letter), as combining
#: characters (tone marks are ``_TONES``).
_SHAPES = frozenset("\u0302\u0306\u031b")


def _letter_shapes(syllable: str) -> tuple[str | None, ...]:
    """Each letter's shape mark in a syllable (None when bare), its tone left out."""
    shapes: list[str | None] = []
    for ch in unicodedata.normalize("NFD", syllable.lower()):
        if ch in _TONES:
            continue
        if ch in _SHAPES:
            if shapes:
                shapes[-1] = ch
        else:
            shapes.append("đ" if ch == "đ" else None)
    return tuple(shapes)


def marks_agree(written: str, official: str) -> bool:
    """Whether a name as written can be ``official`` (same key): a mark it leaves out (an
    unaccented text, a scan that drops them) is no difference, nor is its tone (on either
    vowel, "Hoà"/"Hòa", or the common slip of one tone for another, "Quãng"); but a letter
    the official name writes bare that it shapes ("đ" for "d", "ư" for "u", "â" for "a" …)
    makes another name ("Hải Đường" is a commune's name, never "Hải Dương"). Names split
    into other syllables ("Kontum") agree."""
    ws, os_ = re.findall(r"[^\W\d_]+", written), re.findall(r"[^\W\d_]+", official)
    if len(ws) != len(os_):
        return True
    for w, o in zip(ws, os_, strict=True):
        wl, ol = _letter_shapes(w), _letter_shapes(o)
        if len(wl) != len(ol):
            return False
        if any(a is not None and a != b for a, b in zip(wl, ol, strict=True)):
            return False
    return True


def _one_syllable_other_tone(written: str, official: str) -> bool:
    """Whether a one-syllable bare name writes a tone the official name lacks or has
    otherwise: with no other syllable to vouch for it, that is another word, not a slip
    ("Chủ" opening "Chủ tịch" is no thị xã Chũ). A tone left out is still no difference."""
    mine, theirs = accent_key(written), accent_key(official)
    return len(mine) == len(theirs) == 1 and bool(mine[0][1]) and mine[0][1] != theirs[0][1]


def _names_another_unit(written: str, official: str, admin: _Map) -> bool:
    """Whether a bare name that folds like ``official`` writes a tone of its own (one the
    official name lacks or has otherwise, not one left out) and is, accents and all, the
    name of a district or a commune on the map: that unit's name, no slip for ``official``
    ("Lãng Sơn" is a commune of Bắc Giang, not Lạng Sơn; "Thạnh Hóa" a district of Long An,
    not Thanh Hóa). A name with tones left out ("Quang Bình") is still the official one."""
    mine, theirs = accent_key(written), accent_key(official)
    if len(mine) != len(theirs) or not any(
        w_tone and w_tone != o_tone for (_, w_tone), (_, o_tone) in zip(mine, theirs, strict=True)
    ):
        return False
    key = place_key(written)
    others = (*admin.districts.get(key, ()), *admin.communes.get(key, ()))
    return any(u.name and accent_key(u.name) == mine for u in others)
