"""Funding sources: the phrase a report uses → the FACTS.md taxonomy.

``total``, ``central``, ``province``, ``district``, ``commune``, ``integrated``, ``credit``,
``enterprise``, ``community``, ``other`` — or several joined by ``+`` in that order when the
text joins them ("Nguồn vốn Trung ương, tỉnh" → ``central+province``). The phrases live in
``baocao/data/funding_sources.toml``.

Rules, in order:

* phrases match accent- and case-insensitively on whole words, longest first;
* after a phrase, a list of level words joined by ",", "và", "&", "/", "+" or "-" adds their
  sources ("ngân sách tỉnh, huyện" → ``province+district``);
* ``total`` ("tổng nguồn vốn", "tổng kinh phí") yields to any named source, so "tổng kinh phí
  từ ngân sách tỉnh" is ``province``;
* a phrase may name several levels at once: "ngân sách nhà nước" (the state budget) is
  ``central+province+district+commune``, "ngân sách địa phương" ``province+district+commune``;
* a phrase marked ``yields`` names the state budget only when no other source is named with
  it: "vốn hỗ trợ trực tiếp" is the state budget, "vốn hỗ trợ trực tiếp từ ngân sách tỉnh"
  the province's;
* a phrase in parentheses qualifies the one before it and names a source only when nothing
  outside the parentheses does: the kind of money wins over who lent it ("Vốn tín dụng chính
  sách (ngân sách nhà nước cấp)" is ``credit``);
* the reporting ``level`` can override a phrase: a province-level city's "ngân sách thành
  phố" is its ``province`` budget; elsewhere it is ``district``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from baocao.data.lexicon import Problems, entries, fold, fold_words, load_data
from baocao.model import Level

__all__ = ["SOURCES", "funding_source", "leading_source"]

DATA_FILE = "funding_sources.toml"

#: The taxonomy, in the order joined sources are written.
SOURCES = (
    "total",
    "central",
    "province",
    "district",
    "commune",
    "integrated",
    "credit",
    "enterprise",
    "community",
    "other",
)

_JOINER = r"\s*(?:,|;|và|va|&|/|\+|-|–)\s*"
_LIST_HEAD = r"(?:(?:nguon\s+)?(?:ngan\s+sach|von|ns)\s+)?(?:cap\s+)?"


_PARENTHESES = re.compile(r"\([^()]*\)?")


@dataclass(frozen=True)
class _Entry:
    source: str  # one source, or several joined by "+" ("province+district+commune")
    by_level: dict[str, str]
    yields: bool = False  # only when no other source is named with it
    kept: bool = False  # "other" money of its own, kept beside the sources named with it


@dataclass(frozen=True)
class _Lexicon:
    phrases: dict[str, _Entry]  # folded phrase → entry
    list_words: dict[str, _Entry]
    phrase_re: re.Pattern[str]
    list_re: re.Pattern[str]
    level_re: re.Pattern[str]  # a level written right after a kind of money


def _words(folded: str) -> str:
    return r"\s+".join(re.escape(w) for w in folded.split())


@cache
def _lexicon() -> _Lexicon:
    data = load_data(DATA_FILE)
    problems = Problems(DATA_FILE)
    order = data.get("order")
    if order != list(SOURCES):
        problems.add("order", f"must be {list(SOURCES)}, got {order!r}")
    tables: dict[str, dict[str, _Entry]] = {"source": {}, "list_word": {}}
    guards: dict[str, tuple[str, ...]] = {}
    # words that, right before a phrase, make it another word folded alike: "thực hiện gần"
    # folds as "hiến gần" (land given) does
    before: dict[str, tuple[str, ...]] = {}
    for table, found in tables.items():
        for where, entry in entries(data, table, problems):
            phrase = problems.require(where, entry, "phrase", str)
            source = problems.require(where, entry, "source", str)
            examples = problems.require_examples(where, entry)
            by_level = problems.require(where, entry, "by_level", dict, optional=True, default={})
            not_followed_by = problems.require_strings(where, entry, "not_followed_by")
            not_after = problems.require_strings(where, entry, "not_after")
            yields = problems.require(where, entry, "yields", bool, optional=True, default=False)
            kept = problems.require(where, entry, "kept", bool, optional=True, default=False)
            if phrase is None or source is None:
                continue
            bad = [
                s
                for value in (source, *by_level.values())
                for s in value.split("+")
                if s not in SOURCES
            ]
            bad_levels = [k for k in by_level if k not in {lv.value for lv in Level}]
            if bad or bad_levels:
                problems.add(where, f"unknown source or level: {bad + bad_levels}")
                continue
            key = fold_words(phrase)
            if key in found:
                problems.add(where, f"{phrase!r} is listed twice")
            found[key] = _Entry(source, dict(by_level), bool(yields), bool(kept))
            guards[key] = tuple(fold_words(w) for w in not_followed_by)
            before[key] = tuple(fold_words(w) for w in not_after)
            for example in examples:
                hit = re.search(rf"(?<!\w){_words(key)}(?!\w)", fold(example))
                problems.check_example(where, example, hit is not None, repr(phrase))
    problems.raise_if_any()

    def alternation(keys: dict[str, _Entry]) -> str:
        parts = []
        for key in sorted(keys, key=len, reverse=True):
            guard = "".join(rf"(?!\s+{_words(g)}(?!\w))" for g in guards[key])
            after = "".join(rf"(?<!{re.escape(w)} )" for w in before.get(key, ()))
            parts.append(after + _words(key) + guard)
        return "|".join(parts)

    phrases, list_words = tables["source"], tables["list_word"]
    return _Lexicon(
        phrases=phrases,
        list_words=list_words,
        phrase_re=re.compile(rf"(?<!\w)(?:{alternation(phrases)})(?!\w)"),
        list_re=re.compile(rf"{_JOINER}{_LIST_HEAD}(?P<word>{alternation(list_words)})(?!\w)"),
        level_re=re.compile(rf"\s+{_LIST_HEAD}(?P<word>{alternation(list_words)})(?!\w)"),
    )


def _resolve(entry: _Entry, level: str | None) -> str:
    return entry.by_level.get(level, entry.source) if level else entry.source


def funding_source(phrase: str, level: Level | str | None = None) -> str | None:
    """The taxonomy source ``phrase`` names ("vốn Trung ương" → "central"), several joined by
    "+" ("Nguồn vốn Trung ương, tỉnh" → "central+province"), or None when it names none.
    ``level`` is the reporting unit's level ("province", "district", "commune")."""
    return _funding_source(fold(phrase), str(level) if level is not None else None)


