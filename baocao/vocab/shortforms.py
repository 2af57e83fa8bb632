"""Short forms of administrative phrases ("NTM" for "nông thôn mới", "NSTW" for "ngân sách
trung ương"), from ``data/short_forms.toml``.

Reports abbreviate freely, and a short form must change nothing that is extracted. What the
rest of the extractor takes from here:

* :func:`spelt_length`: the length of a stretch of text with each short form counted as its
  meaning, for distances the patterns measure in characters ("5 xã … đạt chuẩn NTM đều đạt
  trên 90%": the words between a count and a share are as far apart as when spelt out);
* :func:`spelt_folded`: folded words (:func:`~baocao.data.lexicon.fold_words`) with each
  short form spelt out, for lexicons matched on folded words ("so tc dat" → "so tieu chi dat");
* :func:`short_variants`: a folded phrase with any of its meanings written short, for
  lexicons that list phrases ("co to hop tac hoac hop tac xa" → "co tht hoac htx", …);
* :func:`cue_variants`: a cue word with its meanings written short where the short form's
  ``in_cues`` lets it ("đạt tiêu chí" → "đạt TC", "thu ngân sách" → "thu NSĐP");
* :func:`numbered_word`: a regex for a meaning, or a short form of it written before a
  number it is always read with ("TC số 1" is "tiêu chí số 1": ``numbered``);
* :data:`NOT_A_NAME`: a look-ahead refusing a short form as a word of a place name.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from baocao.data.lexicon import Problems, entries, fold_words, load_data

SHORT_FORMS_FILE = "short_forms.toml"
#: Most meanings one phrase is given short variants for (2**n variants at most).
MAX_VARIANT_SPOTS = 4


@dataclass(frozen=True)
class ShortForms:
    """``meanings``: each short form as written → its meaning; ``pattern`` finds any of them
    as a whole word, with its case; ``folded``: the folded short form → the folded meaning;
    ``in_cues``: the cue concepts a short form may stand for its meaning in; ``kind_of``: the
    first words of its meaning a short form also stands for at a cue's end ("ngân sách")."""

    meanings: dict[str, str]
    pattern: re.Pattern[str]
    folded: dict[str, str]
    in_cues: dict[str, frozenset[str]]
    kind_of: dict[str, str]
    numbered: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _whole_words(forms: list[str], *, flags: int = 0) -> re.Pattern[str]:
    body = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)


def build_short_forms(data: dict[str, Any], *, source: str = SHORT_FORMS_FILE) -> ShortForms:
    """Check ``data`` (a parsed short_forms.toml) and compile it; every bad entry is reported
    at once in one :class:`~baocao.errors.LexiconError`."""
    problems = Problems(source)
    meanings: dict[str, str] = {}
    in_cues: dict[str, frozenset[str]] = {}
    kind_of: dict[str, str] = {}
    numbered: dict[str, tuple[str, ...]] = {}
    for where, entry in entries(data, "short_form", problems):
        written = problems.require(where, entry, "written", str)
        meaning = problems.require(where, entry, "meaning", str)
        examples = problems.require_examples(where, entry)
        concepts = problems.require(where, entry, "in_cues", list, optional=True, default=[])
        head = problems.require(where, entry, "kind_of", str, optional=True)
        before = problems.require(where, entry, "numbered", list, optional=True, default=[])
        if written is None or meaning is None:
            continue
        if not all(isinstance(w, str) and w.strip() for w in before):
            problems.add(where, "`numbered` must list the words written before the number")
        elif before:
            numbered[written] = tuple(before)
        if not all(isinstance(c, str) for c in concepts):
            problems.add(where, "`in_cues` must list cue concepts")
        elif concepts:
            in_cues[written] = frozenset(concepts)
        if head is not None:
            if not concepts:
                problems.add(where, "`kind_of` widens cues: give their concepts in `in_cues`")
            if not _starts(meaning, head) or _words(head) == _words(meaning):
                problems.add(where, f"`kind_of` {head!r} is no first words of {meaning!r}")
            kind_of[written] = head
        if written in meanings:
            problems.add(where, f"{written!r} is listed twice")
        if not re.fullmatch(r"[^\W\d_][\w-]*", written) or written != written.upper():
            problems.add(where, f"{written!r} is no word written in capitals")
        meanings[written] = meaning
        found = _whole_words([written])
        for example in examples or ():
            problems.check_example(where, example, found.search(example) is not None)
    problems.raise_if_any()
    folded: dict[str, str] = {}
    for written, meaning in meanings.items():
        folded.setdefault(fold_words(written), fold_words(meaning))
    return ShortForms(
        meanings=meanings,
        pattern=_whole_words(list(meanings)),
        folded=folded,
        in_cues=in_cues,
        kind_of=kind_of,
        numbered=numbered,
    )


def _words(text: str) -> list[str]:
    return unicodedata.normalize("NFC", text).casefold().split()


def _starts(text: str, head: str) -> bool:
    words, first = _words(text), _words(head)
    return words[: len(first)] == first


@cache
def short_forms() -> ShortForms:
    """The packaged short_forms.toml, compiled once."""
    return build_short_forms(load_data(SHORT_FORMS_FILE))


def spelt_length(text: str) -> int:
    """``len(text)`` with each short form counted as its meaning: "đạt chuẩn NTM" is as long
    as "đạt chuẩn nông thôn mới"."""
    forms = short_forms()
    return len(text) + sum(
        len(forms.meanings[m.group()]) - len(m.group()) for m in forms.pattern.finditer(text)
    )


