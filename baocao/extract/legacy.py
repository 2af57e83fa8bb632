"""Pre-Unicode Vietnamese encodings (TCVN3/ABC and VNI) to Unicode, and back.

Old reports were typed in 8-bit fonts: a ``.VnTime`` run holds the bytes of TCVN3, a
``VNI-Times`` run those of VNI, and both reach us as the Windows-1252 reading of the bytes
("Tæng" for "Tổng", "Toång" for "Tổng"). The tables are data (``baocao/data/tcvn3.toml``,
``vni.toml``), validated on load.

A font name is a hint, never proof: many documents keep ``.VnTime`` over Unicode text, and some
mix both in one paragraph. So every decision is statistical: a run is decoded only when the
decoded text looks *more* Vietnamese than the run as it stands (:func:`vietnamese_score`).
A run holding letters that exist only in Unicode (ă, đ, ơ, ư, ạ…ỹ) is Unicode, whatever its font.

The chain: :func:`detect_legacy` → :func:`decode` (``decode_tcvn3`` / ``decode_vni``), wrapped
by :func:`convert_run` (a Word run with its font) and :func:`convert_text` (text without fonts).
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import math
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

from baocao.errors import LexiconError
from baocao.extract.layout import nfc

logger = logging.getLogger(__name__)

Encoding = Literal["tcvn3", "vni"]
ENCODINGS: tuple[Encoding, ...] = ("tcvn3", "vni")

# Tone marks (combining): grave, acute, hook above, tilde, dot below.
_TONE_MARKS = frozenset("\u0300\u0301\u0309\u0303\u0323")
_ALL_LETTERS_BASES = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")


def vietnamese_letters() -> tuple[str, ...]:
    """All 134 precomposed Vietnamese letters outside ASCII (67 lowercase, 67 capitals)."""
    lower = ["đ"]
    for base in _ALL_LETTERS_BASES:
        for tone in ("", *sorted(_TONE_MARKS)):
            letter = unicodedata.normalize("NFC", base + tone)
            if not letter.isascii():
                lower.append(letter)
    return tuple(lower) + tuple(ch.upper() for ch in lower)


_VIET_LETTERS = frozenset(vietnamese_letters())
# Vietnamese letters no 8-bit Windows code page reading can produce: proof of Unicode.
_UNICODE_ONLY = frozenset(ch for ch in _VIET_LETTERS if ord(ch) > 0xFF)


# --- tables -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LegacyTable:
    """One legacy encoding: ``decode_map`` legacy code → Unicode letter (codes are one or two
    characters), ``encode_map`` the reverse for the letters the encoding can write;
    ``font_pattern`` recognises its font names and ``caps_pattern`` the all-capitals fonts."""

    encoding: Encoding
    version: int
    decode_map: Mapping[str, str]
    encode_map: Mapping[str, str]
    font_pattern: re.Pattern[str]
    caps_pattern: re.Pattern[str]
    decode_regex: re.Pattern[str]


def _check_table(name: str, raw: dict) -> list[str]:
    """Every problem of a raw table, so one LexiconError can list them all."""
    problems: list[str] = []
    letters = raw.get("letters")
    if not isinstance(letters, dict) or not letters:
        return [f"{name}: [letters] missing or empty"]
    for section in ("letters", "decode_only"):
        for letter, code in raw.get(section, {}).items():
            if letter not in _VIET_LETTERS:
                problems.append(f"{name}: [{section}] {letter!r} is not a Vietnamese letter")
            if not isinstance(code, str) or not 1 <= len(code) <= 2:
                problems.append(f"{name}: [{section}] {letter!r} has a bad code {code!r}")
            elif any(not 0x20 <= ord(c) <= 0xFF for c in code):
                problems.append(f"{name}: [{section}] {letter!r} code {code!r} is not Latin-1")
    codes: dict[str, str] = {}
    for section in ("letters", "decode_only"):
        for letter, code in raw.get(section, {}).items():
            if code in codes:
                problems.append(f"{name}: code {code!r} used for {codes[code]!r} and {letter!r}")
            codes[code] = letter
    lower = {ch for ch in _VIET_LETTERS if ch.islower()}
    missing = sorted(lower - set(letters))
    if missing:
        problems.append(f"{name}: [letters] lacks {''.join(missing)}")
    font = raw.get("font", {})
    for key in ("pattern", "caps_pattern"):
        try:
            re.compile(font.get(key, ""))
        except re.error as e:
            problems.append(f"{name}: [font] {key} is not a regex: {e}")
    if not raw.get("examples"):
        problems.append(f"{name}: no [[examples]] of real wording")
    for i, example in enumerate(raw.get("examples", [])):
        if not {"legacy", "unicode"} <= set(example):
            problems.append(f"{name}: example {i} needs legacy and unicode")
    return problems


def _build_table(name: str, raw: dict) -> LegacyTable:
    letters: dict[str, str] = raw["letters"]
    decode_map = {code: letter for letter, code in letters.items()}
    decode_map.update({code: letter for letter, code in raw.get("decode_only", {}).items()})
    # Longest codes first so "oâ" (ô) wins over "o" and "ô" (ơ) in VNI.
    alternation = "|".join(re.escape(c) for c in sorted(decode_map, key=len, reverse=True))
    return LegacyTable(
        encoding=raw["encoding"],
        version=int(raw.get("version", 1)),
        decode_map=decode_map,
        encode_map=dict(letters),
        font_pattern=re.compile(raw["font"]["pattern"]),
        caps_pattern=re.compile(raw["font"]["caps_pattern"]),
        decode_regex=re.compile(alternation),
    )


@functools.cache
def load_table(encoding: Encoding) -> LegacyTable:
    """The validated table of ``encoding``; raises LexiconError listing every bad entry."""
    name = f"{encoding}.toml"
    try:
        raw = tomllib.loads(resources.files("baocao.data").joinpath(name).read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise LexiconError(f"{name}: cannot be read: {e}") from e
    problems = _check_table(name, raw)
    if not problems:
        table = _build_table(name, raw)
        for example in raw["examples"]:
            got = _decode(table, example["legacy"], caps=bool(example.get("caps", False)))
            if got != example["unicode"]:
                problems.append(
                    f"{name}: example {example['legacy']!r} decodes to {got!r}, "
                    f"expected {example['unicode']!r}"
                )
    if problems:
        raise LexiconError("; ".join(problems))
    return table


# --- decode / encode ----------------------------------------------------------------------


def _upper(text: str) -> str:
    # str.upper() may lengthen a character ("ß" → "SS"); offsets must not move.
    return "".join(u if len(u := ch.upper()) == 1 else ch for ch in text)


def _decode(table: LegacyTable, text: str, *, caps: bool) -> str:
    decoded = table.decode_regex.sub(lambda m: table.decode_map[m.group()], text)
    return nfc(_upper(decoded) if caps else decoded)


def _encode(table: LegacyTable, text: str, *, caps: bool) -> str:
    text = nfc(text)
    if caps:
        text = text.lower()
    out = []
    for ch in text:
        code = table.encode_map.get(ch)
        if code is None and ch.isupper():
            # No code for this capital (TCVN3 toned capitals): write its lowercase code,
            # as the old keyboards did; only an H font shows it as a capital.
            code = table.encode_map.get(ch.lower())
        out.append(code if code is not None else ch)
    return "".join(out)


def decode_tcvn3(text: str, *, caps: bool = False) -> str:
    """TCVN3 (ABC) text, as read through Windows-1252, to Unicode NFC.

    ``caps``: the run is in an all-capitals H font (``.VnTimeH``), so the result is upper-cased.
    """
    return _decode(load_table("tcvn3"), text, caps=caps)


def encode_tcvn3(text: str, *, caps: bool = False) -> str:
    """Unicode to TCVN3 characters. Toned capitals have no TCVN3 code: with ``caps`` the text is
    written for an H font (lowercase codes); without, they lose their case."""
    return _encode(load_table("tcvn3"), text, caps=caps)


def decode_vni(text: str) -> str:
    """VNI text, as read through Windows-1252, to Unicode NFC."""
    return _decode(load_table("vni"), text, caps=False)


def encode_vni(text: str) -> str:
    """Unicode to VNI characters (base letters followed by mark characters)."""
    return _encode(load_table("vni"), text, caps=False)


def decode(text: str, encoding: Encoding, *, caps: bool = False) -> str:
    """Decode ``text`` from ``encoding`` ("tcvn3" or "vni")."""
    return _decode(load_table(encoding), text, caps=caps)


# --- how Vietnamese does a text look? -----------------------------------------------------

_WORD = re.compile(r"(?:[^\W\d_]|[\u00a1-\u00ff])+")
# Vowel nuclei of Vietnamese syllables, tone marks removed (glides included).
_NUCLEI = (
    "iêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu yêu "
    "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi oo ôi ơi ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê "
    "a ă â e ê i o ô ơ u ư y"
).split()
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    rf"(?:{'|'.join(_NUCLEI)})"
    r"(?:ng|nh|ch|[cmnpt])?"
)


def is_syllable(word: str) -> bool:
    """A plausible Vietnamese syllable: onset, one to three vowels, coda, at most one tone."""
    nfd = unicodedata.normalize("NFD", word.lower())
    if sum(ch in _TONE_MARKS for ch in nfd) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in nfd if ch not in _TONE_MARKS))
    return _SYLLABLE.fullmatch(bare) is not None


@functools.cache
def syllable_counts() -> Mapping[str, int]:
    """How many dictionary words each syllable occurs in (underthesea's Viet74K word list).

    A frequency prior: "một" (in hundreds of words) outranks "mét", so "mét sè" reads as TCVN3
    for "một số". Empty when the list is not installed; syllable shape alone then decides.
    """
    counts: dict[str, int] = {}
    # Located without importing underthesea, whose import is slow.
    spec = importlib.util.find_spec("underthesea")
    try:
        if spec is None or not spec.submodule_search_locations:
            raise FileNotFoundError("underthesea is not installed")
        root = Path(next(iter(spec.submodule_search_locations)))
        words = (root / "corpus" / "data" / "Viet74K.txt").read_text("utf-8")
    except (OSError, StopIteration) as e:
        logger.debug("no Vietnamese word list (%s): legacy detection uses syllable shape only", e)
        return counts
    for line in words.splitlines():
        for syllable in line.lower().split():
            counts[syllable] = counts.get(syllable, 0) + 1
    return counts


def _word_score(word: str) -> float:
    count = syllable_counts().get(word.lower(), 0)
    if count:
        return 1.0 + math.log10(1 + count)
    return 0.5 if is_syllable(word) else -1.0


def vietnamese_score(text: str) -> float:
    """How Vietnamese ``text`` reads: per word with non-ASCII characters, more for a frequent
    syllable, a little for a well-formed one, a penalty for anything else.

    ASCII-only words are left out: decoding never changes them, so they cannot tell a legacy
    reading from a Unicode one.
    """
    score = 0.0
    for match in _WORD.finditer(text):
        word = match.group()
        if not word.isascii():
            score += _word_score(word)
    return score


def _has_unicode_only(text: str) -> bool:
    return any(ch in _UNICODE_ONLY for ch in text)


def _legacy_candidates(text: str) -> bool:
    # Only characters from the upper half of Windows-1252 can be legacy codes.
    return any(0xA0 < ord(ch) <= 0xFF for ch in text)


def _non_ascii_words(text: str) -> int:
    return sum(not m.group().isascii() for m in _WORD.finditer(text))


def _has_legacy_only(text: str) -> bool:
    """Characters that are legacy codes and no Vietnamese letter ("æ", "¸", the soft hyphen)."""
    return any(0xA0 < ord(ch) <= 0xFF and ch not in _VIET_LETTERS for ch in text)


def _margin(*, legacy_only: bool, hinted: bool) -> float:
    """How much more Vietnamese the decoded text must read before we decode."""
    if legacy_only:
        # A legacy font makes any gain enough ("¸" alone is "á"); without one, ask for
        # about two words' worth.
        return 0.0 if hinted else 2.0
    # Every character already reads as a Vietnamese letter ("mét sè"): only a legacy font
    # may flip the reading, and only for a clear gain.
    return 1.0


# --- detection and conversion -------------------------------------------------------------


def font_encoding(font_name: str | None) -> Encoding | None:
    """The legacy encoding a font name suggests (".VnTime" → tcvn3, "VNI-Times" → vni)."""
    if not font_name:
        return None
    for encoding in ENCODINGS:
        if load_table(encoding).font_pattern.search(font_name.strip()):
            return encoding
    return None


def is_caps_font(font_name: str | None) -> bool:
    """True for the all-capitals TCVN3 fonts (".VnTimeH", ".VnArialH")."""
    encoding = font_encoding(font_name)
    if encoding is None or font_name is None:
        return False
    return load_table(encoding).caps_pattern.search(font_name.strip()) is not None


def _gain(text: str, encoding: Encoding, caps: bool) -> float:
    return vietnamese_score(decode(text, encoding, caps=caps)) - vietnamese_score(text)


def detect_legacy(text: str, font_name: str | None = None) -> Encoding | None:
    """The legacy encoding of ``text`` ("tcvn3", "vni") or None (Unicode); ``font_name`` is a hint.

    Decoded text must look more Vietnamese than the text as it stands; a legacy font name only
    chooses which encoding is tried first and settles a tie between the two encodings.
    """
    if not _legacy_candidates(text) or _has_unicode_only(text):
        return None
    hinted = font_encoding(font_name)
    if not hinted and (not _has_legacy_only(text) or _non_ascii_words(text) < 2):
        # Without a legacy font, one odd word ("© 2020") is no evidence.
        return None
    margin = _margin(legacy_only=_has_legacy_only(text), hinted=hinted is not None)
    caps = is_caps_font(font_name)
    order = [hinted] if hinted else []
    order += [e for e in ENCODINGS if e != hinted]
    best: tuple[float, Encoding] | None = None
    for encoding in order:
        gain = _gain(text, encoding, caps and encoding == hinted)
        if gain > margin and (best is None or gain > best[0]):
            best = (gain, encoding)
    return best[1] if best else None


def convert_run(text: str, font_name: str | None = None, *, hint: Encoding | None = None) -> str:
    """One Word run as Unicode: decoded when it is legacy text, else unchanged.

    ``hint`` is the document's verdict for this font (:func:`font_encodings`): with it, a run
    whose reading is ambiguous (every word plausible either way) follows its font; a run with
    Unicode-only letters is always kept.
    """
    caps = is_caps_font(font_name)
    encoding = detect_legacy(text, font_name)
    if encoding is None and hint is not None and _legacy_candidates(text):
        if not _has_unicode_only(text) and _gain(text, hint, caps) >= 0:
            encoding = hint
    if encoding is None:
        # An H-font run that is plain ASCII still shows as capitals.
        if caps and text.isascii() and hint is not None:
            return _upper(text)
        return text
    return decode(text, encoding, caps=caps and encoding == font_encoding(font_name))


def font_encodings(runs: Iterable[tuple[str, str | None]]) -> dict[str, Encoding]:
    """Per legacy-looking font name, the encoding its runs hold taken together.

    One run is often a single word; the whole document's text in one font is strong evidence.
    Pass the result to :func:`convert_run` as ``hint``.
    """
    by_font: dict[str, list[str]] = {}
    for text, font_name in runs:
        if font_name and font_encoding(font_name):
            if not _has_unicode_only(text):
                by_font.setdefault(font_name, []).append(text)
    verdicts: dict[str, Encoding] = {}
    for font_name, texts in by_font.items():
        encoding = detect_legacy(" ".join(texts), font_name)
        if encoding is not None:
            verdicts[font_name] = encoding
    return verdicts


def convert_text(text: str) -> tuple[str, Encoding | None]:
    """Text without font information (plain files, PDF text layers) as Unicode.

    The encoding is decided on the lines that could be legacy (those without Unicode-only
    letters) taken together; then each such line is decoded unless it reads worse decoded, so
    mixed text keeps its Unicode lines. Returns the text and the encoding found (None: already
    Unicode, returned unchanged).
    """
    lines = text.split("\n")
    candidates = [
        i
        for i, line in enumerate(lines)
        if _legacy_candidates(line) and not _has_unicode_only(line)
    ]
    encoding = detect_legacy("\n".join(lines[i] for i in candidates))
    if encoding is None:
        return text, None
    for i in candidates:
        if _gain(lines[i], encoding, False) >= 0:
            lines[i] = decode(lines[i], encoding)
    return "\n".join(lines), encoding


def decode_legacy_bytes(data: bytes) -> tuple[str, Encoding] | None:
    """Bytes of a plain-text file written in TCVN3 or VNI, as Unicode and the encoding, or None
    when the bytes are not legacy Vietnamese (valid UTF-8, or no legacy reading wins)."""
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    text, encoding = convert_text(data.decode("cp1252", errors="replace"))
    return (text, encoding) if encoding else None
