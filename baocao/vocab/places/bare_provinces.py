"""Provinces named bare in running text (:func:`provinces_named_bare`), not a person's title,
an organisation's name, a page's furniture or an item of a list of communes
(``data/place_prefixes.toml``'s guards), and names amid other names (:func:`amid_other_names`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from baocao.data.lexicon import CAPITALS, Problems, entries, load_data
from baocao.model import Level, Place
from baocao.vocab.places.bare import place_named
from baocao.vocab.places.keys import place_key
from baocao.vocab.places.names import (
    DATA_FILE,
    HYPHENATED_PROVINCES,
    PLACE_PATTERN,
    _word_guard,
    parse_place,
)
from baocao.vocab.places.units import district_provinces

#: How far back in its clause an organisation's word makes a province's name part of its
#: name ("Ngân hàng Chính sách xã hội Nghệ An": the bank's name).
ORGANISATION_REACH = 60


#: An abbreviation a province's name may follow ("UBND Cà Mau", "Sở NN&PTNT Thái Bình").
_ABBREVIATION = re.compile(rf"[{CAPITALS}0-9&\-./]{{2,}}")


_CAPITAL_WORD = re.compile(rf"[{CAPITALS}][\w'’‘]*(?:-[\w'’‘]+)*")


_CLAUSE_END = re.compile(r"[.,;:!?()\[\]\n“”\"]")


@dataclass(frozen=True)
class _BareGuards:
    person: re.Pattern[str]  # a title right before the name
    organisation: re.Pattern[str]  # an organisation's word earlier in the clause
    furniture: re.Pattern[str]  # a line of a page's furniture, from its start
    never: frozenset[str]  # keys of the names never read bare
    list_lead: re.Pattern[str]  # words leading a list of communes, before its first item


@cache
def _bare_guards() -> _BareGuards:
    data = load_data(DATA_FILE)
    problems = Problems(DATA_FILE)
    kinds: dict[str, list[str]] = {
        "person": [],
        "organisation": [],
        "furniture": [],
        "never": [],
        "list_lead": [],
    }
    problems.require_examples("bare_province", data.get("bare_province", {}))
    for where, entry in entries(data, "bare_guard", problems):
        written = problems.require(where, entry, "written", str)
        kind = problems.require(where, entry, "kind", str)
        problems.require_examples(where, entry)
        if written is None or kind is None:
            continue
        if kind not in kinds:
            problems.add(where, f"unknown kind {kind!r} (one of {sorted(kinds)})")
            continue
        kinds[kind].append(written)
    problems.raise_if_any()
    return _BareGuards(
        person=re.compile(rf"(?i:(?<!\w)(?:{_word_guard(tuple(kinds['person']))}))[ \t]+$"),
        organisation=re.compile(
            rf"(?<!\w)(?:{_word_guard(tuple(kinds['organisation']))})(?!\w)[^.,;:!?()\n]*$"
        ),
        furniture=re.compile(
            rf"[^\w\n]*(?i:{_word_guard(tuple(kinds['furniture']))})(?!\w)", re.MULTILINE
        ),
        never=frozenset(place_key(n) for n in kinds["never"]),
        # the lead right before the first item ("các xã A, B"), or a lead clause naming
        # communes and ending with a colon ("có thêm 14 xã đạt chuẩn: A, B; C")
        list_lead=re.compile(
            rf"(?i:(?<!\w)(?P<lead>{_word_guard(tuple(kinds['list_lead']))}))"
            rf"(?P<clause>[ \t]*:|[^.!?\n:]*:)?[\s:;,]*$"
        ),
    )


def _province_only(name: str) -> Place | None:
    """The province ``name`` is, when the map has one of that name (a former name too)."""
    place = place_named(name)
    if place is None or place.level is not Level.PROVINCE or place.code != place.province_code:
        return None
    return place


def _in_capitals(text: str, start: int) -> bool:
    """Whether the line around ``start`` is written all in capitals (a headline: "NÔNG THÔN
    MỚI Ở HÀ TĨNH: THÊM 9 XÃ VỀ ĐÍCH"), where every word is capitalised."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)


