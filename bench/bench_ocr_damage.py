"""Benchmark: what each class of OCR damage costs the facts, and what the OCR repairs win back.

    python bench/bench_ocr_damage.py                        # tune, seeds, corpus; every class
    python bench/bench_ocr_damage.py --classes years,dates --sets corpus
    python bench/bench_ocr_damage.py --changes              # what the repairs change in clean text

A bad scan's damage comes in classes (years read ``2O21``, ``20 21`` or with a digit lost; a
date's ``/`` read ``l``; ``quý IIl``; a place name with one letter or tone misread; a digit of
an amount read as a letter or a thousands dot as a comma; header lines garbled). The bad
scans of ``scripts/make_bad_scans.py`` show each class only now and then, so this bench makes
each one on purpose: every spot of a class in a report's typed text (``.txt``) is damaged the
way Tesseract damages it (seeded by the report's name, the class and ``--seed``), the damaged
text is read as one OCR page (the repairs of ``extract/ocrtext.py``, ``ocrwords.py`` and
``ocrplaces.py`` run on it as on any scan), and the facts are scored against the gold with
:func:`baocao.evaluate.evaluate`: micro-F1, and of the matched facts the share with the right
period and place, and the report metadata right. The row ``none`` is the typed text read as
an OCR page undamaged: what every class is measured against.

``--changes`` runs the repairs (and the place speller of the document's province) over each
clean typed text as if it were an OCR page and prints every line they change: on a correct
text a repair must change nothing.

The holdout half of ``../shared/real`` is refused: it is scored, never read.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import measure_accuracy  # noqa: E402

from baocao import nlp, normalize  # noqa: E402
from baocao.evaluate import Evaluation, evaluate  # noqa: E402
from baocao.extract.ocr import OcrPage, document_places, page_ocr_text, pages_to_builder  # noqa: E402
from baocao.extract.source import Source  # noqa: E402
from baocao.model import Format  # noqa: E402
from baocao.vocab.places import PLACE_PATTERN, parse_place  # noqa: E402

Damage = Callable[[str, random.Random], str]

# --- damage, one class at a time -----------------------------------------------------------

#: What Tesseract reads for a digit on a poor scan (letters only: a digit read as another
#: digit is no class a rule can repair).
DIGIT_LETTERS = {"0": "OO", "1": "lI", "5": "S", "8": "B"}
_YEAR = re.compile(r"(?<![\d/.,])(?:19|20)\d\d(?![\d/]|[.,]\d)")
_DATE = re.compile(r"(?<![\d/.,])\d{1,2}/\d{1,2}/(?:19|20)\d\d(?![\d/])")
_ROMAN = re.compile(r"(?i:(?<!\w)(?:quý|giai\s+đoạn)\s+)(IV|III|II|I)(?![\w])")
_AMOUNT = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.,]\d)")
_PLACE = re.compile(PLACE_PATTERN)
#: letters a poor scan reads for one another (one way: the key is what was written)
LETTERS = {
    "m": "n",
    "n": "u",
    "h": "b",
    "c": "e",
    "e": "c",
    "u": "n",
    "i": "l",
    "l": "i",
    "t": "f",
    "g": "q",
    "o": "ơ",
    "ơ": "o",
    "ư": "u",
    "a": "ă",
    "â": "a",
    "ô": "o",
    "đ": "d",
    "Đ": "D",
    "y": "v",
}
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _sub_each(pattern: re.Pattern[str], text: str, damage: Callable[[str], str]) -> str:
    return pattern.sub(lambda m: damage(m.group(0)), text)


def years(text: str, rng: random.Random) -> str:
    """A year read with a letter for a digit, split by spaces, or with a digit lost."""

    def damage(year: str) -> str:
        how = rng.choice(("letter", "letter", "space", "space", "drop"))
        if how == "letter":
            spots = [i for i, d in enumerate(year) if d in DIGIT_LETTERS]
            if not spots:
                return year
            i = rng.choice(spots)
            return year[:i] + rng.choice(DIGIT_LETTERS[year[i]]) + year[i + 1 :]
        if how == "space":
            return rng.choice((f"{year[:2]} {year[2:]}", f"{year[0]} {year[1:]}", " ".join(year)))
        i = rng.randrange(1, 4)
        return year[:i] + year[i + 1 :]

    return _sub_each(_YEAR, text, damage)


def dates(text: str, rng: random.Random) -> str:
    """A date's slash read as ``l``, ``1``, ``I`` or ``|``."""

    def damage(date: str) -> str:
        slashes = [i for i, ch in enumerate(date) if ch == "/"]
        i = rng.choice(slashes)
        return date[:i] + rng.choice("l1I|") + date[i + 1 :]

    return _sub_each(_DATE, text, damage)