@lru_cache(maxsize=4096)
def _funding_source(folded: str, level: str | None) -> str | None:
    outside = _PARENTHESES.sub(lambda m: " " * len(m.group()), folded)
    if outside != folded and outside.strip():
        found = _sources_in(outside, level)
        if found:
            return found
    return _sources_in(folded, level)


def _sources_in(folded: str, level: str | None) -> str | None:
    lexicon = _lexicon()
    found: set[str] = set()
    general: set[str] = set()  # from phrases that yield to any other source named
    other_named = False  # "… và nguồn khác": other money named as such, not a campaign word
    for m in lexicon.phrase_re.finditer(folded):
        entry = lexicon.phrases[" ".join(m.group().split())]
        other_named = other_named or entry.kept
        position = m.end()
        owner = lexicon.level_re.match(folded, position) if entry.yields else None
        if owner is not None:
            # "vốn sự nghiệp Trung ương", "vốn đầu tư công tỉnh": a kind of state money
            # with the level whose budget it is written right after it is that level's
            word = " ".join(owner.group("word").split())
            found.update(_resolve(lexicon.list_words[word], level).split("+"))
            position = owner.end()
        else:
            (general if entry.yields else found).update(_resolve(entry, level).split("+"))
        while (more := lexicon.list_re.match(folded, position)) is not None:
            word = " ".join(more.group("word").split())
            found.update(_resolve(lexicon.list_words[word], level).split("+"))
            position = more.end()
    if not found - {"total", "other"}:
        found |= general
    if len(found) > 1:
        found.discard("total")
    if len(found) > 1 and not other_named:
        # "vận động nhân dân đóng góp": the contributor named is the source
        found.discard("other")
    if not found:
        return None
    return "+".join(s for s in SOURCES if s in found)


# Words that tie a source to the amount before it: "… 15 tỷ đồng do nhân dân đóng góp",
# "… 3 tỷ đồng từ nguồn vốn tín dụng", "… 12 tỷ vốn doanh nghiệp".
# ("sự đóng góp của nhân dân": the noun "sự" before the people's giving)
_LINK_WORDS = r"(?:la|cua|tu|thuoc|do|nguon\s+von|nguon|von|ngan\s+sach|kinh\s+phi|cac|su)\s+"
_LINK = re.compile(rf"\s*(?:{_LINK_WORDS})*")
_SPACES = re.compile(r"\s+")
# A level word alone names a place there ("… 15 tỷ đồng huyện Tứ Kỳ": given to it), not
# its budget, unless a link word says whose money it is ("… của huyện", "… vốn huyện").
_BARE_LEVELS = frozenset({"tinh", "huyen", "xa", "thanh pho", "thi xa", "dia phuong"})


def leading_source(phrase: str, level: Level | str | None = None) -> str | None:
    """The source ``phrase`` names when it opens with one (after "là", "của", "từ", "do",
    "vốn"…), as words written right after an amount do ("… 15 tỷ đồng nhân dân đóng góp",
    "… 12 tỷ vốn doanh nghiệp"); None when it opens with other words ("… để làm đường cho
    xã"), with a bare level word ("… huyện Tứ Kỳ"), or names only the total."""
    folded = fold(phrase)
    linked = _LINK.match(folded).end()  # type: ignore[union-attr]
    # a phrase may open at any word of the link words ("ngân sách tỉnh" opens at "ngân
    # sách", "các nguồn vốn khác" at "vốn")
    starts = [0, *(w.end() for w in _SPACES.finditer(folded, 0, linked))]
    for start in starts:
        start += len(folded[start:]) - len(folded[start:].lstrip())
        first = _lexicon().phrase_re.match(folded, start)
        if first is None:
            continue
        if " ".join(first.group().split()) in _BARE_LEVELS and not folded[:start].strip():
            return None
        found = funding_source(phrase, level)
        return None if found in (None, "total") else found
    return None


def names_kind_only(phrase: str) -> bool:
    """Whether ``phrase`` names only a kind of state money (entries marked ``yields``: "vốn
    đầu tư phát triển", "kinh phí sự nghiệp") and no source of its own: listed under a whole
    ("ngân sách trung ương … (gồm vốn đầu tư phát triển …)") it takes the whole's source."""
    lexicon = _lexicon()
    folded = fold(phrase)
    kinds = [
        lexicon.phrases[" ".join(m.group().split())].yields
        and lexicon.level_re.match(folded, m.end()) is None  # "vốn sự nghiệp tỉnh": a level's
        for m in lexicon.phrase_re.finditer(folded)
    ]
    return bool(kinds) and all(kinds)
