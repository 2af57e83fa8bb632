"""Words and digits OCR misreads as other real characters, repaired in context.

Two classes no gazetteer or number-mark rule repairs (:mod:`baocao.extract.ocrtext` handles
the marks between digits, :mod:`baocao.extract.ocrplaces` the place names):

- **letters read for digits** inside a number (``1O`` for 10, ``l5`` for 15, ``2,5O%``): a
  token of digits, number marks and the confusable letters of ``ocr_confusables.toml``'s
  ``[[digit]]`` entries, holding at least one digit, with no letter on either side, has its
  letters made digits (:func:`fix_digit_letters`). A token of digits alone is never changed,
  nor a word (``lo``, ``Ông``) or a Roman numeral (``II``: no digit);
- **a percentage's digits read as letters** (``Á00%``, ``lOO%``, ``I5%``): glued to ``%``,
  a token is a number whatever its glyphs, so ``O`` / ``o`` are 0 and ``I``, ``l``, ``Á``,
  ``|`` and ``!`` are 1 (:func:`fix_percent_letters`), when the share so read is 100 or less;
- **cue words read as another real word** (``quyết chỉ`` for ``quyết chi``, ``dạt`` for
  ``đạt``, ``xả`` for ``xã``): each ``[[cue]]`` entry gives the right form, the forms OCR
  makes of it, and the context in which a misread form can only be the cue (a figure after
  it, a sum of money in its sentence, a count before it); the contexts where the misread
  form is a real word veto (:func:`fix_cue_words`).

Both run on an OCR page's lines and cells before the text is built (through
:func:`baocao.extract.ocrtext.repair_ocr_text`), so offsets and quotes are those of the
repaired text. Applying them twice changes nothing.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from baocao.data.lexicon import Problems, entries, load_data

DATA_FILE = "ocr_confusables.toml"

#: How far around a misread cue word its ``near`` context is looked for (same sentence).
NEAR_CHARS = 120
#: How much text before a misread form its ``before`` / ``not_before`` contexts see.
BEFORE_CHARS = 40
_SENTENCE_END = re.compile(r"[.!?;]\s|\n\n")
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]+[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")


def _capitalised(word: str) -> bool:
    """A name's syllable: a capital, then lower case ("Xá", "Tùng"; not "UBND", "xã")."""
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


@dataclass(frozen=True)
class DigitLetter:
    letter: str
    digit: str
    inside: bool  # only between two digits or marks, never at a token's ends


@dataclass(frozen=True)
class CueWord:
    written: str
    misread: tuple[str, ...]
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    near: re.Pattern[str] | None
    not_before: re.Pattern[str] | None
    not_after: re.Pattern[str] | None
    name_after: bool  # a capitalised word right after it is context too
    examples: tuple[str, ...]
    keep: tuple[str, ...]
    pattern: re.Pattern[str]

    def fits(self, text: str, start: int, end: int) -> bool:
        """Whether the misread form at ``text[start:end]`` is this cue in its context."""
        before = text[max(0, start - BEFORE_CHARS) : start]
        after = text[end : end + BEFORE_CHARS]
        previous = _WORD_BEFORE.search(before)
        if (
            _capitalised(text[start:end].split()[0])
            and previous
            and _capitalised(previous.group().strip())
        ):
            return False  # a syllable of a name ("Bùi Xả"): not a cue
        if self.not_before is not None and self.not_before.search(before):
            return False
        if self.not_after is not None and self.not_after.search(after):
            return False
        checks = []
        if self.before is not None:
            checks.append(bool(self.before.search(before)))
        if self.after is not None:
            checks.append(bool(self.after.search(after)))
        if self.near is not None:
            checks.append(bool(self.near.search(_sentence(text, start, end))))
        if self.name_after:
            following = _WORD_AFTER.match(after)
            word = following.group(1) if following else ""
            # in a heading in capitals ("XẢ HÒA LẠC"), a word in capitals is a name too
            heading = text[start:end].isupper() and len(word) > 1 and word.isupper()
            checks.append(_capitalised(word) or heading)
        return not checks or any(checks)


