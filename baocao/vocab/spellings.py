"""Misspelt and unaccented cue words, read as the words they stand for.

``spellings.toml`` lists forms a report writes in place of a key cue word: a typo ("tiểu
chí", "tiêu trí" for "tiêu chí") or an unaccented caption ("5/11 xa da dat chuan NTM"); and
words whose tone mark is typed on the wrong vowel ("40 triêụ đồng/người/năm"): each form with
the mark on another vowel (:func:`tone_slips`) reads as the word.
:func:`respell` returns the text with each such form replaced by the word it reads as, one
character for one character, so the mention finders read the usual words while every offset
they find is an offset in the original text (the quotes are cut from the original). A form
whose bare spelling is another word ("xa", far) is read only right after a count; one that is
another word before anything but a share ("chiêm", of "lúa chiêm"; a typo of "chiếm") only
right before a share ("chiêm 45%").
"Ð"/"ð" (U+00D0/U+00F0, the Icelandic eth) typed for "Đ"/"đ" (U+0110/U+0111), as web text
often does ("huyện Ðắk Song"), read as the Vietnamese letter: one code point for one too; so
are an em dash (a range "2016—2020") as the en dash and a Unicode hyphen as "-".
A word-final "oa", "oe", "uy" with its tone mark on the second vowel ("hoà", "thuỷ", the
"new" placement) is read with it on the first ("hòa", "thủy"), the placement the patterns
and lexicons are written in (:func:`old_tone_placement`): one code point for one as well.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from baocao.data.lexicon import Problems, entries, load_data
from baocao.vocab.patterns import cues, words_regex

SPELLINGS_FILE = "spellings.toml"
#: A count right before a form read only after one: "5/11 ", "12 ", "1.020 "; an amount's
#: decimals too ("96,4 tý đồng": the money units' slips are read only after a figure).
_COUNT_BEFORE = r"(?<![\w.,/])\d{1,3}(?:\.\d{3})*(?:,\d+)?(?:\s*/\s*\d{1,3}(?:\.\d{3})*)?\s+"


_COUNT_ENDS = re.compile(_COUNT_BEFORE + "$")
#: A share right after a form read only before one: " 45%", " tỷ lệ 12,5 %", " khoảng 30%".
_SHARE_AFTER = re.compile(
    r"\s+(?:(?:tỷ|tỉ)\s+lệ\s+)?(?:(?:khoảng|gần|hơn|trên|dưới)\s+)?\d{1,3}(?:[.,]\d+)?\s*%",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d\s+$")
#: Look-alike letters read as the Vietnamese ones, one code point for one: the eth for đ;
#: and the dashes read as the two the patterns write: an em, figure or bar dash as the en dash
#: ("2016—2020" is "2016–2020"), a Unicode hyphen as "-".
_LOOKALIKES = str.maketrans(
    {
        "\u00d0": "\u0110",
        "\u00f0": "\u0111",
        **dict.fromkeys("\u2012\u2014\u2015", "\u2013"),
        **dict.fromkeys("\u2010\u2011", "-"),
    }
)
#: A word-final "oa", "oe" or "uy" with its tone mark on the second vowel, the "new"
#: placement ("hoà", "khoẻ", "thuỷ", "Uỷ ban"), never after "q" ("quý", "quả": the "u" is the
#: consonant's). NFC makes each vowel one code point, so the pair is two either way.
_NEW_PLACEMENT = re.compile(r"(?<![qQ])(?:[oO][áàảãạéèẻẽẹÁÀẢÃẠÉÈẺẼẸ]|[uU][ýỳỷỹỵÝỲỶỸỴ])(?![^\W\d_])")


def _old_placement(m: re.Match[str]) -> str:
    found = m.group()
    second = unicodedata.normalize("NFD", found[1])  # the vowel, then its tone mark
    return unicodedata.normalize("NFC", found[0] + second[1]) + second[0]


def old_tone_placement(text: str) -> str:
    """``text`` with the tone mark of every word-final "oa", "oe", "uy" on the first vowel
    ("hoà" → "hòa", "thuỷ" → "thủy", "Uỷ ban" → "Ủy ban"), one code point for one. Offices
    and converters place it either way; the patterns, lexicons and gold are written with the
    old placement, and a place written "Hoà Vang" is the place "Hòa Vang"."""
    return _NEW_PLACEMENT.sub(_old_placement, text)


@dataclass(frozen=True)
class Spellings:
    """The compiled variants: ``pattern`` finds any of them (a quick test), ``forms`` holds
    each one's own pattern, the word it reads as, and where alone it is read: ``"after_count"``
    (right after a count), ``"before_share"`` (right before a share) or ``""`` (anywhere)."""

    pattern: re.Pattern[str] | None
    forms: tuple[tuple[re.Pattern[str], str, str], ...] = ()

    def respell(self, text: str) -> str:
        """Each form is read where it is written, overlapping forms too ("xa dat" and "dat
        chuan" in "8 xa dat chuan" agree on "dat")."""
        text = old_tone_placement(text.translate(_LOOKALIKES))
        if self.pattern is None or not self.pattern.search(text):
            return text
        chars: list[str] | None = None
        for pattern, canonical, where in self.forms:
            for m in pattern.finditer(text):
                if where == "after_count":
                    before = text[max(0, m.start() - 24) : m.start()]
                    if not _COUNT_ENDS.search(before) or _YEAR.search(before):
                        continue  # "xa" not after a count is another word ("xa", far)
                elif where == "before_share" and not _SHARE_AFTER.match(text, m.end()):
                    continue  # "lúa chiêm", "Chiêm Hóa": another word
                out = _respelt(m.group(), canonical)
                if out is not None:
                    chars = chars if chars is not None else list(text)
                    chars[m.start() : m.end()] = out
        return "".join(chars) if chars is not None else text


def _respelt(found: str, canonical: str) -> str | None:
    """``canonical`` with the whitespace and the letter case of ``found`` (the same number of
    characters), or None when the words' lengths differ."""
    words = iter(canonical.split())
    try:
        out = re.sub(r"\S+", lambda w: _with_case(next(words), w.group()), found)
    except (StopIteration, ValueError):
        return None
    return out if len(out) == len(found) else None


def _with_case(word: str, written: str) -> str:
    return "".join(c.upper() if w.isupper() else c for c, w in zip(word, written, strict=True))


#: The five tone marks (acute, grave, hook above, tilde, dot below), decomposed.
_TONES = frozenset("\u0301\u0300\u0309\u0303\u0323")
_VOWELS = frozenset("aeiouy")


def tone_slips(word: str) -> tuple[str, ...]:
    """The forms of ``word`` with its tone mark typed on another of its vowels ("triệu" →
    "trịêu", "triêụ"; "người" → "ngừơi", "ngươì"), each as long as the word in NFC: every
    vowel is one character with or without the mark. () when the word has no tone mark or
    one vowel only."""
    letters = [unicodedata.normalize("NFD", c) for c in word]
    marked = [i for i, c in enumerate(letters) if _TONES & set(c)]
    if len(marked) != 1:
        return ()
    at = marked[0]
    tone = next(m for m in letters[at] if m in _TONES)
    out = []
    for i, letter in enumerate(letters):
        if i == at or letter[:1].lower() not in _VOWELS:
            continue
        slipped = list(letters)
        slipped[at] = letters[at].replace(tone, "")
        slipped[i] = letter + tone
        out.append(unicodedata.normalize("NFC", "".join(slipped)))
    return tuple(out)


def spellings_from(data: dict[str, Any], source: str = SPELLINGS_FILE) -> Spellings:
    """The variants of a parsed spellings.toml; LexiconError lists every bad entry."""
    problems = Problems(source)
    forms: list[str] = []
    where_read: dict[str, str] = {}
    reads: dict[str, str] = {}
    for where, entry in entries(data, "variant", problems):
        written = problems.require(where, entry, "written", str)
        canonical = problems.require(where, entry, "reads", str)
        after = problems.require(where, entry, "after_count", bool, optional=True, default=False)
        share = problems.require(where, entry, "before_share", bool, optional=True, default=False)
        examples = problems.require_examples(where, entry)
        if written is None or canonical is None:
            continue
        written = unicodedata.normalize("NFC", " ".join(written.split()))
        canonical = unicodedata.normalize("NFC", " ".join(canonical.split()))
        if [len(w) for w in written.split()] != [len(w) for w in canonical.split()]:
            problems.add(where, "`reads` must have words as long as `written`'s")
            continue
        if after and share:
            problems.add(where, "`after_count` and `before_share` cannot both be set")
            continue
        forms.append(written)
        reads[written.casefold()] = canonical
        if after or share:
            where_read[written.casefold()] = "after_count" if after else "before_share"
        for phrase in examples:
            found = re.search(words_regex((written,)), phrase)
            problems.check_example(where, phrase, found is not None, repr(written))
    for where, entry in entries(data, "tone_slip", problems):
        word = problems.require(where, entry, "word", str)
        examples = problems.require_examples(where, entry)
        if word is None:
            continue
        word = unicodedata.normalize("NFC", word.strip())
        slips = tone_slips(word)
        if not slips:
            problems.add(where, f"{word!r} has no tone mark that can sit on another vowel")
            continue
        for slip in slips:
            forms.append(slip)
            reads[slip.casefold()] = word
        for phrase in examples:
            found = re.search(words_regex(slips), unicodedata.normalize("NFC", phrase))
            problems.check_example(where, phrase, found is not None, f"a slip of {word!r}")
    problems.raise_if_any()
    pattern = re.compile(words_regex(tuple(forms))) if forms else None
    compiled = tuple(
        (
            re.compile(words_regex((form,))),
            reads[form.casefold()],
            where_read.get(form.casefold(), ""),
        )
        for form in sorted(forms, key=len)
    )
    return Spellings(pattern, compiled)


@cache
def spellings() -> Spellings:
    return spellings_from(load_data(SPELLINGS_FILE))


def respell(text: str) -> str:
    """``text`` with its misspelt and unaccented cue words read as the words they stand for,
    one character for one character (see the module docstring), and the quotation marks a
    news text puts around a verb of reaching the standard blanked ("9 xã đăng ký "về đích""
    reads as "đăng ký về đích")."""
    text = spellings().respell(text)
    if '"' not in text and "“" not in text:
        return text
    return _quoted_finish().sub(lambda m: f" {m.group(2)} ", text)


@cache
def _quoted_finish() -> re.Pattern[str]:
    """A verb of reaching the standard in quotation marks: "“về đích”", "\"cán đích\""."""
    return re.compile(r'(["“”])(' + cues().pattern("reach_verb", "finish") + r')(["“”])')
