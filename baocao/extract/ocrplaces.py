"""Place names misread by OCR, spelled as the gazetteer has them where only one name fits.

Tesseract on a bad scan misreads a letter of a place name now and then ("xã Ninh Gla" for
Ninh Gia, "huyện Đức Trọmg", "Kmäi" for Kmăl): the name no longer resolves to its unit, and
the facts it carries lose their place. :func:`place_speller` reads the document's province
from its OCR text (the provinces it names after "tỉnh" / "thành phố", each spelled against the
63 + 34 provinces of both maps, else the provinces of the districts it names);
:meth:`PlaceSpeller.correct` then rewrites a name after its prefix (xã, phường, thị trấn,
đặc khu, huyện, quận, thị xã, thành phố, tỉnh) when all of this holds:

- the name as written, marks and all, is no unit's name or former name anywhere in the
  country, at any level, in either map (:func:`_spelled`: case, the vowel a tone sits on,
  apostrophes and hyphens aside; a name written without any mark counts when its letters
  are known), nor is a leading part of it of two words or more (the name may run into the
  capitalised words after it); a number after it ("huyện Nam Đàn 16/16 xã") is no part
  of it;
- when its letters and words are those of exactly one name of that level in the document's
  province, only its marks differing (at most :data:`MARKS_ALLOWED`), it is that name: a
  tone or a hat misread (``huyện Đúc Trọng``, ``HUYỆN LẦM HÀ``); two names with those
  letters (``Diễn Hoa``, ``Diên Hoa``) leave it as read;
- else it lies within a small accent-aware edit distance (:func:`spelling_distance`:
  another letter or a missing one costs 1, the same letter with other marks 0.5) of
  exactly one name of that level in the document's province (a province: in the country),
  or of one a whole letter closer than every other (``Quảng Ninb``: Quảng Ninh, not Quảng
  Bình), the distance allowed growing with the name (:func:`close_enough`): one letter and
  two marks for a name of up to seven letters, two letters and two marks for a longer one;
- the name has at least four letters, and no digit;
- the name with its prefix is not a region's (``data/regions.toml``): "các tỉnh Tây
  Nguyên" names the region's provinces, not a misread Thái Nguyên.

A name a speck's full stop cut after its prefix (``xã Tân. Thành``), or whose last
syllable a space split (``tỉnh Quảng Ni nh``), is made whole when the part before is no
unit's name and the whole is a name of its level in the document's province; a prefix with
one letter misread that is no Vietnamese syllable (``huvện``, ``tỉnb``, ``fỉnh``) is the
prefix again before a name of its level there (:meth:`PlaceSpeller.correct`).

A vowel OCR read twice (``Kmãäi`` or ``Kmaäi`` for ``Kmăl``: a letter with a mark Vietnamese
has not, beside one of the same base, or two ``a`` side by side) is measured as one
(:func:`undoubled`), so the distance sees the one misread letter that is left.

Only OCR pages are corrected (:func:`baocao.extract.ocr.add_page`, before the page's text is
built, as :mod:`baocao.extract.ocrtext`'s repairs), so offsets, pages and quotes are those of
the corrected text, and the quote of every fact still slices from the page text. A corrected
name is a known one: correcting twice changes nothing.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein
from rapidfuzz.process import extract

from baocao.data.lexicon import CAPITALS, fold
from baocao.extract.legacy import is_syllable
from baocao.model import Level
from baocao.vocab.gazetteer import MAP_2025, MAP_PRE2025
from baocao.vocab.gazetteer import units as gazetteer_units
from baocao.vocab.places import (
    PLACE_PATTERN,
    accent_key,
    parse_place,
    place_key,
    region_written_as_place,
)

#: A name shorter than this (letters) is never corrected: too many names lie one letter away.
MIN_LETTERS = 4
#: Names of at least this many letters may differ by two letters, shorter ones by one.
LONG_NAME = 8
#: Besides the letters, up to this much in marks (0.5 a letter: a tone or a hat misread).
MARKS_ALLOWED = 1.0
#: The most provinces a document is taken to be about (the most named ones).
MAX_PROVINCES = 3

logger = logging.getLogger(__name__)

_PLACE = re.compile(PLACE_PATTERN)
#: a full stop (and a space) a speck made after a name's first syllable: "xã Tân. Thành"
_DOT_SPLIT = re.compile(r"\.[ \t]?([^\W\d_]+)")
#: a syllable's end a space split from it: one to three lowercase letters, then no letter
_SYLLABLE_END = re.compile(rf"[ \t]([^\W\d_{CAPITALS}]{{1,3}})(?![^\W\d_])")
_WORD = re.compile(r"\S+")
_LEVELS = (Level.PROVINCE, Level.DISTRICT, Level.COMMUNE)


@dataclass(frozen=True)
class _Names:
    """The gazetteer's names, as the speller needs them (both maps)."""

    known: frozenset[str]  # place_key of every unit's name and former names, every level
    # place_key → the accent_key of every unit's name and former name with that key: the
    # spellings of a name the country has
    spellings: Mapping[str, frozenset[tuple[tuple[str, str], ...]]]
    provinces: tuple[str, ...]  # the provinces' names
    cities: tuple[str, ...]  # the centrally run cities' names ("thành phố Hà Nội")
    by_province: Mapping[str, Mapping[Level, tuple[str, ...]]]  # province key → names
    # province key → level → the keys of its units' former names (merged units' names)
    former: Mapping[str, Mapping[Level, frozenset[str]]]
    district_provinces: Mapping[str, frozenset[str]]  # district key → its provinces' keys