def _bare_allowed_in_capitals(text: str, start: int, end: int, guards: _BareGuards) -> bool:
    """Whether the province name at ``text[start:end]``, in a line written in capitals,
    stands alone: the words around it are capitalised like all others there, so only a
    longer name the map knows ("ĐIỆN BIÊN PHỦ"), a title or an organisation's word before
    it (matched in any case: "BÁO NGHỆ AN") keep it from being the province."""
    after = re.match(rf"[ \t]+({_CAPITAL_WORD.pattern})", text[end : end + 30])
    if after and place_named(text[start : end + after.end()]) is not None:
        return False
    before = text[max(0, start - ORGANISATION_REACH) : start]
    organisation = re.compile(guards.organisation.pattern, re.IGNORECASE)
    if guards.person.search(before) or organisation.search(before):
        return False
    return not _among_communes(text, start, end, guards)


def _bare_allowed(text: str, start: int, end: int, guards: _BareGuards) -> bool:
    """Whether the province name at ``text[start:end]`` stands alone (see
    :func:`provinces_named_bare`)."""
    if _in_capitals(text, start):
        return _bare_allowed_in_capitals(text, start, end, guards)
    if re.match(rf"[ \t]+[{CAPITALS}]|-\w", text[end : end + 2]):
        return False  # the name goes on ("Điện Biên Phủ")
    before = text[max(0, start - ORGANISATION_REACH) : start]
    word = re.search(r"(\S*)\s*$", before)
    previous = word.group(1) if word else ""
    if previous and not previous[-1].isalnum():
        previous = ""  # a mark ends the word before: "…, Cà Mau", "(Cà Mau)"
    if previous and previous[:1].isupper() and not _ABBREVIATION.fullmatch(previous):
        # part of a longer name ("Nguyễn Thái Bình", "Báo Nghệ An"), unless the capitalised
        # word opens its sentence ("Tại Cà Mau, …", "Theo Cà Mau, …")
        opening = before[: len(before) - len(word.group(0))] if word else before
        if opening.strip() and not re.search(r"[.!?:;\n]\s*$", opening):
            return False
    if guards.person.search(before) or guards.organisation.search(before):
        return False
    if _among_communes(text, start, end, guards):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return guards.furniture.match(text, line_start, start) is None


#: One item of a list of places written bare: a run of capitalised words, with the bracket
#: that may follow it ("Hương Toàn (Hương Trà)").
_LIST_ITEM = rf"{_CAPITAL_WORD.pattern}(?:[ \t]+{_CAPITAL_WORD.pattern}){{0,3}}"


_BRACKET = r"[ \t]*\(([^()\n]{1,40})\)"


_ITEM_GAP = r"[ \t]*(?:,|;|và|hoặc)[ \t]*"


_ITEMS_BEFORE = re.compile(rf"(?:{_LIST_ITEM}(?:{_BRACKET})?{_ITEM_GAP})+$")


_ITEMS_AFTER = re.compile(rf"(?:{_BRACKET})?(?:{_ITEM_GAP}{_LIST_ITEM}(?:{_BRACKET})?)*")


#: A district's prefix opening a bracket: "(huyện Hương Trà)", "(TX. Hương Trà)".
_DISTRICT_IN_BRACKET = re.compile(r"(?i:huyện|thị[ \t]+xã|thành[ \t]+phố|quận|TX\.?|TP\.?)\b")


def _bracket_names_a_lower_place(inside: str) -> bool:
    """Whether a bracket after a bare name names the district it is in ("(Hương Trà)",
    "(huyện Phú Vang)"): a place's name that is no province's, nor an abbreviation."""
    inside = inside.strip()
    if _DISTRICT_IN_BRACKET.match(inside):
        return True
    if not _CAPITAL_WORD.match(inside) or _ABBREVIATION.fullmatch(inside):
        return False
    return _province_only(inside) is None and re.fullmatch(_LIST_ITEM, inside) is not None


