"""The country's regions a national figure is broken down by (``data/regions.toml``): where a
text writes one (:func:`regions_in`), its provinces, a region written as a place.
"""

from __future__ import annotations

import logging
import re
from functools import cache

from baocao.data.lexicon import CAPITALS, Problems, entries, fold, load_data
from baocao.model import Level, Place
from baocao.vocab.places.index import _map
from baocao.vocab.places.keys import place_key
from baocao.vocab.places.names import PLACE_PATTERN

logger = logging.getLogger(__name__)


REGIONS_FILE = "regions.toml"


#: "phía Tây Bắc", "hướng Đông Bắc": a direction, not the region.
_DIRECTION_BEFORE = re.compile(r"(?i:(?<!\w)(?:phía|hướng)\s+)$")


#: "các tỉnh Tây Nguyên", "5 tỉnh, thành phố Đông Nam Bộ": the region's provinces, not a
#: province of the region's name.
_PROVINCES_OF = re.compile(
    r"(?i:tỉnh(?:\s*,\s*thành(?:\s+phố)?)?[ \t]+"
    # "nhiều xã Tây Nguyên", "120 xã Tây Bắc": the region's communes, counted
    r"|(?<!\w)(?:các|nhiều|những|\d[\d.]*)[ \t]+(?:xã|huyện)[ \t]+)$"
)


#: A capitalised word going on after a form read only alone ("miền Tây Nghệ An"; not "miền
#: Tây đã …": À-Ỹ held the small letters "đ", "ở", "ả" too).
_NAME_AFTER = re.compile(rf"[ \t]+[{CAPITALS}]")


def _region_word(word: str) -> str:
    """One word of a region's name as a regex: a word written in lower case may open with a
    capital (a sentence's first word, a title), a capitalised one is matched as written."""
    escaped = re.escape(word)
    if word[:1].islower():
        return f"[{re.escape(word[0])}{re.escape(word[0].upper())}]{re.escape(word[1:])}"
    return escaped


@cache
def _regions() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """The pattern of every way a region is written, the label of each (by the written
    form as matched, spaces collapsed), and the forms read only when no name goes on after
    them (``alone``)."""
    problems = Problems(REGIONS_FILE)
    labels: dict[str, str] = {}
    alone: set[str] = set()
    for where, entry in entries(load_data(REGIONS_FILE), "region", problems):
        label = problems.require(where, entry, "label", str)
        written = problems.require_strings(where, entry, "written", optional=False)
        examples = problems.require_examples(where, entry)
        if label is None:
            continue
        only_alone = problems.require_strings(where, entry, "alone", optional=True)
        for form in (*written, *only_alone):
            labels[form] = label
        alone.update(fold_key(form) for form in only_alone)
        for example in examples:
            problems.check_example(
                where,
                example,
                any(fold(w) in fold(example) for w in (*written, *only_alone)),
                repr(written),
            )
    problems.raise_if_any()
    forms = sorted(labels, key=len, reverse=True)
    body = "|".join(r"[ \t]+".join(_region_word(w) for w in form.split()) for form in forms)
    keyed = {fold_key(form): label for form, label in labels.items()}
    return re.compile(rf"(?<![\w&])(?:{body})(?![\w&])"), keyed, frozenset(alone)


@cache
def region_provinces() -> dict[str, tuple[str, ...]]:
    """Each region's label → its member provinces as the 63-province map names them
    (``provinces`` in ``data/regions.toml``)."""
    problems = Problems(REGIONS_FILE)
    members: dict[str, tuple[str, ...]] = {}
    for where, entry in entries(load_data(REGIONS_FILE), "region", problems):
        label = problems.require(where, entry, "label", str)
        if label is not None:
            members[label] = problems.require_strings(where, entry, "provinces", optional=False)
    problems.raise_if_any()
    return members


#: How many letters a member province may be written off by in its region's text.
MEMBER_EDITS = 2


def region_member_near(label: str, name: str) -> str | None:
    """The one member province of region ``label`` whose name ``name`` spells with at most
    :data:`MEMBER_EDITS` letters changed, accents aside ("Đắc Lắc" in Tây Nguyên → Đắk
    Lắk); None when none or several are that near."""
    key = place_key(name)
    near = [
        m for m in region_provinces().get(label, ()) if _edits(place_key(m), key) <= MEMBER_EDITS
    ]
    return near[0] if len(near) == 1 else None


def _edits(a: str, b: str) -> int:
    """Levenshtein distance."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def region_place(label: str) -> Place:
    """A region as a reporting unit: prefix "vùng", its name, level region, no code."""
    name = label.removeprefix("vùng ").strip()
    return Place(written=label, prefix="vùng", name=name, level=Level.REGION)


@cache
def _place_re() -> re.Pattern[str]:
    return re.compile(PLACE_PATTERN)


def fold_key(written: str) -> str:
    """A region's written form as a lookup key: folded, blanks collapsed."""
    return " ".join(fold(written).split())


def regions_in(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """The country's regions written in ``text[start:end]`` (``data/regions.toml``), as
    ``(start, end, label)``: "Hai vùng Đông Nam Bộ và vùng đồng bằng sông Cửu Long …" → vùng
    Đông Nam Bộ, vùng đồng bằng sông Cửu Long; "ĐBSH-BTB" → vùng đồng bằng sông Hồng, vùng Bắc
    Trung Bộ. Not a direction ("phía Tây Bắc"), nor a name inside a place written with its
    prefix ("xã Tây Nguyên")."""
    pattern, labels, alone = _regions()
    stop = len(text) if end is None else end
    places = [(m.start(), m.end()) for m in _place_re().finditer(text, max(0, start - 40), stop)]
    found = []
    for m in pattern.finditer(text, start, stop):
        if _DIRECTION_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        if any(
            a < m.start() < b and not _PROVINCES_OF.search(text, max(0, a - 16), m.start())
            for a, b in places
        ):
            continue
        if fold_key(m.group()) in alone and _NAME_AFTER.match(text, m.end()):
            continue  # "miền Tây Nghệ An": the west of a province, not the region
        label = labels.get(fold_key(m.group()))
        if label is not None:
            found.append((m.start(), m.end(), label))
    return found


_PROVINCES_WORD = re.compile(r"(?i:tỉnh(?:\s*,\s*thành(?:\s+phố)?)?)[ \t]+")


def region_written_as_place(written: str | None) -> str | None:
    """The region a place's words name when "tỉnh" stands before a region's name ("tỉnh Tây
    Nguyên" out of "các tỉnh Tây Nguyên": no province, the region's provinces) → its label;
    None for any other place."""
    m = _PROVINCES_WORD.match(written or "") or _LOWER_WORD.match(written or "")
    if m is None or not written:
        return None
    name = written[m.end() :].strip()
    found = regions_in(name)
    if len(found) != 1 or found[0][:2] != (0, len(name)):
        return None
    if m.re is _LOWER_WORD and _named_on_the_map(name):
        return None  # "xã Đông Bắc" (Hòa Bình): a commune of the region's name
    return found[0][2]


#: A lower level's word before a region's name ("xã Tây Nguyên" out of "nhiều xã Tây
#: Nguyên"): the region's communes unless the map has a unit of that name.
_LOWER_WORD = re.compile(r"(?i:xã|huyện)[ \t]+")


def _named_on_the_map(name: str) -> bool:
    try:
        units = _map()
    except Exception as e:  # the package's data is optional at run time
        logger.warning("place %r: administrative map unavailable (%s)", name, e)
        return True
    return place_key(name) in units.communes or place_key(name) in units.districts