@functools.cache
def _names() -> _Names:
    known: set[str] = set()
    spellings: dict[str, set[tuple[tuple[str, str], ...]]] = {}
    provinces: set[str] = set()
    cities: set[str] = set()
    by_province: dict[str, dict[Level, set[str]]] = {}
    former: dict[str, dict[Level, set[str]]] = {}
    district_provinces: dict[str, set[str]] = {}
    for map_name in (MAP_PRE2025, MAP_2025):
        for unit in gazetteer_units(map_name).values():
            key = place_key(unit.name)
            known.add(key)
            known.update(place_key(alias) for alias in unit.aliases)
            for name in (unit.name, *unit.aliases):
                spellings.setdefault(place_key(name), set()).add(_spelling(name))
            province = place_key(unit.province)
            if unit.level is Level.PROVINCE:
                provinces.add(unit.name)
                if unit.type == "Thành phố":
                    cities.add(unit.name)
                continue
            by_province.setdefault(province, {}).setdefault(unit.level, set()).add(unit.name)
            aliases = former.setdefault(province, {}).setdefault(unit.level, set())
            aliases.update(place_key(alias) for alias in unit.aliases)
            if unit.level is Level.DISTRICT:
                district_provinces.setdefault(key, set()).add(province)
    return _Names(
        known=frozenset(known),
        spellings={k: frozenset(v) for k, v in spellings.items()},
        provinces=tuple(sorted(provinces)),
        cities=tuple(sorted(cities)),
        by_province={
            p: {level: tuple(sorted(names)) for level, names in levels.items()}
            for p, levels in by_province.items()
        },
        former={
            p: {level: frozenset(keys) for level, keys in levels.items()}
            for p, levels in former.items()
        },
        district_provinces={k: frozenset(v) for k, v in district_provinces.items()},
    )


# --- spelling distance ----------------------------------------------------------------------


def _base(ch: str) -> str:
    """A letter without its marks, lower-cased ("Ồ" → "o", "ä" → "a", "Ð" → "d")."""
    return "d" if ch in "ðÐ" else fold(ch)