def _among_communes(text: str, start: int, end: int, guards: _BareGuards) -> bool:
    """Whether the bare name at ``text[start:end]`` is an item of a list of communes, so a
    commune of that name, not the province: the name or another item of its list has its
    district in a bracket after it ("…; Hương Toàn, Hải Dương (Hương Trà); …"), or the
    list's lead names communes ("các xã A, B", "có thêm 14 xã đạt chuẩn: A, B"; "xã" right
    before the first item only with three items or more: "xã Hòa Bình, Tây Ninh" is an
    address)."""
    window = text[max(0, start - 400) : start]
    before = _ITEMS_BEFORE.search(window)
    after = _ITEMS_AFTER.match(text, end)
    listed_before, listed_after = (m.group(0) if m else "" for m in (before, after))
    chain = listed_before + text[start:end] + listed_after
    if any(_bracket_names_a_lower_place(m.group(1)) for m in re.finditer(_BRACKET, chain)):
        return True
    items = len(re.findall(_ITEM_GAP, re.sub(_BRACKET, "", chain))) + 1
    if items < 2:
        return False
    lead_end = len(window) - len(before.group(0)) if before else len(window)
    lead = guards.list_lead.search(window[:lead_end][-200:])
    if lead is None:
        return False
    lone_xa = lead.group("lead").lower() == "xã" and lead.group("clause") is None
    return items >= 3 or not lone_xa


@lru_cache(maxsize=16)
def provinces_named_bare(text: str) -> tuple[tuple[int, int, Place], ...]:
    """Every province ``text`` names without "tỉnh" in its running text ("người dân Cà Mau
    …", "Theo Sở NN&PTNT Thái Bình, …"), as ``(start, end, province)`` in text order, under
    guards (``[[bare_guard]]`` in place_prefixes.toml): the name is a province's (and not
    one never read bare: "tư tưởng Hồ Chí Minh" is the leader's) and the
    whole of its run of capitalised words (an abbreviation before it aside: "UBND Cà Mau");
    it follows no person's title ("ông Thái Bình") and no organisation's word earlier in its
    clause ("Hội Nông dân Bến Tre"); its line is no page furniture (an address, links); it is
    not written with a prefix there; it is no item of a list of provinces ("Đồng Nai, Bình
    Dương và Long An": several, examples); and the text names no district or commune of that
    name with its prefix ("thành phố Cà Mau": then the bare name could be either)."""
    guards = _bare_guards()
    prefixed = [(m.start(), m.end()) for m in re.finditer(PLACE_PATTERN, text)]
    lower = set()
    for a, b in prefixed:
        place = parse_place(text[a:b])
        if place is not None and place.level not in (None, Level.PROVINCE):
            lower.add(place_key(place.name))
    words = [(m.start(), m.end()) for m in _CAPITAL_WORD.finditer(text)]
    found: list[tuple[int, int, Place]] = []
    named: list[tuple[int, int]] = []  # every province's name, read or not
    taken = -1
    for m in re.finditer(HYPHENATED_PROVINCES, text):
        words.append((m.start(), m.end()))
    words.sort()
    for i, (start, _) in enumerate(words):
        if start < taken:
            continue
        for n in range(min(4, len(words) - i), 0, -1):
            end = words[i + n - 1][1]
            if any(
                text[words[j][1] : words[j + 1][0]].strip(" \t") != "" for j in range(i, i + n - 1)
            ):
                continue
            if words[i + n - 1][1] - start > 40:
                continue
            province = _province_only(text[start:end])
            if province is None or place_key(text[start:end]) in guards.never:
                continue
            if (
                place_key(province.name) not in lower
                and not any(a <= start < b for a, b in prefixed)
                and _bare_allowed(text, start, end, guards)
            ):
                found.append((start, end, province))
            named.append((start, end))
            taken = end
            break
    # provinces listed together ("Có 3 tỉnh Đồng Nai, Bình Dương và Long An", "Nghệ An, Hà
    # Tĩnh và Quảng Bình có …"): examples of several, none of them the place of the text
    spans = sorted(named + [(a, b) for a, b in prefixed if _is_province(text[a:b])])
    listed = set()
    for (a1, b1), (a2, _) in zip(spans, spans[1:], strict=False):
        if _LIST_GAP.fullmatch(text, b1, a2):
            listed.update({a1, a2})
    return tuple(
        f
        for f in found
        if f[0] not in listed
        and not amid_other_names(text, f[0], f[1])
        and not a_listed_district(text, f[2].name)
    )