def romans(text: str, rng: random.Random) -> str:
    """An ``I`` of a quarter's or a phase's numeral read as ``l``, ``1`` or ``|``."""

    def damage(match: re.Match[str]) -> str:
        numeral = match.group(1)
        spots = [i for i, ch in enumerate(numeral) if ch == "I"]
        i = rng.choice(spots)
        new = numeral[:i] + rng.choice("l1|") + numeral[i + 1 :]
        return match.group(0)[: match.start(1) - match.start()] + new

    return _ROMAN.sub(damage, text)


def _letter(word: str, rng: random.Random, *, tones_only: bool = False) -> str:
    """``word`` with one letter misread: another letter, or (``tones_only``) another tone."""
    word = unicodedata.normalize("NFC", word)
    if tones_only:
        letters = [unicodedata.normalize("NFD", ch) for ch in word]
        spots = [i for i, ch in enumerate(letters) if set(ch) & set(_TONES)]
        if not spots:
            return word
        i = rng.choice(spots)
        tone = next(t for t in letters[i] if t in _TONES)
        bare = "".join(ch for ch in letters[i] if ch not in _TONES)
        letters[i] = bare + rng.choice([t for t in _TONES if t != tone])
        return unicodedata.normalize("NFC", "".join(letters))
    spots = [i for i, ch in enumerate(word) if ch in LETTERS]
    if not spots:
        return word
    i = rng.choice(spots)
    return word[:i] + LETTERS[word[i]] + word[i + 1 :]


def _places(text: str, rng: random.Random, *, tones_only: bool) -> str:
    def damage(match: re.Match[str]) -> str:
        place = parse_place(match.group(0))
        if place is None or place.prefix is None or len(place.name) < 4:
            return match.group(0)
        words = match.group(0).split(" ")
        named = len(place.name.split())
        i = rng.randrange(len(words) - named, len(words))
        words[i] = _letter(words[i], rng, tones_only=tones_only)
        return " ".join(words)

    return _PLACE.sub(damage, text)


def place_letters(text: str, rng: random.Random) -> str:
    """One letter of a place name after its prefix read as another."""
    return _places(text, rng, tones_only=False)


def place_tones(text: str, rng: random.Random) -> str:
    """One tone of a place name after its prefix read as another."""
    return _places(text, rng, tones_only=True)


def amounts(text: str, rng: random.Random) -> str:
    """An amount with thousands dots: a digit read as a letter, or a dot as a comma."""

    def damage(amount: str) -> str:
        if rng.random() < 0.5:
            dots = [i for i, ch in enumerate(amount) if ch == "."]
            i = rng.choice(dots)
            return amount[:i] + "," + amount[i + 1 :]
        spots = [i for i, d in enumerate(amount) if d in DIGIT_LETTERS and 0 < i < len(amount) - 1]
        if not spots:
            return amount
        i = rng.choice(spots)
        return amount[:i] + rng.choice(DIGIT_LETTERS[amount[i]]) + amount[i + 1 :]

    return _sub_each(_AMOUNT, text, damage)


#: How many of a text's first lines a stamp or the skew damages, and how long a line of
#: the header is (a paragraph of the body is longer).
HEADER_LINES = 8
HEADER_LINE_CHARS = 120


def header(text: str, rng: random.Random) -> str:
    """The header, the first short lines (unit, number, date, title word and title; a news
    page's headline and date line): a third of their words with one letter or one tone
    misread."""
    lines = text.split("\n")
    done = 0
    for n, line in enumerate(lines):
        if done >= HEADER_LINES:
            break
        if not line.strip():
            continue
        done += 1
        if len(line) > HEADER_LINE_CHARS:
            continue
        words = line.split(" ")
        for i, word in enumerate(words):
            if len(word) > 2 and rng.random() < 1 / 3:
                words[i] = _letter(word, rng, tones_only=rng.random() < 0.5)
        lines[n] = " ".join(words)
    return "\n".join(lines)