def spelling_distance(written: str, name: str) -> tuple[float, int]:
    """The accent-aware edit distance from ``written`` to ``name`` (case aside): a letter
    inserted, dropped or replaced by another costs 1, the same letter with other marks
    ("ă" for "ä", "ồ" for "ổ", "Đ" for "D") 0.5; and how many of the edits were letters."""
    a = unicodedata.normalize("NFC", " ".join(written.split())).casefold()
    b = unicodedata.normalize("NFC", " ".join(name.split())).casefold()
    previous = [(float(j), j) for j in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        current = [(float(i), i)]
        for j, cb in enumerate(b, 1):
            if ca == cb:
                step = (0.0, 0)
            elif _base(ca) == _base(cb):
                step = (0.5, 0)
            else:
                step = (1.0, 1)
            diagonal = previous[j - 1]
            options = (
                (diagonal[0] + step[0], diagonal[1] + step[1]),
                (previous[j][0] + 1, previous[j][1] + 1),
                (current[j - 1][0] + 1, current[j - 1][1] + 1),
            )
            current.append(min(options))
        previous = current
    return previous[-1]


#: The marks Vietnamese letters carry (NFD): tones, circumflex, breve, horn. A letter with
#: another (``ä``, ``ë``: a diaeresis) is no Vietnamese letter: OCR made it.
_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")


def _foreign(ch: str) -> bool:
    """A letter no Vietnamese word has: marks Vietnamese does not use (``ä``)."""
    marks = {c for c in unicodedata.normalize("NFD", ch) if unicodedata.combining(c)}
    return bool(marks - _VIETNAMESE_MARKS)


def undoubled(written: str) -> str:
    """``written`` with a vowel OCR read twice made one: two letters of the same base side by
    side where one is no Vietnamese letter (``Kmãäi``, ``Kmaäi``: one ``ă`` read as two) or
    both are an ``a`` with a mark on one (``Kmáăi``: no Vietnamese name writes ``aa``). The
    letter kept is the Vietnamese one with marks (the first when both are)."""
    out: list[str] = []
    for ch in written:
        if out and ch.isalpha() and out[-1].isalpha() and _base(ch) == _base(out[-1]):
            last = out[-1]
            marked = {last, ch} - {_base(ch), _base(ch).upper()}
            if _foreign(ch) or _foreign(last) or (_base(ch) == "a" and marked):
                keep = [c for c in (last, ch) if not _foreign(c) and c in marked]
                out[-1] = keep[0] if keep else (ch if _foreign(last) else last)
                continue
        out.append(ch)
    return "".join(out)


def close_enough(written: str, name: str) -> bool:
    """``written`` may be an OCR misreading of ``name``: at most one other letter (two for a
    name of :data:`LONG_NAME` letters or more) and :data:`MARKS_ALLOWED` in marks besides."""
    letters = sum(ch.isalpha() for ch in name)
    if letters < MIN_LETTERS or sum(ch.isalpha() for ch in written) < MIN_LETTERS:
        return False
    cost, edits = spelling_distance(written, name)
    allowed = 1 if letters < LONG_NAME else 2
    return edits <= allowed and cost <= allowed + MARKS_ALLOWED


def _closest(written: str, names: tuple[str, ...], former: frozenset[str]) -> str | None:
    """The one name of ``names`` ``written`` is close enough to; None for none or several,
    or when a former name (``former``: keys) lies as close as the letters allow: the text
    may name a unit since merged, whose name is no longer on the map."""
    words = len(written.split())
    # a vowel read twice ("Kmãäi" for "Kmăl") is measured as one
    written = undoubled(written)
    # a cheap first cut on the folded letters, then the accent-aware distance
    folded = fold(" ".join(written.split()))
    pool = [n for n in names if len(n.split()) == words]
    near = extract(
        folded,
        [fold(n) for n in pool],
        scorer=Levenshtein.distance,
        score_cutoff=2,
        limit=None,
    )
    found = [pool[index] for _choice, _score, index in near if close_enough(written, pool[index])]
    # one name written two ways ("Dur Kmăl" / "Dur KMăl", "Hoà" / "Hòa") is one name
    spellings = {accent_key(n) for n in found}
    if len(spellings) > 1:
        found = _clearly_closest(written, found)
        spellings = {accent_key(n) for n in found}
    if len(spellings) != 1:
        return None
    name = min(found, key=lambda n: (not _title_cased(n), n))
    key, allowed = place_key(written), 1 if sum(ch.isalpha() for ch in name) < LONG_NAME else 2
    if any(Levenshtein.distance(key, k) <= allowed for k in former if k != place_key(name)):
        return None
    return name


def _clearly_closest(written: str, found: list[str]) -> list[str]:
    """Of several names ``written`` is close enough to, those of the one spelling a whole
    letter closer than every other (``Quảng Ninb``: Quảng Ninh one letter away, Quảng Bình
    two and a mark); none when no spelling is."""
    costs = {n: spelling_distance(written, n)[0] for n in found}
    best = min(costs.values())
    nearest = [n for n in found if costs[n] == best]
    if len({accent_key(n) for n in nearest}) != 1:
        return []
    rest = [c for n, c in costs.items() if accent_key(n) != accent_key(nearest[0])]
    return nearest if min(rest) >= best + 1 else []


def _marks_misread(written: str, names: tuple[str, ...]) -> str | None:
    """The name of ``names`` that ``written`` is with a tone or a hat misread: ``written``
    (spelled as no unit is: :func:`_spelled`) has the letters and words of exactly one
    spelling of ``names`` (the document's province's names of its level), at most
    :data:`MARKS_ALLOWED` away in marks (``huyện Đúc Trọng`` → ``Đức Trọng``). None
    otherwise: one that two names fit stays, and so does one written in other words
    ("Sapa" for "Sa Pa": a way of writing the name, not a misreading)."""
    folded = fold(" ".join(_words(written)))
    found = [n for n in names if fold(" ".join(_words(n))) == folded]
    if len({accent_key(n) for n in found}) != 1:
        return None
    name = min(found, key=lambda n: (not _title_cased(n), n))
    cost, edits = spelling_distance(written, name)
    return name if edits == 0 and cost <= MARKS_ALLOWED else None


def _title_cased(name: str) -> bool:
    """Each word a capital and then lower case ("Dur Kmăl", not "Dur KMăl")."""
    return all(w[:1].isupper() and w[1:] == w[1:].lower() for w in name.split())


# --- the speller ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Mention:
    """A place as written: its level and prefix, where it starts (its prefix), and the spans
    of its name's words in the text."""

    level: Level
    prefix: str
    start: int
    words: tuple[tuple[int, int], ...]


def _mentions(text: str) -> list[_Mention]:
    found = []
    for match in _PLACE.finditer(text):
        place = parse_place(match.group())
        if place is None or place.level not in _LEVELS or place.prefix is None:
            continue
        at = match.start()
        spans = [(at + m.start(), at + m.end()) for m in _WORD.finditer(match.group())]
        name = tuple(spans[-len(place.name.split()) :])
        found.append(_Mention(place.level, place.prefix, at, name))
    return found


def _known(name: str) -> bool:
    return place_key(name) in _names().known


_NOT_LETTER = re.compile(r"[^\w\s]|_")


def _words(name: str) -> list[str]:
    """A name's words, its apostrophes and hyphens spaces: "Cư M’gar" and "Cư M'gar",
    "Rịa-Vũng" and "Rịa - Vũng" are written alike."""
    return _NOT_LETTER.sub(" ", name).split()


def _spelling(name: str) -> tuple[tuple[str, str], ...]:
    """How ``name`` is spelled, marks and all, whatever its case, the vowel its tone sits on
    (:func:`baocao.vocab.places.accent_key`) and its apostrophes and hyphens."""
    return accent_key(" ".join(_words(name)))


def _spelled(name: str) -> bool:
    """``name`` is written as some unit or former unit of the country is, marks and all (a
    name written without any mark, "Tan Phu", counts when its letters are known: such
    writing is a choice, not a misreading)."""
    key = place_key(name)
    if _spelling(name) in _names().spellings.get(key, frozenset()):
        return True
    return name.isascii() and key in _names().known


def _case_as(written: str, name: str) -> str:
    """``name`` in the case ``written`` has: capitals for a heading ("XÃ NINH GIA")."""
    letters = [ch for ch in written if ch.isalpha()]
    return name.upper() if letters and all(ch.isupper() for ch in letters) else name


#: The prefixes whose misreadings are spelled back (long enough that one letter off is no
#: other prefix), and the level each names.
_PREFIXES = {"tỉnh": Level.PROVINCE, "huyện": Level.DISTRICT, "phường": Level.COMMUNE}
#: A word, then one to four capitalised words (a name, perhaps run into what follows).
_PREFIX_MISREAD = re.compile(
    r"(?<![^\W\d_])(?P<word>[^\W\d_]{4,7})[ \t]+"
    rf"(?=(?P<name>(?:[{CAPITALS}][^\W\d_]*"
    r"(?:[ \t]+|(?=[^\w])|$)){1,4}))"
)


def _misread_prefix(word: str) -> str | None:
    """The prefix ``word`` is with one letter misread, None for a prefix written right, for
    any Vietnamese syllable ("tính", "tuyến", "kinh", "xuyên": words one letter from a
    prefix; a prefix's misread marks are :mod:`baocao.extract.ocrwords`' cue words) and for
    no prefix."""
    lower = word.casefold()
    if lower in _PREFIXES or is_syllable(lower):
        return None
    found = [p for p in _PREFIXES if Levenshtein.distance(fold(lower), fold(p)) <= 1]
    return found[0] if len(found) == 1 else None


def _case_as_word(written: str, word: str) -> str:
    """``word`` in the case of ``written``: all capitals, a capital first, or lower case."""
    if written.isupper():
        return word.upper()
    return word[:1].upper() + word[1:] if written[:1].isupper() else word


@dataclass(frozen=True)
class PlaceSpeller:
    """Corrects misread place names in one document's OCR text (:meth:`correct`);
    ``provinces`` are the keys (:func:`baocao.vocab.places.place_key`) of the provinces the
    document is about, whose districts and communes a name is spelled against."""

    provinces: frozenset[str] = frozenset()

    def correct(self, text: str) -> str:
        """``text`` with each misread place name after its prefix spelled as the one name of
        the gazetteer it can be (see the module docstring); the rest unchanged."""
        text = self._rejoined(self._prefixes(text))
        out: list[str] = []
        at = 0
        for mention in _mentions(text):
            fix = self._fix(text, mention)
            if fix is None:
                continue
            start, end, name = fix
            out.append(text[at:start])
            out.append(name)
            at = end
        out.append(text[at:])
        return "".join(out)

    def _prefixes(self, text: str) -> str:
        """A prefix with one letter misread ("huvện Châu Thành", "TỈNB BẮC NINH", "fỉnh Sóc
        Trăng") made the prefix again, when the capitalised words after it are, spelled
        right, a name of the prefix's level in the document's province (a province: in the
        country). A word that is a Vietnamese syllable is left ("tuyến Châu Thành" is a
        route)."""
        names = _names()
        out: list[str] = []
        at = 0
        for match in _PREFIX_MISREAD.finditer(text):
            word = match.group("word")
            prefix = _misread_prefix(word)
            if prefix is None:
                continue
            level, pool = _PREFIXES[prefix], names.provinces
            if level is not Level.PROVINCE:
                pool = tuple(
                    n
                    for province in self.provinces
                    for n in names.by_province.get(province, {}).get(level, ())
                )
            words = match.group("name").split()
            keys = {place_key(n) for n in pool}
            if not any(
                place_key(" ".join(words[:k])) in keys and _spelled(" ".join(words[:k]))
                for k in range(len(words), 0, -1)
            ):
                continue
            out += [text[at : match.start("word")], _case_as_word(word, prefix)]
            at = match.end("word")
        out.append(text[at:])
        return "".join(out)

    def _rejoined(self, text: str) -> str:
        """A name a speck's full stop cut after its prefix ("xã Tân. Thành đạt 17/19") made
        whole again, when the name before the stop is no unit's and the name with the next
        capitalised word is one of its level in the document's province; so is one whose
        last syllable a space split ("tỉnh Quảng Ni nh"), when the name with the lowercase
        letters after the space is one."""
        out: list[str] = []
        at = 0
        for mention in _mentions(text):
            end = mention.words[-1][1]
            name = text[mention.words[0][0] : end]
            if _known(name):
                continue
            names, _former = self._candidates(mention)
            split = _DOT_SPLIT.match(text, end)
            if split is not None and _title_cased(split.group(1)):
                key = place_key(f"{name} {split.group(1)}")
                if any(place_key(n) == key for n in names):
                    out += [text[at:end], " "]
                    at = split.start(1)
                    continue
            # the end of its last syllable split off by a space ("tỉnh Quảng Ni nh"): a
            # syllable of a name never starts in lowercase
            tail = _SYLLABLE_END.match(text, end)
            if tail is not None:
                key = place_key(f"{name}{tail.group(1)}")
                if any(place_key(n) == key for n in names):
                    out.append(text[at:end])
                    at = tail.start(1)
        out.append(text[at:])
        return "".join(out)

    def _fix(self, text: str, mention: _Mention) -> tuple[int, int, str] | None:
        words = mention.words
        # a number after the name ("huyện Nam Đàn 16/16 xã") is no part of the name to spell
        while words and any(ch.isdigit() for ch in text[words[-1][0] : words[-1][1]]):
            words = words[:-1]
        parts = [text[words[0][0] : words[k - 1][1]] for k in range(1, len(words) + 1)]
        if not parts or any(ch.isdigit() for ch in parts[-1]):
            return None
        spelled = [k for k, part in enumerate(parts, 1) if _spelled(part)]
        longest = max(spelled, default=0)
        if longest >= 2 or longest == len(parts):
            return None  # a known name, maybe run into the words after it
        if any(region_written_as_place(f"{mention.prefix} {part}") for part in parts):
            return None  # "các tỉnh Tây Nguyên": the region's provinces, no misread province
        names, former = self._candidates(mention)
        # a name with the letters of a known one but marks none has: a tone or hat misread
        keyed = [k for k, part in enumerate(parts, 1) if k > longest and _known(part)]
        if keyed:
            k = max(keyed)
            name = _marks_misread(parts[k - 1], names)
            if name is not None:
                return words[0][0], words[k - 1][1], _case_as(parts[k - 1], name)
        found = {
            (k, name)
            for k, part in enumerate(parts, 1)
            if k > longest and (name := _closest(part, names, former)) is not None
        }
        if len({name for _k, name in found}) != 1:
            return None
        [(k, name)] = found
        return words[0][0], words[k - 1][1], _case_as(parts[k - 1], name)

    def _candidates(self, mention: _Mention) -> tuple[tuple[str, ...], frozenset[str]]:
        """The names a mention is spelled against, and the former names that would make
        a correction doubtful."""
        names = _names()
        if mention.level is Level.PROVINCE:
            return names.provinces, frozenset()
        pool: set[str] = set()
        former: set[str] = set()
        for province in self.provinces:
            pool.update(names.by_province.get(province, {}).get(mention.level, ()))
            former.update(names.former.get(province, {}).get(mention.level, ()))
        if mention.prefix == "thành phố":
            pool.update(names.cities)  # "thành phố Hà Nội" misread is no district's name
        return tuple(sorted(pool)), frozenset(former)


def _province_of(place_text: str, speller: PlaceSpeller) -> str | None:
    """The key of the province a "tỉnh …" / "thành phố …" mention names, its spelling
    corrected against the country's provinces; None when it names none."""
    place = parse_place(speller.correct(place_text))
    if place is None or place.level is not Level.PROVINCE:
        return None
    key = place_key(place.name)
    provinces = {place_key(n) for n in _names().provinces}
    if key in provinces:
        return key
    # a name run into the words after it ("tỉnh Lâm Đồng Báo cáo"): its leading words
    words = place.name.split()
    for n in range(len(words) - 1, 0, -1):
        if place_key(" ".join(words[:n])) in provinces:
            return place_key(" ".join(words[:n]))
    return None


def place_speller(texts: Iterable[str]) -> PlaceSpeller | None:
    """The speller for a document whose OCR text is ``texts`` (its pages): about the
    provinces it names most (up to :data:`MAX_PROVINCES`, those named at least half as often
    as the first), else, when it names none, the province of each district it names that only
    one province has. None when the gazetteer cannot be read (its data is optional at run
    time, as for :func:`baocao.vocab.places.resolve_place`): nothing is corrected."""
    found = [(text, mention) for text in texts for mention in _mentions(text)]
    if not found:
        return PlaceSpeller()  # no place written: the gazetteer is not even loaded
    try:
        _names()
    except Exception as e:  # the package's data is optional at run time: degrade, say so
        logger.warning("OCR place names not spelled: administrative map unavailable (%s)", e)
        return None
    national = PlaceSpeller()
    named: Counter[str] = Counter()
    districts: set[str] = set()
    for text, mention in found:
        end = mention.words[-1][1]
        if mention.level is Level.PROVINCE or mention.prefix == "thành phố":
            province = _province_of(text[mention.start : end], national)
            if province is not None:
                named[province] += 1
                continue
        if mention.level is Level.DISTRICT:
            districts.update(_district_province(text[mention.words[0][0] : end]))
    if named:
        top = named.most_common(MAX_PROVINCES)
        return PlaceSpeller(frozenset(p for p, n in top if 2 * n >= top[0][1]))
    return PlaceSpeller(frozenset(districts))


def _district_province(written: str) -> frozenset[str]:
    """The province of the district named ``written`` (or of its longest leading part that is
    a district) when only one province has a district of that name; for a name no district
    has, that of the one district of the country it is close enough to (:func:`_closest`)."""
    words = written.split()
    for n in range(len(words), 0, -1):
        found = _names().district_provinces.get(place_key(" ".join(words[:n])))
        if found is not None:
            return found if len(found) == 1 else frozenset()
    # a district misread ("huyện Sôug Lô"): the one district of the country it can be
    for n in range(len(words), 0, -1):
        name = _closest(" ".join(words[:n]), _district_names(), frozenset())
        if name is not None:
            found = _names().district_provinces.get(place_key(name), frozenset())
            return found if len(found) == 1 else frozenset()
    return frozenset()


@functools.cache
def _district_names() -> tuple[str, ...]:
    """Every district's name in the country, in either map."""
    return tuple(
        sorted(
            {
                name
                for levels in _names().by_province.values()
                for name in levels.get(Level.DISTRICT, ())
            }
        )
    )