def a_listed_district(text: str, name: str) -> bool:
    """Whether the province's ``name`` written bare in ``text`` is rather the district of
    that name of the province whose districts ``text`` lists bare around it
    (:func:`_listed_districts_province`)."""
    listing = _listed_districts_province(text)
    return bool(listing) and listing != name and listing in district_provinces(name)


#: How many distinct bare names of one province's districts (no province's name among them)
#: make a province's name written bare among them that province's district of the name.
MIN_LISTED_DISTRICTS = 2


def _listed_districts_province(text: str) -> str | None:
    """The one province that has a district of every bare run of capitalised words in
    ``text`` that names a district and no province, when there are at least
    :data:`MIN_LISTED_DISTRICTS` such names ("Minh Hóa 2 tỷ đồng, Tuyên Hóa 3 tỷ đồng, Quảng
    Ninh 1 tỷ đồng": Quảng Bình's, so "Quảng Ninh" is its district, not the province)."""
    common: set[str] | None = None
    names: set[str] = set()
    for m in _NAME_RUN.finditer(text):
        run = m.group()
        if _province_only(run) is not None:
            continue
        provinces = district_provinces(run)
        if not provinces:
            continue
        names.add(place_key(run))
        common = set(provinces) if common is None else common & provinces
    if not common or len(common) != 1 or len(names) < MIN_LISTED_DISTRICTS:
        return None
    return next(iter(common))


#: A run of capitalised words ("Hoàng Động", "Hoa Động"): a bare name, after or before.
_NAME_RUN = re.compile(rf"[{CAPITALS}][\w'’‘]*(?:[ \t]+[{CAPITALS}][\w'’‘]*){{0,3}}")


_RUN_BEFORE = re.compile(rf"[{CAPITALS}][\w'’‘]*(?:[ \t]+[{CAPITALS}][\w'’‘]*){{0,3}}$")


def amid_other_names(text: str, start: int, end: int) -> bool:
    """Whether a bare province name stands between two other bare names in one list ("xã
    đủ điều kiện gồm: Hoàng Động, Lâm Động, Hoa Động"): an item of a list of lower units
    that a tone slip makes look like a province, never the province itself."""
    before = re.search(r"(?:,|;)[ \t]*$", text[max(0, start - 3) : start])
    after = re.match(r"[ \t]*(?:,|;|và)[ \t]*", text[end : end + 6])
    if before is None or after is None:
        return False
    left = _RUN_BEFORE.search(text[max(0, start - 40) : start - len(before.group())])
    right = _NAME_RUN.match(text, end + after.end())
    return (
        left is not None
        and right is not None
        and not any(_is_province(run.group()) for run in (left, right))
    )


#: Between two places of a list: "A, B", "A và B", "A, tỉnh B", "A hoặc B".
_LIST_GAP = re.compile(r"[ \t]*(?:,|;|và|hoặc|cùng)(?:[ \t]+(?:và|tỉnh|thành\s+phố))?[ \t]*")


def _is_province(written: str) -> bool:
    place = parse_place(written)
    return place is not None and place.level is Level.PROVINCE