def spelt_folded(folded: str) -> str:
    """Folded words with each folded short form spelt out: "so tc dat" → "so tieu chi dat"."""
    meanings = short_forms().folded
    return " ".join(meanings.get(word, word) for word in folded.split(" "))


@cache
def _by_meaning() -> dict[str, tuple[str, ...]]:
    """Folded meaning → its folded short forms, in the file's order."""
    out: dict[str, tuple[str, ...]] = {}
    for short, meaning in short_forms().folded.items():
        out[meaning] = (*out.get(meaning, ()), short)
    return out


def _meaning_key(meaning: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", meaning).split())


@cache
def _meanings_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """Any meaning in folded text, its words apart by any run of spaces or marks ("kinh te -
    xa hoi" and "kinh te xa hoi"), and each meaning by its words."""
    meanings = {_meaning_key(m): m for m in _by_meaning()}
    body = "|".join(
        r"[\W_]+".join(map(re.escape, k.split()))
        for k in sorted(meanings, key=lambda k: (-len(k), k))
    )
    return re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])"), meanings


def short_variants(folded: str) -> tuple[str, ...]:
    """The folded phrase ``folded`` with any of the meanings it holds written short, in every
    combination, the phrase itself left out: "to hop tac hoac hop tac xa" → ("to hop tac hoac
    htx", "tht hoac hop tac xa", "tht hoac htx"). At most :data:`MAX_VARIANT_SPOTS` meanings
    of a phrase are shortened."""
    pattern, meanings = _meanings_pattern()
    spots = list(pattern.finditer(folded))[:MAX_VARIANT_SPOTS]
    choices = [
        (spot.group(), *_by_meaning()[meanings[_meaning_key(spot.group())]]) for spot in spots
    ]
    out = []
    for picked in itertools.product(*choices):
        parts, at = [], 0
        for spot, written in zip(spots, picked, strict=True):
            parts += [folded[at : spot.start()], written]
            at = spot.end()
        variant = "".join(parts) + folded[at:]
        if variant != folded:
            out.append(variant)
    return tuple(out)


@cache
def numbered_word(meaning: str) -> str:
    """A regex (no groups) for ``meaning`` in running text (any case, any whitespace between
    its words), or for a short form of it whose ``numbered`` words and a number follow it
    ("TC số 1": the short form before "số" and a number is always the meaning, "đạt TC số
    1" is "đạt tiêu chí số 1"); the short form is matched with its case, as a whole word."""
    forms = short_forms()
    spelt = r"\s+".join(map(re.escape, meaning.split()))
    alternatives = [f"(?i:{spelt})"]
    for short, before in forms.numbered.items():
        if _words(forms.meanings[short]) != _words(meaning):
            continue
        words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in before)
        alternatives.append(rf"(?<![\w-]){re.escape(short)}(?=\s+(?i:{words})\s*\d)")
    return "(?:" + "|".join(alternatives) + ")"


def cue_variants(written: str, concept: str) -> tuple[str, ...]:
    """The cue ``written`` of ``concept`` with the meanings it holds written short, in every
    combination, the cue itself left out ("Văn phòng Điều phối nông thôn mới Trung ương" →
    "VPĐP nông thôn mới Trung ương", "Văn phòng Điều phối NTM Trung ương", "VPĐP NTM Trung
    ương"). A short form stands in a cue only where its ``in_cues`` lists the cue's concept;
    one with ``kind_of`` also stands for those words ending a cue ("thu ngân sách" → "thu
    NSNN": revenue of the state budget is budget revenue). At most
    :data:`MAX_VARIANT_SPOTS` spots of a cue are shortened."""
    forms = short_forms()
    words = written.split()
    keys = _words(written)
    spots: list[tuple[int, int, str]] = []  # words [start, end) → the short form
    for short, concepts in forms.in_cues.items():
        if concept not in concepts:
            continue
        meaning = _words(forms.meanings[short])
        for at in range(len(keys) - len(meaning) + 1):
            if keys[at : at + len(meaning)] == meaning:
                spots.append((at, at + len(meaning), short))
        head = _words(forms.kind_of.get(short, ""))
        if head and keys[-len(head) :] == head:
            spots.append((len(keys) - len(head), len(keys), short))
    spots = sorted(spots)[:MAX_VARIANT_SPOTS]
    out: list[str] = []
    for picks in itertools.product((False, True), repeat=len(spots)):
        chosen = [spot for spot, pick in zip(spots, picks, strict=True) if pick]
        if not chosen or any(a[1] > b[0] for a, b in itertools.pairwise(chosen)):
            continue
        parts, at = [], 0
        for start, end, short in chosen:
            parts += [*words[at:start], short]
            at = end
        variant = " ".join(parts + words[at:])
        if variant not in out:
            out.append(variant)
    return tuple(out)


def _not_a_name() -> str:
    body = "|".join(re.escape(f) for f in sorted(short_forms().meanings, key=lambda f: -len(f)))
    return rf"(?!(?:{body})(?![\w-]))"


#: A look-ahead that fails before a short form: put it before a pattern's name word so that
#: "xã ĐBKK" or "thôn DTTS" is no place called Đbkk or Dtts. No capture groups.
NOT_A_NAME: str = _not_a_name()


#: "tiêu chí" in running text, or "TC" before "số" and a number ("đạt TC số 1"): the word
#: the criterion patterns read a numbered criterion after.
CRITERION_WORD = numbered_word("tiêu chí")