#: The words a period or a place hangs on, as a poor scan reads their marks.
WORD_MISREADS = {
    "năm": ("nắm", "nảm", "nãm", "nặm"),
    "tháng": ("thảng", "thàng", "thạng"),
    "quý": ("quỹ", "quỷ"),
    "ngày": ("ngảy", "ngáy"),
    "huyện": ("huyên", "huyẹn", "huyến"),
    "xã": ("xă", "xả", "xâ"),
    "phường": ("phưòng", "phuờng"),
}
_KEY_WORD = re.compile(
    r"(?<!\w)(năm|tháng|quý|ngày)(?=\s+\d)|(?<!\w)(huyện|xã|phường)(?=\s+[A-ZĐ\u00c0-\u1ef8])"
)


def key_words(text: str, rng: random.Random) -> str:
    """The word before a year, month, quarter or day, or a place's prefix before its name,
    read with another mark."""

    def damage(match: re.Match[str]) -> str:
        return rng.choice(WORD_MISREADS[match.group(0)])

    return _KEY_WORD.sub(damage, unicodedata.normalize("NFC", text))


CLASSES: dict[str, Damage] = {
    "key_words": key_words,
    "years": years,
    "dates": dates,
    "romans": romans,
    "place_letters": place_letters,
    "place_tones": place_tones,
    "amounts": amounts,
    "header": header,
}

# --- reading a text as an OCR page ---------------------------------------------------------


def as_ocr(name: str, text: str) -> tuple[object, tuple[object, ...]]:
    """``text`` read as one OCR page of a PDF: repairs, place spelling, then the stages."""
    data = text.encode("utf-8")
    source = Source(
        Path(f"{name}.pdf"), f"{name}.pdf", data, hashlib.sha256(data).hexdigest(), Format.PDF
    )
    document = pages_to_builder([OcrPage(text, 90.0)]).build(source)
    report, facts = normalize.reading_to_facts(document, nlp.read_document(document))
    return report, tuple(facts)


def score(text_set: measure_accuracy.TextSet, damage: Damage | None, seed: int) -> Evaluation:
    texts = {}
    for name in text_set.names:
        text = (text_set.txt_dir / f"{name}.txt").read_text(encoding="utf-8")
        if damage is not None:
            rng = random.Random(f"{name}:{damage.__name__}:{seed}")
            text = damage(text, rng)
        texts[name] = text

    def extract(path: Path):  # type: ignore[no-untyped-def]
        return as_ocr(path.stem, texts[path.stem])

    return evaluate(text_set.gold_dir, [Path(f"{n}.txt") for n in texts], extract=extract)


def changes(text_set: measure_accuracy.TextSet) -> int:
    """Print every line the repairs change in the set's clean texts; how many."""
    changed = 0
    for name in text_set.names:
        text = unicodedata.normalize("NFC", (text_set.txt_dir / f"{name}.txt").read_text("utf-8"))
        page = OcrPage(text, 90.0)
        places = document_places([page])
        for line in text.split("\n"):
            fixed = page_ocr_text(OcrPage(line, 90.0))
            if places is not None:
                fixed = places.correct(fixed)
            if fixed != line and " ".join(fixed.split()) != " ".join(line.split()):
                changed += 1
                print(f"{text_set.name}/{name}:\n  - {line[:200]}\n  + {fixed[:200]}")
    return changed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="tune,seeds,corpus")
    parser.add_argument("--classes", default=",".join(CLASSES))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--changes", action="store_true")
    args = parser.parse_args(argv)
    sets = measure_accuracy.text_sets()
    names = [s for s in args.sets.split(",") if s]
    if "holdout" in names:
        parser.error("the holdout is scored at the end of a round, never read")
    if args.changes:
        total = sum(changes(sets[name]) for name in names)
        print(f"{total} lines changed")
        return 0
    classes = ["none", *(c for c in args.classes.split(",") if c)]
    print("| set | damage | F1 | period | place | metadata |")
    print("|---|---|---|---|---|---|")
    for name in names:
        for cls in classes:
            result = score(sets[name], CLASSES.get(cls), args.seed)
            ww = result.micro_when_where
            print(
                f"| {name} | {cls} | {result.micro.f1:.3f} | {ww.period_rate:.3f} "
                f"| {ww.place_rate:.3f} | {result.meta_rate:.3f} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