@dataclass(frozen=True)
class Confusables:
    digits: tuple[DigitLetter, ...]
    cues: tuple[CueWord, ...]
    token: re.Pattern[str]  # a number token that may hold confusable letters


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]``, at most :data:`NEAR_CHARS` each side."""
    left = text[max(0, start - NEAR_CHARS) : start]
    ends = list(_SENTENCE_END.finditer(left))
    if ends:
        left = left[ends[-1].end() :]
    right = text[end : end + NEAR_CHARS]
    stop = _SENTENCE_END.search(right)
    if stop:
        right = right[: stop.start()]
    return left + text[start:end] + right


def _case_as(written: str, form: str) -> str:
    """``form`` in the case of ``written``: all capitals, a capital first, or as is."""
    letters = [ch for ch in written if ch.isalpha()]
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        return form.upper()
    if written[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def parse_confusables(data: dict, *, source: str = DATA_FILE) -> Confusables:
    """The entries of a parsed ``ocr_confusables.toml``; LexiconError lists every bad one."""
    problems = Problems(source)
    digits = []
    for where, entry in entries(data, "digit", problems):
        letter = problems.require(where, entry, "letter", str)
        digit = problems.require(where, entry, "digit", str)
        inside = problems.require(where, entry, "inside", bool, optional=True, default=False)
        problems.require_examples(where, entry)
        if letter is None or digit is None:
            continue
        if len(letter) != 1 or letter.isdigit() or len(digit) != 1 or not digit.isdigit():
            problems.add(where, "`letter` must be one non-digit character, `digit` one digit")
            continue
        digits.append(DigitLetter(letter, digit, inside))
    cues = []
    for where, entry in entries(data, "cue", problems):
        written = problems.require(where, entry, "written", str)
        misread = problems.require_strings(where, entry, "misread", optional=False)
        examples = problems.require_examples(where, entry)
        keep = problems.require_strings(where, entry, "keep")
        contexts: dict[str, re.Pattern[str] | None] = dict.fromkeys(
            ("before", "after", "near", "not_before", "not_after")
        )
        for name in contexts:
            raw = problems.require(where, entry, name, str, optional=True)
            if raw is None:
                continue
            # "before" contexts end where the misread form starts, "after" ones start there
            anchored = {"before": "(?:{})$", "not_before": "(?:{})$", "near": "{}"}.get(
                name, "^(?:{})"
            )
            contexts[name] = problems.compile(where, anchored.format(raw))
        name_after = problems.require(
            where, entry, "name_after", bool, optional=True, default=False
        )
        if written is None or not misread:
            continue
        alternation = "|".join(
            r"\s+".join(re.escape(w) for w in form.split())
            for form in sorted(misread, key=len, reverse=True)
        )
        pattern = re.compile(rf"(?<![^\W_])(?:{alternation})(?![^\W_])", re.IGNORECASE)
        cues.append(
            CueWord(
                written,
                misread,
                pattern=pattern,
                examples=examples,
                keep=keep,
                name_after=name_after,
                **contexts,
            )
        )
    problems.raise_if_any()
    letters = "".join(re.escape(d.letter) for d in digits)
    token = re.compile(rf"(?<![^\W\d_])[\d{letters}]+(?:[.,/][\d{letters}]+)*(?![^\W\d_])")
    return Confusables(tuple(digits), tuple(cues), token)


@functools.cache
def confusables() -> Confusables:
    """The shipped ``ocr_confusables.toml``, parsed once."""
    return parse_confusables(load_data(DATA_FILE))


def fix_digit_letters(text: str, table: Confusables | None = None) -> str:
    """Letters read for digits inside a number made digits: ``1O`` → ``10``, ``l5`` → ``15``,
    ``2,5O%`` → ``2,50%``, and a percentage's (:func:`fix_percent_letters`). A token needs a
    real digit and no letter beside it; a letter marked ``inside`` only changes between two
    digits or marks."""
    table = table or confusables()
    text = fix_percent_letters(text)
    if not table.digits:
        return text
    by_letter = {d.letter: d for d in table.digits}

    def repair(match: re.Match[str]) -> str:
        token = match.group(0)
        if not any(ch.isdigit() for ch in token) or token.isdigit():
            return token
        out = []
        for i, ch in enumerate(token):
            swap = by_letter.get(ch)
            if swap is None:
                out.append(ch)
                continue
            if swap.inside and not (0 < i < len(token) - 1):
                return token  # "I5", "1I": a Roman numeral or a word, maybe
            out.append(swap.digit)
        return "".join(out)

    return table.token.sub(repair, text)


#: What Tesseract reads for a 0 or a 1 in a percentage: a "1" under a speck comes out "Á".
_PERCENT_LETTERS = {"O": "0", "o": "0", "I": "1", "l": "1", "Á": "1", "|": "1", "!": "1"}
#: A token glued to "%", holding one of those letters: nothing but a share is written there.
_PERCENT_TOKEN = re.compile(r"(?<![\w.,/])([\dOoIlÁ|!]{1,3}(?:,[\dOo]{1,2})?)(?=%)")


def fix_percent_letters(text: str) -> str:
    """``Á00%`` → ``100%``, ``lOO%`` → ``100%``, ``I5%`` → ``15%``, ``9O,5%`` → ``90,5%``: a
    token glued to ``%`` with letters a scan reads for 0 and 1, when the share read with
    digits is 100 or less and the token holds a digit or a 0 read as ``O`` (``Ol%`` stays: no
    share is written with a leading 0; nor does ``ÁI%``: no sign of a number)."""

    def repair(match: re.Match[str]) -> str:
        token = match.group(1)
        if token.replace(",", "").isdigit():
            return token
        if not any(ch.isdigit() for ch in token) and not (
            len(token) > 1 and "O" in token.upper() and set(token) <= set("OoIl|,")
        ):
            return token  # "Á%": a letter alone, no sign of a number
        digits = "".join(_PERCENT_LETTERS.get(ch, ch) for ch in token)
        whole = digits.split(",")[0]
        if (len(whole) > 1 and whole[0] == "0") or float(digits.replace(",", ".")) > 100:
            return token
        return digits

    return _PERCENT_TOKEN.sub(repair, text)


def fix_cue_words(text: str, table: Confusables | None = None) -> str:
    """Cue words misread as other real words made right where their context says so."""
    table = table or confusables()
    for cue in table.cues:
        if not cue.pattern.search(text):
            continue

        def repair(match: re.Match[str], cue: CueWord = cue) -> str:
            if not cue.fits(match.string, match.start(), match.end()):
                return match.group(0)
            # word by word, so the spaces and line breaks between them stay as read
            parts = re.split(r"(\s+)", match.group(0))
            words = cue.written.split()
            if len(words) != len(parts[::2]):
                return _case_as(match.group(0), cue.written)
            parts[::2] = [_case_as(w, r) for w, r in zip(parts[::2], words, strict=True)]
            return "".join(parts)

        text = cue.pattern.sub(repair, text)
    return text


def fix_confusables(text: str) -> str:
    """:func:`fix_digit_letters`, then :func:`fix_cue_words`."""
    return fix_cue_words(fix_digit_letters(text))
