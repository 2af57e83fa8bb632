"""The header lexicon: ``baocao/data/table_headers.toml`` loaded and validated.

Four lists of folded words: ``column`` headers and the role they give a column, ``flow``
words in a money header ("Kế hoạch" → planned), cell ``mark`` words ("Đạt", "x") and
summary ``row`` words ("Tổng cộng", "Tỷ lệ (%)").

Folding drops accents, and "đ" becomes "d": "Dat" is still "Đạt". In a word of one or two
letters the bar is all that tells the word from a letter ("Đ", short for "Đạt", and a cell
"D", a column's letter or a grade; "CĐ" and "CD"), so such an entry also keeps its đ
(:attr:`HeaderWord.dd`) and matches a cell only when the cell writes the đ too — or when
the caller knows from the cell's table that the bar was lost (see
:func:`~baocao.nlp.tables.cells.cell_mark`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from baocao.data.lexicon import Problems, entries, fold, fold_words, load_data

DATA_FILE = "table_headers.toml"

#: What a column can mean (see table_headers.toml).
COLUMN_ROLES = frozenset(
    {
        "subject",
        "count",
        "source",
        "purpose",
        "amount",
        "share",
        "unit",
        "label",
        "value",
        "threshold",
        "criterion",
        "verdict",
        "ordinal",
        "period",
        "met_list",
        "unmet_list",
        "units_total",
        "units_met",
        "average",
    }
)
FLOWS = frozenset({"mobilised", "allocated", "disbursed", "planned"})
#: Longest word (in letters) whose "đ" is all that tells it from another: "Đ", "CĐ".
DD_SHORT = 2
_DD = re.compile("[đĐ]")


def fold_keeping_dd(text: str) -> str:
    """:func:`~baocao.data.lexicon.fold_words` but for "đ", which stays "đ" ("CĐ" → "cđ",
    "CD" → "cd")."""
    return " ".join("đ".join(fold(part) for part in _DD.split(text)).split())


def _dd_key(words: str) -> str | None:
    """The key a short word written with "đ" must match with its đ (see the module
    docstring); None for every other word."""
    if not _DD.search(words) or len(fold_words(words).replace(" ", "")) > DD_SHORT:
        return None
    return fold_keeping_dd(words)


ROW_ROLES = frozenset({"total", "percent"})


@dataclass(frozen=True)
class HeaderWord:
    """One lexicon entry: folded ``words`` and what they mean (``value``: a role, flow or
    met flag), matched exactly or as a ``prefix`` of a longer header."""

    words: str
    value: Any
    prefix: bool = False
    unit_kind: str | None = None
    unmet: bool = False
    tick: bool = False
    # A word of expectation that says what the money is whatever other flow word the header
    # holds: "Dự kiến huy động" is money planned, not mobilised.
    modal: bool = False
    # A short word whose "đ" tells it from a letter ("đ", "cđ"): its words with the đ kept,
    # which a cell must match (see the module docstring).
    dd: str | None = None

    def reads(self, folded: str, kept: str, *, bare_d: bool = False) -> bool:
        """Whether a cell folded to ``folded`` (and to ``kept`` by
        :func:`fold_keeping_dd`) is this word: a short đ word only with its đ written, or
        with ``bare_d`` (its table writes the đ elsewhere, so this cell lost the bar)."""
        # a prefix word reads a header that goes on in words or per unit ("Bình quân tiêu
        # chí/xã"): the "/" of "per" ends a word as a space does
        if folded != self.words and not (
            self.prefix and folded.startswith((self.words + " ", self.words + "/"))
        ):
            return False
        return self.dd is None or bare_d or kept == self.dd or kept.startswith(self.dd + " ")


@dataclass(frozen=True)
class HeaderLexicon:
    columns: tuple[HeaderWord, ...]
    flows: tuple[HeaderWord, ...]
    marks: tuple[HeaderWord, ...]
    rows: tuple[HeaderWord, ...]


def parse_lexicon(data: dict[str, Any], *, source: str = DATA_FILE) -> HeaderLexicon:
    """Validate the parsed TOML of table_headers.toml; every bad entry is reported at once
    in one :class:`~baocao.errors.LexiconError`."""
    problems = Problems(source)

    def read(key: str, field: str, allowed: Iterable[Any] | None, kind: type) -> list[HeaderWord]:
        words_seen: set[tuple[str, bool]] = set()
        out: list[HeaderWord] = []
        allowed_set = frozenset(allowed) if allowed is not None else None
        for where, entry in entries(data, key, problems):
            words = problems.require(where, entry, "words", str)
            value = problems.require(where, entry, field, kind)
            examples = problems.require_examples(where, entry)
            match = problems.require(where, entry, "match", str, optional=True, default="exact")
            unit_kind = problems.require(where, entry, "unit_kind", str, optional=True)
            unmet = problems.require(where, entry, "unmet", bool, optional=True, default=False)
            tick = problems.require(where, entry, "tick", bool, optional=True, default=False)
            modal = problems.require(where, entry, "modal", bool, optional=True, default=False)
            if match not in ("exact", "prefix"):
                problems.add(where, f"`match` must be 'exact' or 'prefix', got {match!r}")
            if allowed_set is not None and value is not None and value not in allowed_set:
                problems.add(where, f"`{field}` {value!r} is not one of {sorted(allowed_set)}")
            if words is None or value is None:
                continue
            folded = fold_words(words)
            if (folded, match == "prefix") in words_seen:
                problems.add(where, f"{words!r} is listed twice")
            words_seen.add((folded, match == "prefix"))
            dd = _dd_key(words)
            if dd is not None and key != "mark":
                problems.add(where, f"{words!r}: a word this short is told by its đ only as a mark")
            for example in examples:
                found = _contains_words(fold_words(example), folded) and (
                    dd is None or _contains_words(fold_keeping_dd(example), dd)
                )
                problems.check_example(where, example, found, repr(words))
            out.append(
                HeaderWord(
                    folded, value, match == "prefix", unit_kind, bool(unmet), bool(tick),
                    bool(modal), _dd_key(words),
                )
            )  # fmt: skip
        # A modal word first ("dự kiến huy động" is planned money), then the longest words:
        # "số tiêu chí chưa đạt" before "số tiêu chí".
        return sorted(out, key=lambda w: (not w.modal, -len(w.words), w.prefix))

    lexicon = HeaderLexicon(
        columns=tuple(read("column", "role", COLUMN_ROLES, str)),
        flows=tuple(read("flow", "flow", FLOWS, str)),
        marks=tuple(read("mark", "met", None, bool)),
        rows=tuple(read("row", "role", ROW_ROLES, str)),
    )
    problems.raise_if_any()
    return lexicon


@cache
def header_lexicon() -> HeaderLexicon:
    """The packaged table_headers.toml, validated once."""
    return parse_lexicon(load_data(DATA_FILE))


def _contains_words(text: str, words: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None


def lookup(words: Sequence[HeaderWord], folded: str) -> HeaderWord | None:
    """The first of ``words`` a header folded to ``folded`` reads as. Headers and row names
    hold no short đ word (the marks do: :func:`~baocao.nlp.tables.cells.cell_mark`), so one
    listed there would never match a folded header."""
    for w in words:
        if w.reads(folded, folded):
            return w
    return None


def _at(text: str, words: str) -> int | None:
    m = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text)
    return m.start() if m else None


def flow_in(words: Sequence[HeaderWord], folded: str) -> HeaderWord | None:
    """The flow an amount column's header states: a modal word, else the longest flow
    word, unless a plan word is written before it ("Kế hoạch giải ngân", "Kế hoạch vốn
    được giao": money planned, whatever it is planned to do)."""
    found = find_anywhere(words, folded)
    if found is None or found.value == "planned":
        return found
    at = _at(folded, found.words)
    for w in words:
        if w.value == "planned":
            plan = _at(folded, w.words)
            if plan is not None and at is not None and plan < at:
                return w
    return found


def find_anywhere(words: Sequence[HeaderWord], folded: str) -> HeaderWord | None:
    for w in words:
        if _contains_words(folded, w.words):
            return w
    return None
