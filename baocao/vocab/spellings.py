"""Misspelt and unaccented cue words, read as the words they stand for.

``spellings.toml`` lists forms a report writes in place of a key cue word: a typo ("tiểu
chí", "tiêu trí" for "tiêu chí") or an unaccented caption ("5/11 xa da dat chuan NTM").
:func:`respell` returns the text with each such form replaced by the word it reads as, one
character for one character, so the mention finders read the usual words while every offset
they find is an offset in the original text (the quotes are cut from the original). A form
whose bare spelling is another word ("xa", far) is read only right after a count.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from baocao.data.lexicon import Problems, entries, load_data
from baocao.vocab.patterns import words_regex

SPELLINGS_FILE = "spellings.toml"
#: A count right before a form read only after one: "5/11 ", "12 ", "1.020 ".
_COUNT_BEFORE = r"(?<![\w.,/])\d{1,3}(?:\.\d{3})*(?:\s*/\s*\d{1,3}(?:\.\d{3})*)?\s+"


_COUNT_ENDS = re.compile(_COUNT_BEFORE + "$")
_YEAR = re.compile(r"(?:19|20)\d\d\s+$")


@dataclass(frozen=True)
class Spellings:
    """The compiled variants: ``reads`` maps a variant's case-folded written form (its
    words joined by one space) to the word it reads as; ``counted`` holds the forms read only
    right after a count."""

    pattern: re.Pattern[str] | None
    reads: dict[str, str]
    counted: frozenset[str] = frozenset()

    def respell(self, text: str) -> str:
        if self.pattern is None or not self.pattern.search(text):
            return text
        return self.pattern.sub(self._replace, text)

    def _replace(self, m: re.Match[str]) -> str:
        found = m.group()
        key = " ".join(found.split()).casefold()
        canonical = self.reads.get(key)
        if canonical is None:
            return found
        if key in self.counted:
            before = m.string[max(0, m.start() - 24) : m.start()]
            if not _COUNT_ENDS.search(before) or _YEAR.search(before):
                return found  # "xa" not after a count is another word ("xa", far)
        # whitespace as written (the same characters), letters with the case written
        words = iter(canonical.split())
        out = re.sub(r"\S+", lambda w: _with_case(next(words), w.group()), found)
        return out if len(out) == len(found) else found


def _with_case(word: str, written: str) -> str:
    return "".join(c.upper() if w.isupper() else c for c, w in zip(word, written, strict=True))


def spellings_from(data: dict[str, Any], source: str = SPELLINGS_FILE) -> Spellings:
    """The variants of a parsed spellings.toml; LexiconError lists every bad entry."""
    problems = Problems(source)
    forms: list[str] = []
    counted: set[str] = set()
    reads: dict[str, str] = {}
    for where, entry in entries(data, "variant", problems):
        written = problems.require(where, entry, "written", str)
        canonical = problems.require(where, entry, "reads", str)
        after = problems.require(where, entry, "after_count", bool, optional=True, default=False)
        examples = problems.require_examples(where, entry)
        if written is None or canonical is None:
            continue
        written = unicodedata.normalize("NFC", " ".join(written.split()))
        canonical = unicodedata.normalize("NFC", " ".join(canonical.split()))
        if [len(w) for w in written.split()] != [len(w) for w in canonical.split()]:
            problems.add(where, "`reads` must have words as long as `written`'s")
            continue
        forms.append(written)
        reads[written.casefold()] = canonical
        if after:
            counted.add(written.casefold())
        for phrase in examples:
            found = re.search(words_regex((written,)), phrase)
            problems.check_example(where, phrase, found is not None, repr(written))
    problems.raise_if_any()
    pattern = re.compile(words_regex(tuple(forms))) if forms else None
    return Spellings(pattern, reads, frozenset(counted))


@cache
def spellings() -> Spellings:
    return spellings_from(load_data(SPELLINGS_FILE))


def respell(text: str) -> str:
    """``text`` with its misspelt and unaccented cue words read as the words they stand for,
    one character for one character (see the module docstring)."""
    return spellings().respell(text)
