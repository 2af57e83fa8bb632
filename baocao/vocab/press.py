"""The provincial press a text cites: its source tag, dateline or web address → a province.

"(Nguồn: Báo Hòa Bình)", "Theo Đài PT-TH Thái Bình", "(HBĐT) -", "baohaiduong.vn": a
provincial party newspaper or radio-TV station writes about its own province, so a text
that never names its province in prose is about the province of the press that wrote it.
The heads ("Báo", "Đài PT-TH"), the abbreviations and the web addresses that do not spell
their province live in ``baocao/data/press.toml``; the province after a head, and in a
"bao<province>.vn" address, is resolved through the gazetteer. A fallback for the metadata
only (:func:`press_province`), never over a province the text names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from baocao.data.lexicon import Problems, entries, fold, load_data
from baocao.model import Level, Place
from baocao.vocab.places import place_key, place_named

__all__ = ["press_province", "press_provinces"]

DATA_FILE = "press.toml"

#: Words after a province's name that still end a paper's name ("Báo Hòa Bình điện tử").
_NAME_TAILS = frozenset({"dien", "online"})
#: How many words a province's name after a head may have ("Bà Rịa - Vũng Tàu": four).
_MOST_NAME_WORDS = 4
#: A lower-case head ("theo báo Nghệ An") counts only after these: a source tag, not a verb
#: ("cảnh báo Lào Cai …").
_LOWER_HEAD_AFTER = re.compile(r"(?i:theo|nguồn\s*:|của|\()\s*$")
#: The context an abbreviation is a source tag in: "(HBĐT)", "(Nguồn: HBĐT)", "Theo HBĐT",
#: or alone at a line's start ("HBĐT - Sáng nay").
_TAG_BEFORE = r"(?:\(\s*(?:(?i:nguồn)\s*:\s*)?|(?i:nguồn)\s*:\s*|(?i:theo)\s+|^[ \t]*)"
#: "baohaiduong.vn", "media.baotayninh.vn", "www.baolamdong.vn/…".
_GENERIC_DOMAIN = re.compile(
    r"(?i)(?<![\w.@-])(?:[a-z0-9-]+\.)*bao(?P<slug>[a-z]+)\.(?:com\.vn|org\.vn|vn)(?![\w-])"
)
#: How far into a text a dateline may stand: the page's title and date lines come first.
_DATELINE_WITHIN = 1000
_WORD = re.compile(r"(?:[ \t]*-[ \t]*|[ \t]+)(\w+)")


@dataclass(frozen=True)
class _Lexicon:
    head_re: re.Pattern[str]
    tag_re: re.Pattern[str] | None
    tags: dict[str, str]  # abbreviation as written → province name
    named_re: re.Pattern[str] | None  # addresses and outlet names listed by hand
    named: dict[str, str]  # folded address or outlet name → province name
    dateline_re: re.Pattern[str] | None  # a province's abbreviation opening a dateline
    datelines: dict[str, str]  # abbreviation as written → province name


def _alternation(written: list[str]) -> str:
    return "|".join(
        r"\s*".join(re.escape(w) for w in key.split())
        for key in sorted(written, key=len, reverse=True)
    )


@cache
def _lexicon() -> _Lexicon:
    data = load_data(DATA_FILE)
    problems = Problems(DATA_FILE)
    heads: list[str] = []
    for where, entry in entries(data, "head", problems):
        written = problems.require(where, entry, "written", str)
        for example in problems.require_examples(where, entry):
            problems.check_example(
                where, example, written is not None and written in example, repr(written)
            )
        if written:
            heads.append(written)
    tags: dict[str, str] = {}
    named: dict[str, str] = {}
    datelines: dict[str, str] = {}
    for where, entry in entries(data, "dateline", problems):
        written = problems.require(where, entry, "written", str)
        province = problems.require(where, entry, "province", str)
        for example in problems.require_examples(where, entry):
            problems.check_example(
                where, example, written is not None and written in example, repr(written)
            )
        if not (written and province):
            continue
        place = place_named(province)
        if place is None or place.level is not Level.PROVINCE:
            problems.add(where, f"{province!r} is no province")
            continue
        datelines[written] = province
    for table, found in (("abbreviation", tags), ("domain", named)):
        for where, entry in entries(data, table, problems):
            written = problems.require(where, entry, "written", str)
            province = problems.require(where, entry, "province", str)
            outlet = problems.require(where, entry, "outlet", str)
            for example in problems.require_examples(where, entry):
                problems.check_example(
                    where, example, written is not None and written in example, repr(written)
                )
            if not (written and province and outlet):
                continue
            place = place_named(province)
            if place is not None and place.level is not Level.PROVINCE:
                problems.add(where, f"{province!r} is no province")
                continue
            if table == "abbreviation":
                found[written] = province
            else:
                found[fold(written)] = province
                found[fold(outlet)] = province
    problems.raise_if_any()
    tag_re = (
        re.compile(rf"{_TAG_BEFORE}(?P<tag>{_alternation(list(tags))})(?!\w)", re.MULTILINE)
        if tags
        else None
    )
    named_re = re.compile(rf"(?<![\w.])(?:{_alternation(list(named))})(?![\w-])") if named else None
    head_re = re.compile(rf"(?<!\w)(?:{_alternation(heads)})(?!\w)", re.IGNORECASE)
    dateline_re = (
        re.compile(
            rf"^[ \t]*(?:\((?P<bracketed>{_alternation(list(datelines))})\)"
            rf"|(?P<tag>{_alternation(list(datelines))}))[ \t]*[-–—][ \t]*(?=\w)",
            re.MULTILINE,
        )
        if datelines
        else None
    )
    return _Lexicon(
        head_re=head_re,
        tag_re=tag_re,
        tags=tags,
        named_re=named_re,
        named=named,
        dateline_re=dateline_re,
        datelines=datelines,
    )


def _province(name: str) -> Place | None:
    place = place_named(name)
    return place if place is not None and place.level is Level.PROVINCE else None


def _after_head(text: str, end: int) -> Place | None:
    """The province named right after a head ending at ``end``: the longest run of
    capitalised words the gazetteer knows as a province, not followed by another capitalised
    word ("Báo Hà Nội Mới" is a paper's own name, not the city's press)."""
    words: list[re.Match[str]] = []
    at = end
    while len(words) < _MOST_NAME_WORDS:
        m = _WORD.match(text, at)
        if m is None or not m.group(1)[0].isupper():
            break
        words.append(m)
        at = m.end()
    for n in range(len(words), 0, -1):
        place = _province(text[words[0].start(1) : words[n - 1].end()])
        if place is None:
            continue
        if n < len(words) and fold(words[n].group(1)) not in _NAME_TAILS:
            return None
        return place
    return None


def press_provinces(text: str) -> list[Place]:
    """Every province whose press the text cites, in the order cited (repeats kept)."""
    lexicon = _lexicon()
    found: list[tuple[int, Place]] = []
    for m in lexicon.head_re.finditer(text):
        if m.group()[0].islower() and not _LOWER_HEAD_AFTER.search(
            text[max(0, m.start() - 12) : m.start()]
        ):
            continue
        place = _after_head(text, m.end())
        if place is not None:
            found.append((m.start(), place))
    if lexicon.tag_re is not None:
        for m in lexicon.tag_re.finditer(text):
            place = _province(lexicon.tags[m.group("tag")])
            if place is not None:
                found.append((m.start("tag"), place))
    if lexicon.dateline_re is not None:
        # a province's abbreviation is read at a dateline only: near the top, then a dash
        for m in lexicon.dateline_re.finditer(text, 0, _DATELINE_WITHIN):
            tag = m.group("bracketed") or m.group("tag")
            place = _province(lexicon.datelines[tag])
            if place is not None:
                found.append((m.start(), place))
    folded = fold(text)
    if lexicon.named_re is not None:
        for m in lexicon.named_re.finditer(folded):
            place = _province(lexicon.named[re.sub(r"\s+", " ", m.group())])
            if place is not None:
                found.append((m.start(), place))
    for m in _GENERIC_DOMAIN.finditer(folded):
        place = _province(m.group("slug"))
        if place is not None:
            found.append((m.start(), place))
    return [place for _, place in sorted(found, key=lambda pair: pair[0])]


def press_province(text: str) -> Place | None:
    """The one province whose press the text cites; None when it cites none, or the press
    of several provinces."""
    places = press_provinces(text)
    keys = {place_key(p.code or p.name) for p in places}
    return places[0] if len(keys) == 1 else None
